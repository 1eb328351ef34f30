"""Commands: bundle export FILE [--plain | --passphrase-file F], bundle import|merge FILE [--orphans]
[--passphrase-file F], bundle bring-back TRASH_UUID..."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cli import fail, print_json
from services import words

# The bundle's own passphrase option has a dest of its own: the book's --passphrase-file (before the command)
# must not be overwritten by this one's default.
PASSPHRASE_DEST = "bundle_passphrase_file"


def register(sub) -> None:
    p = sub.add_parser("bundle", help="exchange records with another copy of Rapport")
    verbs = p.add_subparsers(dest="bundle_verb", required=True)
    e = verbs.add_parser("export", help="write every record to a bundle file")
    e.add_argument("file")
    how = e.add_mutually_exclusive_group()
    how.add_argument("--plain", action="store_true",
                     help="write a bundle anyone can read, even from an encrypted book (a warning is printed)")
    how.add_argument("--passphrase-file", dest=PASSPHRASE_DEST, metavar="FILE",
                     help="encrypt the bundle with the passphrase in FILE (default: an encrypted book's own)")
    e.set_defaults(func=run_export)
    for verb in ("import", "merge"):
        i = verbs.add_parser(verb, help="bring a bundle in (same records twice change nothing)")
        i.add_argument("file")
        i.add_argument("--orphans", choices=["set-aside", "restore"], default="set-aside",
                       help="records whose account or contact was deleted here: put them in the trash and list "
                            "them (default), or bring the account or contact back with them")
        i.add_argument("--json", action="store_true")
        i.add_argument("--passphrase-file", dest=PASSPHRASE_DEST, metavar="FILE",
                       help="an encrypted bundle's passphrase, in FILE (else RAPPORT_PASSPHRASE); the book's own "
                            "passphrase is tried first")
        i.set_defaults(func=run_merge)
    b = verbs.add_parser("bring-back", help="bring back records a merge set aside, with what they belong to")
    b.add_argument("trash_uuid", nargs="+", help="the trash_uuid of an entry in the merge's set_aside list")
    b.set_defaults(func=run_bring_back)


def run_export(args) -> int:
    from services.errors import UserError
    from services.exchange.bundle import export_bundle

    try:
        passphrase = _passphrase_file(getattr(args, PASSPHRASE_DEST))
    except UserError as exc:
        return fail(str(exc))
    counts = export_bundle(args.file, passphrase=passphrase, plain=args.plain)
    if args.plain:
        sys.stderr.write(f"rapport: {words.text('cli.plain_bundle', file=args.file)}\n")
    print_json({"file": args.file, **counts})
    return 0


def run_merge(args) -> int:
    from services.errors import UserError
    from services.exchange.bundle import import_bundle
    from services.exchange.bundle_crypto import PassphraseNeededError

    try:
        passphrase = _passphrase_file(getattr(args, PASSPHRASE_DEST)) or os.environ.get("RAPPORT_PASSPHRASE")
        report = import_bundle(args.file, orphans=args.orphans, passphrase=passphrase)
    except PassphraseNeededError:
        return fail("cli.bundle_passphrase", file=args.file)
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


def _passphrase_file(path: str | None) -> str | None:
    """The passphrase in the file at path: its first line, without the line end (None without a file)."""
    from services.errors import UserError

    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("cli.passphrase_file", file=path, problem=getattr(exc, "strerror", None) or exc) from exc
    passphrase = text.splitlines()[0] if text else ""
    if not passphrase:
        raise UserError("bundle.empty_passphrase")
    return passphrase
