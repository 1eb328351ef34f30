"""Generated and mutated CSV, .xlsx and vCard files: a message or a clean import, never a traceback, a hang or a
partial write."""

import csv
import io
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from models import Account, Contact
from services.errors import UserError
from services.exchange.import_formats import read_table
from services.exchange.importer import guess_mapping, row_values, run_import
from tests.import_files import inline_cell, shared_items, xlsx_bytes

EXAMPLES = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
HEADERS = ["Company", "Country", "Contact", "Email", "Phone", "Notes", "公司名称", "国家", "联系人", "WeChat", "City"]
COUNTRIES = ["DE", "Germany", "中国", "CN", "Россия", "Atlantis", ""]
# Any letters, and the characters that matter to the formats; control characters come in through mutations.
TEXT = st.text(st.one_of(st.characters(exclude_categories=("Cs", "Cc")), st.sampled_from('\n\t\r",;=:\\')),
               max_size=24)
CELL = st.one_of(TEXT, st.sampled_from(COUNTRIES), st.emails(), st.from_regex(r"\+?[0-9 ]{5,14}", fullmatch=True))
NAME_HEADERS = st.sampled_from(["Company", "公司名称", "Contact", "联系人"])  # so that most tables can import
HEADER_LISTS = st.tuples(NAME_HEADERS, st.lists(st.one_of(st.sampled_from(HEADERS), TEXT), max_size=5)).map(
    lambda drawn: list(dict.fromkeys([drawn[0], *drawn[1]])))
TABLES = st.tuples(HEADER_LISTS, st.lists(st.lists(CELL, max_size=7), max_size=8))
# Pieces a damaged or hostile file might hold where they do not belong.
JUNK = [b"\x00", b"\xff\xfe", b'"', b"\r", b"\n", b",", b";", b"\t", b"=", b"\xe6\x9d", b"<", b"&", b"]]>",
        b"<!DOCTYPE x>", b"<c r=\"ZZZZ1\" t=\"s\"><v>99</v></c>", b"</row>", b"<row>", b"<is><t>", b"</sheetData>",
        b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"\r\n ", b"NOTE;ENCODING=QUOTED-PRINTABLE:=E6=\r\n", b"PK\x03\x04"]


@st.composite
def mutated(draw, data: bytes) -> bytes:
    """data with a few random edits: bytes flipped, cut out, junk put in, or the end cut off."""
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["flip", "cut", "junk", "truncate", "repeat"]))
        if edit == "flip" and at < len(data):
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1:]
        elif edit == "cut":
            data = data[:at] + data[at + draw(st.integers(1, 64)):]
        elif edit == "junk":
            data = data[:at] + draw(st.sampled_from(JUNK)) + data[at:]
        elif edit == "truncate":
            data = data[:at]
        elif edit == "repeat":
            data = data[:at] + data[at:at + 200] * draw(st.integers(2, 50)) + data[at:]
    return data


def counts() -> tuple[int, int]:
    return Account.select().count(), Contact.select().count()


def import_or_message(path: Path) -> str:
    """Read and import path: a UserError leaves the book as it was; an import counts every row once.

    Returns what came of it, for the statistics (pytest --hypothesis-show-statistics).
    """
    before = counts()
    started = time.perf_counter()
    try:
        table = read_table(path)
        result = run_import(table, default_country="DE")
    except UserError as exc:  # a message is one of the outcomes counted, so not pytest.raises
        assert str(exc).strip()  # noqa: PT017
        assert counts() == before
        return f"message: {str(exc)[:60]}"
    finally:
        assert time.perf_counter() - started < 10
    mapping = guess_mapping(table.headers)
    rows = sum(1 for cells in table.rows if row_values(cells, mapping))
    assert result.imported + result.updated + result.skipped == rows
    assert len(result.errors) == result.skipped
    assert counts()[0] - before[0] <= result.imported
    return "imported" if result.imported + result.updated else "nothing to import"


def csv_bytes(headers: list[str], rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=delimiter).writerows([headers, *rows])
    return text.getvalue().encode(encoding)


@EXAMPLES
@given(table=TABLES, delimiter=st.sampled_from([",", ";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]), data=st.data())
def test_generated_and_mutated_csv_imports_or_gets_a_message(open_book, tmp_path, table, delimiter, encoding, data):
    path = tmp_path / "list.csv"
    path.write_bytes(data.draw(mutated(csv_bytes(*table, delimiter, encoding))))
    event(import_or_message(path))


def sheet_xml(headers: list[str], rows: list[list[str]], shared: list[str]) -> bytes:
    """Headers inline, data cells alternately as shared strings and inline strings."""
    out = [f'<row r="1">{"".join(inline_cell(1, c, h) for c, h in enumerate(headers, 1))}</row>']
    for r, cells in enumerate(rows, start=2):
        xml = []
        for c, text in enumerate(cells, start=1):
            if c % 2:
                xml.append(f'<c r="{chr(64 + c)}{r}" t="s"><v>{len(shared)}</v></c>')
                shared.append(text)
            else:
                xml.append(inline_cell(r, c, text))
        out.append(f'<row r="{r}">{"".join(xml)}</row>')
    return "".join(out).encode("utf-8")


XML_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=24)


@EXAMPLES
@given(headers=HEADER_LISTS,
       rows=st.lists(st.lists(st.one_of(XML_TEXT, st.sampled_from(COUNTRIES)), max_size=6), max_size=8),
       zipped=st.booleans(), data=st.data())
def test_generated_and_mutated_xlsx_imports_or_gets_a_message(open_book, tmp_path, headers, rows, zipped, data):
    shared: list[str] = []
    sheet = sheet_xml(headers, rows, shared)
    if zipped:  # damage the packed file
        content = data.draw(mutated(xlsx_bytes(sheet.decode(), shared_items(shared))))
    else:  # damage the sheet's XML, then pack it properly
        damaged = data.draw(mutated(sheet)).decode("utf-8", errors="replace")
        content = xlsx_bytes(damaged, shared_items(shared))
    path = tmp_path / "list.xlsx"
    path.write_bytes(content)
    event(import_or_message(path))


@st.composite
def vcards(draw) -> bytes:
    cards = []
    for _ in range(draw(st.integers(1, 4))):
        name, company, note = draw(TEXT), draw(TEXT), draw(TEXT)
        encoded = "".join(f"={b:02X}" for b in note.encode("utf-8"))
        soft = "=\r\n".join(encoded[i:i + 9] for i in range(0, len(encoded), 9))
        lines = [f"FN:{name}", f"ORG:{company}", f"ADR;TYPE=WORK:;;;City;;;{draw(st.sampled_from(COUNTRIES))}",
                 f"EMAIL:{draw(st.emails())}", f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{soft}",
                 f"IMPP:{draw(st.sampled_from(['weixin', 'whatsapp', 'tg', 'x']))}:{draw(TEXT)}",
                 "PHOTO;ENCODING=b;TYPE=JPEG:QUJD\r\n QUJD"]
        cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\n" + "\r\n".join(draw(st.permutations(lines))) + "\r\nEND:VCARD")
    return ("\r\n".join(cards) + "\r\n").encode(draw(st.sampled_from(["utf-8", "utf-16", "gb18030"])))


@EXAMPLES
@given(content=vcards(), data=st.data())
def test_generated_and_mutated_vcard_imports_or_gets_a_message(open_book, tmp_path, content, data):
    path = tmp_path / "phone.vcf"
    path.write_bytes(data.draw(mutated(content)))
    event(import_or_message(path))


@pytest.mark.parametrize("name", ["list.csv", "list.xlsx", "phone.vcf"])
def test_an_unmutated_generated_file_imports(open_book, tmp_path, name):
    headers, rows = ["Company", "Country", "Contact"], [["Müller GmbH", "DE", "Jürgen"], ["华强", "CN", "李伟"]]
    if name.endswith(".csv"):
        content = csv_bytes(headers, rows, ";", "gb18030")
    elif name.endswith(".xlsx"):
        shared: list[str] = []
        content = xlsx_bytes(sheet_xml(headers, rows, shared).decode(), shared_items(shared))
    else:
        content = "".join(f"BEGIN:VCARD\r\nFN:{p}\r\nORG:{c}\r\nADR:;;;;;;{k}\r\nEND:VCARD\r\n"
                          for c, k, p in rows).encode("utf-8")
    (tmp_path / name).write_bytes(content)
    assert (import_or_message(tmp_path / name), counts()) == ("imported", (2, 2))
