"""Replies owed: an inbound message starts a clock counted in the customer's working hours, as their culture expects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import NamedTuple
from zoneinfo import ZoneInfo

from models.enums import Region
from services.cadence.loading import PlanAccount
from services.cadence.slots import Slots
from services.cadence.touches import Touch, _main_contact, _zone
from services.countries.data import UNKNOWN_COUNTRY
from services.countries.practice import Span, practice, region_practice
from services.errors import ValidationError
from services.settings import get_setting, set_setting
from services.words import Message, phrase

# Working hours of the customer (their office hours on their working days, lunch or prayer breaks left out) within
# which their culture expects an answer: each market's reply_expected_hours in resources/contact_practice.json, its
# region's default for a country without its own. Sources and reasoning: docs/replies.md.
DEFAULT_HOURS: dict[str, float] = {r.value: region_practice(r.value).reply_expected_hours for r in Region}
UNKNOWN_COUNTRY_HOURS = practice(UNKNOWN_COUNTRY).reply_expected_hours
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
    overridden: frozenset[str] = frozenset()  # regions whose hours the user set: they win over a market's own


class CountryName(NamedTuple):
    """A country named in the reader's language when a reason is shown."""

    code: str

    def render(self, lang: str | None = None) -> str:
        from services.countries import get_country
        from services.words import normal

        return get_country(self.code).name(normal(lang))


def expectations() -> Expectations:
    saved = get_setting(SETTING_KEY, {}) or {}
    own = {k: float(v) for k, v in (saved.get("regions") or {}).items() if k in DEFAULT_HOURS}
    return Expectations({**DEFAULT_HOURS, **own}, {k: float(v) for k, v in (saved.get("countries") or {}).items()},
                        frozenset(own))


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
    # Only a region's hours that differ from its default are kept: the default gives way to each market's own.
    own = {k: float(v) for k, v in regions.items() if float(v) != DEFAULT_HOURS[k]}
    set_setting(SETTING_KEY, {"regions": own, "countries": codes})


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
    """Hours to answer a customer of country in, and whose expectation it is: the user's country setting, their region
    setting, the market's own (contact_practice.json), its region's default."""
    if country in wanted.countries:
        return wanted.countries[country], CountryName(country)
    if region in wanted.overridden:
        return wanted.regions[region], Message(f"Region.{region}")
    if country == UNKNOWN_COUNTRY or region not in wanted.regions:
        return UNKNOWN_COUNTRY_HOURS, Message("why.reply_unknown_country")
    market = practice(country)
    if market.level == "country":
        return market.reply_expected_hours, CountryName(country)
    return wanted.regions[region], Message(f"Region.{region}")


def expected_by(country: str, zone: str, received_utc: dt.datetime, hours: float) -> dt.datetime:
    """When a reply is due: hours counted in the customer's office hours (breaks left out) on their working days
    (aware UTC). A message received outside their hours starts counting when their office next opens.
    """
    from services.countries import is_working_day

    market = practice(country)
    return _count(lambda day: is_working_day(country, day), lambda day: market.periods(day.weekday()), zone,
                  received_utc, hours)


def _count(working: Callable[[dt.date], bool], periods: Callable[[dt.date], tuple[Span, ...]], zone: str,
           received_utc: dt.datetime, hours: float) -> dt.datetime:
    if received_utc.tzinfo is None:
        raise ValueError("received_utc must be timezone-aware")
    tz = ZoneInfo(zone)
    left = dt.timedelta(hours=hours)
    cursor = received_utc.astimezone(dt.UTC)
    day = cursor.astimezone(tz).date()
    for _ in range(5000):  # 120 hours in the shortest office day still fit
        for start, end in periods(day) if working(day) else ():
            # Hours in UTC: differences of times in one zone would ignore a daylight-saving change.
            opens = dt.datetime.combine(day, start, tz).astimezone(dt.UTC)
            closes = dt.datetime.combine(day, end, tz).astimezone(dt.UTC)
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
    by = _count(lambda day: slots.working(a.country, day), lambda day: slots.periods(a.country, day), zone, received,
                hours)
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
    # A reply owed stands on the customer's day the message came: east of UTC that is already tomorrow (a Berlin
    # e-mail at 00:04 Monday while it is Sunday 23:04 UTC), so the UTC day after is read too.
    owed = [t for t in plan(today, 2, account_uuid=account_uuid, include_overdue=True, today=today,
                            owner=owner)
            if t.kind == "reply"]
    return sorted(owed, key=lambda t: (t.expected_by or t.due_utc, t.account))


def _check(hours: object, where: Message | CountryName) -> None:
    valid = isinstance(hours, int | float) and not isinstance(hours, bool) and MIN_HOURS <= hours <= MAX_HOURS
    if not valid:
        raise ValidationError({"reply_hours": Message("check.hours_for", where=where, lo=MIN_HOURS, hi=MAX_HOURS)})


def _shown_hours(hours: float) -> float | int:
    return int(hours) if float(hours).is_integer() else hours
