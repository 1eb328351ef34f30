"""Replies owed: an inbound message starts a clock counted in the customer's working hours, as their culture expects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import NamedTuple
from zoneinfo import ZoneInfo

from services.cadence.loading import PlanAccount
from services.cadence.slots import Slots
from services.cadence.touches import Touch, _main_contact, _zone
from services.errors import ValidationError
from services.settings import get_setting, set_setting
from services.words import Message, phrase

# Working hours of the customer (their contact window, 10:00-15:00 unless set: 5 hours make one working day) within
# which their culture expects an answer. Sources and reasoning per region: docs/replies.md.
DEFAULT_HOURS: dict[str, float] = {
    "europe": 5, "north_america": 5, "oceania": 5,  # one working day
    "east_asia": 4,  # within hours: the same working day when it comes in by late morning
    "latin_america": 10, "southeast_asia": 10, "south_asia": 10, "middle_east": 10, "cis": 10,  # two working days
    "africa": 15,  # three working days
}
UNKNOWN_COUNTRY_HOURS = 5.0  # an account without a country: one working day, as for most exporters' first markets
MIN_HOURS, MAX_HOURS = 1, 120
SETTING_KEY = "reply_expectations"
# Messages that wait for an answer. A fair, visit or meeting is a conversation already held: what follows it is a
# follow-up (the fair's own rule, the rhythm), not a reply; a letter by post is too slow to start a working-hour clock.
REPLY_CHANNELS = frozenset({"email", "message", "phone", "video"})
STALE_DAYS = 30  # an inbound message left this long is history: the follow-up rhythm takes over
# Loading one account costs about 2.7 ms here and the whole 10,000-account book 1.1 s: past this many candidates
# one pass over the book is cheaper than loading them one by one.


class Expectations(NamedTuple):
    """Working hours to answer in, per region (defaults merged with Settings) and the per-country overrides."""

    regions: dict[str, float]
    countries: dict[str, float]  # country code -> hours


class CountryName(NamedTuple):
    """A country named in the reader's language when a reason is shown."""

    code: str

    def render(self, lang: str | None = None) -> str:
        from services.countries import get_country
        from services.words import normal

        return get_country(self.code).name(normal(lang))


def expectations() -> Expectations:
    saved = get_setting(SETTING_KEY, {}) or {}
    regions = {**DEFAULT_HOURS, **{k: float(v) for k, v in (saved.get("regions") or {}).items() if k in DEFAULT_HOURS}}
    return Expectations(regions, {k: float(v) for k, v in (saved.get("countries") or {}).items()})


def set_expectations(regions: Mapping[str, float], countries: Mapping[str, float]) -> None:
    """Replace the region hours and the country overrides (countries typed any way); all checked before any is kept."""
    from services.countries import resolve_country

    for region, hours in regions.items():
        if region not in DEFAULT_HOURS:
            raise ValidationError({"region": Message("check.not_region", value=region)})
        _check(hours, Message(f"Region.{region}"))
    codes = {}
    for typed, hours in countries.items():
        code = resolve_country(typed).code  # an UnknownCountryError names what was typed
        _check(hours, CountryName(code))
        codes[code] = float(hours)
    set_setting(SETTING_KEY, {"regions": {k: float(v) for k, v in regions.items()}, "countries": codes})


def set_region_hours(region: str, hours: float) -> None:
    current = expectations()
    set_expectations({**current.regions, region: hours}, current.countries)


def set_country_hours(country: str, hours: float | None) -> None:
    """A country's own expectation; None removes it (the region's applies again)."""
    from services.countries import resolve_country

    current = expectations()
    countries = dict(current.countries)
    countries.pop(resolve_country(country).code, None)
    if hours is not None:
        countries[country] = hours
    set_expectations(current.regions, countries)


def expected_hours(country: str, region: str, wanted: Expectations) -> tuple[float, Message | CountryName]:
    """Hours to answer a customer of country in, and whose expectation it is (the country's or the region's)."""
    if country in wanted.countries:
        return wanted.countries[country], CountryName(country)
    if region in wanted.regions:
        return wanted.regions[region], Message(f"Region.{region}")
    return UNKNOWN_COUNTRY_HOURS, Message("why.reply_unknown_country")


def expected_by(country: str, zone: str, received_utc: dt.datetime, hours: float) -> dt.datetime:
    """When a reply is due: hours counted in the customer's working windows on their working days (aware UTC).

    A message received outside their hours starts counting when their next window opens.
    """
    from services.countries import is_working_day, working_window

    return _count(lambda day: is_working_day(country, day), working_window(country), zone, received_utc, hours)


def _count(working: Callable[[dt.date], bool], window: tuple[dt.time, dt.time], zone: str,
           received_utc: dt.datetime, hours: float) -> dt.datetime:
    if received_utc.tzinfo is None:
        raise ValueError("received_utc must be timezone-aware")
    tz = ZoneInfo(zone)
    left = dt.timedelta(hours=hours)
    cursor = received_utc.astimezone(dt.UTC)
    day = cursor.astimezone(tz).date()
    for _ in range(5000):  # a 15-minute window and 120 hours still fit: 480 working days
        if working(day):
            # Windows in UTC: differences of times in one zone would ignore a daylight-saving change.
            opens = dt.datetime.combine(day, window[0], tz).astimezone(dt.UTC)
            closes = dt.datetime.combine(day, window[1], tz).astimezone(dt.UTC)
            begin = max(opens, cursor)
            if begin < closes:
                if begin + left <= closes:
                    return begin + left
                left -= closes - begin
        day += dt.timedelta(days=1)
    raise ValueError(f"no working hours found for {zone}")


def reply_owed(a: PlanAccount, slots: Slots, now: dt.datetime, wanted: Expectations | None = None) -> Touch | None:
    """The reply owed to a's newest interaction when it is a message from them not yet answered; else None.

    Any outbound interaction logged after it closes it (it is then no longer the newest). wanted: the expectations
    read once for a whole run (read here when not given).
    """
    inbound = a.recent[0] if a.recent else None
    if inbound is None or inbound.direction != "inbound" or inbound.channel not in REPLY_CHANNELS:
        return None
    received = inbound.occurred_at.replace(tzinfo=dt.UTC)
    if now - received > dt.timedelta(days=STALE_DAYS):
        return None
    info = slots.info(a.country)
    hours, culture = expected_hours(a.country, info.region, wanted or expectations())
    contact = _main_contact(a, inbound.contact_id)
    zone = _zone(a, contact, info.zone)
    by = _count(lambda day: slots.working(a.country, day), info.window, zone, received, hours)
    local = received.astimezone(ZoneInfo(zone))
    key = f"{a.uuid}/reply/{inbound.uuid}"
    why = (phrase("reply_received", date=local.date(), channel=Message(f"Channel.{inbound.channel}")),
           phrase("reply_expected", culture=culture, n=_shown_hours(hours)))
    return Touch(key=key, state_key=key, kind="reply", account_uuid=a.uuid, account=a.name, country=a.country,
                 contact_uuid=contact.uuid if contact else None, contact=contact.name if contact else "",
                 purpose=inbound.purpose, due_local=local, why=why, timestamp=local.timestamp(), stream="reply",
                 expected_by=by)


def replies_owed(now: dt.datetime, account_uuid: str | None = None, owner: int | None = None) -> list[Touch]:
    """Every reply owed in the book (or one account's, or those to the accounts user id owner owns), the one
    expected soonest first, from the plan (Done or Skip hides one)."""
    from services.cadence.planning import plan

    today = now.date()
    owed = [t for t in plan(today, 1, account_uuid=account_uuid, include_overdue=True, today=today,
                            owner=owner)
            if t.kind == "reply"]
    return sorted(owed, key=lambda t: (t.expected_by or t.due_utc, t.account))


def _check(hours: object, where: Message | CountryName) -> None:
    valid = isinstance(hours, int | float) and not isinstance(hours, bool) and MIN_HOURS <= hours <= MAX_HOURS
    if not valid:
        raise ValidationError({"reply_hours": Message("check.hours_for", where=where, lo=MIN_HOURS, hi=MAX_HOURS)})


def _shown_hours(hours: float) -> float | int:
    return int(hours) if float(hours).is_integer() else hours
