"""Whose records a list shows: mine, one colleague's (a user uuid) or everyone's, as one SQL condition."""

from __future__ import annotations

import peewee as pw

from models.users import AppUser
from services.users.session import current_user

MINE = "mine"
EVERYONE = "everyone"


def default_scope() -> str:
    """Mine when the book has more than one active user, else everyone (one person owns everything anyway)."""
    active = AppUser.select().where(AppUser.active == True).count()  # noqa: E712 (a peewee expression)
    return MINE if active > 1 and current_user() is not None else EVERYONE


def scope_owner_id(scope: str | None) -> int | None:
    """The user id a scope names (mine: the current user; a uuid: that user), None for everyone. A scope naming
    nobody (mine before anyone is chosen, a uuid unknown here) is -1: no owner has that id, so the list is empty."""
    if not scope or scope == EVERYONE:
        return None
    if scope == MINE:
        me = current_user()
        uuid = me.uuid if me else None
    else:
        uuid = scope
    user = AppUser.get_or_none(AppUser.uuid == uuid) if uuid else None
    return user.id if user is not None else -1


def owner_condition(scope: str | None, column: pw.Field) -> pw.ColumnBase | None:
    """column (an owner or made-by key) held by the scope's user, or None for everyone: a WHERE on its index."""
    owner = scope_owner_id(scope)
    return None if owner is None else (column == owner)
