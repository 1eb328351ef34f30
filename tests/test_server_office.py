"""Connecting to the office database: its address from Settings' fields, a trial connection, ping, the Settings
page, switching the open book and remembering it without the password, and a role made as
docs/office-database.md says (no superuser, owner of its database) opening a fresh book."""

import itertools

import pytest
from PySide6.QtCore import QSettings

import models
from services.book.server import OfficeDatabase, local_book, ping, try_connection
from services.errors import UserError

_names = itertools.count()


def test_the_fields_make_the_address_and_back():
    place = OfficeDatabase("office-server", 5433, "rapport", "anna")
    book = place.address("secret")
    assert (book.server, book.password) == ("postgresql://anna@office-server:5433/rapport", "secret")
    assert OfficeDatabase.of(book) == place


def test_a_missing_server_name_is_refused_with_a_message():
    with pytest.raises(UserError, match="server, database name and user name"):
        OfficeDatabase(" ", 5432, "rapport", "anna").address()


def test_a_file_book_has_no_office_fields():
    assert OfficeDatabase.of(local_book()) is None


def test_ping_answers_on_the_open_book(open_book):
    assert ping() is True


def test_a_trial_connection_leaves_the_open_book_alone(pg_server, open_book):
    before = models.db.obj
    try_connection(models.parse_address(pg_server.admin_url))
    assert models.db.obj is before


def test_a_trial_connection_to_a_closed_port_says_it_cannot_be_reached():
    from pg_server import free_port

    with pytest.raises(models.ServerUnreachableError, match="cannot be reached"):
        try_connection(models.parse_address(f"postgresql://anna@127.0.0.1:{free_port()}/rapport"))


def test_a_role_made_as_the_doc_says_opens_a_fresh_book_with_pg_trgm(pg_server):
    role = f"office_{next(_names)}"
    pg_server.sql(f'CREATE ROLE "{role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE')  # createuser's defaults
    url = pg_server.create_database(f"{role}_book", owner=role)  # createdb --owner ROLE
    try:
        models.open_database(url)
        assert "account" in models.db.get_tables()
        installed = models.db.execute_sql("SELECT extname FROM pg_extension").fetchall()
        superuser = models.db.execute_sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    finally:
        models.close_database()
    assert (("pg_trgm",) in installed, superuser) == (True, (False,))


def test_the_settings_page_tests_a_connection_and_connects(qtbot, pg_server):
    from ui.dialogs.office_database_page import OfficeDatabasePage

    page = OfficeDatabasePage()
    qtbot.addWidget(page)
    page.host.setText("127.0.0.1")
    page.port.setValue(pg_server.port)
    page.database.setText("postgres")
    page.user.setText("rapport_admin")
    page.test_button.click()
    qtbot.waitUntil(lambda: page.result.text() == "The office database answers.", timeout=10000)
    with qtbot.waitSignal(page.chosen, timeout=10000) as chosen:
        page.connect_button.click()
    assert chosen.args[0].server == pg_server.admin_url


def test_switching_reopens_the_window_on_the_server_and_remembers_it_without_the_password(qtbot, pg_server,
                                                                                         tmp_path):
    from dataclasses import replace

    from ui.app import make_app
    from ui.main_window import MainWindow
    from ui.opening import LAST_BOOK, remembered_book, switch_book

    make_app()
    url = pg_server.create_database(f"switch_{next(_names)}")
    models.open_database(local_book())
    try:
        window = MainWindow(local_book())
        qtbot.addWidget(window)
        assert switch_book(window, replace(models.parse_address(url), password="secret"))
        assert (window.book.server, models.db.obj.book.server) == (url, url)
        assert QSettings().value(LAST_BOOK) == url
        assert remembered_book(local_book()).server == url
    finally:
        models.close_database()


def test_a_refused_login_asks_for_the_password_instead_of_failing(qtbot, pg_server, monkeypatch):
    from ui import opening
    from ui.dialogs.server_password import ServerPasswordDialog

    asked: list[str] = []

    def cancel(dialog):
        asked.append(dialog.findChildren(type(dialog.password))[0].echoMode().name)
        return 0

    monkeypatch.setattr(ServerPasswordDialog, "exec", cancel)
    url = f"postgresql://nobody@127.0.0.1:{pg_server.port}/postgres"
    assert opening.open_book_with_dialog(url) is None
    assert asked == ["Password"]
