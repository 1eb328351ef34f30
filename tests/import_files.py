"""Import files made by hand for the tests and the benchmark: workbooks from raw sheet XML, so hostile ones can be."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006"
CONTENT_TYPES = (
    f'<Types xmlns="{PACKAGE}/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    + "".join(f'<Override PartName="/xl/{part}.xml" '
              f'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.{kind}+xml"/>'
              for part, kind in (("workbook", "sheet.main"), ("worksheets/sheet1", "worksheet"),
                                 ("sharedStrings", "sharedStrings"), ("styles", "styles")))
    + "</Types>")
PACKAGE_RELS = (f'<Relationships xmlns="{PACKAGE}/relationships"><Relationship Id="rId1" '
                f'Type="{RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (f'<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><sheets>'
            '<sheet name="Contacts" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (f'<Relationships xmlns="{PACKAGE}/relationships">'
                 f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>'
                 f'<Relationship Id="rId2" Type="{RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>'
                 f'<Relationship Id="rId3" Type="{RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>')
# Style 1 shows dates (built-in format 14), style 2 a custom date format, style 0 is plain.
STYLES = (f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
          '</numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>'
          '</styleSheet>')


def xlsx_bytes(sheet: str | Iterable[str], shared: Iterable[str] = (), *, dimension: str | None = None,
               styles: str = STYLES, workbook: str = WORKBOOK) -> bytes:
    """A workbook whose one sheet holds the <sheetData> XML given (a string or pieces), and these shared strings
    (XML pieces: '<si><t>a</t></si>' ...)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        write_xlsx_parts(archive, sheet, shared, dimension=dimension, styles=styles, workbook=workbook)
    return buffer.getvalue()


def write_xlsx_parts(archive: zipfile.ZipFile, sheet: str | Iterable[str], shared: Iterable[str] = (), *,
                     dimension: str | None = None, styles: str = STYLES, workbook: str = WORKBOOK) -> None:
    """The parts of a one-sheet workbook, streamed into archive (so a large sheet is never held whole)."""
    for part, xml in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
                      ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
                      ("xl/styles.xml", styles)):
        archive.writestr(part, xml)
    with archive.open("xl/worksheets/sheet1.xml", "w") as fh:
        declared = f'<dimension ref="{dimension}"/>' if dimension else ""
        fh.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{declared}<sheetData>'.encode())
        for piece in [sheet] if isinstance(sheet, str) else sheet:
            fh.write(piece.encode())
        fh.write(b"</sheetData></worksheet>")
    with archive.open("xl/sharedStrings.xml", "w") as fh:
        fh.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode())
        for piece in shared:
            fh.write(piece.encode())
        fh.write(b"</sst>")


def column_letters(index: int) -> str:
    """1 -> 'A', 28 -> 'AB'."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def inline_cell(row: int, column: int, text: str) -> str:
    return (f'<c r="{column_letters(column)}{row}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t>'
            "</is></c>")


def sheet_rows(rows: list[list[str]], shared: dict[str, int] | None = None) -> str:
    """<row> elements for rows of text: inline strings, or references into shared (filled as it goes)."""
    out = []
    for r, cells in enumerate(rows, start=1):
        xml = []
        for c, text in enumerate(cells, start=1):
            if not text:
                continue
            if shared is None:
                xml.append(inline_cell(r, c, text))
            else:
                xml.append(f'<c r="{column_letters(c)}{r}" t="s"><v>{shared.setdefault(text, len(shared))}</v></c>')
        out.append(f'<row r="{r}">{"".join(xml)}</row>')
    return "".join(out)


def shared_items(texts: Iterable[str]) -> list[str]:
    return [f'<si><t xml:space="preserve">{escape(text)}</t></si>' for text in texts]


def write_table_xlsx(path: Path, rows: list[list[str]], use_shared: bool = True) -> Path:
    """rows as a workbook, text in shared strings (as Excel writes it) or inline."""
    shared: dict[str, int] | None = {} if use_shared else None
    sheet = sheet_rows(rows, shared)
    path.write_bytes(xlsx_bytes(sheet, shared_items(shared or {})))
    return path


# ---------------------------------------------------------------- contact lists as users bring them


PLAIN = [
    ["Company", "Country", "City", "Contact", "Title", "Email", "Phone", "WeChat", "Notes"],
    ["Müller Maschinenbau GmbH", "Germany", "Stuttgart", "Jürgen Müller", "Einkauf", "jm@mueller.de",
     "+49 711 1234", "", "Met at Canton Fair, booth 12"],
    ["深圳华强电子有限公司", "中国", "深圳", "李伟", "采购经理", "li.wei@huaqiang.cn", "13800138000", "li_wei88",
     "喜欢喝茶"],
    ["Müller Maschinenbau GmbH", "DE", "Stuttgart", "Anna Schmidt", "CEO", "anna@mueller.de", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
    """rows as CSV in encoding; a cell holding the delimiter or a comma is quoted."""
    text = "\r\n".join(delimiter.join(_quoted(c, delimiter) for c in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def _quoted(cell: str, delimiter: str) -> str:
    return f'"{cell}"' if delimiter in cell or "," in cell else cell


def write_xlsx(path: Path) -> Path:
    """A workbook as Excel users keep them: a Notes sheet first, then Leads with a blank row 3."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Notes"
    sheet.append(["nothing here"])
    leads = book.create_sheet("Leads")
    leads.append(["公司名称", "国家", "联系人", "手机", "邮箱"])
    leads.append(["深圳华强电子有限公司", "CN", "李伟", 8613800138000, "li.wei@huaqiang.cn"])
    leads.append([None, None, None, None, None])
    leads.append(["Ćosić d.o.o.", "HR", "Šime Ćosić", "+385 1 234", "sime@cosic.hr"])
    book.save(path)
    return path
