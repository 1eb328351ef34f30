"""Reading contact lists into a Table: CSV in any common encoding and delimiter, Excel .xlsx and vCard."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import quopri
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from services.errors import UserError


class ImportFileError(UserError):
    """A file that cannot be read as a table at all; nothing was imported."""


CSV_EXTENSIONS = {".csv", ".tsv", ".tab", ".txt"}
XLSX_EXTENSIONS = {".xlsx", ".xlsm"}
VCARD_EXTENSIONS = {".vcf", ".vcard"}
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "pipe": "|"}
# Encodings the import dialog offers; any name Python knows is accepted too.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5", "shift_jis",
             "euc-kr", "cp1251", "cp1252", "latin-1")
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SNIFF_CHARS = 64 * 1024
# Read-only sheets formatted down to row 1,048,576 would otherwise be walked to the end.
MAX_BLANK_ROWS = 1000
VCARD_HEADERS = ["Name", "Company", "Title", "Email", "Phone", "City", "Country", "Notes", "Messaging"]
# Binary payloads of a card: skipped while reading, so a phone export full of photos stays small.
VCARD_SKIPPED = {"PHOTO", "LOGO", "SOUND", "KEY"}
IMPP_APPS = {"weixin": "wechat", "wechat": "wechat", "whatsapp": "whatsapp", "line": "line", "tg": "telegram",
             "telegram": "telegram", "kakaotalk": "kakaotalk", "kakao": "kakaotalk", "zalo": "zalo",
             "skype": "skype"}
OLD_EXCEL = "{name} is an old Excel file (.xls): save it as .xlsx or CSV UTF-8 and import that."
# Cells our CSV export protects from Excel's formula evaluation with a leading apostrophe.
FORMULA_START = ("=", "+", "-", "@")


@dataclass
class Table:
    """A header and rows of text; row_numbers[i] is the number the user sees for rows[i]."""

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    detected_encoding: str | None = None
    detected_delimiter: str | None = None
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    kind: str = "csv"  # "csv", "xlsx" or "vcard"


def read_table(path: Path | str, encoding: str | None = None, delimiter: str | None = None,
               sheet: str | None = None) -> Table:
    """Read path as a table; encoding, delimiter and sheet override what is detected."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ImportFileError(f"{path.name} is a folder, not a file.")
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFileError(f"{path.name} cannot be opened: {exc.strerror}.") from exc
    if size == 0:
        raise ImportFileError(f"{path.name} is empty.")
    kind = detect_kind(path)
    if kind == "xlsx":
        return read_xlsx(path, sheet)
    if kind == "vcard":
        return read_vcard(path, encoding)
    return read_csv(path, encoding, delimiter)


def detect_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(OLD_EXCEL.format(name=path.name))
    if suffix in XLSX_EXTENSIONS:
        return "xlsx"
    if suffix in VCARD_EXTENSIONS:
        return "vcard"
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(OLD_EXCEL.format(name=path.name))
    if suffix not in CSV_EXTENSIONS and "BEGIN:VCARD" in _decode_head(head).upper():
        return "vcard"
    return "csv"


def _decode_head(head: bytes) -> str:
    for bom, name in BOMS:
        if head.startswith(bom):
            return head.decode(name, errors="ignore")
    return head.decode("utf-8", errors="ignore")


# ---------------------------------------------------------------- text and CSV


def codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding.strip()).name
    except LookupError as exc:
        raise ImportFileError(f"'{encoding}' is not an encoding this program knows.") from exc


def decode_text(data: bytes, encoding: str | None, name: str) -> tuple[str, str]:
    """The text of data and the encoding used: BOM, then strict UTF-8, then GB18030 (a superset of GBK)."""
    if encoding:
        codec_name(encoding)
        try:
            return data.decode(encoding.strip()).removeprefix("\ufeff"), encoding.strip()
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"{name} cannot be read as {encoding} (byte {exc.start + 1} does not fit): "
                                  "choose another encoding.") from exc
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise ImportFileError(f"{name} starts like {codec} text but is damaged at byte {exc.start + 1}.") \
                    from exc
    for codec in ("utf-8", "gb18030"):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise ImportFileError(f"{name} is not text in an encoding this program recognises (UTF-8, UTF-16, GB18030). "
                          "If it is a spreadsheet, save it as .xlsx or CSV UTF-8; or choose the encoding.")


def _check_text(text: str, name: str) -> None:
    sample = text[:SNIFF_CHARS]
    controls = sum(1 for ch in sample if ch not in "\t\r\n" and unicodedata.category(ch) == "Cc")
    if "\x00" in sample or controls > len(sample) / 100:
        raise ImportFileError(f"{name} does not look like a table of text (it holds binary data). "
                              "Import a CSV, .xlsx or vCard file.")


def delimiter_char(delimiter: str) -> str:
    value = DELIMITER_NAMES.get(delimiter.strip().lower(), delimiter) if delimiter.strip() else delimiter
    if len(value) != 1 or value in "\"\r\n":
        raise ImportFileError(f"'{delimiter}' cannot separate columns: use a single character such as , ; or tab.")
    return value


def guess_delimiter(text: str) -> str:
    """The delimiter that splits most of the first rows into the same number (>1) of columns."""
    sample = text[:SNIFF_CHARS]
    if len(text) > len(sample) and "\n" in sample:
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


def read_csv(path: Path, encoding: str | None = None, delimiter: str | None = None) -> Table:
    text, used = decode_text(path.read_bytes(), encoding, path.name)
    _check_text(text, path.name)
    first_line = text[: text.find("\n") + 1 or len(text)].strip()
    # European Excel may write a "sep=;" line that it hides when opening the file.
    if re.fullmatch(r"sep=.", first_line, re.IGNORECASE):
        text = text[text.find("\n") + 1:] if "\n" in text else ""
        delimiter = delimiter or first_line[4]
    chosen = delimiter_char(delimiter) if delimiter else guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=chosen)
    try:
        records = [[_unprotect(cell) for cell in row] for row in reader]
    except csv.Error as exc:
        raise ImportFileError(f"{path.name}: line {reader.line_num} cannot be read ({exc}).") from exc
    table = build_table(records)
    table.detected_encoding, table.detected_delimiter = used, chosen
    return table


def _unprotect(cell: str) -> str:
    if cell.startswith("'") and cell[1:2] in FORMULA_START:
        return cell[1:]
    return cell


def build_table(records: Iterable[list[str]], first_number: int = 1) -> Table:
    """Header = first non-blank record; numbers count every record, as a spreadsheet shows them."""
    headers: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, record in enumerate(records, start=first_number):
        if headers is None:
            if any(cell.strip() for cell in record):
                headers = [cell.strip().removeprefix("\ufeff") for cell in record]
            continue
        rows.append(record)
        numbers.append(number)
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
        numbers.pop()
    headers = headers or []
    width = max([len(headers), *(len(r) for r in rows)])
    headers += [""] * (width - len(headers))
    rows = [r + [""] * (width - len(r)) for r in rows]
    return Table(headers=headers, rows=rows, row_numbers=numbers)


# ---------------------------------------------------------------- Excel


def sheet_names(path: Path | str) -> list[str]:
    return read_xlsx(Path(path), None, limit=0).sheets


def read_xlsx(path: Path, sheet: str | None = None, limit: int | None = None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    damaged = (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError, SyntaxError,
               EOFError)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except damaged as exc:
        raise ImportFileError(f"{path.name} is not an Excel workbook (.xlsx), or it is damaged.") from exc
    try:
        names = list(workbook.sheetnames)
        if not names:
            raise ImportFileError(f"{path.name} has no sheets.")
        if sheet is not None and sheet not in names:
            raise ImportFileError(f"{path.name} has no sheet named '{sheet}' (it has: {', '.join(names)}).")
        chosen = sheet or names[0]
        records: list[list[str]] = []
        if limit != 0:
            try:
                records = _sheet_records(workbook[chosen])
            except damaged as exc:
                raise ImportFileError(f"The sheet '{chosen}' of {path.name} is damaged.") from exc
    finally:
        workbook.close()
    table = build_table(records)
    table.kind, table.sheets, table.sheet = "xlsx", names, chosen
    return table


def _sheet_records(worksheet) -> list[list[str]]:
    if not hasattr(worksheet, "iter_rows"):  # a chart sheet
        return []
    records: list[list[str]] = []
    blank_run = 0
    for values in worksheet.iter_rows(values_only=True):
        cells = [cell_text(v) for v in values]
        blank_run = 0 if any(cells) else blank_run + 1
        if blank_run > MAX_BLANK_ROWS:
            break
        records.append(cells)
    return records


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


# ---------------------------------------------------------------- vCard


def read_vcard(path: Path, encoding: str | None = None) -> Table:
    with path.open("rb") as fh:
        head = fh.read(4)
    if encoding:
        codec_name(encoding)
        candidates = [encoding.strip()]
    else:
        candidates = next(([codec] for bom, codec in BOMS if head.startswith(bom)), ["utf-8", "gb18030"])
    for codec in candidates:
        try:
            with path.open(encoding=codec, errors="strict") as fh:
                cards = [vcard_row(props) for props in vcard_cards(fh)]
        except UnicodeDecodeError:
            continue
        if not cards:
            raise ImportFileError(f"{path.name} holds no contact cards (no BEGIN:VCARD ... END:VCARD).")
        table = Table(headers=list(VCARD_HEADERS), rows=cards, row_numbers=list(range(1, len(cards) + 1)),
                      detected_encoding=codec, kind="vcard")
        return table
    raise ImportFileError(f"{path.name} cannot be read as {' or '.join(candidates)}: choose another encoding.")


def _unfolded(lines: Iterable[str]) -> Iterator[str]:
    """Logical lines: joins folded lines and quoted-printable soft breaks, drops photos as they stream past."""
    pending: str | None = None
    quoted = skipping = False
    for raw in lines:
        line = raw.rstrip("\r\n").lstrip("\ufeff")
        if line[:1] in (" ", "\t"):
            if pending is not None:
                pending = (pending[:-1] if quoted and pending.endswith("=") else pending) + line[1:]
            continue
        if pending is not None and quoted and pending.endswith("="):
            pending = pending[:-1] + line
            continue
        if pending is not None:
            yield pending
        pending = None
        skipping = _property_name(line) in VCARD_SKIPPED
        if line.strip() and not skipping:
            pending = line
            quoted = "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
    if pending is not None:
        yield pending


def _property_name(line: str) -> str:
    head = re.split(r"[;:]", line, maxsplit=1)[0]
    return head.rsplit(".", 1)[-1].strip().upper()


def vcard_cards(lines: Iterable[str]) -> Iterator[list[tuple[str, dict[str, list[str]], str]]]:
    """Each card's properties as (NAME, {PARAM: [values]}, raw value); a card missing END still counts."""
    card: list | None = None
    for line in _unfolded(lines):
        parsed = _parse_property(line)
        if parsed is None:
            continue
        name, params, value = parsed
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                yield card
            card = []
        elif name == "END" and value.strip().upper() == "VCARD":
            if card is not None:
                yield card
            card = None
        elif card is not None:
            card.append((name, params, _decoded(params, value)))
    if card is not None:
        yield card


def _parse_property(line: str) -> tuple[str, dict[str, list[str]], str] | None:
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1:]
            break
    else:
        return None
    parts = head.split(";")
    name = parts[0].rsplit(".", 1)[-1].strip().upper()
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, _, values = part.partition("=")
        if not _:
            key, values = "TYPE", part  # vCard 2.1 bare parameters: WORK, QUOTED-PRINTABLE ...
        params.setdefault(key.strip().upper(), []).extend(v.strip().strip('"') for v in values.split(","))
    return name, params, value


def _decoded(params: dict[str, list[str]], value: str) -> str:
    encodings = {v.upper() for v in params.get("ENCODING", []) + params.get("TYPE", [])}
    if "QUOTED-PRINTABLE" not in encodings:
        return value
    charset = (params.get("CHARSET") or ["utf-8"])[0]
    data = quopri.decodestring(value.encode("utf-8"))
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _components(value: str) -> list[str]:
    parts, current, escaped = [], [], False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ";":
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
    parts.append(unescape("".join(current)))
    return parts


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


def join_name(given: str, family: str) -> str:
    """Given + family name; family first and unspaced for Chinese, Japanese and Korean names."""
    given, family = given.strip(), family.strip()
    if given and family and all(_is_cjk(ch) for ch in given + family if not ch.isspace()):
        return family + given
    return " ".join(p for p in (given, family) if p)


def _is_cjk(ch: str) -> bool:
    return any(lo <= ord(ch) <= hi for lo, hi in ((0x2E80, 0x9FFF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF),
                                                  (0x20000, 0x3FFFF)))


def _preferred(props: list[tuple[dict[str, list[str]], str]]) -> tuple[dict[str, list[str]], str] | None:
    """The property marked preferred (TYPE=pref or PREF=1), else the first."""
    for params, value in props:
        types = {t.lower() for t in params.get("TYPE", [])}
        if "pref" in types or params.get("PREF"):
            return params, value
    return props[0] if props else None


def vcard_row(card: list[tuple[str, dict[str, list[str]], str]]) -> list[str]:
    """One card as cells under VCARD_HEADERS."""
    by_name: dict[str, list[tuple[dict[str, list[str]], str]]] = {}
    for name, params, value in card:
        if value.strip():
            by_name.setdefault(name, []).append((params, value))

    def first(name: str) -> str:
        found = _preferred(by_name.get(name, []))
        return unescape(found[1]) if found else ""

    name = first("FN")
    if not name and "N" in by_name:
        family, given, *rest = _components(by_name["N"][0][1]) + ["", ""]
        name = join_name(" ".join(p for p in (given, rest[0] if rest else "") if p), family)
    company = _components(by_name["ORG"][0][1])[0] if "ORG" in by_name else ""
    city = country = ""
    address = _preferred(by_name.get("ADR", []))
    if address:
        parts = _components(address[1]) + [""] * 7
        city, country = parts[3], parts[6]
    notes = "\n".join(unescape(v) for _, v in by_name.get("NOTE", []))
    return [name, company, first("TITLE") or first("ROLE"), first("EMAIL").removeprefix("mailto:"),
            first("TEL").removeprefix("tel:"), city, country, notes, _messaging(by_name)]


def _messaging(by_name: dict[str, list[tuple[dict[str, list[str]], str]]]) -> str:
    handles: dict[str, str] = {}
    for _params, value in by_name.get("IMPP", []):
        scheme, _, handle = unescape(value).partition(":")
        app = IMPP_APPS.get(scheme.lower())
        if app and handle:
            handles.setdefault(app, handle.lstrip("/"))
    for name, entries in by_name.items():
        if name.startswith("X-") and name[2:].lower() in IMPP_APPS:
            handles.setdefault(IMPP_APPS[name[2:].lower()], unescape(entries[0][1]))
    return "; ".join(f"{app}: {handle}" for app, handle in handles.items())
