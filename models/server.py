"""The shared office book: a PostgreSQL database reached through psycopg 3, and what its connection may do wrong.

The server is another machine: it may be unreachable when Rapport starts, or go away mid-work. Every such
failure becomes one of the book's own errors (DatabaseOpenError with a catalogue code) that says what happened
and that nothing was half written: a statement that fails with the connection gone drops that connection, so
the transaction it was in is rolled back by the server, and the next statement connects afresh.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import peewee as pw

from models.address import BookAddress
from models.base import DatabaseOpenError, db
from models.dialect import server_placeholders
from models.files import atomic_output, private_folder
from models.folding import fold

KEYRING_SERVICE = "Rapport office database"
MIN_VERSION = 150000  # PostgreSQL 15


class ServerUnreachableError(DatabaseOpenError):
    """The server could not be reached (or refused the login): nothing was read or written."""


class ServerLostError(DatabaseOpenError, pw.OperationalError):
    """The connection went away mid-work: the statement and its transaction did not happen (the server rolls an
    unfinished transaction back); the next statement reconnects. Also a peewee OperationalError, so code that
    already treats a failed statement as failed does so."""


def password_for(book: BookAddress) -> str | None:
    """The password: given in the URL, else the one kept in the system keyring for this address, else None
    (libpq then looks in PGPASSWORD and ~/.pgpass)."""
    if book.password:
        return book.password
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, book.server)
    except Exception:  # no keyring on this machine (a headless server, a locked wallet): ask libpq's sources
        return None


def remember_password(book: BookAddress, password: str) -> None:
    """Keep the password in the system keyring (never in a settings file); KeyringError when there is none."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, book.server, password)


def forget_password(book: BookAddress) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, book.server)


def _is_broken(conn) -> bool:
    return conn is None or bool(getattr(conn, "closed", True)) or bool(getattr(conn, "broken", False))


class ServerDatabase(pw.PostgresqlDatabase):
    """Rapport's PostgreSQL database: `?` placeholders as on SQLite; a lost connection becomes ServerLostError."""

    book: BookAddress
    _state: Any  # peewee's per-thread connection state (set in its __init__; peewee ships no type hints for it)

    def _connect(self):
        try:
            conn = super()._connect()
        except Exception as exc:  # psycopg's OperationalError: refused, timed out, bad password, no such database
            raise server_error(self.book, exc) from exc
        # No server-side prepared statements: after five runs psycopg would prepare one, and the server may then
        # keep a generic plan: a search for "m" walked the whole trigram index (11 ms) instead of the table (2 ms).
        conn.prepare_threshold = None
        return conn

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(server_placeholders(sql), params)
        except (pw.OperationalError, pw.InterfaceError) as exc:
            self._raise_if_lost(exc)
            raise

    def begin(self, isolation_level=None):
        # BEGIN goes to the cursor directly, not through execute_sql: a connection that died while idle (the
        # server restarted, the backend terminated) is found here first, and must be dropped here too.
        try:
            return super().begin(isolation_level)
        except (pw.OperationalError, pw.InterfaceError) as exc:
            self._raise_if_lost(exc)
            raise

    def copy_rows(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        """Rows into table by COPY (the fastest way in, for moving a whole book); a lost connection is
        ServerLostError, as in execute_sql."""
        quoted = ", ".join(f'"{c}"' for c in columns)
        try:
            with self.cursor().copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
        except Exception as exc:  # psycopg's own errors: COPY does not pass through peewee
            self._raise_if_lost(exc)
            raise

    def execute_many(self, sql: str, rows) -> None:
        """One prepared statement for many rows (DB-API executemany), its lost connection told as execute_sql's:
        a raw cursor's error is psycopg's own, which no caller knows as the book's."""
        try:
            self.cursor().executemany(server_placeholders(sql), rows)
        except Exception as exc:
            self._raise_if_lost(exc)
            raise

    def _raise_if_lost(self, exc: BaseException) -> None:
        """A statement failed: if its connection is gone, drop it (the next statement reconnects) and raise
        ServerLostError; while the connection lives the statement itself was wrong, and the caller re-raises."""
        if isinstance(exc, DatabaseOpenError) or not _is_broken(self._state.conn):
            return
        self._drop_connection()
        raise ServerLostError(self.book.where, "book.server_lost", problem=_first_line(exc)) from exc

    def _drop_connection(self) -> None:
        """Forget the dead connection and its transactions (the server has rolled them back)."""
        conn = self._state.conn
        try:
            if conn is not None:
                conn.close()
        except Exception:  # already gone: nothing to close
            pass
        self._state.reset()

    def commit(self):
        if _is_broken(self._state.conn):
            self._drop_connection()
            raise ServerLostError(self.book.where, "book.server_lost", problem="connection closed")
        try:
            return super().commit()
        except (pw.OperationalError, pw.InterfaceError) as exc:
            self._raise_if_lost(exc)
            raise

    def rollback(self):
        if _is_broken(self._state.conn):
            self._drop_connection()
            return None
        return super().rollback()

    def pop_transaction(self):
        # After a dropped connection the transactions are gone already; the blocks still unwinding pop nothing.
        return self._state.transactions.pop() if self._state.transactions else None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def server_error(book: BookAddress, exc: BaseException) -> DatabaseOpenError:
    """The book's error for a failed connection: a wrong password or unknown role is "refused", the rest
    (no route, refused port, timeout, server starting up) "unreachable"."""
    text = _first_line(exc)
    lowered = text.lower()
    if "password" in lowered or "authentication" in lowered or "role" in lowered or "does not exist" in lowered:
        return ServerUnreachableError(book.where, "book.server_refused", problem=text)
    return ServerUnreachableError(book.where, "book.server_unreachable", problem=text)


def load_driver() -> None:
    """psycopg for peewee, when the launcher kept it from being imported at start (main.py: a file book never
    needs it): imported now, and given to peewee as its own import would have."""
    if getattr(pw, "psycopg", None) is not None:
        return
    sys.modules.pop("psycopg", None)
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    names = {"psycopg": psycopg, "TransactionStatus": TransactionStatus, "Json_pg3": Json, "Jsonb_pg3": Jsonb}
    for name, value in names.items():  # peewee's module globals, untyped in its stubs
        setattr(pw, name, value)
    for name, status in (("txn_idle", "IDLE"), ("txn_inerror", "INERROR"), ("txn_unknown", "UNKNOWN")):
        setattr(pw.Psycopg3Adapter, name, getattr(TransactionStatus, status))


def connect_server(book: BookAddress, timeout: float = 5.0, bind: bool = True) -> ServerDatabase:
    """Connect to the server book and bind the models to it (bind=False: a trial connection, e.g. Settings' Test
    connection, left unbound for the caller to close); ServerUnreachableError if that fails."""
    load_driver()
    parts = urlsplit(book.server)
    params: dict = {"host": parts.hostname, "port": parts.port or 5432, "user": parts.username or None,
                    "connect_timeout": max(1, int(timeout)), "application_name": "Rapport"}
    password = password_for(book)
    if password:
        params["password"] = password
    database = ServerDatabase(parts.path.lstrip("/"), **{k: v for k, v in params.items() if v is not None})
    database.book = book
    database.connect()
    version = database.server_version or 0
    if version < MIN_VERSION:
        database.close()
        raise ServerUnreachableError(book.where, "book.server_too_old", version=f"{version // 10000}")
    if bind:
        db.initialize(database)
    return database


def install_fold_function() -> None:
    """rapport_fold(text) on the server (models.dialect.fold_function), checked against Python's fold."""
    from models.dialect import fold_function

    db.execute_sql(fold_function())
    sample = "MÜLLER Straße Šime Ромашка ΣΊΣΥΦΟΣ ﬁ İstanbul Đorđe Nguyễn"
    got = db.execute_sql("SELECT rapport_fold(?)", (sample,)).fetchone()[0]
    if got != fold(sample):
        raise RuntimeError(f"rapport_fold on the server gives {got!r}, Python {fold(sample)!r}")


def copies_folder() -> Path:
    """Where copies of server books are kept on this computer: the user's data folder (services.paths.data_dir)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Rapport", appauthor=False)) / "server-copies"


def copy_before_migration(book: BookAddress, current: int, latest: int) -> Path:
    """The copy before a migration, in copies_folder(): pg_dump's custom format when pg_dump is installed and
    can read this server; else every table's rows as they are, as JSON (a bundle cannot be made then: the app's
    models already have the new schema's shape)."""
    folder = private_folder(copies_folder())
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    name = f"{urlsplit(book.server).path.lstrip('/')}-before-v{latest}-from-v{current}-{stamp}"
    return _dump(book, folder / f"{name}.dump") or _json_copy(folder / f"{name}.json.gz")


def _json_copy(path: Path) -> Path:
    """Every table of the open book, {table: {"columns": [...], "rows": [[...], ...]}}, gzipped JSON."""
    tables = {}
    for table in db.get_tables():
        cursor = db.execute_sql(f'SELECT * FROM "{table}"')
        tables[table] = {"columns": [c[0] for c in cursor.description], "rows": [list(r) for r in cursor.fetchall()]}
    with atomic_output(path) as part, gzip.open(part, "wt", encoding="utf-8") as out:
        json.dump(tables, out, default=str, ensure_ascii=False)
    return path


def _dump(book: BookAddress, path: Path) -> Path | None:
    """pg_dump of the book into path; None when pg_dump is not installed or cannot read this server (a newer
    server than the client: pg_dump refuses)."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        return None
    env = dict(os.environ)
    password = password_for(book)
    if password:
        env["PGPASSWORD"] = password
    with atomic_output(path) as part:
        done = subprocess.run([pg_dump, "--format=custom", f"--file={part}", f"--dbname={book.server}"],
                              capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0:
            return None
    return path
