"""Commands: accounts (list/search) and demo (fill the database with realistic demo data)."""

from __future__ import annotations

import datetime as dt

from cli import fail, print_json


def register(sub) -> None:
    p = sub.add_parser("accounts", help="list accounts, or those a search finds")
    p.add_argument("--search", default="", help="text as typed in the GUI's search box")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--today", help="relationship health as of this day (YYYY-MM-DD; default today)")
    p.set_defaults(func=run_accounts)

    p = sub.add_parser("demo", help="add realistic demo accounts across all regions")
    p.add_argument("--accounts", type=int, default=60, help="how many accounts (default 60)")
    p.add_argument("--seed", type=int, default=1, help="random seed, for the same data again")
    p.set_defaults(func=run_demo)


def run_accounts(args) -> int:
    from services.accounts import search_accounts
    from services.health.kept import current_health
    from services.words import render, text

    try:
        today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    except ValueError:
        return fail("cli.not_a_date", option="--today", value=args.today)
    found = search_accounts(args.search)
    health = current_health([a.uuid for a in found], today)
    rows = [{"uuid": a.uuid, "name": a.name, "country": a.country, "city": a.city, "stage": a.stage,
             "priority": a.priority, "source": a.source, "health": health[a.uuid].as_json()} for a in found]
    if args.json:
        print_json(rows)
    else:
        for a in found:
            h = health[a.uuid]
            why = render([reason.message for reason in h.reasons])
            print(f"{a.uuid}  {a.country}  {a.name}  ({a.city})  {h.score} {text('health.band.' + h.band)}"
                  f"{'  — ' + why if why else ''}")
    return 0


def run_demo(args) -> int:
    from services.accounts.demo import create_demo_data

    if not 1 <= args.accounts <= 100_000:
        return fail("cli.option_between", option="--accounts", lo=1, hi=100000)
    counts = create_demo_data(args.accounts, seed=args.seed)
    print_json(counts)
    return 0
