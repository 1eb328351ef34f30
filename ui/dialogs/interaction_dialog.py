"""Log (or edit) an interaction with a customer and their response."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPlainTextEdit

from models.enums import Channel, Direction, Purpose, Response
from services import accounts, cadence
from services.accounts.rows import ContactRow, InteractionRow
from ui.dialogs.form import FormDialog, combo, local_datetime_edit, optional_date
from ui.labels import label

if TYPE_CHECKING:
    from services.cadence.touches import Touch


class InteractionDialog(FormDialog):
    def __init__(self, account_uuid: str, contacts: list[ContactRow], interaction: InteractionRow | None = None,
                 preset: dict | None = None, parent=None, done: Touch | None = None) -> None:
        """done: the planned touch this talk was; saving marks it done, and is refused if a colleague did first."""
        super().__init__(self.tr("Edit interaction") if interaction else self.tr("Log interaction"), parent)
        self._account_uuid = account_uuid
        self._interaction = interaction
        self.version = interaction.version if interaction else None
        self._done = done
        i = interaction
        preset = preset or {}

        def pick(name, default):
            if i is not None:
                return getattr(i, name)
            return preset.get(name, default)

        self.add_field("occurred_at", self.tr("When (your time)"), local_datetime_edit(i.occurred_at if i else None))
        current_contact = (i.contact_uuid if i else preset.get("contact_uuid"))
        self.add_field("contact_uuid", self.tr("Contact"),
                       combo([("", self.tr("(the company)"))] + [(c.uuid, c.name) for c in contacts], current_contact))
        self.add_field("channel", self.tr("Channel"),
                       combo([(c.value, label(Channel, c)) for c in Channel], pick("channel", "email")))
        self.add_field("purpose", self.tr("Purpose"),
                       combo([(p.value, label(Purpose, p)) for p in Purpose], pick("purpose", "check_in")))
        self.add_field("direction", self.tr("Direction"),
                       combo([(d.value, label(Direction, d)) for d in Direction], pick("direction", "outbound")))
        self.add_field("response", self.tr("Their response"),
                       combo([(r.value, label(Response, r)) for r in Response], pick("response", "none")))
        self.add_field("valid_until", self.tr("Quote valid until"), optional_date(pick("valid_until", None)))
        summary = self.add_field("summary", self.tr("Summary"), QPlainTextEdit(pick("summary", "")))
        summary.setMaximumHeight(100)

    def save(self, values: dict):
        if self._done is not None:
            return cadence.log_done(self._done, values)
        if self._interaction:
            return accounts.update_interaction(self._interaction.uuid, values, self.version)
        return accounts.log_interaction(self._account_uuid, values)

    def stored_record(self) -> InteractionRow:
        assert self._interaction is not None  # only an edit meets a colleague's save
        return accounts.interaction_row(self._interaction.uuid)
