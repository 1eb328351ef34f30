"""The portfolio report: one PDF for the monthly review meeting — a title page, then each chart as vector graphics
with the numbers behind it printed beside it, and the accounts needing attention."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from models.enums import Region, Response
from services import countries as cs
from services import dates, words
from services.briefs import fonts, labels
from services.briefs.health_section import BAND_COLOURS
from services.briefs.layout import (
    ACCENT,
    MUTED,
    PAD,
    RESPONSE_COLOURS,
    Badge,
    grid,
    heading,
    para,
    table,
)
from services.briefs.page import BriefDocument, Furniture, canvas_maker, page_size
from services.briefs.render import output_target
from services.briefs.report_data import REPLY_AGES, PromiseTally, ReportData, report_data

BANDS = ("good", "watch", "at_risk", "")
NOT_COMPUTED = colors.HexColor("#9aa5b1")
ON_TIME, LATE, BROKEN = colors.HexColor("#2e7d32"), colors.HexColor("#f0b429"), colors.HexColor("#c62828")
CHART_HEIGHT = 150  # points
KEEP = 240  # points: a chart's heading starts a new page rather than leave its chart alone on the next


def write_report(out: Path | str, lang: str = "en", today: dt.date | None = None, firm: str = "",
                 paper: str = "a4") -> int:
    """The portfolio report of the whole book as a PDF (replaced atomically); returns the page count."""
    today = today or dt.date.today()
    return render_report(report_data(today, firm), out, lang, paper)


def render_report(data: ReportData, out, lang: str = "en", paper: str = "a4") -> int:
    width, height = page_size(paper)
    generated = dt.datetime.combine(data.today, dt.datetime.now(dt.UTC).time(), dt.UTC)
    furniture = Furniture(lang, generated, width, height)
    with output_target(out) as target:
        doc = BriefDocument(target, paper, title=words.text("report.title", lang))
        doc.build(_story(data, lang, doc.body_width), canvasmaker=canvas_maker(furniture))
    return doc.page


def _story(data: ReportData, lang: str, width: float) -> list[Flowable]:
    return [*_title_page(data, lang, width), PageBreak(),
            *_bands(data, lang, width), *_regions(data, lang, width), *_touches(data, lang, width),
            *_responses(data, lang, width), *_quarters(data, lang, width), *_people(data, lang, width),
            *_replies(data, lang, width), *_attention(data, lang, width)]


def _t(code: str, lang: str, **params: object) -> str:
    return words.text(f"report.{code}", lang, **params)


def _title_page(data: ReportData, lang: str, width: float) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 170), para(_t("title", lang), "cover_title", width)]
    if data.firm:
        out += [Spacer(1, 6), para(data.firm, "cover_sub", width, limit=200)]
    return [*out, Spacer(1, 28), para(dates.full_date(data.today, lang), "subtitle", width),
            para(labels.text("pack_count", lang, n=data.accounts), "subtitle", width)]


def _section(title: str, width: float, note: str = "") -> list[Flowable]:
    return [Spacer(1, 12), CondPageBreak(KEEP), heading(title, width, note), Spacer(1, 6)]


def _font(lang: str) -> str:
    """One font for a chart's words: the catalogue's Chinese needs the CJK face, which also has Latin."""
    fonts.register_base()
    return fonts.font_name("cjk") if lang == "zh" else fonts.SANS


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose graphics state starts with an embedded font (reportlab would set Helvetica, which the PDF
    does not carry); each word drawn names its own font."""
    fonts.register_base()
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.SANS
    return drawing


def _chart(values: Sequence[Sequence[int]], names: Sequence[str], fills: Sequence, lang: str, width: float,
           horizontal: bool = False, stacked: bool = False, height: float = CHART_HEIGHT) -> Drawing:
    """A bar chart drawn as vector shapes, each bar labelled with its number (the colour is never needed to read)."""
    drawing = _drawing(width, height)
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    left = 110 if horizontal else 30
    chart.x, chart.y, chart.width, chart.height = left, 22, width - left - 14, height - 34
    chart.data = [list(v) for v in values]
    chart.categoryAxis.categoryNames = list(names)
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize, axis.fillColor = _font(lang), 7, MUTED
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    chart.valueAxis.visibleGrid, chart.valueAxis.gridStrokeColor = 1, colors.HexColor("#e3e8ee")
    top = max((sum(col) for col in zip(*values, strict=True)) if stacked else (max(v) for v in values), default=0)
    chart.valueAxis.valueStep = _step(top)
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * (int(top * 1.1) // chart.valueAxis.valueStep + 1)
    if stacked:
        chart.categoryAxis.style = "stacked"
    else:
        chart.barLabelFormat = "%d"
        chart.barLabels.fontName, chart.barLabels.fontSize = _font(lang), 7
        chart.barLabels.nudge = 6
    chart.bars.strokeColor = colors.white
    for i, fill in enumerate(fills):
        chart.bars[i].fillColor = fill
    drawing.add(chart)
    return drawing


def _step(top: int) -> int:
    """A round gridline step (1, 2, 5, 10, 20, 50 …) giving at most five lines up to top."""
    base = 1
    while True:
        for step in (base, 2 * base, 5 * base):
            if top / step <= 5:
                return step
        base *= 10


def _legend(items: Sequence[tuple[str, object]], width: float) -> Flowable:
    """Which colour is which word, for the stacked charts (their numbers also stand in the table below them)."""
    cells: list = []
    for word, fill in items:
        swatch = _drawing(9, 9)
        swatch.add(Rect(0, 0, 9, 9, fillColor=fill, strokeColor=fill))
        cells += [swatch, para(word, "small", width / len(items) - 16)]
    return table([cells], [12, width / len(items) - 12] * len(items), [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])


def _tally_legend(lang: str, width: float) -> Flowable:
    return _legend([(_t("on_time", lang), ON_TIME), (labels.text("late", lang), LATE),
                    (labels.text("broken", lang), BROKEN)], width * 0.6)


def _numbers(head: Sequence[str], rows: Sequence[Sequence[str]], width: float) -> Flowable:
    """The numbers behind a chart as a small table, so they read without the chart's colours."""
    widths = [width / len(head)] * len(head)
    cells = [[para(h, "head_cell", w - 2 * PAD) for h, w in zip(head, widths, strict=True)]]
    cells += [[para(c, "cell", w - 2 * PAD) for c, w in zip(row, widths, strict=True)] for row in rows]
    return grid(cells, widths)


def _band_label(band: str, lang: str) -> str:
    return words.text(f"brief.band_{band}", lang) if band else _t("not_computed", lang)


def _bands(data: ReportData, lang: str, width: float) -> list[Flowable]:
    names = [_band_label(b, lang) for b in BANDS]
    counts = [data.bands.get(b, 0) for b in BANDS]
    chart = _chart([counts], names, [ACCENT], lang, width)
    for i, band in enumerate(BANDS):  # each band's bar in its colour; the word under it says which
        chart.contents[0].bars[(0, i)].fillColor = BAND_COLOURS[band][0] if band else NOT_COMPUTED
    return [*_section(_t("by_band", lang), width), chart,
            _numbers(names, [[str(n) for n in counts]], width)]


def _regions(data: ReportData, lang: str, width: float) -> list[Flowable]:
    names = [words.label(Region, r, lang) if r else labels.text("country_unknown", lang) for r, _n in data.regions]
    counts = [n for _r, n in data.regions]
    height = max(80, 18 * len(names) + 34)
    return [*_section(_t("by_region", lang), width),
            _chart([counts[::-1]], names[::-1], [ACCENT], lang, width, horizontal=True, height=height)]


def _touches(data: ReportData, lang: str, width: float) -> list[Flowable]:
    counts = [n for _w, n in data.weeks]
    names = [dates.day(w, lang, today=data.today) if i % 4 == 0 else "" for i, (w, _n) in enumerate(data.weeks)]
    note = _t("touches_total", lang, n=sum(counts), weeks=len(counts))
    chart = _chart([counts], names, [ACCENT], lang, width)
    chart.contents[0].barLabels.fontSize = 5.5
    return [*_section(_t("touches", lang, n=len(counts)), width, note), chart]


def _responses(data: ReportData, lang: str, width: float) -> list[Flowable]:
    codes = ("warm", "neutral", "cold", "none")
    months = [dates.month(m, lang) for m, _mix in data.responses]
    series = [[mix[c] for _m, mix in data.responses] for c in codes]
    chart = _chart(series, months, [colors.HexColor(RESPONSE_COLOURS[c]) for c in codes], lang, width, stacked=True)
    head = ["", *months]
    rows = [[words.label(Response, c, lang), *(str(n) for n in s)] for c, s in zip(codes, series, strict=True)]
    legend = _legend([(words.label(Response, c, lang), colors.HexColor(RESPONSE_COLOURS[c])) for c in codes], width)
    return [*_section(_t("responses", lang), width), chart, legend, _numbers(head, rows, width)]


def _tally_chart(tallies: Sequence[PromiseTally], names: Sequence[str], lang: str, width: float) -> Drawing:
    series = [[t.on_time for t in tallies], [t.late for t in tallies], [t.broken for t in tallies]]
    return _chart(series, names, [ON_TIME, LATE, BROKEN], lang, width, stacked=True)


def _tally_rows(tallies: Sequence[PromiseTally], names: Sequence[str], lang: str) -> list[list[str]]:
    return [[name, str(t.on_time), str(t.late), str(t.broken), _t("rate", lang, pct=t.rate) if t.closed else "–"]
            for name, t in zip(names, tallies, strict=True)]


def _tally_head(first: str, lang: str) -> list[str]:
    return [first, _t("on_time", lang), labels.text("late", lang), labels.text("broken", lang), ""]


def _quarters(data: ReportData, lang: str, width: float) -> list[Flowable]:
    names = [_t("quarter_of", lang, year=t.quarter[0], q=t.quarter[1]) if t.quarter else t.label
             for t in data.quarters]
    return [*_section(_t("promises_quarter", lang), width), _tally_chart(data.quarters, names, lang, width),
            _tally_legend(lang, width),
            _numbers(_tally_head(_t("quarter", lang), lang), _tally_rows(data.quarters, names, lang), width)]


def _people(data: ReportData, lang: str, width: float) -> list[Flowable]:
    """Per person as rows, each with its own bar: names come in any script, which a chart's one font cannot print."""
    out = _section(_t("promises_person", lang), width)
    if not data.people:
        return [*out, para(labels.text("none", lang), "small", width)]
    names = [t.label or _t("unknown_person", lang) for t in data.people]
    widths = [width * 0.28, width * 0.42, width * 0.3]
    most = max(t.closed for t in data.people) or 1
    rows = [[para(h, "head_cell") for h in (_t("person", lang), "", _t("on_time", lang))]]
    for name, tally in zip(names, data.people, strict=True):
        rows.append([para(name, "cell", widths[0] - 2 * PAD, limit=80), _tally_bar(tally, most, widths[1] - 2 * PAD),
                     para(f"{_t('rate', lang, pct=tally.rate)} ({tally.on_time} / {tally.closed})", "cell",
                          widths[2] - 2 * PAD)])
    return [*out, _tally_legend(lang, width), grid(rows, widths)]


def _tally_bar(tally: PromiseTally, most: int, width: float) -> Drawing:
    drawing = _drawing(width, 10)
    x = 0.0
    for count, fill in ((tally.on_time, ON_TIME), (tally.late, LATE), (tally.broken, BROKEN)):
        w = width * count / most
        if w:
            drawing.add(Rect(x, 1, w, 8, fillColor=fill, strokeColor=colors.white, strokeWidth=0.5))
        x += w
    return drawing


def _age_label(code: str, low: int, high: int | None, lang: str) -> str:
    if high is None:
        return _t("age_older", lang, n=low)
    return _t("age_day", lang) if code == "day" else _t("age_days", lang, low=low, high=high)


def _replies(data: ReportData, lang: str, width: float) -> list[Flowable]:
    names = [_age_label(code, low, high, lang) for code, low, high in REPLY_AGES]
    counts = [dict(data.replies).get(code, 0) for code, _low, _high in REPLY_AGES]
    return [*_section(_t("replies", lang), width), _chart([counts], names, [ACCENT], lang, width),
            _numbers(names, [[str(n) for n in counts]], width)]


def _attention(data: ReportData, lang: str, width: float) -> list[Flowable]:
    out = _section(_t("attention", lang), width)
    if not data.attention:
        return [*out, para(labels.text("none", lang), "small", width)]
    widths = [width * 0.26, width * 0.14, width * 0.08, width * 0.12, width * 0.4]
    inner = [w - 2 * PAD for w in widths]
    rows = [[para(_t(k, lang), "head_cell") for k in ("account", "country", "score", "band", "reasons")]]
    for row in data.attention:
        country = cs.get_country(row.country).name(lang) if row.country != cs.UNKNOWN_COUNTRY else "–"
        fill, ink = BAND_COLOURS.get(row.band, BAND_COLOURS["watch"])
        rows.append([para(row.name, "cell_bold", inner[0], limit=120), para(country, "cell", inner[1]),
                     para(str(row.score), "cell", inner[2]),
                     Badge(_band_label(row.band, lang), fill, ink, max_width=inner[3]),
                     para(words.render(row.reasons, lang), "cell", inner[4])])
    more = data.attention_total - len(data.attention)
    tail = [para(_t("attention_more", lang, n=more), "small", width)] if more > 0 else []
    return [*out, grid(rows, widths), *tail]
