"""One brief (goal < 0.3 s) and a 200-account pack (goal < 20 s), on the 10,000-account benchmark book."""

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import models
from bench.make_big_db import ensure
from services.briefs import builder


def main() -> None:
    models.open_database(ensure())
    uuids = builder.pack_accounts()[:200]
    out = Path(tempfile.mkdtemp())
    started = time.perf_counter()
    builder.write_brief(uuids[0], out / "first.pdf")
    first = time.perf_counter() - started
    times = []
    for uuid in uuids[1:11]:
        started = time.perf_counter()
        builder.write_brief(uuid, out / "brief.pdf")
        times.append(time.perf_counter() - started)
    started = time.perf_counter()
    pages = builder.write_pack(uuids, out / "pack.pdf", today=dt.date.today())
    pack = time.perf_counter() - started
    print(f"one brief: median {statistics.median(times):.3f}s over {len(times)} accounts "
          f"(first, with font loading: {first:.3f}s) (goal < 0.3 s)")
    print(f"pack of {len(uuids)} accounts: {pack:.1f}s, {pages} pages (goal < 20 s)")


if __name__ == "__main__":
    main()
