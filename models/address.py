"""Where a book lives: the one parser of database addresses (a path, sqlite:…, later postgresql://…)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models import messages

SQLITE = "sqlite"
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")  # two letters at least: C:\ is a drive, not a scheme
_POSTGRES = ("postgresql", "postgres")
_DRIVE = re.compile(r"^/[A-Za-z]:[/\\]")  # sqlite:////C:/Users/... on Windows: the slash before the drive goes


class DatabaseAddressError(ValueError):
    """An address Rapport cannot open; the message says which forms it takes.

    Like the book's other errors it carries a code of models/messages.py and its parameters, so the command line
    shows it in the reader's language; str() is the English text.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(messages.TEXT[code].format(**params))


@dataclass(frozen=True)
class BookAddress:
    """A parsed database address. Only SQLite files exist today: kind is "sqlite" and file is the book's file.

    The later shared office database (issue 19) adds a kind with a server address; everything that needs a
    file (backups, locks, the integrity check, restore) asks for `file`, which such a book will not have.
    """

    kind: str
    file: Path  # the SQLite file (":memory:" for a book in memory)

    @classmethod
    def sqlite(cls, file: Path | str) -> BookAddress:
        file = Path(file)
        return cls(SQLITE, file if str(file) == ":memory:" else file.expanduser())

    @property
    def in_memory(self) -> bool:
        return str(self.file) == ":memory:"

    @property
    def url(self) -> str:
        """The address in its URL form (sqlite:///relative or sqlite:////absolute, as peewee and SQLAlchemy write)."""
        return f"sqlite:///{self.file.as_posix()}"

    def __str__(self) -> str:
        return str(self.file)  # what messages and the status bar name: the file the user knows


AddressLike = BookAddress | os.PathLike | str  # what open_database and the backup functions take


def parse_address(address: BookAddress | os.PathLike | str) -> BookAddress:
    """The book at address: a BookAddress, a plain path, sqlite:///PATH (relative; sqlite:////PATH absolute, as in
    peewee's and SQLAlchemy's URLs) or sqlite:PATH. postgresql://… is refused (not supported yet), as is any other
    scheme, with a DatabaseAddressError saying what to give instead."""
    if isinstance(address, BookAddress):
        return address
    if isinstance(address, os.PathLike):
        return BookAddress.sqlite(Path(address))
    text = address.strip()
    scheme = _SCHEME.match(text)
    if scheme is None:
        if not text:
            raise DatabaseAddressError("book.address_empty")
        return BookAddress.sqlite(text)
    name = scheme.group(1).lower()
    if name == SQLITE:
        return BookAddress.sqlite(_sqlite_file(text, text[scheme.end():]))
    if name in _POSTGRES:
        raise DatabaseAddressError("book.address_postgres", address=text)
    raise DatabaseAddressError("book.address_scheme", address=text)


def _sqlite_file(text: str, rest: str) -> str:
    """The file of sqlite:///rel, sqlite:////abs or sqlite:rel (rest: what follows "sqlite:")."""
    if rest.startswith("//"):
        host, _, rest = rest[2:].partition("/")
        if host:
            raise DatabaseAddressError("book.address_host", address=text, host=host)
        if _DRIVE.match(rest):
            rest = rest[1:]
    if not rest:
        raise DatabaseAddressError("book.address_no_file", address=text)
    return rest
