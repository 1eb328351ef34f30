"""The account list as a Qt table model, with a proxy that filters by search text, country, region, stage."""

from __future__ import annotations

import functools
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCollator, QModelIndex, Qt
from PySide6.QtGui import QColor

from models.enums import Priority, Stage
from services.accounts import AccountRow, matches_search, search_terms
from ui.labels import label


class Col(IntEnum):
    NAME = 0
    COUNTRY = 1
    CITY = 2
    STAGE = 3
    PRIORITY = 4
    CONTACTS = 5
    LAST = 6


UUID_ROLE = Qt.ItemDataRole.UserRole + 2
NEEDS_COUNTRY = "?"  # the country filter's value for "Needs a country": accounts whose country is unknown ("")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
UNKNOWN_COLOUR = QColor("#b26a00")  # the colour of "their day off" on the local clock: look here


class AccountTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        self._country_names: dict[str, str] = {}
        self._headers = [self.tr("Account"), self.tr("Country"), self.tr("City"), self.tr("Stage"),
                         self.tr("Priority"), self.tr("Contacts"), self.tr("Last contact")]
        self._unknown = self.tr("country unknown")

    def set_rows(self, rows: list[AccountRow], country_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._country_names = country_names
        self.endResetModel()

    def row_at(self, row: int) -> AccountRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The view asks for a dozen roles per painted cell: answer the unused ones before any other work.
        if role == _DISPLAY:
            return self._display(self._rows[index.row()], index.column()) if index.isValid() else None
        if role == UUID_ROLE:
            return self._rows[index.row()].uuid if index.isValid() else None
        if role == _TOOLTIP and index.isValid() and index.column() == Col.NAME:
            return self._rows[index.row()].name
        if role == _FOREGROUND and index.isValid() and index.column() == Col.COUNTRY:
            return None if self._rows[index.row()].country else UNKNOWN_COLOUR
        return None

    def _display(self, r: AccountRow, col: int):
        if col == Col.NAME:
            return r.name
        if col == Col.COUNTRY:
            return self._country_names.get(r.country, r.country) if r.country else self._unknown
        if col == Col.CITY:
            return r.city
        if col == Col.STAGE:
            return label(Stage, r.stage)
        if col == Col.PRIORITY:
            return label(Priority, r.priority)
        if col == Col.CONTACTS:
            return str(r.contacts)
        if col == Col.LAST:
            return r.last_contact.astimezone().strftime("%Y-%m-%d") if r.last_contact else ""
        return None


class AccountListModel(AccountTableModel):
    """Filtering and sorting done in Python over precomputed keys, then one model reset.

    A QSortFilterProxyModel would call back into Python once per row per keystroke (and once per
    comparison when sorting), which is too slow at 10,000 accounts; here a keystroke costs one pass
    over a list.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[AccountRow] = []
        self._text = ""
        self._terms: list[str] = []
        self._country = ""
        self._stage = ""
        self._region_countries: set[str] | None = None
        self._sort = (Col.NAME, Qt.SortOrder.AscendingOrder)
        self._collator = QCollator()
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # QCollator.sortKey() objects crash PySide6 6.12 at exit (a refcount bug seen with 10,000 keys),
        # so sort keys compare through QCollator.compare instead.
        self._cmp_key = functools.cmp_to_key(self._collator.compare)

    def set_rows(self, rows: list[AccountRow], country_names: dict[str, str]) -> None:
        self._all = rows
        self._country_names = country_names
        self._refresh()

    def set_search(self, text: str) -> None:
        self._text = text
        self._terms = search_terms(text)
        self._refresh()

    def set_filters(self, country: str = "", region_countries: set[str] | None = None, stage: str = "") -> None:
        self._country, self._region_countries, self._stage = country, region_countries, stage
        self._refresh()

    def total(self) -> int:
        return len(self._all)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (Col(column), order)
        self._refresh()

    def row_of(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), -1)

    def _accepts(self, row: AccountRow) -> bool:
        if self._country and row.country != ("" if self._country == NEEDS_COUNTRY else self._country):
            return False
        if self._region_countries is not None and row.country not in self._region_countries:
            return False
        if self._stage and row.stage != self._stage:
            return False
        return not self._terms or matches_search(row.search_key, self._terms)

    def _refresh(self) -> None:
        filtered = self._text or self._country or self._stage or self._region_countries is not None
        rows = [r for r in self._all if self._accepts(r)] if filtered else list(self._all)
        col, order = self._sort
        rows.sort(key=self._sort_key(col), reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _sort_key(self, col: Col):
        stages = {s.value: i for i, s in enumerate(Stage)}
        priorities = {p.value: i for i, p in enumerate(Priority)}
        collated, names = self._cmp_key, self._country_names
        keys = {
            Col.NAME: lambda r: collated(r.name),
            Col.COUNTRY: lambda r: collated(names.get(r.country, r.country)),
            Col.CITY: lambda r: collated(r.city),
            Col.STAGE: lambda r: stages.get(r.stage, 99),
            Col.PRIORITY: lambda r: priorities.get(r.priority, 9),
            Col.CONTACTS: lambda r: r.contacts,
            Col.LAST: lambda r: str(r.last_stamp or ""),
        }
        return keys[col]
