"""Relationship health: level coverage, rhythm kept, our replies, their response and trust, as one score with the
parts that pull it down in plain words (issue 18).

The contract the screens, the brief, the portfolio and the command line build on: `health_of(account_uuid, today)`
gives a `Health`; `stored_health(...)` reads the kept figures of many accounts (the list's column and filter, the
portfolio) without computing them per read. See services/health/model.py for the values.
"""

from services.health.model import BANDS, PARTS, REASON_CODES, Health, LevelTouch, Part, Reason, band_of

__all__ = ["BANDS", "PARTS", "REASON_CODES", "Health", "LevelTouch", "Part", "Reason", "band_of", "health_of",
           "stored_health"]


def health_of(account_uuid: str, today=None) -> Health:
    """One account's health as of today (computed from the book)."""
    from services.health.score import health_of as compute

    return compute(account_uuid, today)


def stored_health(account_uuids=None) -> dict[str, Health]:
    """The kept health (score, band, reasons) of these accounts, or of every account, by uuid."""
    from services.health.kept import stored_health as kept

    return kept(account_uuids)
