"""A fair's leads per country and temperature."""

from __future__ import annotations

from enum import IntEnum

from ui.models.base import RowTableModel


class FairCol(IntEnum):
    COUNTRY = 0
    HOT = 1
    WARM = 2
    COLD = 3
    TOTAL = 4


class FairSummaryModel(RowTableModel):
    """Rows are (country name, Counter of temperatures)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Country"), self.tr("Hot"), self.tr("Warm"), self.tr("Cold"), self.tr("Total")]

    def display(self, row, column: int) -> str:
        name, counts = row
        col = FairCol(column)
        if col == FairCol.COUNTRY:
            return name
        if col == FairCol.TOTAL:
            return str(sum(counts.values()))
        return str(counts.get(("hot", "warm", "cold")[column - 1], 0))
