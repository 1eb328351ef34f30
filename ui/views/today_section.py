"""One list of the Today screen: a heading with its count and buttons, and a sortable multi-selection table."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ui.models.today_touches import SORT_ROLE
from ui.widgets.tables import make_table

MAX_ROWS_SHOWN = 10  # taller lists scroll inside their table, so the sections below stay in reach
SIZED_ROWS = 50


class TodaySection(QWidget):
    """kind: "touch" (Done, Snooze, Reschedule, Skip act on it) or "promise" (Enter opens the promise)."""

    def __init__(self, model, kind: str = "touch", collapsible: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.model, self.kind, self.collapsible = model, kind, collapsible
        self.title = ""
        self._pending = None  # a collapsed list's reader, until it is opened
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = make_table(self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # No sort indicator at first: the rows keep the service's order (windows opening, most urgent first).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        # Column widths from the first rows only: measuring a thousand late touches cost ~0.2 s per reload.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.toggle = QToolButton()
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setStyleSheet("QToolButton { font-weight: bold; }")
        self.toggle.setCheckable(collapsible)
        self.toggle.setChecked(not collapsible)
        self.toggle.toggled.connect(self._show_table)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.toggle)
        self.header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.header)
        layout.addWidget(self.table)
        self._show_table(not collapsible)

    def add_button(self, button) -> None:
        self.header.addWidget(button)

    def expanded(self) -> bool:
        return self.table.isVisibleTo(self)

    def _show_table(self, shown: bool) -> None:
        if shown:
            self._load_pending()
        self.table.setVisible(shown)
        if self.collapsible:
            self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def set_rows(self, rows: list, title: str) -> None:
        self._pending = None
        self.model.set_rows(rows)
        self.toggle.setText(title)
        self.setVisible(bool(rows))
        self.table.resizeColumnsToContents()
        self._fit_height()

    def set_count(self, count: int, load, title: str) -> None:
        """A collapsed list known by its count: load() reads its rows when it is opened (or acted on), so a
        thousand late touches cost nothing until someone looks at them."""
        if self.collapsible and not self.toggle.isChecked():
            self.model.set_rows([])
            self._pending = load
            self.toggle.setText(title)
            self.setVisible(count > 0)
        else:
            self.set_rows(load(), title)

    def _load_pending(self) -> None:
        load, self._pending = getattr(self, "_pending", None), None
        if load is not None:
            self.model.set_rows(load())
            self.table.resizeColumnsToContents()
            self._fit_height()

    def _fit_height(self) -> None:
        shown = max(1, min(self.model.rowCount(), MAX_ROWS_SHOWN))
        height = (self.table.horizontalHeader().sizeHint().height() + self.table.verticalHeader().defaultSectionSize()
                  * shown + 2 * self.table.frameWidth() + self.table.horizontalScrollBar().sizeHint().height())
        self.table.setFixedHeight(height)

    # ------------------------------------------------------------ rows and selection, in the order shown

    def rows(self) -> list:
        self._load_pending()
        return [self.row_at(r) for r in range(self.proxy.rowCount())]

    def row_at(self, proxy_row: int):
        return self.model.row_at(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())

    def selected_positions(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def selected(self) -> list:
        return [self.row_at(r) for r in self.selected_positions()]

    def clear_selection(self) -> None:
        self.table.selectionModel().clearSelection()

    def select_position(self, position: int) -> None:
        """Select the row at position (or the last one), give it the keyboard: where work goes on after an act."""
        count = self.proxy.rowCount()
        if count == 0:
            return
        row = min(position, count - 1)
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.proxy.index(row, 0))
        self.table.setFocus()

    def position_of(self, key: str) -> int | None:
        return next((r for r in range(self.proxy.rowCount()) if row_key(self.row_at(r)) == key), None)


def row_key(row) -> str:
    """A touch's stable key or a promise's uuid: how a row is found again after a reload."""
    return getattr(row, "key", None) or row.uuid
