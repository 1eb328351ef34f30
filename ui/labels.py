"""Labels of the shared choices and dates for widgets, in the UI language (from services.words, services.dates)."""

import datetime as dt

from services import dates, words


def short_day(day: dt.date) -> str:
    """A weekday's short name in the UI language (Mon, 周一)."""
    return dates.weekday(day, words.language())


def day_time(when: dt.datetime, with_date: bool = False, today: dt.date | None = None) -> str:
    """'Tue 14:32' or 'Tue 24 Nov 14:32' in the UI language; with the year when the day is not in today's year."""
    return dates.day_time(when, words.language(), with_date=with_date, today=today)


def label(enum_type, value: str) -> str:
    """The label of value (a StrEnum member or its string) of enum_type, in the UI language."""
    return words.label(enum_type, value)


def section_label(key: str) -> str:
    """The heading of an etiquette section, in the UI language."""
    return words.section(key)
