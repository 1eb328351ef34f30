"""File > Exchange: write a bundle for the other laptop, or merge one in (in the background, with Cancel) and
review what changed on both sides and what was set aside because it belongs to something deleted here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.exchange import bundle
from services.exchange.bundle_crypto import BundlePassphraseError, PassphraseNeededError
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
        self.plain_box = QCheckBox(self.tr("Plain bundle (not encrypted)"))
        self.plain_warning = QLabel(self.tr("Anyone who gets a plain bundle can read every customer in it. Leave "
                                            "this unticked to protect the bundle with a passphrase."))
        self.plain_warning.setWordWrap(True)
        self.plain_box.toggled.connect(self.plain_warning.setVisible)
        self.plain_box.setChecked(not bundle.book_is_encrypted())  # an encrypted book's bundles are encrypted
        self.plain_warning.setVisible(self.plain_box.isChecked())
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
        layout.addWidget(self.plain_box)
        layout.addWidget(self.plain_warning)
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
        plain = self.plain_box.isChecked()
        name, kinds = (("rapport-bundle.json", self.tr("Rapport bundle (*.json)")) if plain else
                       ("rapport-bundle.enc", self.tr("Encrypted Rapport bundle (*.enc)")))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export bundle"), name, kinds)
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Plain when ticked; else with the book's passphrase, or (a plain book) a new one the user types twice."""
        passphrase = None
        if not self.plain_box.isChecked() and not bundle.book_is_encrypted():
            passphrase = self.ask_new_passphrase()
            if passphrase is None:
                return
        counts = bundle.export_bundle(path, passphrase=passphrase, plain=self.plain_box.isChecked())
        wrote = self.tr("Wrote {a} accounts, {c} contacts, {i} interactions and {p} promises to {file}.").format(
            a=counts["accounts"], c=counts["contacts"], i=counts["interactions"], p=counts["commitments"],
            file=Path(path).name)
        how = (self.tr("It is encrypted: the other laptop needs the passphrase to merge it.") if counts["encrypted"]
               else self.tr("It is not encrypted: anyone who gets the file can read it."))
        self.result_label.setText(f"{wrote} {how}")

    def ask_new_passphrase(self) -> str | None:
        """A passphrase for a bundle of a plain book, typed twice; None when cancelled or the two differ."""
        first, ok = QInputDialog.getText(self, self.tr("Encrypt the bundle"),
                                         self.tr("A passphrase for this bundle:"), QLineEdit.EchoMode.Password)
        if not ok or not first:
            return None
        again, ok = QInputDialog.getText(self, self.tr("Encrypt the bundle"), self.tr("The same passphrase again:"),
                                         QLineEdit.EchoMode.Password)
        if ok and again != first:
            QMessageBox.warning(self, self.tr("Encrypt the bundle"),
                                self.tr("The two passphrases differ; nothing was written."))
        return first if ok and again == first else None

    def ask_passphrase(self, path: str, wrong: bool) -> str | None:
        """The passphrase of an encrypted bundle the book's own did not open; None when cancelled."""
        label = (self.tr("That passphrase does not open {file}. Try again:") if wrong
                 else self.tr("{file} is encrypted. Its passphrase:")).format(file=Path(path).name)
        text, ok = QInputDialog.getText(self, self.tr("Encrypted bundle"), label, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def choose_and_merge(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Merge bundle"), "",
                                              self.tr("Rapport bundle (*.json *.enc);;All files (*)"))
        if path:
            self.merge(path)

    def merge(self, path: str, passphrase: str | None = None) -> Worker:
        """Merge in the background: one transaction, so Cancel (or a refused bundle) leaves the book as it was.

        An encrypted bundle the book's passphrase (or the one given) does not open comes back as its error, so
        the user is asked for the passphrase and the merge runs again.
        """
        self.result_label.setText(self.tr("Merging {file}…").format(file=Path(path).name))
        self.failure = self.tr("Nothing was merged: {error}")

        def work(progress):
            try:
                return bundle.import_bundle(path, progress=progress, passphrase=passphrase)
            except BundlePassphraseError as exc:
                return exc

        return self._run(work, lambda result: self._merged_or_ask(path, result))

    def _merged_or_ask(self, path: str, result) -> None:
        if not isinstance(result, BundlePassphraseError):
            self._merged(result)
            return
        self._busy(False)
        passphrase = self.ask_passphrase(path, wrong=not isinstance(result, PassphraseNeededError))
        if passphrase is None:
            self.result_label.setText(self.failure.format(error=str(result)))
        else:
            self.merge(path, passphrase)

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
