"""Reminders: each kind fires when due, once (across ticks and restarts), a kind turned off never fires; the start
summary in English and Chinese; the GUI shows a reminder once, driven by its timer with a fake clock."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel

from services.cadence.reminders import SentLog, due_reminders, summary
from services.cadence.today import TodayView, TouchGroup
from services.cadence.touches import Touch
from services.commitments.rows import PromiseRow
from services.words import phrase

DAY = dt.date(2026, 11, 30)
BERLIN = ZoneInfo("Europe/Berlin")
NINE = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)  # 10:00 in Berlin
ALL_ON = {"window_open": True, "reply_due": True, "promise_high": True}


def touch(local_hour: int = 11, kind: str = "follow_up", expected_by: dt.datetime | None = None) -> Touch:
    return Touch(key=f"acc-1/{kind}", state_key=f"acc-1/{kind}/x", kind=kind, account_uuid="acc-1",
                 account="Müller GmbH", country="DE", contact_uuid="c-1", contact="Jürgen Müller", purpose="quote",
                 due_local=dt.datetime(2026, 11, 30, local_hour, 0, tzinfo=BERLIN), expected_by=expected_by)


def promise(level: str = "high") -> PromiseRow:
    return PromiseRow("p-1", "acc-2", "Ромашка ООО", "Price hold to 15 Dec", "price_hold", "Li Wei", "not_needed",
                      "", "open", DAY - dt.timedelta(days=2), level, (phrase("overdue", due=DAY, late=2),))


def view(touches=(), replies=(), promises=(), overdue=0, day: dt.date = DAY) -> TodayView:
    late = [touch(kind=f"late{i}") for i in range(overdue)]
    return TodayView(day, NINE, list(replies), list(touches), list(promises), [TouchGroup("late_1_7", late)])


def kinds_due(v: TodayView, now: dt.datetime, sent=frozenset(), enabled=None) -> list[str]:
    return [r.kind for r in due_reminders(v, now, set(sent), enabled or ALL_ON)]


def test_a_touch_is_not_reminded_before_its_time_in_the_customers_window():
    assert kinds_due(view(touches=[touch(11)]), NINE) == []


def test_a_touch_is_reminded_once_its_time_in_the_customers_window_comes():
    assert kinds_due(view(touches=[touch(11)]), NINE + dt.timedelta(hours=1)) == ["window_open"]


def test_a_reply_owed_is_not_reminded_before_its_expected_time():
    reply = touch(kind="reply", expected_by=NINE + dt.timedelta(hours=3))
    assert kinds_due(view(replies=[reply]), NINE + dt.timedelta(hours=2, minutes=59)) == []


def test_a_reply_owed_is_reminded_when_it_reaches_its_expected_time():
    reply = touch(kind="reply", expected_by=NINE + dt.timedelta(hours=3))
    assert kinds_due(view(replies=[reply]), NINE + dt.timedelta(hours=3)) == ["reply_due"]


def test_a_promise_at_high_risk_is_reminded():
    assert kinds_due(view(promises=[promise()]), NINE) == ["promise_high"]


@pytest.mark.parametrize("kind", ["window_open", "reply_due", "promise_high"])
def test_a_kind_turned_off_never_fires(kind):
    later = NINE + dt.timedelta(hours=5)
    v = view(touches=[touch(11)], replies=[touch(kind="reply", expected_by=NINE)], promises=[promise()])
    assert kind not in kinds_due(v, later, enabled={**ALL_ON, kind: False})


def test_each_reminder_fires_once_across_two_ticks(tmp_path):
    v = view(touches=[touch(11)], replies=[touch(kind="reply", expected_by=NINE)], promises=[promise()])
    log = SentLog(tmp_path / "sent.json")
    later = NINE + dt.timedelta(hours=2)
    first = due_reminders(v, later, log.keys, ALL_ON)
    log.record(first, v)
    second = due_reminders(v, later + dt.timedelta(minutes=1), log.keys, ALL_ON)
    assert (len(first), second) == (3, [])


def test_a_restart_the_same_day_does_not_show_a_reminder_again(tmp_path):
    v = view(touches=[touch(11)], replies=[touch(kind="reply", expected_by=NINE)], promises=[promise()])
    later = NINE + dt.timedelta(hours=2)
    before = SentLog(tmp_path / "sent.json")
    before.record(due_reminders(v, later, before.keys, ALL_ON), v)
    after_restart = SentLog(tmp_path / "sent.json")
    assert due_reminders(v, later + dt.timedelta(hours=1), after_restart.keys, ALL_ON) == []


def test_a_reply_still_owed_the_next_day_is_reminded_again_that_day(tmp_path):
    reply = touch(kind="reply", expected_by=NINE)
    log = SentLog(tmp_path / "sent.json")
    log.record(due_reminders(view(replies=[reply]), NINE, log.keys, ALL_ON), view(replies=[reply]))
    next_day = view(replies=[reply], day=DAY + dt.timedelta(days=1))
    log.record([], next_day)
    assert kinds_due(next_day, NINE + dt.timedelta(days=1), log.keys) == ["reply_due"]


def test_a_promise_still_at_high_risk_the_next_day_is_not_reminded_again(tmp_path):
    log = SentLog(tmp_path / "sent.json")
    v = view(promises=[promise()])
    log.record(due_reminders(v, NINE, log.keys, ALL_ON), v)
    next_day = view(promises=[promise()], day=DAY + dt.timedelta(days=1))
    assert kinds_due(next_day, NINE + dt.timedelta(days=1), log.keys) == []


def test_a_promise_that_left_high_risk_and_turns_high_again_is_reminded_again(tmp_path):
    log = SentLog(tmp_path / "sent.json")
    v = view(promises=[promise()])
    log.record(due_reminders(v, NINE, log.keys, ALL_ON), v)
    log.record([], view())  # no longer at high risk
    assert kinds_due(v, NINE, log.keys) == ["promise_high"]


def test_an_unreadable_sent_file_starts_empty_instead_of_failing(tmp_path):
    (tmp_path / "sent.json").write_text("{not json", encoding="utf-8")
    assert SentLog(tmp_path / "sent.json").keys == set()


def test_a_reminder_names_the_account_and_the_time_in_their_day():
    (reminder,) = due_reminders(view(touches=[touch(11)]), NINE + dt.timedelta(hours=1), set(), ALL_ON)
    assert (reminder.title.render("en"), reminder.text.render("en")) == (
        "Müller GmbH: their window is open",
        "Today's quote with Jürgen Müller, planned for 11:00 their time.")


def test_the_summary_counts_replies_touches_promises_and_overdue_in_english():
    v = view(touches=[touch(11), touch(12, kind="b")], replies=[touch(kind="reply", expected_by=NINE)],
             promises=[promise(), promise()], overdue=12)
    assert summary(v).render("en") == "1 reply owed, 2 touches today, 2 promises at high risk, 12 overdue"


def test_the_summary_reads_in_chinese():
    v = view(touches=[touch(11)], replies=[touch(kind="reply", expected_by=NINE)], promises=[promise()], overdue=3)
    assert summary(v).render("zh") == "1 条待回复，今日 1 次跟进，1 项高风险承诺，3 项逾期"


def test_the_summary_of_an_empty_day_says_nothing_is_due():
    assert (summary(view()).render("en"), summary(view()).render("zh")) == ("Nothing due today.", "今日没有待办事项。")


# ---------------------------------------------------------------- the GUI: timer, fake clock, status bar (offscreen)

class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def window(qtbot, db_path):
    from ui.main_window import MainWindow

    w = MainWindow(db_path)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def clock():
    return FakeClock(NINE)


@pytest.fixture
def reminders(window, clock, tmp_path):
    from ui.reminders import Reminders

    today = view(touches=[touch(11)], overdue=2)
    return Reminders(window, clock=clock, interval_ms=60_000, sent=SentLog(tmp_path / "sent.json"),
                     view_of=lambda _now: today)


def tick(qtbot, reminders) -> None:
    with qtbot.waitSignal(reminders.checked, timeout=5000):
        reminders.timer.timeout.emit()


def test_the_status_bar_shows_no_reminder_before_the_touchs_time(qtbot, window, reminders):
    tick(qtbot, reminders)
    assert "window is open" not in window.statusBar().currentMessage()


def test_without_a_system_tray_the_reminder_shows_in_the_status_bar_when_due(qtbot, window, clock, reminders):
    clock.now = NINE + dt.timedelta(hours=1)  # 11:00 in Berlin: the touch's time
    tick(qtbot, reminders)
    assert window.statusBar().currentMessage() == (
        "Müller GmbH: their window is open — Today's quote with Jürgen Müller, planned for 11:00 their time.")


def test_the_reminder_is_shown_once_across_ticks(qtbot, window, clock, reminders):
    clock.now = NINE + dt.timedelta(hours=1)
    tick(qtbot, reminders)
    window.statusBar().clearMessage()
    clock.now += dt.timedelta(minutes=1)
    tick(qtbot, reminders)
    assert window.statusBar().currentMessage() == ""


def test_the_start_shows_the_days_summary_in_the_status_bar(qtbot, window, reminders):
    with qtbot.waitSignal(reminders.checked, timeout=5000):
        reminders.start()
    assert window.statusBar().findChild(QLabel, "reminderSummary").text() == (
        "0 replies owed, 1 touch today, 0 promises at high risk, 2 overdue")


def test_the_timer_looks_every_minute(reminders):
    assert reminders.timer.interval() == 60_000


def test_a_kind_turned_off_in_the_settings_is_not_shown(qtbot, window, clock, reminders):
    from ui.reminders import set_enabled_kinds

    set_enabled_kinds({"window_open": False})
    clock.now = NINE + dt.timedelta(hours=1)
    tick(qtbot, reminders)
    assert "window is open" not in window.statusBar().currentMessage()


def test_paused_reminders_show_nothing(qtbot, window, clock, reminders):
    reminders.set_paused(True)
    clock.now = NINE + dt.timedelta(hours=1)
    with qtbot.assertNotEmitted(reminders.checked):
        reminders.timer.timeout.emit()
    assert "window is open" not in window.statusBar().currentMessage()


def test_resumed_reminders_show_what_came_due_meanwhile(qtbot, window, clock, reminders):
    reminders.set_paused(True)
    clock.now = NINE + dt.timedelta(hours=1)
    reminders.timer.timeout.emit()
    with qtbot.waitSignal(reminders.checked, timeout=5000):
        reminders.set_paused(False)
    assert "window is open" in window.statusBar().currentMessage()


def test_clicking_the_notification_opens_its_account(qtbot, window, clock, make_account, tmp_path):
    from ui.reminders import Reminders

    account = make_account()
    due = dataclasses.replace(touch(11), account_uuid=account.uuid)
    reminders = Reminders(window, clock=clock, sent=SentLog(tmp_path / "sent.json"),
                          view_of=lambda _now: view(touches=[due]))
    clock.now = NINE + dt.timedelta(hours=1)
    tick(qtbot, reminders)
    reminders.open_shown()
    assert window.accounts.current_account_uuid() == account.uuid


def test_the_settings_dialog_turns_a_kind_of_reminder_off(qtbot, open_book):
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.reminders import enabled_kinds

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.reminder_boxes["reply_due"].setChecked(False)
    dialog.save()
    assert enabled_kinds() == {"window_open": True, "reply_due": False, "promise_high": True}


def test_several_reminders_at_once_show_as_one_line_naming_their_accounts(qtbot, window, clock, tmp_path):
    from ui.reminders import Reminders

    today = view(touches=[touch(11)], promises=[promise()])
    reminders = Reminders(window, clock=clock, sent=SentLog(tmp_path / "sent.json"), view_of=lambda _now: today)
    clock.now = NINE + dt.timedelta(hours=1)
    tick(qtbot, reminders)
    assert window.statusBar().currentMessage() == "2 reminders — Müller GmbH, Ромашка ООО"


def test_a_restarted_window_does_not_show_the_same_reminder_again(qtbot, window, clock, reminders, tmp_path):
    from ui.reminders import Reminders

    clock.now = NINE + dt.timedelta(hours=1)
    tick(qtbot, reminders)
    window.statusBar().clearMessage()
    restarted = Reminders(window, clock=clock, sent=SentLog(tmp_path / "sent.json"), view_of=reminders.view_of)
    tick(qtbot, restarted)
    assert window.statusBar().currentMessage() == ""
