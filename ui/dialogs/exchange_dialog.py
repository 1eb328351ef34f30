"""File > Exchange: write a bundle for the other laptop, or merge one in (in the background, with Cancel) and
review what changed on both sides and what was set aside because it belongs to something deleted here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.exchange import bundle
from ui.models.base import RowTableModel
from ui.widgets.tables import make_table
from ui.worker import Worker, start


class KindLabels(RowTableModel):
    """The record kinds as the user calls them."""

    def kind(self, kind: str) -> str:
        return {"account": self.tr("account"), "contact": self.tr("contact"), "interaction": self.tr("interaction"),
                "commitment": self.tr("promise")}.get(kind, kind)


class ConflictTableModel(KindLabels):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Record"), self.tr("Name"), self.tr("What happened"), self.tr("Changed here"),
                        self.tr("Changed there"), self.tr("Kept")]

    def display(self, c: dict, column: int) -> str:
        if column == 0:
            return self.kind(c["kind"])
        if column == 1:
            return c["name"] or c["uuid"]
        if column == 2:
            return {"deleted here": self.tr("deleted here, changed there"),
                    "deleted there": self.tr("deleted there, changed here")}.get(
                c.get("change"), self.tr("changed on both sides"))
        if column in (3, 4):
            return c["local_updated_at" if column == 3 else "remote_updated_at"][:16].replace("T", " ")
        return self.kept(c)

    def kept(self, c: dict) -> str:
        if c.get("change") == "deleted here":
            return self.tr("their change (it came back)") if c["kept"] == "remote" else self.tr("the deletion")
        if c.get("change") == "deleted there":
            return self.tr("ours (changed after their deletion)")
        return self.tr("theirs (newer)") if c["kept"] == "remote" else self.tr("ours (newer)")


class SetAsideTableModel(KindLabels):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Deleted here"), self.tr("Name"), self.tr("Records set aside")]

    def display(self, entry: dict, column: int) -> str:
        return [self.kind(entry["kind"]), entry["name"], str(entry["records"])][column]


class ExchangeDialog(QDialog):
    merged = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange with another laptop"))
        self.resize(760, 520)
        intro = QLabel(self.tr("Take a bundle from the laptop you used at the fair and merge it here (or the other "
                               "way round). New records are added, changed ones updated; when both sides changed "
                               "the same record, the newer change wins and is listed below for you to review. "
                               "Merging the same bundle twice changes nothing."))
        intro.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export bundle…"))
        self.merge_button = QPushButton(self.tr("Merge a bundle…"))
        self.export_button.clicked.connect(self.export)
        self.merge_button.clicked.connect(self.choose_and_merge)
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(280)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel merge"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        for widget in (self.export_button, self.merge_button, self.progress, self.cancel_button):
            buttons.addWidget(widget)
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
        layout.addWidget(self.table, 2)
        layout.addWidget(self._set_aside_box(), 1)
        layout.addWidget(close)
        self.worker: Worker | None = None
        self.failure = ""

    def _set_aside_box(self) -> QWidget:
        self.set_aside_box = QWidget()
        self.set_aside_label = QLabel()
        self.set_aside_label.setWordWrap(True)
        self.set_aside = SetAsideTableModel(self)
        self.set_aside_table = make_table(self.set_aside)
        self.set_aside_table.setMaximumHeight(150)  # a few parents at most; the conflicts list gets the room
        self.bring_back_button = QPushButton(self.tr("Bring these back"))
        self.bring_back_button.setToolTip(self.tr("Restore what they belong to as well, as it is in the bundle"))
        self.bring_back_button.clicked.connect(self.bring_back)
        row = QHBoxLayout()
        row.addWidget(self.set_aside_label, 1)
        row.addWidget(self.bring_back_button)
        box = QVBoxLayout(self.set_aside_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.set_aside_table)
        self.set_aside_box.hide()
        return self.set_aside_box

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
        """Merge in the background: one transaction, so Cancel (or a refused bundle) leaves the book as it was."""
        self.result_label.setText(self.tr("Merging {file}…").format(file=Path(path).name))
        self.failure = self.tr("Nothing was merged: {error}")
        return self._run(lambda progress: bundle.import_bundle(path, progress=progress), self._merged)

    def bring_back(self) -> Worker:
        uuids = [entry["trash_uuid"] for entry in self.set_aside.rows()]
        self.result_label.setText(self.tr("Bringing back the records set aside…"))
        self.failure = self.tr("Nothing was brought back: {error}")
        return self._run(lambda _progress: bundle.restore_set_aside(uuids), self._brought_back)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Cancelling…"))

    def _run(self, work, done) -> Worker:
        self._busy(True)
        self.worker = Worker(work)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(done)
        self.worker.signals.failed.connect(self._failed)
        return start(self.worker)

    def _busy(self, busy: bool) -> None:
        for button in (self.merge_button, self.export_button, self.bring_back_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _merged(self, report) -> None:
        self._busy(False)
        self.conflicts.set_rows(report.conflicts)
        self.table.resizeColumnsToContents()
        self.result_label.setText(self.tr("Added {a}, updated {u}, deleted {d}, unchanged {n}, brought back {r}; "
                                          "{c} changed on both sides (listed below).").format(
            a=report.added, u=report.updated, d=report.deleted, n=report.unchanged, r=report.restored,
            c=len(report.conflicts)))
        self._show_set_aside(report.set_aside)
        self.merged.emit(report)

    def _show_set_aside(self, entries: list[dict]) -> None:
        self.set_aside.set_rows(entries)
        self.set_aside_table.resizeColumnsToContents()
        count = sum(entry["records"] for entry in entries)
        self.set_aside_label.setText(self.tr(
            "Set aside in the Trash: {n}. These records belong to an account or contact deleted here and were "
            "changed there before the deletion; bring them back to restore what they belong to as well.").format(
            n=count))
        self.set_aside_box.setVisible(bool(entries))

    def _brought_back(self, report) -> None:
        self._busy(False)
        self._show_set_aside([])
        self.result_label.setText(self.tr("Brought back {n} records.").format(n=report.added + report.restored))
        self.merged.emit(report)

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.result_label.setText(self.failure.format(error=message))
