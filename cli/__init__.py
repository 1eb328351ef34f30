"""The command line: each module registers its sub-commands; a command parses, calls a service, prints."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.address import BookAddress

from services.words import Message

# Modules under cli that define register(subparsers); order is the order in --help.
COMMAND_MODULES = ["accounts", "bundle", "countries", "cadence", "commitments", "briefs", "exchange", "backups",
                   "trash"]


def _options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--db", help="database file (default: RAPPORT_DB, else the user's data folder)")
    parser.add_argument("--lang", choices=["en", "zh"], help="language of the interface and briefs")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start the GUI, paint the main window once, print the start-up time, exit")
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The arguments; the command modules are imported only when a command (or --help) is given.

    Starting the GUI is the common case, and registering every command's parser costs start-up time.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    options, rest = _options(argparse.ArgumentParser(prog="rapport", add_help=False)).parse_known_args(argv)
    if not rest:
        options.command = None
        return options
    return build_parser().parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _options(argparse.ArgumentParser(prog="rapport",
                                              description="Rapport: customer relationships for exporters."))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"cli.{name}":
                continue
            raise
        module.register(sub)
    return parser


def print_json(payload: Any) -> None:
    import json

    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n")


def width(text: str) -> int:
    """Columns text takes in a terminal: a Chinese character takes two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def padded(text: str, columns: int) -> str:
    """text filled with spaces to columns terminal columns, so Chinese words line up as English ones do."""
    return text + " " * (columns - width(text))


def fail(message: str, /, **params: Any) -> int:
    """`rapport: message` on stderr in the reader's language (message: a catalogue code, or text already shown)."""
    from services import words

    sys.stderr.write(f"rapport: {words.text(message, **params)}\n")
    return 2


def run_command(args: argparse.Namespace, book: BookAddress) -> int:
    """Open the book (unless the command opens it itself), take the automatic copy, run the command, close.

    Whatever goes wrong with the file (damaged, foreign, locked, read-only, an interrupted restore) or with the
    user's input ends as `rapport: message` and exit code 2, never a traceback.
    """
    import models
    from services.book.backup import interrupted_restore
    from services.errors import UserError, message_of, shown

    args.book = book
    try:
        if not getattr(args, "needs_db", True):
            return args.func(args)
        interrupted = interrupted_restore(book)
        if interrupted is not None:
            return fail(str(interrupted.advice()))
        try:
            models.open_database(book)
        except models.DatabaseDamagedError as exc:
            return fail("cli.damaged", problem=message_of(exc), advice=_damaged_advice(book))
        try:
            _copy_first(args, book)
            return args.func(args)
        finally:
            models.close_database()
    except (UserError, models.DatabaseOpenError) as exc:
        return fail(shown(exc))
    except Exception as exc:
        explained = models.explain_error(exc, book.where)
        if explained is None:
            raise
        return fail(shown(explained))


def _damaged_advice(book: BookAddress) -> Message:
    """What to do about a damaged or foreign book: the newest sound automatic copy, if there is one."""
    from services.book.backup import latest_backup

    copy = latest_backup(book)
    if copy is None:
        return Message("cli.not_changed")
    return Message("cli.not_changed_copy", copy=copy, db=book)


def _copy_kind(args: argparse.Namespace) -> str | None:
    """The automatic copy a command takes before it changes many records (as the GUI copies at every start)."""
    if getattr(args, "dry_run", False):
        return None
    if args.command == "bundle":
        return "before-merge" if args.bundle_verb in ("import", "merge") else None
    return {"import": "before-import", "forget": "before-forget", "demo": "before-demo"}.get(args.command)


def _copy_first(args: argparse.Namespace, book: BookAddress) -> None:
    from services import accounts
    from services.book.backup import automatic_backup

    kind = _copy_kind(args)
    if kind and not accounts.is_empty():  # a copy of an empty book would keep nothing
        automatic_backup(book, kind)
