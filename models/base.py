"""Database handle, base model, and the SQLite file's specifics (pragmas, backup API, error texts)."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import threading
import uuid as uuidlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import peewee as pw
from sqlcipher3 import dbapi2 as sqlcipher

from models import actor, cipher, messages
from models.files import create_private_file
from models.folding import sql_fold

db = pw.DatabaseProxy()

# Marks a file as a Rapport book in its SQLite header (PRAGMA application_id): "RPRT".
APPLICATION_ID = 0x52505254


class DatabaseOpenError(Exception):
    """A database file that cannot be used; the message names the file and says what to do.

    It carries a code of models/messages.py and its parameters, which the command line and the GUI show in the
    reader's language (services.errors.shown); str() is the English text.
    """

    def __init__(self, path: Path | str, code: str, /, **params: Any) -> None:
        self.path = Path(path)
        self.code, self.params = code, {"path": path, **params}
        super().__init__(messages.TEXT[code].format(**self.params))


class DatabaseLockedError(DatabaseOpenError):
    pass


class DatabaseDamagedError(DatabaseOpenError):
    pass


class DatabaseForeignError(DatabaseDamagedError):
    """A file that is not a Rapport book (another program's SQLite file, or any other file)."""


class DatabaseTooNewError(DatabaseOpenError):
    pass


class DatabaseReadOnlyError(DatabaseOpenError):
    pass


# What reading a damaged or vanished book raises: peewee's errors, and the driver's own from plain cursor rows.
READ_ERRORS = (sqlite3.DatabaseError, sqlcipher.DatabaseError, pw.DatabaseError)


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

    # The primary key peewee would add by itself, declared so that type checkers see it (the schema is the same).
    id = pw.AutoField()
    uuid = pw.CharField(max_length=36, unique=True, default=new_uuid)
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow, index=True)

    class Meta:
        database = db
        legacy_table_names = False

    def touch(self, at: dt.datetime | None = None) -> None:
        self.updated_at = at or utcnow()

    def save_changes(self, values: Mapping[str, object], derive: Callable[[Any], None] | None = None,
                     at: dt.datetime | None = None) -> None:
        """Set these fields, let derive(row) bring derived fields up to date, stamp updated_at, save: the one way a
        service changes a row it has read (the caller holds the transaction).

        at: the stamp, when every row of one change (a merge undone, a person forgotten) shares the same one."""
        for name, value in values.items():
            setattr(self, name, value)
        if derive is not None:
            derive(self)
        self.touch(at)
        self.save()


class StaleRecordError(Exception):
    """A save whose record was changed by someone else since the form read it (its version moved on)."""

    def __init__(self, model: type[BaseModel], row_id: int) -> None:
        super().__init__(f"{model.__name__} {row_id} was changed since it was read")
        self.model, self.row_id = model, row_id


class VersionedModel(BaseModel):
    """A record people edit in a form: version counts its saves (optimistic concurrency), changed_by names the
    last person who saved it (models.actor)."""

    version = pw.IntegerField(default=1)
    changed_by = pw.CharField(max_length=200, default=actor.current)

    def touch(self, at: dt.datetime | None = None) -> None:
        """A change about to be saved whole (an import, a merge): one more version, by whoever is at the keyboard.
        Such a save never refuses: it decides on what it read inside its own transaction."""
        super().touch(at)
        self.version = (self.version or 0) + 1
        self.changed_by = actor.current()

    def save_changes(self, values: Mapping[str, object], derive: Callable[[Any], None] | None = None,
                     at: dt.datetime | None = None, expected_version: int | None = None) -> None:
        """As BaseModel.save_changes, as one UPDATE ... WHERE id = ? AND version = ? that bumps the version.

        expected_version: the version the form loaded (None: the one read with the row, for a change decided now).
        StaleRecordError when the stored version is another: nothing is written, the caller's transaction decides.
        """
        loaded = self.version if expected_version is None else expected_version
        for name, value in values.items():
            setattr(self, name, value)
        if derive is not None:
            derive(self)
        self.touch(at)
        model = type(self)
        kept = {field: self.__data__[field.name] for field in model._meta.sorted_fields
                if field.name in self.__data__ and field.name not in ("id", "version")}
        changed = (model.update({**kept, model.version: model.version + 1})
                   .where((model.id == self.id) & (model.version == loaded)).execute())
        if changed != 1:
            raise StaleRecordError(model, self.id)
        self.version = loaded + 1


@contextlib.contextmanager
def write_transaction(whole_book: bool = True) -> Iterator[None]:
    """A transaction that takes the write lock at its start (SQLite BEGIN IMMEDIATE; on the server an advisory
    lock, models.dialect.take_write_lock).

    For work that reads, decides, then writes (an import plans its rows against what is there): a second
    writer waits at the start instead of deciding on the same stale view and writing duplicates.
    whole_book False: one record's write that only needs SQLite's lock taken first (a read then an insert in a
    deferred transaction is refused at once, "database is locked", when another process wrote meanwhile); on the
    server its rows' own locks suffice, and colleagues' such writes run side by side.
    """
    if not isinstance(db.obj, pw.PostgresqlDatabase):
        with db.atomic(lock_type="IMMEDIATE"):
            yield
        return
    if not whole_book:
        with db.atomic():
            yield
        return
    from models.dialect import take_write_lock

    with db.atomic():
        take_write_lock()
        yield


def save_by_key(model: type[BaseModel], field: pw.Field, key, **values) -> BaseModel:
    """Create the row whose field equals key, or update it (and its updated_at): one place for this upsert."""
    with db.atomic():
        row = model.get_or_none(field == key)
        if row is None:
            return model.create(**{field.name: key}, **values)
        row.save_changes(values)
        return row


class WriteGate:
    """Writes wait here for an integrity check that was held back (the GUI checks a book while its window paints).

    The first write runs the check itself if nothing else has yet, so it can never wait for ever; once the
    check has failed, every write is refused, so a damaged file is never written to.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._check: Callable[[], None] | None = None
        self._error: DatabaseOpenError | None = None

    def hold(self, check: Callable[[], None]) -> None:
        with self._lock:
            self._check, self._error = check, None

    def clear(self) -> None:
        with self._lock:
            self._check, self._error = None, None

    def held(self) -> bool:
        """A check is held back and has not run yet (a write now would run it first, on this thread)."""
        with self._lock:
            return self._check is not None

    def run(self) -> DatabaseOpenError | None:
        """Run the held-back check unless it has run; its outcome (None: passed, or nothing was held back)."""
        with self._lock:
            if self._check is not None:
                check, self._check = self._check, None
                try:
                    check()
                except DatabaseOpenError as exc:
                    self._error = exc
            return self._error

    def wait(self) -> None:
        error = self.run()
        if error is not None:
            raise type(error)(error.path, error.code, **error.params)


write_gate = WriteGate()

# Statements that never change the file; anything else (INSERT, CREATE, PRAGMA x=y, ...) waits for the gate.
_READS = ("SELECT", "EXPLAIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN", "COMMIT", "END")


def _is_read(sql: str) -> bool:
    head = sql.lstrip()[:12].upper()
    return head.startswith(_READS) or (head.startswith("PRAGMA") and "=" not in sql)


class BookDatabase(pw.SqliteDatabase):
    """Rapport's SQLite database: every write statement first passes the write gate."""

    def execute_sql(self, sql, params=None):
        if not _is_read(sql):
            write_gate.wait()
        return super().execute_sql(sql, params)


def connect(path: Path | str, timeout: float = 5.0, held_check: Callable[[], None] | None = None,
            passphrase: str | None = None) -> pw.SqliteDatabase:
    """Open the SQLite file (creating it private if missing) with WAL and foreign keys; bind the models to it.

    The caller has proved the file to be Rapport's first (models.book_file). held_check: its integrity check,
    not run yet; writes wait for it in write_gate. passphrase: an encrypted book's (models.encrypted).
    """
    path = Path(path)
    memory = str(path) == ":memory:"
    if not memory:
        create_private_file(path)
    database = _book_database(path, timeout, passphrase)
    # Every connection knows rapport_fold: the triggers that keep the name keys (models.migrations) call it.
    database.register_function(sql_fold, "rapport_fold", 1, deterministic=True)
    if held_check is not None:
        write_gate.hold(held_check)
    try:
        database.connect()
        if not memory and database.execute_sql("PRAGMA journal_mode").fetchone()[0] != "wal":
            database.execute_sql("PRAGMA journal_mode=WAL")
    except (pw.OperationalError, pw.DatabaseError) as exc:
        database.close()
        write_gate.clear()
        raise explain_error(exc, path) or DatabaseDamagedError(path, "book.cannot_open_because",
                                                               problem=str(exc)) from exc
    db.initialize(database)
    return database


def _book_database(path: Path, timeout: float, passphrase: str | None) -> BookDatabase:
    pragmas: dict[str, Any] = {"foreign_keys": 1, "synchronous": "normal", "busy_timeout": int(timeout * 1000)}
    if passphrase is None:
        return BookDatabase(str(path), pragmas=pragmas, timeout=timeout)
    from models.encrypted import CACHE_KIB, CipherBookDatabase, raw_key  # it builds on BookDatabase

    pragmas["cache_size"] = -CACHE_KIB  # each page read from disk is decrypted: keep more of them decrypted
    return CipherBookDatabase(str(path), pragmas=pragmas, timeout=timeout, passphrase=raw_key(path, passphrase))


def application_id() -> int:
    return db.execute_sql("PRAGMA application_id").fetchone()[0]


def stamp_application_id() -> None:
    """Mark the open book as Rapport's in its file header (older books get it once they have been checked)."""
    db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def backup_to(path: Path | str) -> None:
    """Copy the open database into the file at path with SQLite's online backup (consistent while in use).

    path is usually a fresh .part from models.files.atomic_output; a disk error comes back as OSError. The copy
    of an encrypted book is encrypted with the same passphrase.
    """
    passphrase = cipher.current_passphrase()
    dest = (sqlite3 if passphrase is None else sqlcipher).connect(str(path))
    try:
        if passphrase is not None:
            dest.execute("PRAGMA key = '{}'".format(passphrase.replace("'", "''")))
        dest.execute("PRAGMA journal_mode=OFF")  # a fresh .part: no journal for a kill to leave behind
        db.connection().backup(dest)
    except (sqlite3.Error, sqlcipher.Error) as exc:
        raise OSError(f"copying the database failed: {exc}") from exc
    finally:
        dest.close()


def explain_error(exc: BaseException, path: Path | str) -> DatabaseOpenError | None:
    """A plain message for what SQLite reports about the file (locked, read-only, full, damaged); None for others."""
    if not isinstance(exc, sqlite3.Error | sqlcipher.Error | pw.DatabaseError):
        return None
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(path, "book.busy")
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnlyError(path, "book.read_only_here")
    if "malformed" in text or "not a database" in text:
        return DatabaseDamagedError(path, "book.damaged_because", problem=str(exc))
    if "full" in text or "i/o" in text or "unable to open" in text:
        return DatabaseOpenError(path, "book.not_read_or_written", problem=str(exc))
    return None
