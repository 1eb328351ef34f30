"""Reminders while Rapport runs: a timer looks for what has come due, a tray notification (or, without a system
tray, the status bar) shows it once, and the status bar keeps the day's one-line summary."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QStyle, QSystemTrayIcon

from services.cadence.reminders import KINDS, Reminder, SentLog, due_reminders, summary
from services.cadence.today import TodayView
from services.text import isolate
from services.words import join
from ui.worker import Worker, start

INTERVAL_MS = 60_000
SHOWN_MS = 15_000  # how long a tray message stays up
MOST_NAMED = 4  # several reminders at once become one message naming this many
log = logging.getLogger("rapport")


def enabled_kinds() -> dict[str, bool]:
    """The kinds of reminder the user wants (personal settings; all on until turned off)."""
    settings = QSettings()
    return {kind: settings.value(f"reminders/{kind}", True, type=bool) for kind in KINDS}


def set_enabled_kinds(enabled: dict[str, bool]) -> None:
    settings = QSettings()
    for kind in KINDS:
        settings.setValue(f"reminders/{kind}", bool(enabled.get(kind, True)))


def _today_view(now: dt.datetime) -> TodayView:
    from services import users
    from services.cadence.today import today_view

    # The user's day (that is when "today" starts for them), and their own accounts when the book has colleagues.
    return today_view(now.astimezone().date(), now, users.default_scope())


class Reminders(QObject):
    """Looks every interval_ms (off the GUI thread) and shows each new reminder once; clicking one opens its
    account in window (a MainWindow: statusBar(), open_account(uuid), show_screen())."""

    checked = Signal()  # after each look, whether or not it found something

    def __init__(self, window, clock: Callable[[], dt.datetime] | None = None, interval_ms: int = INTERVAL_MS,
                 sent: SentLog | None = None, view_of: Callable[[dt.datetime], TodayView] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.view_of = view_of or _today_view
        self.sent = sent or SentLog()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.summary = QLabel()
        self.summary.setObjectName("reminderSummary")
        self.summary.setContentsMargins(12, 0, 6, 0)  # apart from a long reminder cut short beside it
        window.statusBar().addPermanentWidget(self.summary)
        self._looking: Worker | None = None
        self._looked_at: dt.datetime | None = None
        self._opens: str | None = None  # the account the last notification opens; None: Today
        self.tray = self._tray() if QSystemTrayIcon.isSystemTrayAvailable() else None

    def start(self) -> None:
        """Look now (the start summary), then every interval."""
        self.timer.start()
        self.check()

    def check(self) -> None:
        if self.paused or self._looking is not None:  # a slow look still running: this tick is skipped
            return
        self._looked_at = now = self.clock()
        worker = Worker(lambda _progress: self.view_of(now))
        worker.signals.finished.connect(self._looked)
        worker.signals.failed.connect(self._failed)
        self._looking = start(worker)

    def _looked(self, view: TodayView) -> None:
        self._looking = None
        assert self._looked_at is not None
        self.summary.setText(str(summary(view)))
        new = due_reminders(view, self._looked_at, self.sent.keys, enabled_kinds())
        if new:
            self._notify(new)
        self.sent.record(new, view)
        self.checked.emit()

    def _failed(self, message: str) -> None:
        self._looking = None
        log.warning("reminders could not look at today's work: %s", message)
        self.checked.emit()

    def _notify(self, new: list[Reminder]) -> None:
        first = new[0]
        self._opens = first.account_uuid if len(new) == 1 else None
        if len(new) == 1:
            title, lines, names = str(first.title), [str(first.text)], ""
        else:
            title = self.tr("{n} reminders").format(n=len(new))
            lines = [str(r.title) for r in new[:MOST_NAMED]]
            names = join([isolate(r.account) for r in new[:MOST_NAMED]])
            if len(new) > MOST_NAMED:
                more = self.tr("… and {n} more").format(n=len(new) - MOST_NAMED)
                lines.append(more)
                names = f"{names} {more}"
        if self.tray is not None:
            self.tray.showMessage(title, "\n".join(lines), QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
        else:  # no system tray (offscreen, some desktops): the window's status bar says it, in one short line
            self.window.statusBar().showMessage(self.tr("{title} — {text}").format(title=title, text=names or lines[0]))

    # ------------------------------------------------------------ the tray icon

    def _tray(self) -> QSystemTrayIcon:
        icon = QApplication.windowIcon()
        if icon.isNull():  # a tray icon without one stays invisible
            icon = self.window.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        tray = QSystemTrayIcon(icon, self)
        tray.setToolTip(self.tr("Rapport"))
        menu = QMenu()
        menu.addAction(self.tr("Open Rapport"), self.raise_window)
        self.pause_action = QAction(self.tr("Pause reminders"), menu)
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self.set_paused)
        menu.addAction(self.pause_action)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self._quit)
        self.menu = menu  # kept: the tray does not own its menu
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self.open_shown)
        tray.activated.connect(self._activated)
        tray.show()
        return tray

    def set_paused(self, paused: bool) -> None:
        """Paused: no look, no notification; resumed, what came due meanwhile is shown at once."""
        self.paused = paused
        if not paused:
            self.check()

    def raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.raise_window()

    def open_shown(self) -> None:
        """The last notification was clicked: its account, or Today when it named several."""
        self.raise_window()
        if self._opens is not None:
            self.window.open_account(self._opens)
        else:
            self.window.show_screen(self.window.today_screen)

    def _quit(self) -> None:
        self.window.close()
        QApplication.quit()
