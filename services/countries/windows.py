"""Working windows: the hours a customer can be contacted, by region and by country, as set in Settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from models.enums import Region
from services.countries.data import UNKNOWN_COUNTRY, get_country, resolve_country
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
    """The contact window of a region: its override in Settings, else 10:00-15:00."""
    return _saved_window("regions", region) or DEFAULT_WINDOW


def working_window(code: str) -> tuple[dt.time, dt.time]:
    """Hours to contact a customer (their local time): country override, else region's, else 10:00-15:00."""
    if code == UNKNOWN_COUNTRY:
        return DEFAULT_WINDOW
    country = get_country(code)
    return _saved_window("countries", country.code) or region_window(country.region.value)


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
