"""Shared fixtures: offscreen Qt, a fresh database per test, small factories."""

import datetime as dt
import gc
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest

import models


@pytest.fixture
def open_book(tmp_path):
    """A fresh, open book at sqlite:///…/rapport.sqlite (a models.BookAddress)."""
    address = models.parse_address(f"sqlite:///{tmp_path / 'rapport.sqlite'}")
    models.open_database(address)
    yield address
    models.close_database()


@pytest.fixture
def db_path(open_book):
    """The open book's file, for tests that look at the file itself."""
    return open_book.file


@pytest.fixture
def make_account(db_path):
    def make(name="Müller Maschinenbau GmbH", country="DE", **fields):
        from services import accounts

        return accounts.create_account({"name": name, "country": country, **fields})

    return make


@pytest.fixture
def make_contact(db_path):
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
    return window


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
