"""Laying out briefs with reportlab: one account on one or two pages, or a pack with cover and contents."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from services import brief_labels as bl
from services.brief_builder import Brief, BriefRow
from services.brief_fonts import BASE, BOLD, draw_text, has_wide_script, markup, register
from services.errors import UserError

PAPER = {"a4": A4, "letter": LETTER}
INK, MUTED, RULE, BAND = colors.HexColor("#1d2733"), colors.HexColor("#5b6b7a"), colors.HexColor("#c9d3dd"), \
    colors.HexColor("#eef3f8")
LEVEL_COLOURS = {"high": colors.HexColor("#c62828"), "medium": colors.HexColor("#b26a00"),
                 "low": colors.HexColor("#5b6b7a")}
RESPONSE_COLOURS = {"warm": colors.HexColor("#1a7f37"), "neutral": colors.HexColor("#5b6b7a"),
                    "cold": colors.HexColor("#1f5fbf"), "none": colors.HexColor("#8a8a8a")}
MARGIN = 14 * mm


class BriefCancelledError(UserError):
    """The user cancelled a pack; no file was left behind."""


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=BASE, fontSize=8.6, leading=11.2, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.4, leading=9.4, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=7.6, leading=9.6, textColor=MUTED),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21),
        "facts": ParagraphStyle("facts", parent=body, fontSize=9, leading=12, textColor=MUTED),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=7,
                             spaceAfter=3, textColor=colors.HexColor("#1b4f9c")),
        "clock": ParagraphStyle("clock", parent=body, fontSize=8.6, leading=11, alignment=TA_RIGHT),
        "cover": ParagraphStyle("cover", parent=body, fontName=BOLD, fontSize=26, leading=32),
        "toc": ParagraphStyle("toc", parent=body, fontSize=9.5, leading=14),
    }


def para(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    """User text, escaped and split into script runs; CJK and Thai may wrap between any two characters."""
    content = markup(text or "")
    if bold:
        content = f"<b>{content}</b>"
    if has_wide_script(text or ""):
        style = ParagraphStyle(style.name + "-wide", parent=style, wordWrap="CJK")
    return Paragraph(content, style)


def _table(header: list[str], rows: list[list], widths: list[float], styles, extra=()) -> Table:
    data = [[para(h, styles["head"]) for h in header]] + rows
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), BASE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ]))
    return table


def _coloured(text: str, colour, styles) -> Paragraph:
    style = ParagraphStyle("c", parent=styles["cell"], textColor=colour, fontName=BOLD)
    return para(text, style)


def _section(title: str, styles) -> Paragraph:
    return Paragraph(markup(title), styles["h2"])


def story(brief: Brief, width: float, styles) -> list[Flowable]:
    """The flowables of one brief."""
    lang = brief.lang
    s = styles
    out: list[Flowable] = []
    head = Table([[para(brief.name, s["title"]), para(brief.clock, s["clock"])],
                  [para(brief.facts, s["facts"]),
                   para(f"{bl.t('working_hours', lang)}: {brief.window}", s["clock"])]],
                 colWidths=[width * 0.64, width * 0.36])
    head.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), BASE),
                              ("BACKGROUND", (0, 0), (-1, -1), BAND), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                              ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]))
    out.append(head)

    out.append(_section(bl.t("contacts", lang), s))
    if brief.people:
        rows = [[para(p.name, s["cell"], bold=p.decides), para(p.role, s["cell"], bold=p.decides),
                 para(p.title, s["cell"]), para(p.reach, s["cell"])] for p in brief.people]
        out.append(_table([bl.t("name", lang), bl.t("role", lang), bl.t("title", lang), bl.t("reach", lang)], rows,
                          [width * 0.25, width * 0.15, width * 0.18, width * 0.42], s))
    else:
        out.append(para(bl.t("none", lang), s["small"]))

    out.append(_section(bl.t("next_touches", lang), s))
    out.append(_rows_or_none([bl.t("their_time", lang), bl.t("your_time", lang), bl.t("purpose", lang),
                              bl.t("why", lang)], brief.touches, [0.17, 0.17, 0.16, 0.50], width, s, lang))

    out.append(_section(bl.t("promises", lang), s))
    if brief.promises:
        rows = []
        for r in brief.promises:
            level = _coloured(r.cells[0], LEVEL_COLOURS[r.level], s) if r.level else para("", s["cell"])
            rows.append([level] + [para(c, s["cell"]) for c in r.cells[1:]])
        out.append(_table([bl.t("risk", lang), bl.t("due", lang), bl.t("promise", lang), bl.t("by", lang),
                           bl.t("why", lang)], rows,
                          [width * 0.08, width * 0.12, width * 0.27, width * 0.12, width * 0.41], s))
    else:
        out.append(para(bl.t("none", lang), s["small"]))
    out.append(para(f"{bl.t('trust', lang)}: {brief.trust}", s["small"]))

    out.append(_section(bl.t("holidays", lang), s))
    out.append(para("   ·   ".join(brief.holidays) if brief.holidays else bl.t("none", lang), s["body"]))

    out.append(_section(bl.t("interactions", lang), s))
    if brief.interactions:
        rows = []
        for r in brief.interactions:
            cells = [para(c, s["cell"]) for c in r.cells]
            cells[4] = _coloured(r.cells[4], RESPONSE_COLOURS.get(r.response, MUTED), s)
            rows.append(cells)
        out.append(_table([bl.t("when", lang), bl.t("channel", lang), bl.t("purpose", lang), bl.t("contact", lang),
                           bl.t("response", lang), bl.t("summary", lang)], rows,
                          [width * f for f in (0.11, 0.11, 0.13, 0.15, 0.1, 0.4)], s))
    else:
        out.append(para(bl.t("none", lang), s["small"]))

    if brief.firm_notes or brief.account_notes:
        out.append(_section(bl.t("notes", lang), s))
        if brief.account_notes:
            out.append(para(f"{bl.t('account_notes', lang)}: {brief.account_notes}", s["body"]))
        if brief.firm_notes:
            out.append(para(f"{brief.firm_notes_title}: {brief.firm_notes}", s["body"]))

    if brief.etiquette:
        block: list[Flowable] = [_section(brief.etiquette_title, s)]
        if brief.etiquette_regional:
            block.append(para(bl.t("regional", lang), s["small"]))
        out.append(KeepTogether(block + [_etiquette_line(*brief.etiquette[0], s)]))
        out += [_etiquette_line(label, text, s) for label, text in brief.etiquette[1:]]
        if brief.sources:
            out.append(Spacer(1, 3))
            out.append(para(f"{bl.t('sources', lang)}: " + "; ".join(brief.sources), s["small"]))
    return out


def _etiquette_line(label: str, text: str, s) -> Paragraph:
    content = f"<b>{markup(label)}.</b> {markup(text)}"
    style = s["body"]
    if has_wide_script(text):
        style = ParagraphStyle("body-wide", parent=style, wordWrap="CJK")
    return Paragraph(content, ParagraphStyle("et", parent=style, spaceAfter=2.5))


def _rows_or_none(header, rows: list[BriefRow], fractions, width, s, lang) -> Flowable:
    if not rows:
        return para(bl.t("none", lang), s["small"])
    return _table(header, [[para(c, s["cell"]) for c in r.cells] for r in rows], [width * f for f in fractions], s)


# ---------------------------------------------------------------- documents and numbering


class _Numbered(pdfcanvas.Canvas):
    """Draws 'Page X of Y' once the total is known (one pass, pages kept until save)."""

    footer_left = ""
    page_text = "Page {page} of {pages}"
    offset = 0
    total_extra = 0

    def __init__(self, *args, **kwargs) -> None:
        kwargs["initialFontName"] = BASE  # never reference the non-embedded Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages) + self.offset + self.total_extra
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(self._pageNumber + self.offset, total)
            super().showPage()
        super().save()

    def _footer(self, page: int, total: int) -> None:
        width, _height = self._pagesize
        self.setFillColor(MUTED)
        draw_text(self, MARGIN, 8 * mm, self.footer_left, 7)
        draw_text(self, width - MARGIN, 8 * mm, self.page_text.format(page=page, pages=total), 7, align="right")


def _canvas_class(lang: str, generated: dt.date, offset: int = 0, extra: int = 0):
    return type("BriefCanvas", (_Numbered,), {
        "footer_left": bl.t("generated", lang, date=generated.isoformat()),
        "page_text": bl.t("page", lang, page="{page}", pages="{pages}"), "offset": offset, "total_extra": extra})


def _doc(target, paper: str, title: str) -> BaseDocTemplate:
    size = PAPER.get(paper)
    if size is None:
        raise UserError(f"Paper '{paper}' is not a4 or letter.")
    doc = BaseDocTemplate(target, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=16 * mm, title=title, author="Rapport", creator="Rapport")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def _write_atomically(out: Path, build: Callable[[str], None]) -> None:
    """Build into a temporary file beside out, then rename: a failure or cancel leaves no half PDF."""
    out = Path(out)
    handle, tmp = tempfile.mkstemp(prefix=".rapport-", suffix=".pdf", dir=out.parent or ".")
    os.close(handle)
    try:
        build(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_brief(brief: Brief, out: Path, paper: str = "a4") -> None:
    register()
    styles = _styles()

    def build(path: str) -> None:
        doc = _doc(path, paper, f"{bl.t('brief', brief.lang)}: {brief.name}")
        doc.build(story(brief, doc.width, styles), canvasmaker=_canvas_class(brief.lang, brief.today))

    _write_atomically(out, build)


class _Mark(Flowable):
    """An invisible marker: records on which page an account's section starts."""

    def __init__(self, key: int, sink: dict) -> None:
        super().__init__()
        self.key, self.sink = key, sink

    def wrap(self, *_args):
        return 0, 0

    def draw(self) -> None:
        self.sink[self.key] = self.canv.getPageNumber()


TOC_PER_PAGE = 42


def render_pack(briefs: Iterable[Brief], count: int, out: Path, lang: str, today: dt.date, paper: str = "a4",
                subtitle: str = "", progress: Callable[[int, int], bool] | None = None) -> int:
    """A cover, a contents page (accounts and their page numbers) and one section per account; returns pages."""
    from pypdf import PdfReader, PdfWriter

    register()
    styles = _styles()
    toc_pages = max(1, -(-count // TOC_PER_PAGE))
    names: list[str] = []
    starts: dict[int, int] = {}

    def sections(path: str) -> int:
        doc = _doc(path, paper, bl.t("pack", lang))
        flow: list[Flowable] = []
        for index, brief in enumerate(briefs):
            if progress is not None and progress(index, count) is False:
                raise BriefCancelledError("The pack was cancelled; no file was written.")
            names.append(brief.name)
            if index:
                flow.append(PageBreak())
            flow.append(_Mark(index, starts))
            flow += story(brief, doc.width, styles)
        doc.build(flow, canvasmaker=_canvas_class(lang, today, offset=1 + toc_pages))
        if progress is not None:
            progress(count, count)
        return len(PdfReader(path).pages)

    def build(path: str) -> None:
        body = path + ".body.pdf"
        front = path + ".front.pdf"
        try:
            body_pages = sections(body)
            doc = _doc(front, paper, bl.t("pack", lang))
            flow = [Spacer(1, 60 * mm), para(bl.t("pack", lang), styles["cover"]), Spacer(1, 6 * mm)]
            if subtitle:
                flow += [para(subtitle, ParagraphStyle("sub", parent=styles["title"], fontSize=15)), Spacer(1, 4 * mm)]
            flow += [para(bl.t("pack_count", lang, n=count), styles["facts"]),
                     para(today.isoformat(), styles["facts"]), PageBreak(), _section(bl.t("contents", lang), styles)]
            number = ParagraphStyle("toc-page", parent=styles["toc"], alignment=TA_RIGHT)
            rows = [[para(name, styles["toc"]), Paragraph(str(starts.get(i, 0) + 1 + toc_pages), number)]
                    for i, name in enumerate(names)]
            for start in range(0, len(rows), TOC_PER_PAGE):
                if start:
                    flow.append(PageBreak())
                table = Table(rows[start:start + TOC_PER_PAGE], colWidths=[doc.width - 20 * mm, 20 * mm])
                table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), BASE),
                                           ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]))
                flow.append(table)
            doc.build(flow, canvasmaker=_canvas_class(lang, today, extra=body_pages))
            writer = PdfWriter()
            for part in (front, body):
                writer.append(PdfReader(part))
            with open(path, "wb") as fh:
                writer.write(fh)
        finally:
            Path(body).unlink(missing_ok=True)
            Path(front).unlink(missing_ok=True)

    _write_atomically(out, build)
    from pypdf import PdfReader as Reader

    return len(Reader(str(out)).pages)
