"""The forward plan of one account: each rhythm projected on its own, then nearby touches merged.

The customer articles keep several rhythms at once: a regular contact (check-ins and value touches, faster after a
warm reply, slower after cold ones), a fresh quote about once a quarter in Latin America and South-East Asia (every
2-3 months in India), samples every 2-3 quarters where samples sell, checks on samples and quotes in flight, and
greetings. Each stream is projected forward over the horizon as if each touch were done on its day; doing one early
or late moves that stream only. Touches of different streams a few working days apart become one touch with
several purposes ("fresh quote + samples").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import NamedTuple

from models.enums import Purpose, Stage
from services.cadence.loading import PlanAccount, PlanContact, RecentInteraction
from services.cadence.replies import Expectations, reply_owed
from services.cadence.slots import Slots
from services.cadence.touches import (
    ASKS,
    PURPOSE_WORD,
    Touch,
    _after_fair,
    _Due,
    _interval,
    _main_contact,
    _rhythm,
    _touch,
    greetings,
    lifecycle,
)
from services.words import Message, phrase

MERGE_WORKING_DAYS = 3  # touches of different streams this close become one
QUOTING = {Stage.INQUIRY, Stage.QUOTED, Stage.SAMPLING, Stage.NEGOTIATING, Stage.WON, Stage.REPEAT}
SAMPLE_REGIONS = {"southeast_asia", "latin_america", "south_asia"}  # where samples sell (the customer articles)
SAMPLING = {Stage.INQUIRY, Stage.QUOTED, Stage.SAMPLING, Stage.NEGOTIATING, Stage.WON, Stage.REPEAT}
FIRST_SAMPLE_AFTER_QUOTE = 14  # days: samples follow a first quote while it is being weighed
PURPOSE_ORDER = {p: i for i, p in enumerate(("quote", "sample", "negotiation", "value", "check_in"))}
MAX_STEPS = 40  # occurrences per stream and horizon: a weekly rhythm over the longest plan asked for


class State(NamedTuple):
    """What the user did with one planned touch (models.TouchState as plain values)."""

    state: str  # done | moved | dismissed
    at: dt.datetime | None  # done/dismissed: when (aware UTC); moved: the new time


class Anchor(NamedTuple):
    """Where a stream starts: the day it was last served and the record that served it."""

    day: dt.date
    basis: str  # the serving interaction's uuid (or "start"): occurrence keys hang on it
    item: RecentInteraction | None


def _local_day(when: dt.datetime, zone) -> dt.date:
    return when.astimezone(zone).date()


def _walk(a: PlanAccount, slots: Slots, states: dict[str, State], stream: str, anchor: Anchor, interval: int,
          first_due: dt.date, today: dt.date, end: dt.date, make) -> Iterator[Touch]:
    """The occurrences of one stream from its first due day to the horizon.

    make(n, due_day, key) builds the n-th touch (n from 1). Done or skipped: the stream goes on from the day it was
    done; moved: it sits on its new day and the stream goes on from there; otherwise each touch is assumed done on
    its day (an overdue one: today).
    """
    due = first_due
    for n in range(1, MAX_STEPS + 1):
        key = f"{a.uuid}/{stream}/{anchor.basis}/{n}"
        state = states.get(key)
        if state is not None and state.state in ("done", "dismissed"):
            done_on = _local_day(state.at, slots.tz(a.timezone or slots.info(a.country).zone)) if state.at else due
            due = max(done_on, due if state.state == "dismissed" else done_on) + dt.timedelta(days=interval)
            if due >= end:
                return
            continue
        t = make(n, due, key)
        if state is not None and state.state == "moved" and state.at is not None:
            moved = state.at.astimezone(t.due_local.tzinfo)
            t.due_local, t.moved, t.timestamp = moved, True, moved.timestamp()
        day = t.due_local.date()
        if day >= end:
            return
        yield t
        due = max(day, today) + dt.timedelta(days=interval)
        if due >= end:
            return


def _latest(a: PlanAccount, test) -> RecentInteraction | None:
    return next((item for item in a.recent if test(item)), None)


def _contact_anchor(a: PlanAccount) -> RecentInteraction | None:
    """The contact rhythm runs from the last exchange that was not a quote or a sample (those keep their own)."""
    return _latest(a, lambda i: i.purpose not in ("quote", "sample")) or (a.recent[0] if a.recent else None)


def contact_stream(a: PlanAccount, slots: Slots, rules: dict, states: dict[str, State], today: dt.date,
                   end: dt.date) -> Iterator[Touch]:
    region = slots.info(a.country).region
    interval, notes = _interval(a, region, rules)
    newest = a.recent[0] if a.recent else None
    if newest is not None and newest.channel == "fair":
        fair = _apply(_after_fair(a, slots, newest), states.get(f"{a.uuid}/follow-up/{newest.uuid}"))
        if fair is not None:  # done or skipped: the rhythm takes over
            fair.stream = "contact"
            yield fair
            return
    last = _contact_anchor(a)
    if last is None:
        first_due = max(a.created_at.date() + dt.timedelta(days=1), today - dt.timedelta(days=30))
        anchor = Anchor(first_due, "start", None)
        head: Message = phrase("no_contact")
    else:
        anchor = Anchor(last.occurred_at.date(), last.uuid, last)
        first_due = anchor.day + dt.timedelta(days=interval)
        response = last.response if last.response != "none" else "no reply"
        head = phrase("last_touch", purpose=PURPOSE_WORD.get(last.purpose, "contact"), date=anchor.day,
                      response=response)
    outbound = [i for i in a.recent if i.direction == "outbound"]
    contact, level = waiting_level(a)
    if contact is None:
        contact = _main_contact(a, last.contact_id if last else None)

    def make(n: int, due: dt.date, key: str) -> Touch:
        purpose, why = _contact_purpose(outbound, n)
        reason = ((head, phrase("rhythm", rhythm=_rhythm(interval)), *notes, why) if n == 1
                  else (phrase("projected_rhythm", rhythm=_rhythm(interval)), why))
        if level is not None and n == 1:
            reason = (*reason, level)
        t = _touch(a, slots, _Due("follow_up", key, key, contact, purpose, reason), due)
        t.stream, t.projected = "contact", n > 1
        return t

    yield from _walk(a, slots, states, "contact", anchor, interval, first_due, today, end, make)


def waiting_level(a: PlanAccount) -> tuple[PlanContact | None, Message | None]:
    """The person at the level of the customer that has waited longest for a touch (a level never touched first,
    then the oldest last touch; ties in the brief's order of roles), and why, when the account has more than one
    level: the customer articles' advice to know people at every level, not only one contact."""
    from models.enums import role_rank

    levels: dict[str, list[PlanContact]] = {}
    for c in a.contacts:
        levels.setdefault(c.role, []).append(c)
    if len(levels) < 2:
        return None, None

    def last_of(people: list[PlanContact]) -> dt.date | None:
        days = [a.last_by_contact[c.id] for c in people if c.id in a.last_by_contact]
        return max(days) if days else None

    role = min(levels, key=lambda r: (last_of(levels[r]) or dt.date.min, role_rank(r)))
    person = min(levels[role], key=lambda c: (a.last_by_contact.get(c.id, dt.date.min), c.name))
    since = last_of(levels[role])
    why = (phrase("level_waited", role=Message(f"Role.{role}"), date=since) if since
           else phrase("level_never", role=Message(f"Role.{role}")))
    return person, why


def _contact_purpose(outbound: list[RecentInteraction], n: int) -> tuple[str, Message]:
    """Vary the regular touch: never a third ask in a row, and check-ins alternate with value (news, improvements)."""
    if n == 1:
        if len(outbound) >= 2 and all(i.purpose in ASKS for i in outbound[:2]):
            return Purpose.VALUE.value, phrase("after_asks")
        if outbound and outbound[0].purpose == Purpose.CHECK_IN.value:
            return Purpose.VALUE.value, phrase("vary")
        return Purpose.CHECK_IN.value, phrase("keep_in_touch")
    first, _ = _contact_purpose(outbound, 1)
    flip = n % 2 == 0
    if first == Purpose.VALUE.value:
        return (Purpose.CHECK_IN.value, phrase("keep_in_touch")) if flip else (Purpose.VALUE.value, phrase("vary"))
    return (Purpose.VALUE.value, phrase("vary")) if flip else (Purpose.CHECK_IN.value, phrase("keep_in_touch"))


def _maker(a: PlanAccount, slots: Slots, stream: str, contact: PlanContact | None, first_why: tuple,
           later_why: tuple):
    """How the n-th touch of a quote or sample stream is made: the first says why it is due, later ones that they
    are projected."""
    def make(n: int, due: dt.date, key: str) -> Touch:
        why = first_why if n == 1 else later_why
        t = _touch(a, slots, _Due(stream, key, key, contact, stream, why), due)
        t.stream, t.projected = stream, n > 1
        return t

    return make


def quote_stream(a: PlanAccount, slots: Slots, rules: dict, states: dict[str, State], today: dt.date,
                 end: dt.date, contact_first: dt.date | None) -> Iterator[Touch]:
    """A fresh quote every rules[region]["quote"] days while the customer buys or may buy."""
    if a.stage not in QUOTING:
        return
    region = slots.info(a.country).region
    interval = rules[region]["quote"]
    last = a.last_sent.get("quote")
    if last is None:  # never quoted: with the next regular touch
        if contact_first is None:
            return
        anchor, first_due, since = Anchor(contact_first, "start", None), contact_first, phrase("no_quote")
    else:
        anchor = Anchor(last.occurred_at.date(), last.uuid, last)
        first_due = anchor.day + dt.timedelta(days=interval)
        since = phrase("last_touch_of", what="quote", date=anchor.day)
    first = (phrase("fresh_quote", since=since, n=interval),)
    make = _maker(a, slots, "quote", _main_contact(a, last.contact_id if last else None), first,
                  (phrase("projected_quote", n=interval),))
    yield from _walk(a, slots, states, "quote", anchor, interval, first_due, today, end, make)


def sample_stream(a: PlanAccount, slots: Slots, rules: dict, states: dict[str, State], today: dt.date,
                  end: dt.date) -> Iterator[Touch]:
    """Samples every rules[region]["sample"] days where samples sell; the first a fortnight after a first quote."""
    region = slots.info(a.country).region
    if region not in SAMPLE_REGIONS or a.stage not in SAMPLING:
        return
    interval = rules[region]["sample"]
    last = a.last_sent.get("sample")
    if last is None:
        quote = a.last_sent.get("quote")
        if quote is None:
            return  # samples follow a quote
        day = quote.occurred_at.date()
        anchor, first_due = Anchor(day, f"after-{quote.uuid}", quote), day + dt.timedelta(days=FIRST_SAMPLE_AFTER_QUOTE)
        since = phrase("no_sample")
    else:
        anchor = Anchor(last.occurred_at.date(), last.uuid, last)
        first_due = anchor.day + dt.timedelta(days=interval)
        since = phrase("last_touch_of", what="sample", date=anchor.day)
    first = (phrase("samples_due", since=since, n=interval // 30),)
    make = _maker(a, slots, "sample", _main_contact(a, last.contact_id if last else None), first,
                  (phrase("projected_samples", n=interval // 30),))

    yield from _walk(a, slots, states, "sample", anchor, interval, first_due, today, end, make)


def _apply(t: Touch, state: State | None) -> Touch | None:
    """A lifecycle check or greeting with what the user did to it (these do not repeat)."""
    if state is None:
        return t
    if state.state in ("done", "dismissed"):
        return None
    if state.state == "moved" and state.at is not None:
        moved = state.at.astimezone(t.due_local.tzinfo)
        t.due_local, t.moved, t.timestamp = moved, True, moved.timestamp()
    return t


def account_plan(a: PlanAccount, slots: Slots, rules: dict, states: dict[str, State], today: dt.date,
                 end: dt.date, wanted: Expectations | None = None) -> list[Touch]:
    """Every touch of one account from its overdue ones up to end (exclusive), merged, by time, with the reply owed
    to its newest message (wanted: the reply expectations, read once per run)."""
    if a.stage == Stage.LOST:
        return []
    contact = list(contact_stream(a, slots, rules, states, today, end))
    first_contact = contact[0].due_local.date() if contact else None
    touches = contact + list(quote_stream(a, slots, rules, states, today, end, first_contact))
    touches += sample_stream(a, slots, rules, states, today, end)
    for t in lifecycle(a, slots, rules, today):
        t.stream = "lifecycle"
        kept = _apply(t, states.get(t.state_key))
        if kept is not None and kept.due_local.date() < end:
            touches.append(kept)
    merged = merge(touches, slots, a.country)
    reply = reply_owed(a, slots, dt.datetime.combine(today, dt.time(), dt.UTC), wanted)
    if reply is not None and (kept := _apply(reply, states.get(reply.state_key))) is not None:
        merged.append(kept)
    for t in greetings(a, slots, today, end):
        t.stream = "greeting"
        kept = _apply(t, states.get(t.state_key))
        if kept is not None:
            merged.append(kept)
    merged.sort(key=lambda t: t.timestamp)
    return merged


def _working_days_between(slots: Slots, country: str, first: dt.date, second: dt.date) -> int:
    days, day = 0, first
    while day < second and days <= MERGE_WORKING_DAYS:
        day += dt.timedelta(days=1)
        if slots.working(country, day):
            days += 1
    return days


def merge(touches: list[Touch], slots: Slots, country: str) -> list[Touch]:
    """Touches of different streams within a few working days of each other become one, on the earliest day."""
    touches.sort(key=lambda t: t.timestamp)
    out: list[Touch] = []
    group: list[Touch] = []
    for t in touches:
        if group and (t.stream in {g.stream for g in group} or _working_days_between(
                slots, country, group[0].due_local.date(), t.due_local.date()) > MERGE_WORKING_DAYS):
            out.append(_combined(group))
            group = []
        group.append(t)
    if group:
        out.append(_combined(group))
    return out


def _combined(group: list[Touch]) -> Touch:
    if len(group) == 1:
        t = group[0]
        t.purposes, t.state_keys = (t.purpose,), t.state_keys or (t.state_key,)
        return t
    first = group[0]
    parts = sorted(group, key=lambda t: (PURPOSE_ORDER.get(t.purpose, 9), t.stream, t.key))
    purposes = tuple(dict.fromkeys(t.purpose for t in parts))
    lead = parts[0]
    why: tuple = tuple(w for t in parts for w in t.why)
    # The key (a calendar's UID) is the lead part's, so it stays when the parts are moved together to one time.
    return Touch(key=lead.key, state_key=lead.state_key, kind=lead.kind, account_uuid=first.account_uuid,
                 account=first.account, country=first.country, contact_uuid=lead.contact_uuid, contact=lead.contact,
                 purpose=purposes[0], due_local=first.due_local, why=why, moved=any(t.moved for t in group),
                 timestamp=first.timestamp, stream="+".join(t.stream for t in parts), purposes=purposes,
                 state_keys=tuple(k for t in parts for k in t.all_state_keys),
                 projected=all(t.projected for t in group))
