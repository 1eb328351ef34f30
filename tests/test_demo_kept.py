"""The demo book is a book its owner kept: a few touches a little late, replies owed, a few promises at risk."""

import datetime as dt
from dataclasses import dataclass

import pytest

import models
from models import Account, Interaction
from services import cadence, commitments
from services.accounts.demo import create_demo_data
from services.cadence import Touch
from services.countries import get_country

TODAY = dt.date(2026, 3, 10)  # a Tuesday
SAMPLE_REGIONS = {"southeast_asia", "latin_america", "south_asia"}
QUOTING = {"inquiry", "quoted", "sampling", "negotiating", "won", "repeat"}


@dataclass
class Book:
    """What the planner and the promise register make of a demo book, read before the book is closed."""

    size: int
    today: dt.date
    agenda: dict[str, list[Touch]]
    plan: list[Touch]  # the next 120 days
    risk_levels: list[str]
    open_promises: int
    newest: dict[int, tuple[dt.datetime, str, str]]  # account id -> its newest interaction's time, direction, channel
    regions: set[str]
    quoting_regions: set[str]


def _region(code: str) -> str:
    return get_country(code).region.value


def _read(size: int, today: dt.date) -> Book:
    # The user's morning in China (01:00 UTC): none of the day's touches is past yet.
    agenda = cadence.agenda(today, dt.datetime.combine(today, dt.time(1), dt.UTC))
    newest: dict[int, tuple[dt.datetime, str, str]] = {}
    for account, when, direction, channel in Interaction.select(
            Interaction.account, Interaction.occurred_at, Interaction.direction, Interaction.channel).tuples():
        if account not in newest or when > newest[account][0]:
            newest[account] = (when, direction, channel)
    accounts = list(Account.select(Account.country, Account.stage).tuples())
    quoting = {_region(code) for code, stage in accounts if stage in QUOTING}
    return Book(size, today, agenda, cadence.plan(today, 120, include_overdue=True, today=today),
                [r.level for r in commitments.risks(today)], len(commitments.open_commitments()), newest,
                {_region(code) for code, _ in accounts}, quoting)


def _book(tmp_path_factory, size: int, today: dt.date) -> Book:
    models.open_database(tmp_path_factory.mktemp("demo") / "rapport.sqlite")
    try:
        create_demo_data(size, seed=4, today=today)
        return _read(size, today)
    finally:
        models.close_database()


@pytest.fixture(scope="module", params=[60, pytest.param(1000, marks=pytest.mark.slow)], ids=["60", "1000"])
def book(request, tmp_path_factory) -> Book:
    return _book(tmp_path_factory, request.param, TODAY)


@pytest.fixture(scope="module")
def small_book(tmp_path_factory) -> Book:
    """The size of the demo the app offers on first start."""
    return _book(tmp_path_factory, 60, TODAY)


@pytest.fixture(scope="module", params=[dt.date(2026, 12, 28), dt.date(2027, 2, 16)],
                ids=["year-end", "lunar-new-year"])
def other_day(request, tmp_path_factory) -> Book:
    """A small demo book made on another day, with holidays about."""
    return _book(tmp_path_factory, 60, request.param)


def test_fewer_than_one_account_in_twenty_has_an_overdue_touch(book):
    assert len(book.agenda["overdue"]) < 0.05 * book.size


def test_a_handful_of_touches_are_overdue(book):
    assert book.agenda["overdue"]


def test_no_overdue_touch_is_more_than_two_weeks_late(book):
    assert max(t.days_late(TODAY) for t in book.agenda["overdue"]) <= 14


def test_some_touches_are_due_today(book):
    assert book.agenda["today"]


def test_some_customers_wrote_in_the_last_three_days_and_wait_for_our_answer(book):
    waiting = [a for a, (when, direction, channel) in book.newest.items()
               if direction == "inbound" and channel in ("email", "message") and (TODAY - when.date()).days <= 3]
    assert waiting


def test_replies_owed_are_a_few_accounts_not_many(book):
    waiting = [a for a, (_when, direction, channel) in book.newest.items()
               if direction == "inbound" and channel in ("email", "message", "phone")]
    assert len(waiting) <= 0.05 * book.size


def test_some_open_promises_are_at_risk_but_not_most(book):
    assert 0 < len(book.risk_levels) < book.open_promises / 2


def test_three_to_five_promises_of_a_small_book_are_at_risk(small_book):
    assert 3 <= len(small_book.risk_levels) <= 5


def test_one_or_two_promises_of_a_small_book_are_at_high_risk(small_book):
    assert 1 <= small_book.risk_levels.count("high") <= 2


def test_every_region_has_contact_touches_planned(book):
    assert {_region(t.country) for t in book.plan if "contact" in t.stream.split("+")} == book.regions


def test_every_sample_region_has_sample_touches_planned(book):
    assert {_region(t.country) for t in book.plan if "sample" in t.all_purposes} >= SAMPLE_REGIONS


def test_every_region_with_quoting_accounts_has_quote_touches_planned(book):
    assert {_region(t.country) for t in book.plan if "quote" in t.all_purposes} >= book.quoting_regions


def test_a_demo_book_made_on_another_day_has_few_overdue_touches(other_day):
    assert 0 < len(other_day.agenda["overdue"]) < 3


def test_a_demo_book_made_on_another_day_has_none_more_than_two_weeks_late(other_day):
    assert max(t.days_late(other_day.today) for t in other_day.agenda["overdue"]) <= 14


def test_a_demo_book_is_the_same_for_the_same_seed_and_day(tmp_path_factory):
    seen = []
    for _ in range(2):
        models.open_database(tmp_path_factory.mktemp("same") / "rapport.sqlite")
        create_demo_data(12, seed=4, today=TODAY)
        seen.append(list(Interaction.select(Interaction.occurred_at, Interaction.purpose, Interaction.direction,
                                            Interaction.summary).order_by(Interaction.id).tuples()))
        models.close_database()
    assert seen[0] == seen[1]
