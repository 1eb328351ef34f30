"""The Agenda: whom to contact today, this week and what is overdue; Done logs the interaction."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services import accounts, cadence
from services.errors import UserError
from ui.dialogs.interaction_dialog import InteractionDialog
from ui.i18n import current_lang
from ui.models.touch_table import TouchTableModel
from ui.widgets.lazy import LoadWhenShown
from ui.widgets.tables import make_table

GROUPS = ("overdue", "today", "week")


class AgendaView(LoadWhenShown, QWidget):
    open_account = Signal(str)
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.models: dict[str, TouchTableModel] = {}
        self.views = {}
        self._titles = {"overdue": self.tr("Overdue"), "today": self.tr("Today"), "week": self.tr("This week")}
        for group in GROUPS:
            model = TouchTableModel(self)
            view = make_table(model)
            view.setObjectName(f"agenda_{group}")
            view.doubleClicked.connect(
                lambda index, m=model: self.open_account.emit(m.row_at(index.row()).account_uuid))
            self.models[group], self.views[group] = model, view
            self.tabs.addTab(view, self._titles[group])
        self.done_button = QPushButton(self.tr("Done…"))
        self.done_button.setToolTip(self.tr("Log the interaction with their response; the next touch is planned"))
        self.snooze_button = QPushButton(self.tr("Snooze a day"))
        self.week_button = QPushButton(self.tr("Snooze a week"))
        self.move_button = QPushButton(self.tr("Reschedule…"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.done_button.clicked.connect(self.done)
        self.snooze_button.clicked.connect(lambda: self.snooze(1))
        self.week_button.clicked.connect(lambda: self.snooze(7))
        self.move_button.clicked.connect(self.reschedule)
        self.skip_button.clicked.connect(self.skip)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        for b in (self.done_button, self.snooze_button, self.week_button, self.move_button, self.skip_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.today: dt.date | None = None

    def reload(self) -> None:
        self.request_reload()

    def refresh(self) -> None:
        groups = cadence.agenda(self.today)
        for group in GROUPS:
            self.models[group].today = self.today
            self.models[group].set_rows(groups[group])
            self.views[group].resizeColumnsToContents()
            self.tabs.setTabText(GROUPS.index(group), f"{self._titles[group]} ({len(groups[group])})")
        self.summary.setText(self.tr("{n} to contact today").format(n=len(groups["today"])))
        if groups["overdue"] and not groups["today"]:
            self.tabs.setCurrentIndex(0)
        elif groups["today"]:
            self.tabs.setCurrentIndex(1)

    def current_touch(self):
        group = GROUPS[self.tabs.currentIndex()]
        view = self.views[group]
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.models[group].row_at(rows[0].row())

    def _need_touch(self):
        t = self.current_touch()
        if t is None:
            QMessageBox.information(self, self.tr("Agenda"), self.tr("Select a planned touch first."))
        return t

    def done(self) -> None:
        t = self._need_touch()
        if t is None:
            return
        preset = {"purpose": t.purpose, "contact_uuid": t.contact_uuid,
                  "channel": "email", "direction": "outbound", "response": "none",
                  "summary": t.reason_in(current_lang()) if t.kind != "follow_up" else ""}
        dialog = InteractionDialog(t.account_uuid, accounts.contact_rows_of(t.account_uuid), preset=preset, parent=self)
        if dialog.exec():
            cadence.mark_done(t)
            self._after()

    def snooze(self, days: int) -> None:
        t = self._need_touch()
        if t is not None:
            self._try(lambda: cadence.snooze(t, days))

    def skip(self) -> None:
        t = self._need_touch()
        if t is not None:
            self._try(lambda: cadence.dismiss(t))

    def reschedule(self) -> None:
        t = self._need_touch()
        if t is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Reschedule"))
        calendar = QCalendarWidget()
        calendar.setMinimumDate(QDate.currentDate())
        d = t.due_local.date()
        calendar.setSelectedDate(QDate(d.year, d.month, d.day))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("New day (their calendar); the time stays inside their working hours.")))
        layout.addWidget(calendar)
        layout.addWidget(box)
        if dialog.exec():
            day = calendar.selectedDate().toPython()
            self._try(lambda: cadence.reschedule(t, day))

    def _try(self, action) -> None:
        try:
            action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Agenda"), str(exc))
            return
        self._after()

    def _after(self) -> None:
        self.reload()
        self.changed.emit()
