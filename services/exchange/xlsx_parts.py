"""The parts of an .xlsx package, read safely: sizes checked before unpacking, XML streamed through expat.

A part that unpacks far beyond its packed size (a zip bomb), an index part (sheet list, relationships,
styles) beyond any real one, or a document type declaration (entity expansion tricks) is refused with a
message before it is read.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.parsers import expat

from services.exchange.import_formats import ImportFileError, Progress, check_progress

# A real sheet packs 5-20 to 1; deflate allows 1032 to 1. Parts up to SMALL_PART unpacked are always read.
MAX_EXPANSION = 100
SMALL_PART = 4 * 1024 * 1024
# The workbook's list of sheets, its relationships and styles: a few KB in a real workbook.
MAX_INDEX_PART = 16 * 1024 * 1024
MAX_SHEETS = 1000
CHUNK = 256 * 1024
OFFICE_DOCUMENT = "/officeDocument"


@dataclass
class Book:
    """Where a workbook keeps its sheets, shared strings and styles, and the day its date serials count from."""

    sheets: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (relationship type, part path)
    shared_strings: str | None = None
    styles: str | None = None
    epoch: dt.datetime = dt.datetime(1899, 12, 30)


def _check_size(info: zipfile.ZipInfo, name: str, index_part: bool) -> None:
    """Refuse a part that unpacks far beyond its packed size, or an index part beyond any real one."""
    ratio = info.file_size // max(info.compress_size, 1)
    if info.file_size > SMALL_PART and ratio > MAX_EXPANSION:
        raise ImportFileError("import.xlsx_expands", file=name, part=info.filename, ratio=ratio)
    if index_part and info.file_size > MAX_INDEX_PART:
        raise ImportFileError("import.xlsx_big_index", file=name, part=info.filename, mb=info.file_size // 2**20)


def workbook_index(archive: zipfile.ZipFile, name: str) -> Book:
    """Where the sheets, shared strings and styles live, from the package's relationships."""
    workbook = next((target for kind, target in _relations(archive, "", name).values()
                     if kind.endswith(OFFICE_DOCUMENT)), "xl/workbook.xml")
    folder = posixpath.dirname(workbook)
    relations = _relations(archive, folder, name, posixpath.basename(workbook))
    book = Book()

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = local_name(tag)
        if local == "sheet":
            if len(book.sheets) >= MAX_SHEETS:
                raise ImportFileError("import.too_many_sheets", file=name, limit=MAX_SHEETS)
            book.sheets[attrs.get("name", "")] = relations.get(_attr(attrs, "id"), ("", ""))
        elif local == "workbookPr" and attrs.get("date1904", "").lower() in ("1", "true"):
            book.epoch = dt.datetime(1904, 1, 1)

    parse_part(archive, workbook, name, {"StartElementHandler": start})
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
        if local_name(tag) == "Relationship" and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found[attrs.get("Id", "")] = (attrs.get("Type", ""), posixpath.normpath(path))

    parse_part(archive, rels, name, {"StartElementHandler": start})
    return found


def local_name(tag: str) -> str:
    """'x:sheet' -> 'sheet': parts are read without namespace processing (faster), prefixes are dropped."""
    return tag.rpartition(":")[2]


def _attr(attrs: dict[str, str], local: str) -> str:
    return next((value for key, value in attrs.items() if local_name(key) == local), "")


class ByteCounter:
    """Bytes read across the parts of one workbook, reported to progress."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def add(self, size: int) -> None:
        self.done += size
        check_progress(self.progress, min(self.done, self.total), self.total)


def parse_part(archive: zipfile.ZipFile, part: str, name: str, handlers: dict[str, Callable],
               counter: ByteCounter | None = None) -> None:
    """Feed part through expat in chunks; a document type declaration is refused (entity expansion tricks).

    Parts read without a progress counter are index parts (sheet list, relationships, styles) and must be small.
    """
    _check_size(archive.getinfo(part), name, index_part=counter is None)
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = CHUNK

    def doctype(*_args) -> None:
        raise ImportFileError("import.xlsx_doctype", file=name, part=part)

    parser.StartDoctypeDeclHandler = doctype
    for event, handler in handlers.items():
        setattr(parser, event, handler)
    with archive.open(part) as stream:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
            if counter is not None:
                counter.add(len(chunk))
        parser.Parse(b"", True)
