"""Trade-fair mode: capture a visitor in seconds, offline; each lead gets the fair as source and a quick follow-up."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from models import Account, db
from services import accounts
from services.errors import ValidationError
from services.text import fold
from services.words import Message

TEMPERATURES = ("hot", "warm", "cold")
# Hot leads are followed up first: working days after the fair.
FOLLOW_UP_DAYS = {"hot": 1, "warm": 2, "cold": 3}
RESPONSE_OF = {"hot": "warm", "warm": "neutral", "cold": "cold"}
TAG = "{t} lead"


@dataclass(frozen=True)
class Fair:
    name: str
    day: dt.date


@dataclass(frozen=True)
class FairSummary:
    total: int
    by_country: dict[str, Counter]   # country -> Counter(temperature)
    by_temperature: Counter


def capture_lead(fair: Fair, fields: dict) -> Account:
    """One visitor: company (or person), country typed any way, contact, interest, note, temperature.

    An account with the same name and country is reused, so a second colleague at the stand adds to it.
    """
    name = (fields.get("company") or "").strip() or (fields.get("name") or "").strip()
    temperature = (fields.get("temperature") or "warm").strip().lower()
    errors = {}
    if not fair.name.strip():
        errors["fair"] = Message("check.fair_name_first")
    if not name:
        errors["company"] = Message("check.company_or_person")
    if temperature not in TEMPERATURES:
        errors["temperature"] = Message("check.temperature")
    if errors:
        raise ValidationError(errors)
    interest = (fields.get("products") or "").strip()
    note = (fields.get("note") or "").strip()
    with db.atomic():
        account_fields = {"name": name, "country": fields.get("country"), "city": fields.get("city") or "",
                          "source": fair.name.strip(), "stage": "lead"}
        existing = _existing(name, fields.get("country"))
        tags = {t.strip() for t in (existing.tags.split(",") if existing else []) if t.strip()}
        tags = {t for t in tags if t not in {TAG.format(t=x) for x in TEMPERATURES}} | {TAG.format(t=temperature)}
        account_fields["tags"] = ", ".join(sorted(tags))
        if interest:
            account_fields["notes"] = ((existing.notes + "\n") if existing and existing.notes else "") + \
                f"{fair.name}: interested in {interest}"
        if existing:
            account_fields.pop("stage")
            account = accounts.update_account(existing.uuid, account_fields)
        else:
            account = accounts.create_account(account_fields)
        contact = None
        if (fields.get("name") or "").strip() and (fields.get("company") or "").strip():
            contact = accounts.create_contact(account.uuid, {
                "name": fields["name"], "title": fields.get("title", ""), "role": fields.get("role") or "other",
                "email": fields.get("email", ""), "phone": fields.get("phone", ""),
                "messaging": fields.get("messaging") or {}})
        met = dt.datetime.combine(fair.day, dt.time(12), dt.UTC)
        summary = f"Met at {fair.name} ({temperature} lead)." + (f" Interested in {interest}." if interest else "")
        accounts.log_interaction(account.uuid, {
            "occurred_at": met, "channel": "fair", "purpose": "other", "direction": "inbound",
            "response": RESPONSE_OF[temperature], "contact_uuid": contact.uuid if contact else None,
            "summary": summary + (f"\n{note}" if note else "")})
    return account


def _existing(name: str, country) -> Account | None:
    from services.countries import try_resolve_country

    resolved = try_resolve_country(str(country or ""))
    if resolved is None:
        return None
    key = fold(name)
    for a in Account.select().where((Account.country == resolved.code) & Account.search_key.contains(key)):
        if fold(a.name) == key:
            return a
    return None


def summary(fair_name: str) -> FairSummary:
    """Leads of a fair per country and temperature."""
    by_country: dict[str, Counter] = {}
    by_temperature: Counter = Counter()
    total = 0
    for a in Account.select(Account.country, Account.tags).where(Account.source == fair_name):
        tags = {t.strip() for t in a.tags.split(",")}
        temperature = next((t for t in TEMPERATURES if TAG.format(t=t) in tags), "warm")
        by_country.setdefault(a.country, Counter())[temperature] += 1
        by_temperature[temperature] += 1
        total += 1
    return FairSummary(total, by_country, by_temperature)
