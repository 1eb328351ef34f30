"""Realistic demo data across all regions, with names in their own scripts: a book its owner kept.

The interactions (demo_history) leave every rhythm on time but for a few accounts a little late, and a few
customers' messages waiting for an answer; the promises (demo_promises) are mostly kept, a few at risk.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import replace

from models import Account, Commitment, Contact, Interaction, db, new_uuid, utcnow
from models.account import name_order, phone_search_digits
from models.base import BaseModel
from models.enums import Channel, Role, Stage
from services.accounts.demo_history import (
    ANSWER,
    QUOTE_VALID_DAYS,
    QUOTING,
    Event,
    Rhythm,
    history,
    late_fits,
    working_days_ago,
)
from services.accounts.demo_names import DEMO_COUNTRIES, PRODUCTS
from services.accounts.demo_promises import DemoPromises
from services.cadence.rules import rules as cadence_rules
from services.countries import get_country, is_working_day
from services.text import search_key

BATCH = 500
SUMMARIES = {
    "quote": "Sent quotation for {p}, FOB Ningbo, valid 30 days.",
    "sample": "Samples of {p} sent by express.",
    "sample_sent": "Samples of {p} sent by express.",
    "sample_arrived": "Samples of {p} arrived in good order; their engineers are testing them.",
    "sample_feedback": "Feedback on the {p} samples: finish fine, asked about a second colour.",
    "quote_reply": "Came back on the quotation for {p}: asked for a better price at two containers.",
    "question": "Asked about lead times and packing for {p}.",
    "value": "Shared market note: raw material prices for {p} are easing this quarter.",
    "check_in": "Checked in on their plans for {p}.",
    "greeting": "Season's greetings sent.",
    "negotiation": "Discussed price and payment terms for {p}.",
    "order": "Order confirmed: one 40' container of {p}.",
    "service": "Answered a question about the warranty on {p}.",
    "our_answer": "Answered their message about {p}.",
}
ROLES = [Role.DECISION_MAKER, Role.BUYER, Role.INFLUENCER, Role.TECHNICAL, Role.FINANCE, Role.AGENT, Role.OFFICIAL]
# A book's stages: most accounts are being worked, a few went quiet or were lost.
STAGE_WEIGHTS = {Stage.LEAD: 15, Stage.INQUIRY: 10, Stage.QUOTED: 14, Stage.SAMPLING: 9, Stage.NEGOTIATING: 8,
                 Stage.WON: 12, Stage.REPEAT: 20, Stage.DORMANT: 7, Stage.LOST: 5}
ACTIVE = [s for s in STAGE_WEIGHTS if s not in (Stage.DORMANT, Stage.LOST)]
FAIRS = ["Canton Fair 2026", "Hannover Messe 2026", "Big 5 Dubai 2025", ""]
# Accounts a little behind on their rhythm, due today (besides those the rhythms bring; a big book has plenty), and
# whose message awaits our answer: at least two of each from 40 accounts up.
SHARES = {"late": 0.02, "due": 0.01, "reply": 0.02}


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
    """Add n_accounts accounts with contacts, months of interactions and some promises, kept up to today."""
    rng = random.Random(seed)
    now = utcnow() if today is None else dt.datetime.combine(today, dt.time(12), dt.UTC)
    codes = sorted(DEMO_COUNTRIES)
    roles = _roles(rng, n_accounts, len(codes))
    promises = DemoPromises(rng, n_accounts, now.date())
    rules = cadence_rules()
    regions = {code: get_country(code).region.value for code in DEMO_COUNTRIES}
    rows: dict[str, list[dict]] = {"accounts": [], "contacts": [], "interactions": [], "commitments": []}
    counts = dict.fromkeys(rows, 0)
    used: set[str] = set()
    with db.atomic():
        for i in range(n_accounts):
            code = codes[i % len(codes)] if i < len(codes) else rng.choice(codes)
            # The first account of every country shows a quote and samples just sent.
            role, turn = roles.get(i, ("showcase" if i < len(codes) else "kept", 0))
            stage = _stage(rng, role, promises.holds_open(i))
            rhythm = Rhythm.of(regions[code], stage, rng.choice(["high", "normal", "normal", "low"]), rules)
            rhythm, role, days = _role_days(rng, rhythm, role, turn, code, now.date())
            count = rng.randint(6, 34) if n_accounts < 1000 else 20
            events = history(rng, rhythm, count, role, days)
            account = _account(rng, i, code, rhythm, used, now.date() - dt.timedelta(days=events[0].days_ago))
            people = _contacts(rng, code, account, n_accounts, counts["contacts"] + len(rows["contacts"]))
            product = rng.choice(PRODUCTS)
            account["notes"] = f"Interested in {product}."
            rows["accounts"].append(account)
            rows["contacts"] += people
            rows["interactions"] += _interactions(rng, events, account, [c["uuid"] for c in people], product,
                                                  now.date())
            rows["commitments"] += promises.rows(rng, i, account, people[0]["uuid"], product)
            if len(rows["interactions"]) >= BATCH * 4:
                _flush(rows, counts)
        _flush(rows, counts)
        _users_and_owners()
    return counts


def _users_and_owners() -> None:
    """The firm's people become users (as the migration makes them), and each owns a share of the accounts."""
    from models.migrations import users_from_promise_names
    from models.users import AppUser

    users_from_promise_names()
    owners = [pk for (pk,) in AppUser.select(AppUser.id).order_by(AppUser.id).tuples()]
    n = len(owners)
    for turn, owner in enumerate(owners):  # id modulo n, in integer arithmetic (peewee's % is LIKE)
        share = Account.id - (Account.id / n) * n == turn
        Account.update(owner=owner).where(Account.owner.is_null() & share).execute()


def _roles(rng: random.Random, n_accounts: int, showcases: int) -> dict[int, tuple[str, int]]:
    """The few accounts a little late on their rhythm, the few due today and the few whose message awaits our
    answer, each with its turn among them; taken after the showcases when there are accounts enough."""
    counts = {role: max(round(share * n_accounts), min(2, n_accounts // 20)) for role, share in SHARES.items()}
    wanted = sum(counts.values())
    pool = range(showcases, n_accounts) if n_accounts - showcases >= wanted else range(n_accounts)
    picks = iter(rng.sample(pool, min(len(pool), wanted)))
    return {i: (role, turn) for role, count in counts.items() for turn, i in zip(range(count), picks, strict=False)}


def _stage(rng: random.Random, role: str, holds_promise: bool) -> Stage:
    """Accounts with a part to play are being worked (neither lost nor gone quiet); a showcase is quoting."""
    if role == "showcase":
        return rng.choice(sorted(QUOTING))
    if role != "kept" or holds_promise:
        return rng.choice(ACTIVE)
    return rng.choices(list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values()))[0]


def _role_days(rng: random.Random, rhythm: Rhythm, role: str, turn: int, code: str,
               today: dt.date) -> tuple[Rhythm, str, int]:
    """The account's part in history() and its days: for a late account the days late (1-14, as far as its quote
    and sample rhythms leave room; 0 for one due today); for a customer's message, how many days ago it came:
    yesterday for the first (customers write on their day off too), then 1-3 of their working days."""
    if role == "reply":
        ago = 1 if turn == 0 else working_days_ago(lambda day: is_working_day(code, day), today, turn % 3 + 1)
        return rhythm, role, ago
    if role not in ("late", "due"):
        return rhythm, role, 0
    late = 0 if role == "due" else rng.randint(1, 14)
    for priority in (rhythm.priority if rhythm.priority != "low" else "normal", "high"):
        candidate = replace(rhythm, priority=priority)
        fitting = [d for d in range(late, -1 if role == "due" else 0, -1) if late_fits(candidate, d)]
        if fitting:
            return candidate, "late", fitting[0]
    return rhythm, "kept", 0  # the book's own rules leave no room for it: this account is simply on time


def _account(rng: random.Random, i: int, code: str, rhythm: Rhythm, used: set[str], first: dt.date) -> dict:
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
    created = dt.datetime.combine(first - dt.timedelta(days=rng.randint(0, 20)), dt.time(8), dt.UTC)
    return {
        "uuid": new_uuid(), "name": name, "country": code, "city": city, "timezone": "",
        "stage": str(rhythm.stage),
        "priority": rhythm.priority, "source": rng.choice(FAIRS), "language": "", "notes": "",
        "tags": rng.choice(["", "key account", "distributor", "OEM"]),
        "founded_on": dt.date(rng.randint(1950, 2015), rng.randint(1, 12), rng.randint(1, 28)),
        "search_key": "", "order_key": name_order(name), "created_at": created, "updated_at": created,
    }


def _contacts(rng: random.Random, code: str, account: dict, n_accounts: int, numbered: int) -> list[dict]:
    """Two to four people at different levels (one to four in a small demo); fills in the account's search key."""
    size = rng.randint(2, 4) if n_accounts >= 1000 else rng.randint(1, 4)
    people = [(_person(rng, code), role, *_phone(rng, code)) for role in rng.sample(ROLES, size)]
    account["search_key"] = search_key(account["name"], account["city"],
                                       *(part for p, _r, phone, e164 in people
                                         for part in (p, phone_search_digits(phone, e164))))
    handle = {"DE": "whatsapp", "CN": "wechat", "JP": "line", "KR": "kakaotalk", "TH": "line",
              "VN": "zalo"}.get(code, "whatsapp")
    created = account["created_at"]
    return [{
        "uuid": new_uuid(), "account": account["uuid"], "name": person, "title": "", "role": role.value,
        "email": f"contact{numbered + k}@example.com", "phone": phone, "phone_e164": e164,
        "messaging": json.dumps({handle: f"id{numbered + k}"}), "language": "", "timezone": "",
        "birthday": dt.date(rng.randint(1960, 1995), rng.randint(1, 12), rng.randint(1, 28))
        if rng.random() < 0.4 else None,
        "notes": "", "created_at": created, "updated_at": created,
    } for k, (person, role, phone, e164) in enumerate(people)]


def _interactions(rng: random.Random, events: list[Event], account: dict, contacts: list[str], product: str,
                  today: dt.date) -> list[dict]:
    """The events as Interaction rows; an account met at a fair met it there first."""
    if account["source"]:
        events = [replace(events[0], channel=Channel.FAIR), *events[1:]]
    out = []
    for e in events:
        hour = rng.randint(11, 14) if e.text == ANSWER else rng.randint(1, 10)  # an answer after their message
        when = dt.datetime.combine(today - dt.timedelta(days=e.days_ago), dt.time(hour, rng.choice((0, 15, 30, 45))),
                                   dt.UTC)
        out.append({
            "uuid": new_uuid(), "account": account["uuid"], "contact": rng.choice(contacts), "occurred_at": when,
            "channel": e.channel.value, "purpose": e.purpose.value, "direction": e.direction,
            "response": e.response.value, "summary": SUMMARIES[e.summary_key].format(p=product),
            "valid_until": (when + dt.timedelta(days=QUOTE_VALID_DAYS)).date() if e.purpose == "quote" else None,
            "created_at": when, "updated_at": when,
        })
    return out


def _flush(rows: dict[str, list[dict]], counts: dict[str, int]) -> None:
    """Insert the rows gathered so far, turning their account and contact uuids into ids."""
    _insert(Account, rows["accounts"])
    ids = _ids_by_uuid(Account, [a["uuid"] for a in rows["accounts"]])
    for c in rows["contacts"]:
        c["account"] = ids[c["account"]]
    _insert(Contact, rows["contacts"])
    cids = _ids_by_uuid(Contact, [c["uuid"] for c in rows["contacts"]])
    for key, model in (("interactions", Interaction), ("commitments", Commitment)):
        for r in rows[key]:
            r["account"] = ids[r["account"]]
            r["contact"] = cids.get(r["contact"])
        _insert(model, rows[key])
    for key, gathered in rows.items():
        counts[key] += len(gathered)
        gathered.clear()


def _insert(model: type[BaseModel], rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        model.insert_many(rows[start:start + BATCH]).execute()


def _ids_by_uuid(model: type[BaseModel], uuids: list[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for start in range(0, len(uuids), BATCH):
        ids.update(model.select(model.uuid, model.id).where(model.uuid.in_(uuids[start:start + BATCH])).tuples())
    return ids
