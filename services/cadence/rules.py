"""Follow-up rhythms per region (editable in Settings) and the festivals worth a greeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from services.settings import get_setting, set_setting

# Days. follow_up: the regular touch; quote: how often a fresh quote makes sense; sample: how often samples
# make sense; transit: how long a courier sample takes to arrive. Drawn from the customer's articles:
# Europe/North America monthly (quote -> order in 2-3 months), South-East Asia and Latin America a quote
# about once a quarter with samples at the right moments (cycles of 2-3 quarters), India quotes every 2-3
# months and samples every 2-3 quarters over 2-3 year cycles.
DEFAULT_RULES: dict[str, dict[str, int]] = {
    "europe":         {"follow_up": 30, "quote": 60, "sample": 180, "transit": 6},
    "north_america":  {"follow_up": 30, "quote": 60, "sample": 180, "transit": 6},
    "latin_america":  {"follow_up": 90, "quote": 90, "sample": 180, "transit": 12},
    "southeast_asia": {"follow_up": 90, "quote": 90, "sample": 180, "transit": 5},
    "south_asia":     {"follow_up": 75, "quote": 75, "sample": 240, "transit": 7},
    "east_asia":      {"follow_up": 30, "quote": 60, "sample": 180, "transit": 4},
    "middle_east":    {"follow_up": 35, "quote": 75, "sample": 180, "transit": 7},
    "africa":         {"follow_up": 60, "quote": 90, "sample": 240, "transit": 12},
    "oceania":        {"follow_up": 35, "quote": 75, "sample": 180, "transit": 8},
    "cis":            {"follow_up": 35, "quote": 75, "sample": 180, "transit": 10},
}
# An account without a country (an import could not place it) follows this until one is set: monthly, the
# rhythm of the markets most exporters start with (Europe, North America, East Asia).
UNKNOWN_COUNTRY_RULES: dict[str, int] = {"follow_up": 30, "quote": 60, "sample": 180, "transit": 7}
ADAPT = {
    "warm": 0.7,            # a warm reply shortens the interval
    "cold_step": 0.5,       # each cold or unanswered touch in a row adds half an interval ...
    "max_factor": 3.0,      # ... up to three times the rhythm
    "high_priority": 0.75, "low_priority": 1.3,
    "negotiating": 0.5, "quoted": 0.85, "sampling": 0.85,
    "dormant_days": 120,    # slow revival cadence
    "min_days": 5,
    "sample_feedback_days": 21,   # after arrival, ask what they thought
    "quote_expiry_lead_days": 5,  # follow a quote up this long before it expires
}
RULE_KEYS = ("follow_up", "quote", "sample", "transit")


def rules() -> dict[str, dict[str, int]]:
    saved = get_setting("cadence_rules", {}) or {}
    merged = {}
    for region, base in DEFAULT_RULES.items():
        merged[region] = {**base, **{k: int(v) for k, v in (saved.get(region) or {}).items() if k in RULE_KEYS}}
    return merged


def set_region_rule(region: str, **days: int) -> None:
    from services.errors import ValidationError
    from services.words import Message

    if region not in DEFAULT_RULES:
        raise ValidationError({"region": Message("check.not_region", value=region)})
    bad = {k: Message("check.days_between", lo=1, hi=1000) for k, v in days.items()
           if k not in RULE_KEYS or not 1 <= int(v) <= 1000}
    if bad:
        raise ValidationError(bad)
    saved = get_setting("cadence_rules", {}) or {}
    saved.setdefault(region, {}).update({k: int(v) for k, v in days.items()})
    set_setting("cadence_rules", saved)


# ---------------------------------------------------------------- festivals

LUNAR_NEW_YEAR = {2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
                  2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8)}
DIWALI = {2024: (11, 1), 2025: (10, 20), 2026: (11, 8), 2027: (10, 29), 2028: (10, 17), 2029: (11, 5),
          2030: (10, 26), 2031: (11, 14), 2032: (11, 2), 2033: (10, 22), 2034: (11, 10), 2035: (10, 30)}
EID_AL_FITR = {2024: (4, 10), 2025: (3, 30), 2026: (3, 20), 2027: (3, 10), 2028: (2, 27), 2029: (2, 15),
               2030: (2, 5), 2031: (1, 25), 2032: (1, 14), 2033: (1, 3), 2034: (12, 13), 2035: (12, 2)}
EID_AL_ADHA = {2024: (6, 16), 2025: (6, 6), 2026: (5, 27), 2027: (5, 16), 2028: (5, 5), 2029: (4, 24),
               2030: (4, 13), 2031: (4, 2), 2032: (3, 22), 2033: (3, 11), 2034: (3, 1), 2035: (2, 18)}

LUNAR_NEW_YEAR_COUNTRIES = {"CN", "TW", "HK", "MO", "KR", "VN", "SG", "MY", "ID", "MN"}
MUSLIM_MAJORITY = {"SA", "AE", "QA", "KW", "OM", "BH", "YE", "IQ", "JO", "SY", "LB", "PS", "EG", "LY", "TN", "DZ",
                   "MA", "MR", "SD", "SO", "DJ", "KM", "TR", "IR", "AF", "PK", "BD", "MV", "ID", "MY", "BN", "AZ",
                   "KZ", "UZ", "KG", "TJ", "TM", "SN", "GM", "GN", "ML", "NE", "BF", "TD", "SL", "AL", "XK"}
CHRISTMAS_REGIONS = {"europe", "north_america", "latin_america", "oceania"}


@dataclass(frozen=True)
class Festival:
    code: str
    name: str
    day: dt.date
    lead_days: int  # greet this many days before (then back to a working day)


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    first_thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    return first_thursday + dt.timedelta(weeks=3)


@cache
def festivals(country: str, region: str, year: int) -> tuple[Festival, ...]:
    """The festivals of this customer's culture in a year that deserve a greeting."""
    out: list[Festival] = []
    if region in CHRISTMAS_REGIONS:
        out.append(Festival("christmas", "Christmas and New Year", dt.date(year, 12, 25), 5))
    if region == "cis" or country == "JP":
        out.append(Festival("new_year", "New Year", dt.date(year, 1, 1), 5))
    if country == "US":
        out.append(Festival("thanksgiving", "Thanksgiving", _thanksgiving(year), 3))
    if country in LUNAR_NEW_YEAR_COUNTRIES and year in LUNAR_NEW_YEAR:
        out.append(Festival("lunar_new_year", "Lunar New Year", dt.date(year, *LUNAR_NEW_YEAR[year]), 7))
    if country in ("IN", "NP") and year in DIWALI:
        out.append(Festival("diwali", "Diwali", dt.date(year, *DIWALI[year]), 4))
    if country in MUSLIM_MAJORITY:
        if year in EID_AL_FITR:
            out.append(Festival("eid_al_fitr", "Eid al-Fitr", dt.date(year, *EID_AL_FITR[year]), 4))
        if year in EID_AL_ADHA:
            out.append(Festival("eid_al_adha", "Eid al-Adha", dt.date(year, *EID_AL_ADHA[year]), 4))
    return tuple(out)
