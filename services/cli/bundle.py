"""Commands: bundle export FILE, bundle import FILE, bundle merge FILE."""

from __future__ import annotations

from services.cli import fail, print_json


def register(sub) -> None:
    p = sub.add_parser("bundle", help="exchange records with another copy of Rapport")
    verbs = p.add_subparsers(dest="bundle_verb", required=True)
    e = verbs.add_parser("export", help="write every record to a bundle file")
    e.add_argument("file")
    e.set_defaults(func=run_export)
    for verb in ("import", "merge"):
        i = verbs.add_parser(verb, help="bring a bundle in (same records twice change nothing)")
        i.add_argument("file")
        i.add_argument("--json", action="store_true")
        i.set_defaults(func=run_merge)


def run_export(args) -> int:
    from services.bundle import export_bundle

    print_json({"file": args.file, **export_bundle(args.file)})
    return 0


def run_merge(args) -> int:
    from services.bundle import BundleError, import_bundle

    try:
        report = import_bundle(args.file)
    except BundleError as exc:
        return fail(f"{args.file}: {exc} Nothing was imported.")
    print_json(report.as_dict())
    return 0
