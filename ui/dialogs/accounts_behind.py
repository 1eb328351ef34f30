"""The accounts behind a chart's bar: a list to read, and a double-click opens one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from services.health.portfolio import Behind
from ui.models.base import RowTableModel
from ui.widgets.tables import make_table


class BehindModel(RowTableModel):
    def __init__(self, items: str, country_name: Callable[[str], str], parent=None) -> None:
        super().__init__(parent)
        self.country_name = country_name
        self.headers = [self.tr("Account"), self.tr("Country"), items]

    def display(self, row: Behind, column: int) -> str:
        return (row.name, self.country_name(row.country), f"{row.items:,}")[column]


class AccountsBehindDialog(QDialog):
    """open_account(uuid) on a double-click (or Enter); the dialog then closes."""

    open_account = Signal(str)

    def __init__(self, title: str, rows: list[Behind], items: str | None,
                 country_name: Callable[[str], str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 480)
        self.model = BehindModel(items or "", country_name, self)
        self.model.set_rows(rows)
        self.table = make_table(self.model)
        self.table.setObjectName("behindTable")
        self.table.setColumnWidth(0, 280)
        self.table.setColumnHidden(2, items is None)  # accounts counted once each: no column of ones
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        total = sum(r.items for r in rows)
        summary = self.tr("{n} accounts").format(n=f"{len(rows):,}")
        if items is not None:
            summary = self.tr("{n} accounts · {items}: {total}").format(n=f"{len(rows):,}", items=items,
                                                                       total=f"{total:,}")
        hint = QLabel(self.tr("Double-click an account to open it."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary))
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _open(self, row: int) -> None:
        self.open_account.emit(self.model.row_at(row).uuid)
        self.accept()
