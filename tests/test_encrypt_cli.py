"""The encrypted book from the command line, and a kill -9 in the middle of Encrypt."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import models
from models import encrypted
from services.book import encryption

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.sqlite_only  # the encrypted SQLite file itself; an office database is kept by its server



def run(db: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k != "RAPPORT_PASSPHRASE"}
    cmd = [sys.executable, "main.py", "--db", str(db), *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env={**environ, **(env or {})}, timeout=120)


def _book_with_an_account(db_path: Path, make_account) -> None:
    make_account(name="Zanderwerk Hydraulik")
    models.close_database()


def test_a_command_on_an_encrypted_book_without_its_passphrase_exits_2_saying_so(db_path, make_account):
    _book_with_an_account(db_path, make_account)
    encryption.encrypt_book(db_path, "sesame")
    result = run(db_path, "accounts")
    assert result.returncode == 2
    assert "encrypted" in result.stderr
    assert "RAPPORT_PASSPHRASE" in result.stderr


def test_encrypt_by_environment_then_decrypt_by_passphrase_file(db_path, make_account, tmp_path):
    _book_with_an_account(db_path, make_account)
    assert run(db_path, "encrypt", env={"RAPPORT_PASSPHRASE": "sesame"}).returncode == 0
    assert b"Zanderwerk" not in db_path.read_bytes()
    assert "Zanderwerk" in run(db_path, "accounts", env={"RAPPORT_PASSPHRASE": "sesame"}).stdout
    secret = tmp_path / "passphrase.txt"
    secret.write_text("sesame\n")
    assert run(db_path, "--passphrase-file", str(secret), "decrypt").returncode == 0
    assert "Zanderwerk" in run(db_path, "accounts").stdout


def test_a_wrong_passphrase_exits_2_as_wrong(db_path, make_account):
    _book_with_an_account(db_path, make_account)
    encryption.encrypt_book(db_path, "sesame")
    result = run(db_path, "accounts", env={"RAPPORT_PASSPHRASE": "barley"})
    assert result.returncode == 2
    assert "does not open" in result.stderr
    assert "damaged" not in result.stderr


def test_encrypt_without_a_passphrase_exits_2_and_leaves_the_book_plain(db_path, make_account):
    _book_with_an_account(db_path, make_account)
    result = run(db_path, "encrypt")
    assert result.returncode == 2
    assert b"Zanderwerk" in db_path.read_bytes()


def test_encrypt_killed_before_the_copy_replaces_the_book_leaves_the_plain_book_intact(db_path, make_account):
    _book_with_an_account(db_path, make_account)
    code = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from models import encrypted
        from services.book import encryption
        def die(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        encrypted._replace = die  # the encrypted copy is whole and proved by now
        encryption.encrypt_book({str(db_path)!r}, "sesame")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == -signal.SIGKILL
    models.open_database(db_path)
    assert [a.name for a in models.Account.select()] == ["Zanderwerk Hydraulik"]
    assert not encrypted.converting(db_path).exists()  # the unfinished copy went when the book was opened
