"""The stored plan: a full re-plan, a new day, a read of 120 days, and one Done to the updated Today.

On the cached 10,000-account book (RAPPORT_BENCH_ACCOUNTS=100000 for 100,000) or the book given as the argument;
always on a copy (opening migrates a book)."""

import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import models
from bench.make_big_db import ensure
from services.cadence import bulk, plan, store
from services.cadence.today import refreshed, today_view


def timed(fn) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main(book: Path | None = None) -> None:
    """book: a book to measure (a copy is taken), else the cached benchmark book."""
    copy = Path(tempfile.mkdtemp()) / "cadence.sqlite"
    shutil.copy(book or ensure(), copy)
    models.open_database(copy)
    today = dt.date.today()
    full, planned = timed(lambda: store.replan_all(today))
    print(f"{planned:,} accounts")
    rows = models.db.execute_sql("SELECT COUNT(*) FROM planned_touch").fetchone()[0]
    print(f"full re-plan of {planned:,} accounts: {full:.2f} s, {rows:,} planned touches (goal < 10 s, background)")
    tomorrow = today + dt.timedelta(days=1)
    turn, moved = timed(lambda: store.advance(tomorrow))
    print(f"the turn of the day: {turn:.2f} s, {moved:,} accounts re-planned (those with a touch before it)")
    reads = [timed(lambda: plan(tomorrow, 120, include_overdue=True, today=tomorrow)) for _ in range(3)]
    print(f"read 120 days: median {statistics.median(t for t, _ in reads):.2f} s, {len(reads[0][1]):,} touches")
    opens = [timed(lambda: today_view(tomorrow))[0] for _ in range(5)]
    print(f"Today: median {statistics.median(opens) * 1000:.0f} ms (goal < 200 ms)")
    dones = []
    for _ in range(5):
        view = today_view(tomorrow)
        touch = (view.touches or view.overdue[0].touches or view.week.touches)[0]
        # What the Today screen does: the act, then its account read again (refreshed), the rest kept.
        dones.append(timed(lambda t=touch, v=view: (bulk.done_all([t]), refreshed(v, {t.account_uuid})))[0])
    print(f"Done to the updated Today: median {statistics.median(dones) * 1000:.0f} ms (goal < 50 ms)")
    models.close_database()
    shutil.rmtree(copy.parent, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
