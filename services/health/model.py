"""The values of relationship health: the score and its band, its parts, the reasons that pull it down, the levels
of the customer we know and when each was last in touch."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from services.words import Message

# Bands by score; colour is never the only signal: the band's word is shown beside it.
BANDS = (("good", 70), ("watch", 45), ("at_risk", 0))
# The parts of the score, each 0-100, and their weights (sum 1).
PARTS = {"coverage": 0.25, "rhythm": 0.2, "replies": 0.15, "response": 0.2, "trust": 0.2}
# Stable codes of the reasons (accounts --json carries them; words: "health.reason.<code>").
REASON_CODES = ("single_threaded", "decision_maker_not_reached", "replies_slow", "cold_streak", "rhythm_missed",
                "promises_broken", "promises_late")


def band_of(score: int) -> str:
    return next(name for name, low in BANDS if score >= low)


@dataclass(frozen=True)
class Reason:
    """One thing pulling the score down, in plain words: code (stable) and the sentence (rendered per language)."""

    code: str
    message: Message

    def text(self, lang: str | None = None) -> str:
        return self.message.render(lang)


@dataclass(frozen=True)
class Part:
    key: str  # one of PARTS
    score: int  # 0-100
    detail: Message  # "3 of 5 levels known", "median reply 6 working hours (expected 5)"
    known: bool = True  # False when there is nothing to measure yet (no inbound message: replies not scored)


@dataclass(frozen=True)
class LevelTouch:
    """One role of the customer's organisation: how many people we know in it and when one was last in touch."""

    role: str  # models.enums.Role value
    people: int
    last_touch: dt.date | None


@dataclass(frozen=True)
class Health:
    account_uuid: str
    score: int  # 0-100
    band: str  # good | watch | at_risk
    reasons: tuple[Reason, ...]  # the one or two parts that pull it down most (none when all is well)
    parts: tuple[Part, ...] = ()
    levels: tuple[LevelTouch, ...] = ()
    weekly: tuple[tuple[int, str], ...] = field(default=())  # 26 weeks, oldest first: (touches, response mix)

    def as_json(self, lang: str | None = None) -> dict:
        return {"score": self.score, "band": self.band,
                "reasons": [{"code": r.code, "text": r.text(lang)} for r in self.reasons]}
