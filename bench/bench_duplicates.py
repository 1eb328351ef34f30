"""Duplicate check of 100,000 incoming rows against a 100,000-account book: seconds, and what was found.

Builds the book in a temporary file (accounts with one contact each: an e-mail at the company's domain and an
E.164 number), then checks rows of which 5% are planted duplicates (a respelled name, the same e-mail, the same
number) and the rest new companies, and prints the index build time, the check time, how many planted
duplicates were found and how many new rows were offered a match.
"""

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import models
from models import Account, Contact, db, new_uuid
from services.accounts.duplicates import Incoming, build_index

SYLLABLES = ["ka", "lo", "mi", "ter", "sun", "bra", "vel", "dor", "ni", "an", "ost", "rei", "mar", "tol", "gen",
             "sil", "ber", "ha", "ko", "zu", "pa", "ri", "wen", "cha", "lin", "fe", "go", "du", "ste", "ul"]
WORDS = ["Trading", "Industries", "Maschinenbau", "Textiles", "Logistics", "Electronics", "Import", "Tools", ""]
FORMS = ["GmbH", "Ltd", "S.A.", "S.r.l.", "Co., Ltd.", "LLC", "B.V.", "AG", "Sp. z o.o.", "Pty Ltd"]
COUNTRIES = ["DE", "FR", "IT", "ES", "GB", "US", "CN", "JP", "BR", "IN", "TR", "PL", "NL", "MX", "TH"]


def company(rng: random.Random) -> str:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
    second = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))).capitalize()
    return " ".join(p for p in (stem, second if rng.random() < 0.5 else "", rng.choice(WORDS), rng.choice(FORMS)) if p)


def build_book(n: int, rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for i in range(n):
        name = company(rng)
        domain = f"{name.split()[0].lower()}{i}.com"
        rows.append((new_uuid(), name, rng.choice(COUNTRIES), f"info@{domain}", f"+4930{1000000 + i}"))
    with db.atomic():
        for start in range(0, n, 500):
            chunk = rows[start:start + 500]
            Account.insert_many([{"uuid": u, "name": nm, "country": c} for u, nm, c, _e, _p in chunk]).execute()
        ids = dict(Account.select(Account.uuid, Account.id).tuples())
        for start in range(0, n, 500):
            chunk = rows[start:start + 500]
            Contact.insert_many([{"account": ids[u], "name": "Buyer", "email": e, "phone": p, "phone_e164": p}
                                 for u, _nm, _c, e, p in chunk]).execute()
    return rows


def respell(name: str, rng: random.Random) -> str:
    first, *rest = name.split()
    return rng.choice([f"{name.upper()}, {rng.choice(['Berlin', 'Lyon', 'Osaka'])}", f"{first} {' '.join(rest[:-1])}",
                       name.replace("a", "ae", 1), f"{first}{first[-1]} {' '.join(rest)}"])


def incoming_rows(book, n: int, rng: random.Random) -> tuple[list[Incoming], set[int]]:
    rows, planted = [], set()
    for i in range(n):
        if rng.random() < 0.05:
            _u, name, country, email, phone = rng.choice(book)
            kind = rng.random()
            if kind < 0.6:
                rows.append(Incoming(respell(name, rng), country))
            elif kind < 0.8:
                rows.append(Incoming(company(rng), country, emails=(email,)))
            else:
                rows.append(Incoming(company(rng), country, phones_e164=(phone,)))
            planted.add(i)
        else:
            rows.append(Incoming(company(rng), rng.choice(COUNTRIES), emails=(f"sales@new{i}.example",)))
    return rows, planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as folder:
        models.open_database(Path(folder) / "book.sqlite")
        started = time.perf_counter()
        book = build_book(args.accounts, rng)
        print(f"book: {args.accounts:,} accounts written in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        index = build_index()
        print(f"index of {len(index):,} accounts built in {time.perf_counter() - started:.2f} s")
        rows, planted = incoming_rows(book, args.rows, rng)
        started = time.perf_counter()
        offered = [bool(index.matches(row)) for row in rows]
        took = time.perf_counter() - started
        models.close_database()
    found = sum(offered[i] for i in planted)
    false = sum(offered[i] for i in range(len(rows)) if i not in planted)
    print(f"checked {len(rows):,} incoming rows in {took:.2f} s ({took / len(rows) * 1e6:.0f} µs a row)")
    print(f"planted duplicates found: {found:,} of {len(planted):,} ({found / max(1, len(planted)):.1%}); "
          f"new rows offered a match: {false:,} of {len(rows) - len(planted):,}")


if __name__ == "__main__":
    main()
