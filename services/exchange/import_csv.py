"""Reading CSV text in any common encoding and delimiter as a stream: a file is never held in memory whole."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import unicodedata
from collections import Counter
from pathlib import Path

from services.exchange.import_formats import (
    MAX_CELL_CHARS,
    PROGRESS_EVERY,
    ImportFileError,
    Progress,
    Table,
    TableBuilder,
    bounded_lines,
    check_progress,
)

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}
# Encodings the import dialog offers; any name Python knows is accepted too.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5", "shift_jis",
             "euc-kr", "cp1251", "cp1252", "latin-1")
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SNIFF_BYTES = 64 * 1024
# Cells our CSV export protects from Excel's formula evaluation with a leading apostrophe.
FORMULA_START = ("=", "+", "-", "@")


def decode_head(head: bytes) -> str:
    for bom, name in BOMS:
        if head.startswith(bom):
            return head.decode(name, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding.strip()).name
    except LookupError as exc:
        raise ImportFileError("import.unknown_encoding", encoding=encoding) from exc


# Equivalent readings of the same bytes, the one exports most often mean first: charset-normalizer may name the
# first of several code pages that read a file equally well (cp1250 for a Spanish cp1252 file), and a superset
# reads what its subset does (GB18030 for GB2312/GBK, cp932 for Shift_JIS).
PREFERRED = ("utf_8", "cp1252", "cp1251", "gb18030", "cp932", "big5", "euc_kr")
SUPERSET = {"ascii": "utf-8", "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932"}


def detect_encoding(data: bytes) -> str | None:
    """The encoding charset-normalizer finds for data (a file's first bytes), or None when it finds none."""
    from charset_normalizer import from_bytes  # ~40 ms to import: only for a file that is not UTF-8

    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    # Readings as good as the best (same chaos, same coherence) are a tie the preferred order breaks.
    ties = [m for m in results if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    readings = [name for m in ties for name in (m.encoding, *m.could_be_from_charset)]
    name = next((p for p in PREFERRED if p in readings), best.encoding)
    return codecs.lookup(SUPERSET.get(name, name)).name


def encoding_candidates(head: bytes, whole: bool, name: str) -> list[str]:
    """Encodings to try, in order, judged from the first bytes: a BOM, then UTF-8, then what charset-normalizer
    detects, then GB18030 (a superset of GBK). UTF-8 that holds for the first bytes may still fail further on;
    the next candidate is then tried from the start."""
    for bom, codec in BOMS:
        if head.startswith(bom):
            return [codec]
    fitting = []
    if _fits(head, "utf-8", whole):
        fitting.append("utf-8")
    else:
        detected = detect_encoding(head)
        if detected:
            fitting.append(detected)
    if "gb18030" not in fitting and _fits(head, "gb18030", whole):
        fitting.append("gb18030")
    if not fitting:
        raise ImportFileError("import.not_text", file=name)
    return fitting


def _fits(head: bytes, codec: str, whole: bool) -> bool:
    try:
        codecs.getincrementaldecoder(codec)().decode(head, final=whole)
    except UnicodeDecodeError:
        return False
    return True


def check_text(text: str, name: str) -> None:
    """Refuse binary data: a NUL, or more than 1 control character in 100, in the first part of the text."""
    controls = sum(1 for ch in text if ch not in "\t\r\n" and unicodedata.category(ch) == "Cc")
    if "\x00" in text or controls > len(text) / 100:
        raise ImportFileError("import.binary", file=name)


def delimiter_char(delimiter: str) -> str:
    value = DELIMITER_NAMES.get(delimiter.strip().lower(), delimiter) if delimiter.strip() else delimiter
    if len(value) != 1 or value in "\"\r\n":
        raise ImportFileError("import.bad_delimiter", delimiter=delimiter)
    return value


def guess_delimiter(sample: str, whole: bool) -> str:
    """The delimiter that splits most of the first rows into the same number (>1) of columns."""
    if not whole and "\n" in sample:
        sample = sample[: sample.rfind("\n")]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            widths = [len(row) for row in reader if any(cell.strip() for cell in row)][:100]
        except csv.Error:
            continue
        if not widths:
            continue
        width, agreeing = Counter(widths).most_common(1)[0]
        if width > 1 and (agreeing, width) > best_score:
            best, best_score = delimiter, (agreeing, width)
    return best


def read_csv(path: Path, encoding: str | None = None, delimiter: str | None = None,
             progress: Progress | None = None) -> Table:
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if encoding:
        codec_name(encoding)
        candidates = [encoding.strip()]
    else:
        candidates = encoding_candidates(head, len(head) < SNIFF_BYTES, path.name)
    for codec in candidates:
        try:
            return _read_as(path, codec, delimiter, progress)
        except UnicodeDecodeError as exc:
            if codec == candidates[-1]:
                raise _undecodable(path.name, codec, bool(encoding), len(candidates) > 1) from exc
    raise AssertionError("unreachable: the last encoding tried returns or raises")


def _undecodable(name: str, codec: str, chosen: bool, guessed: bool) -> ImportFileError:
    if chosen:
        return ImportFileError("import.not_this_encoding", file=name, encoding=codec)
    if guessed:
        return ImportFileError("import.not_text", file=name)
    return ImportFileError("import.damaged_text", file=name, encoding=codec)


def _read_as(path: Path, codec: str, delimiter: str | None, progress: Progress | None) -> Table:
    """Stream path as codec text through the csv module; UnicodeDecodeError when codec does not fit."""
    size = path.stat().st_size
    name = path.name
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=codec, errors="strict", newline="")
        sample = text.read(SNIFF_BYTES)
        whole = len(sample) < SNIFF_BYTES
        check_text(sample, name)
        text.seek(0)
        lines = bounded_lines(text, name)
        first = next(lines, "")
        # European Excel may write a "sep=;" line that it hides when opening the file.
        if re.fullmatch(r"sep=.", first.strip().removeprefix("\ufeff"), re.IGNORECASE):
            delimiter = delimiter or first.strip()[-1]
            sample = sample[len(first):]
        else:
            lines = itertools.chain([first], lines)
        chosen = delimiter_char(delimiter) if delimiter else guess_delimiter(sample, whole)
        builder = TableBuilder(name)
        reader = csv.reader(lines, delimiter=chosen)
        try:
            for number, record in enumerate(reader, start=1):
                builder.add(number, [_unprotect(cell) for cell in record])
                if number % PROGRESS_EVERY == 0:
                    check_progress(progress, raw.tell(), size)
        except csv.Error as exc:
            raise _csv_error(name, reader.line_num, exc) from exc
    return builder.table(detected_encoding=codec, detected_delimiter=chosen)


def _csv_error(name: str, line: int, exc: csv.Error) -> ImportFileError:
    if "field larger than field limit" in str(exc):
        return ImportFileError("import.cell_unclosed", file=name, line=line, limit=MAX_CELL_CHARS)
    return ImportFileError("import.bad_line", file=name, line=line, problem=str(exc))


def _unprotect(cell: str) -> str:
    if cell.startswith("'") and cell[1:2] in FORMULA_START:
        return cell[1:]
    return cell
