"""Shared fixtures: offscreen Qt, a fresh database per test, small factories."""

import datetime as dt
import gc
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/pg_server.py

import pytest

import models


def pytest_generate_tests(metafunc):
    """Every test that opens a book runs on SQLite and on PostgreSQL: [sqlite] and [postgresql] in its id. A test
    that looks at the file itself (db_path) or is marked sqlite_only runs on SQLite alone."""
    if "book_kind" not in metafunc.fixturenames:
        return
    file_only = "db_path" in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only")
    metafunc.parametrize("book_kind", ["sqlite"] if file_only else ["sqlite", "postgresql"])


@pytest.fixture(scope="session")
def pg_server():
    """One real PostgreSQL server for the whole run (tests/pg_server.py), stopped at the end even when tests fail."""
    import pg_server as servers

    server = servers.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_book_url(pg_server):
    """The test database on that server, with the latest schema made once (each test empties it)."""
    url = pg_server.create_database("rapport_test")
    models.open_database(url)
    models.close_database()
    return url


@pytest.fixture
def book_kind(request):
    return request.param


@pytest.fixture
def open_book(book_kind, tmp_path, request):
    """A fresh, open book (a models.BookAddress): sqlite:///…/rapport.sqlite, or the test database on the test
    PostgreSQL server emptied for this test."""
    if book_kind == "postgresql":
        address = models.parse_address(request.getfixturevalue("pg_book_url"))
        models.open_database(address)
        empty_server_book()
    else:
        address = models.parse_address(f"sqlite:///{tmp_path / 'rapport.sqlite'}")
        models.open_database(address)
    yield address
    background_work_finished()
    models.close_database()


def background_work_finished() -> None:
    """Wait for the test's background jobs (a window's re-plan, a screen's load): run on into the next test, they
    would work on its book."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60_000)


def empty_server_book() -> None:
    """Every table of the open server book emptied (ids from 1 again), keeping only its schema version, and a new
    database_id: what a freshly made book holds."""
    tables = [t for t in models.db.get_tables() if t != "meta"]
    with models.db.atomic():
        models.db.execute_sql("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
        models.Meta.delete().where(models.Meta.key != "schema_version").execute()
        models.Meta.put("database_id", models.new_uuid())


@pytest.fixture
def db_path(open_book):
    """The open book's file, for tests that look at the file itself (SQLite only)."""
    return open_book.file


@pytest.fixture
def make_account(open_book):
    def make(name="Müller Maschinenbau GmbH", country="DE", **fields):
        from services import accounts

        return accounts.create_account({"name": name, "country": country, **fields})

    return make


@pytest.fixture
def make_contact(open_book):
    def make(account, name="Jürgen Müller", **fields):
        from services import accounts

        return accounts.create_contact(account.uuid if hasattr(account, "uuid") else account,
                                       {"name": name, **fields})

    return make


@pytest.fixture
def planned_accounts(monkeypatch):
    """The uuids of the accounts the planner plans from here on (whole-book work per action shows as many)."""
    from services.cadence import store

    counted: list[str] = []
    real = store.account_plan

    def counting(a, *args, **kwargs):
        counted.append(a.uuid)
        return real(a, *args, **kwargs)

    monkeypatch.setattr(store, "account_plan", counting)
    return counted


@pytest.fixture
def utc():
    def make(*args):
        return dt.datetime(*args, tzinfo=dt.UTC)

    return make


@pytest.fixture(autouse=True)
def garbage_collected_on_the_main_thread():
    """As the app does (ui/gui_thread_gc.py): no automatic collection, which could start in a worker thread and
    destroy an earlier test's widgets there; the main thread collects when due, after each test."""
    from ui.gui_thread_gc import collect_if_due

    thresholds = gc.get_threshold()
    gc.disable()
    yield
    collect_if_due(thresholds)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    """QSettings, logs and data folders of the tests never touch the real user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("RAPPORT_DB", raising=False)
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))


@pytest.fixture
def main_window(qtbot, open_book):
    from PySide6.QtWidgets import QApplication

    from ui.app import make_app
    from ui.main_window import MainWindow

    assert make_app() is QApplication.instance()
    window = MainWindow(open_book)
    qtbot.addWidget(window)
    yield window
    window.close()  # stops its timers (the book's poll): nothing of this test starts work in the next one
    background_work_finished()


@pytest.fixture
def book_switch(tmp_path):
    """Two books, "office" and "laptop", opened one at a time with use(name); the office is open at the start."""
    paths = {"office": tmp_path / "office.sqlite", "laptop": tmp_path / "laptop.sqlite"}

    def use(name):
        if models.db.obj is not None:
            models.close_database()
        models.open_database(paths[name])

    use("office")
    yield use
    models.close_database()
