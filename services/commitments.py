"""Promises to customers: recording them, their risk as of a day, warnings before promising, the trust record."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field

from models import Account, Commitment, Contact, db, utcnow, write_transaction
from models.commitment import parse_due_history
from models.enums import Approval, CommitmentKind, CommitmentStatus
from services import validation as v
from services.accounts import bury, get_account
from services.accounts.trash import Trashed, keep_commitment
from services.errors import NotFoundError, UserError, ValidationError
from services.settings import get_setting
from services.words import Message, language, phrase, render

DEFAULT_THRESHOLDS = {
    "due_soon_days": 3,          # due within this many days -> due_soon
    "overload_count": 4,         # more than this many open promises ...
    "overload_window_days": 7,   # ... due within one window of this many days -> owner_overloaded
    "reschedule_count": 2,       # moved this many times or more -> rescheduled
    "too_close_days": 2,         # a new promise due sooner than this is unrealistically close
    "too_close_delivery_days": 14,
}
REASONS = ("overdue", "due_soon", "approval_pending", "approval_rejected", "customer_day_off",
           "owner_overloaded", "rescheduled")
LEVEL_ORDER = {"high": 0, "medium": 1, "low": 2}


def thresholds() -> dict:
    saved = get_setting("commitment_thresholds", {}) or {}
    return {**DEFAULT_THRESHOLDS, **{k: int(x) for k, x in saved.items() if k in DEFAULT_THRESHOLDS}}


@dataclass(frozen=True)
class Risk:
    commitment: Commitment
    level: str
    reasons: tuple[str, ...]
    why: tuple = field(compare=False)     # phrases
    what_to_do: tuple = field(compare=False)

    @property
    def explanation(self) -> str:
        return self.explanation_in(language())

    @property
    def action(self) -> str:
        return self.action_in(language())

    def explanation_in(self, lang: str) -> str:
        return render(self.why, lang, sep="" if lang.startswith("zh") else " ")

    def action_in(self, lang: str) -> str:
        return render(self.what_to_do, lang, sep="" if lang.startswith("zh") else " ")


@dataclass
class TrustRecord:
    kept: int = 0
    late: int = 0
    broken: int = 0
    open: int = 0

    @property
    def closed(self) -> int:
        return self.kept + self.late + self.broken

    def as_dict(self) -> dict:
        return {"kept": self.kept, "late": self.late, "broken": self.broken, "open": self.open}


@dataclass(frozen=True)
class PromiseWarning:
    code: str
    message: Message  # str() shows it in the process language


@dataclass
class Trust:
    accounts: dict[str, TrustRecord] = field(default_factory=dict)
    people: dict[str, TrustRecord] = field(default_factory=dict)


# ---------------------------------------------------------------- recording


def clean_commitment(fields: dict, account: Account, partial: bool = False) -> dict:
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
    for name, check in checks.items():
        if name in fields or not partial or (name == "due_history" and "previous_due_dates" in fields):
            out[name] = check(fields.get(name))
    if not partial and out.get("due_date") is None and "due_date" not in errors:
        errors["due_date"] = Message("check.required")
    if out.get("due_date") and out.get("promised_at") and out["due_date"] < out["promised_at"]:
        errors["due_date"] = Message("check.due_before_promised")
    if errors:
        raise ValidationError(dict(errors))
    return out


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
    with db.atomic():
        account = get_account(account_uuid)
        values = clean_commitment(fields, account)
        return Commitment.create(account=account, **values)


def update_commitment(commitment_uuid: str, fields: dict) -> Commitment:
    with db.atomic():
        c = get_commitment(commitment_uuid)
        c.save_changes(clean_commitment(fields, c.account, partial=True))
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
        c.status = status.value
        c.completed_at = on or dt.date.today()
        c.touch()
        c.save()
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
        c.due_history = json.dumps(history, ensure_ascii=False)
        c.due_date = new_due
        c.touch()
        c.save()
    return c


def record_approval(commitment_uuid: str, decision: str, approver: str, on: dt.date | None = None) -> Commitment:
    errors = v.FieldErrors()
    decision = v.choice(decision, Approval, "approval", errors, Approval.PENDING)
    if errors:
        raise ValidationError(dict(errors))
    with db.atomic():
        c = get_commitment(commitment_uuid)
        c.approval = decision
        c.approver = (approver or "").strip()[:200]
        c.decided_at = on or dt.date.today()
        c.touch()
        c.save()
    return c


def previous_due_dates(c: Commitment) -> list[str]:
    return [h["due_date"] for h in parse_due_history(c.due_history)]


# ---------------------------------------------------------------- risk


def open_commitments(account_uuid: str | None = None) -> list[Commitment]:
    query = (Commitment.select(Commitment, Account).join(Account)
             .where(Commitment.status == CommitmentStatus.OPEN.value))
    if account_uuid:
        query = query.where(Account.uuid == account_uuid)
    return list(query.order_by(Commitment.due_date))


def _overloaded_people(items: list[Commitment], t: dict) -> set[str]:
    """Commitment uuids whose person has more than N open promises due within one window containing it."""
    by_person: dict[str, list[Commitment]] = defaultdict(list)
    for c in items:
        if c.promised_by:
            by_person[c.promised_by.strip().casefold()].append(c)
    flagged: set[str] = set()
    for promises in by_person.values():
        dates = [c.due_date for c in promises]
        flagged.update(c.uuid for c in promises if _crowded(c.due_date, dates, t))
    return flagged


def _crowded(day: dt.date, dates: list[dt.date], t: dict, adding: int = 0) -> bool:
    """Some window of overload_window_days around day holds more than overload_count of dates (plus `adding`
    promises not among them yet): the one overload rule of the risk list and the warning before promising."""
    span = t["overload_window_days"] - 1
    for start in (day - dt.timedelta(days=k) for k in range(span + 1)):
        end = start + dt.timedelta(days=span)
        if sum(1 for d in dates if start <= d <= end) + adding > t["overload_count"]:
            return True
    return False


def risk_reasons(c: Commitment, today: dt.date, overloaded: set[str], t: dict) -> list[str]:
    from services.countries import is_working_day

    reasons = []
    days_left = (c.due_date - today).days
    if days_left < 0:
        reasons.append("overdue")
    elif days_left <= t["due_soon_days"]:
        reasons.append("due_soon")
    if c.approval == Approval.PENDING:
        reasons.append("approval_pending")
    if c.approval == Approval.REJECTED:
        reasons.append("approval_rejected")
    if not is_working_day(c.account.country, c.due_date):
        reasons.append("customer_day_off")
    if c.uuid in overloaded:
        reasons.append("owner_overloaded")
    if len(parse_due_history(c.due_history)) >= t["reschedule_count"]:
        reasons.append("rescheduled")
    return reasons


def risk_level(reasons: list[str]) -> str | None:
    if not reasons:
        return None
    r = set(reasons)
    if r & {"overdue", "approval_rejected"} or {"due_soon", "approval_pending"} <= r:
        return "high"
    if r & {"due_soon", "approval_pending", "owner_overloaded"} or len(r) >= 2:
        return "medium"
    return "low"


ACTIONS = [("approval_rejected", "act_rejected"), ("overdue", "act_overdue"), ("approval_pending", "act_pending"),
           ("due_soon", "act_due_soon"), ("owner_overloaded", "act_overloaded"), ("rescheduled", "act_rescheduled"),
           ("customer_day_off", "act_day_off")]


def explain(c: Commitment, reasons: list[str], today: dt.date, t: dict) -> tuple[tuple, tuple]:
    """The explanation and the suggested action, as phrases (see services.words) to render in any language."""
    values = {"due": c.due_date.isoformat(), "late": (today - c.due_date).days, "left": (c.due_date - today).days,
              "by": phrase("why.approved_by", who=c.approver) if c.approver else "",
              "who": c.promised_by or phrase("term.The owner"),
              "n": t["overload_count"], "w": t["overload_window_days"], "moves": len(parse_due_history(c.due_history)),
              "approver": c.approver or phrase("term.the approver")}
    text = tuple(phrase(r, **values) for r in reasons)
    action = next(((phrase(code_, **values),) for code, code_ in ACTIONS if code in reasons), ())
    return text, action


def risks(today: dt.date | None = None, account_uuid: str | None = None) -> list[Risk]:
    """Every open promise at risk as of today, highest level first, then by due date."""
    today = today or dt.date.today()
    t = thresholds()
    if account_uuid is None:
        items = pool = open_commitments()
    else:
        # One account (its pane, its brief): overload still counts its people's promises to every account.
        items = open_commitments(account_uuid)
        people = {c.promised_by for c in items if c.promised_by}
        pool = [c for c in Commitment.select().where((Commitment.status == CommitmentStatus.OPEN.value)
                                                     & Commitment.promised_by.in_(people))] if people else []
    overloaded = _overloaded_people(pool, t)
    out = []
    for c in items:
        reasons = risk_reasons(c, today, overloaded, t)
        level = risk_level(reasons)
        if level:
            text, action = explain(c, reasons, today, t)
            out.append(Risk(c, level, tuple(reasons), text, action))
    out.sort(key=lambda r: (LEVEL_ORDER[r.level], r.commitment.due_date))
    return out


def assess(today: dt.date | None = None) -> list[tuple[Commitment, Risk | None]]:
    """All open promises with their risk (None when not at risk), for the Commitments view."""
    today = today or dt.date.today()
    by_uuid = {r.commitment.uuid: r for r in risks(today)}
    rows = [(c, by_uuid.get(c.uuid)) for c in open_commitments()]
    rows.sort(key=lambda pair: (LEVEL_ORDER[pair[1].level] if pair[1] else 3, pair[0].due_date))
    return rows


# ---------------------------------------------------------------- trust


def _count(record: TrustRecord, c: Commitment) -> None:
    if c.status == CommitmentStatus.OPEN:
        record.open += 1
    elif c.status == CommitmentStatus.BROKEN:
        record.broken += 1
    elif c.status == CommitmentStatus.KEPT:
        if c.completed_at and c.completed_at > c.due_date:
            record.late += 1
        else:
            record.kept += 1


def trust() -> Trust:
    """Kept on time, late, broken and open, per account uuid and per person who promised."""
    result = Trust()
    for c in Commitment.select(Commitment, Account).join(Account):
        _count(result.accounts.setdefault(c.account.uuid, TrustRecord()), c)
        if c.promised_by:
            _count(result.people.setdefault(c.promised_by.strip(), TrustRecord()), c)
    return result


def account_trust(account_uuid: str) -> TrustRecord:
    record = TrustRecord()
    for c in Commitment.select().join(Account).where(Account.uuid == account_uuid):
        _count(record, c)
    return record


def commitments_of(account_uuid: str) -> list[Commitment]:
    return list(Commitment.select().join(Account).where(Account.uuid == account_uuid)
                .order_by(Commitment.status != CommitmentStatus.OPEN.value, Commitment.due_date))


def people() -> list[str]:
    return sorted({c.promised_by.strip() for c in Commitment.select(Commitment.promised_by) if c.promised_by.strip()})


# ---------------------------------------------------------------- think before you promise


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
        if who:
            theirs = [c.due_date for c in open_commitments() if c.promised_by.strip().casefold() == who.casefold()]
            if _crowded(due, theirs, t, adding=1):
                warnings.append(PromiseWarning("owner_overloaded", Message(
                    "warn.owner_overloaded", who=who, open=len(theirs), n=t["overload_count"])))
    record = account_trust(account_uuid)
    if record.broken or record.late:
        warnings.append(PromiseWarning("track_record", Message("warn.track_record", broken=record.broken,
                                                                        late=record.late)))
    return warnings
