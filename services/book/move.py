"""Moving the whole book into an empty database (the office server, or a new SQLite file, and back), verified."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from models import book_copy
from models.address import parse_address
from models.book_copy import TableSum
from services.errors import UserError
from services.paths import check_output_path

Progress = Callable[[str, int, int], None]  # table, rows done, rows in all


class MoveReport(NamedTuple):
    target: str  # where the book went (a server address without its password, or a file)
    tables: list[TableSum]  # per table: rows and checksum, equal on both sides
    seconds: float


def _quiet(table: str, done: int, total: int) -> None:
    return None


def move_book(to: str, progress: Progress = _quiet) -> MoveReport:
    """Copy the open book, every table, ids, uuids and times as they are, into the empty database at `to` (a
    postgresql:// URL, or a new SQLite file: a path or sqlite:/// URL). The moved book keeps its exchange
    identity. All or nothing: on any failure the target is left without a table (or without a file).

    UserError: the target is not empty, cannot be reached, or the copy's checksums differ."""
    target = parse_address(to)
    started = time.perf_counter()
    try:
        if target.on_server:
            sums = book_copy.copy_to_server(target, progress)
            where = str(target.where)
        else:
            assert target.file is not None
            path = check_output_path(target.file)
            sums = book_copy.copy_to_file(path, progress, same_book=True)
            where = str(path)
    except book_copy.TargetNotEmptyError as exc:
        raise UserError("move.target_not_empty", target=exc.args[0]) from exc
    except book_copy.CopyMismatchError as exc:
        raise UserError("move.copy_differs", tables=", ".join(exc.tables)) from exc
    return MoveReport(where, sums, time.perf_counter() - started)


def copy_into_file(dest: Path) -> None:
    """Write the open book into dest (a new file, usually a .part) as a plain SQLite book: a server book's
    `backup FILE`. The copy takes its own exchange identity when it is first opened."""
    book_copy.copy_to_file(dest, _quiet, same_book=False)
