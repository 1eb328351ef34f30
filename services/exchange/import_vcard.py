"""Reading vCard 2.1/3.0/4.0 files as a stream of cards, one table row per card; photos and the like are skipped."""

from __future__ import annotations

import codecs
import io
import quopri
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from services.exchange.import_csv import SNIFF_BYTES, codec_name, encoding_candidates
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

VCARD_HEADERS = ["Name", "Company", "Title", "Email", "Phone", "City", "Country", "Notes", "Messaging"]
IMPP_APPS = {"weixin": "wechat", "wechat": "wechat", "whatsapp": "whatsapp", "line": "line", "tg": "telegram",
             "telegram": "telegram", "kakaotalk": "kakaotalk", "kakao": "kakaotalk", "zalo": "zalo",
             "skype": "skype"}
# The properties a row is made of; the rest (photos, logos, keys, sounds ...) is skipped as it streams past.
USED = {"BEGIN", "END", "FN", "N", "ORG", "X-ABSHOWAS", "TITLE", "ROLE", "EMAIL", "TEL", "ADR", "NOTE", "IMPP",
        *(f"X-{app.upper()}" for app in IMPP_APPS)}
# A used property as written: quoted-printable UTF-8 Chinese with a soft break after every byte takes 12
# characters a letter ("=E6=", "=9D=", "=8E=").
MAX_PROPERTY_CHARS = 12 * MAX_CELL_CHARS

Property = tuple[str, dict[str, list[str]], str]


def read_vcard(path: Path, encoding: str | None = None, progress: Progress | None = None) -> Table:
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if encoding:
        codec_name(encoding)
        candidates = [encoding.strip()]
    else:  # a BOM, else UTF-8, else detected; quoted-printable values follow their own CHARSET= (see _decoded)
        candidates = encoding_candidates(head, len(head) < SNIFF_BYTES, path.name)
    for codec in candidates:
        try:
            return _read_as(path, codec, progress)
        except UnicodeDecodeError:
            continue
    raise ImportFileError("import.vcard_encoding", file=path.name, encodings=tuple(candidates))


def _read_as(path: Path, codec: str, progress: Progress | None) -> Table:
    size = path.stat().st_size
    builder = TableBuilder(path.name, what="card")
    builder.add(0, list(VCARD_HEADERS))
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding=codec, errors="strict", newline="")
        for number, props in enumerate(vcard_cards(bounded_lines(text, path.name), path.name), start=1):
            builder.add(number, vcard_row(props))
            if number % PROGRESS_EVERY == 0:
                check_progress(progress, raw.tell(), size)
    table = builder.table(detected_encoding=codec, kind="vcard")
    if not table.rows:
        raise ImportFileError("import.no_cards", file=path.name)
    return table


def _unfolded(lines: Iterable[str], name: str) -> Iterator[tuple[int, str]]:
    """(first line number, logical line) of each used property: folded lines and quoted-printable soft breaks
    joined in one pass (parts collected in a list, never re-copied), unused properties skipped unread."""
    parts: list[str] = []
    size = start = 0
    quoted = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n").lstrip("\ufeff")
        if line[:1] in (" ", "\t"):
            continuation = line[1:]
        elif parts and quoted and parts[-1].endswith("="):
            continuation = line  # a quoted-printable soft line break: the next line goes on
        else:
            if parts:
                yield start, "".join(parts)
            parts, size, start = [], 0, number
            if line.strip() and _property_name(line) in USED:
                parts = [line]
                size = len(line)
                quoted = "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
            continue
        if not parts:
            continue
        if quoted and parts[-1].endswith("="):
            parts[-1] = parts[-1][:-1]
        parts.append(continuation)
        size += len(continuation)
        if size > MAX_PROPERTY_CHARS:
            raise ImportFileError("import.vcard_long", file=name, property=_property_name(parts[0]), line=start,
                                  limit=MAX_CELL_CHARS)
    if parts:
        yield start, "".join(parts)


def _property_name(line: str) -> str:
    head = re.split(r"[;:]", line, maxsplit=1)[0]
    return head.rsplit(".", 1)[-1].strip().upper()


def vcard_cards(lines: Iterable[str], name: str) -> Iterator[list[Property]]:
    """Each card's properties as (NAME, {PARAM: [values]}, decoded value).

    A card without END:VCARD (a file cut off, or two cards run together) is refused: importing the part
    that is there could store half a contact.
    """
    card: list[Property] | None = None
    began = 0
    for number, line in _unfolded(lines, name):
        parsed = _parse_property(line)
        if parsed is None:
            continue
        prop, params, value = parsed
        if prop == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                raise _no_end(name, began)
            card, began = [], number
        elif prop == "END" and value.strip().upper() == "VCARD":
            if card is not None:
                yield card
            card = None
        elif card is not None:
            card.append((prop, params, _decoded(params, value)))
    if card is not None:
        raise _no_end(name, began)


def _no_end(name: str, line: int) -> ImportFileError:
    return ImportFileError("import.no_end", file=name, line=line)


def _parse_property(line: str) -> Property | None:
    colon = line.find(":")
    if colon < 0:
        return None
    if '"' in line[:colon]:  # a quoted parameter value may hold a colon
        quoted = False
        for i, ch in enumerate(line):
            if ch == '"':
                quoted = not quoted
            elif ch == ":" and not quoted:
                colon = i
                break
        else:
            return None
    head, value = line[:colon], line[colon + 1:]
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
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    return data.decode(charset, errors="replace")


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


def vcard_row(card: list[Property]) -> list[str]:
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
        family, given, *rest = [*_components(by_name["N"][0][1]), "", ""]
        name = join_name(" ".join(p for p in (given, rest[0] if rest else "") if p), family)
    company = _components(by_name["ORG"][0][1])[0] if "ORG" in by_name else ""
    if first("X-ABSHOWAS").upper() == "COMPANY" and name == company:  # Apple's card of a company, no person
        name = ""
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
