"""Dates and times of the brief's lines in English and Simplified Chinese (its words are in services.words)."""

from __future__ import annotations

WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def day(value, lang: str) -> str:
    """A date as '24 Nov' or '11月24日'."""
    return f"{value.month}月{value.day}日" if lang == "zh" else f"{value:%d %b}"


def when(value, lang: str, with_date: bool = True) -> str:
    """'Tue 24 Nov 14:32' or '11月24日 周二 14:32' (without the date: 'Tue 14:32', '周二 14:32')."""
    if lang == "zh":
        head = f"{day(value, lang)} " if with_date else ""
        return f"{head}{WEEKDAYS_ZH[value.weekday()]} {value:%H:%M}"
    return f"{value:%a %d %b %H:%M}" if with_date else f"{value:%a %H:%M}"
