"""The trust record: promises kept, late, broken and open, per account and per person."""

from __future__ import annotations

from dataclasses import dataclass, field

from models import Account, Commitment
from models.enums import CommitmentStatus


@dataclass
class TrustRecord:
    kept: int = 0
    late: int = 0
    broken: int = 0
    open: int = 0

    @property
    def closed(self) -> int:
        return self.kept + self.late + self.broken

    def as_dict(self) -> dict:
        return {"kept": self.kept, "late": self.late, "broken": self.broken, "open": self.open}


@dataclass
class Trust:
    accounts: dict[str, TrustRecord] = field(default_factory=dict)
    people: dict[str, TrustRecord] = field(default_factory=dict)


def _count(record: TrustRecord, c: Commitment) -> None:
    if c.status == CommitmentStatus.OPEN:
        record.open += 1
    elif c.status == CommitmentStatus.BROKEN:
        record.broken += 1
    elif c.status == CommitmentStatus.KEPT:
        if c.completed_at and c.completed_at > c.due_date:
            record.late += 1
        else:
            record.kept += 1


def trust() -> Trust:
    """Kept on time, late, broken and open, per account uuid and per person who promised."""
    result = Trust()
    for c in Commitment.select(Commitment, Account).join(Account):
        _count(result.accounts.setdefault(c.account.uuid, TrustRecord()), c)
        if c.promised_by:
            _count(result.people.setdefault(c.promised_by.strip(), TrustRecord()), c)
    return result


def account_trust(account_uuid: str) -> TrustRecord:
    record = TrustRecord()
    for c in Commitment.select().join(Account).where(Account.uuid == account_uuid):
        _count(record, c)
    return record
