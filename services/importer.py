"""Importing accounts and contacts from CSV, Excel or vCard: column mapping, a checked plan, one transaction.

How rows are counted (every non-blank data row lands in exactly one count; fully blank rows in none):

- ``imported``: the row created a new account or a new contact (or both);
- ``updated``: the row matched an existing account and contact (or ones an earlier row of the same file
  created) and only filled in or overwrote their fields with its non-empty values; records whose values
  already match are not written at all, so their ``updated_at`` stays as it was;
- ``skipped``: the row has a problem and nothing of it was imported; ``errors`` lists each such row with
  its number as the user sees it (spreadsheet rows with the header as row 1; for vCard, the card's place in
  the file, first card = 1) and the reason.

Matching: an account is the same when its folded name (case and accents ignored, any script) and country
are; a row without a country uses ``default_country``, else the one account of that name if there is
exactly one. A contact is the same when its e-mail matches case-insensitively within the account, else its
folded name. A row without a company belongs to the existing contact with its e-mail, if any, else to an
account named after the person. A real import plans and writes inside one write transaction
(``models.write_transaction()``): a second import of the same file at the same moment waits for the first and
then finds its records, instead of planning against the same empty book and writing everything twice. A
failure or a cancellation leaves the database as it was, and ``dry_run`` writes nothing but reports the same
counts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import peewee as pw

from models import Account, Contact, db, write_transaction
from models.enums import Priority, Role, Stage
from services.accounts import clean_account, clean_contact, refresh_search_key
from services.errors import UnknownCountryError, UserError, ValidationError
from services.import_formats import (
    PROGRESS_EVERY,
    ImportCancelledError,
    ImportFileError,
    Progress,
    Table,
    read_table,
)
from services.import_vcard import join_name
from services.text import fold, search_key

__all__ = ["FIELDS", "IGNORE", "BookNotWritableError", "ImportCancelledError", "ImportFileError", "ImportPlan",
           "ImportResult", "MappingError", "RowError", "Table", "apply_plan", "guess_mapping", "header_key",
           "import_file", "plan_import", "read_table", "run_import"]

IGNORE = ""
MESSAGING_APPS = ("wechat", "whatsapp", "line", "kakaotalk", "telegram", "zalo")
FIELDS = ("company", "country", "city", "contact_name", "first_name", "last_name", "title", "role", "email",
          "phone", *MESSAGING_APPS, "messaging", "notes", "company_notes", "source", "stage", "priority", "tags")
NAME_FIELDS = ("contact_name", "first_name", "last_name")
JOINED_FIELDS = ("notes", "company_notes")

# Headers of common exports and plain sheets, as people write them; compared through header_key().
SYNONYMS: dict[str, tuple[str, ...]] = {
    "company": ("Company", "Company Name", "Organization", "Organisation", "Organization Name",
                "Organization 1 - Name", "Account Name", "Customer", "Customer Name", "Client", "Firm",
                "Business Name", "公司", "公司名称", "公司名", "客户", "客户名称", "企业名称", "单位", "单位名称",
                "会社", "会社名", "회사", "회사명", "Firma", "Unternehmen", "Empresa", "Société", "Entreprise",
                "Azienda", "Компания", "Организация"),
    "country": ("Country", "Country/Region", "Business Country/Region", "Business Country", "Address 1 - Country",
                "Country Code", "Nation", "国家", "国家地区", "国家/地区", "国别", "国", "국가", "Land", "País",
                "Pays", "Paese", "Страна"),
    "city": ("City", "Business City", "Address 1 - City", "Town", "城市", "都市", "市区町村", "도시", "Stadt", "Ort",
             "Ciudad", "Ville", "Città", "Город"),
    "contact_name": ("Name", "Contact", "Contact Name", "Contact Person", "Full Name", "Display Name", "Person",
                     "联系人", "姓名", "联系人姓名", "名字", "氏名", "名前", "担当者", "이름", "담당자",
                     "Ansprechpartner", "Contacto", "Nombre", "Contatto", "Контакт", "Контактное лицо", "ФИО", "Имя"),
    "first_name": ("First Name", "Given Name", "Forename", "名", "Vorname", "Prénom", "Nome"),
    "last_name": ("Last Name", "Family Name", "Surname", "姓", "Nachname", "Apellido", "Apellidos", "Nom",
                  "Cognome", "Фамилия"),
    "title": ("Job Title", "Position", "Organization 1 - Title", "Organization Title", "Designation",
              "职位", "职务", "头衔", "役職", "직책", "직위", "Funktion", "Cargo", "Poste", "Fonction", "Ruolo",
              "Должность"),
    "role": ("Role", "Contact Role", "角色"),
    "email": ("Email", "E-mail", "Email Address", "E-mail Address", "E-mail 1 - Value", "Mail", "Work Email",
              "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "メール", "メールアドレス", "이메일",
              "E-Mail-Adresse", "Correo", "Correo electrónico", "Courriel", "Электронная почта", "Почта"),
    "phone": ("Phone", "Telephone", "Tel", "Mobile", "Mobile Phone", "Business Phone", "Primary Phone",
              "Company Main Phone", "Home Phone", "Phone 1 - Value", "Cell", "Cell Phone", "Phone Number",
              "电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "座机", "電話", "電話番号", "携帯", "전화",
              "전화번호", "휴대폰", "Telefon", "Handy", "Teléfono", "Téléphone", "Telefono", "Телефон"),
    "wechat": ("WeChat", "Weixin", "WeChat ID", "微信", "微信号"),
    "whatsapp": ("WhatsApp", "WhatsApp Number"),
    "line": ("LINE", "LINE ID"),
    "kakaotalk": ("KakaoTalk", "Kakao", "카카오톡"),
    "telegram": ("Telegram",),
    "zalo": ("Zalo",),
    "messaging": ("Messaging", "Messenger", "IM", "Instant Messaging"),
    "notes": ("Notes", "Note", "Remarks", "Remark", "Comment", "Comments", "备注", "说明", "備考", "메모", "Notizen",
              "Bemerkungen", "Notas", "Remarques", "Примечания", "Заметки"),
    "company_notes": ("Company Notes", "Account Notes", "公司备注"),
    "source": ("Source", "Lead Source", "来源", "客户来源"),
    "stage": ("Stage", "Sales Stage", "阶段", "客户阶段"),
    "priority": ("Priority", "优先级"),
    "tags": ("Tags", "标签"),
}
# Used only when no other column claims the field: Outlook's "Title" is Mr/Ms next to its "Job Title".
WEAK_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("Title", "头衔"),
    "stage": ("Status", "状态"),
}
ENUM_ALIASES = {"repeat_buyer": "repeat", "negotiation": "negotiating", "inquiring": "inquiry",
                "enquiry": "inquiry", "quote": "quoted", "sample": "sampling", "decision": "decision_maker"}


def header_key(text: str) -> str:
    """'E-mail 1 - Value' -> 'emailvalue', '公司名称（英文）' -> '公司名称': case, accents, digits, marks ignored."""
    text = re.sub(r"[(（\[【].*?[)）\]】]", "", text)
    return "".join(ch for ch in fold(text) if ch.isalnum() and not ch.isdigit())


def _key_table(synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for name, headers in synonyms.items():
        for header in headers:
            table.setdefault(header_key(header), name)
    return table


STRONG = _key_table(SYNONYMS)
WEAK = _key_table(WEAK_SYNONYMS)


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for the headers recognised; several columns may feed one field (first non-empty)."""
    mapping = {i: STRONG[header_key(h)] for i, h in enumerate(headers) if header_key(h) in STRONG}
    claimed = set(mapping.values())
    for i, h in enumerate(headers):
        name = WEAK.get(header_key(h))
        if i not in mapping and name and name not in claimed:
            mapping[i] = name
    return dict(sorted(mapping.items()))


# ---------------------------------------------------------------- results and plan


class MappingError(UserError):
    """A mapping that cannot import anything (no name column) or names an unknown field."""


class BookNotWritableError(UserError):
    """The book could not be written: another process held it past the wait, or it cannot be written at all."""


@dataclass(frozen=True)
class RowError:
    row: int
    message: str


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"imported": self.imported, "updated": self.updated, "skipped": self.skipped,
                "errors": [{"row": e.row, "message": e.message} for e in self.errors]}


@dataclass(eq=False, slots=True)
class PlannedContact:
    pk: int | None  # None: a new contact
    values: dict
    queued: bool = False  # already in its account's list of contacts to write


@dataclass(eq=False, slots=True)
class PlannedAccount:
    pk: int | None  # None: a new account
    name: str
    country: str
    values: dict = field(default_factory=dict)
    contacts: list[PlannedContact] = field(default_factory=list)
    by_email: dict[str, PlannedContact] = field(default_factory=dict)
    by_name: dict[str, PlannedContact] = field(default_factory=dict)


@dataclass
class ImportPlan:
    accounts: list[PlannedAccount]
    result: ImportResult


class _RowRejectedError(Exception):
    pass


def name_key(name: str) -> str:
    return " ".join(fold(name).split())


# ---------------------------------------------------------------- planning


class _Planner:
    """Decides, row by row, what to create and what to update; touches nothing in the database."""

    def __init__(self, default_country: str | None) -> None:
        self.default_country = _resolve(default_country) if default_country else None
        if default_country and not self.default_country:
            raise UnknownCountryError(f"'{default_country}' is not a country this program knows.")
        self.existing: dict[tuple[str, str], int] = {}
        self.names: dict[str, set[tuple[str, str]]] = {}  # folded name -> account keys, existing and new
        self.key_of: dict[int, tuple[str, str]] = {}
        query = Account.select(Account.id, Account.name, Account.country).order_by(Account.id).tuples()
        for pk, name, country in query:
            key = (name_key(name), country)
            self.existing.setdefault(key, pk)
            self.key_of[pk] = key
            self.names.setdefault(key[0], set()).add(key)
        self.contacts: dict[int, list[tuple[int, str, str]]] = {}
        self.emails: dict[str, list[tuple[str, str]]] = {}  # e-mail -> account keys, existing and new
        query = Contact.select(Contact.id, Contact.account, Contact.name, Contact.email).order_by(Contact.id)
        for pk, account_pk, name, email in query.tuples():
            self.contacts.setdefault(account_pk, []).append((pk, name_key(name), email.lower()))
            if email:
                self.emails.setdefault(email.lower(), []).append(self.key_of[account_pk])
        self.planned: dict[tuple[str, str], PlannedAccount] = {}
        self.codes: dict[str, str | None] = {}  # country as written -> code

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

    def plan_row(self, values: dict[str, str]) -> bool:
        """Fold one row into the plan; True when it creates a record. Raises _RowRejectedError, changing nothing."""
        company = values.get("company", "")
        person = values.get("contact_name") or join_name(values.get("first_name", ""), values.get("last_name", ""))
        if not company and not person:
            raise _RowRejectedError("no company and no contact name")
        problems: list[str] = []
        code = self._country(values.get("country", ""), problems)
        account_values, contact_values = _cleaned(values, company, person, problems)
        email = contact_values.get("email", "").lower()
        unknown_country = bool(values.get("country")) and code is None
        key = None if unknown_country else self._account_key(company or person, code, "" if company else email,
                                                             problems)
        if problems or key is None:
            raise _RowRejectedError("; ".join(problems))
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

    def _country(self, text: str, problems: list[str]) -> str | None:
        if not text:
            return self.default_country
        if text not in self.codes:
            self.codes[text] = _resolve(text)
        code = self.codes[text]
        if code is None:
            problems.append(f"unknown country '{text}'")
        return code

    def _account_key(self, name: str, code: str | None, email: str, problems: list[str]) -> tuple[str, str]:
        # A person without a company: the account of the contact we already have under that e-mail.
        for key in self.emails.get(email, []) if email else []:
            if code in (None, key[1]):
                return key
        if code:
            return (name_key(name), code)
        candidates = self.names.get(name_key(name), set())
        if len(candidates) == 1:
            return next(iter(candidates))
        problems.append("no country (fill in the Country column, or choose a country for rows without one)")
        return (name_key(name), "")

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
            contact = PlannedContact(pk=None, values={"name": name or _fallback_name(values)})
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


def _fallback_name(values: dict) -> str:
    return values.get("email") or values.get("phone") or next(iter(values.get("messaging", {}).values()), "")


def _resolve(text: str) -> str | None:
    from services.countries import try_resolve_country

    country = try_resolve_country(text.strip())
    return country.code if country else None


def _enum_text(text: str, enum: type[StrEnum]) -> str:
    """'Repeat buyer', 'Decision Maker', 'WON' -> the enum value; anything else is left for validation."""
    value = re.sub(r"[\s\-]+", "_", fold(text).strip())
    value = ENUM_ALIASES.get(value, value)
    return value if value in {e.value for e in enum} else text


def _cleaned(values: dict[str, str], company: str, person: str, problems: list[str]) -> tuple[dict, dict]:
    """The row's non-empty account and contact values, cleaned by the same rules as the forms."""
    has_contact = bool(person or values.get("email") or values.get("phone") or values.get("messaging")
                       or any(values.get(app) for app in MESSAGING_APPS))
    account = {k: values[k] for k in ("city", "source", "tags") if values.get(k)}
    if values.get("stage"):
        account["stage"] = _enum_text(values["stage"], Stage)
    if values.get("priority"):
        account["priority"] = _enum_text(values["priority"], Priority)
    notes = values.get("company_notes") or ("" if has_contact else values.get("notes", ""))
    if notes:
        account["notes"] = notes
    contact: dict = {}
    if has_contact:
        contact = {k: values[k] for k in ("title", "email", "phone") if values.get(k)}
        if person:
            contact["name"] = person
        if values.get("role"):
            contact["role"] = _enum_text(values["role"], Role)
        if values.get("notes"):
            contact["notes"] = values["notes"]
        handles = _handles(values)
        if handles:
            contact["messaging"] = handles
    try:
        account = clean_account({"name": company or person, **account}, partial=True)
    except ValidationError as exc:
        problems.extend(f"{_label(k)}: {m}" for k, m in exc.errors.items())
    try:
        contact = clean_contact(contact, partial=True) if contact else {}
    except ValidationError as exc:
        problems.extend(f"{_label(k)}: {m}" for k, m in exc.errors.items())
    if problems:  # the row is skipped; what was not cleaned (a handle still a dict) goes no further
        return {}, {}
    account.pop("name", None)
    if "messaging" in contact:
        contact["messaging"] = json.loads(contact["messaging"])
    return account, contact


def _label(name: str) -> str:
    return {"name": "name", "email": "e-mail"}.get(name, name.replace("_", " "))


def _handles(values: dict[str, str]) -> dict[str, str]:
    handles = {}
    for part in re.split(r"[;\n]", values.get("messaging", "")):
        app, sep, handle = part.partition(":")
        if sep and handle.strip():
            handles[app.strip().lower()] = handle.strip()
        elif part.strip():
            handles["other"] = part.strip()
    handles.update({app: values[app] for app in MESSAGING_APPS if values.get(app)})
    return handles


def row_values(cells: list[str], mapping: dict[int, str]) -> dict[str, str]:
    """field -> text of one row: the first non-empty column wins, notes from several columns are joined."""
    values: dict[str, str] = {}
    for column, name in sorted(mapping.items()):
        text = cells[column].strip() if column < len(cells) else ""
        if not text or name == IGNORE:
            continue
        if name in JOINED_FIELDS:
            values[name] = f"{values[name]}\n{text}" if name in values else text
        elif name not in values:
            # Google Contacts puts several values in one cell: "a@x.com ::: b@y.com".
            values[name] = text.split(" ::: ")[0].strip()
    return values


def check_mapping(mapping: dict[int, str]) -> None:
    unknown = sorted({f for f in mapping.values() if f != IGNORE and f not in FIELDS})
    if unknown:
        raise MappingError(f"Unknown field(s): {', '.join(unknown)}. Fields: {', '.join(FIELDS)}.")
    if not {"company", *NAME_FIELDS} & set(mapping.values()):
        raise MappingError("No column holds a company or a contact name. Name the columns (for example Company, "
                           "Country, Contact, Email) or choose them in the import dialog.")


def plan_import(table: Table, mapping: dict[int, str] | None = None, default_country: str | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """Check every row against the database and the rows before it; nothing is written.

    progress(rows checked, rows) returning False cancels.
    """
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    check_mapping(mapping)
    planner = _Planner(default_country)
    result = ImportResult()
    total = len(table.rows)
    for index, (number, cells) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        if index % PROGRESS_EVERY == 0:
            _report(progress, index, total)
        values = row_values(cells, mapping)
        if not values:
            continue
        try:
            created = planner.plan_row(values)
        except _RowRejectedError as exc:
            result.skipped += 1
            result.errors.append(RowError(number, str(exc)))
            continue
        if created:
            result.imported += 1
        else:
            result.updated += 1
    _report(progress, total, total)
    return ImportPlan(accounts=list(planner.planned.values()), result=result)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise ImportCancelledError("The import was cancelled; nothing was imported.")


# ---------------------------------------------------------------- writing


BATCH = 200  # accounts written per step: existing rows are loaded a batch at a time, not one by one


def apply_plan(plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Write the plan in one transaction; progress(done, total) returning False cancels and writes nothing."""
    total = len(plan.accounts)
    with db.atomic():
        for first in range(0, total, BATCH):
            _write_batch(plan.accounts[first:first + BATCH])
            _report(progress, min(first + BATCH, total), total)
    return plan.result


def _write_batch(batch: list[PlannedAccount]) -> None:
    accounts = _by_pk(Account, [p.pk for p in batch if p.pk is not None])
    contacts = _by_pk(Contact, [c.pk for p in batch for c in p.contacts if c.pk is not None])
    new_contacts: list[Contact] = []
    rekey: list[Account] = []
    for planned in batch:
        if planned.pk is None:
            account = Account(name=planned.name, country=planned.country, **planned.values)
            # What refresh_search_key() would store, known before the insert: saves a query and an update.
            account.search_key = search_key(account.name, account.city,
                                            *(c.values["name"] for c in planned.contacts))
            account.save(force_insert=True)
            _write_contacts(account, planned.contacts, contacts, new_contacts)
            continue
        account = accounts[planned.pk]
        changed = _assign(account, planned.values)
        if changed:
            account.touch()
        if _write_contacts(account, planned.contacts, contacts, new_contacts) or changed:
            rekey.append(account)
    Contact.bulk_create(new_contacts, batch_size=100)
    for account in rekey:
        refresh_search_key(account)
        account.save()


def _write_contacts(account: Account, planned: list[PlannedContact], existing: dict[int, Contact],
                    new: list[Contact]) -> bool:
    """Update the existing contacts, queue the new ones; True when the account's contact names changed."""
    names_changed = False
    for contact_plan in planned:
        if contact_plan.pk is None:
            new.append(Contact(account=account, **_stored(contact_plan.values)))
            names_changed = True
            continue
        contact = existing[contact_plan.pk]
        old_name = contact.name
        if _assign(contact, contact_plan.values):
            contact.touch()
            contact.save()
            names_changed = names_changed or contact.name != old_name
    return names_changed


def _by_pk(model, pks: list[int]) -> dict:
    return {row.id: row for row in model.select().where(model.id.in_(pks))} if pks else {}


def _stored(values: dict) -> dict:
    if "messaging" in values:
        return {**values, "messaging": json.dumps(values["messaging"], ensure_ascii=False, sort_keys=True)}
    return values


def _assign(record, values: dict) -> bool:
    changed = False
    for name, value in values.items():
        if name == "messaging":
            current = json.loads(record.messaging or "{}")
            value = json.dumps({**current, **value}, ensure_ascii=False, sort_keys=True)
        if getattr(record, name) != value:
            setattr(record, name, value)
            changed = True
    return changed


def run_import(table: Table, mapping: dict[int, str] | None = None, dry_run: bool = False,
               default_country: str | None = None, progress: Progress | None = None) -> ImportResult:
    """Plan, then (unless dry_run) write, both under the write lock; the counts are the same either way.

    progress(done, total) is called while checking rows, then while writing accounts; False cancels.
    """
    if dry_run:
        return plan_import(table, mapping, default_country, progress).result
    try:
        with write_transaction():
            return apply_plan(plan_import(table, mapping, default_country, progress), progress)
    except pw.OperationalError as exc:  # the lock wait ran out, or the file cannot be written
        raise BookNotWritableError(
            f"The book {Path(db.database).name} could not be written ({exc}). If another Rapport window or "
            "command is importing or merging, try again when it has finished.") from exc


def import_file(path: Path | str, mapping: dict[int, str] | None = None, dry_run: bool = False, *,
                encoding: str | None = None, delimiter: str | None = None, sheet: str | None = None,
                default_country: str | None = None) -> ImportResult:
    """Read path (CSV, .xlsx or vCard), map its columns (guessed from the headers unless given) and import.

    The file is read before the write lock is taken: only planning and writing hold it.
    """
    table = read_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet)
    return run_import(table, mapping, dry_run=dry_run, default_country=default_country)
