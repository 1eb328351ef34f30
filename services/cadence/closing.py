"""Touches kept clear of seasonal closures: moved past a closed span, or a lightened day's window and quotes kept."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from services.cadence.slots import Slots
from services.words import Message, phrase

MAX_MOVES = 4  # a quote moved past Ramadan lands in Eid's closure and moves once more; never loops for long


class Cleared(NamedTuple):
    """Where a touch goes after the closures: its day, the window to use (None: the country's), why it moved."""

    day: dt.date
    window: tuple[dt.time, dt.time] | None
    why: tuple[Message, ...]


def _after(slots: Slots, country: str, end: dt.date) -> dt.date:
    return slots.forward(country, end + dt.timedelta(days=1))


def clear_of_closures(slots: Slots, country: str, muslim_owned: bool, day: dt.date, new_quote: bool) -> Cleared:
    """Day itself when the customer's office works normally; else the first working day after a closed span (or,
    for a new quote, after the quiet end of a lightened one), or the lightened span's shorter window."""
    why: list[Message] = []
    for _ in range(MAX_MOVES):
        closure = slots.closure(country, day, muslim_owned)
        if closure is None:
            break
        if closure.kind == "closed":
            day = _after(slots, country, closure.end)
            why.append(phrase("closure_moved", name=closure.name, until=closure.end))
            continue
        if new_quote and closure.quiet_from is not None and day >= closure.quiet_from:
            day = _after(slots, country, closure.end)
            quiet_days = (closure.end - closure.quiet_from).days + 1
            why.append(phrase("closure_quote_moved", name=closure.name, n=quiet_days))
            continue
        if closure.window is not None:
            start, end = _narrowed(slots.info(country).window, closure.window)
            why.append(phrase("closure_lightened", name=closure.name, start=f"{start:%H:%M}", end=f"{end:%H:%M}"))
            return Cleared(day, (start, end), tuple(why))
        break
    return Cleared(day, None, tuple(why))


def _narrowed(usual: tuple[dt.time, dt.time], short: tuple[dt.time, dt.time]) -> tuple[dt.time, dt.time]:
    """The part of the usual window inside the short hours; the short hours when the two do not meet."""
    start, end = max(usual[0], short[0]), min(usual[1], short[1])
    return (start, end) if start < end else short
