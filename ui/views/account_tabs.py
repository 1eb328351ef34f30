"""Tabs of the account pane that belong to other features: next touches, and promises with the trust record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from ui.models.commitment_table import CommitmentTableModel
from ui.models.touch_table import TouchTableModel
from ui.widgets.tables import make_table, row_menu


class NextTouchesTab(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = TouchTableModel(self, with_customer=False)
        self.today: dt.date | None = None  # None: the real today (tests pin it)
        self.view = make_table(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_account(self, account_uuid: str | None) -> None:
        from services import cadence  # imported when an account is first shown, not at start-up

        self.model.today = self.today
        self.model.set_rows(cadence.next_touches(account_uuid, self.today) if account_uuid else [])
        self.view.resizeColumnsToContents()


class PromisesTab(QWidget):
    changed = Signal()
    trashed = Signal(object)  # what a delete put in the Trash (services.accounts.trash.Trashed), for undo

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._account_uuid: str | None = None
        self.trust = QLabel()
        self.trust.setObjectName("trustRecord")
        self.new_button = QPushButton(self.tr("New promise…"))
        self.new_button.clicked.connect(self.new_promise)
        top = QHBoxLayout()
        top.addWidget(self.trust, 1)
        top.addWidget(self.new_button)
        self.model = CommitmentTableModel(self)
        self.view = make_table(self.model)
        self.view.doubleClicked.connect(self.edit_promise)
        row_menu(self.view, self.promise_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def set_account(self, account_uuid: str | None) -> None:
        from services import commitments
        from services.commitments.rows import promise_rows_of
        from ui.views.commitments import trust_text

        self._account_uuid = account_uuid
        if account_uuid is None:
            self.model.set_rows([])
            self.trust.clear()
            return
        self.model.set_rows(promise_rows_of(account_uuid))
        self.view.resizeColumnsToContents()
        self.trust.setText(trust_text(commitments.account_trust(account_uuid)))

    def new_promise(self) -> None:
        from services import accounts, commitments
        from ui.dialogs.commitment_dialog import CommitmentDialog

        if not self._account_uuid:
            return
        dialog = CommitmentDialog(self._account_uuid, accounts.contact_rows_of(self._account_uuid),
                                  commitments.people(), parent=self)
        if dialog.exec():
            self.set_account(self._account_uuid)
            self.changed.emit()

    def _done(self, happened: bool) -> None:
        if happened:
            self.set_account(self._account_uuid)
            self.changed.emit()

    def edit_promise(self, index) -> None:
        from ui.dialogs.promise_dialogs import edit_promise

        self._done(edit_promise(self, self.model.row_at(index.row())))

    def promise_menu(self, index) -> QMenu:
        from ui.dialogs.promise_dialogs import cancel_promise

        c = self.model.row_at(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_promise(index))
        menu.addSeparator()
        if c.status == "open":
            menu.addAction(self.tr("Cancel promise…"), lambda: self._done(cancel_promise(self, c)))
        menu.addAction(self.tr("Delete (entered by mistake)…"), lambda: self._delete(c))
        return menu

    def _delete(self, c) -> None:
        from ui.dialogs.promise_dialogs import delete_promise

        kept = delete_promise(self, c)
        if kept is not None:
            self.trashed.emit(kept)
            self._done(True)
