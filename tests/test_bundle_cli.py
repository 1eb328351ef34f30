"""The exchange and forget on the command line: orphans set aside or brought back, backups purged."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import models
from models import Interaction
from services import accounts
from services.book import backup
from services.exchange import bundle

ROOT = Path(__file__).resolve().parent.parent


def run(db, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "main.py", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def orphaned(tmp_path):
    """An office book that deleted a contact, and a laptop bundle with a call logged on them before that."""
    office, laptop = tmp_path / "office.sqlite", tmp_path / "laptop.sqlite"
    models.open_database(office)
    account = accounts.create_account({"name": "Müller GmbH", "country": "DE"})
    contact = accounts.create_contact(account.uuid, {"name": "Jürgen Müller"})
    start = bundle.build_bundle()
    models.close_database()
    models.open_database(laptop)
    bundle.merge_bundle(start)
    call = accounts.log_interaction(account.uuid, {"occurred_at": dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
                                                   "contact_uuid": contact.uuid}).uuid
    bundle.export_bundle(tmp_path / "laptop.json")
    models.close_database()
    models.open_database(office)
    accounts.delete_contact(contact.uuid)
    models.close_database()
    return office, tmp_path / "laptop.json", call


def has_call(db, call) -> bool:
    models.open_database(db)
    try:
        return Interaction.select().where(Interaction.uuid == call).exists()
    finally:
        models.close_database()


def test_bundle_merge_sets_orphans_aside_and_lists_them(orphaned):
    office, path, call = orphaned
    report = run(office, "bundle", "merge", str(path))
    assert [entry["records"] for entry in report["set_aside"]] == [1]
    assert not has_call(office, call)


def test_bundle_merge_with_orphans_restore_brings_them_back(orphaned):
    office, path, call = orphaned
    run(office, "bundle", "merge", str(path), "--orphans", "restore")
    assert has_call(office, call)


def test_bundle_bring_back_restores_what_a_merge_set_aside(orphaned):
    office, path, call = orphaned
    (entry,) = run(office, "bundle", "merge", str(path))["set_aside"]
    run(office, "bundle", "bring-back", entry["trash_uuid"])
    assert has_call(office, call)


def test_forget_with_purge_backups_leaves_no_backup_holding_the_person(tmp_path):
    book = tmp_path / "book.sqlite"
    models.open_database(book)
    account = accounts.create_account({"name": "Müller GmbH", "country": "DE"})
    contact = accounts.create_contact(account.uuid, {"name": "Jürgen Zzyzx"}).uuid
    backup.automatic_backup(book, "start")
    models.close_database()
    run(book, "forget", contact, "--purge-backups")
    assert not [p.name for p in (tmp_path / "backups").iterdir() if b"Zzyzx" in p.read_bytes()]
