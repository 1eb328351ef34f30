"""The numbers behind the portfolio report: counted in the database, handed over as plain values (no words yet).

Written over the tables directly while services/health/portfolio.py lands separately (issue 18); the report only
needs ReportData, so the two can be joined by feeding it from the portfolio's figures.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field

import peewee as pw

from models import Account, Commitment, Interaction
from models.enums import CommitmentStatus, Direction
from models.health import AccountHealth
from services import countries as cs
from services.words import Message, from_data

WEEKS = 26
MONTHS = 6
QUARTERS = 4
PEOPLE = 8  # the people with the most promises closed in the last 12 months; a chart of more would not read
ATTENTION = 25  # rows printed; the count of the rest is given
# Replies owed by how long they have waited: (code, lowest days, highest days or None)
REPLY_AGES = (("day", 0, 1), ("days_1_3", 1, 3), ("days_3_7", 3, 7), ("older_7", 7, None))


@dataclass(frozen=True)
class PromiseTally:
    label: str  # "2026 Q3" or a person's name
    on_time: int = 0
    late: int = 0
    broken: int = 0
    quarter: tuple[int, int] | None = None  # (year, 1-4) for a quarter's tally

    @property
    def closed(self) -> int:
        return self.on_time + self.late + self.broken

    @property
    def rate(self) -> int:
        """Percent kept on time of those closed (0 when none closed)."""
        return round(100 * self.on_time / self.closed) if self.closed else 0


@dataclass(frozen=True)
class AttentionRow:
    name: str
    country: str  # code
    score: int
    band: str
    reasons: tuple[Message, ...] = ()


@dataclass(frozen=True)
class ReportData:
    today: dt.date
    firm: str = ""
    accounts: int = 0
    bands: dict[str, int] = field(default_factory=dict)  # good | watch | at_risk | "" (not computed yet)
    regions: list[tuple[str, int]] = field(default_factory=list)  # (region code, "" unknown; accounts)
    weeks: list[tuple[dt.date, int]] = field(default_factory=list)  # (Monday, outbound touches), oldest first
    responses: list[tuple[dt.date, dict[str, int]]] = field(default_factory=list)  # (1st of month, {response: n})
    quarters: list[PromiseTally] = field(default_factory=list)
    people: list[PromiseTally] = field(default_factory=list)
    replies: list[tuple[str, int]] = field(default_factory=list)  # (REPLY_AGES code, owed)
    attention: list[AttentionRow] = field(default_factory=list)
    attention_total: int = 0


def report_data(today: dt.date, firm: str = "", now: dt.datetime | None = None) -> ReportData:
    """Everything the monthly review's charts show, as of today (the stored plan and the kept health brought to it
    first, as Today does)."""
    from services.cadence import store

    if store.readable(today):
        store.ensure(today)
    now = now or dt.datetime.combine(today, dt.time(12), dt.UTC)
    attention, attention_total = _attention()
    return ReportData(today=today, firm=firm, accounts=Account.select().count(), bands=_bands(),
                      regions=_regions(), weeks=_weeks(today), responses=_responses(today),
                      quarters=_quarters(today), people=_people(today), replies=_replies(now),
                      attention=attention, attention_total=attention_total)


def _bands() -> dict[str, int]:
    counts = dict(AccountHealth.select(AccountHealth.band, pw.fn.COUNT(AccountHealth.account))
                  .group_by(AccountHealth.band).tuples())
    out = {band: counts.get(band, 0) for band in ("good", "watch", "at_risk")}
    out[""] = Account.select().count() - sum(out.values())
    return out


def _regions() -> list[tuple[str, int]]:
    by_country = Account.select(Account.country, pw.fn.COUNT(Account.id)).group_by(Account.country).tuples()
    regions: Counter[str] = Counter()
    for code, n in by_country:
        region = cs.get_country(code).region.value if code != cs.UNKNOWN_COUNTRY else ""
        regions[region] += n
    return sorted(regions.items(), key=lambda item: (-item[1], item[0]))


def _days(since: dt.date, *extra: pw.Field) -> pw.ModelSelect[Interaction]:
    """Outbound touches per UTC day (and extra columns) since a day."""
    day = pw.fn.DATE(Interaction.occurred_at)
    return (Interaction.select(day, *extra, pw.fn.COUNT(Interaction.id))
            .where(Interaction.direction == Direction.OUTBOUND.value,
                   Interaction.occurred_at >= dt.datetime.combine(since, dt.time(), dt.UTC))
            .group_by(day, *extra))


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _weeks(today: dt.date) -> list[tuple[dt.date, int]]:
    first = _monday(today) - dt.timedelta(weeks=WEEKS - 1)
    counts: Counter[dt.date] = Counter()
    for day, n in _days(first).tuples():
        counts[_monday(_as_date(day))] += n
    return [(first + dt.timedelta(weeks=i), counts[first + dt.timedelta(weeks=i)]) for i in range(WEEKS)]


def _month_starts(today: dt.date, count: int) -> list[dt.date]:
    out, month = [], today.replace(day=1)
    for _ in range(count):
        out.append(month)
        month = (month - dt.timedelta(days=1)).replace(day=1)
    return out[::-1]


def _responses(today: dt.date) -> list[tuple[dt.date, dict[str, int]]]:
    months = _month_starts(today, MONTHS)
    mix: dict[dt.date, Counter[str]] = {m: Counter() for m in months}
    for day, response, n in _days(months[0], Interaction.response).tuples():
        mix[_as_date(day).replace(day=1)][response] += n
    return [(m, {r: mix[m][r] for r in ("warm", "neutral", "cold", "none")}) for m in months]


def _as_date(value: object) -> dt.date:
    """A grouped day as the database hands it back (a date, a datetime through the field's converter, or text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _closed(since: dt.date) -> list[tuple[dt.date, str, dt.date | None, str]]:
    """Promises kept or broken that fell due since a day: (due, status, completed, promised by)."""
    return list(Commitment.select(Commitment.due_date, Commitment.status, Commitment.completed_at,
                                  Commitment.promised_by)
                .where(Commitment.status.in_([CommitmentStatus.KEPT.value, CommitmentStatus.BROKEN.value]),
                       Commitment.due_date >= since).tuples())


def _tally(label: str, rows: list[tuple[dt.date, str, dt.date | None, str]],
           quarter: tuple[int, int] | None = None) -> PromiseTally:
    on_time = sum(1 for due, status, done, _by in rows if status == "kept" and (done is None or done <= due))
    broken = sum(1 for _due, status, _done, _by in rows if status == "broken")
    return PromiseTally(label, on_time, len(rows) - on_time - broken, broken, quarter)


def _quarters(today: dt.date) -> list[PromiseTally]:
    year, q = _quarter_of(today)
    keys = []
    for _ in range(QUARTERS):
        keys.append((year, q))
        year, q = (year, q - 1) if q > 1 else (year - 1, 4)
    keys.reverse()
    start = dt.date(keys[0][0], 3 * keys[0][1] - 2, 1)
    rows = _closed(start)
    return [_tally(f"{y} Q{n}", [r for r in rows if _quarter_of(r[0]) == (y, n)], (y, n)) for y, n in keys]


def _people(today: dt.date) -> list[PromiseTally]:
    rows = _closed(today - dt.timedelta(days=365))
    by: dict[str, list] = {}
    for row in rows:
        by.setdefault(row[3].strip(), []).append(row)
    busiest = sorted(by.items(), key=lambda item: (-len(item[1]), item[0].casefold()))[:PEOPLE]
    return [_tally(name, items) for name, items in busiest]


def _replies(now: dt.datetime) -> list[tuple[str, int]]:
    from services.cadence.replies import replies_owed

    waited = [(now - t.due_local).total_seconds() / 86400 for t in replies_owed(now)]
    return [(code, sum(1 for d in waited if low <= d and (high is None or d < high)))
            for code, low, high in REPLY_AGES]


def _attention() -> tuple[list[AttentionRow], int]:
    """The accounts not in good health, lowest score first."""
    query = (AccountHealth.select(Account.name, Account.country, AccountHealth.score, AccountHealth.band,
                                  AccountHealth.reasons)
             .join(Account).where(AccountHealth.band != "good"))
    rows = [AttentionRow(name, country, score, band, _reasons(reasons))
            for name, country, score, band, reasons in
            query.order_by(AccountHealth.score, Account.order_key).limit(ATTENTION).tuples()]
    return rows, query.count()


def _reasons(stored: str) -> tuple[Message, ...]:
    out: list[Message] = []
    for item in json.loads(stored or "[]"):
        out += from_data(item.get("message") or [])
    return tuple(out)
