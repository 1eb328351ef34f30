"""Add or edit one of the firm's users: name, initials and role."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from models.enums import UserRole
from services import users
from ui.dialogs.form import FormDialog, combo
from ui.labels import label


class UserDialog(FormDialog):
    """A new user, or edit one; result_record is the saved services.users.UserRow."""

    def __init__(self, user: users.UserRow | None = None, name: str = "", parent=None) -> None:
        super().__init__(self.tr("Edit user") if user else self.tr("New user"), parent)
        self._user = user
        typed = self.add_field("name", self.tr("Name"), QLineEdit(user.name if user else name))
        initials = self.add_field("initials", self.tr("Initials"), QLineEdit(user.initials if user else ""))
        initials.setPlaceholderText(self.tr("From the name when left empty"))
        self.add_field("role", self.tr("Role"), combo([(r.value, label(UserRole, r)) for r in UserRole],
                                                      user.role if user else UserRole.SALES.value))
        typed.setFocus()

    def save(self, values: dict) -> users.UserRow:
        if self._user:
            return users.edit_user(self._user.uuid, values)
        return users.add_user(values)
