"""A promise's due-date history is read in one place, which tolerates text that is not a history."""

import pytest

from models.commitment import parse_due_history


def test_a_stored_history_reads_as_its_entries():
    text = '[{"due_date": "2026-11-01", "reason": "strike", "changed_at": "2026-10-30T10:00:00"}]'
    assert parse_due_history(text) == [{"due_date": "2026-11-01", "reason": "strike",
                                        "changed_at": "2026-10-30T10:00:00"}]


@pytest.mark.parametrize("text", [None, "", "[]", "not json", '{"due_date": "2026-11-01"}', "42"])
def test_no_or_unreadable_history_reads_as_none(text):
    assert parse_due_history(text) == []


def test_entries_that_are_not_records_are_left_out():
    assert parse_due_history('[1, "x", {"due_date": "2026-11-01"}]') == [{"due_date": "2026-11-01"}]
