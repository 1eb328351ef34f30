"""Phone numbers: read as typed with the account's country, stored in E.164, found by search in any format."""

import shutil
import sqlite3

import pytest

import models
from models import Contact
from services import accounts
from services.accounts import phones


def test_national_number_is_read_with_the_accounts_country():
    info = phones.parse_phone("0711 1234567", "DE")
    assert (info.e164, info.international, info.country) == ("+497111234567", "+49 711 1234567", "DE")


@pytest.mark.parametrize("typed", ["+49 (0) 711 1234567", "0049 711 1234567", "+49-711-123 45 67",
                                   "(0711) 123 45 67"])
def test_a_number_typed_any_way_has_one_e164_form(typed):
    assert phones.e164(typed, "DE") == "+497111234567"


def test_a_number_with_its_country_code_ignores_the_region():
    assert phones.parse_phone("+86 138 0013 8000", "DE").country == "CN"


def test_an_impossible_number_is_flagged_and_not_stored_as_e164():
    info = phones.parse_phone("+33 12", "FR")
    assert (info.possible, info.valid, info.e164) == (False, False, "")


def test_a_possible_but_unassigned_number_is_kept_but_not_valid():
    info = phones.parse_phone("+86 100 1234 5678", None)
    assert info.possible
    assert not info.valid
    assert info.e164 == "+8610012345678"


def test_text_that_is_no_number_reads_as_nothing():
    assert phones.parse_phone("ask reception", "DE") == phones.PhoneInfo("ask reception", "", "", "", False, False)


def test_a_shared_calling_code_names_no_country_for_an_unassigned_number():
    # +1 is the US, Canada and the Caribbean: only a valid number says which.
    assert phones.parse_phone("+1 555 010 0123").country == ""
    assert phones.parse_phone("+1 416 555 0199").country == "CA"


@pytest.mark.parametrize(("typed", "digits"), [
    ("+49 711 1234567", "497111234567"), ("0049 711 1234567", "497111234567"), ("0711/123 45 67", "7111234567"),
    ("(312) 555-0100", "3125550100"), ("+49 (0) 711 12", "4971112"), ("müller", None), ("711", None)])
def test_a_search_text_that_is_a_phone_number_becomes_its_digits(typed, digits):
    assert phones.query_digits(typed) == digits


def test_a_contact_stores_its_number_as_typed_and_in_e164(make_account, make_contact):
    contact = make_contact(make_account(country="DE"), phone="0711 1234567")
    stored = Contact.get_by_id(contact.id)
    assert (stored.phone, stored.phone_e164) == ("0711 1234567", "+497111234567")


def test_editing_the_phone_stores_the_new_e164(make_account, make_contact):
    contact = make_contact(make_account(country="FR"))
    accounts.update_contact(contact.uuid, {"phone": "01 42 68 53 00"})
    assert Contact.get_by_id(contact.id).phone_e164 == "+33142685300"


def test_a_new_country_rereads_the_accounts_numbers(make_account, make_contact):
    account = make_account(country="DE")
    contact = make_contact(account, phone="020 7946 0958")  # a London number, typed the British way
    accounts.update_account(account.uuid, {"country": "GB"})
    assert Contact.get_by_id(contact.id).phone_e164 == "+442079460958"


@pytest.mark.parametrize("typed", ["+49 711 1234567", "0049 711 123 45 67", "0711-1234567", "(0711) 1234567",
                                   "711 1234567"])
def test_search_finds_a_contact_by_its_number_in_any_format(make_account, make_contact, typed):
    account = make_account(country="DE")
    make_contact(account, phone="+49 711 1234567")
    make_contact(make_account(name="Other GmbH"), phone="+49 30 9876543")
    assert [a.uuid for a in accounts.search_accounts(typed)] == [account.uuid]


def test_the_list_filter_finds_an_account_by_its_number(make_account, make_contact):
    account = make_account(country="DE")
    make_contact(account, phone="0711 1234567")
    (row,) = accounts.account_rows(accounts.ListQuery(text="+49 711 123 45 67"))
    assert row.uuid == account.uuid


def test_forgetting_a_person_forgets_their_number(make_account, make_contact):
    from services.book.privacy import forget_contact

    contact = make_contact(make_account(), phone="0711 1234567")
    forget_contact(contact.uuid)
    assert Contact.get_by_id(contact.id).phone_e164 == ""
    assert accounts.search_accounts("0711 1234567") == []


def test_upgrading_an_old_book_fills_e164_and_makes_numbers_searchable(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy("tests/data/rapport-v1.sqlite", path)
    con = sqlite3.connect(path)
    con.execute("UPDATE contact SET phone = '0711 1234567'")
    con.commit()
    con.close()
    models.open_database(path)
    try:
        assert Contact.get().phone_e164 == "+497111234567"
        assert [a.name for a in accounts.search_accounts("+49 711 1234567")] == ["Müller Maschinenbau GmbH"]
    finally:
        models.close_database()


def test_a_contact_arriving_in_a_bundle_is_stored_in_e164_and_found_by_number(tmp_path, make_account, make_contact):
    from services.exchange import bundle

    account = make_account(country="DE")
    make_contact(account, phone="0711 1234567")
    data = bundle.build_bundle()
    models.close_database()
    models.open_database(tmp_path / "other.sqlite")
    try:
        bundle.merge_bundle(data)
        assert Contact.get().phone_e164 == "+497111234567"
        assert [a.uuid for a in accounts.search_accounts("+49 711 123 45 67")] == [account.uuid]
    finally:
        models.close_database()
