"""The printed brief's fixed words, from the catalogue (services.words), in English and Chinese."""

from __future__ import annotations

from services import words


def text(key: str, lang: str, **values: object) -> str:
    """A fixed label in the brief's language, with {placeholders} filled in."""
    return words.text(f"brief.{key}", lang, **values)


def level(value: str | None, lang: str) -> str:
    """'High' / '高' for a risk level; empty for None or an unknown value."""
    return words.text(f"level.{value}", lang) if words.known(f"level.{value}") else ""
