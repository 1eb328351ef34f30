"""Planned touches: customer, their local time now, the slot in their zone and yours, purpose, reason."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtGui import QColor, QFont

from models.enums import Purpose
from services.text import names_side_by_side
from ui.i18n import current_lang
from ui.labels import day_time, label
from ui.models.base import RowTableModel


class TouchCol(IntEnum):
    CUSTOMER = 0
    THEIR_NOW = 1
    THEIR_SLOT = 2
    YOUR_SLOT = 3
    PURPOSE = 4
    REASON = 5


class TouchTableModel(RowTableModel):
    def __init__(self, parent=None, with_customer: bool = True) -> None:
        super().__init__(parent)
        self.now: dt.datetime | None = None
        self.today: dt.date | None = None  # the day a shown date is compared with for its year; None: today
        self.headers = [self.tr("Customer"), self.tr("Their time now"), self.tr("Planned (their time)"),
                        self.tr("Planned (your time)"), self.tr("Purpose"), self.tr("Why")]
        if not with_customer:
            self.headers[0] = self.tr("Contact")
        self._with_customer = with_customer

    def display(self, t, column: int) -> str:
        col = TouchCol(column)
        if col == TouchCol.CUSTOMER:
            return names_side_by_side(t.account if self._with_customer else "", t.contact)
        if col == TouchCol.THEIR_NOW:
            from zoneinfo import ZoneInfo  # loads when first shown, not at start-up

            now = (self.now or dt.datetime.now(dt.UTC)).astimezone(ZoneInfo(t.zone))
            return f"{day_time(now)} ({t.zone.split('/')[-1].replace('_', ' ')})"
        if col == TouchCol.THEIR_SLOT:
            return day_time(t.due_local, with_date=True, today=self._today())
        if col == TouchCol.YOUR_SLOT:
            return day_time(t.due_utc.astimezone(), with_date=True, today=self._today())
        if col == TouchCol.PURPOSE:
            what = " + ".join(label(Purpose, p) for p in t.all_purposes)
            return self.tr("{what} (planned)").format(what=what) if t.projected else what
        return t.reason_in(current_lang())

    def _today(self) -> dt.date | None:
        return self.today or (self.now.date() if self.now else None)

    def font(self, t, column: int):
        """A projected touch (a later one of its rhythm, as if those before are done on their day) in italics."""
        if t.projected:
            f = QFont()
            f.setItalic(True)
            return f
        return None

    def foreground(self, t, column: int):
        if column == TouchCol.THEIR_SLOT and t.due_utc < (self.now or dt.datetime.now(dt.UTC)):
            return QColor("#c62828")
        return None
