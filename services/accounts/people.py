"""Contacts and interactions of an account: create, change, delete (into the Trash) and list, in transactions."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import peewee as pw

from models import (
    Account,
    Contact,
    Interaction,
    db,
    utcnow,
    write_transaction,
)
from services.accounts import phones
from services.accounts.fields import clean_contact, clean_interaction
from services.accounts.records import bury, get_account, reindex
from services.edits import save_edit
from services.errors import NotFoundError

if TYPE_CHECKING:
    from services.accounts.trash import Trashed



def get_contact(contact_uuid: str) -> Contact:
    contact = Contact.get_or_none(Contact.uuid == contact_uuid)
    if contact is None:
        raise NotFoundError("error.no_contact", id=contact_uuid)
    return contact


def contacts_of(account_uuid: str) -> list[Contact]:
    account = get_account(account_uuid)
    return list(Contact.select().where(Contact.account == account).order_by(Contact.name))


def create_contact(account_uuid: str, fields: dict) -> Contact:
    values = clean_contact(fields)
    with db.atomic():
        account = get_account(account_uuid)
        contact = Contact.create(account=account, phone_e164=phones.e164(values["phone"], account.country), **values)
        reindex(account)
    return contact


def update_contact(contact_uuid: str, fields: dict, version: int | None = None) -> Contact:
    """version: the one the form loaded (see update_account)."""
    values = clean_contact(fields, partial=True)
    with db.atomic():
        contact = get_contact(contact_uuid)
        account = contact.account
        save_edit(contact, values, version,
                  derive=lambda c: setattr(c, "phone_e164", phones.e164(c.phone, account.country)))
        reindex(account)
    return contact


def delete_contact(contact_uuid: str) -> Trashed:
    """Into the Trash; the contact's interactions and promises stay, without a contact until it is restored."""
    from services.accounts import trash

    with write_transaction():
        contact = get_contact(contact_uuid)
        account = contact.account
        now = utcnow()
        kept = trash.keep_contact(contact, now)
        bury("contact", contact.uuid, now)
        contact.delete_instance()
        reindex(account)
    return kept


# ---------------------------------------------------------------- interactions


def get_interaction(interaction_uuid: str) -> Interaction:
    item = Interaction.get_or_none(Interaction.uuid == interaction_uuid)
    if item is None:
        raise NotFoundError("error.no_interaction", id=interaction_uuid)
    return item


def interactions_of(account_uuid: str, limit: int | None = None) -> list[Interaction]:
    account = get_account(account_uuid)
    query = (Interaction.select(Interaction, Contact).join(Contact, pw.JOIN.LEFT_OUTER)
             .where(Interaction.account == account).order_by(Interaction.occurred_at.desc()))
    if limit:
        query = query.limit(limit)
    return list(query)


def log_interaction(account_uuid: str, fields: dict) -> Interaction:
    # The write lock first: a second process writing between this read and the insert would otherwise make SQLite
    # refuse the insert at once ("database is locked"; the load test saw it with two processes).
    with write_transaction(whole_book=False):
        account = get_account(account_uuid)
        values = clean_interaction(fields, account)
        item = Interaction.create(account=account, **values)
        # Only the stamp: a whole-row save would write back what was read, over a colleague's edit of the account.
        Account.update(updated_at=utcnow()).where(Account.id == account.id).execute()
    return item


def update_interaction(interaction_uuid: str, fields: dict, version: int | None = None) -> Interaction:
    """version: the one the form loaded (see update_account)."""
    with db.atomic():
        item = get_interaction(interaction_uuid)
        save_edit(item, clean_interaction(fields, item.account, partial=True), version)
    return item


def delete_interaction(interaction_uuid: str) -> Trashed:
    from services.accounts import trash

    with write_transaction():
        item = get_interaction(interaction_uuid)
        now = utcnow()
        kept = trash.keep_interaction(item, now)
        bury("interaction", item.uuid, now)
        item.delete_instance()
    return kept


def messaging_of(contact: Contact) -> dict[str, str]:
    try:
        value = json.loads(contact.messaging or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
