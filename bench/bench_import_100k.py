"""Importing 100,000 CSV rows into a new book: seconds and peak memory, in a fresh process, with progress.

Goal (issue 14): under 30 s and under 300 MB. The rows are a contact list as a firm's address book has it:
mixed countries written as a country column, only as a phone's country code, an e-mail's ccTLD or a city;
5% are duplicates of an earlier row (the same person, the company respelled) and 5% name nothing that places
them. The file is generated with a fixed seed; `import_file` runs in a child process that reports its seconds,
its peak resident memory (VmHWM), its progress reports and the counts.

    python bench/bench_import_100k.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
import models
from services.exchange.importer import read_table, run_import
models.open_database(sys.argv[3])
reports = []
started = time.perf_counter()
result = run_import(read_table(sys.argv[2]), progress=lambda done, total: reports.append(done) or True)
seconds = time.perf_counter() - started
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(seconds, peak, len(reports), result.imported, result.updated, result.skipped, len(result.duplicates),
      result.without_country)
"""
PLACES = (("DE", "+49 711 {n:07d}", "de", "Stuttgart"), ("FR", "+33 1 {n:08d}", "fr", "Lyon"),
          ("CN", "+86 21 {n:08d}", "cn", "深圳"), ("BR", "+55 11 {n:08d}", "com.br", "São Paulo"),
          ("JP", "+81 3 {n:08d}", "co.jp", "大阪"), ("IN", "+91 22 {n:08d}", "in", "Mumbai"))
SYLLABLES = ("an", "li", "ma", "ko", "ter", "sen", "wei", "yu", "ra", "do", "mi", "chen", "ha", "jo", "bru", "vik")


def word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).title()


def rows(count: int, seed: int = 14):
    """(company, country, city, contact, email, phone) rows: 5% repeat an earlier one, 5% without any clue."""
    rng = random.Random(seed)
    made: list[list[str]] = []
    for n in range(count):
        if made and rng.random() < 0.05:  # a duplicate: the same person, the company written another way
            company, *rest = rng.choice(made)
            yield [company.upper().replace(" GMBH", " GmbH"), *rest]
            continue
        given, family = word(rng, 2), word(rng, 3)
        company = f"{family} {word(rng, 2)} GmbH"
        if rng.random() < 0.05:  # nothing places it: no country, a free-mail address, no phone, no city
            row = [company, "", "", f"{given} {family}", f"{given}.{family}{n}@gmail.com".lower(), ""]
        else:
            code, phone, tld, city = rng.choice(PLACES)
            clue = n % 4  # which clue places it: the column, the phone, the domain or the city
            row = [company, code if clue == 0 else "", city if clue == 3 else "", f"{given} {family}",
                   f"{given}@{family}{n}.{tld}".lower() if clue == 2 else f"{given}{n}@gmail.com".lower(),
                   phone.format(n=n) if clue == 1 else ""]
        made.append(row)
        yield row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["Company", "Country", "City", "Contact", "Email", "Phone"])
            writer.writerows(rows(args.rows))
        out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(path), str(Path(folder) / "book.sqlite")],
                             capture_output=True, text=True, check=True).stdout.split()
    seconds, peak_kb, reports, imported, updated, skipped, offers, unplaced = out
    print(f"{args.rows:,} rows: {float(seconds):.1f} s, peak {int(peak_kb) / 1024:.0f} MB, {reports} progress "
          f"reports; imported {imported}, updated {updated}, skipped {skipped}, {offers} duplicate offers, "
          f"{unplaced} accounts without a country")


if __name__ == "__main__":
    main()
