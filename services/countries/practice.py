"""Contact practicalities per market: channels, reply times, office hours, breaks and working week, as data."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import Any, NamedTuple

import resources
from models.enums import Region
from services.countries.data import UNKNOWN_COUNTRY, get_country

CHANNELS = ("email", "phone", "whatsapp", "wechat", "line", "kakaotalk", "telegram", "viber", "zalo", "linkedin",
            "video", "visit")
DEFAULT_KEY = "default"  # the entry for an account whose country is not known yet

Span = tuple[dt.time, dt.time]


class Practice(NamedTuple):
    """How to reach customers of one market; level 'country', 'region' (its region's default) or 'default'."""

    code: str
    level: str
    channels: tuple[str, ...]  # in the order to try them
    blocked: tuple[str, ...]  # banned or restricted there
    reply_expected_hours: float  # their working hours within which they expect a supplier's answer
    usual_answer_hours: float  # their working hours within which they usually answer
    office_hours: Span
    daily_break: Span | None  # lunch or prayer, every working day
    weekday_breaks: dict[int, Span]  # a day's own break (Friday prayer), in place of the daily one
    working_week: tuple[int, ...]  # Monday=0
    sources: tuple[dict, ...]

    def break_on(self, weekday: int) -> Span | None:
        return self.weekday_breaks.get(weekday, self.daily_break)

    def as_data(self) -> dict[str, Any]:
        """JSON-ready, in the shape of contact_practice.json (the command line's `country --json`)."""
        def hhmm(span: Span | None) -> list[str] | None:
            return [f"{span[0]:%H:%M}", f"{span[1]:%H:%M}"] if span else None

        return {"level": self.level, "channels": list(self.channels), "blocked": list(self.blocked),
                "reply_expected_hours": self.reply_expected_hours, "usual_answer_hours": self.usual_answer_hours,
                "office_hours": hhmm(self.office_hours), "break": hhmm(self.daily_break),
                "weekday_breaks": {str(day): hhmm(span) for day, span in self.weekday_breaks.items()},
                "working_week": list(self.working_week), "sources": list(self.sources)}

    def periods(self, weekday: int) -> tuple[Span, ...]:
        """The office hours of a working day with that day's break taken out."""
        start, end = self.office_hours
        pause = self.break_on(weekday)
        if pause is None or pause[1] <= start or pause[0] >= end:
            return ((start, end),)
        return tuple((a, b) for a, b in ((start, pause[0]), (pause[1], end)) if a < b)


def _time(value: Any, where: str) -> dt.time:
    try:
        return dt.time.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{where}: {value!r} is not a time like 09:00") from None


def _span(value: Any, where: str) -> Span:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError(f"{where}: expected [start, end]")
    start, end = _time(value[0], where), _time(value[1], where)
    if not start < end:
        raise ValueError(f"{where}: {value[0]} is not before {value[1]}")
    return start, end


def _hours(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"{where}: expected a positive number of hours, got {value!r}")
    return float(value)


def _channels(value: Any, where: str) -> tuple[str, ...]:
    unknown = [c for c in value if c not in CHANNELS] if isinstance(value, list) else [value]
    if unknown:
        raise ValueError(f"{where}: unknown channels {unknown}")
    return tuple(value)


def check_entry(code: str, level: str, raw: dict) -> Practice:
    """One market's entry read and checked; ValueError (a bug in the shipped data, not the user's) names the market
    and the field at fault."""
    office = _span(raw.get("office_hours"), f"{code}.office_hours")
    daily = None if raw.get("break") is None else _span(raw["break"], f"{code}.break")
    weekday_breaks = {}
    for day, span in (raw.get("weekday_breaks") or {}).items():
        if day not in {str(d) for d in range(7)}:
            raise ValueError(f"{code}.weekday_breaks: {day!r} is not a weekday number 0-6")
        weekday_breaks[int(day)] = _span(span, f"{code}.weekday_breaks.{day}")
    week = raw.get("working_week")
    if not isinstance(week, list) or not week or any(d not in range(7) for d in week) or len(set(week)) != len(week):
        raise ValueError(f"{code}.working_week: expected distinct weekday numbers 0-6, got {week!r}")
    channels = _channels(raw.get("channels"), f"{code}.channels")
    if not channels:
        raise ValueError(f"{code}.channels: at least one channel")
    return Practice(code, level, channels, _channels(raw.get("blocked", []), f"{code}.blocked"),
                    _hours(raw.get("reply_expected_hours"), f"{code}.reply_expected_hours"),
                    _hours(raw.get("usual_answer_hours"), f"{code}.usual_answer_hours"),
                    office, daily, weekday_breaks, tuple(week), tuple(raw.get("sources") or ()))


@cache
def _table() -> tuple[dict[str, Practice], dict[str, Practice], Practice]:
    """(markets by country code, defaults by region, the default for an unknown country), checked once."""
    data = json.loads(resources.path("contact_practice.json").read_text(encoding="utf-8"))
    markets = {code: check_entry(code, "country", raw) for code, raw in data["markets"].items()}
    regions = {key: check_entry(key, "region", raw) for key, raw in data["regions"].items()}
    missing = {r.value for r in Region} - regions.keys()
    if missing:
        raise ValueError(f"regions without a default: {sorted(missing)}")
    return markets, regions, check_entry(DEFAULT_KEY, "default", data[DEFAULT_KEY])


def market_codes() -> tuple[str, ...]:
    """The countries with their own entry."""
    return tuple(_table()[0])


def region_practice(region: str) -> Practice:
    return _table()[1][region]


@cache
def practice(code: str) -> Practice:
    """A country's own entry, else its region's with the country's real working week; the default when unknown."""
    from services.countries.days_off import weekend_days

    markets, regions, default = _table()
    if code == UNKNOWN_COUNTRY:
        return default
    country = get_country(code)
    if country.code in markets:
        return markets[country.code]
    week = tuple(d for d in range(7) if d not in weekend_days(country.code))
    return regions[country.region.value]._replace(code=country.code, working_week=week)
