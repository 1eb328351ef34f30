"""A planned touch and its parts: the rhythm's interval and wording, lifecycle checks, greetings, whom to address.

The streams that put them together are in services/cadence/streams.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from models.enums import Purpose, Stage, role_rank
from services.cadence import rules as cr
from services.cadence.closing import clear_of_closures
from services.cadence.loading import PlanAccount, PlanContact, RecentInteraction
from services.cadence.slots import Slots
from services.words import Message, phrase, render

ASKS = {Purpose.CHECK_IN.value, Purpose.QUOTE.value, Purpose.NEGOTIATION.value, Purpose.ORDER.value}


PURPOSE_WORD = {"check_in": "check-in", "quote": "quote", "sample": "sample", "value": "value touch",
                "greeting": "greeting", "negotiation": "negotiation", "order": "order", "service": "service",
                "other": "contact"}


@dataclass(slots=True)  # not frozen: tens of thousands are made per plan, and frozen __init__ costs double
class Touch:
    """One planned contact: whom, when (in their zone), with what purpose and why. Treat as a value."""

    key: str            # stable id (also the calendar UID)
    state_key: str      # what Done/Snooze attach to: changes when the basis of the plan changes
    # follow_up | sample_arrival | sample_feedback | quote_expiry | greeting | birthday | anniversary
    kind: str
    account_uuid: str
    account: str
    country: str
    contact_uuid: str | None
    contact: str
    purpose: str
    due_local: dt.datetime
    why: Iterable = field(default=(), compare=False)  # phrases, rendered in the reader's language
    moved: bool = False
    timestamp: float = field(default=0.0, compare=False)  # of due_local, for sorting
    # The streams this touch serves (contact | quote | sample | lifecycle | greeting | reply) and, for a merged
    # touch, every purpose it brings ("quote", "sample") with the state key of each part: Done marks them all.
    stream: str = ""
    purposes: tuple[str, ...] = ()
    state_keys: tuple[str, ...] = ()
    projected: bool = False  # a later touch of its stream, planned as if the earlier ones are done on their day
    expected_by: dt.datetime | None = None  # a reply owed: when the customer's culture expects it (aware UTC)

    @property
    def reason(self) -> str:
        return render(self.why)

    def reason_in(self, lang: str) -> str:
        return render(self.why, lang)

    @property
    def zone(self) -> str:
        return str(self.due_local.tzinfo)

    @property
    def due_utc(self) -> dt.datetime:
        return self.due_local.astimezone(dt.UTC)

    @property
    def all_purposes(self) -> tuple[str, ...]:
        return self.purposes or (self.purpose,)

    @property
    def all_state_keys(self) -> tuple[str, ...]:
        return self.state_keys or (self.state_key,)

    def days_late(self, today: dt.date) -> int:
        """Days since its day in the customer's calendar (0 when due today or later)."""
        return max(0, (today - self.due_local.date()).days)

    def at_risk(self, now: dt.datetime) -> bool:
        """A reply owed past the time the customer's culture expects it."""
        return self.expected_by is not None and now > self.expected_by



class _Due(NamedTuple):
    """A touch before it gets its time: what kind, its keys, whom, with what and why."""

    kind: str  # follow_up | sample_arrival | sample_feedback | quote_expiry | greeting | birthday | anniversary
    key: str
    state_key: str
    contact: PlanContact | None
    purpose: str
    why: tuple



def _rhythm(days: int) -> str:
    if days <= 10:
        return "weekly"
    if days <= 38:
        return "monthly"
    if 80 <= days <= 100:
        return "quarterly"
    return f"{round(days / 7)}-weekly"


def _interval(a: PlanAccount, region: str, rules: dict) -> tuple[int, list[Message]]:
    """The follow-up interval in days and the adjustments that shaped it."""
    base = a.cadence_days or rules[region]["follow_up"]
    notes: list[Message] = []
    if a.stage == Stage.DORMANT:
        return max(base, int(cr.ADAPT["dormant_days"])), [phrase("dormant")]
    factor = 1.0
    outbound_streak = 0
    for item in a.recent:
        if item.direction == "inbound" or item.response == "warm":
            if outbound_streak == 0:
                factor *= cr.ADAPT["warm"]
                notes.append(phrase("warm_shorter" if item.response == "warm" else "inbound_shorter"))
            break
        if item.response == "neutral":
            break
        outbound_streak += 1
    if outbound_streak:
        factor *= min(cr.ADAPT["max_factor"], 1 + cr.ADAPT["cold_step"] * outbound_streak)
        notes.append(phrase("cold_longer", n=outbound_streak))
    if a.priority == "high":
        factor *= cr.ADAPT["high_priority"]
        notes.append(phrase("high_priority"))
    elif a.priority == "low":
        factor *= cr.ADAPT["low_priority"]
        notes.append(phrase("low_priority"))
    if a.stage in ("negotiating", "quoted", "sampling"):
        factor *= cr.ADAPT[a.stage]
        notes.append(phrase("stage_factor", stage=a.stage))
    return max(int(cr.ADAPT["min_days"]), round(base * factor)), notes






def _main_contact(a: PlanAccount, contact_id: int | None = None) -> PlanContact | None:
    if contact_id is not None:
        for c in a.contacts:
            if c.id == contact_id:
                return c
    return min(a.contacts, key=lambda c: role_rank(c.role), default=None)


def _zone(a: PlanAccount, contact: PlanContact | None, country_zone: str) -> str:
    if contact is not None and contact.timezone:
        return contact.timezone
    return a.timezone or country_zone


def _touch(a: PlanAccount, slots: Slots, due: _Due, day: dt.date, forward: bool = True) -> Touch:
    """The touch due on day, moved to the customer's nearest working day (forward, or back for a greeting) and,
    going forward, clear of their seasonal closures; a greeting keeps its festival's day."""
    zone = _zone(a, due.contact, slots.info(a.country).zone)
    why, window = due.why, None
    if forward:
        cleared = clear_of_closures(slots, a.country, a.muslim_owned, slots.forward(a.country, day),
                                    due.kind == "quote")
        day, window, why = cleared.day, cleared.window, (*due.why, *cleared.why) if cleared.why else due.why
    else:
        day = slots.backward(a.country, day)
    when, stamp = slots.at(a.country, zone, day, due.key, window)
    contact = due.contact
    return Touch(key=due.key, state_key=due.state_key, kind=due.kind, account_uuid=a.uuid, account=a.name,
                 country=a.country, contact_uuid=contact.uuid if contact else None,
                 contact=contact.name if contact else "", purpose=due.purpose, due_local=when, why=why,
                 timestamp=stamp)


def _after_fair(a: PlanAccount, slots: Slots, last: RecentInteraction) -> Touch:
    """A lead met at a fair is followed up 1-3 working days after it, hot leads first."""
    from services.accounts.fair import FOLLOW_UP_DAYS, RESPONSE_OF

    temperature = {v: k for k, v in RESPONSE_OF.items()}.get(last.response, "warm")
    day = last.occurred_at.date()
    for _ in range(FOLLOW_UP_DAYS[temperature]):
        day = slots.forward(a.country, day + dt.timedelta(days=1))
    key = f"{a.uuid}/follow-up"
    why = (phrase("fair", date=last.occurred_at.date(), temperature=temperature),)
    return _touch(a, slots, _Due("follow_up", key, f"{key}/{last.uuid}", _main_contact(a, last.contact_id),
                                 Purpose.VALUE.value, why), day)




STALE_DAYS = 60  # a lifecycle check this long past its day is no longer worth doing


def lifecycle(a: PlanAccount, slots: Slots, rules: dict, today: dt.date) -> list[Touch]:
    """Sample arrival checks and feedback requests; follow-ups before a quote expires."""
    out: list[Touch] = []
    if not any(item.purpose in ("sample", "quote") for item in a.recent):
        return out
    region = slots.info(a.country).region
    stale = today - dt.timedelta(days=STALE_DAYS)
    oldest = dt.datetime.combine(stale - dt.timedelta(days=rules[region]["transit"] + cr.ADAPT["sample_feedback_days"]),
                                 dt.time())
    for item in a.recent:
        if (item.purpose != "sample" and item.purpose != "quote") or item.occurred_at < oldest:
            continue
        later = [i for i in a.recent if i.occurred_at > item.occurred_at]
        contact = _main_contact(a, item.contact_id)
        sent = item.occurred_at.date()
        if item.purpose == "sample" and item.direction == "outbound":
            arrival = sent + dt.timedelta(days=rules[region]["transit"])
            feedback = arrival + dt.timedelta(days=cr.ADAPT["sample_feedback_days"])
            answered = [i for i in later if i.purpose == "sample"]
            if not any(i.occurred_at.date() >= arrival - dt.timedelta(days=2) for i in answered):
                key = f"{a.uuid}/sample-arrival/{item.uuid}"
                why = (phrase("sample_arrival", date=sent, n=rules[region]["transit"]),)
                out.append(_touch(a, slots, _Due("sample_arrival", key, key, contact, "sample", why), arrival))
            if not any(i.occurred_at.date() >= feedback - dt.timedelta(days=7) for i in answered):
                key = f"{a.uuid}/sample-feedback/{item.uuid}"
                why = (phrase("sample_feedback", date=sent),)
                out.append(_touch(a, slots, _Due("sample_feedback", key, key, contact, "sample", why), feedback))
        followed_up = any(i.purpose in ASKS | {"sample"} for i in later)
        valid_until = item.valid_until
        if item.purpose == "quote" and valid_until and valid_until >= stale and not followed_up:
            due = max(valid_until - dt.timedelta(days=cr.ADAPT["quote_expiry_lead_days"]), sent + dt.timedelta(days=1))
            key = f"{a.uuid}/quote-expiry/{item.uuid}"
            why = (phrase("quote_expiry", date=sent, until=valid_until),)
            out.append(_touch(a, slots, _Due("quote_expiry", key, key, contact, "quote", why), due))
    return out


def greetings(a: PlanAccount, slots: Slots, start: dt.date, end: dt.date) -> list[Touch]:
    """Festival greetings, birthdays and company anniversaries: sent on a working day before, never on it."""
    region = slots.info(a.country).region
    contact = _main_contact(a)
    out = []
    # A greeting moves back at most a few days to a working day: look only at occasions near the range.
    near_start, near_end = start - dt.timedelta(days=1), end + dt.timedelta(days=10)

    def near(day: dt.date) -> bool:
        return near_start <= day <= near_end

    def greet(kind: str, key: str, whom: PlanContact | None, why: tuple, send: dt.date) -> None:
        out.append(_touch(a, slots, _Due(kind, key, key, whom, "greeting", why), send, forward=False))

    for year in range(near_start.year, near_end.year + 1):  # occasions fall in the year they are listed under
        for f in cr.festivals(a.country, region, year):
            if near(f.day):
                greet("greeting", f"{a.uuid}/greeting/{f.code}/{f.day.year}", contact,
                      (phrase("festival", festival=f.name, date=f.day),), f.day - dt.timedelta(days=f.lead_days))
        for c in a.contacts:
            if c.birthday is not None and near(_anniversary(c.birthday, year)):
                day = _anniversary(c.birthday, year)
                greet("birthday", f"{a.uuid}/birthday/{c.uuid}/{year}", c, (phrase("birthday", name=c.name, date=day),),
                      day - dt.timedelta(days=1))
        if a.founded_on is not None and year > a.founded_on.year and near(_anniversary(a.founded_on, year)):
            day = _anniversary(a.founded_on, year)
            greet("anniversary", f"{a.uuid}/anniversary/{year}", contact,
                  (phrase("anniversary", n=year - a.founded_on.year, date=day),), day - dt.timedelta(days=1))
    return [t for t in out if start <= t.due_local.date() < end]


def _anniversary(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return dt.date(year, 2, 28)
