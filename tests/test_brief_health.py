"""The brief's relationship health: score, band in words and reasons in both languages, the level map, and the
26-week activity strip drawn as vector shapes."""

import datetime as dt

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Rect

import services.health
from services.briefs import BriefWeek, builder
from services.briefs.health_section import strip
from services.health import Health, LevelTouch, Reason
from services.words import Message

TODAY = dt.date(2026, 11, 23)
WEEKS = tuple((n, r) for n, r in [(0, ""), (2, "warm"), (1, "cold"), (3, "neutral"), (1, "none")] * 5 + [(4, "warm")])


def made_health(account_uuid: str, today=None) -> Health:
    return Health(account_uuid=account_uuid, score=41, band="at_risk",
                  reasons=(Reason("promises_broken", Message("risk.overdue")),
                           Reason("decision_maker_not_reached", Message("risk.approval_rejected"))),
                  levels=(LevelTouch("decision_maker", 1, dt.date(2026, 6, 2)), LevelTouch("buyer", 2, None)),
                  weekly=WEEKS)


@pytest.fixture
def account(make_account, make_contact, monkeypatch):
    monkeypatch.setattr(services.health, "health_of", made_health)
    a = make_account(name="Hanse Textil GmbH", country="DE", city="Hamburg")
    make_contact(a, name="Jürgen Müller", role="decision_maker")
    return a


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_english_brief_holds_score_band_and_reasons(account, tmp_path):
    path, _name = builder.write_brief(account.uuid, tmp_path / "b.pdf", lang="en", today=TODAY)
    text = text_of(path)
    assert all(words in text for words in ("Relationship health", "41 / 100", "At risk", "Overdue",
                                           "Approval refused"))


def test_chinese_brief_holds_score_band_and_reasons(account, tmp_path):
    path, _name = builder.write_brief(account.uuid, tmp_path / "b.pdf", lang="zh", today=TODAY)
    text = text_of(path)
    assert all(words in text for words in ("客户关系健康度", "41 / 100", "有风险", "已逾期", "审批被驳回"))


def test_level_map_lists_each_role_with_its_last_touch(account):
    data = builder.collect(account.uuid, "en", TODAY)
    assert [(lv.role_label, lv.people, lv.last_touch_text) for lv in data.health.levels] == [
        ("Decision maker", 1, "2 Jun"), ("Buyer", 2, "")]


def test_a_role_never_in_touch_says_never(account, tmp_path):
    path, _name = builder.write_brief(account.uuid, tmp_path / "b.pdf", lang="en", today=TODAY)
    assert "never" in text_of(path)


def test_activity_strip_counts_every_touch_of_the_26_weeks(account, tmp_path):
    path, _name = builder.write_brief(account.uuid, tmp_path / "b.pdf", lang="en", today=TODAY)
    assert f"{sum(n for n, _r in WEEKS)} touches in 26 weeks" in text_of(path)


def test_activity_strip_is_drawn_as_vector_shapes_not_an_image(account, tmp_path):
    path, _name = builder.write_brief(account.uuid, tmp_path / "b.pdf", lang="en", today=TODAY)
    first = PdfReader(path).pages[0]
    assert len(first.images) == 0


def test_strip_draws_one_bar_per_week_with_touches():
    weeks = [BriefWeek(n, r) for n, r in WEEKS]
    bars = [s for s in strip(weeks, 260).contents if isinstance(s, Rect)]
    # a neutral week is an outline with its lower half filled: two shapes
    assert len(bars) == sum(1 for w in weeks if w.touches) + sum(1 for w in weeks if w.response == "neutral")
