"""The countries Rapport knows (resources/countries.json): names, regions and zones; a country typed any way."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any, NamedTuple

import resources
from models.enums import Region
from services.errors import UnknownCountryError
from services.text import fold
from services.words import Message

# An account an import could not place has country "" until the user sets one: it is planned Monday to Friday,
# without public holidays, in the default window, in UTC (its own time zone, when it has one, wins).
UNKNOWN_COUNTRY = ""
UNKNOWN_COUNTRY_ZONE = "UTC"


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


@cache
def country_records() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(resources.path("countries.json").read_text(encoding="utf-8")))


@cache
def _countries() -> dict[str, Country]:
    return {r["code"]: Country(
        code=r["code"], name_en=r["name_en"], name_zh=r["name_zh"], region=Region(r["region"]),
        timezones=tuple(r["timezones"]), languages=tuple(r["languages"]), local_names=tuple(r["local_names"]),
        aliases=tuple(r["aliases"]), alpha3=r.get("alpha3", "")) for r in country_records()}



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
