"""Country knowledge: the shipped list, name resolution, weekends, holidays, working windows, notes, etiquette, CLI."""

import datetime as dt
import importlib.resources
import json
import re
import warnings
from zoneinfo import ZoneInfo

import holidays
import pytest

from models.enums import Region
from services import countries as cs
from services.countries import days_off
from services.countries import notes as etiquette_notes
from services.countries.data import _key
from services.errors import UnknownCountryError, ValidationError

CJK = re.compile(r"[\u4e00-\u9fff]")


def _iso_codes() -> set[str]:
    table = importlib.resources.files("tzdata") / "zoneinfo" / "iso3166.tab"
    return {line.split("\t")[0] for line in table.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}


# ---------------------------------------------------------------- the list


def test_every_iso_country_is_listed_once():
    codes = [c.code for c in cs.all_countries()]
    assert len(codes) >= 245
    assert len(codes) == len(set(codes))
    assert _iso_codes() <= set(codes)


def test_every_country_has_a_region_and_zones_that_load():
    for country in cs.all_countries():
        assert isinstance(country.region, Region), country.code
        assert country.timezones, country.code
        for zone in country.timezones:
            ZoneInfo(zone)


def test_every_country_has_chinese_name_and_language_codes():
    for country in cs.all_countries():
        assert CJK.search(country.name_zh), country.code
        assert country.languages, country.code
        assert all(re.fullmatch(r"[a-z]{2}", lang) for lang in country.languages), country.code
        assert re.fullmatch(r"[A-Z]{3}", country.alpha3), country.code


def test_countries_are_sorted_by_english_name():
    names = [c.name_en for c in cs.all_countries()]
    assert names.index("Afghanistan") < names.index("Åland Islands") < names.index("Albania")
    assert names.index("Zambia") == len(names) - 2


@pytest.mark.parametrize(("code", "zone"), [
    ("US", "America/New_York"), ("RU", "Europe/Moscow"), ("CN", "Asia/Shanghai"), ("AU", "Australia/Sydney"),
    ("BR", "America/Sao_Paulo"), ("CA", "America/Toronto"), ("MX", "America/Mexico_City"), ("ID", "Asia/Jakarta"),
    ("KZ", "Asia/Almaty"), ("CL", "America/Santiago"), ("UA", "Europe/Kyiv"), ("DE", "Europe/Berlin"),
])
def test_main_zone_is_the_business_capital(code, zone):
    assert cs.get_country(code).main_timezone == zone


@pytest.mark.parametrize(("codes", "region"), [
    ("RU BY KZ UZ KG TJ TM AZ AM MD", Region.CIS),
    ("GE UA DE GB CY", Region.EUROPE),
    ("SA AE TR IL IR IQ", Region.MIDDLE_EAST),
    ("EG NG ZA MA", Region.AFRICA),
    ("IN PK BD LK NP BT MV AF", Region.SOUTH_ASIA),
    ("CN JP KR KP TW HK MO MN", Region.EAST_ASIA),
    ("US CA BM GL PM", Region.NORTH_AMERICA),
    ("MX GT PA CU DO JM BR AR", Region.LATIN_AMERICA),
    ("AU NZ FJ PG WS", Region.OCEANIA),
    ("SG VN TH ID MY PH", Region.SOUTHEAST_ASIA),
])
def test_regions(codes, region):
    assert {cs.get_country(code).region for code in codes.split()} == {region}


def test_no_spelling_names_two_countries():
    owner: dict[str, str] = {}
    for c in cs.all_countries():
        for name in (c.code, c.alpha3, c.name_en, c.name_zh, *c.local_names, *c.aliases):
            assert owner.setdefault(_key(name), c.code) == c.code, f"{name!r}: {owner[_key(name)]} and {c.code}"


def test_country_name_in_each_language():
    germany = cs.get_country("de")
    assert (germany.name(), germany.name("en"), germany.name("zh")) == ("Germany", "Germany", "德国")


# ---------------------------------------------------------------- resolution


@pytest.mark.parametrize(("text", "code"), [
    ("DE", "DE"), ("de", "DE"), ("deu", "DE"), ("DEU", "DE"), ("Germany", "DE"), ("Deutschland", "DE"),
    ("deutschland", "DE"), ("德国", "DE"), ("德國", "DE"), ("  germany ", "DE"),
    ("USA", "US"), ("U.S.A.", "US"), ("united states of america", "US"), ("America", "US"), ("美国", "US"),
    ("UK", "GB"), ("GBR", "GB"), ("Great Britain", "GB"), ("England", "GB"), ("英国", "GB"),
    ("Россия", "RU"), ("россия", "RU"), ("Russian Federation", "RU"), ("俄罗斯", "RU"),
    ("Türkiye", "TR"), ("TÜRKIYE", "TR"), ("turkiye", "TR"), ("Turkey", "TR"),
    ("UAE", "AE"), ("Emirates", "AE"), ("阿联酋", "AE"), ("KSA", "SA"), ("沙特阿拉伯", "SA"),
    ("日本", "JP"), ("Nippon", "JP"), ("한국", "KR"), ("대한민국", "KR"), ("Korea", "KR"), ("ROK", "KR"),
    ("韩国", "KR"), ("Brasil", "BR"), ("México", "MX"), ("mexico", "MX"), ("Viet Nam", "VN"), ("越南", "VN"),
    ("España", "ES"), ("Holland", "NL"), ("the Netherlands", "NL"), ("PRC", "CN"), ("Czech Republic", "CZ"),
    ("Czechia", "CZ"), ("Ivory Coast", "CI"), ("cote d ivoire", "CI"), ("Côte d’Ivoire", "CI"), ("Burma", "MM"),
    ("St. Kitts & Nevis", "KN"), ("Bosnia & Herzegovina", "BA"), ("Congo", "CG"), ("DRC", "CD"),
])
def test_resolve_country(text, code):
    assert cs.resolve_country(text).code == code
    assert cs.try_resolve_country(text).code == code


def test_unknown_country_names_the_input():
    with pytest.raises(UnknownCountryError, match="Atlantis"):
        cs.resolve_country("Atlantis")
    assert cs.try_resolve_country("Atlantis") is None
    assert cs.try_resolve_country("") is None


def test_unknown_country_suggests_a_close_one():
    with pytest.raises(UnknownCountryError, match=r"(?i)did you mean Germany"):
        cs.resolve_country("Germny")


def test_empty_country_says_none_was_given():
    with pytest.raises(UnknownCountryError, match="No country given"):
        cs.resolve_country("  ")


def test_get_country_takes_only_codes():
    assert cs.get_country(" gb ").code == "GB"
    with pytest.raises(UnknownCountryError, match="'Germany'"):
        cs.get_country("Germany")


# ---------------------------------------------------------------- weekends and holidays


def test_weekends_follow_the_holidays_package():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for country in cs.all_countries():
            package = tuple(sorted(holidays.country_holidays(country.code).weekend))
            assert cs.weekend_days(country.code) == package, country.code


def test_shipped_weekends_are_only_for_countries_the_package_lacks():
    for code in days_off._weekend_overrides():
        assert days_off._holiday_profile(code) is None, code


@pytest.fixture
def package_without_kosovo(monkeypatch):
    real = days_off._holiday_profile
    monkeypatch.setattr(days_off, "_holiday_profile", lambda code: None if code == "XK" else real(code))
    monkeypatch.setattr(days_off, "_weekend_overrides", lambda: {"XK": (4, 5)})
    cs.weekend_days.cache_clear()
    yield
    cs.weekend_days.cache_clear()


def test_country_the_package_lacks_uses_the_shipped_weekend(package_without_kosovo):
    assert cs.weekend_days("XK") == (4, 5)
    assert cs.weekend_days("AL") == (5, 6)


@pytest.mark.parametrize(("code", "weekend"), [
    ("SA", (4, 5)), ("IR", (4,)), ("IL", (4, 5)), ("AE", (5, 6)), ("DE", (5, 6)), ("BN", (4, 6)), ("HK", (6,)),
])
def test_weekend_days(code, weekend):
    assert cs.weekend_days(code) == weekend


def test_working_days_skip_weekend_and_holidays():
    assert not cs.is_working_day("DE", dt.date(2026, 12, 25))  # Christmas, a Friday
    assert not cs.is_working_day("DE", dt.date(2026, 12, 26))  # Saturday
    assert cs.is_working_day("DE", dt.date(2026, 12, 28))
    assert not cs.is_working_day("SA", dt.date(2026, 11, 20))  # Friday
    assert cs.is_working_day("SA", dt.date(2026, 11, 22))  # Sunday


def test_german_christmas_has_english_and_german_names():
    found = {h.date: h for h in cs.holidays_between("DE", dt.date(2026, 1, 1), dt.date(2027, 1, 1))}
    christmas = found[dt.date(2026, 12, 25)]
    assert christmas.name_en == "Christmas Day"
    assert christmas.name_local == "Erster Weihnachtstag"


def test_chinese_spring_festival_has_a_chinese_name():
    spring = [h for h in cs.holidays_between("CN", dt.date(2026, 1, 1), dt.date(2027, 1, 1))
              if "Spring Festival" in h.name_en]
    assert spring
    assert spring[0].date == dt.date(2026, 2, 17)
    assert "春节" in spring[0].name_local


@pytest.fixture
def fresh_holiday_cache():
    days_off._holiday_names.cache_clear()
    days_off._year.cache_clear()
    yield
    days_off._holiday_names.cache_clear()
    days_off._year.cache_clear()


def test_holiday_names_do_not_follow_the_users_locale(monkeypatch, fresh_holiday_cache):
    monkeypatch.setenv("LANGUAGE", "de")
    [national_day] = cs.holidays_between("CN", dt.date(2026, 10, 1), dt.date(2026, 10, 2))
    assert (national_day.name_en, national_day.name_local) == ("National Day", "国庆节")


def test_holidays_between_includes_start_excludes_end_and_crosses_years():
    days = [h.date for h in cs.holidays_between("de", dt.date(2026, 12, 25), dt.date(2027, 1, 2))]
    assert days == [dt.date(2026, 12, 25), dt.date(2026, 12, 26), dt.date(2027, 1, 1)]
    assert cs.holidays_between("DE", dt.date(2026, 12, 25), dt.date(2026, 12, 25)) == []


def test_next_holidays_counts_from_today():
    upcoming = cs.next_holidays("US", dt.date(2026, 12, 26), count=2)
    assert [h.date for h in upcoming] == [dt.date(2027, 1, 1), dt.date(2027, 1, 18)]


def test_every_country_gives_a_year_of_holidays_without_raising():
    total = 0
    for country in cs.all_countries():
        found = cs.holidays_between(country.code, dt.date(2026, 1, 1), dt.date(2027, 1, 1))
        assert found == sorted(found, key=lambda h: h.date)
        assert all(h.name_en and h.name_local for h in found), country.code
        total += len(found)
    assert total > 2000


def test_consecutive_days_of_one_holiday_make_one_span():
    items = [h for h in cs.holidays_between("CN", dt.date(2026, 9, 30), dt.date(2026, 10, 10))]
    spans = cs.holiday_spans(items)
    assert len(spans) < len(items)
    assert spans[0].start == dt.date(2026, 10, 1)


# ---------------------------------------------------------------- working windows, notes


def test_working_window_defaults_to_ten_to_three(open_book):
    assert cs.working_window("DE") == cs.DEFAULT_WINDOW == (dt.time(10), dt.time(15))


def test_region_window_applies_to_its_countries(open_book):
    cs.set_working_window("region", "europe", dt.time(9), dt.time(17))
    assert cs.working_window("FR") == (dt.time(9), dt.time(17))
    assert cs.working_window("US") == cs.DEFAULT_WINDOW


def test_country_window_beats_region_and_clears(open_book):
    cs.set_working_window("region", "europe", dt.time(9), dt.time(17))
    cs.set_working_window("country", "Deutschland", dt.time(9, 30), dt.time(16))
    assert cs.working_window("DE") == (dt.time(9, 30), dt.time(16))
    cs.set_working_window("country", "DE", None)
    assert cs.working_window("DE") == (dt.time(9), dt.time(17))


@pytest.mark.parametrize(("scope", "key", "start", "end"), [
    ("country", "DE", dt.time(16), dt.time(9)),
    ("country", "DE", dt.time(9), dt.time(9)),
    ("region", "mars", dt.time(9), dt.time(17)),
    ("planet", "DE", dt.time(9), dt.time(17)),
])
def test_bad_working_windows_are_refused(open_book, scope, key, start, end):
    with pytest.raises(ValidationError):
        cs.set_working_window(scope, key, start, end)


def test_country_note_round_trip(open_book):
    assert cs.country_note("JP") == ""
    cs.set_country_note("jp", "Send samples before the fair.")
    cs.set_country_note("JP", "Send samples two weeks before the fair.")
    assert cs.country_note("JP") == "Send samples two weeks before the fair."


def test_country_note_needs_a_known_country(open_book):
    with pytest.raises(UnknownCountryError):
        cs.set_country_note("QQ", "text")


# ---------------------------------------------------------------- etiquette loader


@pytest.fixture
def etiquette_dir(tmp_path, monkeypatch):
    (tmp_path / "regions").mkdir()
    (tmp_path / "DE.json").write_text(json.dumps({
        "code": "DE", "sources": {
            "greeting": {"checked": "2026-11-29", "pages": [{"title": "Guide", "url": "https://example.org/de"}]},
            "gifts": {"checked": "2026-11-23", "pages": [{"title": "Guide", "url": "https://example.org/de"},
                                                         {"title": "Gifts", "url": "https://example.org/gifts"}]}},
        "en": {"greeting": "Firm handshake.", "gifts": "Modest gifts.", "punctuality": "Be on time."},
        "zh": {"greeting": "握手要有力。", "punctuality": ""},
    }), encoding="utf-8")
    (tmp_path / "regions" / "europe.json").write_text(json.dumps({
        "region": "europe", "sources": {}, "en": {"dress": "Dark suit."}, "zh": {"dress": "深色西装。"},
    }), encoding="utf-8")
    monkeypatch.setattr(etiquette_notes, "_etiquette_dir", lambda: tmp_path)
    return tmp_path


def test_country_etiquette_in_section_order(etiquette_dir):
    notes = cs.etiquette("DE")
    assert (notes.code, notes.level, notes.region) == ("DE", "country", Region.EUROPE)
    assert list(notes.sections) == ["greeting", "punctuality", "gifts"]


def test_each_section_carries_its_own_sources_and_checked_date(etiquette_dir):
    gifts = cs.etiquette("DE").sources["gifts"]
    assert gifts == cs.SectionSources(dt.date(2026, 11, 23), (cs.Source("Guide", "https://example.org/de"),
                                                               cs.Source("Gifts", "https://example.org/gifts")))


def test_a_section_without_sources_has_no_pages_and_no_date(etiquette_dir):
    assert cs.etiquette("DE").sources["punctuality"] == cs.SectionSources(None, ())


def test_pages_behind_sections_are_listed_once_first_cited_first(etiquette_dir):
    pages = cs.etiquette("DE").pages(["gifts", "greeting"])
    assert [p.url for p in pages] == ["https://example.org/de", "https://example.org/gifts"]


def test_checked_span_is_the_oldest_and_newest_date_of_the_sections(etiquette_dir):
    assert cs.etiquette("DE").checked_span() == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))


def test_chinese_etiquette_falls_back_to_english_per_section(etiquette_dir):
    sections = cs.etiquette("DE", "zh").sections
    assert sections == {"greeting": "握手要有力。", "punctuality": "Be on time.", "gifts": "Modest gifts."}


def test_country_without_notes_gets_its_regions(etiquette_dir):
    notes = cs.etiquette("FR", "zh")
    assert (notes.level, notes.sections) == ("region", {"dress": "深色西装。"})
    assert (cs.etiquette_level("FR"), cs.etiquette_level("DE")) == ("region", "country")


def test_country_without_any_notes_gets_empty_sections(etiquette_dir):
    notes = cs.etiquette("JP")
    assert (notes.level, notes.sections, notes.sources) == ("region", {}, {})


# ---------------------------------------------------------------- command line


def _run(capsys, *argv):
    from cli import build_parser

    args = build_parser().parse_args(list(argv))
    code = args.func(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_lists_every_country(open_book, capsys):
    code, out, _err = _run(capsys, "countries", "--json")
    rows = json.loads(out)
    assert code == 0
    assert len(rows) == len(cs.all_countries())
    germany = next(r for r in rows if r["code"] == "DE")
    assert germany == {"code": "DE", "name": "Germany", "region": "europe",
                       "timezones": ["Europe/Berlin", "Europe/Busingen"],
                       "etiquette_level": cs.etiquette_level("DE")}


def test_cli_lists_countries_as_a_table_in_chinese(open_book, capsys):
    code, out, _err = _run(capsys, "--lang", "zh", "countries")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith("CODE")
    assert any(line.startswith("DE") and "德国" in line for line in lines)


def test_cli_shows_one_country(open_book, capsys):
    cs.set_country_note("SA", "Ask for the Riyadh office.")
    code, out, _err = _run(capsys, "country", "Saudi Arabia", "--json")
    payload = json.loads(out)
    assert code == 0
    assert (payload["code"], payload["name"], payload["name_zh"]) == ("SA", "Saudi Arabia", "沙特阿拉伯")
    assert payload["weekend"] == [4, 5]
    assert payload["working_hours"] == ["12:30", "15:00"]  # after the midday (Dhuhr) prayer break
    assert payload["languages"][0] == "ar"
    assert dt.datetime.fromisoformat(payload["local_time"]).utcoffset() == dt.timedelta(hours=3)
    assert payload["firm_notes"] == "Ask for the Riyadh office."
    assert len(payload["holidays"]) == 10
    assert set(payload["holidays"][0]) == {"date", "name", "local_name"}
    assert set(payload["etiquette"]) <= set(cs.ETIQUETTE_SECTIONS)
    assert payload["etiquette_level"] in ("country", "region")


@pytest.mark.parametrize("argv", [["--lang", "zh", "country", "SA", "--json"], ["country", "SA", "--lang", "zh",
                                                                                 "--json"]])
def test_cli_country_in_chinese_from_either_lang_option(open_book, capsys, argv):
    _code, out, _err = _run(capsys, *argv)
    assert json.loads(out)["name"] == "沙特阿拉伯"


def test_cli_unknown_country_fails_with_a_message(open_book, capsys):
    code, out, err = _run(capsys, "country", "Atlantis")
    assert code == 2
    assert out == ""
    assert "Atlantis" in err
