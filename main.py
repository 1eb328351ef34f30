"""Rapport's launcher: parse arguments, open the database, start the GUI or a command."""

import time

STARTED = time.perf_counter()  # the smoke test reports start-up from here

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from services.cli import fail, parse_args  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from services import paths

    db_path = Path(args.db).expanduser() if args.db else paths.default_db_path()
    if args.command:
        import models

        args.db_path = db_path
        if not getattr(args, "needs_db", True):
            return args.func(args)
        try:
            models.open_database(db_path)
        except models.DatabaseOpenError as exc:
            return fail(str(exc))
        try:
            return args.func(args)
        finally:
            models.close_database()
    from ui.app import run_gui

    return run_gui(db_path, lang=args.lang, smoke_test=args.smoke_test, started=STARTED)


if __name__ == "__main__":
    sys.exit(main())
