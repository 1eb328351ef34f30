"""Etiquette and the firm's own notes per country: the shipped notes by country or region, and the book's."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import NamedTuple

import resources
from models.enums import Region
from services.countries.data import UNKNOWN_COUNTRY, get_country
from services.errors import ValidationError
from services.words import Message


class EtiquetteSection(NamedTuple):
    """A section of the shipped notes: its key (in resources/etiquette/*.json, and section.<key> in the words
    catalogue for its heading) and whether the printed brief keeps it (what a meeting needs)."""

    key: str
    in_brief: bool


# The one list of sections, in the order every screen, the brief and the command line show them.
SECTIONS = (
    EtiquetteSection("greeting", True), EtiquetteSection("names_titles", True),
    EtiquetteSection("business_cards", True), EtiquetteSection("meetings", True),
    EtiquetteSection("punctuality", False), EtiquetteSection("communication", True),
    EtiquetteSection("negotiation", True), EtiquetteSection("decision_making", True),
    EtiquetteSection("relationships", False), EtiquetteSection("gifts", True), EtiquetteSection("dining", True),
    EtiquetteSection("dress", False), EtiquetteSection("taboos", True), EtiquetteSection("working_week", False),
    EtiquetteSection("language", False), EtiquetteSection("follow_up", False),
)
ETIQUETTE_SECTIONS = tuple(s.key for s in SECTIONS)
BRIEF_SECTIONS = tuple(s.key for s in SECTIONS if s.in_brief)


class Source(NamedTuple):
    """A page that supports what a section says."""

    title: str
    url: str


class SectionSources(NamedTuple):
    """Where a section's facts come from and the day they were last checked against those pages."""

    checked: dt.date | None
    pages: tuple[Source, ...]


class Etiquette(NamedTuple):
    code: str
    level: str  # "country" or "region"
    region: Region
    sections: dict[str, str]  # in ETIQUETTE_SECTIONS order, empty sections left out
    sources: dict[str, SectionSources]  # per section shown, in the same order

    def pages(self, keys: Iterable[str] | None = None) -> list[Source]:
        """The distinct pages behind the given sections (all shown ones by default), first cited first."""
        chosen = self.sections if keys is None else keys
        found = [page for key in chosen if key in self.sources for page in self.sources[key].pages]
        return list(dict.fromkeys(found))

    def checked_span(self, keys: Iterable[str] | None = None) -> tuple[dt.date, dt.date] | None:
        """The oldest and newest checked dates of the given sections; None when none is dated."""
        chosen = self.sections if keys is None else keys
        days = sorted(d for key in chosen if key in self.sources and (d := self.sources[key].checked))
        return (days[0], days[-1]) if days else None


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
    sections = {s: text for s in ETIQUETTE_SECTIONS if (text := chosen.get(s) or english.get(s))}
    return Etiquette(country.code, level, country.region, sections, _section_sources(data, sections))


def _section_sources(data: dict, sections: Iterable[str]) -> dict[str, SectionSources]:
    """Each shown section's sources as the file gives them ({section: {checked, pages: [{title, url}]}})."""
    given = data.get("sources") or {}
    out = {}
    for key in sections:
        entry = given.get(key) or {}
        pages = tuple(Source(p.get("title", ""), p.get("url", "")) for p in entry.get("pages") or ())
        checked = dt.date.fromisoformat(entry["checked"]) if entry.get("checked") else None
        out[key] = SectionSources(checked, pages)
    return out
