"""Encrypting the book, decrypting it, changing its passphrase; the passphrase kept for the session or in the
system keyring ("remember on this computer")."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

import models
from models import book_file, book_lock, encrypted
from models.address import AddressLike
from models.migrations import backups_dir
from services.book.backup import sqlite_file
from services.errors import UserError, message_of

__all__ = ["change_passphrase", "decrypt_book", "encrypt_book", "forget", "is_encrypted", "known_passphrase",
           "passphrase_opens", "prepare_key", "remember", "sqlite_file"]

log = logging.getLogger("rapport")

KEYRING_SERVICE = "Rapport book"
_session: dict[str, str] = {}  # book file -> passphrase that opened it in this process


def _file(book: AddressLike) -> Path:
    """The SQLite file to encrypt; an office database is protected by its server (UserError)."""
    path = sqlite_file(book)
    if path is None:
        raise UserError("crypt.on_server", book=book)
    return path


def is_encrypted(book: AddressLike) -> bool:
    """An SQLite file encrypted with SQLCipher (an office database never is: its server keeps it)."""
    path = sqlite_file(book)
    return path is not None and path.exists() and path.stat().st_size > 0 and book_file.is_encrypted(path)


def passphrase_opens(book: AddressLike, passphrase: str) -> bool:
    """The passphrase opens the book (a quick look at its first page; any other problem is for opening to tell)."""
    try:
        book_file.identify(_file(book), live=True, passphrase=passphrase)
    except models.DatabaseWrongPassphraseError:
        return False
    except models.DatabaseOpenError:
        return True
    return True


def prepare_key(book: AddressLike) -> None:
    """Derive the encrypted book's key from its known passphrase now (about 0.1 s of a start), so that opening
    it finds it ready: the GUI calls this on a thread while Qt starts. Any problem is left for opening to tell."""
    try:
        passphrase = known_passphrase(book)
        if passphrase is not None:
            encrypted.raw_key(_file(book), passphrase)
    except Exception as exc:  # a head start only: opening reports what is wrong
        log.info("the book's key was not prepared ahead: %s", exc)


def derive_in_background(book: AddressLike, passphrase: str | None) -> None:
    """Start deriving an encrypted book's key on a thread (hashlib gives the GIL up meanwhile): the launcher calls
    this before it imports Qt, so that the derivation overlaps the start instead of delaying the book's opening."""
    if passphrase is not None:
        remember(book, passphrase)
    if is_encrypted(book):
        threading.Thread(target=prepare_key, args=(book,), daemon=True).start()


def _key(book: AddressLike) -> str:
    return str(_file(book).resolve())


def known_passphrase(book: AddressLike) -> str | None:
    """The passphrase given for this book earlier in this process, else the one remembered on this computer.

    None for a plain book (the keyring is not even asked: on some systems that shows a prompt)."""
    if not is_encrypted(book):
        return None
    if _key(book) in _session:
        return _session[_key(book)]
    keyring, errors = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, _key(book))
    except errors.KeyringError as exc:
        log.warning("the system keyring cannot be read: %s", exc)
        return None


def remember(book: AddressLike, passphrase: str, on_this_computer: bool = False) -> bool:
    """Keep the passphrase for this session, and in the system keyring if asked; False if the keyring refused."""
    _session[_key(book)] = passphrase
    if not on_this_computer:
        return True
    keyring, errors = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, _key(book), passphrase)
    except errors.KeyringError as exc:
        log.warning("the system keyring refused the passphrase: %s", exc)
        return False
    return True


def forget(book: AddressLike) -> None:
    """No passphrase kept for this book, in the session or the keyring."""
    _session.pop(_key(book), None)
    keyring, errors = _keyring()
    with contextlib.suppress(errors.KeyringError):  # none was stored, or no keyring: nothing to forget
        keyring.delete_password(KEYRING_SERVICE, _key(book))


def _keyring():
    """keyring and its errors, imported when first needed: the import looks up every backend (~0.1 s), which a
    plain book's start must not pay."""
    import keyring
    import keyring.errors

    return keyring, keyring.errors


def _remembered_on_computer(book: AddressLike) -> bool:
    keyring, errors = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, _key(book)) is not None
    except errors.KeyringError:
        return False


def encrypt_book(book: AddressLike, passphrase: str, before_replace: Callable[[], None] = lambda: None) -> Path:
    """Encrypt the closed plain book (and its automatic backups) with passphrase; returns the book's file."""
    if is_encrypted(book):
        raise UserError("crypt.already_encrypted", book=_file(book))
    return _convert(book, None, _new(passphrase), before_replace)


def decrypt_book(book: AddressLike, passphrase: str) -> Path:
    """Turn the closed encrypted book (and its automatic backups) back into a plain SQLite file."""
    if not is_encrypted(book):
        raise UserError("crypt.not_encrypted", book=_file(book))
    path = _convert(book, passphrase, None)
    forget(book)
    return path


def change_passphrase(book: AddressLike, old: str, new: str) -> Path:
    """Re-encrypt the closed encrypted book (and its automatic backups) with the new passphrase."""
    if not is_encrypted(book):
        raise UserError("crypt.not_encrypted", book=_file(book))
    keep = _remembered_on_computer(book)
    path = _convert(book, old, _new(new))
    remember(book, new, on_this_computer=keep)
    return path


def _new(passphrase: str) -> str:
    if not passphrase.strip():
        raise UserError("crypt.empty_passphrase")
    return passphrase


def _convert(book: AddressLike, old: str | None, new: str | None,
             before_replace: Callable[[], None] = lambda: None) -> Path:
    """Check the book opens with old, then convert it alone (no other process may have it open)."""
    path = _file(book)
    try:
        models.check_copy(path, old)
        with book_lock.exclusive(path):
            encrypted.convert(path, old, new, before_replace)
    except models.DatabaseOpenError as exc:
        raise UserError("crypt.refused", problem=message_of(exc)) from exc
    except (OSError, *encrypted.CIPHER_ERRORS) as exc:
        raise UserError("crypt.failed", book=path, problem=exc) from exc
    _convert_backups(path, old, new)
    return path


def _convert_backups(path: Path, old: str | None, new: str | None) -> None:
    """The automatic copies follow the book: none stays readable without the new passphrase.

    A copy the old passphrase does not open (taken under an earlier one) is left as it is."""
    folder = backups_dir(path)
    if not folder.is_dir():
        return
    for copy in sorted(folder.glob(f"{path.stem}-*.sqlite")):
        try:
            models.check_copy(copy, old)
            encrypted.convert(copy, old, new)
        except (models.DatabaseOpenError, OSError, *encrypted.CIPHER_ERRORS) as exc:
            log.warning("the automatic copy %s was not converted: %s", copy, exc)
