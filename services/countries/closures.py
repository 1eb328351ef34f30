"""Seasonal closures per market (resources/closures.json): Ramadan, Eid, Lunar New Year, Golden Week, Diwali, Songkran.

A public holiday is one day the holidays package knows; a closure is the stretch around it in which the customer's
office is effectively shut (closed) or working short hours (lightened), even on days that are not holidays.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any, NamedTuple

import resources
from services import dates
from services.countries.data import UNKNOWN_COUNTRY
from services.words import Named

CLOSED, LIGHTENED = "closed", "lightened"
ANY_MUSLIM = "*"  # the markets entry for a Muslim-owned account outside the Muslim-majority markets


class Closure(NamedTuple):
    """One closure of one market in one year: its days (inclusive), what it does and why, in both languages."""

    id: str
    kind: str  # closed | lightened
    start: dt.date
    end: dt.date  # inclusive
    name: Named
    reason: Named
    window: tuple[dt.time, dt.time] | None = None  # lightened: the hours to contact them (their time)
    quiet_from: dt.date | None = None  # lightened: no new quote from this day to the end

    def dates_text(self, lang: str, today: dt.date | None = None) -> str:
        return dates.span(self.start, self.end, lang, today=today)

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@cache
def _data() -> dict[str, Any]:
    return json.loads(resources.path("closures.json").read_text(encoding="utf-8"))


def muslim_markets() -> frozenset[str]:
    return frozenset(_data()["muslim_markets"])


def _lunisolar(code: str, anchor: str, year: int) -> list[tuple[dt.date, dt.date]]:
    """Lunar New Year's or Diwali's day in year, as a one-day span; [] past the package's calendar tables."""
    from holidays.calendars import _ChineseLunisolar, _HinduLunisolar
    from holidays.calendars.chinese import CHINESE_CALENDAR, KOREAN_CALENDAR, VIETNAMESE_CALENDAR

    if anchor == "lunar_new_year":  # Seoul's and Hanoi's meridians put the new moon a day apart in some years
        calendar = {"KR": KOREAN_CALENDAR, "VN": VIETNAMESE_CALENDAR}.get(code, CHINESE_CALENDAR)
        day = _ChineseLunisolar(calendar).lunar_new_year_date(year)[0]
    else:
        day = _HinduLunisolar().diwali_date(year)[0]
    return [(day, day)] if day else []


@cache
def eid_al_fitr(code: str, year: int) -> tuple[dt.date, ...]:
    """The first day of each Eid al-Fitr in year: the market's own holiday (the holidays package) where it has one,
    else the Islamic calendar's date (a Muslim-owned account in a market without the holiday)."""
    from holidays.calendars import _IslamicLunar

    from services.countries.days_off import holidays_between

    reference = [day for day, _ in _IslamicLunar().eid_al_fitr_dates(year) if day.year == year]
    if code == UNKNOWN_COUNTRY:
        return tuple(reference)
    span = dt.timedelta(days=3)
    own = [h.date for h in holidays_between(code, dt.date(year, 1, 1) - span, dt.date(year + 1, 1, 1) + span)
           if "fitr" in h.name_en.lower()]
    return tuple(min((d for d in own if abs(d - ref) <= span), default=ref) for ref in reference)


@cache
def ramadan(code: str, year: int) -> tuple[tuple[dt.date, dt.date], ...]:
    """Each Ramadan whose Eid al-Fitr falls in year: (first, last day), the 29 or 30 days before Eid's first day."""
    from holidays.calendars import _IslamicLunar

    calendar = _IslamicLunar()
    beginnings = [day for y in (year - 1, year) for day, _ in calendar.ramadan_beginning_dates(y)]
    out = []
    for eid in eid_al_fitr(code, year):
        start = next((b for b in beginnings if 29 <= (eid - b).days <= 30), eid - dt.timedelta(days=30))
        out.append((start, eid - dt.timedelta(days=1)))
    return tuple(out)


def _occurrences(code: str, anchor: str, year: int) -> list[tuple[dt.date, dt.date]]:
    if anchor == "ramadan":
        return list(ramadan(code, year))
    if anchor == "eid_al_fitr":
        return [(day, day) for day in eid_al_fitr(code, year)]
    if anchor == "fixed":
        return [(dt.date(year, 1, 1), dt.date(year, 1, 1))]
    return _lunisolar(code, anchor, year)


def _day_of(year: int, text: str) -> dt.date:
    month, day = text.split("-")
    return dt.date(year, int(month), int(day))


def _span(offsets: list, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    if isinstance(offsets[0], str):  # fixed: "MM-DD" days of first's year
        return _day_of(first.year, offsets[0]), _day_of(first.year, offsets[1])
    return first + dt.timedelta(days=offsets[0]), last + dt.timedelta(days=offsets[1])


def _offsets(rule: dict, code: str, muslim_owned: bool) -> list | None:
    markets = rule["markets"]
    if code in markets:
        return markets[code]
    if rule.get("muslim") and (code in muslim_markets() or muslim_owned):
        return markets.get(ANY_MUSLIM)
    return None


def _closure(rule: dict, start: dt.date, end: dt.date) -> Closure:
    hours = rule.get("window")
    window = (dt.time.fromisoformat(hours[0]), dt.time.fromisoformat(hours[1])) if hours else None
    quiet = rule.get("no_quotes_last_days")
    return Closure(rule["id"], rule["kind"], start, end, Named(**rule["name"]), Named(**rule["reason"]), window,
                   max(start, end - dt.timedelta(days=quiet - 1)) if quiet else None)


@cache
def closures_for(code: str, year: int, muslim_owned: bool = False) -> tuple[Closure, ...]:
    """The closures of a market whose anchor day falls in year (a span may run into the next), by start."""
    out = []
    for rule in _data()["closures"]:
        offsets = _offsets(rule, code, muslim_owned)
        if offsets is None:
            continue
        for first, last in _occurrences(code, rule["anchor"], year):
            out.append(_closure(rule, *_span(offsets, first, last)))
    return tuple(sorted(out, key=lambda c: (c.start, c.kind != CLOSED)))


@cache
def _by_day(code: str, year: int, muslim_owned: bool) -> dict[dt.date, Closure]:
    """Every day of year in a closure: a closed one wins over a lightened one on the same day."""
    out: dict[dt.date, Closure] = {}
    for closure in (c for y in (year - 1, year, year + 1) for c in closures_for(code, y, muslim_owned)):
        day = max(closure.start, dt.date(year, 1, 1))
        while day <= closure.end and day.year == year:
            held = out.get(day)
            if held is None or (held.kind != CLOSED and closure.kind == CLOSED):
                out[day] = closure
            day += dt.timedelta(days=1)
    return out


def closure_on(code: str, day: dt.date, muslim_owned: bool = False) -> Closure | None:
    """The closure the customer's office is in on day (closed before lightened), None on an ordinary day."""
    return _by_day(code, day.year, muslim_owned).get(day)


def closures_between(code: str, start: dt.date, end: dt.date, muslim_owned: bool = False) -> list[Closure]:
    """The closures that overlap [start, end), by start."""
    found = {c for y in range(start.year - 1, end.year + 1) for c in closures_for(code, y, muslim_owned)
             if c.start < end and c.end >= start}
    return sorted(found, key=lambda c: (c.start, c.kind != CLOSED))


def next_closures(code: str, today: dt.date, count: int = 4, days: int = 365,
                  muslim_owned: bool = False) -> list[Closure]:
    return closures_between(code, today, today + dt.timedelta(days=days), muslim_owned)[:count]
