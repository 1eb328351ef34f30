"""The encrypted book's passphrase: asked for when it opens, chosen to encrypt it, given to decrypt or change it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from models.address import AddressLike
from services.book import encryption
from services.errors import ValidationError
from ui.dialogs.form import FormDialog

# Which fields a dialog shows: the passphrase the book has now, a new one (typed twice).
CURRENT, NEW = "current", "new"


class PassphraseDialog(FormDialog):
    """Passphrase fields, checked here (the repeat matches, the current one opens the book) before it closes."""

    def __init__(self, title: str, intro: str, book: AddressLike, fields: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.book = book
        label = QLabel(intro)
        label.setWordWrap(True)
        self.form.insertRow(0, label)
        if CURRENT in fields:
            self.add_field(CURRENT, self.tr("Passphrase") if NEW not in fields else self.tr("Current passphrase"),
                           _secret())
        if NEW in fields:
            self.add_field(NEW, self.tr("New passphrase"), _secret())
            self.add_field("repeat", self.tr("Repeat it"), _secret())
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setToolTip(self.tr("Keep the passphrase in this computer's keyring, so the book opens "
                                         "without asking. Anyone who can log in as you can then open it."))
        self.form.addRow("", self.remember)
        self.field(fields[0]).setFocus()

    def name_action(self, text: str) -> None:
        """The button that goes ahead says what it does (Open, Encrypt …), not Save."""
        self.buttons.button(self.buttons.StandardButton.Save).setText(text)

    def save(self, values: dict):
        errors = {}
        if CURRENT in values and not encryption.passphrase_opens(self.book, values[CURRENT]):
            errors[CURRENT] = self.tr("This passphrase does not open the book. Check it (and Caps Lock) and try "
                                      "again.")
        if NEW in values and not values[NEW].strip():
            errors[NEW] = self.tr("Choose a passphrase: without it the book cannot be opened.")
        elif NEW in values and values[NEW] != values["repeat"]:
            errors["repeat"] = self.tr("The two passphrases differ. Type the same one twice.")
        if errors:
            raise ValidationError(errors)
        return values


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def ask_passphrase(book: AddressLike, parent: QWidget | None = None) -> bool:
    """Ask for the encrypted book's passphrase until it is right; keep it (in the keyring if asked).

    False: the user gave up (the book stays closed)."""
    intro = QCoreApplication.translate("PassphraseDialog",
                                       "The book {file} is encrypted. Type its passphrase to open it.")
    dialog = PassphraseDialog(QCoreApplication.translate("PassphraseDialog", "Encrypted book"),
                              intro.format(file=encryption.sqlite_file(book).name), book, (CURRENT,), parent)
    dialog.name_action(QCoreApplication.translate("PassphraseDialog", "Open the book"))
    if not dialog.exec():
        return False
    encryption.remember(book, dialog.result_record[CURRENT], dialog.remember.isChecked())
    return True
