"""The Trash: records taken out of the book, kept whole for 30 days and put back with their uuids on request.

A trash item's payload is bundle-shaped ({"accounts": [...], "contacts": [...], "interactions": [...],
"commitments": [...]}, records as services/exchange/bundle.py writes them) plus two local extras:
"touch_states" (an account's planned-touch states) and "links" ({"interactions": {uuid: contact_uuid},
"commitments": {...}}: records that pointed at a deleted contact, pointed back when the contact returns).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, NamedTuple

from peewee import chunked

from models import (
    Account,
    Commitment,
    Contact,
    Interaction,
    Tombstone,
    TouchState,
    TrashItem,
    utcnow,
    write_transaction,
)
from services import accounts as acc
from services.errors import NotFoundError, UserError, ValidationError
from services.exchange.bundle import account_record, commitment_record, contact_record, interaction_record
from services.words import Message

KEEP_DAYS = 30
# What the Trash shows and empties; another reason (an undo snapshot kept by another feature) is not its own.
REASONS = ("deleted", "set_aside")
KINDS = ("accounts", "contacts", "interactions", "commitments")
# type[Any]: which model depends on the key, so a caller reads the fields its kind has.
MODEL_OF: dict[str, type[Any]] = {"accounts": Account, "contacts": Contact, "interactions": Interaction,
                                  "commitments": Commitment}
LINKED = ("interactions", "commitments")  # the records that may point at a contact
CHUNK = 500  # rows per statement, well under SQLite's limit on bound parameters
LABEL_LIMIT = 300


class Trashed(NamedTuple):
    """What a deletion put in the Trash (or a restore took out): enough to name it and undo it."""

    uuid: str          # the trash item's
    kind: str          # account | contact | interaction | commitment
    label: str
    account_uuid: str


class TrashRow(NamedTuple):
    """One line of the Trash list."""

    uuid: str
    kind: str
    label: str
    account_uuid: str
    account_name: str
    reason: str        # deleted | set_aside
    deleted_at: dt.datetime
    contacts: int      # records held besides the one named (an account's contacts, interactions, promises)
    interactions: int
    commitments: int

    @property
    def expires_at(self) -> dt.datetime:
        return self.deleted_at + dt.timedelta(days=KEEP_DAYS)


class ParentInTrashError(UserError):
    """The record's account is in the Trash too: restore it first, or both together."""

    def __init__(self, item: TrashItem, parent: TrashItem) -> None:
        self.item_label = item.label
        self.parent_uuid = parent.uuid
        self.parent_label = parent.label
        super().__init__("trash.parent_in_trash", record=item.label, account=parent.label)


# ---------------------------------------------------------------- keeping what a delete takes out


def _stamps(row) -> dict:
    return {"uuid": row.uuid, "created_at": row.created_at.isoformat(), "updated_at": row.updated_at.isoformat()}


def _state_record(s: TouchState) -> dict:
    return {**_stamps(s), "touch_key": s.touch_key, "account_uuid": s.account_uuid, "state": s.state,
            "moved_to": s.moved_to.isoformat() if s.moved_to else None}


def _keep(kind: str, record_uuid: str, account_uuid: str, label: str, payload: dict, now: dt.datetime) -> Trashed:
    label = " ".join(label.split())
    label = label if len(label) <= LABEL_LIMIT else label[:LABEL_LIMIT - 1] + "…"
    item = TrashItem.create(kind=kind, record_uuid=record_uuid, account_uuid=account_uuid, label=label,
                            reason="deleted", payload=json.dumps(payload, ensure_ascii=False), deleted_at=now,
                            created_at=now, updated_at=now)
    return Trashed(item.uuid, kind, label, account_uuid)


def keep_account(account: Account, now: dt.datetime) -> Trashed:
    """Keep the account with its contacts, interactions, promises and planned-touch states (before they go)."""
    contacts = list(Contact.select().where(Contact.account == account))
    contact_uuid: dict[int | None, str] = {c.id: c.uuid for c in contacts}
    interactions = Interaction.select().where(Interaction.account == account)
    promises = Commitment.select().where(Commitment.account == account)
    states = TouchState.select().where(TouchState.account_uuid == account.uuid)
    payload = {
        "accounts": [account_record(account)],
        "contacts": [contact_record(c, account.uuid) for c in contacts],
        "interactions": [interaction_record(i, account.uuid, contact_uuid.get(i.contact_id)) for i in interactions],
        "commitments": [commitment_record(c, account.uuid, contact_uuid.get(c.contact_id)) for c in promises],
        "touch_states": [_state_record(s) for s in states],
    }
    return _keep("account", account.uuid, account.uuid, account.name, payload, now)


def keep_contact(contact: Contact, now: dt.datetime) -> Trashed:
    """Keep the contact, and which interactions and promises pointed at it (they stay, their link is cut)."""
    account_uuid = contact.account.uuid
    links = {
        "interactions": {u: contact.uuid for (u,) in
                         Interaction.select(Interaction.uuid).where(Interaction.contact == contact).tuples()},
        "commitments": {u: contact.uuid for (u,) in
                        Commitment.select(Commitment.uuid).where(Commitment.contact == contact).tuples()},
    }
    payload = {"contacts": [contact_record(contact, account_uuid)], "links": links}
    return _keep("contact", contact.uuid, account_uuid, contact.name, payload, now)


def keep_interaction(item: Interaction, now: dt.datetime) -> Trashed:
    account_uuid = item.account.uuid
    record = interaction_record(item, account_uuid, item.contact.uuid if item.contact else None)
    label = f"{item.occurred_at:%Y-%m-%d} {item.summary}"
    return _keep("interaction", item.uuid, account_uuid, label, {"interactions": [record]}, now)


def keep_commitment(c: Commitment, now: dt.datetime) -> Trashed:
    account_uuid = c.account.uuid
    record = commitment_record(c, account_uuid, c.contact.uuid if c.contact else None)
    return _keep("commitment", c.uuid, account_uuid, c.title, {"commitments": [record]}, now)


# ---------------------------------------------------------------- the list


def _shown():
    return TrashItem.reason.in_(REASONS)


def _payload(item: TrashItem) -> dict:
    payload = json.loads(item.payload or "{}")
    return payload if isinstance(payload, dict) else {}


def _account_names(items: list[TrashItem], payloads: list[dict]) -> dict[str, str]:
    """Names of the accounts items belong to: as they are here, else as the Trash remembers them."""
    wanted = {i.account_uuid for i in items}
    names = {r["uuid"]: r.get("name", "") for p in payloads for r in p.get("accounts", []) if isinstance(r, dict)}
    names.update({i.record_uuid: i.label for i in items if i.kind == "account"})
    names.update(Account.select(Account.uuid, Account.name).where(Account.uuid.in_(wanted)).tuples())
    return names


def _held(item: TrashItem, payload: dict, plural: str) -> int:
    """Records of one kind the item holds besides the one it is named after."""
    records = payload.get(plural, [])
    main = item.kind + "s" == plural and any(isinstance(r, dict) and r.get("uuid") == item.record_uuid
                                             for r in records)
    return len(records) - main


def trash_rows() -> list[TrashRow]:
    """Everything in the Trash, newest first."""
    items = list(TrashItem.select().where(_shown()).order_by(TrashItem.deleted_at.desc(), TrashItem.id.desc()))
    payloads = [_payload(i) for i in items]
    names = _account_names(items, payloads)
    return [TrashRow(i.uuid, i.kind, i.label, i.account_uuid, names.get(i.account_uuid, ""), i.reason,
                     i.deleted_at, _held(i, p, "contacts"), _held(i, p, "interactions"), _held(i, p, "commitments"))
            for i, p in zip(items, payloads, strict=True)]


def still_in_trash(uuids: list[str]) -> set[str]:
    """Which of these trash items are still there (not restored, deleted for good or purged since)."""
    return {u for (u,) in TrashItem.select(TrashItem.uuid).where(TrashItem.uuid.in_(uuids)).tuples()}


def _find(ref: str) -> TrashItem:
    """A trash item by its own uuid, or by the uuid of the record it holds (the newest such item)."""
    item = TrashItem.get_or_none((TrashItem.uuid == ref) & _shown())
    item = item or (TrashItem.select().where((TrashItem.record_uuid == ref) & _shown())
                    .order_by(TrashItem.deleted_at.desc()).first())
    if item is None:
        raise NotFoundError("trash.no_such_item", ref=ref)
    return item


def _trashed(item: TrashItem) -> Trashed:
    return Trashed(item.uuid, item.kind, item.label, item.account_uuid)


# ---------------------------------------------------------------- removing for good


def delete_forever(ref: str) -> Trashed:
    with write_transaction():
        item = _find(ref)
        item.delete_instance()
    return _trashed(item)


def empty_trash() -> int:
    """Remove everything in the Trash for good; returns how many items went."""
    with write_transaction():
        return TrashItem.delete().where(_shown()).execute()


def purge_expired(now: dt.datetime | None = None, keep_days: int = KEEP_DAYS) -> int:
    """Remove items deleted more than keep_days ago; returns how many went."""
    expired = _shown() & (TrashItem.deleted_at < (now or utcnow()) - dt.timedelta(days=keep_days))
    # Look before writing: at start-up there is usually nothing to purge, and then no write lock is taken.
    if not TrashItem.select().where(expired).exists():
        return 0
    with write_transaction():
        return TrashItem.delete().where(expired).execute()


# ---------------------------------------------------------------- restoring


def restore(ref: str, with_account: bool = False, now: dt.datetime | None = None) -> Trashed:
    """Put a trash item's records back with their uuids, updated now (so the restore wins over the deletion
    at other copies), without their tombstones, with what pointed at them pointed back.

    A record whose account is gone is refused (ParentInTrashError when the account is in the Trash, unless
    with_account restores both). All or nothing.
    """
    with write_transaction():
        return _restore_item(_find(ref), with_account, now or utcnow())


def _restore_item(item: TrashItem, with_account: bool, now: dt.datetime) -> Trashed:
    payload = _payload(item)
    for account_uuid in _missing_accounts(payload):
        parent = (TrashItem.select().where((TrashItem.kind == "account") & (TrashItem.record_uuid == account_uuid)
                                           & _shown()).order_by(TrashItem.deleted_at.desc()).first())
        if parent is None:
            raise UserError("trash.account_gone", record=item.label)
        if not with_account:
            raise ParentInTrashError(item, parent)
        _restore_item(parent, False, now)
    named: set[str] = set()  # accounts whose search key names restored records (their name, their contacts)
    for plural in KINDS:
        records = _absent(plural, payload.get(plural, []))
        _put_back(plural, records, item, now)
        if plural in ("accounts", "contacts"):
            named |= {r["uuid"] if plural == "accounts" else r["account_uuid"] for r in records}
    _relink(payload.get("links", {}), now)
    _put_back_states(payload.get("touch_states", []))
    for account in Account.select().where(Account.uuid.in_(named)):
        acc.reindex(account)
    item.delete_instance()
    return _trashed(item)


def _missing_accounts(payload: dict) -> set[str]:
    """Accounts the payload's records hang on that are neither here nor in the payload itself."""
    held = {r["uuid"] for r in payload.get("accounts", [])}
    wanted = {r["account_uuid"] for plural in KINDS[1:] for r in payload.get(plural, [])} - held
    return wanted - set(_ids(Account, wanted))


def _ids(model, uuids) -> dict[str, int]:
    """Row ids by uuid of those here; in chunks, a large account's records being thousands."""
    found: dict[str, int] = {}
    for chunk in chunked(list(uuids), CHUNK):
        found.update(model.select(model.uuid, model.id).where(model.uuid.in_(chunk)).tuples())
    return found


def _absent(plural: str, records: list[dict]) -> list[dict]:
    """The records not here already (a record that is here is kept as it is)."""
    here = _ids(MODEL_OF[plural], [r["uuid"] for r in records])
    return [r for r in records if r["uuid"] not in here]


def _time(value: str) -> dt.datetime:
    stamp = dt.datetime.fromisoformat(value)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)  # as the bundle reads a time without zone


def _put_back(plural: str, records: list[dict], item: TrashItem, now: dt.datetime) -> None:
    """Create the records with their uuids, created as they were and updated now; drop their tombstones.

    Inserted in batches: restoring an account with 5,000 interactions row by row took seconds.
    """
    if not records:
        return
    account_ids = _ids(Account, {r["account_uuid"] for r in records if plural != "accounts"})
    contacts = _contacts_on(set(account_ids.values())) if plural in LINKED else {}
    rows = []
    for record in records:
        account_id = account_ids.get(record.get("account_uuid", ""))
        try:
            # The contact is resolved here from the rows at hand, so the clean functions get none to look up.
            values = _values(plural, {**record, "contact_uuid": None})
        except ValidationError as exc:
            raise UserError("trash.record_invalid", record=item.label, kind=Message(f"trash.{plural[:-1]}"),
                            uuid=record["uuid"], problem=exc) from exc
        if plural != "accounts":
            values["account"] = account_id
        if plural in LINKED:
            values["contact"] = _contact_for(plural, record, account_id, contacts)
        rows.append({**values, "uuid": record["uuid"], "created_at": _time(record["created_at"]),
                     "updated_at": now})
    model = MODEL_OF[plural]
    for chunk in chunked(rows, CHUNK):
        model.insert_many(chunk).execute()
    for chunk in chunked([r["uuid"] for r in records], CHUNK):
        Tombstone.delete().where(Tombstone.record_uuid.in_(chunk)).execute()


def _values(plural: str, record: dict) -> dict:
    if plural == "accounts":
        return acc.clean_account(record)
    if plural == "contacts":
        return acc.clean_contact(record)
    if plural == "interactions":
        return acc.clean_interaction(record, None)
    from services.commitments import clean_commitment

    return clean_commitment(record, None)


def _contacts_on(account_ids: set[int]) -> dict[str, tuple[int, int]]:
    """(contact id, account id) by contact uuid, for the contacts of these accounts."""
    query = Contact.select(Contact.uuid, Contact.id, Contact.account).where(Contact.account.in_(account_ids))
    return {u: (contact_id, account_id) for u, contact_id, account_id in query.tuples()}


def _contact_for(plural: str, record: dict, account_id: int | None, contacts: dict[str, tuple[int, int]]) -> int | None:
    """The id of the record's contact if it is here on the same account. A contact in the Trash gets a note to
    point this record back at it when it is restored; a contact gone for good leaves the record without one."""
    contact_uuid = record.get("contact_uuid")
    if not contact_uuid:
        return None
    here = contacts.get(contact_uuid)
    if here is not None and here[1] == account_id:
        return here[0]
    holder = (TrashItem.select().where((TrashItem.kind == "contact") & (TrashItem.record_uuid == contact_uuid))
              .order_by(TrashItem.deleted_at.desc()).first())
    if holder is not None:
        payload = _payload(holder)
        payload.setdefault("links", {}).setdefault(plural, {})[record["uuid"]] = contact_uuid
        holder.payload = json.dumps(payload, ensure_ascii=False)
        holder.save()
    return None


def _relink(links: dict, now: dt.datetime) -> None:
    """Point interactions and promises that lost their contact back at it (an edit: other copies follow)."""
    for plural in LINKED:
        model = MODEL_OF[plural]
        for record_uuid, contact_uuid in (links.get(plural) or {}).items():
            contact = Contact.get_or_none(Contact.uuid == contact_uuid)
            if contact is None:
                continue
            # Only a link that is still cut: a record given another contact since keeps it.
            (model.update(contact=contact, updated_at=now)
             .where((model.uuid == record_uuid) & model.contact.is_null() & (model.account == contact.account_id))
             .execute())


def _put_back_states(states: list[dict]) -> None:
    for s in states:
        if TouchState.select().where(TouchState.touch_key == s["touch_key"]).exists():
            continue
        TouchState.create(uuid=s["uuid"], touch_key=s["touch_key"], account_uuid=s["account_uuid"], state=s["state"],
                          moved_to=_time(s["moved_to"]) if s["moved_to"] else None,
                          created_at=_time(s["created_at"]), updated_at=_time(s["updated_at"]))
