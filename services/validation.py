"""Turning what a user typed into clean field values, or a ValidationError naming each bad field."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 300
MAX_TEXT = 100_000
# Dates a person can mean; outside them the date arithmetic of plans and risks would overflow.
FIRST_YEAR, LAST_YEAR = 1000, 2999


class FieldErrors(dict):
    """Collects field -> message while cleaning a record."""


def text(value, field: str, errors: FieldErrors, *, required=False, limit=MAX_NAME) -> str:
    if isinstance(value, list | tuple | dict | set):
        errors[field] = f"is a {'list' if not isinstance(value, dict) else 'set of pairs'}, not text"
        return ""
    value = "" if value is None else str(value)
    value = value.replace("\x00", "").strip()
    if required and not value:
        errors[field] = "is required"
    elif len(value) > limit:
        errors[field] = f"is too long ({len(value):,} characters, at most {limit:,})"
    return value


def choice(value, enum: type[StrEnum], field: str, errors: FieldErrors, default: StrEnum) -> str:
    if value in (None, ""):
        return default.value
    try:
        return enum(str(value).strip().lower()).value
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        errors[field] = f"'{value}' is not one of: {allowed}"
        return default.value


def email(value, field: str, errors: FieldErrors) -> str:
    value = text(value, field, errors, limit=320)
    if value and not EMAIL_RE.match(value):
        errors[field] = f"'{value}' is not an e-mail address"
    return value


def timezone(value, field: str, errors: FieldErrors) -> str:
    value = text(value, field, errors, limit=64)
    if value and field not in errors:  # an over-long name is not looked up: the file system refuses its path
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # zoneinfo loads when first needed (start-up)

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            errors[field] = f"'{value}' is not a known time zone (use an IANA name like Europe/Berlin)"
    return value


def date(value, field: str, errors: FieldErrors) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            errors[field] = f"'{str(value)[:40]}' is not a date (use YYYY-MM-DD)"
            return None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        errors[field] = f"{value.isoformat()} is not a plausible date (years {FIRST_YEAR}–{LAST_YEAR})"
        return None
    return value


def aware_datetime(value, field: str, errors: FieldErrors) -> dt.datetime | None:
    if value in (None, ""):
        errors[field] = "is required"
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            errors[field] = f"'{value[:40]}' is not a date and time (use ISO 8601 with an offset)"
            return None
    if not isinstance(value, dt.datetime):
        errors[field] = "is not a date and time"
        return None
    if value.tzinfo is None:
        errors[field] = "has no time zone"
        return None
    try:
        value = value.astimezone(dt.UTC)
    except OverflowError:  # year 1 with a positive offset, year 9999 with a negative one
        value = None
    if value is None or not FIRST_YEAR <= value.year <= LAST_YEAR:
        errors[field] = f"is not a plausible time (years {FIRST_YEAR}–{LAST_YEAR})"
        return None
    return value


def integer(value, field: str, errors: FieldErrors, lo: int, hi: int) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float (1e400 in JSON)
        errors[field] = f"'{str(value)[:40]}' is not a whole number"
        return None
    if not lo <= number <= hi:
        errors[field] = f"must be between {lo} and {hi}"
    return number
