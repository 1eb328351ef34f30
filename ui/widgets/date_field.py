"""An optional date box: typed in the locale's order or as 2025-06-14, empty shown as empty, a calendar near today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

ISO = "yyyy-MM-dd"


class DateField(QWidget):
    """A QLineEdit with a calendar button. date() is a null QDate while the box is empty or holds no date."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.example())
        self.edit.editingFinished.connect(self._tidy)
        self.edit.textChanged.connect(self._mark_unreadable)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick a day in a calendar"))
        self.button.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        if value is not None:
            self.setDate(QDate(value.year, value.month, value.day))

    @staticmethod
    def _format() -> str:
        # The locale's short order with a four-digit year: 14/06/1975 (en_GB), 1975/6/14 (zh_CN).
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        return short if "yyyy" in short else short.replace("yy", "yyyy")

    def example(self) -> str:
        """14 June 2025 as the reader's locale writes it: the placeholder, and the hint after a typo."""
        return QLocale().toString(QDate(2025, 6, 14), self._format())

    def date(self) -> QDate:
        """The typed or picked day; a null QDate when the box is empty or its text is not a date."""
        text = self.edit.text().strip()
        if not text:
            return QDate()
        local = self._format()
        # Also without leading zeros (14/6/1975) and with the locale's own short year.
        for pattern in (ISO, local, local.replace("dd", "d").replace("MM", "M"),
                        QLocale().dateFormat(QLocale.FormatType.ShortFormat)):
            day = QLocale().toDate(text, pattern)
            if day.isValid():
                return day
        return QDate()

    def value(self) -> dt.date | None:
        day = self.date()
        return day.toPython() if day.isValid() else None

    def has_unreadable_text(self) -> bool:
        """Text was typed that is not a date: the form says so instead of saving nothing."""
        return bool(self.edit.text().strip()) and not self.date().isValid()

    def setDate(self, day: QDate) -> None:
        self.edit.setText(QLocale().toString(day, self._format()) if day.isValid() else "")

    def clear(self) -> None:
        self.edit.clear()

    def open_calendar(self) -> None:
        """Show the calendar at the chosen day, or at today's month while the box is empty."""
        day = self.date() if self.date().isValid() else QDate.currentDate()
        self.calendar.setSelectedDate(day)
        self.calendar.setCurrentPage(day.year(), day.month())
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self.calendar.hide()
        self.edit.setFocus()

    def _mark_unreadable(self, _text: str) -> None:
        self.edit.setStyleSheet("color: #c62828;" if self.has_unreadable_text() else "")

    def _tidy(self) -> None:
        """Show a typed date the way the locale writes it (2025-06-14 becomes 14/06/2025 in English)."""
        day = self.date()
        if day.isValid():
            self.setDate(day)
