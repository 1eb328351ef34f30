"""Long work (merges, imports, packs) off the GUI thread; results and progress come back as signals."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

import models

log = logging.getLogger("rapport")


class WorkerSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    """Runs fn(progress) in the thread pool; progress(done, total) returns False once cancelled."""

    def __init__(self, fn: Callable) -> None:
        super().__init__()
        # Python owns the runnable, kept in _RUNNING until run() returns: with Qt's auto-delete, the pool freed the
        # C++ object while its Python wrapper could still be collected later, and a later test crashed on it.
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = WorkerSignals()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        from services.errors import UserError, shown
        from ui.server_watch import surfaced

        opened = models.db.obj  # the book open when the job started (another may be opened before it ends)
        try:
            result = self.fn(self._progress)
        except (UserError, models.DatabaseOpenError) as exc:  # a server gone also raises the window's banner
            self.signals.failed.emit(surfaced(exc))
        except Exception as exc:
            explained = models.explain_error(exc, models.db.obj.database if models.db.obj else "")
            if explained is None:  # a bug: log it with its traceback, tell the user briefly
                log.error("background task failed:\n%s", traceback.format_exc())
                self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            else:  # the book is busy, read-only or its disk full: the user can act on it
                self.signals.failed.emit(shown(explained))
        else:
            self.signals.finished.emit(result)
        finally:
            for database in {id(d): d for d in (opened, models.db.obj) if d is not None}.values():
                if not database.is_closed():
                    database.close()  # this thread's connections (a server's too: never left for the collector)
            _RUNNING.discard(self)


_RUNNING: set[Worker] = set()


def start(worker: Worker) -> Worker:
    _RUNNING.add(worker)
    QThreadPool.globalInstance().start(worker)
    return worker
