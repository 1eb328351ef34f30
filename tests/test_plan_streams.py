"""The forward plan keeps every rhythm: contact, quote and sample streams, projected and merged; Done moves one."""

import datetime as dt
import itertools

from services import accounts, cadence

UTC = dt.UTC
TODAY = dt.date(2026, 9, 1)


def log(account, day, purpose="check_in", response="neutral", direction="outbound", **extra):
    when = dt.datetime.combine(day, dt.time(9), UTC)
    return accounts.log_interaction(account.uuid, {"occurred_at": when, "purpose": purpose, "response": response,
                                                   "direction": direction, **extra})


def ago(days):
    return TODAY - dt.timedelta(days=days)


def plan_of(account, days=120, today=TODAY):
    return cadence.plan(today, days, account_uuid=account.uuid, include_overdue=True, today=today)


def days_of(touches, purpose):
    return [t.due_local.date() for t in touches if purpose in t.all_purposes]


def test_a_quoted_latin_american_account_gets_its_quote_within_a_quarter_and_its_samples(make_account):
    a = make_account(name="Andes SA", country="CL", stage="quoted")
    log(a, ago(200), purpose="sample")
    log(a, ago(77), purpose="quote")  # quoted 11 weeks ago
    log(a, ago(20), purpose="check_in")
    touches = plan_of(a)
    quotes, samples = days_of(touches, "quote"), days_of(touches, "sample")
    assert quotes
    assert (quotes[0] - ago(77)).days <= 95
    assert samples
    assert samples[0] <= TODAY + dt.timedelta(days=14)


def test_india_quotes_every_two_to_three_months_and_samples_every_two_to_three_quarters(make_account):
    a = make_account(name="Pune Pvt Ltd", country="IN", stage="quoted")
    log(a, ago(200), purpose="sample")
    log(a, ago(10), purpose="quote")
    touches = plan_of(a, days=120)
    quotes = [ago(10), *days_of(touches, "quote")]
    gaps = [(later - earlier).days for earlier, later in itertools.pairwise(quotes)]
    assert gaps
    assert all(55 <= g <= 95 for g in gaps)
    samples = days_of(touches, "sample")
    assert len(samples) == 1  # next one 2-3 quarters later, past the 120 days
    assert 150 <= (samples[0] - ago(200)).days <= 275


def test_a_warm_reply_shortens_only_the_contact_rhythm(make_account):
    from services.cadence import plan_rules
    from services.cadence.loading import load
    from services.cadence.slots import Slots
    from services.cadence.streams import contact_stream, quote_stream

    def streams(response):
        a = make_account(name=f"Warmth {response}", country="DE", stage="quoted")
        log(a, ago(40), purpose="quote")
        log(a, ago(2), purpose="check_in", response=response)
        (account,) = load(a.uuid)
        end = TODAY + dt.timedelta(days=120)
        contact = [t.due_local.date() for t in contact_stream(account, Slots(), plan_rules(), {}, TODAY, end)]
        quote = [t.due_local.date() for t in quote_stream(account, Slots(), plan_rules(), {}, TODAY, end, None)]
        return contact, quote

    warm_contact, warm_quotes = streams("warm")
    neutral_contact, neutral_quotes = streams("neutral")
    assert warm_contact[0] < neutral_contact[0]
    assert warm_quotes == neutral_quotes


def test_touches_of_different_streams_a_few_working_days_apart_become_one(make_account):
    a = make_account(name="Merge GmbH", country="DE", stage="quoted")
    log(a, ago(59), purpose="quote")  # next quote in about a day
    log(a, ago(26), purpose="value")  # contact rhythm 30 * 0.85: due in about a day too
    touches = plan_of(a, days=10)
    (merged,) = [t for t in touches if t.due_local.date() <= TODAY + dt.timedelta(days=5)]
    assert set(merged.all_purposes) >= {"quote", "check_in"}
    assert len(merged.all_state_keys) == 2


def test_doing_a_touch_early_moves_its_stream_and_not_the_others(make_account):
    a = make_account(name="Early Oy", country="FI", stage="quoted")
    log(a, ago(10), purpose="quote")
    log(a, ago(5), purpose="check_in")
    before = plan_of(a)
    quote = next(t for t in before if t.stream == "quote")
    contact_days = [t.due_local.date() for t in before if t.stream == "contact"]
    cadence.mark_done(quote, at=dt.datetime.combine(TODAY + dt.timedelta(days=3), dt.time(12), UTC))
    after = plan_of(a)
    assert [t.due_local.date() for t in after if t.stream == "contact"] == contact_days
    next_quote = next(t for t in after if t.stream == "quote")
    assert 55 <= (next_quote.due_local.date() - (TODAY + dt.timedelta(days=3))).days <= 65


def test_later_touches_of_a_stream_are_marked_projected(make_account):
    a = make_account(name="Monthly BV", country="NL")
    log(a, ago(3))
    contact = [t for t in plan_of(a) if t.stream == "contact"]
    assert len(contact) >= 3
    assert [t.projected for t in contact] == [False] + [True] * (len(contact) - 1)


def test_snoozing_a_projected_touch_moves_the_rest_of_its_stream(make_account):
    a = make_account(name="Snooze AS", country="NO")
    log(a, ago(3))
    first, second, third = [t for t in plan_of(a) if t.stream == "contact"][:3]
    moved = cadence.reschedule(second, cadence_working_day(second.due_local.date() + dt.timedelta(days=10), "NO"))
    after = [t for t in plan_of(a) if t.stream == "contact"]
    assert after[0].due_local == first.due_local
    assert after[1].due_local == moved.due_local
    assert after[2].due_local.date() > third.due_local.date()


def cadence_working_day(day, country):
    from services.cadence.slots import Slots

    return Slots().forward(country, day)


def test_the_next_touch_goes_to_the_level_that_has_waited_longest(make_account, make_contact):
    a = make_account(name="Levels GmbH", country="DE")
    boss = make_contact(a, name="Dr. Boss", role="decision_maker")
    buyer = make_contact(a, name="Bea Buyer", role="buyer")
    tech = make_contact(a, name="Tom Tech", role="technical")
    log(a, ago(40), contact_uuid=buyer.uuid)
    log(a, ago(20), contact_uuid=tech.uuid)
    log(a, ago(5), contact_uuid=boss.uuid)
    first = next(t for t in plan_of(a) if "contact" in t.stream.split("+"))
    assert first.contact == "Bea Buyer"
    assert "Buyer has waited longest" in first.reason


def test_a_level_never_touched_comes_first_and_the_reason_says_so(make_account, make_contact):
    a = make_account(name="New Level Oy", country="FI")
    boss = make_contact(a, name="Dr. Boss", role="decision_maker")
    make_contact(a, name="Fin Finance", role="finance")
    log(a, ago(5), contact_uuid=boss.uuid)
    first = next(t for t in plan_of(a) if "contact" in t.stream.split("+"))
    assert first.contact == "Fin Finance"
    assert "nobody has been in touch with the Finance yet" in first.reason
