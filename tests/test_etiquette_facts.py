"""The fast-changing facts the notes were corrected on (issue 21), in English and in Chinese."""

import pytest

from services import countries as cs


def _text(code: str, section: str, lang: str) -> str:
    return cs.etiquette(code, lang).sections[section]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_uae_friday_prayers_are_at_1245(lang):
    assert "12:45" in _text("AE", "working_week", lang)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_uae_working_week_gives_private_sector_office_hours(lang):
    assert "9:00–18:00" in _text("AE", "working_week", lang)


@pytest.mark.parametrize("section", ["communication", "follow_up"])
def test_russia_leads_with_email_phone_and_wechat_and_warns_about_the_restricted_apps(section):
    english = _text("RU", section, "en")
    assert "WeChat" in english
    assert "restricted" in english
    assert "since August 2025" in english


@pytest.mark.parametrize("section", ["communication", "follow_up"])
def test_russian_chinese_text_says_the_apps_are_restricted(section):
    chinese = _text("RU", section, "zh")
    assert "2025 年 8 月" in chinese
    assert "限制" in chinese


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_india_says_wechat_is_banned_since_2020(lang):
    text = _text("IN", "communication", lang)
    assert "2020" in text
    assert ("banned" if lang == "en" else "被禁") in text


def test_india_punctuality_says_when_meetings_start_late_not_a_blanket_delay():
    text = _text("IN", "punctuality", "en")
    assert "15–30 minutes late" not in text
    assert "government" in text


@pytest.mark.parametrize(("code", "native", "hint"), [
    ("KR", "안녕하세요", "annyeong-haseyo"), ("RU", "Здравствуйте", "zdravstvuyte"),
    ("JP", "はじめまして", "hajimemashite")])
def test_greetings_give_a_romanisation_and_a_chinese_sound_hint(code, native, hint):
    chinese = _text(code, "greeting", "zh")
    assert native in chinese
    assert hint in chinese
    assert "读音近似" in chinese


def test_nigerian_pounded_yam_is_yam_not_cassava_in_chinese():
    chinese = _text("NG", "dining", "zh")
    assert "木薯" not in chinese
    assert "山药" in chinese


def test_brazilian_dining_in_chinese_says_cutlery_for_pizza():
    assert "披萨也不例外" in _text("BR", "dining", "zh")


def test_saudi_sheikh_in_chinese_follows_how_others_address_the_person():
    chinese = _text("SA", "names_titles", "zh")
    assert "别人怎么称呼你" not in chinese
    assert "看其他人怎么称呼他" in chinese
