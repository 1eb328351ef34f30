"""Merging a checked bundle in one transaction: the newer change wins, every both-sides change is listed,
records whose parent was deleted here come back with it or are set aside, and forgets win over edits."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from models import (
    Account,
    Contact,
    ExchangePeer,
    ForgottenContact,
    Tombstone,
    TrashItem,
    actor,
    database_id,
    write_transaction,
)
from models.queries import insert_rows
from services import accounts as acc
from services.book import privacy
from services.errors import UserError
from services.exchange.bundle import MergeCancelledError, MergeReport, Progress
from services.exchange.bundle_check import CLOCK_SLACK, FORMAT, KINDS, SINGULAR, VERSION, Incoming, Item, check_bundle
from services.exchange.bundle_orphans import Orphans
from services.exchange.bundle_records import MODEL_OF, Fate, ForgottenNames, clean_values, conflict_name

CHUNK = 500  # uuids per IN (...) query: well under SQLite's limit on bound variables


class Local(NamedTuple):
    id: int
    updated: dt.datetime
    account_uuid: str | None  # for contacts: the account they belong to here


def chunks(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start:start + size]


class Merge:
    """One merge: load what is here for the bundle's uuids, decide each record's fate, then write."""

    def __init__(self, incoming: Incoming, now: dt.datetime, orphans: str, progress: Progress | None) -> None:
        self.incoming, self.now, self.progress = incoming, now, progress
        self.restore_orphans = orphans == "restore"
        self.report = MergeReport()
        self.items = {kind: {item.uuid: item for item in incoming.items[kind]} for kind in KINDS}
        self.fate: dict[str, dict[str, Fate]] = {kind: {} for kind in KINDS}
        self.values: dict[str, dict[str, dict]] = {kind: {} for kind in KINDS}
        self.bumped: set[tuple[str, str]] = set()  # brought back without a change after the deletion: stamped now
        self.touched: set[int] = set()  # accounts whose search key must be rebuilt
        n_items = sum(len(items) for items in incoming.items.values())
        self.done, self.total = 0, incoming.count() + n_items + 1

    # ------------------------------------------------------------ driving

    def run(self) -> MergeReport:
        with write_transaction():  # decisions and writes see one state; a second writer waits
            self.merge()
        return self.report

    def merge(self) -> None:
        ours = database_id()
        self.same_book = self.incoming.database_id == ours
        self.common = None if self.same_book else self.common_point(ours)
        self.load()
        self.clean()
        self.decide()
        self.orphans = Orphans(self)
        self.orphans.decide()
        self.list_deletion_conflicts()
        self.write()
        self.orphans.set_aside()
        self.apply_stones()
        self.apply_forgets()
        self.reindex()
        self.remember_peer()

    def advance(self, n: int) -> None:
        self.done += n
        if self.progress is not None and not self.progress(min(self.done, self.total), self.total):
            raise MergeCancelledError("bundle.cancelled")

    def changed_since_common(self, when: dt.datetime) -> bool:
        """Changed since the two copies last agreed (with no known common point, any change may be)."""
        return self.common is None or when > self.common

    def clamp(self, when: dt.datetime) -> dt.datetime:
        return min(when, self.now + CLOCK_SLACK)

    # ------------------------------------------------------------ loading what is here

    def common_point(self, ours: str) -> dt.datetime | None:
        """The last moment both copies agreed: when we last took in theirs, or they last took in ours."""
        points = []
        if self.incoming.database_id:
            peer = ExchangePeer.get_or_none(ExchangePeer.peer_id == self.incoming.database_id)
            if peer is not None:
                points.append(min(peer.last_exchange_at, self.now))
        if ours in self.incoming.seen:
            points.append(self.incoming.seen[ours])
        return max(points) if points else None

    def load(self) -> None:
        refs: set[str] = {ref for items in self.incoming.items.values() for item in items
                          for name in ("account_uuid", "contact_uuid") if (ref := item.record.get(name))}
        wanted = {kind: set(self.items[kind]) for kind in KINDS}
        wanted["accounts"] |= refs  # the accounts and contacts records name, whether in the bundle or not
        wanted["contacts"] |= refs
        self.local = {kind: self._local_rows(kind, wanted[kind]) for kind in KINDS}
        uuids = refs | {s.uuid for s in self.incoming.stones} | {u for items in self.items.values() for u in items}
        self.graves = {}
        for chunk in chunks(uuids):
            query = Tombstone.select(Tombstone.record_uuid, Tombstone.deleted_at).where(
                Tombstone.record_uuid.in_(chunk))
            self.graves.update(query.tuples())
        self.account_id = {u: row.id for u, row in self.local["accounts"].items()}
        self.contact_id = {u: row.id for u, row in self.local["contacts"].items()}

    @staticmethod
    def _local_rows(kind: str, uuids: set[str]) -> dict[str, Local]:
        model, rows = MODEL_OF[kind], dict[str, Local]()
        for chunk in chunks(uuids):
            if kind == "contacts":
                query = (Contact.select(Contact.uuid, Contact.id, Contact.updated_at, Account.uuid).join(Account)
                         .where(Contact.uuid.in_(chunk)).tuples())
                rows.update((uuid, Local(*rest)) for uuid, *rest in query)
            else:
                query = model.select(model.uuid, model.id, model.updated_at).where(model.uuid.in_(chunk)).tuples()
                rows.update((uuid, Local(row_id, updated, None)) for uuid, row_id, updated in query)
        return rows

    # ------------------------------------------------------------ deciding

    def clean(self) -> None:
        """Every record checked and cleaned (the first bad one refuses the bundle); forgotten people taken out."""
        self.forgotten_here = {u for (u,) in ForgottenContact.select(ForgottenContact.contact_uuid).tuples()}
        people = self.forgotten_here | set(self.incoming.forgotten)
        self.forgotten = ForgottenNames.collect(people, self.items) if people else None
        for kind in KINDS:
            for item in self.incoming.items[kind]:
                values = clean_values(item)
                if self.forgotten is not None:
                    self.forgotten.take_out(item, values)
                self.values[kind][item.uuid] = values
            self.advance(len(self.incoming.items[kind]) // 2)

    def decide(self) -> None:
        for kind in KINDS:
            changed = []
            for item in self.incoming.items[kind]:
                local = self.local[kind].get(item.uuid)
                if local is not None:
                    if item.updated == local.updated:
                        self.fate[kind][item.uuid] = Fate.SAME
                    else:
                        changed.append(item)
                elif item.uuid in self.graves:
                    deleted = self.graves[item.uuid]
                    self.fate[kind][item.uuid] = Fate.RESURRECT if item.updated > deleted else Fate.BURIED
                else:
                    self.fate[kind][item.uuid] = Fate.ADD
            self.decide_changed(kind, changed)
            self.advance(len(self.incoming.items[kind]) // 2)

    def decide_changed(self, kind: str, items: list[Item]) -> None:
        """Records here whose stamp differs: unchanged if equal in value, else the newer wins (and is listed)."""
        model = MODEL_OF[kind]
        by_id = {self.local[kind][item.uuid].id: item for item in items}
        for chunk in chunks(by_id):
            for row in model.select().where(model.id.in_(chunk)):
                item = by_id[row.id]
                if not self.differs(kind, row, item):
                    self.fate[kind][item.uuid] = Fate.SAME
                    continue
                here = self.clamp(self.local[kind][item.uuid].updated)
                if self.changed_since_common(item.updated) and self.changed_since_common(here):
                    self.conflict(kind, item.uuid, row, "both edited", here, item.updated,
                                  "remote" if item.updated > here else "local")
                self.fate[kind][item.uuid] = Fate.UPDATE if item.updated > here else Fate.SAME

    def differs(self, kind: str, row, item: Item) -> bool:
        values = self.values[kind][item.uuid]
        if any(getattr(row, name) != value for name, value in values.items()):
            return True
        if kind != "accounts" and row.account_id != self.account_id.get(item.record["account_uuid"]):
            return True
        if kind in ("accounts", "contacts"):
            return False
        contact = item.record["contact_uuid"]
        if contact is not None and contact not in self.contact_id:
            return contact not in self.graves  # a contact new here differs; one deleted here left it detached
        return row.contact_id != self.contact_id.get(contact)

    def conflict(self, kind: str, uuid: str, named, change: str, here: dt.datetime, there: dt.datetime,
                 kept: str) -> None:
        self.report.conflicts.append({
            "kind": SINGULAR[kind], "uuid": uuid, "name": conflict_name(named), "change": change,
            "local_updated_at": here.isoformat(), "remote_updated_at": there.isoformat(), "kept": kept})

    def list_deletion_conflicts(self) -> None:
        """Deleted here, changed there since the last exchange: listed whichever way it went."""
        for kind in KINDS:
            for uuid, fate in self.fate[kind].items():
                item, deleted = self.items[kind][uuid], self.graves.get(uuid)
                if deleted is None or fate not in (Fate.BURIED, Fate.RESURRECT) or (kind, uuid) in self.bumped:
                    continue
                if self.changed_since_common(item.updated) and self.changed_since_common(deleted):
                    self.conflict(kind, uuid, self.values[kind][uuid], "deleted here", deleted, item.updated,
                                  "remote" if fate is Fate.RESURRECT else "local")

    # ------------------------------------------------------------ writing

    def write(self) -> None:
        back = [u for kind in KINDS for u, fate in self.fate[kind].items() if fate is Fate.RESURRECT]
        for chunk in chunks(back):
            Tombstone.delete().where(Tombstone.record_uuid.in_(chunk)).execute()
        for kind in KINDS:
            inserted = self.insert(kind)
            self.update(kind)
            self.advance(len(self.incoming.items[kind]) - inserted)

    def parent_ids(self, kind: str, item: Item) -> dict:
        if kind == "accounts":
            return {}
        ids: dict[str, int | None] = {"account": self.account_id[item.record["account_uuid"]]}
        if kind != "contacts":
            ids["contact"] = self.contact_id.get(item.record["contact_uuid"])  # None: detached, as its deletion left it
        return ids

    def insert(self, kind: str) -> int:
        model, rows = MODEL_OF[kind], []
        new = [u for u, fate in self.fate[kind].items() if fate in (Fate.ADD, Fate.RESURRECT)]
        for uuid in new:
            item = self.items[kind][uuid]
            updated = self.now if (kind, uuid) in self.bumped else item.updated
            rows.append({"uuid": uuid, "created_at": item.created, "updated_at": updated,
                         **self.values[kind][uuid], **self.parent_ids(kind, item)})
            self.report.added += self.fate[kind][uuid] is Fate.ADD
            self.report.restored += self.fate[kind][uuid] is Fate.RESURRECT
        for chunk in chunks(rows, CHUNK * 4):
            insert_rows(model, chunk)
            self.advance(len(chunk))
        if kind in ("accounts", "contacts"):
            ids = self.account_id if kind == "accounts" else self.contact_id
            for chunk in chunks(new):
                ids.update(model.select(model.uuid, model.id).where(model.uuid.in_(chunk)).tuples())
        self.touch(kind, new)
        return len(rows)

    def update(self, kind: str) -> None:
        model = MODEL_OF[kind]
        changed = [u for u, fate in self.fate[kind].items() if fate is Fate.UPDATE]
        for uuid in changed:
            item = self.items[kind][uuid]
            # One more version (an open form's save is then refused), never refused itself: the bundle has its rules.
            (model.update(**self.values[kind][uuid], **self.parent_ids(kind, item), created_at=item.created,
                          updated_at=item.updated, version=model.version + 1, changed_by=actor.current())
             .where(model.id == self.local[kind][uuid].id).execute())
        self.report.updated += len(changed)
        self.report.unchanged += sum(fate is Fate.SAME for fate in self.fate[kind].values())
        self.touch(kind, changed)

    def touch(self, kind: str, uuids: list[str]) -> None:
        if kind == "accounts":
            self.touched.update(self.account_id[u] for u in uuids)
        elif kind == "contacts":
            self.touched.update(self.account_id[self.items[kind][u].record["account_uuid"]] for u in uuids)

    def apply_stones(self) -> None:
        """Their deletions: a record here goes unless it was changed after the deletion (then it is listed)."""
        fresh = [s for s in self.incoming.stones if s.uuid not in self.graves]
        buried = []
        for kind in KINDS:
            stones = {s.uuid: s for s in fresh if s.kind == SINGULAR[kind]}
            model, doomed = MODEL_OF[kind], []
            for chunk in chunks(stones):
                for row in model.select().where(model.uuid.in_(chunk)):
                    stone, here = stones.pop(row.uuid), self.clamp(row.updated_at)
                    if here <= stone.deleted_at:
                        doomed.append(row.id)
                        buried.append(stone)
                        if kind == "contacts":
                            self.touched.add(row.account_id)
                    elif self.changed_since_common(here) and self.changed_since_common(stone.deleted_at):
                        self.conflict(kind, row.uuid, row, "deleted there", here, stone.deleted_at, "local")
            buried.extend(stones.values())  # not here at all: remember the deletion
            for chunk in chunks(doomed):
                self.report.deleted += model.delete().where(model.id.in_(chunk)).execute()
        rows = [{"uuid": s.uuid, "kind": s.kind, "record_uuid": s.uuid, "deleted_at": s.deleted_at,
                 "created_at": self.now, "updated_at": self.now} for s in buried]
        for chunk in chunks(rows, CHUNK // 5):
            Tombstone.insert_many(chunk).on_conflict_ignore().execute()
        self.advance(len(self.incoming.stones))

    def apply_forgets(self) -> None:
        """People forgotten there are forgotten here too, whatever was edited since (a forget wins)."""
        new = {u: when for u, when in self.incoming.forgotten.items() if u not in self.forgotten_here}
        for uuid, when in new.items():
            ForgottenContact.insert(uuid=uuid, contact_uuid=uuid, forgotten_at=when, created_at=self.now,
                                    updated_at=self.now).on_conflict_ignore().execute()
        if self.forgotten is None:
            return
        names = self.forgotten.names
        self.report.forgotten = len(set(new) & self.forgotten.real_here)
        for uuid in set(new) | set(names):
            contact = Contact.get_or_none(Contact.uuid == uuid)
            if contact is not None:
                privacy.scrub_person(contact, names.get(uuid, set()), self.now)
            elif names.get(uuid):
                privacy.scrub_trash(uuid, names[uuid], {self.forgotten.account_of[uuid]})

    def reindex(self) -> None:
        """Fresh search keys (and E.164 numbers) for every account whose name, city or contacts changed: one pass."""
        acc.reindex_many(self.touched)
        self.advance(1)

    def remember_peer(self) -> None:
        """When we took in this copy's records: the next merge from it lists changes made since."""
        peer_id = self.incoming.database_id
        if not peer_id or self.same_book:  # a copy of this very file: no common point can be trusted
            return
        stamp = min(self.incoming.exported_at or self.now, self.now)
        peer = ExchangePeer.get_or_none(ExchangePeer.peer_id == peer_id)
        if peer is None:
            ExchangePeer.create(peer_id=peer_id, last_exchange_at=stamp)
        elif stamp > peer.last_exchange_at:
            ExchangePeer.update(last_exchange_at=stamp).where(ExchangePeer.id == peer.id).execute()


def restore_set_aside(trash_uuids: list[str], now: dt.datetime) -> MergeReport:
    """Bring back records an exchange set aside, with the deleted account or contact they belong to."""
    with write_transaction():
        items = list(TrashItem.select().where(TrashItem.uuid.in_(trash_uuids) & (TrashItem.reason == "set_aside")))
        if len(items) != len(set(trash_uuids)):
            raise UserError("bundle.no_longer_in_trash")
        combined: dict[str, dict[str, dict]] = {kind: {} for kind in KINDS}
        for trash in items:
            payload = json.loads(trash.payload)
            for kind in KINDS:
                combined[kind].update((r["uuid"], r) for r in payload.get(kind, []))
        data = {"format": FORMAT, "version": VERSION, **{kind: list(combined[kind].values()) for kind in KINDS}}
        merge = Merge(check_bundle(data, now), now, "restore", None)
        merge.merge()
        if merge.report.set_aside:
            raise UserError("bundle.parent_missing")
        TrashItem.delete().where(TrashItem.id.in_([t.id for t in items])).execute()
    return merge.report
