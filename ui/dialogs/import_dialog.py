"""File > Import: preview a CSV, Excel or vCard file, choose what each column holds, check, then import.

Reading, checking and importing run off the GUI thread with a progress bar and a Cancel button; a cancelled
import writes nothing. Work superseded by newer work (the encoding changed while reading) is cancelled and
its result ignored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from services.exchange import importer
from services.exchange.import_csv import ENCODINGS
from services.exchange.import_formats import detect_kind
from ui.models.import_preview import PREVIEW_ROWS, PreviewTableModel
from ui.worker import Worker, start

SHOWN_ERRORS = 200
PROGRESS_STEPS = 1000  # the bar counts thousandths: byte counts of a large file overflow a Qt int


def every_percent(progress):
    """progress(done, total), called only when the share done moves by a hundredth; its answer (go on?) is
    kept till then, so a cancel is seen within a hundredth of the work.

    Why: each signal emitted from Python costs PySide 6.12 a reference to True (the process dies once they
    are spent, after ~1,000 in this app), and a read reports every 2,048 rows.
    """
    shown, answer = -1, True

    def report(done: int, total: int) -> bool:
        nonlocal shown, answer
        step = 100 * done // total if total else 100
        if step != shown:
            shown, answer = step, progress(done, total)
        return answer

    return report


class ImportDialog(QDialog):
    loaded = Signal(object)    # the Table read from the file
    checked = Signal(object)   # ImportResult of a dry run
    imported = Signal(object)  # ImportResult of the real import
    stopped = Signal(str)      # reading, checking or importing ended without a result: the message shown

    def __init__(self, path: Path | str, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.table: importer.Table | None = None
        self.worker: Worker | None = None
        self._dry_run = True
        self.field_combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Import {file}").format(file=self.path.name))
        self.resize(900, 620)

        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("Detected"), None)
        for name in ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.delimiter_combo = QComboBox()
        for text, value in ((self.tr("Detected"), None), (self.tr("Comma ( , )"), ","),
                            (self.tr("Semicolon ( ; )"), ";"), (self.tr("Tab"), "\t"), (self.tr("Bar ( | )"), "|")):
            self.delimiter_combo.addItem(text, value)
        self.sheet_combo = QComboBox()
        self.country_edit = QLineEdit()
        self.country_edit.setPlaceholderText(self.tr("e.g. DE or Germany"))
        for box in (self.encoding_combo, self.delimiter_combo, self.sheet_combo):
            box.currentIndexChanged.connect(self.reload)
        options = QFormLayout()
        options.addRow(self.tr("Encoding"), self.encoding_combo)
        options.addRow(self.tr("Columns separated by"), self.delimiter_combo)
        options.addRow(self.tr("Sheet"), self.sheet_combo)
        options.addRow(self.tr("Country for rows without one"), self.country_edit)
        self.options = options

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.model = PreviewTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.result_label = QLabel()
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.error_list = QListWidget()
        self.error_list.setMaximumHeight(140)
        self.duplicates_label = QLabel(self.tr("Likely duplicates of accounts you have: a ticked row goes into "
                                               "that account instead of a new one."))
        self.duplicates_label.setWordWrap(True)
        self.duplicate_list = QListWidget()
        self.duplicate_list.setMaximumHeight(90)
        self._show_duplicates([])
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.hide()

        self.check_button = QPushButton(self.tr("Check"))
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.error_list)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicate_list)
        layout.addLayout(buttons)
        try:  # the options that apply, shown while the file is read; the reader has the last word
            self._show_rows(detect_kind(self.path))
        except (importer.ImportFileError, OSError):
            self._show_rows("csv")
        self.reload()

    # ------------------------------------------------------------ reading and mapping

    def field_labels(self) -> dict[str, str]:
        return {
            "company": self.tr("Company"), "country": self.tr("Country"), "city": self.tr("City"),
            "contact_name": self.tr("Contact name"), "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"), "title": self.tr("Job title"), "role": self.tr("Role"),
            "email": self.tr("E-mail"), "phone": self.tr("Phone"), "wechat": self.tr("WeChat"),
            "whatsapp": self.tr("WhatsApp"), "line": self.tr("LINE"), "kakaotalk": self.tr("KakaoTalk"),
            "telegram": self.tr("Telegram"), "zalo": self.tr("Zalo"), "messaging": self.tr("Messaging (app: handle)"),
            "website": self.tr("Website"),
            "notes": self.tr("Notes"), "company_notes": self.tr("Company notes"), "source": self.tr("Source"),
            "stage": self.tr("Stage"), "priority": self.tr("Priority"), "tags": self.tr("Tags"),
            "muslim_owned": self.tr("Muslim-owned"),
            "owner": self.tr("Owner"),
        }

    def reload(self) -> None:
        """Read the file again with the chosen encoding, delimiter and sheet, and guess the mapping afresh."""
        path, encoding = self.path, self.encoding_combo.currentData()
        delimiter, sheet = self.delimiter_combo.currentData(), self.sheet_combo.currentData()
        self.table = None
        self.model.set_table(importer.Table(headers=[], rows=[], row_numbers=[]))
        self.field_combos = []
        self.result_label.clear()
        self.error_list.clear()
        self._show_duplicates([])
        self.status_label.setText(self.tr("Reading {file}…").format(file=self.path.name))

        def work(progress):
            return importer.read_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet,
                                       progress=progress)

        self._start(work, self._loaded)

    def _loaded(self, table: importer.Table) -> None:
        self.table = table
        self._show_options(table)
        self.model.set_table(table)
        self._make_field_combos(importer.guess_mapping(table.headers))
        self.status_label.setText(self._describe(table))
        self._enable(True)
        self.loaded.emit(table)

    def _show_rows(self, kind: str) -> None:
        """The options that apply to a file of this kind ("csv", "xlsx" or "vcard")."""
        self.options.setRowVisible(self.encoding_combo, kind != "xlsx")
        self.options.setRowVisible(self.delimiter_combo, kind == "csv")
        self.options.setRowVisible(self.sheet_combo, kind == "xlsx")

    def _show_options(self, table: importer.Table) -> None:
        self._show_rows(table.kind)
        detected = [(self.encoding_combo, table.detected_encoding),
                    (self.delimiter_combo, self._delimiter_name(table.detected_delimiter))]
        for box, value in detected:
            box.setItemText(0, self.tr("Detected: {value}").format(value=value) if value else self.tr("Detected"))
        if table.kind == "xlsx" and self.sheet_combo.count() != len(table.sheets):
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.clear()
            for name in table.sheets:
                self.sheet_combo.addItem(name, name)
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(table.sheet)))
            self.sheet_combo.blockSignals(False)

    def _delimiter_name(self, delimiter: str | None) -> str | None:
        names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"), "|": self.tr("bar")}
        return names.get(delimiter, delimiter) if delimiter else None

    def _describe(self, table: importer.Table) -> str:
        shown = min(PREVIEW_ROWS, len(table.rows))
        text = self.tr("{rows} rows; the first {shown} are shown. Choose above each column what it holds, then "
                       "Check: the last columns show where each country comes from.").format(
            rows=len(table.rows), shown=shown)
        if table.detected_encoding:
            text += " " + self.tr("Read as {encoding}: if letters look wrong, choose another encoding above.").format(
                encoding=table.detected_encoding)
        return text

    def _make_field_combos(self, mapping: dict[int, str]) -> None:
        labels = self.field_labels()
        self.field_combos = []
        for column in range(self.model.width):  # the file's columns; the inferred country's come after
            box = QComboBox()
            box.addItem(self.tr("(ignore)"), importer.IGNORE)
            for name in importer.FIELDS:
                box.addItem(labels[name], name)
            box.setCurrentIndex(max(0, box.findData(mapping.get(column, importer.IGNORE))))
            box.currentIndexChanged.connect(self._mapping_changed)
            self.view.setIndexWidget(self.model.index(0, column), box)
            self.field_combos.append(box)
        self.view.resizeColumnsToContents()
        self.view.resizeRowToContents(0)

    def mapping(self) -> dict[int, str]:
        return {column: box.currentData() for column, box in enumerate(self.field_combos) if box.currentData()}

    def _mapping_changed(self) -> None:
        self.result_label.setText(self.tr("The mapping changed: Check again before importing."))
        self.error_list.clear()
        self.model.set_countries({})
        self._show_duplicates([])

    def _show_duplicates(self, offers: list[importer.DuplicateOffer]) -> None:
        """One ticked or unticked line per row that looks like an account already there."""
        self.duplicate_list.clear()
        for offer in offers[:SHOWN_ERRORS]:
            item = QListWidgetItem(self.tr("Row {row}: merge into {account} ({why})").format(
                row=offer.row, account=offer.account_name, why=self._reasons(offer)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if offer.merged else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, offer.row)
            self.duplicate_list.addItem(item)
        self.duplicates_label.setVisible(bool(offers))
        self.duplicate_list.setVisible(bool(offers))

    def _reasons(self, offer: importer.DuplicateOffer) -> str:
        names = {"same_email": self.tr("same e-mail"), "same_phone": self.tr("same phone number"),
                 "same_name": self.tr("same name"), "similar_name": self.tr("similar name"),
                 "same_domain": self.tr("same web domain")}
        return ", ".join(names.get(reason, reason) for reason in offer.reasons) + f": {offer.detail}"

    def merge_choices(self) -> dict[int, bool]:
        """Row -> merge or not, as ticked in the list of likely duplicates."""
        items = (self.duplicate_list.item(i) for i in range(self.duplicate_list.count()))
        return {item.data(Qt.ItemDataRole.UserRole): item.checkState() == Qt.CheckState.Checked for item in items}

    # ------------------------------------------------------------ checking and importing

    def check(self) -> Worker | None:
        return self._run(dry_run=True)

    def run_import(self) -> Worker | None:
        return self._run(dry_run=False)

    def _run(self, dry_run: bool) -> Worker | None:
        if self.table is None:
            return None
        table, mapping, country = self.table, self.mapping(), self.country_edit.text().strip() or None
        merge_rows = self.merge_choices()
        self.result_label.setText(self.tr("Checking…") if dry_run else self.tr(
            "Importing… Nothing is written until every row is in; Cancel leaves the book as it was."))
        self.error_list.clear()
        self._dry_run = dry_run

        def work(progress):
            return importer.run_import(table, mapping, dry_run=dry_run, default_country=country, progress=progress,
                                       merge_rows=merge_rows)

        return self._start(work, self._done)

    def _start(self, work, finished) -> Worker:
        """Run work(progress) in the background, then finished(result) here.

        Each signal handler first checks that its worker is still the one waited for: what an earlier worker
        (cancelled, superseded) sends is ignored. (QObject.sender() cannot tell: PySide delivers a signal to a
        Python slot through a proxy object, and there it returns None.)
        """
        if self.worker is not None:
            self.worker.cancel()
        self._enable(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        worker = Worker(lambda progress: work(every_percent(progress)))
        worker.signals.finished.connect(lambda result: self._settle(worker) and finished(result))
        worker.signals.failed.connect(lambda message: self._failed(worker, message))
        worker.signals.progress.connect(lambda done, total: self._progress(worker, done, total))
        self.worker = worker
        return start(worker)

    def _settle(self, worker: Worker) -> bool:
        """Stop waiting for worker; False when it is no longer the one waited for."""
        if worker is not self.worker:
            return False
        self.worker = None
        self.cancel_button.setEnabled(False)
        self.progress_bar.hide()
        return True

    def _progress(self, worker: Worker, done: int, total: int) -> None:
        if worker is self.worker:
            self.progress_bar.setValue(PROGRESS_STEPS * done // total if total else 0)

    def _done(self, result: importer.ImportResult) -> None:
        dry_run = self._dry_run
        self._enable(True)
        if dry_run:
            text = self.tr("Ready to import: {new} rows add new records, {updated} update existing ones, "
                           "{skipped} have problems and will be skipped.")
        else:
            text = self.tr("Imported: {new} rows added new records, {updated} updated existing ones, "
                           "{skipped} were skipped.")
        text = text.format(new=result.imported, updated=result.updated, skipped=result.skipped)
        if result.without_country:
            text += " " + self.tr("{n} accounts have no country: set it later with Set country… in the list.").format(
                n=result.without_country)
        self.result_label.setText(text)
        self.model.set_countries(result.countries)
        self._show_duplicates(result.duplicates)
        self.error_list.clear()
        for error in [*result.errors, *result.warnings][:SHOWN_ERRORS]:
            self.error_list.addItem(self.tr("Row {row}: {message}").format(row=error.row, message=error.message))
        hidden = len(result.errors) + len(result.warnings) - SHOWN_ERRORS
        if hidden > 0:
            self.error_list.addItem(self.tr("… and {n} more").format(n=hidden))
        if dry_run:
            self.checked.emit(result)
        else:
            self.import_button.setEnabled(False)  # once is enough; a second run would only update
            self.imported.emit(result)

    def _failed(self, worker: Worker, message: str) -> None:
        if not self._settle(worker):
            return
        cancelled = worker.cancelled
        if self.table is None:  # reading
            text = self.tr("Reading was cancelled. Change an option above to read the file again.") if cancelled \
                else self.tr("This file cannot be imported: {error}").format(error=message)
            self.status_label.setText(text)
        else:
            text = self.tr("Cancelled: nothing was imported.") if cancelled \
                else self.tr("Nothing was imported: {error}").format(error=message)
            self.result_label.setText(text)
        self._enable(True)
        self.stopped.emit(text)

    def cancel(self) -> None:
        """Stop what runs now; an import rolls back, so nothing is half done."""
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        self.cancel()
        self.worker = None  # what it still sends is for a closed dialog
        super().reject()

    def _enable(self, enabled: bool) -> None:
        self.check_button.setEnabled(enabled and self.table is not None)
        self.import_button.setEnabled(enabled and self.table is not None)
