"""The main window: navigation between screens, menus and shortcuts; wiring only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.address import AddressLike, parse_address
from services.text import isolate
from ui.book_watch import BookWatch
from ui.undo_stack import UndoStack
from ui.views.accounts import AccountsView
from ui.widgets.server_banner import ServerBanner

if TYPE_CHECKING:
    from services.accounts.jump import JumpTarget
    from services.accounts.trash import Trashed
    from ui.dialogs.jump_dialog import JumpDialog


class MainWindow(QMainWindow):
    conversion_done = Signal()  # the book was encrypted, decrypted or given a new passphrase, and is open again

    def __init__(self, book: AddressLike, parent=None) -> None:
        super().__init__(parent)
        self.book = parse_address(book)
        self.setWindowTitle(self.tr("Rapport"))
        self.resize(1280, 800)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(140)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setStyleSheet("QListWidget#navigation { padding-top: 6px; } "
                               "QListWidget#navigation::item { padding: 6px 10px; }")
        self.stack = QStackedWidget()
        self._screens: dict[str, QWidget] = {}
        self._factories: list[tuple[str, object]] = []
        self.undo_stack = UndoStack(self)  # this window's deletions and merges: Ctrl+Z takes them back
        self.accounts = AccountsView()
        self.add_screen("today", self.tr("Today"), self._make_today)  # the home screen
        self.add_screen("accounts", self.tr("Accounts"), lambda: self.accounts)
        self.screen("accounts")  # in the window from the start, though Today shows first: its pane asks for the book
        # The other screens are built when first opened, which keeps start-up fast.
        self.add_screen("week", self.tr("Week"), self._make_week)
        self.add_screen("commitments", self.tr("Commitments"), self._make_commitments)
        self.add_screen("countries", self.tr("Countries"), self._make_countries)
        self.add_screen("fair", self.tr("Trade fair"), self._make_fair)
        self.add_screen("portfolio", self.tr("Portfolio"), self._make_portfolio)
        self.accounts.pane_built.connect(self._wire_account_pane)
        self.accounts.brief_requested.connect(self.open_briefs)
        self.accounts.merged.connect(self._remember_merge)
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.server_banner = ServerBanner()  # shown while the office database cannot be reached
        outer.addWidget(self.server_banner)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.nav.setCurrentRow(0)
        self.statusBar().showMessage(str(self.book))
        self.watch = BookWatch(self.book, self)
        self.watch.changed.connect(self.refresh_visible)
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def add_screen(self, name: str, title: str, factory) -> None:
        self._factories.append((name, factory))
        self.stack.addWidget(QWidget())
        QListWidgetItem(title, self.nav)

    def screen(self, name: str) -> QWidget:
        """The screen called name, built on first use."""
        if name not in self._screens:
            row = next(i for i, (n, _f) in enumerate(self._factories) if n == name)
            widget = self._factories[row][1]()
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._screens[name] = widget
        return self._screens[name]

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self.screen(self._factories[row][0]))

    def show_planning(self, done: int, total: int) -> None:
        self.statusBar().showMessage(self.tr("Planning the book: {done} of {total} accounts…").format(
            done=f"{done:,}", total=f"{total:,}"), 3000)

    def plan_changed(self) -> None:
        """The stored plan was re-planned in the background: the screens that show it read it again."""
        self._reload_if_built("today", "week", "portfolio")

    def refresh_visible(self) -> None:
        """The book changed under us (a colleague, another window): the screen in view reads it again."""
        current = self.stack.currentWidget()
        if current is self.accounts:
            self.accounts.reload()
            self.accounts.refresh_pane()
        elif hasattr(current, "reload"):
            current.reload()

    def _reload_if_built(self, *names: str) -> None:
        for name in names:
            if name in self._screens and hasattr(self._screens[name], "reload"):
                self._screens[name].reload()

    @property
    def today_screen(self):
        return self.screen("today")

    @property
    def week(self):
        return self.screen("week")

    @property
    def commitments(self):
        return self.screen("commitments")

    @property
    def countries(self):
        return self.screen("countries")

    @property
    def fair(self):
        return self.screen("fair")

    def _make_today(self):
        from ui.views.today import TodayView

        view = TodayView()
        view.open_account.connect(self.open_account)
        view.changed.connect(self.accounts.reload)
        view.changed.connect(self.accounts.refresh_pane)
        view.changed.connect(lambda: self._reload_if_built("commitments", "week"))
        view.counts_changed.connect(self._show_today_counts)
        return view

    def _make_week(self):
        from ui.views.week import WeekView

        view = WeekView()
        view.open_account.connect(self.open_account)
        view.changed.connect(self.accounts.refresh_pane)
        view.changed.connect(lambda: self._reload_if_built("today"))
        return view

    def _show_today_counts(self, due: int, late: int) -> None:
        """The sidebar's "Today 3 · 5": due today (replies owed and touches) · overdue."""
        item = self.nav.item([n for n, _f in self._factories].index("today"))
        if late:
            item.setText(self.tr("Today {due} · {late}").format(due=due, late=late))
        else:
            item.setText(self.tr("Today {due}").format(due=due) if due else self.tr("Today"))
        item.setToolTip(self.tr("{due} due today (replies owed and touches) · {late} overdue").format(
            due=due, late=late))

    def _make_commitments(self):
        from ui.views.commitments import CommitmentsView

        view = CommitmentsView()
        view.open_account.connect(self.open_account)
        view.changed.connect(self.accounts.refresh_pane)
        view.changed.connect(lambda: self._reload_if_built("today", "week"))
        view.trashed.connect(self.remember_deletion)
        return view

    def _make_countries(self):
        from ui.views.countries import CountriesView

        return CountriesView()

    def _make_fair(self):
        from ui.views.fair import FairView

        view = FairView()
        view.captured.connect(lambda _uuid: self.accounts.reload())
        view.captured.connect(lambda _uuid: self._reload_if_built("today", "week"))
        return view

    def _make_portfolio(self):
        from ui.views.portfolio import PortfolioView

        view = PortfolioView()
        view.open_account.connect(self.open_account)
        return view

    def _wire_account_pane(self, pane) -> None:
        from ui.views.account_health import HealthTab
        from ui.views.account_tabs import NextTouchesTab, PromisesTab

        self.next_touches = NextTouchesTab()
        self.promises = PromisesTab()
        self.health_tab = HealthTab()
        pane.add_tab(self.next_touches, self.tr("Next touches"))
        pane.add_tab(self.promises, self.tr("Promises"))
        pane.add_tab(self.health_tab, self.tr("Health"))
        self.promises.changed.connect(lambda: self._reload_if_built("today", "commitments", "week"))
        pane.changed.connect(lambda: self._reload_if_built("today", "week", "commitments"))
        pane.trashed.connect(self.remember_deletion)
        self.promises.trashed.connect(self.remember_deletion)

    def _brief_current(self) -> None:
        uuid = self.accounts.current_account_uuid()
        if uuid:
            self.open_briefs([uuid])

    def open_briefs(self, uuids: list[str], force_pack: bool = False) -> None:
        """One account: its brief in the preview. Several (or a fair): the pack dialog."""
        if len(uuids) == 1 and not force_pack:
            self.show_brief(uuids[0])
            return
        from ui.dialogs.pack_dialog import PackDialog

        dialog = PackDialog(uuids, self)
        dialog.built.connect(lambda path: self._preview(Path(path), Path(path).stem))
        dialog.exec()

    def open_report(self) -> None:
        from ui.dialogs.report_dialog import ReportDialog

        dialog = ReportDialog(self)
        dialog.built.connect(lambda path: self._preview(Path(path), Path(path).stem))
        dialog.exec()

    def show_brief(self, account_uuid: str):
        import tempfile

        from PySide6.QtWidgets import QMessageBox

        from services.briefs import builder
        from services.errors import UserError
        from ui.i18n import current_lang

        folder = Path(tempfile.mkdtemp(prefix="rapport-brief-"))
        try:
            path, name = builder.write_brief(account_uuid, folder / "brief.pdf", lang=current_lang())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Brief"), str(exc))
            return None
        return self._preview(path, name)

    def _preview(self, path: Path, name: str):
        from ui.dialogs.brief_preview import BriefPreview

        preview = BriefPreview(path, name, self)
        preview.show()
        return preview

    def open_account(self, uuid: str) -> None:
        self.show_screen(self.accounts)
        self.accounts.select_account(uuid)

    def open_jump(self) -> JumpDialog:
        """Ctrl+K: the popup that finds an account, contact or promise by name."""
        from ui.dialogs.jump_dialog import JumpDialog

        dialog = JumpDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.open_target)
        dialog.popup_over(self)
        return dialog

    def open_target(self, target: JumpTarget) -> None:
        """A jump target: its account, and a contact or promise selected on the account's tab."""
        from ui.dialogs.jump_dialog import reveal

        self.open_account(target.account_uuid)
        if target.kind == "contact":
            reveal(self.accounts.pane.tabs, self.accounts.pane.contacts_view, target.uuid)
        elif target.kind == "promise":
            reveal(self.accounts.pane.tabs, self.promises.view, target.uuid)

    def show_screen(self, widget) -> None:
        name = next((n for n, w in self._screens.items() if w is widget), "accounts")
        self.nav.setCurrentRow([n for n, _f in self._factories].index(name))

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_account_action = self._action(self.file_menu, self.tr("&New account…"), self._new_account,
                                               QKeySequence.StandardKey.New)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Import contacts…"), self.import_contacts, "Ctrl+I")
        self._action(self.file_menu, self.tr("&Export contacts…"), self.export_contacts, "Ctrl+E")
        self._action(self.file_menu, self.tr("E&xchange with another laptop…"), self.exchange)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Brief for this account…"), self._brief_current, "Ctrl+B")
        self._action(self.file_menu, self.tr("Briefs for a &trade fair…"),
                     lambda: self.open_briefs(self.accounts.selected_uuids(), force_pack=True), "Ctrl+Shift+B")
        self._action(self.file_menu, self.tr("&Portfolio report…"), self.open_report)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Back up now…"), self.backup_now)
        self._action(self.file_menu, self.tr("&Restore a backup…"), self.restore_backup)
        self.trash_action = self._action(self.file_menu, self.tr("T&rash…"), self.open_trash)
        self.file_menu.addSeparator()
        from ui.dialogs.book_encryption import add_actions

        self.encryption_actions = add_actions(self, self.file_menu)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit, "", self.undo, QKeySequence.StandardKey.Undo)
        self.undo_stack.changed.connect(self._show_undo)
        self.undo_stack.restored.connect(self._after_restore)
        self.undo_stack.merge_undone.connect(self.reload_all)
        self._show_undo()
        edit.addSeparator()
        self.find_action = self._action(edit, self.tr("&Find…"), self._find, QKeySequence.StandardKey.Find)
        self.jump_action = self._action(edit, self.tr("&Jump to…"), self.open_jump, "Ctrl+K")
        self._action(edit, self.tr("&Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences)
        self.delete_action = self._action(edit, self.tr("&Delete"), self.accounts.delete_current,
                                          QKeySequence(Qt.Key.Key_Delete))
        edit.addSeparator()
        self._action(edit, self.tr("&Merge accounts…"),
                     lambda: self.accounts.merge_accounts(self.accounts.selected_uuids()))
        self._action(edit, self.tr("Set c&ountry…"), lambda: self.accounts.set_country(self.accounts.selected_uuids()))
        self.view_menu = bar.addMenu(self.tr("&View"))
        for i in range(self.nav.count()):
            self._action(self.view_menu, self.nav.item(i).text(),
                         lambda _=False, row=i: self.nav.setCurrentRow(row), QKeySequence(f"Ctrl+{i + 1}"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.help_menu, self.tr("&About Rapport"), self.about)

    def _remember_merge(self, undo) -> None:
        self.undo_stack.push(undo)
        self._reload_if_built("today", "commitments")

    def reload_all(self) -> None:
        self.accounts.reload()
        self.accounts.refresh_pane()
        self._reload_if_built("today", "commitments")

    # ------------------------------------------------------------ trash and undo

    def remember_deletion(self, kept: Trashed) -> None:
        """A delete in this window: Ctrl+Z can put it back until the window closes."""
        self.undo_stack.push(kept)

    def _show_undo(self) -> None:
        self.undo_action.setText(self.undo_stack.text())
        self.undo_action.setEnabled(self.undo_stack.can_undo())

    def undo(self) -> None:
        """Take back the newest deletion or merge made in this window (one per press)."""
        self.undo_stack.undo()

    def _after_restore(self, restored: Trashed) -> None:
        self.undo_stack.forget_gone_deletions()
        self.reload_all()
        if restored.kind == "account":
            self.accounts.select_account(restored.account_uuid)
        self.statusBar().showMessage(self.tr("Restored “{name}”.").format(name=isolate(restored.label)), 5000)

    def open_trash(self) -> None:
        from ui.dialogs.trash_dialog import TrashDialog

        dialog = TrashDialog(self)
        dialog.restored.connect(self._after_restore)
        dialog.changed.connect(self.undo_stack.forget_gone_deletions)
        dialog.exec()

    def import_contacts(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ui.dialogs.import_dialog import ImportDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts"), "", self.tr(
            "Contact lists (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)"))
        if path:
            dialog = ImportDialog(path, self)
            dialog.imported.connect(lambda _result: self.reload_all())
            dialog.exec()

    def export_contacts(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from services.exchange.exporter import export_accounts

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export contacts"), "rapport-contacts.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path:
            result = export_accounts(path)
            self.statusBar().showMessage(self.tr("Exported {n} rows to {file}.").format(n=result["rows"], file=path),
                                         5000)

    def exchange(self) -> None:
        from ui.dialogs.exchange_dialog import ExchangeDialog

        dialog = ExchangeDialog(self)
        dialog.merged.connect(lambda _report: self.reload_all())
        dialog.exec()

    def backup_now(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from services.book.backup import backup_now

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the database"), f"rapport-{stamp}.sqlite",
                                              self.tr("Rapport database (*.sqlite)"))
        if path:
            backup_now(Path(path))
            self.statusBar().showMessage(self.tr("Backed up to {file}.").format(file=path), 5000)

    def restore_backup(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        import models
        from services.book.backup import restore
        from services.book.encryption import known_passphrase
        from services.errors import UserError

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), str(self.book.file.parent),
                                              self.tr("Rapport database (*.sqlite)"))
        if not path:
            return
        answer = QMessageBox.question(self, self.tr("Restore a backup"), self.tr(
            "Replace the current data with {file}? The current database is kept beside it first.").format(file=path))
        if answer != QMessageBox.StandardButton.Yes:
            return
        models.close_database()
        try:
            kept = restore(Path(path), self.book, known_passphrase(self.book))  # a copy of the encrypted book
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Restore a backup"), str(exc))
            kept = None
        models.open_database(self.book, passphrase=known_passphrase(self.book))
        self.reload_all()
        if kept:
            QMessageBox.information(self, self.tr("Restore a backup"), self.tr(
                "Restored. The previous database was kept as {file}.").format(file=kept))

    def open_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog
        from ui.opening import switch_book

        dialog = SettingsDialog(self, book=self.book)
        if dialog.exec():
            self.reload_all()
        elif dialog.chosen_book is not None:
            switch_book(self, dialog.chosen_book)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Rapport"), self.tr(
            "<b>Rapport</b> — customer relationships for export firms.<br>Database: {db}").format(db=self.book))

    def _new_account(self) -> None:
        self.show_screen(self.accounts)
        self.accounts.new_account()

    def _find(self) -> None:
        self.show_screen(self.accounts)
        self.accounts.focus_search()

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.accounts.save_state()
        self.watch.timer.stop()  # a closed window no longer reloads its screens
        super().closeEvent(event)
