"""Collect the UI strings into resources/translations/*.ts (pyside6-lupdate) and compile the .qm files."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    folder = Path(sys.executable).parent
    candidate = folder / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update() -> None:
    for lang in LANGUAGES:
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts",
                        str(TRANSLATIONS / f"rapport_{lang}.ts")], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def release() -> None:
    for lang in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), str(TRANSLATIONS / f"rapport_{lang}.ts"), "-qm",
                        str(TRANSLATIONS / f"rapport_{lang}.qm")], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    if "--release-only" not in sys.argv:
        update()
    release()
