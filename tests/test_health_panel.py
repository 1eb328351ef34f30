"""The account pane's health: the panel (score, band word, reasons, parts), the level map and the activity strip."""

import datetime as dt

import pytest

from services.health import Health, LevelTouch, Part, Reason
from services.health.activity import weekly_activity
from services.words import Message
from tests.counting import counted_queries

TODAY = dt.date(2026, 11, 25)  # a Wednesday


def _health(account_uuid="a", **fields) -> Health:
    values = {"score": 41, "band": "at_risk",
              "reasons": (Reason("decision_maker_not_reached", Message("check.required")),),
              "parts": (Part("coverage", 30, Message("check.required")),
                        Part("replies", 0, Message("check.required"), known=False)),
              "levels": (LevelTouch("decision_maker", 1, TODAY - dt.timedelta(days=150)),
                         LevelTouch("buyer", 2, TODAY - dt.timedelta(days=3)))}
    return Health(account_uuid, **{**values, **fields})


@pytest.fixture
def panel(qtbot):
    from ui.widgets.health_panel import HealthPanel

    widget = HealthPanel()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def level_map(qtbot):
    from ui.widgets.level_map import LevelMap

    widget = LevelMap()
    qtbot.addWidget(widget)
    return widget


def test_panel_shows_the_score_with_its_band_in_words(panel):
    panel.set_health(_health())
    assert panel.score.text() == "Health 41 — at risk"


def test_panel_shows_each_reason_in_plain_words(panel):
    panel.set_health(_health())
    assert panel.reasons.text() == f"• {Message('check.required')}"


def test_panel_says_nothing_pulls_a_good_score_down(panel):
    panel.set_health(_health(score=85, band="good", reasons=()))
    assert panel.reasons.text() == "Nothing pulls it down."


def test_panel_shows_a_known_part_as_a_bar_with_its_score(panel):
    panel.set_health(_health())
    assert (panel.part_bars["coverage"].isHidden(), panel.part_bars["coverage"].value()) == (False, 30)


def test_panel_says_an_unknown_part_is_not_measured_yet(panel):
    panel.set_health(_health())
    assert (panel.part_bars["replies"].isHidden(), panel.part_unknown["replies"].isHidden()) == (True, False)


def test_panel_treats_a_part_missing_from_the_health_as_not_measured(panel):
    panel.set_health(_health())
    assert panel.part_unknown["trust"].text() == "not measured yet"
    assert not panel.part_unknown["trust"].isHidden()


def test_level_map_has_a_row_per_role_but_other(level_map):
    assert list(level_map.rows) == ["decision_maker", "buyer", "influencer", "technical", "finance", "agent",
                                    "official"]


def test_level_map_row_shows_people_and_last_touch(level_map):
    level_map.set_levels(_health().levels, TODAY)
    _name, people, last = level_map.rows["buyer"]
    assert (people.text(), last.text()) == ("2", "3 days ago")


def test_level_map_marks_a_decision_maker_silent_past_120_days_in_words_and_red(level_map):
    level_map.set_levels(_health().levels, TODAY)
    last = level_map.rows["decision_maker"][2]
    assert last.text() == "5 months ago — not reached"
    assert "#c62828" in last.styleSheet()


def test_level_map_leaves_a_recently_touched_decision_maker_plain(level_map):
    level_map.set_levels((LevelTouch("decision_maker", 1, TODAY - dt.timedelta(days=100)),), TODAY)
    last = level_map.rows["decision_maker"][2]
    assert (last.text(), last.styleSheet()) == ("3 months ago", "")


def test_level_map_marks_an_unknown_decision_maker_in_red(level_map):
    level_map.set_levels((), TODAY)
    last = level_map.rows["decision_maker"][2]
    assert (last.text(), "#c62828" in last.styleSheet()) == ("nobody known", True)


def test_level_map_says_nobody_known_for_an_empty_role(level_map):
    level_map.set_levels(_health().levels, TODAY)
    assert (level_map.rows["finance"][1].text(), level_map.rows["finance"][2].text()) == ("—", "nobody known")


def _log(account, when, channel="email", response="none"):
    from services import accounts

    accounts.log_interaction(account.uuid, {"occurred_at": when, "channel": channel, "response": response})


def _noon(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), dt.UTC)


@pytest.fixture
def busy_account(make_account):
    """An account with interactions on known days of the last 26 weeks, and some outside them."""
    account = make_account()
    plan = [(TODAY, "phone", "warm"), (TODAY - dt.timedelta(days=1), "email", "cold"),
            (TODAY - dt.timedelta(days=8), "email", "none"), (TODAY - dt.timedelta(days=8), "visit", "warm"),
            (TODAY - dt.timedelta(days=8), "visit", "warm"), (TODAY - dt.timedelta(weeks=25), "fair", "neutral"),
            (TODAY - dt.timedelta(weeks=27), "email", "warm"), (TODAY + dt.timedelta(days=7), "email", "none")]
    for day, channel, response in plan:
        _log(account, _noon(day), channel, response)
    return account


def test_activity_has_26_weeks_ending_with_this_one(busy_account):
    weeks = weekly_activity(busy_account.uuid, TODAY)
    assert (len(weeks), weeks[-1].monday, weeks[0].monday) == (26, dt.date(2026, 11, 23), dt.date(2026, 6, 1))


def test_activity_counts_each_weeks_interactions_by_channel(busy_account):
    from models import Interaction

    weeks = weekly_activity(busy_account.uuid, TODAY)
    counted: dict[tuple[dt.date, str], int] = {}
    first, last = weeks[0].monday, TODAY
    for i in Interaction.select():
        day = i.occurred_at.astimezone().date()
        if first <= day <= last:
            key = (day - dt.timedelta(days=day.weekday()), i.channel)
            counted[key] = counted.get(key, 0) + 1
    shown = {(w.monday, c): n for w in weeks for c, n in w.by_channel.items()}
    assert shown == counted


def test_activity_week_takes_its_most_frequent_response(busy_account):
    assert weekly_activity(busy_account.uuid, TODAY)[-2].response == "warm"


def test_activity_week_of_a_tie_takes_the_warmer_response(busy_account):
    assert weekly_activity(busy_account.uuid, TODAY)[-1].response == "warm"


def test_activity_week_of_their_message_alone_has_no_response_but_counts_the_touch(make_account):
    from services import accounts

    account = make_account()
    accounts.log_interaction(account.uuid, {"occurred_at": _noon(TODAY), "channel": "message",
                                            "direction": "inbound", "response": "warm"})
    week = weekly_activity(account.uuid, TODAY)[-1]
    assert (week.touches, week.response) == (1, None)


def test_activity_week_without_touch_has_no_response(busy_account):
    assert weekly_activity(busy_account.uuid, TODAY)[-3].response is None


def test_activity_is_one_query(busy_account):
    with counted_queries() as queries:
        weekly_activity(busy_account.uuid, TODAY)
    assert len(queries) == 1


def test_strip_tooltip_gives_a_weeks_numbers(busy_account, qtbot):
    from ui.widgets.activity_strip import ActivityStrip

    strip = ActivityStrip()
    qtbot.addWidget(strip)
    strip.set_weeks(weekly_activity(busy_account.uuid, TODAY), TODAY)
    assert strip.column_text(24) == "Week of 16 Nov: 3 touches — E-mail 1, Visit 2; responses: Warm 2, No reply 1"


def test_strip_accessible_description_sums_the_touches(busy_account, qtbot):
    from ui.widgets.activity_strip import ActivityStrip

    strip = ActivityStrip()
    qtbot.addWidget(strip)
    strip.set_weeks(weekly_activity(busy_account.uuid, TODAY), TODAY)
    assert strip.accessibleDescription() == "6 touches in 26 weeks, 3 weeks with a touch"


def _shown_health_tab(main_window, account, monkeypatch):
    """The account opened in the window with its Health tab in view, the score given by _health (the score itself
    is another part of issue 18, services/health/score.py: here the pane shows what it gives)."""
    from services import health

    monkeypatch.setattr(health, "health_of", lambda uuid, today=None: _health(uuid))
    main_window.show()
    main_window.open_account(account.uuid)
    tab = main_window.health_tab
    tab.today = TODAY
    main_window.accounts.pane.tabs.setCurrentWidget(tab)
    return tab


def test_pane_health_tab_shows_the_accounts_health_and_activity(busy_account, main_window, monkeypatch):
    tab = _shown_health_tab(main_window, busy_account, monkeypatch)
    assert (tab.panel.score.text(), sum(w.touches for w in tab.strip.weeks)) == ("Health 41 — at risk", 6)


def test_strip_maps_a_position_to_its_week(busy_account, qtbot):
    from ui.widgets.activity_strip import ActivityStrip

    strip = ActivityStrip()
    qtbot.addWidget(strip)
    strip.resize(520, 130)
    strip.set_weeks(weekly_activity(busy_account.uuid, TODAY), TODAY)
    assert (strip.column_at(0), strip.column_at(519)) == (0, 25)


def test_pane_opens_without_computing_health_while_its_tab_is_hidden(busy_account, main_window, monkeypatch):
    from services import health

    asked: list[str] = []
    monkeypatch.setattr(health, "health_of", lambda uuid, today=None: asked.append(uuid) or _health(uuid))
    main_window.show()
    main_window.open_account(busy_account.uuid)
    assert asked == []


def test_shown_health_tab_follows_a_new_interaction(busy_account, main_window, monkeypatch):
    tab = _shown_health_tab(main_window, busy_account, monkeypatch)
    _log(busy_account, _noon(TODAY - dt.timedelta(days=2)))
    main_window.accounts.pane.refresh()  # what the pane does after its Log interaction dialog saves
    assert sum(w.touches for w in tab.strip.weeks) == 7
