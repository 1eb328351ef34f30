"""The book file: checked whatever its size before the first write, refused untouched when foreign, stamped as
Rapport's, given its own exchange identity when copied, and private to the user."""

import random
import shutil
import sqlite3
import stat

import pytest
from cli_run import digest, listing, run_cli

import models
from models.base import APPLICATION_ID
from services import accounts, paths
from services.book import backup, privacy
from services.exchange import bundle


def application_id_of(path):
    return int.from_bytes(path.read_bytes()[68:72], "big")


def mode_of(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def big_book(tmp_path_factory):
    """A sound book over 8 MB (the size above which the check used to be skipped)."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    models.open_database(path)
    with models.db.atomic():
        models.Account.insert_many([{"name": f"Account {i}", "country": "DE", "notes": "x" * 9000,
                                     "uuid": models.new_uuid()} for i in range(1000)]).execute()
    models.close_database()
    assert path.stat().st_size > 8 * 1024 * 1024
    return path


@pytest.fixture
def damaged_big_book(big_book, tmp_path):
    """The big book, opened once where it lies, then 4 KB in its middle overwritten, as in the review."""
    path = tmp_path / "damaged.sqlite"
    shutil.copy(big_book, path)
    models.open_database(path)
    models.close_database()
    with path.open("r+b") as fh:
        fh.seek(path.stat().st_size // 2)
        fh.write(random.Random(13).randbytes(4096))
    return path


@pytest.fixture
def good_csv(tmp_path):
    path = tmp_path / "good.csv"
    path.write_text("Company,Country,City\nNordwind GmbH,DE,Hamburg\nSakura KK,JP,Osaka\n", encoding="utf-8")
    return path


def test_damaged_book_over_8_mb_is_refused_by_import_with_exit_2(damaged_big_book, good_csv):
    result = run_cli("import", good_csv, db=damaged_big_book)
    assert result.returncode == 2
    assert "damaged" in result.stderr
    assert str(damaged_big_book) in result.stderr


def test_damaged_book_over_8_mb_is_not_changed_by_import(damaged_big_book, good_csv):
    before = digest(damaged_big_book)
    run_cli("import", good_csv, db=damaged_big_book)
    assert digest(damaged_big_book) == before


def test_gui_start_holds_writes_until_the_check_and_refuses_them_on_a_damaged_book(damaged_big_book):
    before = digest(damaged_big_book)
    models.open_database(damaged_big_book, defer_check=True)  # opens: the check is held back
    try:
        with pytest.raises(models.DatabaseDamagedError, match="damaged"):
            accounts.create_account({"name": "Written anyway", "country": "DE"})
    finally:
        models.close_database()
    assert digest(damaged_big_book) == before


def test_held_back_check_reports_the_damage(damaged_big_book):
    models.open_database(damaged_big_book, defer_check=True)
    try:
        assert isinstance(models.run_held_check(), models.DatabaseDamagedError)
    finally:
        models.close_database()


def test_sound_book_takes_writes_once_its_held_back_check_passes(big_book, tmp_path):
    path = tmp_path / "sound.sqlite"
    shutil.copy(big_book, path)
    models.open_database(path)  # the first open at this path records it; the next one writes nothing
    models.close_database()
    models.open_database(path, defer_check=True)
    try:
        assert models.run_held_check() is None
        accounts.create_account({"name": "After the check", "country": "DE"})
        assert models.Account.select().count() == 1001
    finally:
        models.close_database()


def test_new_book_carries_rapports_application_id(db_path):
    models.close_database()
    assert application_id_of(db_path) == APPLICATION_ID


def test_older_book_without_application_id_is_recognised_and_stamped(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy("tests/data/rapport-v1.sqlite", path)
    models.open_database(path)
    models.close_database()
    assert application_id_of(path) == APPLICATION_ID


def test_current_book_from_before_application_ids_is_stamped(db_path, make_account):
    make_account(name="Kept")
    models.close_database()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA application_id = 0")
    con.close()
    models.open_database(db_path)
    models.close_database()
    assert application_id_of(db_path) == APPLICATION_ID


def test_damaged_older_book_is_not_stamped(damaged_big_book):
    con = sqlite3.connect(damaged_big_book)
    con.execute("PRAGMA application_id = 0")  # the header page is sound; the damage is in the middle
    con.close()
    with pytest.raises(models.DatabaseDamagedError):
        models.open_database(damaged_big_book)
    assert application_id_of(damaged_big_book) == 0


def browser_history(path, wal=False):
    """An SQLite file of another program with a meta table, as browsers keep their history."""
    con = sqlite3.connect(path)
    if wal:
        con.execute("PRAGMA journal_mode=WAL")
    con.executescript("CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);"
                      "INSERT INTO meta VALUES ('version', '46'), ('last_compatible_version', '16');"
                      "CREATE TABLE urls(id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR);"
                      "INSERT INTO urls(url, title) VALUES ('https://example.com', 'Example');")
    con.close()
    return path


def test_foreign_file_with_meta_table_is_refused_by_the_command_line(tmp_path):
    history = browser_history(tmp_path / "History")
    result = run_cli("accounts", "--json", db=history)
    assert result.returncode == 2
    assert "another program" in result.stderr


def test_foreign_file_with_meta_table_is_left_untouched(tmp_path):
    history = browser_history(tmp_path / "History")
    before, files = digest(history), listing(tmp_path)
    run_cli("accounts", "--json", db=history)
    assert (digest(history), listing(tmp_path)) == (before, files)


def test_foreign_file_in_wal_mode_gets_no_log_files_beside_it(tmp_path):
    history = browser_history(tmp_path / "places.sqlite", wal=True)
    files = listing(tmp_path)
    with pytest.raises(models.DatabaseForeignError):
        models.open_database(history)
    assert listing(tmp_path) == files


def test_foreign_file_with_a_rapport_like_meta_table_is_refused(tmp_path):
    path = tmp_path / "lookalike.sqlite"
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
                      "INSERT INTO meta VALUES ('schema_version', '1');")
    con.close()
    with pytest.raises(models.DatabaseForeignError):
        models.open_database(path)


def test_file_of_another_application_id_is_refused_untouched(db_path):
    models.close_database()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA application_id = 1297109574")  # another program's mark, on an otherwise Rapport-like file
    con.close()
    before = digest(db_path)
    with pytest.raises(models.DatabaseForeignError):
        models.open_database(db_path)
    assert digest(db_path) == before


def database_id_at(path):
    models.open_database(path)
    try:
        return models.database_id()
    finally:
        models.close_database()


def test_copied_book_gets_its_own_database_id(db_path, tmp_path):
    models.close_database()
    original = database_id_at(db_path)
    copy = tmp_path / "copy" / "rapport.sqlite"
    copy.parent.mkdir()
    shutil.copy(db_path, copy)
    assert database_id_at(copy) != original


def test_original_keeps_its_database_id_after_being_copied(db_path, tmp_path):
    models.close_database()
    original = database_id_at(db_path)
    shutil.copy(db_path, tmp_path / "copy.sqlite")
    database_id_at(tmp_path / "copy.sqlite")
    assert database_id_at(db_path) == original


def test_moved_book_keeps_its_database_id(db_path, tmp_path):
    models.close_database()
    original = database_id_at(db_path)
    moved = tmp_path / "moved.sqlite"
    db_path.rename(moved)
    assert database_id_at(moved) == original


def test_restored_book_gets_a_new_database_id(db_path, tmp_path):
    copy = backup.backup_now(tmp_path / "copy.sqlite")
    original = models.database_id()
    models.close_database()
    backup.restore(copy, db_path)
    assert database_id_at(db_path) != original


def test_book_its_log_files_and_lock_are_private(db_path, make_account):
    make_account()
    files = [db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", ".lock"))]
    assert {f.name: mode_of(f) for f in files} == {f.name: 0o600 for f in files}


def test_automatic_copies_are_private_in_a_private_folder(db_path):
    copy = backup.automatic_backup(db_path, "start")
    assert (mode_of(copy.parent), mode_of(copy)) == (0o700, 0o600)


def test_migration_copy_is_private_in_a_private_folder(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy("tests/data/rapport-v1.sqlite", path)
    models.open_database(path)
    models.close_database()
    (copy,) = (tmp_path / "backups").glob("old-before-*.sqlite")
    assert (mode_of(copy.parent), mode_of(copy)) == (0o700, 0o600)


def test_default_data_folder_is_created_private():
    book = paths.book_address(None)
    assert mode_of(book.file.parent) == 0o700


def test_bundle_and_personal_data_exports_are_private(make_account, make_contact, tmp_path):
    contact = make_contact(make_account())
    bundle.export_bundle(tmp_path / "b.json")
    privacy.export_contact_data(contact.uuid, tmp_path / "person.json")
    assert (mode_of(tmp_path / "b.json"), mode_of(tmp_path / "person.json")) == (0o600, 0o600)
