"""Commands: risks (open promises at risk) and trust (kept/late/broken/open per account and person)."""

from __future__ import annotations

import datetime as dt

from cli import fail, padded, print_json
from services.words import text


def _today(args) -> dt.date | None:
    if not args.today:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(args.today)
    except ValueError:
        return None


def register(sub) -> None:
    p = sub.add_parser("risks", help="open promises at risk, with reasons")
    p.add_argument("--today", help="assess as of this day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_risks)
    p = sub.add_parser("trust", help="promises kept on time, late, broken and open")
    p.add_argument("--today", help="as of this day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_trust)


def run_risks(args) -> int:
    from services.commitments import risks

    today = _today(args)
    if today is None:
        return fail("cli.not_a_date", option="--today", value=args.today)
    rows = [{"uuid": r.commitment.uuid, "account": r.commitment.account.name,
             "account_uuid": r.commitment.account.uuid, "title": r.commitment.title,
             "due_date": r.commitment.due_date.isoformat(), "promised_by": r.commitment.promised_by,
             "level": r.level, "reasons": list(r.reasons), "explanation": r.explanation, "action": r.action}
            for r in risks(today)]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            level = padded(text(f"level.{r['level']}").lower(), 6)
            print(f"[{level}] {r['due_date']}  {r['account']}: {r['title']}\n         {r['explanation']}"
                  f"\n         -> {r['action']}")
    return 0


def run_trust(args) -> int:
    from models import Account
    from services.commitments import trust

    if _today(args) is None:
        return fail("cli.not_a_date", option="--today", value=args.today)
    result = trust()
    names = dict(Account.select(Account.uuid, Account.name).tuples())
    payload = {
        "accounts": [{"account_uuid": u, "account": names.get(u, ""), **r.as_dict()}
                     for u, r in sorted(result.accounts.items(), key=lambda kv: names.get(kv[0], ""))],
        "people": [{"name": n, **r.as_dict()} for n, r in sorted(result.people.items())],
    }
    if args.json:
        print_json(payload)
    else:
        for p in payload["people"]:
            counts = text("cli.trust_counts", kept=p["kept"], late=p["late"], broken=p["broken"], open=p["open"])
            print(f"{padded(p['name'], 24)} {counts}")
    return 0
