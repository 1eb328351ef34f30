"""The Portfolio at scale: portfolio() per chart and the screen's open time, on a book given as an argument.

    python -m bench.bench_portfolio BOOK [--runs N]

BOOK is opened (and so migrated): use a COPY of a kept book (cp /tmp/kept-100k.sqlite /tmp/copy.sqlite). The day is
the stored plan's, so no whole-book re-plan is timed. Prints each chart's time, the click-through of a few charts'
largest bars, the quick charts' and the slow (background) charts' totals, and the screen's time from construction
to its first frame with the quick charts drawn, then to every chart drawn; medians of N warm runs (the first run's
file reads are not counted).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(fn, runs: int) -> float:
    fn()  # warm the file cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def screen_times(app, today: dt.date) -> tuple[float, float]:
    """Milliseconds to the first frame with the quick charts, and to every chart drawn."""
    from ui.views.portfolio import PortfolioView

    started = time.perf_counter()
    view = PortfolioView(today=today)
    view.resize(1500, 1000)
    view.show()
    view.grab()  # the first frame painted
    opened = time.perf_counter() - started
    while any(panel.chart is None for panel in view.panels.values()):
        app.processEvents()
    view.grab()
    complete = time.perf_counter() - started
    view.close()
    view.deleteLater()
    app.processEvents()
    return opened * 1000, complete * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    import models
    from services.cadence import store
    from services.health import portfolio as pf
    from ui.app import make_app

    app = make_app()
    models.open_database(args.book)
    today = store.plan_day() or dt.date.today()
    accounts = models.Account.select().count()
    print(f"book: {args.book} ({accounts:,} accounts), day {today}, median of {args.runs} warm runs")
    for key in pf.CHARTS:
        print(f"  {key:18} {median_ms(lambda k=key: pf.chart(k, today), args.runs):8.1f} ms")
    quick = [k for k in pf.CHARTS if k not in pf.SLOW]
    for key in ("band", "region", "promises_person", "replies"):
        chart = pf.chart(key, today)
        bars = [(chart.value(c, s), c, s) for s in chart.series for c in chart.categories]
        n, category, series = max(bars)
        ms = median_ms(lambda k=key, c=category, s=series: pf.accounts_behind(k, c, s, today), args.runs)
        print(f"  accounts behind the largest bar of {key} ({n:,}): {ms:8.1f} ms")
    print(f"portfolio(), quick charts: {median_ms(lambda: pf.portfolio(today, quick), args.runs):8.1f} ms")
    print(f"portfolio(), background:   {median_ms(lambda: pf.portfolio(today, pf.SLOW), args.runs):8.1f} ms")
    screen_times(app, today)  # warm
    runs = [screen_times(app, today) for _ in range(args.runs)]
    print(f"screen opened (first frame, quick charts): {statistics.median(r[0] for r in runs):8.1f} ms")
    print(f"screen complete (every chart drawn):       {statistics.median(r[1] for r in runs):8.1f} ms")
    models.close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
