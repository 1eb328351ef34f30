"""What the account list reads instead of walking the book: a trigram search index and kept per-account aggregates.

The one seam for the database-specific part of the list. On SQLite: an FTS5 table with the trigram tokenizer
over account.search_key; on PostgreSQL: pg_trgm's GIN index on search_key (a plain scan where the extension may
not be created). Both keep account.contact_count / account.last_contact_at by triggers, so every write path
(services, import, bundle merge, trash restore, account merge) keeps them without knowing.
"""

from __future__ import annotations

import functools
import operator

import peewee as pw

from models.account import Account
from models.base import db
from models.dialect import on_server, trigger

TRIGRAM = 3  # the index finds substrings of at least this many characters; shorter terms are compared row by row

# Kept on the account row, outside the peewee model: a model's save() writes every field it holds and would put
# back a stale count; only these triggers write them.
CONTACT_COUNT = pw.SQL("contact_count")
LAST_CONTACT = pw.SQL("last_contact_at")

_SEARCH_TABLE = """CREATE VIRTUAL TABLE IF NOT EXISTS account_fts USING fts5(
    search_key, content='account', content_rowid='id', tokenize='trigram case_sensitive 1')"""
# The key is folded already (services.text.fold): case_sensitive keeps the index from folding it again, so a
# match is exactly "the term is a substring of the key".


_FTS_ADD = "INSERT INTO account_fts(rowid, search_key) VALUES (NEW.id, NEW.search_key)"
_FTS_DROP = "INSERT INTO account_fts(account_fts, rowid, search_key) VALUES ('delete', OLD.id, OLD.search_key)"
_SEARCH_TRIGGERS = [  # SQLite only: (name, event, statements)
    ("account_fts_insert", "AFTER INSERT ON account", [_FTS_ADD]),
    ("account_fts_delete", "AFTER DELETE ON account", [_FTS_DROP]),
    ("account_fts_update", "AFTER UPDATE OF search_key ON account", [_FTS_DROP, _FTS_ADD]),
]

# Recounted from the indexes (contact(account_id), interaction(account_id, occurred_at)) rather than nudged by
# one: a recount cannot drift, and costs an index probe.
_COUNT = "UPDATE account SET contact_count = (SELECT COUNT(*) FROM contact WHERE account_id = {0}) WHERE id = {0}"
_LAST = ("UPDATE account SET last_contact_at = (SELECT MAX(occurred_at) FROM interaction WHERE account_id = {0}) "
         "WHERE id = {0}")
_NEW, _OLD = "NEW.account_id", "OLD.account_id"
_AGGREGATE_TRIGGERS: list[tuple[str, str, list[str], str | None]] = [  # name, event, statements, condition
    ("contact_count_insert", "AFTER INSERT ON contact", [_COUNT.format(_NEW)], None),
    ("contact_count_delete", "AFTER DELETE ON contact", [_COUNT.format(_OLD)], None),
    ("contact_count_move", "AFTER UPDATE OF account_id ON contact", [_COUNT.format(_OLD), _COUNT.format(_NEW)],
     "OLD.account_id IS DISTINCT FROM NEW.account_id"),
    ("last_contact_insert", "AFTER INSERT ON interaction", [_LAST.format(_NEW)], None),
    ("last_contact_delete", "AFTER DELETE ON interaction", [_LAST.format(_OLD)], None),
    ("last_contact_change", "AFTER UPDATE OF account_id, occurred_at ON interaction",
     [_LAST.format(_OLD), _LAST.format(_NEW)], None),
]


def add_column(table: str, column: str, definition: str) -> None:
    """ALTER TABLE … ADD COLUMN unless the column is there (a book a test took back to an older version)."""
    if column not in {c.name for c in db.get_columns(table)}:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')


def install() -> None:
    """Create the index, the aggregate columns and their triggers, and fill them from what the book holds (again,
    if they are there: every part is made only when missing, and the fill is a recount)."""
    add_column("account", "contact_count", "INTEGER NOT NULL DEFAULT 0")
    add_column("account", "last_contact_at", "TIMESTAMP" if on_server() else "DATETIME")
    db.execute_sql(
        "UPDATE account SET contact_count = (SELECT COUNT(*) FROM contact WHERE account_id = account.id), "
        "last_contact_at = (SELECT MAX(occurred_at) FROM interaction WHERE account_id = account.id)")
    if on_server():
        _install_trigram_index()
    else:
        db.execute_sql(_SEARCH_TABLE)
        db.execute_sql("INSERT INTO account_fts(account_fts) VALUES ('rebuild')")
        for name, event, statements in _SEARCH_TRIGGERS:
            for statement in trigger(name, event, statements):
                db.execute_sql(statement)
    for name, event, statements, condition in _AGGREGATE_TRIGGERS:
        for statement in trigger(name, event, statements, condition):
            db.execute_sql(statement)


def _install_trigram_index() -> None:
    """pg_trgm's GIN index on the search key. The extension is "trusted" (PostgreSQL 13+): the database's owner
    may create it; where that is refused, search still works, by a scan of the keys."""
    try:
        with db.atomic():
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except pw.DatabaseError:
        return
    db.execute_sql("CREATE INDEX IF NOT EXISTS account_search_trgm ON account USING gin (search_key gin_trgm_ops)")


def phrase(term: str) -> str:
    """A term as an FTS5 phrase: quoted, so punctuation and keywords (AND, NEAR) are plain characters."""
    return '"' + term.replace('"', '""') + '"'


GATHER_UP_TO = 1000  # fewer matches than this: collect and sort them; more: walk the list's order


def _split(terms: list[str]) -> tuple[pw.SQL | None, pw.SQL | None]:
    """The index's MATCH for the long terms (or None) and the instr() checks for the short ones (or None)."""
    long = [t for t in terms if len(t) >= TRIGRAM]
    short = [t for t in terms if len(t) < TRIGRAM]
    found = (pw.SQL("(SELECT rowid FROM account_fts WHERE account_fts MATCH ?)", [" AND ".join(map(phrase, long))])
             if long else None)
    checks = pw.SQL(" AND ".join(["instr(search_key, ?) > 0"] * len(short)), short) if short else None
    return found, checks


def matching(terms: list[str], gather: bool) -> pw.ColumnBase | None:
    """A condition on Account: its search key holds every term (None: no terms, every account).

    Terms of three characters or more go through the trigram index in one MATCH; shorter ones (one or two
    letters, typed first) are compared with instr() on the key in the index the list walks, (order_key,
    search_key), so no table row is read for a key that fails.

    gather: the matches are few (under GATHER_UP_TO), so collect the index's rows first and sort them; otherwise
    the list's order is walked and each entry tested, which stops once a page is full.
    """
    if on_server():  # pg_trgm's index serves LIKE '%term%' itself; the planner chooses gathering or walking
        return functools.reduce(operator.and_, [_holds(t) for t in terms]) if terms else None
    rows, checks = _split(terms)
    if rows is None:
        return checks
    # "+id": not a key to look rows up by, so SQLite walks the list's order instead of gathering
    found = Account.id.in_(rows) if gather else pw.NodeList([pw.SQL("+"), Account.id], glue="").in_(rows)
    return found if checks is None else found & checks


def _holds(term: str) -> pw.ColumnBase:
    """search_key LIKE '%term%' (case-sensitive: the key and the term are folded already, and LIKE reads a key
    three times faster than ILIKE does), the term's own % _ and \\ taken as plain characters."""
    plain = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return pw.Expression(Account.search_key, pw.OP.LIKE, f"%{plain}%")


def count_matching(terms: list[str]) -> int:
    """How many accounts hold every term (matching() alone, without other conditions).

    From the trigram index alone when every term is long; else by testing the keys in the search_key index,
    which holds nothing else (a scan of it: ~20 ms of CPU at 100,000 accounts here), or, when the index found
    only a few accounts, by testing just those."""
    if on_server():
        return Account.select(pw.fn.COUNT(Account.id)).where(matching(terms, gather=True)).scalar()
    found, checks = _split(terms)
    if found is not None:
        fts = db.execute_sql("SELECT COUNT(*) FROM account_fts WHERE account_fts MATCH ?", found.params)
        total = fts.fetchone()[0]
        if checks is None or total == 0:
            return total
        if total < GATHER_UP_TO:
            return Account.select(pw.fn.COUNT(Account.id)).where(matching(terms, gather=True)).scalar()
    keys = Account.select(pw.fn.COUNT(Account.id)).from_(pw.SQL('"account" AS "t1" INDEXED BY "account_search_key"'))
    return keys.where(matching(terms, gather=False)).scalar()
