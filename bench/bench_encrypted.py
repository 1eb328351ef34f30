"""Start-up of an encrypted 10,000-account book against the same book unencrypted, side by side in one run, and a
search keystroke on each (goal: start-up within 1.3x of the plain book, search keystroke under 50 ms).

Copies the benchmark book twice into a temporary folder (the source is never changed), encrypts one copy, then
alternates fresh processes on both, RUNS times each (default 7): each opens the book as the GUI does (its check
held back) and reads the account list's count and first page, printing the seconds; the whole app is timed the
same way to its painted window (`main.py --smoke-test`). A fresh process per run counts the passphrase's key
derivation every time, as a real start does.

    bench_encrypted.py [BOOK]   BOOK: the plain benchmark book to copy (default: bench/make_big_db.py's)
"""

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import timed  # noqa: E402

RUNS = int(os.environ.get("RUNS", "7"))
PASSPHRASE = "correct horse battery staple"


def child(book: Path, passphrase: str | None) -> None:
    """One start: open the book as the GUI does and read the list's first page; then a few search keystrokes."""
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    import models
    from bench.bench_search import SHOWN, keystrokes
    from ui.models.account_table import AccountListModel

    app = QApplication([])
    deriving = time.perf_counter()
    if passphrase is not None:  # what opening would do first anyway: timed apart, as the key derivation's share
        from models.encrypted import raw_key

        raw_key(book, passphrase)
    print(f"derived {time.perf_counter() - deriving:.4f}", flush=True)
    models.open_database(book, defer_check=True, passphrase=passphrase)
    model = AccountListModel()
    model.reload({})
    for row in range(min(SHOWN, model.rowCount())):
        model.row_at(row)
    print(f"listed {time.perf_counter() - started:.4f}", flush=True)
    wall: list[float] = []
    for typed in ("müller gmbh", "+49 711", "pt sankyo"):
        wall += keystrokes(model, typed)[0]
    print(f"search {statistics.median(wall):.4f} {max(wall):.4f}", flush=True)
    checked = time.perf_counter()
    models.run_held_check()
    print(f"checked {time.perf_counter() - checked:.4f}", flush=True)
    models.close_database()
    del app


def prepare(source: Path, folder: Path) -> tuple[Path, Path, float]:
    """The plain copy (brought to this schema), the encrypted copy, and the seconds encrypting took."""
    import models
    from services.book import encryption

    plain, secret = folder / "plain.sqlite", folder / "encrypted.sqlite"
    shutil.copyfile(source, plain)
    models.open_database(plain)
    models.close_database()
    shutil.copyfile(plain, secret)
    started = time.perf_counter()
    encryption.encrypt_book(secret, PASSPHRASE)
    took = time.perf_counter() - started
    for book, passphrase in ((plain, None), (secret, PASSPHRASE)):  # first opens switch to WAL: not measured
        models.open_database(book, passphrase=passphrase)
        models.close_database()
    return plain, secret, took


def _value(lines: list[str], key: str) -> list[float]:
    return next([float(v) for v in line.split()[1:]] for line in lines if line.startswith(key))


def main() -> None:
    from bench.make_big_db import ensure

    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ensure()
    with tempfile.TemporaryDirectory(prefix="rapport-bench-encrypted-") as tmp:
        plain, secret, took = prepare(source, Path(tmp))
        sides = {"plain": (plain, {}), "encrypted": (secret, {"RAPPORT_PASSPHRASE": PASSPHRASE})}
        results: dict[str, dict[str, list]] = {name: {"listed": [], "derived": [], "search": [], "checked": [],
                                                      "painted": []}
                                               for name in sides}
        for _ in range(RUNS):
            for name, (book, env) in sides.items():
                os.environ.pop("RAPPORT_PASSPHRASE", None)
                os.environ.update(env)
                run = timed([sys.executable, __file__, "--child", str(book)], ("listed",))
                for key in ("listed", "derived", "search", "checked"):
                    results[name][key].append(_value(run.lines, key))
                app = timed([sys.executable, "main.py", "--db", str(book), "--smoke-test"])
                results[name]["painted"].append(app.marks["painted"])
        os.environ.pop("RAPPORT_PASSPHRASE", None)
        report(results, took, plain.stat().st_size)


def report(results: dict, took: float, size: int) -> None:
    def med(name: str, key: str, i: int = 0) -> float:
        return statistics.median(r[i] if isinstance(r, list) else r for r in results[name][key])

    print(f"runs: {RUNS} each, alternating; book of {size / 1e6:.0f} MB; encrypting it took {took:.1f}s")
    for label, key in (("open + first list page", "listed"), ("app main window painted", "painted")):
        plain, secret = med("plain", key), med("encrypted", key)
        print(f"{label:26s} plain {plain:.3f}s  encrypted {secret:.3f}s  = {secret / plain:.2f}x (goal <= 1.3x)")
    derived = med("encrypted", "derived")
    without = med("encrypted", "listed") - derived
    print(f"{'  of which key derivation':26s} {derived:.3f}s (PBKDF2-HMAC-SHA512, 256,000 rounds: slow by design); "
          f"without it {without:.3f}s = {without / med('plain', 'listed'):.2f}x")
    for name in ("plain", "encrypted"):
        print(f"search keystroke ({name:9s}) median {med(name, 'search') * 1000:.1f} ms, "
              f"max {med(name, 'search', 1) * 1000:.1f} ms (goal: under 50 ms)")
    print(f"held-back integrity check (runs after the window paints): plain {med('plain', 'checked'):.2f}s, "
          f"encrypted {med('encrypted', 'checked'):.2f}s")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]), os.environ.get("RAPPORT_PASSPHRASE"))
    else:
        main()
