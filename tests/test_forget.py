"""Forgetting a person: their name leaves titles, notes, the trash and the backups, and the forget travels."""

import datetime as dt
import json
import os

import pytest

import models
from models import Commitment, Contact, TrashItem
from services import accounts, commitments
from services.book import backup, privacy
from services.exchange import bundle
from services.exchange.bundle import contact_record, interaction_record


def promise(account, title, contact=None):
    return commitments.create_commitment(account.uuid, {
        "title": title, "promised_by": "Li Na", "promised_at": "2026-01-05", "due_date": "2026-01-20",
        "contact_uuid": contact.uuid if contact else None}).uuid


@pytest.fixture
def person(make_account, make_contact):
    account = make_account(name="Müller Maschinenbau GmbH")
    return account, make_contact(account, name="Jürgen Müller", email="jm@example.com")


def test_forget_takes_the_name_out_of_the_titles_of_their_promises(person):
    account, contact = person
    linked = promise(account, "Send Jürgen Müller the samples", contact)
    privacy.forget_contact(contact.uuid)
    assert "Jürgen" not in Commitment.get(Commitment.uuid == linked).title


def test_forget_takes_the_name_out_of_other_promises_and_notes_of_the_account(person):
    account, contact = person
    loose = promise(account, "Call Jürgen about the price")
    accounts.update_account(account.uuid, {"notes": "Jürgen Müller decides; ask him first"})
    privacy.forget_contact(contact.uuid)
    texts = Commitment.get(Commitment.uuid == loose).title + accounts.get_account(account.uuid).notes
    assert "Jürgen" not in texts
    assert "Müller decides" not in texts


def test_forget_keeps_the_company_name_where_it_contains_the_family_name(person):
    account, contact = person
    visit = promise(account, "Visit Müller Maschinenbau GmbH in May")
    privacy.forget_contact(contact.uuid)
    assert Commitment.get(Commitment.uuid == visit).title == "Visit Müller Maschinenbau GmbH in May"


def test_forget_takes_the_person_out_of_the_trash(person):
    account, contact = person
    talk = accounts.log_interaction(account.uuid, {"occurred_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                                                   "contact_uuid": contact.uuid, "summary": "Jürgen's kids"})
    payload = {"accounts": [], "contacts": [contact_record(contact, account.uuid)], "commitments": [],
               "interactions": [interaction_record(talk, account.uuid, contact.uuid)]}
    TrashItem.create(kind="interaction", record_uuid=talk.uuid, account_uuid=account.uuid, reason="deleted",
                     label="Call with Jürgen Müller", payload=json.dumps(payload), deleted_at=models.utcnow())
    privacy.forget_contact(contact.uuid)
    item = TrashItem.get()
    assert "Jürgen" not in item.payload + item.label
    assert "jm@example.com" not in item.payload


def test_forgetting_a_person_only_in_the_trash_takes_them_out_of_it(person):
    account, contact = person
    payload = {"accounts": [], "interactions": [], "commitments": [],
               "contacts": [contact_record(contact, account.uuid)]}
    TrashItem.create(kind="contact", record_uuid=contact.uuid, account_uuid=account.uuid, reason="deleted",
                     label="Jürgen Müller", payload=json.dumps(payload), deleted_at=models.utcnow())
    Contact.delete().where(Contact.uuid == contact.uuid).execute()
    privacy.forget_contact(contact.uuid)
    assert "Jürgen" not in TrashItem.get().payload


@pytest.fixture
def books(book_switch):
    use = book_switch
    account = accounts.create_account({"name": "Müller Maschinenbau GmbH", "country": "DE"})
    use.contact = accounts.create_contact(account.uuid, {"name": "Jürgen Müller", "email": "jm@example.com"}).uuid
    use.account = account.uuid
    start = bundle.build_bundle()
    use("laptop")
    bundle.merge_bundle(start)
    use("office")
    return use


def test_a_peer_that_edited_a_forgotten_person_does_not_bring_them_back(books):
    privacy.forget_contact(books.contact)
    books("laptop")
    accounts.update_contact(books.contact, {"title": "Managing director"})  # edited after the forget
    data = bundle.build_bundle()
    books("office")
    bundle.merge_bundle(data)
    assert accounts.get_contact(books.contact).name == "Forgotten contact"


def test_a_forget_travels_in_a_bundle_and_wins_over_an_edit_made_there(books):
    privacy.forget_contact(books.contact)
    data = bundle.build_bundle()
    books("laptop")
    accounts.update_contact(books.contact, {"title": "Managing director"})
    bundle.merge_bundle(data)
    gone = accounts.get_contact(books.contact)
    assert (gone.name, gone.email, gone.title) == ("Forgotten contact", "", "")


def test_a_promise_made_there_naming_a_forgotten_person_arrives_without_the_name(books):
    privacy.forget_contact(books.contact)
    books("laptop")
    promise(accounts.get_account(books.account), "Send Jürgen the catalogue", accounts.get_contact(books.contact))
    data = bundle.build_bundle()
    books("office")
    bundle.merge_bundle(data)
    assert "Jürgen" not in Commitment.get().title


def test_a_forget_learnt_from_a_bundle_takes_the_name_out_of_local_titles(books):
    promise(accounts.get_account(books.account), "Send Jürgen Müller the samples")
    privacy.forget_contact(books.contact)
    data = bundle.build_bundle()
    books("laptop")
    local = promise(accounts.get_account(books.account), "Ring Jürgen back")
    bundle.merge_bundle(data)
    assert "Jürgen" not in Commitment.get(Commitment.uuid == local).title


def test_purging_backups_deletes_the_copies_taken_since_the_person_was_added(db_path, person):
    _, contact = person
    folder = db_path.parent / "backups"
    old = backup.automatic_backup(db_path, "start", dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    os.utime(old, (0, dt.datetime(2020, 1, 1).timestamp()))  # taken long before the person was added
    recent = backup.automatic_backup(db_path, "start", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    assert privacy.backups_holding(db_path, contact.uuid) == [recent]
    privacy.forget_contact(contact.uuid)
    privacy.purge_backups(db_path, contact.uuid)
    assert old.exists()
    assert not recent.exists()
    assert len(list(folder.glob("*.sqlite"))) == 2  # the old one and a fresh copy without the person


def test_the_fresh_copy_after_a_purge_does_not_hold_the_person(db_path, person):
    _, contact = person
    backup.automatic_backup(db_path, "start")
    privacy.forget_contact(contact.uuid)
    fresh = privacy.purge_backups(db_path, contact.uuid).fresh
    held = fresh.read_bytes()
    assert not [word for word in ("jm@example.com", "Jürgen") if word.encode() in held]


def test_people_forgotten_before_the_upgrade_are_remembered_as_forgotten(db_path, person):
    _, contact = person
    Contact.update(name="Forgotten contact", email="").where(Contact.uuid == contact.uuid).execute()
    models.db.drop_tables([models.ForgottenContact])
    models.Meta.update(value="6").where(models.Meta.key == "schema_version").execute()
    models.close_database()
    models.open_database(db_path)
    assert [f.contact_uuid for f in models.ForgottenContact.select()] == [contact.uuid]


def test_forgetting_in_the_account_pane_deletes_the_backups_holding_the_person_when_asked(
        qtbot, main_window, db_path, make_account, make_contact, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    account = make_account(name="Acme", country="US")
    contact = make_contact(account, name="Ann Zzyzx")
    backup.automatic_backup(db_path, "start")
    main_window.accounts.reload()
    main_window.accounts.select_account(account.uuid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main_window.accounts.pane.forget_contact(contact)
    assert not [p.name for p in (db_path.parent / "backups").iterdir() if b"Zzyzx" in p.read_bytes()]


def test_forget_stamps_what_it_changed_with_one_time_and_leaves_the_rest_unstamped(person, make_contact):
    account, contact = person
    named = promise(account, "Send Jürgen Müller the samples")
    unrelated = promise(account, "Quote the pumps")
    colleague = make_contact(account, name="Anna Schmidt", notes="Works with Jürgen")
    before = Commitment.get(Commitment.uuid == unrelated).updated_at
    privacy.forget_contact(contact.uuid)
    stamps = {Contact.get(Contact.uuid == contact.uuid).updated_at, Commitment.get(Commitment.uuid == named).updated_at,
              Contact.get(Contact.uuid == colleague.uuid).updated_at}
    assert len(stamps) == 1
    assert Commitment.get(Commitment.uuid == unrelated).updated_at == before
