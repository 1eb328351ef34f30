"""Commands: backup FILE, restore FILE, contact-export UUID FILE, forget UUID."""

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
