"""Cadence planning: when to contact each customer next, with what, inside their working window."""

from __future__ import annotations

import datetime as dt
import zlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from zoneinfo import ZoneInfo

from models import TouchState, queries
from models.base import save_by_key
from models.enums import Purpose, Stage, role_rank
from services import cadence_rules as cr
from services.errors import ValidationError
from services.words import Message, phrase, render

ASKS = {Purpose.CHECK_IN.value, Purpose.QUOTE.value, Purpose.NEGOTIATION.value, Purpose.ORDER.value}
MINUTES = {m: dt.timedelta(minutes=m) for m in range(0, 24 * 60, 15)}
RECENT = 5  # interactions per account the planner looks at: enough for a cold streak up to the cap (4)
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
    why: tuple = field(default=(), compare=False)  # phrases, rendered in the reader's language
    moved: bool = False
    timestamp: float = field(default=0.0, compare=False)  # of due_local, for sorting

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


class _Contact(NamedTuple):
    """A contact as the planner sees it."""

    id: int
    uuid: str
    name: str
    role: str
    timezone: str
    birthday: dt.date | None


class _Recent(NamedTuple):
    """One of an account's newest interactions."""

    uuid: str
    occurred_at: dt.datetime  # naive UTC
    purpose: str
    direction: str
    response: str
    valid_until: dt.date | None
    contact_id: int | None
    channel: str


@dataclass
class _Account:
    id: int
    uuid: str
    name: str
    country: str
    timezone: str
    stage: str
    priority: str
    cadence_days: int | None
    founded_on: dt.date | None
    created_at: dt.datetime
    contacts: list[_Contact] = field(default_factory=list)
    recent: list[_Recent] = field(default_factory=list)  # newest first


class _Due(NamedTuple):
    """A touch before it gets its time: what kind, its keys, whom, with what and why."""

    kind: str  # follow_up | sample_arrival | sample_feedback | quote_expiry | greeting | birthday | anniversary
    key: str
    state_key: str
    contact: _Contact | None
    purpose: str
    why: tuple


# ---------------------------------------------------------------- slots


class CountrySlots(NamedTuple):
    region: str
    zone: str  # the country's main time zone
    window: tuple[dt.time, dt.time]  # working hours


class Slots:
    """Working days and windows per country, cached for one planning run."""

    def __init__(self) -> None:
        from services.countries import UNKNOWN_COUNTRY, get_country, is_working_day, working_window

        self._unknown = UNKNOWN_COUNTRY
        self._country = get_country
        self._working = is_working_day
        self._window = working_window
        self._cache: dict[str, CountrySlots] = {}
        self._moves: dict[tuple, dt.date] = {}
        self._zones: dict[str, ZoneInfo] = {}
        self._starts: dict[tuple, tuple[dt.datetime, float]] = {}

    def info(self, code: str) -> CountrySlots:
        """An unknown country has region "" (see plan_rules) and zone UTC."""
        if code not in self._cache:
            if code == self._unknown:
                from services.countries import UNKNOWN_COUNTRY_ZONE

                self._cache[code] = CountrySlots("", UNKNOWN_COUNTRY_ZONE, self._window(code))
            else:
                c = self._country(code)
                self._cache[code] = CountrySlots(c.region.value, c.main_timezone, self._window(code))
        return self._cache[code]

    def working(self, code: str, day: dt.date) -> bool:
        return self._working(code, day)

    def forward(self, code: str, day: dt.date) -> dt.date:
        return self._step(code, day, 1)

    def backward(self, code: str, day: dt.date) -> dt.date:
        return self._step(code, day, -1)

    def _step(self, code: str, day: dt.date, direction: int) -> dt.date:
        """The nearest working day from day on (direction 1) or back (-1); many accounts share a country."""
        key = (code, day, direction)
        found = self._moves.get(key)
        if found is None:
            found = day
            for _ in range(60):
                if self._working(code, found):
                    break
                found += dt.timedelta(days=direction)
            self._moves[key] = found
        return found

    def at(self, code: str, zone: str, day: dt.date, seed: str) -> tuple[dt.datetime, float]:
        """A time inside the customer's window on day, spread by seed so not everything lands at 10:00;
        with its POSIX timestamp (for sorting: tens of thousands of touches, one zone lookup per zone and day)."""
        start, end = self.info(code).window
        minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        steps = max(1, (minutes - 30) // 15 + 1)
        offset = zlib.crc32(seed.encode()) % steps * 15  # stable across runs, unlike hash()
        cached = self._starts.get((zone, day, start))
        if cached is None:  # one zone lookup per zone, day and window start; then only minutes are added
            tz = self._zones.get(zone) or self._zones.setdefault(zone, ZoneInfo(zone))
            begin = dt.datetime.combine(day, start, tz)
            cached = self._starts[(zone, day, start)] = (begin, begin.timestamp())
        begin, stamp = cached
        return begin + MINUTES[offset], stamp + offset * 60


# ---------------------------------------------------------------- loading


def _load(account_uuid: str | None) -> list[_Account]:
    # Plain cursor tuples (models.queries): this runs over every account and ~80,000 interactions each morning.
    accounts = {}
    for pk, uuid, name, country, tz, stage, priority, cadence_days, founded, created in \
            queries.planner_accounts(account_uuid):
        accounts[pk] = _Account(pk, uuid, name, country, tz, stage, priority, cadence_days, _date(founded),
                                _stamp(created))
    if not accounts:
        return []
    ids = list(accounts) if account_uuid else None
    for cid, aid, uuid, name, role, tz, birthday in queries.planner_contacts(ids):
        if aid in accounts:
            accounts[aid].contacts.append(_Contact(cid, uuid, name, role, tz, _date(birthday)))
    for aid, uuid, occurred, purpose, direction, response, valid_until, contact_id, channel in \
            queries.planner_recent(RECENT, ids):
        if aid in accounts:
            accounts[aid].recent.append(_Recent(uuid, _stamp(occurred), purpose, direction, response,
                                                _date(valid_until), contact_id, channel))
    for a in accounts.values():
        a.recent.sort(key=lambda item: item.occurred_at, reverse=True)
    return list(accounts.values())


def _stamp(value) -> dt.datetime:
    """A stored UTC time as a naive datetime (the planner only compares them and takes their dates)."""
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=None) if value.tzinfo else value


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def _states() -> dict[str, TouchState]:
    return {s.touch_key: s for s in TouchState.select()}


# ---------------------------------------------------------------- rules


def _rhythm(days: int) -> str:
    if days <= 10:
        return "weekly"
    if days <= 38:
        return "monthly"
    if 80 <= days <= 100:
        return "quarterly"
    return f"{round(days / 7)}-weekly"


def _interval(a: _Account, region: str, rules: dict) -> tuple[int, list[str]]:
    """The follow-up interval in days and the adjustments that shaped it."""
    base = a.cadence_days or rules[region]["follow_up"]
    notes: list[str] = []
    if a.stage == Stage.DORMANT:
        return max(base, cr.ADAPT["dormant_days"]), [phrase("dormant")]
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
    return max(cr.ADAPT["min_days"], round(base * factor)), notes


def _last(a: _Account, purposes: set[str], outbound_only: bool = True) -> _Recent | None:
    for item in a.recent:
        if item.purpose in purposes and (not outbound_only or item.direction == "outbound"):
            return item
    return None


def _choose_purpose(a: _Account, region: str, rules: dict, due: dt.date) -> tuple[str, str]:
    """What the next regular touch should bring, and why in a few words."""
    outbound = [i for i in a.recent if i.direction == "outbound"]
    if len(outbound) >= 2 and all(i.purpose in ASKS for i in outbound[:2]):
        return Purpose.VALUE.value, phrase("after_asks")
    quoting_stage = a.stage in ("inquiry", "quoted", "sampling", "negotiating", "won", "repeat")
    last_quote = _last(a, {"quote"})
    quoted = last_quote.occurred_at.date() if last_quote else None
    if quoting_stage and (quoted is None or (due - quoted).days >= rules[region]["quote"]):
        since = phrase("last_touch_of", what="quote", date=quoted) if quoted else phrase("no_quote")
        return Purpose.QUOTE.value, phrase("fresh_quote", since=since, n=rules[region]["quote"])
    if region in ("southeast_asia", "latin_america", "south_asia") and a.stage in ("inquiry", "quoted", "sampling"):
        last_sample = _last(a, {"sample"})
        if last_sample is None or (due - last_sample.occurred_at.date()).days >= rules[region]["sample"]:
            since = (phrase("last_touch_of", what="sample", date=last_sample.occurred_at.date()) if last_sample
                     else phrase("no_sample"))
            return Purpose.SAMPLE.value, phrase("samples_due", since=since, n=rules[region]["sample"] // 30)
    if outbound and outbound[0].purpose == Purpose.CHECK_IN.value:
        return Purpose.VALUE.value, phrase("vary")
    return Purpose.CHECK_IN.value, phrase("keep_in_touch")


def _main_contact(a: _Account, contact_id: int | None = None) -> _Contact | None:
    if contact_id is not None:
        for c in a.contacts:
            if c.id == contact_id:
                return c
    return min(a.contacts, key=lambda c: role_rank(c.role), default=None)


def _zone(a: _Account, contact: _Contact | None, country_zone: str) -> str:
    if contact is not None and contact.timezone:
        return contact.timezone
    return a.timezone or country_zone


def _touch(a: _Account, slots: Slots, due: _Due, day: dt.date, forward: bool = True) -> Touch:
    """The touch due on day, moved to the customer's nearest working day (forward, or back for a greeting)."""
    zone = _zone(a, due.contact, slots.info(a.country).zone)
    day = slots.forward(a.country, day) if forward else slots.backward(a.country, day)
    when, stamp = slots.at(a.country, zone, day, due.key)
    contact = due.contact
    return Touch(key=due.key, state_key=due.state_key, kind=due.kind, account_uuid=a.uuid, account=a.name,
                 country=a.country, contact_uuid=contact.uuid if contact else None,
                 contact=contact.name if contact else "", purpose=due.purpose, due_local=when, why=due.why,
                 timestamp=stamp)


def _after_fair(a: _Account, slots: Slots, last: _Recent) -> Touch:
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


def _follow_up(a: _Account, slots: Slots, rules: dict, today: dt.date) -> Touch | None:
    region = slots.info(a.country).region
    interval, notes = _interval(a, region, rules)
    last = a.recent[0] if a.recent else None
    if last is not None and last.channel == "fair":
        return _after_fair(a, slots, last)
    if last is None:
        due = max(a.created_at.date() + dt.timedelta(days=1), today - dt.timedelta(days=30))
        basis = "first contact"
        head = phrase("no_contact")
    else:
        due = last.occurred_at.date() + dt.timedelta(days=interval)
        basis = last.uuid
        response = last.response if last.response != "none" else "no reply"
        head = phrase("last_touch", purpose=PURPOSE_WORD.get(last.purpose, "contact"), date=last.occurred_at.date(),
                      response=response)
    purpose, why = _choose_purpose(a, region, rules, due)
    contact = _main_contact(a, last.contact_id if last else None)
    reason = (head, phrase("rhythm", rhythm=_rhythm(interval)), *notes, why)
    key = f"{a.uuid}/follow-up"
    return _touch(a, slots, _Due("follow_up", key, f"{key}/{basis}", contact, purpose, reason), due)


STALE_DAYS = 60  # a lifecycle check this long past its day is no longer worth doing


def _lifecycle(a: _Account, slots: Slots, rules: dict, today: dt.date) -> list[Touch]:
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


def _greetings(a: _Account, slots: Slots, start: dt.date, end: dt.date) -> list[Touch]:
    """Festival greetings, birthdays and company anniversaries: sent on a working day before, never on it."""
    region = slots.info(a.country).region
    contact = _main_contact(a)
    out = []
    # A greeting moves back at most a few days to a working day: look only at occasions near the range.
    near_start, near_end = start - dt.timedelta(days=1), end + dt.timedelta(days=10)

    def near(day: dt.date) -> bool:
        return near_start <= day <= near_end

    def greet(kind: str, key: str, whom: _Contact | None, why: tuple, send: dt.date) -> None:
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


# ---------------------------------------------------------------- planning


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
    for a in _load(account_uuid):
        if a.stage == Stage.LOST:
            continue
        candidates = []
        follow = _follow_up(a, slots, rules, today)
        if follow:
            candidates.append(follow)
        candidates += _lifecycle(a, slots, rules, today)
        greet_from = today if include_overdue else start
        candidates += _greetings(a, slots, max(greet_from, start) if not include_overdue else greet_from, end)
        for t in candidates:
            t = _apply_state(t, states.get(t.state_key))
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
    """The Agenda view's three lists: overdue, today, the rest of this week (by the customer's date)."""
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
    return {k: groups.get(k, []) for k in ("overdue", "today", "week")}


# ---------------------------------------------------------------- acting on a touch


def _set_state(t: Touch, state: str, moved_to: dt.datetime | None = None) -> None:
    save_by_key(TouchState, TouchState.touch_key, t.state_key, account_uuid=t.account_uuid, state=state,
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
