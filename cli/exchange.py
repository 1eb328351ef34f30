"""Commands: import FILE (CSV, .xlsx or vCard contact lists) and export FILE (CSV or .xlsx)."""

from __future__ import annotations

from cli import fail, print_json
from services.words import Message, text


def register(sub) -> None:
    p = sub.add_parser("import", help="import accounts and contacts from a CSV, Excel (.xlsx) or vCard file")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="check every row and count, but write nothing")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--encoding", help="text encoding of a CSV or vCard file (default: detected)")
    p.add_argument("--delimiter", help="column separator of a CSV file: , ; tab | (default: detected)")
    p.add_argument("--sheet", help="sheet of an Excel workbook (default: the first)")
    p.add_argument("--country", help="country for rows whose country cannot be inferred (code or name)")
    p.add_argument("--merge-duplicates", choices=("strong", "all", "none"), default="strong",
                   help="merge rows that look like an existing account into it: strong (same e-mail or number, "
                        "the default), all likely duplicates, or none")
    p.set_defaults(func=run_import)

    p = sub.add_parser("export", help="write all accounts and contacts to a CSV or Excel (.xlsx) file")
    p.add_argument("file")
    p.set_defaults(func=run_export)


def run_import(args) -> int:
    from services.errors import UserError
    from services.exchange.importer import import_file

    try:
        result = import_file(args.file, dry_run=args.dry_run, encoding=args.encoding, delimiter=args.delimiter,
                             sheet=args.sheet, default_country=args.country, merge=args.merge_duplicates)
    except UserError as exc:
        return fail("cli.not_imported", problem=str(exc))
    if args.json:
        print_json(result.as_dict())
        return 0
    note = Message("cli.dry_run_note") if args.dry_run else ""
    print(text("cli.import_counts", imported=result.imported, updated=result.updated, skipped=result.skipped,
               note=note))
    if result.without_country:
        print(text("cli.import_without_country", count=result.without_country))
    for problem in [*result.errors, *result.warnings]:
        print(text("cli.import_row_error", row=problem.row, message=problem.message))
    for offer in result.duplicates:
        print(text("cli.import_duplicate_merged" if offer.merged else "cli.import_duplicate_offered", row=offer.row,
                   account=offer.account_name, reasons=", ".join(offer.reasons), detail=offer.detail))
    return 0


def run_export(args) -> int:
    from services.exchange.exporter import export_accounts

    print_json(export_accounts(args.file))
    return 0
