"""The import's row-by-row planner: what each row creates, updates or merges, and the result it reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from models import Account, Contact
from services import words
from services.accounts import phones
from services.accounts.duplicates import DuplicateIndex, Incoming, build_index
from services.errors import UnknownCountryError, UserError
from services.exchange.country_inference import CountryGuess, infer_row_country
from services.exchange.import_rows import RowRejectedError, add_note, cleaned, fallback_name, kept_note
from services.exchange.import_vcard import join_name
from services.exchange.import_writer import PlannedAccount, PlannedContact, write_accounts
from services.text import fold

MERGE_POLICIES = ("strong", "all", "none")
STRONG_REASONS = {"same_email", "same_phone"}  # one person for sure: merged unless the user says otherwise
NAME_REASONS = {"same_name", "similar_name"}
COUNTRIES_KEPT = 1000  # rows whose inferred country the result keeps for a preview


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


def order_key(name: str) -> str:
    return " ".join(fold(name).split())


class MergeChoice(NamedTuple):
    policy: str = "strong"            # strong, all or none: which offers are merged by default
    rows: dict[int, bool] | None = None  # row -> merge or not, the user's word over the policy

    def merges(self, row: int, strong: bool) -> bool:
        if self.rows and row in self.rows:
            return self.rows[row]
        return self.policy == "all" or (self.policy == "strong" and strong)



class Planner:
    """Decides, row by row, what to create and what to update; writes only when flush() is called."""

    def __init__(self, default_country: str | None, merge: MergeChoice) -> None:
        self.default_country = _resolve(default_country) if default_country else None
        if default_country and not self.default_country:
            raise UnknownCountryError("import.unknown_default_country", country=default_country)
        if merge.policy not in MERGE_POLICIES:
            raise UserError("import.unknown_merge_policy", policy=merge.policy, policies=", ".join(MERGE_POLICIES))
        self.merge = merge
        self.existing: dict[tuple[str, str], int] = {}
        self.names: dict[str, set[tuple[str, str]]] = {}  # folded name -> account keys, existing and new
        self.by_uuid: dict[str, tuple[str, str]] = {}
        key_of: dict[int, tuple[str, str]] = {}
        query = Account.select(Account.id, Account.uuid, Account.name, Account.country).order_by(Account.id)
        for pk, uuid, name, country in query.tuples():
            key = (order_key(name), country)
            self.existing.setdefault(key, pk)
            key_of[pk] = self.by_uuid[uuid] = key
            self.names.setdefault(key[0], set()).add(key)
        self.contacts: dict[int, list[tuple[int, str, str]]] = {}
        self.emails: dict[str, list[tuple[str, str]]] = {}  # e-mail -> account keys, existing and new
        people = Contact.select(Contact.id, Contact.account, Contact.name, Contact.email).order_by(Contact.id)
        for pk, account_pk, name, email in people.tuples():
            self.contacts.setdefault(account_pk, []).append((pk, order_key(name), email.lower()))
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
            raise RowRejectedError("import.no_name")
        warnings: list[str] = []
        account_values, contact_values = cleaned(values, company, person, warnings)
        guess = infer_row_country(values)
        if guess.unrecognised:
            add_note(account_values, kept_note("country", guess.unrecognised))
            warnings.append(words.text("import.unknown_country_kept", record=person or company,
                                       country=guess.unrecognised))
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
            return (order_key(name), code)
        candidates = self.names.get(order_key(name), set())
        if len(candidates) == 1:
            return next(iter(candidates))
        return (order_key(name), "")

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
            contact = planned.by_name.get(order_key(name))
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
        planned.by_name.setdefault(order_key(contact.values.get("name") or name), contact)
        return created

    def flush(self) -> None:
        """Write what is planned and keep only what later rows need to find it: memory stays bounded."""
        written = list(self.planned.items())
        write_accounts([planned for _key, planned in written])
        pks = []
        for key, planned in written:
            assert planned.pk is not None, "write_accounts gives every account it writes its id"
            self.existing[key] = planned.pk
            self.contacts[planned.pk] = []
            pks.append(planned.pk)
        for first in range(0, len(pks), 500):
            query = (Contact.select(Contact.id, Contact.account, Contact.name, Contact.email)
                     .where(Contact.account.in_(pks[first:first + 500])).order_by(Contact.id))
            for pk, account_pk, name, email in query.tuples():
                self.contacts[account_pk].append((pk, order_key(name), email.lower()))
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
