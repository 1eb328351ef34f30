"""The kept health of each account: written with the stored plan, read by the list, portfolio and command line."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable

import peewee as pw

from models import Account, Commitment, queries, write_transaction
from models.enums import CommitmentStatus
from models.health import AccountHealth
from models.plan import PlanDirty
from services.cadence.loading import PlanAccount
from services.cadence.slots import Slots
from services.health.model import Health, Reason
from services.health.score import health_of_many
from services.words import from_data, to_data

COLUMNS = (AccountHealth.account, AccountHealth.score, AccountHealth.band, AccountHealth.reasons,
           AccountHealth.next_touch_utc, AccountHealth.promises_at_risk, AccountHealth.computed_on)


def keep(accounts: list[PlanAccount], next_touches: dict[int, dt.datetime | None], today: dt.date,
         slots: Slots | None = None, rules: dict | None = None) -> None:
    """Write these accounts' health for today (as the planner read them, with its calendar and rhythms), with their
    next planned touch (aware UTC) as just planned. Runs in the caller's transaction, with the plan of the same
    accounts."""
    ids = [a.id for a in accounts]
    healths = health_of_many(ids, today, accounts, strip=False, slots=slots, rules=rules)
    at_risk = promises_at_risk(ids, today)
    rows = []
    for aid, h in healths.items():
        nxt = next_touches.get(aid)
        rows.append((aid, h.score, h.band, _reasons_data(h.reasons),
                     str(nxt.astimezone(dt.UTC).replace(tzinfo=None)) if nxt else None, at_risk[aid],
                     today.isoformat()))
    for start in range(0, len(ids), 500):
        AccountHealth.delete().where(AccountHealth.account.in_(ids[start:start + 500])).execute()
    queries.insert_values(AccountHealth, COLUMNS, rows)


STALE_AFTER_DAYS = 7  # kept health older than this is brought to the day at its turn: a seventh of the book a day


def keep_the_rest(today: dt.date, chunk: int = 2000) -> int:
    """At the turn of the day, bring to today the health of accounts not re-planned whose kept health is a week old
    (their plan is unchanged: its next touch is read from the stored plan); the number of accounts kept.

    Health moves with the days even where the plan does not ("not reached for 5 months"), but slowly: a week-old
    figure is refreshed, so the turn of the day costs a seventh of the book, not all of it (accounts --json always
    computes what is not from today)."""
    from models.plan import PlannedTouch
    from services.cadence.loading import load

    kept_today = AccountHealth.select(AccountHealth.account).where(
        AccountHealth.computed_on > today - dt.timedelta(days=STALE_AFTER_DAYS))
    ids = [pk for (pk,) in Account.select(Account.id).where(Account.id.not_in(kept_today)).order_by(Account.id)
           .tuples()]
    slots = Slots()
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        nxt = (PlannedTouch.select(PlannedTouch.account, pw.fn.MIN(PlannedTouch.due_utc))
               .where(PlannedTouch.account.in_(part)).group_by(PlannedTouch.account).tuples())
        with write_transaction():
            keep(load(ids=part), {aid: _aware(due) for aid, due in nxt}, today, slots)
    return len(ids)


def _aware(value) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC)


def promises_at_risk(ids: list[int], today: dt.date) -> Counter:
    """Open promises at risk (any level) per account id: these accounts' open promises, overload counted over the
    open promises of the people who made them (as the promise register's risk list counts it)."""
    from services.commitments.risks import overloaded_among, risk_level, risk_reasons, thresholds

    items = list(Commitment.select(Commitment, Account).join(Account)
                 .where((Commitment.status == CommitmentStatus.OPEN.value) & Commitment.account.in_(ids)))
    out: Counter = Counter()
    if not items:
        return out
    t = thresholds()
    overloaded = overloaded_among(items, t)
    for c in items:
        if risk_level(risk_reasons(c, today, overloaded, t)):
            out[c.account_id] += 1
    return out


def _reasons_data(reasons: Iterable[Reason]) -> str:
    return json.dumps([{"code": r.code, "message": to_data([r.message])} for r in reasons], ensure_ascii=False)


def _reasons(text: str) -> tuple[Reason, ...]:
    return tuple(Reason(item["code"], from_data(item["message"])[0]) for item in json.loads(text))


def stored_health(account_uuids: Iterable[str] | None = None) -> dict[str, Health]:
    """The kept health (score, band, reasons) of these accounts, or of every account, by account uuid."""
    query = AccountHealth.select(Account.uuid, AccountHealth.score, AccountHealth.band, AccountHealth.reasons).join(
        Account)
    if account_uuids is not None:
        query = query.where(Account.uuid.in_(list(account_uuids)))
    return {uuid: Health(uuid, score, band, _reasons(reasons))
            for uuid, score, band, reasons in queries.plain_rows(query)}


CHUNK = 2000  # accounts per read: a whole book's uuids would pass the database's limit of parameters


def current_health(account_uuids: list[str], today: dt.date) -> dict[str, Health]:
    """These accounts' health for today, by uuid: the kept one where it was kept today and no write has come since,
    the others computed now (in batches)."""
    out: dict[str, Health] = {}
    for start in range(0, len(account_uuids), CHUNK):
        out.update(_current(account_uuids[start:start + CHUNK], today))
    return out


def _current(account_uuids: list[str], today: dt.date) -> dict[str, Health]:
    ids = dict(Account.select(Account.uuid, Account.id).where(Account.uuid.in_(account_uuids)).tuples())
    stale = {pk for (pk,) in PlanDirty.select(PlanDirty.account_id).tuples()}
    kept = (AccountHealth.select(Account.uuid, AccountHealth.score, AccountHealth.band, AccountHealth.reasons)
            .join(Account).where(Account.uuid.in_(account_uuids) & (AccountHealth.computed_on == today)))
    out = {uuid: Health(uuid, score, band, _reasons(reasons)) for uuid, score, band, reasons in queries.plain_rows(kept)
           if ids[uuid] not in stale}
    missing = [ids[uuid] for uuid in account_uuids if uuid in ids and uuid not in out]
    out.update((h.account_uuid, h) for h in health_of_many(missing, today).values())
    return out
