"""Demo data: every phone number is a valid number of its account's country."""

import phonenumbers

from models import Account, Contact
from services.accounts import search_accounts
from services.accounts.demo import create_demo_data


def test_every_demo_phone_is_valid_for_its_accounts_country(open_book):
    create_demo_data(120, seed=7)
    wrong = []
    rows = Contact.select(Contact.phone, Contact.phone_e164, Account.country).join(Account).tuples()
    for phone, e164, country in rows:
        number = phonenumbers.parse(phone, country)
        if not (phonenumbers.is_valid_number_for_region(number, country)
                and phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == e164):
            wrong.append((country, phone, e164))
    assert wrong == []


def test_a_demo_contact_is_found_by_its_number(open_book):
    create_demo_data(40, seed=3)
    contact = Contact.select().first()
    assert contact.account in search_accounts(contact.phone_e164)
