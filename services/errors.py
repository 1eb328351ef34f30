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



def message_of(error: BaseException) -> words.Message:
    """What to tell the user about error: a user error's message, a book error's (models) code, else its text."""
    if isinstance(error, UserError):
        return error.message
    code = getattr(error, "code", None)
    if isinstance(code, str) and words.known(code):
        return words.Message(code, **getattr(error, "params", {}))
    return words.Message(str(error))


def shown(error: BaseException, lang: str | None = None) -> str:
    """error's message in lang (the process language unless given)."""
    if isinstance(error, UserError):  # a ValidationError renders its fields itself
        return error.render(lang)
    return message_of(error).render(lang)
