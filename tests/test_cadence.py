"""Cadence planning: rhythms per region, adaptation, working days and windows, greetings, lifecycles."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from services import accounts, cadence

UTC = dt.UTC


def log(account, when, purpose="check_in", response="neutral", direction="outbound", **extra):
    return accounts.log_interaction(account.uuid, {"occurred_at": when, "purpose": purpose, "response": response,
                                                   "direction": direction, **extra})


def stream(account, today, name, days=400):
    """The touches of one stream of an account's plan (merged touches count for each stream they serve)."""
    return [t for t in cadence.plan(today, days, account_uuid=account.uuid, include_overdue=True, today=today)
            if name in t.stream.split("+")]


def follow_up(account, today):
    """The next touch of the contact rhythm."""
    return stream(account, today, "contact")[0]


def at(y, m, d, h=9):
    return dt.datetime(y, m, d, h, tzinfo=UTC)


@pytest.mark.parametrize(("country", "days"), [("DE", 30), ("US", 30), ("TH", 90), ("BR", 90), ("IN", 75)])
def test_each_region_has_its_rhythm(make_account, country, days):
    a = make_account(name="X", country=country)
    log(a, at(2026, 9, 1))
    t = follow_up(a, dt.date(2026, 9, 2))
    ideal = dt.date(2026, 9, 1) + dt.timedelta(days=days)
    assert 0 <= (t.due_local.date() - ideal).days <= 4  # moved forward only past a day off


def test_inside_working_window_in_customer_zone(make_account):
    a = make_account(name="X", country="DE")
    log(a, at(2026, 9, 1))
    t = follow_up(a, dt.date(2026, 9, 2))
    assert t.zone == "Europe/Berlin"
    assert dt.time(10) <= t.due_local.time() < dt.time(15)


def test_contact_zone_wins_over_country_zone(make_account, make_contact):
    a = make_account(name="X", country="US")
    c = make_contact(a, name="Ann", timezone="America/Los_Angeles", role="decision_maker")
    log(a, at(2026, 9, 1), contact_uuid=c.uuid)
    t = follow_up(a, dt.date(2026, 9, 2))
    assert t.zone == "America/Los_Angeles"
    assert t.contact_uuid == c.uuid
    assert dt.time(10) <= t.due_local.time() < dt.time(15)


def test_cold_replies_lengthen_up_to_a_cap(make_account):
    a = make_account(name="X", country="DE")
    start = at(2026, 1, 5)
    log(a, start, response="cold")
    one = (follow_up(a, dt.date(2026, 1, 6)).due_local.date() - start.date()).days
    assert 45 <= one <= 48
    for i in range(1, 6):
        log(a, start + dt.timedelta(days=i), response="none")
    last = start + dt.timedelta(days=5)
    capped = (follow_up(a, dt.date(2026, 1, 12)).due_local.date() - last.date()).days
    assert 90 <= capped <= 93


def test_warm_reply_shortens_interval(make_account):
    a = make_account(name="X", country="DE")
    log(a, at(2026, 9, 1), response="warm")
    t = follow_up(a, dt.date(2026, 9, 2))
    assert 21 <= (t.due_local.date() - dt.date(2026, 9, 1)).days <= 24
    assert "warmly" in t.reason


def test_high_priority_and_negotiating_shorten(make_account):
    a = make_account(name="X", country="DE", priority="high", stage="negotiating")
    log(a, at(2026, 9, 1))
    days = (follow_up(a, dt.date(2026, 9, 2)).due_local.date() - dt.date(2026, 9, 1)).days
    assert 11 <= days <= 14  # 30 * 0.75 * 0.5


def test_lost_accounts_get_no_touches(make_account):
    a = make_account(name="X", country="DE", stage="lost", founded_on="2000-01-10")
    log(a, at(2026, 9, 1))
    assert cadence.plan(dt.date(2026, 9, 1), 400, account_uuid=a.uuid, include_overdue=True) == []


def test_dormant_accounts_get_a_slow_revival(make_account):
    a = make_account(name="X", country="DE", stage="dormant")
    log(a, at(2026, 3, 2))
    assert (follow_up(a, dt.date(2026, 3, 3)).due_local.date() - dt.date(2026, 3, 2)).days >= 120


def test_saudi_weekend_is_skipped(make_account):
    a = make_account(name="X", country="SA", cadence_days=30)
    log(a, at(2026, 10, 9))  # + 30 days = Sunday 8 Nov ... pick one that lands on a Friday
    a2 = make_account(name="Y", country="SA", cadence_days=31)
    log(a2, at(2026, 10, 2))  # + 31 days = Monday 2 Nov
    a3 = make_account(name="Z", country="SA", cadence_days=30)
    log(a3, at(2026, 10, 7))  # + 30 days = Friday 6 Nov 2026 -> Sunday 8 Nov
    t = follow_up(a3, dt.date(2026, 10, 8))
    assert t.due_local.date() == dt.date(2026, 11, 8)
    assert t.due_local.weekday() not in (4, 5)


def test_public_holiday_is_skipped(make_account):
    a = make_account(name="X", country="DE", cadence_days=30)
    log(a, at(2026, 11, 25))  # + 30 days = 25 Dec 2026 (Christmas)
    t = follow_up(a, dt.date(2026, 11, 26))
    assert t.due_local.date() == dt.date(2026, 12, 28)


@pytest.mark.parametrize(("country", "zone", "before", "after"), [
    ("US", "America/New_York", dt.date(2027, 3, 12), dt.date(2027, 3, 15)),
    ("DE", "Europe/Berlin", dt.date(2027, 3, 24), dt.date(2027, 3, 31)),  # around Easter 2027
    ("AU", "Australia/Sydney", dt.date(2027, 4, 2), dt.date(2027, 4, 5)),
    ("CL", "America/Santiago", dt.date(2027, 4, 2), dt.date(2027, 4, 5)),
])
def test_window_holds_across_daylight_saving_changes(make_account, country, zone, before, after):
    a = make_account(name="X", country=country, cadence_days=7)
    for day in (before, after):
        t = cadence.reschedule(follow_up(a, dt.date(2027, 3, 1)), day)
        assert t.due_local.date() == day
        assert str(t.due_local.tzinfo) == zone
        assert dt.time(10) <= t.due_local.time() < dt.time(15)
        expected = dt.datetime.combine(day, t.due_local.time(), ZoneInfo(zone)).utcoffset()
        assert t.due_local.utcoffset() == expected
    offsets = {cadence.reschedule(follow_up(a, dt.date(2027, 3, 1)), d).due_local.utcoffset() for d in (before, after)}
    assert len(offsets) == 2  # the clocks did change between the two days


def greetings(account, start, days=120):
    return [t for t in cadence.plan(start, days, account_uuid=account.uuid) if t.purpose == "greeting"]


@pytest.mark.parametrize(("country", "festival", "day"), [
    ("DE", "christmas", dt.date(2026, 12, 25)), ("US", "thanksgiving", dt.date(2026, 11, 26)),
    ("CN", "lunar_new_year", dt.date(2027, 2, 6)), ("VN", "lunar_new_year", dt.date(2027, 2, 6)),
    ("IN", "diwali", dt.date(2027, 10, 29)), ("SA", "eid_al_fitr", dt.date(2027, 3, 10)),
])
def test_greeting_goes_out_on_a_working_day_before_the_festival(make_account, country, festival, day):
    from services.countries import is_working_day

    a = make_account(name="X", country=country)
    found = [t for t in greetings(a, day - dt.timedelta(days=30), 40) if f"/{festival}/" in t.key]
    assert len(found) == 1
    sent = found[0].due_local.date()
    assert sent < day
    assert (day - sent).days <= 10
    assert is_working_day(country, sent)


def test_no_christmas_greeting_for_saudi_customers(make_account):
    a = make_account(name="X", country="SA")
    assert not [t for t in greetings(a, dt.date(2026, 12, 1), 40) if "christmas" in t.key]


def test_birthday_and_company_anniversary(make_account, make_contact):
    a = make_account(name="X", country="DE", founded_on="1998-06-17")
    make_contact(a, name="Jürgen", birthday="1970-06-10")
    keys = {t.kind: t for t in greetings(a, dt.date(2026, 6, 1), 30)}
    assert keys["birthday"].due_local.date() < dt.date(2026, 6, 10)
    assert keys["anniversary"].due_local.date() < dt.date(2026, 6, 17)
    assert "28 years" in keys["anniversary"].reason


def test_sample_sent_plans_arrival_check_and_feedback(make_account):
    a = make_account(name="X", country="TH", stage="sampling")
    log(a, at(2026, 9, 1), purpose="sample")
    kinds = {t.kind: t for t in cadence.plan(dt.date(2026, 9, 1), 60, account_uuid=a.uuid)}
    arrival, feedback = kinds["sample_arrival"], kinds["sample_feedback"]
    assert 5 <= (arrival.due_local.date() - dt.date(2026, 9, 1)).days <= 8
    assert (feedback.due_local.date() - arrival.due_local.date()).days >= 20
    log(a, at(2026, 9, 7), purpose="sample", direction="inbound", response="warm")
    kinds = {t.kind for t in cadence.plan(dt.date(2026, 9, 8), 60, account_uuid=a.uuid)}
    assert "sample_arrival" not in kinds
    assert "sample_feedback" in kinds


def test_quote_with_validity_is_followed_up_before_it_expires(make_account):
    a = make_account(name="X", country="DE", stage="quoted")
    log(a, at(2026, 9, 1), purpose="quote", valid_until="2026-10-01")
    (t,) = [t for t in cadence.plan(dt.date(2026, 9, 2), 60, account_uuid=a.uuid) if t.kind == "quote_expiry"]
    assert dt.date(2026, 9, 24) <= t.due_local.date() < dt.date(2026, 10, 1)


def test_after_two_asks_a_value_touch_is_planned(make_account):
    a = make_account(name="X", country="DE", stage="quoted")
    log(a, at(2026, 8, 1), purpose="quote")
    log(a, at(2026, 9, 1), purpose="check_in")
    t = follow_up(a, dt.date(2026, 9, 2))
    assert "value" in t.all_purposes
    assert "asks" in t.reason


def test_reason_names_the_last_touch_and_rhythm(make_account):
    a = make_account(name="X", country="TH", stage="lead")
    log(a, at(2026, 10, 14), purpose="quote")
    t = follow_up(a, dt.date(2026, 10, 15))
    assert "last quote 14 Oct" in t.reason
    assert "quarterly" in t.reason


def test_done_snooze_and_reschedule(make_account):
    a = make_account(name="X", country="DE")
    log(a, at(2026, 9, 1))
    t = follow_up(a, dt.date(2026, 9, 2))
    snoozed = cadence.snooze(t, 1, today=dt.date(2026, 9, 2))
    assert follow_up(a, dt.date(2026, 9, 2)).due_local == snoozed.due_local
    assert snoozed.due_local.date() > t.due_local.date()
    with pytest.raises(Exception, match="weekend"):
        cadence.reschedule(t, dt.date(2026, 10, 4))  # a Sunday
    cadence.mark_done(t, at=at(2026, 9, 20, 12))  # done early: its rhythm goes on from that day
    after = follow_up(a, dt.date(2026, 9, 21))
    assert after.key != t.key
    assert 0 <= (after.due_local.date() - dt.date(2026, 10, 20)).days <= 3
    log(a, at(2026, 10, 2))  # an interaction logged: the rhythm goes on from it at once
    assert follow_up(a, dt.date(2026, 10, 3)).due_local.date() > dt.date(2026, 10, 30)


def test_agenda_groups_overdue_today_and_week(make_account):
    late = make_account(name="Late", country="DE")
    log(late, at(2026, 8, 1))
    soon = make_account(name="Soon", country="DE")
    log(soon, at(2026, 10, 24))
    groups = cadence.agenda(dt.date(2026, 11, 23), now=at(2026, 11, 23, 8))
    assert [t.account for t in groups["overdue"]] == ["Late"]
    assert [t.account for t in groups["today"] + groups["week"]] == ["Soon"]


def test_ics_parses_back_with_stable_uids(make_account, tmp_path):
    icalendar = pytest.importorskip("icalendar")
    from services.cadence.ics import write_calendar

    a = make_account(name="Ćosić, d.o.o.; «Test»", country="HR")
    log(a, at(2026, 9, 1), purpose="sample")
    touches = cadence.plan(dt.date(2026, 9, 1), 120, account_uuid=a.uuid)
    write_calendar(tmp_path / "a.ics", touches)
    write_calendar(tmp_path / "b.ics", cadence.plan(dt.date(2026, 9, 1), 120, account_uuid=a.uuid))
    cal = icalendar.Calendar.from_ical((tmp_path / "a.ics").read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(touches) >= 3
    assert {str(e["UID"]) for e in events} == {
        str(e["UID"]) for e in icalendar.Calendar.from_ical((tmp_path / "b.ics").read_bytes()).walk("VEVENT")}
    first = events[0]
    assert "Ćosić, d.o.o.; «Test»" in str(first["SUMMARY"])
    assert first["DTSTART"].dt == touches[0].due_utc


def test_the_planner_addresses_a_technical_contact_before_an_agent_as_the_brief_lists_them(make_account,
                                                                                             make_contact):
    from services.briefs import builder

    account = make_account(name="Order GmbH", country="DE")
    make_contact(account, name="Agent Ames", role="agent")
    make_contact(account, name="Tech Tang", role="technical")
    touch = next(t for t in cadence.next_touches(account.uuid, today=dt.date(2026, 11, 18)) if t.kind == "follow_up")
    brief = builder.collect(account.uuid, lang="en", today=dt.date(2026, 11, 18))
    assert (touch.contact, brief.contacts[0].name) == ("Tech Tang", "Tech Tang")
