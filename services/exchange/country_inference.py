"""Where an imported person is: a country field, else the phone's country code, the domain's ccTLD, the city.

Address books rarely have a country column (Outlook, Gmail and phone exports), so the importer asks
infer_row_country() for each row and shows in its preview where the country came from. A country text that
names no country ("Narnia") or is an exporter's placeholder ("Land Firma", "Country/Region") never stops a row:
the next clue is tried, and an unrecognised text is handed back for the import's warnings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from enum import StrEnum
from functools import cache
from typing import NamedTuple

import resources
from services.accounts.phones import parse_phone
from services.countries import try_resolve_country
from services.text import fold
from services.validation import EMAIL_RE


class CountrySource(StrEnum):
    COUNTRY_FIELD = "country_field"  # the row's own country column
    PHONE = "phone"                  # the calling code of a number written with + or 00
    DOMAIN = "domain"                # the country-code top-level domain of an e-mail or web address
    CITY = "city"                    # a city that names one country (resources/cities.json)


class CountryGuess(NamedTuple):
    code: str           # ISO 3166-1 alpha-2, "" when no clue placed the row
    source: str         # a CountrySource value, "" with no code
    evidence: str       # the text the country came from: "Deutschland", "+49 711 ...", "info@firma.de", "Köln"
    unrecognised: str   # a country text that named no country (not a known placeholder): worth a warning


NO_COUNTRY = CountryGuess("", "", "", "")

# What exporters and templates leave in an empty country cell: no country, and nothing to warn about.
PLACEHOLDERS = {
    "country", "countryregion", "region", "landregion", "land", "landfirma", "landprivat", "landgeschaftlich",
    "pays", "paysregion", "pais", "paisregion", "paesi", "paese", "nazioneregione", "landregio", "страна",
    "国家", "国家地区", "国家或地区", "国", "国地域", "na", "none", "unknown", "notknown", "other", "tbd", "xx", "zz",
    "unbekannt", "inconnu", "desconocido", "未知", "不明",
}

# Country-code domains sold for other uses (.io, .co, .tv, .me, .ai ...): they place a firm only under a
# second-level name of that country ("firma.com.co" is Colombian, "startup.co" says nothing).
GENERIC_CCTLDS = {"io", "co", "tv", "me", "ai", "fm", "ws", "cc", "ly", "to", "gg", "nu", "tk", "ag", "sh", "so",
                  "vc", "la", "am", "im", "ac", "md", "ps"}
SECOND_LEVEL = {"com", "co", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "gob", "gouv", "biz", "info"}
TLD_COUNTRY = {"uk": "GB"}  # the one ccTLD that is not its country's ISO code

_NON_WORD = re.compile(r"[\s\-_.,'’/()]+")


def _placeholder_key(text: str) -> str:
    """'Land/Region (geschäftlich)' -> 'landregion': letters only, a bracketed qualifier dropped."""
    return "".join(ch for ch in fold(re.sub(r"[(（].*?[)）]", "", text)) if ch.isalnum())


def is_placeholder_country(text: str) -> bool:
    """True for an exporter's or template's empty-cell text: 'Land Firma', 'Country/Region', 'n/a', '-'."""
    key = _placeholder_key(text)
    return not key or key in PLACEHOLDERS


def country_from_field(text: str) -> CountryGuess:
    """The country a country cell names, or NO_COUNTRY with the text kept as unrecognised (placeholders aside)."""
    text = (text or "").strip()
    if is_placeholder_country(text):
        return NO_COUNTRY
    found = try_resolve_country(text)
    if found:
        return CountryGuess(found.code, CountrySource.COUNTRY_FIELD.value, text, "")
    return CountryGuess("", "", "", text)


def country_from_phone(text: str) -> str:
    """The country of a number written with its country code (+49 ..., 0049 ...); "" for a national number."""
    info = parse_phone(text, None)
    return info.country if info.possible else ""


def domain_of(text: str) -> str:
    """'Info@Firma.DE' -> 'firma.de', 'https://www.firma.com.br/kontakt' -> 'firma.com.br'."""
    text = (text or "").strip().lower()
    if "@" in text:
        text = text.rsplit("@", 1)[1]
    text = re.sub(r"^[a-z][a-z0-9+.\-]*://", "", text)
    host = re.split(r"[/?#:\s>]", text, maxsplit=1)[0].strip(".")
    return host[4:] if host.startswith("www.") else host


def country_from_domain(text: str) -> str:
    """The country of an e-mail or web address's country-code domain ('.de', '.com.br', '.co.jp'), else ""."""
    labels = domain_of(text).split(".")
    if len(labels) < 2 or not labels[-1].isalpha() or len(labels[-1]) != 2:
        return ""
    tld = labels[-1]
    if tld in GENERIC_CCTLDS and not (len(labels) >= 3 and labels[-2] in SECOND_LEVEL):
        return ""
    code = TLD_COUNTRY.get(tld, tld.upper())
    found = try_resolve_country(code)
    return code if found and found.code == code else ""


def city_key(text: str) -> str:
    """'  Saint-Petersburg ' and 'saint petersburg' -> 'saint petersburg'; postcodes dropped ('70173 Stuttgart')."""
    words = [w for w in _NON_WORD.split(fold(text or "")) if w and not any(ch.isdigit() for ch in w)]
    return " ".join(words)


@cache
def _cities() -> dict[str, str]:
    data = json.loads(resources.path("cities.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for code, entries in data["cities"].items():
        for entry in entries:
            for name in entry.split("|"):
                table[city_key(name)] = code
    return table


def country_from_city(text: str) -> str:
    """The country a city names ('Köln', 'Санкт-Петербург', '大阪'), else "": the whole text, then the part before
    a comma ('Stuttgart, Baden-Württemberg'), then a part that is a country ('Lyon, France')."""
    parts = [p for p in re.split(r"[,;]", text or "") if p.strip()]
    for candidate in ([text or "", *parts[:1]]):
        code = _cities().get(city_key(candidate))
        if code:
            return code
    for part in parts[1:]:
        found = try_resolve_country(part.strip())
        if found:
            return found.code
    return ""


def infer_country(country: str = "", phones: Iterable[str] = (), addresses: Iterable[str] = (),
                  city: str = "") -> CountryGuess:
    """The row's country from the first clue that gives one, in the issue's order: the country field, a phone's
    country code, an e-mail or web address's country-code domain, a city that names one country."""
    field = country_from_field(country)
    if field.code:
        return field
    unrecognised = field.unrecognised
    for phone in phones:
        code = country_from_phone(phone)
        if code:
            return CountryGuess(code, CountrySource.PHONE.value, phone.strip(), unrecognised)
    for address in addresses:
        code = country_from_domain(address)
        if code:
            return CountryGuess(code, CountrySource.DOMAIN.value, address.strip(), unrecognised)
    code = country_from_city(city)
    if code:
        return CountryGuess(code, CountrySource.CITY.value, city.strip(), unrecognised)
    return CountryGuess("", "", "", unrecognised)


def infer_row_country(values: Mapping[str, str]) -> CountryGuess:
    """infer_country for one import row as the importer maps it (field -> text: country, phone, email, website,
    city; several numbers or addresses in one cell split on ' ::: ', ';' or newlines)."""
    def several(name: str) -> list[str]:
        return [p.strip() for p in re.split(r" ::: |;|\n", values.get(name) or "") if p.strip()]

    # A malformed e-mail ("ivan(at)mail.ru") says nothing reliable about where its owner is.
    emails = [e for e in several("email") if EMAIL_RE.match(e)]
    return infer_country(values.get("country") or "", several("phone"), emails + several("website"),
                         values.get("city") or "")
