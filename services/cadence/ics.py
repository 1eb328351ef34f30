"""The plan as an iCalendar file (RFC 5545) for Outlook, Google Calendar and Thunderbird; UIDs are stable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from services import dates
from services.cadence import Touch
from services.paths import write_output

TITLES = {"follow_up": "Follow up", "sample_arrival": "Sample arrived?", "sample_feedback": "Sample feedback",
          "quote_expiry": "Quote expiring", "greeting": "Send greetings", "birthday": "Birthday greeting",
          "anniversary": "Anniversary greeting", "quote": "Fresh quote", "sample": "Samples"}


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> list[str]:
    """Lines longer than 75 octets continue on the next line after a space, never inside a character."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def _stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_text(touches: Iterable[Touch], now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rapport//Cadence plan//EN", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", "X-WR-CALNAME:Rapport follow-ups"]
    for t in touches:
        what = " + ".join(p.replace("_", " ") for p in t.all_purposes)
        summary = f"{TITLES.get(t.kind, 'Contact')} ({what}): {t.account}"
        if t.contact:
            summary += f" — {t.contact}"
        if t.projected:  # planned as if the touches before it are done on their day: it moves when they do
            summary += " (projected)"
        description = (f"{t.reason}\nTheir time: {dates.day_time(t.due_local, 'en', today=now.date())} ({t.zone})\n"
                       f"Country: {t.country or 'unknown'}")
        event = [
            "BEGIN:VEVENT",
            f"UID:{t.key}@rapport",
            f"DTSTAMP:{_stamp(now)}",
            # A moved or re-planned touch keeps its UID; SEQUENCE grows with its time so calendars update it.
            f"SEQUENCE:{int(t.due_utc.timestamp() // 60) % 2_000_000_000}",
            f"DTSTART:{_stamp(t.due_utc)}",
            "DURATION:PT30M",
            f"SUMMARY:{_escape(summary)}",
            f"DESCRIPTION:{_escape(description)}",
            f"CATEGORIES:{','.join(_escape(p) for p in t.all_purposes)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
        for line in event:
            lines.extend(_fold(line))
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def write_calendar(path: Path | str, touches: Iterable[Touch]) -> int:
    touches = list(touches)
    with write_output(path) as part:
        part.write_bytes(calendar_text(touches).encode("utf-8"))
    return len(touches)
