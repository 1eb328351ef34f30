"""Bad values in a bundle are refused with a message naming record and field, or normalised; never stored."""

import json

import pytest

from models import Account, Contact, Tombstone
from services import accounts
from services.exchange import bundle
from services.exchange.bundle import BundleError

UUID = "6f1c7a52-1111-4a4a-9b9b-0123456789ab"
STAMP = "2026-11-20T05:00:00+00:00"


def account(**fields):
    return {"uuid": UUID, "name": "Fair Lead", "country": "JP", "created_at": STAMP, "updated_at": STAMP, **fields}


def a_bundle(**parts):
    return {"format": "rapport-bundle", "version": 2, "accounts": [], "contacts": [], "interactions": [],
            "commitments": [], "tombstones": [], **parts}


def merge_text(tmp_path, text: str):
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    return bundle.import_bundle(path)


@pytest.mark.parametrize("spelling", ["{" + UUID.upper() + "}", "urn:uuid:" + UUID, UUID.replace("-", "").upper()])
def test_a_uuid_written_another_way_is_stored_in_its_one_form(open_book, spelling):
    bundle.merge_bundle(a_bundle(accounts=[account(uuid=spelling)]))
    assert [a.uuid for a in Account.select()] == [UUID]


def test_a_uuid_written_another_way_matches_the_record_already_here(open_book):
    bundle.merge_bundle(a_bundle(accounts=[account()]))
    bundle.merge_bundle(a_bundle(accounts=[account(uuid="{" + UUID.upper() + "}")]))
    assert Account.select().count() == 1


def test_a_contact_naming_its_account_in_braces_finds_it(open_book):
    contact = {"uuid": "7a1c7a52-1111-4a4a-9b9b-0123456789ab", "account_uuid": "{" + UUID.upper() + "}",
               "name": "Yamada", "created_at": STAMP, "updated_at": STAMP}
    bundle.merge_bundle(a_bundle(accounts=[account()], contacts=[contact]))
    assert Contact.get().account.uuid == UUID


def test_a_tombstone_whose_uuid_is_a_list_is_refused_with_a_message(open_book):
    stone = {"kind": "account", "uuid": [UUID], "deleted_at": STAMP}
    with pytest.raises(BundleError, match=r"tombstone #1: field 'uuid'"):
        bundle.merge_bundle(a_bundle(accounts=[account()], tombstones=[stone]))
    assert not Tombstone.select().exists()
    assert accounts.is_empty()


def test_a_name_that_is_a_list_is_refused_naming_record_and_field(open_book):
    with pytest.raises(BundleError, match=rf"account #1 \({UUID}\): field 'name' is a list, not text"):
        bundle.merge_bundle(a_bundle(accounts=[account(name=["a", "b"])]))
    assert accounts.is_empty()


def test_cadence_days_too_large_for_a_number_is_refused_with_a_message(open_book, tmp_path):
    text = json.dumps(a_bundle(accounts=[account(cadence_days=0)]))
    text = text.replace('"cadence_days": 0', '"cadence_days": 1e400')
    with pytest.raises(BundleError, match="field 'cadence_days'"):
        merge_text(tmp_path, text)
    assert accounts.is_empty()


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00+00:00",
                                   "9999-12-31T23:59:59-05:00", "9999-12-31T00:00:00+00:00"])
def test_updated_at_at_year_1_or_9999_is_refused_with_a_message(open_book, stamp):
    with pytest.raises(BundleError, match="field 'updated_at'"):
        bundle.merge_bundle(a_bundle(accounts=[account(updated_at=stamp)]))
    assert accounts.is_empty()


def test_an_interaction_at_year_1_with_an_offset_is_refused_with_a_message(open_book):
    talk = {"uuid": "8a1c7a52-1111-4a4a-9b9b-0123456789ab", "account_uuid": UUID,
            "occurred_at": "0001-01-01T00:00:00+05:00", "created_at": STAMP, "updated_at": STAMP}
    with pytest.raises(BundleError, match="field 'occurred_at'"):
        bundle.merge_bundle(a_bundle(accounts=[account()], interactions=[talk]))
    assert accounts.is_empty()


def test_a_promise_due_in_year_9999_is_refused_with_a_message(open_book):
    promise = {"uuid": "9a1c7a52-1111-4a4a-9b9b-0123456789ab", "account_uuid": UUID, "title": "Samples",
               "promised_by": "Li Na", "promised_at": "2026-11-20", "due_date": "9999-12-31",
               "created_at": STAMP, "updated_at": STAMP}
    with pytest.raises(BundleError, match="field 'due_date'"):
        bundle.merge_bundle(a_bundle(accounts=[account()], commitments=[promise]))
    assert accounts.is_empty()


def test_deeply_nested_brackets_are_refused_with_a_message(open_book, tmp_path):
    with pytest.raises(BundleError, match="nested too deeply"):
        merge_text(tmp_path, "[" * 100_000)


def test_a_version_1_bundle_is_still_read(open_book):
    report = bundle.merge_bundle({**a_bundle(accounts=[account()]), "version": 1})
    assert report.added == 1
