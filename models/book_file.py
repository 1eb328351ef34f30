"""A read-only look at a book file before anything writes to it: is it Rapport's, is it sound, is it too new."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from models import encrypted
from models.base import (
    APPLICATION_ID,
    DatabaseDamagedError,
    DatabaseForeignError,
    DatabaseLockedError,
    DatabaseOpenError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


class BookFacts(NamedTuple):
    """What a read-only look at a file found."""

    exists: bool  # False: no file, or an empty one: a new book is created there
    schema: int  # the schema version in its meta table
    stamped: bool  # its header carries Rapport's application_id (older books get it once they pass the check)
    wal: bool  # already in write-ahead-log mode
    location: str  # where it was last opened, as recorded in its meta table ("" if never)

    def settled(self, latest: int) -> bool:
        """Opening it writes nothing (no stamp, migration or journal switch): its check may run in the background."""
        return self.exists and self.stamped and self.wal and self.schema == latest


NEW_BOOK = BookFacts(exists=False, schema=0, stamped=False, wal=False, location="")


def examine(path: Path, latest: int, passphrase: str | None = None) -> BookFacts:
    """Everything about the book at path that can be known without writing (the integrity check aside).

    Raises DatabaseOpenError (or a subclass) naming the file for a missing folder, a foreign, damaged, too new
    or read-only file; DatabaseEncryptedError for an encrypted book without its passphrase, or a wrong one.
    """
    if path.is_dir():
        raise DatabaseOpenError(path, "book.is_folder", example=path / "rapport.sqlite")
    if not path.parent.is_dir():
        raise DatabaseOpenError(path, "book.no_folder", folder=path.parent, file=path.name)
    facts = identify(path, live=True, passphrase=passphrase)
    refuse_too_new(path, facts, latest)
    if not os.access(path.parent, os.W_OK | os.X_OK) or (facts.exists and not os.access(path, os.W_OK)):
        raise _read_only_error(path)
    return facts


def _read_only_error(path: Path) -> DatabaseReadOnlyError:
    return DatabaseReadOnlyError(path, "book.read_only", folder=path.parent)


def check_copy(path: Path, latest: int, passphrase: str | None = None) -> BookFacts:
    """Prove a file nobody has open (a backup, a restore's source or its .part) to be a sound Rapport book."""
    live = _wal_pending(path)  # a copy taken with its -wal beside it: read the pages still in there
    facts = identify(path, live=live, passphrase=passphrase)
    if not facts.exists:
        raise DatabaseOpenError(path, "book.missing_or_empty")
    refuse_too_new(path, facts, latest)
    verify(path, live=live, passphrase=passphrase)
    return facts


def refuse_too_new(path: Path, facts: BookFacts, latest: int) -> None:
    if facts.schema > latest:
        raise DatabaseTooNewError(path, "book.too_new", schema=facts.schema, latest=latest)


def identify(path: Path, live: bool = True, passphrase: str | None = None) -> BookFacts:
    """Rapport's own book (its header's application_id, or an older book's meta and account tables), or an error.

    live: the file may be open in another process, or has pages in its -wal. Otherwise, and always until the
    header says it is Rapport's, it is read as immutable, which leaves no -wal or -shm file behind (a foreign
    file must stay exactly as it was). An encrypted book is read with passphrase.
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return NEW_BOOK
        with path.open("rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return NEW_BOOK
    except OSError as exc:
        raise DatabaseOpenError(path, "book.unreadable", problem=exc.strerror) from exc
    app_id, wal = _header(path, header, live, passphrase)
    if app_id not in (0, APPLICATION_ID):
        raise _foreign(path)
    stamped = app_id == APPLICATION_ID
    tables, meta, pages = _read_schema(path, live and stamped, passphrase)
    if not stamped and not {"meta", "account"} <= tables:
        raise _foreign(path)
    try:
        schema = int(meta["schema_version"])
    except (KeyError, ValueError) as exc:
        if not stamped:
            raise _foreign(path) from exc
        raise DatabaseDamagedError(path, "book.no_schema") from exc
    if pages > size and not _wal_pending(path):
        raise DatabaseDamagedError(path, "book.cut_short", size=size, pages=pages)
    return BookFacts(exists=True, schema=schema, stamped=stamped, wal=wal, location=meta.get("location", ""))


def _header(path: Path, header: bytes, live: bool, passphrase: str | None) -> tuple[int, bool]:
    """The header's application_id and write-ahead-log flag; an encrypted book's through its passphrase."""
    if header.startswith(SQLITE_MAGIC):
        return int.from_bytes(header[68:72], "big"), header[18:20] == b"\x02\x02"
    if not encrypted.looks_encrypted(path):
        raise DatabaseDamagedError(path, "book.not_a_book")
    if passphrase is None:
        raise encrypted.needs_passphrase(path)
    try:
        return encrypted.header_facts(path, live, passphrase)
    except encrypted.CIPHER_ERRORS as exc:
        raise _sqlite_error(path, exc) from exc


def verify(path: Path, live: bool = True, passphrase: str | None = None) -> None:
    """SQLite's quick_check over every page, on a read-only connection: DatabaseDamagedError unless it passes."""
    try:
        con = _read_only(path, live, passphrase)
        try:
            result = con.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            con.close()
    except _DB_ERRORS as exc:
        raise _sqlite_error(path, exc) from exc
    if result != "ok":
        found = result.replace("*** in database main ***", "").strip()
        raise DatabaseDamagedError(path, "book.integrity", found=found)


def _foreign(path: Path) -> DatabaseForeignError:
    return DatabaseForeignError(path, "book.foreign")


def _read_schema(path: Path, live: bool, passphrase: str | None) -> tuple[set[str], dict[str, str], int]:
    """Its table names, the meta table's schema_version and location (if it has them), its size in pages."""
    try:
        con = _read_only(path, live, passphrase)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            # int(): SQLCipher answers page_size as text
            pages = int(con.execute("PRAGMA page_count").fetchone()[0]) * int(
                con.execute("PRAGMA page_size").fetchone()[0])
            meta: dict[str, str] = {}
            if "meta" in tables:
                try:
                    meta = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('schema_version', "
                                            "'location')").fetchall())
                except (sqlite3.OperationalError, encrypted.sqlcipher.OperationalError):
                    meta = {}  # a meta table of another shape: not Rapport's
        finally:
            con.close()
    except _DB_ERRORS as exc:
        raise _sqlite_error(path, exc) from exc
    return tables, meta, pages


def _read_only(path: Path, live: bool, passphrase: str | None = None) -> sqlite3.Connection:
    if passphrase is not None and not _plain(path):
        return encrypted.read_only(path, live, passphrase)  # the same DB-API as sqlite3
    # immutable=1 takes no locks, reads no -wal and creates no -wal/-shm beside the file: right for a file no
    # one writes; a live book is read with locks, seeing the pages of its write-ahead log.
    mode = "ro" if live else "ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=2)


def is_encrypted(path: Path) -> bool:
    """The file has no SQLite header: an encrypted book (identify has told it from a damaged one)."""
    return not _plain(path)


def _plain(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return True


def _wal_pending(path: Path) -> bool:
    """Pages may still live in the write-ahead log beside the file."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


_DB_ERRORS = (sqlite3.DatabaseError, encrypted.sqlcipher.DatabaseError)


def _sqlite_error(path: Path, exc: Exception) -> DatabaseOpenError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(path, "book.locked")
    if "readonly" in text:  # a book in write-ahead-log mode needs its folder writable even to be read
        return _read_only_error(path)
    if "unable to open" in text:
        return DatabaseOpenError(path, "book.cannot_open", problem=text)
    return DatabaseDamagedError(path, "book.damaged_because", problem=text)


def copy_book(source: Path, dest: Path, passphrase: str | None = None) -> None:
    """Copy a book nobody has open (a backup to restore) into the file dest with SQLite's backup API (an
    encrypted one stays encrypted with its passphrase)."""
    src = _read_only(source, live=_wal_pending(source), passphrase=passphrase)
    try:
        target = _copy_target(dest, passphrase if isinstance(src, encrypted.sqlcipher.Connection) else None)
        try:
            src.backup(target)
        finally:
            target.close()
    except (sqlite3.Error, encrypted.sqlcipher.Error) as exc:
        raise OSError(f"copying {source.name} failed: {exc}") from exc
    finally:
        src.close()


def _copy_target(dest: Path, passphrase: str | None) -> sqlite3.Connection:
    """A connection to a fresh .part to copy into: no rollback journal (the .part is checked before use, and
    a journal would be one more file left behind by a kill)."""
    target = sqlite3.connect(str(dest)) if passphrase is None else encrypted.open_file(str(dest), passphrase)
    target.execute("PRAGMA journal_mode=OFF")
    return target


def fold_wal(path: Path) -> bool:
    """Move the pages still in a closed book's write-ahead log into the file itself (before it is replaced).

    Only for a file whose header says it is Rapport's: a damaged or foreign file is never written to (it is
    kept with its -wal as it is). Returns whether the log is now empty.
    """
    if not _wal_pending(path):
        return True
    try:
        if not identify(path, live=True).stamped:
            return False
        con = sqlite3.connect(str(path), timeout=2)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except (DatabaseOpenError, sqlite3.Error):
        return False
    return not _wal_pending(path)
