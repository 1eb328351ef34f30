"""Rapport's launcher: parse arguments, open the database, start the GUI or a command."""

import time

STARTED = time.perf_counter()  # the smoke test reports start-up from here

import sys  # noqa: E402

from cli import fail, parse_args  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from services import paths, words

    words.set_language(args.lang)  # the command line's messages; the GUI sets its own language when it starts
    from services.errors import UserError

    try:
        book = paths.book_address(args.db)
    except UserError as exc:
        return fail(str(exc))
    if args.command:
        from cli import run_command

        return run_command(args, book)
    from ui.app import run_gui

    return run_gui(book, lang=args.lang, smoke_test=args.smoke_test, started=STARTED)


if __name__ == "__main__":
    sys.exit(main())
