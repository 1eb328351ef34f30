"""A search keystroke over the benchmark book: time to refresh the account list model (goal: median < 50 ms,
max < 100 ms), and the process's peak memory with the book open and a search typed.

    bench_search.py [BOOK]   BOOK: a copy of the benchmark book to use (opening it brings it to this schema)
"""

import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

import models
from bench.make_big_db import ensure
from ui.models.account_table import AccountListModel

TYPED = ("müller gmbh", "ромашка", "株式会社", "+49 711", "pt sankyo", "zz")
SHOWN = 30  # the rows a list shows on screen: each keystroke reads them, as the view's paint would


def keystrokes(model: AccountListModel, typed: str) -> tuple[list[float], list[float]]:
    """Type typed letter by letter, then take it back letter by letter: the seconds of each keystroke, on the
    clock and in CPU time (this process's own work, which other load on a shared machine does not stretch)."""
    wall, cpu = [], []
    prefixes = [typed[:n] for n in range(1, len(typed) + 1)] + [typed[:n] for n in range(len(typed) - 1, -1, -1)]
    for text in prefixes:
        started, used = time.perf_counter(), time.process_time()
        model.set_search(text)
        for row in range(min(SHOWN, model.rowCount())):
            model.row_at(row)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return wall, cpu


def figures(label: str, times: list[float]) -> str:
    return (f"{label}: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
            f"over {len(times)} keystrokes")


def main() -> None:
    app = QApplication([])
    book = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    started = time.perf_counter()
    models.open_database(ensure(book) if book else ensure())
    opened = time.perf_counter() - started
    model = AccountListModel()
    started = time.perf_counter()
    model.reload({})
    first = time.perf_counter() - started
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(3):
        for typed in TYPED:
            on_clock, in_cpu = keystrokes(model, typed)
            wall += on_clock
            cpu += in_cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{model.total()} accounts: book opened (and migrated if needed) in {opened * 1000:.0f} ms; "
          f"list ready (count and first page) in {first * 1000:.1f} ms")
    print(figures("search keystroke", wall) + " (goal: median < 50 ms, max < 100 ms)")
    print(figures("  the same in CPU time", cpu) + f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"peak memory: {peak:.0f} MB")
    del app


if __name__ == "__main__":
    main()
