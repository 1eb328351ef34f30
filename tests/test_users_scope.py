"""Whose records a list shows: mine, a colleague's or everyone's, as a condition in SQL."""

import datetime as dt

import pytest

from services import users
from services.accounts.listing import ListQuery, account_rows, count_matching
from services.cadence import plan
from services.cadence.today import today_view
from services.commitments.rows import open_promise_rows
from tests.counting import counted_queries

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def firm(make_account):
    """Anna (the current user) owns Müller, Li Na owns Tanaka; one unowned account."""
    anna = users.add_user({"name": "Anna Berg"})
    li = users.add_user({"name": "Li Na"})
    users.choose(anna.uuid)
    make_account(name="Müller GmbH", country="DE", owner_uuid=anna.uuid)
    make_account(name="Tanaka KK", country="JP", owner_uuid=li.uuid)
    make_account(name="Nobody's Ltd", country="GB")
    return anna, li


def _names(rows):
    return sorted(r.name for r in rows)


def test_the_account_list_shows_mine(firm):
    assert _names(account_rows(ListQuery(owner=users.MINE))) == ["Müller GmbH"]


def test_the_account_list_shows_a_colleagues(firm):
    _anna, li = firm
    assert _names(account_rows(ListQuery(owner=li.uuid))) == ["Tanaka KK"]


def test_the_account_list_shows_everyone(firm):
    assert count_matching(ListQuery(owner=users.EVERYONE)) == 3


def test_mine_is_the_default_with_more_than_one_user(firm):
    assert users.default_scope() == users.MINE


def test_everyone_is_the_default_with_one_user(open_book):
    users.add_user({"name": "Anna Berg"})
    assert users.default_scope() == users.EVERYONE


def test_a_page_of_my_accounts_is_one_count_and_one_page_query(firm, make_account):
    for n in range(30):
        make_account(name=f"Extra {n}", country="FR")
    with counted_queries() as statements:
        count_matching(ListQuery(owner=users.MINE))
        account_rows(ListQuery(owner=users.MINE), 0, 100)
    owned = [s for s in statements if "owner_id" in s]
    assert len(owned) == 2  # the count and the one page, each a WHERE on the owner: nothing walks the book


def test_the_agenda_lists_only_my_accounts(firm):
    mine = plan(TODAY, 60, include_overdue=True, today=TODAY, owner=users.scope_owner_id(users.MINE))
    assert {t.account for t in mine} == {"Müller GmbH"}


def test_the_agenda_for_everyone_lists_every_account(firm):
    everyone = plan(TODAY, 60, include_overdue=True, today=TODAY)
    assert {t.account for t in everyone} == {"Müller GmbH", "Tanaka KK", "Nobody's Ltd"}


FIRST_TOUCHES = dt.date(2026, 11, 30)  # the day each new account's first touch falls on


def test_today_of_a_colleague_lists_only_their_accounts(firm):
    _anna, li = firm
    assert {t.account for t in today_view(FIRST_TOUCHES, scope=li.uuid).touches} == {"Tanaka KK"}


def test_today_for_everyone_lists_every_account(firm):
    assert len({t.account for t in today_view(FIRST_TOUCHES).touches}) == 3


@pytest.mark.usefixtures("firm")
def test_the_promise_list_shows_the_promises_i_made(make_account):
    from services import commitments as cm

    account = make_account(name="Sato", country="JP")
    for by in ("Anna Berg", "Li Na"):
        cm.create_commitment(account.uuid, {"title": f"Samples from {by}", "promised_by": by,
                                            "promised_at": TODAY, "due_date": TODAY + dt.timedelta(days=30)})
    me = users.scope_owner_id(users.MINE)
    assert [r.title for r in open_promise_rows(TODAY, made_by=me)] == ["Samples from Anna Berg"]


def test_reminders_look_at_my_accounts_when_the_book_has_colleagues(firm):
    from ui.reminders import _today_view

    now = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)
    assert {t.account for t in _today_view(now).touches} == {"Müller GmbH"}
