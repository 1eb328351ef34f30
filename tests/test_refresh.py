"""A colleague's change appears within seconds: a cheap probe of the book, polled by the main window (issue 19)."""

import threading

import pytest

import models
from models.address import BookAddress
from services import accounts
from services.book import changes
from tests.counting import counted_queries
from ui.book_watch import FILE_POLL_MS, SHARED_POLL_MS, poll_interval


def _on_another_connection(work) -> None:
    """work() on a thread of its own: peewee gives it its own connection to the book's file."""

    def run() -> None:
        try:
            work()
        finally:
            models.db.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def test_the_token_changes_after_another_connection_adds_an_account(open_book):
    before = changes.probe()
    _on_another_connection(lambda: accounts.create_account({"name": "Sakura KK", "country": "JP"}))
    assert changes.probe() != before


def test_the_token_changes_after_another_connection_edits_a_record(make_account):
    a = make_account()
    before = changes.probe()
    _on_another_connection(lambda: accounts.update_account(a.uuid, {"city": "Ulm"}))
    assert changes.probe() != before


def test_the_token_changes_after_another_connection_deletes_a_record(make_account, make_contact):
    c = make_contact(make_account())
    before = changes.probe()
    _on_another_connection(lambda: accounts.delete_contact(c.uuid))
    assert changes.probe() != before


def test_the_token_stays_while_nothing_changes(make_account):
    make_account()
    assert changes.probe() == changes.probe()


def test_a_probe_is_one_statement(make_account):
    make_account()
    with counted_queries() as statements:
        changes.probe()
    assert len(statements) == 1


@pytest.mark.sqlite_only  # the plan read is SQLite's EXPLAIN QUERY PLAN
def test_a_probe_reads_indexes_only_never_a_whole_table(make_account):
    make_account()
    with counted_queries() as statements:
        changes.probe()
    plan = [row[3] for row in models.db.execute_sql(f"EXPLAIN QUERY PLAN {statements[0]}").fetchall()]
    assert [step for step in plan if step.startswith("SCAN") and step != "SCAN CONSTANT ROW"] == []


@pytest.mark.parametrize(("book", "interval"), [
    (BookAddress("postgresql", models.parse_address("sqlite:///x.sqlite").file), SHARED_POLL_MS),
    (models.parse_address("sqlite:///x.sqlite"), FILE_POLL_MS),
    (models.parse_address(":memory:"), None),
])
def test_a_server_book_is_polled_every_three_seconds_a_file_less_often_memory_never(book, interval):
    assert poll_interval(book) == interval


def test_the_account_list_in_view_shows_an_account_another_connection_added(main_window):
    main_window.nav.setCurrentRow(1)
    _on_another_connection(lambda: accounts.create_account({"name": "Sakura KK", "country": "JP"}))
    main_window.watch.look()  # what the timer does every few seconds
    assert main_window.accounts.model.rowCount() == 1


def test_an_unchanged_book_is_not_read_again(main_window, monkeypatch):
    reads = []
    monkeypatch.setattr(main_window.today_screen, "reload", lambda: reads.append(1))
    main_window.watch.look()
    assert reads == []


def test_today_in_view_is_read_again_after_another_connection_writes(main_window, monkeypatch):
    reads = []
    monkeypatch.setattr(main_window.today_screen, "reload", lambda: reads.append(1))
    _on_another_connection(lambda: accounts.create_account({"name": "Sakura KK", "country": "JP"}))
    main_window.watch.look()
    assert reads == [1]
