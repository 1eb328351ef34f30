"""The Trash: every delete keeps the records whole; restore puts them back exactly; purge after 30 days."""

import datetime as dt
import json

import pytest

import models
from models import Account, Commitment, Contact, Interaction, Tombstone, TouchState, TrashItem
from services import accounts, commitments
from services.accounts import trash
from services.errors import NotFoundError, UserError
from services.exchange import bundle

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def book(make_account, make_contact):
    """One account with every field filled, two contacts, interactions and promises linked to them."""
    a = make_account(name="Müller Maschinenbau GmbH", country="DE", city="Stuttgart", timezone="Europe/Berlin",
                     stage="quoted", priority="high", source="Canton Fair", language="de", notes="Pays on time",
                     tags=["pumps", "valves"], founded_on="1952-04-01", cadence_days=45)
    buyer = make_contact(a, name="Jürgen Müller", title="Einkauf", role="buyer", email="jm@mueller.example",
                         phone="+49 711 1234567", messaging={"whatsapp": "+49 171 1234567"}, language="de",
                         timezone="Europe/Berlin", birthday="1970-06-15", notes="Prefers e-mail")
    boss = make_contact(a, name="Anna Schmidt", role="decision_maker")
    talk = accounts.log_interaction(a.uuid, {
        "occurred_at": "2026-11-02T09:00:00+00:00", "contact_uuid": buyer.uuid, "channel": "phone",
        "purpose": "quote", "direction": "inbound", "response": "warm", "summary": "Wants 2 containers",
        "valid_until": "2026-12-31"})
    accounts.log_interaction(a.uuid, {"occurred_at": "2026-10-01T09:00:00+00:00", "contact_uuid": boss.uuid})
    promise = commitments.create_commitment(a.uuid, {
        "title": "Send samples", "kind": "sample", "promised_by": "Li Na", "promised_at": "2026-11-01",
        "due_date": "2026-11-20", "approval": "pending", "approver": "Wang", "contact_uuid": buyer.uuid,
        "notes": "3 colours"})
    commitments.reschedule(promise.uuid, dt.date(2026, 11, 27), "Factory closed")
    TouchState.create(touch_key=f"{a.uuid}:quote:2026-12", account_uuid=a.uuid, state="moved",
                      moved_to=dt.datetime(2026, 12, 3, 10, tzinfo=dt.UTC))
    return {"account": a, "buyer": buyer, "boss": boss, "talk": talk, "promise": promise}


RESTORE_CHANGES = ("id", "updated_at", "version", "changed_by", "search_key")


def snapshot() -> dict[str, dict]:
    """Every row's fields by uuid, links as uuids. Left out: ids, updated_at, version and changed_by (a restore
    changes those) and the search key, which is derived (its contact names may come in another order; search is
    tested on its own)."""
    rows = {}
    for model in (Account, Contact, Interaction, Commitment, TouchState):
        for row in model.select():
            data = {k: v for k, v in row.__data__.items() if k not in RESTORE_CHANGES}
            if "account" in data:
                data["account"] = row.account.uuid
            if "contact" in data:
                data["contact"] = row.contact.uuid if row.contact_id else None
            rows[row.uuid] = data
    return rows


def test_deleted_account_comes_back_field_by_field_with_everything_on_it(book):
    before = snapshot()
    accounts.delete_account(book["account"].uuid)
    assert accounts.is_empty()
    assert not Contact.select().exists()
    assert not TouchState.select().exists()
    trash.restore(book["account"].uuid, now=NOW)
    assert snapshot() == before


def test_restored_records_are_updated_at_the_restore(book):
    accounts.delete_account(book["account"].uuid)
    trash.restore(book["account"].uuid, now=NOW)
    stamps = {r.updated_at for m in (Account, Contact, Interaction, Commitment) for r in m.select()}
    assert stamps == {NOW}


def test_restore_removes_the_tombstones_and_the_trash_item(book):
    accounts.delete_account(book["account"].uuid)
    assert Tombstone.select().count() == 6  # account, 2 contacts, 2 interactions, 1 promise
    trash.restore(book["account"].uuid, now=NOW)
    assert not Tombstone.select().exists()
    assert trash.trash_rows() == []


def test_restored_account_is_found_by_its_contacts_names_again(book):
    accounts.delete_account(book["account"].uuid)
    trash.restore(book["account"].uuid)
    assert [a.uuid for a in accounts.search_accounts("jurgen")] == [book["account"].uuid]


def test_an_account_with_more_records_than_one_batch_comes_back_whole(book):
    for hour in range(trash.CHUNK + 20):
        accounts.log_interaction(book["account"].uuid, {"occurred_at": NOW - dt.timedelta(hours=hour),
                                                        "contact_uuid": book["boss"].uuid})
    before = snapshot()
    accounts.delete_account(book["account"].uuid)
    trash.restore(book["account"].uuid, now=NOW)
    assert snapshot() == before
    assert not Tombstone.select().exists()


def test_deleted_contact_comes_back_field_by_field_and_its_records_point_at_it_again(book):
    before = snapshot()
    accounts.delete_contact(book["buyer"].uuid)
    assert accounts.get_interaction(book["talk"].uuid).contact is None  # the link is cut, the record stays
    trash.restore(book["buyer"].uuid, now=NOW)
    assert snapshot() == before


def test_records_pointed_back_at_a_restored_contact_are_updated_so_other_copies_follow(book):
    accounts.delete_contact(book["buyer"].uuid)
    trash.restore(book["buyer"].uuid, now=NOW)
    assert accounts.get_interaction(book["talk"].uuid).updated_at == NOW
    assert commitments.get_commitment(book["promise"].uuid).updated_at == NOW


def test_a_record_given_another_contact_meanwhile_keeps_it(book):
    accounts.delete_contact(book["buyer"].uuid)
    accounts.update_interaction(book["talk"].uuid, {"contact_uuid": book["boss"].uuid})
    trash.restore(book["buyer"].uuid)
    assert accounts.get_interaction(book["talk"].uuid).contact.uuid == book["boss"].uuid


@pytest.mark.parametrize("kind", ["talk", "promise"])
def test_deleted_interaction_or_promise_comes_back_field_by_field(book, kind):
    before = snapshot()
    if kind == "talk":
        accounts.delete_interaction(book["talk"].uuid)
    else:
        commitments.delete_commitment(book["promise"].uuid)
    assert book[kind].uuid not in snapshot()
    trash.restore(book[kind].uuid, now=NOW)
    assert snapshot() == before


def test_interaction_restored_before_its_contact_points_at_it_when_the_contact_returns(book):
    accounts.delete_interaction(book["talk"].uuid)
    accounts.delete_contact(book["buyer"].uuid)
    trash.restore(book["talk"].uuid)
    assert accounts.get_interaction(book["talk"].uuid).contact is None
    trash.restore(book["buyer"].uuid)
    assert accounts.get_interaction(book["talk"].uuid).contact.uuid == book["buyer"].uuid


def test_contact_whose_account_was_deleted_later_asks_for_the_account_first(book):
    accounts.delete_contact(book["buyer"].uuid)
    accounts.delete_account(book["account"].uuid)
    with pytest.raises(trash.ParentInTrashError) as refused:
        trash.restore(book["buyer"].uuid)
    assert "Müller Maschinenbau GmbH" in str(refused.value)
    assert len(trash.trash_rows()) == 2


def test_contact_and_its_deleted_account_are_restored_together(book):
    before = snapshot()
    accounts.delete_contact(book["buyer"].uuid)
    accounts.delete_account(book["account"].uuid)
    trash.restore(book["buyer"].uuid, with_account=True, now=NOW)
    assert snapshot() == before
    assert trash.trash_rows() == []


def test_contact_whose_account_is_gone_for_good_is_refused_with_a_message(book):
    accounts.delete_contact(book["buyer"].uuid)
    account_item = trash.trash_rows()[0].uuid
    accounts.delete_account(book["account"].uuid)
    trash.delete_forever(book["account"].uuid)
    with pytest.raises(UserError, match="removed for good"):
        trash.restore(book["buyer"].uuid, with_account=True)
    assert trash.still_in_trash([account_item]) == {account_item}


def test_a_restore_that_fails_part_way_writes_nothing(open_book, make_account):
    """A set-aside item whose second record is bad: the first must not stay behind."""
    a = make_account(name="Kept Here")
    good = {"uuid": models.new_uuid(), "created_at": NOW.isoformat(), "updated_at": NOW.isoformat(),
            "account_uuid": a.uuid, "name": "Good Person"}
    bad = {**good, "uuid": models.new_uuid(), "name": ""}
    item = TrashItem.create(kind="contact", record_uuid=good["uuid"], account_uuid=a.uuid, label="From the fair",
                            reason="set_aside", payload=json.dumps({"contacts": [good, bad]}), deleted_at=NOW)
    with pytest.raises(UserError, match="cannot be restored"):
        trash.restore(item.uuid)
    assert not Contact.select().exists()
    assert trash.still_in_trash([item.uuid]) == {item.uuid}


def test_set_aside_records_come_back_with_their_parent_account_when_it_is_missing(open_book):
    account = {"uuid": models.new_uuid(), "created_at": NOW.isoformat(), "updated_at": NOW.isoformat(),
               "name": "Ghost Trading", "country": "VN"}
    person = {"uuid": models.new_uuid(), "created_at": NOW.isoformat(), "updated_at": NOW.isoformat(),
              "account_uuid": account["uuid"], "name": "Nguyễn Văn An"}
    item = TrashItem.create(kind="contact", record_uuid=person["uuid"], account_uuid=account["uuid"],
                            label="Nguyễn Văn An", reason="set_aside", deleted_at=NOW,
                            payload=json.dumps({"accounts": [account], "contacts": [person]}))
    trash.restore(item.uuid)
    assert [c.name for c in accounts.contacts_of(account["uuid"])] == ["Nguyễn Văn An"]


def test_set_aside_records_leave_a_parent_account_that_still_exists_as_it_is(make_account):
    a = make_account(name="Renamed Here")
    stale = {"uuid": a.uuid, "created_at": NOW.isoformat(), "updated_at": NOW.isoformat(), "name": "Old Name",
             "country": "DE"}
    person = {"uuid": models.new_uuid(), "created_at": NOW.isoformat(), "updated_at": NOW.isoformat(),
              "account_uuid": a.uuid, "name": "Set Aside"}
    item = TrashItem.create(kind="contact", record_uuid=person["uuid"], account_uuid=a.uuid, label="Set Aside",
                            reason="set_aside", deleted_at=NOW,
                            payload=json.dumps({"accounts": [stale], "contacts": [person]}))
    trash.restore(item.uuid)
    assert accounts.get_account(a.uuid).name == "Renamed Here"
    assert len(accounts.contacts_of(a.uuid)) == 1


def test_trash_payload_is_a_valid_bundle(book):
    accounts.delete_account(book["account"].uuid)
    payload = json.loads(TrashItem.get().payload)
    bundle.check_bundle({"format": bundle.FORMAT, "version": bundle.VERSION, **payload})
    assert [len(payload[k]) for k in bundle.KINDS] == [1, 2, 2, 1]


def test_trash_list_names_the_account_and_what_the_item_holds_newest_first(book):
    accounts.delete_contact(book["boss"].uuid)
    accounts.delete_account(book["account"].uuid)
    first, second = trash.trash_rows()
    assert (first.kind, first.label, first.reason) == ("account", "Müller Maschinenbau GmbH", "deleted")
    assert (first.contacts, first.interactions, first.commitments) == (1, 2, 1)
    assert (second.kind, second.label, second.account_name) == ("contact", "Anna Schmidt", "Müller Maschinenbau GmbH")
    assert (second.contacts, second.interactions) == (0, 0)


def test_restore_by_an_unknown_id_says_nothing_is_there(open_book):
    with pytest.raises(NotFoundError, match="Nothing in the Trash"):
        trash.restore(models.new_uuid())


def test_items_older_than_30_days_are_purged(book):
    accounts.delete_interaction(book["talk"].uuid)
    accounts.delete_contact(book["boss"].uuid)
    old, recent = TrashItem.select().order_by(TrashItem.id)
    TrashItem.update(deleted_at=NOW - dt.timedelta(days=30, minutes=1)).where(TrashItem.id == old.id).execute()
    TrashItem.update(deleted_at=NOW - dt.timedelta(days=29)).where(TrashItem.id == recent.id).execute()
    assert trash.purge_expired(now=NOW) == 1
    assert [r.uuid for r in trash.trash_rows()] == [recent.uuid]


def test_purge_leaves_items_the_trash_does_not_own(open_book):
    TrashItem.create(kind="account", record_uuid=models.new_uuid(), account_uuid=models.new_uuid(), reason="merged",
                     payload="{}", deleted_at=NOW - dt.timedelta(days=90))
    assert trash.purge_expired(now=NOW) == 0
    assert trash.empty_trash() == 0
    assert TrashItem.select().count() == 1


def test_empty_trash_removes_everything_for_good(book):
    accounts.delete_interaction(book["talk"].uuid)
    accounts.delete_account(book["account"].uuid)
    assert trash.empty_trash() == 2
    assert trash.trash_rows() == []
    assert accounts.is_empty()


def test_delete_returns_what_went_to_the_trash(book):
    kept = accounts.delete_account(book["account"].uuid)
    assert (kept.kind, kept.label, kept.account_uuid) == ("account", "Müller Maschinenbau GmbH", book["account"].uuid)
    assert trash.still_in_trash([kept.uuid]) == {kept.uuid}


# ---------------------------------------------------------------- the exchange


def _other_book(tmp_path, bundle_file):
    models.close_database()
    models.open_database(tmp_path / "office.sqlite")
    bundle.import_bundle(bundle_file)


def _this_book(db_path):
    models.close_database()
    models.open_database(db_path)


def test_restored_record_travels_newer_than_its_tombstone(book, tmp_path):
    deleted = accounts.delete_account(book["account"].uuid)
    stone = Tombstone.get(Tombstone.record_uuid == book["account"].uuid).deleted_at
    trash.restore(deleted.uuid)
    data = bundle.build_bundle()
    (record,) = data["accounts"]
    assert dt.datetime.fromisoformat(record["updated_at"]) > stone
    assert data["tombstones"] == []


def test_restored_account_beats_its_tombstone_in_a_book_that_saw_the_deletion(book, tmp_path, db_path):
    bundle.export_bundle(tmp_path / "1.json")
    _other_book(tmp_path, tmp_path / "1.json")
    _this_book(db_path)
    accounts.delete_account(book["account"].uuid)
    bundle.export_bundle(tmp_path / "2.json")
    _other_book(tmp_path, tmp_path / "2.json")
    assert accounts.is_empty()  # the office saw the deletion
    _this_book(db_path)
    trash.restore(book["account"].uuid)
    bundle.export_bundle(tmp_path / "3.json")
    _other_book(tmp_path, tmp_path / "3.json")
    assert [c.name for c in accounts.contacts_of(book["account"].uuid)] == ["Anna Schmidt", "Jürgen Müller"]
