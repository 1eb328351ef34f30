"""The office database seen from the app: where it is (host, port, database, user), a trial connection, the
password kept in the system keyring, and whether the open book's server answers (ping)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import quote, unquote, urlsplit

from models import ServerLostError, ServerUnreachableError
from models.address import BookAddress, DatabaseAddressError, parse_address
from models.dialect import on_server
from models.queries import round_trip
from models.server import connect_server, remember_password
from services.errors import UserError

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class OfficeDatabase:
    """What Settings → Office database asks for; never the password (that is given alongside, or in the keyring)."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "rapport"
    user: str = "rapport"

    def address(self, password: str = "") -> BookAddress:
        """The book's address; UserError when a part is missing. The password rides along, never in its URL text."""
        host, database, user = self.host.strip(), self.database.strip(), self.user.strip()
        if not host or not database or not user:
            raise UserError("server.incomplete")
        url = f"postgresql://{quote(user, safe='')}@{host}:{self.port}/{quote(database, safe='')}"
        try:
            book = parse_address(url)
        except DatabaseAddressError as exc:
            raise UserError(exc.code, **exc.params) from exc
        return replace(book, password=password) if password else book

    @classmethod
    def of(cls, book: BookAddress) -> OfficeDatabase | None:
        """The fields of a server book's address (None for a file): Settings shows the book in use."""
        if not book.on_server:
            return None
        parts = urlsplit(book.server)
        return cls(parts.hostname or "", parts.port or DEFAULT_PORT, unquote(parts.path.lstrip("/")),
                   unquote(parts.username or ""))


def try_connection(book: BookAddress) -> None:
    """Connect once without touching the open book: ServerUnreachableError (its message says why) if that fails."""
    trial = connect_server(book, bind=False)
    trial.close()


def keep_password(book: BookAddress, password: str) -> None:
    """The password into the system keyring, never a file; UserError when this computer has no keyring."""
    try:
        remember_password(book, password)
    except Exception as exc:  # keyring.errors.KeyringError, or a backend's own: there is nowhere safe to keep it
        raise UserError("server.no_keyring", problem=str(exc) or type(exc).__name__) from exc


def ping() -> bool:
    """Whether the open book answers (`SELECT 1`); a book on this computer always does. On a server this connects
    afresh after a lost connection, so a True also means the next statement has a connection again."""
    if not on_server():
        return True
    try:
        round_trip()
    except (ServerLostError, ServerUnreachableError):
        return False
    return True


def local_book() -> BookAddress:
    """The book on this computer: rapport.sqlite in the user's data folder (what Rapport opens without --db)."""
    from models.files import private_folder
    from services.paths import data_dir

    return BookAddress.sqlite(private_folder(data_dir()) / "rapport.sqlite")
