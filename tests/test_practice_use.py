"""Contact practicalities put to work: the planner's window, the replies-owed clock and the brief's box."""

import datetime as dt

import pytest
from pypdf import PdfReader

from services import accounts, cadence
from services.briefs import builder
from services.cadence import replies
from services.cadence.slots import Slots
from services.countries.practice import practice, region_practice

UTC = dt.UTC
TODAY = dt.date(2026, 11, 23)  # a Monday


def at(*args):
    return dt.datetime(*args, tzinfo=UTC)


def log(account, when, direction="outbound", channel="email"):
    return accounts.log_interaction(account.uuid, {"occurred_at": when, "direction": direction, "channel": channel,
                                                   "purpose": "quote", "response": "warm"})


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


# ----------------------------------------------------------------------------------------- the planner

def test_planner_puts_chinese_touches_before_their_lunch_break(make_account):
    a = make_account(name="Sanhe Trading", country="CN")  # office 09:00-18:00, lunch 12:00-13:30
    log(a, at(2026, 9, 1, 2))
    touches = cadence.plan(TODAY, 200, account_uuid=a.uuid, include_overdue=True, today=TODAY)
    assert touches
    assert all(dt.time(10) <= t.due_local.time() < dt.time(12) for t in touches)


def test_friday_touch_in_malaysia_lands_before_friday_prayers(db_path):
    slots, friday = Slots(), dt.date(2026, 12, 4)
    times = [slots.at("MY", "Asia/Kuala_Lumpur", friday, f"seed {n}")[0].time() for n in range(40)]
    assert all(dt.time(10) <= t < dt.time(12, 15) for t in times)  # Friday break 12:15-14:45


# ----------------------------------------------------------------------------------------- the replies clock

def test_reply_clock_takes_the_markets_own_expectation(db_path):
    hours, who = replies.expected_hours("JP", "east_asia", replies.expectations())
    assert (hours, who) == (practice("JP").reply_expected_hours, replies.CountryName("JP"))


def test_country_without_an_entry_takes_its_regions_expectation(db_path):
    hours, _ = replies.expected_hours("KZ", "cis", replies.expectations())
    assert hours == region_practice("cis").reply_expected_hours


def test_users_country_setting_wins_over_the_market(db_path):
    replies.set_country_hours("JP", 3)
    assert replies.expected_hours("JP", "east_asia", replies.expectations())[0] == 3


def test_users_region_setting_wins_over_the_market(db_path):
    replies.set_region_hours("east_asia", 2)
    assert replies.expected_hours("JP", "east_asia", replies.expectations())[0] == 2


def test_saving_the_region_defaults_unchanged_keeps_each_markets_own(db_path):
    replies.set_expectations(dict(replies.DEFAULT_HOURS), {})  # what Settings saves when nothing was changed
    assert replies.expected_hours("JP", "east_asia", replies.expectations())[0] == practice("JP").reply_expected_hours


def test_reply_owed_to_a_chinese_customer_skips_their_lunch(make_account):
    a = make_account(name="Sanhe Trading", country="CN")  # expects 4 working hours
    log(a, at(2026, 11, 23, 3), direction="inbound")  # Monday 11:00 in Shanghai
    (owed,) = replies.replies_owed(at(2026, 11, 23, 4), a.uuid)
    assert owed.expected_by == at(2026, 11, 23, 8, 30)  # 11-12 and 13:30-16:30: Monday 16:30 in Shanghai


# ----------------------------------------------------------------------------------------- the command line

def test_country_json_carries_the_markets_practice(db_path, capsys):
    import json

    from cli import build_parser

    args = build_parser().parse_args(["country", "India", "--json"])
    assert args.func(args) == 0
    assert json.loads(capsys.readouterr().out)["contact_practice"]["blocked"] == ["wechat"]


# ----------------------------------------------------------------------------------------- the brief's box

@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("How to reach them", "Blocked or restricted", "WhatsApp, Telegram", "break 13:00–14:00", "Mon–Fri")),
    ("zh", ("如何联系对方", "被封禁或受限", "WhatsApp, Telegram", "休息 13:00–14:00", "周一至周五")),
])
def test_brief_prints_how_to_reach_them(make_account, tmp_path, lang, words):
    a = make_account(name="Romashka OOO", country="RU")
    path, _ = builder.write_brief(a.uuid, tmp_path / "b.pdf", lang=lang, today=TODAY)
    text = text_of(path)
    assert [w for w in words if w not in text] == []


def test_brief_box_says_when_it_is_the_regions_default(make_account, tmp_path):
    a = make_account(name="Astana Steel", country="KZ")
    path, _ = builder.write_brief(a.uuid, tmp_path / "b.pdf", today=TODAY)
    assert "How to reach them (regional default)" in text_of(path)


def test_brief_of_an_account_without_country_has_no_box(db_path, tmp_path):
    from models import Account

    now = dt.datetime.now(UTC)
    a = Account.create(name="Nowhere Trading", country="", created_at=now, updated_at=now)  # as an import leaves it
    path, _ = builder.write_brief(a.uuid, tmp_path / "b.pdf", today=TODAY)
    assert "How to reach them" not in text_of(path)
