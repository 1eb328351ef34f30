"""The account list and its search: pages of plain rows filtered and sorted by the database, and the one
definition of a match."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import NamedTuple

import peewee as pw

from models import Account, queries, search_index
from models.dialect import EARLIER_THAN_ANY
from models.enums import Priority, Stage
from services.accounts import phones
from services.text import fold
from services.users import EVERYONE, owner_condition


class AccountRow(NamedTuple):
    """One line of the account list (a tuple straight from the cursor)."""

    uuid: str
    name: str
    country: str
    city: str
    stage: str
    priority: str
    source: str
    contacts: int
    last_stamp: str | None  # as stored (UTC, ISO order); parsed only when shown
    score: int | None  # the kept health (services.health): None until it is computed for the account
    band: str | None  # good | watch | at_risk
    next_touch_stamp: str | None  # the next planned touch, as stored (naive UTC)
    promises_at_risk: int | None

    @property
    def last_contact(self) -> dt.datetime | None:
        return _utc(self.last_stamp)

    @property
    def next_touch(self) -> dt.datetime | None:
        return _utc(self.next_touch_stamp)


def _utc(stamp: str | dt.datetime | None) -> dt.datetime | None:
    """A stored UTC time (text or a naive value) as an aware datetime."""
    if not stamp:
        return None
    when = stamp if isinstance(stamp, dt.datetime) else dt.datetime.fromisoformat(stamp)
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


class SortBy(Enum):
    NAME = "name"
    COUNTRY = "country"
    CITY = "city"
    STAGE = "stage"
    PRIORITY = "priority"
    CONTACTS = "contacts"
    LAST = "last"
    HEALTH = "health"
    NEXT_TOUCH = "next_touch"
    AT_RISK = "at_risk"


class ListQuery(NamedTuple):
    """What the list shows: search text, filters and order. country: None any, "" those without a country;
    countries: a region's countries (None: any); country_order: country codes in the order their shown names
    sort (for SortBy.COUNTRY); attention: only the accounts that need attention (queries.needs_attention)."""

    text: str = ""
    country: str | None = None
    countries: frozenset[str] | None = None
    stage: str = ""
    sort: SortBy = SortBy.NAME
    descending: bool = False
    country_order: tuple[str, ...] = ()
    attention: bool = False
    owner: str | None = None  # whose accounts (services.users scope: mine, a user's uuid); None: everyone's

    def filtered(self) -> bool:
        return bool(self.text.strip() or self.country is not None or self.countries is not None or self.stage
                    or self.attention or self.owner not in (None, EVERYONE))


def search_terms(text: str) -> list[str]:
    """What a search text looks for: its folded words, or one run of digits when it is a phone number typed
    any way ("+49 711 123", "0711/123", "(312) 555-0100")."""
    digits = phones.query_digits(text)
    return [digits] if digits else fold(text).split()


def matches_search(row_key: str, terms: list[str]) -> bool:
    """The one definition of search: every term (search_terms) appears in the account's search key.

    The database answers the same question through models.search_index (a test holds the two together)."""
    return all(term in row_key for term in terms)


def _where(query: ListQuery, gather: bool) -> pw.ColumnBase | None:
    conditions: list[pw.ColumnBase] = []
    if query.country is not None:
        conditions.append(Account.country == query.country)
    if query.countries is not None:
        conditions.append(Account.country.in_(sorted(query.countries)))
    if query.stage:
        conditions.append(Account.stage == query.stage)
    owned = owner_condition(query.owner, Account.owner)
    if owned is not None:
        conditions.append(owned)
    if query.attention:
        conditions.append(queries.needs_attention(dt.datetime.now(dt.UTC).replace(tzinfo=None)))
    found = search_index.matching(search_terms(query.text), gather)
    if found is not None:
        conditions.append(found)
    if not conditions:
        return None
    where = conditions[0]
    for more in conditions[1:]:
        where &= more
    return where


_HEALTH_SORTS = (SortBy.HEALTH, SortBy.NEXT_TOUCH, SortBy.AT_RISK)


def _health(query: ListQuery) -> bool:
    """Whether the query's filter or order tests the kept health (a count joins it only then)."""
    return query.attention or query.sort in _HEALTH_SORTS


def _order(query: ListQuery) -> list[pw.ColumnBase]:
    """The sort key before the name (which always follows: queries.TIE_BREAK). Names sort by Account.order_key
    (models.account.name_order): case and accents ignored, numbers by value, scripts in Unicode order."""
    keys: dict[SortBy, list[pw.ColumnBase]] = {
        SortBy.NAME: [],
        SortBy.COUNTRY: [queries.ranked(Account.country, list(query.country_order))],
        SortBy.CITY: [pw.fn.lower(Account.city)],
        SortBy.STAGE: [queries.ranked(Account.stage, [s.value for s in Stage])],
        SortBy.PRIORITY: [queries.ranked(Account.priority, [p.value for p in Priority])],
        SortBy.CONTACTS: [search_index.CONTACT_COUNT],
        SortBy.LAST: [pw.fn.COALESCE(search_index.LAST_CONTACT, EARLIER_THAN_ANY)],
        SortBy.HEALTH: [queries.HEALTH_SCORE],
        SortBy.NEXT_TOUCH: [queries.NEXT_TOUCH],
        SortBy.AT_RISK: [queries.PROMISES_AT_RISK],
    }
    return keys[query.sort]


def account_rows(query: ListQuery = ListQuery(), offset: int = 0,  # noqa: B008  # an immutable tuple
                 limit: int | None = None, matched: int = 0) -> list[AccountRow]:
    """The list's rows from offset on (limit of them; all without), in the query's order.

    matched: count_matching(query) when known: it picks how the database finds the page."""
    where = _where(query, gather=matched < search_index.GATHER_UP_TO)
    return list(map(AccountRow._make, queries.account_list(where, _order(query), query.descending, offset, limit)))


def count_matching(query: ListQuery) -> int:
    """How many accounts the query shows."""
    if query._replace(text="").filtered():
        return queries.account_count(_where(query, gather=True), health=query.attention)
    return search_index.count_matching(search_terms(query.text)) if query.text.strip() else count_accounts()


def position_of(query: ListQuery, account_uuid: str, matched: int = 0) -> int:
    """The account's row in the list the query shows, or -1 when the query leaves it out (matched: as for
    account_rows)."""
    where = _where(query, gather=matched < search_index.GATHER_UP_TO)
    return queries.account_position(where, _order(query), query.descending, account_uuid, _health(query))


def count_accounts() -> int:
    return Account.select().count()


def present_countries() -> list[str]:
    """The country codes the book's accounts have ("" for those without a country)."""
    return queries.account_countries()


def search_accounts(text: str = "") -> list[Account]:
    query = Account.select().order_by(Account.name)
    found = search_index.matching(search_terms(text), gather=True)
    return list(query if found is None else query.where(found))
