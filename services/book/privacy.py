"""GDPR-minded requests: everything we hold about a contact, and forgetting them everywhere the book keeps them."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import NamedTuple

from models import Commitment, Contact, ForgottenContact, Interaction, TrashItem, db, utcnow
from models.address import AddressLike
from services import accounts
from services.errors import NotFoundError
from services.exchange.bundle import commitment_record, contact_record, interaction_record
from services.paths import write_output

FORGOTTEN_NAME = "Forgotten contact"
REDACTED = "[forgotten]"
# Personal fields of a contact and what they hold once the person is forgotten (role and account stay).
FORGOTTEN_VALUES = {"name": FORGOTTEN_NAME, "title": "", "email": "", "phone": "", "messaging": "{}",
                    "language": "", "timezone": "", "birthday": None, "notes": ""}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "herr", "frau", "sr", "sra", "mme"}
_MASK = "\ue000{}\ue001"  # private-use marks around a protected company name while names are scrubbed


def contact_data(contact_uuid: str) -> dict:
    """Every record about one person, as one JSON-ready dict."""
    c = accounts.get_contact(contact_uuid)
    interactions = Interaction.select().where(Interaction.contact == c).order_by(Interaction.occurred_at)
    promises = Commitment.select().where(Commitment.contact == c)
    return {
        "exported_at": utcnow().isoformat(),
        "contact": contact_record(c, c.account.uuid),
        "account": {"uuid": c.account.uuid, "name": c.account.name, "country": c.account.country},
        "interactions": [interaction_record(i, c.account.uuid, c.uuid) for i in interactions],
        "commitments": [commitment_record(p, c.account.uuid, c.uuid) for p in promises],
    }


def export_contact_data(contact_uuid: str, path: Path | str) -> dict:
    data = contact_data(contact_uuid)
    with write_output(path) as part:
        part.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return data


# ---------------------------------------------------------------- scrubbing names out of text


def _unspaced(piece: str) -> bool:
    """Scripts written without spaces (Chinese, Japanese, Thai): a name there has no word boundary."""
    return any("\u0e00" <= ch <= "\u0e7f" or "\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
               for ch in piece)


def name_pieces(name: str) -> list[str]:
    """The full name and its parts (a title in a promise says "Send Jürgen the samples")."""
    name = " ".join(name.split())
    if not name or name == FORGOTTEN_NAME:
        return []
    parts = [p.strip(".,;:()'\"") for p in name.split(" ")]
    return [name] + [p for p in parts if len(p) >= 2 and p.casefold() not in _HONORIFICS and p != name]


class Scrubber:
    """Replaces a forgotten person's names in free text, leaving the company's name whole."""

    def __init__(self, names: set[str], keep: AbstractSet[str]) -> None:
        pieces = sorted({p for n in names for p in name_pieces(n)}, key=len, reverse=True)
        alternatives = [re.escape(p) if _unspaced(p) else rf"(?<!\w){re.escape(p)}(?!\w)" for p in pieces]
        self.pattern = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None
        self.keep = sorted((k for k in keep if k), key=len, reverse=True)

    def __call__(self, text: str) -> str:
        if not text or self.pattern is None:
            return text
        masked = text
        for index, kept in enumerate(self.keep):
            masked = masked.replace(kept, _MASK.format(index))
        masked = self.pattern.sub(REDACTED, masked)
        for index, kept in enumerate(self.keep):
            masked = masked.replace(_MASK.format(index), kept)
        return masked


def scrub_history(history: str, scrub: Scrubber) -> str:
    """A promise's due-date history with the reasons scrubbed."""
    try:
        entries = json.loads(history or "[]")
    except ValueError:
        return history
    if not isinstance(entries, list):
        return history
    for entry in entries:
        if isinstance(entry, dict) and isinstance(entry.get("reason"), str):
            entry["reason"] = scrub(entry["reason"])
    return json.dumps(entries, ensure_ascii=False)


# ---------------------------------------------------------------- forgetting


def forget_contact(contact_uuid: str) -> int:
    """Remove the person's data here, in the trash and from then on in every bundle; their interactions stay
    as anonymous counts. Returns how many interactions were kept."""
    with db.atomic():
        contact = Contact.get_or_none(Contact.uuid == contact_uuid)
        if contact is None:  # only in the trash (deleted before being forgotten)
            names, account_uuids = _person_in_trash(contact_uuid)
            if not names:
                raise NotFoundError("privacy.no_contact", id=contact_uuid)
        now = utcnow()
        ForgottenContact.insert(uuid=contact_uuid, contact_uuid=contact_uuid, forgotten_at=now, created_at=now,
                                updated_at=now).on_conflict_ignore().execute()
        if contact is None:
            scrub_trash(contact_uuid, names, account_uuids)
            return 0
        scrub_person(contact, {contact.name}, now)
        return Interaction.select().where(Interaction.contact == contact).count()


def scrub_person(contact: Contact, names: set[str], now: dt.datetime) -> None:
    """Blank the person's record, what is linked to them, and their names in the account's text and the trash."""
    account = contact.account
    names = names | {contact.name}
    scrub = Scrubber(names, keep={account.name})
    _save_changed(contact, FORGOTTEN_VALUES, now)
    for other in Contact.select().where((Contact.account == account) & (Contact.id != contact.id)):
        _save_changed(other, {"title": scrub(other.title), "notes": scrub(other.notes)}, now)
    _save_changed(account, {"notes": scrub(account.notes)}, now)
    for talk in Interaction.select().where(Interaction.account == account):
        _save_changed(talk, {"summary": "" if talk.contact_id == contact.id else scrub(talk.summary)}, now)
    for promise in Commitment.select().where(Commitment.account == account):
        linked = promise.contact_id == contact.id
        _save_changed(promise, {"title": scrub(promise.title), "notes": "" if linked else scrub(promise.notes),
                                "due_history": scrub_history(promise.due_history, scrub)}, now)
    scrub_trash(contact.uuid, names, {account.uuid}, keep={account.name})
    accounts.reindex(account)


def _save_changed(row, values: dict, now: dt.datetime) -> None:
    """Write only what changed, with a fresh updated_at so the change travels to the other copies."""
    changed = {k: v for k, v in values.items() if getattr(row, k) != v}
    if changed:  # an untouched row keeps its stamp, so it does not travel for nothing
        row.save_changes(changed, at=now)


def _person_in_trash(contact_uuid: str) -> tuple[set[str], set[str]]:
    """The names and account uuids the trash holds for a person."""
    names, account_uuids = set(), set()
    for item in TrashItem.select().where(TrashItem.payload.contains(contact_uuid)):
        for record in json.loads(item.payload).get("contacts", []):
            if record.get("uuid") == contact_uuid and record.get("name"):
                names.add(record["name"])
                account_uuids.add(record.get("account_uuid") or item.account_uuid)
    return names, account_uuids


def scrub_trash(contact_uuid: str, names: set[str], account_uuids: set[str],
                keep: AbstractSet[str] = frozenset()) -> None:
    """Take the person out of every trash item that names them or holds their account's records."""
    scrub = Scrubber(names, keep)
    query = TrashItem.select().where(TrashItem.payload.contains(contact_uuid) |
                                     TrashItem.account_uuid.in_(account_uuids))
    for item in query:
        payload = scrub_payload(json.loads(item.payload), contact_uuid, scrub)
        text = json.dumps(payload, ensure_ascii=False)
        if text != item.payload or scrub(item.label) != item.label:
            TrashItem.update(payload=text, label=scrub(item.label)).where(TrashItem.id == item.id).execute()


def scrub_payload(payload: dict, contact_uuid: str, scrub: Scrubber) -> dict:
    """A bundle-shaped payload without the person: their record blanked, linked text emptied, names scrubbed."""
    for record in payload.get("accounts", []):
        record["notes"] = scrub(record.get("notes") or "")
    for record in payload.get("contacts", []):
        if record.get("uuid") == contact_uuid:
            record.update({**FORGOTTEN_VALUES, "messaging": {}})
        else:
            record.update(title=scrub(record.get("title") or ""), notes=scrub(record.get("notes") or ""))
    for record in payload.get("interactions", []):
        linked = record.get("contact_uuid") == contact_uuid
        record["summary"] = "" if linked else scrub(record.get("summary") or "")
    for record in payload.get("commitments", []):
        linked = record.get("contact_uuid") == contact_uuid
        record.update(title=scrub(record.get("title") or ""), notes="" if linked else scrub(record.get("notes") or ""))
        for entry in record.get("due_history") or []:
            if isinstance(entry, dict) and isinstance(entry.get("reason"), str):
                entry["reason"] = scrub(entry["reason"])
    return payload


# ---------------------------------------------------------------- backups


class PurgeResult(NamedTuple):
    deleted: list[Path]
    fresh: Path | None  # a new automatic copy of the book without the person


def backups_holding(book: AddressLike, contact_uuid: str) -> list[Path]:
    """Automatic copies that may hold the person: those taken since their record was made.

    A day's slack covers a record made on a laptop whose clock ran ahead (bundles clamp times to that).
    """
    from services.book.backup import list_backups

    contact = Contact.get_or_none(Contact.uuid == contact_uuid)
    since = contact.created_at - dt.timedelta(days=1) if contact else None
    return [p for p in list_backups(book)
            if since is None or dt.datetime.fromtimestamp(p.stat().st_mtime, dt.UTC) >= since]


def purge_backups(book: AddressLike, contact_uuid: str) -> PurgeResult:
    """Delete the automatic copies that may hold a forgotten person, then take a fresh copy without them."""
    from services.book.backup import automatic_backup

    deleted = []
    for path in backups_holding(book, contact_uuid):
        path.unlink(missing_ok=True)
        deleted.append(path)
    fresh = automatic_backup(book, "start") if deleted else None
    return PurgeResult(deleted, fresh)
