"""Today's touches and the overdue ones: services.cadence Touch rows, with a sort key per column."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from models.enums import Purpose
from services.countries import working_window
from services.text import isolate
from ui.i18n import current_lang
from ui.labels import day_time, label
from ui.models.base import RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 11
LATE_COLOUR = QColor("#b26a00")  # amber, not red: late work is to be saved, not a wall of alarm


def purposes_text(touch) -> str:
    """A merged touch's purposes joined: 'quote + sample'."""
    return " + ".join(label(Purpose, p) for p in touch.all_purposes)


class SortedRowModel(RowTableModel):
    """A row model whose columns sort by sort_key(row, column) (times by their instant, not their text)."""

    clock: dt.datetime | None = None  # the view fixes the time for a whole refresh (and tests fix it)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == SORT_ROLE and index.isValid():
            return self.sort_key(self.row_at(index.row()), index.column())
        return super().data(index, role)

    def sort_key(self, row: Any, column: int):
        return self.display(row, column)

    def now(self) -> dt.datetime:
        return self.clock or dt.datetime.now(dt.UTC)


class TodayCol(IntEnum):
    CUSTOMER = 0
    THEIR_TIME = 1
    WINDOW = 2
    PURPOSES = 3
    CONTACT = 4
    WHY = 5


class TodayTouchModel(SortedRowModel):
    """Touches due today (or later this week), in the order their windows open."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Customer"), self.tr("Their time now"), self.tr("Planned in their window"),
                        self.tr("Purpose"), self.tr("Contact"), self.tr("Why")]
        self._windows: dict[str, str] = {}

    def set_rows(self, rows: list[Any]) -> None:
        self._windows = {}
        super().set_rows(rows)

    def window_of(self, country: str) -> str:
        if country not in self._windows:
            start, end = working_window(country)
            self._windows[country] = f"{start:%H:%M}–{end:%H:%M}"
        return self._windows[country]

    def display(self, t, column: int) -> str:
        col = TodayCol(column)
        if col == TodayCol.CUSTOMER:
            return t.account
        if col == TodayCol.THEIR_TIME:
            from zoneinfo import ZoneInfo  # loads when first shown, not at start-up

            return f"{day_time(self.now().astimezone(ZoneInfo(t.zone)))} ({t.zone.split('/')[-1].replace('_', ' ')})"
        if col == TodayCol.WINDOW:
            return f"{day_time(t.due_local)} ({self.window_of(t.country)})"
        if col == TodayCol.PURPOSES:
            return purposes_text(t)
        if col == TodayCol.CONTACT:
            return isolate(t.contact)
        return t.reason_in(current_lang())

    def sort_key(self, t, column: int):
        if column in (TodayCol.THEIR_TIME, TodayCol.WINDOW):
            return t.timestamp
        return super().sort_key(t, column)


class LateCol(IntEnum):
    CUSTOMER = 0
    LATE = 1
    PLANNED = 2
    PURPOSES = 3
    CONTACT = 4
    WHY = 5


class OverdueTouchModel(SortedRowModel):
    """One age group of overdue touches, each with how many days late it is."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today: dt.date | None = None
        self.headers = [self.tr("Customer"), self.tr("Days late"), self.tr("Was planned (their time)"),
                        self.tr("Purpose"), self.tr("Contact"), self.tr("Why")]

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def late_text(self, t) -> str:
        n = t.days_late(self._today())
        return self.tr("1 day late") if n == 1 else self.tr("{n} days late").format(n=n)

    def display(self, t, column: int) -> str:
        col = LateCol(column)
        if col == LateCol.CUSTOMER:
            return t.account
        if col == LateCol.LATE:
            return self.late_text(t)
        if col == LateCol.PLANNED:
            return day_time(t.due_local, with_date=True, today=self._today())
        if col == LateCol.PURPOSES:
            return purposes_text(t)
        if col == LateCol.CONTACT:
            return isolate(t.contact)
        return t.reason_in(current_lang())

    def sort_key(self, t, column: int):
        if column == LateCol.LATE:
            return -t.timestamp  # planned later: less late
        if column == LateCol.PLANNED:
            return t.timestamp
        return super().sort_key(t, column)

    def foreground(self, t, column: int):
        return LATE_COLOUR if column == LateCol.LATE else None
