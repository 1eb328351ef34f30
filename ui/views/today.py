"""The Today screen, the home: replies owed, today's touches, promises at high risk, overdue touches by age, the
rest of the week; Done, Snooze, Reschedule and Skip act on every selected row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from services.cadence.today import AGE_GROUPS, refreshed, today_view
from services.cadence.today import TodayView as TodayData
from services.errors import UserError
from ui.i18n import current_lang
from ui.models.today_promises import RiskyPromiseModel
from ui.models.today_replies import ReplyTableModel
from ui.models.today_touches import OverdueTouchModel, TodayTouchModel, purposes_text
from ui.views.today_section import TodaySection, row_key
from ui.widgets.lazy import LoadWhenShown
from ui.widgets.user_picker import ScopePicker


def _bulk():
    """The acts on many touches; loaded when first used, not with the home screen at start-up."""
    from services.cadence import bulk

    return bulk


SPREAD_DAYS = 5  # Reschedule spreads over this many working days unless the user asks for another number
KEYS = {Qt.Key.Key_Return: "done", Qt.Key.Key_Enter: "done", Qt.Key.Key_S: "snooze", Qt.Key.Key_R: "reschedule",
        Qt.Key.Key_Delete: "skip"}


class TodayView(LoadWhenShown, QWidget):
    open_account = Signal(str)
    changed = Signal()
    counts_changed = Signal(int, int)  # due today (replies owed and touches), overdue

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today: dt.date | None = None  # None: the real day and time (tests pin them)
        self.now: dt.datetime | None = None
        self.data: TodayData | None = None
        self.replies = TodaySection(ReplyTableModel(self))
        self.touches = TodaySection(TodayTouchModel(self))
        self.promises = TodaySection(RiskyPromiseModel(self), kind="promise")
        self.overdue_title = QLabel()
        self.overdue_title.setStyleSheet("font-weight: bold; padding-top: 8px;")
        self.groups = {code: self._overdue_group(code) for code, _low, _high in AGE_GROUPS}
        self.upcoming = TodaySection(TodayTouchModel(self), collapsible=True)
        self.sections = [self.replies, self.touches, self.promises, *self.groups.values(), self.upcoming]
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #2e7d32; font-size: 15px; padding: 24px;")
        self._active: TodaySection | None = None
        for section in self.sections:
            self._wire(section)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._action_bar())
        layout.addWidget(self._scroll(), 1)
        self._enable_actions()

    # ------------------------------------------------------------ building

    def _action_bar(self) -> QHBoxLayout:
        self.done_button = QPushButton(self.tr("Done…"))
        self.done_button.setToolTip(self.tr("Enter: log the interaction (one row) or mark every selected touch done"))
        self.snooze_button = QPushButton(self.tr("Snooze a day"))
        self.snooze_button.setToolTip(self.tr("S: to the customer's next working day"))
        self.week_button = QPushButton(self.tr("Snooze a week"))
        self.move_button = QPushButton(self.tr("Reschedule…"))
        self.move_button.setToolTip(self.tr("R: spread over the next working days, inside each customer's window"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Delete: skip the selected touches"))
        self.done_button.clicked.connect(self.done)
        self.snooze_button.clicked.connect(lambda: self.snooze(1))
        self.week_button.clicked.connect(lambda: self.snooze(7))
        self.move_button.clicked.connect(self.reschedule)
        self.skip_button.clicked.connect(self.skip)
        bar = QHBoxLayout()
        for b in (self.done_button, self.snooze_button, self.week_button, self.move_button, self.skip_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.scope = ScopePicker(self)  # whose accounts and promises Today shows
        self.scope.scopeChanged.connect(lambda _scope: self.refresh())
        bar.addWidget(self.scope)
        return bar

    def _scroll(self) -> QScrollArea:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.empty, self.replies, self.touches, self.promises, self.overdue_title,
                       *self.groups.values(), self.upcoming):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _overdue_group(self, code: str) -> TodaySection:
        section = TodaySection(OverdueTouchModel(self), collapsible=True)
        move_all = QPushButton(self.tr("Reschedule all…"))
        move_all.setToolTip(self.tr("Spread them over the next working days, inside each customer's window"))
        skip_all = QPushButton(self.tr("Skip all…"))
        move_all.clicked.connect(lambda: self.reschedule_group(code))
        skip_all.clicked.connect(lambda: self.skip_group(code))
        section.add_button(move_all)
        section.add_button(skip_all)
        return section

    def _wire(self, section: TodaySection) -> None:
        section.table.installEventFilter(self)
        section.table.selectionModel().selectionChanged.connect(lambda *_: self._selected_in(section))
        section.table.doubleClicked.connect(lambda index: self._double_clicked(section, index))

    def _selected_in(self, section: TodaySection) -> None:
        """One list at a time: selecting rows in one list clears the others, so an act has one clear target."""
        if section.selected_positions():
            self._active = section
            for other in self.sections:
                if other is not section:
                    other.clear_selection()
        self._enable_actions()

    def _enable_actions(self) -> None:
        touches = bool(self._active and self._active.kind == "touch" and self._active.selected_positions())
        for b in (self.snooze_button, self.week_button, self.move_button, self.skip_button):
            b.setEnabled(touches)
        self.done_button.setEnabled(touches)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self and kind == QEvent.Type.Paint:  # load_after_first_paint: the frame is on screen
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self._load_in_background)
            return False
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            act = self._key_act(event)
            if act is not None:
                event.accept()  # a ShortcutOverride accepted: the window's own Delete does not fire here
                if kind == QEvent.Type.KeyPress:
                    self._by_key(act, event)
                return True
        return super().eventFilter(watched, event)

    def _key_act(self, event) -> str | None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return None
        return KEYS.get(Qt.Key(event.key()))

    def _by_key(self, act: str, event) -> None:
        if act == "done":
            self.done()
        elif act == "snooze":
            self.snooze(7 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif act == "reschedule":
            self.reschedule()
        else:
            self.skip()

    # ------------------------------------------------------------ data

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def load_after_first_paint(self) -> None:
        """At start-up the window paints first and Today fills in right after (its reading is not in the way of the
        first frame)."""
        self._stale = False
        self.installEventFilter(self)

    def reload(self) -> None:
        """Now even when hidden: the sidebar's counts follow every change."""
        self._stale = False
        self.scope.reload()
        self.refresh()

    def refresh(self) -> None:
        self._show(today_view(self._today(), self.now or dt.datetime.now(dt.UTC), self.scope.scope()))

    def _load_in_background(self) -> None:
        """The first load at start-up: read off the GUI thread, so the account list completes meanwhile."""
        from ui import worker

        today, now, scope = self._today(), self.now or dt.datetime.now(dt.UTC), self.scope.scope()
        job = worker.Worker(lambda _progress: today_view(today, now, scope))
        job.signals.finished.connect(self._show)
        job.signals.failed.connect(lambda _message: self.refresh())  # shown as any refresh shows a problem
        worker.start(job)

    def _show(self, data: TodayData) -> None:
        now = data.now
        self.data = data
        for section in self.sections:
            section.model.clock = now
        for section in self.groups.values():
            section.model.today = data.day
        self.replies.set_rows(data.replies, self.tr("Replies owed ({n})").format(n=len(data.replies)))
        self.touches.set_rows(data.touches, self.tr("Today's touches ({n})").format(n=len(data.touches)))
        self.promises.set_rows(data.promises, self.tr("Promises at high risk ({n})").format(n=len(data.promises)))
        for group in data.overdue:  # counted; their touches read when a group is opened
            self.groups[group.code].set_count(group.count, lambda g=group: g.touches,
                                              self._group_title(group.code, group.count))
        self.overdue_title.setText(self.tr("Overdue ({n})").format(n=data.overdue_count))
        self.overdue_title.setVisible(data.overdue_count > 0)
        self.upcoming.set_count(data.week.count, lambda: data.week.touches,
                                self.tr("Later this week ({n})").format(n=data.week.count))
        self._show_empty(data)
        if self._active is not None and not self._active.isVisible():
            self._active = None
        self._enable_actions()
        counts = data.counts()
        self.counts_changed.emit(counts["replies"] + counts["today"], counts["overdue"])

    def _group_title(self, code: str, n: int) -> str:
        if code == "late_1_7":
            return self.tr("1 touch 1–7 days late") if n == 1 else self.tr("{n} touches 1–7 days late").format(n=n)
        if code == "late_8_30":
            return self.tr("1 touch 8–30 days late") if n == 1 else self.tr("{n} touches 8–30 days late").format(n=n)
        return self.tr("{n} older than 30 days").format(n=n)

    def _show_empty(self, data: TodayData) -> None:
        if data.planning:
            text = self.tr("Planning the book for the first time: the day's touches appear here in a moment.")
        elif data.replies or data.touches:
            text = ""
        elif data.overdue_count:
            text = self.tr("Nothing is due today. A good moment to catch up on the late ones below.")
        elif data.promises:
            text = self.tr("Nothing is due today and nothing is late.")
        else:
            text = self.tr("A clear day: no replies owed, nothing due and nothing late.")
        if text and data.week.count:
            text += "\n" + self.tr("Later this week: {n}.").format(n=data.week.count)
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    # ------------------------------------------------------------ acting on the selection

    def selected(self) -> list:
        return self._active.selected() if self._active is not None else []

    def done(self) -> None:
        if self._active is not None and self._active.kind == "promise":
            self._open_promise()
            return
        touches = self.selected()
        if len(touches) == 1:
            if self._log_interaction(touches[0]):  # logged and marked done together, or neither
                self._act(lambda: None, touches)
        elif touches and self._confirm(self.tr("Done"), self.tr(
                "Mark {n} touches done without logging each one?").format(n=len(touches))):
            self._act(lambda: self._tell_done_before(len(touches) - _bulk().done_all(touches)), touches)

    def _tell_done_before(self, n: int) -> None:
        """Say how many of the touches a colleague had marked done first (they are recorded once, by them)."""
        if n:
            QMessageBox.information(self, self.tr("Done"), self.tr(
                "{n} of these touches had just been marked done by a colleague: they are recorded once.").format(n=n))

    def _log_interaction(self, t) -> bool:
        """As the plan asks: the interaction dialog, preset with every purpose of the touch."""
        summary = [purposes_text(t)] if len(t.all_purposes) > 1 else []
        if t.kind != "follow_up":
            summary.append(t.reason_in(current_lang()))
        preset = {"purpose": t.all_purposes[0], "contact_uuid": t.contact_uuid, "channel": "email",
                  "direction": "outbound", "response": "none", "summary": " — ".join(summary)}
        from services import accounts
        from ui.dialogs.interaction_dialog import InteractionDialog

        dialog = InteractionDialog(t.account_uuid, accounts.contact_rows_of(t.account_uuid), preset=preset, parent=self,
                                   done=t)
        return bool(dialog.exec())

    def snooze(self, days: int) -> None:
        touches = self.selected()
        if touches and self._active.kind == "touch":
            self._act(lambda: _bulk().snooze_all(touches, days, self._today()), touches)

    def reschedule(self) -> None:
        touches = self.selected()
        if touches and self._active.kind == "touch":
            self._spread(touches)

    def skip(self) -> None:
        touches = self.selected()
        if not touches or self._active.kind != "touch":
            return
        if len(touches) == 1 or self._confirm(self.tr("Skip"), self.tr("Skip {n} touches?").format(n=len(touches))):
            self._act(lambda: _bulk().skip_all(touches), touches)

    def reschedule_group(self, code: str) -> None:
        self._active = self.groups[code]
        self._spread(self.groups[code].rows())

    def skip_group(self, code: str) -> None:
        touches = self.groups[code].rows()
        self._active = self.groups[code]
        if touches and self._confirm(self.tr("Skip all"), self.tr(
                "Skip all {n} touches of this group? They leave the plan; each stream plans its next touch as usual."
        ).format(n=len(touches))):
            self._act(lambda: _bulk().skip_all(touches), touches)

    def _spread(self, touches: list) -> None:
        days, ok = QInputDialog.getInt(self, self.tr("Reschedule"), self.tr(
            "Spread {n} touches over the next working days (each inside its customer's window). Days:").format(
            n=len(touches)), SPREAD_DAYS, 1, 60)
        if ok:
            self._act(lambda: _bulk().spread(touches, days, self._today()), touches)

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _act(self, action, touches: list) -> None:
        """Run action on these touches through the services, read their accounts again, and move the selection
        on to the next row."""
        section = self._active
        positions = section.selected_positions() if section is not None else []
        after = self._key_after(section, positions)
        try:
            action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Today"), str(exc))
        if self.data is not None and touches:
            self._show(refreshed(self.data, {t.account_uuid for t in touches}, self.now or dt.datetime.now(dt.UTC)))
        else:
            self.reload()
        self._select_next(section, after, positions[0] if positions else 0)
        self.changed.emit()

    @staticmethod
    def _key_after(section: TodaySection | None, positions: list[int]) -> str | None:
        """The key of the first unselected row below the selection: the row that comes next."""
        if section is None or not positions:
            return None
        below = [r for r in range(positions[0] + 1, section.proxy.rowCount()) if r not in positions]
        return row_key(section.row_at(below[0])) if below else None

    def _select_next(self, section: TodaySection | None, key: str | None, position: int) -> None:
        if section is not None and section.model.rowCount():
            found = section.position_of(key) if key else None
            section.select_position(position if found is None else found)
            return
        following = self.sections[self.sections.index(section) + 1:] if section in self.sections else self.sections
        for other in following:
            if other.kind == "touch" and other.model.rowCount() and other.expanded():
                other.select_position(0)
                return

    # ------------------------------------------------------------ opening

    def _double_clicked(self, section: TodaySection, index) -> None:
        row = section.row_at(index.row())
        if section.kind == "promise" and index.column() != 0:
            self._open_promise()
        else:
            self.open_account.emit(row.account_uuid)

    def _open_promise(self) -> None:
        from ui.dialogs.promise_dialogs import edit_promise

        rows = self.promises.selected()
        if rows and edit_promise(self, rows[0]):
            self.reload()
            self.changed.emit()
