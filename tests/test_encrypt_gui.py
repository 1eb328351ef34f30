"""The encrypted book in the GUI: File ▸ Encrypt this book… and the passphrase asked for at start."""

import pytest

import models
from services.book import encryption
from ui.dialogs import book_encryption
from ui.dialogs.passphrase_dialog import CURRENT, NEW, PassphraseDialog

pytestmark = pytest.mark.sqlite_only  # the encrypted SQLite file itself; an office database is kept by its server



def _type(dialog: PassphraseDialog, **fields: str) -> None:
    for name, text in fields.items():
        dialog.field(name).setText(text)
    dialog.try_save()


def test_encrypt_from_the_file_menu_encrypts_the_book_and_opens_it_again(qtbot, main_window, make_account):
    make_account(name="Zanderwerk Hydraulik")
    dialog = book_encryption.encrypt_book(main_window)
    with qtbot.waitSignal(main_window.conversion_done, timeout=30_000):
        _type(dialog, new="sesame", repeat="sesame")
    assert encryption.is_encrypted(main_window.book)
    assert b"Zanderwerk" not in main_window.book.file.read_bytes()
    assert [a.name for a in models.Account.select()] == ["Zanderwerk Hydraulik"]


def test_two_different_new_passphrases_are_refused_under_the_repeat_field(qtbot, main_window):
    dialog = book_encryption.encrypt_book(main_window)
    _type(dialog, new="sesame", repeat="sesam")
    assert list(dialog.errors_shown()) == ["repeat"]
    assert not encryption.is_encrypted(main_window.book)


def test_a_wrong_passphrase_at_start_says_so_and_keeps_asking(qtbot, open_book, make_account):
    make_account()
    models.close_database()
    encryption.encrypt_book(open_book, "sesame")
    dialog = PassphraseDialog("Encrypted book", "", open_book, (CURRENT,))
    qtbot.addWidget(dialog)
    _type(dialog, current="open sesame")
    assert "does not open" in dialog.errors_shown()[CURRENT]
    assert dialog.result() == 0
    _type(dialog, current="sesame")
    assert dialog.result_record[CURRENT] == "sesame"


def test_the_encrypt_entry_is_offered_only_for_a_plain_book(main_window):
    encrypt, decrypt, change = main_window.encryption_actions
    assert encrypt.isEnabled()
    assert not decrypt.isEnabled()
    assert not change.isEnabled()


def test_a_new_passphrase_may_not_be_empty(qtbot, main_window):
    dialog = book_encryption.encrypt_book(main_window)
    _type(dialog, **{NEW: " ", "repeat": " "})
    assert list(dialog.errors_shown()) == [NEW]
