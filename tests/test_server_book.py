"""The office book on a real PostgreSQL server: its schema's own forms of what SQLite does, and its migrations."""

import datetime as dt

import pytest

import models
from models import Account, Commitment, Meta, Setting, dialect
from models.server import copies_folder
from services import accounts, commitments


@pytest.fixture
def server_book(pg_server):
    """A database of its own on the test server, opened as a book (a fresh schema, the latest version)."""
    url = pg_server.create_database(f"book_{dt.datetime.now():%H%M%S%f}")
    models.open_database(url)
    yield models.parse_address(url)
    models.close_database()


def _set_back_to_twelve() -> None:
    """The book as a Rapport of schema 12 left it: what steps 13 to 15 add taken away again."""
    for table in ("account", "contact", "interaction", "commitment"):
        models.db.execute_sql(f"ALTER TABLE {table} DROP COLUMN version, DROP COLUMN changed_by")
    models.db.execute_sql("ALTER TABLE account DROP COLUMN owner_id, DROP COLUMN muslim_owned CASCADE")
    models.db.execute_sql("ALTER TABLE commitment DROP COLUMN promised_by_id")
    models.db.execute_sql("DROP TABLE app_user")
    Meta.put("schema_version", "12")


def test_a_server_book_of_an_older_schema_is_migrated_with_a_dump_first(server_book):
    account = accounts.create_account({"name": "Nordwind Handel GmbH", "country": "DE"})
    commitments.create_commitment(account.uuid, {"title": "Price hold until March", "kind": "price_hold",
                                                 "due_date": "2027-03-01", "promised_by": "Li Wei"})
    _set_back_to_twelve()
    models.close_database()

    ran = models.open_database(server_book)

    assert ran == [s for s in sorted(models.migrations.STEPS) if s > 12]
    assert models.schema_version() == models.LATEST
    promise = Commitment.get()
    assert (promise.promised_by, promise.made_by.name, Account.get().version) == ("Li Wei", "Li Wei", 1)
    assert len(list(copies_folder().glob("*-before-v*-from-v12-*.dump"))) == 1


def test_the_server_folds_names_as_the_app_does(server_book):
    names = ["MÜLLER Straße", "Šime Đorđević", "ΣΊΣΥΦΟΣ", "İstanbul Ticaret", "Nguyễn Văn Hùng",
             "ﬁne \uff23\uff4f\uff0e"]  # the last: a ligature and a fullwidth "Co."
    for name in names:
        accounts.create_account({"name": name, "country": "DE"})
    stored = {a.name: a.name_key for a in Account.select()}
    assert stored == {n: models.folding.fold(n) for n in names}


def test_the_server_book_is_a_postgresql_database_with_its_own_search_index(server_book):
    assert dialect.on_server()
    indexes = {row[0] for row in models.db.execute_sql("SELECT indexname FROM pg_indexes WHERE tablename = 'account'")}
    assert "account_search_trgm" in indexes


def test_a_setting_is_kept_for_everyone_in_the_book(server_book):
    from services.settings import get_setting, set_setting

    set_setting("risk_thresholds", {"days": 5})
    assert (get_setting("risk_thresholds"), Setting.select().count()) == ({"days": 5}, 1)


def test_the_write_lock_is_a_transaction_advisory_lock(server_book):
    with models.write_transaction():
        held = models.db.execute_sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                     "AND pid = pg_backend_pid()").fetchone()[0]
    after = models.db.execute_sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                  "AND pid = pg_backend_pid()").fetchone()[0]
    assert (held, after) == (1, 0)


def test_without_pg_dump_the_copy_before_a_migration_is_every_tables_rows(server_book, monkeypatch):
    import gzip
    import json

    accounts.create_account({"name": "Nordwind Handel GmbH", "country": "DE"})
    _set_back_to_twelve()
    models.close_database()
    monkeypatch.setattr("models.server.shutil.which", lambda _name: None)

    models.open_database(server_book)

    (copy,) = copies_folder().glob("*-before-v*-from-v12-*.json.gz")
    tables = json.loads(gzip.decompress(copy.read_bytes()))
    names = dict(zip(tables["account"]["columns"], tables["account"]["rows"][0], strict=True))
    assert (names["name"], "version" in names) == ("Nordwind Handel GmbH", False)


def test_one_accounts_lock_shares_the_book_and_holds_the_account(server_book):
    with models.write_transaction(whole_book=False):
        dialect.take_account_lock(7)
        held = sorted(models.db.execute_sql(
            "SELECT mode, objid FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()").fetchall())
    assert held == [("ExclusiveLock", 7), ("ShareLock", dialect.WRITE_LOCK_KEY & 0xFFFFFFFF)]
