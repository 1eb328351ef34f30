"""Running the command line in tests as a real process, and files' modes that hold even when the tests run as root."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bound_by_permissions() -> list[str]:
    """A prefix under which the command obeys chmod: root without the capabilities that override file modes."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "running as root: these tests need setpriv (util-linux) to drop root's permission override"
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]


def run_cli(*args, db: Path | str | None = None, obey_modes: bool = False, cwd: Path = ROOT,
            timeout: float = 120, stdin: str | None = None) -> subprocess.CompletedProcess:
    """main.py as its own process: what a user gets, exit code and all."""
    cmd = [sys.executable, str(ROOT / "main.py")] + (["--db", str(db)] if db else []) + [str(a) for a in args]
    if obey_modes:
        cmd = bound_by_permissions() + cmd
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, timeout=timeout, input=stdin)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
