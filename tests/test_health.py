"""Relationship health on hand-made accounts: each part's reason, the band always beside a reason, the JSON shape."""

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import models
from services import accounts
from services.cadence import store
from services.commitments import promises
from services.health import REASON_CODES, health_of, kept
from services.health.score import health_of_many
from tests.cli_run import run_cli
from tests.counting import counted_queries

TODAY = dt.date(2026, 9, 1)


def at(days_ago, hour=9, minute=0):
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(hour, minute), dt.UTC)


def log(account, days_ago, contact=None, direction="outbound", response="warm", channel="email", hour=9, minute=0):
    accounts.log_interaction(account.uuid, {"occurred_at": at(days_ago, hour, minute), "direction": direction,
                                            "response": response, "channel": channel,
                                            "contact_uuid": contact.uuid if contact else None})


def people(make_contact, account, *roles):
    return [make_contact(account, name=f"{role} {n}", role=role) for n, role in enumerate(roles)]


def well_kept(make_account, make_contact, country="DE"):
    """Three levels in touch every two weeks, met warmly."""
    account = make_account(name="Well kept", country=country)
    contacts = people(make_contact, account, "decision_maker", "buyer", "technical")
    for n, days_ago in enumerate(range(0, 180, 14)):
        log(account, days_ago, contacts[n % 3])
    return account, contacts


def broken_promise(account, title, due_days_ago=10):
    c = promises.create_commitment(account.uuid, {"title": title, "promised_by": "Li Wei",
                                                  "promised_at": TODAY - dt.timedelta(days=60),
                                                  "due_date": TODAY - dt.timedelta(days=due_days_ago)})
    promises.mark_broken(c.uuid, TODAY - dt.timedelta(days=5))


def codes(health):
    return [r.code for r in health.reasons]


def test_one_person_only_is_single_threaded(make_account, make_contact):
    account = make_account(name="One person")
    (boss,) = people(make_contact, account, "decision_maker")
    for days_ago in range(0, 180, 14):
        log(account, days_ago, boss)
    assert codes(health_of(account.uuid, TODAY)) == ["single_threaded"]


def test_decision_maker_silent_for_five_months_is_named_in_months(make_account, make_contact):
    account, (boss, buyer, _) = well_kept(make_account, make_contact)
    # The decision maker's last word was 5 months ago; since then only the others.
    from models import Interaction

    Interaction.update(contact=buyer.id).where(Interaction.contact == boss.id).execute()
    log(account, 152, boss)
    health = health_of(account.uuid, TODAY)
    reason = next(r for r in health.reasons if r.code == "decision_maker_not_reached")
    assert reason.text("en") == "decision maker not reached for 5 months"


def test_slow_replies_to_a_japanese_customer_are_named(make_account, make_contact):
    account, (_, buyer, _) = well_kept(make_account, make_contact, country="JP")
    for days_ago in (100, 70, 40, 10):  # they write in the morning, we answer a week later
        log(account, days_ago, buyer, direction="inbound", hour=1)
        log(account, days_ago - 7, buyer, hour=3)
    health = health_of(account.uuid, TODAY)
    assert "replies_slow" in codes(health)


def test_quick_replies_to_a_japanese_customer_score_full(make_account, make_contact):
    account, (_, buyer, _) = well_kept(make_account, make_contact, country="JP")
    for days_ago in (99, 71, 43, 15):
        log(account, days_ago, buyer, direction="inbound", hour=1)
        log(account, days_ago, buyer, hour=2)
    replies = next(p for p in health_of(account.uuid, TODAY).parts if p.key == "replies")
    assert replies.score == 100


def test_broken_promises_are_named(make_account, make_contact):
    account, _ = well_kept(make_account, make_contact)
    for n in range(3):
        broken_promise(account, f"Delivery {n}", due_days_ago=30 - n)
    assert codes(health_of(account.uuid, TODAY)) == ["promises_broken"]


def test_touches_two_months_apart_miss_a_monthly_rhythm(make_account, make_contact):
    account = make_account(name="Seldom", priority="high")
    contacts = people(make_contact, account, "decision_maker", "buyer")
    for n, days_ago in enumerate((175, 115, 55, 0)):
        log(account, days_ago, contacts[n % 2])
    reason = next(r for r in health_of(account.uuid, TODAY).reasons if r.code == "rhythm_missed")
    assert reason.text("en").startswith("rhythm missed: 3 of 3 touches late")


def test_promises_kept_late_are_named(make_account, make_contact):
    account, _ = well_kept(make_account, make_contact)
    for n in range(2):
        c = promises.create_commitment(account.uuid, {"title": f"Delivery {n}", "promised_by": "Li Wei",
                                                      "promised_at": TODAY - dt.timedelta(days=60),
                                                      "due_date": TODAY - dt.timedelta(days=30)})
        promises.mark_kept(c.uuid, TODAY - dt.timedelta(days=10))
    assert codes(health_of(account.uuid, TODAY)) == ["promises_late"]


def test_a_cold_streak_is_named(make_account, make_contact):
    account, contacts = well_kept(make_account, make_contact)
    for n, days_ago in enumerate((12, 9, 6, 3, 1)):
        log(account, days_ago, contacts[n % 3], response="cold")
    assert "cold_streak" in codes(health_of(account.uuid, TODAY))


def test_a_healthy_account_is_good_without_reason(make_account, make_contact):
    account, _ = well_kept(make_account, make_contact)
    health = health_of(account.uuid, TODAY)
    assert (health.band, health.reasons) == ("good", ())


def test_an_empty_account_is_at_risk_with_its_reasons(make_account):
    health = health_of(make_account(name="Nobody yet").uuid, TODAY)
    assert (health.band, codes(health)) == ("at_risk", ["single_threaded", "decision_maker_not_reached"])


def test_the_level_map_has_every_role_with_its_last_touch(make_account, make_contact):
    account, _ = well_kept(make_account, make_contact)
    levels = {level.role: level for level in health_of(account.uuid, TODAY).levels}
    assert (len(levels), levels["decision_maker"].people, levels["finance"].last_touch) == (7, 1, None)


def test_the_activity_strip_has_26_weeks_ending_today(make_account, make_contact):
    account, _ = well_kept(make_account, make_contact)
    weekly = health_of(account.uuid, TODAY).weekly
    assert (len(weekly), weekly[-1]) == (26, (1, "warm"))


def test_json_carries_score_band_and_reasons_with_code_and_text(make_account):
    data = health_of(make_account(name="Nobody yet").uuid, TODAY).as_json("en")
    assert data == {"score": data["score"], "band": "at_risk", "reasons": [
        {"code": "single_threaded", "text": "no one at the customer in touch in 90 days"},
        {"code": "decision_maker_not_reached", "text": "no decision maker known"}]}


def test_reasons_read_in_chinese(make_account):
    reasons = health_of(make_account(name="Nobody yet").uuid, TODAY).as_json("zh")["reasons"]
    assert reasons[1]["text"] == "不知道谁是决策人"


RESPONSES = st.sampled_from(["warm", "neutral", "cold", "none"])
ACTS = st.lists(st.tuples(st.integers(0, 179), st.sampled_from([0, 1, 2, None]),
                          st.sampled_from(["outbound", "inbound"]), RESPONSES), max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(acts=ACTS, roles=st.lists(st.sampled_from(["decision_maker", "buyer", "finance", "other"]), max_size=3),
       broken=st.integers(0, 2))
def test_a_score_below_good_always_has_a_reason(make_account, make_contact, acts, roles, broken):
    account = make_account(name="Any")
    contacts = people(make_contact, account, *roles)
    for days_ago, who, direction, response in acts:
        contact = contacts[who] if who is not None and who < len(contacts) else None
        log(account, days_ago, contact, direction=direction, response=response)
    for n in range(broken):
        broken_promise(account, f"P{n}")
    health = health_of(account.uuid, TODAY)
    assert health.band == "good" or (health.reasons and all(r.code in REASON_CODES for r in health.reasons))


def test_many_accounts_read_in_a_fixed_number_of_queries(make_account, make_contact):
    ids = [well_kept(make_account, make_contact)[0].id for _ in range(2)]
    with counted_queries() as one:
        health_of_many(ids[:1], TODAY)
    with counted_queries() as two:
        health_of_many(ids, TODAY)
    assert len(two) == len(one)


def test_accounts_json_carries_each_accounts_health_as_of_today(make_account, db_path):
    account = make_account(name="Nobody yet")
    expected = health_of(account.uuid, TODAY).as_json("zh")
    models.close_database()  # the command opens the book itself
    result = run_cli("--lang", "zh", "accounts", "--json", "--today", TODAY.isoformat(), db=db_path)
    assert json.loads(result.stdout)[0]["health"] == expected


def test_accounts_refuses_a_today_that_is_not_a_date(db_path):
    assert run_cli("accounts", "--today", "soon", db=db_path).returncode != 0


def test_kept_health_is_read_when_current(make_account, monkeypatch):
    account = make_account(name="Nobody yet")
    store.replan_all(TODAY)
    monkeypatch.setattr(kept, "health_of_many", lambda *args, **kwargs: {})
    assert kept.current_health([account.uuid], TODAY)[account.uuid].band == "at_risk"
