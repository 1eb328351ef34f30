"""The customer's local clock: "Tue 14:32 in Stuttgart — inside working hours", refreshed every 30 s."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from services.accounts import AccountDetails
from services.cadence.clock import local_time
from services.text import isolate
from ui.labels import day_time


class LocalClock(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._account: AccountDetails | None = None
        self.setObjectName("localClock")
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.refresh)

    def set_account(self, account: AccountDetails | None) -> None:
        self._account = account
        self.refresh()
        if account is None:
            self._timer.stop()
        else:
            self._timer.start()

    def refresh(self, now=None) -> None:
        if self._account is None:
            self.clear()
            return
        if not self._account.country and not self._account.timezone:
            self.setText(self.tr("Their country is unknown: set it (Edit…) to see their time and working hours."))
            self.setStyleSheet("color: #b26a00; font-weight: 600;")
            self.setToolTip("")
            return
        lt = local_time(self._account, now)
        place = self._account.city or lt.zone.split("/")[-1].replace("_", " ")
        when = day_time(lt.now)
        if not lt.working_day:
            state, colour = self.tr("their day off"), "#b26a00"
        elif lt.inside_hours:
            state, colour = self.tr("inside working hours"), "#1a7f37"
        else:
            state, colour = self.tr("outside working hours"), "#b26a00"
        self.setText(self.tr("{when} in {place} — {state} ({window})").format(
            when=when, place=isolate(place), state=state, window=lt.window_text))
        self.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.setToolTip(lt.zone)
