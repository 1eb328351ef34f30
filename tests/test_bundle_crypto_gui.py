"""The exchange dialog with encrypted bundles: encrypted by default from an encrypted book, a warned plain choice,
and the passphrase asked for when the book's own does not open a bundle."""

import json

import pytest

import models
from models import Account, cipher
from services import accounts
from services.exchange import bundle, bundle_crypto

NAME = "Zhejiang Huafeng Textiles"


@pytest.fixture
def encrypted_book(db_path):
    accounts.create_account({"name": NAME, "country": "CN"})
    cipher.set_passphrase("fair laptop passphrase")
    yield "fair laptop passphrase"
    cipher.set_passphrase(None)


def _dialog(qtbot):
    from ui.dialogs.exchange_dialog import ExchangeDialog

    shown = ExchangeDialog()
    qtbot.addWidget(shown)
    return shown


def test_an_encrypted_books_dialog_starts_with_plain_unticked(qtbot, encrypted_book):
    assert not _dialog(qtbot).plain_box.isChecked()


def test_a_plain_books_dialog_starts_with_plain_ticked(qtbot, db_path):
    assert _dialog(qtbot).plain_box.isChecked()


def test_ticking_plain_shows_the_warning(qtbot, encrypted_book):
    dialog = _dialog(qtbot)
    dialog.plain_box.setChecked(True)
    assert dialog.plain_warning.isVisibleTo(dialog)


def test_an_encrypted_books_export_is_encrypted(qtbot, tmp_path, encrypted_book):
    _dialog(qtbot).export_to(str(tmp_path / "b.enc"))
    assert bundle_crypto.is_encrypted((tmp_path / "b.enc").read_bytes())


def test_a_ticked_plain_box_writes_a_readable_bundle(qtbot, tmp_path, encrypted_book):
    dialog = _dialog(qtbot)
    dialog.plain_box.setChecked(True)
    dialog.export_to(str(tmp_path / "b.json"))
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["accounts"][0]["name"] == NAME


def test_a_plain_book_encrypts_with_a_passphrase_typed_for_the_bundle(qtbot, tmp_path, db_path, monkeypatch):
    dialog = _dialog(qtbot)
    dialog.plain_box.setChecked(False)
    monkeypatch.setattr(dialog, "ask_new_passphrase", lambda: "usb stick")
    dialog.export_to(str(tmp_path / "b.enc"))
    assert bundle_crypto.decrypt((tmp_path / "b.enc").read_bytes(), ["usb stick"]).startswith(b"{")


def test_two_different_new_passphrases_write_nothing(qtbot, tmp_path, db_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    dialog = _dialog(qtbot)
    dialog.plain_box.setChecked(False)
    typed = iter([("usb stick", True), ("usb stik", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(typed))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dialog.export_to(str(tmp_path / "b.enc"))
    assert not (tmp_path / "b.enc").exists()


@pytest.fixture
def sealed_elsewhere(tmp_path, encrypted_book):
    """An encrypted bundle, and a plain office book open to merge it."""
    path = tmp_path / "laptop.enc"
    bundle.export_bundle(path)
    models.close_database()
    models.open_database(tmp_path / "office.sqlite")
    cipher.set_passphrase(None)
    return str(path)


def test_merging_an_encrypted_bundle_asks_for_its_passphrase(qtbot, sealed_elsewhere, encrypted_book, monkeypatch):
    dialog = _dialog(qtbot)
    asked = []
    monkeypatch.setattr(dialog, "ask_passphrase", lambda path, wrong: asked.append(wrong) or encrypted_book)
    with qtbot.waitSignal(dialog.merged, timeout=20_000):
        dialog.merge(sealed_elsewhere)
    assert (asked, Account.select().count()) == ([False], 1)


def test_a_wrong_passphrase_asks_again(qtbot, sealed_elsewhere, encrypted_book, monkeypatch):
    dialog = _dialog(qtbot)
    answers, asked = iter(["not it", encrypted_book]), []
    monkeypatch.setattr(dialog, "ask_passphrase", lambda path, wrong: asked.append(wrong) or next(answers))
    with qtbot.waitSignal(dialog.merged, timeout=20_000):
        dialog.merge(sealed_elsewhere)
    assert asked == [False, True]


def test_cancelling_the_passphrase_merges_nothing_and_says_why(qtbot, sealed_elsewhere, monkeypatch):
    dialog = _dialog(qtbot)
    monkeypatch.setattr(dialog, "ask_passphrase", lambda path, wrong: None)
    dialog.merge(sealed_elsewhere)
    qtbot.waitUntil(lambda: "passphrase" in dialog.result_label.text(), timeout=20_000)
    assert Account.select().count() == 0
