"""Contacts of one account; phones shown in international form, impossible numbers flagged."""

from enum import IntEnum

from PySide6.QtGui import QColor

from models.enums import Role
from services.accounts.phones import PhoneInfo, parse_phone
from services.accounts.rows import ContactRow
from ui.labels import label
from ui.models.base import RowTableModel

FLAG_COLOUR = QColor("#c62828")


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
        self._region = ""
        self._phones: dict[str, PhoneInfo] = {}

    def set_region(self, country: str) -> None:
        """The account's country: numbers typed without a country code are read as its numbers."""
        self._region = country
        self._phones.clear()

    def phone_info(self, c: ContactRow) -> PhoneInfo:
        if c.phone not in self._phones:
            self._phones[c.phone] = parse_phone(c.phone, self._region)
        return self._phones[c.phone]

    def impossible_phone(self, c: ContactRow) -> bool:
        return bool(c.phone) and not self.phone_info(c).possible

    def display(self, c: ContactRow, column: int) -> str:
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
            if self.impossible_phone(c):
                return f"⚠ {c.phone}"
            return self.phone_info(c).international or c.phone
        return ", ".join(f"{app}: {handle}" for app, handle in c.messaging.items())

    def tooltip(self, c: ContactRow, column: int):
        if column == ContactCol.PHONE and c.phone:
            if self.impossible_phone(c):
                return self.tr("This number cannot be dialled: it is too short or too long for its country. "
                               "Check it (typed: {typed}).").format(typed=c.phone)
            if not self.phone_info(c).valid:
                return self.tr("{number}: the right length, but not a number in use in its country.").format(
                    number=self.phone_info(c).international)
            return self.tr("Typed as {typed}").format(typed=c.phone)
        return super().tooltip(c, column)

    def foreground(self, c: ContactRow, column: int):
        return FLAG_COLOUR if column == ContactCol.PHONE and self.impossible_phone(c) else None
