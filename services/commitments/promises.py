"""Promises to customers: check, record, close, reschedule and list them; deleting one puts it in the Trash."""

from __future__ import annotations

import datetime as dt
import json

from models import Account, Commitment, Contact, db, utcnow, write_transaction
from models.commitment import parse_due_history
from models.enums import Approval, CommitmentKind, CommitmentStatus
from services import validation as v
from services.accounts import bury, get_account
from services.accounts.trash import Trashed, keep_commitment
from services.edits import save_edit
from services.errors import NotFoundError, UserError, ValidationError
from services.words import Message


def clean_commitment(fields: dict, account: Account | None, partial: bool = False) -> dict:
    errors = v.FieldErrors()
    out: dict = {}
    if "contact_uuid" in fields or not partial:
        cu = fields.get("contact_uuid")
        out["contact"] = None
        if cu:
            out["contact"] = Contact.get_or_none((Contact.uuid == cu) & (Contact.account == account))
            if out["contact"] is None:
                errors["contact_uuid"] = Message("check.not_contact_of_account")
    checks = {
        "title": lambda x: v.text(x, "title", errors, required=True),
        "kind": lambda x: v.choice(x, CommitmentKind, "kind", errors, CommitmentKind.OTHER),
        "promised_by": lambda x: v.text(x, "promised_by", errors, required=True, limit=200),
        "promised_at": lambda x: v.date(x, "promised_at", errors) or dt.date.today(),
        "due_date": lambda x: v.date(x, "due_date", errors),
        "status": lambda x: v.choice(x, CommitmentStatus, "status", errors, CommitmentStatus.OPEN),
        "completed_at": lambda x: v.date(x, "completed_at", errors),
        "approval": lambda x: v.choice(x, Approval, "approval", errors, Approval.NOT_NEEDED),
        "approver": lambda x: v.text(x, "approver", errors, limit=200),
        "decided_at": lambda x: v.date(x, "decided_at", errors),
        "notes": lambda x: v.text(x, "notes", errors, limit=v.MAX_TEXT),
        "due_history": lambda x: _history(fields, errors),
    }

    def across(out: dict) -> None:
        if "promised_by" in out and "promised_by" not in errors:
            _made_by(out, fields.get("promised_by_uuid"))
        if not partial and out.get("due_date") is None and "due_date" not in errors:
            errors["due_date"] = Message("check.required")
        if out.get("due_date") and out.get("promised_at") and out["due_date"] < out["promised_at"]:
            errors["due_date"] = Message("check.due_before_promised")

    # a bundle gives the history as previous_due_dates: that rebuilds due_history too
    also = {"due_history"} if "previous_due_dates" in fields else set()
    return v.checked(checks, fields, errors, partial=partial, out=out, also=also, across=across)


def _made_by(out: dict, uuid: str | None) -> None:
    """The user who made the promise, from the name (or a bundle's uuid): a name no user has yet becomes a user."""
    from services.users import user_for_name

    out["made_by"] = user_for_name(out["promised_by"], uuid)
    if out["made_by"] is not None:
        out["promised_by"] = out["made_by"].name


def _check_decider(values: dict, named_only: bool = True) -> None:
    """Only a manager approves or rejects: a decision names one. A promise entered with a decision whose decider is
    not known (named_only) is taken as it is; a bundle carries what another book decided and is not checked."""
    from services.users import manager_named

    if values.get("approval") in (Approval.APPROVED.value, Approval.REJECTED.value) and (
            values.get("approver") or not named_only):
        values["approver"] = manager_named(values.get("approver", "")).name


def _history(fields: dict, errors: v.FieldErrors) -> str:
    """due_history from the record, or rebuilt from a bundle's previous_due_dates."""
    history = fields.get("due_history")
    if isinstance(history, str):
        try:
            history = json.loads(history)
        except ValueError:
            history = None
    if not isinstance(history, list):
        history = [{"due_date": d, "reason": "", "changed_at": ""} for d in fields.get("previous_due_dates") or []]
    clean = []
    for entry in history:
        day = v.date(entry.get("due_date") if isinstance(entry, dict) else None, "previous_due_dates", errors)
        if day:
            clean.append({"due_date": day.isoformat(), "reason": str(entry.get("reason", ""))[:500],
                          "changed_at": str(entry.get("changed_at", ""))})
    return json.dumps(clean, ensure_ascii=False)


def get_commitment(commitment_uuid: str) -> Commitment:
    c = Commitment.get_or_none(Commitment.uuid == commitment_uuid)
    if c is None:
        raise NotFoundError("error.no_promise", id=commitment_uuid)
    return c


def create_commitment(account_uuid: str, fields: dict) -> Commitment:
    with write_transaction(whole_book=False):  # the lock first, as services.accounts.people.log_interaction
        account = get_account(account_uuid)
        values = clean_commitment(fields, account)
        _check_decider(values)
        return Commitment.create(account=account, **values)


def update_commitment(commitment_uuid: str, fields: dict, version: int | None = None) -> Commitment:
    """version: the one the form loaded (see services.accounts.update_account)."""
    with db.atomic():
        c = get_commitment(commitment_uuid)
        values = clean_commitment(fields, c.account, partial=True)
        if {"approval", "approver"} & values.keys() and (values.get("approval", c.approval), values.get(
                "approver", c.approver)) != (c.approval, c.approver):
            values = {"approval": c.approval, "approver": c.approver, **values}
            _check_decider(values)
        save_edit(c, values, version)
    return c


def delete_commitment(commitment_uuid: str) -> Trashed:
    """Into the Trash (a promise entered by mistake), with a tombstone so the deletion reaches other copies."""
    with write_transaction():
        c = get_commitment(commitment_uuid)
        now = utcnow()
        kept = keep_commitment(c, now)
        bury("commitment", c.uuid, now)
        c.delete_instance()
    return kept


def _close(commitment_uuid: str, status: CommitmentStatus, on: dt.date | None) -> Commitment:
    with db.atomic():
        c = get_commitment(commitment_uuid)
        if c.status != CommitmentStatus.OPEN:
            raise UserError("error.promise_closed", title=c.title, status=c.status)
        save_edit(c, {"status": status.value, "completed_at": on or dt.date.today()}, None)
    return c


def mark_kept(commitment_uuid: str, on: dt.date | None = None) -> Commitment:
    return _close(commitment_uuid, CommitmentStatus.KEPT, on)


def mark_broken(commitment_uuid: str, on: dt.date | None = None) -> Commitment:
    return _close(commitment_uuid, CommitmentStatus.BROKEN, on)


def cancel(commitment_uuid: str, on: dt.date | None = None) -> Commitment:
    return _close(commitment_uuid, CommitmentStatus.CANCELLED, on)


def reschedule(commitment_uuid: str, new_due: dt.date, reason: str) -> Commitment:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": Message("check.reason_for_move")})
    with db.atomic():
        c = get_commitment(commitment_uuid)
        if new_due == c.due_date:
            raise ValidationError({"due_date": Message("check.same_due_date")})
        history = parse_due_history(c.due_history)
        history.append({"due_date": c.due_date.isoformat(), "reason": reason[:500], "changed_at": utcnow().isoformat()})
        save_edit(c, {"due_history": json.dumps(history, ensure_ascii=False), "due_date": new_due}, None)
    return c


def record_approval(commitment_uuid: str, decision: str, approver: str, on: dt.date | None = None) -> Commitment:
    """The approval decided (approved or rejected: by a manager, named by approver) or asked for again."""
    errors = v.FieldErrors()
    decision = v.choice(decision, Approval, "approval", errors, Approval.PENDING)
    if errors:
        raise ValidationError(dict(errors))
    with db.atomic():
        c = get_commitment(commitment_uuid)
        values = {"approval": decision, "approver": (approver or "").strip()[:200]}
        _check_decider(values, named_only=False)
        save_edit(c, {**values, "decided_at": on or dt.date.today()}, None)
    return c


def previous_due_dates(c: Commitment) -> list[str]:
    return [h["due_date"] for h in parse_due_history(c.due_history)]


def open_commitments(account_uuid: str | None = None, made_by: int | None = None) -> list[Commitment]:
    """The open promises (of one account; made by one user id), soonest due first."""
    query = (Commitment.select(Commitment, Account).join(Account)
             .where(Commitment.status == CommitmentStatus.OPEN.value))
    if account_uuid:
        query = query.where(Account.uuid == account_uuid)
    if made_by is not None:
        query = query.where(Commitment.made_by == made_by)
    return list(query.order_by(Commitment.due_date))


def commitments_of(account_uuid: str) -> list[Commitment]:
    return list(Commitment.select().join(Account).where(Account.uuid == account_uuid)
                .order_by(Commitment.status != CommitmentStatus.OPEN.value, Commitment.due_date))


def people() -> list[str]:
    """The names of the active users, who can make a promise."""
    from services.users import list_users

    return [u.name for u in list_users()]
