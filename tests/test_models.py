"""The database: pragmas, schema version and migrations, damaged/locked/foreign files refused untouched."""

import hashlib
import shutil
import sqlite3

import pytest

import models
from models import Account, Commitment, Contact, Interaction


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only
def test_fresh_database_gets_latest_schema_with_wal_and_foreign_keys(open_book):
    assert models.schema_version() == models.LATEST
    assert models.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert models.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_every_row_gets_uuid_and_utc_stamps(open_book):
    a = Account.create(name="A", country="DE")
    again = Account.get_by_id(a.id)
    assert len(again.uuid) == 36
    assert again.created_at.utcoffset().total_seconds() == 0
    assert again.updated_at >= again.created_at


def test_v1_file_upgrades_keeping_data_and_a_copy_first(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy("tests/data/rapport-v1.sqlite", path)
    ran = models.open_database(path)
    try:
        assert ran == sorted(models.migrations.STEPS)  # every step from 2, in order
        assert models.schema_version() == models.LATEST
        names = sorted(a.name for a in Account.select())
        assert names == ["Müller Maschinenbau GmbH", "株式会社さくら"]
        assert Contact.get().name == "Jürgen Müller"
        assert Interaction.get().response == "warm"
        assert Commitment.select().count() == 0  # the table added by migration 2 exists and works
        # Migration 9's index, the same one a fresh file gets, is the account list's order by name.
        plan = " ".join(str(r) for r in models.db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM account ORDER BY order_key, search_key, id LIMIT 5").fetchall())
        assert "account_order_key_search_key" in plan
        copies = list((tmp_path / "backups").glob("old-before-v*-from-v1-*.sqlite"))
        assert len(copies) == 1
        con = sqlite3.connect(copies[0])
        assert con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "1"
        con.close()
    finally:
        models.close_database()


def test_database_from_newer_app_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    models.open_database(path)
    models.Meta.update(value=str(models.LATEST + 1)).where(models.Meta.key == "schema_version").execute()
    models.close_database()
    with pytest.raises(models.DatabaseTooNewError, match="newer Rapport"):
        models.open_database(path)
    models.close_database()


def test_damaged_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not a database at all\x00" * 100)
    before = digest(path)
    with pytest.raises(models.DatabaseDamagedError, match=str(path)):
        models.open_database(path)
    assert digest(path) == before
    assert not (tmp_path / "broken.sqlite-wal").exists()


def test_truncated_database_is_refused(tmp_path, db_path):
    models.close_database()
    damaged = tmp_path / "cut.sqlite"
    data = db_path.read_bytes()
    damaged.write_bytes(data[: len(data) // 3] + b"\xff" * 5000)
    before = digest(damaged)
    with pytest.raises(models.DatabaseDamagedError):
        models.open_database(damaged)
    assert digest(damaged) == before


def test_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(models.DatabaseDamagedError, match="another program"):
        models.open_database(path)
    assert digest(path) == before


def test_locked_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "locked.sqlite"
    models.open_database(path)
    models.close_database()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(models.DatabaseLockedError, match="locked"):
            models.connect(path, timeout=0.2)
    finally:
        con.rollback()
        con.close()
        models.close_database()


def test_deleting_an_account_cascades_to_its_records(open_book):
    a = Account.create(name="A", country="DE")
    c = Contact.create(account=a, name="C")
    import datetime as dt

    Interaction.create(account=a, contact=c, occurred_at=dt.datetime.now(dt.UTC))
    a.delete_instance()
    assert Contact.select().count() == 0
    assert Interaction.select().count() == 0


def test_save_changes_sets_the_fields_derives_then_stamps_and_saves(open_book, make_account):
    account = make_account(name="Old Name GmbH")
    before = account.updated_at
    seen = []
    account.save_changes({"name": "New Name GmbH"}, derive=lambda row: seen.append(row.name))
    stored = models.Account.get_by_id(account.id)
    assert (seen, stored.name, stored.updated_at > before) == (["New Name GmbH"], "New Name GmbH", True)
