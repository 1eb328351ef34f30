"""Settings › Firm › Users: the firm's users, added, edited and deactivated at once (they are the book's, shared)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import UserRole
from services import users
from services.errors import UserError
from ui.dialogs.user_dialog import UserDialog
from ui.labels import label


class UsersPage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        note = QLabel(self.tr("Everyone who uses this book. Accounts have an owner and promises are made by a user; "
                              "only a manager can approve or reject a promise. Changes here are saved at once."))
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.off_button = QPushButton(self.tr("Deactivate"))
        self.off_button.setToolTip(self.tr("Someone who left: kept on their records, no longer offered"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.off_button.clicked.connect(self.deactivate)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.off_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for user in users.list_users():
            item = QListWidgetItem(f"{user.initials}  {user.name} ({label(UserRole, user.role)})")
            item.setData(Qt.ItemDataRole.UserRole, user)
            self.list.addItem(item)

    def _selected(self) -> users.UserRow | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def add(self) -> None:
        if UserDialog(parent=self).exec() == QDialog.DialogCode.Accepted:
            self.fill()

    def edit(self) -> None:
        user = self._selected()
        if user is not None and UserDialog(user, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.fill()

    def deactivate(self) -> None:
        user = self._selected()
        if user is None:
            return
        try:
            users.deactivate(user.uuid)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Users"), str(exc))
        self.fill()
