"""The people of the firm who use the book: who owns an account, who made a promise, who approves."""

from __future__ import annotations

import peewee as pw

from models.base import BaseModel
from models.enums import UserRole


class AppUser(BaseModel):
    name = pw.CharField(max_length=200)
    initials = pw.CharField(max_length=8, default="")
    role = pw.CharField(max_length=12, default=UserRole.SALES.value)
    active = pw.BooleanField(default=True)

    class Meta:
        table_name = "app_user"  # "user" is a reserved word in PostgreSQL


def initials_of(name: str) -> str:
    """Up to three initials of a name ("Anna Berg" → "AB"); a name in Han characters gives its first character."""
    words = name.split()
    if not words:
        return ""
    if len(words) == 1:
        word = words[0]
        return word[:1].upper() if word.isascii() else word[:1]
    return "".join(w[:1].upper() for w in words[:3])
