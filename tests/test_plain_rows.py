"""The screen gets plain rows: showing a list of promises costs the same few queries for 20 rows as for 200."""

import contextlib
import datetime as dt

import pytest

from models import db
from services import commitments
from services.commitments.rows import PromiseRow, open_promise_rows, promise_rows_of

TODAY = dt.date(2026, 11, 18)


@contextlib.contextmanager
def counted_queries():
    """Every SQL statement the book runs inside the block (peewee's execute_sql, which every query passes)."""
    statements: list[str] = []
    database = db.obj
    original = database.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        statements.append(sql)
        return original(sql, params, *args, **kwargs)

    database.execute_sql = counting
    try:
        yield statements
    finally:
        del database.execute_sql


def _promises(make_account, accounts: int, per_account: int) -> str:
    first = None
    for n in range(accounts):
        account = make_account(name=f"Firm {n}", country="DE")
        first = first or account.uuid
        for k in range(per_account):
            commitments.create_commitment(account.uuid, {
                "title": f"Promise {k}", "promised_by": f"Person {k % 3}", "promised_at": "2026-11-01",
                "due_date": (TODAY + dt.timedelta(days=k - 2)).isoformat()})
    return first


def _shown(rows: list[PromiseRow]) -> list[str]:
    from ui.models.commitment_table import CommitmentTableModel

    model = CommitmentTableModel()
    model.set_rows(rows)
    return [model.display(model.row_at(r), c) for r in range(model.rowCount()) for c in range(9)]


@pytest.mark.parametrize("scale", [1, 10])
def test_showing_the_commitments_list_costs_the_same_queries_for_20_or_200_rows(qtbot, make_account, scale):
    _promises(make_account, accounts=10 * scale, per_account=2)
    with counted_queries() as queries:
        shown = _shown(open_promise_rows(TODAY))
    assert len(shown) == 9 * 20 * scale
    assert len(queries) <= 6, queries


def test_showing_one_accounts_promises_costs_the_same_queries_for_2_or_20_rows(qtbot, make_account):
    counts = []
    for per_account in (2, 20):
        uuid = _promises(make_account, accounts=1, per_account=per_account)
        with counted_queries() as queries:
            _shown(promise_rows_of(uuid, TODAY))
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_a_promise_row_carries_its_account_name_and_risk(make_account):
    _promises(make_account, accounts=1, per_account=1)
    (row,) = open_promise_rows(TODAY)
    assert (row.account, row.title, row.level) == ("Firm 0", "Promise 0", "high")
    assert "→" in row.risk_in("en")


def test_the_lists_are_handed_plain_rows_not_live_records(make_account):
    uuid = _promises(make_account, accounts=1, per_account=2)
    rows = open_promise_rows(TODAY) + promise_rows_of(uuid, TODAY)
    assert {type(r) for r in rows} == {PromiseRow}
