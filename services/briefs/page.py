"""Pages of a brief or pack: paper sizes, the document template, and what is drawn once the page count is known.

Pages are kept until the end of the build, then finished in one go: the footer's "page X of Y", the running
header of each account, and the contents rows with their page numbers. So a pack needs one layout pass only.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from services import dates
from services.briefs import fonts, labels
from services.briefs.layout import RULE, para, styles, table
from services.briefs.markup import fit
from services.text import isolate

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 15 * mm, 15 * mm, 15 * mm
TOC_ROW = 15.0            # points per contents row
TOC_HEAD = 44.0           # room for the "Contents" title on the first contents page


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"Unknown paper size {paper!r}: use 'a4' or 'letter'.") from None


@dataclass
class TocEntry:
    name: str
    detail: str
    page: int = 0


@dataclass
class Furniture:
    """What every page gets once the page count is known: header, footer, and the contents pages' rows."""

    lang: str
    generated_at: dt.datetime
    page_width: float
    page_height: float
    header_title: str = ""                   # pack title, shown above every account page
    starts: list[int] = field(default_factory=list)     # first page of each account, in order
    entries: list[TocEntry] = field(default_factory=list)
    toc_pages: range = range(0)              # 1-based page numbers reserved for contents
    rows_first: int = 0                      # contents rows on the first contents page
    rows_next: int = 0
    accounts: list[str] = field(default_factory=list)   # account name per entry, for the running header

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        self._footer(canvas, page, total)
        if page in self.toc_pages:
            self._contents(canvas, page)
        account = self._account_on(page)
        if account is not None:
            self._header(canvas, account)

    def _account_on(self, page: int) -> str | None:
        index = bisect_right(self.starts, page) - 1
        return self.accounts[index] if index >= 0 else None

    def _line(self, canvas: Canvas, text: str, style: str, x: float, y: float, width: float) -> None:
        line = para(fit(text, styles()[style].fontSize, width), style, width)
        _w, height = line.wrapOn(canvas, width, 100)
        line.drawOn(canvas, x, y - height)

    def _footer(self, canvas: Canvas, page: int, total: int) -> None:
        width = self.page_width - 2 * MARGIN_X
        y = MARGIN_BOTTOM - 4
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y, MARGIN_X + width, y)
        stamp = dates.stamp(self.generated_at, self.lang)
        self._line(canvas, labels.text("generated", self.lang, date=stamp), "footer", MARGIN_X, y - 2, width * 0.7)
        self._line(canvas, labels.text("page", self.lang, page=page, pages=total), "footer_right",
                   MARGIN_X + width * 0.7, y - 2, width * 0.3)

    def _header(self, canvas: Canvas, account: str) -> None:
        width = self.page_width - 2 * MARGIN_X
        title = f"{self.header_title} · {isolate(account)}" if self.header_title else account
        self._line(canvas, title, "footer", MARGIN_X, self.page_height - MARGIN_TOP + 12, width)

    def _contents(self, canvas: Canvas, page: int) -> None:
        index = self.toc_pages.index(page)
        first = 0 if index == 0 else self.rows_first + (index - 1) * self.rows_next
        count = self.rows_first if index == 0 else self.rows_next
        top = self.page_height - MARGIN_TOP - (TOC_HEAD if index == 0 else 0)
        width = self.page_width - 2 * MARGIN_X
        widths = [width * 0.52, width * 0.38, width * 0.1]
        for row, entry in enumerate(self.entries[first:first + count]):
            cells = [para(fit(entry.name, 9.5, widths[0] - 6), "toc", widths[0]),
                     para(fit(entry.detail, 8, widths[1] - 6), "toc_small", widths[1]),
                     para(str(entry.page) if entry.page else "", "toc_page", widths[2])]
            line = table([cells], widths, [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
            _w, height = line.wrapOn(canvas, width, TOC_ROW)
            line.drawOn(canvas, MARGIN_X, top - row * TOC_ROW - height)


def toc_capacity(paper: str) -> tuple[int, int]:
    """Contents rows on the first contents page and on each further one."""
    height = page_size(paper)[1] - MARGIN_TOP - MARGIN_BOTTOM - 6
    return int((height - TOC_HEAD) // TOC_ROW), int(height // TOC_ROW)


def canvas_maker(furniture: Furniture) -> Callable[..., Canvas]:
    class FinishingCanvas(Canvas):
        """Keeps each page until save(), then draws the furniture that needs the page count."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._kept_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._kept_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept_pages)
            for number, state in enumerate(self._kept_pages, 1):
                self.__dict__.update(state)
                furniture.draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return FinishingCanvas


class BriefDocument(BaseDocTemplate):
    """One frame per page; after_flowable lets the caller follow (and feed) the build."""

    def __init__(self, out, paper: str, title: str, after_flowable: Callable[[object], None] | None = None) -> None:
        fonts.register_base()
        width, height = page_size(paper)
        super().__init__(out, pagesize=(width, height), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author="Rapport",
                         creator="Rapport", initialFontName=fonts.SANS, invariant=0)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X, height - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._after = after_flowable

    @property
    def body_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN_X

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - reportlab's name
        if self._after:
            self._after(flowable)
