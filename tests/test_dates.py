"""One date formatter: the year whenever a date is not in today's year, in English and Chinese, everywhere."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest

from services import accounts, dates
from services.briefs import builder
from services.countries import HolidaySpan
from services.words import phrase

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(("lang", "expected"), [("en", "Mon 21 Dec"), ("zh", "12月21日周一")])
def test_a_date_this_year_has_no_year(lang, expected):
    assert dates.day(dt.date(2026, 12, 21), lang, weekday=True, today=TODAY) == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", "Fri, 17 Sept 2027"), ("zh", "2027年9月17日周五")])
def test_a_date_next_year_shows_its_year(lang, expected):
    assert dates.day(dt.date(2027, 9, 17), lang, weekday=True, today=TODAY) == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", "3 Mar 2025"), ("zh", "2025年3月3日")])
def test_a_date_last_year_shows_its_year(lang, expected):
    assert dates.day(dt.date(2025, 3, 3), lang, today=TODAY) == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", "Mon, 4 Jan 2027 14:30"), ("zh", "2027年1月4日周一 14:30")])
def test_a_time_next_year_shows_its_year(lang, expected):
    assert dates.day_time(dt.datetime(2027, 1, 4, 14, 30), lang, today=TODAY) == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", "Mon 14:30"), ("zh", "周一 14:30")])
def test_a_time_without_its_date_is_weekday_and_time(lang, expected):
    assert dates.day_time(dt.datetime(2027, 1, 4, 14, 30), lang, with_date=False, today=TODAY) == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", "9\u2009–\u200912 Mar"), ("zh", "3月9日至12日")])
def test_a_holiday_span_reads_start_to_end(lang, expected):
    span = HolidaySpan(dt.date(2026, 3, 9), dt.date(2026, 3, 12), "Eid al-Fitr", "عيد الفطر")
    assert span.dates_text(lang, dt.date(2026, 1, 5)) == expected


def test_a_holiday_span_into_next_year_shows_the_years():
    span = HolidaySpan(dt.date(2026, 12, 31), dt.date(2027, 1, 2), "New Year", "")
    assert span.dates_text("en", TODAY) == "31 Dec 2026\u2009–\u20092 Jan 2027"


@pytest.mark.parametrize(("lang", "year"), [("en", "2001"), ("zh", "2001年")])
def test_a_reason_names_the_year_of_a_date_long_ago(lang, year):
    assert year in phrase("why.overdue", due=dt.date(2001, 5, 7), late=3).render(lang)


@pytest.fixture
def ui_lang(qapp):
    from ui import i18n

    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


@pytest.fixture
def followed_up(make_account):
    """An account whose follow-up, planned from a mid-December e-mail, falls on 28 January 2027 (at its own hour)."""
    account = make_account(name="Müller GmbH", country="DE")
    accounts.log_interaction(account.uuid, {"occurred_at": dt.datetime(2026, 12, 14, 9, tzinfo=dt.UTC)})
    return account


@pytest.mark.parametrize(("lang", "expected"), [("en", "Thu, 28 Jan 2027 "), ("zh", "2027年1月28日周四 ")])
def test_next_touches_tab_shows_next_years_date_with_its_year(qtbot, ui_lang, followed_up, lang, expected):
    from ui.models.touch_table import TouchCol
    from ui.views.account_tabs import NextTouchesTab

    ui_lang(lang)
    tab = NextTouchesTab()
    qtbot.addWidget(tab)
    tab.today = dt.date(2026, 12, 28)
    tab.set_account(followed_up.uuid)
    assert tab.model.index(0, TouchCol.THEIR_SLOT).data().startswith(expected)


@pytest.mark.parametrize(("lang", "expected"), [("en", "Mon, 14 Dec 2026 "), ("zh", "2026年12月14日周一 ")])
def test_today_shows_last_years_overdue_date_with_its_year(qtbot, ui_lang, make_account, lang, expected):
    from ui.models.today_touches import LateCol
    from ui.views.today import TodayView

    account = make_account(name="Müller GmbH", country="DE")
    accounts.log_interaction(account.uuid, {"occurred_at": dt.datetime(2026, 10, 30, 9, tzinfo=dt.UTC)})
    ui_lang(lang)
    view = TodayView()
    qtbot.addWidget(view)
    view.today = dt.date(2027, 1, 4)
    view.refresh()
    view.groups["late_8_30"].toggle.click()  # opened: its touches are read
    assert view.groups["late_8_30"].model.index(0, LateCol.PLANNED).data().startswith(expected)


@pytest.mark.parametrize(("lang", "expected"), [("en", "Fri, 1 Jan 2027"), ("zh", "2027年1月1日周五")])
def test_brief_prints_next_years_holiday_with_its_year(make_account, tmp_path, lang, expected):
    account = make_account(name="Müller GmbH", country="DE")
    path, _ = builder.write_brief(account.uuid, tmp_path / "b.pdf", lang=lang, today=dt.date(2026, 12, 20))
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert expected in text
