"""Which open promises are at risk, how badly and why, with the action to take; thresholds from Settings."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from models import Account, Commitment
from models.commitment import parse_due_history
from models.enums import Approval, CommitmentStatus
from services.commitments.promises import open_commitments
from services.settings import get_setting
from services.words import language, phrase, render

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


def _overloaded_people(items: list[Commitment], t: dict) -> set[str]:
    """Commitment uuids whose user has more than N open promises due within one window containing it (counted per
    user, so two people of one name are two people and one person's spellings are one)."""
    by_person: dict[int, list[Commitment]] = defaultdict(list)
    for c in items:
        if c.promised_by_id is not None:
            by_person[c.promised_by_id].append(c)
    flagged: set[str] = set()
    for promises in by_person.values():
        dates = [c.due_date for c in promises]
        flagged.update(c.uuid for c in promises if crowded(c.due_date, dates, t))
    return flagged


def overloaded_among(items: list[Commitment], t: dict) -> set[str]:
    """The uuids of these open promises whose person is overloaded around their day, counted over that person's open
    promises to every account: one query for the people's promises near the items' days (crowded() looks no further
    than a window either side), so a few promises never walk a whole register."""
    people = {c.promised_by_id for c in items if c.promised_by_id is not None}
    if not people:
        return set()
    span = dt.timedelta(days=t["overload_window_days"])
    first, last = min(c.due_date for c in items) - span, max(c.due_date for c in items) + span
    pool = {c.uuid: c for c in items}
    pool.update((n.uuid, n) for n in Commitment.select(Commitment.uuid, Commitment.made_by, Commitment.due_date)
                .where((Commitment.status == CommitmentStatus.OPEN.value) & Commitment.made_by.in_(people)
                       & Commitment.due_date.between(first, last)))
    return _overloaded_people(list(pool.values()), t) & {c.uuid for c in items}


def crowded(day: dt.date, dates: list[dt.date], t: dict, adding: int = 0) -> bool:
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
        items = open_commitments()
        overloaded = _overloaded_people(items, t)
    else:  # one account (its pane, its brief): overload still counts its people's promises to every account
        items = open_commitments(account_uuid)
        overloaded = overloaded_among(items, t)
    out = []
    for c in items:
        reasons = risk_reasons(c, today, overloaded, t)
        level = risk_level(reasons)
        if level:
            text, action = explain(c, reasons, today, t)
            out.append(Risk(c, level, tuple(reasons), text, action))
    out.sort(key=lambda r: (LEVEL_ORDER[r.level], r.commitment.due_date))
    return out


def assess(today: dt.date | None = None, made_by: int | None = None) -> list[tuple[Commitment, Risk | None]]:
    """All open promises (of user id made_by, if given) with their risk (None when not at risk), for the
    Commitments view."""
    today = today or dt.date.today()
    by_uuid = {r.commitment.uuid: r for r in risks(today)}
    rows = [(c, by_uuid.get(c.uuid)) for c in open_commitments(made_by=made_by)]
    rows.sort(key=lambda pair: (LEVEL_ORDER[pair[1].level] if pair[1] else 3, pair[0].due_date))
    return rows


def high_risks(today: dt.date | None = None, made_by: int | None = None) -> list[Risk]:
    """The open promises at high risk, read without walking every open promise: only those overdue, refused, or
    due soon while waiting for approval can be high (risk_level), and overload is counted over their people only."""
    today = today or dt.date.today()
    t = thresholds()
    soon = today + dt.timedelta(days=t["due_soon_days"])
    query = (Commitment.select(Commitment, Account).join(Account)
             .where((Commitment.status == CommitmentStatus.OPEN.value)
                    & ((Commitment.due_date < today) | (Commitment.approval == Approval.REJECTED.value)
                       | ((Commitment.due_date <= soon) & (Commitment.approval == Approval.PENDING.value)))))
    if made_by is not None:
        query = query.where(Commitment.made_by == made_by)
    candidates = list(query)
    overloaded = overloaded_among(candidates, t)  # over each candidate's person, near its day
    out = []
    for c in candidates:
        reasons = risk_reasons(c, today, overloaded, t)
        if risk_level(reasons) == "high":
            text, action = explain(c, reasons, today, t)
            out.append(Risk(c, "high", tuple(reasons), text, action))
    out.sort(key=lambda r: r.commitment.due_date)
    return out
