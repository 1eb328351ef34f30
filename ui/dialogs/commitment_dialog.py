"""Record a promise; before saving, warn when it is made lightly (the user may still save)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPlainTextEdit

from models.enums import Approval, CommitmentKind
from services import commitments, users
from services.accounts.rows import ContactRow
from services.commitments.rows import PromiseForm, promise_form
from ui.dialogs.form import FormDialog, combo, optional_date
from ui.labels import label
from ui.widgets.user_picker import manager_names


class CommitmentDialog(FormDialog):
    """A new promise, or edit one shown as a plain form (services.commitments.rows.promise_form)."""

    def __init__(self, account_uuid: str, contacts: list[ContactRow], people: list[str],
                 commitment: PromiseForm | None = None, parent=None, today: dt.date | None = None) -> None:
        super().__init__(self.tr("Edit promise") if commitment else self.tr("New promise"), parent)
        self._account_uuid = account_uuid
        self._commitment = commitment
        self.version = commitment.version if commitment else None
        self.today = today or dt.date.today()
        c = commitment
        title = self.add_field("title", self.tr("What was promised"), QLineEdit(c.title if c else ""))
        title.setPlaceholderText(self.tr("e.g. Year-end rebate of 3% on 2026 orders"))
        self.add_field("kind", self.tr("Kind"),
                       combo([(k.value, label(CommitmentKind, k)) for k in CommitmentKind], c.kind if c else None))
        self.add_field("contact_uuid", self.tr("To"), combo([("", self.tr("(the company)"))]
                                                            + [(x.uuid, x.name) for x in contacts],
                                                            c.contact_uuid if c else None))
        by = QComboBox()
        by.setEditable(True)
        by.addItems(people)
        me = users.current_user()
        by.setCurrentText(c.promised_by if c else (me.name if me else ""))
        self.add_field("promised_by", self.tr("Promised by"), by)
        self.add_field("promised_at", self.tr("Promised on"), optional_date(c.promised_at if c else self.today))
        due = optional_date(c.due_date if c else None)
        if not c:
            due.setDate(QDate(self.today.year, self.today.month, self.today.day).addDays(14))
        self.add_field("due_date", self.tr("Due"), due)
        self.add_field("approval", self.tr("Internal approval"),
                       combo([(a.value, label(Approval, a)) for a in Approval], c.approval if c else None))
        self.add_field("approver", self.tr("Approver"), manager_names(c.approver if c else ""))
        notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit(c.notes if c else ""))
        notes.setMaximumHeight(70)

    def value_of(self, name: str):
        widget = self.field(name)
        if isinstance(widget, QComboBox) and widget.isEditable():
            return widget.currentText()
        return super().value_of(name)

    def save(self, values: dict):
        if not self._commitment:
            warnings = commitments.promise_warnings(self._account_uuid, values, self.today)
            if warnings and not self.confirm(warnings):
                return None
        if self._commitment:
            return commitments.update_commitment(self._commitment.uuid, values, self.version)
        return commitments.create_commitment(self._account_uuid, values)

    def stored_record(self) -> PromiseForm:
        assert self._commitment is not None  # only an edit meets a colleague's save
        return promise_form(self._commitment.uuid)

    def confirm(self, warnings) -> bool:
        """Think before you promise: show every reason; the user decides."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Think before you promise"),
                          self.tr("Before you give your word:"), parent=self)
        box.setObjectName("promiseWarning")
        box.setInformativeText("\n".join(f"• {w.message}" for w in warnings))
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is save
