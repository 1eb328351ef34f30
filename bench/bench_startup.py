"""Start-up to the painted main window with 10k accounts vs a bare PySide6 window, side by side.

Runs both as whole processes, alternating, N times each, and prints the medians and their ratio
(goal: Rapport at most 2x the bare window).
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.make_big_db import ensure  # noqa: E402

RUNS = int(os.environ.get("RUNS", "5"))


def timed(cmd: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    db = ensure()
    app = [sys.executable, "main.py", "--db", str(db), "--smoke-test"]
    bare = [sys.executable, "bench/bare_window.py"]
    timed(app)
    timed(bare)  # warm the file cache
    app_times, bare_times = [], []
    for _ in range(RUNS):
        app_times.append(timed(app))
        bare_times.append(timed(bare))
    a, b = statistics.median(app_times), statistics.median(bare_times)
    print(f"start-up, 10,000 accounts: median {a:.3f}s (min {min(app_times):.3f}, max {max(app_times):.3f})")
    print(f"bare PySide6 window:       median {b:.3f}s (min {min(bare_times):.3f}, max {max(bare_times):.3f})")
    print(f"ratio: {a / b:.2f}x (goal <= 2x)")


if __name__ == "__main__":
    main()
