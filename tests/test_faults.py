"""Fault injection: import, bundle merge, restore and demo run as real processes and are killed (kill -9) at
seeded random moments; the book must then pass SQLite's integrity check, hold either everything or nothing of
the command's records, and open again. Only main.py commands are driven, so the test holds whatever the
commands do inside."""

import json
import random
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest
from cli_run import ROOT, run_cli

import models

# Seeded kills per command; a restore's work is short (a copy and two checks), so it gets more tries to be hit.
SEEDS = {"import": 5, "merge": 5, "restore": 12, "demo": 5}
TABLES = ("account", "contact", "interaction", "commitment")


def counts(book):
    con = sqlite3.connect(book)  # a read-write connection: it replays what a killed process left in the -wal
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return tuple(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES)
    finally:
        con.close()


@pytest.fixture(scope="module")
def material(tmp_path_factory):
    """A book of 40 demo accounts, and the files each command takes in."""
    folder = tmp_path_factory.mktemp("material")
    book = folder / "rapport.sqlite"
    assert run_cli("demo", "--accounts", "40", "--seed", "2", db=book).returncode == 0
    other = folder / "other" / "rapport.sqlite"
    other.parent.mkdir()
    assert run_cli("demo", "--accounts", "60", "--seed", "9", db=other).returncode == 0
    assert run_cli("bundle", "export", folder / "office.json", db=other).returncode == 0
    rows = "\n".join(f"Importer {i} GmbH,DE,Hamburg,Person {i},person{i}@example.com" for i in range(1500))
    (folder / "list.csv").write_text("Company,Country,City,Contact,Email\n" + rows + "\n", encoding="utf-8")
    return {"book": book, "bundle": folder / "office.json", "csv": folder / "list.csv",
            "copy": big_copy(folder / "copy.sqlite")}


def big_copy(path):
    """A 50 MB backup to restore: copying and checking it takes long enough for kills to land inside."""
    models.open_database(path)
    with models.db.atomic():
        models.Account.insert_many([{"name": f"Copy {i}", "country": "FR", "notes": "n" * 10_000,
                                     "uuid": models.new_uuid()} for i in range(5000)]).execute()
    models.close_database()
    return path


COMMANDS = {
    "import": lambda m: ["import", m["csv"]],
    "merge": lambda m: ["bundle", "merge", m["bundle"]],
    "restore": lambda m: ["restore", m["copy"]],
    "demo": lambda m: ["demo", "--accounts", "400", "--seed", "4"],
}


def fresh_book(material, folder):
    folder.mkdir()
    book = folder / "rapport.sqlite"
    shutil.copy(material["book"], book)
    return book


def timed_run(args, book):
    """The command run to its end: how long it took, and the counts it leaves."""
    started = time.perf_counter()
    result = run_cli(*args, db=book)
    assert result.returncode == 0, result.stderr
    return time.perf_counter() - started, counts(book)


@pytest.fixture(scope="module")
def outcomes(material, tmp_path_factory):
    """Per command: the counts before, the counts after a whole run, and when its work runs (seconds from
    launch: after the start-up a command that does nothing takes, until a whole run ends)."""
    folder = tmp_path_factory.mktemp("whole")
    before = counts(material["book"])
    started, _ = timed_run(["accounts", "--search", "no such account", "--json"], material["book"])
    found = {}
    for name, args in COMMANDS.items():
        book = fresh_book(material, folder / name)
        seconds, after = timed_run(args(material), book)
        assert after != before
        found[name] = (before, after, (min(started, seconds) * 0.8, seconds))
    return found


def kill_at_random(args, book, window, seed):
    """Start the command and kill -9 it at a seeded random moment of its work (unless it has ended by then)."""
    delay = random.Random(f"{args[0]} {seed}").uniform(*window)
    cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(book), *map(str, args)]
    with subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as proc:
        try:
            proc.wait(timeout=delay)  # the random moment; a command that ends first simply completed
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def opens_after(book):
    """The next command opens the book; a restore's unfinished copy is reported first and, removed as the
    message says, no longer stands in the way."""
    result = run_cli("accounts", "--json", db=book)
    if result.returncode == 2 and "restore" in result.stderr and "interrupted" in result.stderr:
        for part in book.parent.glob(f"{book.name}.*part"):
            part.unlink()
        result = run_cli("accounts", "--json", db=book)
    assert result.returncode == 0, result.stderr
    return len(json.loads(result.stdout))


@pytest.mark.parametrize(("command", "seed"), [(c, s) for c, n in SEEDS.items() for s in range(n)])
def test_killed_command_leaves_all_or_nothing_in_a_sound_book(material, outcomes, tmp_path, command, seed):
    before, after, window = outcomes[command]
    book = fresh_book(material, tmp_path / "book")
    kill_at_random(COMMANDS[command](material), book, window, seed)
    assert book.exists()
    assert counts(book) in (before, after)


@pytest.mark.parametrize(("command", "seed"), [(c, s) for c, n in SEEDS.items() for s in range(n // 2)])
def test_killed_command_leaves_a_book_that_opens(material, outcomes, tmp_path, command, seed):
    before, after, window = outcomes[command]
    book = fresh_book(material, tmp_path / "book")
    kill_at_random(COMMANDS[command](material), book, window, seed + 100)
    assert opens_after(book) in (before[0], after[0])
