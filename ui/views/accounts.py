"""The Accounts screen: searchable, filterable list on the left, the account pane on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import Region, Stage
from services import accounts
from services.countries import all_countries
from ui.i18n import current_lang
from ui.labels import label
from ui.models.account_table import NEEDS_COUNTRY, UUID_ROLE, AccountListModel, Col
from ui.widgets.user_picker import ScopePicker


class AccountsView(QWidget):
    brief_requested = Signal(list)  # account uuids
    merged = Signal(object)         # a services.accounts.merge.MergeUndo: the window keeps it for Edit › Undo (Ctrl+Z)
    pane_built = Signal(object)     # the account pane, built when first needed (an account is opened)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lang = current_lang()
        countries = all_countries()
        self._names = {c.code: c.name(lang) for c in countries}
        self._region_of = {c.code: c.region.value for c in countries}
        completion = sorted({n for c in countries for n in (c.name_en, c.name_zh, c.code)})

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search name, city or contact (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)  # Down, Enter and Esc: _search_key
        self.country_filter = QComboBox()
        self.region_filter = QComboBox()
        self.stage_filter = QComboBox()
        self.region_filter.addItem(self.tr("All regions"), "")
        for r in Region:
            self.region_filter.addItem(label(Region, r), r.value)
        self.stage_filter.addItem(self.tr("All stages"), "")
        for s in Stage:
            self.stage_filter.addItem(label(Stage, s), s.value)
        for box in (self.country_filter, self.region_filter, self.stage_filter):
            box.currentIndexChanged.connect(self._on_filters)
        self.attention_filter = QCheckBox(self.tr("Needs attention"))
        self.attention_filter.setObjectName("needsAttention")
        self.attention_filter.setToolTip(self.tr(
            "Health at risk or to watch, a promise at risk, or the next touch overdue"))
        self.attention_filter.toggled.connect(self._on_attention)
        self.scope_filter = ScopePicker(self)
        self.scope_filter.scopeChanged.connect(self._on_scope)
        self.count_label = QLabel()

        self.model = AccountListModel(self)
        self.model.set_owner(self.scope_filter.scope(), refresh=False)  # the first reload reads it
        self.table = QTableView()
        self.table.setObjectName("accountTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Col.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(Col.NAME, 220)
        self.table.setColumnWidth(Col.COUNTRY, 130)  # room for "country unknown" and most names
        self.table.setColumnWidth(Col.NEXT_TOUCH, 140)  # room for "8 Jan 2027 09:00" and "2027年12月14日 09:00"
        self._columns_chosen()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)

        # The account pane (and its tabs and their modules) is built when an account is first opened; until
        # then its place shows what the empty pane would say. This keeps it off the start-up path.
        self._completion = completion
        self._pane = None
        self._placeholder = QLabel(self.tr("Select an account on the left, or press Ctrl+N to add one."))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)

        filters = QHBoxLayout()
        for w in (self.scope_filter, self.country_filter, self.region_filter, self.stage_filter,
                  self.attention_filter):
            filters.addWidget(w)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._placeholder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self._current_uuid: str | None = None
        self.reload()
        state = QSettings().value("accounts/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    @property
    def pane(self):
        """The account pane, built on first use."""
        if self._pane is None:
            from ui.views.account_pane import AccountPane

            pane = AccountPane(self._completion)
            pane.changed.connect(self.reload)
            pane.brief_requested.connect(lambda uuid: self.brief_requested.emit([uuid]))
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(1, pane)
            self.splitter.setSizes(sizes)  # the pane takes its placeholder's place, the list keeps its width
            self._placeholder.deleteLater()
            self._pane = pane
            self.pane_built.emit(pane)
        return self._pane

    def current_account_uuid(self) -> str | None:
        return self._pane.account_uuid() if self._pane is not None else None

    def refresh_pane(self) -> None:
        if self._pane is not None:
            self._pane.refresh()

    def save_state(self) -> None:
        QSettings().setValue("accounts/splitter", self.splitter.saveState())
        QSettings().setValue("accounts/columns", self.table.horizontalHeader().saveState())

    def _columns_chosen(self) -> None:
        """The user's columns: dragged into their order, shown or hidden from the header's menu, and as they were
        left (restored before the first read, so the sort it brings back costs no extra query)."""
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(False)  # the name stays first: it is what a row is
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        state = QSettings().value("accounts/columns")
        if state is not None:
            header.restoreState(state)

    def columns_menu(self):
        """The header's menu: every column but the name, checked when shown."""
        from PySide6.QtWidgets import QMenu

        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for logical in range(1, self.model.columnCount()):
            action = menu.addAction(self.model.headerData(logical, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.toggled.connect(lambda shown, c=logical: header.setSectionHidden(c, not shown))
        return menu

    def _columns_menu(self, pos) -> None:
        self.columns_menu().exec(self.table.horizontalHeader().mapToGlobal(pos))

    # ------------------------------------------------------------ data

    def reload(self) -> None:
        """Read the list again: a count and the rows on screen, however large the book."""
        self.scope_filter.reload()  # users may have come, gone or changed in Settings
        self.model.set_owner(self.scope_filter.scope(), refresh=False)
        self.model.reload(self._names)
        present = sorted(set(accounts.present_countries()) - {""}, key=lambda c: self._names.get(c, c))
        current = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), "")
        self.country_filter.addItem(self.tr("Needs a country"), NEEDS_COUNTRY)
        for code in present:
            self.country_filter.addItem(f"{self._names.get(code, code)} ({code})", code)
        self.country_filter.setCurrentIndex(max(0, self.country_filter.findData(current)))
        self.country_filter.blockSignals(False)
        self._update_count()
        if self._current_uuid and self.model.row_of(self._current_uuid) < 0:
            self.pane.show_account(None)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.search:
            return self._search_key(event.key())
        return False

    def _search_key(self, key: int) -> bool:
        """The search box's own keys; True when taken. Down: into the results, on the first. Enter: open the
        selected result, else the first. Esc: clear the text; on an empty box, back to the list."""
        if key == Qt.Key.Key_Escape:
            if self.search.text():
                self.search.clear()
            else:
                self.table.setFocus()
            return True
        if key not in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        current = self.table.currentIndex()
        row = current.row() if key != Qt.Key.Key_Down and current.isValid() else 0
        if row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
            self.table.setFocus()
        return True

    def _on_search(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _on_filters(self) -> None:
        region = self.region_filter.currentData()
        region_countries = {c for c, r in self._region_of.items() if r == region} if region else None
        self.model.set_filters(self.country_filter.currentData() or "", region_countries,
                               self.stage_filter.currentData() or "")
        self._update_count()

    def _on_scope(self, scope: str) -> None:
        self.model.set_owner(scope)
        self._update_count()

    def _on_attention(self, on: bool) -> None:
        self.model.set_needs_attention(on)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{shown} of {total} accounts").format(
            shown=self.model.rowCount(), total=self.model.total()))

    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._current_uuid = index.data(UUID_ROLE)

    def _restore_current(self) -> None:
        if not self._current_uuid:
            return
        row = self.model.row_of(self._current_uuid)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _on_current(self, current, _previous) -> None:
        uuid = current.data(UUID_ROLE) if current.isValid() else None
        if uuid and uuid != self.pane.account_uuid():
            self._current_uuid = uuid
            self.pane.show_account(uuid)

    def select_account(self, uuid: str) -> None:
        self._current_uuid = uuid
        row = self.model.row_of(uuid)
        if row < 0:
            self.search.clear()
            row = self.model.row_of(uuid)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
        self.pane.show_account(uuid)

    def selected_uuids(self) -> list[str]:
        return [i.data(UUID_ROLE) for i in self.table.selectionModel().selectedRows()]

    # ------------------------------------------------------------ actions

    def new_account(self) -> None:
        from ui.dialogs.account_dialog import AccountDialog

        dialog = AccountDialog(sorted(self._names.values()), parent=self)
        if dialog.exec():
            self.reload()
            self.select_account(dialog.result_record.uuid)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def delete_current(self) -> None:
        if self._pane is None:
            return
        if self.pane.delete_selected_contact() or self.pane.delete_selected_interaction():
            return
        if self.pane.account_uuid():
            self.pane.delete_account()

    def _context_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        uuids = self.selected_uuids()
        if not uuids:
            return
        menu = QMenu(self)
        brief = menu.addAction(self.tr("Brief…") if len(uuids) == 1 else self.tr("Pack of {n} briefs…").format(
            n=len(uuids)))
        brief.triggered.connect(lambda: self.brief_requested.emit(uuids))
        if len(uuids) == 1:
            menu.addAction(self.tr("Log interaction…"), self.pane.log_interaction)
            menu.addAction(self.tr("Edit…"), self.pane.edit_account)
            menu.addAction(self.tr("Delete"), self.pane.delete_account)
        menu.addAction(self.tr("Set country…"), lambda: self.set_country(uuids))
        if len(uuids) > 1:
            menu.addAction(self.tr("Merge accounts…"), lambda: self.merge_accounts(uuids))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def merge_accounts(self, uuids: list[str]) -> bool:
        """Choose which of the accounts to keep and merge the others into it."""
        from PySide6.QtWidgets import QMessageBox

        from ui.dialogs.merge_dialog import MergeDialog

        if len(uuids) < 2:
            QMessageBox.information(self, self.tr("Merge accounts"), self.tr(
                "Select two or more accounts in the list (Ctrl+click), then merge them."))
            return False
        names = {i.data(UUID_ROLE): i.data() for i in self.table.selectionModel().selectedRows()}
        dialog = MergeDialog([(u, names.get(u, u)) for u in uuids], parent=self)
        if not dialog.exec() or dialog.undo is None:
            return False
        self.reload()
        self.select_account(dialog.undo.keep_uuid)
        self.merged.emit(dialog.undo)
        return True

    def set_country(self, uuids: list[str]) -> bool:
        """Ask for one country and give it to every account in uuids (a bulk action on a multi-selection)."""
        from ui.dialogs.set_country_dialog import SetCountryDialog

        if not uuids:
            return False
        dialog = SetCountryDialog(uuids, sorted(self._names.values()), parent=self)
        if not dialog.exec():
            return False
        self.reload()
        self.refresh_pane()
        return True
