"""The office database does not answer at start: say so, retry by itself every few seconds, or let the user open
the book on this computer or change the connection in Settings — never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.address import BookAddress
from services.book.server import local_book, try_connection
from ui.worker import Worker, start

RETRY_MS = 5000


class ServerUnreachablePage(QDialog):
    """choose(): the book to open — the server once it answers, the book here, or another server from Settings;
    None when the user quits."""

    def __init__(self, book: BookAddress, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.chosen: BookAddress | None = None
        self.job: Worker | None = None
        self.setWindowTitle(self.tr("The office database cannot be reached"))
        self.setMinimumWidth(520)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.state = QLabel(self.tr("Rapport tries again every few seconds and opens the book when the server "
                                    "answers."))
        self.state.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"))
        local = QPushButton(self.tr("Open the book on this computer"))
        settings = QPushButton(self.tr("Settings…"))
        quit_button = QPushButton(self.tr("Quit"))
        self.retry_button.clicked.connect(self.retry)
        local.clicked.connect(lambda: self._choose(local_book()))
        settings.clicked.connect(self._settings)
        quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.retry_button, local, settings):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)

    def choose(self) -> BookAddress | None:
        self.timer.start()
        self.exec()
        self.timer.stop()
        return self.chosen

    def retry(self) -> None:
        """A trial connection off the GUI thread; the book opens (this page closes) once the server answers."""
        if self.job is not None:
            return
        self.state.setText(self.tr("Trying again…"))
        self.retry_button.setEnabled(False)
        worker = Worker(lambda _progress: try_connection(self.book))
        worker.signals.finished.connect(lambda _none: self._choose(self.book))
        worker.signals.failed.connect(self._still_away)
        self.job = start(worker)

    def _still_away(self, message: str) -> None:
        self.job = None
        self.retry_button.setEnabled(True)
        self.problem.setText(message)
        self.state.setText(self.tr("Still no answer; Rapport tries again every few seconds."))

    def _choose(self, book: BookAddress) -> None:
        self.job = None
        self.chosen = book
        self.accept()

    def _settings(self) -> None:
        from ui.dialogs.office_database_page import OfficeDatabasePage

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Office database"))
        page = OfficeDatabasePage(self.book, dialog)
        page.chosen.connect(dialog.accept)
        page.chosen.connect(self._choose)
        QVBoxLayout(dialog).addWidget(page)
        dialog.exec()
