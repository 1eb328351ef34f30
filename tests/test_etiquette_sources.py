"""Every shipped etiquette section says where it comes from (pages that support it) and when it was checked."""

import datetime as dt
import json
from pathlib import Path

import pytest

import resources
from services import countries as cs

FOLDER = resources.path("etiquette")
FILES = sorted(FOLDER.glob("*.json")) + sorted((FOLDER / "regions").glob("*.json"))
# Pages that support nothing a section says: a comparison tool and an index of guides.
GENERIC = ("hofstede-insights.com/country-comparison", "trade.gov/country-commercial-guides")


def _sources(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["sources"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_section_has_a_page_with_a_title_and_url(path):
    sources = _sources(path)
    bare = [s for s in cs.ETIQUETTE_SECTIONS
            if not any(p.get("title") and p.get("url", "").startswith("https://")
                       for p in (sources.get(s) or {}).get("pages", []))]
    assert not bare, f"{path.name}: no titled https source for {bare}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_section_has_a_checked_date_no_later_than_today(path):
    sources = _sources(path)
    for section in cs.ETIQUETTE_SECTIONS:
        checked = dt.date.fromisoformat(sources[section]["checked"])
        assert checked <= dt.date.today(), f"{path.name}: {section} checked in the future ({checked})"


def test_no_section_cites_a_generic_tool_or_index():
    cited = [(path.name, page["url"]) for path in FILES for entry in _sources(path).values()
             for page in entry["pages"] if any(g in page["url"] for g in GENERIC)]
    assert not cited


def test_sources_name_only_known_sections():
    stray = [(path.name, key) for path in FILES for key in _sources(path) if key not in cs.ETIQUETTE_SECTIONS]
    assert not stray
