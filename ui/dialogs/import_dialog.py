"""File > Import: preview a CSV, Excel or vCard file, choose what each column holds, check, then import."""

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
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from services import importer
from services.import_csv import ENCODINGS
from ui.models.base import RowTableModel
from ui.worker import Worker, start

PREVIEW_ROWS = 50
SHOWN_ERRORS = 200


class PreviewTableModel(RowTableModel):
    """Row 0 carries the field choosers (index widgets); the rows below are the file's first rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.numbers: list[int] = []

    def set_table(self, table: importer.Table) -> None:
        self.headers = [h or self.tr("Column {n}").format(n=i + 1) for i, h in enumerate(table.headers)]
        self.numbers = table.row_numbers[:PREVIEW_ROWS]
        self.set_rows([None, *table.rows[:PREVIEW_ROWS]])

    def display(self, row, column: int) -> str:
        return "" if row is None or column >= len(row) else row[column]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return self.tr("Field") if section == 0 else str(self.numbers[section - 1])
        return super().headerData(section, orientation, role)


class ImportDialog(QDialog):
    checked = Signal(object)   # ImportResult of a dry run
    imported = Signal(object)  # ImportResult of the real import

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

        self.check_button = QPushButton(self.tr("Check"))
        self.import_button = QPushButton(self.tr("Import"))
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_list)
        layout.addLayout(buttons)
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
            "notes": self.tr("Notes"), "company_notes": self.tr("Company notes"), "source": self.tr("Source"),
            "stage": self.tr("Stage"), "priority": self.tr("Priority"), "tags": self.tr("Tags"),
        }

    def reload(self) -> None:
        """Read the file again with the chosen encoding, delimiter and sheet, and guess the mapping afresh."""
        try:
            table = importer.read_table(self.path, encoding=self.encoding_combo.currentData(),
                                        delimiter=self.delimiter_combo.currentData(),
                                        sheet=self.sheet_combo.currentData())
        except importer.ImportFileError as exc:
            self.table = None
            self.model.set_table(importer.Table(headers=[], rows=[], row_numbers=[]))
            self.status_label.setText(self.tr("This file cannot be imported: {error}").format(error=str(exc)))
            self._enable(False)
            return
        self.table = table
        self._show_options(table)
        self.model.set_table(table)
        self._make_field_combos(importer.guess_mapping(table.headers))
        self.status_label.setText(self._describe(table))
        self.result_label.clear()
        self.error_list.clear()
        self._enable(True)

    def _show_options(self, table: importer.Table) -> None:
        text_file = table.kind != "xlsx"
        self.options.setRowVisible(self.encoding_combo, text_file)
        self.options.setRowVisible(self.delimiter_combo, table.kind == "csv")
        self.options.setRowVisible(self.sheet_combo, table.kind == "xlsx")
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
        return self.tr("{rows} rows; the first {shown} are shown. Choose above each column what it holds, "
                       "then Check.").format(rows=len(table.rows), shown=shown)

    def _make_field_combos(self, mapping: dict[int, str]) -> None:
        labels = self.field_labels()
        self.field_combos = []
        for column in range(self.model.columnCount()):
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

    # ------------------------------------------------------------ checking and importing

    def check(self) -> Worker | None:
        return self._run(dry_run=True)

    def run_import(self) -> Worker | None:
        return self._run(dry_run=False)

    def _run(self, dry_run: bool) -> Worker | None:
        if self.table is None:
            return None
        table, mapping, country = self.table, self.mapping(), self.country_edit.text().strip() or None
        self._enable(False)
        self.result_label.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))

        def work(progress):
            return importer.run_import(table, mapping, dry_run=dry_run, default_country=country,
                                       progress=None if dry_run else progress)

        self._dry_run = dry_run
        self.worker = Worker(work)
        self.worker.signals.finished.connect(self._done)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.progress.connect(self._progress)
        return start(self.worker)

    def _progress(self, done: int, total: int) -> None:
        self.result_label.setText(self.tr("Importing… {done} of {total} accounts").format(done=done, total=total))

    def _done(self, result: importer.ImportResult) -> None:
        dry_run = self._dry_run
        self.worker = None
        self._enable(True)
        if dry_run:
            text = self.tr("Ready to import: {new} rows add new records, {updated} update existing ones, "
                           "{skipped} have problems and will be skipped.")
        else:
            text = self.tr("Imported: {new} rows added new records, {updated} updated existing ones, "
                           "{skipped} were skipped.")
        self.result_label.setText(text.format(new=result.imported, updated=result.updated, skipped=result.skipped))
        self.error_list.clear()
        for error in result.errors[:SHOWN_ERRORS]:
            self.error_list.addItem(self.tr("Row {row}: {message}").format(row=error.row, message=error.message))
        if len(result.errors) > SHOWN_ERRORS:
            self.error_list.addItem(self.tr("… and {n} more").format(n=len(result.errors) - SHOWN_ERRORS))
        if dry_run:
            self.checked.emit(result)
        else:
            self.import_button.setEnabled(False)  # once is enough; a second run would only update
            self.imported.emit(result)

    def _failed(self, message: str) -> None:
        self.worker = None
        self._enable(True)
        self.result_label.setText(self.tr("Nothing was imported: {error}").format(error=message))

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()  # the import rolls back: nothing half done
        super().reject()

    def _enable(self, enabled: bool) -> None:
        self.check_button.setEnabled(enabled and self.table is not None)
        self.import_button.setEnabled(enabled and self.table is not None)
