"""Seasonal closures per market: the Ramadan window from the holidays package's Eid, and the other great holidays."""

import datetime as dt
import json

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resources
from services.countries import closures


def test_ramadan_2027_in_sa_runs_from_8_february_to_the_day_before_eid():
    # Ramadan 1448 begins about 8 Feb 2027; the holidays package gives Eid al-Fitr's first day in SA.
    eid = min(day for day, name in holidays.SA(years=2027).items() if "Eid al-Fitr" in name)
    assert closures.ramadan("SA", 2027) == ((dt.date(2027, 2, 8), eid - dt.timedelta(days=1)),)


def test_ramadan_2027_in_sa_lasts_29_or_30_days():
    ((start, end),) = closures.ramadan("SA", 2027)
    assert 29 <= (end - start).days + 1 <= 30


def test_sa_ramadan_is_lightened_with_short_hours_and_a_quiet_last_ten_days():
    ramadan = next(c for c in closures.closures_for("SA", 2027) if c.id == "ramadan")
    assert (ramadan.kind, ramadan.window) == ("lightened", (dt.time(10), dt.time(14)))
    assert (ramadan.end - ramadan.quiet_from).days + 1 == 10


def test_eid_closes_an_indonesian_office_for_more_than_a_week():
    eid = next(c for c in closures.closures_for("ID", 2027) if c.id == "eid_al_fitr")
    assert (eid.end - eid.start).days + 1 > 7


def test_the_spring_festival_closes_a_chinese_office_for_about_two_weeks_around_lunar_new_year():
    spring = next(c for c in closures.closures_for("CN", 2027) if c.id == "spring_festival")
    assert spring.start < dt.date(2027, 2, 6) < spring.end
    assert 12 <= (spring.end - spring.start).days + 1 <= 16


@pytest.mark.parametrize(("code", "closure", "first", "last"), [
    ("CN", "golden_week", dt.date(2027, 10, 1), dt.date(2027, 10, 7)),
    ("JP", "golden_week", dt.date(2027, 4, 29), dt.date(2027, 5, 5)),
    ("TH", "songkran", dt.date(2027, 4, 12), dt.date(2027, 4, 16)),
    ("KR", "seollal", dt.date(2027, 2, 6), dt.date(2027, 2, 8)),  # Seollal 7 Feb in Korea, a day after China
])
def test_each_great_holiday_closes_its_market_on_its_days(code, closure, first, last):
    found = next(c for c in closures.closures_for(code, 2027) if c.id == closure)
    assert (found.start, found.end) == (first, last)


def test_a_closed_day_wins_over_a_lightened_one():
    # Diwali 2027 (28 Oct) sits inside the lightened Diwali week.
    assert closures.closure_on("IN", dt.date(2027, 10, 28)).id == "diwali"


def test_a_gb_account_has_no_ramadan_unless_marked_muslim_owned():
    assert [c.id for c in closures.closures_for("GB", 2027)] == []
    assert [c.id for c in closures.closures_for("GB", 2027, muslim_owned=True)] == ["ramadan", "eid_al_fitr"]


def test_next_closures_lists_the_coming_ones_of_a_market_in_order():
    coming = closures.next_closures("CN", dt.date(2027, 1, 1))
    assert [c.id for c in coming] == ["spring_festival", "golden_week"]


def test_every_closure_rule_has_english_and_distinct_chinese_words():
    rules = json.loads(resources.path("closures.json").read_text(encoding="utf-8"))["closures"]
    for rule in rules:
        for words in (rule["name"], rule["reason"]):
            assert words["zh"] not in ("", words["en"])


@settings(max_examples=40, deadline=None)
@given(code=st.sampled_from(sorted(closures.muslim_markets())), year=st.integers(2020, 2040))
def test_ramadan_ends_the_day_before_eid_in_every_muslim_market_and_year(code, year):
    for (start, end), eid in zip(closures.ramadan(code, year), closures.eid_al_fitr(code, year), strict=True):
        assert end + dt.timedelta(days=1) == eid
        assert 29 <= (end - start).days + 1 <= 30
