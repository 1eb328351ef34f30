"""Where the user's data lives (never inside the install folder), and the checked, whole writing of output files."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import platformdirs

from models.address import BookAddress, DatabaseAddressError, parse_address
from models.files import atomic_output, private_folder
from services.errors import UserError

APP_NAME = "Rapport"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def book_address(chosen: str | None = None) -> BookAddress:
    """The book to open: --db (a path or sqlite: address, models.address), else RAPPORT_DB, else rapport.sqlite in
    the data folder.

    Only the data folder is created (private to the user); a chosen file in a folder that does not exist is
    refused when opened, never created.
    """
    chosen = chosen or os.environ.get("RAPPORT_DB")
    if not chosen:
        return BookAddress.sqlite(private_folder(data_dir()) / "rapport.sqlite")
    try:
        return parse_address(chosen)
    except DatabaseAddressError as exc:
        raise UserError(exc.code, **exc.params) from exc


def log_path() -> Path:
    return data_dir() / "rapport.log"


def check_output_path(path: Path | str) -> Path:
    """The file a command is to write, or a UserError saying why it cannot be written there."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise UserError("file.is_folder", path=path, example=path / "rapport-export")
    folder = path.parent
    if not folder.is_dir():
        raise UserError("file.no_folder", folder=folder, file=path.name)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError("file.folder_denied", folder=folder, file=path.name)
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError("file.read_only", path=path)
    return path


@contextlib.contextmanager
def write_output(path: Path | str) -> Iterator[Path]:
    """Check path, then yield a private .part beside it that becomes path when the block ends.

    Every file Rapport writes for the user (exports, bundles, briefs, calendars, backups) goes through here: a
    failure removes the .part and becomes a UserError naming the file; the old file at path stays as it was.
    """
    path = check_output_path(path)
    try:
        with atomic_output(path) as part:
            yield part
    except OSError as exc:
        raise UserError("file.not_written", path=path, problem=exc.strerror or exc) from exc
