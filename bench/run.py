"""Issue 17's table, measured: every row beside a bare PySide6 window started in the same run.

    python -m bench.run --accounts 10000|100000 [--runs N] [--only paint,search,...] [--db PATH] [--json]

Builds the book once (bench/make_big_db.py, cached in /tmp by size) and measures each row in fresh child
processes (bench/rows.py), so no row's memory or warm caches count in another's. Prints a markdown table:
the figure now, the bare window's, their ratio, the goal and PASS/MISS; --json prints the same as JSON.
Times are compared with the bare window's paint time, memory with its peak: a ratio that holds from one
machine to another.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.common import ROOT, Child, median_of, run_child, timed
from bench.make_big_db import ensure, path_for
from bench.rows import TYPED, store_available

ROWS = ("paint", "complete", "search", "today", "done", "replan", "memory")
APP = (sys.executable, "main.py", "--smoke-test", "--db")
BARE = (sys.executable, "bench/bare_window.py")


@dataclass
class Row:
    key: str
    label: str
    value: float | None  # seconds, or MB for memory; None: not available on this build
    unit: str
    detail: str  # what "now" shows beyond the value (a spread, a maximum, a count)
    ratio: float | None  # value over the bare window's (its paint time, or its peak memory)
    goal: str
    verdict: str  # PASS, MISS or "—" when not available


@dataclass
class Bare:
    paint_s: float
    peak_mb: float


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def probe(name: str, book: Path) -> tuple[dict, Child]:
    """One child process running a bench/rows.py probe: its result and how it ran."""
    child = run_child([sys.executable, "-m", "bench.rows", name, str(book)])
    found = [line for line in child.lines if line.startswith("result ")]
    if child.code != 0 or not found:
        raise SystemExit(f"bench.rows {name} failed (exit {child.code}): {child.lines[-3:]}")
    return json.loads(found[-1].removeprefix("result ")), child


def measure_startup(book: Path, runs: int, warm: bool = True) -> tuple[list[Child], list[Child]]:
    """The app's smoke test and the bare window, alternating (a run's ratio is against the bare run after it)."""
    app = [*APP, str(book)]
    if warm:  # the file cache
        timed(app)
        timed(BARE, ["painted"])
    pairs = [(timed(app), timed(BARE, ["painted"])) for _ in range(runs)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def measure_bare(runs: int) -> list[Child]:
    return [timed(BARE, ["painted"]) for _ in range(runs)]


def measure(name: str, book: Path, runs: int) -> list[dict]:
    results = []
    for n in range(runs):
        log(f"  {name} {n + 1}/{runs}")
        result, child = probe(name, book)
        results.append({**result, "peak_mb": child.peak_mb})
    return results


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("PASS" if ok else "MISS")


def startup_rows(app: list[Child], bare: list[Child]) -> list[Row]:
    rows = []
    for key, marker, label, most in (("paint", "painted", "first paint of the main window", 2),
                                     ("complete", "complete", "account list complete", 3)):
        times = [a.marks[marker] for a in app]
        ratio = median_of(a / b.marks["painted"] for a, b in zip(times, bare, strict=True))
        rows.append(Row(key, label, median_of(times), "s", f"{min(times):.2f}–{max(times):.2f} s", ratio,
                        f"≤ {most}x bare", verdict(ratio <= most)))
    return rows


def search_row(sessions: list[dict], bare: Bare) -> Row:
    keys = [t for s in sessions for t in s["keystrokes_s"]]
    middle, most = median_of(keys), max(keys)
    return Row("search", "search keystroke, list refreshed (median)", middle, "s",
               f"max {most * 1000:.0f} ms over {len(keys)} keystrokes; {sessions[0]['found']} rows for "
               f"'{TYPED}'", middle / bare.paint_s,
               "median < 50 ms, max < 100 ms", verdict(middle < 0.050 and most < 0.100))


def today_rows(results: list[dict], bare: Bare) -> list[Row]:
    opened = median_of(r["today_s"] for r in results)
    rows = [Row("today", "Today computed on open", opened, "s", f"{results[0]['due']:,} touches due",
                opened / bare.paint_s, "< 200 ms", verdict(opened < 0.200))]
    done = [r["done_s"] for r in results if r["done_s"] is not None]
    value = median_of(done) if done else None
    rows.append(Row("done", "Done → updated Today", value, "s", "one touch" if done else "no touch due",
                    value / bare.paint_s if value is not None else None, "< 50 ms",
                    verdict(value < 0.050 if value is not None else None)))
    return rows


def replan_row(results: list[dict], bare: Bare) -> Row:
    if not results[0]["available"]:
        return Row("replan", "full re-plan of the book", None, "s", "not available (no stored plan yet)", None,
                   "< 10 s, in the background with progress", verdict(None))
    value = median_of(r["replan_s"] for r in results)
    calls = min(r["progress_calls"] for r in results)
    return Row("replan", "full re-plan of the book", value, "s", f"{calls} progress reports", value / bare.paint_s,
               "< 10 s, in the background with progress", verdict(value < 10 and calls > 0))


def memory_row(sessions: list[dict], bare: Bare) -> Row:
    value = median_of(s["peak_mb"] for s in sessions)
    return Row("memory", "peak memory, book open, Today shown, a search typed", value, "MB",
               f"{sessions[0]['today_screen']} screen", value / bare.peak_mb, "< 300 MB", verdict(value < 300))


def collect(book: Path, runs: int, only: Sequence[str] = ROWS, warm: bool = True) -> tuple[Bare, list[Row]]:
    """Measure the rows asked for (in the order of ROWS) and the bare window beside them."""
    rows: list[Row] = []
    if {"paint", "complete"} & set(only):
        log("start-up: the app and the bare window, alternating")
        app, bare_runs = measure_startup(book, runs, warm)
        rows += [r for r in startup_rows(app, bare_runs) if r.key in only]
    else:
        bare_runs = measure_bare(runs)
    bare = Bare(median_of(b.marks["painted"] for b in bare_runs), median_of(b.peak_mb for b in bare_runs))
    if "replan" in only:
        rows.append(replan_row(measure("replan", book, runs), bare))
    elif store_available():  # the rows below read a stored plan: bring it up to date first, untimed
        measure("replan", book, 1)
    if {"today", "done"} & set(only):
        rows += [r for r in today_rows(measure("today", book, runs), bare) if r.key in only]
    if {"search", "memory"} & set(only):
        sessions = measure("session", book, runs)
        rows += [r for r in (search_row(sessions, bare), memory_row(sessions, bare)) if r.key in only]
    return bare, sorted(rows, key=lambda r: ROWS.index(r.key))


def shown(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def markdown(bare: Bare, rows: list[Row], title: str) -> str:
    lines = [title, "", "| action | now | bare window | ratio | goal | verdict |", "|" + " --- |" * 6]
    for r in rows:
        base = shown(bare.peak_mb if r.unit == "MB" else bare.paint_s, r.unit) if r.value is not None else "—"
        now = f"{shown(r.value, r.unit)} ({r.detail})" if r.value is not None else r.detail
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "—"
        lines.append(f"| {r.label} | {now} | {base} | {ratio} | {r.goal} | {r.verdict} |")
    lines += ["", "bare window: a PySide6 window with an empty table, painted (its paint time is the yardstick for"
              " times, its peak for memory); medians of the runs"]
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10000, help="size of the book (default %(default)s)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each row (default %(default)s)")
    parser.add_argument("--only", default=",".join(ROWS), help=f"some of: {','.join(ROWS)}")
    parser.add_argument("--db", type=Path, help="keep the book here instead of /tmp/rapport-bench-<size>.sqlite")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = parser.parse_args(argv)
    args.only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(args.only) - set(ROWS)
    if unknown:
        parser.error(f"unknown rows: {', '.join(sorted(unknown))} (choose from {', '.join(ROWS)})")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    book = ensure(args.db or path_for(args.accounts), args.accounts)
    sys.path.insert(0, str(ROOT / "packaging"))
    from bootstrap import compile_bytecode  # as the set-up command and the frozen app: start from bytecode

    compile_bytecode(Path(sys.executable))
    bare, rows = collect(book, args.runs, args.only)
    print(report(args, book, bare, rows))
    return 0


def report(args: argparse.Namespace, book: Path, bare: Bare, rows: list[Row]) -> str:
    """The table, or with --json the same figures as JSON (for the README)."""
    day = dt.date.today().isoformat()
    if args.json:
        return json.dumps({"accounts": args.accounts, "book": str(book), "runs": args.runs, "date": day,
                           "bare": asdict(bare), "rows": [asdict(r) for r in rows]}, indent=2, ensure_ascii=False)
    return markdown(bare, rows, f"{args.accounts:,} accounts ({book.name}), {args.runs} runs each, {day}")


if __name__ == "__main__":
    sys.exit(main())
