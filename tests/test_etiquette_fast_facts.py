"""docs/fast-facts.md: every fast-changing fact has a next check after its last one, for a market with notes."""

import datetime as dt
from pathlib import Path

import resources
from services import countries as cs

ROOT = Path(__file__).resolve().parents[1]


def rows() -> list[list[str]]:
    lines = (ROOT / "docs" / "fast-facts.md").read_text(encoding="utf-8").splitlines()
    cells = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines if line.startswith("|")]
    return [row for row in cells if row[0] not in ("Market", "---")]


def test_fast_facts_lists_the_facts_the_issue_named():
    listed = {(row[0], row[1].split(",")[0]) for row in rows()}
    assert {("AE", "working_week"), ("RU", "communication"), ("IN", "communication")} <= listed


def test_every_next_check_is_after_its_checked_date():
    early = [row[:2] for row in rows() if dt.date.fromisoformat(row[4]) <= dt.date.fromisoformat(row[3])]
    assert early == []


def test_every_listed_market_has_its_own_notes():
    folder = resources.path("etiquette")
    assert [row[0] for row in rows() if not (folder / f"{row[0]}.json").is_file()] == []


def test_every_listed_section_is_a_notes_section():
    named = {s.strip() for row in rows() for s in row[1].split(",")}
    assert named <= set(cs.ETIQUETTE_SECTIONS)
