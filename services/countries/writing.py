"""Writing to a customer: the salutation and sign-off per market (resources/writing.json), filled for a contact."""

from __future__ import annotations

import json
from functools import cache
from typing import Any, NamedTuple, Protocol

import resources
from services.countries.data import UNKNOWN_COUNTRY, get_country
from services.countries.names import GENDERS, NameParts, read_name

FORMS = ("male", "female", "neutral")
NAME_SLOTS = ("{name}", "{full}")
PLACEHOLDER = "…"  # where a name is not known, the template shows this in its slot


class Person(Protocol):
    """What a salutation reads of a contact (models.Contact and services.accounts.ContactRow both have it)."""

    name: str
    title: str


class LetterForm(NamedTuple):
    """One language's way to open and close a letter to one person."""

    language: str
    address: str  # the part of the name {name} stands for: family, family_hispanic, given, given_patronymic, full
    templates: dict[str, str]  # male, female, neutral and optional *_titled variants
    opening: str  # a first line after the salutation ("いつもお世話になっております。"), or ""
    sign_off: str
    names_omitted: bool  # the market's salutation leaves the name out (Polish "Szanowny Panie,")
    capitalise_name: bool  # a name starting with a particle is capitalised in the salutation (Dutch "Van der Berg")


class Writing(NamedTuple):
    """A market's writing forms: in the customer's language and in English, with a note for the salesperson."""

    code: str
    level: str  # "country", "language" or "region": where the forms came from
    order: str  # how names written in Latin script are ordered there: given_family or family_given
    local: LetterForm
    english: LetterForm
    notes: dict[str, str]  # "en" and "zh"


class Salutation(NamedTuple):
    """A filled salutation: what to write to one person, in their language and in English."""

    local: str
    local_opening: str
    local_sign_off: str
    english: str
    english_sign_off: str
    language: str
    form: str  # male, female or neutral: which template was used (neutral when nothing says more)
    filled: bool  # False: no name known, the slots show PLACEHOLDER

    def line(self) -> str:
        """The local form in one line: "Sehr geehrter Herr Dr. Müller, … Mit freundlichen Grüßen"."""
        opening = f" {self.local_opening}" if self.local_opening else ""
        return f"{self.local}{opening} … {self.local_sign_off}"

    def english_line(self) -> str:
        return f"{self.english} … {self.english_sign_off}"


@cache
def _data() -> dict[str, Any]:
    return json.loads(resources.path("writing.json").read_text(encoding="utf-8"))


def _resolved(entry: dict[str, Any]) -> dict[str, Any]:
    """An entry with what it takes from the language it is "like" filled in (its own keys win, form by form)."""
    base = _data()["languages"].get(entry.get("like", ""), {})
    out = {**base, **{k: v for k, v in entry.items() if k != "like"}}
    for side in ("local", "english"):
        out[side] = {**base.get(side, {}), **entry.get(side, {})}
    return out


def _form(raw: dict[str, Any], language: str) -> LetterForm:
    templates = {k: v for k, v in raw.items() if k in FORMS or k.endswith("_titled")}
    return LetterForm(language, raw.get("address", "family"), templates, raw.get("opening", ""),
                      raw.get("sign_off", ""), bool(raw.get("names_omitted")), bool(raw.get("capitalise_name")))


def _entry_for(code: str) -> tuple[str, dict[str, Any]]:
    """The entry that serves a country: its own, else its first language's, else its region's, else English."""
    data = _data()
    if code in data["markets"]:
        return "country", data["markets"][code]
    if code == UNKNOWN_COUNTRY:
        return "language", {"like": "en"}
    country = get_country(code)
    first = country.languages[0] if country.languages else "en"
    if first != "en" and first in data["languages"]:
        return "language", {"like": first}
    return "region", data["regions"].get(country.region.value, {"like": "en"})


def writing_of(code: str) -> Writing:
    """The writing forms for a country code ("" for an account whose country is unknown)."""
    code = code.strip().upper()
    level, raw = _entry_for(code)
    entry = _resolved(raw)
    return Writing(code, level, entry.get("order", "given_family"), _form(entry["local"], entry.get("language", "en")),
                   _form(entry["english"], "en"), dict(entry.get("note") or {}))


def markets() -> list[str]:
    """The countries with writing forms of their own."""
    return sorted(_data()["markets"])


def salutation(country: str, contact: Person | None) -> Salutation:
    """How to open and close a letter to contact at a customer in country, their name and title filled in.

    The form follows what the contact's name and title say (Herr, Ms, Bey, Ibu, a Russian patronymic); a
    gender is never guessed from a given name: without such a word the market's neutral form is used.
    """
    w = writing_of(country)
    parts = read_name(contact.name if contact else "", contact.title if contact else "", w.order,
                      split_han=w.local.language != "ja")
    local = _fill(w.local, parts)
    english = _fill(w.english, parts)
    return Salutation(local[1], w.local.opening, w.local.sign_off, english[1], w.english.sign_off,
                      w.local.language, local[0], parts.known)


def _fill(form: LetterForm, parts: NameParts) -> tuple[str, str]:
    """(the form used, the filled salutation)."""
    chosen = parts.gender if parts.gender in GENDERS and parts.gender in form.templates else "neutral"
    titled = f"{chosen}_titled"
    template = form.templates[titled] if parts.title and titled in form.templates else form.templates[chosen]
    name = parts.addressed(form.address) if parts.known else PLACEHOLDER
    if form.capitalise_name:
        name = name[:1].upper() + name[1:]
    full = parts.full if parts.known else PLACEHOLDER
    title = f"{parts.title} " if parts.title else ""
    return chosen, template.format(name=name, full=full, title=title)
