"""Checking an incoming bundle before anything is written: JSON types, one form per uuid, times in a sane range."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import NamedTuple

from services.errors import UserError
from services.words import Message

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


TEXT, TAGS, WHOLE, REF, OPTIONAL_REF, MESSAGING, DATES, HISTORY, FLAG = (
    "text", "tags", "whole", "ref", "optional ref", "messaging", "dates", "history", "flag")
_TEXTS = ("name", "notes")
FIELDS: dict[str, dict[str, str]] = {
    "accounts": {**dict.fromkeys(("country", "city", "timezone", "stage", "priority", "source", "language",
                                  "founded_on", "owner", *_TEXTS), TEXT), "tags": TAGS, "cadence_days": WHOLE,
                 "muslim_owned": FLAG, "owner_uuid": OPTIONAL_REF},
    "contacts": {"account_uuid": REF, **dict.fromkeys(("title", "role", "email", "phone", "language", "timezone",
                                                       "birthday", *_TEXTS), TEXT), "messaging": MESSAGING},
    "interactions": {"account_uuid": REF, "contact_uuid": OPTIONAL_REF, **dict.fromkeys(
        ("occurred_at", "channel", "purpose", "direction", "response", "summary", "valid_until"), TEXT)},
    "commitments": {"account_uuid": REF, "contact_uuid": OPTIONAL_REF, **dict.fromkeys(
        ("title", "kind", "promised_by", "promised_at", "due_date", "status", "completed_at", "approval",
         "approver", "decided_at", "notes"), TEXT), "previous_due_dates": DATES, "due_history": HISTORY,
        "promised_by_uuid": OPTIONAL_REF},
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
    def where(self) -> Message:
        return Message("bundle.record_uuid", record=Message(f"bundle.{self.kind}", index=self.number), uuid=self.uuid)


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


def describe(value) -> Message:
    if isinstance(value, bool):
        return Message("bundle.true_false")
    if isinstance(value, int | float):
        return Message("bundle.a_number")
    if isinstance(value, list):
        return Message("bundle.a_list")
    if isinstance(value, dict):
        return Message("bundle.an_object")
    return Message("bundle.empty" if value is None else "bundle.text")


def one_uuid(value, where: Message, name: str) -> str:
    """The canonical form of a uuid written with braces, in upper case, without hyphens or as urn:uuid:."""
    if not isinstance(value, str):
        raise BundleError("bundle.not_a_uuid", where=where, field=name, value=describe(value))
    try:
        return str(uuidlib.UUID(value.strip()))
    except ValueError:
        raise BundleError("bundle.bad_uuid", where=where, field=name, value=repr(value[:60])) from None


def stamp(value, where: Message, name: str, latest: dt.datetime) -> dt.datetime:
    """A UTC time from ISO 8601 text; refused outside 1970-2999, taken as `latest` when later than that."""
    if not isinstance(value, str):
        raise BundleError("bundle.not_a_time", where=where, field=name, value=describe(value))
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        when = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
    except (ValueError, OverflowError):
        raise BundleError("bundle.bad_time", where=where, field=name, value=repr(value[:60])) from None
    if not EARLIEST <= when < LATEST:
        raise BundleError("bundle.implausible_time", where=where, field=name, value=value[:40])
    return min(when, latest)


def _type_problem(shape: str, value) -> Message | None:
    if value is None:
        return None
    if shape == TEXT:
        return None if isinstance(value, str) else Message("bundle.field_not_text", value=describe(value))
    if shape == WHOLE:
        ok = isinstance(value, int) and not isinstance(value, bool)
        shown = value if isinstance(value, float) else describe(value)
        return None if ok else Message("bundle.field_not_whole", value=shown)
    if shape == FLAG:
        return None if isinstance(value, bool) else Message("bundle.field_not_flag", value=describe(value))
    if shape == TAGS:
        ok = isinstance(value, str) or (isinstance(value, list) and all(isinstance(t, str) for t in value))
        return None if ok else Message("bundle.field_not_tags")
    if shape == MESSAGING:
        ok = isinstance(value, dict) and all(isinstance(h, str) for h in value.values())
        return None if ok else Message("bundle.field_not_pairs")
    if shape == DATES:
        ok = isinstance(value, list) and all(isinstance(d, str) for d in value)
        return None if ok else Message("bundle.field_not_dates")
    if shape == HISTORY:
        ok = isinstance(value, list) and all(
            isinstance(h, dict) and all(isinstance(x, str | None) for x in h.values()) for h in value)
        return None if ok else Message("bundle.field_not_history")
    return None


def _item(kind: str, index: int, record, now: dt.datetime) -> Item:
    where = Message(f"bundle.{kind}", index=index)
    if not isinstance(record, dict):
        raise BundleError("bundle.not_an_object", where=where)
    record = dict(record)  # the caller's dict stays as it was
    record["uuid"] = one_uuid(record.get("uuid"), where, "uuid")
    where = Message("bundle.record_uuid", record=where, uuid=record["uuid"])
    for name, shape in FIELDS[kind].items():
        value = record.get(name)
        if shape == REF or (shape == OPTIONAL_REF and value not in (None, "")):
            record[name] = one_uuid(value, where, name)
        elif shape == OPTIONAL_REF:
            record[name] = None
        elif (problem := _type_problem(shape, value)) is not None:
            raise BundleError("bundle.field_problem", where=where, field=name, problem=problem)
    latest = now + CLOCK_SLACK
    return Item(kind, index, record["uuid"], record, stamp(record.get("created_at"), where, "created_at", latest),
                stamp(record.get("updated_at"), where, "updated_at", latest))


def _items(data: dict, kind: str, now: dt.datetime) -> list[Item]:
    records = data.get(kind, [] if kind == "commitments" else None)
    if not isinstance(records, list):
        raise BundleError("bundle.no_list", records=kind)
    items, seen = [], set()
    for index, record in enumerate(records, 1):
        item = _item(kind, index, record, now)
        if item.uuid in seen:
            raise BundleError("bundle.twice", where=item.where)
        seen.add(item.uuid)
        items.append(item)
    return items


def _stones(data: dict, now: dt.datetime) -> list[Stone]:
    stones = data.get("tombstones") or []
    if not isinstance(stones, list):
        raise BundleError("bundle.bad_tombstones")
    out = []
    for index, stone in enumerate(stones, 1):
        where = Message("bundle.tombstone", index=index)
        if not isinstance(stone, dict) or stone.get("kind") not in SINGULAR.values():
            raise BundleError("bundle.bad_tombstone", where=where)
        out.append(Stone(stone["kind"], one_uuid(stone.get("uuid"), where, "uuid"),
                         stamp(stone.get("deleted_at"), where, "deleted_at", now + CLOCK_SLACK)))
    return out


def _forgotten(data: dict, now: dt.datetime) -> dict[str, dt.datetime]:
    entries = data.get("forgotten") or []
    if not isinstance(entries, list):
        raise BundleError("bundle.bad_forgotten")
    out = {}
    for index, entry in enumerate(entries, 1):
        where = Message("bundle.forgotten_person", index=index)
        if not isinstance(entry, dict):
            raise BundleError("bundle.not_an_object", where=where)
        out[one_uuid(entry.get("uuid"), where, "uuid")] = stamp(entry.get("forgotten_at"), where, "forgotten_at",
                                                                now + CLOCK_SLACK)
    return out


def _seen(data: dict, now: dt.datetime) -> dict[str, dt.datetime]:
    seen = data.get("seen") or {}
    if not isinstance(seen, dict):
        raise BundleError("bundle.bad_seen")
    # When they last took in another copy's bundle cannot be later than now: a common point in the future
    # would hide every later both-sides change.
    where = Message("bundle.seen_list")
    return {one_uuid(key, where, "database id"): stamp(value, where, key[:40], now) for key, value in seen.items()}


def check_bundle(data, now: dt.datetime | None = None) -> Incoming:
    """Refuse the whole bundle at the first problem (naming record and field), else its checked contents.

    now: the merge's clock, which later times are clamped to (plus a day).
    """
    now = now or dt.datetime.now(dt.UTC)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError("bundle.not_a_bundle")
    version = data.get("version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise BundleError("bundle.unsupported_version", version=str(version)[:20],
                          versions=", ".join(map(str, READABLE_VERSIONS)))
    incoming = Incoming(items={kind: _items(data, kind, now) for kind in KINDS}, stones=_stones(data, now),
                        forgotten=_forgotten(data, now), seen=_seen(data, now))
    if data.get("database_id") not in (None, ""):
        incoming.database_id = one_uuid(data["database_id"], Message("bundle.itself"), "database_id")
    if data.get("exported_at") not in (None, ""):
        incoming.exported_at = stamp(data["exported_at"], Message("bundle.itself"), "exported_at", now)
    return incoming
