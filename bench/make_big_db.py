"""Build (or reuse) a benchmark database: 10,000 accounts, ~30,000 contacts, 200,000 interactions.

The size is an argument (`python bench/make_big_db.py --accounts 100000 [PATH]`); RAPPORT_BENCH_ACCOUNTS=100000
makes every bench that calls ensure() run on a 100,000-account book instead (/tmp/rapport-bench-100k.sqlite,
built once: ~2,000,000 interactions, about 1 GB).
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import models
from services.accounts.demo import create_demo_data


def path_for(accounts: int) -> Path:
    """Where the book of that size is cached: /tmp/rapport-bench-10k.sqlite, -100k, or -250.sqlite below 1,000."""
    size = f"{accounts // 1000}k" if accounts >= 1000 and accounts % 1000 == 0 else str(accounts)
    return Path(f"/tmp/rapport-bench-{size}.sqlite")


ACCOUNTS = int(os.environ.get("RAPPORT_BENCH_ACCOUNTS", "10000"))
DEFAULT = path_for(ACCOUNTS)


def ensure(path: Path = DEFAULT, accounts: int = ACCOUNTS) -> Path:
    """The book at path with that many accounts, built (seed 7, so always the same book) unless already there."""
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=ACCOUNTS, help="how many accounts (default %(default)s)")
    parser.add_argument("path", nargs="?", type=Path, help="where to keep it (default /tmp/rapport-bench-<size>)")
    args = parser.parse_args(argv)
    ensure(args.path or path_for(args.accounts), args.accounts)


if __name__ == "__main__":
    main()
