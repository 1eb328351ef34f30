"""One day of the week view: its touch cards, which drag out carrying the touch's key, and its promise due dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from models.enums import Purpose
from services.cadence.calendar import Day
from services.cadence.touches import Touch
from services.text import isolate
from ui.colours import LEVEL_COLOURS
from ui.i18n import current_lang
from ui.labels import label
from ui.models.base import ROW_ROLE

TOUCH_MIME = "application/x-rapport-touch"


def place(zone: str) -> str:
    """'Asia/Tokyo' -> 'Tokyo': the city part of a zone, enough to say whose clock it is."""
    return zone.split("/")[-1].replace("_", " ")


class WeekDayModel(QAbstractListModel):
    """The cards of one day: touches in time order, then promises due. A drop emits touch_dropped(key, day)."""

    touch_dropped = Signal(str, object)  # the touch's key, the day it was dropped on (dt.date)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.day = Day(dt.date.today(), (), ())
        self.zone: dt.tzinfo | None = None  # the user's; None: this computer's
        self._levels = {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}

    def set_day(self, day: Day, zone: dt.tzinfo | None = None) -> None:
        self.beginResetModel()
        self.day, self.zone = day, zone
        self.endResetModel()

    def item_at(self, row: int):
        touches = self.day.touches
        return touches[row] if row < len(touches) else self.day.promises[row - len(touches)]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.day.touches) + len(self.day.promises)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        item = self.item_at(index.row())
        is_touch = isinstance(item, Touch)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._touch_card(item) if is_touch else self._promise_card(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.reason_in(current_lang()) if is_touch else item.risk_in(current_lang()) or None
        if role == Qt.ItemDataRole.FontRole and is_touch and item.projected:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if is_touch:
                return QColor("#616161") if item.projected else None
            return LEVEL_COLOURS.get(item.level or "")
        if role == ROW_ROLE:
            return item
        return None

    def _touch_card(self, t: Touch) -> str:
        mine = t.due_utc.astimezone(self.zone).strftime("%H:%M")
        theirs = self.tr("their {time} ({place})").format(time=t.due_local.strftime("%H:%M"), place=place(t.zone))
        what = " + ".join(label(Purpose, p) for p in t.all_purposes)
        if t.projected:
            what = self.tr("{purposes} · planned").format(purposes=what)
        return f"{isolate(t.account)}\n{mine} · {theirs}\n{what}"

    def _promise_card(self, p) -> str:
        head = self.tr("Promise due: {title}").format(title=isolate(p.title))
        if p.level is None:
            return f"{head}\n{isolate(p.account)}"
        risk = self.tr("{level} risk").format(level=self._levels[p.level])
        return f"{head}\n{isolate(p.account)} · {risk}"

    def flags(self, index):
        if not index.isValid():  # the list itself takes drops
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(self.item_at(index.row()), Touch):
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [TOUCH_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        touches = [self.item_at(i.row()) for i in indexes if isinstance(self.item_at(i.row()), Touch)]
        if touches:
            data.setData(TOUCH_MIME, touches[0].key.encode())
        return data

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(TOUCH_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """The drop handler: says which touch came to this day; the view decides (the card comes back on a
        refusal because nothing here removes it: the next reload shows the plan as it is)."""
        if not data.hasFormat(TOUCH_MIME):
            return False
        self.touch_dropped.emit(bytes(data.data(TOUCH_MIME).data()).decode(), self.day.date)
        return True
