"""Promises: each risk reason alone and combined, levels, the trust arithmetic, warnings before promising."""

import datetime as dt

import pytest

from services import commitments as cm
from services.errors import UserError, ValidationError

TODAY = dt.date(2026, 11, 23)  # a Monday


@pytest.fixture
def de(make_account):
    return make_account(name="Müller GmbH", country="DE")


def promise(account, title="Price hold", due=TODAY + dt.timedelta(days=21), **fields):  # a Monday
    values = {"title": title, "kind": "price_hold", "promised_by": "Li Na", "promised_at": TODAY - dt.timedelta(days=5),
              "due_date": due, **fields}
    return cm.create_commitment(account.uuid, values)


def reasons_of(c, today=TODAY):
    found = {r.commitment.uuid: r for r in cm.risks(today)}
    return found[c.uuid].reasons if c.uuid in found else ()


def test_comfortable_promise_is_not_at_risk(de):
    assert reasons_of(promise(de)) == ()


def test_overdue_alone_is_high(de):
    c = promise(de, due=TODAY - dt.timedelta(days=3), promised_at=TODAY - dt.timedelta(days=30))  # a Friday
    (risk,) = cm.risks(TODAY)
    assert risk.reasons == ("overdue",)
    assert risk.level == "high"
    assert "3 day(s) late" in risk.explanation
    assert "new date" in risk.action
    assert c.uuid == risk.commitment.uuid


def test_due_soon_alone_is_medium(de):
    promise(de, due=TODAY + dt.timedelta(days=3))
    (risk,) = cm.risks(TODAY)
    assert risk.reasons == ("due_soon",)
    assert risk.level == "medium"


def test_approval_pending_alone_is_medium(de):
    c = promise(de, approval="pending", approver="Board")
    (risk,) = cm.risks(TODAY)
    assert risk.reasons == ("approval_pending",)
    assert risk.level == "medium"
    assert "Board" in risk.action
    assert c.uuid == risk.commitment.uuid


def test_approval_rejected_alone_is_high(de):
    promise(de, approval="rejected")
    (risk,) = cm.risks(TODAY)
    assert risk.reasons == ("approval_rejected",)
    assert risk.level == "high"
    assert "cannot be kept" in risk.explanation


def test_due_on_customer_holiday_is_low(de):
    promise(de, due=dt.date(2026, 12, 25))
    (risk,) = cm.risks(TODAY)
    assert risk.reasons == ("customer_day_off",)
    assert risk.level == "low"


def test_due_on_saudi_friday_is_a_day_off(make_account):
    sa = make_account(name="شركة النور", country="SA")
    promise(sa, due=dt.date(2026, 12, 11))  # a Friday
    assert cm.risks(TODAY)[0].reasons == ("customer_day_off",)


def test_owner_with_five_promises_in_a_week_is_overloaded(de):
    made = [promise(de, title=f"P{i}", due=dt.date(2026, 12, 14) + dt.timedelta(days=i)) for i in range(5)]
    assert all("owner_overloaded" in reasons_of(c) for c in made)
    other = promise(de, title="far", due=dt.date(2027, 1, 29))
    assert reasons_of(other) == ()


def test_four_promises_in_a_week_are_not_overload(de):
    made = [promise(de, title=f"P{i}", due=dt.date(2026, 12, 14) + dt.timedelta(days=i)) for i in range(4)]
    assert all(reasons_of(c) == () for c in made)


def test_rescheduled_twice_is_flagged(de):
    c = promise(de, due=dt.date(2026, 12, 10))
    cm.reschedule(c.uuid, dt.date(2026, 12, 15), "supplier late")
    assert reasons_of(c) == ()
    cm.reschedule(c.uuid, dt.date(2026, 12, 17), "customs")
    assert reasons_of(c) == ("rescheduled",)
    assert cm.previous_due_dates(cm.get_commitment(c.uuid)) == ["2026-12-10", "2026-12-15"]


def test_due_soon_with_pending_approval_is_high(de):
    promise(de, due=TODAY + dt.timedelta(days=1), approval="pending")
    (risk,) = cm.risks(TODAY)
    assert set(risk.reasons) == {"due_soon", "approval_pending"}
    assert risk.level == "high"


def test_two_low_reasons_make_medium(de):
    c = promise(de, due=dt.date(2026, 12, 24))
    cm.reschedule(c.uuid, dt.date(2026, 12, 20), "x")
    cm.reschedule(c.uuid, dt.date(2026, 12, 26), "y")  # Boxing Day, a German holiday
    (risk,) = cm.risks(TODAY)
    assert set(risk.reasons) == {"customer_day_off", "rescheduled"}
    assert risk.level == "medium"


def test_risks_are_sorted_high_first(de):
    promise(de, title="low", due=dt.date(2026, 12, 25))
    promise(de, title="high", due=TODAY - dt.timedelta(days=1), promised_at=TODAY - dt.timedelta(days=9))
    assert [r.level for r in cm.risks(TODAY)] == ["high", "low"]


def test_closed_promises_are_never_at_risk(de):
    c = promise(de, due=TODAY - dt.timedelta(days=3), promised_at=TODAY - dt.timedelta(days=9))
    cm.mark_kept(c.uuid, TODAY)
    assert cm.risks(TODAY) == []
    with pytest.raises(UserError, match="already kept"):
        cm.mark_broken(c.uuid)


def test_trust_arithmetic_per_account_and_person(de, make_account):
    jp = make_account(name="Sakura", country="JP")
    on_time = promise(de, due=dt.date(2026, 12, 1))
    late = promise(de, due=dt.date(2026, 12, 1))
    broken = promise(de, due=dt.date(2026, 12, 1), promised_by="Zhang Wei")
    promise(de)
    cancelled = promise(jp, promised_by="Zhang Wei")
    cm.mark_kept(on_time.uuid, dt.date(2026, 12, 1))
    cm.mark_kept(late.uuid, dt.date(2026, 12, 3))
    cm.mark_broken(broken.uuid, dt.date(2026, 12, 2))
    cm.cancel(cancelled.uuid)
    t = cm.trust()
    assert t.accounts[de.uuid].as_dict() == {"kept": 1, "late": 1, "broken": 1, "open": 1}
    assert t.accounts[jp.uuid].as_dict() == {"kept": 0, "late": 0, "broken": 0, "open": 0}
    assert t.people["Li Na"].as_dict() == {"kept": 1, "late": 1, "broken": 0, "open": 1}
    assert t.people["Zhang Wei"].as_dict() == {"kept": 0, "late": 0, "broken": 1, "open": 0}


def test_warnings_before_promising(de):
    codes = {w.code for w in cm.promise_warnings(de.uuid, {
        "due_date": dt.date(2026, 12, 25), "approval": "pending", "promised_by": "Li Na", "kind": "rebate"}, TODAY)}
    assert codes == {"approval_pending", "customer_day_off"}
    close = {w.code for w in cm.promise_warnings(de.uuid, {"due_date": TODAY + dt.timedelta(days=4),
                                                           "kind": "delivery"}, TODAY)}
    assert close == {"too_close"}


def test_warning_for_account_with_a_broken_promise(de):
    c = promise(de)
    cm.mark_broken(c.uuid)
    codes = {w.code for w in cm.promise_warnings(de.uuid, {"due_date": TODAY + dt.timedelta(days=30)}, TODAY)}
    assert codes == {"track_record"}


def test_warning_for_overloaded_person(de):
    for i in range(4):
        promise(de, title=f"P{i}", due=dt.date(2026, 12, 14) + dt.timedelta(days=i))
    codes = {w.code for w in cm.promise_warnings(de.uuid, {"due_date": dt.date(2026, 12, 16),
                                                           "promised_by": "li na"}, TODAY)}
    assert codes == {"owner_overloaded"}


def test_reschedule_needs_a_reason_and_a_new_date(de):
    c = promise(de)
    with pytest.raises(ValidationError):
        cm.reschedule(c.uuid, c.due_date + dt.timedelta(days=3), "  ")
    with pytest.raises(ValidationError):
        cm.reschedule(c.uuid, c.due_date, "same")


def test_due_before_promise_is_refused(de):
    with pytest.raises(ValidationError) as err:
        promise(de, due=TODAY - dt.timedelta(days=30))
    assert "due_date" in err.value.errors


def test_approval_decision_is_recorded(de):
    from services import users

    users.add_user({"name": "Board", "role": "manager"})
    c = promise(de, approval="pending")
    cm.record_approval(c.uuid, "approved", "Board", TODAY)
    again = cm.get_commitment(c.uuid)
    assert (again.approval, again.approver, again.decided_at) == ("approved", "Board", TODAY)
    assert cm.risks(TODAY) == []


def test_thresholds_come_from_settings(de):
    from services.settings import set_setting

    promise(de, due=TODAY + dt.timedelta(days=4))  # a Friday
    assert cm.risks(TODAY) == []
    set_setting("commitment_thresholds", {"due_soon_days": 7})
    assert cm.risks(TODAY)[0].reasons == ("due_soon",)


def test_overload_counts_promises_to_other_accounts(de, make_account):
    jp = make_account(name="Sakura", country="JP")
    for i in range(4):
        promise(jp, title=f"JP{i}", due=dt.date(2026, 12, 14) + dt.timedelta(days=i))
    mine = promise(de, title="DE", due=dt.date(2026, 12, 16))
    (risk,) = cm.risks(TODAY, account_uuid=de.uuid)
    assert risk.commitment.uuid == mine.uuid
    assert risk.reasons == ("owner_overloaded",)
