"""Preview a PDF brief inside the app, print it with the system dialog, or save it where the user wants."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout

from services.text import isolate

try:  # Qt's PDF viewer is a separate wheel; without it the system viewer opens the file
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installed wheels
    QPdfDocument = QPdfView = None


class BriefPreview(QDialog):
    def __init__(self, pdf_path: Path, suggested_name: str, parent=None) -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name
        self.setWindowTitle(self.tr("Brief — {name}").format(name=isolate(suggested_name)))
        self.resize(820, 980)
        layout = QVBoxLayout(self)
        self.document = None
        if QPdfDocument is not None:
            self.document = QPdfDocument(self)
            self.document.load(str(self.pdf_path))
            self.view = QPdfView(self)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setDocument(self.document)
            layout.addWidget(self.view, 1)
        else:
            layout.addWidget(QLabel(self.tr("The brief was opened in your PDF viewer.")))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.print_button.setEnabled(self.document is not None)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_brief)
        self.save_button.clicked.connect(self.save_as)
        layout.addWidget(buttons)

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save brief"), self.suggested_name + ".pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        from services.errors import UserError
        from services.paths import write_output

        try:
            with write_output(path) as part:  # whole and private, like every file Rapport writes
                shutil.copyfile(self.pdf_path, part)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Save brief"), str(exc))

    def print_brief(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> None:
        """Each PDF page rendered at the printer's resolution, one page per sheet."""
        painter = QPainter(printer)
        try:
            for index in range(self.page_count()):
                if index:
                    printer.newPage()
                target = printer.pageRect(printer.Unit.DevicePixel).toRect()
                size = self.document.pagePointSize(index).toSize().scaled(target.size(),
                                                                          Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(index, size)
                painter.drawImage(target.topLeft(), image)
        finally:
            painter.end()
