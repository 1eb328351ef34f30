"""Relationship health computed from the book: the parts weighed into one score, its band and the reasons beside it."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from services.cadence.replies import Expectations, expectations
from services.cadence.slots import Slots
from services.health import parts
from services.health.model import PARTS, Health, Reason, band_of
from services.health.reading import Facts, read_facts

WEEKS = 26
MOST_REASONS = 2
RESPONSE_ORDER = ("warm", "neutral", "cold", "none")  # a tie in a week's mix shows the warmer


class _Context:
    """What every account's health reads once per run: the calendar, the rhythms, the reply expectations."""

    def __init__(self) -> None:
        from services.cadence.planning import plan_rules

        self.slots = Slots()
        self.rules: dict = plan_rules()
        self.wanted: Expectations = expectations()


def health_of(account_uuid: str, today: dt.date | None = None) -> Health:
    """One account's health as of today (a LookupError when there is no such account)."""
    today = today or dt.date.today()
    facts = read_facts(account_uuid=account_uuid, today=today)
    if not facts:
        raise LookupError(account_uuid)
    return _health(next(iter(facts.values())), today, _Context())


def health_of_many(account_ids: list[int], today: dt.date) -> dict[int, Health]:
    """These accounts' health by account id, read in a fixed number of queries however many they are."""
    context = _Context()
    return {aid: _health(f, today, context) for aid, f in read_facts(ids=account_ids, today=today).items()}


def _health(f: Facts, today: dt.date, context: _Context) -> Health:
    levels = parts.levels(f)
    scored = (parts.coverage(f, today, levels), parts.rhythm(f, today, context.slots, context.rules),
              parts.replies(f, today, context.slots, context.wanted), parts.response(f), parts.trust(f, today))
    known = [s for s in scored if s.part.known]
    total = sum(PARTS[s.part.key] for s in known)
    score = round(sum(PARTS[s.part.key] * s.part.score for s in known) / total)
    return Health(f.account.uuid, score, band_of(score), _reasons(known), tuple(s.part for s in scored), levels,
                  weekly(f, today))


def _reasons(known: list[parts.Scored]) -> tuple[Reason, ...]:
    """The reasons of the one or two parts that cost the score most (weight times what they lack)."""
    weak = sorted((s for s in known if s.reasons), key=lambda s: -PARTS[s.part.key] * (100 - s.part.score))
    out: list[Reason] = []
    for s in weak[:MOST_REASONS]:
        out.extend(s.reasons)
    return tuple(out[:MOST_REASONS])


def weekly(f: Facts, today: dt.date) -> tuple[tuple[int, str], ...]:
    """26 weeks ending today, oldest first: the touches of each week and the response most of ours met ('' none)."""
    first = today - dt.timedelta(days=7 * WEEKS - 1)
    counts = [0] * WEEKS
    mixes: list[Counter] = [Counter() for _ in range(WEEKS)]
    for t in f.touches:
        day = t.at.date()
        if first <= day <= today:
            week = (day - first).days // 7
            counts[week] += 1
            if t.direction == "outbound":
                mixes[week][t.response] += 1
    return tuple((n, _most(mix)) for n, mix in zip(counts, mixes, strict=True))


def _most(mix: Counter) -> str:
    if not mix:
        return ""
    top = max(mix.values())
    return next(r for r in RESPONSE_ORDER if mix[r] == top)
