"""Commands: brief (one account's PDF), pack (many accounts in one PDF, for a trade fair) and report (the portfolio
report PDF for a monthly review)."""

from __future__ import annotations

import datetime as dt
import time

from cli import fail, print_json


def _common(p) -> None:
    p.add_argument("--out", required=True, help="the PDF to write")
    p.add_argument("--lang", dest="brief_lang", choices=["en", "zh"], help="language of the brief (default: --lang)")
    p.add_argument("--today", help="as of this day (YYYY-MM-DD)")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")


def register(sub) -> None:
    p = sub.add_parser("brief", help="a printable PDF brief of one account")
    p.add_argument("account", help="the account's uuid or exact name")
    _common(p)
    p.set_defaults(func=run_brief)
    p = sub.add_parser("pack", help="one PDF of briefs for many accounts, with a cover and contents")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--all", action="store_true", help="every account (the default)")
    scope.add_argument("--accounts", help="comma-separated account uuids")
    scope.add_argument("--source", help="accounts from this fair or source")
    scope.add_argument("--country", help="accounts in this country (code or name)")
    _common(p)
    p.set_defaults(func=run_pack)
    p = sub.add_parser("report", help="the portfolio report PDF: charts of the whole book for a monthly review")
    p.add_argument("--firm", default="", help="the firm's name on the title page")
    _common(p)
    p.set_defaults(func=run_report)


def _options(args):
    lang = args.brief_lang or args.lang or "en"
    if args.today:
        try:
            return lang, dt.date.fromisoformat(args.today)
        except ValueError:
            return lang, None
    return lang, dt.date.today()


def run_brief(args) -> int:
    from services.briefs import builder
    from services.errors import UserError

    lang, today = _options(args)
    if today is None:
        return fail("cli.not_a_date", option="--today", value=args.today)
    started = time.perf_counter()
    try:
        path, name = builder.write_brief(args.account, args.out, lang=lang, today=today, paper=args.paper)
    except UserError as exc:
        return fail(str(exc))
    print_json({"file": str(path), "account": name, "seconds": round(time.perf_counter() - started, 3)})
    return 0


def run_pack(args) -> int:
    from services.briefs import builder
    from services.countries import resolve_country
    from services.errors import UserError

    lang, today = _options(args)
    if today is None:
        return fail("cli.not_a_date", option="--today", value=args.today)
    try:
        if args.accounts:
            uuids = [u.strip() for u in args.accounts.split(",") if u.strip()]
            subtitle = ""
        elif args.source:
            uuids, subtitle = builder.pack_accounts(source=args.source), args.source
        elif args.country:
            country = resolve_country(args.country)
            uuids, subtitle = builder.pack_accounts(country=country.code), country.name(lang)
        else:
            uuids, subtitle = builder.pack_accounts(), ""
        if not uuids:
            return fail("cli.pack_empty")
        started = time.perf_counter()
        pages = builder.write_pack(uuids, args.out, lang=lang, today=today, paper=args.paper, subtitle=subtitle)
    except UserError as exc:
        return fail(str(exc))
    print_json({"file": args.out, "accounts": len(uuids), "pages": pages,
                "seconds": round(time.perf_counter() - started, 3)})
    return 0


def run_report(args) -> int:
    from services.briefs.report import write_report

    lang, today = _options(args)
    if today is None:
        return fail("cli.not_a_date", option="--today", value=args.today)
    started = time.perf_counter()
    pages = write_report(args.out, lang=lang, today=today, firm=args.firm, paper=args.paper)
    print_json({"file": args.out, "pages": pages, "seconds": round(time.perf_counter() - started, 3)})
    return 0
