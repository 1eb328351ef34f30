"""Reading Excel .xlsx workbooks as a stream of XML events, so a workbook costs what its cells hold.

A sheet's declared size (`<dimension ref="A1:XFD1048576">`) is ignored: cells are read as they come, blank
ones dropped. A part that unpacks far beyond its packed size (a zip bomb), more shared strings than any
contact list, or a document type declaration (entity tricks) is refused with a message before it is read.
"""

from __future__ import annotations

import datetime as dt
import math
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from services.import_formats import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    ImportFileError,
    PackedTexts,
    Progress,
    Table,
    TableBuilder,
    cell_too_long,
    check_progress,
)

# A real sheet packs 5-20 to 1; deflate allows 1032 to 1. Parts up to SMALL_PART unpacked are always read.
MAX_EXPANSION = 100
SMALL_PART = 4 * 1024 * 1024
# The workbook's list of sheets, its relationships and styles: a few KB in a real workbook.
MAX_INDEX_PART = 16 * 1024 * 1024
MAX_SHEETS = 1000
MAX_SHARED_STRINGS = 1_000_000
MAX_SHARED_BYTES = 100 * 1024 * 1024
CHUNK = 256 * 1024
OFFICE_DOCUMENT = "/officeDocument"
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
            raise ImportFileError(f"{path.name} is damaged: part of the workbook cannot be read ({exc}). Open it "
                                  "in Excel and save it again, or export it again, then import the new file.") \
                from exc


def _not_a_workbook(path: Path) -> ImportFileError:
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ImportFileError(f"{path.name} is protected with a password, or is an old Excel file (.xls) renamed: "
                               "open it in Excel, remove the password, save it as .xlsx and import that.")
    if head.startswith(b"PK"):
        return ImportFileError(f"{path.name} is a damaged Excel workbook (.xlsx): it is cut off or not complete. "
                               "Copy or download it again, or open it in Excel and save it again.")
    text = head.decode("utf-8", errors="replace")
    if "\x00" not in text and text.count("\ufffd") < 4 and ("," in text or ";" in text or "\t" in text):
        return ImportFileError(f"{path.name} is not an Excel workbook (.xlsx): it holds text, perhaps a CSV list. "
                               "Rename it to end in .csv and import it again.")
    return ImportFileError(f"{path.name} is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel and "
                           "save it as .xlsx or CSV UTF-8, then import that.")


# ---------------------------------------------------------------- parts of the workbook


@dataclass
class _Book:
    sheets: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (relationship type, part path)
    shared_strings: str | None = None
    styles: str | None = None
    epoch: dt.datetime = dt.datetime(1899, 12, 30)


def _read_workbook(archive: zipfile.ZipFile, name: str, sheet: str | None, progress: Progress | None) -> Table:
    book = _book(archive, name)
    names = list(book.sheets)
    if not names:
        raise ImportFileError(f"{name} has no sheets.")
    if sheet is not None and sheet not in names:
        raise ImportFileError(f"{name} has no sheet named '{sheet}' (it has: {', '.join(names)}).")
    chosen = sheet or names[0]
    kind, part = book.sheets[chosen]
    builder = TableBuilder(name)
    if kind.endswith("/worksheet") and part in archive.NameToInfo:  # not a chart sheet
        parts = [p for p in (book.shared_strings, part) if p in archive.NameToInfo]
        counter = _Counter(progress, sum(archive.getinfo(p).file_size for p in parts))
        dates = _date_styles(archive, book.styles, name)
        strings = _shared_strings(archive, book.shared_strings, name, counter)
        reader = _SheetReader(strings, dates, book.epoch, builder, name)
        _parse(archive, part, name, reader.handlers(), counter)
    return builder.table(kind="xlsx", sheets=names, sheet=chosen)


def _check_size(info: zipfile.ZipInfo, name: str, index_part: bool) -> None:
    """Refuse a part that unpacks far beyond its packed size, or an index part beyond any real one."""
    ratio = info.file_size // max(info.compress_size, 1)
    if info.file_size > SMALL_PART and ratio > MAX_EXPANSION:
        raise ImportFileError(f"{name} is not a workbook this program can read safely: its part {info.filename} "
                              f"unpacks to {ratio:,} times its size (a real workbook: about 10). It may be damaged "
                              "or made to do harm. Open it in Excel and save it again, or ask for a CSV file.")
    if index_part and info.file_size > MAX_INDEX_PART:
        raise ImportFileError(f"{name} is not a workbook this program can read safely: its part {info.filename} "
                              f"unpacks to {info.file_size // 2**20:,} MB (in a real workbook: a few KB). Open it "
                              "in Excel and save it again, or ask for a CSV file.")


def _book(archive: zipfile.ZipFile, name: str) -> _Book:
    """Where the sheets, shared strings and styles live, from the package's relationships."""
    workbook = next((target for kind, target in _relations(archive, "", name).values()
                     if kind.endswith(OFFICE_DOCUMENT)), "xl/workbook.xml")
    folder = posixpath.dirname(workbook)
    relations = _relations(archive, folder, name, posixpath.basename(workbook))
    book = _Book()

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = _local(tag)
        if local == "sheet":
            if len(book.sheets) >= MAX_SHEETS:
                raise ImportFileError(f"{name} has more than {MAX_SHEETS:,} sheets, more than this program reads. "
                                      "Copy the sheet with your contacts into a new workbook and import that.")
            book.sheets[attrs.get("name", "")] = relations.get(_attr(attrs, "id"), ("", ""))
        elif local == "workbookPr" and attrs.get("date1904", "").lower() in ("1", "true"):
            book.epoch = dt.datetime(1904, 1, 1)

    _parse(archive, workbook, name, {"StartElementHandler": start})
    for kind, target in relations.values():
        if kind.endswith("/sharedStrings"):
            book.shared_strings = target
        elif kind.endswith("/styles"):
            book.styles = target
    return book


def _relations(archive: zipfile.ZipFile, folder: str, name: str, part: str = "") -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, part path) of part (the package itself when part is empty)."""
    rels = posixpath.join(folder, "_rels", f"{part}.rels")
    found: dict[str, tuple[str, str]] = {}
    if rels not in archive.NameToInfo:
        return found

    def start(tag: str, attrs: dict[str, str]) -> None:
        if _local(tag) == "Relationship" and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found[attrs.get("Id", "")] = (attrs.get("Type", ""), posixpath.normpath(path))

    _parse(archive, rels, name, {"StartElementHandler": start})
    return found


def _local(tag: str) -> str:
    """'x:sheet' -> 'sheet': parts are read without namespace processing (faster), prefixes are dropped."""
    return tag.rpartition(":")[2]


def _attr(attrs: dict[str, str], local: str) -> str:
    return next((value for key, value in attrs.items() if _local(key) == local), "")


class _Counter:
    """Bytes read across the parts of one workbook, reported to progress."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def add(self, size: int) -> None:
        self.done += size
        check_progress(self.progress, min(self.done, self.total), self.total)


def _parse(archive: zipfile.ZipFile, part: str, name: str, handlers: dict[str, Callable],
           counter: _Counter | None = None) -> None:
    """Feed part through expat in chunks; a document type declaration is refused (entity expansion tricks).

    Parts read without a progress counter are index parts (sheet list, relationships, styles) and must be small.
    """
    _check_size(archive.getinfo(part), name, index_part=counter is None)
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = CHUNK

    def doctype(*_args) -> None:
        raise ImportFileError(f"{name} is not a workbook this program can read safely: its part {part} declares a "
                              "document type, which Excel never writes. Open it in Excel and save it again.")

    parser.StartDoctypeDeclHandler = doctype
    for event, handler in handlers.items():
        setattr(parser, event, handler)
    with archive.open(part) as stream:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
            if counter is not None:
                counter.add(len(chunk))
        parser.Parse(b"", True)


# ---------------------------------------------------------------- shared strings and styles


class _TextCollector:
    """The text of <t> elements (not of phonetic <rPh> runs) inside each item element; item_done gets it."""

    def __init__(self, item: str, item_done: Callable[[str], None], where: Callable[[], str], name: str) -> None:
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


def _shared_strings(archive: zipfile.ZipFile, part: str | None, name: str, counter: _Counter) -> PackedTexts:
    strings = PackedTexts()
    if part is None or part not in archive.NameToInfo:
        return strings

    def add(text: str) -> None:
        if len(strings) >= MAX_SHARED_STRINGS or len(strings.data) > MAX_SHARED_BYTES:
            raise ImportFileError(f"{name} holds more than {MAX_SHARED_STRINGS:,} texts or "
                                  f"{MAX_SHARED_BYTES // 2**20} MB of text in its shared strings, more than this "
                                  "program reads at once. Split it into smaller workbooks, or save it as CSV UTF-8, "
                                  "and import again.")
        strings.append(text)

    collector = _TextCollector("si", add, lambda: f"text {len(strings) + 1:,} of its shared strings", name)
    _parse(archive, part, name, {"StartElementHandler": lambda tag, _attrs: collector.start(_local(tag)),
                                 "EndElementHandler": lambda tag: collector.end(_local(tag)),
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
        local = _local(tag)
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

    _parse(archive, part, name, {"StartElementHandler": start, "EndElementHandler": end})
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
        self.inline = _TextCollector("is", self._inline_done, self._where, name)
        self.columns: dict[str, int] = {}  # "AB" -> 28, for the columns read (a few hundred at most)

    def handlers(self) -> dict[str, Callable]:
        return {"StartElementHandler": self.start, "EndElementHandler": self.end,
                "CharacterDataHandler": self.text}

    def _where(self) -> str:
        return f"row {self.row:,}, column {self.column}"

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

    def _inline_done(self, text: str) -> None:
        self._keep(text)

    def _keep(self, text: str) -> None:
        if not text:
            return
        if self.column > MAX_COLUMNS:
            raise ImportFileError(f"{self.name}: row {self.row:,} has a value in column {self.column:,}; this "
                                  f"program reads at most {MAX_COLUMNS} columns. Delete the columns you do not need "
                                  "and import again.")
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


def cell_text(value) -> str:
    """A spreadsheet value as the user sees it: phone numbers stored as numbers lose no digits."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
