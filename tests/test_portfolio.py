"""The Portfolio: each chart's numbers equal the accounts behind its bars; the screen shows and saves them."""

import datetime as dt

import pytest
from counting import counted_queries

from models import Commitment, Interaction
from models.health import AccountHealth
from services.health import portfolio as pf

TODAY = dt.date.today()


def _at(days_ago: int, hour: int = 9) -> dt.datetime:
    day = TODAY - dt.timedelta(days=days_ago)
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


def _touch(account, days_ago: int, channel: str = "email", response: str = "warm", direction: str = "outbound"):
    Interaction.create(account=account.id, occurred_at=_at(days_ago), channel=channel, response=response,
                       direction=direction)


def _promise(account, due_days_ago: int, status: str, done_days_ago: int | None = None, by: str = "Li Wei"):
    due = TODAY - dt.timedelta(days=due_days_ago)
    done = None if done_days_ago is None else TODAY - dt.timedelta(days=done_days_ago)
    Commitment.create(account=account.id, title="Samples", promised_by=by, promised_at=due - dt.timedelta(days=9),
                      due_date=due, status=status, completed_at=done)


@pytest.fixture
def book(make_account):
    """Four accounts in three regions: touches, promises, bands (kept health) and a reply owed."""
    de = make_account("Müller GmbH", "DE", stage="quoted")
    fr = make_account("Lefèvre SA", "FR", stage="lead")
    jp = make_account("山田商事", "JP", stage="quoted")
    br = make_account("Silva Ltda", "BR", stage="won")
    _touch(de, 1)
    _touch(de, 2, "phone", "cold")
    _touch(fr, 1, response="none")
    _touch(jp, 20, "message", "neutral")
    _touch(jp, 400)  # before every chart's period
    _touch(br, 1, direction="inbound")  # from the customer: not a touch of ours, but a reply owed
    _promise(de, 10, "kept", 12)
    _promise(de, 40, "kept", 30)  # late
    _promise(fr, 10, "broken", by="Anna")
    _promise(jp, 5, "open")  # not closed: no outcome yet
    from services.cadence import store

    store.ensure(TODAY)  # the plan and the kept health of every account, as the window keeps them
    return {"de": de, "fr": fr, "jp": jp, "br": br}


def _bars(chart: pf.Chart):
    return [(c, s, chart.value(c, s)) for s in chart.series for c in chart.categories if chart.value(c, s)]


@pytest.mark.parametrize("key", pf.CHARTS)
def test_every_bar_adds_up_to_the_accounts_behind_it(book, key):
    chart = pf.chart(key, TODAY)
    assert chart.total() > 0
    for category, series, value in _bars(chart):
        behind = pf.accounts_behind(key, category, series, TODAY)
        assert sum(b.items for b in behind) == value, (category, series)


@pytest.mark.parametrize("key", ["band", "region", "country", "stage"])
def test_account_charts_count_every_account_once(book, key):
    chart = pf.chart(key, TODAY)
    uuids = [b.uuid for c, s, _v in _bars(chart) for b in pf.accounts_behind(key, c, s, TODAY)]
    assert sorted(uuids) == sorted(a.uuid for a in book.values())


def test_bands_count_the_kept_health_and_accounts_not_yet_scored_apart(book):
    from collections import Counter

    AccountHealth.delete().where(AccountHealth.account == book["br"].id).execute()  # as before its first plan
    chart = pf.chart("band", TODAY)
    kept = Counter(h.band for h in AccountHealth.select())
    assert dict(zip(chart.categories, chart.values[0], strict=True)) == {**kept, "none": 1}


def test_regions_gather_their_countries(book):
    chart = pf.chart("region", TODAY)
    assert chart.value("europe", pf.ACCOUNTS) == 2
    assert [b.name for b in pf.accounts_behind("region", "europe", pf.ACCOUNTS, TODAY)] == ["Lefèvre SA",
                                                                                            "Müller GmbH"]


def test_touches_count_our_outbound_interactions_per_week_by_channel(book):
    chart = pf.chart("touches", TODAY)
    assert len(chart.categories) == pf.WEEKS
    assert chart.total() == 4  # the inbound message and the one 400 days ago are not counted
    assert set(chart.series) == {"email", "phone", "message"}


def test_response_mix_is_counted_per_month(book):
    chart = pf.chart("responses", TODAY)
    assert chart.categories[-1] == TODAY.strftime("%Y-%m")
    assert sum(chart.value(c, "cold") for c in chart.categories) == 1


def test_promises_are_on_time_late_or_broken(book):
    chart = pf.chart("promises_quarter", TODAY)
    totals = {s: sum(chart.value(c, s) for c in chart.categories) for s in chart.series}
    assert totals == {"on_time": 1, "late": 1, "broken": 1}


def test_promises_per_person_click_through_to_their_accounts(book):
    behind = pf.accounts_behind("promises_person", "Anna", "broken", TODAY)
    assert [(b.uuid, b.items) for b in behind] == [(book["fr"].uuid, 1)]


def test_a_reply_owed_is_counted_by_its_age(book):
    chart = pf.chart("replies", TODAY)
    assert chart.value("1", pf.REPLIES) == 1
    assert [b.uuid for b in pf.accounts_behind("replies", "1", pf.REPLIES, TODAY)] == [book["br"].uuid]


def test_the_portfolio_costs_a_few_statements_however_large_the_book(book, make_account):
    pf.portfolio(TODAY)  # the stored plan brought to today first
    with counted_queries() as few:
        pf.portfolio(TODAY)
    for n in range(20):
        _touch(make_account(f"Firma {n}", "AT"), n % 7)
    pf.portfolio(TODAY)
    with counted_queries() as more:
        pf.portfolio(TODAY)
    assert len(more) == len(few)


@pytest.fixture
def screen(qtbot, book):
    from ui.views.portfolio import PortfolioView

    view = PortfolioView(today=TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    qtbot.waitUntil(lambda: all(panel.chart is not None for panel in view.panels.values()))
    return view


def test_the_screen_shows_every_chart_with_its_numbers(screen):
    assert {k: p.chart for k, p in screen.panels.items()} == pf.portfolio(TODAY).charts


def test_a_chart_saves_a_png_that_loads_back(screen, tmp_path):
    from PySide6.QtGui import QImage

    path = tmp_path / "touches.png"
    assert screen.panels["touches"].save_png(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (screen.panels["touches"].view.width(),
                                               screen.panels["touches"].view.height())


def test_clicking_a_bar_lists_the_accounts_behind_it_and_opens_one(screen, qtbot, book):
    panel = screen.panels["stage"]
    series = panel.view.chart().series()[0]
    series.clicked.emit(panel.chart.categories.index("quoted"), series.barSets()[0])
    dialog = screen.behind
    assert [row.uuid for row in dialog.model.rows()] == [book["de"].uuid, book["jp"].uuid]  # by name
    with qtbot.waitSignal(screen.open_account) as opened:
        dialog.table.doubleClicked.emit(dialog.model.index(0, 0))
    assert opened.args == [book["de"].uuid]


def test_clicking_a_slice_lists_the_accounts_of_its_band(screen, book):
    panel = screen.panels["band"]
    series = panel.view.chart().series()[0]
    band = AccountHealth.get(AccountHealth.account == book["fr"].id).band
    series.clicked.emit(next(s for s in series.slices() if s.property("category") == band))
    same = {h.account.uuid for h in AccountHealth.select().where(AccountHealth.band == band)}
    assert book["fr"].uuid in same
    assert {row.uuid for row in screen.behind.model.rows()} == same


def test_the_sidebar_opens_the_portfolio(main_window):
    from ui.views.portfolio import PortfolioView

    assert isinstance(main_window.screen("portfolio"), PortfolioView)


def test_the_screen_reads_the_book_again_when_shown_again(screen, qtbot, make_account):
    screen.hide()
    make_account("Nowak Sp. z o.o.", "PL", stage="lead")
    screen.show()
    assert screen.panels["stage"].chart.value("lead", pf.ACCOUNTS) == 2
