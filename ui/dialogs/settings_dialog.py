"""Settings in two halves: mine, on this computer (who I am, language, paper, reminders, the office database this
computer opens), and the firm's, shared in the book (users, follow-up rhythm and contact windows per region, replies
owed, promise risk thresholds)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models.address import BookAddress
from models.enums import Region
from services import commitments, countries, users
from services.cadence import rules as cadence_rules
from services.errors import UserError
from services.settings import set_setting
from ui.dialogs.office_database_page import OfficeDatabasePage
from ui.dialogs.reply_expectations_page import ReplyExpectationsPage
from ui.dialogs.users_page import UsersPage
from ui.labels import label
from ui.reminders import enabled_kinds, set_enabled_kinds
from ui.widgets.print_choices import PAPER_KEY, paper_box
from ui.widgets.user_picker import user_combo


def _spin(value: int, lo: int = 1, hi: int = 1000, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(lo, hi)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


def _time(value: dt.time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


class SettingsDialog(QDialog):
    def __init__(self, parent=None, book: BookAddress | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.chosen_book: BookAddress | None = None  # the book to reopen on (Office database → Connect …)
        firm = QTabWidget()
        self.users_page = UsersPage()
        firm.addTab(self.users_page, self.tr("Users"))
        firm.addTab(self._cadence(), self.tr("Follow-up rhythm"))
        self.replies = ReplyExpectationsPage()
        firm.addTab(self.replies, self.tr("Reply expectations"))
        firm.addTab(self._thresholds(), self.tr("Promises"))
        mine = QTabWidget()
        mine.addTab(self._general(), self.tr("General"))
        self.office = OfficeDatabasePage(book)
        self.office.chosen.connect(self._choose_book)
        mine.addTab(self.office, self.tr("Office database"))
        tabs = QTabWidget()
        tabs.setObjectName("settingsHalves")
        tabs.addTab(mine, self.tr("Mine (this computer)"))
        tabs.addTab(firm, self.tr("Firm (shared by everyone using this book)"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _choose_book(self, book: BookAddress) -> None:
        """Connecting reopens the app on another book: this dialog's values belong to the old one, so it closes."""
        self.chosen_book = book
        self.reject()

    def _general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        me = users.current_user()
        self.me = user_combo(me.uuid if me else "")
        form.addRow(self.tr("I am"), self.me)
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh")
        self.language.setCurrentIndex(max(0, self.language.findData(QSettings().value("ui/language", ""))))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(QLabel(self.tr("A new language takes effect when Rapport starts again.")))
        self.paper = paper_box()
        form.addRow(self.tr("Paper for briefs and reports"), self.paper)
        self._reminder_boxes(form)
        return page

    def _reminder_boxes(self, form: QFormLayout) -> None:
        texts = {"window_open": self.tr("When a customer's window opens for a touch due today"),
                 "reply_due": self.tr("When a reply owed reaches the time the customer expects it"),
                 "promise_high": self.tr("When a promise turns high risk")}
        enabled = enabled_kinds()
        self.reminder_boxes = {kind: QCheckBox(text) for kind, text in texts.items()}
        for row, (kind, box) in enumerate(self.reminder_boxes.items()):
            box.setChecked(enabled[kind])
            form.addRow(self.tr("Remind me") if row == 0 else "", box)

    def _cadence(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        heads = [self.tr("Region"), self.tr("Follow up every"), self.tr("Fresh quote every"),
                 self.tr("Samples every"), self.tr("Sample transit"), self.tr("Contact from"), self.tr("until")]
        for col, text in enumerate(heads):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        rules = cadence_rules.rules()
        self.rule_boxes: dict[str, dict[str, QSpinBox]] = {}
        self.window_boxes: dict[str, tuple[QTimeEdit, QTimeEdit]] = {}
        days = self.tr(" days")
        for row, region in enumerate(Region, start=1):
            grid.addWidget(QLabel(label(Region, region)), row, 0)
            boxes = {key: _spin(rules[region.value][key], suffix=days) for key in cadence_rules.RULE_KEYS}
            for col, key in enumerate(cadence_rules.RULE_KEYS, start=1):
                grid.addWidget(boxes[key], row, col)
            self.rule_boxes[region.value] = boxes
            start, end = countries.region_window(region.value)
            pair = (_time(start), _time(end))
            grid.addWidget(pair[0], row, 5)
            grid.addWidget(pair[1], row, 6)
            self.window_boxes[region.value] = pair
        note = QLabel(self.tr("Cold or unanswered replies lengthen the rhythm (up to 3×), warm replies shorten it; "
                              "an account can set its own rhythm in its details. Times are the customer's local "
                              "time; a country can override its region in the Countries view."))
        note.setWordWrap(True)
        grid.addWidget(note, len(Region) + 1, 0, 1, len(heads))
        return page

    def _thresholds(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        t = commitments.thresholds()
        days = self.tr(" days")
        self.threshold_boxes = {
            "due_soon_days": _spin(t["due_soon_days"], 0, 60, days),
            "overload_count": _spin(t["overload_count"], 1, 100),
            "overload_window_days": _spin(t["overload_window_days"], 1, 60, days),
            "reschedule_count": _spin(t["reschedule_count"], 1, 20),
            "too_close_days": _spin(t["too_close_days"], 0, 60, days),
            "too_close_delivery_days": _spin(t["too_close_delivery_days"], 0, 180, days),
        }
        texts = {
            "due_soon_days": self.tr("'Due soon' within"),
            "overload_count": self.tr("A person is overloaded above this many open promises"),
            "overload_window_days": self.tr("… due within"),
            "reschedule_count": self.tr("'Rescheduled' after this many moves"),
            "too_close_days": self.tr("Warn when a new promise is due within"),
            "too_close_delivery_days": self.tr("… or a delivery promise within"),
        }
        for key, box in self.threshold_boxes.items():
            form.addRow(texts[key], box)
        return page

    def save(self) -> None:
        try:
            for region, boxes in self.rule_boxes.items():
                cadence_rules.set_region_rule(region, **{k: b.value() for k, b in boxes.items()})
            for region, (start, end) in self.window_boxes.items():
                s, e = start.time().toPython(), end.time().toPython()
                if (s, e) != countries.region_window(region):
                    countries.set_working_window("region", region, s, e)
            self.replies.save()
            set_setting("commitment_thresholds", {k: b.value() for k, b in self.threshold_boxes.items()})
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        QSettings().setValue("ui/language", self.language.currentData())
        QSettings().setValue(PAPER_KEY, self.paper.currentData())
        chosen, me = self.me.currentData(), users.current_user()
        if chosen and (me is None or chosen != me.uuid):
            users.choose(chosen)
        set_enabled_kinds({kind: box.isChecked() for kind, box in self.reminder_boxes.items()})
        self.accept()
