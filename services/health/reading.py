"""What health reads of the book for many accounts at once, in a fixed number of queries, as named rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from models import queries
from services.cadence.loading import PlanAccount, load

WINDOW_DAYS = 183  # 26 weeks of activity strip; the 180 days of rhythm, replies and response fit inside


class Contact(NamedTuple):
    id: int
    role: str
    last_touch: dt.date | None  # its newest interaction, however old


class Touch(NamedTuple):
    """One interaction of the window, oldest first."""

    at: dt.datetime  # aware UTC
    channel: str
    direction: str
    response: str
    contact_id: int | None


class Closed(NamedTuple):
    """A kept or broken promise: whether it was kept, and on time, and when it closed."""

    status: str  # kept | late | broken
    on: dt.date


@dataclass
class Facts:
    """One account as health sees it."""

    account: PlanAccount  # what the planner reads (its rhythm is measured against the planner's interval)
    contacts: list[Contact] = field(default_factory=list)
    touches: list[Touch] = field(default_factory=list)  # the window's, oldest first
    promises: list[Closed] = field(default_factory=list)


def read_facts(ids: list[int] | None = None, account_uuid: str | None = None, today: dt.date | None = None,
               accounts: list[PlanAccount] | None = None) -> dict[int, Facts]:
    """The facts of these accounts (or of one; or of these accounts as the planner just read them), by account id."""
    today = today or dt.date.today()
    accounts = load(account_uuid, ids) if accounts is None else accounts
    facts = {a.id: Facts(a) for a in accounts}
    if not facts:
        return {}
    keys = list(facts)
    for a in accounts:  # each person's last touch: the planner read it (PlanAccount.last_by_contact)
        facts[a.id].contacts = [Contact(c.id, c.role, a.last_by_contact.get(c.id)) for c in a.contacts]
    since = dt.datetime.combine(today - dt.timedelta(days=WINDOW_DAYS), dt.time(), dt.UTC)
    until = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), dt.UTC)
    for aid, at, channel, direction, response, contact_id in queries.health_interactions(keys, since):
        stamp = _stamp(at)
        if stamp < until:
            facts[aid].touches.append(Touch(stamp, channel, direction, response, contact_id))
    for f in facts.values():
        f.touches.sort(key=lambda t: t.at)
    for aid, status, due, completed in queries.closed_promises(keys):
        due_on = _date(due) or today
        done_on = _date(completed)
        if status == "broken":
            facts[aid].promises.append(Closed("broken", done_on or due_on))
        else:
            facts[aid].promises.append(Closed("late" if done_on and done_on > due_on else "kept", done_on or due_on))
    return facts


def _stamp(value) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _date(value) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(value[:10])

