"""File ▸ Encrypt this book… / Decrypt… / Change passphrase…: the passphrase dialog, the conversion off the GUI
thread while the book is closed, then the book opened again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog

import models
from services.book import encryption
from ui.dialogs.passphrase_dialog import CURRENT, NEW, PassphraseDialog
from ui.worker import Worker, start


def add_actions(window, menu: QMenu) -> list[QAction]:
    """The three entries, each enabled only when it applies to the open book (checked as the menu opens)."""
    encrypt = QAction(QCoreApplication.translate("BookEncryption", "Encr&ypt this book…"), window)
    decrypt = QAction(QCoreApplication.translate("BookEncryption", "&Decrypt…"), window)
    change = QAction(QCoreApplication.translate("BookEncryption", "Chan&ge passphrase…"), window)
    for action, slot in ((encrypt, encrypt_book), (decrypt, decrypt_book), (change, change_passphrase)):
        action.triggered.connect(lambda _checked=False, slot=slot: slot(window))
        menu.addAction(action)

    def show_state() -> None:
        is_encrypted = encryption.is_encrypted(window.book)
        encrypt.setEnabled(not is_encrypted and window.book.file is not None)  # a server book: its server keeps it
        decrypt.setEnabled(is_encrypted)
        change.setEnabled(is_encrypted)

    menu.aboutToShow.connect(show_state)
    show_state()
    return [encrypt, decrypt, change]


def encrypt_book(window) -> PassphraseDialog:
    title = QCoreApplication.translate("BookEncryption", "Encrypt this book")
    intro = QCoreApplication.translate(
        "BookEncryption", "Encrypt the book and its automatic backups with a passphrase: a lost or stolen laptop "
        "then gives nothing away. Rapport asks for it at every start. Nobody can open the book without it, so "
        "write it down and keep it safe.")
    done = QCoreApplication.translate("BookEncryption", "The book is encrypted.")
    dialog = PassphraseDialog(title, intro, window.book, (NEW,), window)
    dialog.name_action(QCoreApplication.translate("BookEncryption", "Encrypt"))
    dialog.accepted.connect(lambda: _convert(
        window, lambda _progress: encryption.encrypt_book(window.book, dialog.result_record[NEW]),
        dialog.result_record[NEW], dialog.remember.isChecked(), done))
    dialog.open()
    return dialog


def decrypt_book(window) -> PassphraseDialog:
    title = QCoreApplication.translate("BookEncryption", "Decrypt the book")
    intro = QCoreApplication.translate(
        "BookEncryption", "Turn the book and its automatic backups back into plain files that anyone with the "
        "laptop can read. Type the passphrase to confirm.")
    done = QCoreApplication.translate("BookEncryption", "The book is no longer encrypted.")
    dialog = PassphraseDialog(title, intro, window.book, (CURRENT,), window)
    dialog.name_action(QCoreApplication.translate("BookEncryption", "Decrypt"))
    dialog.remember.hide()
    dialog.accepted.connect(lambda: _convert(
        window, lambda _progress: encryption.decrypt_book(window.book, dialog.result_record[CURRENT]),
        None, False, done))
    dialog.open()
    return dialog


def change_passphrase(window) -> PassphraseDialog:
    title = QCoreApplication.translate("BookEncryption", "Change passphrase")
    intro = QCoreApplication.translate(
        "BookEncryption", "The book and its automatic backups are encrypted again with the new passphrase.")
    done = QCoreApplication.translate("BookEncryption", "The passphrase is changed.")
    dialog = PassphraseDialog(title, intro, window.book, (CURRENT, NEW), window)
    dialog.name_action(QCoreApplication.translate("BookEncryption", "Change"))
    dialog.accepted.connect(lambda: _convert(
        window, lambda _progress: encryption.change_passphrase(
            window.book, dialog.result_record[CURRENT], dialog.result_record[NEW]),
        dialog.result_record[NEW], dialog.remember.isChecked(), done))
    dialog.open()
    return dialog


def _convert(window, work: Callable, passphrase: str | None, remember: bool, done: str) -> None:
    """Close the book, run work in the background behind a busy dialog, open the book again."""
    models.close_database()
    busy = QProgressDialog(QCoreApplication.translate("BookEncryption", "Converting the book…"), "", 0, 0, window)
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(0)
    busy.show()
    worker = Worker(work)
    worker.signals.finished.connect(lambda _path: _reopen(window, busy, passphrase, remember, done, None))
    worker.signals.failed.connect(lambda message: _reopen(window, busy, None, False, done, message))
    window.conversion = start(worker)  # kept: its signals must outlive this call


def _reopen(window, busy: QProgressDialog, passphrase: str | None, remember: bool, done: str,
            failure: str | None) -> None:
    from ui.opening import open_database_with_dialog

    busy.close()
    kept = passphrase is None or encryption.remember(window.book, passphrase, remember)
    if not open_database_with_dialog(window.book):
        window.close()
        return
    window.reload_all()
    title = QCoreApplication.translate("BookEncryption", "Encryption")
    if failure is not None:
        QMessageBox.warning(window, title, failure)
    elif not kept:
        QMessageBox.information(window, title, done + " " + QCoreApplication.translate(
            "BookEncryption", "This computer has no keyring to remember the passphrase in: Rapport will ask for it "
            "at every start."))
    else:
        window.statusBar().showMessage(done, 8000)
    window.conversion_done.emit()
