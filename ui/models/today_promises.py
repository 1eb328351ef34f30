"""Promises at high risk on the Today screen: services.commitments.rows.PromiseRow rows."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from ui.colours import LEVEL_COLOURS
from ui.i18n import current_lang
from ui.models.today_touches import SortedRowModel

if TYPE_CHECKING:
    from services.commitments.rows import PromiseRow


class RiskCol(IntEnum):
    ACCOUNT = 0
    PROMISE = 1
    DUE = 2
    WHY = 3


class RiskyPromiseModel(SortedRowModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Account"), self.tr("Promise"), self.tr("Due"), self.tr("Why at risk")]

    def display(self, row: PromiseRow, column: int) -> str:
        col = RiskCol(column)
        if col == RiskCol.ACCOUNT:
            return row.account
        if col == RiskCol.PROMISE:
            return row.title
        if col == RiskCol.DUE:
            return row.due_date.isoformat()
        return row.risk_in(current_lang())

    def foreground(self, row: PromiseRow, column: int):
        return LEVEL_COLOURS["high"] if column == RiskCol.DUE else None
