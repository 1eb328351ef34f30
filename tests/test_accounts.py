"""Accounts, contacts and interactions through the service: validation, search in every script."""

import datetime as dt

import pytest

from models import Tombstone
from services import accounts
from services.errors import ValidationError


def test_create_account_resolves_country_typed_any_way(make_account):
    a = make_account(name="Acme", country="Deutschland")
    assert a.country == "DE"
    assert make_account(name="Sakura", country="日本").country == "JP"


def test_invalid_account_names_every_bad_field(open_book):
    with pytest.raises(ValidationError) as err:
        accounts.create_account({"name": "", "country": "Atlantis", "stage": "bored", "timezone": "Mars/Base"})
    assert set(err.value.errors) == {"name", "country", "stage", "timezone"}
    assert accounts.is_empty()


def test_huge_name_is_refused_not_truncated(open_book):
    with pytest.raises(ValidationError, match="too long"):
        accounts.create_account({"name": "x" * 5000, "country": "DE"})


@pytest.mark.parametrize(("typed", "expected"), [
    ("ромашка", "ООО «Ромашка»"), ("РОМАШКА", "ООО «Ромашка»"), ("šime", "Ćosić d.o.o."),
    ("SIME", "Ćosić d.o.o."), ("MÜLLER", "Müller GmbH"), ("muller", "Müller GmbH"), ("株式会社", "株式会社さくら"),
    ("stuttgart", "Müller GmbH"), ("김민준", "한빛산업"), ("ÇELIK", "Çelik A.Ş."),
])
def test_search_folds_case_and_accents_in_every_script(make_account, make_contact, typed, expected):
    make_account(name="ООО «Ромашка»", country="RU", city="Москва")
    hr = make_account(name="Ćosić d.o.o.", country="HR")
    make_contact(hr, name="Šime Ćosić")
    make_account(name="Müller GmbH", country="DE", city="Stuttgart")
    make_account(name="株式会社さくら", country="JP")
    kr = make_account(name="한빛산업", country="KR")
    make_contact(kr, name="김민준")
    make_account(name="Çelik A.Ş.", country="TR")
    assert [a.name for a in accounts.search_accounts(typed)] == [expected]


def test_contact_names_are_searchable_after_rename(make_account, make_contact):
    a = make_account()
    c = make_contact(a, name="Anna")
    accounts.update_contact(c.uuid, {"name": "Zoë Weiß"})
    assert [x.uuid for x in accounts.search_accounts("zoe weiss")] == [a.uuid]  # casefold turns ß into ss
    assert [x.uuid for x in accounts.search_accounts("ZOË")] == [a.uuid]
    assert accounts.search_accounts("anna") == []


def test_interaction_stored_in_utc_from_local_time(make_account):
    a = make_account()
    local = dt.datetime(2026, 3, 29, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    item = accounts.log_interaction(a.uuid, {"occurred_at": local, "purpose": "quote", "response": "warm"})
    again = accounts.get_interaction(item.uuid)
    assert again.occurred_at == dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC)
    assert again.response == "warm"


def test_interaction_contact_must_belong_to_the_account(make_account, make_contact):
    a, b = make_account(name="A"), make_account(name="B")
    stranger = make_contact(b)
    with pytest.raises(ValidationError) as err:
        accounts.log_interaction(a.uuid, {"occurred_at": dt.datetime.now(dt.UTC), "contact_uuid": stranger.uuid})
    assert "contact_uuid" in err.value.errors


def test_bad_email_and_date_are_reported(make_account):
    a = make_account()
    with pytest.raises(ValidationError) as err:
        accounts.create_contact(a.uuid, {"name": "X", "email": "not-an-email", "birthday": "31/02/1990"})
    assert set(err.value.errors) == {"email", "birthday"}


def test_delete_account_leaves_tombstones_for_everything(make_account, make_contact):
    a = make_account()
    c = make_contact(a)
    accounts.log_interaction(a.uuid, {"occurred_at": dt.datetime.now(dt.UTC), "contact_uuid": c.uuid})
    accounts.delete_account(a.uuid)
    assert sorted(t.kind for t in Tombstone.select()) == ["account", "contact", "interaction"]
    assert accounts.is_empty()


def test_account_rows_count_contacts_and_last_contact(make_account, make_contact):
    a = make_account()
    make_contact(a, name="One")
    make_contact(a, name="Two")
    when = dt.datetime(2026, 5, 4, 8, 0, tzinfo=dt.UTC)
    accounts.log_interaction(a.uuid, {"occurred_at": when})
    (row,) = accounts.account_rows()
    assert row.contacts == 2
    assert row.last_contact == when


def test_first_page_of_account_rows_is_the_head_of_the_whole_list(make_account, make_contact):
    for name in ("Zeta", "Ärzte Bedarf", "alpha", "ООО «Вектор»", "Beta", "株式会社あさひ", "Gamma"):
        make_contact(make_account(name=name), name=f"Buyer of {name}")
    everything = accounts.account_rows()
    assert [r.name for r in everything[:4]] == ["alpha", "Ärzte Bedarf", "Beta", "Gamma"]  # folded-name order
    assert accounts.account_rows(limit=4) == everything[:4]
    assert accounts.count_accounts() == 7
    assert all(r.contacts == 1 for r in accounts.account_rows(limit=4))
