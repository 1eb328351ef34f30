"""How to reach a market, in the reader's words: the lines the brief's box and the Countries view show."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from services import dates, words
from services.countries.practice import Practice, Span, practice

A_MONDAY = dt.date(2024, 1, 1)


def channel_label(channel: str, lang: str) -> str:
    """'E-mail', 'WeChat' / '电子邮件', '微信': the interaction channels' own words where they exist."""
    key = f"Channel.{channel}"
    return words.text(key if words.known(key) else f"app.{channel}", lang)


def _names(channels: tuple[str, ...], lang: str) -> list[str]:
    return [channel_label(c, lang) for c in channels]


def _span(span: Span) -> str:
    return f"{span[0]:%H:%M}–{span[1]:%H:%M}"


def _day(weekday: int, lang: str) -> str:
    return dates.weekday(A_MONDAY + dt.timedelta(days=weekday), lang)


def _week(days: tuple[int, ...], lang: str) -> str:
    """'Mon–Fri', 'Sun–Thu' (a week that wraps round), else the days one by one."""
    first = next((d for d in days if (d - 1) % 7 not in days), days[0])
    ordered = [(first + i) % 7 for i in range(len(days))]
    if sorted(ordered) == sorted(days):
        return words.text("reach.range", lang, start=_day(ordered[0], lang), end=_day(ordered[-1], lang))
    return ", ".join(_day(d, lang) for d in sorted(days))


def _hours(market: Practice, lang: str) -> str:
    text = _span(market.office_hours)
    if market.daily_break:
        text += words.text("reach.break", lang, span=_span(market.daily_break))
    for weekday, span in sorted(market.weekday_breaks.items()):
        text += words.text("reach.day_break", lang, day=_day(weekday, lang), span=_span(span))
    return text


def _shown(hours: float) -> float | int:
    return int(hours) if float(hours).is_integer() else hours


class Reach(NamedTuple):
    lines: tuple[tuple[str, str], ...]  # (label, text)
    regional: bool  # the region's default: the country has no entry of its own


def reach_of(code: str, lang: str) -> Reach:
    """The lines for a customer of country code (their region's default when it has no entry)."""
    market = practice(code)
    lines = [(words.text("reach.channels", lang), " › ".join(_names(market.channels, lang)))]
    if market.blocked:
        lines.append((words.text("reach.blocked", lang), ", ".join(_names(market.blocked, lang))))
    lines.append((words.text("reach.reply", lang),
                  words.text("reach.reply_text", lang, n=_shown(market.reply_expected_hours),
                              usual=_shown(market.usual_answer_hours))))
    lines.append((words.text("reach.hours", lang), _hours(market, lang)))
    lines.append((words.text("reach.week", lang), _week(market.working_week, lang)))
    return Reach(tuple(lines), regional=market.level == "region")


