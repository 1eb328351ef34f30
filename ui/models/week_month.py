"""The month view's grid: six weeks of days, each cell its date, its counts and the first few items."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from services.cadence.calendar import Day
from services.text import isolate
from ui.labels import short_day
from ui.models.base import ROW_ROLE

FIRST_ITEMS = 3  # names shown in a cell; the rest are counted


class MonthModel(QAbstractTableModel):
    """Rows are weeks, columns weekdays; set_days() takes the grid's days in order (a multiple of 7)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._days: list[Day] = []
        self.month = 0  # days of other months are greyed
        self.today: dt.date | None = None

    def set_days(self, days: list[Day], month: int, today: dt.date) -> None:
        self.beginResetModel()
        self._days, self.month, self.today = list(days), month, today
        self.endResetModel()

    def day_at(self, index) -> Day:
        return self._days[index.row() * 7 + index.column()]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days) // 7

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and self._days:
            return short_day(self._days[section].date)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.day_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(day)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell(day, limit=None)
        if role == Qt.ItemDataRole.ForegroundRole and day.date.month != self.month:
            return QColor("#9e9e9e")
        if role == Qt.ItemDataRole.FontRole and day.date == self.today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == ROW_ROLE:
            return day
        return None

    def _cell(self, day: Day, limit: int | None = FIRST_ITEMS) -> str:
        lines = [str(day.date.day)]
        counts = self._counts(day)
        if counts:
            lines.append(counts)
        names = [isolate(t.account) for t in day.touches] + [self.tr("Promise: {title}").format(title=isolate(p.title))
                                                             for p in day.promises]
        shown = names if limit is None else names[:limit]
        lines += shown
        if len(names) > len(shown):
            lines.append(self.tr("… {n} more").format(n=len(names) - len(shown)))
        return "\n".join(lines)

    def _counts(self, day: Day) -> str:
        """'3 touches · 1 promise'; a part that is none is left out."""
        n, m = len(day.touches), len(day.promises)
        parts = [self.tr("1 touch") if n == 1 else self.tr("{n} touches").format(n=n)] if n else []
        if m:
            parts.append(self.tr("1 promise") if m == 1 else self.tr("{n} promises").format(n=m))
        return " · ".join(parts)
