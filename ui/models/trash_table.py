"""What is in the Trash: one TrashRow per item, newest first."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QColor

from services.accounts.trash import TrashRow
from ui.models.base import RowTableModel

SET_ASIDE_COLOUR = QColor("#b26a00")


class TrashCol(IntEnum):
    KIND = 0
    NAME = 1
    ACCOUNT = 2
    DELETED = 3
    WHY = 4
    HOLDS = 5  # last: the widest, it takes the room left


def local_time(when) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class TrashTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("What"), self.tr("Name"), self.tr("Account"), self.tr("Deleted"),
                        self.tr("Why here"), self.tr("Restored with it")]
        self._kinds = {"account": self.tr("Account"), "contact": self.tr("Contact"),
                       "interaction": self.tr("Interaction"), "commitment": self.tr("Promise")}
        self._reasons = {"deleted": self.tr("deleted"), "set_aside": self.tr("set aside by an exchange")}

    def kind_name(self, kind: str) -> str:
        return self._kinds.get(kind, kind)

    def display(self, row: TrashRow, column: int) -> str:
        col = TrashCol(column)
        if col == TrashCol.KIND:
            return self.kind_name(row.kind)
        if col == TrashCol.NAME:
            return row.label
        if col == TrashCol.ACCOUNT:
            return row.account_name if row.kind != "account" else ""
        if col == TrashCol.HOLDS:
            return self.holds(row)
        if col == TrashCol.DELETED:
            return local_time(row.deleted_at)
        return self._reasons.get(row.reason, row.reason)

    def holds(self, row: TrashRow) -> str:
        """The records that come back with the item ("contacts: 2, interactions: 14")."""
        parts = [(self.tr("contacts: {n}"), row.contacts), (self.tr("interactions: {n}"), row.interactions),
                 (self.tr("promises: {n}"), row.commitments)]
        return self.tr(", ").join(text.format(n=n) for text, n in parts if n)

    def tooltip(self, row: TrashRow, column: int):
        if column == TrashCol.DELETED:
            return self.tr("Removed for good on {day}").format(day=local_time(row.expires_at)[:10])
        return super().tooltip(row, column)

    def foreground(self, row: TrashRow, column: int):
        return SET_ASIDE_COLOUR if column == TrashCol.WHY and row.reason == "set_aside" else None
