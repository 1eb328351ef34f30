"""Cadence planning: when to contact each customer next, with what, inside their working window.

plan(), agenda() and the acts on a touch are gathered here (``cadence.plan(...)``); the rules by region
(rules), the customer's clock (clock), the stored plan (store) and the iCalendar export (ics) are imported from
their own modules. The names below load on first use, so a screen importing one module of the package does not
load the planner at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from services.cadence.planning import (
        agenda,
        dismiss,
        log_done,
        mark_done,
        next_touches,
        plan,
        plan_rules,
        reschedule,
        snooze,
    )
    from services.cadence.touches import Touch

_HOMES = {"Touch": "services.cadence.touches", **{name: "services.cadence.planning" for name in (
    "agenda", "dismiss", "log_done", "mark_done", "next_touches", "plan", "plan_rules", "reschedule", "snooze")}}

__all__ = ["Touch", "agenda", "dismiss", "log_done", "mark_done", "next_touches", "plan", "plan_rules", "reschedule",
           "snooze"]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(name)
