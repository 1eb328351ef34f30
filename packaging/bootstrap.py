#!/usr/bin/env python3
"""Set up and run Rapport from a source checkout on a fresh machine with only Python 3.11+.

    python3 packaging/bootstrap.py run [APP ARGS...]   start the app (data in the user's data folder)
    python3 packaging/bootstrap.py test [PYTEST ARGS...] run the whole test suite headless
    python3 packaging/bootstrap.py setup               only create .venv with the app's and tests' packages

It creates or reuses .venv, installs the Python packages from pyproject.toml when they changed, and
the system libraries Qt needs (with apt-get when run as root; otherwise it prints the command to run); for the
tests also PostgreSQL's server programs, whose server the suite starts itself (tests/pg_server.py).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# Qt's offscreen and xcb platforms on a bare Debian/Ubuntu; soname -> Debian package.
QT_LIBS = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libglib-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1", "libxkbcommon.so.0": "libxkbcommon0", "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6", "libfreetype.so.6": "libfreetype6",
}
DISPLAY_LIBS = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0", "libX11-xcb.so.1": "libx11-xcb1",
}
TEST_TOOLS = {"pdftoppm": "poppler-utils", "objdump": "binutils"}  # objdump: PyInstaller on Linux


def say(message: str) -> None:
    print(f"[rapport setup] {message}", flush=True)


def have_library(soname: str) -> bool:
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        return True  # not a glibc Linux: nothing to check
    return soname in out


def apt_install(packages: list[str]) -> None:
    if not packages:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        say("Rapport needs these system packages; install them with:\n    sudo apt-get update && sudo "
            + " ".join(command))
        return
    say("installing system packages: " + " ".join(packages))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


def system_packages(display: bool, tools: bool) -> None:
    if not sys.platform.startswith("linux"):
        return
    wanted = dict(QT_LIBS)
    if display:
        wanted.update(DISPLAY_LIBS)
    missing = sorted({pkg for soname, pkg in wanted.items() if not have_library(soname)})
    if tools:
        missing += [pkg for tool, pkg in TEST_TOOLS.items() if not shutil.which(tool)]
        if not have_postgresql_server():
            missing.append("postgresql")  # the suite runs every database test on a real PostgreSQL server too
    apt_install(missing)


def have_postgresql_server() -> bool:
    """PostgreSQL's server programs, as tests/pg_server.py looks for them."""
    import glob

    return bool(glob.glob("/usr/lib/postgresql/*/bin/initdb") or shutil.which("initdb"))


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    python = venv_python()
    if python.exists():
        return python
    say(f"creating the virtual environment {VENV}")
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=False)
    if result.returncode != 0:
        shutil.rmtree(VENV, ignore_errors=True)
        version = f"python3.{sys.version_info.minor}-venv"
        apt_install(["python3-venv", version] if os.geteuid() == 0 else [version])
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    return python


def requirements(extras: list[str]) -> list[str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    for extra in extras:
        reqs += project["optional-dependencies"][extra]
    return reqs


def ensure_packages(python: Path, extras: list[str]) -> None:
    reqs = requirements(extras)
    stamp = VENV / f".installed-{'-'.join(extras) or 'app'}"
    digest = hashlib.sha256("\n".join(reqs).encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    say("installing Python packages (first run or pyproject.toml changed)")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *reqs], check=True)
    stamp.write_text(digest)


APP_CODE = ["main.py", "models", "services", "cli", "ui", "resources"]


def compile_bytecode(python: Path) -> None:
    """Write the app's bytecode once, as pip does for installed packages and the frozen app ships.

    Starting then reads .pyc files instead of compiling every module (about 20 ms of each start-up),
    even where PYTHONDONTWRITEBYTECODE stops Python from caching them itself. Up-to-date files are skipped.
    """
    subprocess.run([str(python), "-m", "compileall", "-q", *APP_CODE], cwd=ROOT, check=False,
                   stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "setup"):
        print(__doc__)
        return 2
    what, rest = argv[0], argv[1:]
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must explain, not crash, on old Pythons
        say("Rapport needs Python 3.11 or newer.")
        return 2
    # "setup" also serves packaging/build, whose bundle must carry the X11 libraries a desktop needs.
    on_desktop = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    system_packages(display=what == "setup" or (what == "run" and on_desktop), tools=what in ("test", "setup"))
    python = ensure_venv()
    ensure_packages(python, ["test"] if what in ("test", "setup") else [])
    os.chdir(ROOT)
    if what in ("run", "setup"):
        compile_bytecode(python)
    if what == "setup":
        return 0
    if what == "run":
        return subprocess.run([str(python), "main.py", *rest], check=False).returncode
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(python), "-m", "pytest", *rest], check=False, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
