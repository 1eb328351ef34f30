"""Demo promises of a firm that keeps its word: past ones mostly kept on time, open ones mostly safe, a few at risk."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict

from models import new_uuid
from models.enums import Approval, CommitmentKind, CommitmentStatus
from services.accounts.demo_names import FIRM_PEOPLE
from services.commitments.risks import crowded, thresholds
from services.countries import is_working_day

# One at-risk promise of each kind in turn: two of the first four are high (overdue, approval refused).
RISKS = ("overdue", "approval_pending", "approval_rejected", "due_soon", "rescheduled")
OPEN_PER_PERSON = 12  # open promises a colleague carries; a bigger book gets no more than the team can keep
PAST_SHARE = 0.35     # accounts with one or two promises already closed
APPROVERS = {CommitmentKind.REBATE: "Board", CommitmentKind.PRICE_HOLD: "Sales manager"}
NEEDS_APPROVAL = [CommitmentKind.REBATE, CommitmentKind.PRICE_HOLD]
EVERYDAY = [CommitmentKind.DELIVERY, CommitmentKind.SAMPLE, CommitmentKind.DOCUMENT, CommitmentKind.CALLBACK,
            CommitmentKind.VISIT, CommitmentKind.PRICE_HOLD]


class DemoPromises:
    """Which accounts hold an open promise and which of those are at risk, drawn once for the book; the open
    promises are spread over the team so that nobody is overloaded by accident."""

    def __init__(self, rng: random.Random, n_accounts: int, today: dt.date) -> None:
        opened = min(round(0.3 * n_accounts), OPEN_PER_PERSON * len(FIRM_PEOPLE))
        at_risk = round(opened * 0.22)
        picks = rng.sample(range(n_accounts), opened)
        self.open_kind = {i: RISKS[k % len(RISKS)] if k < at_risk else "safe" for k, i in enumerate(picks)}
        self.today = today
        self._due: dict[str, list[dt.date]] = defaultdict(list)
        self._limits = thresholds()

    def holds_open(self, index: int) -> bool:
        return index in self.open_kind

    def rows(self, rng: random.Random, index: int, account: dict, contact_uuid: str, product: str) -> list[dict]:
        """The account's promises as Commitment rows (account and contact still uuids)."""
        out = []
        if account["stage"] != "lead" and rng.random() < PAST_SHARE:
            out += [self._past(rng, account, contact_uuid, product) for _ in range(rng.randint(1, 2))]
        if index in self.open_kind:
            out.append(self._open(rng, self.open_kind[index], account, contact_uuid, product))
        return out

    def _past(self, rng: random.Random, account: dict, contact_uuid: str, product: str) -> dict:
        kind = rng.choice(EVERYDAY)
        due = self.today - dt.timedelta(days=rng.randint(10, 300))
        luck = rng.random()
        if luck < 0.85:
            status, done = CommitmentStatus.KEPT, due - dt.timedelta(days=rng.randint(0, 3))
        elif luck < 0.95:
            status, done = CommitmentStatus.KEPT, due + dt.timedelta(days=rng.randint(1, 5))
        else:
            status, done = CommitmentStatus.BROKEN, due + dt.timedelta(days=rng.randint(3, 10))
        row = _row(rng, kind, account, contact_uuid, product, due, rng.choice(FIRM_PEOPLE))
        row.update(status=status.value, completed_at=done)
        if kind in APPROVERS:
            row.update(approval=Approval.APPROVED.value, decided_at=row["promised_at"])
        return row

    def _open(self, rng: random.Random, risk: str, account: dict, contact_uuid: str, product: str) -> dict:
        country = account["country"]
        kind = rng.choice(NEEDS_APPROVAL if risk.startswith("approval") else EVERYDAY)
        if risk == "overdue":
            due = self._working(country, self.today - dt.timedelta(days=rng.randint(1, 4)), back=True)
        elif risk == "due_soon":
            due = self.today + dt.timedelta(days=rng.randint(1, 3))
        else:  # safe, and the risks that are about approval or moves rather than the date: comfortably ahead
            due = self._working(country, self.today + dt.timedelta(days=rng.randint(6, 50)))
        person = self._person(rng, due)
        row = _row(rng, kind, account, contact_uuid, product, due, person)
        if kind in APPROVERS:
            approval = {"approval_pending": Approval.PENDING, "approval_rejected": Approval.REJECTED}.get(
                risk, Approval.APPROVED)
            row["approval"] = approval.value
            if approval != Approval.PENDING:
                row["decided_at"] = self.today - dt.timedelta(days=rng.randint(1, 3))
        if risk == "rescheduled":
            row["due_history"] = json.dumps([_move(due - dt.timedelta(days=14), "waiting for the factory's slot"),
                                             _move(due - dt.timedelta(days=7), "container delayed")])
        return row

    def _person(self, rng: random.Random, due: dt.date) -> str:
        """A colleague who can still take a promise due that day (one is always found in a demo's numbers)."""
        people = rng.sample(FIRM_PEOPLE, len(FIRM_PEOPLE))
        person = next((p for p in people if not crowded(due, self._due[p], self._limits, adding=1)), people[0])
        self._due[person].append(due)
        return person

    @staticmethod
    def _working(country: str, day: dt.date, back: bool = False) -> dt.date:
        step = dt.timedelta(days=-1 if back else 1)
        while not is_working_day(country, day):
            day += step
        return day


def _row(rng: random.Random, kind: CommitmentKind, account: dict, contact_uuid: str, product: str, due: dt.date,
         person: str) -> dict:
    promised = due - dt.timedelta(days=rng.randint(7, 40))
    stamp = dt.datetime.combine(promised, dt.time(9), dt.UTC)
    return {
        "uuid": new_uuid(), "account": account["uuid"], "contact": contact_uuid,
        "title": f"{kind.value.replace('_', ' ').capitalize()}: {product}", "kind": kind.value,
        "promised_by": person, "promised_at": promised, "due_date": due, "status": CommitmentStatus.OPEN.value,
        "completed_at": None, "approval": Approval.NOT_NEEDED.value, "approver": APPROVERS.get(kind, ""),
        "decided_at": None, "notes": "", "due_history": "[]", "created_at": stamp, "updated_at": stamp,
    }


def _move(old_due: dt.date, reason: str) -> dict:
    return {"due_date": old_due.isoformat(), "reason": reason,
            "changed_at": dt.datetime.combine(old_due - dt.timedelta(days=10), dt.time(9), dt.UTC).isoformat()}
