"""The encrypted book: nothing readable in its bytes, a wrong passphrase told as such, conversions that lose
nothing, the passphrase remembered in the system keyring, encrypted backups restored with their passphrase."""

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

import models
from models import encrypted
from services.book import encryption
from services.book.backup import automatic_backup, backup_now, restore
from services.errors import UserError

NAME, EMAIL, PHONE = "Zanderwerk Hydraulik", "ines.quandt@zanderwerk.example", "+49 89 7163524"
SECRETS = (b"Zanderwerk", b"zanderwerk", b"Quandt", b"quandt", b"7163524")

pytestmark = pytest.mark.sqlite_only  # the encrypted SQLite file itself; an office database is kept by its server



def _fill(make_account, make_contact) -> None:
    account = make_account(name=NAME)
    make_contact(account, name="Ines Quandt", email=EMAIL, phone=PHONE)


def _readable(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [secret for secret in SECRETS if secret in data]


def _checksums(path: Path, passphrase: str | None) -> dict:
    con = encrypted.open_file(str(path), passphrase)
    try:
        return encrypted.table_checksums(con)
    finally:
        con.close()


@pytest.fixture
def encrypted_book(open_book, make_account, make_contact):
    """The open_book, filled, closed and encrypted with "sesame"."""
    _fill(make_account, make_contact)
    models.close_database()
    encryption.encrypt_book(open_book, "sesame")
    return open_book


def test_no_name_email_or_phone_in_the_encrypted_book_its_wal_or_its_backups(encrypted_book, make_account,
                                                                           make_contact):
    path = encrypted_book.file
    models.open_database(encrypted_book, passphrase="sesame")
    automatic_backup(encrypted_book, "start")
    backup = backup_now(path.parent / "copy.sqlite")
    _fill(make_account, make_contact)  # written to the -wal while the book is open
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    for file in (path, wal, backup, *(path.parent / "backups").iterdir()):
        assert _readable(file) == [], file


def test_the_plain_backups_taken_before_are_encrypted_with_the_book(open_book, make_account, make_contact):
    _fill(make_account, make_contact)
    copy = automatic_backup(open_book, "start")
    models.close_database()
    encryption.encrypt_book(open_book, "sesame")
    assert _readable(copy) == []
    models.check_copy(copy, "sesame")


def test_without_its_passphrase_an_encrypted_book_asks_for_it(encrypted_book):
    with pytest.raises(models.DatabaseEncryptedError) as caught:
        models.open_database(encrypted_book)
    assert caught.value.code == "book.needs_passphrase"


def test_a_wrong_passphrase_is_told_as_wrong_not_damaged(encrypted_book):
    with pytest.raises(models.DatabaseWrongPassphraseError) as caught:
        models.open_database(encrypted_book, passphrase="open sesame")
    assert not isinstance(caught.value, models.DatabaseDamagedError)


def test_a_file_of_random_text_is_still_damaged_not_encrypted(tmp_path):
    path = tmp_path / "rapport.sqlite"
    path.write_text("customer list\n" * 400)
    with pytest.raises(models.DatabaseDamagedError):
        models.open_database(path, passphrase="sesame")


def test_the_right_passphrase_opens_the_book_with_its_accounts(encrypted_book):
    models.open_database(encrypted_book, passphrase="sesame")
    assert [a.name for a in models.Account.select()] == [NAME]


def test_encrypt_then_decrypt_gives_every_table_back_equal(open_book, make_account, make_contact):
    _fill(make_account, make_contact)
    models.close_database()
    before = _checksums(open_book.file, None)
    encryption.encrypt_book(open_book, "sesame")
    assert _checksums(open_book.file, "sesame") == before
    encryption.decrypt_book(open_book, "sesame")
    assert _checksums(open_book.file, None) == before
    assert _readable(open_book.file) != []


def test_a_new_passphrase_opens_the_book_and_the_old_one_no_longer_does(encrypted_book):
    encryption.change_passphrase(encrypted_book, "sesame", "barley")
    with pytest.raises(models.DatabaseWrongPassphraseError):
        models.open_database(encrypted_book, passphrase="sesame")
    models.open_database(encrypted_book, passphrase="barley")
    assert models.Account.select().count() == 1


def test_decrypt_with_a_wrong_passphrase_changes_nothing(encrypted_book):
    before = encrypted_book.file.read_bytes()
    with pytest.raises(UserError):
        encryption.decrypt_book(encrypted_book, "open sesame")
    assert encrypted_book.file.read_bytes() == before


def test_an_empty_passphrase_is_refused(open_book):
    models.close_database()
    with pytest.raises(UserError) as caught:
        encryption.encrypt_book(open_book, "  ")
    assert caught.value.message.code == "crypt.empty_passphrase"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process only (tests never touch the system's)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.stored.get((service, username))

    def set_password(self, service, username, password):
        self.stored[(service, username)] = password

    def delete_password(self, service, username):
        self.stored.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_a_passphrase_remembered_on_this_computer_comes_back_from_the_keyring(encrypted_book, memory_keyring):
    encryption.remember(encrypted_book, "sesame", on_this_computer=True)
    encryption._session.clear()  # a later start of the app
    assert encryption.known_passphrase(encrypted_book) == "sesame"
    assert list(memory_keyring.stored.values()) == ["sesame"]


def test_a_changed_passphrase_replaces_the_remembered_one(encrypted_book, memory_keyring):
    encryption.remember(encrypted_book, "sesame", on_this_computer=True)
    encryption.change_passphrase(encrypted_book, "sesame", "barley")
    encryption._session.clear()
    assert encryption.known_passphrase(encrypted_book) == "barley"


def test_restoring_an_encrypted_backup_takes_its_passphrase(encrypted_book, tmp_path):
    models.open_database(encrypted_book, passphrase="sesame")
    copy = backup_now(tmp_path / "copy.sqlite")
    models.close_database()
    with pytest.raises(UserError):
        restore(copy, encrypted_book)
    restore(copy, encrypted_book, passphrase="sesame")
    models.open_database(encrypted_book, passphrase="sesame")
    assert models.Account.select().count() == 1


def test_a_sqlcipher_with_other_key_derivation_defaults_still_opens_the_book(encrypted_book, monkeypatch):
    monkeypatch.setattr(encrypted, "KDF_ITERATIONS", 64_000)  # SQLCipher 3's: the raw key derived here is wrong
    monkeypatch.setattr(encrypted, "_raw_keys", {})
    models.open_database(encrypted_book, passphrase="sesame")
    assert models.Account.select().count() == 1


def test_the_newest_sound_copy_of_an_encrypted_book_is_found_with_its_passphrase(encrypted_book):
    from services.book.backup import latest_backup

    models.open_database(encrypted_book, passphrase="sesame")
    copy = automatic_backup(encrypted_book, "start")
    models.close_database()
    assert latest_backup(encrypted_book) is None
    assert latest_backup(encrypted_book, "sesame") == copy
