"""The exchange bundle: Rapport's own JSON file for moving records between copies of the app."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from models import (
    Account,
    Commitment,
    Contact,
    ExchangePeer,
    ForgottenContact,
    Interaction,
    Tombstone,
    database_id,
    utcnow,
)
from models.cipher import current_passphrase
from models.commitment import parse_due_history
from models.users import AppUser
from services import accounts as acc
from services.errors import UserError
from services.exchange import bundle_crypto
from services.exchange.bundle_check import FORMAT, KINDS, SINGULAR, VERSION, BundleError, check_bundle
from services.paths import write_output

__all__ = ["FORMAT", "KINDS", "SINGULAR", "VERSION", "BundleError", "MergeCancelledError", "MergeReport",
           "account_record", "book_is_encrypted", "build_bundle", "check_bundle", "commitment_record", "contact_record",
           "export_bundle", "import_bundle", "interaction_record", "merge_bundle", "read_bundle",
           "restore_set_aside"]

ORPHAN_CHOICES = ("set-aside", "restore")
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class MergeCancelledError(UserError):
    """The user stopped a merge; nothing was written."""


@dataclass
class MergeReport:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    restored: int = 0  # records deleted here that came back (changed there after the deletion, or asked for)
    conflicts: list[dict] = field(default_factory=list)
    set_aside: list[dict] = field(default_factory=list)  # one entry per trash item of records whose parent is gone
    forgotten: int = 0  # people forgotten here because the bundle said so

    def as_dict(self) -> dict:
        return {"added": self.added, "updated": self.updated, "deleted": self.deleted, "unchanged": self.unchanged,
                "restored": self.restored, "conflicts": self.conflicts, "set_aside": self.set_aside,
                "forgotten": self.forgotten}


# ---------------------------------------------------------------- export


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat()


def _stamps(row) -> dict:
    return {"uuid": row.uuid, "created_at": _iso(row.created_at), "updated_at": _iso(row.updated_at)}


def book_users() -> dict[int, AppUser]:
    """The book's users by id: a record carries its owner's (or maker's) uuid and name, and a firm has few."""
    return {u.id: u for u in AppUser.select()}


def _user_fields(user_id: int | None, users: dict[int, AppUser] | None, name: str, uuid: str) -> dict:
    """{name: the user's name, uuid: their uuid} (None for nobody): a merge finds the user by uuid, else by name."""
    user = (users if users is not None else book_users()).get(user_id) if user_id is not None else None
    return {name: user.name if user else None, uuid: user.uuid if user else None}


def account_record(a: Account, users: dict[int, AppUser] | None = None) -> dict:
    return {**_stamps(a), **_user_fields(a.owner_id, users, "owner", "owner_uuid"), "name": a.name,
            "country": a.country, "city": a.city, "timezone": a.timezone,
            "stage": a.stage, "priority": a.priority, "source": a.source, "language": a.language,
            "notes": a.notes, "tags": [t.strip() for t in a.tags.split(",") if t.strip()],
            "founded_on": _iso(a.founded_on), "cadence_days": a.cadence_days, "muslim_owned": a.muslim_owned}


def contact_record(c: Contact, account_uuid: str) -> dict:
    return {**_stamps(c), "account_uuid": account_uuid, "name": c.name, "title": c.title, "role": c.role,
            "email": c.email, "phone": c.phone, "messaging": acc.messaging_of(c), "language": c.language,
            "timezone": c.timezone, "birthday": _iso(c.birthday), "notes": c.notes}


def interaction_record(i: Interaction, account_uuid: str, contact_uuid: str | None) -> dict:
    return {**_stamps(i), "account_uuid": account_uuid, "contact_uuid": contact_uuid,
            "occurred_at": _iso(i.occurred_at), "channel": i.channel, "purpose": i.purpose,
            "direction": i.direction, "response": i.response, "summary": i.summary,
            "valid_until": _iso(i.valid_until)}


def commitment_record(c: Commitment, account_uuid: str, contact_uuid: str | None,
                      users: dict[int, AppUser] | None = None) -> dict:
    history = parse_due_history(c.due_history)
    maker = _user_fields(c.promised_by_id, users, "promised_by", "promised_by_uuid")
    return {**_stamps(c), "account_uuid": account_uuid, "contact_uuid": contact_uuid, "title": c.title,
            "kind": c.kind, "promised_by": c.promised_by, "promised_by_uuid": maker["promised_by_uuid"],
            "promised_at": _iso(c.promised_at),
            "due_date": _iso(c.due_date), "status": c.status, "completed_at": _iso(c.completed_at),
            "approval": c.approval, "approver": c.approver, "decided_at": _iso(c.decided_at), "notes": c.notes,
            "previous_due_dates": [h["due_date"] for h in history], "due_history": history}


def build_bundle(account_uuids: set[str] | None = None) -> dict:
    """Everything (or the given accounts and what hangs on them) as a bundle dict."""
    accounts = list(Account.select())
    if account_uuids is not None:
        accounts = [a for a in accounts if a.uuid in account_uuids]
    by_id = {a.id: a.uuid for a in accounts}
    contacts = [c for c in Contact.select() if c.account_id in by_id]
    contact_uuid: dict[int | None, str] = {c.id: c.uuid for c in Contact.select(Contact.id, Contact.uuid)}
    interactions = [i for i in Interaction.select() if i.account_id in by_id]
    commitments = [c for c in Commitment.select() if c.account_id in by_id]
    users = book_users()
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": utcnow().isoformat(),
        "database_id": database_id(),
        "accounts": [account_record(a, users) for a in accounts],
        "contacts": [contact_record(c, by_id[c.account_id]) for c in contacts],
        "interactions": [interaction_record(i, by_id[i.account_id], contact_uuid.get(i.contact_id))
                         for i in interactions],
        "commitments": [commitment_record(c, by_id[c.account_id], contact_uuid.get(c.contact_id), users)
                        for c in commitments],
        "tombstones": [{"kind": t.kind, "uuid": t.record_uuid, "deleted_at": _iso(t.deleted_at)}
                       for t in Tombstone.select()],
        # Forgotten people travel like deletions and win over edits (version 2).
        "forgotten": [{"uuid": f.contact_uuid, "forgotten_at": _iso(f.forgotten_at)}
                      for f in ForgottenContact.select()],
        # When we last took in each other copy's data: the receiver uses it as the common point in time.
        "seen": {p.peer_id: _iso(p.last_exchange_at) for p in ExchangePeer.select()},
    }


def book_is_encrypted() -> bool:
    """Whether the open book is encrypted, so its bundles are by default."""
    return current_passphrase() is not None


def export_bundle(path: Path | str, account_uuids: set[str] | None = None, *, passphrase: str | None = None,
                  plain: bool = False) -> dict:
    """Write a bundle; encrypted with passphrase, else with the book's own when the book is encrypted.

    plain: the user chose a bundle anyone can read (the caller warns them). The counts say which it became.
    """
    if plain and passphrase:
        raise BundleError("bundle.plain_or_passphrase")
    key = None if plain else passphrase or current_passphrase()
    bundle = build_bundle(account_uuids)
    data = json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")
    with write_output(path) as part:
        part.write_bytes(bundle_crypto.encrypt(data, key) if key else data)
    return {**{kind: len(bundle[kind]) for kind in KINDS}, "encrypted": bool(key)}


# ---------------------------------------------------------------- reading and merging


def read_bundle(path: Path | str, passphrase: str | None = None) -> dict:
    """The bundle file's JSON (merge_bundle checks what is in it).

    An encrypted bundle is opened with the book's own passphrase first, then the one given.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BundleError("bundle.cannot_read", file=path, problem=exc.strerror) from exc
    if bundle_crypto.is_encrypted(raw):
        raw = bundle_crypto.decrypt(raw, [current_passphrase(), passphrase], path.name)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise BundleError("bundle.not_utf8", file=path.name) from exc
    except RecursionError:
        raise BundleError("bundle.too_deep", file=path.name) from None
    except ValueError as exc:
        raise BundleError("bundle.not_json", file=path.name, problem=str(exc)) from exc
    return data


def merge_bundle(data: dict, orphans: str = "set-aside", progress: Progress | None = None,
                 now: dt.datetime | None = None) -> MergeReport:
    """Upsert by uuid, newer updated_at wins; every both-sides change is listed in the report.

    All or nothing: a bad record refuses the whole bundle and nothing is written. Records whose account or
    contact was deleted here come back with it when changed there after the deletion; otherwise `orphans`
    decides: "set-aside" puts them in the trash (listed in the report), "restore" brings their parent back.
    """
    from services.exchange.bundle_merge import Merge

    if orphans not in ORPHAN_CHOICES:
        raise UserError("bundle.orphans_choice", choices=", ".join(ORPHAN_CHOICES), orphans=orphans)
    now = now or utcnow()
    return Merge(check_bundle(data, now), now, orphans, progress).run()


def import_bundle(path: Path | str, orphans: str = "set-aside", progress: Progress | None = None,
                  passphrase: str | None = None) -> MergeReport:
    return merge_bundle(read_bundle(path, passphrase), orphans, progress)



def restore_set_aside(trash_uuids: list[str]) -> MergeReport:
    """Bring back records an exchange set aside, with the account or contact they belong to."""
    from services.exchange.bundle_merge import restore_set_aside as restore

    return restore(trash_uuids, utcnow())
