"""Polls the book for a colleague's (or another process's) change and says when the screens should read it again."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from models import READ_ERRORS
from models.address import SQLITE, BookAddress
from services.book import changes

SHARED_POLL_MS = 3_000  # a server book: a colleague's change shows within a few seconds
FILE_POLL_MS = 10_000  # a file: another window or the command line may change it now and then


def poll_interval(book: BookAddress) -> int | None:
    """How often to look, in milliseconds; None for a book in memory, which nobody else can change."""
    if book.kind != SQLITE:
        return SHARED_POLL_MS
    return None if book.in_memory else FILE_POLL_MS


class BookWatch(QObject):
    """Emits changed when the book's change token (services.book.changes.probe) moved since the last look."""

    changed = Signal()

    def __init__(self, book: BookAddress, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.look)
        self._token: tuple | None = None
        interval = poll_interval(book)
        if interval is not None:
            self.look()  # the token the screens are about to read from
            self.timer.start(interval)

    def look(self) -> None:
        """Probe now, and tell when the token moved. A book that cannot be read now is looked at again on the next
        tick (telling the user is the connection's job, not the poll's)."""
        try:
            token = changes.probe()
        except READ_ERRORS:
            return
        if self._token is not None and token != self._token:
            self.changed.emit()
        self._token = token
