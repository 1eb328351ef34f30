"""Importing accounts and contacts from CSV, Excel or vCard: column mapping, a checked plan, one transaction.

How rows are counted (every non-blank data row lands in exactly one count; fully blank rows in none):

- ``imported``: the row created a new account or a new contact (or both);
- ``updated``: the row matched an existing account and contact (or ones an earlier row of the same file
  created) and only filled in or overwrote their fields with its non-empty values; records whose values
  already match are not written at all, so their ``updated_at`` stays as it was;
- ``skipped``: the row cannot be imported at all (no name to file it under); ``errors`` lists each such row
  with its number as the user sees it (spreadsheet rows with the header as row 1; for vCard, the card's place
  in the file, first card = 1) and the reason.

A bad value never drops a row: a malformed e-mail or an unknown country is left out, its text kept in the
notes, and ``warnings`` lists it. The country comes from the row (services/exchange/country_inference.py: country
field, phone, domain, city), else ``default_country``, else the one account of that name if there is exactly
one, else it stays unknown (""). A row that would start a new account but resembles one already there
(services/accounts/duplicates.py) is offered as a duplicate, and merged into it as ``merge`` says.

Matching: an account is the same when its folded name (case and accents ignored, any script) and country
are. A contact is the same when its e-mail matches case-insensitively within the account, else its
folded name. A row without a company belongs to the existing contact with its e-mail, if any, else to an
account named after the person. A real import plans and writes inside one write transaction
(``models.write_transaction()``), writing every few thousand rows so memory stays bounded: a second import of
the same file at the same moment waits for the first and then finds its records, instead of planning against the
same empty book and writing everything twice. A failure or a cancellation leaves the database as it was, and
``dry_run`` writes nothing but reports the same counts.
"""

from __future__ import annotations

from pathlib import Path

import peewee as pw

from models import db, write_transaction
from services.errors import UserError
from services.exchange.import_formats import (
    PROGRESS_EVERY,
    ImportCancelledError,
    ImportFileError,
    Progress,
    Table,
    read_table,
)
from services.exchange.import_mapping import (
    FIELDS,
    IGNORE,
    MappingError,
    check_mapping,
    guess_mapping,
    header_key,
    row_values,
)
from services.exchange.import_planner import DuplicateOffer, ImportPlan, ImportResult, MergeChoice, Planner, RowError
from services.exchange.import_rows import MESSAGING_APPS, RowRejectedError
from services.exchange.import_writer import write_accounts

__all__ = ["FIELDS", "IGNORE", "MESSAGING_APPS", "BookNotWritableError", "DuplicateOffer", "ImportCancelledError",
           "ImportFileError", "ImportPlan", "ImportResult", "MappingError", "RowError", "Table", "apply_plan",
           "guess_mapping", "header_key", "import_file", "plan_import", "read_table", "row_values", "run_import"]

FLUSH_ROWS = 5000  # rows planned between two writes of a real import: memory stays bounded by this, not the file


class BookNotWritableError(UserError):
    """The book could not be written: another process held it past the wait, or it cannot be written at all."""



def _plan_rows(table: Table, mapping: dict[int, str], planner: Planner, progress: Progress | None,
               flush: bool) -> ImportResult:
    """Plan every row; with flush, write every FLUSH_ROWS rows (inside the caller's transaction)."""
    result = ImportResult()
    total = len(table.rows)
    for index, (number, cells) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        if index % PROGRESS_EVERY == 0:
            _report(progress, index, total)
        if flush and index and index % FLUSH_ROWS == 0:
            planner.flush()
        values = row_values(cells, mapping)
        if not values:
            continue
        try:
            created = planner.plan_row(number, values, result)
        except RowRejectedError as exc:
            result.skipped += 1
            result.errors.append(RowError(number, str(exc)))
            continue
        if created:
            result.imported += 1
        else:
            result.updated += 1
    if flush:
        planner.flush()
    result.without_country = len(planner.unplaced)
    _report(progress, total, total)
    return result


def plan_import(table: Table, mapping: dict[int, str] | None = None, default_country: str | None = None,
                progress: Progress | None = None, merge: MergeChoice | None = None) -> ImportPlan:
    """Check every row against the database and the rows before it; nothing is written.

    progress(rows checked, rows) returning False cancels.
    """
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    check_mapping(mapping)
    planner = Planner(default_country, merge or MergeChoice())
    result = _plan_rows(table, mapping, planner, progress, flush=False)
    return ImportPlan(accounts=list(planner.planned.values()), result=result)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise ImportCancelledError("import.cancelled")


def apply_plan(plan: ImportPlan) -> ImportResult:
    """Write a plan made by plan_import in one transaction."""
    with db.atomic():
        write_accounts(plan.accounts)
    return plan.result


def run_import(table: Table, mapping: dict[int, str] | None = None, dry_run: bool = False,
               default_country: str | None = None, progress: Progress | None = None,
               merge: str = "strong", merge_rows: dict[int, bool] | None = None) -> ImportResult:
    """Plan, then (unless dry_run) write, both under the write lock; the counts are the same either way.

    progress(rows done, rows) returning False cancels. merge (strong, all, none) says which likely duplicates
    are merged into the account they resemble; merge_rows (row -> True/False) overrides it per row.
    """
    choice = MergeChoice(merge, merge_rows)
    if dry_run:
        return plan_import(table, mapping, default_country, progress, choice).result
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    check_mapping(mapping)
    try:
        with write_transaction():
            return _plan_rows(table, mapping, Planner(default_country, choice), progress, flush=True)
    except pw.OperationalError as exc:  # the lock wait ran out, or the file cannot be written
        raise BookNotWritableError("import.not_written", file=Path(db.database).name, problem=str(exc)) from exc


def import_file(path: Path | str, mapping: dict[int, str] | None = None, dry_run: bool = False, *,
                encoding: str | None = None, delimiter: str | None = None, sheet: str | None = None,
                default_country: str | None = None, merge: str = "strong") -> ImportResult:
    """Read path (CSV, .xlsx or vCard), map its columns (guessed from the headers unless given) and import.

    The file is read before the write lock is taken: only planning and writing hold it.
    """
    table = read_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet)
    return run_import(table, mapping, dry_run=dry_run, default_country=default_country, merge=merge)
