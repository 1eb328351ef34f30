"""Promises as plain rows for the lists (the promise, its account's name and its risk, read in a fixed number of
queries however many rows there are) and as a plain form for the edit dialog: no live ORM rows reach the screen."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import peewee as pw

from models import Account, Commitment, Contact
from services import commitments
from services.errors import NotFoundError
from services.words import render


class PromiseRow(NamedTuple):
    """One promise as a list shows it; level is None when it is not at risk."""

    uuid: str
    account_uuid: str
    account: str  # the account's name
    title: str
    kind: str
    promised_by: str
    approval: str
    approver: str
    status: str
    due_date: dt.date
    level: str | None = None
    why: tuple = ()  # phrases: why it is at risk ...
    what_to_do: tuple = ()  # ... and what to do about it

    def risk_in(self, lang: str) -> str:
        """'why → what to do' in the reader's language; "" when not at risk."""
        if self.level is None:
            return ""
        sep = " " if lang == "en" else ""
        return f"{render(self.why, lang, sep=sep)} → {render(self.what_to_do, lang, sep=sep)}"


def _row(c: Commitment, account: Account, risk: commitments.Risk | None) -> PromiseRow:
    return PromiseRow(c.uuid, account.uuid, account.name, c.title, c.kind, c.promised_by, c.approval, c.approver,
                      c.status, c.due_date, risk.level if risk else None, risk.why if risk else (),
                      risk.what_to_do if risk else ())


def open_promise_rows(today: dt.date | None = None, made_by: int | None = None) -> list[PromiseRow]:
    """Every open promise (of user id made_by, if given), those at risk first (highest level first), then by due
    date: the Commitments view."""
    return [_row(c, c.account, risk) for c, risk in commitments.assess(today, made_by)]


def high_risk_promise_rows(today: dt.date | None = None, made_by: int | None = None) -> list[PromiseRow]:
    """The open promises at high risk (made by user id made_by, if given), soonest due first (Today), without
    assessing every open promise."""
    from services.commitments.risks import high_risks

    return [_row(r.commitment, r.commitment.account, r) for r in high_risks(today, made_by)]


def promise_rows_of(account_uuid: str, today: dt.date | None = None) -> list[PromiseRow]:
    """One account's promises, open ones first, each with its risk: the account's Promises tab."""
    at_risk = {r.commitment.uuid: r for r in commitments.risks(today, account_uuid=account_uuid)}
    account = Account.get_or_none(Account.uuid == account_uuid)
    if account is None:
        return []
    return [_row(c, account, at_risk.get(c.uuid)) for c in commitments.commitments_of(account_uuid)]


class PromiseForm(NamedTuple):
    """One promise as its edit dialog shows it; contact_uuid is "" when it was made to the company."""

    uuid: str
    title: str
    kind: str
    contact_uuid: str
    promised_by: str
    promised_at: dt.date
    due_date: dt.date
    approval: str
    approver: str
    notes: str
    version: int  # as services.accounts.AccountDetails.version


def promise_form(commitment_uuid: str) -> PromiseForm:
    """The promise with its contact's uuid, in one query."""
    fields = [pw.fn.COALESCE(Contact.uuid, "") if name == "contact_uuid" else getattr(Commitment, name)
              for name in PromiseForm._fields]
    row = (Commitment.select(*fields).join(Contact, pw.JOIN.LEFT_OUTER)
           .where(Commitment.uuid == commitment_uuid).tuples().get_or_none())
    if row is None:
        raise NotFoundError("error.no_promise", id=commitment_uuid)
    return PromiseForm(*row)
