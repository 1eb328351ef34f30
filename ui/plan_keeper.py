"""Keeps the stored plan current while the window is open: the turn of the day, changed rules and a large import
are re-planned in the background with progress, and the screens reload when it is done. The window reads the last
plan meanwhile (services.cadence.store.read_stale_day), so it never waits for planning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ui import worker


class PlanKeeper(QObject):
    planned = Signal()  # the stored plan changed: the plan's screens reload
    progress = Signal(int, int)  # accounts planned, of how many
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, today: Callable[[], dt.date] = dt.date.today,
                 interval_ms: int = 60_000) -> None:
        super().__init__(parent)
        self._today = today
        self._running: worker.Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        from services.cadence import store

        store.read_stale_day(True)
        self.check()
        self.timer.start()

    def stop(self) -> None:
        from services.cadence import store

        self.timer.stop()
        store.read_stale_day(False)

    @property
    def busy(self) -> bool:
        return self._running is not None

    def check(self) -> bool:
        """Start a background re-plan if the plan needs one (a new day, changed rules, many stale accounts)."""
        from services.cadence import store

        if self._running is not None:
            return False
        today = self._today()
        if not store.needs_background_work(today):
            return False
        job = worker.Worker(lambda progress: store.advance(today, progress))
        job.signals.progress.connect(self.progress)
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._running = job
        worker.start(job)
        return True

    def _done(self, _planned: object) -> None:
        self._running = None
        self.planned.emit()

    def _failed(self, message: str) -> None:
        self._running = None
        self.failed.emit(message)
