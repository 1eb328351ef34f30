"""Files written safely: private to the user (0600 files, 0700 folders) and whole (through a .part beside them)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(path: Path) -> Path:
    """Create the folder (and missing parents) readable by the user only; an existing one of ours is tightened.

    On Windows the modes are ignored: the per-user data folder is private already.
    """
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a folder of another owner (a shared drive) is left as it is
        if hasattr(os, "getuid") and path.stat().st_uid == os.getuid():
            path.chmod(PRIVATE_FOLDER)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file only the user can read, unless it exists: SQLite then keeps that mode for the
    book and gives it to the -wal and -shm files too."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


@contextlib.contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Yield a new private .part file beside path to write into; it replaces path when the block ends.

    A failure removes the .part and leaves path as it was; a kill leaves at most the .part, never a
    half-written file under the real name.
    """
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".part", dir=path.parent)  # mode 0600
    os.close(handle)
    part = Path(name)
    try:
        yield part
        _sync(part)
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync(path: Path) -> None:
    """The data is on disk before the rename makes it the real file (else a power cut can leave it empty)."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder to flush it; its rename is journaled by NTFS
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
