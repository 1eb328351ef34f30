"""Writing all accounts and contacts to CSV (UTF-8 with BOM) or .xlsx, under headers the importer reads back."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from models import Account, Contact
from models.users import AppUser
from services.exchange.importer import MESSAGING_APPS
from services.paths import write_output
from services.text import fold

# Header -> field: the importer's guess_mapping() maps each header back to the same field.
COLUMNS = (("Company", "company"), ("Country", "country"), ("City", "city"), ("Contact", "contact_name"),
           ("Job Title", "title"), ("Role", "role"), ("Email", "email"), ("Phone", "phone"),
           ("WeChat", "wechat"), ("WhatsApp", "whatsapp"), ("LINE", "line"), ("KakaoTalk", "kakaotalk"),
           ("Telegram", "telegram"), ("Zalo", "zalo"), ("Messaging", "messaging"), ("Notes", "notes"),
           ("Company Notes", "company_notes"), ("Source", "source"), ("Stage", "stage"), ("Priority", "priority"),
           ("Tags", "tags"), ("Muslim-owned", "muslim_owned"), ("Owner", "owner"))
HEADERS = [header for header, _ in COLUMNS]
# Excel runs a cell starting with these as a formula; a leading apostrophe keeps it text (the importer drops it).
FORMULA_START = ("=", "+", "-", "@")
# Characters XML 1.0 (and so .xlsx) cannot hold.
XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def export_rows() -> list[list[str]]:
    """One row per contact, and one for each account without contacts, sorted by company and contact."""
    contacts: dict[int, list[Contact]] = {}
    for contact in Contact.select():
        contacts.setdefault(contact.account_id, []).append(contact)
    owners: dict[int | None, str] = {u.id: u.name for u in AppUser.select()}
    rows = []
    for account in sorted(Account.select(), key=lambda a: (fold(a.name), a.country)):
        people = sorted(contacts.get(account.id, []), key=lambda c: fold(c.name))
        owner = owners.get(account.owner_id, "")
        rows += [_row(account, person, owner) for person in people] or [_row(account, None, owner)]
    return rows


def _row(account: Account, contact: Contact | None, owner: str) -> list[str]:
    values = {"company": account.name, "country": account.country, "city": account.city,
              "company_notes": account.notes, "source": account.source, "stage": account.stage,
              "priority": account.priority, "tags": account.tags, "muslim_owned": "yes" if account.muslim_owned else "",
              "owner": owner}
    if contact is not None:
        handles = _handles(contact)
        values.update({"contact_name": contact.name, "title": contact.title, "role": contact.role,
                       "email": contact.email, "phone": contact.phone, "notes": contact.notes})
        values.update({app: handles.pop(app, "") for app in MESSAGING_APPS})
        values["messaging"] = "; ".join(f"{app}: {handle}" for app, handle in handles.items())
    return [values.get(name) or "" for _, name in COLUMNS]


def _handles(contact: Contact) -> dict[str, str]:
    try:
        value = json.loads(contact.messaging or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def export_accounts(path: Path | str) -> dict:
    """Write every account and contact to path (.xlsx by its extension, else CSV); returns the counts."""
    path = Path(path)
    rows = export_rows()
    with write_output(path) as part:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            _write_xlsx(part, rows)
        else:
            _write_csv(part, rows)
    return {"file": str(path), "rows": len(rows), "accounts": Account.select().count(),
            "contacts": Contact.select().count()}


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    # utf-8-sig: the BOM makes Excel open Chinese, Arabic and Cyrillic text correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        writer.writerows([_protect(cell) for cell in row] for row in rows)


def _protect(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Accounts")
    sheet.append(HEADERS)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=XML_ILLEGAL.sub("", value) or None)
            if value:
                cell.data_type = "s"  # text, even when it starts with "=": never a formula
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
