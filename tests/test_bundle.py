"""The exchange bundle: round trip in every script, idempotent import, bad files refused whole."""

import datetime as dt
import json

import pytest

from models import Account, Commitment, Contact, Interaction
from services import accounts, commitments
from services.exchange import bundle
from services.exchange.bundle import BundleError

NAMES = {
    "CN": ("王伟贸易有限公司", "王伟"), "JP": ("株式会社さくら", "山田太郎"), "KR": ("한빛산업", "김민준"),
    "RU": ("ООО «Ромашка»", "Дмитрий Иванов"), "SA": ("شركة النور للتجارة", "محمد العلي"),
    "TH": ("บริษัท สยาม จำกัด", "สมชาย ใจดี"), "HR": ("Ćosić d.o.o.", "Šime Ćosić"), "IN": ("Kumar Exports", "राजेश कुमार"),
}


@pytest.fixture
def filled(make_account, make_contact):
    for code, (company, person) in NAMES.items():
        a = make_account(name=company, country=code, notes='<b>bold</b> & "quotes"')
        c = make_contact(a, name=person, messaging={"wechat": "wx_1"}, birthday="1980-02-29")
        accounts.log_interaction(a.uuid, {"occurred_at": dt.datetime(2026, 1, 5, 3, tzinfo=dt.UTC),
                                          "contact_uuid": c.uuid, "purpose": "quote", "response": "cold",
                                          "summary": f"Quote to {person}", "valid_until": "2026-02-05"})
        commitments.create_commitment(a.uuid, {"title": f"Samples for {person}", "kind": "sample",
                                               "promised_by": "Li Na", "promised_at": "2026-01-05",
                                               "due_date": "2026-01-20", "approval": "pending"})
    c = Commitment.get()
    commitments.reschedule(c.uuid, dt.date(2026, 1, 25), "factory holiday")


def snapshot():
    return {
        "accounts": sorted((a.uuid, a.name, a.country, a.notes, a.search_key) for a in Account.select()),
        "contacts": sorted((c.uuid, c.name, c.messaging, str(c.birthday)) for c in Contact.select()),
        "interactions": sorted((i.uuid, i.summary, i.occurred_at.isoformat(), str(i.valid_until))
                               for i in Interaction.select()),
        "commitments": sorted((c.uuid, c.title, str(c.due_date), c.approval, c.due_history)
                              for c in Commitment.select()),
    }


def test_round_trip_keeps_every_script_and_field(filled, tmp_path, open_book):
    import models

    path = tmp_path / "out.rapport.json"
    bundle.export_bundle(path)
    before = snapshot()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "rapport-bundle"
    assert data["version"] == 2
    assert data["commitments"][0]["previous_due_dates"] == ["2026-01-20"] or any(
        c["previous_due_dates"] == ["2026-01-20"] for c in data["commitments"])
    models.close_database()
    models.open_database(tmp_path / "other.sqlite")
    report = bundle.import_bundle(path)
    assert report.added == sum(len(v) for v in before.values())
    assert snapshot() == before


def test_importing_the_same_bundle_twice_changes_nothing(filled, tmp_path, open_book):
    import models

    path = tmp_path / "b.json"
    bundle.export_bundle(path)
    models.close_database()
    models.open_database(tmp_path / "other.sqlite")
    bundle.import_bundle(path)
    first = snapshot()
    second = bundle.import_bundle(path)
    assert (second.added, second.updated, second.deleted) == (0, 0, 0)
    assert snapshot() == first


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d.update(format="zip"), "not a Rapport bundle"),
    (lambda d: d.update(version=99), "version 99"),
    (lambda d: d.pop("accounts"), "no list of accounts"),
    (lambda d: d["accounts"][0].update(uuid="nope"), "account #1: field 'uuid'"),
    (lambda d: d["accounts"][-1].update(country="Atlantis"), "field 'country'"),
    (lambda d: d["contacts"][-1].update(email="bad"), "field 'email'"),
    (lambda d: d["interactions"][0].update(account_uuid="00000000-0000-0000-0000-000000000000"), "account_uuid"),
    (lambda d: d["interactions"][0].update(updated_at="yesterday"), "updated_at"),
    (lambda d: d["commitments"][0].update(status="maybe"), "field 'status'"),
])
def test_bad_bundle_is_refused_whole_with_nothing_written(filled, tmp_path, open_book, mutate, message):
    import models

    data = bundle.build_bundle()
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    models.close_database()
    models.open_database(tmp_path / "other.sqlite")
    with pytest.raises(BundleError, match=message):
        bundle.import_bundle(path)
    assert accounts.is_empty()
    assert Contact.select().count() == 0


def test_unknown_fields_are_ignored_and_commitments_may_be_absent(filled, tmp_path, open_book):
    import models

    data = bundle.build_bundle()
    data.pop("commitments")
    data["accounts"][0]["favourite_colour"] = "green"
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    models.close_database()
    models.open_database(tmp_path / "other.sqlite")
    report = bundle.import_bundle(path)
    assert report.added == len(data["accounts"]) + len(data["contacts"]) + len(data["interactions"])


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]"])
def test_malformed_file_is_refused(open_book, tmp_path, content):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(BundleError):
        bundle.import_bundle(path)


def test_laptop_and_office_merge_with_conflicts_and_tombstones(tmp_path):
    """Office and laptop start from the same book, both change things, then exchange bundles."""
    import models

    office, laptop = tmp_path / "office.sqlite", tmp_path / "laptop.sqlite"
    models.open_database(office)
    shared = accounts.create_account({"name": "Müller GmbH", "country": "DE", "city": "Stuttgart"})
    gone = accounts.create_account({"name": "Old Lead Ltd", "country": "GB"})
    bundle.export_bundle(tmp_path / "start.json")
    models.close_database()

    models.open_database(laptop)
    bundle.import_bundle(tmp_path / "start.json")
    accounts.update_account(shared.uuid, {"city": "Esslingen"})            # both sides change Müller
    fair_lead = accounts.create_account({"name": "新客户", "country": "CN"})  # a lead from the fair
    accounts.delete_account(gone.uuid)                                     # a deletion travels as a tombstone
    bundle.export_bundle(tmp_path / "laptop.json")
    models.close_database()

    models.open_database(office)
    accounts.update_account(shared.uuid, {"notes": "Office note"})         # the office changes Müller later
    report = bundle.import_bundle(tmp_path / "laptop.json")
    assert report.added == 1
    assert report.deleted == 1
    (conflict,) = report.conflicts
    assert conflict["uuid"] == shared.uuid
    assert conflict["kept"] == "local"
    assert accounts.get_account(shared.uuid).notes == "Office note"        # the newer change won
    assert accounts.get_account(fair_lead.uuid).name == "新客户"
    assert not accounts.search_accounts("old lead")
    again = bundle.import_bundle(tmp_path / "laptop.json")
    assert (again.added, again.updated, again.deleted, again.conflicts) == (0, 0, 0, [])
    models.close_database()


def test_older_bundle_does_not_bring_a_deleted_record_back(tmp_path, open_book, make_account):
    a = make_account(name="Deleted Here")
    bundle.export_bundle(tmp_path / "old.json")
    accounts.delete_account(a.uuid)
    report = bundle.import_bundle(tmp_path / "old.json")
    assert report.added == 0
    assert accounts.is_empty()
