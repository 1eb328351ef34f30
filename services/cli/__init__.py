"""The command line: each module registers its sub-commands; a command parses, calls a service, prints."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from typing import Any

# Modules under services.cli that define register(subparsers); order is the order in --help.
COMMAND_MODULES = ["accounts", "bundle", "countries", "cadence", "commitments", "briefs", "exchange", "backups"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rapport", description="Rapport: customer relationships for exporters.")
    parser.add_argument("--db", help="database file (default: RAPPORT_DB, else the user's data folder)")
    parser.add_argument("--lang", choices=["en", "zh"], help="language of the interface and briefs")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start the GUI, paint the main window once, print the start-up time, exit")
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
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n")


def fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"rapport: {message}\n")
    return code
