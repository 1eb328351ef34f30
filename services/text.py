"""Search keys that fold case and accents in every script."""

import unicodedata

from models.account import fold  # defined with the data: a migration fills keys with it too

__all__ = ["fold", "isolate", "names_side_by_side", "search_key"]


def search_key(*parts: str) -> str:
    return " ".join(fold(p) for p in parts if p)


_FSI, _PDI = "\u2068", "\u2069"  # Unicode first-strong isolate ... pop directional isolate
_LRM = "\u200e"  # left-to-right mark
_RIGHT_TO_LEFT = {"R", "AL"}


def names_side_by_side(*names: str, sep: str = " — ") -> str:
    """Names on one line in reading order ('company — contact'), each isolated; a left-to-right mark leads when
    any is right-to-left, or Qt lays out a line whose names are all right-to-left from the right (the contact
    first, seen from the left)."""
    line = sep.join(isolate(n) for n in names if n)
    return f"{_LRM}{line}" if line != sep.join(n for n in names if n) else line


def isolate(name: str) -> str:
    """A user or holiday name that cannot reorder the text beside it: a name with right-to-left letters is
    wrapped in FSI…PDI ('12–09 Mar عيد' stays '9–12 Mar عيد'); other names are returned unchanged, so text that
    is all left-to-right stays byte for byte what it was."""
    if any(unicodedata.bidirectional(ch) in _RIGHT_TO_LEFT for ch in name):
        return f"{_FSI}{name}{_PDI}"
    return name
