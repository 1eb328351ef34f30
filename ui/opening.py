"""Opening the book in the GUI: dialogs for a file that cannot be used, a restore cut off half-way or an office
database that does not answer, and the integrity check that runs while the window paints (writes wait for it)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

import models
from models.address import AddressLike, BookAddress, parse_address
from services.book import encryption
from services.errors import shown
from ui.dialogs.passphrase_dialog import ask_passphrase

log = logging.getLogger("rapport")
LAST_BOOK = "book/last"  # personal: the address of the book last connected to, never its password


def open_database_with_dialog(book: AddressLike, interactive: bool = True, defer_check: bool = False) -> bool:
    """Open the database; on a file that cannot be used explain, never touch it, offer the latest copy.

    defer_check: a book that opening writes nothing to is checked later by check_in_background().
    """
    if not settle_interrupted_restore(book, interactive):
        return False
    try:
        models.open_database(book, defer_check=defer_check, passphrase=encryption.known_passphrase(book))
        return True
    except models.DatabaseEncryptedError as exc:  # never "damaged": ask for the passphrase, again if wrong
        if interactive:
            return ask_passphrase(book) and open_database_with_dialog(book, interactive, defer_check)
        error = exc
    except models.DatabaseOpenError as exc:
        error = exc
    if not interactive:
        sys.stderr.write(f"rapport: {shown(error)}\n")
        return False
    if offer_latest_copy(book, error):
        return open_database_with_dialog(book, interactive, defer_check)
    return False


def open_book_with_dialog(book: AddressLike, interactive: bool = True, defer_check: bool = False,
                          parent: QWidget | None = None) -> BookAddress | None:
    """Open the book, a file or the office database; the address finally opened, or None (nothing open).

    A server that does not answer gets the page that waits for it (or opens the book here instead); one that
    refuses the login asks for the password and tries again.
    """
    book = parse_address(book)
    while book.on_server:
        try:
            models.open_database(book)
            return book
        except models.DatabaseOpenError as exc:
            error = exc
        if not interactive:
            sys.stderr.write(f"rapport: {shown(error)}\n")
            return None
        chosen = _after_refusal(book, error, parent)
        if chosen is None:
            return None
        book = chosen
    return book if open_database_with_dialog(book, interactive, defer_check) else None


def _after_refusal(book: BookAddress, error: models.DatabaseOpenError, parent: QWidget | None) -> BookAddress | None:
    """What to try next: the same server with a password typed, or what the waiting page chose; None: give up."""
    from ui.dialogs.server_password import ServerPasswordDialog
    from ui.dialogs.server_unreachable import ServerUnreachablePage

    if error.code == "book.server_refused":
        return ServerPasswordDialog(book, shown(error), parent).answered()
    if isinstance(error, models.ServerUnreachableError) and error.code == "book.server_unreachable":
        return ServerUnreachablePage(book, shown(error), parent).choose()
    QMessageBox.critical(parent, QCoreApplication.translate("App", "Cannot open the database"), shown(error))
    return None


def remembered_book(given: BookAddress) -> BookAddress:
    """Without --db or RAPPORT_DB: the book last connected to in Settings (personal, never with its password)."""
    import os

    from services.book.server import local_book

    last = QSettings().value(LAST_BOOK, "")
    if not last or os.environ.get("RAPPORT_DB") or given != local_book():
        return given
    try:
        return parse_address(str(last))
    except ValueError:  # an address this version cannot read: the book here, as before
        return given


def switch_book(window, book: BookAddress) -> bool:
    """Reopen the window on book (Settings → Office database); the previous book again when it cannot be."""
    previous = window.book
    models.close_database()
    opened = open_book_with_dialog(book, parent=window)
    if opened is None:
        open_book_with_dialog(previous, parent=window)
        return False
    window.book = opened
    QSettings().setValue(LAST_BOOK, opened.url)
    window.statusBar().showMessage(str(opened))
    window.reload_all()
    return True


def build_main_window(book: AddressLike):
    """The main window on the open book; None when the book proved damaged and no copy was taken instead.

    The held-back check runs after the window paints, but the account list is read before that: a damaged page
    there is the same damage the check reports, so it gets the same offer of the latest copy, not a traceback.
    """
    from ui.main_window import MainWindow

    try:
        return _painting_first(MainWindow(book))
    except models.READ_ERRORS as exc:
        log.warning("reading the book failed before its check: %s", exc)
        error = models.run_held_check() or models.DatabaseDamagedError(
            parse_address(book).file, "book.damaged_reading", path=book, problem=str(exc))
    models.close_database()
    if not offer_latest_copy(book, error) or not open_database_with_dialog(book, defer_check=True):
        return None
    return _painting_first(MainWindow(book))


def _painting_first(window):
    """The home screen (Today) fills in right after the window's first frame."""
    window.today_screen.load_after_first_paint()
    return window


def offer_latest_copy(book: AddressLike, error: models.DatabaseOpenError, parent: QWidget | None = None) -> bool:
    """Explain why the book cannot be used; for a damaged one offer the latest sound automatic copy.

    Returns True once that copy is in place (the damaged file is kept beside it, untouched).
    """
    from services.book.backup import latest_backup

    translate = QCoreApplication.translate
    copy = (latest_backup(book, encryption.known_passphrase(book))
            if isinstance(error, models.DatabaseDamagedError) else None)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "Cannot open the database"), shown(error),
                      parent=parent)
    if copy is None:
        box.setInformativeText(translate("App", "The file has not been changed."))
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setInformativeText(translate(
        "App", "The file has not been changed. You can quit and check it, or open the latest automatic copy "
        "({name}); the damaged file is then kept beside it.").format(name=copy.name))
    restore_button = box.addButton(translate("App", "Open latest copy"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    kept = _restore(copy, book, parent)
    if kept is None:
        return False
    QMessageBox.information(parent, translate("App", "Copy restored"), translate(
        "App", "Opened the copy {copy}. The damaged file was kept as {kept}.").format(copy=copy.name, kept=kept.name))
    return True


def _restore(source: Path, book: AddressLike, parent: QWidget | None) -> Path | None:
    """Put source in place of the book (closed first); None, after saying why, when it cannot be done."""
    from services.book.backup import restore
    from services.errors import UserError

    models.close_database()
    try:
        return restore(source, book, encryption.known_passphrase(book))
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("App", "Restore a backup"), str(exc))
        return None


def settle_interrupted_restore(book: AddressLike, interactive: bool = True) -> bool:
    """Before opening: a restore cut off half-way is reported and its copy offered back, never replaced by an
    empty book. Returns whether opening may go on."""
    from services.book.backup import interrupted_restore

    found = interrupted_restore(book)
    if found is None:
        return True
    if not interactive:
        sys.stderr.write(f"rapport: {found.advice()}\n")
        return False
    text, action, source = _interrupted_restore_offer(found)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "A restore was interrupted"), text)
    if action is None:
        box.setInformativeText(QCoreApplication.translate(
            "App", "The unfinished copy is damaged. Delete it to start an empty book."))
    chosen = box.addButton(action, QMessageBox.ButtonRole.AcceptRole) if action else None
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if chosen is None or box.clickedButton() is not chosen:
        return False
    if source is not None:
        return _restore(source, book, None) is not None
    for part in found.parts:
        part.unlink(missing_ok=True)
    return True


def _interrupted_restore_offer(found) -> tuple[str, str | None, Path | None]:
    """What to tell, the button's text (None: nothing to offer) and the file it restores (None: it removes the
    unfinished copies and opens the book as it is)."""
    from services.book.backup import sound_part

    translate = QCoreApplication.translate
    parts = ", ".join(p.name for p in found.parts)
    if found.book_missing and found.kept is not None:
        return translate("App", "The database {book} is missing: a restore was interrupted. The copy of the book "
                         "kept before it is {kept}.").format(book=found.book, kept=found.kept.name), \
            translate("App", "Put it back"), found.kept
    if found.book_missing:
        source = sound_part(found)
        text = translate("App", "The database {book} is missing: a restore was interrupted and left {parts}.")
        return text.format(book=found.book, parts=parts), \
            translate("App", "Finish the restore") if source else None, source
    return translate("App", "A restore into {book} was interrupted before it replaced the book, so the book was "
                     "not changed. The unfinished copy {parts} is left beside it.").format(book=found.book,
                                                                                          parts=parts), \
        translate("App", "Remove it and open the book"), None


def check_in_background(window, book: AddressLike, passed: Callable[[], None]) -> None:
    """Run the held-back integrity check off the GUI thread; then passed(), or the damaged-file dialog."""
    from ui.worker import Worker, start

    worker = Worker(lambda _progress: models.run_held_check())
    worker.signals.finished.connect(lambda error: _checked(window, book, error, passed))
    worker.signals.failed.connect(lambda message: log.error("integrity check failed to run: %s", message))
    window.integrity_check = start(worker)  # kept: its signals must outlive this call


def _checked(window, book: AddressLike, error: models.DatabaseOpenError | None, passed: Callable[[], None]) -> None:
    if error is None:
        passed()
        return
    log.warning("%s", error)
    if not offer_latest_copy(book, error, parent=window):
        window.close()
        return
    try:
        models.open_database(book, passphrase=encryption.known_passphrase(book))
    except models.DatabaseOpenError as again:
        QMessageBox.critical(window, QCoreApplication.translate("App", "Cannot open the database"), str(again))
        window.close()
        return
    window.reload_all()
    passed()
