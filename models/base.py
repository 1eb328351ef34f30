"""Database handle, base model and the one place that knows SQLite specifics."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid as uuidlib
from pathlib import Path

import peewee as pw

db = pw.DatabaseProxy()

SQLITE_MAGIC = b"SQLite format 3\x00"
QUICK_CHECK_BYTES = 8 * 1024 * 1024


class DatabaseOpenError(Exception):
    """A database file that cannot be used; the message names the file and says what to do."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)


class DatabaseLockedError(DatabaseOpenError):
    pass


class DatabaseDamagedError(DatabaseOpenError):
    pass


class DatabaseTooNewError(DatabaseOpenError):
    pass


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


class UTCDateTimeField(pw.DateTimeField):
    """Stores naive UTC, hands out timezone-aware UTC datetimes."""

    def db_value(self, value):
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise ValueError(f"{self.name}: naive datetime, expected timezone-aware")
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return super().db_value(value)

    def python_value(self, value):
        value = super().python_value(value)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value


class BaseModel(pw.Model):
    """Every row carries a stable uuid and UTC created/updated stamps."""

    uuid = pw.CharField(max_length=36, unique=True, default=new_uuid)
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow, index=True)

    class Meta:
        database = db
        legacy_table_names = False

    def touch(self) -> None:
        self.updated_at = utcnow()


def write_transaction():
    """A transaction that takes the write lock at its start (SQLite BEGIN IMMEDIATE).

    For work that reads, decides, then writes (an import plans its rows against what is there): a second
    writer waits at the start instead of deciding on the same stale view and writing duplicates.
    """
    return db.atomic(lock_type="IMMEDIATE")


def save_by_key(model: type[BaseModel], field: pw.Field, key, **values) -> BaseModel:
    """Create the row whose field equals key, or update it (and its updated_at): one place for this upsert."""
    with db.atomic():
        row = model.get_or_none(field == key)
        if row is None:
            return model.create(**{field.name: key}, **values)
        for name, value in values.items():
            setattr(row, name, value)
        row.touch()
        row.save()
        return row


def _check_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseDamagedError(path, f"The database file {path} cannot be read: {exc.strerror}.") from exc
    if head != SQLITE_MAGIC:
        raise DatabaseDamagedError(
            path, f"The file {path} is not a Rapport database (it is damaged or another kind of file)."
        )
    # Read-only probe first: a damaged or foreign file must never be written to.
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            pages = con.execute("PRAGMA page_count").fetchone()[0] * con.execute("PRAGMA page_size").fetchone()[0]
            # A full integrity check reads every page: affordable for small files, too slow at start-up for a
            # large book, where a cut-off file is still caught by its page count.
            check = con.execute("PRAGMA quick_check").fetchone()[0] if pages <= QUICK_CHECK_BYTES else "ok"
            wal = path.with_name(path.name + "-wal")
            pending = wal.exists() and wal.stat().st_size > 0  # pages may still live in the write-ahead log
            if pages > path.stat().st_size and not pending:
                check = f"the file is shorter ({path.stat().st_size:,} bytes) than its {pages:,} bytes of pages"
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLockedError(
                path, f"The database {path} is locked by another program. Close it there and try again."
            ) from exc
        raise DatabaseDamagedError(path, f"The database {path} is damaged: {exc}.") from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(path, f"The database {path} is damaged: {exc}.") from exc
    if check != "ok":
        raise DatabaseDamagedError(path, f"The database {path} is damaged (integrity check: {check}).")
    if names and "meta" not in names:
        raise DatabaseDamagedError(path, f"The file {path} is an SQLite file of another program, not Rapport's.")


def connect(path: Path | str, timeout: float = 5.0) -> pw.SqliteDatabase:
    """Open (creating if needed) the SQLite file with WAL and foreign keys, and bind the models to it."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_file(path)
    database = pw.SqliteDatabase(
        str(path),
        pragmas={"foreign_keys": 1, "synchronous": "normal", "busy_timeout": int(timeout * 1000)},
        timeout=timeout,
    )
    try:
        database.connect()
        if str(path) != ":memory:":
            database.execute_sql("PRAGMA journal_mode=WAL")
    except pw.OperationalError as exc:
        database.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLockedError(
                path, f"The database {path} is locked by another program. Close it there and try again."
            ) from exc
        raise DatabaseDamagedError(path, f"The database {path} cannot be opened: {exc}.") from exc
    db.initialize(database)
    return database


def backup_to(path: Path | str) -> None:
    """Copy the open database to path with SQLite's online backup (consistent even while in use)."""
    dest = sqlite3.connect(str(path))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
