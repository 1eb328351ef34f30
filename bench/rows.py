"""The measurements bench/run.py makes, each run in a fresh child process: `python -m bench.rows PROBE BOOK`.

Each probe prints one line `result {json}` at the end; the parent reads it (and the child's peak memory).
today: Today computed on open, then Done on one touch to the updated Today (services only).
replan: the full re-plan of the book with its progress calls, or "not available" before the stored plan.
session: the app's window on the book, Today shown, then a search typed key by key into the account list.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import models

TYPED = "müller gmbh"  # typed letter by letter, then erased: 22 keystrokes a pass
STORE = "services.cadence.store"  # the stored plan (issue 17); absent before it is merged


def store_available() -> bool:
    return importlib.util.find_spec(STORE) is not None


def probe_today() -> dict:
    import services.commitments.rows  # noqa: F401  (imported, as in the running app: only the work is timed)
    from services.cadence import bulk
    from services.cadence.today import refreshed, today_view

    today, now = dt.date.today(), dt.datetime.now(dt.UTC)
    started = time.perf_counter()
    view = today_view(today, now)
    opened = time.perf_counter() - started
    due = view.touches + [t for group in view.overdue for t in group.touches]
    if not due:
        return {"today_s": opened, "done_s": None, "due": 0}
    started = time.perf_counter()
    bulk.done_all([due[0]])
    after = refreshed(view, {due[0].account_uuid}, now)  # what the Today screen reads after an act
    done = time.perf_counter() - started
    return {"today_s": opened, "done_s": done, "due": len(due), "due_after": len(after.touches) + after.overdue_count}


def probe_replan() -> dict:
    if not store_available():
        return {"available": False}
    store = importlib.import_module(STORE)
    calls = []

    def progress(*done_of_total: int) -> bool:  # counted only: (done, total) as ui/worker.py passes them
        calls.append(done_of_total)
        return True

    started = time.perf_counter()
    store.replan_all(dt.date.today(), progress=progress)
    return {"available": True, "replan_s": time.perf_counter() - started, "progress_calls": len(calls)}


def _settle(app, widget=None, limit: float = 600) -> None:
    """Let the window finish what it started, for up to limit seconds: queued events, background workers (a screen
    loading its data) and the widget's pending single-shot timers (a search that waits for typing to pause)."""
    from PySide6.QtCore import QThreadPool, QTimer

    def pending() -> bool:
        timers = widget.findChildren(QTimer) if widget is not None else []
        return bool(QThreadPool.globalInstance().activeThreadCount()) or any(
            t.isActive() and t.isSingleShot() for t in timers)

    app.processEvents()
    deadline = time.perf_counter() + limit
    while pending() and time.perf_counter() < deadline:
        QThreadPool.globalInstance().waitForDone(5)
        app.processEvents()
    app.processEvents()


def _show_today(window, app) -> str:
    """Show the Today screen (the agenda before issue 16's Today screen) and wait until it holds its data."""
    names = [name for name, _factory in window._factories]  # the window offers no public list of its screens
    name = "today" if "today" in names else "agenda"
    window.show_screen(window.screen(name))
    _settle(app)
    return name


def probe_session(book: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui import i18n
    from ui.app import _load_fonts, make_app
    from ui.opening import build_main_window

    app = make_app([sys.argv[0]])
    i18n.install(app, i18n.choose_lang(None))
    _load_fonts()
    models.open_database(book)
    window = build_main_window(book)
    window.show()
    _settle(app)
    shown = _show_today(window, app)
    window.show_screen(window.accounts)
    _settle(app)
    view = window.accounts
    keystrokes, found = [], -1
    for text in [TYPED[:n] for n in range(1, len(TYPED) + 1)] + [TYPED[:n] for n in range(len(TYPED) - 1, -1, -1)]:
        started = time.perf_counter()
        view.search.setText(text)
        _settle(app, view, limit=2)
        view.table.grab()  # the list refreshed on screen: its visible rows read and painted
        keystrokes.append(time.perf_counter() - started)
        if text == TYPED:  # proof that the list did follow the search
            found = view.table.model().rowCount()
    window.close()
    models.close_database()
    return {"keystrokes_s": keystrokes, "today_screen": shown, "found": found}


def main(argv: list[str]) -> int:
    probe, book = argv[0], Path(argv[1])
    if probe == "session":
        result = probe_session(book)
    else:
        models.open_database(book)
        result = {"today": probe_today, "replan": probe_replan}[probe]()
        models.close_database()
    print("result " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
