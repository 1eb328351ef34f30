"""Column headers of real contact exports, in the exporter's language, mapped to the importer's fields.

resources/import_headers.json holds the header names Outlook (desktop and web), Google, Thunderbird and Windows
Live Mail write in ten languages. field_for_header() answers for one header: a field name, "" for a known
column that is not imported (a salutation, a fax, a street), or None when the header is not in the table (the
importer then tries its own synonyms for plain sheets).
"""

from __future__ import annotations

import json
import re
from functools import cache

import resources
from services.text import fold

IGNORED = ""
_BRACKETED = re.compile(r"[(（\[【].*?[)）\]】]")


def header_key(text: str) -> str:
    """How headers are compared: case, accents, digits, spaces and punctuation ignored; a bracketed qualifier
    kept ('Land/Region (geschäftlich)' -> 'landregiongeschaftlich', 'E-Mail 2: Adresse' -> 'emailadresse')."""
    return "".join(ch for ch in fold(text or "") if ch.isalpha())


def bare_header_key(text: str) -> str:
    """header_key without a bracketed qualifier: '公司名称（英文）' -> '公司名称', 'Ort (privat)' -> 'ort'."""
    return header_key(_BRACKETED.sub("", text or ""))


@cache
def header_table() -> dict[str, str]:
    """header_key -> field for every header in resources/import_headers.json, all languages together."""
    data = json.loads(resources.path("import_headers.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for fields in data["languages"].values():
        for field, headers in fields.items():
            for header in headers:
                table[header_key(header)] = field
    return table


def field_for_header(text: str) -> str | None:
    """The import field a column header names in any of the exporters' languages; "" for a known column that is
    not imported; None for a header the table does not know."""
    table = header_table()
    key = header_key(text)
    if key in table:
        return table[key]
    return table.get(bare_header_key(text)) if key else None


def map_headers(headers: list[str]) -> dict[int, str]:
    """Column index -> field for every header the table knows and imports (known-but-ignored columns left out)."""
    mapping = {}
    for index, header in enumerate(headers):
        field = field_for_header(header)
        if field:
            mapping[index] = field
    return mapping
