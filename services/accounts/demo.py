"""Realistic demo data across all regions, with names in their own scripts."""

from __future__ import annotations

import datetime as dt
import json
import random

from models import Account, Commitment, Contact, Interaction, db, new_uuid, utcnow
from models.account import name_order, phone_search_digits
from models.base import BaseModel
from models.enums import Approval, Channel, CommitmentKind, CommitmentStatus, Purpose, Response, Role, Stage
from services.accounts.demo_names import DEMO_COUNTRIES, FIRM_PEOPLE, PRODUCTS
from services.text import search_key

BATCH = 500
SUMMARIES = {
    Purpose.QUOTE: "Sent quotation for {p}, FOB Ningbo, valid 30 days.",
    Purpose.SAMPLE: "Samples of {p} sent by express.",
    Purpose.VALUE: "Shared market note: raw material prices for {p} are easing this quarter.",
    Purpose.CHECK_IN: "Checked in on their plans for {p}.",
    Purpose.GREETING: "Season's greetings sent.",
    Purpose.NEGOTIATION: "Discussed price and payment terms for {p}.",
    Purpose.ORDER: "Order confirmed: one 40' container of {p}.",
    Purpose.SERVICE: "Answered a question about the warranty on {p}.",
}
ROLES = [Role.DECISION_MAKER, Role.BUYER, Role.INFLUENCER, Role.TECHNICAL, Role.FINANCE, Role.AGENT, Role.OFFICIAL]
STAGES = list(Stage)
FAIRS = ["Canton Fair 2026", "Hannover Messe 2026", "Big 5 Dubai 2025", ""]


def _person(rng: random.Random, code: str) -> str:
    _, _, given, family, order = DEMO_COUNTRIES[code]
    g, f = rng.choice(given), rng.choice(family)
    if order == "fg":
        return f + g if code in ("JP", "CN", "TW", "KR") else f"{f} {g}"
    return f"{g} {f}"


def _phone(rng: random.Random, code: str) -> tuple[str, str]:
    """A valid mobile number of the country (international form, E.164): its example number with new last digits."""
    import phonenumbers as lib

    example = lib.example_number_for_type(code, lib.PhoneNumberType.MOBILE) or lib.example_number(code)
    if example is None:  # every demo country has one; a code added without one should fail loudly
        raise ValueError(f"phonenumbers has no example number for {code}")
    national = str(example.national_number)
    number = example
    for _ in range(20):  # nearly always the first try: the example's prefix is a real mobile range
        candidate = lib.parse(f"+{example.country_code}{national[:-4]}{rng.randrange(10_000):04d}")
        if lib.is_valid_number(candidate):
            number = candidate
            break
    return (lib.format_number(number, lib.PhoneNumberFormat.INTERNATIONAL),
            lib.format_number(number, lib.PhoneNumberFormat.E164))


def create_demo_data(n_accounts: int, seed: int = 1, today: dt.date | None = None) -> dict[str, int]:
    """Add n_accounts accounts with contacts, months of interactions and some promises."""
    rng = random.Random(seed)
    now = utcnow() if today is None else dt.datetime.combine(today, dt.time(12), dt.UTC)
    codes = sorted(DEMO_COUNTRIES)
    accounts: list[dict] = []
    contacts: list[dict] = []
    interactions: list[dict] = []
    commitments: list[dict] = []
    counts = {"accounts": 0, "contacts": 0, "interactions": 0, "commitments": 0}
    used: set[str] = set()
    with db.atomic():
        for i in range(n_accounts):
            code = codes[i % len(codes)] if i < len(codes) else rng.choice(codes)
            cities, patterns, _, family, _ = DEMO_COUNTRIES[code]
            city = rng.choice(cities)
            name = rng.choice(patterns).format(f=rng.choice(family) + ("" if i < 200 else f" {i}"))
            for _ in range(8):
                if name not in used:
                    break
                name = rng.choice(patterns).format(f=rng.choice(family))
            else:
                name = f"{name} ({city})"
            used.add(name)
            account_uuid = new_uuid()
            size = rng.randint(2, 4) if n_accounts >= 1000 else rng.randint(1, 4)
            people = [(_person(rng, code), role, *_phone(rng, code)) for role in rng.sample(ROLES, size)]
            created = now - dt.timedelta(days=rng.randint(60, 900))
            accounts.append({
                "uuid": account_uuid, "name": name, "country": code, "city": city, "timezone": "",
                "stage": rng.choice(STAGES).value, "priority": rng.choice(["high", "normal", "normal", "low"]),
                "source": rng.choice(FAIRS), "language": "", "notes": f"Interested in {rng.choice(PRODUCTS)}.",
                "tags": rng.choice(["", "key account", "distributor", "OEM"]),
                "founded_on": dt.date(rng.randint(1950, 2015), rng.randint(1, 12), rng.randint(1, 28)),
                "search_key": search_key(name, city, *(part for p, _r, phone, e164 in people
                                                       for part in (p, phone_search_digits(phone, e164)))),
                "order_key": name_order(name), "created_at": created, "updated_at": created,
            })
            contact_uuids = []
            for person, role, phone, e164 in people:
                cu = new_uuid()
                contact_uuids.append(cu)
                handle = {"DE": "whatsapp", "CN": "wechat", "JP": "line", "KR": "kakaotalk", "TH": "line",
                          "VN": "zalo"}.get(code, "whatsapp")
                contacts.append({
                    "uuid": cu, "account": account_uuid, "name": person, "title": "", "role": role.value,
                    "email": f"contact{len(contacts)}@example.com",
                    "phone": phone, "phone_e164": e164,
                    "messaging": json.dumps({handle: f"id{len(contacts)}"}), "language": "", "timezone": "",
                    "birthday": dt.date(rng.randint(1960, 1995), rng.randint(1, 12), rng.randint(1, 28))
                    if rng.random() < 0.4 else None,
                    "notes": "", "created_at": created, "updated_at": created,
                })
            product = rng.choice(PRODUCTS)
            count = rng.randint(6, 34) if n_accounts < 1000 else 20
            gaps = [dt.timedelta(days=rng.randint(7, 45), hours=rng.randint(0, 8)) for _ in range(count)]
            # The newest interaction is a few days to a few weeks old, as in a book that is being worked.
            when = now - dt.timedelta(days=rng.randint(2, 40)) - sum(gaps, dt.timedelta())
            for gap in gaps:
                when = when + gap
                purpose = rng.choice([Purpose.QUOTE, Purpose.SAMPLE, Purpose.VALUE, Purpose.CHECK_IN,
                                      Purpose.CHECK_IN, Purpose.NEGOTIATION, Purpose.ORDER, Purpose.GREETING])
                interactions.append({
                    "uuid": new_uuid(), "account": account_uuid, "contact": rng.choice(contact_uuids),
                    "occurred_at": when, "channel": rng.choice(list(Channel)).value, "purpose": purpose.value,
                    "direction": "outbound" if rng.random() < 0.7 else "inbound",
                    "response": rng.choice(list(Response)).value, "summary": SUMMARIES[purpose].format(p=product),
                    "valid_until": (when + dt.timedelta(days=30)).date() if purpose == Purpose.QUOTE else None,
                    "created_at": when, "updated_at": when,
                })
            if rng.random() < 0.5:
                kind = rng.choice(list(CommitmentKind))
                due = now.date() + dt.timedelta(days=rng.randint(-10, 40))
                commitments.append({
                    "uuid": new_uuid(), "account": account_uuid, "contact": contact_uuids[0],
                    "title": f"{kind.value.replace('_', ' ').capitalize()}: {product}", "kind": kind.value,
                    "promised_by": rng.choice(FIRM_PEOPLE), "promised_at": due - dt.timedelta(days=rng.randint(5, 40)),
                    "due_date": due, "status": CommitmentStatus.OPEN.value if rng.random() < 0.6
                    else rng.choice([CommitmentStatus.KEPT, CommitmentStatus.BROKEN]).value,
                    "approval": rng.choice([Approval.NOT_NEEDED, Approval.NOT_NEEDED, Approval.PENDING,
                                            Approval.APPROVED, Approval.REJECTED]).value,
                    "approver": "Board" if kind == CommitmentKind.REBATE else "", "notes": "", "due_history": "[]",
                    "created_at": now, "updated_at": now,
                })
                c = commitments[-1]
                if c["status"] != "open":
                    c["completed_at"] = due + dt.timedelta(days=rng.choice([-2, 0, 3]))
            if len(interactions) >= BATCH * 4:
                _flush(accounts, contacts, interactions, commitments, counts)
        _flush(accounts, contacts, interactions, commitments, counts)
    return counts


def _flush(accounts, contacts, interactions, commitments, counts) -> None:
    _insert(Account, accounts)
    ids = _ids_by_uuid(Account, [a["uuid"] for a in accounts])
    for c in contacts:
        c["account"] = ids[c["account"]]
    _insert(Contact, contacts)
    cids = _ids_by_uuid(Contact, [c["uuid"] for c in contacts])
    for rows, model in ((interactions, Interaction), (commitments, Commitment)):
        for r in rows:
            r["account"] = ids[r["account"]]
            r["contact"] = cids.get(r["contact"])
        _insert(model, rows)
    counts["accounts"] += len(accounts)
    counts["contacts"] += len(contacts)
    counts["interactions"] += len(interactions)
    counts["commitments"] += len(commitments)
    for rows in (accounts, contacts, interactions, commitments):
        rows.clear()


def _insert(model: type[BaseModel], rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        model.insert_many(rows[start:start + BATCH]).execute()


def _ids_by_uuid(model: type[BaseModel], uuids: list[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for start in range(0, len(uuids), BATCH):
        ids.update(model.select(model.uuid, model.id).where(model.uuid.in_(uuids[start:start + BATCH])).tuples())
    return ids
