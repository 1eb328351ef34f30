"""What goes into an account brief, gathered from the other services; and the brief/pack entry points."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from models import Account, Contact
from services import accounts, cadence, commitments
from services import brief_labels as bl
from services import countries as cs
from services.clock import local_time
from services.errors import UserError
from services.phrases import WORDS_ZH
from services.text import clip

MEETING_SECTIONS = ("greeting", "names_titles", "business_cards", "meetings", "communication", "negotiation",
                    "decision_making", "gifts", "dining", "taboos")
ROLE_ORDER = ("decision_maker", "buyer", "influencer", "technical", "finance", "agent", "official", "other")


@dataclass(frozen=True)
class BriefPerson:
    name: str
    role: str
    title: str
    reach: str
    decides: bool


@dataclass(frozen=True)
class BriefRow:
    cells: tuple[str, ...]
    level: str | None = None       # promises: high/medium/low
    response: str | None = None    # interactions: warm/neutral/cold/none


@dataclass
class Brief:
    lang: str
    today: dt.date
    name: str
    facts: str                      # country · city · stage · priority · source
    clock: str                      # "Tue 14:32 (Europe/Berlin) — inside working hours"
    window: str
    people: list[BriefPerson] = field(default_factory=list)
    touches: list[BriefRow] = field(default_factory=list)
    promises: list[BriefRow] = field(default_factory=list)
    trust: str = ""
    holidays: list[str] = field(default_factory=list)
    interactions: list[BriefRow] = field(default_factory=list)
    firm_notes_title: str = ""
    firm_notes: str = ""
    account_notes: str = ""
    etiquette_title: str = ""
    etiquette_regional: bool = False
    etiquette: list[tuple[str, str]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def _reach(c: Contact) -> str:
    handles = accounts.messaging_of(c)
    parts = [c.email, c.phone] + [f"{app}: {handle}" for app, handle in handles.items()]
    return " · ".join(p for p in parts if p)


def collect(account_uuid: str, lang: str = "en", today: dt.date | None = None,
            now: dt.datetime | None = None) -> Brief:
    """Everything a salesperson should read in two minutes before meeting this customer."""
    today = today or dt.date.today()
    now = now or dt.datetime.combine(today, dt.datetime.now(dt.UTC).time(), dt.UTC)
    a = accounts.get_account(account_uuid)
    country = cs.get_country(a.country)
    country_name = country.name(lang)
    lt = local_time(a, now)
    state = "inside" if lt.inside_hours else ("outside" if lt.working_day else "day_off")
    facts = [country_name, a.city, f"{bl.t('stage', lang)}: {bl.enum(a.stage, lang)}",
             f"{bl.t('priority', lang)}: {bl.enum(a.priority, lang)}"]
    if a.source:
        facts.append(f"{bl.t('source', lang)}: {a.source}")
    brief = Brief(lang=lang, today=today, name=a.name, facts=" · ".join(f for f in facts if f),
                  clock=f"{bl.when(lt.now, lang, with_date=False)} ({lt.zone}) — {bl.t(state, lang)}",
                  window=lt.window_text)
    people = sorted(accounts.contacts_of(a.uuid), key=lambda c: (ROLE_ORDER.index(c.role)
                                                                  if c.role in ROLE_ORDER else 9, c.name))
    brief.people = [BriefPerson(c.name, bl.enum(c.role, lang), c.title, _reach(c), c.role == "decision_maker")
                    for c in people[:12]]
    for t in cadence.next_touches(a.uuid, today, count=5):
        mine = t.due_utc.astimezone()
        late = f" ({bl.t('overdue', lang)})" if t.due_local.date() < today else ""
        brief.touches.append(BriefRow((bl.when(t.due_local, lang) + late, bl.when(mine, lang),
                                       bl.enum(t.purpose, lang), clip(t.reason_in(lang), 160))))
    _promises(brief, a, today, lang)
    _holidays(brief, a, today, lang)
    for i in accounts.interactions_of(a.uuid, limit=8):
        who = i.contact.name if i.contact_id else ""
        brief.interactions.append(BriefRow(
            (i.occurred_at.astimezone().strftime("%Y-%m-%d"), bl.enum(i.channel, lang), bl.enum(i.purpose, lang), who,
             bl.enum(i.response, lang), clip(" ".join(i.summary.split()), 300)), response=i.response))
    brief.firm_notes_title = bl.t("firm_notes", lang, country=country_name)
    brief.firm_notes = clip(cs.country_note(a.country), 1200)
    brief.account_notes = clip(a.notes, 1200)
    notes = cs.etiquette(a.country, lang)
    brief.etiquette_title = bl.t("etiquette", lang, country=country_name)
    brief.etiquette_regional = notes.level == "region"
    brief.etiquette = [(bl.section(k, lang), clip(notes.sections[k], 600)) for k in MEETING_SECTIONS
                       if k in notes.sections]
    brief.sources = [s.get("title", "") + (f" — {s['url']}" if s.get("url") else "") for s in notes.sources][:4]
    return brief


def _promises(brief: Brief, a: Account, today: dt.date, lang: str) -> None:
    at_risk = {r.commitment.uuid: r for r in commitments.risks(today, account_uuid=a.uuid)}
    levels = bl.levels(lang)
    for c in commitments.open_commitments(a.uuid)[:10]:
        risk = at_risk.get(c.uuid)
        why = f"{risk.explanation_in(lang)} → {risk.action_in(lang)}" if risk else ""
        brief.promises.append(BriefRow((levels[risk.level] if risk else "", c.due_date.isoformat(),
                                        clip(c.title, 120), c.promised_by, clip(why, 260)),
                                       level=risk.level if risk else None))
    record = commitments.account_trust(a.uuid)
    brief.trust = bl.t("trust_line", lang, **record.as_dict())


def _holidays(brief: Brief, a: Account, today: dt.date, lang: str) -> None:
    from services.cadence_rules import festivals

    end = today + dt.timedelta(days=90)
    lines = []
    for span in cs.holiday_spans(cs.holidays_between(a.country, today, end)):
        local = f" ({span.name_local})" if span.name_local and span.name_local != span.name_en else ""
        days = span.dates_text() if lang == "en" else bl.day(span.start, lang) + (
            f"–{bl.day(span.end, lang)}" if span.end != span.start else "")
        lines.append((span.start, f"{days}  {span.name_en}{local}"))
    region = cs.get_country(a.country).region.value
    for year in (today.year, today.year + 1):
        for f in festivals(a.country, region, year):
            if today <= f.day < end:
                name = WORDS_ZH.get(f.name, f.name) if lang == "zh" else f.name
                lines.append((f.day, f"{bl.day(f.day, lang)}  {name} — {bl.t('greet_before', lang)}"))
    brief.holidays = [text for _day, text in sorted(lines)][:12]


# ---------------------------------------------------------------- entry points


def write_brief(account_ref: str, out: Path | str, lang: str = "en", today: dt.date | None = None,
                paper: str = "a4") -> tuple[Path, str]:
    """The brief of one account (uuid or exact name) as a PDF; returns the path and the account's name."""
    from services.brief_render import render_brief

    account = accounts.find_account(account_ref)
    out = Path(out)
    render_brief(collect(account.uuid, lang, today), out, paper)
    return out, account.name


def write_pack(account_uuids: list[str], out: Path | str, lang: str = "en", today: dt.date | None = None,
               paper: str = "a4", subtitle: str = "", progress=None) -> int:
    """Many briefs in one PDF with a cover and contents; progress(done, total) returning False cancels."""
    from services.brief_render import render_pack

    if not account_uuids:
        raise UserError("There are no accounts to put in the pack.")
    today = today or dt.date.today()
    names = dict(Account.select(Account.uuid, Account.name).where(Account.uuid.in_(account_uuids)).tuples())
    missing = [u for u in account_uuids if u not in names]
    if missing:
        raise UserError(f"No account with id {missing[0]}.")
    briefs = (collect(u, lang, today) for u in account_uuids)
    return render_pack(briefs, len(account_uuids), Path(out), lang=lang, today=today, paper=paper,
                       subtitle=subtitle, progress=progress)


def pack_accounts(source: str | None = None, country: str | None = None) -> list[str]:
    query = Account.select(Account.uuid, Account.name)
    if source:
        query = query.where(Account.source == source)
    if country:
        query = query.where(Account.country == country)
    return [u for u, _name in sorted(query.tuples(), key=lambda r: r[1].casefold())]


def sources() -> list[str]:
    return sorted({s for (s,) in Account.select(Account.source).where(Account.source != "").tuples()})


def countries_with_accounts(lang: str) -> list[tuple[str, str]]:
    codes = {c for (c,) in Account.select(Account.country).distinct().tuples()}
    return sorted(((c, cs.get_country(c).name(lang)) for c in codes), key=lambda x: x[1])
