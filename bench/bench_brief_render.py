"""Rendering one brief (goal < 0.3 s) and a 200-account fair pack (goal < 20 s) from synthetic data."""

import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from services.briefs import (
    BriefAccount,
    BriefContact,
    BriefData,
    BriefHoliday,
    BriefInteraction,
    BriefPromise,
    BriefTouch,
    BriefTrust,
    PackData,
    render_brief,
    render_pack,
)

NOW = dt.datetime(2025, 3, 4, 9, 15, tzinfo=ZoneInfo("Asia/Shanghai"))
PEOPLE = ["Jürgen Müller", "王伟", "山田太郎", "김민준", "Дмитрий Иванов", "Šime Ćosić", "สมชาย ใจดี", "محمد العلي",
          "राजेश कुमार", "Ngô Bảo Châu", "María José Pérez", "Ayşe Yılmaz"]
COMPANIES = ["Müller Maschinenbau GmbH", "北京华联贸易有限公司", "株式会社さくら商事", "(주)한빛무역", "ООО «Ромашка»",
             "شركة العلي للتجارة", "สยามเทรดดิ้ง จำกัด", "राजेश ट्रेडर्स", "Công ty Ngô Bảo", "Ćosić d.o.o."]
SUMMARY = ("Thanked us for the quick quote; asked about lead times for 40 units and whether we can ship DAP. "
           "Wants a call next week with their technical team.")
NOTE = ("Payment always on time since 2021. They compare us with a Turkish supplier on price, but value our "
        "after-sales service. Keep quotes in EUR and include Incoterms. ") * 4


def make_brief(i: int) -> BriefData:
    people = [PEOPLE[(i + k) % len(PEOPLE)] for k in range(5)]
    return BriefData(
        account=BriefAccount(name=f"{COMPANIES[i % len(COMPANIES)]} {i}", country_code="DE", country_name="Germany",
                             city="München", stage="Negotiating", priority="High", source="Canton Fair 2024",
                             tags=("machinery", "repeat"), timezone="Europe/Berlin", local_time_text="Tue 02:15",
                             working_window="09:00–17:00", inside_hours=i % 2 == 0, languages=("German", "English")),
        generated_at=NOW, lang="zh" if i % 4 == 0 else "en",
        contacts=[BriefContact(p, "Purchasing manager", "decision_maker" if k == 0 else "buyer",
                               "Decision maker" if k == 0 else "Buyer", f"person{k}@example.com", "+49 89 1234 5678",
                               {"WhatsApp": "+49 170 555 0101"}, "Prefers e-mail before calls.")
                  for k, p in enumerate(people)],
        holidays=[BriefHoliday(NOW.date() + dt.timedelta(days=d), "Public holiday", "Feiertag") for d in (5, 30, 60)],
        touches=[BriefTouch("Wed 10:00", "Wed 17:00", "Quote follow-up", "No reply for 12 days.", people[0])] * 2,
        promises=[BriefPromise("Send revised price list", "Document", NOW.date() + dt.timedelta(days=2), "Li Na",
                               level, "Due in 2 days · approval pending", "Needed for the board meeting.",
                               "Ask finance for approval today.", "Approval pending")
                  for level in ("high", "medium", "low")],
        trust=BriefTrust(12, 2, 1, 3),
        interactions=[BriefInteraction(f"{d} Feb", "E-mail", "Quote", response, response.capitalize(), people[d % 5],
                                       SUMMARY) for d, response in zip(range(1, 6), ("warm", "neutral", "cold", "none",
                                                                                     "warm"), strict=True)],
        firm_notes="Germany: send quotes in EUR, include Incoterms.", account_notes=NOTE,
        etiquette=[("Greeting", "Firm handshake; use titles until invited to first names."),
                   ("Punctuality", "Arrive on time."), ("Gifts", "Modest gifts only.")],
        etiquette_sources=["Commisceo Global (2023)"],
    )


def main() -> None:
    started = time.perf_counter()
    render_brief(make_brief(1), io.BytesIO())
    first = time.perf_counter() - started
    times = []
    for i in range(10):
        started = time.perf_counter()
        render_brief(make_brief(i), io.BytesIO())
        times.append(time.perf_counter() - started)
    print(f"one brief: median {statistics.median(times):.3f}s, max {max(times):.3f}s "
          f"(first call with font loading {first:.3f}s) (goal < 0.3 s)")

    briefs = (make_brief(i) for i in range(200))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "pack.pdf"
        started = time.perf_counter()
        pages = render_pack(PackData("Canton Fair 2025", NOW, briefs, subtitle="Phase 1", count=200), out)
        elapsed = time.perf_counter() - started
        size = out.stat().st_size / 1e6
    print(f"200-account pack: {elapsed:.2f}s, {pages} pages, {size:.1f} MB, "
          f"{elapsed / 200 * 1000:.0f} ms per account (goal < 20 s)")


if __name__ == "__main__":
    main()
