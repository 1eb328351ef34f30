"""Render every screen offscreen with demo data and save PNGs (for the README and for checking layouts).

    .venv/bin/python docs/take_screenshots.py [--lang en|zh] [--dark] [--out DIR]
"""

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en", choices=["en", "zh"])
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    import models
    from services.accounts.demo import create_demo_data
    from ui import app as gui
    from ui import i18n

    qapp = gui.make_app()
    if args.dark:
        # The offscreen platform has no colour scheme: use the palette Rapport applies when the system is dark.
        qapp.setPalette(gui._dark_palette())
    gui._load_fonts()
    i18n.install(qapp, args.lang)
    models.open_database(Path(tempfile.mkdtemp()) / "shots.sqlite")
    create_demo_data(60, seed=4, today=dt.date.today())
    from ui.main_window import MainWindow

    window = MainWindow("~/.local/share/Rapport/rapport.sqlite")
    window.resize(1360, 820)
    window.show()
    suffix = f"{args.lang}{'-dark' if args.dark else ''}"
    accounts = window.accounts
    accounts.select_account(accounts.model.row_at(3).uuid)
    for index in range(window.nav.count()):
        window.nav.setCurrentRow(index)
        if window.stack.currentWidget() is window.countries:
            window.countries.select_country("SA")
        qapp.processEvents()
        _wait_until_loaded(qapp, window.stack.currentWidget())
        name = [n for n, _factory in window._factories][index]
        window.grab().save(str(out / f"{name}-{suffix}.png"))
    print(f"saved screenshots to {out}")
    return 0


def _wait_until_loaded(qapp, screen, seconds: float = 20.0) -> None:
    """A screen that reads in the background (the week view) is grabbed once its data is in."""
    import time

    from ui import worker

    deadline = time.monotonic() + seconds
    while worker._RUNNING and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.02)
    for _ in range(3):  # the results' signal, then the layout their texts ask for
        qapp.processEvents()


if __name__ == "__main__":
    sys.exit(main())
