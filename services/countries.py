"""Country knowledge: names in any language, region, zones, working week, public holidays, windows, etiquette."""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import resources
from models.enums import Region
from services import dates
from services.errors import UnknownCountryError, ValidationError
from services.text import fold
from services.words import Message

DEFAULT_WINDOW = (dt.time(10), dt.time(15))
# An account an import could not place has country "" until the user sets one: it is planned Monday to Friday,
# without public holidays, in the default window, in UTC (its own time zone, when it has one, wins).
UNKNOWN_COUNTRY = ""
UNKNOWN_COUNTRY_ZONE = "UTC"
WORKING_WINDOWS_KEY = "working_windows"
ETIQUETTE_SECTIONS = ("greeting", "names_titles", "business_cards", "meetings", "punctuality", "communication",
                      "negotiation", "decision_making", "relationships", "gifts", "dining", "dress", "taboos",
                      "working_week", "language", "follow_up")


class Country(NamedTuple):
    """One ISO 3166-1 country or territory (plus Kosovo, XK) as resources/countries.json ships it.

    Regions are sales territories, not continents: Egypt and the Maghreb are africa (Egypt could as well be
    middle_east; the region notes for Africa cover North Africa), Georgia and Ukraine are europe, Mexico, Central
    America and the Caribbean are latin_america, and empty or remote territories take their nearest region.
    """

    code: str
    name_en: str
    name_zh: str
    region: Region
    timezones: tuple[str, ...]
    languages: tuple[str, ...]
    local_names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    alpha3: str = ""

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en

    @property
    def main_timezone(self) -> str:
        return self.timezones[0]


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


class Etiquette(NamedTuple):
    code: str
    level: str  # "country" or "region"
    region: Region
    sections: dict[str, str]  # in ETIQUETTE_SECTIONS order, empty sections left out
    sources: list[dict]


# ---------------------------------------------------------------- names


@cache
def _records() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(resources.path("countries.json").read_text(encoding="utf-8")))


@cache
def _countries() -> dict[str, Country]:
    return {r["code"]: Country(
        code=r["code"], name_en=r["name_en"], name_zh=r["name_zh"], region=Region(r["region"]),
        timezones=tuple(r["timezones"]), languages=tuple(r["languages"]), local_names=tuple(r["local_names"]),
        aliases=tuple(r["aliases"]), alpha3=r.get("alpha3", "")) for r in _records()}


@cache
def _weekend_overrides() -> dict[str, tuple[int, ...]]:
    return {r["code"]: tuple(r["weekend"]) for r in _records() if "weekend" in r}


_DROPPED = re.compile(r"[.'’ʻ`]")
_SPACED = re.compile(r"[-_,;:/()\[\]（）]")


def _key(text: str) -> str:
    """'U.S.A.' -> 'usa', 'Côte d’Ivoire' and 'cote d ivoire' -> 'cotedivoire', 'the Netherlands' -> 'netherlands'."""
    words = _SPACED.sub(" ", _DROPPED.sub("", fold(text).replace("&", " and "))).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(words)


@cache
def _lookup() -> dict[str, str]:
    """Every way of writing a country, as a key, to its code; later (stronger) spellings win a clash.

    Weakest first: the names in other languages (country_names.json: "Frankreich", "Estados Unidos", "アメリカ合衆国",
    as localised exports write them), then countries.json's own names, aliases and codes.
    """
    table: dict[str, str] = {}
    other_languages = json.loads(resources.path("country_names.json").read_text(encoding="utf-8"))["names"]
    for code, names in other_languages.items():
        for name in names:
            table[_key(name)] = code
    for c in _countries().values():
        for name in (*c.aliases, *c.local_names, c.name_zh, c.name_en, c.alpha3, c.code):
            if name:
                table[_key(name)] = c.code
    return table


def all_countries() -> list[Country]:
    return sorted(_countries().values(), key=lambda c: fold(c.name_en))


def get_country(code: str) -> Country:
    try:
        return _countries()[str(code).strip().upper()]
    except KeyError:
        raise UnknownCountryError("error.unknown_country_code", code=code) from None


def try_resolve_country(text: str | None) -> Country | None:
    code = _lookup().get(_key(text or ""))
    return _countries()[code] if code else None


def resolve_country(text: str) -> Country:
    """A country from how people type it: code, alpha-3, English, local or Chinese name, common alias."""
    found = try_resolve_country(text)
    if found:
        return found
    if not (text or "").strip():
        raise UnknownCountryError("error.no_country_given")
    import difflib  # only for a suggestion after a miss; kept off start-up

    close = difflib.get_close_matches(_key(text), list(_lookup()), n=3, cutoff=0.75)
    names = list(dict.fromkeys(_countries()[_lookup()[k]].name_en for k in close))
    hint = Message("error.did_you_mean", names=tuple(names)) if names else ""
    raise UnknownCountryError("error.unknown_country", text=text, hint=hint)


# ---------------------------------------------------------------- week and holidays


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


# ---------------------------------------------------------------- working windows (need the database)


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


# ---------------------------------------------------------------- the firm's own notes (need the database)


def country_note(code: str) -> str:
    from models import CountryNote

    if code == UNKNOWN_COUNTRY:
        return ""
    row = CountryNote.get_or_none(CountryNote.country == get_country(code).code)
    return row.text if row else ""


def set_country_note(code: str, text: str) -> None:
    from models import CountryNote
    from models.base import save_by_key

    code = get_country(code).code
    text = (text or "").replace("\x00", "")
    if len(text) > 100_000:
        raise ValidationError({"notes": Message("check.notes_too_long", limit=100_000)})
    save_by_key(CountryNote, CountryNote.country, code, text=text)


# ---------------------------------------------------------------- etiquette


def _etiquette_dir() -> Path:
    return resources.path("etiquette")


@cache
def _read_etiquette(path: Path, _mtime_ns: int) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _etiquette_file(path: Path) -> dict | None:
    try:
        return _read_etiquette(path, path.stat().st_mtime_ns)
    except FileNotFoundError:
        return None


def etiquette_level(code: str) -> str:
    return "country" if (_etiquette_dir() / f"{get_country(code).code}.json").is_file() else "region"


def etiquette(code: str, lang: str = "en") -> Etiquette:
    """The shipped notes for a country, else its region's (level 'region'); a section missing in lang is English."""
    country = get_country(code)
    data = _etiquette_file(_etiquette_dir() / f"{country.code}.json")
    level = "country"
    if data is None:
        data = _etiquette_file(_etiquette_dir() / "regions" / f"{country.region.value}.json") or {}
        level = "region"
    english = data.get("en") or {}
    chosen = (data.get(lang) or {}) if lang != "en" else english
    sections = {s: chosen.get(s) or english.get(s) for s in ETIQUETTE_SECTIONS if chosen.get(s) or english.get(s)}
    return Etiquette(country.code, level, country.region, sections, list(data.get("sources") or []))
