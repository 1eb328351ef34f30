"""rapport move on the command line: progress on stderr, the checks printed (or JSON), a refusal without a trace,
and a kill mid-move that leaves the server database without a table."""

import json
import os
import signal
import subprocess
import sys

import psycopg
import pytest
from cli_run import ROOT, run_cli

import models
from services.accounts.demo import create_demo_data


@pytest.fixture
def laptop(tmp_path):
    """A closed SQLite demo book of 300 accounts (thousands of interactions: several chunks to copy)."""
    path = tmp_path / "laptop.sqlite"
    models.open_database(path)
    create_demo_data(300, seed=2)
    models.close_database()
    return path


def _tables(url: str) -> int:
    with psycopg.connect(url) as conn:
        found = conn.execute("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")
        return found.fetchone()[0]


def test_move_prints_each_tables_rows_and_checksum_as_json(laptop, pg_server):
    done = run_cli("move", "--to", pg_server.create_database("move_cli_json"), "--json", db=laptop)
    tables = {t["table"]: t["rows"] for t in json.loads(done.stdout)["tables"]}
    assert tables["account"] == 300


def test_move_reports_its_progress_on_stderr(laptop, pg_server):
    done = run_cli("move", "--to", pg_server.create_database("move_cli_progress"), db=laptop)
    assert "account: 300 of 300 rows" in done.stderr.splitlines()


def test_move_into_a_database_with_tables_exits_2_with_a_message(laptop, pg_server):
    url = pg_server.create_database("move_cli_refused")
    run_cli("move", "--to", url, db=laptop)
    done = run_cli("move", "--to", url, db=laptop)
    assert (done.returncode, done.stderr.startswith("rapport: ") and "not empty" in done.stderr) == (2, True)


def test_a_move_killed_half_way_leaves_the_server_database_without_a_table(laptop, pg_server):
    url = pg_server.create_database("move_cli_killed")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(laptop), "move", "--to", url],
                          cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as child:
        assert child.stderr is not None
        for line in child.stderr:
            if line.startswith("interaction: 5000 of"):  # accounts and contacts are in, interactions half way
                break
        child.send_signal(signal.SIGKILL)
        killed = child.wait(timeout=60)
    assert (killed, _tables(url)) == (-signal.SIGKILL, 0)
