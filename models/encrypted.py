"""SQLCipher specifics: an encrypted book told apart from a damaged file, opened with its passphrase, converted."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

from playhouse.sqlcipher_ext import _SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from models.base import APPLICATION_ID, BookDatabase, DatabaseOpenError
from models.files import _sync, _sync_folder, create_private_file
from models.folding import sql_fold

CIPHER_ERRORS = (sqlcipher.Error,)
CACHE_KIB = 65_536  # the open book's page cache: 64 MB of decrypted pages (SQLite's default is 2 MB)
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseEncryptedError(DatabaseOpenError):
    """An encrypted book opened without its passphrase: ask for it (never "damaged")."""


class DatabaseWrongPassphraseError(DatabaseEncryptedError):
    pass


class CipherBookDatabase(_SqlCipherDatabase, BookDatabase):
    """The encrypted book: SQLCipher's connection, Rapport's write gate."""


def looks_encrypted(path: Path) -> bool:
    """A file with no SQLite header whose first page reads as random bytes in whole pages: SQLCipher's.

    A damaged SQLite book keeps its header, a foreign file (text, an image) has far fewer distinct bytes."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError:
        return False
    return size >= 1024 and size % 512 == 0 and not head.startswith(SQLITE_MAGIC) and len(set(head)) >= 200


def needs_passphrase(path: Path) -> DatabaseEncryptedError:
    return DatabaseEncryptedError(path, "book.needs_passphrase")


def wrong_passphrase(path: Path) -> DatabaseWrongPassphraseError:
    return DatabaseWrongPassphraseError(path, "book.wrong_passphrase")


def quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def open_file(target: str, passphrase: str | None, uri: bool = False, timeout: float = 2) -> sqlcipher.Connection:
    """A SQLCipher connection to target keyed with passphrase (None: a plain file); the key is proved by a read."""
    con = sqlcipher.connect(target, uri=uri, timeout=timeout, isolation_level=None)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not SQLCipher's stderr lines
        if passphrase is not None:
            con.execute(f"PRAGMA key = {quoted(passphrase)}")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        con.close()
        raise
    return con


# SQLCipher 4's key derivation (its defaults, which every book of ours is written with).
KDF_ITERATIONS, SALT_BYTES, KEY_BYTES = 256_000, 16, 32
_raw_keys: dict[tuple[str, bytes], str] = {}
_deriving = threading.Lock()  # the GUI derives the key on a thread while Qt starts: a second caller waits for it


def raw_key(path: Path, passphrase: str) -> str:
    """The key SQLCipher derives from passphrase and the file's salt, as a raw key x'…' (key and salt in hex).

    Deriving it takes about 70 ms by design; opening a book takes several connections (its look, its check, the
    app's own), so it is derived once per file and process, and every connection is keyed with it directly."""
    try:
        with path.open("rb") as fh:
            salt = fh.read(SALT_BYTES)
    except OSError:
        return passphrase
    if len(salt) < SALT_BYTES:  # a new, empty file: SQLCipher makes its salt
        return passphrase
    cached = (passphrase, salt)
    with _deriving:
        if cached not in _raw_keys:
            key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ITERATIONS, KEY_BYTES)
            raw = f"x'{key.hex()}{salt.hex()}'"
            # A wrong passphrase, or a SQLCipher of other defaults: the passphrase itself then (SQLCipher derives).
            _raw_keys[cached] = raw if _opens(path, raw) else passphrase
        return _raw_keys[cached]


def _opens(path: Path, key: str) -> bool:
    try:
        open_file(f"{path.resolve().as_uri()}?mode=ro", key, uri=True).close()
    except sqlcipher.DatabaseError:
        return False
    return True


def read_only(path: Path, live: bool, passphrase: str) -> sqlcipher.Connection:
    """The encrypted counterpart of book_file's read-only connection (same modes)."""
    mode = "ro" if live else "ro&immutable=1"
    try:
        return open_file(f"{path.resolve().as_uri()}?mode={mode}", raw_key(path, passphrase), uri=True)
    except sqlcipher.DatabaseError as exc:
        if "not a database" in str(exc):
            raise wrong_passphrase(path) from exc
        raise


def header_facts(path: Path, live: bool, passphrase: str) -> tuple[int, bool]:
    """Its application_id and whether it is in write-ahead-log mode (the header is encrypted: ask SQLCipher)."""
    con = read_only(path, live, passphrase)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        wal = con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        con.close()
    return app_id, wal


def table_checksums(con: sqlcipher.Connection, schema: str = "main") -> dict[str, tuple[int, str]]:
    """Per table: its row count and a digest of its rows (in any order), to prove a converted copy equal."""
    names = [r[0] for r in con.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    sums = {}
    for name in names:
        rows = sorted(repr(row) for row in con.execute(f'SELECT * FROM {schema}."{name}"'))
        sums[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return sums


def export(source: sqlcipher.Connection, dest: Path, passphrase: str | None) -> None:
    """Write the whole source database into the new file dest, encrypted with passphrase (None: plain)."""
    version = source.execute("PRAGMA user_version").fetchone()[0]
    source.execute(f"ATTACH DATABASE {quoted(str(dest))} AS converted KEY {quoted(passphrase or '')}")
    try:
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute(f"PRAGMA converted.application_id = {APPLICATION_ID}")
        source.execute(f"PRAGMA converted.user_version = {version}")
    finally:
        source.execute("DETACH DATABASE converted")


def converting(path: Path) -> Path:
    """The copy a conversion writes beside the book; one left by a kill is removed when the book is next opened
    (then under a shared lock: no conversion, which needs it alone, can be running)."""
    return path.with_name(f".{path.name}.converting")


def convert(path: Path, old: str | None, new: str | None, before_replace: Callable[[], None] = lambda: None) -> None:
    """Rewrite the closed book at path from passphrase old to new (None: plain), verified, then put in place.

    The copy is written to a hidden file beside the book and proved equal (counts and a digest per table);
    it then replaces the book in one rename, and the old file's bytes (and its -wal/-shm) are overwritten
    before they are let go. A kill before the rename leaves the old book as it was.
    """
    part = converting(path)
    shred(part)  # an earlier conversion killed half-way
    create_private_file(part)  # SQLite keeps the mode of the file it is given (0600)
    source = open_file(str(path), old, timeout=5)
    try:
        source.create_function("rapport_fold", 1, sql_fold, deterministic=True)  # the book's triggers call it
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        export(source, part, new)
        expected = table_checksums(source)
    finally:
        source.close()
    try:
        _prove_copy(part, new, expected)
        _sync(part)
        before_replace()
        _replace(part, path)
    except BaseException:
        shred(part)
        raise


def _prove_copy(part: Path, passphrase: str | None, expected: dict[str, tuple[int, str]]) -> None:
    copy = open_file(str(part), passphrase)
    try:
        sound = copy.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        if not sound or table_checksums(copy) != expected:
            raise OSError(f"the converted copy {part} differs from the book")
    finally:
        copy.close()


def _replace(part: Path, path: Path) -> None:
    """part takes path's place in one rename; the old file's bytes, held open meanwhile, are then overwritten."""
    with path.open("r+b") as old:
        os.replace(part, path)
        _sync_folder(path.parent)
        _overwrite(old)
    for side in ("-wal", "-shm"):
        shred(path.with_name(path.name + side))


def shred(path: Path) -> None:
    """Overwrite a file's bytes with zeros, then remove it (a best effort: SSDs and copy-on-write disks may keep
    old blocks; the encrypted book is the real protection)."""
    try:
        with path.open("r+b") as fh:
            _overwrite(fh)
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


def _overwrite(fh) -> None:
    size = os.fstat(fh.fileno()).st_size
    fh.seek(0)
    for start in range(0, size, 65536):
        fh.write(b"\0" * min(65536, size - start))
    fh.flush()
    os.fsync(fh.fileno())
