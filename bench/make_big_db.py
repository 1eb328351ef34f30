"""Build (or reuse) a benchmark database: 10,000 accounts, ~30,000 contacts, 200,000 interactions.

RAPPORT_BENCH_ACCOUNTS=100000 makes every bench that calls ensure() run on a 100,000-account book instead
(/tmp/rapport-bench-100k.sqlite, built once: ~2,000,000 interactions, about 1 GB).
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import models
from services.accounts.demo import create_demo_data

ACCOUNTS = int(os.environ.get("RAPPORT_BENCH_ACCOUNTS", "10000"))
DEFAULT = Path(f"/tmp/rapport-bench-{ACCOUNTS // 1000}k.sqlite")


def ensure(path: Path = DEFAULT, accounts: int = ACCOUNTS) -> Path:
    if path.exists():
        models.open_database(path)
        count = models.Account.select().count()
        models.close_database()
        if count == accounts:
            return path
        path.unlink()
    models.open_database(path)
    started = time.perf_counter()
    counts = create_demo_data(accounts, seed=7)
    models.close_database()
    print(f"built {path}: {counts} in {time.perf_counter() - started:.1f}s")
    return path


if __name__ == "__main__":
    ensure(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
