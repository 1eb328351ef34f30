"""The exchange bundle: Rapport's own JSON file for moving records between copies of the app."""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path

from models import Account, Commitment, Contact, ExchangePeer, Interaction, Tombstone, database_id, db, utcnow
from services import accounts as acc
from services.errors import UserError, ValidationError
from services.paths import write_output

FORMAT = "rapport-bundle"
VERSION = 1
KINDS = ("accounts", "contacts", "interactions", "commitments")
MODEL_OF = {"accounts": Account, "contacts": Contact, "interactions": Interaction, "commitments": Commitment}
SINGULAR = {"accounts": "account", "contacts": "contact", "interactions": "interaction", "commitments": "commitment"}


class BundleError(UserError):
    """A bundle refused as a whole; the message names the record and field."""


@dataclass
class MergeReport:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"added": self.added, "updated": self.updated, "conflicts": self.conflicts,
                "deleted": self.deleted, "unchanged": self.unchanged}


# ---------------------------------------------------------------- export


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat()


def _stamps(row) -> dict:
    return {"uuid": row.uuid, "created_at": _iso(row.created_at), "updated_at": _iso(row.updated_at)}


def account_record(a: Account) -> dict:
    return {**_stamps(a), "name": a.name, "country": a.country, "city": a.city, "timezone": a.timezone,
            "stage": a.stage, "priority": a.priority, "source": a.source, "language": a.language,
            "notes": a.notes, "tags": [t.strip() for t in a.tags.split(",") if t.strip()],
            "founded_on": _iso(a.founded_on), "cadence_days": a.cadence_days}


def contact_record(c: Contact, account_uuid: str) -> dict:
    return {**_stamps(c), "account_uuid": account_uuid, "name": c.name, "title": c.title, "role": c.role,
            "email": c.email, "phone": c.phone, "messaging": acc.messaging_of(c), "language": c.language,
            "timezone": c.timezone, "birthday": _iso(c.birthday), "notes": c.notes}


def interaction_record(i: Interaction, account_uuid: str, contact_uuid: str | None) -> dict:
    return {**_stamps(i), "account_uuid": account_uuid, "contact_uuid": contact_uuid,
            "occurred_at": _iso(i.occurred_at), "channel": i.channel, "purpose": i.purpose,
            "direction": i.direction, "response": i.response, "summary": i.summary,
            "valid_until": _iso(i.valid_until)}


def commitment_record(c: Commitment, account_uuid: str, contact_uuid: str | None) -> dict:
    history = json.loads(c.due_history or "[]")
    return {**_stamps(c), "account_uuid": account_uuid, "contact_uuid": contact_uuid, "title": c.title,
            "kind": c.kind, "promised_by": c.promised_by, "promised_at": _iso(c.promised_at),
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
    contact_uuid = {c.id: c.uuid for c in Contact.select(Contact.id, Contact.uuid)}
    interactions = [i for i in Interaction.select() if i.account_id in by_id]
    commitments = [c for c in Commitment.select() if c.account_id in by_id]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": utcnow().isoformat(),
        "database_id": database_id(),
        "accounts": [account_record(a) for a in accounts],
        "contacts": [contact_record(c, by_id[c.account_id]) for c in contacts],
        "interactions": [interaction_record(i, by_id[i.account_id], contact_uuid.get(i.contact_id))
                         for i in interactions],
        "commitments": [commitment_record(c, by_id[c.account_id], contact_uuid.get(c.contact_id))
                        for c in commitments],
        "tombstones": [{"kind": t.kind, "uuid": t.record_uuid, "deleted_at": _iso(t.deleted_at)}
                       for t in Tombstone.select()],
        # When we last took in each other copy's data: the receiver uses it as the common point in time.
        "seen": {p.peer_id: _iso(p.last_exchange_at) for p in ExchangePeer.select()},
    }


def export_bundle(path: Path | str, account_uuids: set[str] | None = None) -> dict:
    bundle = build_bundle(account_uuids)
    with write_output(path) as part:
        part.write_text(json.dumps(bundle, ensure_ascii=False, indent=1), encoding="utf-8")
    return {kind: len(bundle[kind]) for kind in KINDS}


# ---------------------------------------------------------------- reading and checking


def read_bundle(path: Path | str) -> dict:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"Cannot read {path}: {exc.strerror}.") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise BundleError(f"{path.name} is not UTF-8 text, so it is not a Rapport bundle.") from exc
    except ValueError as exc:
        raise BundleError(f"{path.name} is not valid JSON ({exc}).") from exc
    check_bundle(data)
    return data


def _stamp(record: dict, name: str, where: str) -> dt.datetime:
    value = record.get(name)
    try:
        stamp = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise BundleError(f"{where}: field '{name}' is not an ISO 8601 time ({value!r}).") from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp


def check_bundle(data) -> None:
    """Refuse the whole bundle at the first problem, naming record and field."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError("This file is not a Rapport bundle (its 'format' is not 'rapport-bundle').")
    if data.get("version") != VERSION:
        raise BundleError(f"Bundle version {data.get('version')!r} is not supported (this app reads {VERSION}).")
    for kind in KINDS:
        records = data.get(kind, [] if kind == "commitments" else None)
        if not isinstance(records, list):
            raise BundleError(f"The bundle has no list of {kind}.")
        seen = set()
        for index, record in enumerate(records, 1):
            where = f"{SINGULAR[kind]} #{index}"
            if not isinstance(record, dict):
                raise BundleError(f"{where} is not an object.")
            try:
                uuidlib.UUID(str(record.get("uuid")))
            except ValueError:
                raise BundleError(f"{where}: field 'uuid' is missing or not a UUID.") from None
            where = f"{where} ({record['uuid']})"
            if record["uuid"] in seen:
                raise BundleError(f"{where} appears twice.")
            seen.add(record["uuid"])
            for name in ("created_at", "updated_at"):
                _stamp(record, name, where)
    tombstones = data.get("tombstones", [])
    if not isinstance(tombstones, list) or not all(
            isinstance(t, dict) and t.get("kind") in SINGULAR.values() and t.get("uuid") for t in tombstones):
        raise BundleError("The bundle's 'tombstones' are not a list of {kind, uuid, deleted_at}.")


# ---------------------------------------------------------------- applying


def _clean(kind: str, record: dict, account: Account | None) -> dict:
    if kind == "accounts":
        return acc.clean_account(record)
    if kind == "contacts":
        return acc.clean_contact(record)
    if kind == "interactions":
        return acc.clean_interaction(record, account)
    from services.commitments import clean_commitment

    return clean_commitment(record, account)


def _values_equal(row, values: dict) -> bool:
    for name, value in values.items():
        current = getattr(row, name)
        if hasattr(current, "id") and hasattr(value, "id"):
            if current.id != value.id:
                return False
        elif current != value:
            return False
    return True


def merge_bundle(data: dict) -> MergeReport:
    """Upsert by uuid, newer updated_at wins; both-sides changes since the last exchange become conflicts.

    All or nothing: any bad record refuses the whole bundle and nothing is written.
    """
    check_bundle(data)
    report = MergeReport()
    peer_id = str(data.get("database_id") or "")
    with db.atomic():
        peer = ExchangePeer.get_or_none(ExchangePeer.peer_id == peer_id) if peer_id else None
        last_exchange = _common_point(peer, data)
        graves = {t.record_uuid for t in Tombstone.select(Tombstone.record_uuid)}
        for kind in KINDS:
            for index, record in enumerate(data.get(kind, []), 1):
                if record["uuid"] in graves:
                    continue
                _apply_record(kind, index, record, last_exchange, report)
        for stone in data.get("tombstones", []):
            _apply_tombstone(stone, report)
        if peer_id:
            stamp = _stamp(data, "exported_at", "bundle") if data.get("exported_at") else utcnow()
            if peer is None:
                ExchangePeer.create(peer_id=peer_id, last_exchange_at=stamp)
            elif stamp > peer.last_exchange_at:
                peer.last_exchange_at = stamp
                peer.save()
    return report


def _common_point(peer: ExchangePeer | None, data: dict) -> dt.datetime | None:
    """The last moment both copies agreed: when we last took in theirs, or they last took in ours."""
    points = [peer.last_exchange_at] if peer else []
    seen = data.get("seen") if isinstance(data.get("seen"), dict) else {}
    theirs = seen.get(database_id())
    if theirs:
        points.append(_stamp({"seen": theirs}, "seen", "bundle"))
    return max(points) if points else None


def _apply_record(kind: str, index: int, record: dict, last_exchange, report: MergeReport) -> None:
    model = MODEL_OF[kind]
    where = f"{SINGULAR[kind]} #{index} ({record['uuid']})"
    account = None
    if kind != "accounts":
        account = Account.get_or_none(Account.uuid == record.get("account_uuid"))
        if account is None:
            raise BundleError(f"{where}: field 'account_uuid' names no account in the bundle or database.")
    try:
        values = _clean(kind, record, account)
    except ValidationError as exc:
        first, message = next(iter(exc.errors.items()))
        raise BundleError(f"{where}: field '{first}' {message}.") from None
    if account is not None:
        values["account"] = account
    remote_updated = _stamp(record, "updated_at", where)
    values["created_at"] = _stamp(record, "created_at", where)
    values["updated_at"] = remote_updated
    row = model.get_or_none(model.uuid == record["uuid"])
    if row is None:
        model.create(uuid=record["uuid"], **values)
        report.added += 1
    elif row.updated_at == remote_updated or _values_equal(row, {k: x for k, x in values.items()
                                                                 if k not in ("created_at", "updated_at")}):
        report.unchanged += 1
        return
    else:
        local_updated = row.updated_at
        if last_exchange and local_updated > last_exchange and remote_updated > last_exchange:
            report.conflicts.append({
                "kind": SINGULAR[kind], "uuid": row.uuid, "name": getattr(row, "name", None)
                or getattr(row, "title", None) or getattr(row, "summary", "")[:60],
                "local_updated_at": local_updated.isoformat(), "remote_updated_at": remote_updated.isoformat(),
                "kept": "remote" if remote_updated > local_updated else "local",
            })
        if remote_updated <= local_updated:
            report.unchanged += 1
            return
        for name, value in values.items():
            setattr(row, name, value)
        row.save()
        report.updated += 1
    if kind == "accounts":
        acc.reindex(Account.get(Account.uuid == record["uuid"]))
    elif kind == "contacts":
        acc.reindex(account)


def _apply_tombstone(stone: dict, report: MergeReport) -> None:
    kind = stone["kind"]
    model = MODEL_OF[kind + "s"]
    deleted_at = _stamp(stone, "deleted_at", f"tombstone {stone['uuid']}")
    row = model.get_or_none(model.uuid == stone["uuid"])
    if row is not None and row.updated_at <= deleted_at:
        account = row.account if kind == "contact" else None
        row.delete_instance()
        report.deleted += 1
        if account is not None:
            acc.reindex(account)
    if row is None or row.updated_at <= deleted_at:
        acc.bury(kind, stone["uuid"], deleted_at)


def import_bundle(path: Path | str) -> MergeReport:
    return merge_bundle(read_bundle(path))
