"""Backups (automatic rotation, backup/restore round trip) and the GDPR-minded contact requests."""

import datetime as dt
import json

import pytest

import models
from services import accounts
from services.book import backup, privacy
from services.errors import UserError


def test_backup_restore_round_trip_keeps_current_file(db_path, make_account, tmp_path):
    make_account(name="Before backup")
    copy = backup.backup_now(tmp_path / "copy.sqlite")
    make_account(name="After backup")
    models.close_database()
    kept = backup.restore(copy, db_path)
    assert kept != db_path
    assert kept.exists()
    models.open_database(db_path)
    assert [a.name for a in accounts.search_accounts("")] == ["Before backup"]
    models.close_database()
    models.open_database(kept)
    assert len(accounts.search_accounts("")) == 2


def test_restore_refuses_a_file_that_is_not_a_rapport_database(db_path, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello")
    models.close_database()
    before = db_path.read_bytes()
    with pytest.raises(UserError, match="not a Rapport database"):
        backup.restore(junk, db_path)
    assert db_path.read_bytes() == before


def test_automatic_backups_rotate_and_daily_runs_once(db_path):
    start = dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC)
    for i in range(backup.KEEP + 3):
        backup.automatic_backup(db_path, "start", start + dt.timedelta(minutes=i))
    assert len(list((db_path.parent / "backups").glob("*-start-*.sqlite"))) == backup.KEEP
    assert backup.automatic_backup(db_path, "daily", start) is not None
    assert backup.automatic_backup(db_path, "daily", start + dt.timedelta(hours=3)) is None
    assert backup.latest_backup(db_path) is not None


def test_contact_export_and_forget(make_account, make_contact, tmp_path):
    a = make_account()
    c = make_contact(a, name="Jürgen Müller", email="jm@example.com", birthday="1970-01-02")
    accounts.log_interaction(a.uuid, {"occurred_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "contact_uuid": c.uuid,
                                      "summary": "Talked about his kids"})
    data = privacy.export_contact_data(c.uuid, tmp_path / "p.json")
    assert json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["contact"]["email"] == "jm@example.com"
    assert len(data["interactions"]) == 1
    assert privacy.forget_contact(c.uuid) == 1
    gone = accounts.get_contact(c.uuid)
    assert (gone.name, gone.email, gone.birthday) == ("Forgotten contact", "", None)
    (i,) = accounts.interactions_of(a.uuid)
    assert i.summary == ""
    assert i.contact.uuid == c.uuid
    assert accounts.search_accounts("jurgen") == []
