"""queries.planner_recent: each account's newest interactions, one account's or the whole book's."""

from __future__ import annotations

import datetime as dt

import pytest

from models import Account, queries
from services import accounts


@pytest.fixture
def two_accounts(make_account):
    """Account a with three interactions and b with two; their uuids newest first."""
    logged = {}
    for name, count in (("a", 3), ("b", 2)):
        account = make_account(name=f"Account {name}")
        days = [dt.datetime(2026, 3, day, 9, tzinfo=dt.UTC) for day in range(1, count + 1)]
        uuids = [accounts.log_interaction(account.uuid, {"occurred_at": when}).uuid for when in days]
        logged[name] = (Account.get(Account.uuid == account.uuid).id, uuids[::-1])
    return logged


def test_newest_interactions_of_one_account(two_accounts):
    a_id, a_newest = two_accounts["a"]
    found = {row[1] for row in queries.planner_recent(2, [a_id])}
    assert found == set(a_newest[:2])


def test_newest_interactions_of_every_account(two_accounts):
    found = {(row[0], row[1]) for row in queries.planner_recent(2)}
    assert found == {(pk, uuid) for pk, newest in two_accounts.values() for uuid in newest[:2]}
