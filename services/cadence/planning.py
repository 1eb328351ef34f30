"""The cadence plan: the touches due in a span of days, the agenda's three lists, and acting on a touch."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from models import TouchState
from models.base import save_by_key
from models.enums import Stage
from services.cadence import rules as cr
from services.cadence.loading import load
from services.cadence.replies import replies_owed
from services.cadence.slots import Slots
from services.cadence.touches import Touch, follow_up, greetings, lifecycle
from services.errors import ValidationError
from services.words import Message


def _states() -> dict[str, TouchState]:
    return {s.touch_key: s for s in TouchState.select()}



def plan(start: dt.date, days: int, account_uuid: str | None = None, include_overdue: bool = False,
         today: dt.date | None = None) -> list[Touch]:
    """Touches due in [start, start+days) in the customer's local date; with include_overdue, earlier ones too.

    today is the planning day (default start): follow-ups whose ideal day has passed stay on that day (overdue).
    """
    if days < 1:
        raise ValidationError({"days": Message("check.at_least_one")})
    today = today or start
    end = start + dt.timedelta(days=days)
    slots = Slots()
    rules = plan_rules()
    states = _states()
    out: list[Touch] = []
    for a in load(account_uuid):
        if a.stage == Stage.LOST:
            continue
        candidates = []
        follow = follow_up(a, slots, rules, today)
        if follow:
            candidates.append(follow)
        candidates += lifecycle(a, slots, rules, today)
        greet_from = today if include_overdue else start
        candidates += greetings(a, slots, max(greet_from, start) if not include_overdue else greet_from, end)
        for candidate in candidates:
            t = _apply_state(candidate, states.get(candidate.state_key))
            if t is None:
                continue
            day = t.due_local.date()
            if day < end and (day >= start or (include_overdue and t.kind != "greeting")):
                out.append(t)
    out.sort(key=lambda t: (t.timestamp, t.account))
    return out


def plan_rules() -> dict[str, dict[str, int]]:
    """The rhythms by region, and under "" (the region of an account without a country) the default one."""
    return {**cr.rules(), "": dict(cr.UNKNOWN_COUNTRY_RULES)}


def _apply_state(t: Touch, state: TouchState | None) -> Touch | None:
    if state is None:
        return t
    if state.state in ("done", "dismissed"):
        return None
    if state.state == "moved" and state.moved_to is not None:
        moved = state.moved_to.astimezone(t.due_local.tzinfo)
        return replace(t, due_local=moved, moved=True, timestamp=moved.timestamp())
    return t


def next_touches(account_uuid: str, today: dt.date | None = None, count: int = 6) -> list[Touch]:
    today = today or dt.date.today()
    return plan(today, 400, account_uuid=account_uuid, include_overdue=True, today=today)[:count]


def agenda(today: dt.date | None = None, now: dt.datetime | None = None) -> dict[str, list[Touch]]:
    """The Agenda view's lists: overdue, today, the rest of this week (by the customer's date), and replies owed."""
    today = today or dt.date.today()
    now = now or dt.datetime.now(dt.UTC)
    groups: dict[str, list[Touch]] = defaultdict(list)
    for t in plan(today, 7, include_overdue=True, today=today):
        day = t.due_local.date()
        if day < today or (day == today and t.due_utc < now - dt.timedelta(hours=12)):
            groups["overdue"].append(t)
        elif day == today:
            groups["today"].append(t)
        else:
            groups["week"].append(t)
    groups["replies"] = replies_owed(now)
    return {k: groups.get(k, []) for k in ("replies", "overdue", "today", "week")}



def _set_state(t: Touch, state: str, moved_to: dt.datetime | None = None) -> None:
    for key in t.all_state_keys:  # a merged touch: every part of it
        save_by_key(TouchState, TouchState.touch_key, key, account_uuid=t.account_uuid, state=state,
                    moved_to=moved_to)


def mark_done(t: Touch) -> None:
    _set_state(t, "done")


def dismiss(t: Touch) -> None:
    _set_state(t, "dismissed")


def reschedule(t: Touch, day: dt.date) -> Touch:
    """Move a touch to a day; it keeps to the customer's working window and refuses their day off."""
    slots = Slots()
    if not slots.working(t.country, day):
        raise ValidationError({"date": Message("check.day_off", day=day.isoformat())})
    moved, stamp = slots.at(t.country, t.zone, day, t.key)
    _set_state(t, "moved", moved.astimezone(dt.UTC))
    return replace(t, due_local=moved, moved=True, timestamp=stamp)


def snooze(t: Touch, days: int = 1, today: dt.date | None = None) -> Touch:
    """Later by days, on the customer's next working day."""
    today = today or dt.date.today()
    day = max(t.due_local.date(), today) + dt.timedelta(days=days)
    return reschedule(t, Slots().forward(t.country, day))
