"""The office database going away, against a real PostgreSQL server of this module's own that the tests stop,
start and cut off: an import is all or nothing, a Done is recorded once or not at all, the main window's banner
comes and goes, and a server that does not answer at start shows its page instead of a traceback."""

import csv
import itertools

import pg_server as servers
import pytest

import models
from services import accounts, cadence
from services.errors import UserError

_names = itertools.count()


@pytest.fixture(scope="module")
def faulty():
    """A second server, this module's alone: stopping it leaves the session's server to every other test."""
    server = servers.start()
    yield server
    server.stop()


@pytest.fixture
def server_book(faulty):
    """A fresh book on the faulty server, open; the server running again afterwards whatever the test did."""
    url = faulty.create_database(f"faults_{next(_names)}")
    models.open_database(url)
    yield models.parse_address(url)
    models.close_database()
    if not (faulty.folder / "data" / "postmaster.pid").exists():
        faulty.resume()


def _write_csv(path, rows: int):
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Company", "Country"])
        writer.writerows([f"Firma {n} GmbH", "DE"] for n in range(rows))
    return path


def test_server_stopped_mid_import_writes_nothing_and_says_so(faulty, server_book, tmp_path):
    from services.exchange.import_formats import read_table
    from services.exchange.importer import run_import

    table = read_table(_write_csv(tmp_path / "leads.csv", 3000))

    def stop_half_way(done, _total):
        if done >= 1500 and (faulty.folder / "data" / "postmaster.pid").exists():
            faulty.halt()
        return True

    with pytest.raises((UserError, models.DatabaseOpenError)) as refused:
        run_import(table, progress=stop_half_way)
    assert "office database" in str(refused.value) or "not" in str(refused.value)
    faulty.resume()
    assert models.Account.select().count() == 0


def test_import_after_the_server_is_back_and_answers_writes_every_row(faulty, server_book, tmp_path):
    from services.book.server import ping
    from services.exchange.import_formats import read_table
    from services.exchange.importer import run_import

    faulty.restart()  # the open book's connection died with it: the banner's probe finds that, then reconnects
    assert (ping(), ping()) == (False, True)
    result = run_import(read_table(_write_csv(tmp_path / "leads.csv", 2000)))
    assert (result.imported, models.Account.select().count()) == (2000, 2000)


def _touch():
    account = accounts.create_account({"name": "Müller Maschinenbau GmbH", "country": "DE"})
    (touch,) = cadence.next_touches(account.uuid, count=1)
    return touch


def test_connection_dropped_mid_done_records_nothing_and_tells_the_user(faulty, server_book, monkeypatch):
    from services.cadence import planning

    touch = _touch()
    real = planning._claim_done

    def cut_first(*args, **kwargs):  # between the write lock and the first row: the connection dies there
        monkeypatch.setattr(planning, "_claim_done", real)
        faulty.terminate_connections(server_book.server.rsplit("/", 1)[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(planning, "_claim_done", cut_first)
    with pytest.raises(models.ServerLostError) as lost:
        cadence.mark_done(touch)
    assert "Nothing of this change was saved" in str(lost.value)
    assert models.TouchState.select().count() == 0


def test_done_again_after_a_dropped_connection_is_recorded_once(faulty, server_book):
    touch = _touch()
    faulty.terminate_connections(server_book.server.rsplit("/", 1)[1])
    with pytest.raises(models.ServerLostError):
        cadence.mark_done(touch)
    cadence.mark_done(touch)
    assert [s.state for s in models.TouchState.select()] == ["done"] * len(touch.all_state_keys)


@pytest.fixture
def watch_cleared():
    """The app's one server watch, calm again after the test whatever it left behind."""
    from ui.server_watch import watch

    yield watch()
    watch().timer.stop()
    watch().is_lost = False


def test_banner_shows_while_the_server_is_away_and_clears_when_it_answers(qtbot, faulty, server_book,
                                                                         watch_cleared):
    from services.settings import set_setting
    from ui.app import make_app
    from ui.main_window import MainWindow
    from ui.worker import Worker, start

    make_app()
    window = MainWindow(server_book)
    qtbot.addWidget(window)
    assert window.server_banner.isHidden()
    faulty.halt()
    failed: list[str] = []
    worker = Worker(lambda _progress: set_setting("probe", 1))
    worker.signals.failed.connect(failed.append)
    start(worker)
    qtbot.waitUntil(lambda: not window.server_banner.isHidden(), timeout=10000)
    assert "cannot be reached" in failed[0]
    faulty.resume()
    qtbot.waitUntil(window.server_banner.isHidden, timeout=20000)


def _account_form():
    from PySide6.QtWidgets import QLineEdit

    from ui.dialogs.form import FormDialog

    class NewAccount(FormDialog):
        def __init__(self) -> None:
            super().__init__("New account")
            self.add_field("name", "Name", QLineEdit())

        def save(self, values):
            return accounts.create_account({"name": values["name"], "country": "JP"})

    return NewAccount()


def test_a_save_while_the_server_is_away_is_refused_and_the_dialog_keeps_what_was_typed(
        qtbot, faulty, server_book, watch_cleared, monkeypatch):
    from ui.dialogs import form

    told: list[str] = []
    monkeypatch.setattr(form.QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    dialog = _account_form()
    qtbot.addWidget(dialog)
    dialog.field("name").setText("Tanaka Trading K.K.")
    faulty.halt()
    dialog.try_save()  # the connection is found gone: nothing written, the banner raised
    dialog.try_save()  # refused before it starts
    assert "Nothing of this change was saved" in told[0]
    assert told[1].startswith("The office database cannot be reached — changes are refused")
    assert (dialog.result(), dialog.field("name").text()) == (0, "Tanaka Trading K.K.")
    faulty.resume()
    qtbot.waitUntil(lambda: not watch_cleared.is_lost, timeout=20000)
    dialog.try_save()
    assert [a.name for a in models.Account.select()] == ["Tanaka Trading K.K."]


def _click(page, text: str) -> None:
    from PySide6.QtWidgets import QPushButton

    next(b for b in page.findChildren(QPushButton) if b.text() == text).click()


def test_unreachable_server_at_start_shows_its_page_and_can_open_the_book_here(qtbot, faulty, server_book,
                                                                                 monkeypatch):
    from services.book.server import local_book
    from ui import opening
    from ui.dialogs.server_unreachable import ServerUnreachablePage

    shown: list[str] = []

    def look_and_choose(page):
        shown.append(page.problem.text())
        _click(page, "Open the book on this computer")
        return page.result()

    monkeypatch.setattr(ServerUnreachablePage, "exec", look_and_choose)
    models.close_database()
    faulty.halt()
    assert opening.open_book_with_dialog(server_book) == local_book()
    assert "cannot be reached" in shown[0]
    assert models.db.obj.database == str(local_book().file)


def test_the_waiting_page_opens_the_server_book_once_it_answers(qtbot, faulty, server_book, monkeypatch):
    from ui import opening
    from ui.dialogs import server_unreachable

    def bring_it_back(page):
        faulty.resume()
        qtbot.waitUntil(lambda: page.chosen is not None, timeout=20000)
        return page.result()

    monkeypatch.setattr(server_unreachable, "RETRY_MS", 200)
    monkeypatch.setattr(server_unreachable.ServerUnreachablePage, "exec", bring_it_back)
    models.close_database()
    faulty.halt()
    assert opening.open_book_with_dialog(server_book) == server_book
    assert models.Account.select().count() == 0


def test_after_the_banner_clears_the_first_save_goes_through(qtbot, faulty, server_book, watch_cleared):
    from services.settings import get_setting, set_setting
    from ui.worker import Worker, start

    faulty.halt()
    start(Worker(lambda _progress: set_setting("probe", 1)))  # the loss is met in a job, not on this thread
    qtbot.waitUntil(lambda: watch_cleared.is_lost, timeout=10000)
    faulty.resume()
    qtbot.waitUntil(lambda: not watch_cleared.is_lost, timeout=20000)
    set_setting("probe", 2)
    assert get_setting("probe") == 2
