"""Generated and mutated bundles: a message or a clean merge, never a traceback, a hang or a partial write."""

import copy
import datetime as dt
import functools
import json
import re
import time

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import models
from services import accounts, cadence, commitments
from services.book import privacy
from services.exchange import bundle
from services.exchange.bundle import BundleError

TABLES = ("Account", "Contact", "Interaction", "Commitment", "Tombstone", "TrashItem", "ForgottenContact",
          "ExchangePeer")
HOSTILE = ["", " ", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "2031-01-01T00:00:00Z",
           "2026-02-30", "{6F1C7A52-1111-4A4A-9B9B-0123456789AB}", "urn:uuid:6f1c7a52-1111-4a4a-9b9b-0123456789ab",
           "not-a-uuid", "1e400", "\x00", "Z" * 400, "lost", "Europe/Atlantis", "account", "contact", "x@y.z"]
LEAVES = (st.none() | st.booleans() | st.integers(min_value=-(2 ** 70), max_value=2 ** 70) | st.floats()
          | st.text(max_size=12) | st.sampled_from(HOSTILE))
# Hostile strings as often as everything else together: they are where the parsers used to break.
VALUES = st.sampled_from(HOSTILE) | st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=6), inner, max_size=3), max_leaves=6)
CANONICAL = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                            HealthCheck.function_scoped_fixture])


@functools.cache
def base_bundle() -> str:
    """A small book with every kind of record, a deletion and a forgotten person, as bundle text."""
    models.open_database(":memory:")
    try:
        a = accounts.create_account({"name": "Müller GmbH", "country": "DE", "tags": "fair, 2026"})
        b = accounts.create_account({"name": "王伟贸易", "country": "CN", "cadence_days": 45})
        people = [accounts.create_contact(a.uuid, {"name": name, "messaging": {"wechat": "wx"}})
                  for name in ("Jürgen", "Anna")]
        accounts.create_contact(b.uuid, {"name": "王伟", "birthday": "1980-02-29"})
        accounts.log_interaction(a.uuid, {"occurred_at": dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
                                          "contact_uuid": people[0].uuid, "summary": "Quote to Jürgen"})
        accounts.log_interaction(b.uuid, {"occurred_at": dt.datetime(2026, 2, 5, tzinfo=dt.UTC)})
        promise = commitments.create_commitment(a.uuid, {"title": "Samples for Anna", "promised_by": "Li Na",
                                                         "promised_at": "2026-01-05", "due_date": "2026-01-20",
                                                         "contact_uuid": people[1].uuid})
        commitments.reschedule(promise.uuid, dt.date(2026, 1, 25), "factory holiday")
        privacy.forget_contact(people[0].uuid)
        accounts.delete_contact(people[1].uuid)
        return json.dumps(bundle.build_bundle(), ensure_ascii=False)
    finally:
        models.close_database()


def snapshot() -> dict:
    return {name: sorted(map(repr, getattr(models, name).select().tuples())) for name in TABLES}


def mutate(tree: dict, draw) -> None:
    """Walk down to a random place in the JSON tree (most often inside a record) and replace, drop, add or
    duplicate something there."""
    node = tree
    kind = draw(st.sampled_from([*bundle.KINDS, "tombstones", None]))
    if kind is not None and isinstance(tree.get(kind), list) and tree[kind]:
        node = draw(st.sampled_from(tree[kind]))
    while isinstance(node, dict | list):  # an earlier mutation may have left a plain value where a list was
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            return
        key = draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, dict | list) and child and draw(st.booleans()):
            node = child
            continue
        action = draw(st.sampled_from(["replace", "drop", "add", "duplicate"]))
        if action == "replace":
            node[key] = draw(VALUES)
        elif action == "drop" and isinstance(node, dict):
            node.pop(key)
        elif action == "add" and isinstance(node, dict):
            node[draw(st.text(max_size=8) | st.sampled_from(HOSTILE))] = draw(VALUES)
        elif action == "duplicate" and isinstance(node, list):
            node.append(copy.deepcopy(child))
        return


def assert_book_sound() -> None:
    """What a merge stored is usable: uuids in their one form, plans and risks computed, and exported again."""
    for name in ("Account", "Contact", "Interaction", "Commitment", "Tombstone", "ForgottenContact"):
        model = getattr(models, name)
        assert all(CANONICAL.match(u) for (u,) in model.select(model.uuid).tuples()), name
    assert not models.db.execute_sql("PRAGMA foreign_key_check").fetchall()
    cadence.plan(dt.date(2026, 11, 23), 30, include_overdue=True)
    commitments.risks(dt.date(2026, 11, 23))
    again = bundle.build_bundle()
    models.close_database()
    models.open_database(":memory:")
    bundle.merge_bundle(again)


def merge_and_check(text: str) -> None:
    """Into a book that already took the unmutated bundle in: refused whole with nothing written, or merged."""
    models.open_database(":memory:")
    try:
        bundle.merge_bundle(json.loads(base_bundle()))
        before = snapshot()
        started = time.monotonic()
        try:
            bundle.merge_bundle(json.loads(text))
        except BundleError:
            event("refused")
            assert snapshot() == before
        else:
            event("merged")
            assert_book_sound()
        assert time.monotonic() - started < 10
    finally:
        models.close_database()


@SETTINGS
@given(st.data())
def test_mutated_bundles_merge_cleanly_or_are_refused_whole(data):
    tree = json.loads(base_bundle())
    for _ in range(data.draw(st.integers(1, 3))):
        mutate(tree, data.draw)
    merge_and_check(json.dumps(tree, ensure_ascii=False))


@SETTINGS
@given(st.data())
def test_generated_records_merge_cleanly_or_are_refused_whole(data):
    tree = json.loads(base_bundle())
    kind = data.draw(st.sampled_from(bundle.KINDS))
    record = copy.deepcopy(data.draw(st.sampled_from(tree[kind])))
    record["uuid"] = str(data.draw(st.uuids()))
    for name in data.draw(st.lists(st.sampled_from(sorted(record)), max_size=4, unique=True)):
        record[name] = data.draw(VALUES)
    tree[kind].append(record)
    merge_and_check(json.dumps(tree, ensure_ascii=False))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_damaged_bundle_files_give_a_message_or_a_bundle(tmp_path, data):
    raw = bytearray(base_bundle().encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at:at + data.draw(st.integers(0, 40))] = data.draw(st.binary(max_size=6))
    path = tmp_path / "damaged.json"
    path.write_bytes(bytes(raw))
    try:
        text = json.dumps(bundle.read_bundle(path))
    except BundleError:
        return
    merge_and_check(text)
