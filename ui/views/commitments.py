"""The Commitments screen: open promises by risk, filters, and the actions that keep our word."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import Approval
from services import commitments, users
from services.commitments.rows import open_promise_rows
from services.errors import UserError, ValidationError
from services.text import isolate
from ui.dialogs.promise_dialogs import cancel_promise, delete_promise, edit_promise
from ui.labels import label
from ui.models.commitment_table import CommitmentTableModel
from ui.widgets.lazy import LoadWhenShown
from ui.widgets.tables import make_table, row_menu
from ui.widgets.user_picker import ScopePicker, manager_names


def trust_text(record) -> str:
    return QCoreApplication.translate("Commitments", "Kept on time {kept} · late {late} · broken {broken} · "
                                      "open {open}").format(**record.as_dict())


class CommitmentsView(LoadWhenShown, QWidget):
    open_account = Signal(str)
    changed = Signal()
    trashed = Signal(object)  # what a delete put in the Trash (services.accounts.trash.Trashed), for undo

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today: dt.date | None = None
        self.person = ScopePicker(self)  # whose promises: read again from the database when changed
        self.account = QComboBox()
        self.level = QComboBox()
        self.level.addItem(self.tr("All open promises"), "")
        self.level.addItem(self.tr("At risk (any level)"), "any")
        for code, text in (("high", self.tr("High risk")), ("medium", self.tr("Medium risk")),
                           ("low", self.tr("Low risk"))):
            self.level.addItem(text, code)
        self.person.scopeChanged.connect(lambda _scope: self.refresh())
        for box in (self.account, self.level):
            box.currentIndexChanged.connect(self._apply_filters)
        filters = QHBoxLayout()
        for text, box in ((self.tr("Person"), self.person), (self.tr("Account"), self.account),
                          (self.tr("Risk"), self.level)):
            filters.addWidget(QLabel(text))
            filters.addWidget(box, 1)
        self.model = CommitmentTableModel(self)
        self.table = make_table(self.model)
        self.table.setObjectName("commitmentTable")
        self.table.doubleClicked.connect(lambda i: self.open_account.emit(self.model.row_at(i.row()).account_uuid))
        self.kept_button = QPushButton(self.tr("Mark kept"))
        self.broken_button = QPushButton(self.tr("Mark broken"))
        self.move_button = QPushButton(self.tr("Reschedule…"))
        self.approval_button = QPushButton(self.tr("Approval decision…"))
        self.cancel_button = QPushButton(self.tr("Cancel promise…"))
        self.cancel_button.setToolTip(self.tr("The promise no longer applies: it counts neither kept nor broken"))
        self.cancel_button.clicked.connect(self._cancel)
        row_menu(self.table, self.promise_menu)
        self.kept_button.clicked.connect(lambda: self._act(lambda c: commitments.mark_kept(c.uuid, self._today())))
        self.broken_button.clicked.connect(self._broken)
        self.move_button.clicked.connect(self._reschedule)
        self.approval_button.clicked.connect(self._approval)
        actions = QHBoxLayout()
        for b in (self.kept_button, self.broken_button, self.move_button, self.approval_button, self.cancel_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.trust_label = QLabel()
        self.trust_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.trust_label)
        self._rows: list = []

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def reload(self) -> None:
        self.person.reload()
        self.request_reload()

    def refresh(self) -> None:
        self._rows = open_promise_rows(self._today(), made_by=users.scope_owner_id(self.person.scope()))
        box = self.account
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All accounts"), "")
        for v in sorted({c.account for c in self._rows}):
            box.addItem(v, v)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)
        self._apply_filters()
        people = commitments.trust().people
        self.trust_label.setText(self.tr("Trust record by person: ") + "; ".join(
            f"{isolate(name)}: {trust_text(r)}" for name, r in sorted(people.items())))

    def _apply_filters(self) -> None:
        account, level = self.account.currentData(), self.level.currentData()
        rows = [c for c in self._rows
                if (not account or c.account == account)
                and (not level or (c.level is not None and (level == "any" or c.level == level)))]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Commitments"), self.tr("Select a promise first."))
            return None
        return self.model.row_at(rows[0].row())

    def _act(self, action) -> None:
        c = self.selected()
        if c is None:
            return
        try:
            action(c)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Commitments"), str(exc))
            return
        self.reload()
        self.changed.emit()

    def _broken(self) -> None:
        c = self.selected()
        if c and QMessageBox.question(self, self.tr("Mark broken"), self.tr(
                "Mark '{title}' as broken? It counts against the trust record of {account} and {person}.").format(
                title=c.title, account=c.account, person=c.promised_by or "-")) == QMessageBox.StandardButton.Yes:
            self._act(lambda x: commitments.mark_broken(x.uuid, self._today()))

    def _done(self, happened: bool) -> None:
        if happened:
            self.reload()
            self.changed.emit()

    def _cancel(self) -> None:
        c = self.selected()
        if c is not None:
            self._done(cancel_promise(self, c, self._today()))

    def promise_menu(self, index) -> QMenu:
        c = self.model.row_at(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Open the account"), lambda: self.open_account.emit(c.account_uuid))
        menu.addAction(self.tr("Edit…"), lambda: self._done(edit_promise(self, c)))
        menu.addSeparator()
        menu.addAction(self.tr("Cancel promise…"), lambda: self._done(cancel_promise(self, c, self._today())))
        menu.addAction(self.tr("Delete (entered by mistake)…"), lambda: self._delete(c))
        return menu

    def _delete(self, c) -> None:
        kept = delete_promise(self, c)
        if kept is not None:
            self.trashed.emit(kept)
            self._done(True)

    def _small_dialog(self, title: str, rows: list[tuple[str, QWidget]]) -> bool:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        form = QFormLayout(dialog)
        for text, widget in rows:
            form.addRow(text, widget)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        form.addRow(box)
        return bool(dialog.exec())

    def _reschedule(self) -> None:
        c = self.selected()
        if c is None:
            return
        day = QDateEdit(QDate(c.due_date.year, c.due_date.month, c.due_date.day).addDays(7))
        day.setCalendarPopup(True)
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("Why the date moves (the customer will ask)"))
        if self._small_dialog(self.tr("Reschedule promise"), [(self.tr("New due date"), day),
                                                               (self.tr("Reason"), reason)]):
            self._act(lambda x: self._validated(lambda: commitments.reschedule(x.uuid, day.date().toPython(),
                                                                               reason.text())))

    def _approval(self) -> None:
        c = self.selected()
        if c is None:
            return
        decision = QComboBox()
        for a in (Approval.APPROVED, Approval.REJECTED, Approval.PENDING, Approval.NOT_NEEDED):
            decision.addItem(label(Approval, a), a.value)
        approver = manager_names(c.approver)  # only a manager decides (services.commitments says so)
        if self._small_dialog(self.tr("Approval decision"), [(self.tr("Decision"), decision),
                                                              (self.tr("Approver"), approver)]):
            self._act(lambda x: commitments.record_approval(x.uuid, decision.currentData(), approver.currentText(),
                                                            self._today()))

    def _validated(self, action):
        try:
            return action()
        except ValidationError as exc:
            raise UserError("; ".join(str(message) for message in exc.errors.values())) from exc
