"""What the planner reads of the book: each account with its contacts and last interactions, as named rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from models import queries

RECENT = 5  # interactions per account the planner looks at: enough for a cold streak up to the cap (4)
SENT = ("quote", "sample")  # and the last of these sent, however long ago: their rhythms run from them


class PlanContact(NamedTuple):
    """A contact as the planner sees it."""

    id: int
    uuid: str
    name: str
    role: str
    timezone: str
    birthday: dt.date | None


class RecentInteraction(NamedTuple):
    """One of an account's newest interactions."""

    uuid: str
    occurred_at: dt.datetime  # naive UTC
    purpose: str
    direction: str
    response: str
    valid_until: dt.date | None
    contact_id: int | None
    channel: str


@dataclass
class PlanAccount:
    id: int
    uuid: str
    name: str
    country: str
    timezone: str
    stage: str
    priority: str
    cadence_days: int | None
    founded_on: dt.date | None
    created_at: dt.datetime
    muslim_owned: bool = False  # keeps Ramadan and Eid outside the Muslim-majority markets
    contacts: list[PlanContact] = field(default_factory=list)
    recent: list[RecentInteraction] = field(default_factory=list)  # newest first
    last_sent: dict[str, RecentInteraction] = field(default_factory=dict)  # the last quote and samples we sent
    last_by_contact: dict[int, dt.date] = field(default_factory=dict)  # each person's last interaction



def load(account_uuid: str | None = None, ids: list[int] | None = None) -> list[PlanAccount]:
    """The accounts the planner reads: one (account_uuid), these (ids), or every account."""
    # Plain cursor tuples (models.queries): this runs over every account and ~80,000 interactions each morning.
    accounts = {}
    for pk, uuid, name, country, tz, stage, priority, cadence_days, founded, created, muslim in \
            queries.planner_accounts(account_uuid, ids):
        accounts[pk] = PlanAccount(pk, uuid, name, country, tz, stage, priority, cadence_days, _date(founded),
                                   _stamp(created), bool(muslim))
    if not accounts:
        return []
    ids = list(accounts) if account_uuid or ids else None
    for cid, aid, uuid, name, role, tz, birthday in queries.planner_contacts(ids):
        if aid in accounts:
            accounts[aid].contacts.append(PlanContact(cid, uuid, name, role, tz, _date(birthday)))
    _add_history(accounts, ids)
    return list(accounts.values())


def _add_history(accounts: dict[int, PlanAccount], ids: list[int] | None) -> None:
    """Each account's newest interactions, the last quote and samples sent, and each person's last touch."""
    for aid, uuid, occurred, purpose, direction, response, valid_until, contact_id, channel in \
            queries.planner_recent(RECENT, ids):
        if aid in accounts:
            accounts[aid].recent.append(RecentInteraction(uuid, _stamp(occurred), purpose, direction, response,
                                                _date(valid_until), contact_id, channel))
    for aid, uuid, occurred, purpose, direction, response, valid_until, contact_id, channel in \
            queries.planner_last_sent(SENT, ids):
        if aid in accounts:
            accounts[aid].last_sent[purpose] = RecentInteraction(uuid, _stamp(occurred), purpose, direction, response,
                                                                 _date(valid_until), contact_id, channel)
    for aid, contact_id, occurred in queries.planner_last_by_contact(ids):
        if aid in accounts:
            accounts[aid].last_by_contact[contact_id] = _stamp(occurred).date()
    for a in accounts.values():
        a.recent.sort(key=lambda item: item.occurred_at, reverse=True)


def _stamp(value) -> dt.datetime:
    """A stored UTC time as a naive datetime (the planner only compares them and takes their dates)."""
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=None) if value.tzinfo else value


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])
