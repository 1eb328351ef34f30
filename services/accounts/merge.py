"""Merging duplicate accounts into one, and undoing it: the kept account takes everything of the others.

Contacts, interactions, promises and planned-touch states move to the kept account (a contact whose e-mail the
kept account already has is folded into that person); the merged-away accounts leave tombstones so the
exchange carries the merge; moved records count as edited. merge_accounts() hands back a MergeUndo holding what
it changed (bundle-shaped records, as a TrashItem payload would) and undo_merge() puts every record back with
its uuid, all in one transaction each.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from models import Account, Commitment, Contact, Interaction, Tombstone, TouchState, utcnow, write_transaction
from services import accounts as acc
from services.errors import NotFoundError, UserError, ValidationError
from services.exchange.bundle import account_record, commitment_record, contact_record, interaction_record
from services.words import Message

FILLED_ACCOUNT_FIELDS = ("country", "city", "timezone", "source", "language", "founded_on", "cadence_days")
FILLED_CONTACT_FIELDS = ("title", "phone", "language", "timezone", "birthday")


@dataclass(frozen=True)
class MergePreview:
    keep_uuid: str
    keep_name: str
    others: tuple[str, ...]   # names of the accounts that go
    contacts: int             # contacts that move
    folded: int               # of them, people the kept account already has (same e-mail): kept once
    interactions: int
    commitments: int


@dataclass
class MergeUndo:
    """What a merge changed, enough to put it back (kept in memory until the window closes)."""

    keep_uuid: str
    keep_name: str
    records: dict = field(default_factory=dict)  # {"accounts", "contacts", "interactions", "commitments": [...]}
    touch_states: list[dict] = field(default_factory=list)
    folded: dict[str, str] = field(default_factory=dict)   # folded contact uuid -> the kept contact it joined
    changed: dict[str, dict] = field(default_factory=dict)  # kept record uuid -> {field: [before, after]}


def _load(keep_uuid: str, other_uuids: list[str]) -> tuple[Account, list[Account]]:
    others = [u for u in dict.fromkeys(other_uuids) if u != keep_uuid]
    if not others:
        raise ValidationError({"accounts": Message("check.merge_needs_another")})
    keep = acc.get_account(keep_uuid)
    rows = {a.uuid: a for a in Account.select().where(Account.uuid.in_(others))}
    missing = [u for u in others if u not in rows]
    if missing:
        raise NotFoundError("error.no_account_nothing_merged", id=missing[0])
    return keep, [rows[u] for u in others]


def _emails_of(account: Account) -> dict[str, Contact]:
    return {c.email.lower(): c for c in Contact.select().where(Contact.account == account) if c.email}


def merge_preview(keep_uuid: str, other_uuids: list[str]) -> MergePreview:
    """What merge_accounts() would move, without changing anything."""
    keep, others = _load(keep_uuid, other_uuids)
    kept_emails = _emails_of(keep)
    people = list(Contact.select().where(Contact.account.in_(others)))
    return MergePreview(
        keep.uuid, keep.name, tuple(o.name for o in others), len(people),
        sum(1 for c in people if c.email and c.email.lower() in kept_emails),
        Interaction.select().where(Interaction.account.in_(others)).count(),
        Commitment.select().where(Commitment.account.in_(others)).count())


def merge_accounts(keep_uuid: str, other_uuids: list[str]) -> MergeUndo:
    """Move everything of the other accounts to the kept one and remove them; returns what undo_merge() needs."""
    now = utcnow()
    with write_transaction():
        keep, others = _load(keep_uuid, other_uuids)
        undo = MergeUndo(keep.uuid, keep.name, _snapshot(others))
        _fill_account(keep, others, undo)
        kept_emails = _emails_of(keep)
        for contact in Contact.select().where(Contact.account.in_(others)):
            twin = kept_emails.get(contact.email.lower()) if contact.email else None
            if twin is None:
                Contact.update(account=keep, updated_at=now).where(Contact.id == contact.id).execute()
                continue
            _fill(twin, contact, FILLED_CONTACT_FIELDS, undo)
            for model in (Interaction, Commitment):
                model.update(contact=twin).where(model.contact == contact).execute()
            undo.folded[contact.uuid] = twin.uuid
        for model in (Interaction, Commitment):
            model.update(account=keep, updated_at=now).where(model.account.in_(others)).execute()
        undo.touch_states = _move_touch_states(keep.uuid, [o.uuid for o in others])
        for contact_uuid in undo.folded:
            acc.bury("contact", contact_uuid, now)
        Contact.delete().where(Contact.uuid.in_(list(undo.folded))).execute()
        for other in others:
            acc.bury("account", other.uuid, now)
        Account.delete().where(Account.id.in_([o.id for o in others])).execute()
        acc.refresh_search_key(keep)
        keep.touch()
        keep.save()
    return undo


def _snapshot(others: list[Account]) -> dict:
    """The others' records as the bundle writes them: what undo_merge() puts back."""
    by_id = {o.id: o.uuid for o in others}
    contacts = list(Contact.select().where(Contact.account.in_(others)))
    known = {c.id: c.uuid for c in contacts}
    return {
        "accounts": [account_record(o) for o in others],
        "contacts": [contact_record(c, by_id[c.account_id]) for c in contacts],
        "interactions": [interaction_record(i, by_id[i.account_id], _uuid_of_contact(i.contact_id, known))
                         for i in Interaction.select().where(Interaction.account.in_(others))],
        "commitments": [commitment_record(c, by_id[c.account_id], _uuid_of_contact(c.contact_id, known))
                        for c in Commitment.select().where(Commitment.account.in_(others))],
    }


def _uuid_of_contact(contact_id: int | None, known: dict[int, str]) -> str | None:
    """The uuid of a linked contact; one of the account's own nearly always, else looked up once."""
    if contact_id is None:
        return None
    if contact_id not in known:
        known[contact_id] = Contact.get_by_id(contact_id).uuid
    return known[contact_id]


def _fill(record, other, names: tuple[str, ...], undo: MergeUndo) -> None:
    """Give record the values other has where record has none; remember each change for the undo."""
    filled = {name: getattr(other, name) for name in names
              if getattr(record, name) in (None, "") and getattr(other, name) not in (None, "")}
    if filled:
        undo.changed.setdefault(record.uuid, {}).update(
            {name: [_plain(getattr(record, name)), _plain(value)] for name, value in filled.items()})
        record.save_changes(filled)


def _fill_account(keep: Account, others: list[Account], undo: MergeUndo) -> None:
    before_notes, before_tags = keep.notes, keep.tags
    for other in others:
        _fill(keep, other, FILLED_ACCOUNT_FIELDS, undo)
        if other.notes.strip() and other.notes.strip() not in keep.notes:
            keep.notes = f"{keep.notes}\n\n{other.name}:\n{other.notes}".strip()
    tags = [t.strip() for a in (keep, *others) for t in a.tags.split(",") if t.strip()]
    keep.tags = ", ".join(dict.fromkeys(tags))
    for name, before in (("notes", before_notes), ("tags", before_tags)):
        if getattr(keep, name) != before:
            undo.changed.setdefault(keep.uuid, {})[name] = [before, getattr(keep, name)]


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def _move_touch_states(keep_uuid: str, other_uuids: list[str]) -> list[dict]:
    """Re-key the others' planned-touch states to the kept account; a key it already has keeps its own state."""
    saved = []
    for state in TouchState.select().where(TouchState.account_uuid.in_(other_uuids)):
        saved.append({"uuid": state.uuid, "touch_key": state.touch_key, "account_uuid": state.account_uuid,
                      "state": state.state, "moved_to": _plain(state.moved_to), "created_at": _plain(state.created_at),
                      "updated_at": _plain(state.updated_at)})
        new_key = keep_uuid + state.touch_key[len(state.account_uuid):]
        if TouchState.select().where(TouchState.touch_key == new_key).exists():
            state.delete_instance()
        else:
            TouchState.update(touch_key=new_key, account_uuid=keep_uuid).where(TouchState.id == state.id).execute()
    return saved


# ---------------------------------------------------------------- undo


def undo_merge(undo: MergeUndo) -> None:
    """Put the merged-away accounts back with their uuids and move their records back; one transaction.

    Restored and moved-back records count as edited now, so the exchange carries the undo past the tombstones.
    Records deleted since the merge stay deleted; fields of the kept account are restored where the merge set them
    and nobody changed them since.
    """
    now = utcnow()
    with write_transaction():
        keep = Account.get_or_none(Account.uuid == undo.keep_uuid)
        if keep is None:
            raise UserError("error.undo_merge_kept_gone", name=undo.keep_name)
        records = undo.records
        restored = {r["uuid"]: _restore_account(r, now) for r in records["accounts"]}
        for record in records["contacts"]:
            _restore_contact(record, restored[record["account_uuid"]], record["uuid"] in undo.folded, now)
        contacts = dict(Contact.select(Contact.uuid, Contact.id).where(
            Contact.uuid.in_([r["contact_uuid"] for k in ("interactions", "commitments") for r in records[k]
                              if r["contact_uuid"]])).tuples())
        for kind, model in (("interactions", Interaction), ("commitments", Commitment)):
            for record in records[kind]:
                model.update(account=restored[record["account_uuid"]], contact=contacts.get(record["contact_uuid"]),
                             updated_at=now).where(model.uuid == record["uuid"]).execute()
        _restore_touch_states(undo.touch_states)
        _restore_changed(undo.changed, now)
        Tombstone.delete().where(Tombstone.record_uuid.in_(list(restored) + list(undo.folded))).execute()
        for account in (keep, *restored.values()):
            acc.reindex(Account.get_by_id(account.id))


def _restore_account(record: dict, now: dt.datetime) -> Account:
    if Account.select().where(Account.uuid == record["uuid"]).exists():
        raise UserError("error.undo_merge_exists", name=record["name"])
    values = {k: record[k] for k in ("name", "country", "city", "timezone", "stage", "priority", "source",
                                     "language", "notes", "cadence_days")}
    return Account.create(uuid=record["uuid"], created_at=dt.datetime.fromisoformat(record["created_at"]),
                          updated_at=now, tags=", ".join(record["tags"]), founded_on=_date(record["founded_on"]),
                          **values)


def _restore_contact(record: dict, account: Account, folded: bool, now: dt.datetime) -> None:
    if not folded:  # it moved: point it back, if it still exists
        Contact.update(account=account, updated_at=now).where(Contact.uuid == record["uuid"]).execute()
        return
    values = {k: record[k] for k in ("name", "title", "role", "email", "phone", "language", "timezone", "notes")}
    Contact.create(uuid=record["uuid"], account=account, created_at=dt.datetime.fromisoformat(record["created_at"]),
                   updated_at=now, messaging=json.dumps(record["messaging"], ensure_ascii=False, sort_keys=True),
                   birthday=_date(record["birthday"]), **values)


def _restore_touch_states(states: list[dict]) -> None:
    for saved in states:
        TouchState.delete().where((TouchState.uuid == saved["uuid"]) | (TouchState.touch_key == saved["touch_key"])
                                  ).execute()
        TouchState.create(uuid=saved["uuid"], touch_key=saved["touch_key"], account_uuid=saved["account_uuid"],
                          state=saved["state"], moved_to=_stamp(saved["moved_to"]),
                          created_at=_stamp(saved["created_at"]), updated_at=_stamp(saved["updated_at"]))


def _restore_changed(changed: dict[str, dict], now: dt.datetime) -> None:
    for record_uuid, fields in changed.items():
        row = Account.get_or_none(Account.uuid == record_uuid) or Contact.get_or_none(Contact.uuid == record_uuid)
        if row is None:
            continue
        untouched_since = {name: _date(before) if name in ("founded_on", "birthday") else before
                           for name, (before, after) in fields.items() if _plain(getattr(row, name)) == after}
        row.save_changes(untouched_since, at=now)


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _stamp(value) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None
