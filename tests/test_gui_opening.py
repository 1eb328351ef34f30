"""The GUI's opening of the book: an interrupted restore offered back, the check that runs while the window paints,
and plain dialogs for a book that is locked or busy."""

import random
import sqlite3
import subprocess
import sys

import pytest
from cli_run import ROOT, digest
from PySide6.QtWidgets import QMessageBox

import models
from models import book_lock
from services import accounts
from services.book import backup
from ui import opening


@pytest.fixture(autouse=True)
def app(qapp):
    """Message boxes need the application."""
    return qapp


def clicking(text, seen=None):
    """Stand-in for QMessageBox.exec: note the box's text, click the button with this text (None: the first)."""
    def run(box):
        if seen is not None:
            seen.append(box.text())
        buttons = box.buttons()
        next(b for b in buttons if text is None or b.text() == text).click()
        return 0

    return run


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "rapport.sqlite"
    models.open_database(path)
    accounts.create_account({"name": "Kept safe", "country": "DE"})
    models.close_database()
    return path


def test_missing_book_is_put_back_from_the_kept_copy(book, monkeypatch):
    book.rename(book.with_name("rapport.before-restore-20261123-081500.sqlite"))
    monkeypatch.setattr(QMessageBox, "exec", clicking("Put it back"))
    assert opening.settle_interrupted_restore(book) is True
    models.open_database(book)
    try:
        assert [a.name for a in accounts.search_accounts("")] == ["Kept safe"]
    finally:
        models.close_database()


def test_unfinished_copy_is_removed_on_request_and_the_book_opens(book, monkeypatch):
    part = book.with_name("rapport.sqlite.part")
    part.write_bytes(b"half a copy")
    monkeypatch.setattr(QMessageBox, "exec", clicking("Remove it and open the book"))
    assert opening.settle_interrupted_restore(book) is True
    assert not part.exists()


def test_closing_the_interrupted_restore_dialog_creates_no_empty_book(book, monkeypatch):
    book.rename(book.with_name("rapport.before-restore-20261123-081500.sqlite"))
    monkeypatch.setattr(QMessageBox, "exec", clicking("Close"))
    assert opening.open_database_with_dialog(book) is False
    assert not book.exists()


def copied_then_damaged(book):
    """Take an automatic copy of the open book, close it, then overwrite 4 KB in its middle."""
    backup.automatic_backup(book, "start")
    models.close_database()
    with book.open("r+b") as fh:
        fh.seek(book.stat().st_size // 2)
        fh.write(random.Random(3).randbytes(4096))
    return book


@pytest.fixture
def damaged_after_start(book):
    """A book with an automatic copy, damaged in its middle after it was last opened (opening it writes nothing).

    Most of the file is settings the start-up does not read, so the damage is found by the check, not by the list.
    """
    models.open_database(book)
    for i in range(20):
        accounts.create_account({"name": f"Account {i}", "country": "FR"})
    for i in range(300):
        models.Setting.create(key=f"filler-{i}", value="n" * 2000)
    return copied_then_damaged(book)


def test_failed_check_after_start_offers_the_latest_copy(damaged_after_start, main_window_for, monkeypatch):
    window = main_window_for(damaged_after_start)
    monkeypatch.setattr(QMessageBox, "exec", clicking("Open latest copy"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    passed = []
    opening._checked(window, damaged_after_start, models.run_held_check(), lambda: passed.append(True))
    assert passed == [True]
    assert accounts.search_accounts("")[0].name == "Account 0"


def test_declined_copy_after_a_failed_check_closes_the_window_and_writes_nothing(damaged_after_start,
                                                                                 main_window_for, monkeypatch):
    before = digest(damaged_after_start)
    window = main_window_for(damaged_after_start)
    monkeypatch.setattr(QMessageBox, "exec", clicking("Close"))
    opening._checked(window, damaged_after_start, models.run_held_check(), lambda: pytest.fail("copies taken"))
    models.close_database()
    assert (window.isVisible(), digest(damaged_after_start)) == (False, before)


@pytest.fixture
def main_window_for(qtbot):
    """The main window on a book opened as the GUI opens it: its check held back."""
    from ui.app import make_app
    from ui.main_window import MainWindow

    def make(path):
        make_app()
        assert opening.open_database_with_dialog(path, defer_check=True) is True
        window = MainWindow(path)
        qtbot.addWidget(window)
        window.show()
        return window

    yield make
    models.close_database()


def test_check_in_background_runs_the_automatic_copies_once_it_passed(book, main_window_for, qtbot):
    window = main_window_for(book)
    passed = []
    opening.check_in_background(window, book, lambda: passed.append(True))
    qtbot.waitUntil(lambda: passed == [True])


def test_book_being_restored_elsewhere_gets_a_dialog_naming_it(book, monkeypatch):
    holder = subprocess.Popen([sys.executable, "-c", "import sys; from pathlib import Path; from models import "
                               "book_lock\nwith book_lock.exclusive(Path(sys.argv[1])):\n print('ready', flush=True);"
                               " sys.stdin.readline()", str(book)], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        monkeypatch.setattr(book_lock, "OPEN_WAIT", 0.2)
        seen = []
        monkeypatch.setattr(QMessageBox, "exec", clicking("Close", seen))
        assert opening.open_database_with_dialog(book) is False
    finally:
        holder.kill()
        holder.communicate()  # reaps it and closes its pipes
    assert seen
    assert str(book) in seen[0]
    assert "being restored" in seen[0]


def test_busy_book_during_work_is_a_plain_message_not_an_unexpected_error(book):
    from ui.app import _known_problem

    assert "busy" in _known_problem(sqlite3.OperationalError("database is locked"), book)


def test_busy_book_in_background_work_is_reported_plainly(qtbot, book):
    from ui.worker import Worker

    def write_while_busy(_progress):
        raise sqlite3.OperationalError("database is locked")

    worker = Worker(write_while_busy)
    with qtbot.waitSignal(worker.signals.failed) as failed:
        worker.run()
    assert "busy" in failed.args[0]
    assert "OperationalError" not in failed.args[0]


def test_brief_saved_into_a_missing_folder_gets_a_message_and_no_file(qtbot, book, tmp_path, monkeypatch):
    from services.briefs import builder
    from ui.dialogs.brief_preview import BriefPreview

    models.open_database(book)
    try:
        account = accounts.search_accounts("")[0]
        path, name = builder.write_brief(account.uuid, tmp_path / "b.pdf")
    finally:
        models.close_database()
    preview = BriefPreview(path, name)
    qtbot.addWidget(preview)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    preview.save_to(tmp_path / "nowhere" / "brief.pdf")
    assert warned
    assert "does not exist" in warned[0]
    assert not (tmp_path / "nowhere").exists()


@pytest.fixture
def list_damaged_after_start(book):
    """A book whose account pages (the list's first page is read before the held-back check runs) are damaged
    after a copy."""
    models.open_database(book)
    for i in range(150):
        accounts.create_account({"name": f"Account {i}", "country": "FR", "notes": "n" * 2000})
    return copied_then_damaged(book)


def test_damage_met_by_the_list_before_the_check_offers_the_latest_copy(list_damaged_after_start, qtbot,
                                                                       monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", clicking("Open latest copy"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert opening.open_database_with_dialog(list_damaged_after_start, defer_check=True)
    try:
        window = opening.build_main_window(list_damaged_after_start)
        qtbot.addWidget(window)
        assert window.accounts.model.total() == 151  # the book fixture's account and the 150 in the copy
    finally:
        models.close_database()


def test_damage_met_by_the_list_with_the_copy_declined_opens_no_window(list_damaged_after_start, monkeypatch):
    before = digest(list_damaged_after_start)
    monkeypatch.setattr(QMessageBox, "exec", clicking("Close"))
    assert opening.open_database_with_dialog(list_damaged_after_start, defer_check=True)
    assert opening.build_main_window(list_damaged_after_start) is None
    models.close_database()
    assert digest(list_damaged_after_start) == before
