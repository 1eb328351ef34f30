"""Where the notes are shown: each section's sources and checked date in the Countries view and the brief."""

import re

from services.briefs.builder import collect
from services.countries import etiquette


def test_brief_lists_the_sources_of_the_printed_sections_once_with_their_site(make_account):
    account = make_account(country="AE")
    data = collect(account.uuid, "en")
    assert len(data.etiquette_sources) == len(set(data.etiquette_sources)) > 0
    prayer = "Gulf News – Friday prayer timings change in the UAE from 2 January 2026 (12:45 pm nationwide)"
    assert f"{prayer} (gulfnews.com)" in data.etiquette_sources


def test_brief_says_when_its_sources_were_checked(make_account):
    account = make_account(country="AE")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d( to \d{4}-\d\d-\d\d)?", collect(account.uuid, "en").etiquette_checked)


def test_chinese_brief_says_checked_span_in_chinese(make_account):
    account = make_account(country="AE")
    checked = collect(account.uuid, "zh").etiquette_checked
    assert re.fullmatch(r"\d{4}-\d\d-\d\d( 至 \d{4}-\d\d-\d\d)?", checked)


def test_countries_view_numbers_each_sections_sources_and_dates_it(qtbot, db_path):
    from ui.views.countries import CountriesView

    view = CountriesView()
    qtbot.addWidget(view)
    view.show_country("AE")
    text = view.notes.toPlainText()
    checked = etiquette("AE").sources["working_week"].checked.isoformat()
    assert f"checked {checked}" in text
    assert "[1] " in text
