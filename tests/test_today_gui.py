"""The Today screen, driven with qtbot: its sections from a small book, bulk acts on a multi-selection, the keys,
the selection moving on, the sidebar's counts, and no whole-book work per click."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from models import TouchState
from services import accounts, commitments
from services.cadence import planning
from services.cadence.today import today_view
from ui.dialogs.interaction_dialog import InteractionDialog

TODAY = dt.date(2026, 11, 23)  # a Monday
NOW = dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC)  # 09:00 in Germany, before the 10:00–15:00 window
# A German account contacted this many days ago without a reply is due 45 days later: days ago -> days late.
DUE_TODAY, LATE = 45, {"late_1_7": (49, 50, 51), "late_8_30": (58,), "late_older": (79,)}


def german(name: str, days_ago: int):
    account = accounts.create_account({"name": name, "country": "DE"})
    when = dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(9), dt.UTC)
    accounts.log_interaction(account.uuid, {"occurred_at": when})
    return account


@pytest.fixture
def book(open_book):
    """Three touches due today, five overdue (three 1–7 days late, one 8–30, one older) and a promise gone late."""
    for name in ("Alpha GmbH", "Beta AG", "Gamma KG"):
        german(name, DUE_TODAY)
    for code, ages in LATE.items():
        for n, days_ago in enumerate(ages):
            german(f"Late {code} {n}", days_ago)
    account = german("Delta GmbH", 20)
    commitments.create_commitment(account.uuid, {"title": "Samples for Anna", "promised_by": "Li Na",
                                                 "promised_at": dt.date(2026, 11, 2),
                                                 "due_date": dt.date(2026, 11, 20)})


@pytest.fixture
def view(qtbot, book):
    from ui.views.today import TodayView

    widget = TodayView()
    qtbot.addWidget(widget)
    widget.today, widget.now = TODAY, NOW
    widget.resize(1200, 900)
    widget.show()
    for group in widget.groups.values():
        group.toggle.setChecked(True)
    return widget


@pytest.fixture
def answer(monkeypatch):
    """Every question answered Yes; the questions asked are kept."""
    asked = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def names(section) -> list[str]:
    return [t.account for t in section.rows()]


def select(section, *rows: int) -> None:
    section.table.clearSelection()
    section.table.setSelectionMode(section.table.SelectionMode.MultiSelection)
    for row in rows:
        section.table.selectRow(row)
    section.table.setSelectionMode(section.table.SelectionMode.ExtendedSelection)
    section.table.setFocus()


def states(touches) -> list[str | None]:
    found = {s.touch_key: s.state for s in TouchState.select()}
    return [found.get(t.state_key) for t in touches]


def test_sections_are_filled_from_the_book(view):
    assert sorted(names(view.touches)) == ["Alpha GmbH", "Beta AG", "Gamma KG"]
    assert {code: len(g.rows()) for code, g in view.groups.items()} == {"late_1_7": 3, "late_8_30": 1,
                                                                        "late_older": 1}
    assert [p.title for p in view.promises.rows()] == ["Samples for Anna"]
    assert not view.replies.isVisible()  # no reply owed: the section is not shown at all


def test_overdue_groups_say_how_many_and_how_late(view):
    assert view.groups["late_1_7"].toggle.text() == "3 touches 1–7 days late"
    assert view.groups["late_older"].toggle.text() == "1 older than 30 days"
    model = view.groups["late_1_7"].model
    assert [model.late_text(t) for t in view.groups["late_1_7"].rows()] == ["4 days late", "5 days late",
                                                                            "6 days late"]


def test_overdue_groups_start_collapsed(qtbot, book):
    from ui.views.today import TodayView

    widget = TodayView()
    qtbot.addWidget(widget)
    widget.today, widget.now = TODAY, NOW
    widget.show()
    assert widget.groups["late_1_7"].isVisible()
    assert not widget.groups["late_1_7"].expanded()
    widget.groups["late_1_7"].toggle.click()
    assert widget.groups["late_1_7"].expanded()


def test_a_collapsed_group_reads_its_touches_only_when_opened(qtbot, book):
    from ui.views.today import TodayView

    widget = TodayView()
    qtbot.addWidget(widget)
    widget.today, widget.now = TODAY, NOW
    widget.show()
    group = widget.groups["late_1_7"]
    assert group.model.rowCount() == 0  # counted only
    assert "late" in group.toggle.text()
    group.toggle.click()
    assert group.model.rowCount() == widget.data.overdue[0].count > 0


def test_at_start_today_fills_in_after_the_windows_first_frame(qtbot, book):
    from ui.views.today import TodayView

    widget = TodayView()
    qtbot.addWidget(widget)
    widget.today, widget.now = TODAY, NOW
    widget.load_after_first_paint()
    widget.show()
    assert widget.data is None  # nothing read before the frame
    qtbot.waitUntil(lambda: widget.data is not None)
    assert widget.data.overdue_count > 0


def test_bulk_done_of_three_rows_records_all_three(view, answer):
    group = view.groups["late_1_7"]
    touches = group.rows()
    select(group, 0, 1, 2)
    view.done()
    assert states(touches) == ["done", "done", "done"]
    assert answer == ["Mark 3 touches done without logging each one?"]
    assert not group.isVisible()


def test_done_on_one_row_logs_the_interaction_with_every_purpose(view, monkeypatch):
    touch = dataclasses.replace(view.touches.rows()[0], purposes=("quote", "sample"))
    monkeypatch.setattr("ui.views.today.today_view", lambda *a: dataclasses.replace(
        today_view(*a), touches=[touch]))
    view.refresh()
    seen = {}

    def log_it(dialog):
        seen["purpose"], seen["summary"] = dialog.value_of("purpose"), dialog.value_of("summary")
        dialog.try_save()
        return dialog.result()

    monkeypatch.setattr(InteractionDialog, "exec", log_it)
    select(view.touches, 0)
    view.done()
    assert seen == {"purpose": "quote", "summary": "Quote + Sample"}
    assert len(accounts.interactions_of(touch.account_uuid)) == 2


def test_enter_is_done(qtbot, view, monkeypatch):
    opened = []
    monkeypatch.setattr(InteractionDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    select(view.touches, 1)
    qtbot.keyClick(view.touches.table, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_skip_all_on_a_group_empties_it(view, answer):
    touches = view.groups["late_8_30"].rows() + view.groups["late_1_7"].rows()
    view.skip_group("late_1_7")
    assert view.groups["late_1_7"].rows() == []
    assert states(touches) == [None, "dismissed", "dismissed", "dismissed"]
    assert answer == ["Skip all 3 touches of this group? They leave the plan; each stream plans its next touch as "
                      "usual."]


def test_delete_skips_and_the_selection_moves_to_the_next_row(qtbot, view):
    following = view.touches.rows()[1]
    select(view.touches, 0)
    qtbot.keyClick(view.touches.table, Qt.Key.Key_Delete)
    assert len(view.touches.rows()) == 2
    assert view.touches.selected() == [following]


def test_selection_moves_past_a_multi_selection(view, answer):
    rows = view.touches.rows()
    select(view.touches, 0, 1)
    view.skip()
    assert view.touches.selected() == [rows[2]]


def test_s_snoozes_to_the_customers_next_working_day(qtbot, view):
    touch = view.touches.rows()[0]
    select(view.touches, 0)
    qtbot.keyClick(view.touches.table, Qt.Key.Key_S)
    moved = next(t for t in planning.next_touches(touch.account_uuid, TODAY) if t.kind == "follow_up")
    assert moved.due_local.date() == dt.date(2026, 11, 24)
    assert touch.account not in names(view.touches)


def test_reschedule_all_spreads_a_group_over_the_days_asked(view, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (2, True))
    touches = view.groups["late_1_7"].rows()
    view.reschedule_group("late_1_7")
    days = sorted(next(t for t in planning.next_touches(t.account_uuid, TODAY) if t.kind == "follow_up")
                  .due_local.date() for t in touches)
    assert days == [dt.date(2026, 11, 24), dt.date(2026, 11, 24), dt.date(2026, 11, 25)]
    assert view.groups["late_1_7"].rows() == []


def test_late_column_sorts_by_lateness(view):
    from ui.models.today_touches import LateCol

    group = view.groups["late_1_7"]
    group.table.sortByColumn(LateCol.LATE, Qt.SortOrder.DescendingOrder)
    assert [group.model.late_text(t) for t in group.rows()] == ["6 days late", "5 days late", "4 days late"]


def test_a_reply_owed_past_its_expectation_says_at_risk(view, monkeypatch):
    from ui.models.today_replies import AT_RISK_COLOUR, ReplyCol

    base = view.touches.rows()[0]
    late = dataclasses.replace(base, kind="reply", stream="reply", expected_by=NOW - dt.timedelta(hours=2))
    waiting = dataclasses.replace(base, kind="reply", stream="reply", expected_by=NOW + dt.timedelta(hours=5))
    monkeypatch.setattr("ui.views.today.today_view", lambda *a: dataclasses.replace(
        today_view(*a), replies=[late, waiting]))
    view.refresh()
    model = view.replies.model
    assert [model.index(r, ReplyCol.STATE).data() for r in range(2)] == ["at risk", "in time"]
    assert model.index(0, ReplyCol.STATE).data(Qt.ItemDataRole.ForegroundRole) == AT_RISK_COLOUR
    assert view.replies.isVisible()


def test_an_empty_day_says_so_kindly(qtbot, open_book):
    from ui.views.today import TodayView

    widget = TodayView()
    qtbot.addWidget(widget)
    widget.today, widget.now = TODAY, NOW
    widget.show()
    assert widget.empty.isVisible()
    assert widget.empty.text() == "A clear day: no replies owed, nothing due and nothing late."


def test_today_is_home_and_its_sidebar_count_follows_every_act(main_window, book, answer):
    today = main_window.today_screen  # built as the home screen, filled when the window shows
    today.today, today.now = TODAY, NOW
    main_window.show()
    assert main_window.stack.currentWidget() is today
    assert main_window.nav.item(0).text() == "Today 3 · 5"
    select(today.touches, 0)
    today.skip()
    assert main_window.nav.item(0).text() == "Today 2 · 5"
    today.skip_group("late_1_7")
    assert main_window.nav.item(0).text() == "Today 2 · 2"


def test_the_table_models_pass_qt_model_checks(qtmodeltester, view):
    for section in (view.touches, view.groups["late_1_7"], view.promises):
        qtmodeltester.check(section.model)


def test_one_skip_re_plans_only_its_account(view, planned_accounts):
    select(view.touches, 0)
    (skipped,) = view.touches.selected()
    view.skip()  # and the screen shows the day again
    assert planned_accounts == [skipped.account_uuid]


def test_delete_on_today_skips_the_touch_not_an_account(qtbot, main_window, book, answer):
    main_window.accounts.reload()
    main_window.accounts.select_account(accounts.account_rows()[0].uuid)  # the window's Delete would delete it
    today = main_window.today_screen
    today.today, today.now = TODAY, NOW
    main_window.show_screen(today)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    select(today.touches, 0)
    qtbot.waitUntil(today.touches.table.hasFocus)
    qtbot.keyClick(today.touches.table, Qt.Key.Key_Delete)
    assert len(today.touches.rows()) == 2
    assert accounts.count_accounts() == 9
    assert answer == []


def test_double_click_on_a_promise_opens_it_and_on_its_account_opens_the_account(view, monkeypatch):
    from ui.models.today_promises import RiskCol

    opened = []
    monkeypatch.setattr("ui.dialogs.promise_dialogs.edit_promise", lambda _parent, row: opened.append(row.title))
    select(view.promises, 0)
    table = view.promises.table
    table.doubleClicked.emit(table.model().index(0, RiskCol.PROMISE))
    assert opened == ["Samples for Anna"]
    accounts_opened = []
    view.open_account.connect(accounts_opened.append)
    table.doubleClicked.emit(table.model().index(0, RiskCol.ACCOUNT))
    assert accounts_opened == [view.promises.rows()[0].account_uuid]
