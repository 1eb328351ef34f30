"""The one catalogue of words services show people: codes with parameters, rendered in the reader's language.

A message is a code (``"check.required"``, ``"Stage.lead"``, ``"why.overdue"``) and its parameters; the text for
each code lives in one module per language (``en.py``, ``zh.py``) and is chosen only when the message is shown, in
the language of the process (the GUI's language, the command line's --lang) or the one asked for (a brief).
Why a keyed Python module and not gettext: see docs/words.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from services import dates
from services.text import isolate
from services.words import en, zh

LANGUAGES = {"en": en.TEXT, "zh": zh.TEXT}
# Parameters whose values are English domain words ("sample", "weekly"); each is shown through its "term." entry.
TERM_PARAMS = frozenset({"what", "purpose", "response", "rhythm", "stage", "temperature", "festival", "status"})
_process = {"lang": "en"}


def normal(lang: str | None) -> str:
    """'en' or 'zh' for a language tag ('zh_CN', 'zh-Hans' and None for the process language included)."""
    if lang is None:
        return _process["lang"]
    return "zh" if lang.lower().startswith("zh") else "en"


def set_language(lang: str | None) -> None:
    """The language every message of this process is shown in from now on (English unless told)."""
    _process["lang"] = normal(lang or "en")


def language() -> str:
    return _process["lang"]


def known(code: str) -> bool:
    return code in en.TEXT


def text(code: str, lang: str | None = None, /, **params: Any) -> str:
    """The message `code` in lang, its {placeholders} filled; a string that is not a code is shown as it is.

    The second case keeps messages not yet moved into the catalogue (see docs/words.md) readable.
    """
    lang = normal(lang)
    template = LANGUAGES[lang].get(code)
    if template is None:
        template = en.TEXT.get(code, code)
        if not params:
            return template
    values = {key: _value(key, value, lang) for key, value in params.items()}
    return template.format(**values)


class Message:
    """A code and its parameters; str() shows it in the process language, render(lang) in any."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params

    def render(self, lang: str | None = None) -> str:
        return text(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (self.code, self.params) == (other.code, other.params)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.code)

    def __contains__(self, part: str) -> bool:
        return part in str(self)


@dataclass(frozen=True, slots=True)
class Named:
    """A name or sentence that data gives in both languages (a closure of resources/closures.json), kept with the
    message that shows it: the catalogue holds the sentence around it."""

    en: str
    zh: str

    def render(self, lang: str | None = None) -> str:
        return self.zh if normal(lang) == "zh" else self.en


def phrase(code: str, **params: Any) -> Message:
    """A sentence of a reason ('why.*', 'act.*'), kept as a message to render when shown."""
    return Message(code if "." in code else f"why.{code}", **params)


def render(items: Iterable[Message], lang: str | None = None, sep: str | None = None) -> str:
    """Several phrases as one text: '; ' between them in English, '；' in Chinese unless sep is given."""
    lang = normal(lang)
    if sep is None:
        sep = "；" if lang == "zh" else "; "
    return sep.join(item.render(lang) for item in items)


def label(enum_type: type[Enum], value: object, lang: str | None = None) -> str:
    """The label of a choice (a StrEnum member or its value), e.g. Stage 'lead' -> 'Lead' / '线索'."""
    raw = getattr(value, "value", value)
    code = f"{enum_type.__name__}.{raw}"
    return text(code, lang) if known(code) else str(raw)


def section(key: str, lang: str | None = None) -> str:
    """The heading of an etiquette section ('names_titles' -> 'Names and titles' / '称呼与头衔')."""
    code = f"section.{key}"
    return text(code, lang) if known(code) else key.replace("_", " ").capitalize()


def term(word: str, lang: str | None = None) -> str:
    """A domain word used inside sentences ('sample', 'weekly', 'Lunar New Year'), in lang; unknown words as given."""
    code = f"term.{word}"
    if known(code):
        return text(code, lang)
    if word.endswith("-weekly") and word.split("-")[0].isdigit():
        return text("term.n-weekly", lang, n=int(word.split("-")[0]))
    return word


def join(words: Iterable[str], lang: str | None = None) -> str:
    """A list in running text: 'a, b' or 'a、b'."""
    return ("、" if normal(lang) == "zh" else ", ").join(words)


# A user's or a holiday's name: isolated, or a right-to-left one reorders the words and dates around it.
NAME_PARAMS = {"festival", "name", "who", "by"}


def _value(key: str, value: Any, lang: str) -> Any:
    shown = _shown(key, value, lang)
    return isolate(shown) if key in NAME_PARAMS and isinstance(shown, str) else shown


def _shown(key: str, value: Any, lang: str) -> Any:
    if isinstance(value, Message) or callable(getattr(value, "render", None)):  # a message, or an error's
        return value.render(lang)
    if isinstance(value, tuple):  # alternatives: 'Austria or Australia'
        return f" {text('term.or', lang)} ".join(str(item) for item in value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dates.day(value, lang)
    if key in TERM_PARAMS and isinstance(value, str):
        return term(value, lang)
    return value


def fields(errors: dict[str, Message | str], lang: str | None = None) -> str:
    """Field errors as one line: 'name: is required; email: ...' ('名称：必填；...' in Chinese)."""
    lang = normal(lang)
    colon, sep = ("：", "；") if lang == "zh" else (": ", "; ")
    return sep.join(f"{field(name, lang)}{colon}{text_of(message, lang)}" for name, message in errors.items())


def field(name: str, lang: str | None = None) -> str:
    """A form field's name in lang (the English text is the field's own name, as the command line knows it)."""
    code = f"field.{name}"
    return text(code, lang) if known(code) else name


def text_of(message: Message | str, lang: str | None = None) -> str:
    return message.render(lang) if isinstance(message, Message) else text(message, lang)


def to_data(items: Iterable[Message]) -> list:
    """Phrases as JSON-ready data, to be stored and rendered later in any language (the stored plan's reasons)."""
    return [_data(item) for item in items]


def from_data(data: list) -> tuple[Message, ...]:
    return tuple(_message(item) for item in data)


def _data(value: Any) -> Any:
    if isinstance(value, Message):
        return {"$m": value.code, "p": {k: _data(v) for k, v in value.params.items()}}
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"$d": value.isoformat()}
    if isinstance(value, Named):
        return {"$n": [value.en, value.zh]}
    if isinstance(value, tuple):
        return {"$t": [_data(v) for v in value]}
    return value


def _message(value: Any) -> Any:
    if isinstance(value, dict):
        if "$m" in value:
            return Message(value["$m"], **{k: _message(v) for k, v in value["p"].items()})
        if "$d" in value:
            return dt.date.fromisoformat(value["$d"])
        if "$t" in value:
            return tuple(_message(v) for v in value["$t"])
        if "$n" in value:
            return Named(*value["$n"])
    return value
