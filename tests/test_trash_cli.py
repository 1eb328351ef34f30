"""The Trash on the command line: list, restore, delete for good, empty; messages and exit code 2."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import models
from services import accounts

ROOT = Path(__file__).resolve().parent.parent


def run(db, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "main.py", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture
def deleted(db_path, make_account, make_contact):
    """A contact deleted, then its account: both in the Trash; the database closed for the command line."""
    a = make_account(name="Müller GmbH")
    c = make_contact(a, name="Jürgen Müller")
    accounts.delete_contact(c.uuid)
    accounts.delete_account(a.uuid)
    models.close_database()
    return {"db": db_path, "account": a.uuid, "contact": c.uuid}


def test_trash_json_lists_what_was_deleted_newest_first(deleted):
    result = run(deleted["db"], "trash", "--json")
    rows = json.loads(result.stdout)
    assert [(r["kind"], r["label"], r["reason"]) for r in rows] == [
        ("account", "Müller GmbH", "deleted"), ("contact", "Jürgen Müller", "deleted")]


def test_trash_restore_puts_an_account_back_by_its_own_uuid(deleted):
    result = run(deleted["db"], "trash", "restore", deleted["account"])
    assert result.returncode == 0
    assert json.loads(result.stdout)["restored"]["kind"] == "account"
    names = [r["name"] for r in json.loads(run(deleted["db"], "accounts", "--json").stdout)]
    assert names == ["Müller GmbH"]


def test_trash_restore_of_a_contact_without_its_account_says_how_to_restore_both(deleted):
    result = run(deleted["db"], "trash", "restore", deleted["contact"])
    assert result.returncode == 2
    assert result.stderr.startswith("rapport: “Jürgen Müller” belonged to the account “Müller GmbH”")
    assert "--with-account" in result.stderr


def test_trash_restore_with_account_restores_both(deleted):
    result = run(deleted["db"], "trash", "restore", deleted["contact"], "--with-account")
    assert result.returncode == 0
    assert json.loads(run(deleted["db"], "trash", "--json").stdout) == []


def test_trash_restore_of_an_unknown_id_exits_2_with_a_message(deleted):
    result = run(deleted["db"], "trash", "restore", "00000000-0000-4000-8000-000000000000")
    assert result.returncode == 2
    assert result.stderr.startswith("rapport: Nothing in the Trash has the id")


def test_trash_empty_removes_everything_for_good(deleted):
    result = run(deleted["db"], "trash", "empty")
    assert json.loads(result.stdout) == {"deleted_for_good": 2}
    assert json.loads(run(deleted["db"], "trash", "--json").stdout) == []


def test_trash_delete_removes_one_item_for_good(deleted):
    result = run(deleted["db"], "trash", "delete", deleted["account"])
    assert result.returncode == 0
    assert [r["kind"] for r in json.loads(run(deleted["db"], "trash", "--json").stdout)] == ["contact"]
