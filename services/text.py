"""Search keys that fold case and accents in every script."""

import unicodedata


def fold(text: str) -> str:
    """Casefold and strip combining accents: 'MÜLLER' -> 'muller', 'Šime' -> 'sime', 'Ромашка' -> 'ромашка'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def search_key(*parts: str) -> str:
    return " ".join(fold(p) for p in parts if p)
