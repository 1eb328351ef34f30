"""Bulk reads and writes that go straight to the database cursor: plain tuples in, plain tuples out.

They run over every account at start-up, every morning's plan and a whole bundle merge, where building a
peewee model instance (or converting each value in Python) per row would dominate. Services turn the tuples
into their own named rows; no service touches a cursor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import peewee as pw

from models import search_index
from models.account import Account, Contact
from models.base import BaseModel, db
from models.commitment import Commitment
from models.dialect import LATER_THAN_ANY, day_text, month_text, on_server, position, quarter_text, week_index
from models.health import AccountHealth
from models.interaction import Interaction

LIST_COLUMNS = (Account.uuid, Account.name, Account.country, Account.city, Account.stage, Account.priority,
                Account.source, search_index.CONTACT_COUNT, search_index.LAST_CONTACT, AccountHealth.score,
                AccountHealth.band, AccountHealth.next_touch_utc, AccountHealth.promises_at_risk)

# Sort keys of the kept health, never NULL (account_position compares rows of keys, and NULL compares as unknown):
# an account without a kept row sorts below every score, after every planned touch, with no promise at risk.
# They sort the page after a LEFT JOIN from account (a top-N sort, as by contacts); account_health's own indexes
# serve the health engineers' reads, while the list must keep accounts that have no row yet.
HEALTH_SCORE = pw.fn.COALESCE(AccountHealth.score, -1)
NEXT_TOUCH = pw.fn.COALESCE(AccountHealth.next_touch_utc, LATER_THAN_ANY)
PROMISES_AT_RISK = pw.fn.COALESCE(AccountHealth.promises_at_risk, 0)


def needs_attention(now_utc) -> pw.ColumnBase:
    """The accounts that need attention: health band at risk or watch, an open promise at risk, or the next planned
    touch already past (now_utc: naive UTC, as next_touch_utc is kept). Accounts without kept health do not."""
    return (AccountHealth.band.in_(["at_risk", "watch"]) | (AccountHealth.promises_at_risk > 0)
            | (AccountHealth.next_touch_utc < now_utc))


def _with_health(query: pw.ModelSelect[Account]) -> pw.ModelSelect[Account]:
    """The query joined to each account's kept health, if any: one probe by its key per account read, so a page
    still reads only its own rows."""
    return query.join(AccountHealth, pw.JOIN.LEFT_OUTER, on=(AccountHealth.account == Account.id))


# After the chosen order: name, then the rest of the (order_key, search_key) index, so that sorting by name is a walk
# of that index (a page deep in the list skips entries without reading their rows), and the order is total.
TIE_BREAK = (Account.order_key, Account.search_key, Account.id)


def account_list(where: pw.ColumnBase | None = None, order: Sequence[pw.ColumnBase] = (), descending: bool = False,
                 offset: int = 0, limit: int | None = None) -> Iterator[tuple]:
    """(uuid, name, country, city, stage, priority, source, contact count, last contact, health score, band, next
    touch, promises at risk; the last four None without kept health) of the accounts that meet `where`, sorted by
    the `order` keys (then TIE_BREAK), from offset on.

    The counts are kept on the account (models.search_index): a page costs its own rows, not the book's.
    """
    keys = [*order, *TIE_BREAK]
    query = (_with_health(Account.select(*LIST_COLUMNS))
             .order_by(*(k.desc() if descending else k.asc() for k in keys)).offset(offset or None).limit(limit))
    if where is not None:
        query = query.where(where)
    return iter(db.execute(query))


def account_count(where: pw.ColumnBase | None, health: bool = False) -> int:
    """How many accounts meet where (health: it tests the kept health, which is joined only then: SQLite keeps a
    LEFT JOIN it does not need, a probe per account counted)."""
    query = Account.select(pw.fn.COUNT(Account.id))
    if health:
        query = _with_health(query)
    if where is not None:
        query = query.where(where)
    return query.scalar()


def account_position(where: pw.ColumnBase | None, order: Sequence[pw.ColumnBase], descending: bool, uuid: str,
                     health: bool = False) -> int:
    """Where the account stands in account_list(where, order, descending), or -1 when it does not meet where.

    Counts the rows sorted before it (a row-value comparison on the same keys): no row is read into Python.
    health: where or order test the kept health (as for account_count).
    """
    keys = [*order, *TIE_BREAK]
    found = Account.select(*keys).where(Account.uuid == uuid)
    if health:
        found = _with_health(found)
    if where is not None:
        found = found.where(where)
    own = next(iter(db.execute(found)), None)
    if own is None:
        return -1
    ahead = (pw.Tuple(*keys) > pw.Tuple(*own)) if descending else (pw.Tuple(*keys) < pw.Tuple(*own))
    return account_count(ahead if where is None else (where & ahead), health)


def ranked(column: pw.ColumnBase, values: list[str]) -> pw.ColumnBase:
    """A column's values ranked by their place in values (1, 2, …; 0 for any other): one parameter, any length."""
    return position(pw.Value(",").concat(column).concat(","), pw.Value("," + ",".join(values) + ","))


def account_countries() -> list[str]:
    """The distinct countries of the book's accounts (the country index answers it)."""
    return [code for (code,) in db.execute(Account.select(Account.country).distinct())]


def planner_accounts(account_uuid: str | None = None, ids: list[int] | None = None) -> Iterator[tuple]:
    """(id, uuid, name, country, timezone, stage, priority, cadence_days, founded_on, created_at, muslim_owned) per
    account, dates and times as stored (text or values); one account with account_uuid, these with ids."""
    query = Account.select(Account.id, Account.uuid, Account.name, Account.country, Account.timezone, Account.stage,
                           Account.priority, Account.cadence_days, Account.founded_on, Account.created_at,
                           Account.muslim_owned)
    if account_uuid:
        query = query.where(Account.uuid == account_uuid)
    if ids is not None:
        query = query.where(Account.id.in_(ids))
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
             .join(Interaction, on=_newest_of_account(latest)))
    if account_ids:
        query = query.where(Account.id.in_(account_ids))
    return iter(db.execute(query))


def _newest_of_account(latest: pw.SelectQuery) -> pw.Expression:
    """The join of planner_recent. On the server it also names the account, implied as that is: without it
    PostgreSQL scans every interaction of the book and runs the subquery once for each (350 ms for one account of
    a 1,000-account book, 0.1 ms with it). SQLite does better without: it walks the subquery's ids by key (the
    whole book in 0.8 s rather than 2 s)."""
    newest = Interaction.id.in_(latest)
    return (Interaction.account == Account.id) & newest if on_server() else newest


def planner_last_sent(purposes: tuple[str, ...], account_ids: list[int] | None = None) -> Iterator[tuple]:
    """(account id, uuid, occurred_at, purpose, direction, response, valid_until, contact id, channel) of each
    account's newest outbound interaction of each of these purposes (the last quote, the last samples), however
    far back; walks the (account, purpose, occurred_at) index. SQLite gives the other columns of the MAX row;
    PostgreSQL's DISTINCT ON takes the first row of each (account, purpose) newest first."""
    where = "direction = 'outbound' AND purpose IN ({})".format(", ".join("?" * len(purposes)))
    params: list = list(purposes)
    if account_ids is not None:
        where += " AND account_id IN ({})".format(", ".join("?" * len(account_ids)))
        params += account_ids
    if on_server():
        sql = ("SELECT DISTINCT ON (account_id, purpose) account_id, uuid, occurred_at, purpose, direction, response, "
               f"valid_until, contact_id, channel FROM interaction WHERE {where} "
               "ORDER BY account_id, purpose, occurred_at DESC")
    else:
        sql = ("SELECT account_id, uuid, MAX(occurred_at), purpose, direction, response, valid_until, contact_id, "
               f"channel FROM interaction WHERE {where} GROUP BY account_id, purpose")
    return iter(db.execute_sql(sql, params))


def planner_last_by_contact(account_ids: list[int] | None = None) -> Iterator[tuple]:
    """(account id, contact id, newest occurred_at) of every contact that has an interaction, of these accounts or
    of all: when each person (and so each level of the customer) was last in touch."""
    query = (Interaction.select(Interaction.account, Interaction.contact, pw.fn.MAX(Interaction.occurred_at))
             .where(Interaction.contact.is_null(False)).group_by(Interaction.account, Interaction.contact))
    if account_ids is not None:
        query = query.where(Interaction.account.in_(account_ids))
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
    execute_many(sql, params)


def plain_rows(query) -> Iterator[tuple]:
    """A query's rows as the driver gives them (values as stored, no per-column conversion)."""
    return iter(db.execute(query))


def insert_values(model: type[pw.Model], fields: Iterable, rows: list[tuple]) -> None:
    """Many new rows, each a tuple of values ready for the database (text, numbers) in fields' order, through one
    prepared statement: the stored plan writes tens of thousands at a time."""
    fields = list(fields)
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({", ".join([db.param] * len(fields))})'
    execute_many(sql, rows)


def round_trip() -> None:
    """One statement to the database and back (`SELECT 1`): whether a server answers, reconnecting if it can."""
    db.execute_sql("SELECT 1").fetchone()


def execute_many(sql: str, rows: Iterable[tuple] | list) -> None:
    """DB-API executemany; on the server through ServerDatabase.execute_many, so a lost connection is the book's
    ServerLostError (nothing written), not the driver's own error."""
    many = getattr(db.obj, "execute_many", None)
    if many is not None:
        many(sql, rows)
    else:
        db.cursor().executemany(sql, rows)


def _default(value):
    return value() if callable(value) else value


class NameMatch(NamedTuple):
    """A row whose folded name holds the search terms; rank 0: the name starts with them as typed, 1: one of its
    words does, 2: they are elsewhere in it."""

    rank: int
    uuid: str
    name: str
    account_uuid: str
    account_name: str
    country: str
    city: str
    due_date: object  # a promise's due day (as stored), else None
    status: str  # a promise's status, else ""


def name_matches(model: type[BaseModel], terms: list[str], limit: int) -> list[NameMatch]:
    """The best `limit` accounts, contacts or promises (model) whose name_key holds every folded term.

    Names that start with the terms come first through the name_key index (a range, no scan); only when fewer
    than `limit` do, the narrow index is scanned for the others, best ranked first. Each statement reads rows
    only for the matches it returns: one or two queries per kind, however many rows match.
    """
    key = model.name_key  # type: ignore[attr-defined]
    phrase = " ".join(terms)
    holds = [key.contains(term) for term in terms]
    starting = (model.select(model.id).where((key >= phrase) & (key < phrase + _LAST_CHAR), *holds)
                .order_by(key).limit(limit))
    found = _rows(model, starting, 0)
    if len(found) == limit:
        return found
    rank = pw.Case(None, [(key.startswith(phrase), 0), (key.contains(f" {phrase}"), 1)], 2)
    best = model.select(model.id).where(*holds).order_by(rank, pw.fn.LENGTH(key), key).limit(limit)
    return _rows(model, best, rank)


_LAST_CHAR = "\U0010ffff"  # sorts after every character: [phrase, phrase + this) holds the keys starting with phrase


def _rows(model: type[BaseModel], chosen: pw.SelectQuery, rank) -> list[NameMatch]:
    """The chosen rows with their account (and a promise's due day and status)."""
    extra: tuple[pw.Node, ...] = (
        (Commitment.title, Commitment.due_date, Commitment.status) if model is Commitment
        else (model.name, pw.Value(None), pw.Value("")))  # type: ignore[attr-defined]
    name, due, status = extra
    query = model.select(rank, model.uuid, name, Account.uuid, Account.name, Account.country, Account.city,
                         due, status)
    if model is not Account:
        query = query.join(Account, on=(model.account == Account.id))  # type: ignore[attr-defined]
    return [NameMatch(*row) for row in db.execute(query.where(model.id.in_(chosen)))]



def _in(column: str, ids: list[int]) -> str:
    return f"{column} IN ({', '.join([db.param] * len(ids))})"


# Health reads a chunk of up to 2,000 accounts per statement: the SQL is written out, as peewee's building of an IN
# list of that length cost more than running it.
def health_interactions(account_ids: list[int], since: dt.datetime) -> Iterator[tuple]:
    """(account id, occurred_at, channel, direction, response, contact id) of these accounts' interactions from
    since (aware) on, as stored; walks the (account, occurred_at) index."""
    sql = ("SELECT account_id, occurred_at, channel, direction, response, contact_id FROM interaction "
           f"WHERE {_in('account_id', account_ids)} AND occurred_at >= {db.param}")
    return iter(db.execute_sql(sql, [*account_ids, Interaction.occurred_at.db_value(since)]))


def closed_promises(account_ids: list[int]) -> Iterator[tuple]:
    """(account id, status, due_date, completed_at) of these accounts' kept and broken promises, as stored."""
    sql = ("SELECT account_id, status, due_date, completed_at FROM commitment "
           f"WHERE {_in('account_id', account_ids)} AND status IN ('kept', 'broken')")
    return iter(db.execute_sql(sql, account_ids))


# The portfolio's counts (services/health/portfolio.py): each a GROUP BY in the database, and its click-through the
# same WHERE grouped by account. Their date arithmetic is each database's own (models.dialect).
_PERIODS = {"week": week_index, "month": lambda column, _start: month_text(column)}
_SPLITS = {"channel": "channel", "response": "response"}


def outbound_counts(start: str, end: str, period: str, split: str) -> list[tuple]:
    """(period, split value, count) of outbound interactions from start to end (ISO days, end excluded); period:
    'week' (0-based from start, a Monday) or 'month' ('2026-05'); split: 'channel' or 'response'."""
    bucket = _PERIODS[period]("occurred_at", start)
    sql = (f"SELECT {bucket}, {_SPLITS[split]}, COUNT(*) FROM interaction "
           "WHERE occurred_at >= ? AND occurred_at < ? AND direction = 'outbound' GROUP BY 1, 2")
    return list(db.execute_sql(sql, (start, end)))


def outbound_accounts(start: str, end: str, split: str, value: str) -> list[tuple]:
    """(uuid, name, country, count) of the accounts with outbound interactions of split = value from start to end."""
    sql = ("SELECT a.uuid, a.name, a.country, COUNT(*) FROM interaction i JOIN account a ON a.id = i.account_id "
           f"WHERE i.occurred_at >= ? AND i.occurred_at < ? AND i.direction = 'outbound' AND i.{_SPLITS[split]} = ? "
           "GROUP BY a.id")
    return list(db.execute_sql(sql, (start, end, value)))


# A closed promise's outcome: kept by its due day (a kept promise without a completion day counts as on time), kept
# late, or broken. Open and cancelled promises have none.
PROMISE_OUTCOME = ("CASE WHEN status = 'broken' THEN 'broken' "
                   "WHEN status = 'kept' AND completed_at IS NOT NULL AND completed_at > due_date THEN 'late' "
                   "WHEN status = 'kept' THEN 'on_time' END")
_PROMISE_GROUPS = {"quarter": quarter_text, "person": lambda column: column.replace("due_date", "promised_by")}


def promise_outcomes(start: str, end: str) -> list[tuple]:
    """(quarter, promised_by, outcome, count) of the promises closed as kept or broken whose due day is from start
    to end (ISO days, end excluded): one pass serves both the per-quarter and the per-person chart."""
    sql = (f"SELECT {quarter_text('due_date')}, promised_by, {PROMISE_OUTCOME}, COUNT(*) FROM commitment "
           "WHERE due_date >= ? AND due_date < ? AND status IN ('kept', 'broken') GROUP BY 1, 2, 3")
    return list(db.execute_sql(sql, (start, end)))


def promise_accounts(start: str, end: str, by: str, group: str, outcome: str) -> list[tuple]:
    """(uuid, name, country, count) of the accounts behind one bar of promise_outcomes."""
    column = _PROMISE_GROUPS[by]("c.due_date")
    sql = ("SELECT a.uuid, a.name, a.country, COUNT(*) FROM commitment c JOIN account a ON a.id = c.account_id "
           f"WHERE c.due_date >= ? AND c.due_date < ? AND c.status IN ('kept', 'broken') AND {column} = ? "
           f"AND {PROMISE_OUTCOME.replace('status', 'c.status')} = ? GROUP BY a.id")
    return list(db.execute_sql(sql, (start, end, group, outcome)))


def reply_days(before: str) -> list[tuple]:
    """(UTC day received, count) of the replies owed in the stored plan whose customer day is before `before`."""
    sql = (f"SELECT {day_text('due_utc')}, COUNT(*) FROM planned_touch WHERE kind = 'reply' AND day < ? "
           "GROUP BY 1")
    return list(db.execute_sql(sql, (before,)))


def reply_accounts(before: str, first: str, last: str) -> list[tuple]:
    """(uuid, name, country, count) of the accounts owed replies received from day first to day last (UTC)."""
    sql = ("SELECT a.uuid, a.name, a.country, COUNT(*) FROM planned_touch p JOIN account a ON a.id = p.account_id "
           f"WHERE p.kind = 'reply' AND p.day < ? AND {day_text('p.due_utc')} BETWEEN ? AND ? GROUP BY a.id")
    return list(db.execute_sql(sql, (before, first, last)))


def accounts_by(column: str) -> list[tuple]:
    """(value, count) of the accounts per country, stage or kept health band (None: no kept health)."""
    if column != "band":
        return list(db.execute_sql(f"SELECT {_ACCOUNT_COLUMNS[column]}, COUNT(*) FROM account GROUP BY 1"))
    # From the band index alone (a join over the book cost 40 ms at 100,000): the others are not scored yet.
    scored = list(db.execute_sql("SELECT band, COUNT(*) FROM account_health GROUP BY 1"))
    unscored = account_count(None) - sum(n for _band, n in scored)
    return scored + ([(None, unscored)] if unscored else [])


_ACCOUNT_COLUMNS = {"country": "country", "stage": "stage"}


def accounts_where(column: str, values: Sequence[str | None]) -> list[tuple]:
    """(uuid, name, country, 1) of the accounts whose country, stage or band is one of values (None: no band)."""
    known = [v for v in values if v is not None]
    marks = ", ".join("?" * len(known)) or "NULL"
    if column == "band":
        sql = ("SELECT a.uuid, a.name, a.country, 1 FROM account a LEFT JOIN account_health h ON h.account_id = a.id "
               f"WHERE h.band IN ({marks})" + (" OR h.band IS NULL" if None in values else ""))
    else:
        sql = f"SELECT uuid, name, country, 1 FROM account WHERE {_ACCOUNT_COLUMNS[column]} IN ({marks})"
    return list(db.execute_sql(sql, known))
