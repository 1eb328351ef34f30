"""Planning 10,000 accounts for 120 days (goal < 1 s)."""

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import models
from bench.make_big_db import ACCOUNTS, ensure
from services.cadence import plan


def main() -> None:
    models.open_database(ensure())
    today = dt.date.today()
    times, count = [], 0
    for _ in range(5):
        started = time.perf_counter()
        count = len(plan(today, 120, include_overdue=True))
        times.append(time.perf_counter() - started)
    print(f"plan {ACCOUNTS:,} accounts x 120 days: {count} touches, median {statistics.median(times):.3f}s "
          f"(first {times[0]:.3f}s, min {min(times):.3f}s) (goal < 1 s)")


if __name__ == "__main__":
    main()
