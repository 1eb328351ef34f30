"""Case and accent folding, the one definition shared by search keys in Python and in SQL (rapport_fold)."""

import unicodedata


def fold(text: str) -> str:
    """Casefold and strip combining accents: 'MÜLLER' -> 'muller', 'Šime' -> 'sime', 'Ромашка' -> 'ромашка'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def sql_fold(text: str | None) -> str:
    """fold() as the SQL function rapport_fold: the name-key triggers call it (NULL folds to '')."""
    return fold(text or "")
