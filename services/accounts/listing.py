"""The account list and its search: plain rows for every account, and the one definition of a match."""

from __future__ import annotations

import datetime as dt
import operator
from typing import TYPE_CHECKING, NamedTuple

from models import (
    Account,
    queries,
)
from services.accounts import phones
from services.text import fold

if TYPE_CHECKING:
    pass



class AccountRow(NamedTuple):
    """One line of the account list (a tuple: 10,000 of them are made at start-up)."""

    uuid: str
    name: str
    country: str
    city: str
    stage: str
    priority: str
    source: str
    contacts: int
    last_stamp: str | None  # as stored (UTC, ISO order); parsed only when shown
    search_key: str

    @property
    def last_contact(self) -> dt.datetime | None:
        if not self.last_stamp:
            return None
        when = self.last_stamp if isinstance(self.last_stamp, dt.datetime) else dt.datetime.fromisoformat(
            self.last_stamp)
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


_SEARCH_KEY = operator.attrgetter("search_key")


def account_rows(limit: int | None = None) -> list[AccountRow]:
    """Every account with its contact count and last contact, in one query.

    With limit, only the first `limit` accounts in the list's order (start-up paints those while the rest
    is still being read); only they get their contacts counted.

    Plain cursor tuples (models.queries): this runs at start-up over every account, where peewee's per-row work
    would dominate.
    """
    # Columns in AccountRow's order, so each cursor row becomes a row without Python-level unpacking.
    rows = list(map(AccountRow._make, queries.account_list(limit)))
    if limit is None:  # every row: one pass over the table, then sorting in Python beats walking the index
        rows.sort(key=_SEARCH_KEY)
    return rows


def count_accounts() -> int:
    return Account.select().count()


def search_terms(text: str) -> list[str]:
    """What a search text looks for: its folded words, or one run of digits when it is a phone number typed
    any way ("+49 711 123", "0711/123", "(312) 555-0100")."""
    digits = phones.query_digits(text)
    return [digits] if digits else fold(text).split()


def matches_search(row_key: str, terms: list[str]) -> bool:
    """The one definition of search: every term (search_terms) appears in the account's search key."""
    return all(term in row_key for term in terms)


def search_accounts(text: str = "") -> list[Account]:
    query = Account.select().order_by(Account.name)
    for term in search_terms(text):
        query = query.where(Account.search_key.contains(term))
    return list(query)
