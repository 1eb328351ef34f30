"""Likely duplicates among the accounts: one company under three spellings, one e-mail, one number, one domain."""

import pytest

from services import accounts
from services.accounts.duplicates import DuplicateIndex, Incoming, build_index, email_domain, name_core


@pytest.fixture
def index():
    idx = DuplicateIndex()
    idx.add("m", "Müller GmbH", "DE", emails=["j.mueller@mueller-gmbh.de"], phones_e164=["+497111234567"])
    idx.add("s", "Siam Pack Co., Ltd.", "TH", emails=["somchai@gmail.com"])
    idx.add("n", "宁波海曙进出口有限公司", "CN")
    return idx


def first(index, incoming):
    found = index.matches(incoming)
    return (found[0].account_uuid, found[0].reasons[0]) if found else None


@pytest.mark.parametrize("name", ["Müller GmbH", "Mueller GmbH", "MÜLLER GMBH, Stuttgart", "Müller"])
def test_one_company_under_its_spellings(index, name):
    assert first(index, Incoming(name, "DE")) == ("m", "same_name")


def test_a_typo_is_a_similar_name(index):
    assert first(index, Incoming("Mueler GmbH", "DE")) == ("m", "similar_name")


def test_a_chinese_name_without_its_legal_form(index):
    assert first(index, Incoming("宁波海曙进出口公司")) == ("n", "same_name")


def test_the_same_name_in_another_country_is_not_offered(index):
    assert index.matches(Incoming("Müller GmbH", "AT")) == []


def test_another_company_with_a_shared_word_is_not_offered(index):
    assert index.matches(Incoming("Müller Bau Trading GmbH", "DE")) == []


def test_same_email_whatever_the_name(index):
    (match,) = index.matches(Incoming("Jürgen", emails=("J.Mueller@mueller-gmbh.de",)))
    assert (match.account_uuid, match.score, match.reasons) == ("m", 100, ("same_email", "same_domain"))


def test_same_phone_in_e164(index):
    assert first(index, Incoming("Somebody", phones_e164=("+497111234567",))) == ("m", "same_phone")


def test_same_company_domain(index):
    (match,) = index.matches(Incoming("Hans Weber", emails=("h.weber@mueller-gmbh.de",)))
    assert (match.reasons, match.detail) == (("same_domain",), "mueller-gmbh.de")


@pytest.mark.parametrize("address", ["x@gmail.com", "x@qq.com", "x@163.com", "x@yahoo.co.jp", "x@yahoo.de",
                                     "x@mail.ru"])
def test_free_mail_domains_say_nothing(address):
    assert email_domain(address) == ""


def test_rows_of_the_same_file_find_each_other():
    idx = DuplicateIndex()
    idx.add("row:2", "Bennett & Hale Trading Ltd", "GB", emails=["olivia@bennetthale.co.uk"])
    assert first(idx, Incoming("BENNETT & HALE TRADING LIMITED", "GB")) == ("row:2", "same_name")


def test_name_core_drops_case_accents_legal_forms_and_a_trailing_city():
    assert name_core("MÜLLER GMBH, Stuttgart") == name_core("Mueller GmbH") == "muller"


def test_the_book_index_finds_a_contacts_number_and_email(make_account, make_contact):
    account = make_account(name="Weiß Präzisionsteile GmbH")
    make_contact(account, email="j.weiss@weiss.de", phone="0711 2345678")
    index = build_index()
    by_phone = index.matches(Incoming("Other", phones_e164=("+497112345678",)))
    by_email = index.matches(Incoming("Other", emails=("j.weiss@weiss.de",)))
    assert [m.account_uuid for m in by_phone] == [m.account_uuid for m in by_email] == [account.uuid]
    assert accounts.get_account(account.uuid).name == by_phone[0].account_name
