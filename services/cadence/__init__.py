"""Cadence planning: when to contact each customer next, with what, inside their working window.

plan(), agenda() and the acts on a touch are gathered here (``cadence.plan(...)``); the rules by region
(rules), the customer's clock (clock) and the iCalendar export (ics) are imported from their own modules.
"""

from services.cadence.planning import agenda, dismiss, mark_done, next_touches, plan, plan_rules, reschedule, snooze
from services.cadence.touches import Touch

__all__ = ["Touch", "agenda", "dismiss", "mark_done", "next_touches", "plan", "plan_rules", "reschedule", "snooze"]
