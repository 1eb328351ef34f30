"""An account, its contacts and its interactions as plain values for the screen, read in a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import peewee as pw

from models import Account, Contact, Interaction
from services.accounts.people import get_contact, get_interaction, messaging_of
from services.accounts.records import get_account


class AccountDetails(NamedTuple):
    """One account as the account pane, its clock and the account dialog show it."""

    uuid: str
    name: str
    country: str  # ISO code, "" while unknown
    city: str
    timezone: str  # "" for the country's main zone
    stage: str
    priority: str
    source: str
    language: str
    tags: str
    notes: str
    founded_on: dt.date | None
    cadence_days: int | None  # None for the region's default
    version: int  # the saves it has had: an edit of this version is refused once a colleague saved another
    muslim_owned: bool = False  # keeps Ramadan and Eid outside the Muslim-majority markets
    owner_uuid: str = ""  # the user who owns it, "" for nobody


def details_of(a: Account) -> AccountDetails:
    """The plain value of an account already read (a save returns one)."""
    return AccountDetails(a.uuid, a.name, a.country, a.city, a.timezone, a.stage, a.priority, a.source, a.language,
                          a.tags, a.notes, a.founded_on, a.cadence_days, a.version,
                          a.muslim_owned, a.owner.uuid if a.owner is not None else "")


def account_details(account_uuid: str) -> AccountDetails:
    return details_of(get_account(account_uuid))


class ContactRow(NamedTuple):
    """One contact as the contacts tab, the contact dialog and the contact pickers show it."""

    uuid: str
    name: str
    role: str
    title: str
    email: str
    phone: str
    messaging: dict[str, str]  # app -> handle, read from the stored JSON
    language: str
    timezone: str
    birthday: dt.date | None
    notes: str
    version: int  # as AccountDetails.version


class InteractionRow(NamedTuple):
    """One interaction as the timeline and the interaction dialog show it; contact_uuid is "" for the company."""

    uuid: str
    occurred_at: dt.datetime
    direction: str
    channel: str
    purpose: str
    response: str
    summary: str
    valid_until: dt.date | None
    contact_uuid: str
    contact_name: str
    version: int  # as AccountDetails.version


def _contact_row(c: Contact) -> ContactRow:
    return ContactRow(c.uuid, c.name, c.role, c.title, c.email, c.phone, messaging_of(c), c.language, c.timezone,
                      c.birthday, c.notes, c.version)


def contact_rows_of(account_uuid: str) -> list[ContactRow]:
    """An account's contacts by name: one query for the account, one for its contacts."""
    account = get_account(account_uuid)
    return [_contact_row(c) for c in Contact.select().where(Contact.account == account).order_by(Contact.name)]


def contact_row(contact_uuid: str) -> ContactRow:
    """One contact as stored now (a form reloading a colleague's save)."""
    return _contact_row(get_contact(contact_uuid))


def interaction_row(interaction_uuid: str) -> InteractionRow:
    """One interaction as stored now (a form reloading a colleague's save)."""
    return _interaction_row(get_interaction(interaction_uuid))


def interaction_rows_of(account_uuid: str, limit: int | None = None) -> list[InteractionRow]:
    """An account's interactions, newest first, each with its contact's name (joined, not a query per row)."""
    account = get_account(account_uuid)
    query = (Interaction.select(Interaction, Contact)
             .join(Contact, pw.JOIN.LEFT_OUTER)
             .where(Interaction.account == account)
             .order_by(Interaction.occurred_at.desc()))
    if limit:
        query = query.limit(limit)
    return [_interaction_row(i) for i in query]


def _interaction_row(i: Interaction) -> InteractionRow:
    contact = i.contact if i.contact_id else None
    return InteractionRow(i.uuid, i.occurred_at, i.direction, i.channel, i.purpose, i.response, i.summary,
                          i.valid_until, contact.uuid if contact else "", contact.name if contact else "", i.version)
