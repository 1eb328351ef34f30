"""The stored forward plan: each account's planned touches, and the accounts whose plan a write has made stale.

SQL triggers mark an account stale (plan_dirty) in the same transaction as every write that changes what its plan
is made of: the account, its contacts, its interactions, what the user did to a touch. Imports, bundle merges, trash
restores and every service path are caught alike; services/cadence/store.py re-plans exactly those accounts before
the plan is read. The trigger statements are standard SQL; models.dialect writes them as each database wants.
"""

from __future__ import annotations

import peewee as pw

from models.account import Account
from models.base import db
from models.dialect import on_server, trigger
from models.support import Meta

DAY_KEY, END_KEY = "plan_day", "plan_end"  # meta: the day the stored plan is for, and how far it reaches


class PlannedTouch(pw.Model):
    """One touch of the stored plan (derived data: rebuilt, never exchanged)."""

    account = pw.ForeignKeyField(Account, on_delete="CASCADE", index=True)
    key = pw.CharField(max_length=300)
    state_keys = pw.TextField()  # JSON list: what Done/Snooze/Skip attach to (every part of a merged touch)
    kind = pw.CharField(max_length=20, index=True)  # replies owed are found by kind
    stream = pw.CharField(max_length=60, default="")
    purposes = pw.CharField(max_length=200)  # "quote sample": the first is the touch's purpose
    contact_uuid = pw.CharField(max_length=36, null=True)
    contact = pw.CharField(max_length=300, default="")
    due_utc = pw.DateTimeField()  # naive UTC (reads filter by day, then sort the few they find)
    day = pw.DateField()  # the customer's date (indexed with kind: Today's counts come from the index alone)
    zone = pw.CharField(max_length=64)
    why = pw.TextField(default="[]")  # JSON phrases (services.words.to_data)
    moved = pw.BooleanField(default=False)
    projected = pw.BooleanField(default=False)
    expected_by = pw.DateTimeField(null=True)  # a reply owed: naive UTC

    class Meta:
        database = db
        table_name = "planned_touch"
        indexes = ((("day", "kind"), False),)


class PlanDirty(pw.Model):
    """An account whose stored plan is stale; seq orders the marks (a background re-plan clears only older ones)."""

    seq = pw.AutoField()
    account_id = pw.IntegerField()

    class Meta:
        database = db
        table_name = "plan_dirty"


_MARK = "INSERT INTO plan_dirty(account_id) VALUES ({ref})"
_BY_UUID = "INSERT INTO plan_dirty(account_id) SELECT id FROM account WHERE uuid = {ref}"
TRIGGERS = {
    "plan_account_ins": ("AFTER INSERT ON account", [_MARK.format(ref="NEW.id")]),
    "plan_account_upd": ("AFTER UPDATE OF name, country, timezone, stage, priority, cadence_days, founded_on, "
                         "muslim_owned ON account", [_MARK.format(ref="NEW.id")]),
    "plan_contact_ins": ("AFTER INSERT ON contact", [_MARK.format(ref="NEW.account_id")]),
    "plan_contact_upd": ("AFTER UPDATE OF account_id, name, role, timezone, birthday ON contact",
                         [_MARK.format(ref="NEW.account_id"), _MARK.format(ref="OLD.account_id")]),
    "plan_contact_del": ("AFTER DELETE ON contact", [_MARK.format(ref="OLD.account_id")]),
    "plan_interaction_ins": ("AFTER INSERT ON interaction", [_MARK.format(ref="NEW.account_id")]),
    "plan_interaction_upd": ("AFTER UPDATE ON interaction",
                             [_MARK.format(ref="NEW.account_id"), _MARK.format(ref="OLD.account_id")]),
    "plan_interaction_del": ("AFTER DELETE ON interaction", [_MARK.format(ref="OLD.account_id")]),
    # A promise: the account's kept health (trust, promises at risk) is refreshed with its plan.
    "plan_commitment_ins": ("AFTER INSERT ON commitment", [_MARK.format(ref="NEW.account_id")]),
    "plan_commitment_upd": ("AFTER UPDATE ON commitment",
                            [_MARK.format(ref="NEW.account_id"), _MARK.format(ref="OLD.account_id")]),
    "plan_commitment_del": ("AFTER DELETE ON commitment", [_MARK.format(ref="OLD.account_id")]),
    "plan_state_ins": ("AFTER INSERT ON touch_state", [_BY_UUID.format(ref="NEW.account_uuid")]),
    "plan_state_upd": ("AFTER UPDATE ON touch_state",
                       [_BY_UUID.format(ref="NEW.account_uuid"), _BY_UUID.format(ref="OLD.account_uuid")]),
    "plan_state_del": ("AFTER DELETE ON touch_state", [_BY_UUID.format(ref="OLD.account_uuid")]),
}


def install_plan_tables() -> None:
    """The plan tables and the triggers that keep them honest (a fresh book and migration 8)."""
    db.create_tables([PlannedTouch, PlanDirty])
    # The last quote and samples sent to each account, found without walking its whole history.
    db.execute_sql("CREATE INDEX IF NOT EXISTS interaction_account_purpose "
                   "ON interaction (account_id, purpose, occurred_at)")
    for name in TRIGGERS:
        _create_trigger(name)


def _create_trigger(name: str) -> None:
    when, statements = TRIGGERS[name]
    for statement in trigger(name, when, statements):
        db.execute_sql(statement)


def reinstall_trigger(name: str) -> None:
    """One trigger made again as TRIGGERS now has it (a migration that adds a column the plan reads)."""
    if not on_server():  # the server's CREATE OR REPLACE replaces it in place
        db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    _create_trigger(name)


def mark_whole_plan_stale() -> None:
    """The rules the plan is made from changed: the whole book is re-planned before the plan is read again."""
    Meta.put(END_KEY, "")
