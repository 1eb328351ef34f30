"""Rapport's data: peewee models on an SQLite file or a PostgreSQL database, opened at the address chosen at start-up
(models.address)."""

import contextlib
from pathlib import Path

from models import book_file, cipher, encrypted
from models.account import Account, Contact
from models.address import AddressLike, BookAddress, DatabaseAddressError, parse_address
from models.base import (
    READ_ERRORS,
    DatabaseDamagedError,
    DatabaseForeignError,
    DatabaseLockedError,
    DatabaseOpenError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    backup_to,
    connect,
    db,
    explain_error,
    new_uuid,
    utcnow,
    write_gate,
    write_transaction,
)
from models.book_lock import BookLock
from models.commitment import Commitment
from models.encrypted import DatabaseEncryptedError, DatabaseWrongPassphraseError
from models.interaction import Interaction
from models.migrations import LATEST, claim, database_id, location_of, migrate, schema_version
from models.server import ServerLostError, ServerUnreachableError, connect_server, copy_before_migration
from models.support import CountryNote, ExchangePeer, ForgottenContact, Meta, Setting, Tombstone, TouchState, TrashItem

_held: list[BookLock] = []  # the open book's lock (at most one)


def open_database(address: AddressLike, defer_check: bool = False, passphrase: str | None = None) -> list[int]:
    """Open the book at address (models.address: a path, sqlite:… or postgresql://… URL) and bring it to the latest
    schema; return the migration steps that ran.

    A server book is copied before a migration (models.server.copy_before_migration: pg_dump when it is
    installed, else every table's rows as JSON); ServerUnreachableError when the server cannot be reached.
    An SQLite file:

    Nothing is written to the file (no journal switch, backups/ folder, migration or stamp) until it has
    proved to be a sound Rapport book: its header or meta table says so, it is not too new, and SQLite's
    quick_check passes. Beside a foreign file nothing is created at all; once the file is known to be
    Rapport's, this process holds the book's lock (rapport.sqlite.lock) shared while it is open, and a
    restore, which needs the lock alone, is refused meanwhile.
    defer_check: a book that opening writes nothing to gets its check later, from run_held_check() or the
    first write, whichever comes first (the GUI runs it once its window is up); writes wait for it.
    passphrase: an encrypted book's (models.encrypted); without it (or a wrong one) such a book raises
    DatabaseEncryptedError, and opening it records it in models.cipher for its backups and bundles.
    """
    book = parse_address(address)
    close_database()
    if book.on_server:
        return _open_server(book)
    assert book.file is not None
    if book.in_memory:
        connect(book.file)
        return migrate(None)
    return _open_sqlite_file(book.file, defer_check, passphrase)


def _open_server(book: BookAddress) -> list[int]:
    """The office book: connected (ServerUnreachableError if not), migrated with a copy first."""
    connect_server(book)
    try:
        return migrate(None, copy_first=lambda current: copy_before_migration(book, current, LATEST))
    except BaseException:
        close_database()
        raise


def _open_sqlite_file(path: Path, defer_check: bool, passphrase: str | None) -> list[int]:
    """The SQLite book: examined read-only, locked shared, checked (now or held back), migrated, claimed."""
    facts = book_file.examine(path, LATEST, passphrase)
    key = passphrase if facts.exists and book_file.is_encrypted(path) else None
    lock = BookLock(path)
    lock.hold_shared()
    with contextlib.suppress(OSError):  # a decrypt killed half-way may have left plain pages there
        encrypted.shred(encrypted.converting(path))
    try:
        deferred = defer_check and facts.settled(LATEST) and facts.location == location_of(path)
        if facts.exists and not deferred:
            book_file.verify(path, passphrase=key)
        connect(path, held_check=(lambda: book_file.verify(path, passphrase=key)) if deferred else None,
                passphrase=key)
        cipher.set_passphrase(key)
        ran = migrate(path)
        claim(path)
    except BaseException:
        close_database()
        lock.release()
        raise
    _held.append(lock)
    return ran


def run_held_check() -> DatabaseOpenError | None:
    """Run the integrity check open_database(defer_check=True) held back, if it has not run; None if it passed."""
    return write_gate.run()


def check_copy(path: Path | str, passphrase: str | None = None) -> None:
    """Prove a file nobody has open (a backup, a file to restore) a sound Rapport book; DatabaseOpenError if not.

    An encrypted copy is read with passphrase (the open book's by default)."""
    book_file.check_copy(Path(path), LATEST, passphrase or cipher.current_passphrase())


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
    write_gate.clear()
    cipher.set_passphrase(None)
    while _held:
        _held.pop().release()


__all__ = [
    "LATEST", "READ_ERRORS", "Account", "AddressLike", "BookAddress", "Commitment", "Contact", "CountryNote",
    "DatabaseAddressError", "DatabaseDamagedError", "DatabaseEncryptedError", "DatabaseForeignError",
    "DatabaseLockedError", "DatabaseOpenError", "DatabaseReadOnlyError", "DatabaseTooNewError",
    "DatabaseWrongPassphraseError", "ExchangePeer", "ForgottenContact", "Interaction", "Meta", "ServerLostError",
    "ServerUnreachableError", "Setting", "Tombstone", "TouchState", "TrashItem", "backup_to", "check_copy",
    "close_database", "connect", "database_id", "db", "explain_error", "migrate", "new_uuid", "open_database",
    "parse_address", "run_held_check", "schema_version", "utcnow", "write_transaction",
]
