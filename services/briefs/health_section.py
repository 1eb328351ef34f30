"""The brief's relationship health: the score with its band in words and its reasons, the level map, and the
26-week activity strip drawn as vector shapes (no bitmap: it prints sharp and stays text-searchable around it)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table

from models.enums import Response
from services import words
from services.briefs import fonts, labels
from services.briefs.data import BriefData, BriefHealth, BriefWeek
from services.briefs.layout import PAD, RESPONSE_COLOURS, RULE, Badge, Piece, grid, heading, para, rich, table

BAND_COLOURS = {"good": (colors.HexColor("#2e7d32"), colors.white),
                "watch": (colors.HexColor("#f0b429"), colors.HexColor("#1f2933")),
                "at_risk": (colors.HexColor("#c62828"), colors.white)}
RESPONSES = ("warm", "neutral", "cold", "none")
STRIP_HEIGHT = 46  # points
SWATCH = 9  # points, the legend's sample bar
GAP = 8


def health_section(data: BriefData, width: float) -> list[Flowable]:
    """Heading, score and reasons, then the level map beside the activity strip; nothing when not computed."""
    health = data.health
    if health is None:
        return []
    lang = data.lang
    out: list[Flowable] = [Spacer(1, GAP), heading(labels.text("health", lang), width), Spacer(1, 4),
                           _score_line(health, lang, width), Spacer(1, 6)]
    left_w = width * 0.46
    right_w = width - left_w - GAP
    side = table([[_levels(health, lang, left_w), "", _activity(health.weeks, lang, right_w)]],
                 [left_w, GAP, right_w], [
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                     ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    return [*out, side]


def _score_line(health: BriefHealth, lang: str, width: float) -> Table:
    """The score and its band's word on a coloured badge (the word, not the colour, carries it), reasons beside."""
    fill, ink = BAND_COLOURS.get(health.band, BAND_COLOURS["watch"])
    badge_w = width * 0.24
    score = [para(labels.text("health_score", lang, score=health.score), "clock", badge_w),
             Badge(health.band_label, fill, ink, size=8.5, max_width=badge_w)]
    reasons = [rich([Piece("\u2022 ", raw=True), Piece(text)], "body", width - badge_w - 12)
               for text in health.reasons] or [para(labels.text("health_fine", lang), "body", width - badge_w - 12)]
    return table([[score, reasons]], [badge_w, width - badge_w], [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def _levels(health: BriefHealth, lang: str, width: float) -> list[Flowable]:
    """The level map: every role we know or should know, how many people, when one was last in touch."""
    widths = [width * 0.44, width * 0.18, width * 0.38]
    inner = [w - 2 * PAD for w in widths]
    rows = [[para(labels.text(key, lang), "head_cell") for key in ("role", "people", "last_touch")]]
    for level in health.levels:
        style = "cell_bold" if level.role == "decision_maker" else "cell"
        rows.append([para(level.role_label, style, inner[0]), para(str(level.people), "cell", inner[1]),
                     para(level.last_touch_text or labels.text("never", lang), "cell", inner[2])])
    title = para(labels.text("levels", lang), "label", width)
    if len(rows) == 1:
        return [title, para(labels.text("none", lang), "small", width)]
    return [title, Spacer(1, 2), grid(rows, widths)]


def _activity(weeks: Sequence[BriefWeek], lang: str, width: float) -> list[Flowable]:
    total = sum(w.touches for w in weeks)
    ends = table([[para(labels.text("weeks_ago", lang, n=len(weeks)), "small", width / 2),
                   para(labels.text("this_week", lang), "footer_right", width / 2)]], [width / 2, width / 2], [
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    return [para(labels.text("activity", lang, n=len(weeks)), "label", width), Spacer(1, 2),
            strip(weeks, width), ends, Spacer(1, 2),
            para(labels.text("activity_total", lang, n=total, weeks=len(weeks)), "cell", width),
            Spacer(1, 3), _legend(lang, width)]


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose graphics state starts with the brief's own (embedded) font: reportlab would otherwise set
    Helvetica, a font the PDF does not carry, even for a drawing without words."""
    fonts.register_base()
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.SANS
    return drawing


def strip(weeks: Sequence[BriefWeek], width: float, height: float = STRIP_HEIGHT) -> Drawing:
    """One bar per week, its height the week's touches, its fill style the main response (see _bar)."""
    drawing = _drawing(width, height)
    drawing.add(Line(0, 0.5, width, 0.5, strokeColor=RULE, strokeWidth=0.6))
    if not weeks:
        return drawing
    most = max(w.touches for w in weeks) or 1
    step = width / len(weeks)
    for index, week in enumerate(weeks):
        x = index * step + step * 0.15
        if week.touches:
            _bar(drawing, x, 1, step * 0.7, (height - 2) * week.touches / most, week.response)
    return drawing


def _bar(drawing: Drawing, x: float, y: float, w: float, h: float, response: str) -> None:
    """Warm solid, neutral half filled, cold an outline, no reply a dashed outline: readable without colour."""
    code = response if response in RESPONSES else "none"
    colour = colors.HexColor(RESPONSE_COLOURS[code])
    if code == "warm":
        drawing.add(Rect(x, y, w, h, fillColor=colour, strokeColor=colour, strokeWidth=0.6))
    elif code == "neutral":
        drawing.add(Rect(x, y, w, h, fillColor=colors.white, strokeColor=colour, strokeWidth=0.8))
        drawing.add(Rect(x, y, w, h / 2, fillColor=colour, strokeColor=colour, strokeWidth=0.6))
    elif code == "cold":
        drawing.add(Rect(x, y, w, h, fillColor=colors.white, strokeColor=colour, strokeWidth=1.1))
    else:
        drawing.add(Rect(x, y, w, h, fillColor=colors.white, strokeColor=colour, strokeWidth=0.8,
                         strokeDashArray=[1.5, 1.2]))


def _legend(lang: str, width: float) -> Table:
    cells: list = []
    for code in RESPONSES:
        swatch = _drawing(SWATCH, SWATCH)
        _bar(swatch, 0.5, 0.5, SWATCH - 1, SWATCH - 1, code)
        cells += [swatch, para(words.label(Response, code, lang), "small", width / 4 - SWATCH - 4)]
    widths = [SWATCH + 3, width / 4 - SWATCH - 3] * 4
    return table([cells], widths, [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
