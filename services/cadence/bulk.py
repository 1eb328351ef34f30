"""Acting on many touches at once (the Today screen's multi-selection): Done, Snooze, Skip, and spreading a pile of
late touches over the next working days, each inside its customer's window."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from models import write_transaction
from services.cadence import planning
from services.cadence.slots import Slots
from services.cadence.touches import Touch


def done_all(touches: list[Touch]) -> int:
    """Mark them done; how many this call recorded (those a colleague marked done first are left as they are)."""
    with write_transaction():
        return sum(planning.mark_done(t) for t in touches)


def skip_all(touches: list[Touch]) -> None:
    with write_transaction():
        for t in touches:
            planning.dismiss(t)


def snooze_all(touches: list[Touch], days: int = 1, today: dt.date | None = None) -> list[Touch]:
    with write_transaction():
        return [planning.snooze(t, days, today) for t in touches]


def spread(touches: list[Touch], days: int, today: dt.date | None = None) -> list[Touch]:
    """Reschedule the touches over the next `days` working days (from tomorrow, in each customer's calendar),
    evenly: each goes to the least-loaded of its customer's working days in that span, inside their window."""
    today = today or dt.date.today()
    days = max(1, days)
    slots = Slots()
    load: Counter[dt.date] = Counter()
    moved = []
    with write_transaction():
        for t in sorted(touches, key=lambda t: (t.due_utc, t.account)):
            span = [today + dt.timedelta(days=n) for n in range(1, days + 1)]
            working = [d for d in span if slots.working(t.country, d)] or [slots.forward(t.country, span[-1])]
            day = min(working, key=lambda d: (load[d], d))
            load[day] += 1
            moved.append(planning.reschedule(t, day))
    return moved
