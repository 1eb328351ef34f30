"""The Portfolio's numbers: the book counted by the database for each chart, and the accounts behind every bar."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import NamedTuple

from models import queries
from models.enums import Channel, Region, Response, Stage
from services.health.model import BANDS

# The charts, in the screen's order. Each counts with one GROUP BY; none walks the book in Python.
CHARTS = ("band", "region", "country", "stage", "touches", "responses", "promises_quarter", "promises_person",
          "replies")
# Charts that read months of interactions (about 1.5 s at 100,000 accounts without an index that covers them): the
# screen loads them in the background.
SLOW = frozenset({"touches", "responses"})
WEEKS, MONTHS, QUARTERS = 26, 12, 8
TOP_COUNTRIES = 8  # the rest of the book is one bar, "other"
TOP_PEOPLE = 12
NO_BAND, UNKNOWN, OTHER = "none", "unknown", "other"  # not scored yet; no country; the smaller countries together
OUTCOMES = ("on_time", "late", "broken")
# Replies owed by days since they came in (UTC days): (category, fewest days, most days; None: no limit).
AGES = (("0", 0, 0), ("1", 1, 1), ("2-3", 2, 3), ("4-7", 4, 7), ("8+", 8, None))
ACCOUNTS, REPLIES = "accounts", "replies"  # the one series of a chart that counts accounts, or replies owed


class Chart(NamedTuple):
    """One chart as plain numbers: values[s][c] is series s (a stack: channel, response, outcome) at category c."""

    key: str
    categories: tuple[str, ...]  # codes: band, region, country, stage, week's Monday, month, quarter, person, age
    series: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]

    def value(self, category: str, series: str) -> int:
        return self.values[self.series.index(series)][self.categories.index(category)]

    def total(self) -> int:
        return sum(map(sum, self.values))


class Behind(NamedTuple):
    """An account behind a bar, and how many of the bar's items (touches, promises, replies; 1 for accounts) it
    holds: the counts of a bar's accounts add up to the bar."""

    uuid: str
    name: str
    country: str
    items: int


class Portfolio(NamedTuple):
    today: dt.date
    charts: dict[str, Chart]


def portfolio(today: dt.date, keys: Iterable[str] = CHARTS) -> Portfolio:
    """The charts called keys (all by default) as of today."""
    wanted = list(keys)
    charts = _promise_charts(today) if PROMISE_CHARTS & set(wanted) else {}
    return Portfolio(today, {key: charts[key] if key in charts else chart(key, today) for key in wanted})


def chart(key: str, today: dt.date) -> Chart:
    return _promise_charts(today)[key] if key in PROMISE_CHARTS else _COUNTS[key](today)


def accounts_behind(key: str, category: str, series: str, today: dt.date) -> list[Behind]:
    """The accounts behind one bar (or slice) of chart key, by name."""
    rows = _BEHIND[key](today, category, series)
    return sorted(map(Behind._make, rows), key=lambda b: (b.name.casefold(), b.uuid))


# --- the periods each chart covers -------------------------------------------------------------------------------

def weeks(today: dt.date) -> list[dt.date]:
    """The Mondays of the last WEEKS ISO weeks, this one last."""
    monday = today - dt.timedelta(days=today.weekday())
    return [monday - dt.timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1)]


def months(today: dt.date) -> list[str]:
    """The last MONTHS months ('2026-05'), this one last."""
    index = today.year * 12 + today.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - MONTHS + 1, index + 1)]


def _quarter_start(year: int, quarter: int) -> dt.date:
    return dt.date(year, 3 * quarter - 2, 1)


def quarters(today: dt.date) -> list[str]:
    """The last QUARTERS quarters ('2026-Q3'), this one last."""
    index = today.year * 4 + (today.month - 1) // 3
    return [f"{i // 4:04d}-Q{i % 4 + 1}" for i in range(index - QUARTERS + 1, index + 1)]


def _quarter_span(today: dt.date) -> tuple[str, str]:
    """First day of the oldest quarter shown, first day after this quarter (ISO)."""
    first, last = quarters(today)[0], quarters(today)[-1]
    start = _quarter_start(int(first[:4]), int(first[-1]))
    year, quarter = int(last[:4]), int(last[-1])
    end = _quarter_start(year + quarter // 4, quarter % 4 + 1)
    return start.isoformat(), end.isoformat()


def _tomorrow(today: dt.date) -> str:
    return (today + dt.timedelta(days=1)).isoformat()


# --- counting ----------------------------------------------------------------------------------------------------

def _single(key: str, counts: dict[str, int], order: Iterable[str], series: str = ACCOUNTS,
            every: bool = False) -> Chart:
    """A one-series chart of the categories in order that have a count (every: all of them)."""
    categories = tuple(c for c in order if every or counts.get(c))
    return Chart(key, categories, (series,), (tuple(counts.get(c, 0) for c in categories),))


def _stacked(key: str, rows: Iterable[tuple], categories: list[str], order: Iterable[str],
             category_of: Callable[[object], str | None] = str) -> Chart:
    """A stacked chart from (category, series, count) rows; series in order, those with no count left out."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for group, series, n in rows:
        category = category_of(group)
        if category is not None and series is not None:
            counts[category, series] += n
    present = tuple(s for s in order if any(counts[c, s] for c in categories))
    return Chart(key, tuple(categories), present, tuple(tuple(counts[c, s] for c in categories) for s in present))


def _region_of(code: str) -> str:
    from services.countries import get_country
    from services.errors import UserError

    try:
        return get_country(code).region.value if code else UNKNOWN
    except UserError:
        return UNKNOWN


def _by_country() -> dict[str, int]:
    return {code or UNKNOWN: n for code, n in queries.accounts_by("country")}


def _band_chart(_today: dt.date) -> Chart:
    counts = {band or NO_BAND: n for band, n in queries.accounts_by("band")}
    return _single("band", counts, [name for name, _low in BANDS] + [NO_BAND])


def _region_chart(_today: dt.date) -> Chart:
    counts: dict[str, int] = defaultdict(int)
    for code, n in _by_country().items():
        counts[_region_of("" if code == UNKNOWN else code)] += n
    return _single("region", counts, [r.value for r in Region] + [UNKNOWN])


def _top_countries() -> tuple[list[str], dict[str, int]]:
    counts = _by_country()
    ranked = sorted(counts, key=lambda c: (-counts[c], c))
    return ranked[:TOP_COUNTRIES], counts


def _country_chart(_today: dt.date) -> Chart:
    top, counts = _top_countries()
    shown = {c: counts[c] for c in top}
    shown[OTHER] = sum(n for c, n in counts.items() if c not in shown)
    return _single("country", shown, [*top, OTHER])


def _stage_chart(_today: dt.date) -> Chart:
    counts = dict(queries.accounts_by("stage"))
    return _single("stage", counts, [s.value for s in Stage] + sorted(set(counts) - set(Stage)))


def _touches_chart(today: dt.date) -> Chart:
    mondays = weeks(today)
    rows = queries.outbound_counts(mondays[0].isoformat(), _tomorrow(today), "week", "channel")
    names = [m.isoformat() for m in mondays]
    return _stacked("touches", rows, names, [c.value for c in Channel],
                    lambda week: names[int(week)] if 0 <= int(week) < WEEKS else None)  # type: ignore[call-overload]


def _responses_chart(today: dt.date) -> Chart:
    shown = months(today)
    rows = queries.outbound_counts(f"{shown[0]}-01", _tomorrow(today), "month", "response")
    return _stacked("responses", rows, shown, [r.value for r in Response])


def _promise_charts(today: dt.date) -> dict[str, Chart]:
    """Promises on time, late or broken per quarter and per person, from one pass over the promises."""
    rows = queries.promise_outcomes(*_quarter_span(today))
    totals: dict[str, int] = defaultdict(int)
    for _quarter, person, _outcome, n in rows:
        totals[person] += n
    people = sorted(totals, key=lambda p: (-totals[p], p.casefold()))[:TOP_PEOPLE]
    return {"promises_quarter": _stacked("promises_quarter", [(q, o, n) for q, _p, o, n in rows], quarters(today),
                                         OUTCOMES),
            "promises_person": _stacked("promises_person", [(p, o, n) for _q, p, o, n in rows], people, OUTCOMES)}


def _age_of(received: str, today: dt.date) -> str:
    days = (today - dt.date.fromisoformat(received)).days
    return next(name for name, low, high in AGES if days >= low and (high is None or days <= high)) \
        if days >= 0 else AGES[0][0]


def _replies_chart(today: dt.date) -> Chart:
    from services.cadence import store

    store.ensure(today)  # the stored plan brought to today, as the Today screen reads it
    counts: dict[str, int] = defaultdict(int)
    for received, n in queries.reply_days(_tomorrow(today)):
        counts[_age_of(received, today)] += n
    return _single("replies", counts, [name for name, _low, _high in AGES], REPLIES, every=True)


_COUNTS: dict[str, Callable[[dt.date], Chart]] = {
    "band": _band_chart, "region": _region_chart, "country": _country_chart, "stage": _stage_chart,
    "touches": _touches_chart, "responses": _responses_chart, "replies": _replies_chart,
}
PROMISE_CHARTS = frozenset({"promises_quarter", "promises_person"})


# --- the accounts behind a bar -----------------------------------------------------------------------------------

def _band_behind(_today: dt.date, band: str, _series: str) -> list[tuple]:
    return queries.accounts_where("band", [None if band == NO_BAND else band])


def _region_behind(_today: dt.date, region: str, _series: str) -> list[tuple]:
    codes = [c for c in _by_country() if _region_of("" if c == UNKNOWN else c) == region]
    return queries.accounts_where("country", ["" if c == UNKNOWN else c for c in codes])


def _country_behind(_today: dt.date, country: str, _series: str) -> list[tuple]:
    top, counts = _top_countries()
    codes = [c for c in counts if c not in top] if country == OTHER else [country]
    return queries.accounts_where("country", ["" if c == UNKNOWN else c for c in codes])


def _stage_behind(_today: dt.date, stage: str, _series: str) -> list[tuple]:
    return queries.accounts_where("stage", [stage])


def _touches_behind(today: dt.date, monday: str, channel: str) -> list[tuple]:
    start = dt.date.fromisoformat(monday)
    end = min(start + dt.timedelta(weeks=1), today + dt.timedelta(days=1))
    return queries.outbound_accounts(start.isoformat(), end.isoformat(), "channel", channel)


def _responses_behind(today: dt.date, month: str, response: str) -> list[tuple]:
    year, number = int(month[:4]), int(month[5:])
    end = min(dt.date(year + number // 12, number % 12 + 1, 1), today + dt.timedelta(days=1))
    return queries.outbound_accounts(f"{month}-01", end.isoformat(), "response", response)


def _promises_quarter_behind(today: dt.date, quarter: str, outcome: str) -> list[tuple]:
    return queries.promise_accounts(*_quarter_span(today), "quarter", quarter, outcome)


def _promises_person_behind(today: dt.date, person: str, outcome: str) -> list[tuple]:
    return queries.promise_accounts(*_quarter_span(today), "person", person, outcome)


def _replies_behind(today: dt.date, age: str, _series: str) -> list[tuple]:
    _name, low, high = next(a for a in AGES if a[0] == age)
    first = "0000-01-01" if high is None else (today - dt.timedelta(days=high)).isoformat()
    # A reply received after today's UTC day began (ahead of the customer's day) counts as today's.
    last = "9999-12-31" if low == 0 else (today - dt.timedelta(days=low)).isoformat()
    return queries.reply_accounts(_tomorrow(today), first, last)


_BEHIND: dict[str, Callable[[dt.date, str, str], list[tuple]]] = {
    "band": _band_behind, "region": _region_behind, "country": _country_behind, "stage": _stage_behind,
    "touches": _touches_behind, "responses": _responses_behind, "promises_quarter": _promises_quarter_behind,
    "promises_person": _promises_person_behind, "replies": _replies_behind,
}
