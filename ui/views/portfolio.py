"""The Portfolio screen: the whole book in charts, each clicking through to the accounts behind a bar."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from models.enums import Channel, Region, Response, Stage
from services import dates
from services.countries import get_country
from services.health import portfolio as pf
from services.text import isolate
from ui import worker
from ui.i18n import current_lang
from ui.labels import label
from ui.widgets.chart_panel import ChartPanel
from ui.widgets.lazy import LoadWhenShown

# Where each chart sits: (row, column, columns spanned); 26 weeks need two columns for their labels.
PLACES = {"band": (0, 0, 1), "region": (0, 1, 1), "stage": (0, 2, 1), "touches": (1, 0, 2), "replies": (1, 2, 1),
          "country": (2, 0, 1), "responses": (2, 1, 1), "promises_quarter": (2, 2, 1), "promises_person": (3, 0, 1)}
GOOD, WATCH, BAD, NONE = QColor("#2e7d32"), QColor("#b26a00"), QColor("#c62828"), QColor("#9e9e9e")
COLOURS = {
    "band": {"good": GOOD, "watch": WATCH, "at_risk": BAD, pf.NO_BAND: NONE},
    "responses": {"warm": QColor("#ef6c00"), "neutral": QColor("#78909c"), "cold": QColor("#1565c0"),
                  "none": QColor("#cfd8dc")},
    "promises_quarter": {"on_time": GOOD, "late": WATCH, "broken": BAD},
    "promises_person": {"on_time": GOOD, "late": WATCH, "broken": BAD},
}
SHAPES = {"band": "pie", "region": "pie", "promises_person": "rows"}
REGIONS, STAGES = frozenset(r.value for r in Region), frozenset(s.value for s in Stage)


SLOW_EVERY = 300.0  # seconds between background reads of the slow charts
NAME_WIDTH = 16  # characters of a name beside a bar: Qt Charts cuts every label short once one is too wide


def elided(name: str) -> str:
    return name if len(name) <= NAME_WIDTH else name[:NAME_WIDTH - 1] + "…"


class PortfolioView(LoadWhenShown, QWidget):
    open_account = Signal(str)

    def __init__(self, today: dt.date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.today = today  # fixed by tests and the bench; else the day it is shown
        self.lang = current_lang()
        self.data: dict[str, pf.Chart] = {}
        self.job: worker.Worker | None = None  # the background read of the slow charts, while it runs
        self.slow_read = -SLOW_EVERY  # when it last started (time.monotonic)
        self.panels = {key: ChartPanel(key, title, unit, SHAPES.get(key, "columns"))
                       for key, (title, unit) in self._titles().items()}
        grid = QGridLayout()
        for key in pf.CHARTS:
            self.panels[key].clicked.connect(lambda category, series, k=key: self.show_behind(k, category, series))
            row, column, span = PLACES[key]
            grid.addWidget(self.panels[key], row, column, 1, span)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        heading = QLabel(self.tr("Portfolio"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        hint = QLabel(self.tr("Click a bar or slice to see the accounts behind it."))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)

    def _titles(self) -> dict[str, tuple[str, str]]:
        """Each chart's title and what its numbers count."""
        accounts = self.tr("accounts")
        return {
            "band": (self.tr("Accounts by health band"), accounts),
            "region": (self.tr("Accounts by region"), accounts),
            "country": (self.tr("Accounts by country"), accounts),
            "stage": (self.tr("Accounts by stage"), accounts),
            "touches": (self.tr("Our touches per week, by channel (26 weeks)"), self.tr("touches")),
            "responses": (self.tr("Their response per month (12 months)"), self.tr("touches")),
            "promises_quarter": (self.tr("Promises kept on time, per quarter"), self.tr("promises")),
            "promises_person": (self.tr("Promises kept on time, per person (8 quarters)"), self.tr("promises")),
            "replies": (self.tr("Replies owed, by days waiting"), self.tr("replies owed")),
        }

    def day(self) -> dt.date:
        return self.today or dt.date.today()

    def reload(self) -> None:
        self.request_reload()

    def showEvent(self, event) -> None:
        self._stale = True  # what was done elsewhere since it was last shown: read again
        super().showEvent(event)

    def refresh(self) -> None:
        """The quick charts now; those that read months of interactions in the background (one read at a time, at
        most every SLOW_EVERY: they change little in a day and cost seconds at 100,000 accounts)."""
        today = self.day()
        self._show(pf.portfolio(today, [k for k in pf.CHARTS if k not in pf.SLOW]).charts)
        now = time.monotonic()
        if self.job is not None or now - self.slow_read < SLOW_EVERY:
            return
        self.slow_read = now
        job = worker.Worker(lambda _progress: pf.portfolio(today, [k for k in pf.CHARTS if k in pf.SLOW]).charts)
        job.signals.finished.connect(self._show)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._job_done)
        job.signals.failed.connect(self._job_done)
        self.job = worker.start(job)

    def _job_done(self, _result) -> None:
        self.job = None

    def _show(self, charts: dict[str, pf.Chart]) -> None:
        self.data.update(charts)
        for key, chart in charts.items():
            self.panels[key].show_chart(chart, lambda c, k=key: self.category_label(k, c),
                                        lambda s, k=key: self.series_label(k, s), COLOURS.get(key))

    def _failed(self, message: str) -> None:
        for key in pf.SLOW:
            self.panels[key].status.setText(message)

    def category_label(self, key: str, category: str) -> str:
        if key == "band":
            return self.band_label(category)
        if key == "region":
            return label(Region, category) if category in REGIONS else self.tr("Country unknown")
        if key == "country":
            return elided(self.country_name(category))
        if key == "stage":
            return label(Stage, category) if category in STAGES else category
        if key == "touches":
            return dates.day(dt.date.fromisoformat(category), self.lang, today=self.day())
        if key == "responses":
            return QLocale(self.lang).monthName(int(category[5:]), QLocale.FormatType.ShortFormat)
        if key == "promises_quarter":
            return f"{category[5:]} {category[:4]}"
        if key == "promises_person":
            return elided(category) or self.tr("(nobody named)")
        if key == "replies":
            return self.age_label(category)
        return category

    def series_label(self, key: str, series: str) -> str:
        if key == "touches":
            return label(Channel, series)
        if key == "responses":
            return label(Response, series)
        if key.startswith("promises"):
            return {"on_time": self.tr("On time"), "late": self.tr("Late"), "broken": self.tr("Broken")}[series]
        return self.panels[key].unit

    def band_label(self, band: str) -> str:
        return {"good": self.tr("Good"), "watch": self.tr("Watch"), "at_risk": self.tr("At risk"),
                pf.NO_BAND: self.tr("Not scored yet")}[band]

    def age_label(self, age: str) -> str:
        return {"0": self.tr("today"), "1": self.tr("1 day"), "2-3": self.tr("2–3 days"),
                "4-7": self.tr("4–7 days"), "8+": self.tr("8+ days")}[age]

    def country_name(self, code: str) -> str:
        if code == pf.OTHER:
            return self.tr("Other countries")
        if code in ("", pf.UNKNOWN):
            return self.tr("Country unknown")
        return get_country(code).name(self.lang)

    def show_behind(self, key: str, category: str, series: str) -> None:
        """The accounts behind one bar, in a list; double-click opens one."""
        from ui.dialogs.accounts_behind import AccountsBehindDialog

        rows = pf.accounts_behind(key, category, series, self.day())
        panel = self.panels[key]
        what = self.category_label(key, category)
        if key == "promises_person":
            what = isolate(what)  # a person's name in any script beside the title's words
        if len(self.data[key].series) > 1:
            what = f"{what} · {self.series_label(key, series)}"
        items = None if panel.unit == self.tr("accounts") else panel.unit
        dialog = AccountsBehindDialog(f"{panel.title.text()} — {what}", rows, items, self.country_name, self)
        dialog.open_account.connect(self.open_account)
        self.behind = dialog  # tests look at it
        dialog.open()
