"""A server book's copies: `backup FILE` as a plain SQLite book, and the laptop's exchange with a book moved to the
server going on as it did with the file."""

import pytest

import models
from models import book_copy
from services import accounts
from services.accounts.demo import create_demo_data
from services.book.backup import backup_now
from services.book.move import move_book
from services.exchange import bundle


def _rows() -> dict[str, int]:
    return {t.table: t.rows for t in book_copy.checksums(models.db.obj)}


def test_a_backup_opens_as_an_sqlite_book_with_the_same_rows(open_book, tmp_path):
    create_demo_data(30, seed=4)
    before = _rows()
    backup_now(tmp_path / "copy.sqlite")
    models.open_database(tmp_path / "copy.sqlite")
    assert _rows() == before


def test_a_backup_opened_elsewhere_takes_its_own_exchange_identity(open_book, tmp_path):
    identity = models.database_id()
    backup_now(tmp_path / "copy.sqlite")
    models.open_database(tmp_path / "copy.sqlite")
    assert models.database_id() != identity


def _snapshot() -> dict[str, tuple]:
    """What the exchange carries, by uuid: accounts' and contacts' names and notes, interactions' notes."""
    return {
        "accounts": tuple(sorted((a.uuid, a.name, a.notes) for a in models.Account.select())),
        "contacts": tuple(sorted((c.uuid, c.name, c.notes) for c in models.Contact.select())),
        "interactions": tuple(sorted((i.uuid, i.notes) for i in models.Interaction.select())),
    }


@pytest.fixture
def office_moved(tmp_path, pg_server):
    """The office file and the laptop exchanged once; then the office book moved to the server. Returns
    use(name) that opens "office" (the server book) or "laptop" (its file)."""
    office, laptop = tmp_path / "office.sqlite", tmp_path / "laptop.sqlite"
    models.open_database(office)
    account = accounts.create_account({"name": "Müller GmbH", "country": "DE"})
    accounts.create_contact(account.uuid, {"name": "Jürgen Müller"})
    start = bundle.build_bundle()
    models.open_database(laptop)
    bundle.merge_bundle(start)
    models.open_database(laptop)
    laptop_news = bundle.build_bundle()
    models.open_database(office)
    bundle.merge_bundle(laptop_news)
    server = pg_server.create_database("office_moved")
    move_book(server)
    places = {"office": server, "laptop": laptop}
    yield lambda name: models.open_database(places[name])
    models.close_database()


def test_the_laptop_and_the_moved_office_book_end_equal_after_exchanging_both_ways(office_moved):
    use = office_moved
    use("office")
    accounts.create_account({"name": "Office's new customer Ромашка", "country": "RU", "notes": "seen at 广交会"})
    from_office = bundle.build_bundle()
    use("laptop")
    accounts.create_account({"name": "株式会社 東京", "country": "JP", "notes": "met at the fair"})
    bundle.merge_bundle(from_office)
    from_laptop = bundle.build_bundle()
    laptop = _snapshot()
    use("office")
    bundle.merge_bundle(from_laptop)
    assert _snapshot() == laptop
