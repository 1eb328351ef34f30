"""Services' refusals (imports, bundles, backups, the trash, files written) read in the reader's language."""

from __future__ import annotations

import pytest

from services import words
from services.errors import UserError


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    words.set_language("en")


def _refusal(action) -> UserError:
    with pytest.raises(UserError) as caught:
        action()
    return caught.value


def test_an_empty_import_file_is_refused_in_chinese(tmp_path):
    from services.exchange.import_formats import read_table

    (tmp_path / "contacts.csv").write_bytes(b"")
    error = _refusal(lambda: read_table(tmp_path / "contacts.csv"))
    assert error.render("zh") == "contacts.csv 是空文件：没有可导入的内容。请选择保存联系人的文件。"


def test_an_empty_import_file_is_refused_in_the_same_english_as_before(tmp_path):
    from services.exchange.import_formats import read_table

    (tmp_path / "contacts.csv").write_bytes(b"")
    error = _refusal(lambda: read_table(tmp_path / "contacts.csv"))
    assert error.render("en") == ("contacts.csv is empty: there is nothing to import. "
                                  "Choose the file with your contacts.")


def test_a_nameless_import_row_is_reported_in_chinese(tmp_path, open_book):
    from services.exchange.importer import import_file

    (tmp_path / "rows.csv").write_text("Company,Country\nAcme,France\n,Spain\n", encoding="utf-8")
    words.set_language("zh")
    result = import_file(tmp_path / "rows.csv", dry_run=True)
    assert [e.message for e in result.errors] == ["没有公司名，也没有联系人姓名"]


def test_a_bad_record_in_a_bundle_is_named_in_chinese():
    from services.exchange.bundle_check import check_bundle

    bundle = {"format": "rapport-bundle", "version": 2, "accounts": ["not a record"], "contacts": [],
              "interactions": []}
    error = _refusal(lambda: check_bundle(bundle))
    assert error.render("zh") == "第 1 个客户不是对象。"


def test_a_field_of_the_wrong_type_in_a_bundle_is_described_in_chinese():
    from services.exchange.bundle_check import check_bundle

    record = {"uuid": "0b8f5c8e-9a43-4d0e-8a57-3c1b2a7c9e01", "name": 5}
    bundle = {"format": "rapport-bundle", "version": 2, "accounts": [record], "contacts": [], "interactions": []}
    error = _refusal(lambda: check_bundle(bundle))
    assert error.render("zh") == "第 1 个客户（0b8f5c8e-9a43-4d0e-8a57-3c1b2a7c9e01）：字段“name”是数字，不是文本。"


def test_lang_zh_on_a_file_that_is_not_a_book_says_so_in_chinese(tmp_path):
    from cli_run import run_cli

    book = tmp_path / "notes.sqlite"
    book.write_bytes(b"shopping list: rice, tea\n" * 10)
    result = run_cli("--lang", "zh", "accounts", db=book)
    assert (result.returncode, result.stderr.strip()) == (
        2, f"rapport: 文件 {book} 不是 Rapport 数据库（它已损坏，或是其他类型的文件）。数据库未被改动。")


def test_restoring_a_file_that_is_not_a_book_is_refused_in_chinese(tmp_path):
    from cli_run import run_cli

    source = tmp_path / "photo.sqlite"
    source.write_bytes(b"\x89PNG not a database" * 10)
    result = run_cli("--lang", "zh", "restore", str(source), db=tmp_path / "book.sqlite")
    assert result.stderr.strip() == (f"rapport: 文件 {source} 不是 Rapport 数据库（它已损坏，或是其他类型的文件）。"
                                     f"未恢复 {source}；未做任何更改。")


def test_a_file_in_a_missing_folder_is_refused_in_chinese(tmp_path):
    from services.paths import check_output_path

    error = _refusal(lambda: check_output_path(tmp_path / "nowhere" / "export.csv"))
    assert error.render("zh") == (f"文件夹 {tmp_path / 'nowhere'} 不存在。请先创建它，或为 export.csv 选择其他位置。"
                                  "未写入任何内容。")


def test_an_unknown_trash_id_is_refused_in_chinese(open_book):
    from services.accounts import trash

    error = _refusal(lambda: trash.restore("no-such-id"))
    assert error.render("zh") == "回收站中没有 ID 为 no-such-id 的项目：它已被恢复或已永久删除。"
