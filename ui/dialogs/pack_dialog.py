"""Build a trade-fair pack: one PDF of briefs for many accounts, with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from services.briefs import builder
from ui.i18n import current_lang
from ui.widgets.print_choices import language_box, paper_box
from ui.worker import Worker, start


class PackDialog(QDialog):
    built = Signal(str)  # path of the finished pack

    def __init__(self, selected: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefs for a trade fair"))
        self.selected = selected
        self.scope = QButtonGroup(self)
        self.sel_radio = QRadioButton(self.tr("The {n} selected accounts").format(n=len(selected)))
        self.all_radio = QRadioButton(self.tr("All accounts"))
        self.source_radio = QRadioButton(self.tr("Accounts from a fair or source"))
        self.country_radio = QRadioButton(self.tr("Accounts in a country"))
        for i, radio in enumerate((self.sel_radio, self.all_radio, self.source_radio, self.country_radio)):
            self.scope.addButton(radio, i)
        self.sel_radio.setEnabled(bool(selected))
        (self.sel_radio if selected else self.all_radio).setChecked(True)
        self.source = QComboBox()
        self.source.addItems(builder.sources())
        self.country = QComboBox()
        for code, name in builder.countries_with_accounts(current_lang()):
            self.country.addItem(f"{name} ({code})", code)
        self.lang = language_box()
        self.paper = paper_box()
        self.progress = QProgressBar()
        self.progress.setValue(0)
        self.status = QLabel()
        self.build_button = QPushButton(self.tr("Build pack…"))
        self.build_button.clicked.connect(self.choose_and_build)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.build_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.cancel_or_close)
        form = QFormLayout()
        form.addRow(self.sel_radio)
        form.addRow(self.all_radio)
        form.addRow(self.source_radio, self.source)
        form.addRow(self.country_radio, self.country)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Paper"), self.paper)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.worker: Worker | None = None

    def account_uuids(self) -> list[str]:
        choice = self.scope.checkedId()
        if choice == 0:
            return list(self.selected)
        if choice == 2:
            return builder.pack_accounts(source=self.source.currentText())
        if choice == 3:
            return builder.pack_accounts(country=self.country.currentData())
        return builder.pack_accounts()

    def title(self) -> str:
        choice = self.scope.checkedId()
        if choice == 2:
            return self.source.currentText()
        if choice == 3:
            return self.country.currentText()
        return ""

    def choose_and_build(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save pack"), "rapport-briefs.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.build(Path(path))

    def build(self, path: Path) -> Worker:
        uuids, title = self.account_uuids(), self.title()
        lang, paper = self.lang.currentData(), self.paper.currentData()
        self.build_button.setEnabled(False)
        self.status.setText(self.tr("Building {n} briefs…").format(n=len(uuids)))
        self.progress.setRange(0, max(1, len(uuids)))
        self.worker = Worker(lambda progress: builder.write_pack(uuids, path, lang=lang, paper=paper,
                                                                      subtitle=title, progress=progress))
        self.worker.signals.progress.connect(lambda done, _total: self.progress.setValue(done))
        self.worker.signals.finished.connect(lambda pages: self._done(path, pages))
        self.worker.signals.failed.connect(self._failed)
        return start(self.worker)

    def _done(self, path: Path, pages: int) -> None:
        self.worker = None
        self.build_button.setEnabled(True)
        self.status.setText(self.tr("Done: {pages} pages in {file}.").format(pages=pages, file=path.name))
        self.built.emit(str(path))

    def _failed(self, message: str) -> None:
        self.worker = None
        self.build_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(message)

    def cancel_or_close(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()
