"""Reading Excel .xlsx workbooks as a stream of XML events, so a workbook costs what its cells hold.

A sheet's declared size (`<dimension ref="A1:XFD1048576">`) is ignored: cells are read as they come, blank
ones dropped. More shared strings than any contact list holds are refused; the package's own safety checks
(zip bombs, document types) live in xlsx_parts.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.parsers import expat

from services.exchange.import_formats import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    ImportFileError,
    PackedTexts,
    Progress,
    Table,
    TableBuilder,
    cell_too_long,
)
from services.exchange.xlsx_parts import ByteCounter, local_name, parse_part, workbook_index
from services.words import Message

MAX_SHARED_STRINGS = 1_000_000
MAX_SHARED_BYTES = 100 * 1024 * 1024
ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")  # OOXML's escape for control characters: _x000D_ is a CR
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, expat.ExpatError, ValueError, KeyError, IndexError,
           NotImplementedError, RuntimeError)  # the last two: a compression method or encryption zipfile lacks


def read_xlsx(path: Path, sheet: str | None = None, progress: Progress | None = None) -> Table:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise _not_a_workbook(path) from exc
    with archive:
        try:
            return _read_workbook(archive, path.name, sheet, progress)
        except DAMAGED as exc:
            raise ImportFileError("import.xlsx_damaged_part", file=path.name, problem=str(exc)) from exc


def _not_a_workbook(path: Path) -> ImportFileError:
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ImportFileError("import.xlsx_password", file=path.name)
    if head.startswith(b"PK"):
        return ImportFileError("import.xlsx_cut_off", file=path.name)
    text = head.decode("utf-8", errors="replace")
    if "\x00" not in text and text.count("\ufffd") < 4 and ("," in text or ";" in text or "\t" in text):
        return ImportFileError("import.xlsx_is_text", file=path.name)
    return ImportFileError("import.not_xlsx", file=path.name)


def _read_workbook(archive: zipfile.ZipFile, name: str, sheet: str | None, progress: Progress | None) -> Table:
    book = workbook_index(archive, name)
    names = list(book.sheets)
    if not names:
        raise ImportFileError("import.no_sheets", file=name)
    if sheet is not None and sheet not in names:
        raise ImportFileError("import.no_such_sheet", file=name, sheet=sheet, sheets=", ".join(names))
    chosen = sheet or names[0]
    kind, part = book.sheets[chosen]
    builder = TableBuilder(name)
    if kind.endswith("/worksheet") and part in archive.NameToInfo:  # not a chart sheet
        parts = [p for p in (book.shared_strings, part) if p in archive.NameToInfo]
        counter = ByteCounter(progress, sum(archive.getinfo(p).file_size for p in parts))
        dates = _date_styles(archive, book.styles, name)
        strings = _shared_strings(archive, book.shared_strings, name, counter)
        reader = _SheetReader(strings, dates, book.epoch, builder, name)
        parse_part(archive, part, name, reader.handlers(), counter)
    return builder.table(kind="xlsx", sheets=names, sheet=chosen)


# ---------------------------------------------------------------- shared strings and styles


class _TextCollector:
    """The text of <t> elements (not of phonetic <rPh> runs) inside each item element; item_done gets it."""

    def __init__(self, item: str, item_done: Callable[[str], None], where: Callable[[], Message], name: str) -> None:
        self.item, self.item_done, self.where, self.name = item, item_done, where, name
        self.parts: list[str] = []
        self.size = 0
        self.within = self.collecting = self.phonetic = False

    def start(self, local: str) -> None:
        if local == self.item:
            self.parts, self.size, self.within = [], 0, True
        elif local == "t" and self.within and not self.phonetic:
            self.collecting = True
        elif local == "rPh":
            self.phonetic = True

    def end(self, local: str) -> None:
        if local == "t":
            self.collecting = False
        elif local == "rPh":
            self.phonetic = False
        elif local == self.item:
            self.within = False
            self.item_done(_unescaped("".join(self.parts)))

    def text(self, data: str) -> None:
        if self.collecting:
            self.size += len(data)
            if self.size > MAX_CELL_CHARS:
                raise cell_too_long(self.name, self.where())
            self.parts.append(data)


def _shared_strings(archive: zipfile.ZipFile, part: str | None, name: str, counter: ByteCounter) -> PackedTexts:
    strings = PackedTexts()
    if part is None or part not in archive.NameToInfo:
        return strings

    def add(text: str) -> None:
        if len(strings) >= MAX_SHARED_STRINGS or len(strings.data) > MAX_SHARED_BYTES:
            raise ImportFileError("import.too_many_strings", file=name, limit=MAX_SHARED_STRINGS,
                                  mb=MAX_SHARED_BYTES // 2**20)
        strings.append(text)

    collector = _TextCollector("si", add, lambda: Message("import.shared_string", number=len(strings) + 1), name)
    parse_part(archive, part, name, {"StartElementHandler": lambda tag, _attrs: collector.start(local_name(tag)),
                                 "EndElementHandler": lambda tag: collector.end(local_name(tag)),
                                 "CharacterDataHandler": collector.text}, counter)
    return strings


def _date_styles(archive: zipfile.ZipFile, part: str | None, name: str) -> set[int]:
    """Indexes of the cell styles whose number format shows a date or time."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    if part is None or part not in archive.NameToInfo:
        return set()
    date_formats = {str(key) for key, code in BUILTIN_FORMATS.items() if is_date_format(code)}
    dates: set[int] = set()
    inside: list[str] = []
    styles = 0  # cell styles seen so far: a cell's s="N" counts them from 0

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal styles
        local = local_name(tag)
        if local == "numFmt":  # numFmts come before cellXfs, as the standard orders them
            fmt_id = attrs.get("numFmtId", "")
            if is_date_format(attrs.get("formatCode", "")):
                date_formats.add(fmt_id)
            else:
                date_formats.discard(fmt_id)
        elif local == "xf" and inside[-1:] == ["cellXfs"]:
            if attrs.get("numFmtId", "0") in date_formats:
                dates.add(styles)
            styles += 1
        inside.append(local)

    def end(_tag: str) -> None:
        inside.pop()

    parse_part(archive, part, name, {"StartElementHandler": start, "EndElementHandler": end})
    return dates


def _unescaped(text: str) -> str:
    return ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


# ---------------------------------------------------------------- the sheet


class _SheetReader:
    """Turns a sheet's XML events into records for the TableBuilder, one row at a time."""

    def __init__(self, strings: PackedTexts, dates: set[int], epoch: dt.datetime, builder: TableBuilder,
                 name: str) -> None:
        self.strings, self.dates, self.epoch, self.builder, self.name = strings, dates, epoch, builder, name
        self.row = self.column = 0
        self.cells: dict[int, str] = {}
        self.kind, self.style = "n", ""
        self.value: list[str] = []
        self.size = 0
        self.in_value = False
        self.inline = _TextCollector("is", self._keep, self._where, name)
        self.columns: dict[str, int] = {}  # "AB" -> 28, for the columns read (a few hundred at most)

    def handlers(self) -> dict[str, Callable]:
        return {"StartElementHandler": self.start, "EndElementHandler": self.end,
                "CharacterDataHandler": self.text}

    def _where(self) -> Message:
        return Message("import.cell", row=self.row, column=self.column)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        local = tag.rpartition(":")[2] if ":" in tag else tag
        if local == "c":
            ref = attrs.get("r")
            self.column = (self._column(ref) if ref else 0) or self.column + 1
            self.kind, self.style = attrs.get("t", "n"), attrs.get("s", "")
            self.value, self.size = [], 0
        elif local == "v":
            self.in_value = True
        elif local == "row":
            number = attrs.get("r")
            self.row = int(number) if number and number.isdigit() else self.row + 1
            self.column = 0
            self.cells = {}
        else:
            self.inline.start(local)

    def _column(self, ref: str) -> int:
        letters = ref.rstrip("0123456789")
        index = self.columns.get(letters)
        if index is None:
            index = column_index(letters)
            if index <= MAX_COLUMNS:
                self.columns[letters] = index
        return index

    def end(self, tag: str) -> None:
        local = tag.rpartition(":")[2] if ":" in tag else tag
        if local == "v":
            self.in_value = False
        elif local == "c":
            if self.value:
                self._keep(self._cell_text("".join(self.value)))
        elif local == "row":
            if self.cells:
                width = max(self.cells)
                self.builder.add(self.row, [self.cells.get(i, "") for i in range(1, width + 1)])
        else:
            self.inline.end(local)

    def text(self, data: str) -> None:
        if self.in_value:
            self.size += len(data)
            if self.size > MAX_CELL_CHARS:
                raise cell_too_long(self.name, self._where())
            self.value.append(data)
        else:
            self.inline.text(data)

    def _keep(self, text: str) -> None:
        if not text:
            return
        if self.column > MAX_COLUMNS:
            raise ImportFileError("import.too_many_columns", file=self.name, column=self.column, limit=MAX_COLUMNS,
                                  where=Message("import.row", number=self.row))
        self.cells[self.column] = text

    def _cell_text(self, raw: str) -> str:
        kind = self.kind
        if kind == "s":
            return self.strings[int(raw)]
        if kind in ("str", "inlineStr", "e"):
            return _unescaped(raw)
        if kind == "b":
            return "TRUE" if raw.strip() not in ("0", "") else "FALSE"
        if kind == "d":
            try:
                return cell_text(dt.datetime.fromisoformat(raw))
            except ValueError:
                return raw
        try:
            number = float(raw) if any(ch in raw for ch in ".eE") else int(raw)
        except ValueError:  # not a number after all, or more digits than Python converts
            return raw
        if not math.isfinite(number):
            return raw
        if self.style.isdigit() and int(self.style) in self.dates:
            return cell_text(_from_excel(number, self.epoch))
        return cell_text(number)


def _from_excel(serial: float, epoch: dt.datetime) -> dt.datetime | dt.time | float:
    """An Excel date serial as a datetime (a time for fractions of a day); out of range stays a number."""
    from openpyxl.utils.datetime import from_excel

    try:
        return from_excel(serial, epoch)
    except (OverflowError, ValueError):
        return serial


def column_index(ref: str) -> int:
    """'A1' -> 1, 'AB7' -> 28; 0 when ref names no column."""
    letters = ref.lstrip("$").rstrip("0123456789").rstrip("$")
    if not (letters.isascii() and letters.isalpha()):
        return 0
    index = 0
    for ch in letters[:8].upper():  # 8 letters are far beyond any column read; no need to count further
        index = index * 26 + ord(ch) - 64
    return index


def cell_text(value: float | dt.datetime | dt.time) -> str:
    """A number, date or time of a sheet as the user sees it: phone numbers stored as numbers lose no digits."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
