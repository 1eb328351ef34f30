"""The brief's "How to reach them" box: channels, what is blocked, reply times, office hours and working week."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from services import words
from services.briefs.data import BriefData
from services.briefs.layout import PAD, grid, heading, para

LINE_LIMIT = 300
GAP = 8  # points above the box, as between the brief's other sections


def reach_section(data: BriefData, width: float) -> list[Flowable]:
    """The box under the clock, a label column and a text column; nothing when the country is unknown."""
    if data.reach is None:
        return []
    lang = data.lang
    note = words.text("reach.regional", lang) if data.reach.regional else ""
    widths = [width * 0.22, width * 0.78]
    rows = [[para(label, "cell_bold", widths[0] - 2 * PAD), para(text, "cell", widths[1] - 2 * PAD, limit=LINE_LIMIT)]
            for label, text in data.reach.lines]
    return [Spacer(1, GAP), heading(words.text("reach.title", lang), width, note), Spacer(1, 3),
            grid(rows, widths, header=False)]
