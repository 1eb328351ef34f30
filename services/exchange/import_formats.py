"""Reading contact lists into a Table of text, within caps on size; CSV, .xlsx and vCard readers sit beside it.

The reading layer turns bytes into rows of cells and nothing more (no mapping, no database): every reader
streams its file and feeds a TableBuilder, which drops blank rows and refuses, with a message naming the file,
a table beyond the caps below. So any file costs time linear in its size and memory bounded by the caps.
"""

from __future__ import annotations

import io
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

from services.errors import UserError
from services.validation import MAX_TEXT
from services.words import Message


class ImportFileError(UserError):
    """A file that cannot be read as a table at all; nothing was imported."""


class ImportCancelledError(UserError):
    """The user cancelled reading or importing; nothing was imported."""


# progress(done, total) -> False to cancel; the readers report bytes, the importer rows and accounts.
Progress = Callable[[int, int], bool]

# Caps: far above a real contact list (Outlook's CSV export has 92 columns), low enough that the largest table
# allowed stays within about 200 MB of memory. A cell holds what a note of this program holds, so our own
# export always reads back.
MAX_ROWS = 200_000
MAX_COLUMNS = 500
MAX_CELL_CHARS = MAX_TEXT
MAX_TEXT_BYTES = 100 * 1024 * 1024  # all cells together, as UTF-8
MAX_LINE_CHARS = 1_000_000  # one physical line of a text file; a real row is a few hundred characters
PROGRESS_EVERY = 2048  # records between two progress reports
SEPARATOR = "\x00"  # between the cells of a packed row; a cell never keeps a NUL (see _joined)


@dataclass
class Table:
    """A header and rows of text; row_numbers[i] is the number the user sees for rows[i]."""

    headers: list[str]
    rows: Sequence[list[str]]
    row_numbers: Sequence[int]
    detected_encoding: str | None = None
    detected_delimiter: str | None = None
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    kind: str = "csv"  # "csv", "xlsx" or "vcard"


class PackedTexts:
    """Texts kept as UTF-8 in one buffer with their end offsets: no Python object, no allocation, per text.

    A str costs 50-80 bytes beside its letters, and millions of them fragment the heap.
    """

    def __init__(self) -> None:
        self.data = bytearray()
        self.ends = array("q")

    def append(self, text: str) -> None:
        self.data += text.encode("utf-8", errors="replace")
        self.ends.append(len(self.data))

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, index: int) -> str:
        if not 0 <= index < len(self.ends):
            raise IndexError(f"text {index} does not exist")
        start = self.ends[index - 1] if index else 0
        return self.data[start:self.ends[index]].decode("utf-8")


class PackedRows(Sequence[list[str]]):
    """Rows kept packed (cells joined by SEPARATOR) and split into cells when asked for.

    A list of lists of str costs ~60 bytes a cell; packed, a 50 MB file costs about 50 MB.
    """

    def __init__(self, texts: PackedTexts, width: int) -> None:
        self._texts = texts
        self.width = width

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> list[str]: ...

    @overload
    def __getitem__(self, index: slice) -> list[list[str]]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._cells(i) for i in range(*index.indices(len(self)))]
        return self._cells(index + len(self) if index < 0 else index)

    def _cells(self, index: int) -> list[str]:
        cells = self._texts[index].split(SEPARATOR)
        return cells + [""] * (self.width - len(cells))


class TableBuilder:
    """Collects a file's records as they stream in: the first non-blank one is the header, blank ones are
    dropped (their numbers are kept by the rows after them), and the caps are checked on every record."""

    def __init__(self, name: str, what: str = "row") -> None:
        self.name = name
        self.what = what  # how the user counts records: "row", or "card" for vCard
        self.headers: list[str] | None = None
        self.texts = PackedTexts()
        self.numbers: list[int] = []
        self.width = 0

    def add(self, number: int, cells: list[str]) -> None:
        end = len(cells)
        while end and not cells[end - 1].strip():
            end -= 1
        if not end:
            return
        self._check(number, cells, end)
        self.width = max(self.width, end)
        if self.headers is None:
            self.headers = [cell.strip().removeprefix("\ufeff") for cell in cells[:end]]
            return
        if len(self.texts) >= MAX_ROWS:
            raise ImportFileError("import.too_many_rows", file=self.name, limit=MAX_ROWS,
                                  records=Message(f"import.{self.what}s"))
        self.texts.append(_joined(cells[:end]))
        if len(self.texts.data) > MAX_TEXT_BYTES:
            raise ImportFileError("import.too_much_text", file=self.name, mb=MAX_TEXT_BYTES // 2**20)
        self.numbers.append(number)

    def _check(self, number: int, cells: list[str], end: int) -> None:
        if end > MAX_COLUMNS:
            raise ImportFileError("import.too_many_columns", file=self.name, column=end, limit=MAX_COLUMNS,
                                  where=Message(f"import.{self.what}", number=number))
        for column, cell in enumerate(cells[:end], start=1):
            if len(cell) > MAX_CELL_CHARS:
                header = self.headers[column - 1] if self.headers and column <= len(self.headers) else ""
                record = Message(f"import.{self.what}", number=number)
                where = Message("import.where_header" if header else "import.where_column", where=record,
                                column=column, header=header)
                raise cell_too_long(self.name, where)

    def table(self, **details) -> Table:
        headers = (self.headers or []) + [""] * (self.width - len(self.headers or []))
        return Table(headers=headers, rows=PackedRows(self.texts, self.width), row_numbers=self.numbers, **details)


def cell_too_long(name: str, where: Message) -> ImportFileError:
    return ImportFileError("import.cell_too_long", file=name, where=where, limit=MAX_CELL_CHARS)


def _joined(cells: list[str]) -> str:
    joined = SEPARATOR.join(cells)
    if joined.count(SEPARATOR) != len(cells) - 1:  # a NUL inside a cell: never meant as text
        joined = SEPARATOR.join(cell.replace(SEPARATOR, "") for cell in cells)
    return joined


def bounded_lines(text: io.TextIOBase, name: str) -> Iterator[str]:
    """The physical lines of text, each read with a cap, so a file without line breaks cannot fill memory."""
    readline = text.readline
    number = 0
    while True:
        line = readline(MAX_LINE_CHARS)
        if not line:
            return
        number += 1
        if len(line) == MAX_LINE_CHARS and line[-1] not in "\r\n":
            raise ImportFileError("import.line_too_long", file=name, line=number, limit=MAX_LINE_CHARS,
                                  cell=MAX_CELL_CHARS)
        yield line


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise ImportCancelledError("import.read_cancelled")


# ---------------------------------------------------------------- choosing a reader


CSV_EXTENSIONS = {".csv", ".tsv", ".tab", ".txt"}
XLSX_EXTENSIONS = {".xlsx", ".xlsm"}
VCARD_EXTENSIONS = {".vcf", ".vcard"}


def read_table(path: Path | str, encoding: str | None = None, delimiter: str | None = None,
               sheet: str | None = None, progress: Progress | None = None) -> Table:
    """Read path as a table; encoding, delimiter and sheet override what is detected."""
    from services.exchange.import_csv import read_csv
    from services.exchange.import_vcard import read_vcard
    from services.exchange.import_xlsx import read_xlsx

    path = Path(path)
    try:
        if path.is_dir():
            raise ImportFileError("import.folder", file=path.name)
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError("import.cannot_open", file=path.name, problem=exc.strerror) from exc
    if size == 0:
        raise ImportFileError("import.empty", file=path.name)
    try:
        kind = detect_kind(path)
        if kind == "xlsx":
            return read_xlsx(path, sheet, progress)
        if kind == "vcard":
            return read_vcard(path, encoding, progress)
        return read_csv(path, encoding, delimiter, progress)
    except OSError as exc:  # removed, or on a drive that went away, while it was being read
        raise ImportFileError("import.cannot_read", file=path.name, problem=exc.strerror or exc) from exc


def detect_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError("import.old_excel", file=path.name)
    if suffix in XLSX_EXTENSIONS:
        return "xlsx"
    if suffix in VCARD_EXTENSIONS:
        return "vcard"
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError("import.old_excel", file=path.name)
    from services.exchange.import_csv import decode_head

    if suffix not in CSV_EXTENSIONS and "BEGIN:VCARD" in decode_head(head).upper():
        return "vcard"
    return "csv"
