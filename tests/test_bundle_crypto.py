"""Encrypted bundles: nothing readable inside, merged with the right passphrase, refused when wrong or damaged."""

import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import models
from models import Account, cipher
from services.exchange import bundle, bundle_crypto
from services.exchange.bundle_check import BundleError
from services.exchange.bundle_crypto import BundlePassphraseError, PassphraseNeededError
from services.exchange.exporter import export_accounts

NAME, EMAIL, PHONE = "Zhejiang Huafeng Textiles", "wang.lei@huafeng-textiles.cn", "+86 571 8765 4321"


@pytest.fixture
def customer(make_account, make_contact):
    account = make_account(NAME, "CN")
    make_contact(account, "Wang Lei", email=EMAIL, phone=PHONE)
    return account


@pytest.fixture
def encrypted_book(customer):
    """The open book counts as encrypted: the SQLCipher side records its passphrase in models.cipher."""
    cipher.set_passphrase("fair laptop passphrase")
    yield "fair laptop passphrase"
    cipher.set_passphrase(None)


@pytest.fixture
def sealed(tmp_path, encrypted_book):
    path = tmp_path / "laptop.enc"
    bundle.export_bundle(path)
    return path


def _other_book(tmp_path, passphrase=None):
    models.close_database()
    models.open_database(tmp_path / "office.sqlite")
    cipher.set_passphrase(passphrase)


@pytest.mark.parametrize("secret", [NAME, EMAIL, PHONE, "Wang Lei"])
def test_an_encrypted_bundle_holds_no_customer_name_email_or_phone(sealed, secret):
    assert secret.encode("utf-8") not in sealed.read_bytes()


def test_the_plain_bundle_of_the_same_book_holds_them(tmp_path, customer):
    path = tmp_path / "plain.json"
    bundle.export_bundle(path)
    assert all(s.encode("utf-8") in path.read_bytes() for s in (NAME, EMAIL, PHONE))


def test_an_encrypted_bundle_is_recognised_without_its_passphrase(sealed):
    assert bundle_crypto.is_encrypted(sealed.read_bytes())


def test_an_encrypted_books_bundle_merges_into_a_book_with_the_same_passphrase(tmp_path, sealed, encrypted_book):
    _other_book(tmp_path, encrypted_book)
    bundle.import_bundle(sealed)
    assert Account.get(Account.name == NAME).country == "CN"


def test_a_plain_book_merges_an_encrypted_bundle_given_its_passphrase(tmp_path, sealed, encrypted_book):
    _other_book(tmp_path)
    bundle.import_bundle(sealed, passphrase=encrypted_book)
    assert Account.select().where(Account.name == NAME).count() == 1


def test_the_given_passphrase_is_tried_after_the_books_own(tmp_path, sealed, encrypted_book):
    _other_book(tmp_path, "the office book's own passphrase")
    bundle.import_bundle(sealed, passphrase=encrypted_book)
    assert Account.select().where(Account.name == NAME).count() == 1


def test_a_plain_book_encrypts_a_bundle_with_a_given_passphrase(tmp_path, customer):
    path = tmp_path / "usb.enc"
    bundle.export_bundle(path, passphrase="usb stick")
    assert bundle_crypto.is_encrypted(path.read_bytes())


def test_a_wrong_passphrase_is_told_as_such(tmp_path, sealed):
    _other_book(tmp_path)
    with pytest.raises(BundlePassphraseError) as refused:
        bundle.import_bundle(sealed, passphrase="not it")
    assert refused.value.message.code == "bundle.wrong_passphrase"


def test_a_wrong_passphrase_merges_nothing(tmp_path, sealed):
    _other_book(tmp_path)
    with pytest.raises(BundlePassphraseError):
        bundle.import_bundle(sealed, passphrase="not it")
    assert Account.select().count() == 0


def test_without_any_passphrase_the_bundle_asks_for_one(tmp_path, sealed):
    _other_book(tmp_path)
    with pytest.raises(PassphraseNeededError):
        bundle.import_bundle(sealed)


def _flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


@pytest.mark.parametrize("where", ["kdf", "salt", "check", "digest", "ciphertext", "tag"])
def test_a_tampered_byte_refuses_the_bundle_as_damaged(sealed, encrypted_book, where):
    data = sealed.read_bytes()
    magic = len(bundle_crypto.MAGIC)
    at = {"kdf": magic + 2, "salt": magic + 5, "check": magic + 33 + 5, "digest": bundle_crypto.HEADER_SIZE - 1,
          "ciphertext": bundle_crypto.HEADER_SIZE + 40, "tag": len(data) - 1}[where]
    with pytest.raises(BundleError) as refused:
        bundle_crypto.decrypt(_flipped(data, at), [encrypted_book], "laptop.enc")
    assert refused.value.message.code == "bundle.encrypted_damaged"


def test_a_truncated_bundle_is_refused_as_damaged(sealed, encrypted_book):
    with pytest.raises(BundleError) as refused:
        bundle_crypto.decrypt(sealed.read_bytes()[:-100], [encrypted_book], "laptop.enc")
    assert refused.value.message.code == "bundle.encrypted_damaged"


def test_a_newer_encryption_version_asks_for_a_newer_rapport(sealed, encrypted_book):
    data = bytearray(sealed.read_bytes())
    data[len(bundle_crypto.MAGIC)] = 2
    with pytest.raises(BundleError) as refused:
        bundle_crypto.decrypt(bytes(data), [encrypted_book], "laptop.enc")
    assert refused.value.message.code == "bundle.encrypted_version"


def test_a_header_asking_for_too_much_scrypt_memory_is_refused_before_deriving(monkeypatch):
    fields = bundle_crypto.MAGIC + bytes([bundle_crypto.VERSION, bundle_crypto.SCRYPT, 20, 32, 1]) + bytes(44)
    hostile = fields + hashlib.sha256(fields).digest()[:bundle_crypto.DIGEST_SIZE] + bytes(32)
    monkeypatch.setattr(bundle_crypto, "_derive", lambda *a: pytest.fail("derived a key from a hostile header"))
    with pytest.raises(BundleError) as refused:
        bundle_crypto.decrypt(hostile, ["hostile"], "x.enc")
    assert refused.value.message.code == "bundle.encrypted_damaged"


def test_a_plain_bundle_can_be_chosen_from_an_encrypted_book(tmp_path, encrypted_book):
    path = tmp_path / "plain.json"
    bundle.export_bundle(path, plain=True)
    assert json.loads(path.read_text(encoding="utf-8"))["accounts"][0]["name"] == NAME


def test_a_plain_bundle_with_a_passphrase_is_refused(tmp_path, customer):
    with pytest.raises(BundleError):
        bundle.export_bundle(tmp_path / "x.json", plain=True, passphrase="both")


def test_an_export_of_an_encrypted_book_stays_a_plain_csv(tmp_path, encrypted_book):
    path = tmp_path / "accounts.csv"
    export_accounts(path)
    assert NAME in path.read_text(encoding="utf-8-sig")


def test_each_encryption_takes_a_fresh_salt_and_nonce():
    first, second = (bundle_crypto.encrypt(b"{}", "same") for _ in range(2))
    assert first[:bundle_crypto.HEADER_SIZE] != second[:bundle_crypto.HEADER_SIZE]


@pytest.fixture(scope="module")
def small_sealed() -> bytes:
    return bundle_crypto.encrypt(b'{"format": "rapport-bundle"}', "hostile")


@settings(max_examples=60, deadline=None)
@given(tail=st.binary(max_size=200))
def test_hostile_bytes_after_the_magic_are_refused_with_a_message(tail):
    with pytest.raises(BundleError):
        bundle_crypto.decrypt(bundle_crypto.MAGIC + tail, ["hostile"], "x.enc")


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_a_damaged_copy_of_a_sealed_bundle_never_opens_nor_crashes(small_sealed, data):
    at = data.draw(st.integers(0, len(small_sealed) - 1))
    cut = data.draw(st.integers(at + 1, len(small_sealed)))
    damaged = small_sealed[:at] + data.draw(st.binary(min_size=1, max_size=8)) + small_sealed[cut:]
    if damaged == small_sealed:
        return
    with pytest.raises(BundleError):
        bundle_crypto.decrypt(damaged, ["hostile"], "x.enc")
