"""The English text of every message the book's errors carry (models may not import services' catalogue).

services/words/en.py takes these entries as they are, and zh.py gives each its Chinese; an error keeps its code and
parameters, so the command line and the GUI show it in the reader's language while str() inside models stays English.
"""

# ruff: noqa: E501 (sentence tables read better unwrapped)

TEXT: dict[str, str] = {
    "book.busy": "The database {path} is busy: another program or Rapport process is writing to it. Try again when it has finished.",
    "book.read_only_here": "Rapport cannot write to the database {path}: the file or its folder is read-only. Make them writable, or copy the book to a folder you can write to and open it there with --db.",
    "book.damaged_because": "The database {path} is damaged ({problem}).",
    "book.not_read_or_written": "The database {path} could not be read or written ({problem}). Check the disk space and that the file and its folder are there and writable.",
    "book.cannot_open_because": "The database {path} cannot be opened: {problem}.",
    "book.damaged_reading": "The database {path} is damaged: {problem}.",
    "book.is_folder": "{path} is a folder, not a database file. Give a file name, e.g. {example}.",
    "book.no_folder": "The folder {folder} does not exist, so the database {file} cannot be opened or created there. Create the folder first, or choose a file in an existing folder.",
    "book.read_only": "Rapport cannot write to the database {path}: the file or its folder {folder} is read-only. Make them writable, or copy the book to a folder you can write to and open it there.",
    "book.missing_or_empty": "{path} does not exist or is empty.",
    "book.too_new": "The database {path} was written by a newer Rapport (schema {schema}, this app knows {latest}). Install the newer version to open it.",
    "book.unreadable": "The database file {path} cannot be read ({problem}). Check that you may read it.",
    "book.not_a_book": "The file {path} is not a Rapport database (it is damaged or another kind of file).",
    "book.no_schema": "The database {path} is damaged: it has no schema version.",
    "book.cut_short": "The database {path} is damaged: the file is shorter ({size:,} bytes) than its {pages:,} bytes of pages.",
    "book.integrity": "The database {path} is damaged (its integrity check found: {found}).",
    "book.foreign": "The file {path} is an SQLite file of another program, not a Rapport database.",
    "book.needs_passphrase": "The database {path} is encrypted: give its passphrase (--passphrase-file FILE or the RAPPORT_PASSPHRASE environment variable).",
    "book.wrong_passphrase": "The passphrase does not open the encrypted database {path}. Check it and try again.",
    "book.locked": "The database {path} is locked by another program. Close it there and try again.",
    "book.cannot_open": "The database {path} cannot be opened ({problem}). Check that you may read the file and write in its folder.",
    "book.being_restored": "The database {path} is being restored by another Rapport process. Try again when the restore has finished.",
    "book.open_elsewhere": "The database {path} is open in another Rapport window or command. Close it there and try again. Nothing was changed.",
    "book.server_unreachable": "The office database {path} cannot be reached ({problem}). Check the network, or ask whoever looks after the server; nothing was changed.",
    "book.server_refused": "The office database {path} refused the connection ({problem}). Check the user name and password in Settings → Office database.",
    "book.server_lost": "The connection to the office database {path} was lost ({problem}). Nothing of this change was saved; Rapport reconnects by itself, try again in a moment.",
    "book.server_too_old": "The office database {path} runs PostgreSQL {version}; Rapport needs PostgreSQL 15 or newer.",
    "book.server_denied": "The office database {path} does not let this user change its tables ({problem}). The role Rapport uses must own the database's schema: see docs/office-database.md.",
    "book.address_empty": "The database address is empty. Give a file path or sqlite:///PATH.",
    "book.address_postgres": "{address} is not a whole PostgreSQL address. Give postgresql://USER@HOST[:PORT]/DATABASE, e.g. postgresql://rapport@office-server/rapport.",
    "book.address_scheme": "{address}: Rapport opens SQLite files and PostgreSQL databases. Give --db (or RAPPORT_DB) a file path, a sqlite:///PATH address or postgresql://USER@HOST/DATABASE.",
    "book.address_host": "{address}: an SQLite book is a file on this computer, not on {host}. Give sqlite:///PATH (sqlite:////PATH for an absolute path) or a file path.",
    "book.address_no_file": "{address} names no file. Give sqlite:///PATH, e.g. sqlite:///rapport.sqlite.",
}
