"""Contact windows: the hours a customer can be contacted, from their market's office hours or as set in Settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from models.enums import Region
from services.countries.data import UNKNOWN_COUNTRY, get_country, resolve_country
from services.countries.practice import Practice, practice, region_practice
from services.errors import ValidationError
from services.words import Message

DEFAULT_WINDOW = (dt.time(10), dt.time(15))


WORKING_WINDOWS_KEY = "working_windows"


def _parse_window(value: Any) -> tuple[dt.time, dt.time] | None:
    try:
        start, end = dt.time.fromisoformat(value[0]), dt.time.fromisoformat(value[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return None
    return (start, end) if start < end else None


def _saved_window(bucket: str, key: str) -> tuple[dt.time, dt.time] | None:
    from services.settings import get_setting

    saved = get_setting(WORKING_WINDOWS_KEY, {}) or {}
    return _parse_window((saved.get(bucket) or {}).get(key))


def region_window(region: str) -> tuple[dt.time, dt.time]:
    """The contact window of a region: its override in Settings, else its default market's."""
    return _saved_window("regions", region) or market_window(region_practice(region))


def market_window(market: Practice, weekday: int = 0) -> tuple[dt.time, dt.time]:
    """The part of 10:00-15:00 inside the market's office hours and outside that day's break.

    A break that splits it leaves the longer part (the morning when both are as long: mail read before lunch is
    answered the same day), so every window stays one span as the planner and the reply clock count it.
    """
    parts = [(max(DEFAULT_WINDOW[0], a), min(DEFAULT_WINDOW[1], b)) for a, b in market.periods(weekday)]
    parts = [(a, b) for a, b in parts if a < b]
    if not parts:  # office hours that miss 10:00-15:00 altogether: their own hours, as the nearest there is
        return market.periods(weekday)[0]
    return max(parts, key=lambda p: _minutes(p[1]) - _minutes(p[0]))  # max keeps the first of equals


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def working_window(code: str, weekday: int | None = None) -> tuple[dt.time, dt.time]:
    """Hours to contact a customer (their local time): country override, else region's, else their market's
    (on weekday when given: a Friday prayer break narrows Friday's)."""
    if code == UNKNOWN_COUNTRY:
        return market_window(practice(code))
    country = get_country(code)
    saved = _saved_window("countries", country.code) or _saved_window("regions", country.region.value)
    return saved or market_window(practice(country.code), 0 if weekday is None else weekday)


def set_working_window(scope: str, key: str, start: dt.time | None, end: dt.time | None = None) -> None:
    """scope 'country' (key: anything resolve_country takes) or 'region' (a Region value); start None clears."""
    from services.settings import get_setting, set_setting

    if scope == "country":
        bucket, key = "countries", resolve_country(key).code
    elif scope == "region":
        if key not in {r.value for r in Region}:
            raise ValidationError({"region": Message("check.not_region", value=key)})
        bucket = "regions"
    else:
        raise ValidationError({"scope": Message("check.scope")})
    if start is not None and (end is None or not start < end):
        raise ValidationError({"window": Message("check.window_order")})
    saved = get_setting(WORKING_WINDOWS_KEY, {}) or {}
    entries = saved.setdefault(bucket, {})
    if start is None:
        entries.pop(key, None)
    else:
        entries[key] = [f"{start:%H:%M}", f"{end:%H:%M}"]
    set_setting(WORKING_WINDOWS_KEY, saved)
