"""One account's last 26 weeks of interactions by week, channel and response (the activity strip)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from models import Account, Interaction
from models.enums import Direction, Response

WEEKS = 26
# A week's response: the most frequent our touches met, a tie shown as the warmer (as Health.weekly counts it).
_WARMER_FIRST = tuple(r.value for r in Response)


@dataclass(frozen=True)
class WeekActivity:
    """One week (Monday first): its interactions by channel, the responses our own touches met, and the week's."""

    monday: dt.date
    by_channel: dict[str, int]
    by_response: dict[str, int]

    @property
    def touches(self) -> int:
        return sum(self.by_channel.values())

    @property
    def response(self) -> str | None:
        """The week's response colour: warm, neutral, cold or none (no reply); None without a touch of ours."""
        if not self.by_response:
            return None
        return max(_WARMER_FIRST, key=lambda r: (self.by_response.get(r, 0), -_WARMER_FIRST.index(r)))


def week_of(when: dt.datetime) -> dt.date:
    """The Monday of the week an interaction falls in, on the user's own clock (the zone of this computer)."""
    day = when.astimezone().date()
    return day - dt.timedelta(days=day.weekday())


def weekly_activity(account_uuid: str, today: dt.date | None = None, weeks: int = WEEKS) -> tuple[WeekActivity, ...]:
    """The weeks up to today's, oldest first, each with its interactions (inbound and outbound) counted; one query."""
    today = today or dt.date.today()
    first = today - dt.timedelta(days=today.weekday() + 7 * (weeks - 1))
    # A day's margin either side: the query is in UTC, the weeks on the local clock.
    since = dt.datetime.combine(first - dt.timedelta(days=1), dt.time(), dt.UTC)
    until = dt.datetime.combine(today + dt.timedelta(days=2), dt.time(), dt.UTC)
    rows = (Interaction.select(Interaction.occurred_at, Interaction.channel, Interaction.direction,
                               Interaction.response)
            .join(Account)
            .where((Account.uuid == account_uuid) & (Interaction.occurred_at >= since)
                   & (Interaction.occurred_at < until))
            .tuples())
    channels: dict[dt.date, Counter] = {}
    responses: dict[dt.date, Counter] = {}
    for occurred_at, channel, direction, response in rows:
        if not first <= occurred_at.astimezone().date() <= today:
            continue
        monday = week_of(occurred_at)
        channels.setdefault(monday, Counter())[channel] += 1
        if direction == Direction.OUTBOUND:  # a message of theirs is not a response to us
            responses.setdefault(monday, Counter())[response] += 1
    mondays = [first + dt.timedelta(weeks=i) for i in range(weeks)]
    return tuple(WeekActivity(m, dict(channels.get(m, {})), dict(responses.get(m, {}))) for m in mondays)
