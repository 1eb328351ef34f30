"""Each country's working week and public holidays (from the holidays package), with English and local names."""

from __future__ import annotations

import datetime as dt
import warnings
from functools import cache
from typing import NamedTuple

from services import dates
from services.countries.data import UNKNOWN_COUNTRY, country_records, get_country


class Holiday(NamedTuple):
    date: dt.date
    name_en: str
    name_local: str


class HolidaySpan(NamedTuple):
    """Consecutive days of one holiday (Eid, Spring Festival, Golden Week) shown as one line."""

    start: dt.date
    end: dt.date  # inclusive
    name_en: str
    name_local: str

    def dates_text(self, lang: str, today: dt.date | None = None) -> str:
        """'9 – 12 Mar' or '3月9日至12日', with the year when the span is not in today's year."""
        return dates.span(self.start, self.end, lang, today=today)


@cache
def _weekend_overrides() -> dict[str, tuple[int, ...]]:
    return {r["code"]: tuple(r["weekend"]) for r in country_records() if "weekend" in r}


@cache
def _holiday_profile(code: str) -> tuple[tuple[int, ...], str | None, str | None] | None:
    """(weekend, language for English names, own language) from the holidays package, None if it lacks code."""
    import holidays

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            base = holidays.country_holidays(code)
    except Exception:  # NotImplementedError for a code it lacks; any other failure must not reach the caller
        return None
    supported = tuple(getattr(base, "supported_languages", ()) or ())
    own = getattr(base, "default_language", None)
    english = "en_US" if "en_US" in supported else next((lang for lang in supported if lang.startswith("en")), own)
    return tuple(sorted(base.weekend)), english, own


@cache
def weekend_days(code: str) -> tuple[int, ...]:
    """Weekday numbers (Monday=0): the holidays package's, else countries.json's "weekend", else Saturday-Sunday."""
    if code == UNKNOWN_COUNTRY:
        return (5, 6)
    country = get_country(code)
    profile = _holiday_profile(country.code)
    if profile and profile[0]:
        return profile[0]
    return _weekend_overrides().get(country.code, (5, 6))


@cache
def _holiday_names(code: str, year: int, language: str | None) -> dict[dt.date, str]:
    """One year of public holidays with names in language; {} whatever goes wrong."""
    import holidays

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return dict(holidays.country_holidays(code, years=year, language=language))
    except Exception:  # a broken country class costs its holidays, never the caller
        return {}


def _english_names(code: str, year: int) -> dict[dt.date, str]:
    # Named explicitly: left out, the package would pick the language from the LANG of whoever runs Rapport.
    profile = _holiday_profile(code)
    return _holiday_names(code, year, profile[1]) if profile else {}


@cache
def _year(code: str, year: int) -> dict[dt.date, Holiday]:
    profile = _holiday_profile(code)
    if profile is None:
        return {}
    english = _english_names(code, year)
    own = profile[2]
    local = _holiday_names(code, year, own) if own and own != profile[1] else english
    return {day: Holiday(day, name, local.get(day) or name) for day, name in sorted(english.items())}


def is_working_day(code: str, day: dt.date) -> bool:
    return day.weekday() not in weekend_days(code) and day not in _english_names(code.upper(), day.year)


def holidays_between(code: str, start: dt.date, end: dt.date) -> list[Holiday]:
    """Public holidays in [start, end), English and local names; [] for a country the package lacks (or none)."""
    if code == UNKNOWN_COUNTRY:
        return []
    code = get_country(code).code
    return [h for year in range(start.year, end.year + 1) for d, h in _year(code, year).items() if start <= d < end]


def next_holidays(code: str, today: dt.date, count: int = 5, days: int = 365) -> list[Holiday]:
    return holidays_between(code, today, today + dt.timedelta(days=days))[:count]


def _base_name(name: str) -> str:
    return name.replace(" (observed)", "").replace(" Holiday", "").strip()


def holiday_spans(items: list[Holiday]) -> list[HolidaySpan]:
    spans: list[HolidaySpan] = []
    for h in items:
        last = spans[-1] if spans else None
        if last and _base_name(last.name_en) == _base_name(h.name_en) and (h.date - last.end).days <= 1:
            spans[-1] = HolidaySpan(last.start, h.date, last.name_en, last.name_local)
        else:
            spans.append(HolidaySpan(h.date, h.date, h.name_en, h.name_local))
    return spans
