"""Turning what a user typed into clean field values, or a ValidationError naming each bad field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from services.errors import ValidationError
from services.words import Message

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 300
MAX_TEXT = 100_000
# Dates a person can mean; outside them the date arithmetic of plans and risks would overflow.
FIRST_YEAR, LAST_YEAR = 1000, 2999


class FieldErrors(dict):
    """Collects field -> message (a services.words.Message) while cleaning a record."""


def checked(checks: dict[str, Callable[[Any], Any]], fields: dict, errors: FieldErrors, *, partial: bool,
            out: dict | None = None, also: set[str] | frozenset[str] = frozenset(),
            across: Callable[[dict], None] | None = None) -> dict:
    """Each field's check run on what was typed (only the fields given when partial, plus those in also), then
    across the cleaned values (rules between fields); a ValidationError naming every bad field, else the values."""
    out = {} if out is None else out
    for name, check in checks.items():
        if name in fields or name in also or not partial:
            out[name] = check(fields.get(name))
    if across is not None:
        across(out)
    if errors:
        raise ValidationError(dict(errors))
    return out


def text(value, field: str, errors: FieldErrors, *, required=False, limit=MAX_NAME) -> str:
    if isinstance(value, list | tuple | dict | set):
        errors[field] = Message("check.pairs_not_text" if isinstance(value, dict) else "check.list_not_text")
        return ""
    value = "" if value is None else str(value)
    value = value.replace("\x00", "").strip()
    if required and not value:
        errors[field] = Message("check.required")
    elif len(value) > limit:
        errors[field] = Message("check.too_long", length=len(value), limit=limit)
    return value


def choice(value, enum: type[StrEnum], field: str, errors: FieldErrors, default: StrEnum) -> str:
    if value in (None, ""):
        return default.value
    try:
        return enum(str(value).strip().lower()).value
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        errors[field] = Message("check.not_one_of", value=value, allowed=allowed)
        return default.value


def email(value, field: str, errors: FieldErrors) -> str:
    value = text(value, field, errors, limit=320)
    if value and not EMAIL_RE.match(value):
        errors[field] = Message("check.not_email", value=value)
    return value


def timezone(value, field: str, errors: FieldErrors) -> str:
    value = text(value, field, errors, limit=64)
    if value and field not in errors:  # an over-long name is not looked up: the file system refuses its path
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # zoneinfo loads when first needed (start-up)

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            errors[field] = Message("check.not_time_zone", value=value)
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
            errors[field] = Message("check.not_date", value=str(value)[:40])
            return None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        errors[field] = Message("check.implausible_date", value=value.isoformat(), first=FIRST_YEAR, last=LAST_YEAR)
        return None
    return value


def aware_datetime(value, field: str, errors: FieldErrors) -> dt.datetime | None:
    if value in (None, ""):
        errors[field] = Message("check.required")
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            errors[field] = Message("check.not_iso_time", value=value[:40])
            return None
    if not isinstance(value, dt.datetime):
        errors[field] = Message("check.not_time")
        return None
    if value.tzinfo is None:
        errors[field] = Message("check.no_zone")
        return None
    try:
        value = value.astimezone(dt.UTC)
    except OverflowError:  # year 1 with a positive offset, year 9999 with a negative one
        value = None
    if value is None or not FIRST_YEAR <= value.year <= LAST_YEAR:
        errors[field] = Message("check.implausible_time", first=FIRST_YEAR, last=LAST_YEAR)
        return None
    return value


def integer(value, field: str, errors: FieldErrors, lo: int, hi: int) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: an infinite float (1e400 in JSON)
        errors[field] = Message("check.not_whole_number", value=str(value)[:40])
        return None
    if not lo <= number <= hi:
        errors[field] = Message("check.between", lo=lo, hi=hi)
    return number


YES = frozenset({"1", "true", "yes", "y", "x", "是"})
NO = frozenset({"", "0", "false", "no", "n", "否"})


def flag(value, field: str, errors: FieldErrors) -> bool:
    """A yes/no field: a boolean, or as a spreadsheet writes it (TRUE, yes, 1, x, 是; empty is no)."""
    if value is None or isinstance(value, bool):
        return bool(value)
    shown = str(value).strip().casefold()
    if shown in YES or shown in NO:
        return shown in YES
    errors[field] = Message("check.not_yes_no", value=str(value)[:40])
    return False
