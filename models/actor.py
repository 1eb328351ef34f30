"""Who is at the keyboard: the current user's name, stamped on the records they change (issue 19).

Set once the user is chosen (services/users); read by models that record who changed a row. Plain module state:
one user per process, as one person runs one window (the command line takes --user, or the book's only user).
"""

from __future__ import annotations

_current: list[str] = [""]


def current() -> str:
    """The current user's display name ("" before one is chosen, e.g. in a test that never chose one)."""
    return _current[0]


def set_current(name: str) -> None:
    _current[0] = name
