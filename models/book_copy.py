"""A whole book copied row by row into an empty database (an SQLite file or a server database), all or nothing, and
the per-table checksums that prove two books hold the same rows."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import peewee as pw

from models import search_index
from models.address import BookAddress
from models.base import connect, db, stamp_application_id
from models.files import atomic_output
from models.health import AccountHealth
from models.migrations import ALL_MODELS, location_of, migrate
from models.plan import PlanDirty, PlannedTouch
from models.support import Meta

CHUNK = 5000  # rows read and written at a time: one executemany each, memory flat whatever the book's size

# Every table of the book, in an order that inserts a row after the rows it refers to.
BOOK_MODELS: list[type[pw.Model]] = pw.sort_models(  # type: ignore[attr-defined]
    [*ALL_MODELS, PlannedTouch, PlanDirty, AccountHealth])

# Meta rows that describe one copy of the book rather than the book: where the SQLite file was last opened.
LOCAL_META = ("location",)

Progress = Callable[[str, int, int], None]  # table, rows done, rows in all


class TargetNotEmptyError(Exception):
    """The database to copy into already has tables (or the file already exists): nothing was written."""


class TableSum(NamedTuple):
    table: str
    rows: int
    sha256: str


def table_names() -> list[str]:
    return [m._meta.table_name for m in BOOK_MODELS]


# ---- values -----------------------------------------------------------------------------------------------------

def _kind(data_type: str) -> str:
    """A column's kind from its declared type: 'datetime', 'date', 'bool' or '' (stored as given)."""
    lowered = data_type.lower()
    if "timestamp" in lowered or "datetime" in lowered:
        return "datetime"
    if lowered == "date":
        return "date"
    return "bool" if lowered.startswith("bool") else ""


def _kinds(database: pw.Database, table: str) -> dict[str, str]:
    return {c.name: _kind(c.data_type) for c in database.get_columns(table)}


def _utc(value: dt.datetime | str) -> dt.datetime:
    """A stored time (SQLite: ISO text; the server: a naive datetime) as an aware UTC datetime."""
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _time_text(value: dt.datetime | str) -> str:
    """A stored time as ISO UTC text with microseconds; the naive forms both databases store, without parsing."""
    if isinstance(value, str):
        if len(value) == 19 and value[10] == " ":  # as SQLite keeps a time without a fraction
            return f"{value[:10]}T{value[11:]}.000000+00:00"
        if len(value) == 26 and value[10] == " ":
            return f"{value[:10]}T{value[11:]}+00:00"
    elif value.tzinfo is None:
        return value.isoformat(timespec="microseconds") + "+00:00"
    return _utc(value).isoformat(timespec="microseconds")


# One value as text, the same from both databases: times ISO UTC, booleans 0/1 (SQLite's are integers already).
_NORMAL: dict[str, Callable[[object], str]] = {
    "datetime": _time_text,  # type: ignore[dict-item]
    "date": lambda value: str(value)[:10],
    "bool": lambda value: "1" if value else "0",
    "": str,
}

# A value read from the server as an SQLite book stores it (text times, 0/1); None: stored as it is.
_IN_FILE: dict[str, Callable[[object], object] | None] = {
    "datetime": lambda value: value if isinstance(value, str) else str(_utc(value).replace(tzinfo=None)),  # type: ignore[arg-type]
    "date": lambda value: str(value)[:10],
    "bool": int,  # type: ignore[dict-item]
    "": None,
}


def _line(normalisers: list[Callable[[object], str]], row: tuple) -> bytes:
    text = "\x1f".join("\x00" if v is None else normal(v) for normal, v in zip(normalisers, row, strict=True))
    return text.encode("utf-8", "surrogatepass") + b"\x1e"


# ---- reading ----------------------------------------------------------------------------------------------------

def _columns(model: type[pw.Model], source: pw.Database, target: pw.Database) -> list[str]:
    """The columns both databases have (triggers' columns too: contact_count, last_contact_at, name_key)."""
    table = model._meta.table_name
    there = set(_kinds(source, table))
    return [c for c in _kinds(target, table) if c in there]


def _key(model: type[pw.Model]) -> str:
    return model._meta.primary_key.column_name  # type: ignore[union-attr]


def _quoted(columns: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _chunks(database: pw.Database, model: type[pw.Model], columns: list[str]) -> Iterator[list[tuple]]:
    """The table's rows (these columns; the key first) in key order, CHUNK at a time (keyset: no OFFSET walk)."""
    table, key = model._meta.table_name, _key(model)
    select = f'SELECT "{key}", {_quoted(columns)} FROM "{table}"'
    rows = database.execute_sql(f'{select} ORDER BY "{key}" LIMIT ?', (CHUNK,)).fetchall()
    while rows:
        yield [row[1:] for row in rows]
        if len(rows) < CHUNK:
            return
        rows = database.execute_sql(f'{select} WHERE "{key}" > ? ORDER BY "{key}" LIMIT ?',
                                    (rows[-1][0], CHUNK)).fetchall()


def _count(database: pw.Database, table: str) -> int:
    return database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]


def checksums(database: pw.Database) -> list[TableSum]:
    """Each table's row count and sha256 over its rows in key order, every column normalised (_NORMAL)."""
    sums = []
    for model in BOOK_MODELS:
        table = model._meta.table_name
        kinds = _kinds(database, table)
        columns = sorted(kinds)
        digest, rows = hashlib.sha256(), 0
        chunks = _chunks(database, model, columns)
        if model is Meta:  # keyed by text: sorted here, where both databases sort alike
            kept = [r for chunk in chunks for r in chunk if r[columns.index("key")] not in LOCAL_META]
            chunks = iter([sorted(kept, key=lambda r: r[columns.index("key")])])
        normalisers = [_NORMAL[kinds[c]] for c in columns]
        for chunk in chunks:
            for row in chunk:
                digest.update(_line(normalisers, row))
                rows += 1
        sums.append(TableSum(table, rows, digest.hexdigest()))
    return sums


# ---- writing ----------------------------------------------------------------------------------------------------

def _server(database: pw.Database) -> bool:
    return isinstance(database, pw.PostgresqlDatabase)


def _copy_table(model: type[pw.Model], source: pw.Database, target: pw.Database, progress: Progress) -> None:
    """The table's rows into the target as they are: the server takes them by COPY (its text input reads SQLite's
    times and 0/1 as its types); an SQLite file by executemany, the server's typed values as SQLite keeps them."""
    table = model._meta.table_name
    columns = _columns(model, source, target)
    kinds = _kinds(target, table)
    total, done = _count(source, table), 0
    target.execute_sql(f'DELETE FROM "{table}"')  # the fresh book's meta rows
    progress(table, 0, total)
    convert = [(i, f) for i, f in enumerate(_IN_FILE[kinds[c]] for c in columns) if f is not None]
    insert = f'INSERT INTO "{table}" ({_quoted(columns)}) VALUES ({", ".join("?" * len(columns))})'
    for chunk in _chunks(source, model, columns):
        if _server(target):
            target.copy_rows(table, columns, chunk)  # type: ignore[attr-defined]
        else:
            target.cursor().executemany(insert, [_in_file(row, convert) for row in chunk])
        done += len(chunk)
        progress(table, done, total)


def _in_file(row: tuple, convert: list[tuple[int, Callable[[object], object]]]) -> tuple:
    if not convert:
        return row
    values = list(row)
    for i, stored in convert:
        if values[i] is not None:
            values[i] = stored(values[i])
    return tuple(values)


def _set_sequences(target: pw.Database) -> None:
    """The server hands out the next id after the copied ones (SQLite takes max(id) + 1 by itself)."""
    if not _server(target):
        return
    for model in BOOK_MODELS:
        table, key = model._meta.table_name, _key(model)
        if not isinstance(model._meta.primary_key, pw.AutoField):
            continue
        target.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{key}'), "
                           f'COALESCE((SELECT MAX("{key}") FROM "{table}"), 0) + 1, false)')


@contextlib.contextmanager
def _snapshot(source: pw.Database) -> Iterator[None]:
    """One consistent view of the source for the copy and its checksums, whoever writes to it meanwhile."""
    with source.atomic():
        if _server(source):
            source.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        else:
            source.execute_sql("SELECT COUNT(*) FROM meta")  # SQLite's read snapshot starts with the first read
        yield


@contextlib.contextmanager
def _triggers_held(target: pw.Database) -> Iterator[None]:
    """The target's triggers held off while rows go in as they are: the kept values they would recompute row by
    row (name keys, contact counts, last contact, plan marks) are copied, and checked by the checksums.

    The server disables them per table (the schema's owner may); SQLite has no such switch, so they are dropped
    and created again from their own text, and the search index, which they fill, is rebuilt whole."""
    tables = [f'"{name}"' for name in table_names()]
    if _server(target):
        for table in tables:
            target.execute_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        yield
        for table in tables:
            target.execute_sql(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        return
    kept = target.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in kept:
        target.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    for _, sql in kept:
        target.execute_sql(sql)
    search_index.install()


def _fill(source: pw.Database, target: pw.Database, location: str | None, progress: Progress) -> list[TableSum]:
    """Copy every table into the target (bound and fresh, in its transaction); return the source's checksums.
    Raises CopyMismatchError (rolling the target back) when the target's do not match."""
    with _snapshot(source), _triggers_held(target):
        for model in BOOK_MODELS:
            _copy_table(model, source, target, progress)
        expected = checksums(source)
    _set_sequences(target)
    Meta.delete().where(Meta.key == "location").execute()  # the source file's; a server book has none
    if location is not None:
        Meta.put("location", location)
    found = checksums(target)
    if found != expected:
        raise CopyMismatchError(expected, found)
    return expected


class CopyMismatchError(Exception):
    """The copy's checksums differ from the book's: nothing was kept."""

    def __init__(self, expected: list[TableSum], found: list[TableSum]) -> None:
        self.tables = [e.table for e, f in zip(expected, found, strict=True) if e != f]
        super().__init__(f"the copy differs from the book in: {', '.join(self.tables)}")


@contextlib.contextmanager
def _bound(database: pw.Database) -> Iterator[None]:
    """The models bound to database for the block, then to the book that was open before."""
    before = db.obj
    db.initialize(database)
    try:
        yield
    finally:
        db.initialize(before)


def copy_to_server(target_book: BookAddress, progress: Progress) -> list[TableSum]:
    """Copy the open book into the empty server database: its schema made and its rows copied in one
    transaction, so a failure or a kill leaves it without a table. TargetNotEmptyError when it has tables."""
    from models.server import connect_server

    source = db.obj
    target = connect_server(target_book)
    db.initialize(source)
    try:
        if target.get_tables():
            raise TargetNotEmptyError(target_book.where)
        with _bound(target), target.atomic():
            migrate(None)
            return _fill(source, target, None, progress)
    finally:
        target.close()


def copy_to_file(path: Path, progress: Progress, same_book: bool) -> list[TableSum]:
    """Copy the open book into a new SQLite file, written whole through a .part (a kill leaves no file at path).

    same_book: the book moved (it keeps its exchange identity there); else a copy, which takes its own identity
    when it is first opened (models.migrations.claim)."""
    if path.exists() and path.stat().st_size > 0:
        raise TargetNotEmptyError(str(path))
    source = db.obj
    with atomic_output(path) as part:
        with _bound(source):  # connect() binds the models to the new file; _bound puts the book back after
            target = connect(part)
        try:
            location = location_of(part) if same_book else json.dumps({"path": str(path), "copy": True})
            with _bound(target):
                stamp_application_id()
                with target.atomic():
                    migrate(None)
                    sums = _fill(source, target, location, progress)
                target.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()  # the last connection: SQLite folds its log into the file before the rename
    return sums
