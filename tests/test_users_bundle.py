"""Bundles carry each account's owner and each promise's maker as a user (uuid and name); sheets the owner by name."""

import datetime as dt

import pytest

import models
from models import Account, Commitment
from services import accounts, users
from services import commitments as cm
from services.exchange import bundle

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def exported(make_account, tmp_path):
    """A book where Anna owns Müller and Li Na made its promise, exported; then a fresh book is opened."""
    anna = users.add_user({"name": "Anna Berg", "role": "manager"})
    account = make_account(name="Müller GmbH", country="DE", owner_uuid=anna.uuid)
    cm.create_commitment(account.uuid, {"title": "Samples", "promised_by": "Li Na", "promised_at": TODAY,
                                        "due_date": TODAY + dt.timedelta(days=20)})
    path = tmp_path / "office.rapport.json"
    bundle.export_bundle(path)
    models.close_database()
    models.open_database(tmp_path / "laptop.sqlite")
    return path, anna


def test_merging_a_bundle_creates_the_owner_with_their_uuid(exported):
    path, anna = exported
    bundle.import_bundle(path)
    assert Account.get().owner.uuid == anna.uuid


def test_merging_a_bundle_links_the_promise_to_its_maker(exported):
    path, _anna = exported
    bundle.import_bundle(path)
    assert Commitment.get().made_by.name == "Li Na"


def test_an_owner_already_in_the_book_by_name_is_not_added_twice(exported):
    path, _anna = exported
    users.add_user({"name": "anna berg"})
    bundle.import_bundle(path)
    assert [u.name for u in users.list_users()] == ["anna berg", "Li Na"]


def test_a_changed_owner_travels_back(exported, tmp_path, db_path):
    path, _anna = exported
    bundle.import_bundle(path)
    accounts.update_account(Account.get().uuid, {"owner_uuid": users.find_user("Li Na").uuid})
    back = tmp_path / "laptop.rapport.json"
    bundle.export_bundle(back)
    models.close_database()
    models.open_database(db_path)  # the office again
    bundle.import_bundle(back)
    assert Account.get().owner.name == "Li Na"


def test_an_imported_owner_column_makes_the_owner_a_user(db_path, tmp_path):
    from services.exchange.importer import import_file
    from tests.import_files import write_csv

    path = write_csv(tmp_path / "leads.csv", [["Company", "Country", "负责人"], ["Müller GmbH", "DE", "王伟"]])
    import_file(path)
    assert Account.get().owner.name == "王伟"


def test_the_exported_sheet_names_each_accounts_owner(make_account):
    from services.exchange.exporter import HEADERS, export_rows

    anna = users.add_user({"name": "Anna Berg"})
    make_account(name="Müller GmbH", country="DE", owner_uuid=anna.uuid)
    (row,) = export_rows()
    assert row[HEADERS.index("Owner")] == "Anna Berg"
