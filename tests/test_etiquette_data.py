"""The shipped etiquette notes: every section in English and Chinese, with sources, for countries and regions."""

import json
import re
from pathlib import Path

import pytest

import resources
from models.enums import Region
from services import countries as cs
from services.countries import notes as etiquette_notes

FOLDER = resources.path("etiquette")
COUNTRY_FILES = sorted(FOLDER.glob("*.json"))
REGION_FILES = sorted((FOLDER / "regions").glob("*.json"))
CJK = re.compile(r"[\u3400-\u9fff]")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _assert_complete(data: dict, label: str) -> None:
    for lang in ("en", "zh"):
        sections = data.get(lang) or {}
        missing = [s for s in cs.ETIQUETTE_SECTIONS if not str(sections.get(s) or "").strip()]
        assert not missing, f"{label}: {lang} lacks {missing}"
        unknown = set(sections) - set(cs.ETIQUETTE_SECTIONS)
        assert not unknown, f"{label}: {lang} has unknown sections {sorted(unknown)}"
    not_chinese = [s for s in cs.ETIQUETTE_SECTIONS if not CJK.search(data["zh"][s])]
    assert not not_chinese, f"{label}: zh text without Chinese in {not_chinese}"


def test_at_least_forty_countries_have_their_own_notes():
    assert len(COUNTRY_FILES) >= 40


@pytest.mark.parametrize("path", COUNTRY_FILES, ids=lambda p: p.stem)
def test_country_notes_are_complete(path):
    data = _load(path)
    assert data.get("code") == path.stem, f"{path.name}: code {data.get('code')!r} does not match the file name"
    assert cs.get_country(path.stem).code == path.stem
    _assert_complete(data, path.name)


@pytest.mark.parametrize("region", list(Region), ids=str)
def test_every_region_has_complete_notes(region):
    path = FOLDER / "regions" / f"{region.value}.json"
    assert path.is_file(), f"no notes for the region {region.value}"
    data = _load(path)
    assert data.get("region") == region.value
    _assert_complete(data, f"regions/{path.name}")


def test_no_stray_region_files():
    assert {p.stem for p in REGION_FILES} <= {r.value for r in Region}


def test_every_country_reads_as_country_or_region_notes():
    for country in cs.all_countries():
        notes = cs.etiquette(country.code, "zh")
        assert notes.level == cs.etiquette_level(country.code), country.code
        if (FOLDER / "regions" / f"{country.region.value}.json").is_file() or notes.level == "country":
            assert list(notes.sections) == list(cs.ETIQUETTE_SECTIONS), country.code


def test_the_main_export_markets_have_their_own_notes():
    """North America, the EU's largest, the UK, Latin America's largest, South-East, South and East Asia, the Gulf,
    Türkiye, Russia, Australia, South Africa, Nigeria and Egypt."""
    must = {"US", "CA", "MX", "DE", "FR", "IT", "ES", "NL", "PL", "GB", "BR", "AR", "CO", "CL", "ID", "TH", "VN",
            "MY", "PH", "SG", "IN", "PK", "BD", "JP", "KR", "CN", "SA", "AE", "QA", "KW", "TR", "RU", "AU", "ZA",
            "NG", "EG"}
    shipped = {p.stem for p in etiquette_notes._etiquette_dir().glob("*.json")}
    assert must <= shipped, sorted(must - shipped)


def test_every_etiquette_section_has_a_heading_in_each_language_and_no_other_section_is_named():
    from services.words import LANGUAGES

    for lang, catalogue in LANGUAGES.items():
        named = {code.removeprefix("section.") for code in catalogue if code.startswith("section.")}
        assert named == set(cs.ETIQUETTE_SECTIONS), lang


def test_the_brief_prints_the_meeting_sections_in_the_order_of_the_one_list(make_account):
    from services.briefs.builder import collect

    account = make_account(country="DE")  # Germany has notes in every section
    headings = [heading for heading, _ in collect(account.uuid, "en").etiquette]
    assert headings == ["Greeting", "Names and titles", "Business cards", "Meetings", "Communication",
                        "Negotiation", "Decision making", "Gifts", "Dining", "Taboos"]


@pytest.mark.parametrize("path", COUNTRY_FILES + REGION_FILES, ids=lambda p: p.stem)
def test_every_chinese_section_exists_and_is_not_the_english_copied(path):
    data = _load(path)
    copied = [s for s in cs.ETIQUETTE_SECTIONS if data["zh"].get(s, "").strip() == data["en"][s].strip()]
    missing = [s for s in cs.ETIQUETTE_SECTIONS if not data["zh"].get(s, "").strip()]
    assert (missing, copied) == ([], [])
