"""Dates and times as a reader sees them, in their language, with the year whenever it is not this year.

The one formatter for the screen, the brief, the reasons and the command line: the patterns come from the
Unicode CLDR through Babel (British English, simplified Chinese), so a third language needs no new table.
Babel is imported on the first date shown, not at start-up.
"""

from __future__ import annotations

import datetime as dt

_LOCALES = {"en": "en_GB", "zh": "zh_CN"}


def _locale(lang: str) -> str:
    return _LOCALES["zh" if lang.lower().startswith("zh") else "en"]


def _needs_year(value: dt.date, today: dt.date | None) -> bool:
    return value.year != (today or dt.date.today()).year


def _skeleton(value: dt.date, today: dt.date | None, weekday: bool) -> str:
    # CLDR skeletons, not patterns: each language orders day, month, weekday and year its own way.
    return ("y" if _needs_year(value, today) else "") + ("MMMEd" if weekday else "MMMd")


def day(value: dt.date, lang: str, *, weekday: bool = False, today: dt.date | None = None) -> str:
    """'4 Mar', 'Tue 4 Mar', '4 Mar 2027', '3月4日', '3月4日周二', '2027年3月4日' — the year when not today's."""
    from babel.dates import format_skeleton

    return format_skeleton(_skeleton(value, today, weekday), value, locale=_locale(lang))


def weekday(value: dt.date, lang: str) -> str:
    """A weekday's short name: 'Tue', '周二'."""
    from babel.dates import format_skeleton

    return format_skeleton("E", value, locale=_locale(lang))


def day_time(value: dt.datetime, lang: str, *, with_date: bool = True, today: dt.date | None = None) -> str:
    """'Tue 4 Mar 14:32' ('Tue, 4 Mar 2027 14:32' in another year), '3月4日周二 14:32'; without the date 'Tue 14:32'."""
    head = day(value, lang, weekday=True, today=today) if with_date else weekday(value, lang)
    return f"{head} {value:%H:%M}"


def full_date(value: dt.date, lang: str) -> str:
    """'4 Mar 2025' or '2025年3月4日', always with the year (a brief's cover, a record's date)."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMMd", value, locale=_locale(lang))


def month(value: dt.date, lang: str) -> str:
    """'Mar 2025' or '2025年3月' (a chart's month)."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMM", value, locale=_locale(lang))


def stamp(value: dt.datetime, lang: str) -> str:
    """'4 Mar 2025 14:32' or '2025年3月4日 14:32', in the zone the time was given in."""
    return f"{full_date(value, lang)} {value:%H:%M}"


def span(start: dt.date, end: dt.date, lang: str, *, today: dt.date | None = None) -> str:
    """Days start..end inclusive: '9 Mar', '9 – 12 Mar', '3月9日至12日'; with the year if either is not this year."""
    from babel.dates import format_interval

    skeleton = "yMMMd" if _needs_year(start, today) or _needs_year(end, today) else "MMMd"
    if start == end:
        return day(start, lang, today=today)
    return format_interval(start, end, skeleton, locale=_locale(lang))
