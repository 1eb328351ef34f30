"""The right-hand pane: one account's fields, local clock, contacts, timeline and actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.enums import Channel, Priority, Purpose, Stage
from services import accounts
from services.countries import get_country
from services.text import isolate
from ui.i18n import current_lang
from ui.labels import day_time, label
from ui.models.contact_table import ContactTableModel
from ui.models.interaction_table import InteractionCol, InteractionTableModel
from ui.widgets.local_clock import LocalClock
from ui.widgets.tables import make_table, row_menu
from ui.widgets.writing_line import WritingLine


class AccountPane(QWidget):
    changed = Signal()               # something was saved; lists should reload
    deleted = Signal(str)            # account uuid
    trashed = Signal(object)         # what a delete put in the Trash (services.accounts.trash.Trashed), for undo
    brief_requested = Signal(str)    # account uuid

    def __init__(self, country_names: list[str], parent=None) -> None:
        super().__init__(parent)
        self._country_names = country_names
        self._account: accounts.AccountDetails | None = None
        self._extra_tabs: list = []

        self.title = QLabel()
        self.title.setObjectName("accountTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.clock = LocalClock()
        self.overview = QLabel()
        self.overview.setObjectName("overview")
        self.overview.setWordWrap(True)

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.brief_button = QPushButton(self.tr("Brief"))
        self.brief_button.setToolTip(self.tr("Printable PDF brief for a meeting"))
        self.add_contact_button = QPushButton(self.tr("Add contact…"))
        self.log_button = QPushButton(self.tr("Log interaction…"))
        for b, slot in ((self.edit_button, self.edit_account), (self.delete_button, self.delete_account),
                        (self.brief_button, self._ask_brief), (self.add_contact_button, self.add_contact),
                        (self.log_button, self.log_interaction)):
            b.clicked.connect(slot)
        actions = QHBoxLayout()
        for b in (self.log_button, self.add_contact_button, self.edit_button, self.brief_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        self.contacts_model = ContactTableModel(self)
        self.contacts_view = make_table(self.contacts_model)
        self.contacts_view.doubleClicked.connect(self.edit_contact)
        row_menu(self.contacts_view, self.contact_menu)
        self.writing = WritingLine()  # under the tabs while Contacts is shown: follows the selected contact
        self.contacts_view.selectionModel().selectionChanged.connect(self._show_writing)
        self.timeline_model = InteractionTableModel(self)
        self.timeline_view = make_table(self.timeline_model)
        self.timeline_view.doubleClicked.connect(self.edit_interaction)
        row_menu(self.timeline_view, self.timeline_menu)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.contacts_view, self.tr("Contacts"))
        self.tabs.addTab(self.timeline_view, self.tr("Timeline"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.currentChanged.connect(lambda _i: self.writing.setVisible(self.tabs.currentWidget() is
                                                                            self.contacts_view))

        self.empty = QLabel(self.tr("Select an account on the left, or press Ctrl+N to add one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addWidget(self.clock)
        body.addWidget(self.overview)
        body.addLayout(actions)
        body.addWidget(self.tabs, 1)
        body.addWidget(self.writing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self.show_account(None)

    def add_tab(self, widget, title: str) -> None:
        """Other features (next touches, promises) add their own tab; it gets set_account(uuid)."""
        self._extra_tabs.append(widget)
        self.tabs.insertTab(self.tabs.count() - 1, widget, title)

    def account_uuid(self) -> str | None:
        return self._account.uuid if self._account else None

    def show_account(self, account_uuid: str | None) -> None:
        self._account = accounts.account_details(account_uuid) if account_uuid else None
        a = self._account
        self.empty.setVisible(a is None)
        self.body.setVisible(a is not None)
        self.clock.set_account(a)
        if a is None:
            self.contacts_model.set_rows([])
            self.timeline_model.set_rows([])
            self.writing.set_contact(None, None)
            for tab in self._extra_tabs:
                tab.set_account(None)
            return
        country = get_country(a.country).name(current_lang()) if a.country else self.tr("Country unknown")
        self.title.setText(a.name)
        parts = [country, a.city, label(Stage, a.stage),
                 self.tr("priority: {p}").format(p=label(Priority, a.priority))]
        if a.source:
            parts.append(self.tr("source: {s}").format(s=a.source))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.contacts_model.set_region(a.country)
        self.contacts_model.set_rows(accounts.contact_rows_of(a.uuid))
        self._show_writing()
        self.timeline_model.set_rows(accounts.interaction_rows_of(a.uuid, limit=500))
        self.contacts_view.resizeColumnsToContents()
        self.timeline_view.resizeColumnsToContents()
        self.notes.setPlainText(a.notes + (f"\n\n{self.tr('Tags')}: {a.tags}" if a.tags else ""))
        for tab in self._extra_tabs:
            tab.set_account(a.uuid)
        self.overview.setText(self._overview(a.uuid))

    def _overview(self, account_uuid: str) -> str:
        """One line a salesperson reads first: the next touch and the state of our promises."""
        from services import cadence, commitments

        parts = []
        upcoming = cadence.next_touches(account_uuid, count=1)
        if upcoming:
            t = upcoming[0]
            parts.append(self.tr("Next: {when} their time — {purpose}").format(
                when=day_time(t.due_local, with_date=True), purpose=label(Purpose, t.purpose)))
        record = commitments.account_trust(account_uuid)
        at_risk = len(commitments.risks(account_uuid=account_uuid))
        if record.open or record.closed:
            parts.append(self.tr("Promises: {open} open, {risk} at risk; kept {kept}, late {late}, broken {broken}")
                         .format(open=record.open, risk=at_risk, kept=record.kept, late=record.late,
                                 broken=record.broken))
        return " · ".join(parts)

    def _show_writing(self, *_selection) -> None:
        """The salutation for the selected contact, else the first one, else the market's template."""
        if self._account is None:
            return
        rows = self.contacts_view.selectionModel().selectedRows()
        people = self.contacts_model.rows()
        person = self.contacts_model.row_at(rows[0].row()) if rows else (people[0] if people else None)
        self.writing.set_contact(self._account.country, person)

    def refresh(self) -> None:
        self.show_account(self.account_uuid())

    # ------------------------------------------------------------ actions

    def _after_save(self) -> None:
        self.refresh()
        self.changed.emit()

    def edit_account(self) -> None:
        from ui.dialogs.account_dialog import AccountDialog

        if self._account and AccountDialog(self._country_names, self._account, self).exec():
            self._after_save()

    def delete_account(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not self._account:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete account"),
            self.tr("Delete {name} with its contacts, interactions and promises? They go to the Trash (File menu) "
                    "for 30 days; Ctrl+Z brings them back.").format(name=isolate(self._account.name)))
        if answer == QMessageBox.StandardButton.Yes:
            uuid = self._account.uuid
            kept = accounts.delete_account(uuid)
            self.show_account(None)
            self.deleted.emit(uuid)
            self.trashed.emit(kept)
            self.changed.emit()

    def add_contact(self) -> None:
        from ui.dialogs.contact_dialog import ContactDialog

        if self._account and ContactDialog(self._account.uuid, parent=self).exec():
            self._after_save()

    def edit_contact(self, index) -> None:
        from ui.dialogs.contact_dialog import ContactDialog

        contact = self.contacts_model.row_at(index.row())
        if ContactDialog(self._account.uuid, contact, self).exec():
            self._after_save()

    @staticmethod
    def _selected_in(view, model):
        """The row selected in view when it has the keyboard focus (what the Delete key acts on), else None."""
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return model.row_at(rows[0].row()) if rows and view.hasFocus() else None

    def delete_selected_contact(self) -> bool:
        contact = self._selected_in(self.contacts_view, self.contacts_model)
        if contact is None:
            return False
        self.delete_contact(contact)
        return True

    def delete_contact(self, contact) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, self.tr("Delete contact"), self.tr(
            "Delete the contact {name}? The contact goes to the Trash (File menu) for 30 days.").format(
            name=contact.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.trashed.emit(accounts.delete_contact(contact.uuid))
            self._after_save()

    def contact_menu(self, index):
        from PySide6.QtWidgets import QMenu

        contact = self.contacts_model.row_at(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_contact(index))
        menu.addAction(self.tr("Export everything about this person…"), lambda: self.export_contact(contact))
        menu.addAction(self.tr("Forget this person…"), lambda: self.forget_contact(contact))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_contact(contact))
        return menu

    def delete_selected_interaction(self) -> bool:
        item = self._selected_in(self.timeline_view, self.timeline_model)
        if item is None:
            return False
        self.delete_interaction(item)
        return True

    def delete_interaction(self, item) -> None:
        from PySide6.QtWidgets import QMessageBox

        summary = " ".join(item.summary.split())
        answer = QMessageBox.question(self, self.tr("Delete interaction"), self.tr(
            "Delete the {channel} of {when}{summary}? The next touches are planned again without it; it goes to "
            "the Trash (File menu) for 30 days.").format(
            channel=label(Channel, item.channel).lower(),
            when=self.timeline_model.display(item, InteractionCol.WHEN),
            summary=f" ({summary[:80]}{'…' if len(summary) > 80 else ''})" if summary else ""))
        if answer == QMessageBox.StandardButton.Yes:
            self.trashed.emit(accounts.delete_interaction(item.uuid))
            self._after_save()

    def timeline_menu(self, index):
        from PySide6.QtWidgets import QMenu

        item = self.timeline_model.row_at(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_interaction(index))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_interaction(item))
        return menu

    def export_contact(self, contact, path: str | None = None) -> None:
        """A GDPR-minded request: everything held about one person, as a JSON file."""
        from PySide6.QtWidgets import QFileDialog

        from services.book.privacy import export_contact_data

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export personal data"), f"{contact.name}.json",
                                                  self.tr("JSON (*.json)"))
        if path:
            export_contact_data(contact.uuid, path)

    def forget_contact(self, contact) -> None:
        from PySide6.QtWidgets import QMessageBox

        from services.book.privacy import backups_holding, forget_contact, purge_backups

        answer = QMessageBox.question(self, self.tr("Forget this person"), self.tr(
            "Remove {name}'s personal data (name, e-mail, phone, messaging, birthday, notes and what the "
            "interactions say) here and in the Trash, and take their name out of this account's promises and "
            "notes? The interactions stay as anonymous counts. Copies that merge a bundle from this one forget "
            "{name} too. This cannot be undone.").format(name=isolate(contact.name)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        book = getattr(self.window(), "book", None)
        held = backups_holding(book, contact.uuid) if book else []
        forget_contact(contact.uuid)
        self._after_save()
        if held and QMessageBox.question(self, self.tr("Forget this person"), self.tr(
                "Automatic backups taken while {name} was in the book still hold their data: {n}. Delete them? "
                "A fresh backup without {name} is taken at once; older backups are kept.").format(
                n=len(held), name=contact.name)) == QMessageBox.StandardButton.Yes:
            purge_backups(book, contact.uuid)

    def log_interaction(self, preset: dict | None = None) -> bool:
        from ui.dialogs.interaction_dialog import InteractionDialog

        if not self._account:
            return False
        dialog = InteractionDialog(self._account.uuid, self.contacts_model.rows(),
                                   preset=preset if isinstance(preset, dict) else None, parent=self)
        if dialog.exec():
            self._after_save()
            return True
        return False

    def edit_interaction(self, index) -> None:
        from ui.dialogs.interaction_dialog import InteractionDialog

        item = self.timeline_model.row_at(index.row())
        if InteractionDialog(self._account.uuid, self.contacts_model.rows(), item, parent=self).exec():
            self._after_save()

    def _ask_brief(self) -> None:
        if self._account:
            self.brief_requested.emit(self._account.uuid)
