"""The printed brief's fixed words (from the catalogue, services.words) and date formats, in English and Chinese."""

from __future__ import annotations

import datetime as dt

from services import words

_WEEKDAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
             "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日")}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _zh(lang: str) -> bool:
    return lang.lower().startswith("zh")


def text(key: str, lang: str, **values: object) -> str:
    """A fixed label in the brief's language, with {placeholders} filled in."""
    return words.text(f"brief.{key}", lang, **values)


def level(value: str | None, lang: str) -> str:
    """'High' / '高' for a risk level; empty for None or an unknown value."""
    return words.text(f"level.{value}", lang) if words.known(f"level.{value}") else ""


def day(value: dt.date, lang: str) -> str:
    """'Tue 4 Mar' or '3月4日 周二'."""
    weekday = _WEEKDAYS["zh" if _zh(lang) else "en"][value.weekday()]
    if _zh(lang):
        return f"{value.month}月{value.day}日 {weekday}"
    return f"{weekday} {value.day} {_MONTHS[value.month - 1]}"


def full_date(value: dt.date, lang: str) -> str:
    """'4 Mar 2025' or '2025年3月4日'."""
    if _zh(lang):
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def stamp(value: dt.datetime, lang: str) -> str:
    """'4 Mar 2025 14:32' or '2025年3月4日 14:32', in the zone the time was given in."""
    return f"{full_date(value, lang)} {value:%H:%M}"
