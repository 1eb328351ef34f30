"""Issue 19's load test: client processes running the app's mix against one PostgreSQL book, then SQLite for comparison.

    python -m bench.load_test [--seconds 60] [--clients 10] [--sqlite-clients 2] [--think 0] [--accounts 10000]
                              [--no-sqlite]

Starts its own PostgreSQL server (tests/pg_server.py; stopped at the end, even on failure) and makes the book
directly on it with make_big_db's generator (create_demo_data, seed 7: the same book as the SQLite file). The built
database is kept as a pg_dump in /tmp (rapport-load-<size>.pgdump) and restored on later runs, which saves the two
minutes of building. Each client (multiprocessing, spawn) opens the book with models.open_database and runs
bench/load_mix.py for the given seconds, flat out or with a pause after each action (--think, its mean); the parent
prints p50/p95/max per action, the errors, and the count-back of every write. Exit status 1 when an error happened
or a write was lost.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import models
from bench.load_mix import ACTIONS, Tally, counted, missing, prepare_plan
from bench.make_big_db import ensure, path_for
from tests import pg_server

GOAL_S = 0.100  # p95 of every action on the server


@dataclass
class Run:
    """One database's run: the clients' tallies and what the count-back found missing."""

    label: str
    clients: int
    seconds: float
    think: float
    tallies: list[Tally]
    lost: list[str]


def client(address: str, index: int, clients: int, seconds: float, think: float, start, out) -> None:
    """One client process: open the book, wait for the others, run the mix, send its tally back."""
    from bench.load_mix import Mix

    try:
        models.open_database(address)
        mix = Mix(index, clients)
        start.wait(timeout=300)
        tally = mix.run_for(seconds, think)
        models.close_database()
    except Exception as error:  # reported as this client's error, never a hung parent
        tally = Tally(errors=[f"client {index}: {type(error).__name__}: {error}"[:300]])
    out.put(asdict(tally))


def run_clients(label: str, address: str, clients: int, seconds: float, think: float) -> Run:
    """The clients against the book at address, started together; the count-back afterwards."""
    models.open_database(address)
    prepare_plan()
    before = counted()
    models.close_database()
    ctx = mp.get_context("spawn")
    start, out = ctx.Barrier(clients), ctx.Queue()
    procs = [ctx.Process(target=client, args=(address, n, clients, seconds, think, start, out)) for n in range(clients)]
    for proc in procs:
        proc.start()
    tallies = [Tally(**out.get(timeout=seconds + 600)) for _ in procs]
    for proc in procs:
        proc.join()
    models.open_database(address)
    lost = missing(tallies, before)
    models.close_database()
    return Run(label, clients, seconds, think, tallies, lost)


def dump_path(accounts: int) -> Path:
    return path_for(accounts).with_name(path_for(accounts).stem.replace("bench", "load") + ".pgdump")


def server_book(server: pg_server.Server, accounts: int) -> str:
    """A fresh database on the server holding the demo book: restored from the kept dump, else built and dumped."""
    url = server.create_database("load")
    dump = dump_path(accounts)
    if dump.exists():
        subprocess.run([str(server.bin / "pg_restore"), "--no-owner", "-d", url, str(dump)], check=True)
        models.open_database(url)  # a dump from an older schema is migrated here
        models.close_database()
        return url
    from services.accounts.demo import create_demo_data

    started = time.perf_counter()
    models.open_database(url)
    counts = create_demo_data(accounts, seed=7)
    models.close_database()
    log(f"built the server book: {counts} in {time.perf_counter() - started:.0f} s")
    subprocess.run([str(server.bin / "pg_dump"), "-Fc", "-f", str(dump), url], check=True)
    return url


def run_postgresql(accounts: int, clients: int, seconds: float, think: float) -> Run:
    server = pg_server.start()
    try:
        url = server_book(server, accounts)
        log(f"PostgreSQL: {clients} clients for {seconds:.0f} s")
        return run_clients("PostgreSQL", url, clients, seconds, think)
    finally:
        server.stop()


def run_sqlite(accounts: int, clients: int, seconds: float, think: float) -> Run:
    """The same book as a file (make_big_db's cached one, copied: the run writes to it)."""
    kept = ensure(path_for(accounts), accounts)
    with tempfile.TemporaryDirectory(prefix="rapport-load-") as folder:
        book = Path(folder) / "book.sqlite"
        shutil.copyfile(kept, book)
        log(f"SQLite: {clients} processes for {seconds:.0f} s")
        return run_clients("SQLite", str(book), clients, seconds, think)


def ms(value: float) -> str:
    return f"{value * 1000:.0f} ms"


def rows_of(run: Run) -> list[str]:
    lines = []
    for action in ACTIONS:
        times = sorted(t for tally in run.tallies for t in tally.latencies[action])
        if not times:
            lines.append(f"| {run.label} | {action} | 0 | — | — | — | — |")
            continue
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        verdict = ("PASS" if p95 < GOAL_S else "MISS") if run.label == "PostgreSQL" else "—"
        lines.append(f"| {run.label} | {action} | {len(times)} | {ms(statistics.median(times))} | {ms(p95)} | "
                     f"{ms(times[-1])} | {verdict} |")
    return lines


def summary(run: Run) -> str:
    errors = [e for t in run.tallies for e in t.errors]
    writes = sum(len(t.interactions) + len(t.promises) + len(t.done) for t in run.tallies)
    kept = "every write counted back" if not run.lost else "LOST: " + "; ".join(run.lost)
    shown = f"; first: {errors[0]}" if errors else ""
    pace = f", a pause of {run.think:g} s on average after each action" if run.think else ", flat out"
    return (f"{run.label}, {run.clients} clients, {run.seconds:.0f} s{pace}: {len(errors)} errors{shown}; "
            f"{writes} writes, {kept}")


def table(runs: list[Run]) -> str:
    lines = ["| database | action | count | p50 | p95 | max | p95 < 100 ms |", "|" + " --- |" * 7]
    for run in runs:
        lines += rows_of(run)
    return "\n".join([*lines, "", *(summary(r) for r in runs)])


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.load_test", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60, help="how long the clients run (default %(default)s)")
    parser.add_argument("--clients", type=int, default=10, help="client processes on the server (default %(default)s)")
    parser.add_argument("--sqlite-clients", type=int, default=2, help="processes on the file (default %(default)s)")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean pause in seconds after each action (default %(default)s: flat out)")
    parser.add_argument("--accounts", type=int, default=10000, help="size of the book (default %(default)s)")
    parser.add_argument("--no-sqlite", action="store_true", help="only the server")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    runs = [run_postgresql(args.accounts, args.clients, args.seconds, args.think)]
    if not args.no_sqlite:
        runs.append(run_sqlite(args.accounts, args.sqlite_clients, args.seconds, args.think))
    print(f"{args.accounts:,} accounts, loopback, {mp.cpu_count()} cores\n")
    print(table(runs))
    return 0 if all(not r.lost and not any(t.errors for t in r.tallies) for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
