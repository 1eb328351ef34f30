"""Commands: trash [--json] (what is in the Trash), trash restore UUID [--with-account], trash delete UUID, empty."""

from __future__ import annotations

from cli import fail, padded, print_json
from services.words import text


def register(sub) -> None:
    p = sub.add_parser("trash", help="deleted records, kept for 30 days: list, restore, delete for good, empty")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_list)
    verbs = p.add_subparsers(dest="trash_verb", metavar="VERB")
    r = verbs.add_parser("restore", help="put an item back (by its id or the id of the record it holds)")
    r.add_argument("ref", metavar="UUID")
    r.add_argument("--with-account", action="store_true",
                   help="when the record's account is in the Trash too, restore both")
    r.set_defaults(func=run_restore)
    d = verbs.add_parser("delete", help="remove one item for good")
    d.add_argument("ref", metavar="UUID")
    d.set_defaults(func=run_delete)
    e = verbs.add_parser("empty", help="remove everything in the Trash for good")
    e.set_defaults(func=run_empty)


def _row(r) -> dict:
    return {"uuid": r.uuid, "kind": r.kind, "label": r.label, "account_uuid": r.account_uuid,
            "account": r.account_name, "reason": r.reason, "deleted_at": r.deleted_at.isoformat(),
            "expires_at": r.expires_at.isoformat(), "contacts": r.contacts, "interactions": r.interactions,
            "commitments": r.commitments}


def run_list(args) -> int:
    from services.accounts.trash import trash_rows

    rows = [_row(r) for r in trash_rows()]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            where = f" ({r['account']})" if r["account"] and r["kind"] != "account" else ""
            kind, reason = text(f"trash.{r['kind']}"), text(f"cli.trash_{r['reason']}")
            print(f"{r['deleted_at'][:16]}  {padded(kind, 11)} {r['label']}{where}  {reason}  {r['uuid']}")
    return 0


def run_restore(args) -> int:
    from services.accounts import trash
    from services.errors import UserError

    try:
        restored = trash.restore(args.ref, with_account=args.with_account)
    except trash.ParentInTrashError as exc:
        return fail("cli.restore_with_account", problem=str(exc), ref=args.ref)
    except UserError as exc:
        return fail(str(exc))
    print_json({"restored": restored._asdict()})
    return 0


def run_delete(args) -> int:
    from services.accounts import trash
    from services.errors import UserError

    try:
        removed = trash.delete_forever(args.ref)
    except UserError as exc:
        return fail(str(exc))
    print_json({"deleted_for_good": removed._asdict()})
    return 0


def run_empty(args) -> int:
    from services.accounts.trash import empty_trash

    print_json({"deleted_for_good": empty_trash()})
    return 0
