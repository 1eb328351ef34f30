"""File > Exchange: write a bundle for the other laptop, or merge one in and review the conflicts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from services import bundle
from ui.models.base import RowTableModel
from ui.views.account_pane import make_table
from ui.worker import Worker, start


class ConflictTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Record"), self.tr("Name"), self.tr("Changed here"), self.tr("Changed there"),
                        self.tr("Kept")]

    def display(self, c: dict, column: int) -> str:
        kept = self.tr("theirs (newer)") if c["kept"] == "remote" else self.tr("ours (newer)")
        return [c["kind"], c["name"] or c["uuid"], c["local_updated_at"][:16].replace("T", " "),
                c["remote_updated_at"][:16].replace("T", " "), kept][column]


class ExchangeDialog(QDialog):
    merged = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange with another laptop"))
        self.resize(720, 420)
        intro = QLabel(self.tr("Take a bundle from the laptop you used at the fair and merge it here (or the other "
                               "way round). New records are added, changed ones updated; when both sides changed "
                               "the same record, the newer change wins and is listed below for you to review. "
                               "Merging the same bundle twice changes nothing."))
        intro.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export bundle…"))
        self.merge_button = QPushButton(self.tr("Merge a bundle…"))
        self.export_button.clicked.connect(self.export)
        self.merge_button.clicked.connect(self.choose_and_merge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        self.result_label = QLabel()
        self.result_label.setObjectName("exchangeResult")
        self.result_label.setWordWrap(True)
        self.conflicts = ConflictTableModel(self)
        self.table = make_table(self.conflicts)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.worker: Worker | None = None

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export bundle"), "rapport-bundle.json",
                                              self.tr("Rapport bundle (*.json)"))
        if path:
            counts = bundle.export_bundle(path)
            self.result_label.setText(self.tr("Wrote {a} accounts, {c} contacts, {i} interactions and {p} promises "
                                              "to {file}.").format(a=counts["accounts"], c=counts["contacts"],
                                                                   i=counts["interactions"], p=counts["commitments"],
                                                                   file=Path(path).name))

    def choose_and_merge(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Merge bundle"), "", self.tr("Rapport bundle (*.json)"))
        if path:
            self.merge(path)

    def merge(self, path: str) -> Worker:
        self.merge_button.setEnabled(False)
        self.result_label.setText(self.tr("Merging {file}…").format(file=Path(path).name))
        self.worker = Worker(lambda _progress: bundle.import_bundle(path))
        self.worker.signals.finished.connect(self._merged)
        self.worker.signals.failed.connect(self._failed)
        return start(self.worker)

    def _merged(self, report) -> None:
        self.merge_button.setEnabled(True)
        self.conflicts.set_rows(report.conflicts)
        self.table.resizeColumnsToContents()
        self.result_label.setText(self.tr("Added {a}, updated {u}, deleted {d}, unchanged {n}; {c} conflicts "
                                          "(listed below).").format(a=report.added, u=report.updated,
                                                                    d=report.deleted, n=report.unchanged,
                                                                    c=len(report.conflicts)))
        self.merged.emit(report)

    def _failed(self, message: str) -> None:
        self.merge_button.setEnabled(True)
        self.result_label.setText(self.tr("Nothing was merged: {error}").format(error=message))
