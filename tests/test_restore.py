"""Restore: whole and checked, refused while another process has the book open, an interrupted one reported and
offered back; commands that change many records copy the book first."""

import re
import sqlite3
import subprocess
import sys

import pytest
from cli_run import ROOT, digest, listing, run_cli

import models
from models import book_lock
from services import accounts
from services.book import backup
from services.errors import UserError

HOLD_OPEN = ("import sys, models; models.open_database(sys.argv[1]); print('ready', flush=True); "
             "sys.stdin.readline(); models.close_database()")
HOLD_FOR_RESTORE = ("import sys; from pathlib import Path; from models import book_lock\n"
                    "with book_lock.exclusive(Path(sys.argv[1])):\n"
                    "    print('ready', flush=True); sys.stdin.readline()")


def count_accounts(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM account").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def book(tmp_path):
    """A closed book with three accounts."""
    path = tmp_path / "book" / "rapport.sqlite"
    path.parent.mkdir()
    models.open_database(path)
    for name in ("Alpha", "Beta", "Gamma"):
        accounts.create_account({"name": name, "country": "DE"})
    models.close_database()
    return path


@pytest.fixture
def one_account_copy(tmp_path):
    """A backup holding a single account, to restore over the book."""
    path = tmp_path / "copy.sqlite"
    models.open_database(path)
    accounts.create_account({"name": "Only one", "country": "FR"})
    models.close_database()
    return path


@pytest.fixture
def second_process():
    """Start another Python process running code on the book; it has the book (or its lock) when this returns."""
    started = []

    def start(code, book):
        proc = subprocess.Popen([sys.executable, "-c", code, str(book)], cwd=ROOT, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)
        started.append(proc)
        assert proc.stdout.readline().strip() == "ready"
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()  # reaps it and closes its pipes


def test_restore_puts_the_copy_in_place(book, one_account_copy):
    backup.restore(one_account_copy, book)
    assert count_accounts(book) == 1


def test_restore_keeps_the_old_book_beside_it(book, one_account_copy):
    kept = backup.restore(one_account_copy, book)
    assert kept.name.startswith("rapport.before-restore-")
    assert count_accounts(kept) == 3


def test_restore_leaves_no_unfinished_copy(book, one_account_copy):
    backup.restore(one_account_copy, book)
    assert [name for name in listing(book.parent) if name.endswith(".part")] == []


def test_restore_of_a_damaged_copy_changes_nothing(book, one_account_copy):
    data = bytearray(one_account_copy.read_bytes())
    data[len(data) // 2:] = b"\xff" * (len(data) - len(data) // 2)
    one_account_copy.write_bytes(bytes(data))
    before, files = digest(book), listing(book.parent)
    with pytest.raises(UserError, match="not restored"):
        backup.restore(one_account_copy, book)
    assert (digest(book), listing(book.parent)) == (before, files)


def test_unfinished_copy_beside_the_book_is_reported_with_exit_2(book):
    (book.parent / "rapport.sqlite.part").write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    result = run_cli("accounts", "--json", db=book)
    assert result.returncode == 2
    assert "rapport.sqlite.part" in result.stderr
    assert "restore" in result.stderr


def test_unfinished_copy_beside_the_book_leaves_the_book_untouched(book):
    (book.parent / "rapport.sqlite.part").write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    before = digest(book)
    run_cli("demo", "--accounts", "2", db=book)
    assert digest(book) == before


def interrupt_an_old_restore(book):
    """What a restore killed mid-copy left before this fix: the book moved away, half a copy in its place."""
    kept = book.with_name("rapport.before-restore-20261123-081500.sqlite")
    book.rename(kept)
    (book.parent / "rapport.sqlite.part").write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    return kept


def test_missing_book_beside_a_kept_copy_is_not_replaced_by_an_empty_book(book):
    interrupt_an_old_restore(book)
    result = run_cli("accounts", "--json", db=book)
    assert (result.returncode, book.exists()) == (2, False)


def test_the_command_in_the_message_puts_the_kept_copy_back(book):
    kept = interrupt_an_old_restore(book)
    advice = run_cli("accounts", "--json", db=book).stderr
    command = re.search(r"rapport --db (\S+) restore (\S+?)\.?(?:\s|$)", advice)
    assert command
    assert command.group(2) == str(kept)
    assert run_cli("restore", command.group(2), db=command.group(1)).returncode == 0
    assert count_accounts(book) == 3


def test_restore_is_refused_while_another_process_has_the_book_open(book, one_account_copy, second_process):
    second_process(HOLD_OPEN, book)
    result = run_cli("restore", one_account_copy, db=book)
    assert result.returncode == 2
    assert "open in another Rapport" in result.stderr


def test_refused_restore_leaves_book_and_folder_as_they_were(book, one_account_copy, second_process):
    second_process(HOLD_OPEN, book)
    before, files = digest(book), listing(book.parent)
    run_cli("restore", one_account_copy, db=book)
    assert (digest(book), listing(book.parent)) == (before, files)


def test_restore_goes_through_once_the_other_process_has_closed_the_book(book, one_account_copy, second_process):
    holder = second_process(HOLD_OPEN, book)
    holder.communicate("done\n", timeout=30)
    assert run_cli("restore", one_account_copy, db=book).returncode == 0


def test_a_killed_process_does_not_keep_the_book_locked(book, one_account_copy, second_process):
    holder = second_process(HOLD_OPEN, book)
    holder.kill()
    holder.wait()
    assert run_cli("restore", one_account_copy, db=book).returncode == 0


def test_opening_is_refused_while_another_process_restores(book, second_process, monkeypatch):
    second_process(HOLD_FOR_RESTORE, book)
    monkeypatch.setattr(book_lock, "OPEN_WAIT", 0.2)
    with pytest.raises(models.DatabaseLockedError, match="being restored"):
        models.open_database(book)


def test_restore_in_this_process_is_refused_while_the_book_is_open_here_too(book, one_account_copy):
    models.open_database(book)
    try:
        with pytest.raises(UserError, match="open in another Rapport"):
            backup.restore(one_account_copy, book)
    finally:
        models.close_database()


@pytest.fixture
def merge_file(tmp_path):
    """A bundle from another book, to merge."""
    path = tmp_path / "other.json"
    models.open_database(tmp_path / "other.sqlite")
    accounts.create_account({"name": "From the office", "country": "IT"})
    from services.exchange.bundle import export_bundle

    export_bundle(path)
    models.close_database()
    return path


def first_contact_uuid(book):
    models.open_database(book)
    try:
        a = accounts.search_accounts("")[0]
        return accounts.create_contact(a.uuid, {"name": "Jürgen Müller"}).uuid
    finally:
        models.close_database()


@pytest.mark.parametrize("command", ["import", "bundle merge", "forget", "demo"])
def test_command_that_changes_many_records_copies_the_book_first(book, tmp_path, merge_file, command):
    csv = tmp_path / "list.csv"
    csv.write_text("Company,Country\nNordwind GmbH,DE\n", encoding="utf-8")
    args = {"import": ["import", csv], "bundle merge": ["bundle", "merge", merge_file],
            "forget": ["forget", first_contact_uuid(book)], "demo": ["demo", "--accounts", "2"]}[command]
    assert run_cli(*args, db=book).returncode == 0
    kind = "before-" + command.split()[-1]
    (copy,) = (book.parent / "backups").glob(f"rapport-{kind}-*.sqlite")
    assert count_accounts(copy) == 3


def test_dry_run_takes_no_copy(book, tmp_path):
    csv = tmp_path / "list.csv"
    csv.write_text("Company,Country\nNordwind GmbH,DE\n", encoding="utf-8")
    assert run_cli("import", csv, "--dry-run", db=book).returncode == 0
    assert not (book.parent / "backups").exists()


def test_demo_on_an_empty_book_takes_no_copy(tmp_path):
    assert run_cli("demo", "--accounts", "2", db=tmp_path / "new.sqlite").returncode == 0
    assert not (tmp_path / "backups").exists()


def test_two_restores_in_one_second_keep_both_earlier_books(book, one_account_copy):
    first = backup.restore(one_account_copy, book)
    second = backup.restore(one_account_copy, book)
    assert first != second
    assert (count_accounts(first), count_accounts(second)) == (3, 1)
