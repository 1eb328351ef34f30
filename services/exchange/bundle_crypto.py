"""Encrypted bundles: AES-256-GCM with a key derived from a passphrase by scrypt, behind a small versioned header.

The file is the header followed by the ciphertext and its 16-byte tag. The header is readable without the
passphrase (so an encrypted bundle is recognised as one) and is authenticated as associated data, so changing
any byte of it, of the ciphertext or of the tag refuses the whole file.

    magic     b"RAPPORT ENCRYPTED BUNDLE\\n"   readable with `head -1`
    version   1 byte  (1)
    kdf       1 byte  (1: scrypt) then log2(n), r, p: 1 byte each
    salt      16 bytes, new for every bundle
    nonce     12 bytes, new for every bundle
    check     16 bytes: the second half of the scrypt output, so a wrong passphrase is told apart from a
              damaged file (it costs an attacker the same scrypt work as trying the key itself)
    digest    8 bytes of SHA-256 over the header before it, so a damaged salt or check is reported as damage,
              not as a wrong passphrase (the tag, not this, is what stops a deliberate change)
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from services.exchange.bundle_check import BundleError

MAGIC = b"RAPPORT ENCRYPTED BUNDLE\n"
VERSION = 1
SCRYPT = 1
LOG2_N, R, P = 15, 8, 1  # the n=2**15, r=8, p=1: about 60 ms and 32 MiB here; kept in each header
_FIELDS = struct.Struct(">BBBBB16s12s16s")  # version, kdf, log2(n), r, p, salt, nonce, check
DIGEST_SIZE = 8
HEADER_SIZE = len(MAGIC) + _FIELDS.size + DIGEST_SIZE
TAG_SIZE = 16
# A hostile header must not make us spend more than this on scrypt (128 * r * n bytes): 8x the default.
MAX_SCRYPT_MEMORY = 2**28


class BundlePassphraseError(BundleError):
    """An encrypted bundle without a passphrase that opens it: the user can give (another) one."""


class PassphraseNeededError(BundlePassphraseError):
    """An encrypted bundle and no passphrase at all to try."""


def is_encrypted(data: bytes) -> bool:
    """Whether data is an encrypted bundle (by its magic; nothing is checked or decrypted)."""
    return data.startswith(MAGIC)


def encrypt(plaintext: bytes, passphrase: str) -> bytes:
    """plaintext as an encrypted bundle: a fresh salt and nonce every time."""
    if not passphrase:
        raise BundleError("bundle.empty_passphrase")
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _derive(passphrase, salt, LOG2_N, R, P)
    fields = MAGIC + _FIELDS.pack(VERSION, SCRYPT, LOG2_N, R, P, salt, nonce, check)
    header = fields + _digest(fields)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def decrypt(data: bytes, passphrases: Iterable[str | None], name: str = "") -> bytes:
    """The plaintext of an encrypted bundle, opened by the first passphrase that fits (None and "" are skipped).

    No passphrase: BundlePassphraseError "needs a passphrase"; none fits: BundlePassphraseError "wrong
    passphrase"; a damaged, truncated or tampered file: BundleError naming it. Never anything else.
    """
    header, body = _split(data, name)
    _version, kdf, log2_n, r, p, salt, nonce, check = _FIELDS.unpack(header[len(MAGIC):-DIGEST_SIZE])
    if kdf != SCRYPT or not _bounded(log2_n, r, p):
        raise BundleError("bundle.encrypted_damaged", file=name)
    tried = False
    for passphrase in dict.fromkeys(candidate for candidate in passphrases if candidate):
        tried = True
        key, expected = _derive(passphrase, salt, log2_n, r, p)
        if expected != check:
            continue
        try:
            return AESGCM(key).decrypt(nonce, body, header)
        except InvalidTag:
            raise BundleError("bundle.encrypted_damaged", file=name) from None
    if not tried:
        raise PassphraseNeededError("bundle.passphrase_needed", file=name)
    raise BundlePassphraseError("bundle.wrong_passphrase")


def _split(data: bytes, name: str) -> tuple[bytes, bytes]:
    """The header and the rest; a file too short to hold them or a header whose digest fails is damaged.

    The version is read first: a newer version's header may have another size, and deserves its own message.
    """
    if not is_encrypted(data) or len(data) == len(MAGIC):
        raise BundleError("bundle.encrypted_damaged", file=name)
    if data[len(MAGIC)] != VERSION:
        raise BundleError("bundle.encrypted_version", file=name, version=data[len(MAGIC)])
    header = data[:HEADER_SIZE]
    if len(data) < HEADER_SIZE + TAG_SIZE or _digest(header[:-DIGEST_SIZE]) != header[-DIGEST_SIZE:]:
        raise BundleError("bundle.encrypted_damaged", file=name)
    return header, data[HEADER_SIZE:]


def _digest(fields: bytes) -> bytes:
    return hashlib.sha256(fields).digest()[:DIGEST_SIZE]


def _bounded(log2_n: int, r: int, p: int) -> bool:
    return 10 <= log2_n <= 20 and 1 <= r <= 32 and 1 <= p <= 4 and 128 * r * 2**log2_n <= MAX_SCRYPT_MEMORY


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """The AES-256 key and the check value: the two halves of one scrypt output."""
    out = Scrypt(salt=salt, length=48, n=2**log2_n, r=r, p=p).derive(passphrase.encode("utf-8", "surrogatepass"))
    return out[:32], out[32:]
