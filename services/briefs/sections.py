"""The sections of one account's brief, as reportlab flowables: header, clock, people, promises, history, notes."""

from __future__ import annotations

import datetime as dt

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from services import dates
from services.briefs import labels
from services.briefs.data import BriefData, BriefTouch
from services.briefs.health_section import health_section
from services.briefs.layout import (
    ACCENT,
    BAND,
    DECIDER_ROW,
    HOURS_COLOURS,
    LEVEL_COLOURS,
    PAD,
    RESPONSE_COLOURS,
    RULE,
    Badge,
    Piece,
    grid,
    heading,
    para,
    rich,
    table,
)
from services.briefs.reach import reach_section
from services.briefs.writing_section import writing_section
from services.text import isolate

# Enough to read in two minutes; the rest is counted ("… and 3 more") rather than printed.
MAX_CONTACTS, MAX_TOUCHES, MAX_PROMISES, MAX_HOLIDAYS, MAX_INTERACTIONS, MAX_ETIQUETTE = 12, 5, 10, 12, 8, 14
MAX_MESSAGING = 4
NOTE_LIMIT, NOTE_LINES = 1200, 24
SUMMARY_LIMIT, CELL_LIMIT, NAME_LIMIT, LABEL_LIMIT, TIME_LIMIT, ETIQUETTE_LIMIT = 300, 220, 120, 60, 40, 700
HOLIDAY_DAYS = 90
GAP = 8  # points between side-by-side blocks
KEEP_WITH_HEADING = 80  # points
STACK_ABOVE = 330  # points: a taller clock-and-touches block is stacked so it can split across pages


def brief_story(data: BriefData, width: float) -> list[Flowable]:
    """Everything printed for one account, in reading order, for a frame width in points."""
    return [
        _header(data, width), *health_section(data, width), Spacer(1, GAP),
        *_clock_and_touches(data, width), *reach_section(data, width),
        *_contacts(data, width),
        *writing_section(data, width, MAX_CONTACTS),
        *_promises(data, width),
        *_interactions(data, width),
        *_holidays(data, width),
        *_notes(data, width),
        *_etiquette(data, width),
    ]


def _more(total: int, shown: int, lang: str) -> list[Flowable]:
    return [para(labels.text("more", lang, n=total - shown), "small")] if total > shown else []


def _none(lang: str) -> Flowable:
    return para(labels.text("none", lang), "small")


def _section(title: str, width: float, note: str = "") -> list[Flowable]:
    """Space, then a heading that never ends a page alone (it needs room for a few lines after it)."""
    return [Spacer(1, GAP), CondPageBreak(KEEP_WITH_HEADING), heading(title, width, note), Spacer(1, 3)]


def _header(data: BriefData, width: float) -> Table:
    account, lang = data.account, data.lang
    left_w, right_w = width * 0.64, width * 0.36
    country = account.country_name
    if account.country_code and account.country_code not in country:
        country = f"{country} ({account.country_code})" if country else account.country_code
    place = " · ".join(p for p in (country, isolate(account.city)) if p)
    left = [para(account.name, "title", left_w - 12, limit=NAME_LIMIT),
            para(place, "subtitle", left_w - 12, limit=NAME_LIMIT)]
    if account.tags:
        left.append(para(" · ".join(map(isolate, account.tags)), "small", left_w - 12, limit=CELL_LIMIT))
    right = [rich([Piece(labels.text(key, lang) + "  ", bold=True, color="#5f6b7a", size=7.5),
                   Piece(value, limit=LABEL_LIMIT)],
                  "meta", right_w - 12)
             for key, value in (("stage", account.stage), ("priority", account.priority),
                                ("source", account.source)) if value]
    return table([[left, right]], [left_w, right_w], [
        ("BACKGROUND", (0, 0), (-1, -1), BAND), ("LINEBEFORE", (0, 0), (0, 0), 3, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ])


def _clock(data: BriefData, width: float) -> Table:
    account, lang = data.account, data.lang
    inner = width - 2 * 7
    status = {True: "inside", False: "outside", None: "unknown_hours"}[account.inside_hours]
    rows: list[Flowable] = [para(labels.text("local_time", lang).upper() if lang == "en"
                                 else labels.text("local_time", lang), "label", inner)]
    rows.append(para(account.local_time_text or "–", "clock", inner, limit=24))
    if account.timezone:
        rows.append(para(account.timezone, "small", inner, limit=LABEL_LIMIT))
    if account.working_window:
        rows.append(rich([Piece(labels.text("working_hours", lang) + "  ", color="#5f6b7a"),
                          Piece(account.working_window, bold=True, limit=TIME_LIMIT)], "meta", inner))
    rows.append(rich([Piece("\u2022 ", raw=True, color=HOURS_COLOURS[account.inside_hours], size=12),
                      Piece(labels.text(status, lang), bold=True, color=HOURS_COLOURS[account.inside_hours])],
                     "status", inner))
    if account.languages:
        rows.append(rich([Piece(labels.text("languages", lang) + "  ", color="#5f6b7a"),
                          Piece(", ".join(account.languages), limit=NAME_LIMIT)], "meta", inner))
    return table([[rows]], [width], [
        ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, -1), colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ])


def _touch_row(touch: BriefTouch, widths: list[float]) -> list:
    what = [rich([Piece(touch.purpose_label, bold=True, limit=LABEL_LIMIT),
                  Piece(f"  {touch.contact_name}" if touch.contact_name else "", color="#5f6b7a", limit=NAME_LIMIT)],
                 "cell", widths[2] - 2 * PAD)]
    if touch.reason:
        what.append(para(touch.reason, "cell_small", widths[2] - 2 * PAD, limit=CELL_LIMIT))
    return [para(touch.due_local_text, "cell_bold", widths[0] - 2 * PAD, limit=TIME_LIMIT),
            para(touch.due_user_text, "cell", widths[1] - 2 * PAD, limit=TIME_LIMIT), what]


def _clock_and_touches(data: BriefData, width: float) -> list[Flowable]:
    """The local-time box beside the next touches; stacked instead when unusually long text makes them tall."""
    lang = data.lang
    clock_w = width * 0.32
    touches_w = width - clock_w - GAP
    widths = [touches_w * 0.2, touches_w * 0.2, touches_w * 0.6]
    right: list[Flowable] = [heading(labels.text("next_touches", lang), touches_w), Spacer(1, 3)]
    shown = list(data.touches)[:MAX_TOUCHES]
    if shown:
        head = [para(labels.text(key, lang), "head_cell") for key in ("their_time", "your_time", "purpose")]
        right.append(grid([head, *(_touch_row(t, widths) for t in shown)], widths))
        right += _more(len(data.touches), len(shown), lang)
    else:
        right.append(_none(lang))
    side_by_side = table([[_clock(data, clock_w), "", right]], [clock_w, GAP, touches_w], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    if side_by_side.wrap(width, 10_000)[1] <= STACK_ABOVE:
        return [side_by_side]
    return [_clock(data, width), Spacer(1, GAP), *_clock_and_touches_stacked(data, width, shown)]


def _clock_and_touches_stacked(data: BriefData, width: float, shown: list[BriefTouch]) -> list[Flowable]:
    lang = data.lang
    widths = [width * 0.16, width * 0.16, width * 0.68]
    out: list[Flowable] = [heading(labels.text("next_touches", lang), width), Spacer(1, 3)]
    head = [para(labels.text(key, lang), "head_cell") for key in ("their_time", "your_time", "purpose")]
    return [*out, grid([head, *(_touch_row(t, widths) for t in shown)], widths),
            *_more(len(data.touches), len(shown), lang)]


def _contacts(data: BriefData, width: float) -> list[Flowable]:
    lang = data.lang
    out = _section(labels.text("contacts", lang), width)
    people = sorted(data.contacts, key=lambda c: c.role != "decision_maker")[:MAX_CONTACTS]
    if not people:
        return [*out, _none(lang)]
    widths = [width * 0.26, width * 0.15, width * 0.31, width * 0.28]
    inner = [w - 2 * PAD for w in widths]
    rows = [[para(labels.text(key, lang), "head_cell") for key in ("name", "role", "reach", "notes")]]
    extra = []
    for person in people:
        name = [para(person.name, "cell_bold", inner[0], limit=NAME_LIMIT)]
        if person.title:
            name.append(para(person.title, "cell_small", inner[0], limit=NAME_LIMIT))
        if person.role == "decision_maker":
            role = Badge(person.role_label or labels.text("decision_maker", lang), ACCENT, colors.white,
                         max_width=inner[1])
            extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), DECIDER_ROW))
        else:
            role = para(person.role_label, "cell", inner[1], limit=LABEL_LIMIT)
        reach = [para(value, "cell", inner[2], limit=NAME_LIMIT) for value in (person.email, person.phone) if value]
        reach += [rich([Piece(f"{app}: ", color="#5f6b7a", limit=LABEL_LIMIT), Piece(handle, limit=NAME_LIMIT)],
                       "cell", inner[2])
                  for app, handle in list(person.messaging.items())[:MAX_MESSAGING]]
        rows.append([name, role, reach, para(person.notes, "cell", inner[3], limit=CELL_LIMIT)])
    return [*out, grid(rows, widths, extra=extra), *_more(len(data.contacts), len(people), lang)]


def _trust_note(data: BriefData) -> str:
    lang, trust = data.lang, data.trust
    counts = " · ".join(f"{labels.text(key, lang)} {getattr(trust, key)}"
                        for key in ("kept", "late", "broken", "open"))
    return f"{labels.text('trust', lang)}:  {counts}"


def _day(value: dt.date, data: BriefData) -> str:
    """A day in the brief's language, with the year when it is not the year the brief was made."""
    return dates.day(value, data.lang, weekday=True, today=data.generated_at.date())


def _promises(data: BriefData, width: float) -> list[Flowable]:
    lang = data.lang
    out = _section(labels.text("promises", lang), width, _trust_note(data))
    shown = list(data.promises)[:MAX_PROMISES]
    if not shown:
        return [*out, _none(lang)]
    widths = [width * 0.1, width * 0.3, width * 0.32, width * 0.28]
    inner = [w - 2 * PAD for w in widths]
    rows = [[para(labels.text(key, lang), "head_cell") for key in ("risk", "promise", "why", "action")]]
    for promise in shown:
        fill, ink = LEVEL_COLOURS.get(promise.level or "", (None, None))
        risk = Badge(labels.level(promise.level, lang), fill, ink, max_width=inner[0]) if fill else para("–", "cell")
        facts = [promise.kind_label]
        if promise.due_date:
            facts.append(f"{labels.text('due', lang)} {_day(promise.due_date, data)}")
        if promise.promised_by:
            facts.append(f"{labels.text('by', lang)} {isolate(promise.promised_by)}")
        facts.append(promise.approval_label)
        what = [para(promise.title, "cell_bold", inner[1], limit=CELL_LIMIT),
                para(" · ".join(f for f in facts if f), "cell_small", inner[1], limit=CELL_LIMIT)]
        why = [para(promise.reasons_text, "cell", inner[2], limit=CELL_LIMIT)]
        if promise.explanation:
            why.append(para(promise.explanation, "cell_small", inner[2], limit=SUMMARY_LIMIT))
        rows.append([risk, what, why, para(promise.suggested_action, "cell", inner[3], limit=SUMMARY_LIMIT)])
    return [*out, grid(rows, widths), *_more(len(data.promises), len(shown), lang)]


def _interactions(data: BriefData, width: float) -> list[Flowable]:
    lang = data.lang
    out = _section(labels.text("interactions", lang), width)
    shown = list(data.interactions)[:MAX_INTERACTIONS]
    if not shown:
        return [*out, _none(lang)]
    widths = [width * 0.13, width * 0.17, width * 0.13, width * 0.15, width * 0.42]
    inner = [w - 2 * PAD for w in widths]
    rows = [[para(labels.text(key, lang), "head_cell")
             for key in ("when", "channel", "response", "name", "summary")]]
    for item in shown:
        colour = RESPONSE_COLOURS.get(item.response, RESPONSE_COLOURS["none"])
        response = rich([Piece("\u2022 ", raw=True, color=colour, size=12),
                         Piece(item.response_label or item.response, color=colour, limit=LABEL_LIMIT)],
                        "cell_status", inner[2])
        channel = [para(item.channel_label, "cell", inner[1], limit=LABEL_LIMIT)]
        if item.purpose_label:
            channel.append(para(item.purpose_label, "cell_small", inner[1], limit=LABEL_LIMIT))
        rows.append([para(item.when_text, "cell", inner[0], limit=TIME_LIMIT), channel, response,
                     para(item.contact_name, "cell", inner[3], limit=NAME_LIMIT),
                     para(item.summary, "cell", inner[4], limit=SUMMARY_LIMIT)])
    return [*out, grid(rows, widths), *_more(len(data.interactions), len(shown), lang)]


def _holidays(data: BriefData, width: float) -> list[Flowable]:
    lang = data.lang
    out = _section(labels.text("holidays", lang), width)
    today = data.generated_at.date()
    upcoming = sorted((h for h in data.holidays if today <= h.date <= today + dt.timedelta(days=HOLIDAY_DAYS)),
                      key=lambda h: h.date)
    shown = upcoming[:MAX_HOLIDAYS]
    if not shown and not data.closures:
        return [*out, _none(lang)]
    widths = [width * 0.18, width * 0.64, width * 0.18]
    inner = [w - 2 * PAD for w in widths]
    rows = []
    for holiday in shown:
        name = [Piece(holiday.name, bold=True, limit=NAME_LIMIT)]
        if holiday.local_name and holiday.local_name != holiday.name:
            name.append(Piece(f"  {holiday.local_name}", color="#5f6b7a", limit=NAME_LIMIT))
        kind = labels.text("festival" if holiday.kind == "festival" else "holiday", lang)
        rows.append([para(_day(holiday.date, data), "cell", inner[0]), rich(name, "cell", inner[1]),
                     para(kind, "cell_small", inner[2])])
    if rows:
        out += [grid(rows, widths, header=False), *_more(len(upcoming), len(shown), lang)]
    return [*out, *_closures(data, width)]


def _closures(data: BriefData, width: float) -> list[Flowable]:
    """'Closures ahead': each closure's days, name and why, and what it means for contact (office closed ...)."""
    if not data.closures:
        return []
    widths = [width * 0.18, width * 0.56, width * 0.26]  # room for "工作时间缩短 10:00–14:00" on one line
    inner = [w - 2 * PAD for w in widths]
    rows = [[para(c.dates_text, "cell", inner[0]),
             [para(c.name, "cell", inner[1], limit=NAME_LIMIT), para(c.reason, "cell_small", inner[1])],
             para(c.kind_label, "cell_small", inner[2])] for c in data.closures]
    title = rich([Piece(labels.text("closures", data.lang), bold=True)], "body", sum(widths))
    return [Spacer(1, 4), KeepTogether([title, Spacer(1, 2), grid(rows, widths, header=False)])]


def _notes(data: BriefData, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for key, text in (("firm_notes", data.firm_notes), ("account_notes", data.account_notes)):
        if text and text.strip():
            out += _section(labels.text(key, data.lang), width)
            out.append(para(text, "body", width, limit=NOTE_LIMIT, max_lines=NOTE_LINES))
    return out


def _etiquette(data: BriefData, width: float) -> list[Flowable]:
    lang = data.lang
    if not data.etiquette:
        return []
    note = labels.text("regional", lang) if data.etiquette_level == "region" else ""
    out = _section(labels.text("etiquette", lang), width, note)
    shown = list(data.etiquette)[:MAX_ETIQUETTE]
    for label, text in shown:
        out.append(rich([Piece(label, bold=True, limit=LABEL_LIMIT), Piece(labels.text("colon", lang), bold=True),
                         Piece(text, limit=ETIQUETTE_LIMIT)], "body", width))
        out.append(Spacer(1, 2))
    out += _more(len(data.etiquette), len(shown), lang)
    if data.etiquette_sources:
        sources = "; ".join(data.etiquette_sources)
        checked = labels.text("checked", lang, date=data.etiquette_checked) if data.etiquette_checked else ""
        heading = labels.text("sources", lang) + checked + labels.text("colon", lang)
        out.append(para(heading + sources, "small", width, limit=900))
    return out
