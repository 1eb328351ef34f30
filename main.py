"""Rapport's launcher: parse arguments, open the database, start the GUI or a command."""

import time

STARTED = time.perf_counter()  # the smoke test reports start-up from here

import sys  # noqa: E402

# peewee imports the PostgreSQL driver when it is installed (60 ms of every start); a file book never needs it,
# and models.server.load_driver() brings it in when a server book is opened.
sys.modules.setdefault("psycopg", None)  # type: ignore[arg-type]

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

        try:
            return run_command(args, book)
        except BrokenPipeError:  # the reader stopped early (`rapport countries | head`): not an error to report
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
            return 0
    from cli import passphrase
    from services.book.encryption import derive_in_background

    try:
        given = passphrase(args)
    except UserError as exc:
        return fail(str(exc))
    derive_in_background(book, given)  # an encrypted book's key is derived while Qt is imported and started
    from ui.app import run_gui

    return run_gui(book, lang=args.lang, smoke_test=args.smoke_test, started=STARTED)


if __name__ == "__main__":
    sys.exit(main())
