"""The customer's local clock: their zone, their time now, and whether it is inside their working window."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, Protocol

from models import Contact


class Placed(Protocol):
    """Where an account is: a stored account or its plain details (services.accounts.AccountDetails)."""

    @property
    def country(self) -> str: ...

    @property
    def timezone(self) -> str: ...


class LocalTime(NamedTuple):
    zone: str
    now: dt.datetime  # aware, in zone
    window: tuple[dt.time, dt.time]
    working_day: bool
    inside_hours: bool

    @property
    def window_text(self) -> str:
        return f"{self.window[0]:%H:%M}–{self.window[1]:%H:%M}"


def zone_of(account: Placed, contact: Contact | None = None) -> str:
    """The contact's zone, else the account's, else the country's main zone (UTC while the country is unknown)."""
    from services.countries import UNKNOWN_COUNTRY, UNKNOWN_COUNTRY_ZONE, get_country

    if contact is not None and contact.timezone:
        return contact.timezone
    if account.timezone:
        return account.timezone
    if account.country == UNKNOWN_COUNTRY:
        return UNKNOWN_COUNTRY_ZONE
    return get_country(account.country).main_timezone


def local_time(account: Placed, now: dt.datetime | None = None, contact: Contact | None = None) -> LocalTime:
    from zoneinfo import ZoneInfo  # loads when a clock is first shown, not at start-up

    from services.countries import is_working_day, working_window

    zone = zone_of(account, contact)
    local = (now or dt.datetime.now(dt.UTC)).astimezone(ZoneInfo(zone))
    window = working_window(account.country)
    working = is_working_day(account.country, local.date())
    inside = working and window[0] <= local.time() < window[1]
    return LocalTime(zone, local, window, working, inside)
