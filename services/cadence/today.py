"""The Today screen's data: replies owed, today's touches in the order their windows open, promises at high risk,
and the overdue touches collapsed by age."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from services.cadence.touches import Touch

# Overdue touches are grouped by how late they are: (code, fewest days late, most days late or None).
AGE_GROUPS = (("late_1_7", 1, 7), ("late_8_30", 8, 30), ("late_older", 31, None))


@dataclass
class OverdueGroup:
    code: str  # late_1_7 | late_8_30 | late_older (words: "today.late_1_7" ...)
    touches: list[Touch] = field(default_factory=list)


@dataclass
class TodayView:
    day: dt.date
    now: dt.datetime
    replies: list[Touch]  # replies owed, the most urgent first
    touches: list[Touch]  # due today, in the order the customers' windows open
    promises: list  # services.commitments.rows.PromiseRow at high risk
    overdue: list[OverdueGroup]
    upcoming: list[Touch] = field(default_factory=list)  # the rest of the week

    @property
    def overdue_count(self) -> int:
        return sum(len(g.touches) for g in self.overdue)

    def counts(self) -> dict[str, int]:
        """What the sidebar shows beside Today."""
        return {"replies": len(self.replies), "today": len(self.touches), "promises": len(self.promises),
                "overdue": self.overdue_count}


def group_overdue(touches: list[Touch], today: dt.date) -> list[OverdueGroup]:
    """Overdue touches by age, each group oldest last (the least late first, they are the easiest to save)."""
    groups = [OverdueGroup(code) for code, _, _ in AGE_GROUPS]
    for t in sorted(touches, key=lambda t: (t.days_late(today), t.account)):
        late = t.days_late(today)
        for group, (_, low, high) in zip(groups, AGE_GROUPS, strict=True):
            if late >= low and (high is None or late <= high):
                group.touches.append(t)
                break
    return groups


def today_view(today: dt.date | None = None, now: dt.datetime | None = None) -> TodayView:
    """Everything the Today screen shows, read from the plan."""
    from services.cadence.planning import agenda
    from services.commitments.rows import open_promise_rows

    today = today or dt.date.today()
    now = now or dt.datetime.now(dt.UTC)
    groups = agenda(today, now)
    replies = sorted(groups.get("replies", []), key=lambda t: t.expected_by or t.due_utc)
    touches = sorted(groups["today"], key=lambda t: (t.due_utc, t.account))
    late = [t for t in groups["overdue"] if t.days_late(today) >= 1]
    # Due earlier today but more than 12 hours past its time: still today's work, first in the list.
    touches = [t for t in groups["overdue"] if t.days_late(today) == 0] + touches
    promises = [row for row in open_promise_rows(today) if row.level == "high"]
    return TodayView(today, now, replies, touches, promises, group_overdue(late, today), groups["week"])
