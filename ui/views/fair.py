"""Trade-fair mode: quick capture with the keyboard only (Enter saves and clears), and the fair's summary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import Role
from services.accounts import fair as fair_service
from services.countries import all_countries, get_country
from services.errors import UserError, ValidationError
from ui.dialogs.account_dialog import country_completer
from ui.i18n import current_lang
from ui.labels import label
from ui.models.fair_table import FairSummaryModel
from ui.widgets.tables import make_table


class FairView(QWidget):
    captured = Signal(str)  # account uuid

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        settings = QSettings()
        self.fair_name = QLineEdit(settings.value("fair/name", ""))
        self.fair_name.setObjectName("fairName")
        self.fair_name.setPlaceholderText(self.tr("e.g. Canton Fair 2026, phase 2"))
        self.fair_day = QDateEdit(QDate.currentDate())
        self.fair_day.setCalendarPopup(True)
        self.fair_day.setDisplayFormat("yyyy-MM-dd")
        saved_day = settings.value("fair/day", "")
        if saved_day:
            self.fair_day.setDate(QDate.fromString(saved_day, "yyyy-MM-dd"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fair")))
        top.addWidget(self.fair_name, 1)
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.fair_day)

        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        countries = sorted({n for c in all_countries() for n in (c.name_en, c.name_zh)})
        specs = [("company", self.tr("Company")), ("country", self.tr("Country")), ("city", self.tr("City")),
                 ("name", self.tr("Visitor's name")), ("title", self.tr("Title")), ("email", self.tr("E-mail")),
                 ("phone", self.tr("Phone")), ("messaging", self.tr("WeChat / WhatsApp / LINE")),
                 ("products", self.tr("Products of interest")), ("note", self.tr("Note"))]
        for key, text in specs:
            edit = QLineEdit()
            edit.setObjectName(f"fair_{key}")
            edit.returnPressed.connect(self.save_lead)
            form.addRow(text, edit)
            self.fields[key] = edit
        self.fields["country"].setCompleter(country_completer(countries, self))
        self.fields["country"].setPlaceholderText(self.tr("Any way: DE, Germany, Deutschland, 德国"))
        self.role = QComboBox()
        for r in Role:
            self.role.addItem(label(Role, r), r.value)
        self.role.setCurrentIndex(self.role.findData("buyer"))
        form.addRow(self.tr("Role"), self.role)
        self.temperature = QComboBox()
        self.temperature.setObjectName("fair_temperature")
        for value, text in (("hot", self.tr("Hot — ready to buy")), ("warm", self.tr("Warm — interested")),
                            ("cold", self.tr("Cold — just looking"))):
            self.temperature.addItem(text, value)
        self.temperature.setCurrentIndex(1)
        form.addRow(self.tr("Temperature"), self.temperature)
        self.save_button = QPushButton(self.tr("Save lead (Enter)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_lead)
        self.status = QLabel()
        self.status.setObjectName("fairStatus")
        self.status.setWordWrap(True)
        capture = QGroupBox(self.tr("New visitor"))
        c_layout = QVBoxLayout(capture)
        c_layout.addLayout(form)
        c_layout.addWidget(self.save_button)
        c_layout.addWidget(self.status)

        self.summary_model = FairSummaryModel(self)
        self.summary_view = make_table(self.summary_model)
        self.summary_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel()
        summary = QGroupBox(self.tr("Leads at this fair"))
        s_layout = QVBoxLayout(summary)
        s_layout.addWidget(self.summary_label)
        s_layout.addWidget(self.summary_view)
        body = QHBoxLayout()
        body.addWidget(capture, 3)
        body.addWidget(summary, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.fair_name.editingFinished.connect(self.refresh_summary)
        self.refresh_summary()

    def _fair(self) -> fair_service.Fair:
        return fair_service.Fair(self.fair_name.text().strip(), self.fair_day.date().toPython())

    def values(self) -> dict:
        values = {k: w.text() for k, w in self.fields.items()}
        handle = values.pop("messaging").strip()
        values["messaging"] = {"wechat" if not handle.startswith("+") else "whatsapp": handle} if handle else {}
        values["role"] = self.role.currentData()
        values["temperature"] = self.temperature.currentData()
        return values

    def save_lead(self) -> None:
        fair = self._fair()
        try:
            account = fair_service.capture_lead(fair, self.values())
        except ValidationError as exc:
            self.status.setStyleSheet("color: #c62828;")
            self.status.setText(str(exc))
            first = next((k for k in exc.errors if k in self.fields), None)
            (self.fields[first] if first else self.fair_name).setFocus()
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Trade fair"), str(exc))
            return
        settings = QSettings()
        settings.setValue("fair/name", fair.name)
        settings.setValue("fair/day", fair.day.isoformat())
        self.status.setStyleSheet("color: #1a7f37;")
        self.status.setText(self.tr("Saved {name} ({country}). Next visitor.").format(
            name=account.name, country=account.country))
        for w in self.fields.values():
            w.clear()
        self.fields["company"].setFocus()
        self.refresh_summary()
        self.captured.emit(account.uuid)

    def refresh_summary(self) -> None:
        name = self.fair_name.text().strip()
        result = fair_service.summary(name) if name else None
        lang = current_lang()
        rows = [] if result is None else sorted(
            ((get_country(code).name(lang) if code else self.tr("Country unknown"), counts)
             for code, counts in result.by_country.items()),
            key=lambda r: -sum(r[1].values()))
        self.summary_model.set_rows(rows)
        total = result.total if result else 0
        self.summary_label.setText(self.tr("{n} leads · hot {hot} · warm {warm} · cold {cold}").format(
            n=total, hot=result.by_temperature.get("hot", 0) if result else 0,
            warm=result.by_temperature.get("warm", 0) if result else 0,
            cold=result.by_temperature.get("cold", 0) if result else 0))

    def set_fair(self, name: str, day: dt.date) -> None:
        self.fair_name.setText(name)
        self.fair_day.setDate(QDate(day.year, day.month, day.day))
        self.refresh_summary()
