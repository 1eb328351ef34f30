"""Accounts, contacts and interactions: create, change, delete, list and search, all in transactions."""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

import peewee as pw

from models import (
    Account,
    Commitment,
    Contact,
    Interaction,
    Tombstone,
    TouchState,
    db,
    queries,
    utcnow,
    write_transaction,
)
from models.account import phone_search_digits
from models.enums import Channel, Direction, Priority, Purpose, Response, Role, Stage
from services import phones
from services import validation as v
from services.errors import NotFoundError, UnknownCountryError, ValidationError
from services.text import fold, search_key
from services.words import Message

if TYPE_CHECKING:
    from services.trash import Trashed


class AccountRow(NamedTuple):
    """One line of the account list (a tuple: 10,000 of them are made at start-up)."""

    uuid: str
    name: str
    country: str
    city: str
    stage: str
    priority: str
    source: str
    contacts: int
    last_stamp: str | None  # as stored (UTC, ISO order); parsed only when shown
    search_key: str

    @property
    def last_contact(self) -> dt.datetime | None:
        if not self.last_stamp:
            return None
        when = self.last_stamp if isinstance(self.last_stamp, dt.datetime) else dt.datetime.fromisoformat(
            self.last_stamp)
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


# ---------------------------------------------------------------- cleaning


def _country_code(value, errors: v.FieldErrors, required: bool = True) -> str:
    from services.countries import resolve_country

    raw = v.text(value, "country", errors, required=required, limit=100)
    if not raw:
        return ""
    try:
        return resolve_country(raw).code
    except UnknownCountryError as exc:
        errors["country"] = exc.message
        return ""


def clean_account(fields: dict, partial: bool = False, country_required: bool = True) -> dict:
    """country_required=False lets "" through: an account an import could not place (the forms always ask)."""
    errors = v.FieldErrors()
    out: dict = {}
    checks = {
        "name": lambda x: v.text(x, "name", errors, required=True),
        "country": lambda x: _country_code(x, errors, country_required),
        "city": lambda x: v.text(x, "city", errors, limit=200),
        "timezone": lambda x: v.timezone(x, "timezone", errors),
        "stage": lambda x: v.choice(x, Stage, "stage", errors, Stage.LEAD),
        "priority": lambda x: v.choice(x, Priority, "priority", errors, Priority.NORMAL),
        "source": lambda x: v.text(x, "source", errors, limit=200),
        "language": lambda x: v.text(x, "language", errors, limit=35),
        "notes": lambda x: v.text(x, "notes", errors, limit=v.MAX_TEXT),
        "tags": lambda x: _tags(x, errors),
        "founded_on": lambda x: v.date(x, "founded_on", errors),
        "cadence_days": lambda x: v.integer(x, "cadence_days", errors, 3, 730),
    }
    for name, check in checks.items():
        if name in fields or not partial:
            out[name] = check(fields.get(name))
    if errors:
        raise ValidationError(dict(errors))
    return out


def _tags(value, errors: v.FieldErrors) -> str:
    if isinstance(value, list | tuple):
        value = ", ".join(str(t) for t in value)
    raw = v.text(value, "tags", errors, limit=2000)
    return ", ".join(t.strip() for t in raw.split(",") if t.strip())


def clean_contact(fields: dict, partial: bool = False) -> dict:
    errors = v.FieldErrors()
    out: dict = {}
    checks = {
        "name": lambda x: v.text(x, "name", errors, required=True),
        "title": lambda x: v.text(x, "title", errors, limit=200),
        "role": lambda x: v.choice(x, Role, "role", errors, Role.OTHER),
        "email": lambda x: v.email(x, "email", errors),
        "phone": lambda x: v.text(x, "phone", errors, limit=100),
        "messaging": lambda x: _messaging(x, errors),
        "language": lambda x: v.text(x, "language", errors, limit=35),
        "timezone": lambda x: v.timezone(x, "timezone", errors),
        "birthday": lambda x: v.date(x, "birthday", errors),
        "notes": lambda x: v.text(x, "notes", errors, limit=v.MAX_TEXT),
    }
    for name, check in checks.items():
        if name in fields or not partial:
            out[name] = check(fields.get(name))
    if errors:
        raise ValidationError(dict(errors))
    return out


def _messaging(value, errors: v.FieldErrors) -> str:
    if value in (None, ""):
        return "{}"
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            errors["messaging"] = Message("check.messaging_pairs")
            return "{}"
    if not isinstance(value, dict):
        errors["messaging"] = Message("check.messaging_pairs")
        return "{}"
    clean = {str(k).strip().lower(): str(h).strip() for k, h in value.items() if str(h).strip()}
    return json.dumps(clean, ensure_ascii=False, sort_keys=True)


def clean_interaction(fields: dict, account: Account, partial: bool = False) -> dict:
    errors = v.FieldErrors()
    out: dict = {}
    if "contact_uuid" in fields or not partial:
        out["contact"] = _contact_of(account, fields.get("contact_uuid"), errors)
    checks = {
        "occurred_at": lambda x: v.aware_datetime(x, "occurred_at", errors),
        "channel": lambda x: v.choice(x, Channel, "channel", errors, Channel.EMAIL),
        "purpose": lambda x: v.choice(x, Purpose, "purpose", errors, Purpose.CHECK_IN),
        "direction": lambda x: v.choice(x, Direction, "direction", errors, Direction.OUTBOUND),
        "response": lambda x: v.choice(x, Response, "response", errors, Response.NONE),
        "summary": lambda x: v.text(x, "summary", errors, limit=v.MAX_TEXT),
        "valid_until": lambda x: v.date(x, "valid_until", errors),
    }
    for name, check in checks.items():
        if name in fields or not partial:
            out[name] = check(fields.get(name))
    if errors:
        raise ValidationError(dict(errors))
    return out


def _contact_of(account: Account, contact_uuid, errors: v.FieldErrors) -> Contact | None:
    if not contact_uuid:
        return None
    contact = Contact.get_or_none((Contact.uuid == contact_uuid) & (Contact.account == account))
    if contact is None:
        errors["contact_uuid"] = Message("check.not_contact_of_account")
    return contact


# ---------------------------------------------------------------- accounts


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
            Account.update(search_key=key).where(Account.id == account_id).execute()


def reindex(account: Account) -> None:
    """Store a fresh search key after its contacts changed (the account itself is not 'updated')."""
    refresh_search_key(account)
    Account.update(search_key=account.search_key).where(Account.id == account.id).execute()


def create_account(fields: dict) -> Account:
    values = clean_account(fields)
    with db.atomic():
        account = Account(**values)
        refresh_search_key(account)
        account.save(force_insert=True)
    return account


def update_account(account_uuid: str, fields: dict) -> Account:
    values = clean_account(fields, partial=True)
    with db.atomic():
        account = get_account(account_uuid)
        account.save_changes(values, derive=refresh_search_key)
    return account


def delete_account(account_uuid: str) -> Trashed:
    """Take the account out with its contacts, interactions, promises and planned-touch states: kept whole in
    the Trash, with tombstones so the deletion reaches other copies."""
    from services import trash  # it builds on services.bundle, which imports this module

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


_SEARCH_KEY = operator.attrgetter("search_key")


def account_rows(limit: int | None = None) -> list[AccountRow]:
    """Every account with its contact count and last contact, in one query.

    With limit, only the first `limit` accounts in the list's order (start-up paints those while the rest
    is still being read); only they get their contacts counted.

    Plain cursor tuples (models.queries): this runs at start-up over every account, where peewee's per-row work
    would dominate.
    """
    # Columns in AccountRow's order, so each cursor row becomes a row without Python-level unpacking.
    rows = list(map(AccountRow._make, queries.account_list(limit)))
    if limit is None:  # every row: one pass over the table, then sorting in Python beats walking the index
        rows.sort(key=_SEARCH_KEY)
    return rows


def count_accounts() -> int:
    return Account.select().count()


def search_terms(text: str) -> list[str]:
    """What a search text looks for: its folded words, or one run of digits when it is a phone number typed
    any way ("+49 711 123", "0711/123", "(312) 555-0100")."""
    digits = phones.query_digits(text)
    return [digits] if digits else fold(text).split()


def matches_search(row_key: str, terms: list[str]) -> bool:
    """The one definition of search: every term (search_terms) appears in the account's search key."""
    return all(term in row_key for term in terms)


def search_accounts(text: str = "") -> list[Account]:
    query = Account.select().order_by(Account.name)
    for term in search_terms(text):
        query = query.where(Account.search_key.contains(term))
    return list(query)


# ---------------------------------------------------------------- contacts


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


def update_contact(contact_uuid: str, fields: dict) -> Contact:
    values = clean_contact(fields, partial=True)
    with db.atomic():
        contact = get_contact(contact_uuid)
        account = contact.account
        contact.save_changes(values, derive=lambda c: setattr(c, "phone_e164", phones.e164(c.phone, account.country)))
        reindex(account)
    return contact


def delete_contact(contact_uuid: str) -> Trashed:
    """Into the Trash; the contact's interactions and promises stay, without a contact until it is restored."""
    from services import trash

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
    with db.atomic():
        account = get_account(account_uuid)
        values = clean_interaction(fields, account)
        item = Interaction.create(account=account, **values)
        account.touch()
        account.save()
    return item


def update_interaction(interaction_uuid: str, fields: dict) -> Interaction:
    with db.atomic():
        item = get_interaction(interaction_uuid)
        item.save_changes(clean_interaction(fields, item.account, partial=True))
    return item


def delete_interaction(interaction_uuid: str) -> Trashed:
    from services import trash

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


def is_empty() -> bool:
    return not Account.select().exists()
