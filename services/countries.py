"""Country knowledge: names in any language, region, zones, working week, public holidays, windows, etiquette."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import warnings
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import resources
from models.enums import Region
from services.errors import UnknownCountryError, ValidationError
from services.text import fold

DEFAULT_WINDOW = (dt.time(10), dt.time(15))
ETIQUETTE_SECTIONS = ("greeting", "names_titles", "business_cards", "meetings", "punctuality", "communication",
                      "negotiation", "decision_making", "relationships", "gifts", "dining", "dress", "taboos",
                      "working_week", "language", "follow_up")


@dataclass(frozen=True)
class Country:
    code: str
    alpha3: str
    name_en: str
    name_zh: str
    region: Region
    timezones: tuple[str, ...]
    languages: tuple[str, ...]
    local_names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    weekend_override: tuple[int, ...] | None = field(default=None, compare=False)

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en

    @property
    def main_timezone(self) -> str:
        return self.timezones[0]


@dataclass(frozen=True)
class Holiday:
    date: dt.date
    name_en: str
    name_local: str


@dataclass(frozen=True)
class Etiquette:
    code: str
    level: str  # "country" or "region"
    region: str
    sections: dict[str, str]
    sources: list[dict]


# ---------------------------------------------------------------- data


@cache
def _countries() -> dict[str, Country]:
    records = json.loads(resources.path("countries.json").read_text(encoding="utf-8"))
    out = {}
    for r in records:
        out[r["code"]] = Country(
            code=r["code"], alpha3=r.get("alpha3", ""), name_en=r["name_en"], name_zh=r["name_zh"],
            region=Region(r["region"]), timezones=tuple(r["timezones"]), languages=tuple(r["languages"]),
            local_names=tuple(r.get("local_names", ())), aliases=tuple(r.get("aliases", ())),
            weekend_override=tuple(r["weekend"]) if "weekend" in r else None)
    return out


@cache
def _lookup() -> dict[str, str]:
    """Every way of writing a country, folded, to its code (codes and English names win over aliases)."""
    table: dict[str, str] = {}
    for c in _countries().values():
        for name in (*c.aliases, *c.local_names, c.name_zh, c.name_en, c.alpha3, c.code):
            if name:
                table[_key(name)] = c.code
    return table


def _key(text: str) -> str:
    return " ".join(fold(text).replace(".", "").replace(",", " ").split())


def all_countries() -> list[Country]:
    return sorted(_countries().values(), key=lambda c: c.name_en)


def get_country(code: str) -> Country:
    try:
        return _countries()[str(code).upper()]
    except KeyError:
        raise UnknownCountryError(f"'{code}' is not a country code Rapport knows.") from None


def try_resolve_country(text: str) -> Country | None:
    code = _lookup().get(_key(text or ""))
    return _countries()[code] if code else None


def resolve_country(text: str) -> Country:
    """A country from how people type it: code, alpha-3, English, local or Chinese name, common alias."""
    found = try_resolve_country(text)
    if found:
        return found
    close = difflib.get_close_matches(_key(text or ""), list(_lookup()), n=1, cutoff=0.75)
    hint = f" Did you mean {_countries()[_lookup()[close[0]]].name_en}?" if close else ""
    raise UnknownCountryError(f"'{text}' is not a country Rapport knows.{hint}")


# ---------------------------------------------------------------- week and holidays


@cache
def _holiday_class(code: str):
    import holidays

    try:
        return holidays.country_holidays(code)
    except NotImplementedError:
        return None


@cache
def weekend_days(code: str) -> tuple[int, ...]:
    country = get_country(code)
    if country.weekend_override is not None:
        return country.weekend_override
    known = _holiday_class(country.code)
    if known is not None:
        return tuple(sorted(known.weekend))
    return (5, 6)


@cache
def _year(code: str, year: int) -> dict[dt.date, Holiday]:
    """One year of public holidays with English and local names (cached per country and year)."""
    import holidays

    base = _holiday_class(code)
    if base is None:
        return {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        supported = getattr(base, "supported_languages", ()) or ()
        english = "en_US" if "en_US" in supported else ("en_GB" if "en_GB" in supported else None)
        own = getattr(base, "default_language", None)
        try:
            local = holidays.country_holidays(code, years=year, language=own) if own else \
                holidays.country_holidays(code, years=year)
            named = holidays.country_holidays(code, years=year, language=english) if english else local
        except (NotImplementedError, KeyError, ValueError):
            return {}
    out = {}
    for day in sorted(local):
        local_name = local.get(day) or ""
        out[day] = Holiday(day, named.get(day) or local_name, local_name)
    return out


def is_working_day(code: str, day: dt.date) -> bool:
    return day.weekday() not in weekend_days(code) and day not in _year(code, day.year)


def holidays_between(code: str, start: dt.date, end: dt.date) -> list[Holiday]:
    """Public holidays in [start, end)."""
    out = []
    for year in range(start.year, end.year + 1):
        out += [h for d, h in _year(code, year).items() if start <= d < end]
    return sorted(out, key=lambda h: h.date)


def next_holidays(code: str, today: dt.date, count: int = 5, days: int = 365) -> list[Holiday]:
    return holidays_between(code, today, today + dt.timedelta(days=days))[:count]


@dataclass(frozen=True)
class HolidaySpan:
    """Consecutive days of one holiday (Eid, Spring Festival, Golden Week) shown as one line."""

    start: dt.date
    end: dt.date  # inclusive
    name_en: str
    name_local: str

    def dates_text(self) -> str:
        if self.start == self.end:
            return f"{self.start:%d %b}"
        if self.start.month == self.end.month:
            return f"{self.start:%d}–{self.end:%d %b}"
        return f"{self.start:%d %b}–{self.end:%d %b}"


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


# ---------------------------------------------------------------- working windows


def _parse_window(value) -> tuple[dt.time, dt.time] | None:
    try:
        start, end = dt.time.fromisoformat(value[0]), dt.time.fromisoformat(value[1])
    except (TypeError, ValueError, IndexError):
        return None
    return (start, end) if start < end else None


def working_window(code: str) -> tuple[dt.time, dt.time]:
    """The hours to contact a customer (their local time): country override, else region, else 10:00-15:00."""
    from services.settings import get_setting

    saved = get_setting("working_windows", {}) or {}
    country = get_country(code)
    for scope, key in (("countries", country.code), ("regions", country.region.value)):
        window = _parse_window((saved.get(scope) or {}).get(key))
        if window:
            return window
    return DEFAULT_WINDOW


def set_working_window(scope: str, key: str, start: dt.time | None, end: dt.time | None = None) -> None:
    """scope 'country' or 'region'; start None clears the override."""
    from services.settings import get_setting, set_setting

    if scope == "country":
        key = resolve_country(key).code
        bucket = "countries"
    elif scope == "region":
        if key not in Region._value2member_map_:
            raise ValidationError({"region": f"'{key}' is not a region"})
        bucket = "regions"
    else:
        raise ValidationError({"scope": "is 'country' or 'region'"})
    if start is not None and (end is None or not start < end):
        raise ValidationError({"window": "must start before it ends"})
    saved = get_setting("working_windows", {}) or {}
    saved.setdefault(bucket, {})
    if start is None:
        saved[bucket].pop(key, None)
    else:
        saved[bucket][key] = [start.strftime("%H:%M"), end.strftime("%H:%M")]
    set_setting("working_windows", saved)


# ---------------------------------------------------------------- firm notes


def country_note(code: str) -> str:
    from models import CountryNote

    row = CountryNote.get_or_none(CountryNote.country == get_country(code).code)
    return row.text if row else ""


def set_country_note(code: str, text: str) -> None:
    from models import CountryNote, db, utcnow

    code = get_country(code).code
    text = (text or "").replace("\x00", "")
    if len(text) > 100_000:
        raise ValidationError({"notes": "are too long (at most 100,000 characters)"})
    with db.atomic():
        row = CountryNote.get_or_none(CountryNote.country == code)
        if row is None:
            CountryNote.create(country=code, text=text)
        else:
            row.text = text
            row.updated_at = utcnow()
            row.save()


# ---------------------------------------------------------------- etiquette


def _etiquette_dir() -> Path:
    return resources.path("etiquette")


@cache
def _etiquette_file(path: Path) -> dict | None:
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def etiquette_level(code: str) -> str:
    return "country" if (_etiquette_dir() / f"{get_country(code).code}.json").is_file() else "region"


def etiquette(code: str, lang: str = "en") -> Etiquette:
    """The shipped notes for a country, else its region's (marked level 'region'); zh falls back to en."""
    country = get_country(code)
    data = _etiquette_file(_etiquette_dir() / f"{country.code}.json")
    level = "country"
    if data is None:
        data = _etiquette_file(_etiquette_dir() / "regions" / f"{country.region.value}.json") or {}
        level = "region"
    english = data.get("en", {})
    chosen = data.get(lang, {}) if lang != "en" else english
    sections = {s: chosen.get(s) or english.get(s, "") for s in ETIQUETTE_SECTIONS if chosen.get(s) or english.get(s)}
    return Etiquette(country.code, level, country.region.value, sections, list(data.get("sources", [])))
