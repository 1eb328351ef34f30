"""Commands: agenda (planned touches as JSON or text) and ics (the same plan as a calendar file)."""

from __future__ import annotations

import datetime as dt

from cli import fail, padded, print_json
from models.enums import Purpose
from services import dates, words


def _range_args(p) -> None:
    p.add_argument("--from", dest="start", help="first day (YYYY-MM-DD); stands for 'today' (default: today)")
    p.add_argument("--days", type=int, default=7, help="how many days (default 7)")
    p.add_argument("--overdue", action="store_true", help="also list touches due before --from and not done")


def register(sub) -> None:
    p = sub.add_parser("agenda", help="whom to contact, when (their time) and with what")
    _range_args(p)
    p.add_argument("--json", action="store_true")
    whose = p.add_mutually_exclusive_group()
    whose.add_argument("--mine", dest="whose", action="store_const", const="mine",
                       help="only my accounts (the default when the book has more than one user)")
    whose.add_argument("--user", dest="whose_name", metavar="NAME", help="only this colleague's accounts")
    whose.add_argument("--everyone", dest="whose", action="store_const", const="everyone",
                       help="everyone's accounts (the default when the book has one user)")
    p.set_defaults(func=run_agenda)
    p = sub.add_parser("ics", help="write the plan as an iCalendar file")
    p.add_argument("file")
    _range_args(p)
    p.set_defaults(func=run_ics)


def _owner(args) -> int | None:
    """The user id whose accounts the agenda lists (None: everyone's): --mine, --user NAME or --everyone."""
    from services import users
    from services.errors import UserError

    scope = getattr(args, "whose", None)
    name = getattr(args, "whose_name", None)
    if name:
        found = users.find_user(name)
        if found is None:
            raise UserError("error.no_user_named", name=name)
        scope = found.uuid
    return users.scope_owner_id(scope or users.default_scope())


def _plan(args):
    from services.cadence import plan

    try:
        start = dt.date.fromisoformat(args.start) if args.start else dt.date.today()
    except ValueError:
        return None, fail("cli.not_a_date", option="--from", value=args.start)
    if not 1 <= args.days <= 3660:
        return None, fail("cli.option_between", option="--days", lo=1, hi=3660)
    return plan(start, args.days, include_overdue=args.overdue, today=start, owner=_owner(args)), 0


def _replies(args, now: dt.datetime) -> list:
    """Replies owed now, when the days asked for include today (or everything overdue is asked for)."""
    from services.cadence.replies import replies_owed

    today = dt.date.today()
    start = dt.date.fromisoformat(args.start) if args.start else today
    if args.overdue or start <= today < start + dt.timedelta(days=args.days):
        return replies_owed(now, owner=_owner(args))
    return []


def _utc(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def touch_json(t, now: dt.datetime) -> dict:
    row = {"key": t.key, "account_uuid": t.account_uuid, "account": t.account, "country": t.country,
           "contact_uuid": t.contact_uuid, "contact": t.contact or None, "kind": t.kind, "purpose": t.purpose,
           "due_local": t.due_local.isoformat(), "due_utc": _utc(t.due_utc), "timezone": t.zone, "reason": t.reason,
           "purposes": list(t.all_purposes), "stream": t.stream, "projected": t.projected}
    if t.expected_by is not None:  # a reply owed: due_local is when they wrote, expected_by when they expect ours
        row.update(expected_by=_utc(t.expected_by), expected_by_local=t.expected_by.astimezone(t.due_local.tzinfo)
                   .isoformat(), at_risk=t.at_risk(now))
    return row


def _print_reply(t, now: dt.datetime, lang: str) -> None:
    code = "cli.agenda_reply_late" if t.at_risk(now) else "cli.agenda_reply"
    by = dates.day_time(t.expected_by.astimezone(t.due_local.tzinfo), lang)
    what = padded(words.label(Purpose, t.purpose, lang), 9)
    print(f"{words.text(code, time=by)} {t.zone:22}  {what} {t.account}\n    {t.reason}")


def run_agenda(args) -> int:
    touches, code = _plan(args)
    if touches is None:
        return code
    now = dt.datetime.now(dt.UTC)
    replies = _replies(args, now)
    touches = [t for t in touches if t.kind != "reply"]  # replies owed are listed first, as of now
    if args.json:
        print_json([touch_json(t, now) for t in replies + touches])
    else:
        lang = words.language()
        for t in replies:
            _print_reply(t, now, lang)
        for t in touches:
            mine = words.text("cli.agenda_yours", time=dates.day_time(t.due_utc.astimezone(), lang, with_date=False))
            what = " + ".join(words.label(Purpose, p, lang) for p in t.all_purposes)
            planned = f" {words.text('cli.projected', lang)}" if t.projected else ""
            print(f"{dates.day_time(t.due_local, lang)} {t.zone:22} ({mine})"
                  f"  {padded(what, 9)} {t.account}{planned}"
                  f"\n    {t.reason}")
    return 0


def run_ics(args) -> int:
    from services.cadence.ics import write_calendar

    touches, code = _plan(args)
    if touches is None:
        return code
    touches = [t for t in touches if t.kind != "reply"]  # a reply owed is now, not a calendar event
    print_json({"file": args.file, "events": write_calendar(args.file, touches)})
    return 0
