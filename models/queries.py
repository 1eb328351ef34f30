"""Bulk reads and writes that go straight to the database cursor: plain tuples in, plain tuples out.

They run over every account at start-up, every morning's plan and a whole bundle merge, where building a
peewee model instance (or converting each value in Python) per row would dominate. Services turn the tuples
into their own named rows; no service touches a cursor.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import peewee as pw

from models import search_index
from models.account import Account, Contact
from models.base import BaseModel, db
from models.interaction import Interaction

LIST_COLUMNS = (Account.uuid, Account.name, Account.country, Account.city, Account.stage, Account.priority,
                Account.source, search_index.CONTACT_COUNT, search_index.LAST_CONTACT)


# After the chosen order: name, then the rest of the (order_key, search_key) index, so that sorting by name is a walk
# of that index (a page deep in the list skips entries without reading their rows), and the order is total.
TIE_BREAK = (Account.order_key, Account.search_key, Account.id)


def account_list(where: pw.ColumnBase | None = None, order: Sequence[pw.ColumnBase] = (), descending: bool = False,
                 offset: int = 0, limit: int | None = None) -> Iterator[tuple]:
    """(uuid, name, country, city, stage, priority, source, contact count, last contact) of the accounts that
    meet `where`, sorted by the `order` keys (then TIE_BREAK), from offset on.

    The counts are kept on the account (models.search_index): a page costs its own rows, not the book's.
    """
    keys = [*order, *TIE_BREAK]
    query = (Account.select(*LIST_COLUMNS).order_by(*(k.desc() if descending else k.asc() for k in keys))
             .offset(offset or None).limit(limit))
    if where is not None:
        query = query.where(where)
    return iter(db.execute(query))


def account_count(where: pw.ColumnBase | None) -> int:
    query = Account.select(pw.fn.COUNT(Account.id))
    if where is not None:
        query = query.where(where)
    return query.scalar()


def account_position(where: pw.ColumnBase | None, order: Sequence[pw.ColumnBase], descending: bool, uuid: str) -> int:
    """Where the account stands in account_list(where, order, descending), or -1 when it does not meet where.

    Counts the rows sorted before it (a row-value comparison on the same keys): no row is read into Python.
    """
    keys = [*order, *TIE_BREAK]
    found = Account.select(*keys).where(Account.uuid == uuid)
    if where is not None:
        found = found.where(where)
    own = next(iter(db.execute(found)), None)
    if own is None:
        return -1
    ahead = (pw.Tuple(*keys) > pw.Tuple(*own)) if descending else (pw.Tuple(*keys) < pw.Tuple(*own))
    return account_count(ahead if where is None else (where & ahead))


def ranked(column: pw.ColumnBase, values: list[str]) -> pw.ColumnBase:
    """A column's values ranked by their place in values (1, 2, …; 0 for any other): one parameter, any length."""
    return pw.fn.instr("," + ",".join(values) + ",", pw.Value(",").concat(column).concat(","))


def account_countries() -> list[str]:
    """The distinct countries of the book's accounts (the country index answers it)."""
    return [code for (code,) in db.execute(Account.select(Account.country).distinct())]


def planner_accounts(account_uuid: str | None = None) -> Iterator[tuple]:
    """(id, uuid, name, country, timezone, stage, priority, cadence_days, founded_on, created_at) per account,
    dates and times as stored (text or values); one account with account_uuid."""
    query = Account.select(Account.id, Account.uuid, Account.name, Account.country, Account.timezone, Account.stage,
                           Account.priority, Account.cadence_days, Account.founded_on, Account.created_at)
    if account_uuid:
        query = query.where(Account.uuid == account_uuid)
    return iter(db.execute(query))


def planner_contacts(account_ids: list[int] | None = None) -> Iterator[tuple]:
    """(id, account id, uuid, name, role, timezone, birthday) per contact, of these accounts or of all."""
    query = Contact.select(Contact.id, Contact.account, Contact.uuid, Contact.name, Contact.role, Contact.timezone,
                           Contact.birthday)
    if account_ids:
        query = query.where(Contact.account.in_(account_ids))
    return iter(db.execute(query))


def planner_recent(per_account: int, account_ids: list[int] | None = None) -> Iterator[tuple]:
    """(account id, uuid, occurred_at, purpose, direction, response, valid_until, contact id, channel) of the
    newest per_account interactions of each account (of these accounts, or of all), in no particular order."""
    # A correlated subquery walks the (account, occurred_at) index per account, more than twice as fast here as
    # ROW_NUMBER() over the whole table.
    newest = Interaction.alias("newest")
    latest = (newest.select(newest.id).where(newest.account == Account.id)
              .order_by(newest.occurred_at.desc()).limit(per_account))
    query = (Account.select(Interaction.account, Interaction.uuid, Interaction.occurred_at, Interaction.purpose,
                            Interaction.direction, Interaction.response, Interaction.valid_until,
                            Interaction.contact, Interaction.channel)
             .join(Interaction, on=Interaction.id.in_(latest)))
    if account_ids:
        query = query.where(Account.id.in_(account_ids))
    return iter(db.execute(query))


def account_names() -> Iterator[tuple]:
    """(id, uuid, name, country) per account: what the duplicate finder indexes."""
    return iter(db.execute(Account.select(Account.id, Account.uuid, Account.name, Account.country)))


def contact_addresses() -> Iterator[tuple]:
    """(account id, e-mail, phone number in E.164) per contact: what the duplicate finder indexes."""
    return iter(db.execute(Contact.select(Contact.account, Contact.email, Contact.phone_e164)))


def insert_rows(model: type[BaseModel], rows: Iterable[dict]) -> None:
    """Many new rows through one prepared statement (DB-API executemany); a missing field takes its default.

    peewee's insert_many builds SQL text value by value: that was half of a 49,000-record merge.
    """
    fields = [f for f in model._meta.sorted_fields if f.name != "id"]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({", ".join([db.param] * len(fields))})'
    defaults = {f.name: f.default for f in fields}
    params = [tuple(f.db_value(row[f.name] if f.name in row else _default(defaults[f.name])) for f in fields)
              for row in rows]
    db.cursor().executemany(sql, params)


def _default(value):
    return value() if callable(value) else value
