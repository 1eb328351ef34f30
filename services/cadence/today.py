"""The Today screen's data: replies owed, today's touches in the order their windows open, promises at high risk,
and the overdue touches collapsed by age, read from the stored plan.

Groups that can be long (the overdue by age, the rest of the week) carry their count from one indexed query and
read their touches only when they are opened: Today opens in the same few queries at 100 or 100,000 accounts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named here: the home screen imports this module at start-up, before the planner
    from services.cadence.touches import Touch

# Overdue touches are grouped by how late they are: (code, fewest days late, most days late or None).
AGE_GROUPS = (("late_1_7", 1, 7), ("late_8_30", 8, 30), ("late_older", 31, None))
WEEK_DAYS = 7


class TouchGroup:
    """A count of touches, and the touches themselves read when first asked for (the least late first)."""

    def __init__(self, code: str, touches: list[Touch] | None = None, count: int | None = None,
                 loader: Callable[[], list[Touch]] | None = None) -> None:
        self.code = code
        self._touches = touches
        self.count = len(touches) if touches is not None and count is None else (count or 0)
        self._loader = loader

    @property
    def touches(self) -> list[Touch]:
        if self._touches is None:
            self._touches = self._loader() if self._loader is not None else []
            self.count = len(self._touches)
        return self._touches

    def __len__(self) -> int:
        return self.count


@dataclass
class TodayView:
    day: dt.date
    now: dt.datetime
    replies: list[Touch]  # replies owed, the most urgent first
    touches: list[Touch]  # due today, in the order the customers' windows open
    promises: list  # services.commitments.rows.PromiseRow at high risk
    overdue: list[TouchGroup]
    week: TouchGroup = field(default_factory=lambda: TouchGroup("week", []))  # the rest of the week
    planning: bool = False  # no plan stored yet: the window is making the first one in the background
    owner: int | None = None  # whose accounts and promises (a user id, services.users scope); None: everyone's

    @property
    def upcoming(self) -> list[Touch]:
        return self.week.touches

    @property
    def overdue_count(self) -> int:
        return sum(g.count for g in self.overdue)

    def counts(self) -> dict[str, int]:
        """What the sidebar shows beside Today."""
        return {"replies": len(self.replies), "today": len(self.touches), "promises": len(self.promises),
                "overdue": self.overdue_count}


def _span(code: str, today: dt.date) -> tuple[dt.date | None, dt.date]:
    """The customer days [first, end) of an age group."""
    _, low, high = next(g for g in AGE_GROUPS if g[0] == code)
    first = today - dt.timedelta(days=high) if high is not None else None
    return first, today - dt.timedelta(days=low - 1)


def _least_late_first(touches: list[Touch], today: dt.date) -> list[Touch]:
    return sorted(touches, key=lambda t: (t.days_late(today), t.account))


def today_view(today: dt.date | None = None, now: dt.datetime | None = None, scope: str | None = None) -> TodayView:
    """Everything the Today screen shows, read from the stored plan (brought up to date for today first).

    scope (services.users): mine, a colleague's uuid, or everyone's (None) accounts and promises."""
    from services.cadence import store
    from services.commitments.rows import high_risk_promise_rows
    from services.users import scope_owner_id

    today = today or dt.date.today()
    now = now or dt.datetime.now(dt.UTC)
    owner = scope_owner_id(scope)
    promises = high_risk_promise_rows(today, made_by=owner)
    if not store.readable(today):  # the window is building the first plan in the background
        nothing = [TouchGroup(code, []) for code, _, _ in AGE_GROUPS]
        return TodayView(today, now, [], [], promises, nothing, planning=True, owner=owner)
    store.ensure(today)
    replies = _by_urgency(store.read(None, today + dt.timedelta(days=1), kinds=("reply",), owner=owner))
    touches = _by_window(store.read(today, today + dt.timedelta(days=1), exclude=("reply",), owner=owner))
    return TodayView(today, now, replies, touches, promises, _overdue(today, owner), _week(today, owner),
                     owner=owner)


def refreshed(view: TodayView, account_uuids: set[str], now: dt.datetime | None = None) -> TodayView:
    """Today after acting on these accounts: their replies and today's touches read again, the others' kept, the
    counts counted again. One Done on a busy day at 100,000 accounts re-reads one account, not the day's thousands."""
    from services.cadence import store
    from services.commitments.rows import high_risk_promise_rows

    today = view.day
    store.ensure(today)
    fresh = [t for uuid in sorted(account_uuids)
             for t in store.read(None, today + dt.timedelta(days=1), account_uuid=uuid, owner=view.owner)]
    replies = [t for t in view.replies if t.account_uuid not in account_uuids]
    touches = [t for t in view.touches if t.account_uuid not in account_uuids]
    replies += [t for t in fresh if t.kind == "reply"]
    touches += [t for t in fresh if t.kind != "reply" and t.due_local.date() == today]
    return TodayView(today, now or view.now, _by_urgency(replies), _by_window(touches),
                     high_risk_promise_rows(today, made_by=view.owner), _overdue(today, view.owner),
                     _week(today, view.owner), owner=view.owner)


def _by_urgency(replies: list[Touch]) -> list[Touch]:
    return sorted(replies, key=lambda t: (t.expected_by or t.due_utc, t.account))


def _by_window(touches: list[Touch]) -> list[Touch]:
    return sorted(touches, key=lambda t: (t.due_utc, t.account))


def _overdue(today: dt.date, owner: int | None) -> list[TouchGroup]:
    from services.cadence import store

    overdue = []
    for code, _, _ in AGE_GROUPS:
        first, end = _span(code, today)

        def load(first=first, end=end) -> list[Touch]:
            return _least_late_first(store.read(first, end, exclude=store.NOT_OVERDUE, owner=owner), today)

        overdue.append(TouchGroup(code, count=store.count(first, end, exclude=store.NOT_OVERDUE, owner=owner),
                                  loader=load))
    return overdue


def _week(today: dt.date, owner: int | None) -> TouchGroup:
    from services.cadence import store

    start, end = today + dt.timedelta(days=1), today + dt.timedelta(days=WEEK_DAYS)
    return TouchGroup("week", count=store.count(start, end, exclude=("reply",), owner=owner),
                      loader=lambda: store.read(start, end, exclude=("reply",), owner=owner))
