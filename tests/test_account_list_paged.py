"""The account list reads pages, not the book: per keystroke a few statements and at most a page of rows."""

import shutil
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import models
from models import queries
from services import accounts
from services.accounts import ListQuery, SortBy
from ui.models.account_table import AccountListModel, Col

ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@pytest.fixture(scope="module")
def thousand_book(tmp_path_factory):
    """The demo book at 1,000 accounts (~3,000 contacts, 20,000 interactions), built once."""
    from services.accounts.demo import create_demo_data

    path = tmp_path_factory.mktemp("thousand") / "book.sqlite"
    models.open_database(path)
    models.db.execute_sql("PRAGMA synchronous = OFF")  # a scratch book: no need to wait for the disk
    create_demo_data(1000, seed=7)
    models.close_database()
    return path


@pytest.fixture
def book_of_1000(thousand_book, tmp_path):
    path = tmp_path / "book.sqlite"
    shutil.copy(thousand_book, path)
    models.open_database(path)
    yield path
    models.close_database()


class Work:
    """What reaches the database and comes back: statements run, SQLite VM steps (in hundreds), rows read."""

    def __init__(self, monkeypatch) -> None:
        self.statements: Counter[str] = Counter()
        self.steps = 0
        self.rows = 0
        connection = models.db.connection()
        connection.set_trace_callback(self._statement)
        connection.set_progress_handler(self._step, 100)
        read = queries.account_list

        def counted(*args, **kwargs):
            for row in read(*args, **kwargs):
                self.rows += 1
                yield row

        monkeypatch.setattr(queries, "account_list", counted)

    def _statement(self, sql: str) -> None:
        if not sql.startswith("--") and "'main'." not in sql:  # not FTS5's own reads of its tables
            self.statements.update([sql.split()[0].upper()])

    def _step(self) -> int:
        self.steps += 1
        return 0

    def reset(self) -> None:
        self.statements.clear()
        self.steps = self.rows = 0

    def stop(self) -> None:
        models.db.connection().set_trace_callback(None)
        models.db.connection().set_progress_handler(None, 100)


@pytest.fixture
def work(book_of_1000, monkeypatch):
    watcher = Work(monkeypatch)
    yield watcher
    watcher.stop()


def test_a_keystroke_reads_a_count_and_one_page_not_the_book(qapp, work):
    model = AccountListModel()
    model.reload({})
    typed = "maschinenbau"
    for n in range(1, len(typed) + 1):
        work.reset()
        model.set_search(typed[:n])
        assert work.statements["SELECT"] <= 2, typed[:n]  # how many match, and the first page
        assert work.rows <= AccountListModel.PAGE


def test_a_keystroke_of_three_letters_or_more_does_a_fraction_of_a_scan(qapp, work):
    models.db.execute_sql("SELECT COUNT(*) FROM account WHERE instr(search_key, 'zzzz') > 0")  # warm the cache
    work.reset()
    models.db.execute_sql("SELECT COUNT(*) FROM account WHERE instr(search_key, 'zzzz') > 0")
    scan = work.steps
    model = AccountListModel()
    model.reload({})
    work.reset()
    model.set_search("zzzz")  # found nowhere: a walk over the book would have to look at every key
    assert model.rowCount() == 0
    assert work.steps * 10 < scan


def test_scrolling_through_the_whole_list_keeps_only_a_few_pages(qapp, book_of_1000, monkeypatch):
    monkeypatch.setattr(AccountListModel, "PAGE", 50)
    monkeypatch.setattr(AccountListModel, "KEPT_PAGES", 3)
    model = AccountListModel()
    model.reload({})
    everything = accounts.account_rows()
    assert model.rowCount() == len(everything) == 1000
    assert [model.row_at(r) for r in range(model.rowCount())] == everything
    assert sum(len(p) for p in model._pages.values()) <= 150


def test_row_of_an_account_far_down_the_list_is_found_without_reading_to_it(qapp, book_of_1000):
    model = AccountListModel()
    model.reload({})
    model.sort(Col.CONTACTS, Qt.SortOrder.DescendingOrder)
    everything = accounts.account_rows(ListQuery(sort=SortBy.CONTACTS, descending=True))
    far = everything[777]
    assert model.row_of(far.uuid) == 777
    assert len(model._pages) == 1
    assert model.row_at(777) == far


@pytest.mark.parametrize("column", list(Col))
def test_every_column_sorts_both_ways_in_the_database(qapp, book_of_1000, column):
    model = AccountListModel()
    model.reload({"DE": "Germany", "FR": "France", "CN": "China"})
    rows = accounts.account_rows()
    values = {
        Col.NAME: lambda r: models.account.name_order(r.name),
        Col.CITY: lambda r: r.city.translate(ASCII_LOWER),  # the database's lower(): A–Z only
        Col.CONTACTS: lambda r: r.contacts,
        Col.LAST: lambda r: r.last_stamp or "",
    }
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        shown = [model.row_at(r) for r in range(model.rowCount())]
        assert sorted(shown) == sorted(rows)
        if column in values:
            key = values[column]
            assert [key(r) for r in shown] == sorted((key(r) for r in rows),
                                                     reverse=order == Qt.SortOrder.DescendingOrder)


def test_countries_sort_by_their_shown_names(qapp, make_account):
    for code in ("DE", "CN", "FR"):
        make_account(name=f"Firm in {code}", country=code)
    model = AccountListModel()
    model.reload({"DE": "Deutschland", "CN": "China", "FR": "Frankreich"})
    model.sort(Col.COUNTRY)
    assert [model.row_at(r).country for r in range(3)] == ["CN", "DE", "FR"]


def test_ctrl_end_goes_to_the_last_account_and_opens_it(book_of_1000, qtbot):
    from ui.main_window import MainWindow

    window = MainWindow(models.parse_address(f"sqlite:///{book_of_1000}"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.accounts
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = accounts.account_rows()[-1]
    assert view.table.currentIndex().row() == 999
    assert view.pane.title.text() == last.name
    assert view.count_label.text() == "1000 of 1000 accounts"


def test_accounts_deleted_by_another_process_leave_blank_rows_until_the_next_reload(qapp, make_account, db_path):
    import sqlite3

    for i in range(3):
        make_account(name=f"Firm {i}")
    model = AccountListModel()
    model.reload({})
    other = sqlite3.connect(db_path)
    other.execute("DELETE FROM account WHERE name = 'Firm 2'")
    other.commit()
    other.close()
    model._pages.clear()  # as when the page had left memory
    assert model.data(model.index(2, Col.NAME)) is None
    model.reload()
    assert [model.row_at(r).name for r in range(model.rowCount())] == ["Firm 0", "Firm 1"]
