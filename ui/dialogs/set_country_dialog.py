"""Set the country of several accounts at once (those an import could not place)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from services.accounts import account_country
from ui.dialogs.account_dialog import country_completer
from ui.dialogs.form import FormDialog


class SetCountryDialog(FormDialog):
    def __init__(self, account_uuids: list[str], country_names: list[str], parent=None) -> None:
        super().__init__(self.tr("Set country"), parent)
        self._uuids = list(account_uuids)
        self.changed = 0
        intro = QLabel(self.tr("The country for the {n} selected accounts:").format(n=len(self._uuids)))
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        country = self.add_field("country", self.tr("Country"), QLineEdit())
        country.setPlaceholderText(self.tr("Code or name in any language, e.g. DE, Deutschland, 德国"))
        country.setCompleter(country_completer(country_names, self))
        country.setFocus()

    def save(self, values: dict):
        self.changed = account_country.set_country(self._uuids, values["country"])
        return self.changed
