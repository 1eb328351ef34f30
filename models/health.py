"""The kept health of each account (issue 18): what the account list sorts and filters by and the portfolio counts,
without computing health per read. Derived data, rebuilt like the stored plan, never exchanged."""

from __future__ import annotations

import peewee as pw

from models.account import Account
from models.base import db


class AccountHealth(pw.Model):
    account = pw.ForeignKeyField(Account, primary_key=True, on_delete="CASCADE")
    score = pw.IntegerField(index=True)  # 0-100
    band = pw.CharField(max_length=10, index=True)  # good | watch | at_risk
    reasons = pw.TextField(default="[]")  # JSON [{"code": ..., "message": words.to_data([...])}]
    next_touch_utc = pw.DateTimeField(null=True, index=True)  # naive UTC of the account's next planned touch
    promises_at_risk = pw.IntegerField(default=0, index=True)  # open promises at risk (any level)
    computed_on = pw.DateField()  # the day it was computed for

    class Meta:
        database = db
        table_name = "account_health"


def install_health_table() -> None:
    db.create_tables([AccountHealth])
