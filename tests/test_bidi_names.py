"""Right-to-left names beside other text are isolated, so they cannot reorder the dates and names around them.

The visual order is checked with python-bidi's implementation of the Unicode bidirectional algorithm (the one Qt
and every text renderer follow), in a left-to-right paragraph as in the English and Chinese UI.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from bidi import get_display

from services import accounts, dates
from services.text import isolate
from services.words import phrase

COMPANY, CONTACT = "شركة النور", "محمد العلي"


def shown(text: str) -> str:
    """The text as it appears on screen, left to right, without the invisible isolate marks."""
    return get_display(text, base_dir="L").replace("\u2068", "").replace("\u2069", "")


def test_a_right_to_left_name_is_isolated():
    assert isolate(CONTACT) == f"\u2068{CONTACT}\u2069"


def test_a_left_to_right_name_is_left_as_it_is():
    assert isolate("Müller GmbH 王伟") == "Müller GmbH 王伟"


def test_today_isolates_a_right_to_left_contact(qtbot, make_account, make_contact):
    from ui.models.today_touches import LateCol
    from ui.views.today import TodayView

    account = make_account(name=COMPANY, country="AE")
    make_contact(account, name=CONTACT)
    accounts.log_interaction(account.uuid, {"occurred_at": dt.datetime(2026, 10, 30, 9, tzinfo=dt.UTC)})
    view = TodayView()
    qtbot.addWidget(view)
    view.today = dt.date(2027, 1, 4)
    view.refresh()
    view.groups["late_8_30"].toggle.click()  # opened: its touches are read
    assert view.groups["late_8_30"].model.index(0, LateCol.CONTACT).data() == isolate(CONTACT)


def test_countries_view_keeps_holiday_dates_in_order_after_an_arabic_name(qtbot):
    from ui.views.countries import CountriesView

    view = CountriesView()
    qtbot.addWidget(view)
    view.show_country("AE", today=dt.date(2026, 3, 1))
    eid_al_adha = dates.span(dt.date(2026, 5, 27), dt.date(2026, 5, 29), "en", today=dt.date(2026, 3, 1))
    assert eid_al_adha in shown(view.facts.text())


def test_a_reason_isolates_the_name_it_gives():
    reason = phrase("why.birthday", name=CONTACT, date=dt.date(2001, 3, 9)).render("zh")
    assert isolate(CONTACT) in reason


@pytest.mark.parametrize("name", ["مصنع", "מפעל"])
def test_brief_keeps_a_number_after_a_right_to_left_tag_on_its_right(tmp_path, name):
    import dataclasses

    import pypdf

    from services.briefs import render_brief
    from tests.test_brief_render import brief

    data = brief()
    data = dataclasses.replace(data, account=dataclasses.replace(data.account, tags=(name, "2024")))
    render_brief(data, tmp_path / "b.pdf")
    line = next(line for line in pypdf.PdfReader(tmp_path / "b.pdf").pages[0].extract_text().splitlines()
                if "2024" in line)
    first_right_to_left = min(i for i, ch in enumerate(line) if unicodedata.bidirectional(ch) in ("R", "AL"))
    assert first_right_to_left < line.index("2024")


def test_brief_markup_drops_an_isolate_that_is_never_closed():
    from services.briefs.markup import clean

    assert clean(f"\u2068{CONTACT}\u2069 · \u2068open") == f"\u2068{CONTACT}\u2069 · open"


def test_a_line_of_right_to_left_names_is_laid_out_from_the_left():
    from services.text import names_side_by_side

    line = names_side_by_side(COMPANY, CONTACT)
    assert line.startswith("\u200e")
    assert line.index(COMPANY) < line.index(CONTACT)


def test_a_line_of_left_to_right_names_is_plain_text():
    from services.text import names_side_by_side

    assert names_side_by_side("Müller GmbH", "Jürgen Müller") == "Müller GmbH — Jürgen Müller"
    assert names_side_by_side("", "Jürgen Müller") == "Jürgen Müller"


def test_brief_mirrors_the_brackets_of_a_right_to_left_name():
    from services.briefs.markup import _visual_lines

    (line,) = _visual_lines("شركة حسن المصرية (القاهرة)", 10, None, False, rtl=True)
    assert line.index("(") < line.index(")")
