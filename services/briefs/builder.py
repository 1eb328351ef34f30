"""What goes into an account brief, gathered from the other services; and the brief/pack entry points.

The layout (services/briefs) takes plain dataclasses; this module fills them from the database.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

from models import Account
from models.enums import Approval, Channel, CommitmentKind, Priority, Purpose, Response, Role, Stage, role_rank
from services import accounts, cadence, commitments, dates, health, words
from services import countries as cs
from services.briefs import (
    BriefAccount,
    BriefCancelled,
    BriefClosure,
    BriefContact,
    BriefData,
    BriefHealth,
    BriefHoliday,
    BriefInteraction,
    BriefLevel,
    BriefPromise,
    BriefReach,
    BriefTouch,
    BriefTrust,
    BriefWeek,
    PackData,
    render_brief,
    render_pack,
)
from services.cadence.clock import local_time
from services.countries.reach import reach_of
from services.errors import UserError


class BriefCancelledError(UserError):
    """The user cancelled a pack; no file was left behind."""


def _purposes(t, lang: str) -> str:
    """What a touch brings ("Quote + Sample"), and "(projected)" for a later touch of its rhythm."""
    what = " + ".join(words.label(Purpose, p, lang) for p in t.all_purposes)
    return f"{what} {words.text('brief.projected_mark', lang)}" if t.projected else what


def collect(account_uuid: str, lang: str = "en", today: dt.date | None = None,
            now: dt.datetime | None = None) -> BriefData:
    """Everything a salesperson should read in two minutes before meeting this customer."""
    today = today or dt.date.today()
    now = now or dt.datetime.combine(today, dt.datetime.now(dt.UTC).time(), dt.UTC)
    a = accounts.get_account(account_uuid)
    country = cs.get_country(a.country) if a.country != cs.UNKNOWN_COUNTRY else None
    lt = local_time(a, now)
    account = BriefAccount(
        name=a.name, country_code=a.country,
        country_name=country.name(lang) if country else words.text("brief.country_unknown", lang), city=a.city,
        stage=words.label(Stage, a.stage, lang), priority=words.label(Priority, a.priority, lang), source=a.source,
        tags=tuple(t.strip() for t in a.tags.split(",") if t.strip()), timezone=lt.zone,
        local_time_text=dates.day_time(lt.now, lang, with_date=False), working_window=lt.window_text,
        inside_hours=lt.inside_hours, languages=country.languages if country else ())
    people = sorted(accounts.contacts_of(a.uuid), key=lambda c: (role_rank(c.role), c.name))
    contacts = [_contact(a.country, c, lang) for c in people]
    touches = []
    for t in cadence.next_touches(a.uuid, today, count=5):
        late = f" ({words.text('brief.overdue_mark', lang)})" if t.due_local.date() < today else ""
        touches.append(BriefTouch(due_local_text=dates.day_time(t.due_local, lang, today=today) + late,
                                  due_user_text=dates.day_time(t.due_utc.astimezone(), lang, today=today),
                                  purpose_label=_purposes(t, lang), reason=t.reason_in(lang),
                                  contact_name=t.contact))
    interactions = [BriefInteraction(
        when_text=dates.day(i.occurred_at.astimezone(), lang, today=today),
        channel_label=words.label(Channel, i.channel, lang),
        purpose_label=words.label(Purpose, i.purpose, lang), response=i.response,
        response_label=words.label(Response, i.response, lang),
        contact_name=i.contact.name if i.contact else "", summary=" ".join(i.summary.split()))
        for i in accounts.interactions_of(a.uuid, limit=8)]
    notes = cs.etiquette(a.country, lang) if country else None
    record = commitments.account_trust(a.uuid)
    return BriefData(
        account=account, generated_at=now, lang=lang, contacts=contacts, holidays=_holidays(a, today, lang),
        closures=_closures(a, today, lang),
        touches=touches, promises=_promises(a, today, lang),
        trust=BriefTrust(kept=record.kept, late=record.late, broken=record.broken, open=record.open),
        interactions=interactions, firm_notes=cs.country_note(a.country), account_notes=a.notes,
        etiquette=[(words.section(k, lang), notes.sections[k]) for k in cs.BRIEF_SECTIONS if k in notes.sections]
        if notes else [],
        etiquette_level=notes.level if notes else "country",
        etiquette_sources=_sources(notes), etiquette_checked=_checked(notes, lang),
        health=_health(a.uuid, today, lang), writing_note=cs.writing_of(a.country).notes.get(words.normal(lang), ""),
        reach=_reach(a.country, lang) if country else None)


def _contact(country: str, c, lang: str) -> BriefContact:
    """A person as the brief lists them, with the salutation to write to them."""
    found = cs.salutation(country, c)
    return BriefContact(name=c.name, title=c.title, role=c.role, role_label=words.label(Role, c.role, lang),
                        email=c.email, phone=c.phone, messaging=accounts.messaging_of(c), notes=c.notes,
                        salutation=found.line(), salutation_en=found.english_line() if found.language != "en" else "")


def _sources(notes: cs.Etiquette | None) -> list[str]:
    """The pages behind the printed sections as 'title (site)': whole addresses would crowd out the titles."""
    if notes is None:
        return []
    pages = notes.pages(cs.BRIEF_SECTIONS)
    return [p.title + (f" ({site})" if (site := urlsplit(p.url).hostname) else "") for p in pages]


def _checked(notes: cs.Etiquette | None, lang: str) -> str:
    """When the printed sections were last checked: one date, or the oldest and newest."""
    span = notes.checked_span(cs.BRIEF_SECTIONS) if notes else None
    if span is None:
        return ""
    first, last = (d.isoformat() for d in span)  # ISO: a checked date needs its year, and reads the same in zh
    return first if first == last else words.text("brief.checked_span", lang, first=first, last=last)


def _reach(code: str, lang: str) -> BriefReach:
    found = reach_of(code, lang)
    return BriefReach(found.lines, found.regional)


def _health(account_uuid: str, today: dt.date, lang: str) -> BriefHealth | None:
    """The account's health in the brief's words."""
    found = health.health_of(account_uuid, today)
    levels = [BriefLevel(role=lv.role, role_label=words.label(Role, lv.role, lang), people=lv.people,
                         last_touch_text=dates.day(lv.last_touch, lang, today=today) if lv.last_touch else "")
              for lv in found.levels]
    return BriefHealth(score=found.score, band=found.band, band_label=words.text(f"brief.band_{found.band}", lang),
                       reasons=[r.text(lang) for r in found.reasons], levels=levels,
                       weeks=[BriefWeek(touches=n, response=mix) for n, mix in found.weekly])


def _promises(a: Account, today: dt.date, lang: str) -> list[BriefPromise]:
    at_risk = {r.commitment.uuid: r for r in commitments.risks(today, account_uuid=a.uuid)}
    out = []
    for c in commitments.open_commitments(a.uuid):
        risk = at_risk.get(c.uuid)
        out.append(BriefPromise(
            title=c.title, kind_label=words.label(CommitmentKind, c.kind, lang), due_date=c.due_date,
            promised_by=c.promised_by,
            level=risk.level if risk else None, reasons_text=_reasons(risk.reasons, lang) if risk else "",
            explanation=risk.explanation_in(lang) if risk else "",
            suggested_action=risk.action_in(lang) if risk else "",
            approval_label=words.label(Approval, c.approval, lang) if c.approval != "not_needed" else ""))
    return out


def _reasons(codes: tuple[str, ...], lang: str) -> str:
    """Risk reason codes as words: 'Overdue, Approval pending' or '已逾期、待审批'."""
    return words.join((words.text(f"risk.{code}", lang) for code in codes), lang)


def _holidays(a: Account, today: dt.date, lang: str) -> list[BriefHoliday]:
    from services.cadence.rules import festivals

    end = today + dt.timedelta(days=90)
    items = [BriefHoliday(date=h.date, name=h.name_en, local_name=h.name_local if h.name_local != h.name_en else "")
             for h in cs.holidays_between(a.country, today, end)]
    region = cs.get_country(a.country).region.value if a.country != cs.UNKNOWN_COUNTRY else ""
    for year in (today.year, today.year + 1):
        for f in festivals(a.country, region, year):
            if today <= f.day < end:
                name = words.term(f.name, lang)
                items.append(BriefHoliday(date=f.day, name=name, kind="festival"))
    return sorted(items, key=lambda h: h.date)


def _closures(a: Account, today: dt.date, lang: str) -> list[BriefClosure]:
    """The customer's seasonal closures of the next 90 days (Ramadan too when the account is Muslim-owned)."""
    found = cs.closures_between(a.country, today, today + dt.timedelta(days=90), a.muslim_owned)
    return [BriefClosure(dates_text=c.dates_text(lang, today), name=c.name.render(lang),
                         kind_label=_closure_kind(c, lang), reason=c.reason.render(lang)) for c in found]


def _closure_kind(c: cs.Closure, lang: str) -> str:
    if c.kind == "closed":
        return words.text("brief.closure_closed", lang)
    if c.window is not None:
        return words.text("brief.closure_short", lang, start=f"{c.window[0]:%H:%M}", end=f"{c.window[1]:%H:%M}")
    return words.text("brief.closure_quiet", lang)


# ---------------------------------------------------------------- entry points


def write_brief(account_ref: str, out: Path | str, lang: str = "en", today: dt.date | None = None,
                paper: str = "a4") -> tuple[Path, str]:
    """The brief of one account (uuid or exact name) as a PDF; returns the path and the account's name."""
    account = accounts.find_account(account_ref)
    out = Path(out)
    try:
        render_brief(collect(account.uuid, lang, today), out, paper)
    except ValueError as exc:  # an unknown paper size
        raise UserError("brief.unknown_paper", paper=paper) from exc
    return out, account.name


def write_pack(account_uuids: list[str], out: Path | str, lang: str = "en", today: dt.date | None = None,
               paper: str = "a4", subtitle: str = "", progress=None) -> int:
    """Many briefs in one PDF with a cover and contents; progress(done, total) returning False cancels."""
    if not account_uuids:
        raise UserError("brief.no_accounts")
    today = today or dt.date.today()
    known = {u for (u,) in Account.select(Account.uuid).where(Account.uuid.in_(account_uuids)).tuples()}
    missing = [u for u in account_uuids if u not in known]
    if missing:
        raise UserError("error.no_account", id=missing[0])
    now = dt.datetime.combine(today, dt.datetime.now(dt.UTC).time(), dt.UTC)
    pack = PackData(title=words.text("brief.pack", lang), generated_at=now, lang=lang, subtitle=subtitle,
                    briefs=(collect(u, lang, today, now) for u in account_uuids), count=len(account_uuids))
    try:
        return render_pack(pack, Path(out), paper, progress=progress)
    except BriefCancelled as exc:
        raise BriefCancelledError("brief.cancelled") from exc


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
    codes = {c for (c,) in Account.select(Account.country).distinct().tuples()} - {cs.UNKNOWN_COUNTRY}
    return sorted(((c, cs.get_country(c).name(lang)) for c in codes), key=lambda x: x[1])
