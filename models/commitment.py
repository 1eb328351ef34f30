"""Promises made to customers: who promised what, by when, resting on which approval."""

from __future__ import annotations

import json
from typing import ClassVar

import peewee as pw

from models.account import Account, Contact
from models.base import VersionedModel
from models.enums import Approval, CommitmentKind, CommitmentStatus
from models.users import AppUser


class Commitment(VersionedModel):
    account = pw.ForeignKeyField(Account, backref="commitments", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, null=True, backref="commitments", on_delete="SET NULL")
    # peewee's accessors for the keys alone (no query), declared for the type checker
    account_id: ClassVar[pw.IntegerField[int]]
    contact_id: ClassVar[pw.IntegerField[int | None]]
    title = pw.CharField(max_length=300)
    name_key = pw.TextField(default="", index=True)  # the folded title, kept by a trigger (as Account.name_key)
    kind = pw.CharField(max_length=20, default=CommitmentKind.OTHER.value)
    # The user who made the promise; promised_by keeps their name as shown (briefs, charts, the bundle).
    made_by = pw.ForeignKeyField(AppUser, null=True, column_name="promised_by_id", backref="promises",
                                 on_delete="SET NULL", index=True)
    promised_by_id: ClassVar[pw.IntegerField[int | None]]  # the key alone (made_by is named after its column)
    promised_by = pw.CharField(max_length=200, default="", index=True)
    promised_at = pw.DateField()
    due_date = pw.DateField(index=True)
    status = pw.CharField(max_length=10, default=CommitmentStatus.OPEN.value, index=True)
    completed_at = pw.DateField(null=True)
    approval = pw.CharField(max_length=12, default=Approval.NOT_NEEDED.value)
    approver = pw.CharField(max_length=200, default="")
    decided_at = pw.DateField(null=True)
    notes = pw.TextField(default="")
    # JSON list, oldest first: [{"due_date": "2026-05-01", "reason": "...", "changed_at": "..."}]
    due_history = pw.TextField(default="[]")


def parse_due_history(text: str | None) -> list[dict]:
    """A promise's earlier due dates, oldest first: [{"due_date", "reason", "changed_at"}, ...].

    The one reader of the stored JSON; text that is not a list of entries reads as no history.
    """
    try:
        entries = json.loads(text or "[]")
    except ValueError:
        return []
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
