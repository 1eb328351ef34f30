"""The week and month views' data: touches and promise due dates per day of the USER's calendar, and moving a touch."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from services import dates
from services.cadence import plan, reschedule
from services.cadence.touches import Touch
from services.commitments.rows import PromiseRow, open_promise_rows
from services.errors import UserError, ValidationError


class Day(NamedTuple):
    """One day of the user's calendar: its touches (by time) and the open promises due on it."""

    date: dt.date
    touches: tuple[Touch, ...]
    promises: tuple[PromiseRow, ...]


def local_zone() -> dt.tzinfo:
    """The zone of this computer: the user's calendar."""
    zone = dt.datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always gives an aware time
    return zone


def user_day(t: Touch, zone: dt.tzinfo | None = None) -> dt.date:
    """The day of the user's calendar a touch falls on; may differ from the customer's (Tokyo 10:00 is the
    evening before in New York)."""
    return t.due_utc.astimezone(zone or local_zone()).date()


def days(start: dt.date, n: int, today: dt.date | None = None, zone: dt.tzinfo | None = None) -> list[Day]:
    """n days of the user's calendar from start, each with its touches and the promises due on it.

    today is the planning day (default: today). The plan is asked for one day more on each side, because a
    customer's day is at most a day off the user's (zones span UTC-12 to UTC+14).
    """
    zone = zone or local_zone()
    today = today or dt.date.today()
    end = start + dt.timedelta(days=n)
    by_day: dict[dt.date, list[Touch]] = {start + dt.timedelta(days=i): [] for i in range(n)}
    for t in plan(start - dt.timedelta(days=1), n + 2, today=today):
        day = user_day(t, zone)
        if day in by_day:
            by_day[day].append(t)
    promises: dict[dt.date, list[PromiseRow]] = {}
    for p in open_promise_rows(today):
        if start <= p.due_date < end:  # a promise's due date is a plain date: the same date in every calendar
            promises.setdefault(p.due_date, []).append(p)
    return [Day(day, tuple(sorted(ts, key=lambda t: (t.due_utc, t.account))),
                tuple(sorted(promises.get(day, []), key=lambda p: (p.account, p.title))))
            for day, ts in by_day.items()]


class _DayName(NamedTuple):
    """A day shown with its weekday ('Sat 5 Dec', '12月5日周六') in the reader's language."""

    day: dt.date

    def render(self, lang: str) -> str:
        return dates.day(self.day, lang, weekday=True)


class _CountryName(NamedTuple):
    code: str

    def render(self, lang: str) -> str:
        from services.countries import UNKNOWN_COUNTRY, get_country

        if self.code == UNKNOWN_COUNTRY:
            return ""
        return get_country(self.code).name("zh" if lang == "zh" else "en")


class DayOffError(UserError):
    """A touch dropped on the customer's weekend or public holiday: which day it is for them, and why."""


def _day_off(t: Touch, day: dt.date) -> DayOffError:
    from services.countries import holidays_between

    holiday = next(iter(holidays_between(t.country, day, day + dt.timedelta(days=1))), None)
    where = {"name": t.account, "day": _DayName(day), "country": _CountryName(t.country)}
    if holiday is not None:
        return DayOffError("calendar.day_off_holiday", festival=holiday.name_en, **where)
    return DayOffError("calendar.day_off_weekend", **where)


def move_to_user_day(t: Touch, day: dt.date, zone: dt.tzinfo | None = None,
                     today: dt.date | None = None) -> Touch:
    """Reschedule t after a drop on day of the user's calendar; DayOffError on the customer's day off.

    The touch moves by as many days as it was dropped away, in the customer's calendar, rather than to the same
    date there: a Tokyo touch shown on the user's Tuesday (their Wednesday) dropped on Thursday goes to their
    Friday, which is Thursday again for the user, so the card stays where it was dropped.
    """
    today = today or dt.date.today()
    if day < today:
        raise UserError("calendar.past_day", day=_DayName(day))
    shift = day - user_day(t, zone)
    if not shift:
        return t
    theirs = t.due_local.date() + shift
    try:
        return reschedule(t, theirs)
    except ValidationError as exc:
        from services.countries import is_working_day

        if is_working_day(t.country, theirs):  # refused for another reason: let it say its own
            raise
        raise _day_off(t, theirs) from exc
