"""Closures shown: the brief's "Closures ahead" lines in English and Chinese, and the Countries view's next ones."""

import datetime as dt

from pypdf import PdfReader

from services.briefs import builder

TODAY = dt.date(2027, 1, 20)


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_english_brief_prints_the_closures_ahead(make_account, tmp_path):
    a = make_account(name="Riyadh Trading", country="SA")
    path, _ = builder.write_brief(a.uuid, tmp_path / "en.pdf", today=TODAY)
    text = text_of(path)
    assert "Closures ahead" in text
    assert "Ramadan" in text
    assert "Short hours 10:00–14:00" in text


def test_the_chinese_brief_prints_the_closures_ahead(make_account, tmp_path):
    a = make_account(name="Ningbo Valves", country="CN")
    path, _ = builder.write_brief(a.uuid, tmp_path / "zh.pdf", lang="zh", today=TODAY)
    text = text_of(path)
    assert "即将到来的停业期" in text
    assert "办公室关闭" in text
    assert "2月3日至17日" in text


def test_a_brief_for_a_market_without_closures_leaves_the_lines_out(make_account, tmp_path):
    a = make_account(name="Müller Maschinenbau GmbH", country="DE")
    path, _ = builder.write_brief(a.uuid, tmp_path / "de.pdf", today=TODAY)
    assert "Closures ahead" not in text_of(path)


def test_the_countries_view_lists_the_next_closures_of_the_country(qtbot):
    from ui.views.countries import CountriesView

    view = CountriesView()
    qtbot.addWidget(view)
    view.show_country("CN", today=TODAY)
    assert "Spring Festival" in view.closures.text()
    assert "Golden Week" in view.closures.text()


def test_the_countries_view_hides_closures_for_a_country_without_any(qtbot):
    from ui.views.countries import CountriesView

    view = CountriesView()
    qtbot.addWidget(view)
    view.show_country("DE", today=TODAY)
    assert view.closures.isHidden()
