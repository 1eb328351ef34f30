"""The command line end to end: JSON shapes, exit codes, messages for bad input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args, db=None, check=True):
    cmd = [sys.executable, "main.py"] + (["--db", str(db)] if db else []) + list(args)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    out = json.loads(run("demo", "--accounts", "40", "--seed", "3", db=db).stdout)
    assert out["accounts"] == 40
    assert out["interactions"] > 100
    return db


def test_accounts_json_and_search(demo_db):
    rows = json.loads(run("accounts", "--json", db=demo_db).stdout)
    assert len(rows) == 40
    assert {"uuid", "name", "country"} <= set(rows[0])
    text = "".join(r["name"] for r in rows)
    for low, high in ((0x4E00, 0x9FFF), (0x3040, 0x30FF), (0xAC00, 0xD7AF), (0x0400, 0x04FF), (0x0600, 0x06FF),
                      (0x0E00, 0x0E7F), (0x00C0, 0x017F)):  # CJK, kana, Hangul, Cyrillic, Arabic, Thai, accents
        assert any(low <= ord(ch) <= high for ch in text), hex(low)
    russian = next(r for r in rows if r["country"] == "RU")
    typed = russian["name"].upper()  # Cyrillic upper case still finds it
    found = json.loads(run("accounts", "--search", typed, "--json", db=demo_db).stdout)
    assert russian["uuid"] in [r["uuid"] for r in found]


def test_agenda_json_shape(demo_db):
    rows = json.loads(run("agenda", "--from", "2026-11-23", "--days", "30", "--json", db=demo_db).stdout)
    assert rows
    first = rows[0]
    assert {"account_uuid", "account", "country", "contact_uuid", "purpose", "due_local", "due_utc", "reason"} <= set(
        first)
    planned = [r for r in rows if r["kind"] != "reply"]  # a reply owed is dated when they wrote
    assert all("2026-11-23" <= r["due_local"][:10] < "2026-12-23" for r in planned)


def test_risks_and_trust_json(demo_db):
    risks = json.loads(run("risks", "--today", "2026-11-23", "--json", db=demo_db).stdout)
    assert all({"uuid", "account", "title", "due_date", "level", "reasons", "explanation"} <= set(r) for r in risks)
    trust = json.loads(run("trust", "--json", db=demo_db).stdout)
    assert set(trust) == {"accounts", "people"}
    assert all({"kept", "late", "broken", "open"} <= set(p) for p in trust["people"])


def test_bundle_export_import_twice_changes_nothing(demo_db, tmp_path):
    path = tmp_path / "b.json"
    run("bundle", "export", str(path), db=demo_db)
    other = tmp_path / "other.sqlite"
    first = json.loads(run("bundle", "import", str(path), "--json", db=other).stdout)
    assert first["added"] > 0
    second = json.loads(run("bundle", "import", str(path), "--json", db=other).stdout)
    assert (second["added"], second["updated"], second["deleted"]) == (0, 0, 0)


def test_bad_bundle_exits_non_zero_naming_the_problem(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "rapport-bundle", "version": 1, "accounts": [{"uuid": "x"}], "contacts": [], '
                    '"interactions": []}')
    result = run("bundle", "import", str(path), db=tmp_path / "db.sqlite", check=False)
    assert result.returncode == 2
    assert "account #1" in result.stderr
    assert "uuid" in result.stderr
    assert "Nothing was imported" in result.stderr


def test_damaged_database_exits_non_zero_naming_the_file(tmp_path):
    db = tmp_path / "damaged.sqlite"
    db.write_bytes(b"garbage" * 1000)
    result = run("accounts", "--json", db=db, check=False)
    assert result.returncode == 2
    assert str(db) in result.stderr
    assert db.read_bytes() == b"garbage" * 1000


def test_bad_dates_are_refused_with_a_message(tmp_path):
    result = run("agenda", "--from", "23/11/2026", db=tmp_path / "db.sqlite", check=False)
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def test_backup_and_restore_commands(demo_db, tmp_path):
    copy = tmp_path / "copy.sqlite"
    run("backup", str(copy), db=demo_db)
    target = tmp_path / "restored.sqlite"
    out = json.loads(run("restore", str(copy), db=target).stdout)
    assert out["restored"] == str(target)
    assert len(json.loads(run("accounts", "--json", db=target).stdout)) == 40
    junk = tmp_path / "junk"
    junk.write_text("nope")
    assert run("restore", str(junk), db=target, check=False).returncode == 2


def test_smoke_test_paints_the_main_window(demo_db, tmp_path):
    env_home = {"XDG_DATA_HOME": str(tmp_path / "d"), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    cmd = [sys.executable, "main.py", "--db", str(demo_db), "--smoke-test"]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, **env_home, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    painted, complete = result.stdout.splitlines()
    assert painted.startswith("smoke test: main window painted")
    assert painted.endswith("(40 accounts)")
    assert complete.startswith("smoke test: account list complete")
    assert complete.endswith("(40 accounts)")


def test_gui_start_parses_without_importing_the_commands():
    code = ("import sys; from cli import parse_args; a = parse_args(['--db', 'x.sqlite', '--lang', 'zh']); "
            "print(a.command, a.db, a.lang, a.smoke_test, any(m.startswith('cli.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["None", "x.sqlite", "zh", "False", "False"]


def test_unknown_option_and_help_still_go_through_the_full_parser():
    bad = run("--bogus", check=False)
    assert bad.returncode == 2
    assert "unrecognized arguments: --bogus" in bad.stderr
    shown = run("--help").stdout
    assert "bundle" in shown
    assert "agenda" in shown
