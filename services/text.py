"""Search keys that fold case and accents in every script, and safe clipping of long text."""

import unicodedata


def fold(text: str) -> str:
    """Casefold and strip combining accents: 'MÜLLER' -> 'muller', 'Šime' -> 'sime', 'Ромашка' -> 'ромашка'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def search_key(*parts: str) -> str:
    return " ".join(fold(p) for p in parts if p)


def clip(text: str, limit: int) -> str:
    """Cut text at a word boundary near limit and end it with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"
