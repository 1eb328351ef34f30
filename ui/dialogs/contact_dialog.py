"""Add or edit a contact of an account."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from models.enums import Role
from services import accounts
from services.accounts.rows import ContactRow
from ui.dialogs.form import FormDialog, combo, optional_date
from ui.labels import label


class ContactDialog(FormDialog):
    def __init__(self, account_uuid: str, contact: ContactRow | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit contact") if contact else self.tr("New contact"), parent)
        self._account_uuid = account_uuid
        self._contact = contact
        self.version = contact.version if contact else None
        c = contact
        name = self.add_field("name", self.tr("Name"), QLineEdit(c.name if c else ""))
        self.add_field("title", self.tr("Title"), QLineEdit(c.title if c else ""))
        self.add_field("role", self.tr("Role"), combo([(r.value, label(Role, r)) for r in Role], c.role if c else None))
        self.add_field("email", self.tr("E-mail"), QLineEdit(c.email if c else ""))
        self.add_field("phone", self.tr("Phone"), QLineEdit(c.phone if c else ""))
        handles = c.messaging if c else {}
        messaging = QLineEdit(_handles_text(handles))
        messaging.setPlaceholderText(self.tr("wechat: li_wei88, whatsapp: +49 170 1234567"))
        self.add_field("messaging", self.tr("Messaging"), messaging)
        self.add_field("language", self.tr("Language"), QLineEdit(c.language if c else ""))
        self.add_field("timezone", self.tr("Time zone"), QLineEdit(c.timezone if c else ""))
        self.add_field("birthday", self.tr("Birthday"), optional_date(c.birthday if c else None))
        notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit(c.notes if c else ""))
        notes.setMaximumHeight(80)
        name.setFocus()

    def values(self) -> dict:
        values = super().values()
        pairs = {}
        for part in values["messaging"].split(","):
            if ":" in part:
                app, handle = part.split(":", 1)
                pairs[app.strip().lower()] = handle.strip()
            elif part.strip():
                pairs["other"] = part.strip()
        values["messaging"] = json.dumps(pairs, ensure_ascii=False)
        return values

    def save(self, values: dict):
        if self._contact:
            return accounts.update_contact(self._contact.uuid, values, self.version)
        return accounts.create_contact(self._account_uuid, values)

    def stored_record(self) -> ContactRow:
        assert self._contact is not None  # only an edit meets a colleague's save
        return accounts.contact_row(self._contact.uuid)

    def shown_value(self, name: str, record: ContactRow):
        return _handles_text(record.messaging) if name == "messaging" else super().shown_value(name, record)


def _handles_text(handles: dict[str, str]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in handles.items())
