"""Building blocks of the brief's pages: colours, paragraph styles, safe paragraphs, badges and section headings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from services.briefs import fonts
from services.briefs.markup import Markup, fit, markup, prepare, width_of

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#cfd8e0")
BAND = colors.HexColor("#eef3f7")
ZEBRA = colors.HexColor("#f7f9fb")
ACCENT = colors.HexColor("#1f4e79")
DECIDER_ROW = colors.HexColor("#fff6dc")
LEVEL_COLOURS = {"high": (colors.HexColor("#c62828"), colors.white),
                 "medium": (colors.HexColor("#f0b429"), INK),
                 "low": (colors.HexColor("#dde3e9"), INK)}
RESPONSE_COLOURS = {"warm": "#2e7d32", "neutral": "#8a6d00", "cold": "#1565c0", "none": "#9aa5b1"}
HOURS_COLOURS = {True: "#2e7d32", False: "#b45309", None: "#5f6b7a"}
PAD = 3  # table cell padding, points
TEXT_LIMIT = 300  # characters of any one text unless the caller allows more: nothing can outgrow a page


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles of the brief, by name (body text 9 pt, tables 8.5 pt, small print 7.2 pt)."""
    fonts.register_base()
    sans, bold = fonts.SANS, fonts.SANS_BOLD
    base = ParagraphStyle("body", fontName=sans, fontSize=9, leading=11.8, textColor=INK, splitLongWords=1)

    def make(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "cell": make("cell", fontSize=8.5, leading=10.6),
        "cell_bold": make("cell_bold", fontName=bold, fontSize=8.5, leading=10.6),
        "cell_small": make("cell_small", fontSize=7.5, leading=9.2, textColor=MUTED),
        "small": make("small", fontSize=7.2, leading=9, textColor=MUTED),
        "label": make("label", fontName=bold, fontSize=7.2, leading=9, textColor=MUTED),
        "head_cell": make("head_cell", fontName=bold, fontSize=7.5, leading=9, textColor=MUTED),
        "heading": make("heading", fontName=bold, fontSize=10.5, leading=13, textColor=ACCENT),
        "heading_note": make("heading_note", fontSize=7.8, leading=13, textColor=MUTED, alignment=TA_RIGHT),
        "title": make("title", fontName=bold, fontSize=18, leading=22),
        "subtitle": make("subtitle", fontSize=10, leading=13, textColor=MUTED),
        "clock": make("clock", fontName=bold, fontSize=16, leading=19),
        "meta": make("meta", fontSize=8.5, leading=11),
        # autoLeading: a line holding the larger coloured dot grows instead of overlapping the next one
        "status": make("status", fontSize=8.5, leading=11, autoLeading="max"),
        "cell_status": make("cell_status", fontSize=8.5, leading=10.6, autoLeading="max"),
        "cover_title": make("cover_title", fontName=bold, fontSize=28, leading=34),
        "cover_sub": make("cover_sub", fontSize=14, leading=19, textColor=MUTED),
        "toc": make("toc", fontSize=9.5, leading=12),
        "toc_small": make("toc_small", fontSize=8, leading=10.5, textColor=MUTED),
        "toc_page": make("toc_page", fontName=bold, fontSize=9.5, leading=12, alignment=TA_RIGHT),
        "footer": make("footer", fontSize=7.2, leading=9, textColor=MUTED),
        "footer_right": make("footer_right", fontSize=7.2, leading=9, textColor=MUTED, alignment=TA_RIGHT),
    }


def _variant(style: ParagraphStyle, found: Markup) -> ParagraphStyle:
    if not (found.rtl or found.shaping or found.unspaced):
        return style
    return _variant_of(style, found.rtl, found.shaping, found.unspaced)


@cache
def _variant_of(style: ParagraphStyle, rtl: bool, shaping: bool, unspaced: bool) -> ParagraphStyle:
    extra: dict[str, object] = {}
    if rtl and style.alignment == 0:
        extra["alignment"] = TA_RIGHT
    if shaping:
        extra["shaping"] = 1
    elif unspaced:
        extra["wordWrap"] = "CJK"
    return ParagraphStyle(f"{style.name}-{rtl:d}{shaping:d}{unspaced:d}", parent=style, **extra)


@dataclass(frozen=True)
class Piece:
    """Part of a paragraph: user or label text, optionally bold, coloured or sized differently."""

    text: str
    bold: bool = False
    color: str | None = None
    size: float | None = None
    raw: bool = False  # text is trusted markup (only for fixed glyphs like the response dot)
    limit: int = TEXT_LIMIT


def para(text: object, style: str = "body", width: float | None = None, limit: int = TEXT_LIMIT,
         max_lines: int | None = None) -> Paragraph:
    """A paragraph of user text, printed literally in fonts that have its scripts; cut at limit characters."""
    chosen = styles()[style]
    bold = chosen.fontName == fonts.SANS_BOLD
    found = markup(prepare(text, limit, max_lines), chosen.fontSize, bold, width)
    return Paragraph(found.text, _variant(chosen, found))


def rich(pieces: list[Piece], style: str = "body", width: float | None = None) -> Paragraph:
    """A paragraph joined from pieces (e.g. a bold label then user text), each escaped on its own."""
    chosen = styles()[style]
    parts, rtl, shaping, unspaced = [], None, False, False
    for piece in pieces:
        if piece.raw:
            text = piece.text
        else:
            size = piece.size or chosen.fontSize
            found = markup(prepare(piece.text, piece.limit), size, piece.bold, width)
            rtl = found.rtl if rtl is None and piece.text.strip() else rtl
            shaping, unspaced = shaping or found.shaping, unspaced or found.unspaced
            # prepare() strips, so spaces around a piece are put back (reportlab collapses repeats anyway)
            text = (" " if piece.text[:1].isspace() else "") + found.text + (
                " " if piece.text[-1:].isspace() and found.text else "")
            if piece.bold and chosen.fontName != fonts.SANS_BOLD:
                text = f'<font name="{fonts.SANS_BOLD}">{text}</font>'
        if piece.color:
            text = f'<font color="{piece.color}">{text}</font>'
        if piece.size:
            text = f'<font size="{piece.size}">{text}</font>'
        parts.append(text)
    return Paragraph("".join(parts), _variant(chosen, Markup("", bool(rtl), shaping, unspaced)))


class Badge(Flowable):
    """A small filled label (risk level, decision maker) that stays readable in black-and-white print."""

    def __init__(self, text: str, fill, ink, size: float = 7.2, max_width: float = 80) -> None:
        super().__init__()
        self.size = size
        self.text = fit(text, size, max_width - 8, bold=True)
        self.fill, self.ink = fill, ink
        self.text_width = width_of(self.text, size, bold=True)

    def wrap(self, avail_width, avail_height):
        self.width, self.height = self.text_width + 8, self.size + 5
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.fill)
        canvas.setStrokeColor(self.fill)
        canvas.roundRect(0, 0, self.width, self.height, 2.5, stroke=1, fill=1)
        canvas.setFillColor(self.ink)
        x = 4
        for run in fonts.runs(self.text, bold=True):
            canvas.setFont(run.font, self.size)
            canvas.drawString(x, 2.6, run.text)
            x += stringWidth(run.text, run.font, self.size)


def table(rows: list[list], widths: list[float], commands: list, **options) -> Table:
    """A reportlab table whose plain-string cells (even empty ones) use Noto Sans, never Helvetica."""
    made = Table(rows, colWidths=widths, hAlign="LEFT", **options)
    made.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS), *commands]))
    return made


def heading(title: str, width: float, note: str = "") -> Table:
    """Section heading: bold title, optional note on the right (trust record, regional notes), thin rule below."""
    cells = [[para(title, "heading", width * 0.55), para(note, "heading_note", width * 0.45) if note else ""]]
    made = table(cells, [width * 0.55, width * 0.45], [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ])
    made.keepWithNext = True
    return made


def grid(rows: list[list], widths: list[float], header: bool = True, extra: list | None = None) -> Table:
    """A clean data table: light header repeated on each page, hairlines between rows, zebra stripes."""
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    first = 1 if header else 0
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), BAND), ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED)]
    commands += [("BACKGROUND", (0, row), (-1, row), ZEBRA) for row in range(first + 1, len(rows), 2)]
    return table(rows, widths, commands + (extra or []), repeatRows=1 if header else 0)
