"""Encrypted bundles on the command line: --passphrase-file, RAPPORT_PASSPHRASE, --plain, and exit 2 without one."""

import json

import pytest

import models
from services import accounts
from tests.cli_run import run_cli

NAME = "Zhejiang Huafeng Textiles"


@pytest.fixture
def laptop(tmp_path, monkeypatch):
    """A plain laptop book with one customer, and a bundle of it encrypted with the passphrase in a file."""
    monkeypatch.delenv("RAPPORT_PASSPHRASE", raising=False)
    db = tmp_path / "laptop.sqlite"
    models.open_database(db)
    accounts.create_account({"name": NAME, "country": "CN"})
    models.close_database()
    (tmp_path / "passphrase").write_text("usb stick passphrase\n", encoding="utf-8")
    path = tmp_path / "laptop.enc"
    done = run_cli("bundle", "export", path, "--passphrase-file", tmp_path / "passphrase", db=db)
    assert done.returncode == 0, done.stderr
    return path


def _merge(tmp_path, *args):
    return run_cli("bundle", "merge", tmp_path / "laptop.enc", *args, db=tmp_path / "office.sqlite")


def test_a_bundle_exported_with_a_passphrase_file_is_encrypted(laptop):
    assert NAME.encode() not in laptop.read_bytes()


def test_merge_without_a_passphrase_exits_2_saying_how_to_give_one(tmp_path, laptop):
    done = _merge(tmp_path)
    assert (done.returncode, "--passphrase-file" in done.stderr) == (2, True)


def test_merge_with_the_passphrase_file_brings_the_records_in(tmp_path, laptop):
    done = _merge(tmp_path, "--passphrase-file", tmp_path / "passphrase")
    assert json.loads(done.stdout)["added"] == 1


def test_merge_takes_the_passphrase_from_rapport_passphrase(tmp_path, laptop, monkeypatch):
    monkeypatch.setenv("RAPPORT_PASSPHRASE", "usb stick passphrase")  # run_cli passes the environment on
    done = _merge(tmp_path)
    assert json.loads(done.stdout)["added"] == 1


def test_merge_with_a_wrong_passphrase_exits_2_and_says_so(tmp_path, laptop):
    (tmp_path / "wrong").write_text("not it", encoding="utf-8")
    done = _merge(tmp_path, "--passphrase-file", tmp_path / "wrong")
    assert (done.returncode, "passphrase does not open" in done.stderr) == (2, True)


def test_a_plain_bundle_is_written_with_a_warning(tmp_path, laptop):
    done = run_cli("bundle", "export", tmp_path / "plain.json", "--plain", db=tmp_path / "laptop.sqlite")
    assert "anyone who gets the file can read" in done.stderr


def test_a_missing_passphrase_file_exits_2(tmp_path, laptop):
    done = _merge(tmp_path, "--passphrase-file", tmp_path / "nowhere")
    assert (done.returncode, "passphrase file" in done.stderr) == (2, True)

