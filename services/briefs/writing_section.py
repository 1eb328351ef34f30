"""The brief's "Writing to them": per person, the salutation and sign-off in their language and in English."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from services.briefs import labels
from services.briefs.data import BriefData
from services.briefs.layout import PAD, grid, heading, para
from services.text import isolate

LINE_LIMIT, NAME_LIMIT, NOTE_LIMIT = 300, 120, 700
GAP, KEEP_WITH_HEADING = 8, 60  # points


def writing_section(data: BriefData, width: float, most: int) -> list[Flowable]:
    """A row per person shown in Contacts (the first `most`), then the market's note; nothing without people."""
    lang = data.lang
    people = sorted(data.contacts, key=lambda c: c.role != "decision_maker")[:most]
    people = [p for p in people if p.salutation]
    if not people:
        return []
    widths = [width * 0.26, width * 0.74]
    inner = [w - 2 * PAD for w in widths]
    rows = []
    for person in people:
        lines = [para(isolate(person.salutation), "cell", inner[1], limit=LINE_LIMIT)]
        if person.salutation_en:
            english = f"{labels.text('in_english', lang)}{labels.text('colon', lang)}{isolate(person.salutation_en)}"
            lines.append(para(english, "cell_small", inner[1], limit=LINE_LIMIT))
        rows.append([para(person.name, "cell_bold", inner[0], limit=NAME_LIMIT), lines])
    out: list[Flowable] = [Spacer(1, GAP), CondPageBreak(KEEP_WITH_HEADING),
                           heading(labels.text("writing", lang), width), Spacer(1, 3), grid(rows, widths, header=False)]
    if data.writing_note:
        out += [Spacer(1, 2), para(data.writing_note, "small", width, limit=NOTE_LIMIT)]
    return out
