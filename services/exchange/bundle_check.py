"""Checking an incoming bundle before anything is written: JSON types, one form per uuid, times in a sane range."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import NamedTuple

from services.errors import UserError

FORMAT = "rapport-bundle"
VERSION = 2
READABLE_VERSIONS = (1, 2)  # version 1 is version 2 without the list of forgotten people
KINDS = ("accounts", "contacts", "interactions", "commitments")
SINGULAR = {"accounts": "account", "contacts": "contact", "interactions": "interaction", "commitments": "commitment"}
# Rapport's own stamps: nothing it wrote predates 1970; a year from 3000 on is not a clock, it is damage.
EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(3000, 1, 1, tzinfo=dt.UTC)
# A laptop whose clock runs ahead must not win every later conflict: its times count as at most this far ahead.
CLOCK_SLACK = dt.timedelta(days=1)


class BundleError(UserError):
    """A bundle refused as a whole; the message names the record and field."""


TEXT, TAGS, WHOLE, REF, OPTIONAL_REF, MESSAGING, DATES, HISTORY = (
    "text", "tags", "whole", "ref", "optional ref", "messaging", "dates", "history")
_TEXTS = ("name", "notes")
FIELDS: dict[str, dict[str, str]] = {
    "accounts": {**dict.fromkeys(("country", "city", "timezone", "stage", "priority", "source", "language",
                                  "founded_on", *_TEXTS), TEXT), "tags": TAGS, "cadence_days": WHOLE},
    "contacts": {"account_uuid": REF, **dict.fromkeys(("title", "role", "email", "phone", "language", "timezone",
                                                       "birthday", *_TEXTS), TEXT), "messaging": MESSAGING},
    "interactions": {"account_uuid": REF, "contact_uuid": OPTIONAL_REF, **dict.fromkeys(
        ("occurred_at", "channel", "purpose", "direction", "response", "summary", "valid_until"), TEXT)},
    "commitments": {"account_uuid": REF, "contact_uuid": OPTIONAL_REF, **dict.fromkeys(
        ("title", "kind", "promised_by", "promised_at", "due_date", "status", "completed_at", "approval",
         "approver", "decided_at", "notes"), TEXT), "previous_due_dates": DATES, "due_history": HISTORY},
}


class Item(NamedTuple):
    """One incoming record: uuids in their one form, stamps parsed (and clamped)."""

    kind: str
    number: int  # its place in the bundle's list, from 1
    uuid: str
    record: dict
    created: dt.datetime
    updated: dt.datetime

    @property
    def where(self) -> str:
        return f"{SINGULAR[self.kind]} #{self.number} ({self.uuid})"


class Stone(NamedTuple):
    kind: str  # singular: account | contact | interaction | commitment
    uuid: str
    deleted_at: dt.datetime


@dataclass
class Incoming:
    """A checked bundle, ready to merge."""

    items: dict[str, list[Item]]
    stones: list[Stone] = field(default_factory=list)
    forgotten: dict[str, dt.datetime] = field(default_factory=dict)  # contact uuid -> when forgotten
    database_id: str | None = None
    exported_at: dt.datetime | None = None
    seen: dict[str, dt.datetime] = field(default_factory=dict)

    def count(self) -> int:
        return sum(len(v) for v in self.items.values()) + len(self.stones)


def describe(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "empty" if value is None else "text"


def one_uuid(value, where: str, name: str) -> str:
    """The canonical form of a uuid written with braces, in upper case, without hyphens or as urn:uuid:."""
    if not isinstance(value, str):
        raise BundleError(f"{where}: field '{name}' is {describe(value)}, not a UUID.")
    try:
        return str(uuidlib.UUID(value.strip()))
    except ValueError:
        raise BundleError(f"{where}: field '{name}' is missing or not a UUID ({value[:60]!r}).") from None


def stamp(value, where: str, name: str, latest: dt.datetime) -> dt.datetime:
    """A UTC time from ISO 8601 text; refused outside 1970-2999, taken as `latest` when later than that."""
    if not isinstance(value, str):
        raise BundleError(f"{where}: field '{name}' is {describe(value)}, not an ISO 8601 time.")
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        when = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    except (ValueError, OverflowError):
        raise BundleError(f"{where}: field '{name}' is not an ISO 8601 time ({value[:60]!r}).") from None
    if not EARLIEST <= when < LATEST:
        raise BundleError(f"{where}: field '{name}' ({value[:40]}) is not a plausible time (before 1970 or "
                          f"after 2999); the bundle is damaged.")
    return min(when, latest)


def _type_problem(shape: str, value) -> str | None:
    if value is None:
        return None
    if shape == TEXT:
        return None if isinstance(value, str) else f"is {describe(value)}, not text"
    if shape == WHOLE:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else f"is {describe(value) if not isinstance(value, float) else value}, not a whole number"
    if shape == TAGS:
        ok = isinstance(value, str) or (isinstance(value, list) and all(isinstance(t, str) for t in value))
        return None if ok else "is not a list of tags"
    if shape == MESSAGING:
        ok = isinstance(value, dict) and all(isinstance(h, str) for h in value.values())
        return None if ok else "is not a set of app: handle pairs"
    if shape == DATES:
        ok = isinstance(value, list) and all(isinstance(d, str) for d in value)
        return None if ok else "is not a list of dates"
    if shape == HISTORY:
        ok = isinstance(value, list) and all(
            isinstance(h, dict) and all(isinstance(x, str | None) for x in h.values()) for h in value)
        return None if ok else "is not a list of {due_date, reason, changed_at}"
    return None


def _item(kind: str, index: int, record, now: dt.datetime) -> Item:
    where = f"{SINGULAR[kind]} #{index}"
    if not isinstance(record, dict):
        raise BundleError(f"{where} is not an object.")
    record = dict(record)  # the caller's dict stays as it was
    record["uuid"] = one_uuid(record.get("uuid"), where, "uuid")
    where = f"{where} ({record['uuid']})"
    for name, shape in FIELDS[kind].items():
        value = record.get(name)
        if shape == REF or (shape == OPTIONAL_REF and value not in (None, "")):
            record[name] = one_uuid(value, where, name)
        elif shape == OPTIONAL_REF:
            record[name] = None
        elif (problem := _type_problem(shape, value)) is not None:
            raise BundleError(f"{where}: field '{name}' {problem}.")
    latest = now + CLOCK_SLACK
    return Item(kind, index, record["uuid"], record, stamp(record.get("created_at"), where, "created_at", latest),
                stamp(record.get("updated_at"), where, "updated_at", latest))


def _items(data: dict, kind: str, now: dt.datetime) -> list[Item]:
    records = data.get(kind, [] if kind == "commitments" else None)
    if not isinstance(records, list):
        raise BundleError(f"The bundle has no list of {kind}.")
    items, seen = [], set()
    for index, record in enumerate(records, 1):
        item = _item(kind, index, record, now)
        if item.uuid in seen:
            raise BundleError(f"{item.where} appears twice.")
        seen.add(item.uuid)
        items.append(item)
    return items


def _stones(data: dict, now: dt.datetime) -> list[Stone]:
    stones = data.get("tombstones") or []
    if not isinstance(stones, list):
        raise BundleError("The bundle's 'tombstones' are not a list of {kind, uuid, deleted_at}.")
    out = []
    for index, stone in enumerate(stones, 1):
        where = f"tombstone #{index}"
        if not isinstance(stone, dict) or stone.get("kind") not in SINGULAR.values():
            raise BundleError(f"{where} is not a {{kind, uuid, deleted_at}} with a known kind.")
        out.append(Stone(stone["kind"], one_uuid(stone.get("uuid"), where, "uuid"),
                         stamp(stone.get("deleted_at"), where, "deleted_at", now + CLOCK_SLACK)))
    return out


def _forgotten(data: dict, now: dt.datetime) -> dict[str, dt.datetime]:
    entries = data.get("forgotten") or []
    if not isinstance(entries, list):
        raise BundleError("The bundle's 'forgotten' is not a list of {uuid, forgotten_at}.")
    out = {}
    for index, entry in enumerate(entries, 1):
        where = f"forgotten person #{index}"
        if not isinstance(entry, dict):
            raise BundleError(f"{where} is not an object.")
        out[one_uuid(entry.get("uuid"), where, "uuid")] = stamp(entry.get("forgotten_at"), where, "forgotten_at",
                                                                now + CLOCK_SLACK)
    return out


def _seen(data: dict, now: dt.datetime) -> dict[str, dt.datetime]:
    seen = data.get("seen") or {}
    if not isinstance(seen, dict):
        raise BundleError("The bundle's 'seen' is not a set of database id: time pairs.")
    # When they last took in another copy's bundle cannot be later than now: a common point in the future
    # would hide every later both-sides change.
    return {one_uuid(key, "bundle 'seen'", "database id"): stamp(value, "bundle 'seen'", key[:40], now)
            for key, value in seen.items()}


def check_bundle(data, now: dt.datetime | None = None) -> Incoming:
    """Refuse the whole bundle at the first problem (naming record and field), else its checked contents.

    now: the merge's clock, which later times are clamped to (plus a day).
    """
    now = now or dt.datetime.now(dt.UTC)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError("This file is not a Rapport bundle (its 'format' is not 'rapport-bundle').")
    version = data.get("version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise BundleError(f"Bundle version {str(version)[:20]} is not supported (this app reads "
                          f"{' and '.join(map(str, READABLE_VERSIONS))}); update Rapport to read it.")
    incoming = Incoming(items={kind: _items(data, kind, now) for kind in KINDS}, stones=_stones(data, now),
                        forgotten=_forgotten(data, now), seen=_seen(data, now))
    if data.get("database_id") not in (None, ""):
        incoming.database_id = one_uuid(data["database_id"], "bundle", "database_id")
    if data.get("exported_at") not in (None, ""):
        incoming.exported_at = stamp(data["exported_at"], "bundle", "exported_at", now)
    return incoming
