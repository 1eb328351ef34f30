"""Automatic rotating backups of the database, and restoring one safely: whole, checked, never under another process."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import NamedTuple

import models
from models import book_file, book_lock
from models.address import AddressLike, parse_address
from models.files import atomic_output, private_folder
from models.migrations import backups_dir
from services.errors import UserError, message_of
from services.paths import check_output_path, write_output
from services.words import Message

KEEP = 10  # automatic copies kept per kind ("start", "daily", "before-import" ...)
KEPT_MARK = ".before-restore-"  # rapport.before-restore-20261123-081500.sqlite: the book as it was before a restore


def sqlite_file(book: AddressLike) -> Path | None:
    """The book's SQLite file: what its copies, its lock and a restore work on (None: a server book, which the
    server's own backups keep; `backup FILE` copies it into an SQLite file)."""
    return parse_address(book).file


def list_backups(book: AddressLike) -> list[Path]:
    db_path = sqlite_file(book)
    if db_path is None:
        return []
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)


def latest_backup(book: AddressLike, passphrase: str | None = None) -> Path | None:
    """The newest automatic copy that is itself a sound Rapport database (an encrypted book's: read with
    passphrase)."""
    for candidate in list_backups(book):
        if _is_rapport_database(candidate, passphrase):
            return candidate
    return None


def backup_now(dest: Path) -> Path:
    """Copy the open database to dest (a private file, written whole): an SQLite book with SQLite's online backup;
    a server book row by row into a plain SQLite book a laptop can open (services.book.move)."""
    from models.dialect import on_server
    from services.book.move import copy_into_file

    dest = check_output_path(dest)
    with write_output(dest) as part:
        if on_server():
            copy_into_file(part)
        else:
            models.backup_to(part)
    return dest


def automatic_backup(book: AddressLike, kind: str, now: dt.datetime | None = None) -> Path | None:
    """A rotating copy: 'start' every launch, 'daily' once a day, 'before-…' before a command that changes many
    records; keeps the newest KEEP of each kind."""
    db_path = sqlite_file(book)
    if db_path is None:
        return None
    now = now or dt.datetime.now(dt.UTC)
    folder = private_folder(backups_dir(db_path))
    if kind == "daily":
        today = f"{db_path.stem}-daily-{now:%Y%m%d}"
        if any(p.name.startswith(today) for p in folder.glob("*.sqlite")):
            return None
    dest = backup_now(folder / f"{db_path.stem}-{kind}-{now:%Y%m%d-%H%M%S}.sqlite")
    copies = sorted(folder.glob(f"{db_path.stem}-{kind}-*.sqlite"), reverse=True)
    for old in copies[KEEP:]:
        old.unlink(missing_ok=True)
    return dest


def _is_rapport_database(path: Path, passphrase: str | None = None) -> bool:
    try:
        models.check_copy(path, passphrase)
    except models.DatabaseOpenError:
        return False
    return True


def restore(source: Path, book: AddressLike, passphrase: str | None = None) -> Path:
    """Replace the book at db_path with a copy of source; returns where the previous book was kept (db_path if
    there was none).

    The book must be closed in this process, and no other Rapport process may have it open (refused if one
    does). The copy is written to a .part beside the book and checked; the book is then kept under a
    before-restore name (a hard link: no copy) and the .part takes its place in one rename, so a kill at any
    moment leaves either the old book or the new one in place. passphrase: an encrypted copy's; the restored book
    stays encrypted with it.
    """
    source, db_path = Path(source), sqlite_file(book)
    if db_path is None:
        raise UserError("restore.on_server", book=parse_address(book))
    try:
        models.check_copy(source, passphrase)
    except models.DatabaseOpenError as exc:
        raise UserError("restore.refused_unchanged", problem=message_of(exc), file=source) from exc
    check_output_path(db_path)
    try:
        with book_lock.exclusive(db_path):
            kept = _keep_current(db_path)
            with atomic_output(db_path) as part:
                book_file.copy_book(source, part, passphrase)
                models.check_copy(part, passphrase)
                for side in _side_files(db_path):  # the old book's (emptied) log must not meet the new file
                    side.unlink(missing_ok=True)
            for leftover in interrupted_restore_parts(db_path):
                leftover.unlink(missing_ok=True)
    except models.DatabaseOpenError as exc:
        raise UserError("restore.refused", problem=message_of(exc), file=source) from exc
    except OSError as exc:
        raise UserError("restore.failed", file=source, book=db_path, problem=exc.strerror or exc) from exc
    return kept


def _side_files(book: Path) -> list[Path]:
    return [book.with_name(book.name + suffix) for suffix in ("-wal", "-shm")]


def _keep_current(db_path: Path) -> Path:
    """Keep the book under a before-restore name beside it, with its pending log if that could not be folded in."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return db_path
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.stem}{KEPT_MARK}{stamp}{db_path.suffix}")
    for n in range(2, 100):  # two restores in one second keep both books
        if not kept.exists():
            break
        kept = db_path.with_name(f"{db_path.stem}{KEPT_MARK}{stamp}-{n}{db_path.suffix}")
    settled = book_file.fold_wal(db_path)
    try:
        os.link(db_path, kept)
    except OSError:  # no hard links here (FAT, some network drives): a copy
        with atomic_output(kept) as part:
            shutil.copyfile(db_path, part)
    wal = _side_files(db_path)[0]
    if not settled:  # a damaged book is kept exactly as it was, log and all
        with atomic_output(kept.with_name(kept.name + "-wal")) as part:
            shutil.copyfile(wal, part)
    return kept


class InterruptedRestore(NamedTuple):
    """What a restore killed half-way left beside the book."""

    book: Path
    book_missing: bool  # no book (or an empty file) where the old restore had moved it away
    parts: list[Path]  # unfinished copies ({book}.part, {book}.*.part)
    kept: Path | None  # the newest copy of the book kept before a restore

    def advice(self) -> Message:
        """What was left, and the commands that put things right (for the command line)."""
        book, parts = self.book, ", ".join(str(p) for p in self.parts)
        if self.book_missing and self.kept is not None:
            code = "restore.put_back_kept_and_parts" if parts else "restore.put_back_kept"
            return Message(code, book=book, kept=self.kept, parts=parts)
        last = self.parts[-1] if self.parts else ""
        code = "restore.missing_parts_left" if self.book_missing else "restore.parts_left"
        return Message(code, book=book, parts=parts, last=last)


def _beside(db_path: Path, prefix: str, suffix: str) -> list[Path]:
    """Files beside the book named prefix…suffix, oldest name first (no glob: the book's name may hold [ or *)."""
    try:
        found = [p for p in db_path.parent.iterdir() if p.name.startswith(prefix) and p.name.endswith(suffix)]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name)


def interrupted_restore_parts(db_path: Path) -> list[Path]:
    """Unfinished copies a restore leaves beside the book if it is killed: {book}.part, {book}.*.part."""
    return _beside(db_path, db_path.name + ".", ".part")


def interrupted_restore(book: AddressLike) -> InterruptedRestore | None:
    """A restore that did not finish (a .part beside the book, or the book missing beside a before-restore copy);
    None when there is none. Opening then would start an empty book or hide the copy, so it is reported first."""
    db_path = sqlite_file(book)
    if db_path is None:  # a server book: restored on the server, never here
        return None
    parts = interrupted_restore_parts(db_path)
    missing = not db_path.exists() or db_path.stat().st_size == 0
    kept = _beside(db_path, db_path.stem + KEPT_MARK, db_path.suffix)
    newest = kept[-1] if kept else None
    if parts or (missing and newest is not None):
        return InterruptedRestore(db_path, missing, parts, newest)
    return None


def sound_part(found: InterruptedRestore) -> Path | None:
    """The newest unfinished copy that is complete after all (the restore was killed just before its rename)."""
    for part in reversed(found.parts):
        if _is_rapport_database(part):
            return part
    return None
