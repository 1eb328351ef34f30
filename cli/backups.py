"""Commands: backup FILE, restore FILE, move --to URL, contact-export UUID FILE, forget UUID."""

from __future__ import annotations

from pathlib import Path

from cli import fail, print_json


def register(sub) -> None:
    p = sub.add_parser("backup", help="copy the database to FILE (safe while the app runs)")
    p.add_argument("file")
    p.set_defaults(func=run_backup)
    p = sub.add_parser("restore", help="replace the database with FILE (the current one is kept beside it; "
                       "an encrypted FILE takes --passphrase-file)")
    p.add_argument("file")
    p.set_defaults(func=run_restore, needs_db=False)
    p = sub.add_parser("move", help="copy the whole book into an empty database (postgresql://… or a new file), "
                                    "verified table by table")
    p.add_argument("--to", required=True, metavar="URL", help="postgresql://user@host/db, or a new SQLite file")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run_move)
    p = sub.add_parser("contact-export", help="everything about one contact, as JSON")
    p.add_argument("contact_uuid")
    p.add_argument("file")
    p.set_defaults(func=run_contact_export)
    p = sub.add_parser("forget", help="remove a contact's personal data, keeping anonymous interaction counts")
    p.add_argument("contact_uuid")
    p.add_argument("--purge-backups", action="store_true",
                   help="also delete the automatic backups that may still hold the person (a fresh one is taken)")
    p.set_defaults(func=run_forget)


def run_backup(args) -> int:
    from services.book.backup import backup_now

    print_json({"backup": str(backup_now(Path(args.file)))})
    return 0


def run_move(args) -> int:
    import sys

    from services import words
    from services.book.move import move_book

    def progress(table: str, done: int, total: int) -> None:
        sys.stderr.write(words.text("move.progress", table=table, done=done, total=total) + "\n")
        sys.stderr.flush()

    report = move_book(args.to, progress)
    tables = [{"table": t.table, "rows": t.rows, "sha256": t.sha256} for t in report.tables]
    if args.json:
        print_json({"moved_to": report.target, "seconds": round(report.seconds, 1), "tables": tables})
        return 0
    print(words.text("move.done", target=report.target, seconds=f"{report.seconds:.1f}"))
    for t in report.tables:
        print(f"{t.table:<20} {t.rows:>10}  {t.sha256}")
    return 0


def run_restore(args) -> int:
    from cli import passphrase
    from services.book.backup import restore
    from services.errors import UserError

    try:
        kept = restore(Path(args.file), args.book, passphrase(args))
    except UserError as exc:
        return fail(str(exc))
    print_json({"restored": str(args.book), "previous_kept_as": str(kept)})
    return 0


def run_contact_export(args) -> int:
    from services.book.privacy import export_contact_data
    from services.errors import NotFoundError

    try:
        data = export_contact_data(args.contact_uuid, args.file)
    except NotFoundError as exc:
        return fail(str(exc))
    print_json({"file": args.file, "interactions": len(data["interactions"]),
                "commitments": len(data["commitments"])})
    return 0


def run_forget(args) -> int:
    from services.book.privacy import backups_holding, forget_contact, purge_backups
    from services.errors import NotFoundError

    try:
        kept = forget_contact(args.contact_uuid)
    except NotFoundError as exc:
        return fail(str(exc))
    result = {"forgotten": args.contact_uuid, "anonymous_interactions_kept": kept}
    if args.purge_backups:
        purged = purge_backups(args.book, args.contact_uuid)
        result["backups_deleted"] = [str(p) for p in purged.deleted]
        result["fresh_backup"] = str(purged.fresh) if purged.fresh else None
    else:
        result["backups_that_may_hold_them"] = [str(p) for p in backups_holding(args.book, args.contact_uuid)]
    print_json(result)
    return 0
