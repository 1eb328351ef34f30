"""Add or edit an account."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QCompleter, QLineEdit, QPlainTextEdit, QSpinBox

from models.enums import Priority, Stage
from services import accounts, users
from ui.dialogs.form import FormDialog, combo, optional_date
from ui.labels import label
from ui.widgets.user_picker import user_combo


def country_completer(names: list[str], parent) -> QCompleter:
    completer = QCompleter(names, parent)
    completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
    completer.setFilterMode(completer.filterMode().MatchContains)
    return completer


class AccountDialog(FormDialog):
    """A new account, or edit one shown as plain details; result_record is the saved account's details."""

    def __init__(self, country_names: list[str], account: accounts.AccountDetails | None = None,
                 parent=None) -> None:
        super().__init__(self.tr("Edit account") if account else self.tr("New account"), parent)
        self._account = account
        self.version = account.version if account else None
        a = account
        name = self.add_field("name", self.tr("Company name"), QLineEdit(a.name if a else ""))
        country = self.add_field("country", self.tr("Country"), QLineEdit(a.country if a else ""))
        country.setPlaceholderText(self.tr("Code or name in any language, e.g. DE, Deutschland, 德国"))
        country.setCompleter(country_completer(country_names, self))
        self.add_field("city", self.tr("City"), QLineEdit(a.city if a else ""))
        tz = self.add_field("timezone", self.tr("Time zone"), QLineEdit(a.timezone if a else ""))
        tz.setPlaceholderText(self.tr("Leave empty for the country's main zone"))
        self.add_field("stage", self.tr("Stage"),
                       combo([(s.value, label(Stage, s)) for s in Stage], a.stage if a else None))
        self.add_field("priority", self.tr("Priority"),
                       combo([(p.value, label(Priority, p)) for p in Priority], a.priority if a else "normal"))
        source = self.add_field("source", self.tr("Source"), QLineEdit(a.source if a else ""))
        source.setPlaceholderText(self.tr("e.g. Canton Fair 2026"))
        self.add_field("language", self.tr("Language"), QLineEdit(a.language if a else ""))
        self.add_field("tags", self.tr("Tags"), QLineEdit(a.tags if a else ""))
        me = users.current_user()
        owner = a.owner_uuid if a else (me.uuid if me else "")
        self.add_field("owner_uuid", self.tr("Owner"), user_combo(owner, nobody=True))
        self.add_field("founded_on", self.tr("Founded"), optional_date(a.founded_on if a else None))
        cadence = QSpinBox()
        cadence.setRange(0, 730)
        cadence.setSpecialValueText(self.tr("Region default"))
        cadence.setSuffix(self.tr(" days"))
        cadence.setValue(a.cadence_days or 0 if a else 0)
        self.add_field("cadence_days", self.tr("Follow up every"), cadence)
        muslim = QCheckBox(self.tr("Muslim-owned"))
        muslim.setChecked(bool(a and a.muslim_owned))
        self.add_field("muslim_owned", "", muslim)
        muslim.setToolTip(self.tr("The planner keeps Ramadan and Eid for this customer, also outside the "
                                  "Muslim-majority markets"))
        notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit(a.notes if a else ""))
        notes.setMaximumHeight(90)
        name.setFocus()

    def save(self, values: dict) -> accounts.AccountDetails:
        if self._account:
            return accounts.details_of(accounts.update_account(self._account.uuid, values, self.version))
        return accounts.details_of(accounts.create_account(values))

    def stored_record(self) -> accounts.AccountDetails:
        assert self._account is not None  # only an edit meets a colleague's save
        return accounts.account_details(self._account.uuid)
