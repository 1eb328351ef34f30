"""The Settings page for replies owed: how soon each region, and any country of its own, expects an answer."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCollator, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.enums import Region
from services import countries, words
from services.cadence import replies
from ui.labels import label


class ReplyExpectationsPage(QWidget):
    """Working hours to answer in, per region and per country; the dialog's Save calls save()."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        current = replies.expectations()
        intro = QLabel(self.tr("How soon customers expect an answer to their e-mail, message or call, counted in "
                               "their working hours (5 hours are one working day of a 10:00–15:00 window). "
                               "The defaults follow what is written about each region; see docs/replies.md."))
        intro.setWordWrap(True)
        regions = QGridLayout()
        for col, text in enumerate((self.tr("Region"), self.tr("Answer within"))):
            regions.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.region_boxes: dict[str, QSpinBox] = {}
        for row, region in enumerate(Region, start=1):
            regions.addWidget(QLabel(label(Region, region)), row, 0)
            self.region_boxes[region.value] = self._hours(current.regions[region.value])
            regions.addWidget(self.region_boxes[region.value], row, 1)
        regions.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(regions)
        layout.addWidget(self._countries_box(current.countries))
        layout.addStretch(1)

    def _hours(self, value: float) -> QSpinBox:
        box = QSpinBox()
        box.setRange(replies.MIN_HOURS, replies.MAX_HOURS)
        box.setValue(round(value))
        box.setSuffix(self.tr(" working hours"))
        return box

    def _countries_box(self, overrides: dict[str, float]) -> QGroupBox:
        group = QGroupBox(self.tr("Countries with their own expectation"))
        self.country_rows = QGridLayout(group)
        self.country_rows.setColumnStretch(0, 1)
        self.country_boxes: dict[str, QSpinBox] = {}
        self._row_widgets: dict[str, list[QWidget]] = {}
        self.new_country = QComboBox()
        lang = words.language()
        order = functools.cmp_to_key(QCollator(QLocale("zh_CN" if lang == "zh" else "en_US")).compare)
        for c in sorted(countries.all_countries(), key=lambda c: order(c.name(lang))):
            self.new_country.addItem(c.name(lang), c.code)
        self.new_hours = self._hours(replies.DEFAULT_HOURS["europe"])
        add = QPushButton(self.tr("Add"))
        add.setObjectName("add_country")
        add.clicked.connect(lambda: self.add_country(self.new_country.currentData(), self.new_hours.value()))
        self._adding = (self.new_country, self.new_hours, add)
        self._place(self._adding, 0)
        for code, hours in sorted(overrides.items()):
            self.add_country(code, hours)
        return group

    def _place(self, widgets: tuple[QWidget, ...], row: int) -> None:
        for col, widget in enumerate(widgets):
            self.country_rows.addWidget(widget, row, col)

    def add_country(self, code: str, hours: float) -> None:
        """A row for code (or the new hours on its existing row), above the row that adds one."""
        if code in self.country_boxes:
            self.country_boxes[code].setValue(round(hours))
            return
        name = QLabel(countries.get_country(code).name(words.language()))
        box = self._hours(hours)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove_country(code))
        row = self.country_rows.rowCount() - 1  # the adding row's: it moves one down
        for widget in self._adding:
            self.country_rows.removeWidget(widget)
        self._place((name, box, remove), row)
        self._place(self._adding, row + 1)
        self.country_boxes[code] = box
        self._row_widgets[code] = [name, box, remove]

    def remove_country(self, code: str) -> None:
        for widget in self._row_widgets.pop(code, []):
            widget.hide()  # at once; deleted (and so out of the layout) when control returns to the event loop
            widget.deleteLater()
        self.country_boxes.pop(code, None)

    def save(self) -> None:
        """Through the service, which checks everything before it keeps any (a UserError otherwise)."""
        replies.set_expectations({k: b.value() for k, b in self.region_boxes.items()},
                                 {k: b.value() for k, b in self.country_boxes.items()})
