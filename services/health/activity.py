"""One account's last 26 weeks of interactions by week, channel and response (the activity strip)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from models import Account, Interaction
from models.enums import Response

WEEKS = 26
# A week's response when its touches drew several: the most frequent, ties to the cooler one (a health view should
# not flatter); "none" (no reply) only when nothing drew a reply.
_COOLER_FIRST = (Response.COLD.value, Response.NEUTRAL.value, Response.WARM.value)


@dataclass(frozen=True)
class WeekActivity:
    """One week (Monday first): its touches by channel and by response, and the response the week is shown in."""

    monday: dt.date
    by_channel: dict[str, int]
    by_response: dict[str, int]

    @property
    def touches(self) -> int:
        return sum(self.by_channel.values())

    @property
    def response(self) -> str | None:
        """The week's response colour: warm / neutral / cold, "none" when no touch drew a reply, None when no touch."""
        if not self.touches:
            return None
        replied = [r for r in _COOLER_FIRST if self.by_response.get(r)]
        if not replied:
            return Response.NONE.value
        return max(replied, key=lambda r: (self.by_response[r], -_COOLER_FIRST.index(r)))


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
    rows = (Interaction.select(Interaction.occurred_at, Interaction.channel, Interaction.response)
            .join(Account)
            .where((Account.uuid == account_uuid) & (Interaction.occurred_at >= since)
                   & (Interaction.occurred_at < until))
            .tuples())
    channels: dict[dt.date, Counter] = {}
    responses: dict[dt.date, Counter] = {}
    for occurred_at, channel, response in rows:
        if not first <= occurred_at.astimezone().date() <= today:
            continue
        monday = week_of(occurred_at)
        channels.setdefault(monday, Counter())[channel] += 1
        responses.setdefault(monday, Counter())[response] += 1
    mondays = [first + dt.timedelta(weeks=i) for i in range(weeks)]
    return tuple(WeekActivity(m, dict(channels.get(m, {})), dict(responses.get(m, {}))) for m in mondays)
