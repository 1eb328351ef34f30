"""Who is using Rapport on this computer: asked on the first start with a book of several users."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from models.enums import UserRole
from services import users
from ui.dialogs.user_dialog import UserDialog
from ui.labels import label


class UserChooser(QDialog):
    """The book's users to pick from, and "New user…"; choosing remembers the user for this book here."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("userChooser")
        self.setWindowTitle(self.tr("Who are you?"))
        intro = QLabel(self.tr("Several people use this book. Choose your name: your accounts, promises and "
                               "reminders are shown first, and your changes carry your name. You can change "
                               "this later in Settings."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.new_button = buttons.addButton(self.tr("New user…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.clicked.connect(self.add_user)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self, chosen: str = "") -> None:
        self.list.clear()
        for user in users.list_users():
            item = QListWidgetItem(f"{user.name} ({label(UserRole, user.role)})")
            item.setData(Qt.ItemDataRole.UserRole, user.uuid)
            self.list.addItem(item)
            if user.uuid == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def add_user(self) -> None:
        dialog = UserDialog(name=getpass.getuser() if not self.list.count() else "", parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill(dialog.result_record.uuid)

    def chosen_uuid(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def accept(self) -> None:
        uuid = self.chosen_uuid()
        if uuid:
            users.choose(uuid)
        super().accept()


def choose_user_at_start(parent=None) -> None:
    """The user this window runs as. A book without users gets one named after the computer's login (a manager:
    one person decides their own approvals) without asking; a book of several asks once per computer; otherwise
    the remembered or only user."""
    found = users.current_user()
    if found is None and not users.list_users(include_inactive=True):
        found = users.add_user({"name": getpass.getuser() or "me", "role": UserRole.MANAGER.value})
    if found is not None:
        users.choose(found.uuid)
    else:
        UserChooser(parent).exec()
