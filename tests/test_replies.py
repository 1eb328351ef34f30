"""Replies owed: opened by a message from the customer, closed by ours, due in their working hours as their culture
expects, overridable per region and country."""

import datetime as dt
import json
from argparse import Namespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QPushButton

from services import accounts, countries
from services.cadence import replies
from services.cadence.planning import agenda, dismiss
from services.errors import UserError, ValidationError

UTC = dt.UTC
BERLIN = "Europe/Berlin"


def at(*args):
    return dt.datetime(*args, tzinfo=UTC)


def log(account, when, direction="inbound", channel="email", purpose="quote", **extra):
    return accounts.log_interaction(account.uuid, {"occurred_at": when, "direction": direction, "channel": channel,
                                                   "purpose": purpose, "response": "warm", **extra})


def owed(account, now):
    return replies.replies_owed(now, account.uuid)


# ----------------------------------------------------------------------------------------- counting working hours

def test_friday_afternoon_message_in_berlin_is_due_monday_after_eight_office_hours(open_book):
    # German office hours 08:00-17:00: Friday 14-17 (3 h), Monday 08-13 (5 h).
    by = replies.expected_by("DE", BERLIN, at(2026, 11, 27, 13), 8)  # Friday 14:00 in Berlin
    assert by == at(2026, 11, 30, 12)  # Monday 13:00 in Berlin


def test_contact_window_setting_does_not_move_the_reply_clock(open_book):
    countries.set_working_window("country", "DE", dt.time(11), dt.time(12))
    by = replies.expected_by("DE", BERLIN, at(2026, 11, 27, 13), 8)
    assert by == at(2026, 11, 30, 12)  # still Monday 13:00: the clock runs in their office hours


def test_lunch_break_is_not_counted(open_book):
    # Chinese office hours 09:00-18:00 with lunch 12:00-13:30: Monday 11-12 (1 h), then 13:30-14:30 (1 h).
    by = replies.expected_by("CN", "Asia/Shanghai", at(2026, 11, 23, 3), 2)  # Monday 11:00 in Shanghai
    assert by == at(2026, 11, 23, 6, 30)  # Monday 14:30 in Shanghai


def test_message_received_at_night_counts_from_the_office_opening(open_book):
    by = replies.expected_by("DE", BERLIN, at(2026, 11, 24, 1), 2)  # Tuesday 02:00 in Berlin
    assert by == at(2026, 11, 24, 9)  # Tuesday 08:00 + 2 h, Berlin


def test_message_received_after_closing_counts_from_the_next_working_morning(open_book):
    by = replies.expected_by("DE", BERLIN, at(2026, 11, 24, 16), 1)  # Tuesday 17:00 in Berlin
    assert by == at(2026, 11, 25, 8)  # Wednesday 09:00 in Berlin


def test_public_holiday_is_skipped(open_book):
    # 3 October 2025 (Friday) is German Unity Day: a message on Thursday evening waits for Monday.
    by = replies.expected_by("DE", BERLIN, at(2025, 10, 2, 18), 1)
    assert by == at(2025, 10, 6, 7)  # Monday 09:00 in Berlin (CEST)


def test_saudi_weekend_is_friday_and_saturday(open_book):
    by = replies.expected_by("SA", "Asia/Riyadh", at(2026, 11, 26, 11), 4)  # Thursday 14:00 in Riyadh
    assert by == at(2026, 11, 29, 6)  # Sunday 09:00 in Riyadh: Thursday 14-17, Sunday 08-09


def test_expected_by_is_aware_utc(open_book):
    by = replies.expected_by("JP", "Asia/Tokyo", at(2026, 11, 24, 2), 3)
    assert by.utcoffset() == dt.timedelta(0)


def test_naive_received_time_is_refused(open_book):
    with pytest.raises(ValueError, match="aware"):
        replies.expected_by("DE", BERLIN, dt.datetime(2026, 11, 24, 9), 1)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])  # reads only
@given(received=st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2026, 12, 31)),
       hours=st.integers(min_value=1, max_value=40))
def test_expected_by_lands_inside_office_hours(open_book, received, hours):
    from zoneinfo import ZoneInfo

    by = replies.expected_by("DE", BERLIN, received.replace(tzinfo=UTC), hours).astimezone(ZoneInfo(BERLIN))
    assert countries.is_working_day("DE", by.date())
    assert dt.time(8) < by.time() <= dt.time(17)


# ----------------------------------------------------------------------------------------- opening and closing

def test_inbound_email_opens_a_reply_owed(make_account):
    a = make_account(country="DE")
    message = log(a, at(2026, 11, 24, 9))
    (t,) = owed(a, at(2026, 11, 24, 10))
    assert (t.kind, t.stream, t.purpose) == ("reply", "reply", "quote")
    assert t.key == t.state_key == f"{a.uuid}/reply/{message.uuid}"


def test_reply_owed_is_shown_in_the_customers_zone_from_the_time_they_wrote(make_account):
    a = make_account(country="DE")
    log(a, at(2026, 11, 24, 9))
    (t,) = owed(a, at(2026, 11, 24, 10))
    assert t.due_local.isoformat() == "2026-11-24T10:00:00+01:00"


def test_reply_owed_explains_who_expects_what(make_account):
    a = make_account(country="DE")
    log(a, at(2026, 11, 24, 9))
    (t,) = owed(a, at(2026, 11, 24, 10))
    assert t.reason == "they contacted us on 24 Nov (E-mail); Germany expects an answer within 8 working hours"
    assert t.reason_in("zh") == "对方于 11月24日 联系我们（电子邮件）；德国期望在 8 个工作小时内得到回复"


def test_outbound_interaction_closes_the_reply(make_account):
    a = make_account(country="DE")
    log(a, at(2026, 11, 24, 9))
    log(a, at(2026, 11, 24, 11), direction="outbound", channel="phone", purpose="check_in")
    assert owed(a, at(2026, 11, 24, 12)) == []


@pytest.mark.parametrize("channel", ["fair", "visit", "meeting", "post"])
def test_inbound_conversation_held_in_person_or_by_post_owes_no_reply(make_account, channel):
    a = make_account(country="DE")
    log(a, at(2026, 11, 24, 9), channel=channel)
    assert owed(a, at(2026, 11, 24, 10)) == []


def test_message_older_than_a_month_no_longer_counts_as_a_reply_owed(make_account):
    a = make_account(country="DE")
    log(a, at(2026, 10, 1, 9))
    assert owed(a, at(2026, 11, 24, 10)) == []


def test_skipped_reply_leaves_the_list(make_account):
    a = make_account(country="DE")
    log(a, at(2026, 11, 24, 9))
    (t,) = owed(a, at(2026, 11, 24, 10))
    dismiss(t)
    assert owed(a, at(2026, 11, 24, 10)) == []


def test_reply_is_at_risk_only_after_the_expectation_counted_across_the_weekend(make_account):
    a = make_account(country="DE")
    replies.set_region_hours("europe", 8)
    log(a, at(2026, 11, 27, 13))  # Friday 14:00 in Berlin
    (t,) = owed(a, at(2026, 11, 30, 12))
    assert not t.at_risk(at(2026, 11, 30, 12))  # Monday: only 6 of their 8 working hours have passed
    assert t.at_risk(at(2026, 12, 1, 11, 1))  # Tuesday 12:01 in Berlin


def test_agenda_lists_replies_owed(make_account):
    a = make_account(country="DE")
    log(a, at(2026, 11, 24, 9))
    groups = agenda(dt.date(2026, 11, 24), at(2026, 11, 24, 10))
    assert [t.account_uuid for t in groups["replies"]] == [a.uuid]


def test_a_message_received_re_plans_only_its_account(make_account, request):
    for n in range(6):
        log(make_account(name=f"Quiet {n}"), at(2026, 11, 20, 9), direction="outbound")
    replies.replies_owed(at(2026, 11, 24, 10))  # the plan of the day, stored
    writer = make_account(name="Writer")
    log(writer, at(2026, 11, 24, 9))
    planned = request.getfixturevalue("planned_accounts")  # from here on
    owed = replies.replies_owed(at(2026, 11, 24, 10))
    assert [t.account for t in owed] == ["Writer"]
    assert planned == [writer.uuid]


def test_today_lists_the_reply_owed_most_urgent_first(make_account):
    from services.cadence.today import today_view

    slow, quick = make_account(name="Slow", country="BR"), make_account(name="Quick", country="DE")
    log(slow, at(2026, 11, 24, 13))  # Brazil: two working days
    log(quick, at(2026, 11, 24, 13))  # Germany: one working day
    view = today_view(dt.date(2026, 11, 24), at(2026, 11, 24, 14))
    assert [t.account for t in view.replies] == ["Quick", "Slow"]


# ----------------------------------------------------------------------------------------- expectations

def test_each_region_has_a_default_expectation():
    from models.enums import Region

    assert set(replies.DEFAULT_HOURS) == {r.value for r in Region}


def test_region_setting_changes_the_expectation(make_account):
    a = make_account(country="DE")
    replies.set_region_hours("europe", 3)
    log(a, at(2026, 11, 24, 9))
    (t,) = owed(a, at(2026, 11, 24, 10))
    assert t.expected_by == at(2026, 11, 24, 12)


def test_country_override_wins_over_its_region(make_account):
    a = make_account(country="DE")
    replies.set_region_hours("europe", 3)
    replies.set_country_hours("Deutschland", 1)
    log(a, at(2026, 11, 24, 9))
    (t,) = owed(a, at(2026, 11, 24, 10))
    assert t.expected_by == at(2026, 11, 24, 10)
    assert "Germany expects an answer within 1 working hours" in t.reason


def test_removing_a_country_override_brings_back_its_region(open_book):
    replies.set_country_hours("DE", 1)
    replies.set_country_hours("DE", None)
    assert replies.expectations().countries == {}


@pytest.mark.parametrize("hours", [0, -3, 121, "eight", True])
def test_hours_out_of_range_are_refused_with_the_range(open_book, hours):
    with pytest.raises(ValidationError) as caught:
        replies.set_region_hours("europe", hours)
    assert str(caught.value) == "answer within: Europe must be between 1 and 120 working hours"


def test_country_hours_out_of_range_are_refused_in_chinese_naming_the_country(open_book):
    with pytest.raises(ValidationError) as caught:
        replies.set_country_hours("DE", 500)
    assert caught.value.render("zh") == "回复时限：德国必须在 1 到 120 个工作小时之间"


def test_unknown_region_is_refused(open_book):
    with pytest.raises(ValidationError, match="'atlantis' is not a region"):
        replies.set_expectations({"atlantis": 5}, {})


def test_unknown_country_is_refused_naming_it(open_book):
    with pytest.raises(UserError, match="Narnia"):
        replies.set_country_hours("Narnia", 5)


def test_refused_setting_keeps_the_previous_ones(open_book):
    replies.set_region_hours("europe", 3)
    with pytest.raises(ValidationError):
        replies.set_expectations({"europe": 4, "africa": 500}, {})
    assert replies.expectations().regions["europe"] == 3


# ----------------------------------------------------------------------------------------- command line

def test_agenda_json_lists_the_reply_with_its_expectation_in_utc_and_their_time(make_account, capsys):
    from cli.cadence import run_agenda

    a = make_account(country="DE")
    now = dt.datetime.now(UTC).replace(microsecond=0)
    log(a, now - dt.timedelta(minutes=5))
    assert run_agenda(Namespace(start=None, days=7, overdue=False, json=True)) == 0
    (row,) = [r for r in json.loads(capsys.readouterr().out) if r["kind"] == "reply"]
    by = dt.datetime.fromisoformat(row["expected_by"])
    assert row["expected_by"].endswith("Z")
    assert dt.datetime.fromisoformat(row["expected_by_local"]) == by
    assert row["expected_by_local"][-6:] in ("+01:00", "+02:00")  # Berlin's offset
    assert row["at_risk"] is False


def test_agenda_text_in_chinese_says_when_to_answer(make_account, capsys):
    from cli.cadence import run_agenda
    from services import words

    a = make_account(country="DE")
    log(a, dt.datetime.now(UTC) - dt.timedelta(minutes=5))
    words.set_language("zh")
    try:
        run_agenda(Namespace(start=None, days=1, overdue=False, json=False))
    finally:
        words.set_language("en")
    assert "待回复：请在" in capsys.readouterr().out


# ----------------------------------------------------------------------------------------- settings dialog

def test_settings_dialog_saves_region_hours_and_country_overrides(qtbot, open_book):
    from ui.dialogs.settings_dialog import SettingsDialog

    replies.set_country_hours("FR", 7)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = dialog.replies
    page.region_boxes["east_asia"].setValue(2)
    page.new_country.setCurrentIndex(page.new_country.findData("JP"))
    page.new_hours.setValue(3)
    page.findChild(QPushButton, "add_country").click()
    page.remove_country("FR")
    dialog.save()
    saved = replies.expectations()
    assert (saved.regions["east_asia"], saved.countries) == (2, {"JP": 3})
