"""The questions and the edit dialog a promise gets from any list (the Commitments screen, an account's tab)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from services import commitments
from services.accounts.trash import Trashed
from services.commitments.rows import PromiseRow, promise_form
from services.errors import UserError
from services.text import isolate


def cancel_promise(parent: QWidget, c: PromiseRow, today: dt.date | None = None) -> bool:
    """Ask, then cancel an open promise that no longer applies; it counts neither kept nor broken."""
    title = QCoreApplication.translate("Commitments", "Cancel promise")
    question = QCoreApplication.translate(
        "Commitments", "Cancel '{title}' to {account}? Use this when the promise no longer applies — the "
        "customer withdrew the request, or a new promise replaces it. It counts neither as kept nor as broken.")
    answer = QMessageBox.question(parent, title, question.format(title=isolate(c.title), account=isolate(c.account)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        commitments.cancel(c.uuid, today)
    except UserError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return False
    return True


def delete_promise(parent: QWidget, c: PromiseRow) -> Trashed | None:
    """Ask, then delete a promise entered by mistake (it leaves the trust record); what went to the Trash."""
    question = QCoreApplication.translate(
        "Commitments", "Delete '{title}'? Only for a promise entered by mistake: it disappears from the trust "
        "record and goes to the Trash (File menu) for 30 days. A promise that no longer applies is better "
        "cancelled.")
    answer = QMessageBox.question(parent, QCoreApplication.translate("Commitments", "Delete promise"),
                                  question.format(title=isolate(c.title)))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return commitments.delete_commitment(c.uuid)


def edit_promise(parent: QWidget, c: PromiseRow) -> bool:
    """Open the promise in its dialog; whether it was saved."""
    from services import accounts
    from ui.dialogs.commitment_dialog import CommitmentDialog

    dialog = CommitmentDialog(c.account_uuid, accounts.contact_rows_of(c.account_uuid), commitments.people(),
                              commitment=promise_form(c.uuid), parent=parent)
    return bool(dialog.exec())
