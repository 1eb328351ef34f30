"""The open book's passphrase, when the book is encrypted (issue 20): what backups and bundles are encrypted with.

The SQLCipher book (models/base.py opens it) records its passphrase here for the life of the open book;
services/exchange encrypts bundles of an encrypted book with it. None: a plain book.
"""

from __future__ import annotations

_passphrase: list[str | None] = [None]


def current_passphrase() -> str | None:
    return _passphrase[0]


def set_passphrase(passphrase: str | None) -> None:
    _passphrase[0] = passphrase
