"""Incoming bundle records as field values (cleaned, forgotten people taken out), and back as bundle records."""

from __future__ import annotations

from enum import Enum
from typing import Any

from models import Account, Commitment, Contact, Interaction
from services import accounts as acc
from services.book import privacy
from services.errors import ValidationError
from services.exchange.bundle import account_record, commitment_record, contact_record, interaction_record
from services.exchange.bundle_check import BundleError, Item

# type[Any]: which model depends on the key, so a caller reads the fields its kind has.
MODEL_OF: dict[str, type[Any]] = {"accounts": Account, "contacts": Contact, "interactions": Interaction,
                                  "commitments": Commitment}
NOUNS = {"accounts": ("account", "accounts"), "contacts": ("contact", "contacts"),
         "interactions": ("interaction", "interactions"), "commitments": ("promise", "promises")}


class Fate(Enum):
    """What a merge does with one incoming record."""

    ADD = "add"
    UPDATE = "update"
    SAME = "same"  # unchanged, or ours is newer
    RESURRECT = "resurrect"  # deleted here, comes back
    BURIED = "buried"  # deleted here, stays deleted
    ASIDE = "aside"  # its account or contact is gone here: set aside in the trash


WRITTEN = (Fate.ADD, Fate.UPDATE, Fate.RESURRECT)


def clean_values(item: Item) -> dict:
    """The record's field values as the book stores them; links to account and contact are the merge's job."""
    from services.commitments import clean_commitment

    try:
        if item.kind == "accounts":
            return acc.clean_account(item.record, country_required=False)  # an imported account may travel unplaced
        if item.kind == "contacts":
            return acc.clean_contact(item.record)
        unlinked = {**item.record, "contact_uuid": None}
        if item.kind == "interactions":
            values = acc.clean_interaction(unlinked, None)
        else:
            values = clean_commitment(unlinked, None)
    except ValidationError as exc:
        first, message = next(iter(exc.errors.items()))
        raise BundleError("bundle.field_problem", where=item.where, field=first, problem=message) from None
    values.pop("contact")
    return values


def record_of(item: Item, values: dict) -> dict:
    """An incoming record in exactly the form the exporter writes (for a trash payload)."""
    row = MODEL_OF[item.kind](uuid=item.uuid, created_at=item.created, updated_at=item.updated, **values)
    if item.kind == "accounts":
        return account_record(row)
    account_uuid = item.record["account_uuid"]
    if item.kind == "contacts":
        return contact_record(row, account_uuid)
    write = interaction_record if item.kind == "interactions" else commitment_record
    return write(row, account_uuid, item.record.get("contact_uuid"))


def conflict_name(named) -> str:
    """What the report calls a record: its name, title or the start of its summary (a row or a values dict)."""
    get = named.get if isinstance(named, dict) else lambda name: getattr(named, name, None)
    return get("name") or get("title") or (get("summary") or "")[:60]


def counted(kinds: list[str]) -> str:
    """ "2 interactions, 1 promise" """
    parts = []
    for kind in NOUNS:
        n = kinds.count(kind)
        if n:
            parts.append(f"{n} {NOUNS[kind][n != 1]}")
    return ", ".join(parts)


class ForgottenNames:
    """Forgotten people, and per account the names to take out of incoming text."""

    def __init__(self, people: set[str], names: dict[str, set[str]], account_of: dict[str, str],
                 keep: dict[str, set[str]], real_here: set[str]) -> None:
        self.people = people
        self.names = names  # contact uuid -> names known for them (here before the merge, or in the bundle)
        self.account_of = account_of  # contact uuid -> their account's uuid
        self.real_here = real_here  # forgotten people whose record here still holds their name
        by_account: dict[str, set[str]] = {}
        for uuid, found in names.items():
            by_account.setdefault(account_of[uuid], set()).update(found)
        self.scrubbers = {a: privacy.Scrubber(found, keep.get(a, set())) for a, found in by_account.items()}

    @classmethod
    def collect(cls, people: set[str], items: dict[str, dict[str, Item]]) -> ForgottenNames:
        names: dict[str, set[str]] = {}
        account_of: dict[str, str] = {}
        for uuid in people & set(items["contacts"]):
            record = items["contacts"][uuid].record
            if isinstance(record.get("name"), str) and privacy.name_pieces(record["name"]):
                names.setdefault(uuid, set()).add(record["name"])
                account_of[uuid] = record["account_uuid"]
        real_here = set()
        query = (Contact.select(Contact.uuid, Contact.name, Account.uuid).join(Account)
                 .where(Contact.uuid.in_(people) & (Contact.name != privacy.FORGOTTEN_NAME)).tuples())
        for uuid, name, account_uuid in query:
            names.setdefault(uuid, set()).add(name)
            account_of[uuid] = account_uuid
            real_here.add(uuid)
        # The company's own name stays whole where it contains a person's family name ("Müller GmbH").
        keep: dict[str, set[str]] = {}
        accounts = set(account_of.values())
        for account_uuid, name in Account.select(Account.uuid, Account.name).where(Account.uuid.in_(accounts)).tuples():
            keep.setdefault(account_uuid, set()).add(name)
        for account_uuid in accounts & set(items["accounts"]):
            keep.setdefault(account_uuid, set()).add(str(items["accounts"][account_uuid].record.get("name")))
        return cls(people, names, account_of, keep, real_here)

    def take_out(self, item: Item, values: dict) -> None:
        """Blank what belongs to a forgotten person and scrub their names from the record's text."""
        account = item.uuid if item.kind == "accounts" else item.record["account_uuid"]
        scrub = self.scrubbers.get(account)
        linked = item.record.get("contact_uuid") in self.people
        if scrub is None and not linked and item.uuid not in self.people:
            return  # nothing of a forgotten person in this record (the common case: keep it cheap)
        scrub = scrub or privacy.Scrubber(set(), set())
        if item.kind == "accounts":
            values["notes"] = scrub(values["notes"])
        elif item.kind == "contacts" and item.uuid in self.people:
            values.update(privacy.FORGOTTEN_VALUES)
        elif item.kind == "contacts":
            values.update(title=scrub(values["title"]), notes=scrub(values["notes"]))
        elif item.kind == "interactions":
            values["summary"] = "" if linked else scrub(values["summary"])
        else:
            values.update(title=scrub(values["title"]), notes="" if linked else scrub(values["notes"]),
                          due_history=privacy.scrub_history(values["due_history"], scrub))
