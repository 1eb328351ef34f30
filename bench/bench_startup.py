"""Start-up to the painted main window with 10k accounts vs a bare PySide6 window, side by side.

Runs both as whole processes, alternating, N times each (RUNS, default 9). For each run it notes when the
process printed that its window was painted (read from its output as it happens, so both sides are timed
the same way from launch), when Rapport's account list was complete, and when the process ended.
Prints the medians and the ratios to the bare window (goal: painted window at most 2x, list complete — its
count known and its last row shown — at most 3x).

    bench_startup.py [BOOK]   BOOK: a copy of the benchmark book to use (opening it brings it to this schema)
"""

import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]
from bootstrap import compile_bytecode  # noqa: E402

from bench.common import timed  # noqa: E402
from bench.make_big_db import ACCOUNTS, ensure  # noqa: E402

RUNS = int(os.environ.get("RUNS", "9"))


def main() -> None:
    db = ensure(Path(sys.argv[1])) if len(sys.argv) > 1 else ensure()
    # As `packaging/bootstrap.py run` does (and the frozen app ships): start from compiled bytecode.
    compile_bytecode(Path(sys.executable))
    app = [sys.executable, "main.py", "--db", str(db), "--smoke-test"]
    bare = [sys.executable, "bench/bare_window.py"]
    timed(app)
    timed(bare)  # warm the file cache
    app_runs, bare_runs = [], []
    for _ in range(RUNS):
        app_runs.append(timed(app))
        bare_runs.append(timed(bare))

    def median(runs, key):
        return statistics.median(r.marks[key] for r in runs)

    bare_painted, bare_exit = median(bare_runs, "painted"), median(bare_runs, "exit")
    print(f"runs: {RUNS} each, alternating; {ACCOUNTS:,} accounts ({db.name})")
    print(f"bare PySide6 window painted:       {bare_painted:.3f}s   (process ended {bare_exit:.3f}s)")
    for label, key in (("Rapport main window painted:", "painted"), ("Rapport account list complete:", "complete")):
        value = median(app_runs, key)
        spread = [r.marks[key] for r in app_runs]
        # The ratio run by run (each Rapport run against the bare run right after it) holds up when the
        # machine's speed drifts during the benchmark; its median is the figure to quote.
        pairs = statistics.median(a.marks[key] / b.marks["painted"] for a, b in zip(app_runs, bare_runs, strict=True))
        print(f"{label:34s} {value:.3f}s   = {pairs:.2f}x the bare window, median of pairs "
              f"(min {min(spread):.3f}, max {max(spread):.3f})")
    app_exit = median(app_runs, "exit")
    print(f"{'whole processes (launch to exit):':34s} {app_exit:.3f}s vs {bare_exit:.3f}s "
          f"= {app_exit / bare_exit:.2f}x")
    print("goal: main window painted at most 2x the bare window, account list complete at most 3x")


if __name__ == "__main__":
    main()
