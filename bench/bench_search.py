"""A search keystroke over 10,000 accounts: time to refresh the account list model (goal < 50 ms)."""

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

import models
from bench.make_big_db import ensure
from services.accounts import account_rows
from ui.models.account_table import AccountListModel


def main() -> None:
    app = QApplication([])
    models.open_database(ensure())
    started = time.perf_counter()
    rows = account_rows()
    load = time.perf_counter() - started
    model = AccountListModel()
    started = time.perf_counter()
    model.set_rows(rows, {})
    first = time.perf_counter() - started
    typed = "müller gmbh"
    times = []
    for _ in range(5):
        for n in range(1, len(typed) + 1):
            started = time.perf_counter()
            model.set_search(typed[:n])
            times.append(time.perf_counter() - started)
        for n in range(len(typed), -1, -1):
            started = time.perf_counter()
            model.set_search(typed[:n])
            times.append(time.perf_counter() - started)
    print(f"load {len(rows)} account rows: {load * 1000:.0f} ms; first sort: {first * 1000:.0f} ms")
    print(f"search keystroke: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms over {len(times)} keystrokes (goal < 50 ms)")
    del app


if __name__ == "__main__":
    main()
