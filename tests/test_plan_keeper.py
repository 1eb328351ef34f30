"""The window's plan keeper: a new day is planned in the background, the screens told once it is done."""

import datetime as dt

import pytest

from services import accounts
from services.cadence import store
from ui.plan_keeper import PlanKeeper

TODAY = dt.date(2026, 9, 1)


@pytest.fixture
def book_planned_yesterday(open_book):
    for n, country in enumerate(["DE", "JP", "BR"]):
        a = accounts.create_account({"name": f"Firm {n}", "country": country})
        accounts.log_interaction(a.uuid, {"occurred_at": dt.datetime(2026, 8, n + 1, 9, tzinfo=dt.UTC),
                                          "purpose": "check_in", "response": "neutral"})
    store.replan_all(TODAY - dt.timedelta(days=1))
    yield
    store.read_stale_day(False)


def test_a_new_day_is_planned_in_the_background_and_the_screens_told(qtbot, book_planned_yesterday):
    keeper = PlanKeeper(today=lambda: TODAY)
    with qtbot.waitSignal(keeper.planned, timeout=10000):
        keeper.start()
        assert keeper.busy
    assert store.plan_day() == TODAY
    assert not keeper.check()  # nothing left to do
    keeper.stop()


def test_the_window_reads_the_last_plan_while_the_new_day_is_made(qtbot, book_planned_yesterday, monkeypatch):
    from services.cadence.today import today_view

    keeper = PlanKeeper(today=lambda: TODAY)
    store.read_stale_day(True)
    monkeypatch.setattr(keeper, "check", lambda: False)  # the background re-plan has not run yet
    view = today_view(TODAY)
    assert store.plan_day() == TODAY - dt.timedelta(days=1)  # nothing re-planned on this thread
    assert view.overdue_count + len(view.touches) + view.week.count > 0


def test_an_import_of_many_accounts_is_planned_in_the_background(qtbot, book_planned_yesterday):
    store.replan_all(TODAY)
    for n in range(store.FOREGROUND_REFRESH + 1):
        accounts.create_account({"name": f"Imported {n}", "country": "DE"})
    keeper = PlanKeeper(today=lambda: TODAY)
    store.read_stale_day(True)
    with qtbot.waitSignal(keeper.planned, timeout=20000):
        assert keeper.check()
    assert store.pending() == 0


def test_today_says_the_first_plan_is_being_made_until_it_is_in(qtbot, open_book):
    from ui.views.today import TodayView

    accounts.create_account({"name": "New GmbH", "country": "DE"})
    store.read_stale_day(True)  # as the window reads: never planned yet, so nothing to read
    try:
        view = TodayView()
        qtbot.addWidget(view)
        view.today = TODAY
        view.refresh()
        assert "first time" in view.empty.text()
        keeper = PlanKeeper(today=lambda: TODAY)
        keeper.planned.connect(view.reload)
        with qtbot.waitSignal(keeper.planned, timeout=10000):
            keeper.check()
        assert "first time" not in view.empty.text()
    finally:
        store.read_stale_day(False)
