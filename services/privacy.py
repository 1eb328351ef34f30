"""GDPR-minded requests: everything we hold about a contact, and forgetting them."""

from __future__ import annotations

import json
from pathlib import Path

from models import Commitment, Interaction, db, utcnow
from services import accounts
from services.bundle import commitment_record, contact_record, interaction_record
from services.paths import write_output


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


def forget_contact(contact_uuid: str) -> int:
    """Remove the person's data; their interactions stay as anonymous counts. Returns how many were kept."""
    with db.atomic():
        c = accounts.get_contact(contact_uuid)
        now = utcnow()
        c.name = "Forgotten contact"
        c.title = c.email = c.phone = c.language = c.timezone = c.notes = ""
        c.messaging = "{}"
        c.birthday = None
        c.updated_at = now
        c.save()
        kept = (Interaction.update(summary="", updated_at=now).where(Interaction.contact == c).execute())
        Commitment.update(notes="", updated_at=now).where(Commitment.contact == c).execute()
        accounts.reindex(c.account)
    return kept
