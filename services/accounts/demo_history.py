"""A demo account's interactions as its owner kept them: every rhythm's last touch within its interval before today.

Histories are laid out in days before today, newest rhythm touches first (the "anchors"), then older history behind
them. The streams follow the README's rules: the contact rhythm (follow-up days, shortened by a warm reply or high
priority, lengthened by low priority), fresh quotes in the quoting stages, samples in the sample regions, and the
checks after a quote or sample (a quote is answered before it expires, samples are reported arrived and reviewed).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from models.enums import Channel, Purpose, Response, Stage
from services.cadence import rules as cr

QUOTING = {Stage.INQUIRY, Stage.QUOTED, Stage.SAMPLING, Stage.NEGOTIATING, Stage.WON, Stage.REPEAT}
SAMPLE_REGIONS = {"southeast_asia", "latin_america", "south_asia"}
QUOTE_VALID_DAYS = 30
# A quote older than this (its validity less the planner's lead days) must have been followed up by an ask.
QUOTE_ANSWER_BY = QUOTE_VALID_DAYS - int(cr.ADAPT["quote_expiry_lead_days"]) - 1
FEEDBACK = int(cr.ADAPT["sample_feedback_days"])
ASKS = (Purpose.CHECK_IN, Purpose.NEGOTIATION)
OUT_CHANNELS = [Channel.EMAIL, Channel.EMAIL, Channel.PHONE, Channel.MESSAGE, Channel.VIDEO, Channel.VISIT]
REPLY_CHANNELS = [Channel.EMAIL, Channel.MESSAGE]
ANSWERS = [Response.WARM, Response.NEUTRAL, Response.COLD]  # how a customer's own message reads
ANSWER = "our_answer"  # the summary of our answer to their message, placed after it on the same day


@dataclass(frozen=True)
class Event:
    """One interaction, days before today; text picks its summary (demo.SUMMARIES)."""

    days_ago: int
    purpose: Purpose
    direction: str
    response: Response
    channel: Channel
    text: str = ""

    @property
    def summary_key(self) -> str:
        return self.text or self.purpose.value


def contact_interval(stage: str, priority: str, base: int, warm: bool = False) -> int:
    """The contact rhythm in days after a neutral (or, with warm, a warm) reply, by the README's rules."""
    if stage == Stage.DORMANT:
        return max(base, int(cr.ADAPT["dormant_days"]))
    factor = cr.ADAPT["warm"] if warm else 1.0
    factor *= {"high": cr.ADAPT["high_priority"], "low": cr.ADAPT["low_priority"]}.get(priority, 1.0)
    factor *= cr.ADAPT.get(stage, 1.0) if stage in ("negotiating", "quoted", "sampling") else 1.0
    return max(int(cr.ADAPT["min_days"]), round(base * factor))


@dataclass(frozen=True)
class Rhythm:
    """What one account's streams ask for, in days."""

    region: str
    stage: str
    priority: str
    follow_up: int
    quote: int
    sample: int
    transit: int

    @classmethod
    def of(cls, region: str, stage: str, priority: str, rules: dict) -> Rhythm:
        r = rules[region]
        return cls(region, stage, priority, r["follow_up"], r["quote"], r["sample"], r["transit"])

    @property
    def quotes(self) -> bool:
        return self.stage in QUOTING

    @property
    def samples(self) -> bool:
        return self.region in SAMPLE_REGIONS

    def interval(self, warm: bool = False) -> int:
        return contact_interval(self.stage, self.priority, self.follow_up, warm)


def late_fits(rhythm: Rhythm, days_late: int) -> bool:
    """Whether a contact touch this late still leaves room for the quote and sample touches to be on time."""
    last = rhythm.interval() + days_late
    quote_ok = not rhythm.quotes or last + 1 <= rhythm.quote
    sample_ok = not rhythm.samples or last + rhythm.transit + 25 <= rhythm.sample
    return quote_ok and sample_ok


def history(rng: random.Random, rhythm: Rhythm, count: int, role: str = "kept", days: int = 0) -> list[Event]:
    """About count interactions, oldest first. role: kept (every stream on time), showcase (kept, with a quote
    and samples just sent), late (the contact touch is `days` days late, due today for 0) or reply (the newest is
    the customer's message of `days` days ago)."""
    if rhythm.stage == Stage.LOST:
        return _older(rng, rhythm, rng.randint(150, 400), count, silent=True)
    anchors = _anchors(rng, rhythm, role, days)
    older = _older(rng, rhythm, max(e.days_ago for e in anchors) + rng.randint(12, max(12, rhythm.follow_up)),
                   max(1, count - len(anchors)))
    return sorted(older + anchors, key=lambda e: -e.days_ago)


def _anchors(rng: random.Random, rhythm: Rhythm, role: str, days: int) -> list[Event]:
    """The newest touch of every stream (and what answered it), each within its interval before today."""
    out: list[Event] = []
    kept = role in ("kept", "showcase")
    warm = kept and rng.random() < 0.3
    low = days + 1 if role == "reply" else 3 if role == "showcase" else 1
    # Late: after a neutral reply the rhythm is exactly interval().
    contact_ago = rhythm.interval() + days if role == "late" else rng.randint(low, max(low, rhythm.interval(warm)))
    if role == "reply":
        out.append(Event(days, rng.choice([Purpose.CHECK_IN, Purpose.NEGOTIATION, Purpose.SERVICE]), "inbound",
                         Response.WARM, rng.choice(REPLY_CHANNELS), "question"))
    if rhythm.quotes and role != "late" and contact_ago >= rhythm.quote:
        contact_ago = rng.randint(low, max(low, rhythm.quote - 1))
    if rhythm.samples:
        out += _samples(rng, rhythm, role, contact_ago)
    needs_ask = False
    if rhythm.quotes:
        # A quote just sent must be the newest ask (a later sample would count as its follow-up).
        newest_ask = min([contact_ago] + [e.days_ago for e in out if e.purpose == Purpose.SAMPLE])
        fresh = newest_ask >= 2 and (role == "showcase" or (kept and rng.random() < 0.3))
        quote_ago, answered = _quote(rng, rhythm, contact_ago, newest_ask if fresh else 0)
        out += answered
        needs_ask = quote_ago > contact_ago and quote_ago >= QUOTE_ANSWER_BY
    out.append(_contact(rng, rhythm, contact_ago, needs_ask, warm, role))
    return out


def _contact(rng: random.Random, rhythm: Rhythm, days_ago: int, ask: bool, warm: bool, role: str) -> Event:
    if ask:
        purpose = rng.choice(ASKS)
    elif rhythm.stage in (Stage.WON, Stage.REPEAT):
        purpose = rng.choice([Purpose.CHECK_IN, Purpose.VALUE, Purpose.SERVICE, Purpose.ORDER])
    else:
        purpose = rng.choice([Purpose.CHECK_IN, Purpose.VALUE, Purpose.VALUE])
    if role == "late":
        response = Response.NEUTRAL
    elif warm:
        response = Response.WARM
    elif rhythm.stage == Stage.DORMANT:
        response = rng.choice([Response.COLD, Response.NONE])
    else:
        response = rng.choice([Response.NEUTRAL, Response.NEUTRAL, Response.COLD, Response.NONE])
    return Event(days_ago, purpose, "outbound", response, rng.choice(OUT_CHANNELS))


def _quote(rng: random.Random, rhythm: Rhythm, contact_ago: int, fresh_before: int) -> tuple[int, list[Event]]:
    """The last quote: just sent (fresh_before > 0: newer than that, still valid) or older than the contact touch
    and answered since."""
    if fresh_before:
        ago = rng.randint(1, min(QUOTE_ANSWER_BY - 4, fresh_before - 1))
        return ago, [Event(ago, Purpose.QUOTE, "outbound", Response.NONE, Channel.EMAIL)]
    ago = rng.randint(contact_ago + 1, max(contact_ago + 1, rhythm.quote))
    out = [Event(ago, Purpose.QUOTE, "outbound", rng.choice(list(Response)), Channel.EMAIL)]
    if ago - contact_ago >= 4 and rng.random() < 0.6:
        out.append(Event(rng.randint(contact_ago + 1, ago - 1), Purpose.NEGOTIATION, "inbound",
                         rng.choice([Response.WARM, Response.NEUTRAL]), rng.choice(REPLY_CHANNELS), "quote_reply"))
    return ago, out


def _samples(rng: random.Random, rhythm: Rhythm, role: str, contact_ago: int) -> list[Event]:
    """The last samples: sent in the last few days (still on their way) or sent earlier, arrived and reviewed."""
    earliest = contact_ago + rhythm.transit + 25  # arrival and feedback reported before the contact touch
    on_the_way = role == "showcase" or (role == "kept" and (rng.random() < 0.2 or earliest > rhythm.sample))
    if on_the_way and rhythm.transit > 2:
        ago = rng.randint(2, rhythm.transit - 1)
        return [Event(ago, Purpose.SAMPLE, "outbound", Response.NONE, Channel.POST, "sample_sent")]
    return _sample_with_reports(rng, rhythm, rng.randint(earliest, max(earliest, rhythm.sample)))


def _sample_with_reports(rng: random.Random, rhythm: Rhythm, ago: int) -> list[Event]:
    arrived = ago - rhythm.transit - rng.randint(0, 2)
    reviewed = ago - rhythm.transit - FEEDBACK - rng.randint(0, 3)
    return [Event(ago, Purpose.SAMPLE, "outbound", Response.NONE, Channel.POST, "sample_sent"),
            Event(arrived, Purpose.SAMPLE, "inbound", Response.NEUTRAL, rng.choice(REPLY_CHANNELS), "sample_arrived"),
            Event(reviewed, Purpose.SAMPLE, "inbound", rng.choice(ANSWERS), rng.choice(REPLY_CHANNELS),
                  "sample_feedback")]


def _older(rng: random.Random, rhythm: Rhythm, newest_ago: int, count: int, silent: bool = False) -> list[Event]:
    """count earlier interactions, newest_ago days ago and before, at about the contact rhythm; every quote
    answered and every sample reported, so nothing of the past is left pending. silent: the customer went quiet."""
    out: list[Event] = []
    ago = newest_ago
    purposes = _older_purposes(rhythm)
    while len(out) < count:
        purpose = rng.choice(purposes)
        if purpose == Purpose.SAMPLE and ago - rhythm.transit - FEEDBACK - 3 <= newest_ago - 12:
            purpose = Purpose.CHECK_IN  # its reports would land among the newest touches
        if silent and len(out) < 2:
            out.append(Event(ago, purpose, "outbound", Response.NONE, rng.choice(OUT_CHANNELS)))
        elif purpose == Purpose.SAMPLE:
            out += _sample_with_reports(rng, rhythm, ago)
        else:
            inbound = rng.random() < 0.3 and purpose != Purpose.QUOTE
            response = rng.choice(ANSWERS) if inbound else _kept_response(rng)
            out.append(Event(ago, purpose, "inbound" if inbound else "outbound", response,
                             rng.choice(REPLY_CHANNELS if inbound else OUT_CHANNELS)))
            if inbound:
                out.append(answer(ago))
            if purpose == Purpose.QUOTE:
                back = ago - rng.randint(2, 10)
                out += [Event(back, Purpose.NEGOTIATION, "inbound", rng.choice(ANSWERS), rng.choice(REPLY_CHANNELS),
                              "quote_reply"), answer(back)]
        ago += max(7, round(rhythm.follow_up * rng.uniform(0.5, 1.1)))
    return out


def answer(days_ago: int) -> Event:
    """Our answer to a customer's message, later the same day (a kept book answers within their expectation)."""
    return Event(days_ago, Purpose.SERVICE, "outbound", Response.NEUTRAL, Channel.EMAIL, ANSWER)


def _kept_response(rng: random.Random) -> Response:
    """How customers of a kept book answer our touches: mostly neutral or warm, now and then cold or silent."""
    return rng.choices([Response.WARM, Response.NEUTRAL, Response.COLD, Response.NONE], [35, 45, 12, 8])[0]


def _older_purposes(rhythm: Rhythm) -> list[Purpose]:
    if rhythm.stage == Stage.LEAD:
        return [Purpose.CHECK_IN, Purpose.VALUE, Purpose.GREETING]
    purposes = [Purpose.CHECK_IN, Purpose.CHECK_IN, Purpose.VALUE, Purpose.QUOTE, Purpose.NEGOTIATION,
                Purpose.GREETING]
    if rhythm.stage in (Stage.WON, Stage.REPEAT, Stage.DORMANT, Stage.LOST):
        purposes += [Purpose.ORDER, Purpose.SERVICE]
    if rhythm.samples:
        purposes.append(Purpose.SAMPLE)
    return purposes


def working_days_ago(is_working, today: dt.date, n: int) -> int:
    """Calendar days back to the n-th working day before today (is_working(day) -> bool)."""
    day, seen = today, 0
    while seen < n:
        day -= dt.timedelta(days=1)
        seen += is_working(day)
    return (today - day).days
