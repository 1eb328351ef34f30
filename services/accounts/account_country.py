"""Accounts without a country: an import may leave one unplaced; setting it for many accounts at once."""

from __future__ import annotations

from models import Account, db
from services.accounts import refresh_search_key
from services.countries import UNKNOWN_COUNTRY, try_resolve_country
from services.errors import NotFoundError, ValidationError
from services.words import Message


def needs_country(account_uuids: list[str] | None = None) -> list[str]:
    """The uuids of the accounts (of those given, else of all) whose country is unknown."""
    query = Account.select(Account.uuid).where(Account.country == UNKNOWN_COUNTRY)
    if account_uuids is not None:
        query = query.where(Account.uuid.in_(account_uuids))
    return [u for (u,) in query.tuples()]


def set_country(account_uuids: list[str], country: str) -> int:
    """Give every account listed the country (typed any way: DE, Deutschland, 德国); returns how many changed.

    One transaction: an unknown country or a missing account changes nothing. Contacts' numbers are read
    again with the new country (their E.164 form may change), and each changed account counts as edited.
    """
    found = try_resolve_country((country or "").strip())
    if found is None:
        message = Message("check.required") if not (country or "").strip() else Message("check.unknown_country",
                                                                                         value=country)
        raise ValidationError({"country": message})
    changed = 0
    with db.atomic():
        rows = {a.uuid: a for a in Account.select().where(Account.uuid.in_(list(account_uuids)))}
        missing = [u for u in account_uuids if u not in rows]
        if missing:
            raise NotFoundError("error.no_account_nothing_changed", id=missing[0])
        for account in rows.values():
            if account.country == found.code:
                continue
            account.country = found.code
            refresh_search_key(account)
            account.touch()
            account.save()
            changed += 1
    return changed
