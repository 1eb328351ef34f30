"""One chart of plain numbers in a Qt Charts view, with its title, a "Save as PNG…" button and clicks on its bars."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QPieSlice,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from services.health.portfolio import Chart

Label = Callable[[str], str]


class ChartPanel(QWidget):
    """Shows a services.health.portfolio.Chart; clicked(category, series) names the bar or slice clicked."""

    clicked = Signal(str, str)

    def __init__(self, key: str, title: str, unit: str, pie: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.key, self.unit, self.pie = key, unit, pie
        self.setObjectName(f"chart_{key}")
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600;")
        self.save_button = QPushButton(self.tr("Save as PNG…"))
        self.save_button.clicked.connect(self._ask_and_save)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(360, 250)
        self.view.hide()
        self.chart: Chart | None = None
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
        if self.pie:
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
        series = QStackedBarSeries() if len(chart.series) > 1 else QBarSeries()
        for name, values in zip(chart.series, chart.values, strict=True):
            bar_set = QBarSet(series_label(name))
            bar_set.append([float(v) for v in values])
            bar_set.setProperty("series", name)
            if name in colours:
                bar_set.setColor(colours[name])
            series.append(bar_set)
        series.clicked.connect(self._bar_clicked)
        qchart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([category_label(c) for c in chart.categories])
        axis_x.setLabelsAngle(-60 if len(chart.categories) > 8 else 0)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(self.unit)
        qchart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        qchart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        stacked = [sum(column) for column in zip(*chart.values, strict=True)]
        axis_y.setRange(0, max([1, *stacked]))
        axis_y.applyNiceNumbers()
        qchart.legend().setVisible(len(chart.series) > 1)

    def _bar_clicked(self, index: int, bar_set: QBarSet) -> None:
        if self.chart is not None:
            self.clicked.emit(self.chart.categories[index], bar_set.property("series"))

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
