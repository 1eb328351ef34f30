"""The planner keeps to seasonal closures: a closed span moves a touch past it, Ramadan shortens the window and
keeps new quotes out of its last ten days, each with the reason given; festival greetings still go out."""

import datetime as dt

import pytest

from services import accounts, cadence, words
from services.errors import ValidationError

UTC = dt.UTC


def log(account, day, purpose="check_in", response="neutral"):
    when = dt.datetime.combine(day, dt.time(9), UTC)
    return accounts.log_interaction(account.uuid, {"occurred_at": when, "purpose": purpose, "response": response,
                                                   "direction": "outbound"})


def plan_of(account, today, days=60):
    return cadence.plan(today, days, account_uuid=account.uuid, include_overdue=True, today=today)


def first_with(touches, purpose):
    """The first touch bringing purpose; "contact" for the regular touch (a check-in or a value touch)."""
    return next(t for t in touches if purpose in t.all_purposes or purpose in t.stream.split("+"))


def test_a_cn_touch_due_in_the_spring_festival_closure_moves_to_the_first_working_day_after(make_account):
    # Spring Festival 2027 is 6 Feb; the closure runs 3-17 Feb. Monthly check-ins from 5 Jan fall due 4 Feb.
    a = make_account(name="Ningbo Valves", country="CN")
    log(a, dt.date(2027, 1, 5))
    touch = first_with(plan_of(a, dt.date(2027, 1, 20)), "contact")
    assert touch.due_local.date() == dt.date(2027, 2, 18)


def test_a_moved_cn_touch_says_which_closure_moved_it_in_english_and_chinese(make_account):
    a = make_account(name="Ningbo Valves", country="CN")
    log(a, dt.date(2027, 1, 5))
    touch = first_with(plan_of(a, dt.date(2027, 1, 20)), "contact")
    assert "moved: Spring Festival closure (their office closed until 17 Feb" in touch.reason_in("en")
    assert "春节停业期间，对方办公室关闭至" in touch.reason_in("zh")


def test_a_quote_due_in_ramadans_last_ten_days_moves_after_eid_and_says_why(make_account):
    # SA: Ramadan 1448 runs 8 Feb - 8 Mar 2027, Eid al-Fitr from 9 Mar, the office closed 9-13 Mar.
    a = make_account(name="Riyadh Trading", country="SA", stage="quoted")
    log(a, dt.date(2027, 2, 15), purpose="check_in")
    log(a, dt.date(2026, 12, 16), purpose="quote")  # every 75 days in the Middle East: due 1 Mar
    quote = first_with(plan_of(a, dt.date(2027, 2, 20), days=60), "quote")
    assert quote.due_local.date() == dt.date(2027, 3, 15)  # 14 Mar is Eid's observed holiday
    assert "quote moved after Ramadan: no new quotes in its last 10 days" in quote.reason_in("en")


def test_a_check_in_in_ramadan_is_planned_inside_the_short_hours(make_account):
    a = make_account(name="Riyadh Trading", country="SA")
    log(a, dt.date(2027, 1, 15))  # 35 days: due 19 Feb, in Ramadan
    touch = first_with(plan_of(a, dt.date(2027, 2, 1)), "contact")
    assert dt.date(2027, 2, 8) <= touch.due_local.date() <= dt.date(2027, 3, 8)
    # Ramadan's 10:00-14:00 within Riyadh's own window (12:30-15:00, after the midday prayer)
    assert dt.time(12, 30) <= touch.due_local.time() < dt.time(14)
    assert "Ramadan: short hours, contact 12:30–14:00 their time" in touch.reason_in("en")


def test_a_muslim_owned_account_in_gb_gets_ramadan(make_account):
    a = make_account(name="Leicester Halal Foods", country="GB", muslim_owned=True)
    log(a, dt.date(2027, 1, 20))  # 30 days: due 19 Feb, in Ramadan
    touch = first_with(plan_of(a, dt.date(2027, 2, 1)), "contact")
    assert "Ramadan" in touch.reason_in("en")


def test_an_account_in_gb_not_marked_muslim_owned_keeps_its_usual_hours(make_account):
    a = make_account(name="Leicester Foods", country="GB")
    log(a, dt.date(2027, 1, 20))
    touch = first_with(plan_of(a, dt.date(2027, 2, 1)), "contact")
    assert "Ramadan" not in touch.reason_in("en")


def test_the_spring_festival_greeting_still_goes_out_before_the_festival(make_account):
    a = make_account(name="Ningbo Valves", country="CN")
    greetings = [t for t in plan_of(a, dt.date(2027, 1, 20)) if t.kind == "greeting"]
    assert any(t.due_local.date() < dt.date(2027, 2, 6) for t in greetings)


def test_a_stored_reason_naming_a_closure_reads_back_in_both_languages():
    why = (words.phrase("closure_moved", name=words.Named("Songkran", "宋干节"), until=dt.date(2027, 4, 16)),)
    back = words.from_data(words.to_data(why))
    assert (words.render(back, "en"), words.render(back, "zh")) == (words.render(why, "en"), words.render(why, "zh"))


def test_ticking_muslim_owned_on_a_gb_account_replans_it_with_ramadan(make_account):
    a = make_account(name="Leicester Halal Foods", country="GB")
    log(a, dt.date(2027, 1, 20))
    day = dt.date(2027, 2, 1)
    cadence.plan(day, 60, include_overdue=True, today=day)  # the whole book's stored plan, made before the tick
    accounts.update_account(a.uuid, {"muslim_owned": True})
    stored = cadence.plan(day, 60, include_overdue=True, today=day)
    assert "Ramadan" in first_with(stored, "contact").reason_in("en")


def test_a_reschedule_into_the_spring_festival_closure_is_refused_naming_it(make_account):
    a = make_account(name="Ningbo Valves", country="CN")
    log(a, dt.date(2026, 12, 1))
    touch = first_with(plan_of(a, dt.date(2026, 12, 20)), "contact")
    with pytest.raises(ValidationError) as refused:
        cadence.reschedule(touch, dt.date(2027, 2, 16))  # a working Tuesday by the calendar, inside 3-17 Feb
    said = words.text_of(refused.value.errors["date"], "en")
    assert "in the customer's Spring Festival closure: their office is closed until 17 Feb" in said


def test_a_snooze_into_the_closure_lands_on_the_first_working_day_after_it(make_account):
    a = make_account(name="Ningbo Valves", country="CN")
    log(a, dt.date(2026, 12, 1))
    touch = first_with(plan_of(a, dt.date(2026, 12, 20)), "contact")
    moved = cadence.snooze(touch, days=(dt.date(2027, 2, 15) - touch.due_local.date()).days,
                           today=touch.due_local.date())
    assert moved.due_local.date() == dt.date(2027, 2, 18)
