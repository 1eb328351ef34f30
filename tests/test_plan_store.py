"""The stored plan: kept per account on every write, equal to a full re-plan, never whole-book work per action."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import models
from models import Account, Interaction, db
from services import accounts, cadence
from services.cadence import bulk, store
from services.cadence.today import today_view

UTC = dt.UTC
TODAY = dt.date(2026, 9, 1)
COUNTRIES = ["DE", "US", "BR", "TH", "IN", "JP", "SA"]
STAGES = ["lead", "inquiry", "quoted", "sampling", "won", "dormant", "lost"]


def signature(t):
    return (t.account_uuid, t.key, t.due_utc, t.all_purposes, t.all_state_keys, t.projected, t.moved, t.kind)


def stored_plan(today=TODAY):
    """The stored plan brought to today, all of it."""
    store.ensure(today)
    return sorted(signature(t) for t in store.read(None, store.plan_end()))


def full_replan(today=TODAY):
    """What planning every account from scratch for today gives, up to the stored plan's horizon."""
    touches = [t for plan in store.compute(None, today, store.plan_end()).values() for t in plan]
    return sorted(signature(t) for t in touches)


def stamp(days_ago, hour=9):
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(hour), UTC)


def log(uuid, days_ago, purpose="check_in", direction="outbound", response="neutral"):
    return accounts.log_interaction(uuid, {"occurred_at": stamp(days_ago), "purpose": purpose,
                                           "direction": direction, "response": response})


EDITS = st.one_of(
    st.tuples(st.just("log"), st.integers(0, 4), st.integers(0, 200),
              st.sampled_from(["check_in", "quote", "sample", "value"]), st.sampled_from(["outbound", "inbound"]),
              st.sampled_from(["warm", "neutral", "cold", "none"])),
    st.tuples(st.just("stage"), st.integers(0, 4), st.sampled_from(STAGES)),
    st.tuples(st.just("country"), st.integers(0, 4), st.sampled_from(COUNTRIES)),
    st.tuples(st.just("contact"), st.integers(0, 4), st.sampled_from(["decision_maker", "buyer", "agent"])),
    st.tuples(st.just("unlog"), st.integers(0, 4)),
    st.tuples(st.just("act"), st.integers(0, 4), st.sampled_from(["done", "skip", "snooze", "later"]),
              st.integers(0, 3)),
    st.tuples(st.just("delete"), st.integers(0, 4)),
)


def act(uuid, action, nth):
    """Done, Skip or Snooze on the account's nth planned touch (if it has that many)."""
    touches = cadence.plan(TODAY, 60, account_uuid=uuid, include_overdue=True, today=TODAY)
    if len(touches) <= nth:
        return
    t = touches[nth]
    if action == "done":
        cadence.mark_done(t, at=stamp(-1, 12))
    elif action == "skip":
        cadence.dismiss(t, at=stamp(-1, 12))
    else:
        cadence.snooze(t, 3 if action == "snooze" else 20, today=TODAY)


def unlog(uuid):
    newest = Interaction.select().join(Account).where(Account.uuid == uuid).order_by(
        Interaction.occurred_at.desc()).first()
    if newest is not None:
        accounts.delete_interaction(newest.uuid)


APPLY = {
    "log": log,
    "stage": lambda uuid, stage: accounts.update_account(uuid, {"stage": stage}),
    "country": lambda uuid, country: accounts.update_account(uuid, {"country": country}),
    "contact": lambda uuid, role: accounts.create_contact(uuid, {"name": f"Person {role}", "role": role}),
    "unlog": unlog,
    "delete": accounts.delete_account,
    "act": act,
}


def apply(edit, uuids):
    kind, index, *rest = edit
    uuid = uuids[index]
    if Account.select().where(Account.uuid == uuid).exists():
        APPLY[kind](uuid, *rest)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(EDITS, min_size=1, max_size=12), days_later=st.integers(0, 16))
def test_after_any_edits_and_days_the_stored_plan_equals_a_full_replan(edits, days_later):
    models.open_database(":memory:")
    try:
        uuids = []
        for i, country in enumerate(COUNTRIES[:5]):
            a = accounts.create_account({"name": f"Account {i}", "country": country, "stage": STAGES[i % 4]})
            log(a.uuid, 10 + 17 * i, purpose=["check_in", "quote", "sample"][i % 3])
            uuids.append(a.uuid)
        store.replan_all(TODAY)
        for edit in edits:
            apply(edit, uuids)
        assert stored_plan() == full_replan()
        later = TODAY + dt.timedelta(days=days_later)
        assert stored_plan(later) == full_replan(later)
    finally:
        models.close_database()


@pytest.fixture
def thousand_accounts(open_book):
    """1,000 accounts with an interaction each, inserted in bulk, and their stored plan for TODAY."""
    with db.atomic():
        for start in range(0, 1000, 250):
            rows = [{"uuid": f"00000000-0000-4000-8000-{n:012d}", "name": f"Account {n:04d}",
                     "country": COUNTRIES[n % len(COUNTRIES)], "stage": STAGES[n % 5], "search_key": f"account {n}"}
                    for n in range(start, start + 250)]
            Account.insert_many(rows).execute()
        ids = [pk for (pk,) in Account.select(Account.id).tuples()]
        Interaction.insert_many([{"uuid": f"10000000-0000-4000-8000-{pk:012d}", "account": pk,
                                  "occurred_at": stamp(pk % 60), "purpose": "check_in"} for pk in ids]).execute()
    store.replan_all(TODAY)
    return ids


def test_done_re_plans_one_account_not_the_book(thousand_accounts, planned_accounts):
    view = today_view(TODAY, stamp(0, 6))
    touch = (view.touches or [t for g in view.overdue for t in g.touches])[0]
    bulk.done_all([touch])
    today_view(TODAY, stamp(0, 6))
    assert planned_accounts == [touch.account_uuid]


def test_opening_today_on_a_current_plan_plans_nothing(thousand_accounts, planned_accounts):
    view = today_view(TODAY, stamp(0, 6))
    assert view.overdue_count + len(view.touches) > 0
    assert planned_accounts == []


def test_a_new_day_re_plans_only_the_accounts_with_a_touch_before_it(thousand_accounts, planned_accounts):
    tomorrow = TODAY + dt.timedelta(days=1)
    due = {t.account_uuid for t in cadence.plan(TODAY, 1, include_overdue=True, today=TODAY)}
    cadence.plan(tomorrow, 7, include_overdue=True, today=tomorrow)
    cadence.plan(tomorrow, 7, include_overdue=True, today=tomorrow)
    assert sorted(planned_accounts) == sorted(due)
    assert 0 < len(due) < 1000
    assert store.plan_day() == tomorrow


def test_changed_rules_re_plan_the_whole_book(thousand_accounts, planned_accounts):
    from services.cadence import rules

    rules.set_region_rule("europe", follow_up=20)
    cadence.plan(TODAY, 7, include_overdue=True, today=TODAY)
    assert len(planned_accounts) == 1000


def test_an_import_of_a_few_accounts_re_plans_only_those(thousand_accounts, planned_accounts):
    added = [accounts.create_account({"name": f"New {n}", "country": "DE"}).uuid for n in range(3)]
    today_view(TODAY, stamp(0, 6))
    assert sorted(planned_accounts) == sorted(added)


def test_a_stale_day_is_read_while_the_window_re_plans_in_the_background(thousand_accounts, planned_accounts):
    store.read_stale_day(True)
    try:
        view = today_view(TODAY + dt.timedelta(days=1), stamp(-1, 6))
    finally:
        store.read_stale_day(False)
    assert planned_accounts == []
    assert view.overdue_count + len(view.touches) > 0


def test_a_background_replan_keeps_marks_made_while_it_ran(open_book, make_account):
    a = make_account(name="Busy", country="DE")
    marks = []

    def progress(done, total):
        if not marks:  # a write lands while the re-plan is between chunks
            marks.append(log(a.uuid, 1))

    store.replan_all(TODAY, progress=progress)
    assert store.pending() == 1
    assert stored_plan() == full_replan()


def test_today_reads_the_overdue_touches_only_when_a_group_is_opened(thousand_accounts, planned_accounts):
    from services.cadence import store as the_store

    reads = []
    real = the_store.read

    def counting(*args, **kwargs):
        reads.append(kwargs.get("exclude"))
        return real(*args, **kwargs)

    view = today_view(TODAY, stamp(0, 6))
    the_store.read = counting
    try:
        view = today_view(TODAY, stamp(0, 6))
        opened_before = len(reads)
        late = view.overdue[0]
        assert late.count == len(late.touches)
    finally:
        the_store.read = real
    assert opened_before == 2  # replies and today's touches; the groups only counted
    assert len(reads) == 3


def test_high_risk_promises_are_the_high_ones_of_the_whole_register(open_book, make_account):
    from services import commitments
    from services.commitments.rows import high_risk_promise_rows, open_promise_rows

    a = make_account(name="Promised GmbH", country="DE")
    for n, (due, approval) in enumerate([(-3, "not_needed"), (2, "pending"), (2, "not_needed"), (20, "rejected"),
                                         (20, "pending"), (1, "approved")]):
        commitments.create_commitment(a.uuid, {"title": f"P{n}", "kind": "delivery", "promised_by": "Li",
                                               "due_date": TODAY + dt.timedelta(days=due), "approval": approval,
                                               "promised_at": TODAY - dt.timedelta(days=10)})
    high = [r.title for r in high_risk_promise_rows(TODAY)]
    assert sorted(high) == sorted(r.title for r in open_promise_rows(TODAY) if r.level == "high")
    assert sorted(high) == ["P0", "P1", "P3"]


def test_an_imported_file_re_plans_only_the_accounts_it_wrote(thousand_accounts, planned_accounts, tmp_path):
    from services.exchange.importer import import_file

    csv = tmp_path / "fair.csv"
    csv.write_text("Company,Country,Contact,Email\nNeu GmbH,DE,Anna Neu,anna@neu.de\n"
                   "Nuevo SA,ES,Luis Nuevo,luis@nuevo.es\n", encoding="utf-8")
    import_file(csv)
    today_view(TODAY, stamp(0, 6))
    names = {a.uuid: a.name for a in Account.select().where(Account.uuid.in_(planned_accounts))}
    assert sorted(names.values()) == ["Neu GmbH", "Nuevo SA"]


def test_bulk_reschedule_keeps_each_touch_on_a_working_day_inside_its_window(thousand_accounts):
    from services.cadence.slots import Slots

    late = [t for g in today_view(TODAY, stamp(0, 6)).overdue for t in g.touches][:40]
    assert late
    moved = bulk.spread(late, 5, today=TODAY)
    slots = Slots()
    for t in moved:
        start, end = slots.info(t.country).window
        assert slots.working(t.country, t.due_local.date())
        assert TODAY < t.due_local.date() <= TODAY + dt.timedelta(days=12)
        assert start <= t.due_local.time() < end
    stored = {t.key: t.due_local for t in cadence.plan(TODAY, 30, include_overdue=True, today=TODAY)}
    assert all(stored[t.key] == t.due_local for t in moved)


def test_today_after_an_act_reads_only_the_accounts_acted_on_and_equals_a_fresh_read(thousand_accounts):
    from services.cadence import store as the_store
    from services.cadence.today import refreshed

    view = today_view(TODAY, stamp(0, 6))
    acted = [view.touches[0], next(t for g in view.overdue for t in g.touches)]
    bulk.done_all(acted[:1])
    bulk.skip_all(acted[1:])
    reads = []
    real = the_store.read

    def counting(*args, **kwargs):
        reads.append(kwargs.get("account_uuid"))
        return real(*args, **kwargs)

    the_store.read = counting
    try:
        after = refreshed(view, {t.account_uuid for t in acted}, stamp(0, 6))
    finally:
        the_store.read = real
    fresh = today_view(TODAY, stamp(0, 6))
    assert sorted(reads) == sorted(t.account_uuid for t in acted)
    assert [t.key for t in after.touches] == [t.key for t in fresh.touches]
    assert [t.key for t in after.replies] == [t.key for t in fresh.replies]
    assert after.counts() == fresh.counts()
    assert acted[0].key not in {t.key for t in after.touches}


def test_reading_one_account_re_plans_that_account_not_the_colleagues_stale_ones(thousand_accounts,
                                                                                 planned_accounts):
    first, *others = Account.select().order_by(Account.id).limit(4)
    for a in (first, *others):  # colleagues' writes mark their accounts stale in the shared book
        log(a.uuid, 1)
    cadence.next_touches(first.uuid, today=TODAY)
    assert planned_accounts == [first.uuid]
    assert store.pending() == len(others)
