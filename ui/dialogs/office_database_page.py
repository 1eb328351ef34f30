"""Settings → Office database: where the shared PostgreSQL book is, a trial connection, connecting to it, and going
back to the book on this computer. The password goes to the system keyring only, never to a settings file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.address import BookAddress
from services.book.server import DEFAULT_PORT, OfficeDatabase, keep_password, local_book, try_connection
from services.errors import UserError
from ui.worker import Worker, start


class OfficeDatabasePage(QWidget):
    """chosen(address) when the user connects (or goes back to the book here); the caller reopens the book."""

    chosen = Signal(object)

    def __init__(self, book: BookAddress | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        current = OfficeDatabase.of(book) if book is not None else None
        current = current or OfficeDatabase("")
        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText(self.tr("office-server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port or DEFAULT_PORT)
        self.database = QLineEdit(current.database)
        self.user = QLineEdit(current.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("connection_result")
        self._build(book)
        self.job: Worker | None = None

    def _build(self, book: BookAddress | None) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.local_button = QPushButton(self.tr("Use the book on this computer"))
        self.local_button.setEnabled(book is None or book.on_server)
        self.test_button.clicked.connect(lambda: self._try(connect=False))
        self.connect_button.clicked.connect(lambda: self._try(connect=True))
        self.local_button.clicked.connect(lambda: self.chosen.emit(local_book()))
        buttons = QHBoxLayout()
        for button in (self.test_button, self.connect_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.local_button)
        intro = QLabel(self.tr("Connect to the office database: the shared book on your firm's PostgreSQL server. "
                               "Ask whoever looks after the server for these details."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        if book is not None and book.on_server:
            self.result.setText(self.tr("In use now: {book}").format(book=book))

    def address(self) -> BookAddress:
        place = OfficeDatabase(self.host.text(), self.port.value(), self.database.text(), self.user.text())
        return place.address(self.password.text())

    def _try(self, connect: bool) -> None:
        """A trial connection off the GUI thread (an unreachable host takes the connect timeout); then connect."""
        try:
            book = self.address()
        except UserError as exc:
            self.result.setText(str(exc))
            return
        self.result.setText(self.tr("Connecting…"))
        self._busy(True)
        worker = Worker(lambda _progress: try_connection(book))
        worker.signals.finished.connect(lambda _none: self._answered(book, connect))
        worker.signals.failed.connect(self._refused)
        self.job = start(worker)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)

    def _refused(self, message: str) -> None:
        self._busy(False)
        self.result.setText(message)

    def _answered(self, book: BookAddress, connect: bool) -> None:
        self._busy(False)
        self.result.setText(self.tr("The office database answers."))
        if not connect:
            return
        if self.remember.isChecked() and book.password:
            try:
                keep_password(book, book.password)
            except UserError as exc:
                self.result.setText(str(exc))
                return
        self.chosen.emit(book)
