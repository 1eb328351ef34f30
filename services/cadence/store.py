"""The stored plan: every account's touches kept in the book, re-planned per account, read with indexed queries.

A write marks its account stale in the same transaction (models/plan.py's triggers); refresh() re-plans exactly the
stale accounts, and every read refreshes first, so what is read always equals a full re-plan of the plan's day. The
turn of the day and a change of the rules re-plan the whole book (replan_all, in chunks so other writers are never
held long; the window runs it in the background and reads the previous day's plan meanwhile).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import peewee as pw

from models import Account, Meta, TouchState, queries, write_transaction
from models.base import write_gate
from models.dialect import take_account_lock
from models.plan import DAY_KEY, END_KEY, PlanDirty, PlannedTouch, mark_whole_plan_stale
from services.cadence.loading import PlanAccount, load
from services.cadence.reading import read_stale_day as read_stale_day  # the window sets it; tests and the keeper too
from services.cadence.reading import stale_day_ok
from services.cadence.slots import Slots
from services.cadence.streams import State, account_plan
from services.cadence.touches import Touch
from services.words import from_data, to_data

HORIZON_DAYS = 120  # the stored plan reaches at least this far; a longer span is planned on the fly
SLACK_DAYS = 14  # ... and this much further, so days can pass before the whole book must be re-planned
CHUNK = 2000  # accounts per transaction of a whole-book re-plan
def plan_day() -> dt.date | None:
    row = Meta.get_or_none(Meta.key == DAY_KEY)
    return dt.date.fromisoformat(row.value) if row and row.value else None


def invalidate() -> None:
    """The rules changed (rhythms, windows, expectations): the whole plan is re-planned before it is read again."""
    mark_whole_plan_stale()


def needs_replan(today: dt.date) -> bool:
    return plan_day() != today


def _rules() -> dict:
    from services.cadence.planning import plan_rules

    return plan_rules()


def _states(account_uuids: Iterable[str] | None) -> dict[str, dict[str, State]]:
    query = TouchState.select(TouchState.account_uuid, TouchState.touch_key, TouchState.state, TouchState.moved_to,
                              TouchState.updated_at)
    if account_uuids is not None:
        query = query.where(TouchState.account_uuid.in_(list(account_uuids)))
    out: dict[str, dict[str, State]] = defaultdict(dict)
    for row in query:
        at = row.moved_to if row.state == "moved" else (row.moved_to or row.updated_at)
        out[row.account_uuid][row.touch_key] = State(row.state, at)
    return out


def compute(ids: list[int] | None, today: dt.date, end: dt.date, account_uuid: str | None = None,
            slots: Slots | None = None, rules: dict | None = None) -> dict[int, list[Touch]]:
    """The plan of these accounts (or of one, or all) from their overdue touches up to end, by account id."""
    return _planned(ids, today, end, account_uuid, slots, rules)[1]


class Planned(NamedTuple):
    """Accounts' plans with what the planner read to make them (the kept health reads the same)."""

    accounts: list[PlanAccount]
    plans: dict[int, list[Touch]]
    slots: Slots
    rules: dict


def _planned(ids: list[int] | None, today: dt.date, end: dt.date, account_uuid: str | None = None,
             slots: Slots | None = None, rules: dict | None = None) -> Planned:
    from services.cadence.replies import expectations

    slots = slots or Slots()
    rules = rules or _rules()
    wanted = expectations()
    accounts = load(account_uuid, ids)
    states = _states([a.uuid for a in accounts] if (ids is not None or account_uuid) else None)
    return Planned(accounts, {a.id: account_plan(a, slots, rules, states.get(a.uuid, {}), today, end, wanted)
                              for a in accounts}, slots, rules)


def _rows(plans: dict[int, list[Touch]]) -> list[tuple]:
    out = []
    for account_id, touches in plans.items():
        for t in touches:
            expected = t.expected_by.astimezone(dt.UTC).replace(tzinfo=None) if t.expected_by else None
            out.append((account_id, t.key, json.dumps(t.all_state_keys), t.kind, t.stream, " ".join(t.all_purposes),
                        t.contact_uuid, t.contact, str(t.due_utc.replace(tzinfo=None)), t.due_local.date().isoformat(),
                        t.zone, json.dumps(to_data(t.why), ensure_ascii=False), bool(t.moved), bool(t.projected),
                        str(expected) if expected else None))
    return out


COLUMNS = (PlannedTouch.account, PlannedTouch.key, PlannedTouch.state_keys, PlannedTouch.kind, PlannedTouch.stream,
           PlannedTouch.purposes, PlannedTouch.contact_uuid, PlannedTouch.contact, PlannedTouch.due_utc,
           PlannedTouch.day, PlannedTouch.zone, PlannedTouch.why, PlannedTouch.moved, PlannedTouch.projected,
           PlannedTouch.expected_by)


def _write(ids: list[int], planned: Planned, today: dt.date) -> None:
    from services.health.kept import keep

    for start in range(0, len(ids), 500):
        PlannedTouch.delete().where(PlannedTouch.account.in_(ids[start:start + 500])).execute()
    queries.insert_values(PlannedTouch, COLUMNS, _rows(planned.plans))
    # The account's kept health goes with its plan (the same writes mark both stale), from what the planner read.
    keep(planned.accounts, {aid: min((t.due_utc for t in touches), default=None)
                            for aid, touches in planned.plans.items()}, today, planned.slots, planned.rules)


def plan_end() -> dt.date | None:
    row = Meta.get_or_none(Meta.key == END_KEY)
    return dt.date.fromisoformat(row.value) if row and row.value else None


def covers(today: dt.date, end: dt.date) -> bool:
    """The stored plan (once brought to today) holds every touch before end."""
    stored = plan_end()
    return stored is not None and end <= stored and today + dt.timedelta(days=HORIZON_DAYS) <= stored + dt.timedelta(
        days=SLACK_DAYS)


def _newest_mark() -> int:
    return PlanDirty.select(PlanDirty.seq).order_by(PlanDirty.seq.desc()).limit(1).scalar() or 0


def _replan(ids: list[int], today: dt.date, end: dt.date, progress: Callable[[int, int], None] | None) -> None:
    slots, rules = Slots(), _rules()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        planned = _planned(chunk, today, end, slots=slots, rules=rules)
        with write_transaction():
            _write(chunk, planned, today)
        if progress is not None:
            progress(min(start + CHUNK, len(ids)), len(ids))


def _settle(newest: int, today: dt.date, end: dt.date) -> None:
    with write_transaction():
        # Marks made while the re-plan ran may not be in what it read: they stay, for the next refresh.
        PlanDirty.delete().where(PlanDirty.seq <= newest).execute()
        Meta.put(DAY_KEY, today.isoformat())
        Meta.put(END_KEY, end.isoformat())


def replan_all(today: dt.date, progress: Callable[[int, int], None] | None = None) -> int:
    """Re-plan every account for today, CHUNK accounts per transaction; the number of accounts planned."""
    end = today + dt.timedelta(days=HORIZON_DAYS + SLACK_DAYS)
    ids = [pk for (pk,) in Account.select(Account.id).order_by(Account.id).tuples()]
    newest = _newest_mark()
    _replan(ids, today, end, progress)
    with write_transaction():
        PlannedTouch.delete().where(PlannedTouch.account.not_in(Account.select(Account.id))).execute()
    _settle(newest, today, end)
    return len(ids)


def advance(today: dt.date, progress: Callable[[int, int], None] | None = None) -> int:
    """Bring the plan to a new day: only accounts with a touch before it change (an overdue touch stays on its day
    and the rest of its stream moves on from today; a passed greeting goes); the others keep their plan. The whole
    book is re-planned when the rules changed or the stored horizon runs short. The number of accounts planned."""
    from services.health.kept import keep_the_rest

    day, end = plan_day(), plan_end()
    if day is None or end is None or day > today or not covers(today, today + dt.timedelta(days=HORIZON_DAYS)):
        return replan_all(today, progress)
    if day == today:
        return refresh(today, progress)
    newest = _newest_mark()
    ids = sorted({pk for (pk,) in PlannedTouch.select(PlannedTouch.account).where(PlannedTouch.day < today)
                  .distinct().tuples()} | {pk for (pk,) in PlanDirty.select(PlanDirty.account_id).tuples()})
    _replan(ids, today, end, progress)
    keep_the_rest(today)  # health moves with the days even where the plan does not ("not reached for 5 months")
    _settle(newest, today, end)
    return len(ids)


def refresh(today: dt.date | None = None, progress: Callable[[int, int], None] | None = None) -> int:
    """Re-plan the accounts that writes have marked stale since the plan was last brought up to date (a few: in
    one transaction; many, after an import: CHUNK accounts per transaction)."""
    if not PlanDirty.select().exists():
        return 0
    today = today or plan_day() or dt.date.today()
    end = plan_end() or today + dt.timedelta(days=HORIZON_DAYS + SLACK_DAYS)
    with write_transaction():
        marks = list(PlanDirty.select(PlanDirty.seq, PlanDirty.account_id).tuples())
        if not marks:
            return 0
        ids = sorted({account_id for _, account_id in marks})
        newest = max(seq for seq, _ in marks)
        if len(ids) <= CHUNK:
            _write(ids, _planned(ids, today, end), today)
            PlanDirty.delete().where(PlanDirty.seq <= newest).execute()
            return len(ids)
    _replan(ids, today, end, progress)
    with write_transaction():
        PlanDirty.delete().where(PlanDirty.seq <= newest).execute()
    return len(ids)


def refresh_one(account_uuid: str, today: dt.date) -> None:
    """Re-plan one account if a write has marked it stale (its marks only: the others' stay for their reads)."""
    account_id = Account.select(Account.id).where(Account.uuid == account_uuid).scalar()
    if account_id is None or not PlanDirty.select().where(PlanDirty.account_id == account_id).exists():
        return
    end = plan_end() or today + dt.timedelta(days=HORIZON_DAYS + SLACK_DAYS)
    with write_transaction(whole_book=False):
        take_account_lock(account_id)  # colleagues opening other accounts re-plan theirs side by side
        mine = PlanDirty.account_id == account_id
        newest = PlanDirty.select(pw.fn.MAX(PlanDirty.seq)).where(mine).scalar()
        if newest is None:  # a colleague's read re-planned it meanwhile
            return
        _write([account_id], _planned([account_id], today, end), today)
        PlanDirty.delete().where(mine & (PlanDirty.seq <= newest)).execute()


def pending() -> int:
    """Accounts waiting for a refresh (a large import: the window re-plans them in the background)."""
    return PlanDirty.select(PlanDirty.account_id).distinct().count()


FOREGROUND_REFRESH = 500  # more stale accounts than this (an import) are re-planned in the background


def needs_background_work(today: dt.date) -> bool:
    """A new day, changed rules or many stale accounts: work for the window's background re-plan."""
    return plan_day() != today or plan_end() is None or pending() > FOREGROUND_REFRESH


def readable(today: dt.date, account_uuid: str | None = None) -> bool:
    """Whether a read for today goes to the stored plan. One account's plan for another day than the stored one is
    quicker planned on the fly; the window (stale_day_ok) reads the last day's plan while today's is being built."""
    day = plan_day()
    if stale_day_ok():
        return day is not None
    return day == today or account_uuid is None


def ensure(today: dt.date, account_uuid: str | None = None) -> None:
    """Bring the stored plan to today before it is read: stale accounts re-planned, a new day advanced to, unless
    the window is doing that in the background (then the last day's plan is read meanwhile).

    account_uuid: only that account is read: only its plan is brought up to date when the day is the stored one
    (in a shared book, the accounts colleagues just wrote wait for the reads that show them)."""
    if write_gate.held():  # the book's check has not run: reading must not write (and so run it) here
        return
    day = plan_day()
    if account_uuid is not None and day is not None and plan_end() is not None and (day == today or stale_day_ok()):
        refresh_one(account_uuid, day)
        return
    if stale_day_ok() and day is not None:
        if pending() <= FOREGROUND_REFRESH:  # more: the window's background re-plan takes them
            refresh(day)
    elif day == today and plan_end() is not None:
        refresh(today)
    else:
        advance(today)


def _where(query, start: dt.date | None, end: dt.date, account_uuid: str | None, include_overdue: bool,
           kinds: tuple[str, ...] | None, exclude: tuple[str, ...] | None, owner: int | None = None):
    query = query.where(PlannedTouch.day < end)
    if start is not None:
        after = PlannedTouch.day >= start
        if include_overdue:
            after = after | PlannedTouch.kind.not_in(GREETING_KINDS)
        query = query.where(after)
    if kinds:
        query = query.where(PlannedTouch.kind.in_(kinds))
    if exclude:
        query = query.where(PlannedTouch.kind.not_in(exclude))
    if account_uuid is not None:
        query = query.where(Account.uuid == account_uuid)
    if owner is not None:  # one user's accounts (services.users scope): a condition on the account joined
        query = query.where(Account.owner == owner)
    return query


def read(start: dt.date | None, end: dt.date, account_uuid: str | None = None, include_overdue: bool = False,
         limit: int | None = None, kinds: tuple[str, ...] | None = None,
         exclude: tuple[str, ...] | None = None, owner: int | None = None) -> list[Touch]:
    """Stored touches whose customer day is in [start, end) (with include_overdue: earlier ones too, never a
    greeting; kinds: only these; exclude: not these; owner: of the accounts this user id owns), by time."""
    query = PlannedTouch.select(PlannedTouch, Account.uuid, Account.name, Account.country).join(Account)
    query = _where(query, start, end, account_uuid, include_overdue, kinds, exclude, owner)
    query = query.order_by(PlannedTouch.due_utc, Account.name)
    if limit is not None:
        query = query.limit(limit)
    slots = Slots()
    # Plain cursor rows: values as stored, converted here only as far as a Touch needs (peewee's per-column
    # conversion was a third of reading Today's 2,000 replies owed at 100,000 accounts).
    return [_touch(_Row._make(values), slots) for values in queries.plain_rows(query)]


def count(start: dt.date | None, end: dt.date, exclude: tuple[str, ...] | None = None,
          owner: int | None = None) -> int:
    """How many stored touches read(start, end, exclude=exclude, owner=owner) would give, from the day index alone
    (for everyone; one owner's joins their accounts)."""
    query = PlannedTouch.select()
    if owner is not None:
        query = query.join(Account)
    return _where(query, start, end, None, False, None, exclude, owner).count()


GREETING_KINDS = ("greeting", "birthday", "anniversary")
NOT_OVERDUE = (*GREETING_KINDS, "reply")  # a passed greeting is gone; a reply owed is listed apart


class _Row(NamedTuple):
    """A planned_touch row with its account's uuid, name and country, in select order."""

    id: int
    account_id: int
    key: str
    state_keys: str
    kind: str
    stream: str
    purposes: str
    contact_uuid: str | None
    contact: str
    due_utc: Any
    day: Any
    zone: str
    why: str
    moved: bool
    projected: bool
    expected_by: Any
    account_uuid: str
    account_name: str
    country: str


def _stamp(value) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC)


class StoredWhy:
    """A stored touch's reasons, decoded when first shown: a list of thousands of touches shows a screenful."""

    __slots__ = ("_data", "_phrases")

    def __init__(self, data: str) -> None:
        self._data = data
        self._phrases: tuple | None = None

    def _decoded(self) -> tuple:
        if self._phrases is None:
            self._phrases = from_data(json.loads(self._data))
        return self._phrases

    def __iter__(self):
        return iter(self._decoded())

    def __len__(self) -> int:
        return len(self._decoded())

    def __eq__(self, other: object) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, StoredWhy | tuple) else NotImplemented

    __hash__ = None  # type: ignore[assignment]


def _touch(row: _Row, slots: Slots) -> Touch:
    due_utc = _stamp(row.due_utc)
    state_keys = tuple(json.loads(row.state_keys))
    purposes = tuple(row.purposes.split())
    return Touch(key=row.key, state_key=state_keys[0], kind=row.kind, account_uuid=row.account_uuid,
                 account=row.account_name, country=row.country, contact_uuid=row.contact_uuid, contact=row.contact,
                 purpose=purposes[0], due_local=due_utc.astimezone(slots.tz(row.zone)),
                 why=StoredWhy(row.why), moved=bool(row.moved), timestamp=due_utc.timestamp(),
                 stream=row.stream, purposes=purposes, state_keys=state_keys, projected=bool(row.projected),
                 expected_by=_stamp(row.expected_by) if row.expected_by else None)
