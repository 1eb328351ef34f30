"""One lock per book: every Rapport process holds it shared while the book is open; a restore holds it alone.

The lock is SQLite's own file locking on a small empty database beside the book (`rapport.sqlite.lock`): an
open read transaction is a shared lock, BEGIN EXCLUSIVE the exclusive one. SQLite does this with fcntl on
POSIX and LockFileEx on Windows and is tested on both; it costs no import at start-up (sqlite3 is loaded
anyway), and the operating system drops the lock of a process that dies, even under kill -9. The lock file is
never deleted: deleting a lock file lets two processes lock two different files.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from models.base import DatabaseLockedError
from models.files import create_private_file

OPEN_WAIT = 15.0  # seconds an opener waits for another process's restore to finish
RESTORE_WAIT = 1.0  # seconds a restore waits for other processes to close the book before it refuses


def lock_path(book: Path) -> Path:
    return book.with_name(book.name + ".lock")


class BookLock:
    """The lock on one book, held by this process until release()."""

    def __init__(self, book: Path) -> None:
        self.book = book
        self._con: sqlite3.Connection | None = None

    def hold_shared(self, wait: float | None = None) -> None:
        # The read takes the shared lock, and the open transaction keeps it.
        self._take(["BEGIN", "SELECT count(*) FROM sqlite_master"], OPEN_WAIT if wait is None else wait,
                   "book.being_restored")

    def hold_exclusive(self, wait: float | None = None) -> None:
        self._take(["BEGIN EXCLUSIVE"], RESTORE_WAIT if wait is None else wait,
                   "book.open_elsewhere")

    def _take(self, statements: list[str], wait: float, refused: str) -> None:  # refused: a models.messages code
        path = lock_path(self.book)
        create_private_file(path)
        # check_same_thread off: the GUI may release the lock from another thread than the one that took it.
        con = sqlite3.connect(path, timeout=wait, isolation_level=None, check_same_thread=False)
        try:
            con.execute("PRAGMA journal_mode=MEMORY")  # nothing is written: no -journal for a kill to leave
            for statement in statements:
                con.execute(statement).fetchall()
        except sqlite3.OperationalError as exc:
            con.close()
            raise DatabaseLockedError(self.book, refused) from exc
        self._con = con

    def release(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None


@contextlib.contextmanager
def exclusive(book: Path) -> Iterator[None]:
    """Hold the book for this process alone (a restore): refused while any other process has it open."""
    lock = BookLock(book)
    lock.hold_exclusive()
    try:
        yield
    finally:
        lock.release()
