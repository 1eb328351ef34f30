"""Hostile and malformed import files: bounded time and memory, a clear message, nothing written; imports never race."""

import json
import random
import re
import string
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import models
from models import Account
from services.exchange import import_xlsx
from services.exchange.import_formats import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, ImportFileError, read_table
from services.exchange.importer import BookNotWritableError, import_file
from tests.import_files import inline_cell, shared_items, sheet_rows, write_table_xlsx, write_xlsx_parts, xlsx_bytes

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

# Reads a file in a process of its own and prints its own peak memory (MB) and what came of it. The address
# space is capped so that a reader without bounds fails with MemoryError instead of taking the machine down.
# The peak is the process's VmHWM: ru_maxrss would count pytest's own pages, which a child started with vfork
# carries until it execs.
READER = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))
sys.path.insert(0, sys.argv[1])
from services.errors import UserError
from services.exchange.import_formats import read_table
try:
    outcome = f"rows {len(read_table(sys.argv[2]).rows)}"
except UserError as exc:
    outcome = f"refused {exc}"
except MemoryError:
    outcome = "MemoryError"
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmHWM:"))
print(peak, outcome)
"""
PEAK_MB = 80  # a process that only imports the readers peaks at ~15 MB


def read_in_a_process(path: Path) -> tuple[int, str]:
    """(peak MB, outcome) of reading path in a fresh process; a reader still busy after 60 s fails the test."""
    done = subprocess.run([PYTHON, "-c", READER, str(ROOT), str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    peak, outcome = done.stdout.split(maxsplit=1)
    return int(peak), outcome.strip()


def declared_whole_sheet(path: Path) -> Path:
    """The issue's 209 KB workbook: 20,000 rows under a dimension declaring every cell Excel has."""
    rows = (f'<row r="{r}">{inline_cell(r, 1, f"Firm {r}")}{inline_cell(r, 2, "DE")}</row>' for r in range(2, 20_002))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        write_xlsx_parts(archive, [sheet_rows([["Company", "Country"]]), *rows], dimension="A1:XFD1048576")
    return path


def shared_strings_bomb(path: Path) -> Path:
    """A few hundred KB that unpack into 12 million shared strings (the issue's took 2.3 GB to read)."""
    block = "<si><t>x</t></si>" * 10_000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        write_xlsx_parts(archive, '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', (block for _ in range(1200)))
    return path


def quoted_printable_vcard(path: Path, lines: list[str]) -> Path:
    """One card whose NOTE is these quoted-printable lines, each ending in a soft line break."""
    note = "=\r\n".join(lines)
    path.write_text("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Li Wei\r\nORG:Huaqiang\r\n"
                    f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{note}\r\nEND:VCARD\r\n", newline="")
    return path


# ---------------------------------------------------------------- quoted-printable vCard notes


def test_quoted_printable_note_broken_after_every_byte_reads_whole_in_linear_time(tmp_path):
    # 60,000 Chinese letters, one encoded byte a line: 180,000 lines, each of which the old reader joined by
    # copying all before it (9 s here; now 0.1 s).
    letters = "李伟深圳华强" * 10_000
    encoded = [f"={byte:02X}" for byte in letters.encode("utf-8")]
    path = quoted_printable_vcard(tmp_path / "note.vcf", encoded)
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 1.0
    assert table.rows[0][table.headers.index("Notes")] == letters


def test_quoted_printable_note_beyond_a_field_is_refused_at_once(tmp_path):
    # The 3 MB note took 114 s to join before; now it is refused as it streams past the cap.
    path = quoted_printable_vcard(tmp_path / "huge-note.vcf", ["=41=42=43"] * 350_000)
    peak, outcome = read_in_a_process(path)
    assert outcome.startswith("refused huge-note.vcf: the NOTE that starts on line 5 is longer than")
    assert peak < PEAK_MB


# ---------------------------------------------------------------- memory and caps


def test_sheet_declaring_every_cell_is_read_by_the_cells_it_holds(tmp_path):
    peak, outcome = read_in_a_process(declared_whole_sheet(tmp_path / "declared.xlsx"))
    assert (outcome, peak < PEAK_MB) == ("rows 20000", True)


def test_shared_strings_bomb_is_refused_before_it_unpacks(tmp_path):
    peak, outcome = read_in_a_process(shared_strings_bomb(tmp_path / "bomb.xlsx"))
    assert outcome.startswith("refused bomb.xlsx is not a workbook this program can read safely: its part "
                              "xl/sharedStrings.xml unpacks to")
    assert peak < PEAK_MB


def test_csv_of_blank_lines_reads_in_little_memory(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_bytes(b"Company,Country\n" + b"\n" * 3_000_000)  # the took 774 MB
    peak, outcome = read_in_a_process(path)
    assert (outcome, peak < PEAK_MB) == ("rows 0", True)


def test_shared_strings_beyond_their_cap_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(import_xlsx, "MAX_SHARED_STRINGS", 1000)
    path = tmp_path / "many.xlsx"
    path.write_bytes(xlsx_bytes('<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
                                shared_items(f"text {i}" for i in range(1001))))
    with pytest.raises(ImportFileError, match=r"many.xlsx holds more than 1,000 texts .* in its shared strings"):
        read_table(path)


def test_rows_beyond_the_cap_are_refused(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("Company\n" + "Acme\n" * (MAX_ROWS + 1), encoding="utf-8")
    with pytest.raises(ImportFileError, match=f"long.csv has more than {MAX_ROWS:,} rows.*Split it"):
        read_table(path)


def test_empty_cells_beyond_the_column_cap_are_ignored(tmp_path):
    path = tmp_path / "commas.csv"
    path.write_text("Company,Country" + "," * 10_000 + "\nAcme,DE" + "," * 10_000 + "\n", encoding="utf-8")
    table = read_table(path)
    assert (table.headers, list(table.rows)) == (["Company", "Country"], [["Acme", "DE"]])


def test_line_without_breaks_is_refused_before_it_fills_memory(tmp_path):
    path = tmp_path / "one-line.csv"
    path.write_text("Company,Country\n" + "x" * 2_000_000, encoding="utf-8")
    with pytest.raises(ImportFileError, match=re.escape("one-line.csv: line 2 is longer than 1,000,000 characters")):
        read_table(path)


def test_document_type_declaration_in_a_workbook_is_refused(tmp_path):
    laughs = ('<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
              '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>'
              '<sheet name="&b;" sheetId="1"/></sheets></workbook>')
    path = tmp_path / "laughs.xlsx"
    path.write_bytes(xlsx_bytes("", workbook=laughs))
    with pytest.raises(ImportFileError, match=re.escape("laughs.xlsx is not a workbook this program can read "
                                                        "safely: its part xl/workbook.xml declares a DOCTYPE")):
        read_table(path)


def test_workbook_values_read_as_the_user_sees_them(tmp_path):
    sheet = ('<row r="1">' + "".join(inline_cell(1, c, h) for c, h in enumerate(
        ["Phone", "Met", "Custom date", "Flag", "Big", "Note"], start=1)) + '</row><row r="2">'
        '<c r="A2"><v>8613800138000</v></c><c r="B2" s="1"><v>45292</v></c><c r="C2" s="2"><v>45293.5</v></c>'
        '<c r="D2" t="b"><v>1</v></c><c r="E2"><v>1E+400</v></c>'
        '<c r="F2" t="s"><v>0</v></c></row>')
    path = tmp_path / "values.xlsx"
    path.write_bytes(xlsx_bytes(sheet, ["<si><r><t>line one_x000D_</t></r><r><t>\nline two</t></r>"
                                        "<rPh><t>phonetic</t></rPh></si>"]))
    assert read_table(path).rows[0] == ["8613800138000", "2024-01-01", "2024-01-02 12:00:00", "TRUE", "1E+400",
                                        "line one\r\nline two"]


# ---------------------------------------------------------------- bad input: a message, nothing written


def _xlsx(rows: list[list[str]]):
    def make(path: Path) -> None:
        write_table_xlsx(path, rows)
    return make


def _cut_in_half(path: Path) -> None:
    write_table_xlsx(path, [["Company", "Country"]] + [[f"Firm {i}", "DE"] for i in range(2000)])
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _damaged_sheet(path: Path) -> None:
    _xlsx([["Company", "Country"]] + [[f"Firm {i}", "DE"] for i in range(2000)])(path)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 10:start + 60] = bytes(50)  # zeros in the middle of the packed sheet
    path.write_bytes(bytes(data))


def _random_text(size: int) -> str:
    return "".join(random.Random(size).choices(string.ascii_letters, k=size))


def _random_lines(size: int) -> str:
    """size characters of a note that goes on over many lines."""
    text = _random_text(size)
    return "\n".join(text[i:i + 100] for i in range(0, size, 100))


HEADER_10000 = ",".join(f"Column {i}" for i in range(1, 10_001))
BAD_FILES = {
    "truncated zip": ("cut.xlsx", _cut_in_half, r"cut.xlsx is a damaged Excel workbook \(.xlsx\): it is cut off"),
    "damaged sheet": ("sheet.xlsx", _damaged_sheet, "sheet.xlsx is damaged: part of the workbook cannot be read"),
    "xlsx that is a CSV": ("list.xlsx", lambda p: p.write_text("Company,Country\nAcme,DE\n"),
                           r"list.xlsx is not an Excel workbook \(.xlsx\): it holds text, perhaps a CSV list"),
    "binary named .csv": ("photo.csv", lambda p: p.write_bytes(random.Random(1).randbytes(50_000)),
                          "photo.csv (does not look like a table of text|is not text in an encoding)"),
    "vCard without END": ("cut.vcf", lambda p: p.write_text("BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n"),
                          "cut.vcf: the card that starts on line 4 has no END:VCARD"),
    "NUL bytes .csv": ("nul.csv", lambda p: p.write_bytes(bytes(10_000)), "nul.csv does not look like a table"),
    "NUL bytes .xlsx": ("nul.xlsx", lambda p: p.write_bytes(bytes(10_000)), "nul.xlsx is not an Excel workbook"),
    "NUL bytes .vcf": ("nul.vcf", lambda p: p.write_bytes(bytes(10_000)), "nul.vcf holds no contact cards"),
    "empty file": ("empty.csv", lambda p: p.write_bytes(b""), "empty.csv is empty: there is nothing to import"),
    "10,000 columns .csv": ("wide.csv", lambda p: p.write_text(HEADER_10000 + "\n"),
                            f"wide.csv: row 1 has a value in column 10,000; .* at most {MAX_COLUMNS} columns"),
    "10,000 columns .xlsx": ("wide.xlsx", _xlsx([HEADER_10000.split(",")]),
                             f"wide.xlsx: row 1 has a value in column {MAX_COLUMNS + 1}; .* {MAX_COLUMNS} columns"),
    "5 MB cell .csv": ("cell.csv", lambda p: p.write_text(f'Company,Notes\nAcme,"{_random_lines(5_000_000)}"\n'),
                       f"cell.csv: the cell that reaches line .* more than {MAX_CELL_CHARS:,} characters"),
    "5 MB cell .xlsx": ("cell.xlsx", _xlsx([["Company", "Notes"], ["Acme", _random_text(5_000_000)]]),
                        f"cell.xlsx: text 4 of its shared strings holds more than {MAX_CELL_CHARS:,} characters"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_malformed_file_gets_a_message_naming_it_and_nothing_is_written(tmp_path, capsys, case):
    from main import main

    name, make, message = BAD_FILES[case]
    make(tmp_path / name)
    book = tmp_path / "book.sqlite"
    code = main(["--db", str(book), "import", str(tmp_path / name)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith("rapport: ")
    assert "Traceback" not in err
    assert re.search(message, err), err
    assert err.rstrip().endswith("Nothing was imported.")
    models.open_database(book)
    try:
        assert Account.select().count() == 0
    finally:
        models.close_database()


# ---------------------------------------------------------------- imports never race


def contacts_csv(path: Path, rows: int = 500) -> Path:
    lines = ["Company,Country,City,Contact,Email"]
    lines += [f"Firma {i} GmbH,DE,Berlin,Person {i},p{i}@firma{i}.de" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_imports_of_the_same_file_at_once_create_each_account_once(tmp_path):
    path, book = contacts_csv(tmp_path / "fair.csv"), tmp_path / "book.sqlite"
    subprocess.run([PYTHON, "main.py", "--db", str(book), "accounts", "--json"], cwd=ROOT, check=True,
                   capture_output=True)
    command = [PYTHON, "main.py", "--db", str(book), "import", str(path), "--json"]
    both = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    outputs = [process.communicate(timeout=120) for process in both]
    assert [process.returncode for process in both] == [0, 0], outputs
    counts = sorted((json.loads(out)["imported"], json.loads(out)["updated"]) for out, _ in outputs)
    assert counts == [(0, 500), (500, 0)]
    models.open_database(book)
    try:
        assert Account.select().count() == 500
    finally:
        models.close_database()


# Takes the book's write lock and keeps it until its standard input closes.
LOCK_HOLDER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.read()
con.execute("ROLLBACK")
"""


def test_import_that_cannot_get_the_write_lock_says_so_and_writes_nothing(db_path, tmp_path):
    path = contacts_csv(tmp_path / "fair.csv", rows=20)
    holder = subprocess.Popen([PYTHON, "-c", LOCK_HOLDER, str(db_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "holding\n"
        models.close_database()
        models.connect(db_path, timeout=0.2)  # the app waits 5 s; the message is the same
        with pytest.raises(BookNotWritableError, match=r"The book rapport.sqlite could not be written \(database "
                                                       r"is locked\)\. If another Rapport .* try again"):
            import_file(path)
    finally:
        holder.communicate("")
    assert Account.select().count() == 0
