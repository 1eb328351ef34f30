"""One chart of plain numbers in a Qt Charts view, with its title, a "Save as PNG…" button and clicks on its bars."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QPieSlice,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from services.health.portfolio import Chart

Label = Callable[[str], str]


class ChartPanel(QWidget):
    """Shows a services.health.portfolio.Chart; clicked(category, series) names the bar or slice clicked."""

    clicked = Signal(str, str)

    def __init__(self, key: str, title: str, unit: str, shape: str = "columns", parent=None) -> None:
        """shape: "columns" (time and few categories), "rows" (names, read down the left) or "pie"."""
        super().__init__(parent)
        self.key, self.unit, self.shape = key, unit, shape
        self.setObjectName(f"chart_{key}")
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600;")
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.clicked.connect(self._ask_and_save)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(360, 290)
        self.view.hide()
        self.chart: Chart | None = None
        self.order: list[str] = []  # the categories in the order the bars are drawn
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.view, 1)

    def show_chart(self, chart: Chart, category_label: Label, series_label: Label,
                   colours: dict[str, QColor] | None = None) -> None:
        self.chart = chart
        qchart = QChart()
        qchart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        qchart.setMargins(qchart.margins() * 0)
        qchart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if self.shape == "pie":
            self._pie(qchart, chart, category_label, colours or {})
        else:
            self._bars(qchart, chart, category_label, series_label, colours or {})
        old = self.view.chart()
        self.view.setChart(qchart)
        old.deleteLater()
        empty = chart.total() == 0
        self.status.setText(self.tr("Nothing to show yet.") if empty else "")
        self.status.setVisible(empty)
        self.view.setVisible(not empty)
        self.save_button.setEnabled(not empty)

    def _pie(self, qchart: QChart, chart: Chart, label: Label, colours: dict[str, QColor]) -> None:
        series = QPieSeries()
        for category, value in zip(chart.categories, chart.values[0], strict=True):
            piece = series.append(f"{label(category)}: {value:,}", value)
            piece.setProperty("category", category)
            if category in colours:
                piece.setColor(colours[category])
        series.clicked.connect(self._slice_clicked)
        qchart.addSeries(series)
        qchart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)

    def _bars(self, qchart: QChart, chart: Chart, category_label: Label, series_label: Label,
              colours: dict[str, QColor]) -> None:
        rows = self.shape == "rows"
        stacked = len(chart.series) > 1
        series = ((QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()) if rows
                  else (QStackedBarSeries() if stacked else QBarSeries()))
        # Rows are drawn bottom up: reversed, the first category reads at the top.
        self.order = list(chart.categories[::-1] if rows else chart.categories)
        for name, values in zip(chart.series, chart.values, strict=True):
            values = values[::-1] if rows else values
            bar_set = QBarSet(series_label(name))
            bar_set.append([float(v) for v in values])
            bar_set.setProperty("series", name)
            if name in colours:
                bar_set.setColor(colours[name])
            series.append(bar_set)
        series.clicked.connect(self._bar_clicked)
        qchart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([category_label(c) for c in self.order])
        small = QFont(names.labelsFont())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        names.setLabelsFont(small)
        if not rows and len(chart.categories) > 6:
            names.setLabelsAngle(-90)  # upright labels side by side: none is cut short
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setTitleText(self.unit)
        counts.setLabelsFont(small)
        qchart.addAxis(names, Qt.AlignmentFlag.AlignLeft if rows else Qt.AlignmentFlag.AlignBottom)
        qchart.addAxis(counts, Qt.AlignmentFlag.AlignBottom if rows else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        series.attachAxis(counts)
        tops = [sum(column) for column in zip(*chart.values, strict=True)]
        top = max([1, *tops])
        counts.setRange(0, top)
        counts.applyNiceNumbers()
        if top <= 5:  # whole counts: one gridline per unit, never "0, 0, 1" from fractions shown as %d
            counts.setRange(0, top)
            counts.setTickCount(top + 1)
        qchart.legend().setVisible(stacked)
        qchart.legend().setFont(small)

    def _bar_clicked(self, index: int, bar_set: QBarSet) -> None:
        if self.chart is not None:
            self.clicked.emit(self.order[index], bar_set.property("series"))

    def _slice_clicked(self, piece: QPieSlice) -> None:
        if self.chart is not None:
            self.clicked.emit(piece.property("category"), self.chart.series[0])

    def save_png(self, path: str) -> bool:
        """The chart as drawn now, as a PNG file."""
        return self.view.grab().save(path, "PNG")

    def _ask_and_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save chart as PNG"), f"{self.key}.png",
                                                    self.tr("PNG images (*.png)"))
        if path:
            self.save_png(path if path.lower().endswith(".png") else f"{path}.png")
