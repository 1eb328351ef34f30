"""Database specifics stay in models/: services and the UI use model-level queries, never a cursor or SQLite."""

import re
from pathlib import Path

import pytest

import models
from models import queries

ROOT = Path(__file__).resolve().parent.parent
CURSOR = re.compile(r"\bdb\.execute\(|\.cursor\(|execute_sql\(|\bimport sqlite3\b|PRAGMA")
# Being changed in parallel for issue 14 (its owner switches build_index to queries.account_names and
# queries.contact_addresses); nothing else in services/, cli/ or ui/ may touch the cursor.
IN_FLIGHT = {"services/accounts/duplicates.py"}


def _sources():
    for folder in ("services", "cli", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name not in IN_FLIGHT:
                yield name, path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "text"), list(_sources()), ids=lambda v: v if v.endswith(".py") else "")
def test_no_service_or_widget_touches_the_cursor_or_sqlite(name, text):
    assert CURSOR.findall(text) == []


def test_the_account_list_query_hands_back_one_tuple_per_account(make_account, make_contact):
    make_contact(make_account("Alpha"))
    make_account("Beta")
    rows = sorted(queries.account_list(), key=lambda r: r[1])
    assert [(r[1], r[7]) for r in rows] == [("Alpha", 1), ("Beta", 0)]


def test_the_planner_sees_only_the_newest_interactions_of_each_account(make_account, utc):
    from services import accounts

    account = make_account()
    for day in range(1, 9):
        accounts.log_interaction(account.uuid, {"occurred_at": utc(2026, 3, day, 10), "purpose": "check_in"})
    rows = list(queries.planner_recent(3))
    assert sorted(str(r[2])[:10] for r in rows) == ["2026-03-06", "2026-03-07", "2026-03-08"]


def test_inserted_rows_take_the_defaults_of_the_fields_they_leave_out(open_book):
    queries.insert_rows(models.Setting, [{"key": "a", "value": "1"}])
    row = models.Setting.get(models.Setting.key == "a")
    assert (row.value, len(row.uuid)) == ("1", 36)
