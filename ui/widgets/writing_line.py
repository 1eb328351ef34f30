"""The "Write:" line under an account's contacts: how to open and close a letter to the chosen person, copyable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from services.countries import Salutation, salutation, writing_of
from services.text import isolate
from ui.i18n import current_lang


class WritingLine(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._found: Salutation | None = None
        self.local = QLabel()
        self.local.setObjectName("writingLocal")
        self.english = QLabel()
        self.english.setObjectName("writingEnglish")
        for label in (self.local, self.english):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the salutation and sign-off as the start of an e-mail"))
        self.copy_button.clicked.connect(self.copy)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(self.local, 0, 0)
        grid.addWidget(self.copy_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.english, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def set_contact(self, country: str | None, contact) -> None:
        """Show the forms for contact (a ContactRow, or None for the template) at a customer in country."""
        if country is None:
            self._found = None
            for label in (self.local, self.english):
                label.clear()
                label.setToolTip("")
            return
        found = self._found = salutation(country, contact)
        self.local.setText(self.tr("Write: {line}").format(line=isolate(found.line())))
        in_english = found.english_line()
        self.english.setVisible(found.language != "en")
        self.english.setText(self.tr("In English: {line}").format(line=isolate(in_english)))
        # The market's note (how names are ordered, which part is used) is a hover away: the pane is narrow.
        note = writing_of(country).notes.get("zh" if current_lang() == "zh" else "en", "")
        for label in (self.local, self.english):
            label.setToolTip(note)

    def email_start(self) -> str:
        """What Copy puts on the clipboard: the salutation, its opening line, room to write, and the sign-off."""
        if self._found is None:
            return ""
        found = self._found
        opening = f"{found.local_opening}\n" if found.local_opening else ""
        return f"{found.local}\n{opening}\n\n{found.local_sign_off}\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.email_start())
