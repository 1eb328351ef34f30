"""The parts of the score, each 0-100 with its detail in words and the reasons it gives when it pulls the score down."""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from typing import NamedTuple

from models.enums import Role
from services.cadence.replies import REPLY_CHANNELS, Expectations, expected_hours
from services.cadence.slots import Slots
from services.cadence.touches import _interval
from services.health.model import LevelTouch, Part, Reason
from services.health.reading import Facts, Touch
from services.words import Message

LEVELS = tuple(r.value for r in Role if r != Role.OTHER)
WEAK = 70  # a part below this gives its reason: a score below "good" always has a part below it
THREADED_DAYS, DM_DAYS, RHYTHM_DAYS = 90, 120, 180
GRACE_DAYS = 3  # a touch done this many days after its day still kept the rhythm
RESPONSE_POINTS = {"warm": 100, "neutral": 75, "cold": 25, "none": 10}
LAST_TOUCHES = 6  # the touches whose response is weighed
SLOW_STEP = 40  # points lost per expected time our median answer takes beyond it
HALF_LIFE_DAYS = 180  # a promise closed this long ago weighs half as much as one closed today


class Scored(NamedTuple):
    part: Part
    reasons: tuple[Reason, ...]  # given only when the part is weak


def _months(days: int) -> int:
    return max(1, round(days / 30.4))


def levels(f: Facts) -> tuple[LevelTouch, ...]:
    people: dict[str, int] = {}
    last: dict[str, dt.date] = {}
    for c in f.contacts:
        people[c.role] = people.get(c.role, 0) + 1
        if c.last_touch and (c.role not in last or c.last_touch > last[c.role]):
            last[c.role] = c.last_touch
    return tuple(LevelTouch(role, people.get(role, 0), last.get(role)) for role in LEVELS)


def coverage(f: Facts, today: dt.date, levels_: tuple[LevelTouch, ...]) -> Scored:
    """Roles known and touched lately: one person only, or a silent decision maker, costs most."""
    known = sum(1 for level in levels_ if level.people)
    since = dt.datetime.combine(today - dt.timedelta(days=THREADED_DAYS), dt.time(), dt.UTC)
    touched = len({t.contact_id for t in f.touches if t.at >= since and t.contact_id is not None})
    dm = next(level for level in levels_ if level.role == Role.DECISION_MAKER.value)
    reasons = []
    score = 100 - 10 * max(0, 3 - known)
    if not dm.people:
        score -= 45
        reasons.append(Reason("decision_maker_not_reached", Message("health.reason.decision_maker_unknown")))
    elif dm.last_touch is None:
        score -= 45
        reasons.append(Reason("decision_maker_not_reached", Message("health.reason.decision_maker_never")))
    elif (today - dm.last_touch).days >= DM_DAYS:
        score -= 45
        reasons.append(Reason("decision_maker_not_reached", Message(
            "health.reason.decision_maker_not_reached", n=_months((today - dm.last_touch).days))))
    if touched <= 1:
        score -= 40
        reasons.insert(0, Reason("single_threaded", Message(
            "health.reason.single_threaded" if touched else "health.reason.nobody_touched", n=THREADED_DAYS)))
    score = max(0, score)
    detail = Message("health.detail.coverage", known=known, of=len(LEVELS), n=touched, days=THREADED_DAYS)
    if score < WEAK and not reasons:  # roles unknown alone: the one way to be weak without a named gap
        reasons.append(Reason("single_threaded", Message("health.reason.few_levels", known=known, of=len(LEVELS))))
    return Scored(Part("coverage", score, detail), tuple(reasons) if score < WEAK else ())


def rhythm(f: Facts, today: dt.date, slots: Slots, rules: dict) -> Scored:
    """Outbound touches of the last 180 days against the planner's interval: each gap kept within a few days."""
    a = f.account
    if a.stage == "lost":
        return Scored(Part("rhythm", 100, Message("health.detail.rhythm_none"), known=False), ())
    interval, _ = _interval(a, slots.info(a.country).region, rules)
    start = today - dt.timedelta(days=RHYTHM_DAYS)
    days = sorted({t.at.date() for t in f.touches if t.direction == "outbound" and t.at.date() >= start})
    first = max(start, a.created_at.date())
    gaps = [(later - earlier).days for earlier, later in itertools.pairwise(days)]
    if days and (days[0] - first).days > interval + GRACE_DAYS:
        gaps.insert(0, (days[0] - first).days)
    open_gap = (today - (days[-1] if days else first)).days
    if open_gap > interval + GRACE_DAYS:  # the touch now due counts only once it is missed
        gaps.append(open_gap)
    if not gaps:
        return Scored(Part("rhythm", 100, Message("health.detail.rhythm_none"), known=False), ())
    missed = sum(1 for g in gaps if g > interval + GRACE_DAYS)
    score = round(100 * (len(gaps) - missed) / len(gaps))
    detail = Message("health.detail.rhythm", kept=len(gaps) - missed, n=len(gaps), days=interval)
    reason = Reason("rhythm_missed", Message("health.reason.rhythm_missed", missed=missed, n=len(gaps),
                                             days=interval))
    return Scored(Part("rhythm", score, detail), (reason,) if score < WEAK else ())


def working_hours(slots: Slots, country: str, zone: str, start: dt.datetime, end: dt.datetime,
                  enough: float = float("inf")) -> float:
    """The customer's office hours (breaks left out) on their working days between start and end (aware), counted
    up to enough (past it the score no longer changes)."""
    tz = slots.tz(zone)
    total = 0.0
    day, last = start.astimezone(tz).date(), end.astimezone(tz).date()
    while day <= last and total < enough:
        for open_at, close_at in slots.periods(country, day) if slots.working(country, day) else ():
            opens = max(dt.datetime.combine(day, open_at, tz), start)
            closes = min(dt.datetime.combine(day, close_at, tz), end)
            if closes > opens:
                total += (closes - opens).total_seconds() / 3600
        day += dt.timedelta(days=1)
    return min(total, enough)


def replies(f: Facts, today: dt.date, slots: Slots, wanted: Expectations) -> Scored:
    """The median working hours we took to answer their messages in the last 180 days (one still unanswered counts,
    up to now, once it is past its time)."""
    a = f.account
    info = slots.info(a.country)
    expected, _ = expected_hours(a.country, info.region, wanted)
    zone = a.timezone or info.zone
    now = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), dt.UTC)
    start = now - dt.timedelta(days=RHYTHM_DAYS + 1)
    enough = expected * (1 + 100 / SLOW_STEP)  # the score is 0 from here on
    waits, waiting = [], None
    for t in f.touches:
        if t.direction == "inbound" and t.channel in REPLY_CHANNELS and t.at >= start:
            waiting = waiting or t.at
        elif t.direction == "outbound" and waiting is not None:
            waits.append(working_hours(slots, a.country, zone, waiting, t.at, enough))
            waiting = None
    if waiting is not None:
        hours = working_hours(slots, a.country, zone, waiting, now, enough)
        if hours > expected:  # still inside its time it is not late yet: not counted
            waits.append(hours)
    if not waits:
        return Scored(Part("replies", 100, Message("health.detail.replies_none"), known=False), ())
    median = statistics.median(waits)
    score = max(0, min(100, round(100 - SLOW_STEP * (median / expected - 1))))
    shown, wanted_hours = _hours(median), _hours(expected)
    detail = Message("health.detail.replies", n=shown, expected=wanted_hours)
    reason = Reason("replies_slow", Message("health.reason.replies_slow", n=shown, expected=wanted_hours))
    return Scored(Part("replies", score, detail), (reason,) if score < WEAK else ())


def _hours(value: float) -> float | int:
    return round(value) if value >= 10 else round(value, 1)


def _answered(touches: list[Touch]) -> list[str]:
    """The response to each outbound touch, newest last; no reply noted but a message of theirs before our next
    touch counts as neutral."""
    out: list[str] = []
    for i, t in enumerate(touches):
        if t.direction != "outbound":
            continue
        response = t.response
        if response == "none":
            later = next((n for n in touches[i + 1:] if n.direction == "outbound"), None)
            if any(n.direction == "inbound" for n in touches[i + 1:] if later is None or n.at < later.at):
                response = "neutral"
        out.append(response)
    return out


def response(f: Facts) -> Scored:
    """Their response over our last touches, the newer weighing more, and its trend."""
    answers = _answered(f.touches)[-LAST_TOUCHES:]
    if not answers:
        return Scored(Part("response", 100, Message("health.detail.response_none"), known=False), ())
    weights = range(1, len(answers) + 1)
    score = round(sum(w * RESPONSE_POINTS[r] for w, r in zip(weights, answers, strict=True)) / sum(weights))
    half = len(answers) // 2
    older, newer = answers[:half], answers[half:]
    trend = "steady"
    if older:
        change = _mean(newer) - _mean(older)
        trend = "warming" if change >= 15 else "cooling" if change <= -15 else "steady"
    warm = sum(1 for r in answers if r == "warm")
    detail = Message("health.detail.response", warm=warm, n=len(answers), trend=Message(f"health.trend.{trend}"))
    streak = 0
    for r in reversed(answers):
        if r not in ("cold", "none"):
            break
        streak += 1
    code = "health.reason.cold_streak" if streak >= 2 else "health.reason.mostly_cold"
    reason = Reason("cold_streak", Message(code, n=streak if streak >= 2 else len(answers)))
    return Scored(Part("response", score, detail), (reason,) if score < WEAK else ())


def _mean(answers: list[str]) -> float:
    return sum(RESPONSE_POINTS[r] for r in answers) / len(answers)


def trust(f: Facts, today: dt.date) -> Scored:
    """Promises kept on time, late or broken, a recent one weighing more (half as much after HALF_LIFE_DAYS)."""
    if not f.promises:
        return Scored(Part("trust", 100, Message("health.detail.trust_none"), known=False), ())
    weight = {"kept": 0.0, "late": 0.0, "broken": 0.0}
    for p in f.promises:
        weight[p.status] += 0.5 ** (max(0, (today - p.on).days) / HALF_LIFE_DAYS)
    score = round(100 * (weight["kept"] + 0.5 * weight["late"]) / sum(weight.values()))
    counts = {k: sum(1 for p in f.promises if p.status == k) for k in weight}
    detail = Message("health.detail.trust", **counts)
    if weight["broken"] >= 0.5 * weight["late"] and counts["broken"]:
        reason = Reason("promises_broken", Message("health.reason.promises_broken", n=counts["broken"],
                                                   of=len(f.promises)))
    else:
        reason = Reason("promises_late", Message("health.reason.promises_late", n=counts["late"], of=len(f.promises)))
    return Scored(Part("trust", score, detail), (reason,) if score < WEAK else ())
