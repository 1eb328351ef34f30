"""Incoming records whose account or contact was deleted here: brought back with it, or set aside in the trash.

A record changed there after our deletion of its parent brings the parent back (an edit after a deletion
wins, as with any conflict), with what was deleted together with it; so does every orphan when the user asks
for it ("restore"). Otherwise the orphans go to the trash, one item per parent, and the report lists them.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from models import TrashItem
from services.exchange.bundle_check import KINDS, SINGULAR, BundleError, Item
from services.exchange.bundle_records import WRITTEN, Fate, conflict_name, counted, record_of

if TYPE_CHECKING:
    from services.exchange.bundle_merge import Merge

CHILDREN = ("contacts", "interactions", "commitments")
Ref = tuple[str, str]  # (kind, uuid)


def parents(item: Item) -> list[Ref]:
    """What the record hangs on, the account first."""
    if item.kind == "accounts":
        return []
    refs = [("accounts", item.record["account_uuid"])]
    if item.kind != "contacts" and item.record.get("contact_uuid"):
        refs.append(("contacts", item.record["contact_uuid"]))
    return refs


class Orphans:
    def __init__(self, merge: Merge) -> None:
        self.m = merge
        self.groups: dict[Ref, list[Ref]] = {}  # gone parent -> the records set aside with it
        self.children: dict[Ref, list[Ref]] = {}
        for kind in CHILDREN:
            for item in merge.incoming.items[kind]:
                for ref in parents(item):
                    self.children.setdefault(ref, []).append((kind, item.uuid))

    def gone(self, kind: str, uuid: str) -> bool:
        fate = self.m.fate[kind].get(uuid)
        if fate is not None:
            return fate in (Fate.BURIED, Fate.ASIDE)
        return uuid not in self.m.local[kind] and uuid in self.m.graves

    def check_links(self) -> None:
        """Every account and contact a record names exists somewhere, and a contact is one of its account."""
        for kind in CHILDREN:
            for item in self.m.incoming.items[kind]:
                for parent_kind, uuid in parents(item):
                    field = "account_uuid" if parent_kind == "accounts" else "contact_uuid"
                    known = uuid in self.m.items[parent_kind] or uuid in self.m.local[parent_kind]
                    if not known and uuid not in self.m.graves:
                        code = "bundle.names_no_account" if parent_kind == "accounts" else "bundle.names_no_contact"
                        raise BundleError(code, where=item.where, field=field)
                    if parent_kind == "contacts" and self.account_of_contact(uuid) not in (
                            None, item.record["account_uuid"]):
                        raise BundleError("bundle.contact_elsewhere", where=item.where)

    def account_of_contact(self, uuid: str) -> str | None:
        if uuid in self.m.items["contacts"]:
            return self.m.items["contacts"][uuid].record["account_uuid"]
        local = self.m.local["contacts"].get(uuid)
        return local.account_uuid if local else None

    def decide(self) -> None:
        self.check_links()
        for kind in ("accounts", "contacts"):  # changed there after our deletion: what went with it comes too
            for uuid, fate in list(self.m.fate[kind].items()):
                if fate is Fate.RESURRECT:
                    self.bring_back_with(kind, uuid)
        while self.bring_back_wanted_parents():  # a parent brought back may bring back more: until nothing moves
            pass
        for kind in CHILDREN:
            for item in self.m.incoming.items[kind]:
                if self.m.fate[kind][item.uuid] in WRITTEN:
                    self.set_aside_if_orphaned(item)

    def bring_back_wanted_parents(self) -> bool:
        moved = False
        for kind in CHILDREN:
            for item in self.m.incoming.items[kind]:
                if self.m.fate[kind][item.uuid] not in WRITTEN:
                    continue
                for parent_kind, uuid in parents(item):
                    if self.gone(parent_kind, uuid) and self.wanted(item, uuid):
                        moved |= self.bring_back(parent_kind, uuid)
        return moved

    def wanted(self, item: Item, parent: str) -> bool:
        """Bring the deleted parent back for this record: changed after the deletion, or the user asked."""
        return self.m.restore_orphans or item.updated > self.m.graves.get(parent, item.updated)

    def bring_back(self, kind: str, uuid: str) -> bool:
        """Bring a deleted record back from the bundle, with its account and what was deleted together with it."""
        item = self.m.items[kind].get(uuid)
        if item is None or self.m.fate[kind][uuid] is not Fate.BURIED:
            return False  # its record is not in the bundle: its orphans are set aside
        self.resurrect(kind, item)
        self.bring_back_with(kind, uuid)
        return True

    def bring_back_with(self, kind: str, uuid: str) -> None:
        """What a record coming back needs and took with it: its account, and what was deleted at the same moment
        (an account with its contacts and history)."""
        item, deleted = self.m.items[kind][uuid], self.m.graves[uuid]
        account = item.record.get("account_uuid", "")
        if kind == "contacts" and self.gone("accounts", account) and self.wanted(item, account):
            self.bring_back("accounts", account)
        for child_kind, child in self.children.get((kind, uuid), []):
            if self.m.fate[child_kind][child] is Fate.BURIED and self.m.graves.get(child) == deleted:
                self.resurrect(child_kind, self.m.items[child_kind][child])

    def resurrect(self, kind: str, item: Item) -> None:
        self.m.fate[kind][item.uuid] = Fate.RESURRECT
        if item.updated <= self.m.graves[item.uuid]:
            # Bringing back counts as a change after the deletion, so the deletion does not win elsewhere.
            self.m.bumped.add((kind, item.uuid))

    def set_aside_if_orphaned(self, item: Item) -> None:
        gone = [ref for ref in parents(item) if self.gone(*ref)]
        if not gone:
            return
        if gone == [("contacts", item.record.get("contact_uuid"))] and self.m.fate[item.kind][item.uuid] is Fate.UPDATE:
            return  # a record here whose contact we deleted: updated, and stays detached as the deletion left it
        self.m.fate[item.kind][item.uuid] = Fate.ASIDE
        self.groups.setdefault(gone[0], []).append((item.kind, item.uuid))

    # ------------------------------------------------------------ writing

    def set_aside(self) -> None:
        """One trash item per gone parent, with the parent's record from the bundle when it is there."""
        for (kind, uuid), members in self.groups.items():
            refs = [(kind, uuid)] + [ref for member in members for ref in parents(self.m.items[member[0]][member[1]])
                                     if self.gone(*ref)]
            payload: dict[str, list[dict]] = {k: [] for k in KINDS}
            for ref_kind, ref in dict.fromkeys(refs + members):
                if ref in self.m.items[ref_kind]:
                    payload[ref_kind].append(record_of(self.m.items[ref_kind][ref], self.m.values[ref_kind][ref]))
            known = uuid in self.m.items[kind]
            name = conflict_name(self.m.values[kind][uuid]) if known else f"{SINGULAR[kind]} {uuid}"
            first = self.m.items[members[0][0]][members[0][1]]
            account_uuid = uuid if kind == "accounts" else first.record["account_uuid"]
            trash_uuid, what = self.keep_in_trash(kind, uuid, account_uuid, name, payload)
            self.m.report.set_aside.append({"trash_uuid": trash_uuid, "kind": SINGULAR[kind], "uuid": uuid,
                                            "name": name, "records": len(members), "what": what})

    def keep_in_trash(self, kind: str, uuid: str, account_uuid: str, name: str, payload: dict) -> tuple[str, str]:
        """The parent's set-aside trash item, made or added to (newer versions win): merging the same bundle
        again sets nothing aside twice."""
        item = TrashItem.get_or_none((TrashItem.reason == "set_aside") & (TrashItem.record_uuid == uuid))
        if item is not None:
            payload = _newest(json.loads(item.payload), payload)
        what = counted([k for k in KINDS for record in payload[k] if record["uuid"] != uuid])
        values = {"payload": json.dumps(payload, ensure_ascii=False), "label": f"{name} — {what}"[:300]}
        if item is None:
            item = TrashItem.create(kind=SINGULAR[kind], record_uuid=uuid, account_uuid=account_uuid,
                                    reason="set_aside", deleted_at=self.m.now, **values)
        elif values["payload"] != item.payload:
            TrashItem.update(deleted_at=self.m.now, **values).where(TrashItem.id == item.id).execute()
        return item.uuid, what


def _newest(kept: dict, incoming: dict) -> dict:
    """Two bundle-shaped payloads as one, the later version of each record winning."""
    merged = {}
    for kind in KINDS:
        records = {r["uuid"]: r for r in kept.get(kind, [])}
        for record in incoming[kind]:
            old = records.get(record["uuid"])
            if old is None or _stamp(record) >= _stamp(old):
                records[record["uuid"]] = record
        merged[kind] = list(records.values())
    return merged


def _stamp(record: dict) -> dt.datetime:
    return dt.datetime.fromisoformat(record["updated_at"])
