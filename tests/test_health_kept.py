"""The kept health: written with the stored plan, equal to health computed afresh after any edits, cheap per write."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import models
from models import Account, Commitment, Contact
from models.health import AccountHealth
from services import accounts
from services.cadence import store
from services.commitments import promises
from services.health import health_of, kept, stored_health
from services.health.kept import current_health

TODAY = dt.date(2026, 9, 1)
ROLES = ["decision_maker", "buyer", "technical", "agent"]


def stamp(days_ago, hour=9):
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(hour), dt.UTC)


def log(uuid, days_ago, direction, response, nth_contact):
    people = list(Contact.select().join(Account).where(Account.uuid == uuid).order_by(Contact.id))
    contact = people[nth_contact % len(people)].uuid if people else None
    accounts.log_interaction(uuid, {"occurred_at": stamp(days_ago), "direction": direction, "response": response,
                                    "channel": "email", "contact_uuid": contact})


def promise(uuid, due_days_ago, outcome):
    c = promises.create_commitment(uuid, {"title": "Delivery", "promised_by": "Li Wei",
                                          "promised_at": TODAY - dt.timedelta(days=due_days_ago + 30),
                                          "due_date": TODAY - dt.timedelta(days=due_days_ago)})
    if outcome == "kept":
        promises.mark_kept(c.uuid, TODAY - dt.timedelta(days=due_days_ago - 2))
    elif outcome == "broken":
        promises.mark_broken(c.uuid, TODAY - dt.timedelta(days=max(0, due_days_ago - 5)))


def close_open(uuid):
    c = Commitment.select().join(Account).where((Account.uuid == uuid) & (Commitment.status == "open")).first()
    if c is not None:
        promises.mark_kept(c.uuid, TODAY)


EDITS = st.one_of(
    st.tuples(st.just("log"), st.integers(0, 3), st.integers(0, 200), st.sampled_from(["outbound", "inbound"]),
              st.sampled_from(["warm", "neutral", "cold", "none"]), st.integers(0, 3)),
    st.tuples(st.just("contact"), st.integers(0, 3), st.sampled_from(ROLES)),
    st.tuples(st.just("promise"), st.integers(0, 3), st.integers(-10, 200),
              st.sampled_from(["kept", "broken", "open"])),
    st.tuples(st.just("close"), st.integers(0, 3)),
    st.tuples(st.just("delete"), st.integers(0, 3)),
)
APPLY = {
    "log": log,
    "contact": lambda uuid, role: accounts.create_contact(uuid, {"name": f"Person {role}", "role": role}),
    "promise": promise,
    "close": close_open,
    "delete": accounts.delete_account,
}


def as_kept(h):
    return h.score, h.band, tuple((r.code, r.text("en")) for r in h.reasons)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(EDITS, min_size=1, max_size=10))
def test_after_any_edits_the_kept_health_equals_health_computed_afresh(edits):
    models.open_database(":memory:")
    try:
        uuids = [accounts.create_account({"name": f"Account {i}", "country": c}).uuid
                 for i, c in enumerate(["DE", "JP", "BR", "US"])]
        store.replan_all(TODAY)
        for kind, index, *rest in edits:
            if Account.select().where(Account.uuid == uuids[index]).exists():
                APPLY[kind](uuids[index], *rest)
        store.ensure(TODAY)
        kept = {uuid: as_kept(h) for uuid, h in stored_health().items()}
        assert kept == {a.uuid: as_kept(health_of(a.uuid, TODAY)) for a in Account.select()}
    finally:
        models.close_database()


def test_a_full_replan_keeps_every_account(make_account):
    for n in range(3):
        make_account(name=f"Account {n}")
    store.replan_all(TODAY)
    assert AccountHealth.select().where(AccountHealth.computed_on == TODAY).count() == 3


def test_the_next_touch_is_the_earliest_planned(make_account):
    account = make_account()
    accounts.log_interaction(account.uuid, {"occurred_at": stamp(3), "direction": "outbound"})
    store.replan_all(TODAY)
    earliest = min(t.due_utc for t in store.read(None, store.plan_end(), account_uuid=account.uuid))
    kept = AccountHealth.get(AccountHealth.account == account.id).next_touch_utc
    assert kept == earliest.replace(tzinfo=None)


def test_an_overdue_promise_counts_as_at_risk(make_account):
    account = make_account()
    promise(account.uuid, 3, "open")
    store.replan_all(TODAY)
    assert AccountHealth.get(AccountHealth.account == account.id).promises_at_risk == 1


def test_current_health_computes_an_account_written_since_it_was_kept(make_account, make_contact):
    account = make_account()
    store.replan_all(TODAY)
    make_contact(account, role="decision_maker")
    log(account.uuid, 1, "outbound", "warm", 0)
    assert as_kept(current_health([account.uuid], TODAY)[account.uuid]) == as_kept(health_of(account.uuid, TODAY))


def test_the_turn_of_the_day_brings_week_old_health_to_it(make_account, make_contact):
    boss = make_contact(make_account(), role="decision_maker")
    accounts.log_interaction(boss.account.uuid, {"occurred_at": stamp(100), "contact_uuid": boss.uuid})
    make_account(name="Quiet")
    store.replan_all(TODAY)
    later = TODAY + dt.timedelta(days=30)
    store.advance(later)
    kept = {uuid: as_kept(h) for uuid, h in stored_health().items()}
    assert kept == {a.uuid: as_kept(health_of(a.uuid, later)) for a in Account.select()}


@pytest.fixture
def kept_accounts(monkeypatch) -> list[int]:
    """The ids of the accounts whose health is kept from here on."""
    ids: list[int] = []
    real = kept.keep
    monkeypatch.setattr(kept, "keep", lambda accounts_, *args: (ids.extend(a.id for a in accounts_),
                                                               real(accounts_, *args)))
    return ids


def test_the_turn_of_the_day_leaves_health_kept_this_week(make_account, request):
    for n in range(3):
        make_account(name=f"Account {n}")
    store.replan_all(TODAY)
    kept_ids = request.getfixturevalue("kept_accounts")  # from here on
    store.advance(TODAY + dt.timedelta(days=2))  # nothing due before it, health two days old
    assert kept_ids == []


def test_a_write_keeps_the_health_of_its_account_only(make_account, request):
    for n in range(5):
        make_account(name=f"Account {n}")
    store.replan_all(TODAY)
    kept_ids = request.getfixturevalue("kept_accounts")  # from here on
    account = make_account(name="Written")
    store.ensure(TODAY)
    assert kept_ids == [account.id]
