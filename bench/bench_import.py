"""Parsing import files of 5, 10, 25 and 50 MB (CSV, .xlsx, vCard): seconds and peak memory, each in a fresh process.

Goal: any import file up to 50 MB parses in under 300 MB of memory, in time linear in its size. The files are
contact lists as exports make them (long notes, several scripts; the vCards carry a photo on every third card),
generated into a temporary folder with a fixed seed; the workbooks are written as Excel writes them, with
shared strings. Each file is read by `read_table` in its own process, which reports its seconds and its peak
resident memory (VmHWM).

    python bench/bench_import.py [--sizes 5,10,25,50] [--kinds csv,xlsx,vcard]
"""

from __future__ import annotations

import argparse
import base64
import csv
import random
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from services.exchange.import_formats import ImportFileError, read_table
started = time.perf_counter()
try:
    rows = len(read_table(sys.argv[2]).rows) if sys.argv[2] != "-" else 0
    refusal = ""
except ImportFileError as exc:  # a cap reached: the time and memory it took to say so
    rows, refusal = -1, str(exc)
seconds = time.perf_counter() - started
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(seconds, peak, rows, refusal)
"""
WORDS = " ".join(("quote samples price order container delivery visit fair booth catalogue discount payment terms",
                  "certificate factory audit shipment reorder distributor margin tender Q3 Q4 Hamburg Ningbo Dubai",
                  "wants cheaper freight asked about warranty prefers WeChat calls after lunch decision in spring",
                  "boss travels often 喜欢喝茶 下个月 报价 样品 展会 Müller très bien спасибо")).split(" ")
COUNTRIES = ("DE", "Germany", "CN", "中国", "FR", "Brazil", "IN", "Vietnam", "AE", "Россия", "JP", "US")


def person(rng: random.Random) -> tuple[str, str]:
    syllables = ("an", "li", "ma", "ko", "ter", "sen", "wei", "yu", "ra", "do", "mi", "chen", "ha", "jo")
    given = "".join(rng.choice(syllables) for _ in range(2)).title()
    family = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).title()
    return given, family


def contact_row(rng: random.Random, n: int) -> list[str]:
    given, family = person(rng)
    company = f"{family} {rng.choice(('GmbH', 'Ltd', 'S.A.', '有限公司', 'LLC', 'Trading'))} {n}"
    note = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 70)))
    return [company, rng.choice(COUNTRIES), rng.choice(("Stuttgart", "深圳", "São Paulo", "Hanoi", "Dubai")),
            f"{given} {family}", rng.choice(("Buyer", "CEO", "采购经理", "Einkauf")),
            f"{given.lower()}.{family.lower()}{n}@example.com", f"+{rng.randint(10**9, 10**12)}", note]


HEADERS = ["Company", "Country", "City", "Contact", "Job Title", "Email", "Phone", "Notes"]


def make_csv(path: Path, size: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        n = 0
        while fh.tell() < size:
            n += 1
            writer.writerow(contact_row(rng, n))


def make_xlsx(path: Path, size: int, rng: random.Random) -> None:
    """As Excel writes them: every text in the shared strings, cells referring to them by number."""
    sample = path.with_name("sample.xlsx")
    _write_xlsx(sample, 3000, rng)
    rows = int(3000 * size / sample.stat().st_size)
    sample.unlink()
    _write_xlsx(path, rows, rng)


def _write_xlsx(path: Path, rows: int, rng: random.Random) -> None:
    from tests.import_files import column_letters, shared_items, write_xlsx_parts

    strings: dict[str, int] = {}

    def sheet():
        for n in range(rows + 1):
            cells = "".join(f'<c r="{column_letters(i)}{n + 1}" t="s"><v>{strings.setdefault(text, len(strings))}</v>'
                            "</c>" for i, text in enumerate(contact_row(rng, n) if n else HEADERS, start=1))
            yield f'<row r="{n + 1}">{cells}</row>'

    def shared():  # runs after the sheet is written, once the sheet has named every text
        yield from shared_items(strings)

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        write_xlsx_parts(archive, sheet(), shared())


def make_vcard(path: Path, size: int, rng: random.Random) -> None:
    photo = base64.b64encode(rng.randbytes(6000)).decode()
    folded_photo = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    with path.open("w", encoding="utf-8", newline="") as fh:
        n = 0
        while fh.tell() < size:
            n += 1
            company, country, city, name, title, email, phone, note = contact_row(rng, n)
            note = "\r\n ".join(note[i:i + 74] for i in range(0, len(note), 74))
            card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{name.split()[1]};{name.split()[0]};;;\r\n"
                    f"ORG:{company}\r\nTITLE:{title}\r\nEMAIL;TYPE=INTERNET:{email}\r\nTEL;TYPE=CELL:{phone}\r\n"
                    f"ADR;TYPE=WORK:;;;{city};;;{country}\r\nNOTE:{note}\r\n")
            if n % 3 == 0:
                card += f"PHOTO;ENCODING=b;TYPE=JPEG:{folded_photo}\r\n"
            fh.write(card + "END:VCARD\r\n")


MAKERS = {"csv": ("contacts.csv", make_csv), "xlsx": ("contacts.xlsx", make_xlsx),
          "vcard": ("contacts.vcf", make_vcard)}


def measure(path: Path | None) -> tuple[float, float, int, str]:
    """(seconds, peak MB, rows, refusal) of read_table(path) in a fresh process; rows -1 when refused.

    path None: a process that only imports the readers. The peak is the child's own VmHWM (Linux): its
    ru_maxrss would include this process's pages, which a child started with vfork carries until it execs.
    """
    done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(path) if path else "-"],
                          capture_output=True, text=True, check=True)
    seconds, peak, rows, *refusal = done.stdout.split(maxsplit=3)
    return float(seconds), int(peak) / 1024, int(rows), " ".join(refusal).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,10,25,50", help="file sizes in MB")
    parser.add_argument("--kinds", default="csv,xlsx,vcard")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    _, baseline, _, _ = measure(None)
    print(f"a process that only imports the readers: peak {baseline:.0f} MB")
    print(f"{'file':<16}{'MB':>7}{'rows':>9}{'seconds':>9}{'s per MB':>10}{'peak MB':>9}")
    with tempfile.TemporaryDirectory(prefix="rapport-bench-import-") as folder:
        for kind in args.kinds.split(","):
            name, make = MAKERS[kind]
            for size in sizes:
                path = Path(folder) / f"{size}-{name}"
                make(path, size * 2**20, random.Random(size))
                seconds, peak, rows, refusal = measure(path)
                megabytes = path.stat().st_size / 2**20
                print(f"{path.name:<16}{megabytes:>7.1f}{rows if rows >= 0 else 'refused':>9}{seconds:>9.2f}"
                      f"{seconds / megabytes:>10.3f}{peak:>9.0f}", flush=True)
                if refusal:
                    print(f"  refused: {refusal}")
                path.unlink()


if __name__ == "__main__":
    main()
