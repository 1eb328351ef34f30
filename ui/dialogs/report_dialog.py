"""Write the portfolio report PDF for a monthly review, in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from services.briefs.report import write_report
from ui.widgets.print_choices import language_box, paper_box
from ui.worker import Worker, start

FIRM_KEY = "report/firm"  # the firm's name is a UI choice remembered between reports, not book data


class ReportDialog(QDialog):
    built = Signal(str)  # path of the finished report

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Portfolio report"))
        self.firm = QLineEdit(str(QSettings().value(FIRM_KEY, "") or ""))
        self.firm.setPlaceholderText(self.tr("Shown on the title page"))
        self.lang = language_box()
        self.paper = paper_box()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.status = QLabel(self.tr("The charts of the whole book as of today, for a monthly review."))
        self.status.setWordWrap(True)
        self.write_button = QPushButton(self.tr("Write report…"))
        self.write_button.clicked.connect(self.choose_and_write)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Firm"), self.firm)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Paper"), self.paper)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.worker: Worker | None = None

    def choose_and_write(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "rapport-portfolio.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.write(Path(path))

    def write(self, path: Path, today: dt.date | None = None) -> Worker:
        firm, lang, paper = self.firm.text().strip(), self.lang.currentData(), self.paper.currentData()
        QSettings().setValue(FIRM_KEY, firm)
        self.write_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy: the report is one pass with no steps worth counting
        self.status.setText(self.tr("Writing the report…"))
        self.worker = Worker(lambda _progress: write_report(path, lang=lang, today=today, firm=firm, paper=paper))
        self.worker.signals.finished.connect(lambda pages: self._done(path, pages))
        self.worker.signals.failed.connect(self._failed)
        return start(self.worker)

    def _done(self, path: Path, pages: int) -> None:
        self.worker = None
        self.write_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("Done: {pages} pages in {file}.").format(pages=pages, file=path.name))
        self.built.emit(str(path))

    def _failed(self, message: str) -> None:
        self.worker = None
        self.write_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(message)

    def reject(self) -> None:
        if self.worker is None:  # the report is written in one go: closing waits until the file is there
            super().reject()
