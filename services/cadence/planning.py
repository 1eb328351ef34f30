"""The cadence plan: the touches due in a span of days, the agenda's lists, and acting on a touch.

Reads come from the stored plan (services/cadence/store.py), brought up to date per account first; a span past
the stored horizon, or a planning day other than the stored plan's, is planned on the fly for what was asked.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from models import Account, Interaction, TouchState, utcnow, write_transaction
from models.base import save_by_key
from services.cadence import rules as cr
from services.cadence import store
from services.cadence.closing import clear_of_closures
from services.cadence.slots import Slots
from services.cadence.touches import Touch
from services.errors import UserError, ValidationError
from services.words import Message


def plan(start: dt.date, days: int, account_uuid: str | None = None, include_overdue: bool = False,
         today: dt.date | None = None, owner: int | None = None) -> list[Touch]:
    """Touches due in [start, start+days) in the customer's local date; with include_overdue, earlier ones too.

    today is the planning day (default start): touches whose day has passed stay on that day (overdue), and later
    touches of the same stream are projected as if it were done today. owner: only the accounts this user id owns.
    """
    if days < 1:
        raise ValidationError({"days": Message("check.at_least_one")})
    today = today or start
    end = start + dt.timedelta(days=days)
    if end <= today + dt.timedelta(days=store.HORIZON_DAYS) and store.readable(today, account_uuid):
        store.ensure(today, account_uuid)
        return store.read(start, end, account_uuid, include_overdue, owner=owner)
    return _on_the_fly(start, end, account_uuid, include_overdue, today, owner)


def _on_the_fly(start: dt.date, end: dt.date, account_uuid: str | None, include_overdue: bool,
                today: dt.date, owner: int | None = None) -> list[Touch]:
    out = []
    ids = None if owner is None else [pk for (pk,) in Account.select(Account.id).where(Account.owner == owner)
                                      .tuples()]
    for touches in store.compute(ids, today, end, account_uuid=account_uuid).values():
        for t in touches:
            day = t.due_local.date()
            if day >= start or (include_overdue and t.kind not in store.GREETING_KINDS):
                out.append(t)
    out.sort(key=lambda t: (t.timestamp, t.account))
    return out


def plan_rules() -> dict[str, dict[str, int]]:
    """The rhythms by region, and under "" (the region of an account without a country) the default one."""
    return {**cr.rules(), "": dict(cr.UNKNOWN_COUNTRY_RULES)}


def next_touches(account_uuid: str, today: dt.date | None = None, count: int = 6) -> list[Touch]:
    today = today or dt.date.today()
    return plan(today, store.HORIZON_DAYS, account_uuid=account_uuid, include_overdue=True, today=today)[:count]


def agenda(today: dt.date | None = None, now: dt.datetime | None = None) -> dict[str, list[Touch]]:
    """The agenda's lists: replies owed, overdue, today, the rest of this week (by the customer's date)."""
    today = today or dt.date.today()
    now = now or dt.datetime.now(dt.UTC)
    groups: dict[str, list[Touch]] = defaultdict(list)
    for t in plan(today, 7, include_overdue=True, today=today):
        day = t.due_local.date()
        if t.kind == "reply":
            groups["replies"].append(t)
        elif day < today or (day == today and t.due_utc < now - dt.timedelta(hours=12)):
            groups["overdue"].append(t)
        elif day == today:
            groups["today"].append(t)
        else:
            groups["week"].append(t)
    return {k: groups.get(k, []) for k in ("replies", "overdue", "today", "week")}


def _set_state(t: Touch, state: str, at: dt.datetime | None) -> None:
    with write_transaction():
        for key in t.all_state_keys:  # a merged touch: every part of it
            save_by_key(TouchState, TouchState.touch_key, key, account_uuid=t.account_uuid, state=state, moved_to=at)


def _claim_done(t: Touch, at: dt.datetime) -> bool:
    """Mark every part of the touch done; True when this call made one of them done (it was not done before).

    Conflict-safe on any database: the insert of a key already there does nothing, and the update of a moved or
    skipped state to done changes a row only while it is not done yet, so of two people pressing Done at once
    exactly one wins (the loser's statements wait for the winner's lock, then find the row done)."""
    won = False
    for key in t.all_state_keys:
        inserted = (TouchState.insert(touch_key=key, account_uuid=t.account_uuid, state="done", moved_to=at)
                    .on_conflict_ignore().as_rowcount().execute())
        changed = inserted or (TouchState.update(state="done", moved_to=at, updated_at=utcnow())
                               .where((TouchState.touch_key == key) & (TouchState.state != "done")).execute())
        won = won or bool(changed)
    return won


def mark_done(t: Touch, at: dt.datetime | None = None) -> bool:
    """Done now: its stream goes on from today (early or late), the other streams keep their days.

    False when it was done already (a colleague pressed Done first): nothing changes then."""
    with write_transaction(whole_book=False):  # the touch's unique key settles two Dones at once
        return _claim_done(t, at or utcnow())


def log_done(t: Touch, fields: dict, at: dt.datetime | None = None) -> Interaction:
    """Done, with the interaction that did it logged: both or neither. A touch already done (a colleague pressed
    Done first) refuses, so the talk is recorded once."""
    from services.accounts import log_interaction  # services.accounts reaches the plan through the Trash

    with write_transaction(whole_book=False):
        if not _claim_done(t, at or utcnow()):
            raise UserError("error.touch_done_already", name=t.account)
        return log_interaction(t.account_uuid, fields)


def dismiss(t: Touch, at: dt.datetime | None = None) -> None:
    """Skipped: its stream goes on from its day (or today, when it was late)."""
    _set_state(t, "dismissed", at or utcnow())


def reschedule(t: Touch, day: dt.date) -> Touch:
    """Move a touch to a day; it keeps to the customer's working window and refuses their day off."""
    slots = Slots()
    if not slots.working(t.country, day):
        raise ValidationError({"date": Message("check.day_off", day=day.isoformat())})
    closure = slots.closure(t.country, day, _muslim_owned(t.account_uuid))
    if closure is not None and closure.kind == "closed":  # not a holiday, but their office is shut all the same
        raise ValidationError({"date": Message("check.office_closed", day=day.isoformat(), name=closure.name,
                                               until=closure.end)})
    moved, stamp = slots.at(t.country, t.zone, day, t.key)
    _set_state(t, "moved", moved.astimezone(dt.UTC))
    return replace(t, due_local=moved, moved=True, timestamp=stamp)


def snooze(t: Touch, days: int = 1, today: dt.date | None = None) -> Touch:
    """Later by days, on the customer's next working day."""
    today = today or dt.date.today()
    day = max(t.due_local.date(), today) + dt.timedelta(days=days)
    slots = Slots()
    cleared = clear_of_closures(slots, t.country, _muslim_owned(t.account_uuid), slots.forward(t.country, day), False)
    return reschedule(t, cleared.day)


def _muslim_owned(account_uuid: str) -> bool:
    return bool(Account.select(Account.muslim_owned).where(Account.uuid == account_uuid).scalar())
