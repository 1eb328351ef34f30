"""The office database gone mid-work: the one place that hears of it (a failed job, a form's save, any slot), raises
the banner, refuses writes while it is up, and probes the server until it answers again."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

import models
from services import words
from services.errors import shown

log = logging.getLogger("rapport")
PROBE_MS = 3000  # a few seconds: the banner clears soon after the server is back, without hammering it meanwhile


def is_server_trouble(error: BaseException | None) -> bool:
    """The open book's server gone (not a trial connection to another, as Settings' Test connection makes), also
    behind a service's own error (an import reports "not written", caused by the lost connection)."""
    while error is not None:
        if isinstance(error, models.ServerLostError | models.ServerUnreachableError):
            open_book = getattr(models.db.obj, "book", None)
            return open_book is not None and error.params.get("path") == open_book.where
        error = error.__cause__
    return False


class ServerWatch(QObject):
    """lost/back for the banner; report() may be called from any thread (the signal carries it to the GUI's)."""

    lost = Signal()
    back = Signal()
    _reported = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.is_lost = False
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self.probe)
        self._reported.connect(self._on_reported)
        self._probing = None

    def report(self) -> None:
        self._reported.emit()

    def _on_reported(self) -> None:
        if self.is_lost:
            return
        self.is_lost = True
        log.warning("the office database cannot be reached: writes refused, probing")
        self.lost.emit()
        self.timer.start()

    def probe(self) -> None:
        """SELECT 1 off the GUI thread (a server that does not answer may take the connect timeout)."""
        from services.book.server import ping
        from ui.worker import Worker, start

        if self._probing is not None:
            return
        worker = Worker(lambda _progress: ping())
        worker.signals.finished.connect(self._probed)
        worker.signals.failed.connect(lambda _message: self._probed(False))
        self._probing = start(worker)

    def _probed(self, answered: bool) -> None:
        self._probing = None
        if answered and self.is_lost:
            from services.book.server import ping

            # The GUI thread's own connection may have died unseen (the loss was met in a job): this finds and drops
            # it now, so the user's next save connects afresh instead of failing once more.
            ping()
            self.is_lost = False
            self.timer.stop()
            log.info("the office database answers again")
            self.back.emit()

    def refused_message(self) -> str | None:
        """While the server is away: the banner's sentence, which a write shows instead of trying."""
        return words.Message("server.lost").render() if self.is_lost else None


_WATCH: list[ServerWatch] = []


def watch() -> ServerWatch:
    """The application's one watch, living on the GUI thread whichever thread asked for it first."""
    if not _WATCH:
        made = ServerWatch()
        app = QCoreApplication.instance()
        if app is not None and made.thread() is not app.thread():  # first heard of in a job: live on the GUI's
            made.moveToThread(app.thread())
        _WATCH.append(made)
    return _WATCH[0]


def surfaced(error: BaseException) -> str:
    """The message to show for error; a server gone also raises the banner (from any thread)."""
    if is_server_trouble(error):
        watch().report()
    return shown(error)
