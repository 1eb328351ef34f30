"""Shipped data (countries, etiquette, fonts, icons, translations), found the same way from source or a bundle."""

import sys
from pathlib import Path

_BASE = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent)) / "resources"


def path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. path("fonts", "NotoSans-Regular.ttf")."""
    return _BASE.joinpath(*parts)
