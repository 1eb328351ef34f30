"""Think before you promise: reasons to hesitate before saving a new promise (the user may still save it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import Commitment
from models.enums import Approval, CommitmentKind, CommitmentStatus
from services import validation as v
from services.accounts import get_account
from services.commitments.risks import crowded, thresholds
from services.commitments.trust import account_trust
from services.users import find_user
from services.words import Message


@dataclass(frozen=True)
class PromiseWarning:
    code: str
    message: Message  # str() shows it in the process language


def promise_warnings(account_uuid: str, fields: dict, today: dt.date | None = None) -> list[PromiseWarning]:
    """Reasons to think twice before saving this promise; the user may still save it."""
    from services.countries import is_working_day

    today = today or dt.date.today()
    t = thresholds()
    account = get_account(account_uuid)
    errors = v.FieldErrors()
    due = v.date(fields.get("due_date"), "due_date", errors)
    warnings: list[PromiseWarning] = []
    if fields.get("approval") == Approval.PENDING:
        warnings.append(PromiseWarning("approval_pending", Message("warn.approval_pending")))
    if fields.get("approval") == Approval.REJECTED:
        warnings.append(PromiseWarning("approval_rejected", Message("warn.approval_rejected")))
    if due and not is_working_day(account.country, due):
        warnings.append(PromiseWarning("customer_day_off", Message("warn.customer_day_off", due=due.isoformat())))
    if due:
        close = t["too_close_delivery_days"] if fields.get("kind") == CommitmentKind.DELIVERY else t["too_close_days"]
        if (due - today).days < close:
            warnings.append(PromiseWarning("too_close", Message("warn.too_close", days=(due - today).days)))
        who = (fields.get("promised_by") or "").strip()
        user = find_user(who)
        if user is not None:  # a name no user has yet has no promises either
            theirs = [d for (d,) in Commitment.select(Commitment.due_date).where(
                (Commitment.status == CommitmentStatus.OPEN.value) & (Commitment.made_by == user.id)).tuples()]
            if crowded(due, theirs, t, adding=1):
                warnings.append(PromiseWarning("owner_overloaded", Message(
                    "warn.owner_overloaded", who=who, open=len(theirs), n=t["overload_count"])))
    record = account_trust(account_uuid)
    if record.broken or record.late:
        warnings.append(PromiseWarning("track_record", Message("warn.track_record", broken=record.broken,
                                                                        late=record.late)))
    return warnings
