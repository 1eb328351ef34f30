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
notes, and ``warnings`` lists it. The country comes from the row (services/country_inference.py: country
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

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import peewee as pw

from models import Account, Contact, db, write_transaction
from services.accounts import phones
from services.accounts.duplicates import DuplicateIndex, Incoming, build_index
from services.country_inference import CountryGuess, infer_row_country
from services.errors import UnknownCountryError, UserError
from services.import_formats import (
    PROGRESS_EVERY,
    ImportCancelledError,
    ImportFileError,
    Progress,
    Table,
    read_table,
)
from services.import_mapping import (
    FIELDS,
    IGNORE,
    MappingError,
    check_mapping,
    guess_mapping,
    header_key,
    row_values,
)
from services.import_rows import MESSAGING_APPS, RowRejectedError, add_note, cleaned, fallback_name, kept_note
from services.import_vcard import join_name
from services.import_writer import PlannedAccount, PlannedContact, write_accounts
from services.text import fold

__all__ = ["FIELDS", "IGNORE", "MESSAGING_APPS", "BookNotWritableError", "DuplicateOffer", "ImportCancelledError",
           "ImportFileError", "ImportPlan", "ImportResult", "MappingError", "RowError", "Table", "apply_plan",
           "guess_mapping", "header_key", "import_file", "plan_import", "read_table", "row_values", "run_import"]

MERGE_POLICIES = ("strong", "all", "none")
STRONG_REASONS = {"same_email", "same_phone"}  # one person for sure: merged unless the user says otherwise
NAME_REASONS = {"same_name", "similar_name"}
COUNTRIES_KEPT = 1000  # rows whose inferred country the result keeps for a preview
FLUSH_ROWS = 5000  # rows planned between two writes of a real import: memory stays bounded by this, not the file


class BookNotWritableError(UserError):
    """The book could not be written: another process held it past the wait, or it cannot be written at all."""


@dataclass(frozen=True)
class RowError:
    row: int
    message: str


class DuplicateOffer(NamedTuple):
    """A row that looks like an account already there: merge it into that account instead of a new one?"""

    row: int
    account_uuid: str  # "" when the account is one an earlier row of the same file creates
    account_name: str
    score: int
    reasons: tuple[str, ...]
    detail: str
    strong: bool       # same e-mail or number: merging is the default
    merged: bool       # what this run did (or, for a check, would do)


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    without_country: int = 0  # accounts the import leaves with their country unknown
    duplicates: list[DuplicateOffer] = field(default_factory=list)
    countries: dict[int, CountryGuess] = field(default_factory=dict)  # row -> where its country came from

    def as_dict(self) -> dict:
        return {"imported": self.imported, "updated": self.updated, "skipped": self.skipped,
                "without_country": self.without_country,
                "errors": [{"row": e.row, "message": e.message} for e in self.errors],
                "warnings": [{"row": w.row, "message": w.message} for w in self.warnings],
                "duplicates": [{"row": d.row, "account_uuid": d.account_uuid, "account_name": d.account_name,
                                "score": d.score, "reasons": list(d.reasons), "detail": d.detail,
                                "strong": d.strong, "merged": d.merged} for d in self.duplicates]}


@dataclass
class ImportPlan:
    accounts: list[PlannedAccount]
    result: ImportResult


def name_key(name: str) -> str:
    return " ".join(fold(name).split())


class MergeChoice(NamedTuple):
    policy: str = "strong"            # strong, all or none: which offers are merged by default
    rows: dict[int, bool] | None = None  # row -> merge or not, the user's word over the policy

    def merges(self, row: int, strong: bool) -> bool:
        if self.rows and row in self.rows:
            return self.rows[row]
        return self.policy == "all" or (self.policy == "strong" and strong)


# ---------------------------------------------------------------- planning


class _Planner:
    """Decides, row by row, what to create and what to update; writes only when flush() is called."""

    def __init__(self, default_country: str | None, merge: MergeChoice) -> None:
        self.default_country = _resolve(default_country) if default_country else None
        if default_country and not self.default_country:
            raise UnknownCountryError(f"'{default_country}' is not a country this program knows.")
        if merge.policy not in MERGE_POLICIES:
            raise UserError(f"'{merge.policy}' is not a way to merge duplicates: use {', '.join(MERGE_POLICIES)}.")
        self.merge = merge
        self.existing: dict[tuple[str, str], int] = {}
        self.names: dict[str, set[tuple[str, str]]] = {}  # folded name -> account keys, existing and new
        self.by_uuid: dict[str, tuple[str, str]] = {}
        key_of: dict[int, tuple[str, str]] = {}
        query = Account.select(Account.id, Account.uuid, Account.name, Account.country).order_by(Account.id)
        for pk, uuid, name, country in query.tuples():
            key = (name_key(name), country)
            self.existing.setdefault(key, pk)
            key_of[pk] = self.by_uuid[uuid] = key
            self.names.setdefault(key[0], set()).add(key)
        self.contacts: dict[int, list[tuple[int, str, str]]] = {}
        self.emails: dict[str, list[tuple[str, str]]] = {}  # e-mail -> account keys, existing and new
        query = Contact.select(Contact.id, Contact.account, Contact.name, Contact.email).order_by(Contact.id)
        for pk, account_pk, name, email in query.tuples():
            self.contacts.setdefault(account_pk, []).append((pk, name_key(name), email.lower()))
            if email:
                self.emails.setdefault(email.lower(), []).append(key_of[account_pk])
        self.planned: dict[tuple[str, str], PlannedAccount] = {}
        self.index: DuplicateIndex = build_index()
        self.unplaced: set[tuple[str, str]] = set()  # accounts the import leaves without a country

    def account(self, key: tuple[str, str]) -> PlannedAccount | None:
        if key in self.planned:
            return self.planned[key]
        pk = self.existing.get(key)
        if pk is None:
            return None
        planned = PlannedAccount(pk=pk, name="", country=key[1])
        for contact_pk, contact_name, email in self.contacts.get(pk, []):
            contact = PlannedContact(pk=contact_pk, values={})
            if email:
                planned.by_email.setdefault(email, contact)
            planned.by_name.setdefault(contact_name, contact)
        self.planned[key] = planned
        return planned

    def plan_row(self, number: int, values: dict[str, str], result: ImportResult) -> bool:
        """Fold one row into the plan; True when it creates a record. Raises RowRejectedError, changing nothing."""
        company = values.get("company", "")
        person = values.get("contact_name") or join_name(values.get("first_name", ""), values.get("last_name", ""))
        if not company and not person:
            raise RowRejectedError("no company and no contact name")
        warnings: list[str] = []
        account_values, contact_values = cleaned(values, company, person, warnings)
        guess = infer_row_country(values)
        if guess.unrecognised:
            add_note(account_values, kept_note("country", guess.unrecognised))
            warnings.append(f"{person or company}: unknown country '{guess.unrecognised}' (kept in the notes)")
        email = contact_values.get("email", "").lower()
        key = self._account_key(company or person, guess.code or self.default_country, "" if company else email)
        phone = contact_values.get("phone", "")
        number_e164 = phones.e164(phone, key[1]) if phone else ""
        key = self._offer(number, key, company or person, values, email, number_e164, result)
        if phone:
            contact_values["phone_e164"] = number_e164 if not key[1] else phones.e164(phone, key[1])
        result.warnings += [RowError(number, w) for w in warnings]
        if len(result.countries) < COUNTRIES_KEPT:
            result.countries[number] = _shown_guess(guess, key[1], self.default_country)
        if not key[1]:
            self.unplaced.add(key)
        created = False
        planned = self.account(key)
        if planned is None:
            planned = PlannedAccount(pk=None, name=company or person, country=key[1])
            self.planned[key] = planned
            self.names.setdefault(key[0], set()).add(key)
            created = True
        planned.values.update(account_values)
        if contact_values:
            created = self._plan_contact(planned, contact_values) or created
            if email and key not in self.emails.setdefault(email, []):
                self.emails[email].append(key)
        return created

    def _account_key(self, name: str, code: str | None, email: str) -> tuple[str, str]:
        # A person without a company: the account of the contact we already have under that e-mail.
        for key in self.emails.get(email, []) if email else []:
            if code in (None, key[1]):
                return key
        if code:
            return (name_key(name), code)
        candidates = self.names.get(name_key(name), set())
        if len(candidates) == 1:
            return next(iter(candidates))
        return (name_key(name), "")

    def _offer(self, number: int, key: tuple[str, str], name: str, values: dict[str, str], email: str,
               number_e164: str, result: ImportResult) -> tuple[str, str]:
        """The key the row goes to: its own, or that of a likely duplicate it is merged into."""
        incoming = Incoming(name, key[1], (email,) if email else (), (number_e164,) if number_e164 else (),
                            _websites(values))
        # Only a row that would start a new account is offered a merge; matches first, so it never finds itself.
        matches = [] if key in self.planned or key in self.existing else self.index.matches(incoming)
        row_id = f"row:{number}"
        target = None
        for match in matches:
            target = self.by_uuid.get(match.account_uuid)
            if target is not None and target != key:
                strong = _strong(match.reasons, bool(values.get("company")))
                merged = self.merge.merges(number, strong)
                uuid = "" if match.account_uuid.startswith("row:") else match.account_uuid
                result.duplicates.append(DuplicateOffer(number, uuid, match.account_name, match.score,
                                                        match.reasons, match.detail, strong, merged))
                key = target if merged else key
                break
        self.index.add(row_id, name, key[1], *incoming[2:])
        self.by_uuid[row_id] = key
        return key

    @staticmethod
    def _plan_contact(planned: PlannedAccount, values: dict) -> bool:
        email = values.get("email", "").lower()
        name = values.get("name", "")
        contact = planned.by_email.get(email) if email else None
        if contact is None and name:
            contact = planned.by_name.get(name_key(name))
        created = contact is None
        if contact is None:
            # No person named: the contact is called by its e-mail, phone or messaging handle.
            contact = PlannedContact(pk=None, values={"name": name or fallback_name(values)})
        if not contact.queued:
            planned.contacts.append(contact)
            contact.queued = True
        if "messaging" in values and "messaging" in contact.values:
            values = {**values, "messaging": {**contact.values["messaging"], **values["messaging"]}}
        contact.values.update(values)
        if email:
            planned.by_email.setdefault(email, contact)
        planned.by_name.setdefault(name_key(contact.values.get("name") or name), contact)
        return created

    def flush(self) -> None:
        """Write what is planned and keep only what later rows need to find it: memory stays bounded."""
        written = list(self.planned.items())
        write_accounts([planned for _key, planned in written])
        pks = []
        for key, planned in written:
            self.existing[key] = planned.pk
            self.contacts[planned.pk] = []
            pks.append(planned.pk)
        for first in range(0, len(pks), 500):
            query = (Contact.select(Contact.id, Contact.account, Contact.name, Contact.email)
                     .where(Contact.account.in_(pks[first:first + 500])).order_by(Contact.id))
            for pk, account_pk, name, email in query.tuples():
                self.contacts[account_pk].append((pk, name_key(name), email.lower()))
        self.planned.clear()


def _strong(reasons: tuple[str, ...], has_company: bool) -> bool:
    """Merged by default: the same e-mail or number, unless the row names a company the match's name is not
    like (a shared switchboard, an assistant's e-mail across firms)."""
    same_person = bool(STRONG_REASONS & set(reasons))
    return same_person and (not has_company or bool(NAME_REASONS & set(reasons)))


def _websites(values: dict[str, str]) -> tuple[str, ...]:
    return tuple(w for w in (values.get("website", ""),) if w)


def _shown_guess(guess: CountryGuess, code: str, default: str | None) -> CountryGuess:
    """Where the row's country came from, as the preview shows it: inferred, the default, or an account's."""
    if guess.code and guess.code == code:
        return guess
    if code and code == default:
        return CountryGuess(code, "default", default, guess.unrecognised)
    if code:
        return CountryGuess(code, "account", "", guess.unrecognised)
    return guess


def _resolve(text: str) -> str | None:
    from services.countries import try_resolve_country

    country = try_resolve_country(text.strip())
    return country.code if country else None


def _plan_rows(table: Table, mapping: dict[int, str], planner: _Planner, progress: Progress | None,
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
    planner = _Planner(default_country, merge or MergeChoice())
    result = _plan_rows(table, mapping, planner, progress, flush=False)
    return ImportPlan(accounts=list(planner.planned.values()), result=result)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise ImportCancelledError("The import was cancelled; nothing was imported.")


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
            return _plan_rows(table, mapping, _Planner(default_country, choice), progress, flush=True)
    except pw.OperationalError as exc:  # the lock wait ran out, or the file cannot be written
        raise BookNotWritableError(
            f"The book {Path(db.database).name} could not be written ({exc}). If another Rapport window or "
            "command is importing or merging, try again when it has finished.") from exc


def import_file(path: Path | str, mapping: dict[int, str] | None = None, dry_run: bool = False, *,
                encoding: str | None = None, delimiter: str | None = None, sheet: str | None = None,
                default_country: str | None = None, merge: str = "strong") -> ImportResult:
    """Read path (CSV, .xlsx or vCard), map its columns (guessed from the headers unless given) and import.

    The file is read before the write lock is taken: only planning and writing hold it.
    """
    table = read_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet)
    return run_import(table, mapping, dry_run=dry_run, default_country=default_country, merge=merge)
