"""Ctrl+K: any account, contact or promise found by name in a few indexed queries, the best matches first."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from models import Account, Commitment, Contact, queries
from services.countries import get_country
from services.text import fold
from services.words import Message, text

KINDS = ("account", "contact", "promise")  # on a tie, the earlier kind comes first
_MODELS = {"account": Account, "contact": Contact, "promise": Commitment}


class JumpTarget(NamedTuple):
    """Something Ctrl+K can open: an account, a contact (at account_uuid) or a promise (to account_uuid)."""

    kind: str  # one of KINDS
    uuid: str
    account_uuid: str
    title: str  # the name as stored (a promise's title)
    subtitle: Message  # "contact at Müller GmbH · Germany", shown in the reader's language
    score: int  # 2: the name starts with the text, 1: one of its words does, 0: the text is inside a word


class _Country:
    """A country's name rendered in whatever language the message is shown in."""

    def __init__(self, code: str) -> None:
        self.code = code

    def render(self, lang: str | None = None) -> str:
        if not self.code:
            return text("jump.no_country", lang)
        return get_country(self.code).name(lang or "en")


def jump_targets(query: str, limit: int = 20) -> list[JumpTarget]:
    """The best `limit` names holding every word of query (any case, accents and script): names that start
    with it, then names with a word that does, then the rest; accounts before contacts before promises on a
    tie, shorter names first. At most two indexed queries per kind, never a pass over a whole table."""
    terms = fold(query).split()
    if not terms or limit <= 0:
        return []
    found = []
    for kind in KINDS:
        found += [_target(kind, match) for match in queries.name_matches(_MODELS[kind], terms, limit)]
    found.sort(key=_order)
    return found[:limit]


def _order(target: JumpTarget) -> tuple:
    key = fold(target.title)
    return -target.score, KINDS.index(target.kind), len(key), key


def _target(kind: str, match: queries.NameMatch) -> JumpTarget:
    country = _Country(match.country)
    if kind == "account":
        subtitle = (Message("jump.account_in", city=match.city, country=country) if match.city
                    else Message("jump.account", country=country))
    elif kind == "contact":
        subtitle = Message("jump.contact", name=match.account_name, country=country)
    else:
        due = match.due_date if isinstance(match.due_date, dt.date) else dt.date.fromisoformat(str(match.due_date))
        subtitle = Message("jump.promise", name=match.account_name, due=due, status=match.status)
    return JumpTarget(kind, match.uuid, match.account_uuid, match.name, subtitle, 2 - match.rank)
