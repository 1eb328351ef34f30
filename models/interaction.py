"""What happened between the firm and a customer, with the customer's response."""

from __future__ import annotations

from typing import ClassVar

import peewee as pw

from models.account import Account, Contact
from models.base import UTCDateTimeField, VersionedModel
from models.enums import Channel, Direction, Purpose, Response


class Interaction(VersionedModel):
    account = pw.ForeignKeyField(Account, backref="interactions", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, null=True, backref="interactions", on_delete="SET NULL")
    # peewee's accessors for the keys alone (no query), declared for the type checker
    account_id: ClassVar[pw.IntegerField[int]]
    contact_id: ClassVar[pw.IntegerField[int | None]]
    occurred_at = UTCDateTimeField(index=True)
    channel = pw.CharField(max_length=20, default=Channel.EMAIL.value)
    purpose = pw.CharField(max_length=20, default=Purpose.CHECK_IN.value)
    direction = pw.CharField(max_length=10, default=Direction.OUTBOUND.value)
    response = pw.CharField(max_length=10, default=Response.NONE.value)
    summary = pw.TextField(default="")
    valid_until = pw.DateField(null=True)  # a quote's validity date

    class Meta:
        indexes = ((("account", "occurred_at"), False),)
