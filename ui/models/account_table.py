"""The account list as a Qt table model over pages of the database's answer to search, filters and order."""

from __future__ import annotations

import datetime as dt
import functools
from collections import OrderedDict
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCollator, QModelIndex, Qt
from PySide6.QtGui import QColor

from models.enums import Priority, Stage
from services import accounts, dates, words
from services.accounts import AccountRow, ListQuery, SortBy
from ui.labels import label


class Col(IntEnum):
    NAME = 0
    COUNTRY = 1
    CITY = 2
    STAGE = 3
    PRIORITY = 4
    CONTACTS = 5
    LAST = 6
    HEALTH = 7
    NEXT_TOUCH = 8
    AT_RISK = 9


UUID_ROLE = Qt.ItemDataRole.UserRole + 2
NEEDS_COUNTRY = "?"  # the country filter's value for "Needs a country": accounts whose country is unknown ("")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_ANSWERED = {_DISPLAY, UUID_ROLE, _TOOLTIP, _FOREGROUND, _DECORATION}
UNKNOWN_COLOUR = QColor("#b26a00")  # the colour of "their day off" on the local clock: look here
# A swatch before the score; the band's word is always beside it (colour is never the only signal).
BAND_COLOURS = {"good": QColor("#2e7d32"), "watch": QColor("#b26a00"), "at_risk": QColor("#c62828")}
NOT_KEPT = "—"  # an account whose health is not computed yet


class AccountListModel(QAbstractTableModel):
    """The account list as a window over one ordered query: the database filters, sorts and counts; rows are
    read a page at a time as the view asks for them, and only the pages near what was last shown are kept.

    A keystroke costs a count and the page on screen (services.accounts.ListQuery), not a pass over the book.
    """

    PAGE = 200
    KEPT_PAGES = 20  # at most this many pages in memory: 4,000 rows however large the book

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._country_names: dict[str, str] = {}
        self._headers = [self.tr("Account"), self.tr("Country"), self.tr("City"), self.tr("Stage"),
                         self.tr("Priority"), self.tr("Contacts"), self.tr("Last contact"), self.tr("Health"),
                         self.tr("Next touch"), self.tr("Promises at risk")]
        self._bands = {band: words.text(f"health.band.{band}") for band in BAND_COLOURS}
        self._unknown = self.tr("country unknown")
        self._query = ListQuery()
        self._count = 0
        self._total = 0
        self._pages: OrderedDict[int, list[AccountRow]] = OrderedDict()

    def reload(self, country_names: dict[str, str] | None = None) -> None:
        """Read the book again (after a change, or with new country names)."""
        if country_names is not None:
            self._country_names = country_names
        self._total = accounts.count_accounts()
        self._refresh()

    def set_search(self, text: str) -> None:
        self._query = self._query._replace(text=text)
        self._refresh()

    def set_filters(self, country: str = "", region_countries: set[str] | None = None, stage: str = "") -> None:
        chosen = None if not country else ("" if country == NEEDS_COUNTRY else country)
        region = frozenset(region_countries) if region_countries is not None else None
        self._query = self._query._replace(country=chosen, countries=region, stage=stage)
        self._refresh()

    def set_owner(self, scope: str, refresh: bool = True) -> None:
        """Whose accounts: services.users scope (mine, a user's uuid, everyone), a condition on the page query."""
        self._query = self._query._replace(owner=scope)
        if refresh:
            self._refresh()

    def set_needs_attention(self, on: bool) -> None:
        """Show only the accounts that need attention (services.accounts.ListQuery.attention)."""
        self._query = self._query._replace(attention=on)
        self._refresh()

    def total(self) -> int:
        """Accounts in the book."""
        return self._total

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        by = _SORT_BY[Col(column)]
        countries = self._country_order() if by is SortBy.COUNTRY else ()
        self._query = self._query._replace(sort=by, descending=order == Qt.SortOrder.DescendingOrder,
                                           country_order=countries)
        self._refresh()

    def _country_order(self) -> tuple[str, ...]:
        """Country codes in the order of their shown names, for the user's language (250 names, not 100,000)."""
        collator = QCollator()
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        key = functools.cmp_to_key(collator.compare)
        return tuple(sorted(self._country_names, key=lambda code: key(self._country_names[code])))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def row_at(self, row: int) -> AccountRow:
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found

    def _row(self, row: int) -> AccountRow | None:
        """The row, read with its page when not in memory; None when the book changed since the count (another
        process deleted accounts) and the row is no longer there: the view shows it blank until the next reload."""
        number, at = divmod(row, self.PAGE)
        page = self._pages.get(number)
        if page is None:
            page = accounts.account_rows(self._query, number * self.PAGE, self.PAGE, matched=self._count)
            self._pages[number] = page
            if len(self._pages) > self.KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[at] if at < len(page) else None

    def row_of(self, uuid: str) -> int:
        for number, page in self._pages.items():
            for at, row in enumerate(page):
                if row.uuid == uuid:
                    return number * self.PAGE + at
        return accounts.position_of(self._query, uuid, matched=self._count)

    def _refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = accounts.count_matching(self._query) if self._query.filtered() else self._total
        if self._count:
            self.row_at(0)  # the first page now, as part of the change: the view paints it next
        self.endResetModel()

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The view asks for a dozen roles per painted cell: answer the unused ones before any other work.
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == _DISPLAY:
            return self._display(row, index.column())
        if role == UUID_ROLE:
            return row.uuid
        if role == _TOOLTIP:
            return row.name if index.column() == Col.NAME else None
        if role == _DECORATION:
            return BAND_COLOURS.get(row.band or "") if index.column() == Col.HEALTH else None
        return UNKNOWN_COLOUR if index.column() == Col.COUNTRY and not row.country else None

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
        return self._health_display(r, col)

    def _health_display(self, r: AccountRow, col: int) -> str | None:
        if r.score is None:
            return NOT_KEPT if col in (Col.HEALTH, Col.NEXT_TOUCH, Col.AT_RISK) else None
        if col == Col.HEALTH:
            return f"{r.score} {self._bands.get(r.band or '', r.band)}"
        if col == Col.NEXT_TOUCH:
            return _short_time(r.next_touch.astimezone()) if r.next_touch else ""
        if col == Col.AT_RISK:
            return str(r.promises_at_risk or 0)
        return None


def _short_time(when: dt.datetime) -> str:
    """'30 Dec 14:00', '8 Jan 2027 09:00', '12月30日 14:00': a list cell's width, the year only when not this one."""
    return f"{dates.day(when.date(), words.language())} {when:%H:%M}"


_SORT_BY = {Col.NAME: SortBy.NAME, Col.COUNTRY: SortBy.COUNTRY, Col.CITY: SortBy.CITY, Col.STAGE: SortBy.STAGE,
            Col.PRIORITY: SortBy.PRIORITY, Col.CONTACTS: SortBy.CONTACTS, Col.LAST: SortBy.LAST,
            Col.HEALTH: SortBy.HEALTH, Col.NEXT_TOUCH: SortBy.NEXT_TOUCH, Col.AT_RISK: SortBy.AT_RISK}
