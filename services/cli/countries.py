"""Commands: countries (every country) and country CODE (one country in depth)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from services.cli import fail, print_json


def register(sub) -> None:
    p = sub.add_parser("countries", help="every country: code, name, region, zones, etiquette level")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_countries)
    p = sub.add_parser("country", help="one country: week, working hours, languages, holidays, etiquette")
    p.add_argument("code", help="code or name in any language, e.g. DE, Deutschland, 德国")
    p.add_argument("--lang", dest="country_lang", choices=["en", "zh"], help="language of names and notes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_country)


def _summary(c, lang: str) -> dict:
    from services.countries import etiquette_level

    return {"code": c.code, "name": c.name(lang), "region": c.region.value, "timezones": list(c.timezones),
            "etiquette_level": etiquette_level(c.code)}


def run_countries(args) -> int:
    from services.countries import all_countries

    rows = [_summary(c, args.lang or "en") for c in all_countries()]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['code']}  {r['name']:40} {r['region']:15} {r['timezones'][0]:30} {r['etiquette_level']}")
    return 0


def run_country(args) -> int:
    from services import countries as cs
    from services.errors import UnknownCountryError

    lang = args.country_lang or args.lang or "en"
    try:
        c = cs.resolve_country(args.code)
    except UnknownCountryError as exc:
        return fail(str(exc))
    start, end = cs.working_window(c.code)
    notes = cs.etiquette(c.code, lang)
    today = dt.date.today()
    payload = {
        **_summary(c, lang), "name_en": c.name_en, "name_zh": c.name_zh,
        "weekend": list(cs.weekend_days(c.code)), "working_hours": [f"{start:%H:%M}", f"{end:%H:%M}"],
        "languages": list(c.languages),
        "local_time": dt.datetime.now(ZoneInfo(c.main_timezone)).isoformat(timespec="minutes"),
        "etiquette": notes.sections, "etiquette_sources": notes.sources, "firm_notes": cs.country_note(c.code),
        "holidays": [{"date": h.date.isoformat(), "name": h.name_en, "local_name": h.name_local}
                     for h in cs.next_holidays(c.code, today, count=10)],
    }
    if args.json:
        print_json(payload)
    else:
        print(f"{payload['name']} ({c.code}) — {c.region.value}, {c.main_timezone}, "
              f"weekend {payload['weekend']}, contact {start:%H:%M}–{end:%H:%M}")
        for h in payload["holidays"]:
            print(f"  {h['date']}  {h['name']}")
        for section, text in notes.sections.items():
            print(f"\n{section}: {text}")
    return 0
