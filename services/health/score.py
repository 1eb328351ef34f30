"""Relationship health computed from the book: the parts weighed into one score, its band and the reasons beside it."""

from __future__ import annotations

import datetime as dt

from services.cadence.loading import PlanAccount
from services.cadence.replies import Expectations, expectations
from services.cadence.slots import Slots
from services.health import parts
from services.health.model import PARTS, Health, Reason, band_of
from services.health.reading import Facts, read_facts

WEEKS = 26
MOST_REASONS = 2
RESPONSE_ORDER = ("warm", "neutral", "cold", "none")  # a tie in a week's mix shows the warmer
RESPONSE_INDEX = {r: i for i, r in enumerate(RESPONSE_ORDER)}


class _Context:
    """What every account's health reads once per run: the calendar, the rhythms, the reply expectations."""

    def __init__(self, slots: Slots | None = None, rules: dict | None = None) -> None:
        from services.cadence.planning import plan_rules

        self.slots = slots or Slots()
        self.rules: dict = rules or plan_rules()
        self.wanted: Expectations = expectations()


def health_of(account_uuid: str, today: dt.date | None = None) -> Health:
    """One account's health as of today (a LookupError when there is no such account)."""
    today = today or dt.date.today()
    facts = read_facts(account_uuid=account_uuid, today=today)
    if not facts:
        raise LookupError(account_uuid)
    return _health(next(iter(facts.values())), today, _Context())


def health_of_many(account_ids: list[int], today: dt.date, accounts: list[PlanAccount] | None = None,
                   strip: bool = True, slots: Slots | None = None, rules: dict | None = None) -> dict[int, Health]:
    """These accounts' health by account id, read in a fixed number of queries however many they are (fewer when
    given the accounts, calendar and rhythms as the planner read them); strip: with the 26-week activity strip."""
    context = _Context(slots, rules)
    return {aid: _health(f, today, context, strip)
            for aid, f in read_facts(ids=account_ids, today=today, accounts=accounts).items()}


def _health(f: Facts, today: dt.date, context: _Context, strip: bool = True) -> Health:
    levels = parts.levels(f)
    scored = (parts.coverage(f, today, levels), parts.rhythm(f, today, context.slots, context.rules),
              parts.replies(f, today, context.slots, context.wanted), parts.response(f), parts.trust(f, today))
    known = [s for s in scored if s.part.known]
    total = sum(PARTS[s.part.key] for s in known)
    score = round(sum(PARTS[s.part.key] * s.part.score for s in known) / total)
    return Health(f.account.uuid, score, band_of(score), _reasons(known), tuple(s.part for s in scored), levels,
                  weekly(f, today) if strip else ())


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
    mixes: dict[int, list[int]] = {}  # week -> how many of ours met each response, in RESPONSE_ORDER
    for t in f.touches:
        week = (t.at.date() - first).days // 7
        if 0 <= week < WEEKS:
            counts[week] += 1
            if t.direction == "outbound" and t.response in RESPONSE_INDEX:
                mixes.setdefault(week, [0, 0, 0, 0])[RESPONSE_INDEX[t.response]] += 1
    return tuple([(n, _most(mixes[week]) if week in mixes else "") for week, n in enumerate(counts)])


def _most(mix: list[int]) -> str:
    return RESPONSE_ORDER[mix.index(max(mix))]  # the first of the most: a tie shows the warmer
