"""The SQL that differs between the two books: SQLite (the file, the fair laptop) and PostgreSQL (the office server).

Every statement whose text is not the same on both is written here, once per database: triggers, the fold
function behind the name keys, date arithmetic, the write lock, the list's search index hints. The rest of
models/ writes standard SQL with `?` placeholders (the PostgreSQL database turns them into its own, see
models/server.py) and asks this module for the parts that differ.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import peewee as pw

from models.base import db


def on_server() -> bool:
    """The open book is a PostgreSQL database (else an SQLite file)."""
    return isinstance(db.obj, pw.PostgresqlDatabase)


_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\$\$.*?\$\$|\?", re.S)


def server_placeholders(sql: str) -> str:
    """`?` placeholders as psycopg's `%s` (quoted text, identifiers and $$ bodies left alone)."""
    if "?" not in sql:
        return sql
    return _QUOTED.sub(lambda m: "%s" if m.group(0) == "?" else m.group(0), sql)


# ---- triggers ------------------------------------------------------------------------------------------------

_TABLE = re.compile(r"\bON\s+(\w+)\s*$", re.I)


def trigger(name: str, when: str, statements: list[str], condition: str | None = None) -> list[str]:
    """The statements that create trigger `name` (idempotent): `when` is "AFTER INSERT ON account" or "AFTER UPDATE
    OF a, b ON t"; statements run per row with NEW/OLD; condition: a WHEN test in standard SQL (IS DISTINCT FROM).

    SQLite: one CREATE TRIGGER with the statements inline. PostgreSQL: a PL/pgSQL function and a row trigger."""
    body = " ".join(s.rstrip(";") + ";" for s in statements)
    if not on_server():
        test = f" WHEN {condition.replace('IS DISTINCT FROM', 'IS NOT')}" if condition else ""
        return [f"CREATE TRIGGER IF NOT EXISTS {name} {when}{test} BEGIN {body} END"]
    table = _TABLE.search(when)
    assert table is not None, when
    test = f" WHEN ({condition})" if condition else ""
    return [f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
            "RETURN NULL; END $$",
            f"CREATE OR REPLACE TRIGGER {name} {when} FOR EACH ROW{test} EXECUTE FUNCTION {name}_fn()"]


def name_key_trigger(table: str, column: str) -> list[str]:
    """Keep table.name_key the fold of table.column on every insert and rename (and when a save writes the key
    back as an object held it). SQLite calls the Python fold registered on each connection; PostgreSQL its own
    rapport_fold (fold_function()), set before the row is written."""
    if not on_server():
        refold = f"UPDATE {table} SET name_key = rapport_fold(NEW.{column}) WHERE id = NEW.id"
        return [*trigger(f"{table}_name_key_insert", f"AFTER INSERT ON {table}", [refold]),
                *trigger(f"{table}_name_key_update", f"AFTER UPDATE OF {column}, name_key ON {table}", [refold])]
    name = f"{table}_name_key"
    return [f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"NEW.name_key := rapport_fold(NEW.{column}); RETURN NEW; END $$",
            f"CREATE OR REPLACE TRIGGER {name} BEFORE INSERT OR UPDATE OF {column}, name_key ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}_fn()"]


# ---- the fold (models/folding.py) in SQL ------------------------------------------------------------------------

def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@cache
def fold_function() -> str:
    """CREATE FUNCTION rapport_fold(text): models.folding.fold written in SQL, from Python's own Unicode tables.

    fold = casefold, NFKD, drop combining marks, NFC. Case folding is a per-character map: the one-character
    results go through translate(), the few longer ones (ß → ss) through replace(); the marks dropped are every
    character Python calls combining. So the server folds exactly as the app does, whatever its locale."""
    single_from, single_to, longer = [], [], []
    marks = []
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        char = chr(cp)
        if unicodedata.combining(char):
            marks.append(char)
        folded = char.casefold()
        if folded == char:
            continue
        if len(folded) == 1:
            single_from.append(char)
            single_to.append(folded)
        else:
            longer.append((char, folded))
    expression = "translate(coalesce(t, ''), " + _literal("".join(single_from)) + ", " \
        + _literal("".join(single_to)) + ")"
    for char, folded in longer:
        expression = f"replace({expression}, {_literal(char)}, {_literal(folded)})"
    stripped = f"translate(normalize({expression}, NFKD), {_literal(''.join(marks))}, '')"
    return ("CREATE OR REPLACE FUNCTION rapport_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
            f"AS $$ SELECT normalize({stripped}, NFC) $$")


# ---- dates and text ---------------------------------------------------------------------------------------------

def day_text(column: str) -> str:
    """A stored date or time's day as ISO text ('2026-05-04')."""
    return f"to_char({column}, 'YYYY-MM-DD')" if on_server() else f"substr({column}, 1, 10)"


def month_text(column: str) -> str:
    """A stored date or time's month as text ('2026-05')."""
    return f"to_char({column}, 'YYYY-MM')" if on_server() else f"substr({column}, 1, 7)"


def week_index(column: str, monday: str) -> str:
    """The 0-based week (from the Monday given as ISO text) a stored time falls in."""
    if on_server():
        return f"((CAST({column} AS date) - DATE '{monday}') / 7)"
    return f"CAST((julianday(substr({column}, 1, 10)) - julianday('{monday}')) / 7 AS INTEGER)"


def quarter_text(column: str) -> str:
    """A stored date's quarter as text ('2026-Q2')."""
    if on_server():
        return f"to_char({column}, 'YYYY') || '-Q' || to_char({column}, 'Q')"
    return f"substr({column}, 1, 4) || '-Q' || ((CAST(substr({column}, 6, 2) AS INTEGER) + 2) / 3)"


def position(needle: pw.Node, haystack: pw.Node) -> pw.ColumnBase:
    """Where needle starts in haystack (1-based; 0 when absent)."""
    return pw.fn.strpos(haystack, needle) if on_server() else pw.fn.instr(haystack, needle)


class _Time(pw.Node):
    """A time that sorts before or after every stored time: text on SQLite (where times are ISO text), a
    timestamp on the server. Rendered when the query runs, so module constants can hold it."""

    def __init__(self, text: str, server: str) -> None:
        self.text, self.server = text, server

    def __sql__(self, ctx):
        return ctx.literal(self.server) if on_server() else ctx.value(self.text)


LATER_THAN_ANY = _Time("9999", "TIMESTAMP '9999-12-31 00:00:00'")
EARLIER_THAN_ANY = _Time("", "TIMESTAMP '0001-01-01 00:00:00'")


# ---- the write lock -----------------------------------------------------------------------------------------

WRITE_LOCK_KEY = 0x52505254  # "RPRT": the advisory lock writers that read, decide, then write take on the server


def take_account_lock(account_id: int) -> None:
    """Inside a transaction: wait for whole-book work (take_write_lock) and for other work on this one account,
    while work on other accounts goes on beside it (the book's lock shared, the account's alone). SQLite's
    BEGIN IMMEDIATE has serialised the file already."""
    if on_server():
        db.execute_sql("SELECT pg_advisory_xact_lock_shared(?)", (WRITE_LOCK_KEY,))
        db.execute_sql("SELECT pg_advisory_xact_lock(?, ?)", (ACCOUNT_LOCK_SPACE, account_id))


ACCOUNT_LOCK_SPACE = 0x5250  # the two-number advisory keys (this, account id): one account's plan


def take_write_lock() -> None:
    """Inside a transaction: wait for every other reading-then-writing transaction of the book to end first.

    SQLite's BEGIN IMMEDIATE does this for the file; on the server a transaction-scoped advisory lock does it
    for the same work (imports, merges), while plain edits run side by side."""
    if on_server():
        db.execute_sql("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK_KEY,))
