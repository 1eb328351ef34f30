"""rapport move: a whole book into an empty server database and back, equal table by table, all or nothing."""

import datetime as dt
import itertools

import peewee as pw
import psycopg
import pytest

import models
from models import book_copy
from models.support import CountryNote, ExchangePeer, ForgottenContact, Setting, Tombstone, TouchState, TrashItem
from services import accounts
from services.accounts.demo import create_demo_data
from services.accounts.listing import search_accounts
from services.book.move import move_book
from services.cadence import store
from services.errors import UserError

HOSTILE = [
    "Ромашка ООО «Север»", "株式会社 東京", "شركة الرياض", "בית \"הדר\"", "Ελληνικά", "ร้านไทย", "한국 주식회사",
    "Nguyễn Đức Ýên", "O'Brien & \"Sons\"; DROP TABLE account;--", "emoji 👩‍👩‍👧‍👦🇩🇪🦄", "tab\there\nnew line\\back",
    "x" * 20000, "'%_?$1 $$ quoted $$", "\u202eRTL override\u202c", "ß ẞ ﬁ İ ı",
]
_names = itertools.count()


def _fresh_database(pg_server) -> str:
    return pg_server.create_database(f"move_{next(_names)}")


def _hostile_rows() -> None:
    """Hostile text in every kind of row, and a row in every table the demo leaves empty."""
    now = models.utcnow()
    for i, text in enumerate(HOSTILE):
        account = accounts.create_account({"name": f"{text[:200]} {i}", "country": "DE", "notes": text})
        accounts.create_contact(account.uuid, {"name": text[:200], "notes": text})
        Setting.create(key=f"hostile.{i}", value=text)
        Tombstone.create(kind="account", record_uuid=models.new_uuid(), deleted_at=now)
        TouchState.create(touch_key=f"{account.uuid}:{i}", account_uuid=account.uuid, state="moved", moved_to=now)
        TrashItem.create(kind="account", record_uuid=models.new_uuid(), account_uuid=account.uuid,
                         label=text[:300], payload=text, deleted_at=now)
    CountryNote.create(country="JP", text=HOSTILE[1])
    ExchangePeer.create(peer_id=models.new_uuid(), last_exchange_at=now)
    ForgottenContact.create(contact_uuid=models.new_uuid(), forgotten_at=now)


@pytest.fixture
def full_book(tmp_path):
    """An SQLite demo book with hostile text and every table holding rows (the plan and health computed)."""
    path = tmp_path / "laptop.sqlite"
    models.open_database(path)
    create_demo_data(40, seed=5, today=dt.date(2026, 5, 4))
    _hostile_rows()
    store.refresh(dt.date(2026, 5, 4))
    accounts.create_account({"name": "Added after planning", "country": "RU"})  # a stale mark in plan_dirty
    yield path
    models.close_database()


def _sums() -> list[book_copy.TableSum]:
    return book_copy.checksums(models.db.obj)


def test_the_full_book_has_rows_in_every_table(full_book):
    assert [t.table for t in _sums() if t.rows == 0] == []


def test_a_book_moved_to_the_server_and_back_has_the_same_rows_in_every_table(full_book, pg_server, tmp_path):
    before = _sums()
    url = _fresh_database(pg_server)
    move_book(url)
    models.open_database(url)
    move_book(str(tmp_path / "back.sqlite"))
    models.open_database(tmp_path / "back.sqlite")
    assert _sums() == before


def test_the_moved_book_on_the_server_keeps_its_exchange_identity(full_book, pg_server):
    identity = models.database_id()
    url = _fresh_database(pg_server)
    move_book(url)
    models.open_database(url)
    assert models.database_id() == identity


def test_the_moved_book_in_a_new_file_keeps_its_exchange_identity(full_book, tmp_path):
    identity = models.database_id()
    move_book(str(tmp_path / "moved.sqlite"))
    models.open_database(tmp_path / "moved.sqlite")
    assert models.database_id() == identity


def test_new_records_on_the_server_take_ids_after_the_moved_ones(full_book, pg_server):
    url = _fresh_database(pg_server)
    highest = models.Account.select(pw.fn.MAX(models.Account.id)).scalar()
    move_book(url)
    models.open_database(url)
    assert accounts.create_account({"name": "After the move", "country": "FR"}).id == highest + 1


def test_a_server_database_with_tables_is_refused(full_book, pg_server):
    url = _fresh_database(pg_server)
    move_book(url)
    with pytest.raises(UserError, match="not empty"):
        move_book(url)


def test_a_refused_move_writes_nothing_to_the_server(full_book, pg_server):
    url = _fresh_database(pg_server)
    move_book(url)
    models.open_database(url)
    accounts.create_account({"name": "Only on the server", "country": "FR"})
    before = _sums()
    models.open_database(full_book)
    with pytest.raises(UserError):
        move_book(url)
    models.open_database(url)
    assert _sums() == before


def test_an_existing_file_is_refused_and_left_as_it_was(full_book, tmp_path):
    existing = tmp_path / "taken.sqlite"
    existing.write_bytes(b"someone's file")
    with pytest.raises(UserError, match="not empty"):
        move_book(str(existing))
    assert existing.read_bytes() == b"someone's file"


def test_every_table_of_a_fresh_book_is_copied(full_book):
    search_tables = {t for t in models.db.get_tables() if t.startswith("account_fts")}
    assert set(models.db.get_tables()) - search_tables == set(book_copy.table_names())


def test_the_search_finds_accounts_in_a_book_moved_back_into_a_file(full_book, pg_server, tmp_path):
    url = _fresh_database(pg_server)
    move_book(url)
    models.open_database(url)
    move_book(f"sqlite:///{tmp_path / 'back.sqlite'}")
    models.open_database(tmp_path / "back.sqlite")
    assert [a.name for a in search_accounts("ромашка")] == [f"{HOSTILE[0]} 0"]


def test_a_copy_that_differs_from_the_book_is_refused_and_leaves_no_file(full_book, tmp_path, monkeypatch):
    monkeypatch.setitem(book_copy._IN_FILE, "", lambda value: f"{value}·" if isinstance(value, str) else value)
    with pytest.raises(UserError, match="did not match"):
        move_book(str(tmp_path / "moved.sqlite"))
    assert list(tmp_path.glob("moved.sqlite*")) == []


@pytest.fixture
def own_server():
    """A server of this test's own, to halt mid-move without disturbing the shared one."""
    import pg_server as servers

    server = servers.start()
    yield server
    server.stop()


def test_a_server_halted_mid_move_ends_with_no_table_there_and_the_book_unchanged(full_book, own_server):
    url = own_server.create_database("halted")
    before = _sums()

    def halt_at_interactions(table: str, done: int, total: int) -> None:
        if table == "interaction":
            own_server.halt()

    with pytest.raises(models.DatabaseOpenError):
        move_book(url, halt_at_interactions)
    own_server.resume()
    with psycopg.connect(url) as conn:
        tables = conn.execute("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
    assert (tables, _sums()) == (0, before)
