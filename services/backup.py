"""Automatic rotating backups of the database, and restoring one safely."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import models
from models.migrations import backups_dir
from services.errors import UserError

KEEP = 10  # automatic copies kept per kind ("start", "daily")


def list_backups(db_path: Path) -> list[Path]:
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)


def latest_backup(db_path: Path) -> Path | None:
    """The newest automatic copy that is itself a sound Rapport database."""
    for candidate in list_backups(db_path):
        if _is_rapport_database(candidate):
            return candidate
    return None


def backup_now(dest: Path) -> Path:
    """Copy the open database to dest with SQLite's online backup."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    models.backup_to(tmp)
    tmp.replace(dest)
    return dest


def automatic_backup(db_path: Path, kind: str, now: dt.datetime | None = None) -> Path | None:
    """A rotating copy: 'start' every launch, 'daily' once a day; keeps the newest KEEP of each kind."""
    now = now or dt.datetime.now(dt.UTC)
    folder = backups_dir(db_path)
    if kind == "daily":
        today = f"{db_path.stem}-daily-{now:%Y%m%d}"
        if any(p.name.startswith(today) for p in folder.glob("*.sqlite")):
            return None
    dest = backup_now(folder / f"{db_path.stem}-{kind}-{now:%Y%m%d-%H%M%S}.sqlite")
    copies = sorted(folder.glob(f"{db_path.stem}-{kind}-*.sqlite"), reverse=True)
    for old in copies[KEEP:]:
        old.unlink(missing_ok=True)
    return dest


def _is_rapport_database(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            if fh.read(16) != models.base.SQLITE_MAGIC:
                return False
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            has_meta = con.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone() is not None
            return ok and has_meta
        finally:
            con.close()
    except (OSError, sqlite3.DatabaseError):
        return False


def restore(source: Path, db_path: Path) -> Path:
    """Replace the database at db_path with source; the current file is kept beside it first.

    The database must be closed. Returns the path where the previous file was kept (or db_path if none).
    """
    source, db_path = Path(source), Path(db_path)
    if not _is_rapport_database(source):
        raise UserError(f"{source} is not a Rapport database, so it was not restored. Nothing was changed.")
    kept = db_path
    if db_path.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        kept = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")
        db_path.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
    tmp = db_path.with_name(db_path.name + ".part")
    shutil.copyfile(source, tmp)
    tmp.replace(db_path)
    return kept
