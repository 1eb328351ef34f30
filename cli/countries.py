"""Commands: countries (every country) and country CODE (one country in depth)."""

from __future__ import annotations

import datetime as dt

from cli import fail, padded, print_json, width
from services import words

LANGS = ["en", "zh"]


def register(sub) -> None:
    p = sub.add_parser("countries", help="every country: code, name, region, zones, etiquette level")
    # The top-level parser owns --lang too; a sub-command's own lands in country_lang so neither hides the other.
    p.add_argument("--lang", dest="country_lang", choices=LANGS, help="language of the names (default en)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_countries)

    p = sub.add_parser("country", help="one country: week, working hours, languages, holidays, etiquette")
    p.add_argument("code", help="code or name in any language, e.g. DE, DEU, Deutschland, 德国")
    p.add_argument("--lang", dest="country_lang", choices=LANGS, help="language of names and notes (default en)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_country)


def _lang(args) -> str:
    return getattr(args, "country_lang", None) or getattr(args, "lang", None) or "en"


def _summary(country, lang: str) -> dict:
    from services.countries import etiquette_level

    return {"code": country.code, "name": country.name(lang), "region": country.region.value,
            "timezones": list(country.timezones), "etiquette_level": etiquette_level(country.code)}


def _table(rows: list[list[str]]) -> str:
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(padded(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip()
                     for row in rows)


def run_countries(args) -> int:
    from services.countries import all_countries

    rows = [_summary(c, _lang(args)) for c in all_countries()]
    if args.json:
        print_json(rows)
        return 0
    table = [words.text("cli.countries_header").split("\t")]
    table += [[r["code"], r["name"], _region(r["region"]), r["timezones"][0], _level(r["etiquette_level"])]
              for r in rows]
    print(_table(table))
    return 0


def _region(value: str) -> str:
    """A region's label in the reader's language; the English run keeps the value it always printed."""
    from models.enums import Region

    return words.label(Region, value) if words.language() != "en" else value


def _level(value: str) -> str:
    return words.text(f"cli.level_{value}")


def country_payload(code: str, lang: str, now: dt.datetime | None = None) -> dict:
    """Everything the country command shows; raises UnknownCountryError for text no country matches."""
    from zoneinfo import ZoneInfo

    from services import countries as cs
    from services.countries.practice import practice
    from services.countries.reach import reach_of

    country = cs.resolve_country(code)
    zone = ZoneInfo(country.main_timezone)
    local_now = (now or dt.datetime.now(dt.UTC)).astimezone(zone)
    start, end = cs.working_window(country.code)
    notes = cs.etiquette(country.code, lang)
    return {
        **_summary(country, lang), "name_en": country.name_en, "name_zh": country.name_zh,
        "weekend": list(cs.weekend_days(country.code)), "working_hours": [f"{start:%H:%M}", f"{end:%H:%M}"],
        "languages": list(country.languages), "local_time": local_now.isoformat(timespec="seconds"),
        "contact_practice": practice(country.code).as_data(),
        "reach": [list(line) for line in reach_of(country.code, lang).lines],
        "etiquette": notes.sections, "etiquette_sources": _sources(notes), "firm_notes": cs.country_note(country.code),
        "holidays": [{"date": h.date.isoformat(), "name": h.name_en, "local_name": h.name_local}
                     for h in cs.next_holidays(country.code, local_now.date(), count=10)],
    }


def _sources(notes) -> dict[str, dict]:
    """Each section's sources as JSON: {section: {"checked": "2026-11-29", "pages": [{"title", "url"}]}}."""
    return {key: {"checked": s.checked.isoformat() if s.checked else None,
                  "pages": [{"title": p.title, "url": p.url} for p in s.pages]} for key, s in notes.sources.items()}


def run_country(args) -> int:
    from services.errors import UnknownCountryError

    lang = _lang(args)
    try:
        payload = country_payload(args.code, lang)
    except UnknownCountryError as exc:
        return fail(str(exc))
    if args.json:
        print_json(payload)
        return 0
    print(f"{payload['name']} ({payload['code']}) · {_region(payload['region'])} · "
          f"{', '.join(payload['timezones'][:3])}")
    print(words.text("cli.local_time", time=payload["local_time"]))
    print(words.text("cli.week_window", weekend=payload["weekend"], window="–".join(payload["working_hours"])))
    print(words.text("cli.business_languages", languages=", ".join(payload["languages"])))
    print(words.text("reach.title"))
    for label, text in payload["reach"]:
        print(f"  {label}{words.text('brief.colon')}{text}")
    print(words.text("cli.next_holidays"))
    for h in payload["holidays"]:
        local = f" ({h['local_name']})" if h["local_name"] and h["local_name"] != h["name"] else ""
        print(f"  {h['date']}  {h['name']}{local}")
    print("\n" + words.text("cli.etiquette_notes", level=_level(payload["etiquette_level"])))
    for section, text in payload["etiquette"].items():
        print(f"  {words.section(section)}: {text}")
    if payload["firm_notes"]:
        print(f"\n{words.text('cli.firm_notes')}\n{payload['firm_notes']}")
    return 0
