"""Accounts: find, create, change and delete them (into the Trash, leaving tombstones), and keep their search keys."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

import peewee as pw

from models import (
    Account,
    Commitment,
    Contact,
    Interaction,
    Tombstone,
    TouchState,
    db,
    utcnow,
    write_transaction,
)
from models.account import name_order, phone_search_digits
from services.accounts import phones
from services.accounts.fields import clean_account
from services.edits import save_edit
from services.errors import NotFoundError
from services.text import fold, search_key

if TYPE_CHECKING:
    from services.accounts.trash import Trashed



def get_account(account_uuid: str) -> Account:
    account = Account.get_or_none(Account.uuid == account_uuid)
    if account is None:
        raise NotFoundError("error.no_account", id=account_uuid)
    return account


def find_account(ref: str) -> Account:
    """An account by uuid or exact name (case-insensitive in any script)."""
    account = Account.get_or_none(Account.uuid == ref)
    if account:
        return account
    matches = [a for a in Account.select().where(Account.search_key.contains(fold(ref)))
               if fold(a.name) == fold(ref)]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError("error.account_name_ambiguous", n=len(matches), ref=ref)
    raise NotFoundError("error.no_account_named", ref=ref)


def refresh_search_key(account: Account) -> None:
    """Keep what derives from an account and its contacts: each contact's E.164 number (read with the account's
    country, so a new country re-reads them) and the account's search key (name, city, contact names, numbers)."""
    parts = []
    query = (Contact.select(Contact.id, Contact.name, Contact.phone, Contact.phone_e164)
             .where(Contact.account == account).tuples())
    for pk, name, phone, stored in query:
        number = phones.e164(phone, account.country)
        if number != stored:  # derived, so not an edit: updated_at stays
            Contact.update(phone_e164=number).where(Contact.id == pk).execute()
        parts += [name, phone_search_digits(phone, number)]
    account.search_key = search_key(account.name, account.city, *parts)
    account.order_key = name_order(account.name)


def reindex_many(account_ids: Iterable[int], chunk: int = 500) -> None:
    """refresh_search_key and store it for many accounts in a few queries (a merge or import touches thousands)."""
    ids = list(account_ids)
    parts: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(ids), chunk):
        query = (Contact.select(Contact.id, Contact.account, Contact.name, Contact.phone, Contact.phone_e164,
                                Account.country)
                 .join(Account).where(Contact.account.in_(ids[start:start + chunk])).order_by(Contact.id).tuples())
        for pk, account_id, name, phone, stored, country in query:
            number = phones.e164(phone, country)
            if number != stored:  # derived, so not an edit: updated_at stays
                Contact.update(phone_e164=number).where(Contact.id == pk).execute()
            parts[account_id] += [name, phone_search_digits(phone, number)]
    for start in range(0, len(ids), chunk):
        for account_id, name, city in (Account.select(Account.id, Account.name, Account.city)
                                       .where(Account.id.in_(ids[start:start + chunk])).tuples()):
            key = search_key(name, city, *parts[account_id])
            Account.update(search_key=key, order_key=name_order(name)).where(Account.id == account_id).execute()


def reindex(account: Account) -> None:
    """Store a fresh search key after its contacts changed (the account itself is not 'updated')."""
    refresh_search_key(account)
    Account.update(search_key=account.search_key, order_key=account.order_key).where(Account.id == account.id).execute()


def create_account(fields: dict) -> Account:
    values = clean_account(fields)
    with db.atomic():
        account = Account(**values)
        refresh_search_key(account)
        account.save(force_insert=True)
    return account


def update_account(account_uuid: str, fields: dict, version: int | None = None) -> Account:
    """version: the one the form loaded; a colleague's save since then refuses this one (RecordChangedError)."""
    values = clean_account(fields, partial=True)
    with db.atomic():
        account = get_account(account_uuid)
        save_edit(account, values, version, derive=refresh_search_key)
    return account


def delete_account(account_uuid: str) -> Trashed:
    """Take the account out with its contacts, interactions, promises and planned-touch states: kept whole in
    the Trash, with tombstones so the deletion reaches other copies."""
    from services.accounts import trash  # it builds on services.exchange.bundle, which imports this module

    with write_transaction():
        account = get_account(account_uuid)
        now = utcnow()
        kept = trash.keep_account(account, now)
        graves = [("account", account.uuid)]
        graves += [("contact", u) for (u,) in Contact.select(Contact.uuid).where(Contact.account == account).tuples()]
        graves += [("interaction", u) for (u,) in
                   Interaction.select(Interaction.uuid).where(Interaction.account == account).tuples()]
        graves += [("commitment", u) for (u,) in
                   Commitment.select(Commitment.uuid).where(Commitment.account == account).tuples()]
        bury_many(graves, now)
        TouchState.delete().where(TouchState.account_uuid == account.uuid).execute()
        account.delete_instance()
    return kept


def bury(kind: str, record_uuid: str, when: dt.datetime | None = None) -> None:
    """Leave a tombstone so the deletion reaches other copies through the exchange bundle."""
    when = when or utcnow()
    (Tombstone.insert(kind=kind, record_uuid=record_uuid, deleted_at=when, created_at=when, updated_at=when,
                      uuid=record_uuid)
     .on_conflict_ignore().execute())


def bury_many(graves: list[tuple[str, str]], when: dt.datetime) -> None:
    """Tombstones for (kind, uuid) pairs in batches: an account with 5,000 interactions took a second row by row."""
    stones = [{"kind": kind, "record_uuid": u, "deleted_at": when, "created_at": when, "updated_at": when, "uuid": u}
              for kind, u in graves]
    for chunk in pw.chunked(stones, 500):  # rows per statement, well under SQLite's limit on bound parameters
        Tombstone.insert_many(chunk).on_conflict_ignore().execute()


def is_empty() -> bool:
    return not Account.select().exists()
