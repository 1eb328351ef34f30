"""Where a book lives: the one parser of database addresses (a path, sqlite:…, postgresql://…)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from models import messages

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
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
    """A parsed database address: an SQLite file (kind "sqlite", `file`) or a PostgreSQL database (kind
    "postgresql", `server`: its URL without any password, which lives in the system keyring, never in settings).

    Everything that needs a file (backups, locks, the integrity check, restore) asks for `file`, which a server
    book has not (None).
    """

    kind: str
    file: Path | None  # the SQLite file (":memory:" for a book in memory); None on a server
    server: str = ""  # postgresql://user@host:port/dbname (no password)
    password: str = field(default="", repr=False, compare=False)  # given in the URL itself (scripts)

    @classmethod
    def sqlite(cls, file: Path | str) -> BookAddress:
        file = Path(file)
        return cls(SQLITE, file if str(file) == ":memory:" else file.expanduser())

    @property
    def on_server(self) -> bool:
        return self.kind == POSTGRESQL

    @property
    def in_memory(self) -> bool:
        return str(self.file) == ":memory:"

    @property
    def url(self) -> str:
        """The address in its URL form (sqlite:///relative or sqlite:////absolute, as peewee and SQLAlchemy write;
        the server's URL without its password)."""
        if self.file is None:
            return self.server
        return f"sqlite:///{self.file.as_posix()}"

    @property
    def where(self) -> Path | str:
        """What messages name: the file, or the server's URL."""
        return self.file if self.file is not None else self.server

    def __str__(self) -> str:
        return str(self.where)  # what messages and the status bar name: the file or database the user knows


AddressLike = BookAddress | os.PathLike | str  # what open_database and the backup functions take


def parse_address(address: BookAddress | os.PathLike | str) -> BookAddress:
    """The book at address: a BookAddress, a plain path, sqlite:///PATH (relative; sqlite:////PATH absolute, as in
    peewee's and SQLAlchemy's URLs), sqlite:PATH or postgresql://user[:password]@host[:port]/dbname; any other
    scheme is refused with a DatabaseAddressError saying what to give instead."""
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
        return _server(text)
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


def _server(text: str) -> BookAddress:
    """postgresql://user[:password]@host[:port]/dbname: the database name and a host are required."""
    parts = urlsplit(text)
    name = unquote(parts.path.lstrip("/"))
    try:
        port = parts.port
    except ValueError:
        port = None
        name = ""
    if not parts.hostname or not name or "/" in name:
        raise DatabaseAddressError("book.address_postgres", address=_without_password(text))
    user = f"{unquote(parts.username)}@" if parts.username else ""
    where = f"{parts.hostname}:{port}" if port else parts.hostname
    query = f"?{parts.query}" if parts.query else ""
    return BookAddress(POSTGRESQL, None, f"postgresql://{user}{where}/{name}{query}",
                       unquote(parts.password or ""))


def _without_password(text: str) -> str:
    return re.sub(r"(//[^:/@]*):[^@/]*@", r"\1:***@", text)
