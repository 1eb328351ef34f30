"""Merging a ~49,000-record bundle (2,000 demo accounts) into another book (goal < 15 s): seconds and peak memory.

Each merge runs in its own process, so its peak resident memory is the merge's alone: into an empty book
(everything added), the same bundle again (everything unchanged), then a later bundle from the same book with
a tenth of its records changed there (updates).
"""

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import models  # noqa: E402
from services.accounts.demo import create_demo_data  # noqa: E402
from services.exchange import bundle  # noqa: E402

CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[3])
import models
from services.exchange import bundle
models.open_database(sys.argv[1])
started = time.perf_counter()
r = bundle.import_bundle(sys.argv[2])
seconds = time.perf_counter() - started
# VmHWM is this process's own peak (ru_maxrss would carry the parent's peak over the fork on Linux).
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "added": r.added, "updated": r.updated,
                  "unchanged": r.unchanged, "conflicts": len(r.conflicts)}))
"""


def merge_in_child(book: Path, path: Path) -> dict:
    """Run one merge in a fresh process; it reports its seconds, counts and peak memory (Linux)."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(book), str(path), str(ROOT)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def changed_tenth(path: Path, out: Path) -> None:
    """A later bundle from the same book, with every tenth record edited there since."""
    data = json.loads(path.read_text(encoding="utf-8"))
    later = models.utcnow().isoformat()
    data["exported_at"] = later
    for kind in bundle.KINDS:
        for record in data[kind][::10]:
            record["updated_at"] = later
            key = "summary" if kind == "interactions" else "notes"
            record[key] = (record.get(key) or "") + " (changed at the fair)"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, path = folder / "source.sqlite", folder / "bundle.json"
        models.open_database(source)
        started = time.perf_counter()
        create_demo_data(2000, seed=1)
        counts = bundle.export_bundle(path)
        models.close_database()
        total = sum(counts.values())
        print(f"built and exported {total:,} records ({counts}) in {time.perf_counter() - started:.1f}s, "
              f"{path.stat().st_size / 1e6:.1f} MB")
        changed_tenth(path, folder / "changed.json")
        runs = [("into an empty book", folder / "empty.sqlite", path),
                ("the same bundle again", folder / "empty.sqlite", path),
                ("a later bundle, a tenth changed there", folder / "empty.sqlite", folder / "changed.json")]
        for label, book, bundle_path in runs:
            r = merge_in_child(book, bundle_path)
            print(f"{label}: {r['seconds']:.2f}s, peak {r['peak_mb']:.0f} MB (added {r['added']:,}, "
                  f"updated {r['updated']:,}, unchanged {r['unchanged']:,}, conflicts {r['conflicts']:,}) "
                  f"(goal < 15 s)")


if __name__ == "__main__":
    main()
