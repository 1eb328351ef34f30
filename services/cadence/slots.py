"""Working days and times per country for one planning run: where a touch may land in the customer's week."""

from __future__ import annotations

import datetime as dt
import zlib
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from services.countries.closures import Closure

MINUTES = {m: dt.timedelta(minutes=m) for m in range(0, 24 * 60, 15)}


class CountrySlots(NamedTuple):
    region: str
    zone: str  # the country's main time zone
    window: tuple[dt.time, dt.time]  # contact window on an ordinary working day


class Slots:
    """Working days and windows per country, cached for one planning run."""

    def __init__(self) -> None:
        from services.countries import UNKNOWN_COUNTRY, get_country, is_working_day, working_window
        from services.countries.closures import closure_on

        self._unknown = UNKNOWN_COUNTRY
        self._country = get_country
        self._working = is_working_day
        self._window = working_window
        self._closure_on = closure_on
        self._cache: dict[str, CountrySlots] = {}
        self._moves: dict[tuple, dt.date] = {}
        self._days: dict[tuple[str, dt.date], bool] = {}
        self._closures: dict[tuple[str, dt.date, bool], Closure | None] = {}
        self._zones: dict[str, ZoneInfo] = {}
        self._starts: dict[tuple, tuple[dt.datetime, float]] = {}
        self._day_windows: dict[tuple[str, int], tuple[dt.time, dt.time]] = {}

    def info(self, code: str) -> CountrySlots:
        """An unknown country has region "" (see plan_rules) and zone UTC."""
        if code not in self._cache:
            if code == self._unknown:
                from services.countries import UNKNOWN_COUNTRY_ZONE

                self._cache[code] = CountrySlots("", UNKNOWN_COUNTRY_ZONE, self._window(code))
            else:
                c = self._country(code)
                self._cache[code] = CountrySlots(c.region.value, c.main_timezone, self._window(code))
        return self._cache[code]

    def window_on(self, code: str, day: dt.date) -> tuple[dt.time, dt.time]:
        """The contact window on that day of the week (a Friday prayer break narrows Friday's)."""
        key = (code, day.weekday())
        found = self._day_windows.get(key)
        if found is None:
            found = self._day_windows[key] = self._window(code, day.weekday())
        return found

    def periods(self, code: str, day: dt.date) -> tuple[tuple[dt.time, dt.time], ...]:
        """The customer's office hours that day, breaks left out: the hours a reply clock counts."""
        from services.countries.practice import practice

        return practice(code).periods(day.weekday())

    def tz(self, zone: str) -> ZoneInfo:
        return self._zones.get(zone) or self._zones.setdefault(zone, ZoneInfo(zone))

    def working(self, code: str, day: dt.date) -> bool:
        key = (code, day)
        found = self._days.get(key)
        if found is None:
            found = self._days[key] = self._working(code, day)
        return found

    def closure(self, code: str, day: dt.date, muslim_owned: bool = False) -> Closure | None:
        """The seasonal closure the customer's office is in on day (services/countries/closures.py), or None."""
        key = (code, day, muslim_owned)
        if key not in self._closures:
            self._closures[key] = None if code == self._unknown and not muslim_owned else \
                self._closure_on(code, day, muslim_owned)
        return self._closures[key]

    def forward(self, code: str, day: dt.date) -> dt.date:
        return self._step(code, day, 1)

    def backward(self, code: str, day: dt.date) -> dt.date:
        return self._step(code, day, -1)

    def _step(self, code: str, day: dt.date, direction: int) -> dt.date:
        """The nearest working day from day on (direction 1) or back (-1); many accounts share a country."""
        key = (code, day, direction)
        found = self._moves.get(key)
        if found is None:
            found = day
            for _ in range(60):
                if self.working(code, found):
                    break
                found += dt.timedelta(days=direction)
            self._moves[key] = found
        return found

    def at(self, code: str, zone: str, day: dt.date, seed: str,
           window: tuple[dt.time, dt.time] | None = None) -> tuple[dt.datetime, float]:
        """A time inside the customer's window (or the one given: a Ramadan day's) on day, spread by seed so not
        everything lands at 10:00; with its POSIX timestamp (for sorting: tens of thousands of touches, one zone
        lookup per zone and day)."""
        start, end = window or self.window_on(code, day)
        minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        steps = max(1, (minutes - 30) // 15 + 1)
        offset = zlib.crc32(seed.encode()) % steps * 15  # stable across runs, unlike hash()
        cached = self._starts.get((zone, day, start))
        if cached is None:  # one zone lookup per zone, day and window start; then only minutes are added
            tz = self._zones.get(zone) or self._zones.setdefault(zone, ZoneInfo(zone))
            begin = dt.datetime.combine(day, start, tz)
            cached = self._starts[(zone, day, start)] = (begin, begin.timestamp())
        begin, stamp = cached
        return begin + MINUTES[offset], stamp + offset * 60
