"""The command line: each module registers its sub-commands; a command parses, calls a service, prints."""

from __future__ import annotations

import argparse
import sys
from typing import Any

# Modules under services.cli that define register(subparsers); order is the order in --help.
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
            module = importlib.import_module(f"services.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"services.cli.{name}":
                continue
            raise
        module.register(sub)
    return parser


def print_json(payload: Any) -> None:
    import json

    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n")


def fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"rapport: {message}\n")
    return code
