"""The 26-week activity strip: a column per week, its height the touches, coloured by channel, with a dot in the colour
of the customer's response; the numbers in each column's tooltip."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from models.enums import Channel, Response
from services import dates, words
from services.health.activity import WeekActivity
from ui.labels import label

CHANNEL_COLOURS = {"email": "#4e79a7", "phone": "#f28e2b", "video": "#76b7b2", "meeting": "#edc948",
                   "visit": "#b07aa1", "message": "#ff9da7", "fair": "#9c755f", "post": "#bab0ac"}
RESPONSE_COLOURS = {"warm": "#2e9d57", "neutral": "#9e9e9e", "cold": "#2f6fd6", "none": "#e6e6e6"}
_MIN_SCALE = 4  # a week of one touch should not look as busy as the busiest week of a quiet account
_DOT, _LABELS, _LEGEND = 12, 16, 18  # heights of the bottom rows: response dots, end labels, channel legend


class ActivityStrip(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.weeks: tuple[WeekActivity, ...] = ()
        self.today = dt.date.today()
        self.setMinimumSize(320, 130)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Activity of the last 26 weeks"))

    def set_weeks(self, weeks: tuple[WeekActivity, ...], today: dt.date) -> None:
        self.weeks, self.today = weeks, today
        total = sum(w.touches for w in weeks)
        self.setAccessibleDescription(self.tr("{n} touches in {weeks} weeks, {active} weeks with a touch").format(
            n=total, weeks=len(weeks), active=sum(1 for w in weeks if w.touches)))
        self.update()

    def column_text(self, index: int) -> str:
        """A week's numbers: its touches by channel and the responses they drew."""
        week = self.weeks[index]
        when = dates.day(week.monday, words.language(), today=self.today)
        if not week.touches:
            return self.tr("Week of {day}: no touch").format(day=when)
        channels = ", ".join(f"{label(Channel, c)} {n}" for c, n in _ordered(week.by_channel, Channel))
        responses = ", ".join(f"{label(Response, r)} {n}" for r, n in _ordered(week.by_response, Response))
        return self.tr("Week of {day}: {n} touches — {channels}; responses: {responses}").format(
            day=when, n=week.touches, channels=channels, responses=responses)

    def column_at(self, x: float) -> int | None:
        if not self.weeks:
            return None
        index = int(x // self._column_width())
        return index if 0 <= index < len(self.weeks) else None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self.column_at(event.position().x() if hasattr(event, "position") else event.pos().x())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.column_text(index), self)
            return True
        return super().event(event)

    def _column_width(self) -> float:
        return self.width() / max(len(self.weeks), 1)

    def _bars_height(self) -> float:
        return max(self.height() - _DOT - _LABELS - _LEGEND - 4, 10)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = max([_MIN_SCALE, *(w.touches for w in self.weeks)])
        width, bars = self._column_width(), self._bars_height()
        baseline = 2 + bars
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(0, int(baseline), self.width(), int(baseline))
        for i, week in enumerate(self.weeks):
            self._paint_week(painter, week, i * width, width, baseline, bars / scale)
        self._paint_labels(painter, baseline + _DOT)
        painter.end()

    def _paint_week(self, painter: QPainter, week: WeekActivity, x: float, width: float, baseline: float,
                    per_touch: float) -> None:
        top = baseline
        painter.setPen(Qt.PenStyle.NoPen)
        for channel, n in _ordered(week.by_channel, Channel):
            top -= n * per_touch
            painter.setBrush(QColor(CHANNEL_COLOURS.get(channel, "#888888")))
            painter.drawRect(QRectF(x + 1, top, max(width - 2, 1), n * per_touch))
        if week.response is not None:
            painter.setBrush(QColor(RESPONSE_COLOURS[week.response]))
            painter.setPen(QPen(QColor("#9e9e9e"), 1) if week.response == Response.NONE else Qt.PenStyle.NoPen)
            size = min(width - 2, _DOT - 4)
            painter.drawEllipse(QRectF(x + (width - size) / 2, baseline + 3, size, size))

    def _paint_labels(self, painter: QPainter, top: float) -> None:
        painter.setPen(self.palette().text().color())
        line = QRectF(0, top, self.width(), _LABELS)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("26 weeks ago"))
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.tr("this week"))
        used = {c for w in self.weeks for c in w.by_channel}
        channels = [(label(Channel, c), CHANNEL_COLOURS[c]) for c in CHANNEL_COLOURS if c in used]
        x = self._paint_legend(painter, 0.0, top + _LABELS, False, channels)
        self._paint_legend(painter, x + 12, top + _LABELS, True,
                           [(label(Response, r), RESPONSE_COLOURS[r]) for r in RESPONSE_COLOURS])

    @staticmethod
    def _paint_legend(painter: QPainter, x: float, top: float, dots: bool, entries: list[tuple[str, str]]) -> float:
        """A swatch (square for a channel, dot for a response) and its name per entry; gives the x after the last."""
        metrics = painter.fontMetrics()
        text_pen = painter.pen()
        for name, colour in entries:
            swatch = QRectF(x, top + 4, 10, 10)
            painter.setBrush(QColor(colour))
            if dots:
                painter.setPen(QPen(QColor("#9e9e9e"), 1) if colour == RESPONSE_COLOURS["none"] else Qt.PenStyle.NoPen)
                painter.drawEllipse(swatch)
            else:
                painter.fillRect(swatch, QColor(colour))
            painter.setPen(text_pen)
            width = metrics.horizontalAdvance(name) + 2
            painter.drawText(QRectF(x + 13, top, width, _LEGEND), Qt.AlignmentFlag.AlignVCenter, name)
            x += 13 + width + 10
        return x

def _ordered(counts: dict[str, int], enum_type) -> list[tuple[str, int]]:
    """Counts in the enum's order (the same stacking and wording every week)."""
    return [(m.value, counts[m.value]) for m in enum_type if counts.get(m.value)]
