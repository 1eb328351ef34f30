"""Customer companies and the people at them."""

from __future__ import annotations

import re
from typing import ClassVar

import peewee as pw

from models.base import VersionedModel
from models.enums import Priority, Role, Stage
from models.folding import fold
from models.users import AppUser


class Account(VersionedModel):
    name = pw.CharField(max_length=300)
    country = pw.CharField(max_length=2, index=True)
    city = pw.CharField(max_length=200, default="")
    timezone = pw.CharField(max_length=64, default="")
    stage = pw.CharField(max_length=20, default=Stage.LEAD.value, index=True)
    priority = pw.CharField(max_length=10, default=Priority.NORMAL.value)
    source = pw.CharField(max_length=200, default="", index=True)
    language = pw.CharField(max_length=35, default="")
    notes = pw.TextField(default="")
    tags = pw.TextField(default="")
    founded_on = pw.DateField(null=True)
    cadence_days = pw.IntegerField(null=True)
    # Muslim-owned outside the Muslim-majority markets: the planner keeps Ramadan and Eid for it (issue 21).
    muslim_owned = pw.BooleanField(default=False)
    # Casefolded, accent-free name + city + contact names: search works in every script.
    search_key = pw.TextField(default="", index=True)
    # The folded name alone (Ctrl+K finds accounts by name); kept by a trigger (models.migrations.NAME_KEYS).
    name_key = pw.TextField(default="", index=True)
    order_key = pw.TextField(default="")  # name_order(name): the list's order by name
    # Who looks after the account (None: nobody yet); "mine" walks the (owner, name order) index below.
    owner = pw.ForeignKeyField(AppUser, null=True, backref="accounts", on_delete="SET NULL", index=False)
    owner_id: ClassVar[pw.IntegerField[int | None]]

    class Meta:
        # The list walks this in name order and tests a search on the key in the index itself: a table row is read
        # only for an account that matches.
        indexes = ((("order_key", "search_key"), False),
                   # One owner's accounts in name order: a page of "mine" is a walk, not a sort of all of theirs.
                   (("owner", "order_key", "search_key"), False))


_NUMBER = re.compile(r"\d+")
_NUMBER_WIDTH = 20  # every run of digits up to this long compares by its value


def name_order(name: str) -> str:
    """The key the list sorts names by, as plain text order (indexable in any database): folded like search
    (case and accents ignored) with each number zero-padded, so "Lot 9" comes before "Lot 10"."""
    return _NUMBER.sub(lambda m: m.group().rjust(_NUMBER_WIDTH, "0"), fold(name))


class Contact(VersionedModel):
    account = pw.ForeignKeyField(Account, backref="contacts", on_delete="CASCADE")
    account_id: ClassVar[pw.IntegerField[int]]  # peewee's accessor for the key alone, declared for the type checker
    name = pw.CharField(max_length=300)
    name_key = pw.TextField(default="", index=True)  # the folded name, kept by a trigger (as Account.name_key)
    title = pw.CharField(max_length=200, default="")
    role = pw.CharField(max_length=20, default=Role.OTHER.value)
    email = pw.CharField(max_length=320, default="", index=True)
    phone = pw.CharField(max_length=100, default="")  # as typed
    # The same number in E.164 ("+497111234567", read with the account's country as the region), "" when it is
    # not a possible number: what duplicate checks and search compare. Derived: services/accounts/records.py keeps it.
    phone_e164 = pw.CharField(max_length=20, default="", index=True)
    messaging = pw.TextField(default="{}")  # JSON object: {"wechat": "...", "whatsapp": "..."}
    language = pw.CharField(max_length=35, default="")
    timezone = pw.CharField(max_length=64, default="")
    birthday = pw.DateField(null=True)
    notes = pw.TextField(default="")


TRUNK_IN_BRACKETS = re.compile(r"\(\s*0\s*\)")  # "+49 (0) 711 ...": the 0 is dialled only inside the country


def parse_number(text: str, region: str | None):
    """A phonenumbers PhoneNumber for text as typed (region: for numbers without a country code), or None.

    The one reading of a typed number: the stored E.164 form (here and in the migration that fills it) and
    services/accounts/phones.py's fuller account of a number both start from it.
    """
    import phonenumbers  # ~25 ms to import: only when a number is read, never at start-up

    text = TRUNK_IN_BRACKETS.sub(" ", text or "").strip()
    if text.startswith("00"):  # the international prefix most of the world dials
        text = "+" + text[2:]
    try:
        return phonenumbers.parse(text, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None


def e164_of(text: str, region: str | None) -> str:
    """The E.164 form of a typed number, or "" when it cannot be read as a possible number."""
    import phonenumbers

    number = parse_number(text, region) if (text or "").strip() else None
    if number is None or not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_search_digits(typed: str, e164: str) -> str:
    """The digits an account's search key holds for a number: its E.164 digits, else the digits as typed.

    A number typed in any national or international form is a run of these digits once its own prefixes are
    dropped (services/phones.query_digits), so one stored string serves every way of typing it.
    """
    if e164:
        return e164.lstrip("+")
    return "".join(ch for ch in typed or "" if ch.isdigit())
