"""What a printed brief or fair pack shows: plain frozen dataclasses, already translated, no database objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class BriefAccount:
    name: str
    country_code: str = ""
    country_name: str = ""
    city: str = ""
    stage: str = ""                 # labels, already translated
    priority: str = ""
    source: str = ""
    tags: Sequence[str] = ()
    timezone: str = ""              # "Europe/Berlin"
    local_time_text: str = ""       # "Tue 14:32"
    working_window: str = ""        # "10:00–15:00"
    inside_hours: bool | None = None  # None: unknown (no time zone)
    languages: Sequence[str] = ()


@dataclass(frozen=True)
class BriefContact:
    name: str
    title: str = ""
    role: str = ""                  # enum value; "decision_maker" is marked on the page
    role_label: str = ""
    email: str = ""
    phone: str = ""
    messaging: Mapping[str, str] = field(default_factory=dict)  # {"WhatsApp": "+49 …", "WeChat": "id"}
    notes: str = ""
    salutation: str = ""            # "Sehr geehrter Herr Dr. Müller, … Mit freundlichen Grüßen"
    salutation_en: str = ""         # the same in English; "" when the customer's language is English


@dataclass(frozen=True)
class BriefHoliday:
    date: dt.date
    name: str
    local_name: str = ""
    kind: str = "holiday"           # "holiday" | "festival"


@dataclass(frozen=True)
class BriefClosure:
    """A seasonal closure ahead (services/countries/closures.py), in the brief's language."""

    dates_text: str                 # "3 – 17 Feb"
    name: str
    kind_label: str                 # "Office closed", "Short hours 10:00–14:00", "No new quotes"
    reason: str = ""


@dataclass(frozen=True)
class BriefTouch:
    due_local_text: str             # their time, "Thu 10:00"
    due_user_text: str              # your time, "Thu 16:00"
    purpose_label: str = ""
    reason: str = ""
    contact_name: str = ""


@dataclass(frozen=True)
class BriefPromise:
    title: str
    kind_label: str = ""
    due_date: dt.date | None = None
    promised_by: str = ""
    level: str | None = None        # "high" | "medium" | "low" | None
    reasons_text: str = ""
    explanation: str = ""
    suggested_action: str = ""
    approval_label: str = ""


@dataclass(frozen=True)
class BriefTrust:
    kept: int = 0
    late: int = 0
    broken: int = 0
    open: int = 0


@dataclass(frozen=True)
class BriefInteraction:
    when_text: str
    channel_label: str = ""
    purpose_label: str = ""
    response: str = "none"          # "warm" | "neutral" | "cold" | "none"
    response_label: str = ""
    contact_name: str = ""
    summary: str = ""


@dataclass(frozen=True)
class BriefLevel:
    """One role of the customer's organisation on the level map."""

    role: str                       # enum value
    role_label: str
    people: int = 0
    last_touch_text: str = ""       # "14 Oct", or the word for never


@dataclass(frozen=True)
class BriefWeek:
    touches: int = 0
    response: str = ""              # the week's main response: "warm" | "neutral" | "cold" | "none"; "" no touch


@dataclass(frozen=True)
class BriefHealth:
    """The score with its band in words and the reasons beside it; the level map and the 26-week strip."""

    score: int
    band: str                       # "good" | "watch" | "at_risk"
    band_label: str
    reasons: Sequence[str] = ()
    levels: Sequence[BriefLevel] = ()
    weeks: Sequence[BriefWeek] = ()  # oldest first


@dataclass(frozen=True)
class BriefReach:
    """How to reach them, already in the brief's words: (label, text) lines."""

    lines: Sequence[tuple[str, str]]
    regional: bool = False          # the region's default, the country has no entry of its own


@dataclass(frozen=True)
class BriefData:
    account: BriefAccount
    generated_at: dt.datetime       # timezone-aware; printed as given
    lang: str = "en"                # "en" | "zh": fixed headings and labels
    contacts: Sequence[BriefContact] = ()
    holidays: Sequence[BriefHoliday] = ()
    closures: Sequence[BriefClosure] = ()          # the next 90 days, by start
    touches: Sequence[BriefTouch] = ()
    promises: Sequence[BriefPromise] = ()
    trust: BriefTrust = field(default_factory=BriefTrust)
    interactions: Sequence[BriefInteraction] = ()   # newest first
    firm_notes: str = ""
    account_notes: str = ""
    etiquette: Sequence[tuple[str, str]] = ()       # (section label, text)
    etiquette_level: str = "country"                # "country" | "region"
    etiquette_sources: Sequence[str] = ()
    etiquette_checked: str = ""                     # when the sources were checked, in the brief's language
    health: BriefHealth | None = None               # None: not computed (the section is left out)
    writing_note: str = ""                          # how names are ordered and used there, in the brief's language
    reach: BriefReach | None = None                 # None: country unknown (the box is left out)


@dataclass(frozen=True)
class PackData:
    """Many briefs behind a cover and contents; briefs may be a generator if count is given."""

    title: str
    generated_at: dt.datetime
    briefs: Iterable[BriefData]
    lang: str = "en"
    subtitle: str = ""              # e.g. the fair's name
    count: int | None = None        # required when briefs has no len()

    def total(self) -> int:
        if self.count is not None:
            return self.count
        if isinstance(self.briefs, Sequence):
            return len(self.briefs)
        raise ValueError("PackData.count is required when briefs is an iterator")
