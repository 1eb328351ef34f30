"""The interaction timeline of one account, newest first, shown in the user's local time."""

from enum import IntEnum

from PySide6.QtGui import QColor

from models.enums import Channel, Purpose, Response
from services.accounts.rows import InteractionRow
from ui.labels import label
from ui.models.base import RowTableModel

RESPONSE_COLOURS = {"warm": QColor("#1a7f37"), "cold": QColor("#1f5fbf"), "none": QColor("#8a8a8a")}


class InteractionCol(IntEnum):
    WHEN = 0
    CHANNEL = 1
    PURPOSE = 2
    CONTACT = 3
    RESPONSE = 4
    SUMMARY = 5


class InteractionTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("When"), self.tr("Channel"), self.tr("Purpose"), self.tr("Contact"),
                        self.tr("Response"), self.tr("Summary")]

    def display(self, i: InteractionRow, column: int) -> str:
        col = InteractionCol(column)
        if col == InteractionCol.WHEN:
            return i.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if col == InteractionCol.CHANNEL:
            arrow = "←" if i.direction == "inbound" else "→"
            return f"{arrow} {label(Channel, i.channel)}"
        if col == InteractionCol.PURPOSE:
            return label(Purpose, i.purpose)
        if col == InteractionCol.CONTACT:
            return i.contact_name
        if col == InteractionCol.RESPONSE:
            return label(Response, i.response)
        return " ".join(i.summary.split())[:200]

    def foreground(self, i: InteractionRow, column: int):
        if column == InteractionCol.RESPONSE:
            return RESPONSE_COLOURS.get(i.response)
        return None
