"""Promises with their risk: services.commitments.rows.PromiseRow rows."""

from __future__ import annotations

from enum import IntEnum

from models.enums import Approval, CommitmentKind, CommitmentStatus
from services.commitments.rows import PromiseRow
from ui.colours import LEVEL_COLOURS
from ui.i18n import current_lang
from ui.labels import label
from ui.models.base import RowTableModel


class PromiseCol(IntEnum):
    LEVEL = 0
    DUE = 1
    ACCOUNT = 2
    TITLE = 3
    KIND = 4
    BY = 5
    APPROVAL = 6
    STATUS = 7
    WHY = 8


class CommitmentTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Risk"), self.tr("Due"), self.tr("Account"), self.tr("Promise"), self.tr("Kind"),
                        self.tr("Promised by"), self.tr("Approval"), self.tr("Status"), self.tr("Why at risk")]
        self._levels = {"high": self.tr("High"), "medium": self.tr("Medium"), "low": self.tr("Low")}

    def display(self, row: PromiseRow, column: int) -> str:
        c = row
        col = PromiseCol(column)
        if col == PromiseCol.LEVEL:
            return self._levels[c.level] if c.level else ""
        if col == PromiseCol.DUE:
            return c.due_date.isoformat()
        if col == PromiseCol.ACCOUNT:
            return c.account
        if col == PromiseCol.TITLE:
            return c.title
        if col == PromiseCol.KIND:
            return label(CommitmentKind, c.kind)
        if col == PromiseCol.BY:
            return c.promised_by
        if col == PromiseCol.APPROVAL:
            return label(Approval, c.approval)
        if col == PromiseCol.STATUS:
            return label(CommitmentStatus, c.status)
        return c.risk_in(current_lang())

    def foreground(self, row: PromiseRow, column: int):
        if row.level and column in (PromiseCol.LEVEL, PromiseCol.DUE):
            return LEVEL_COLOURS[row.level]
        return None
