"""The account list's health columns, its "needs attention" filter and the columns the user chose and ordered."""

import datetime as dt

import pytest
from counting import counted_queries
from PySide6.QtCore import QSettings, Qt

from models import Account
from models.health import AccountHealth
from services import accounts, dates, words
from services.accounts import ListQuery, SortBy
from ui.models.account_table import BAND_COLOURS, NOT_KEPT, AccountListModel, Col

NOW = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def keep_health(account, score, band, next_touch=None, at_risk=0):
    """A kept health row as the health engineers' refresh will write it (naive UTC next touch)."""
    AccountHealth.insert(account=Account.get(Account.uuid == account.uuid).id, score=score, band=band,
                         next_touch_utc=next_touch, promises_at_risk=at_risk, computed_on=NOW.date()).execute()


@pytest.fixture
def book(make_account):
    """Five accounts: four with kept health (one of each kind of trouble) and one without."""
    made = {name: make_account(name=name) for name in ("Alpha", "Bravo", "Charlie", "Delta", "Echo")}
    keep_health(made["Alpha"], 82, "good", NOW + dt.timedelta(days=3))
    keep_health(made["Bravo"], 41, "at_risk", NOW + dt.timedelta(days=1), at_risk=2)
    keep_health(made["Charlie"], 60, "watch", NOW + dt.timedelta(days=9))
    keep_health(made["Delta"], 90, "good", NOW - dt.timedelta(days=2))  # its touch is overdue
    return made


def shown(model, column):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def names(model):
    return shown(model, Col.NAME)


def test_health_shows_the_score_with_the_band_word_and_its_colour(qapp, book):
    model = AccountListModel()
    model.reload({})
    assert shown(model, Col.HEALTH) == ["82 good", "41 at risk", "60 watch", "90 good", NOT_KEPT]
    assert model.data(model.index(1, Col.HEALTH), Qt.ItemDataRole.DecorationRole) == BAND_COLOURS["at_risk"]


def test_an_account_without_kept_health_shows_a_dash_in_every_health_column(qapp, book):
    model = AccountListModel()
    model.reload({})
    assert [model.data(model.index(4, c)) for c in (Col.HEALTH, Col.NEXT_TOUCH, Col.AT_RISK)] == [NOT_KEPT] * 3


def test_band_words_are_chinese_in_chinese(qapp, book):
    words.set_language("zh")
    try:
        model = AccountListModel()
        model.reload({})
        assert shown(model, Col.HEALTH)[:3] == ["82 良好", "41 有风险", "60 需关注"]
    finally:
        words.set_language("en")


def test_promises_at_risk_shows_the_count(qapp, book):
    model = AccountListModel()
    model.reload({})
    assert shown(model, Col.AT_RISK) == ["0", "2", "0", "0", NOT_KEPT]


def test_next_touch_is_the_planned_time_in_the_users_zone(qapp, book):
    model = AccountListModel()
    model.reload({})
    planned = (NOW + dt.timedelta(days=3)).replace(tzinfo=dt.UTC).astimezone()
    assert shown(model, Col.NEXT_TOUCH)[0] == f"{dates.day(planned.date(), 'en')} {planned:%H:%M}"
    assert accounts.account_rows()[0].next_touch == planned


@pytest.mark.parametrize(("column", "ascending"), [
    (Col.HEALTH, ["Echo", "Bravo", "Charlie", "Alpha", "Delta"]),  # without kept health below every score
    (Col.NEXT_TOUCH, ["Delta", "Bravo", "Alpha", "Charlie", "Echo"]),  # without a planned touch last
    (Col.AT_RISK, ["Alpha", "Charlie", "Delta", "Echo", "Bravo"]),  # ties by name
])
def test_health_columns_sort_in_the_database(qapp, book, column, ascending):
    model = AccountListModel()
    model.reload({})
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert names(model) == ascending


def test_health_sorts_worst_last_when_descending(qapp, book):
    model = AccountListModel()
    model.reload({})
    model.sort(Col.HEALTH, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Delta", "Alpha", "Charlie", "Bravo", "Echo"]


@pytest.mark.parametrize(("column", "sort"), [(Col.HEALTH, SortBy.HEALTH), (Col.NEXT_TOUCH, SortBy.NEXT_TOUCH),
                                              (Col.AT_RISK, SortBy.AT_RISK)])
def test_row_of_finds_each_account_in_a_health_order(qapp, book, column, sort):
    model = AccountListModel()
    model.reload({})
    model.sort(column, Qt.SortOrder.DescendingOrder)
    expected = [r.uuid for r in accounts.account_rows(ListQuery(sort=sort, descending=True))]
    model._pages.clear()  # found by the database's count of rows before it, not in a kept page
    assert [model.row_of(uuid) for uuid in expected] == list(range(5))


def test_needs_attention_keeps_at_risk_watch_promises_at_risk_and_overdue_touches(qapp, book, make_account):
    keep_health(make_account(name="Foxtrot"), 75, "good", NOW + dt.timedelta(days=5), at_risk=1)
    model = AccountListModel()
    model.reload({})
    model.set_needs_attention(True)
    assert names(model) == ["Bravo", "Charlie", "Delta", "Foxtrot"]


def test_needs_attention_is_counted_by_the_database(qapp, book):
    assert accounts.count_matching(ListQuery(attention=True)) == 3


def test_needs_attention_combines_with_search(qapp, book):
    model = AccountListModel()
    model.reload({})
    model.set_needs_attention(True)
    model.set_search("del")
    assert names(model) == ["Delta"]


def test_a_keystroke_with_needs_attention_on_reads_a_count_and_one_page(qapp, book):
    model = AccountListModel()
    model.reload({})
    model.set_needs_attention(True)
    for typed in ("b", "br", "bra"):
        with counted_queries() as statements:
            model.set_search(typed)
        assert len(statements) <= 2, statements


def test_the_health_model_passes_qt_model_checks(qtmodeltester, book):
    model = AccountListModel()
    model.reload({})
    qtmodeltester.check(model)


# ----------------------------------------------------------------------------------- chosen columns


def test_columns_hidden_and_reordered_survive_a_new_window(qtbot, book):
    from ui.views.accounts import AccountsView

    view = AccountsView()
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    header.moveSection(header.visualIndex(Col.HEALTH), 1)
    menu = view.columns_menu()
    next(a for a in menu.actions() if a.text() == "City").setChecked(False)
    view.save_state()

    again = AccountsView()
    qtbot.addWidget(again)
    restored = again.table.horizontalHeader()
    assert (restored.visualIndex(Col.HEALTH), restored.isSectionHidden(Col.CITY)) == (1, True)


def test_the_sort_chosen_comes_back_with_the_columns(qtbot, book):
    from ui.views.accounts import AccountsView

    view = AccountsView()
    qtbot.addWidget(view)
    view.table.sortByColumn(Col.HEALTH, Qt.SortOrder.AscendingOrder)
    view.save_state()

    again = AccountsView()
    qtbot.addWidget(again)
    assert again.model.row_at(0).name == "Echo"


def test_the_columns_menu_lists_every_column_but_the_name(qtbot, book):
    from ui.views.accounts import AccountsView

    view = AccountsView()
    qtbot.addWidget(view)
    assert [a.text() for a in view.columns_menu().actions()][-3:] == ["Health", "Next touch", "Promises at risk"]
    assert QSettings().value("accounts/columns") is None  # nothing saved until the window closes


def test_a_layout_saved_before_a_column_was_added_keeps_the_new_column_shown(qtbot, book):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    older = QTableView()  # the list as it was with its first seven columns, the city hidden
    qtbot.addWidget(older)
    older.setModel(QStandardItemModel(0, Col.LAST + 1))
    older.horizontalHeader().setSectionHidden(Col.CITY, True)
    QSettings().setValue("accounts/columns", older.horizontalHeader().saveState())

    from ui.views.accounts import AccountsView

    view = AccountsView()
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    assert [header.isSectionHidden(c) for c in (Col.CITY, Col.HEALTH, Col.AT_RISK)] == [True, False, False]


def test_the_needs_attention_box_filters_the_list_and_its_count(qtbot, book):
    from ui.views.accounts import AccountsView

    view = AccountsView()
    qtbot.addWidget(view)
    view.attention_filter.setChecked(True)
    assert view.count_label.text() == "3 of 5 accounts"
