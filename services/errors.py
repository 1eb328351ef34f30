"""Errors a user can act on: a message code and its parameters, shown in the reader's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from services import words


class UserError(Exception):
    """Something the user can fix; str(err) says what happened and what to do, in the process language.

    The first argument is a catalogue code (services.words) with its parameters as keywords; a plain sentence is
    still accepted for the modules whose messages are not in the catalogue yet (see docs/words.md).
    """

    def __init__(self, code: str = "", /, **params: Any) -> None:
        super().__init__(code)
        self.message = words.Message(code, **params)

    def render(self, lang: str | None = None) -> str:
        return self.message.render(lang)

    def __str__(self) -> str:
        return self.render()


class ValidationError(UserError):
    """Input that cannot be saved; errors maps field name -> message."""

    def __init__(self, errors: Mapping[str, words.Message | str]) -> None:
        self.errors = dict(errors)
        super().__init__("check.fields")

    def render(self, lang: str | None = None) -> str:
        return words.fields(self.errors, lang)


class NotFoundError(UserError):
    pass


class UnknownCountryError(UserError):
    pass
