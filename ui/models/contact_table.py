"""Contacts of one account."""

from enum import IntEnum

from models.enums import Role
from services.accounts import messaging_of
from ui.labels import label
from ui.models.base import RowTableModel


class ContactCol(IntEnum):
    NAME = 0
    ROLE = 1
    TITLE = 2
    EMAIL = 3
    PHONE = 4
    MESSAGING = 5


class ContactTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Name"), self.tr("Role"), self.tr("Title"), self.tr("E-mail"), self.tr("Phone"),
                        self.tr("Messaging")]

    def display(self, c, column: int) -> str:
        col = ContactCol(column)
        if col == ContactCol.NAME:
            return c.name
        if col == ContactCol.ROLE:
            return label(Role, c.role)
        if col == ContactCol.TITLE:
            return c.title
        if col == ContactCol.EMAIL:
            return c.email
        if col == ContactCol.PHONE:
            return c.phone
        return ", ".join(f"{app}: {handle}" for app, handle in messaging_of(c).items())
