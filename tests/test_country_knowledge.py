"""Every country: region, zones, working week, holidays, names as people type them; etiquette notes."""

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import pytest

from models.enums import Region
from services import countries as cs
from services.errors import UnknownCountryError

ROOT = Path(__file__).resolve().parent.parent


def test_every_country_has_region_zone_and_names():
    all_ = cs.all_countries()
    assert len(all_) >= 249
    assert len({c.code for c in all_}) == len(all_)
    for c in all_:
        assert isinstance(c.region, Region)
        assert c.timezones, c.code
        for zone in c.timezones:
            ZoneInfo(zone)
        assert c.name_en and re.search(r"[\u4e00-\u9fff]", c.name_zh), c.code
        assert c.languages


@pytest.mark.parametrize("code, zone", [("US", "America/New_York"), ("RU", "Europe/Moscow"), ("CN", "Asia/Shanghai"),
                                        ("AU", "Australia/Sydney"), ("BR", "America/Sao_Paulo"),
                                        ("CA", "America/Toronto"), ("IN", "Asia/Kolkata")])
def test_main_zone_comes_first(code, zone):
    assert cs.get_country(code).main_timezone == zone


def test_weekends_agree_with_the_holidays_package():
    for c in cs.all_countries():
        try:
            expected = tuple(sorted(holidays.country_holidays(c.code).weekend))
        except NotImplementedError:
            expected = (5, 6)
        assert cs.weekend_days(c.code) == expected, c.code
    assert cs.weekend_days("SA") == (4, 5)
    assert cs.weekend_days("IR") == (4,)
    assert cs.weekend_days("AE") == (5, 6)


@pytest.mark.parametrize("typed, code", [
    ("DE", "DE"), ("deu", "DE"), ("Germany", "DE"), ("Deutschland", "DE"), ("德国", "DE"), ("德國", "DE"),
    ("USA", "US"), ("U.S.A.", "US"), ("united states of america", "US"), ("UK", "GB"), ("Great Britain", "GB"),
    ("Россия", "RU"), ("россия", "RU"), ("Türkiye", "TR"), ("Turkey", "TR"), ("turkiye", "TR"), ("UAE", "AE"),
    ("日本", "JP"), ("한국", "KR"), ("대한민국", "KR"), ("Brasil", "BR"), ("México", "MX"), ("Viet Nam", "VN"),
    ("  deutschland ", "DE"), ("السعودية", "SA"), ("沙特阿拉伯", "SA"),
])
def test_country_typed_any_way(typed, code):
    assert cs.resolve_country(typed).code == code


def test_unknown_country_says_so_with_a_suggestion():
    with pytest.raises(UnknownCountryError, match="'Atlantis' is not a country"):
        cs.resolve_country("Atlantis")
    with pytest.raises(UnknownCountryError, match="Did you mean Germany"):
        cs.resolve_country("Germny")


def test_holidays_in_english_and_local_language():
    christmas = [h for h in cs.holidays_between("DE", dt.date(2026, 12, 1), dt.date(2027, 1, 1))
                 if h.date == dt.date(2026, 12, 25)]
    assert christmas and christmas[0].name_en == "Christmas Day" and "Weihnacht" in christmas[0].name_local
    spring = cs.holidays_between("CN", dt.date(2027, 2, 1), dt.date(2027, 2, 15))
    assert any("春节" in h.name_local for h in spring)
    assert not cs.is_working_day("DE", dt.date(2026, 12, 25))
    assert not cs.is_working_day("SA", dt.date(2026, 11, 27))  # a Friday
    assert cs.is_working_day("SA", dt.date(2026, 11, 29))  # a Sunday


def test_holiday_spans_group_consecutive_days():
    spans = cs.holiday_spans(cs.holidays_between("CN", dt.date(2027, 2, 6), dt.date(2027, 2, 12)))
    assert len(spans) == 1 and spans[0].start == dt.date(2027, 2, 6) and spans[0].end >= dt.date(2027, 2, 8)


def test_working_window_default_region_and_country(db_path):
    assert cs.working_window("DE") == (dt.time(10), dt.time(15))
    cs.set_working_window("region", "europe", dt.time(9), dt.time(16))
    assert cs.working_window("FR") == (dt.time(9), dt.time(16))
    cs.set_working_window("country", "Deutschland", dt.time(9, 30), dt.time(12))
    assert cs.working_window("DE") == (dt.time(9, 30), dt.time(12))
    cs.set_working_window("country", "DE", None)
    assert cs.working_window("DE") == (dt.time(9), dt.time(16))
    with pytest.raises(Exception, match="start before"):
        cs.set_working_window("region", "europe", dt.time(15), dt.time(9))


def test_firm_notes_are_kept_beside_the_shipped_ones(db_path):
    cs.set_country_note("DE", "Ask for Herr Dr. Weber.")
    assert cs.country_note("DE") == "Ask for Herr Dr. Weber."
    assert cs.etiquette("DE").sections  # the shipped notes are still there


def test_regional_fallback_is_marked():
    notes = cs.etiquette("AT")
    assert notes.level == "region" and notes.region == "europe" and notes.sections
    assert cs.etiquette("DE").level == "country"


def test_cli_countries_and_country(tmp_path):
    def run(*args):
        result = subprocess.run([sys.executable, "main.py", "--db", str(tmp_path / "db.sqlite"), *args], cwd=ROOT,
                                capture_output=True, text=True, timeout=120)
        return result

    rows = json.loads(run("countries", "--json").stdout)
    assert len(rows) >= 249
    assert {"code", "name", "region", "timezones", "etiquette_level"} <= set(rows[0])
    sa = json.loads(run("country", "SA", "--json").stdout)
    assert sa["weekend"] == [4, 5] and sa["working_hours"] == ["10:00", "15:00"] and sa["holidays"]
    zh = json.loads(run("country", "DE", "--lang", "zh", "--json").stdout)
    assert zh["name"] == "德国" and re.search(r"[\u4e00-\u9fff]", zh["etiquette"]["greeting"])
    bad = run("country", "Atlantis", "--json")
    assert bad.returncode == 2 and "Atlantis" in bad.stderr


ETIQUETTE = ROOT / "resources" / "etiquette"
SECTIONS = cs.ETIQUETTE_SECTIONS


def test_etiquette_files_are_complete_in_both_languages():
    files = sorted(ETIQUETTE.glob("*.json")) + sorted((ETIQUETTE / "regions").glob("*.json"))
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        for lang in ("en", "zh"):
            assert list(data[lang]) == list(SECTIONS), (path.name, lang)
            assert all(text.strip() for text in data[lang].values()), path.name
        assert all(re.search(r"[\u4e00-\u9fff]", text) for text in data["zh"].values()), path.name
        assert data["sources"] and all(s["url"].startswith("https://") for s in data["sources"]), path.name


def test_every_region_has_fallback_notes_and_at_least_40_markets_have_their_own():
    assert {p.stem for p in (ETIQUETTE / "regions").glob("*.json")} == {r.value for r in Region}
    countries = {p.stem for p in ETIQUETTE.glob("*.json")}
    assert len(countries) >= 40
    must = {"US", "CA", "MX", "DE", "FR", "IT", "ES", "NL", "PL", "GB", "BR", "AR", "CO", "CL", "ID", "TH", "VN", "MY",
            "PH", "SG", "IN", "PK", "BD", "JP", "KR", "CN", "SA", "AE", "TR", "RU", "AU", "ZA", "NG", "EG"}
    assert must <= countries, sorted(must - countries)
