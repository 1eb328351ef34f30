"""Pickers of the firm's users: one user (an owner, who made a promise, a manager) and whose records a list shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from models.enums import UserRole
from services import users


def user_combo(current: str = "", nobody: bool = False, role: UserRole | None = None) -> QComboBox:
    """The active users (of one role if given) by name, each item's data its uuid; nobody: a first "(nobody)" item
    (data ""). A current user who was deactivated is still shown, so an edit keeps them."""
    box = QComboBox()
    if nobody:
        box.addItem(QCoreApplication.translate("UserPicker", "(nobody)"), "")
    shown = users.list_users(role=role)
    if current and current not in {u.uuid for u in shown}:
        shown += [u for u in users.list_users(include_inactive=True) if u.uuid == current]
    for user in shown:
        box.addItem(user.name, user.uuid)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def manager_names(current: str = "") -> QComboBox:
    """The managers' names to pick who approves; editable, as a pending approval may name someone else (the board)."""
    box = QComboBox()
    box.setEditable(True)
    box.addItems([u.name for u in users.list_users(role=UserRole.MANAGER)])
    box.setCurrentText(current)
    return box


class ScopePicker(QComboBox):
    """Mine / a colleague's / everyone's: scopeChanged gives the services.users scope the list should show."""

    scopeChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopePicker")
        self.setToolTip(self.tr("Whose accounts and promises to show"))
        self.reload()
        self.currentIndexChanged.connect(lambda _i: self.scopeChanged.emit(self.scope()))

    def reload(self) -> None:
        """The book's users again (the current user may have changed), keeping the choice when it still exists."""
        kept = self.scope() if self.count() else users.default_scope()
        self.blockSignals(True)
        self.clear()
        me = users.current_user()
        if me is not None:
            self.addItem(self.tr("Mine"), users.MINE)
        for user in users.list_users():
            if me is None or user.uuid != me.uuid:
                self.addItem(user.name, user.uuid)
        self.addItem(self.tr("Everyone"), users.EVERYONE)
        found = self.findData(kept)
        self.setCurrentIndex(found if found >= 0 else self.findData(users.EVERYONE))
        if self.parent() is not None:  # a one-person book has nobody else's records: the picker would only clutter
            self.setVisible(self.count() > 2)
        self.blockSignals(False)

    def scope(self) -> str:
        return self.currentData() or users.EVERYONE
