"""Replies owed: inbound messages waiting for our answer (Touch rows of kind "reply"), the most urgent first."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QColor

from services.text import isolate
from ui.labels import day_time
from ui.models.today_touches import SortedRowModel

AT_RISK_COLOUR = QColor("#c62828")


class ReplyCol(IntEnum):
    CUSTOMER = 0
    CONTACT = 1
    RECEIVED = 2
    EXPECTED_BY = 3
    STATE = 4


class ReplyTableModel(SortedRowModel):
    """A reply owed: received when (due_local, their time), expected by when (their time), at risk or in time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Customer"), self.tr("Contact"), self.tr("Received (their time)"),
                        self.tr("Expected by (their time)"), self.tr("State")]

    def display(self, t, column: int) -> str:
        col = ReplyCol(column)
        if col == ReplyCol.CUSTOMER:
            return t.account
        if col == ReplyCol.CONTACT:
            return isolate(t.contact)
        if col == ReplyCol.RECEIVED:
            return day_time(t.due_local, with_date=True, today=self.now().date())
        if col == ReplyCol.EXPECTED_BY:
            if t.expected_by is None:
                return ""
            return day_time(t.expected_by.astimezone(t.due_local.tzinfo), with_date=True, today=self.now().date())
        # Said in words as well as in colour: colour alone is lost on some screens and to some eyes.
        return self.tr("at risk") if t.at_risk(self.now()) else self.tr("in time")

    def sort_key(self, t, column: int):
        if column == ReplyCol.RECEIVED:
            return t.timestamp
        if column == ReplyCol.EXPECTED_BY:
            return (t.expected_by or t.due_utc).timestamp()
        return super().sort_key(t, column)

    def foreground(self, t, column: int):
        if column in (ReplyCol.EXPECTED_BY, ReplyCol.STATE) and t.at_risk(self.now()):
            return AT_RISK_COLOUR
        return None
