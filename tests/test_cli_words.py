"""The command line's text printouts in the reader's language: --lang zh prints the glossary's words."""

from __future__ import annotations

import pytest

import models
from services.accounts.records import delete_account
from tests.cli_run import run_cli


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory):
    db = tmp_path_factory.mktemp("words") / "demo.sqlite"
    assert run_cli("demo", "--accounts", "8", db=db).returncode == 0
    return db


def test_trust_table_in_chinese_uses_the_glossary_words(demo_book):
    out = run_cli("--lang", "zh", "trust", db=demo_book).stdout
    assert all(word in out for word in ("已兑现", "未兑现", "未完成"))


def test_trust_table_in_english_is_unchanged(demo_book):
    out = run_cli("trust", db=demo_book).stdout
    assert all(word in out for word in ("kept ", "late ", "broken ", "open "))


def test_agenda_lines_in_chinese_show_purpose_and_your_time_in_chinese(demo_book):
    out = run_cli("--lang", "zh", "agenda", "--from", "2026-12-01", "--days", "30", db=demo_book).stdout
    assert "您的时间" in out
    assert "yours" not in out


def test_risks_levels_in_chinese(demo_book):
    out = run_cli("--lang", "zh", "risks", "--today", "2030-01-01", db=demo_book).stdout
    assert "[高" in out


def test_countries_table_in_chinese_has_chinese_headings_and_regions(demo_book):
    out = run_cli("--lang", "zh", "countries", db=demo_book).stdout
    assert out.splitlines()[0].split()[:3] == ["代码", "名称", "地区"]
    assert "欧洲" in out


def test_countries_table_in_english_is_unchanged(demo_book):
    out = run_cli("countries", db=demo_book).stdout
    assert out.splitlines()[0].split() == ["CODE", "NAME", "REGION", "MAIN", "ZONE", "ETIQUETTE"]


def test_country_labels_in_chinese_name_public_holidays(demo_book):
    out = run_cli("--lang", "zh", "country", "DE", db=demo_book).stdout
    assert "公共假日" in out
    assert "Local time" not in out


def test_trash_listing_in_chinese_names_kind_and_reason(demo_book, tmp_path):
    book = tmp_path / "book.sqlite"
    book.write_bytes(demo_book.read_bytes())
    models.open_database(book)
    try:
        delete_account(models.Account.select().first().uuid)
    finally:
        models.close_database()
    out = run_cli("--lang", "zh", "trash", db=book).stdout
    assert "客户" in out
    assert "[已删除]" in out


def test_an_incomplete_server_address_in_chinese_says_the_form_to_give():
    result = run_cli("--lang", "zh", "accounts", db="postgresql://server")
    assert result.returncode == 2
    assert "不是完整的 PostgreSQL 地址" in result.stderr


def test_an_unreachable_office_database_in_chinese_says_so_without_a_trace():
    result = run_cli("--lang", "zh", "accounts", db="postgresql://rapport@127.0.0.1:1/book")
    assert (result.returncode, result.stderr.startswith("rapport: 无法连接办公室数据库")) == (2, True)


def test_import_row_warning_in_chinese_names_the_field_in_chinese(tmp_path):
    listing = tmp_path / "list.csv"
    listing.write_text("company,email,country\nAcme GmbH,not-an-email,DE\n", encoding="utf-8")
    out = run_cli("--lang", "zh", "import", listing, "--dry-run", db=tmp_path / "book.sqlite").stdout
    assert "电子邮件“not-an-email”" in out


def test_a_listing_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path):
    import subprocess
    import sys

    book = str(tmp_path / "b.sqlite")
    subprocess.run([sys.executable, "main.py", "--db", book, "demo", "--accounts", "1500"], check=True,
                   capture_output=True)
    command = [sys.executable, "main.py", "--db", book, "agenda", "--days", "120"]  # far more than a pipe holds
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        proc.stdout.read(100)
        proc.stdout.close()  # like `| head -1`
        errors = proc.stderr.read().decode()
        proc.wait(timeout=60)
    assert (proc.returncode, "Traceback" in errors) == (0, False), errors
