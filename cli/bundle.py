"""Commands: bundle export FILE, bundle import|merge FILE [--orphans], bundle bring-back TRASH_UUID..."""

from __future__ import annotations

from cli import fail, print_json


def register(sub) -> None:
    p = sub.add_parser("bundle", help="exchange records with another copy of Rapport")
    verbs = p.add_subparsers(dest="bundle_verb", required=True)
    e = verbs.add_parser("export", help="write every record to a bundle file")
    e.add_argument("file")
    e.set_defaults(func=run_export)
    for verb in ("import", "merge"):
        i = verbs.add_parser(verb, help="bring a bundle in (same records twice change nothing)")
        i.add_argument("file")
        i.add_argument("--orphans", choices=["set-aside", "restore"], default="set-aside",
                       help="records whose account or contact was deleted here: put them in the trash and list "
                            "them (default), or bring the account or contact back with them")
        i.add_argument("--json", action="store_true")
        i.set_defaults(func=run_merge)
    b = verbs.add_parser("bring-back", help="bring back records a merge set aside, with what they belong to")
    b.add_argument("trash_uuid", nargs="+", help="the trash_uuid of an entry in the merge's set_aside list")
    b.set_defaults(func=run_bring_back)


def run_export(args) -> int:
    from services.exchange.bundle import export_bundle

    print_json({"file": args.file, **export_bundle(args.file)})
    return 0


def run_merge(args) -> int:
    from services.errors import UserError
    from services.exchange.bundle import import_bundle

    try:
        report = import_bundle(args.file, orphans=args.orphans)
    except UserError as exc:
        return fail("cli.file_not_imported", file=args.file, problem=str(exc))
    print_json(report.as_dict())
    return 0


def run_bring_back(args) -> int:
    from services.errors import UserError
    from services.exchange.bundle import restore_set_aside

    try:
        report = restore_set_aside(args.trash_uuid)
    except UserError as exc:
        return fail(str(exc))
    print_json(report.as_dict())
    return 0
