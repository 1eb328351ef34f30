"""A merge always goes through when a record's account or contact was deleted here: brought back or set aside."""

import datetime as dt
import json

import pytest

import models
from models import Contact, Interaction, Tombstone, TrashItem
from services import accounts
from services.exchange import bundle


@pytest.fixture
def books(book_switch):
    """Office and laptop books that share one account with a contact and an interaction; switch with use()."""
    use = book_switch
    account = accounts.create_account({"name": "Müller GmbH", "country": "DE"})
    contact = accounts.create_contact(account.uuid, {"name": "Jürgen Müller"})
    talk = accounts.log_interaction(account.uuid, {"occurred_at": dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
                                                   "contact_uuid": contact.uuid, "summary": "First call"})
    start = bundle.build_bundle()
    use("laptop")
    bundle.merge_bundle(start)
    use("office")
    use.account, use.contact, use.talk = account.uuid, contact.uuid, talk.uuid
    return use


def log_call(use, account_uuid, contact_uuid=None, summary="Call at the fair"):
    return accounts.log_interaction(account_uuid, {"occurred_at": dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
                                                   "contact_uuid": contact_uuid, "summary": summary}).uuid


def laptop_bundle(use, change):
    use("laptop")
    result = change()
    data = bundle.build_bundle()
    use("office")
    return data, result


def test_a_call_logged_on_a_contact_deleted_here_does_not_refuse_the_bundle(books):
    data, _ = laptop_bundle(books, lambda: (log_call(books, books.account, books.contact),
                                            accounts.create_account({"name": "Fair Lead", "country": "JP"})))
    accounts.delete_contact(books.contact)  # deleted here after the laptop logged its call
    report = bundle.merge_bundle(data)
    assert accounts.search_accounts("fair lead")
    assert len(report.set_aside) == 1


def test_an_older_orphan_is_set_aside_in_the_trash_with_its_contact(books):
    data, call = laptop_bundle(books, lambda: log_call(books, books.account, books.contact))
    accounts.delete_contact(books.contact)
    report = bundle.merge_bundle(data)
    (item,) = TrashItem.select().where(TrashItem.reason == "set_aside")
    payload = json.loads(item.payload)
    assert item.reason == "set_aside"
    assert [c["uuid"] for c in payload["contacts"]] == [books.contact]
    assert [i["uuid"] for i in payload["interactions"]] == [call]
    assert Interaction.get_or_none(Interaction.uuid == call) is None
    assert report.set_aside[0]["records"] == 1


def test_an_older_orphan_is_brought_back_with_its_contact_when_asked(books):
    data, call = laptop_bundle(books, lambda: log_call(books, books.account, books.contact))
    accounts.delete_contact(books.contact)
    report = bundle.merge_bundle(data, orphans="restore")
    assert Interaction.get(Interaction.uuid == call).contact.uuid == books.contact
    assert not Tombstone.select().where(Tombstone.record_uuid == books.contact).exists()
    assert report.restored == 1
    assert not report.set_aside


def test_a_call_logged_after_the_deletion_brings_the_contact_back(books):
    accounts.delete_contact(books.contact)  # deleted here first
    data, call = laptop_bundle(books, lambda: log_call(books, books.account, books.contact))
    bundle.merge_bundle(data)
    assert Interaction.get(Interaction.uuid == call).contact.uuid == books.contact


def test_a_contact_edited_there_after_the_deletion_comes_back_and_later_bundles_still_merge(books):
    accounts.delete_contact(books.contact)
    data, _ = laptop_bundle(books, lambda: accounts.update_contact(books.contact, {"title": "CEO"}))
    bundle.merge_bundle(data)
    assert accounts.get_contact(books.contact).title == "CEO"
    data, _ = laptop_bundle(books, lambda: log_call(books, books.account, books.contact, "Second call"))
    report = bundle.merge_bundle(data)
    assert report.added == 1


def test_a_deleted_account_with_a_call_logged_there_before_is_set_aside_whole(books):
    data, call = laptop_bundle(books, lambda: (log_call(books, books.account), accounts.create_account(
        {"name": "Fair Lead", "country": "JP"})))
    accounts.delete_account(books.account)
    report = bundle.merge_bundle(data)
    (item,) = TrashItem.select().where(TrashItem.reason == "set_aside")
    payload = json.loads(item.payload)
    assert (item.kind, item.record_uuid) == ("account", books.account)
    assert [a["uuid"] for a in payload["accounts"]] == [books.account]
    assert call[0] in [i["uuid"] for i in payload["interactions"]]
    assert accounts.search_accounts("fair lead")
    assert report.added == 1


def test_a_call_logged_after_an_account_was_deleted_brings_it_back_with_what_was_deleted_with_it(books):
    accounts.delete_account(books.account)
    data, call = laptop_bundle(books, lambda: log_call(books, books.account, books.contact))
    bundle.merge_bundle(data)
    assert accounts.get_account(books.account).name == "Müller GmbH"
    assert accounts.get_contact(books.contact).name == "Jürgen Müller"
    assert Interaction.select().where(Interaction.uuid.in_([call, books.talk])).count() == 2


def test_a_record_restored_on_the_other_copy_comes_back_and_its_tombstone_goes(books):
    data = bundle.build_bundle()
    accounts.delete_account(books.account)
    for kind in bundle.KINDS:  # the other copy restored it from its trash: a change after the deletion
        for record in data[kind]:
            record["updated_at"] = models.utcnow().isoformat()
    bundle.merge_bundle(data)
    assert accounts.get_account(books.account)
    assert not Tombstone.select().where(Tombstone.record_uuid == books.account).exists()


def test_an_unchanged_call_of_a_contact_deleted_here_is_not_set_aside(books):
    data, _ = laptop_bundle(books, lambda: None)
    accounts.delete_contact(books.contact)
    report = bundle.merge_bundle(data)
    assert report.set_aside == []
    assert Interaction.get(Interaction.uuid == books.talk).contact is None


def test_set_aside_records_are_brought_back_from_the_report(books):
    data, call = laptop_bundle(books, lambda: log_call(books, books.account, books.contact))
    accounts.delete_contact(books.contact)
    report = bundle.merge_bundle(data)
    bundle.restore_set_aside([entry["trash_uuid"] for entry in report.set_aside])
    assert Interaction.get(Interaction.uuid == call).contact.uuid == books.contact
    assert not TrashItem.select().where(TrashItem.reason == "set_aside").exists()


def test_a_contact_brought_back_is_newer_than_its_deletion_so_the_deletion_does_not_win_elsewhere(books):
    data, _ = laptop_bundle(books, lambda: log_call(books, books.account, books.contact))
    accounts.delete_contact(books.contact)
    deleted_at = Tombstone.get(Tombstone.record_uuid == books.contact).deleted_at
    bundle.merge_bundle(data, orphans="restore")
    assert Contact.get(Contact.uuid == books.contact).updated_at > deleted_at


def test_an_account_edited_there_after_its_deletion_comes_back_with_its_contacts(books):
    accounts.delete_account(books.account)
    data, _ = laptop_bundle(books, lambda: accounts.update_account(books.account, {"city": "Stuttgart"}))
    bundle.merge_bundle(data)
    assert [c.uuid for c in accounts.contacts_of(books.account)] == [books.contact]


def test_merging_the_same_bundle_again_sets_nothing_aside_twice(books):
    data, _ = laptop_bundle(books, lambda: log_call(books, books.account, books.contact))
    accounts.delete_contact(books.contact)
    first = bundle.merge_bundle(data)
    second = bundle.merge_bundle(data)
    set_aside = TrashItem.select().where(TrashItem.reason == "set_aside")
    assert set_aside.count() == 1
    assert second.set_aside[0]["trash_uuid"] == first.set_aside[0]["trash_uuid"]
