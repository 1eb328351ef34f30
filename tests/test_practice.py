"""Contact practicalities as data: every market's entry valid, a region's default for the rest, windows from them."""

import datetime as dt

import pytest

import resources
from models.enums import Region
from services import countries
from services.countries import practice as p
from services.countries.windows import market_window

ETIQUETTE_MARKETS = sorted(f.stem for f in resources.path("etiquette").glob("*.json"))
GOOD = {"channels": ["email"], "reply_expected_hours": 8, "usual_answer_hours": 8,
        "office_hours": ["09:00", "18:00"], "break": None, "working_week": [0, 1, 2, 3, 4]}


def test_every_market_with_etiquette_notes_has_its_own_entry():
    assert set(ETIQUETTE_MARKETS) <= set(p.market_codes())


@pytest.mark.parametrize("code", ETIQUETTE_MARKETS)
def test_market_channels_are_known_and_never_both_preferred_and_blocked(code):
    market = p.practice(code)
    assert set(market.channels) <= set(p.CHANNELS) - set(market.blocked)


@pytest.mark.parametrize("code", ETIQUETTE_MARKETS)
def test_market_reply_times_are_positive(code):
    market = p.practice(code)
    assert min(market.reply_expected_hours, market.usual_answer_hours) > 0


@pytest.mark.parametrize("code", ETIQUETTE_MARKETS)
def test_market_entry_cites_a_page(code):
    assert [s["url"] for s in p.practice(code).sources if s["url"].startswith("https://")]


@pytest.mark.parametrize("code", ETIQUETTE_MARKETS)
def test_market_working_week_is_the_holiday_calendars(code):
    assert set(p.practice(code).working_week) == set(range(7)) - set(countries.weekend_days(code))


@pytest.mark.parametrize("region", [r.value for r in Region])
def test_every_region_has_a_default(region):
    assert p.region_practice(region).reply_expected_hours > 0


def test_country_without_an_entry_takes_its_regions_default_and_keeps_its_own_weekend():
    jordan = p.practice("JO")  # Middle East, no notes of its own, weekend Friday-Saturday
    assert (jordan.level, jordan.channels) == ("region", p.region_practice("middle_east").channels)
    assert set(jordan.working_week) == set(range(7)) - set(countries.weekend_days("JO"))


def test_unknown_country_has_the_default_entry():
    assert p.practice(countries.UNKNOWN_COUNTRY).level == "default"


@pytest.mark.parametrize(("code", "blocked"), [("RU", {"whatsapp", "telegram"}), ("IN", {"wechat"}),
                                               ("CN", {"whatsapp", "line", "telegram"})])
def test_restricted_channels_are_blocked(code, blocked):
    assert blocked <= set(p.practice(code).blocked)


@pytest.mark.parametrize(("field", "value", "match"), [
    ("channels", ["email", "fax"], "unknown channels"),
    ("office_hours", ["9am", "18:00"], "not a time"),
    ("office_hours", ["18:00", "09:00"], "not before"),
    ("reply_expected_hours", 0, "positive"),
    ("working_week", [0, 7], "weekday numbers"),
])
def test_broken_entry_is_refused_naming_the_field(field, value, match):
    with pytest.raises(ValueError, match=match):
        p.check_entry("XX", "country", {**GOOD, field: value})


def test_break_outside_office_hours_leaves_the_day_whole():
    market = p.check_entry("XX", "country", {**GOOD, "break": ["19:00", "20:00"]})
    assert market.periods(0) == ((dt.time(9), dt.time(18)),)


# ----------------------------------------------------------------------------------------- contact windows

def test_window_stops_at_the_lunch_break():
    assert market_window(p.practice("CN")) == (dt.time(10), dt.time(12))  # lunch 12:00-13:30


def test_window_without_a_break_is_ten_to_three():
    assert market_window(p.practice("DE")) == (dt.time(10), dt.time(15))


def test_window_takes_the_longer_part_when_the_break_splits_it():
    assert market_window(p.practice("SA")) == (dt.time(12, 30), dt.time(15))  # prayer 12:00-12:30


def test_friday_prayer_narrows_fridays_window_only():
    malaysia = p.practice("MY")  # lunch 13:00-14:00, Friday 12:15-14:45
    assert market_window(malaysia, 3) == (dt.time(10), dt.time(13))
    assert market_window(malaysia, 4) == (dt.time(10), dt.time(12, 15))


def test_office_hours_that_miss_ten_to_three_give_their_own():
    early = p.check_entry("XX", "country", {**GOOD, "office_hours": ["06:00", "09:30"]})
    assert market_window(early) == (dt.time(6), dt.time(9, 30))


def test_country_setting_wins_over_the_market(db_path):
    countries.set_working_window("country", "CN", dt.time(9), dt.time(11))
    assert countries.working_window("CN") == (dt.time(9), dt.time(11))


def test_region_setting_wins_over_the_market(db_path):
    countries.set_working_window("region", "east_asia", dt.time(14), dt.time(16))
    assert countries.working_window("JP") == (dt.time(14), dt.time(16))


def test_clearing_the_country_setting_brings_back_the_markets_window(db_path):
    countries.set_working_window("country", "CN", dt.time(9), dt.time(11))
    countries.set_working_window("country", "CN", None)
    assert countries.working_window("CN") == (dt.time(10), dt.time(12))
