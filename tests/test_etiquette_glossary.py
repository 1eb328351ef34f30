"""The etiquette notes' Chinese uses the glossary's one word for each culture term (docs/glossary.md)."""

import json
from pathlib import Path

import pytest

import resources

ROOT = Path(__file__).resolve().parents[1]
FOLDER = resources.path("etiquette")
FILES = sorted(FOLDER.glob("*.json")) + sorted((FOLDER / "regions").glob("*.json"))


def culture_terms() -> list[tuple[str, str, list[str]]]:
    """(English, 中文, variants not to use) from the glossary's 'Culture terms' table."""
    table = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").split("## Culture terms")[1]
    rows = []
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 3 and cells[0] not in ("English", "---"):
            rows.append((cells[0], cells[1], [v.strip() for v in cells[2].split(",") if v.strip()]))
    return rows


def _chinese_sections() -> list[tuple[str, str, str]]:
    out = []
    for path in FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        out += [(path.stem, section, text) for section, text in data["zh"].items()]
    return out


def test_glossary_has_the_culture_terms_the_issue_named():
    named = {english.split(",")[0] for english, _, _ in culture_terms()}
    assert {"Ramadan", "Eid al-Fitr", "Lunar New Year", "Golden Week", "Diwali", "Songkran", "halal", "WeChat",
            "WhatsApp"} <= named


@pytest.mark.parametrize(("english", "chinese", "variants"), culture_terms(), ids=[t[0] for t in culture_terms()])
def test_etiquette_chinese_uses_no_banned_variant(english, chinese, variants):
    astray = [(code, section, v) for code, section, text in _chinese_sections() for v in variants if v in text]
    assert astray == [], f"{english} is {chinese}"


def test_banned_variants_never_contain_the_chosen_word():
    """A variant that contains the chosen word (灯节 in 排灯节) would fail every correct text."""
    assert [(c, v) for _, c, vs in culture_terms() for v in vs if c in v] == []
