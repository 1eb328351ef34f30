"""Reminders while Rapport runs: which are due now (a customer's window opening for today's touch, a reply owed
reaching its expected time, a promise turning high risk), which were already shown, and the one-line summary."""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from models.files import atomic_output, private_folder
from services import paths
from services.cadence.today import TodayView
from services.cadence.touches import PURPOSE_WORD, Touch
from services.words import Message

if TYPE_CHECKING:
    from services.commitments.rows import PromiseRow

KINDS = ("window_open", "reply_due", "promise_high")
SENT_FILE = "reminders-sent.json"
log = logging.getLogger("rapport")


@dataclass(frozen=True)
class Reminder:
    """One notification: key says what it is about (and, for touches and replies, on which day)."""

    key: str
    kind: str  # window_open | reply_due | promise_high
    account_uuid: str
    account: str  # its name
    title: Message
    text: Message


def due_reminders(view: TodayView, now: dt.datetime, sent: set[str], enabled: dict[str, bool]) -> list[Reminder]:
    """The reminders due at now and not in sent, of the kinds enabled (a kind missing from enabled is on).

    A touch is reminded from its planned time on: the planner puts it inside the customer's window, spread over
    it, so the reminders of a busy day arrive one by one rather than all when the window opens.
    """
    day = view.day.isoformat()
    due: list[Reminder] = []
    if enabled.get("window_open", True):
        due += [_window_open(t, day) for t in view.touches if t.due_utc <= now]
    if enabled.get("reply_due", True):
        due += [_reply_due(t, day) for t in view.replies if t.expected_by is not None and now >= t.expected_by]
    if enabled.get("promise_high", True):
        due += [_promise_high(row) for row in view.promises]
    return [r for r in due if r.key not in sent]


def still_current(sent: set[str], view: TodayView) -> set[str]:
    """The keys of sent worth keeping: today's, and those of promises still at high risk (a promise that leaves
    high risk and turns high again is reminded again)."""
    day = view.day.isoformat()
    promises = {_promise_key(row.uuid) for row in view.promises}
    return {key for key in sent if key.startswith(f"{day}/") or key in promises}


def _window_open(t: Touch, day: str) -> Reminder:
    what = PURPOSE_WORD.get(t.purpose, "contact")
    time = t.due_local.strftime("%H:%M")
    text = (Message("remind.window_open_with", purpose=what, who=t.contact, time=time) if t.contact
            else Message("remind.window_open", purpose=what, time=time))
    return Reminder(f"{day}/window_open/{t.key}", "window_open", t.account_uuid, t.account,
                    Message("remind.window_open_title", name=t.account), text)


def _reply_due(t: Touch, day: str) -> Reminder:
    assert t.expected_by is not None  # only replies past their expected time are reminded
    time = t.expected_by.astimezone(t.due_local.tzinfo).strftime("%H:%M")
    text = (Message("remind.reply_due_from", who=t.contact, time=time) if t.contact
            else Message("remind.reply_due", time=time))
    return Reminder(f"{day}/reply_due/{t.key}", "reply_due", t.account_uuid, t.account,
                    Message("remind.reply_due_title", name=t.account), text)


def _promise_key(uuid: str) -> str:
    return f"promise_high/{uuid}"


def _promise_high(row: PromiseRow) -> Reminder:
    why = row.why[0] if row.why else Message("risk.overdue")
    return Reminder(_promise_key(row.uuid), "promise_high", row.account_uuid, row.account,
                    Message("remind.promise_high_title", name=row.account),
                    Message("remind.promise_high", title=row.title, date=row.due_date, why=why))


def summary(view: TodayView) -> Message:
    """One line for the start: '3 replies owed, 5 touches today, 2 promises at high risk, 12 overdue'."""
    counts = view.counts()
    if not any(counts.values()):
        return Message("remind.summary_none")
    part = {name: Message(f"remind.{name}_{'one' if n == 1 else 'many'}", n=n) for name, n in counts.items()}
    # Parameters not named after glossary words: the glossary test reads templates as text.
    return Message("remind.summary", replies=part["replies"], today=part["today"], at_risk=part["promises"],
                   late=part["overdue"])


class SentLog:
    """The reminders already shown, kept in a small file in the user's data folder so that a restart the same day
    does not show them again. Personal, like the notification settings: not in the book, which may be shared."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / SENT_FILE
        self.keys = self._read()

    def _read(self) -> set[str]:
        try:
            keys = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return set()
        except (OSError, ValueError) as exc:  # unreadable: at worst a reminder is shown twice
            log.warning("reminders already shown could not be read from %s: %s", self.path, exc)
            return set()
        return {k for k in keys if isinstance(k, str)} if isinstance(keys, list) else set()

    def record(self, shown: list[Reminder], view: TodayView) -> None:
        """Add what was just shown and forget what no longer matters (other days, promises no longer high)."""
        keys = still_current(self.keys | {r.key for r in shown}, view)
        if keys == self.keys and self.path.exists():
            return
        self.keys = keys
        try:
            private_folder(self.path.parent)
            with atomic_output(self.path) as part:
                part.write_text(json.dumps(sorted(keys)), encoding="utf-8")
        except OSError as exc:  # a full disk must not stop the reminders; they may repeat after a restart
            log.warning("reminders already shown could not be saved to %s: %s", self.path, exc)
