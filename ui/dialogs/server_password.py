"""The office database refused the login: ask for the password (and whether to keep it in the keyring)."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from models.address import BookAddress
from services.book.server import keep_password
from services.errors import UserError

log = logging.getLogger("rapport")


class ServerPasswordDialog(QDialog):
    def __init__(self, book: BookAddress, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(self.tr("Office database password"))
        self.setMinimumWidth(460)
        why = QLabel(problem)
        why.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(why)
        form.addRow(self.tr("Password for {book}").format(book=book), self.password)
        form.addRow("", self.remember)
        form.addRow(buttons)

    def answered(self) -> BookAddress | None:
        """The address with the password typed, or None when the user cancelled. Remembering is attempted only
        here, before the password has been tried: a wrong one kept is asked for again at the next refusal."""
        if not self.exec():
            return None
        book = replace(self.book, password=self.password.text())
        if self.remember.isChecked():
            try:
                keep_password(book, book.password)
            except UserError as exc:  # no keyring: the password still serves this session
                log.warning("%s", exc)
        return book
