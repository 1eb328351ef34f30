"""The Week screen: seven days (or a month) of touches and promise due dates; drag a touch to another day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services import dates
from services.cadence import calendar
from services.cadence.touches import Touch
from services.errors import UserError, shown
from ui.i18n import current_lang
from ui.models.base import ROW_ROLE
from ui.models.week_items import WeekDayModel
from ui.models.week_month import MonthModel
from ui.widgets.lazy import LoadWhenShown
from ui.worker import Worker, start

WEEK, MONTH = 0, 1


def month_grid_start(day: dt.date) -> dt.date:
    """The Monday on or before the first of day's month: the month grid's first cell."""
    first = day.replace(day=1)
    return first - dt.timedelta(days=first.weekday())


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class CardDelegate(QStyledItemDelegate):
    """Cards as tall as their laid-out text: measured by font metrics alone, a card whose name is drawn in a
    taller fallback font (Hangul, Arabic) lost its last line."""

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        document = QTextDocument()
        document.setDefaultFont(index.data(Qt.ItemDataRole.FontRole) or option.font)
        document.setDocumentMargin(2)
        # One paragraph with line separators, as the style lays it out: digits after a Hangul name then take the
        # name's font, and its taller lines, there too.
        document.setPlainText((index.data() or "").replace("\n", "\u2028"))
        document.setTextWidth(max(40, self.parent().viewport().width() - 12))
        return QSize(size.width(), max(size.height(), int(document.size().height()) + 2))


class DayColumn(QWidget):
    """One day of the week: a heading and its cards, which drag out and take drops."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model = WeekDayModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(CardDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # wrap the cards again when the column's width changes
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDropIndicatorShown(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)


class WeekView(LoadWhenShown, QWidget):
    """Loads its days in the background (the plan of a 10,000-account book takes seconds); a drop writes at once."""

    open_account = Signal(str)
    changed = Signal()
    loaded = Signal()  # the days asked for last are shown

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today: dt.date | None = None  # None: the real today (tests set a day)
        self.zone: dt.tzinfo | None = None  # the user's calendar; None: this computer's zone
        self.anchor: dt.date | None = None  # the week's first day, or a day of the shown month
        self._touches: dict[str, Touch] = {}
        self._asked = 0  # which load is the latest: an older one that ends later is dropped
        self.back_button = QPushButton("◀")
        self.back_button.setToolTip(self.tr("Earlier"))
        self.today_button = QPushButton(self.tr("Today"))
        self.forward_button = QPushButton("▶")
        self.forward_button.setToolTip(self.tr("Later"))
        self.title = QLabel()
        self.status = QLabel()
        self.week_button = QPushButton(self.tr("Week"))
        self.month_button = QPushButton(self.tr("Month"))
        self.modes = QButtonGroup(self)
        for mode, button in ((WEEK, self.week_button), (MONTH, self.month_button)):
            button.setCheckable(True)
            self.modes.addButton(button, mode)
        self.week_button.setChecked(True)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.modes.idClicked.connect(self.set_mode)
        bar = QHBoxLayout()
        for widget in (self.back_button, self.today_button, self.forward_button, self.title, self.status):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.week_button)
        bar.addWidget(self.month_button)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._week_page())
        self.pages.addWidget(self._month_page())
        self.hint = QLabel(self.tr("Drag a touch to another day to reschedule it; double-click to open the account. "
                                   "Times are yours, then the customer's. Italic: planned later in its rhythm."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.hint)

    def _week_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.columns = [DayColumn() for _ in range(7)]
        for column in self.columns:
            column.model.touch_dropped.connect(self.move_touch, Qt.ConnectionType.QueuedConnection)
            column.list.doubleClicked.connect(lambda index: self._open(index.data(ROW_ROLE)))
            row.addWidget(column, 1)
        return page

    def _month_page(self) -> QTableView:
        self.month_model = MonthModel(self)
        self.month_table = QTableView()
        self.month_table.setModel(self.month_model)
        self.month_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month_table.setWordWrap(True)
        self.month_table.verticalHeader().hide()
        self.month_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_table.doubleClicked.connect(lambda index: self.show_week_of(index.data(ROW_ROLE).date))
        return self.month_table

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    @property
    def mode(self) -> int:
        return self.modes.checkedId()

    def set_mode(self, mode: int) -> None:
        self.modes.button(mode).setChecked(True)
        self.pages.setCurrentIndex(mode)
        self.request_reload()

    def step(self, direction: int) -> None:
        anchor = self.anchor or self._today()
        self.anchor = (anchor + dt.timedelta(days=7 * direction) if self.mode == WEEK
                       else add_months(anchor, direction))
        self.request_reload()

    def go_today(self) -> None:
        self.anchor = None
        self.request_reload()

    def show_week_of(self, day: dt.date) -> None:
        """The week view from day (a month cell's double-click)."""
        self.anchor = day
        self.set_mode(WEEK)

    def reload(self) -> None:
        self.request_reload()

    def refresh(self) -> None:
        today, anchor = self._today(), self.anchor or self._today()
        first = month_grid_start(anchor) if self.mode == MONTH else anchor
        count = 42 if self.mode == MONTH else 7
        zone, mode = self.zone, self.mode
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Loading…"))
        worker = Worker(lambda _progress: calendar.days(first, count, today=today, zone=zone))
        worker.signals.finished.connect(lambda days: self._show(days, mode, anchor, today, asked))
        worker.signals.failed.connect(lambda message: self._failed(message, asked))
        start(worker)

    def _show(self, days: list[calendar.Day], mode: int, anchor: dt.date, today: dt.date, asked: int) -> None:
        if asked != self._asked:
            return
        lang = current_lang()
        if mode == WEEK:
            for column, day in zip(self.columns, days, strict=True):
                column.model.set_day(day, self.zone)
                heading = dates.day(day.date, lang, weekday=True, today=today)
                column.heading.setText(self.tr("{day} (today)").format(day=heading) if day.date == today else heading)
            self.title.setText(dates.span(days[0].date, days[-1].date, lang, today=today))
        else:
            first = anchor.replace(day=1)
            self.month_model.set_days(days, first.month, today)
            last = add_months(first, 1) - dt.timedelta(days=1)
            self.title.setText(dates.span(first, last, lang, today=today))
        self._touches = {t.key: t for day in days for t in day.touches}
        self.status.clear()
        self.loaded.emit()

    def _failed(self, message: str, asked: int) -> None:
        if asked == self._asked:
            self.status.setText(message)

    def _open(self, item) -> None:
        if item is not None:
            self.open_account.emit(item.account_uuid)

    def move_touch(self, key: str, day: dt.date) -> None:
        """A touch card dropped on day: reschedule it there, or say why the customer's day does not suit."""
        t = self._touches.get(key)
        if t is None:  # dragged from another window, or the plan changed since: nothing to move
            return
        try:
            moved = calendar.move_to_user_day(t, day, zone=self.zone, today=self._today())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Reschedule"), shown(exc))
            return
        if moved is not t:
            self.reload()
            self.changed.emit()
