"""Rapport's data: peewee models on SQLite (portable to PostgreSQL), opened at a path chosen at start-up."""

from pathlib import Path

from models.account import Account, Contact
from models.base import (
    DatabaseDamagedError,
    DatabaseLockedError,
    DatabaseOpenError,
    DatabaseTooNewError,
    backup_to,
    connect,
    db,
    new_uuid,
    utcnow,
    write_transaction,
)
from models.commitment import Commitment
from models.interaction import Interaction
from models.migrations import LATEST, database_id, migrate, schema_version
from models.support import CountryNote, ExchangePeer, ForgottenContact, Meta, Setting, Tombstone, TouchState, TrashItem


def open_database(path: Path | str) -> list[int]:
    """Connect to path, migrate it to the latest schema; return the migration steps that ran."""
    path = Path(path)
    connect(path)
    return migrate(None if str(path) == ":memory:" else path)


def close_database() -> None:
    if not db.is_closed():
        db.close()


__all__ = [
    "LATEST", "Account", "Commitment", "Contact", "CountryNote", "DatabaseDamagedError",
    "DatabaseLockedError", "DatabaseOpenError", "DatabaseTooNewError", "ExchangePeer", "Interaction",
    "Meta", "Setting", "Tombstone", "TouchState", "TrashItem", "backup_to", "close_database", "connect", "database_id",
    "ForgottenContact", "db", "migrate", "new_uuid", "open_database", "schema_version", "utcnow", "write_transaction",
]
