"""Writing an import's planned accounts and contacts, a batch at a time, inside the caller's transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from models import Account, Contact, queries
from models.account import name_order, phone_search_digits
from services.accounts import refresh_search_key
from services.text import search_key

BATCH = 200  # accounts written per step: existing rows are loaded a batch at a time, not one by one


@dataclass(eq=False, slots=True)
class PlannedContact:
    pk: int | None  # None: a new contact
    values: dict
    queued: bool = False  # already in its account's list of contacts to write


@dataclass(eq=False, slots=True)
class PlannedAccount:
    pk: int | None  # None: a new account
    name: str
    country: str
    values: dict = field(default_factory=dict)
    contacts: list[PlannedContact] = field(default_factory=list)
    by_email: dict[str, PlannedContact] = field(default_factory=dict)
    by_name: dict[str, PlannedContact] = field(default_factory=dict)


def write_accounts(planned: list[PlannedAccount]) -> None:
    """Create or update every planned account and its contacts; new accounts get their pk."""
    for first in range(0, len(planned), BATCH):
        _write_batch(planned[first:first + BATCH])


def _write_batch(batch: list[PlannedAccount]) -> None:
    accounts = _by_pk(Account, [p.pk for p in batch if p.pk is not None])
    contacts = _by_pk(Contact, [c.pk for p in batch for c in p.contacts if c.pk is not None])
    new_contacts: list[Contact] = []
    rekey: list[Account] = []
    created = _create_accounts([p for p in batch if p.pk is None])
    for planned in batch:
        if planned in created:
            _write_contacts(created[planned], planned.contacts, contacts, new_contacts)
            continue
        account = accounts[planned.pk]
        changed = _assign(account, planned.values)
        if changed:
            account.touch()
        if _write_contacts(account, planned.contacts, contacts, new_contacts) or changed:
            rekey.append(account)
    insert_rows(Contact, new_contacts)
    for account in rekey:
        refresh_search_key(account)
        account.save()


def _create_accounts(planned: list[PlannedAccount]) -> dict[PlannedAccount, Account]:
    """Insert the new accounts in one statement (a save() each costs ~1 ms of SQL building) and give each its pk."""
    made = {}
    for plan in planned:
        account = Account(name=plan.name, country=plan.country, **plan.values)
        # What refresh_search_key() would store, known before the insert: saves a query and an update.
        parts = [part for c in plan.contacts
                 for part in (c.values["name"], phone_search_digits(c.values.get("phone", ""),
                                                                    c.values.get("phone_e164", "")))]
        account.search_key = search_key(account.name, account.city, *parts)
        account.order_key = name_order(account.name)
        made[plan] = account
    if not made:
        return made
    insert_rows(Account, list(made.values()))
    ids = dict(Account.select(Account.uuid, Account.id)
               .where(Account.uuid.in_([a.uuid for a in made.values()])).tuples())
    for plan, account in made.items():
        account.id = plan.pk = ids[account.uuid]
    return made


def insert_rows(model, records: list) -> None:
    """Insert unsaved records with one prepared statement (their own pks are not set: see _create_accounts)."""
    queries.insert_rows(model, [r.__data__ for r in records])


def _write_contacts(account: Account, planned: list[PlannedContact], existing: dict[int, Contact],
                    new: list[Contact]) -> bool:
    """Update the existing contacts, queue the new ones; True when anything the search key holds may change."""
    changed = False
    for contact_plan in planned:
        if contact_plan.pk is None:
            new.append(Contact(account=account, **_stored(contact_plan.values)))
            changed = True
            continue
        contact = existing[contact_plan.pk]
        if _assign(contact, contact_plan.values):
            contact.touch()
            contact.save()
            changed = True
    return changed


def _by_pk(model, pks: list[int]) -> dict:
    return {row.id: row for row in model.select().where(model.id.in_(pks))} if pks else {}


def _stored(values: dict) -> dict:
    if "messaging" in values:
        return {**values, "messaging": json.dumps(values["messaging"], ensure_ascii=False, sort_keys=True)}
    return values


def _assign(record, values: dict) -> bool:
    changed = False
    for name, value in values.items():
        if name == "messaging":
            current = json.loads(record.messaging or "{}")
            value = json.dumps({**current, **value}, ensure_ascii=False, sort_keys=True)
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    return changed
