"""The bench entry point (bench/run.py): each row measured on a small book gives a figure, and the table renders.

No timing is asserted: the figures of a 200-account book on a shared machine say nothing; the rows' plumbing does.
"""

import argparse
import json

import pytest

import models
from bench import make_big_db, run
from bench.make_big_db import ensure, path_for
from bench.rows import store_available


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    """All rows, once each, on a 200-account book; the child processes keep their settings in a temporary home."""
    home = tmp_path_factory.mktemp("bench-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(home / "data"))
        patch.setenv("XDG_CONFIG_HOME", str(home / "config"))
        book = ensure(tmp_path_factory.mktemp("bench") / "book.sqlite", accounts=200)
        bare, rows = run.collect(book, runs=1, warm=False)
    return bare, {row.key: row for row in rows}


def test_every_row_of_the_issue_table_is_measured(measured):
    _bare, rows = measured
    assert list(rows) == list(run.ROWS)


def test_the_bare_window_gives_the_yardsticks(measured):
    bare, _rows = measured
    assert min(bare.paint_s, bare.peak_mb) > 0


@pytest.mark.parametrize("key", ["paint", "complete"])
def test_startup_rows_time_the_window(measured, key):
    _bare, rows = measured
    assert rows[key].value > 0


@pytest.mark.parametrize("key", ["search", "today", "done"])
def test_times_are_compared_with_the_bare_window_paint(measured, key):
    bare, rows = measured
    assert rows[key].ratio == pytest.approx(rows[key].value / bare.paint_s)


def test_search_row_times_each_keystroke_typed_and_erased(measured):
    _bare, rows = measured
    assert f"over {2 * len('müller gmbh')} keystrokes;" in rows["search"].detail


@pytest.mark.parametrize("key", ["today", "done"])
def test_today_rows_time_the_services(measured, key):
    _bare, rows = measured
    assert rows[key].value > 0


def test_replan_row_is_timed_with_a_stored_plan_and_not_available_without(measured):
    _bare, rows = measured
    replan = rows["replan"]
    if store_available():
        assert replan.value > 0
    else:
        assert (replan.value, replan.detail, replan.verdict) == (None, "not available (no stored plan yet)", "—")


def test_memory_row_is_the_session_peak_against_the_bare_peak(measured):
    bare, rows = measured
    assert rows["memory"].ratio == pytest.approx(rows["memory"].value / bare.peak_mb)


def test_table_renders_one_line_per_row_with_its_verdict(measured):
    bare, rows = measured
    table = run.markdown(bare, list(rows.values()), "200 accounts")
    lines = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert [(line.split(" | ")[0].removeprefix("| "), line.split(" | ")[-1].rstrip(" |")) for line in lines] == [
        (row.label, row.verdict) for row in rows.values()]


def test_json_report_holds_every_row(measured, tmp_path):
    bare, rows = measured
    args = argparse.Namespace(json=True, accounts=200, runs=1)
    shown = json.loads(run.report(args, tmp_path / "book.sqlite", bare, list(rows.values())))
    assert [row["key"] for row in shown["rows"]] == list(run.ROWS)


def test_only_measures_the_rows_asked_for(measured, tmp_path):
    book = ensure(tmp_path / "book.sqlite", accounts=20)
    _bare, rows = run.collect(book, runs=1, only=["today"], warm=False)
    assert [row.key for row in rows] == ["today"]


def test_an_unknown_row_is_refused():
    with pytest.raises(SystemExit):
        run.parse_args(["--only", "paint,speed"])


def test_the_cached_book_is_named_after_its_size():
    assert [path_for(n).name for n in (10000, 100000, 250)] == [
        "rapport-bench-10k.sqlite", "rapport-bench-100k.sqlite", "rapport-bench-250.sqlite"]


def test_make_big_db_builds_the_size_asked_for(tmp_path):
    make_big_db.main(["--accounts", "20", str(tmp_path / "book.sqlite")])
    models.open_database(tmp_path / "book.sqlite")
    try:
        assert models.Account.select().count() == 20
    finally:
        models.close_database()
