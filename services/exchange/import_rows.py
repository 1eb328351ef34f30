"""One import row cleaned by the forms' rules: a bad value is left out, kept in the notes and warned about."""

from __future__ import annotations

import json
import re
from enum import StrEnum

from models.enums import Priority, Role, Stage
from services import words
from services.accounts import clean_account, clean_contact
from services.errors import UserError, ValidationError
from services.text import fold

MESSAGING_APPS = ("wechat", "whatsapp", "line", "kakaotalk", "telegram", "zalo")
ENUM_ALIASES = {"repeat_buyer": "repeat", "negotiation": "negotiating", "inquiring": "inquiry",
                "enquiry": "inquiry", "quote": "quoted", "sample": "sampling", "decision": "decision_maker"}
LABELS = {"email": "e-mail", "country": "country", "website": "website"}


class RowRejectedError(UserError):
    """The row cannot be imported at all (no name to file it under); nothing of it is planned."""


def enum_text(text: str, enum: type[StrEnum]) -> str:
    """'Repeat buyer', 'Decision Maker', 'WON' -> the enum value; anything else is left for validation."""
    value = re.sub(r"[\s\-]+", "_", fold(text).strip())
    value = ENUM_ALIASES.get(value, value)
    return value if value in {e.value for e in enum} else text


def label(name: str) -> str:
    return LABELS.get(name, name.replace("_", " "))


def kept_note(name: str, text: str) -> str:
    """The line a value that could not be stored leaves in the notes: 'E-mail as imported: not-an-email'."""
    return f"{label(name).capitalize()} as imported: {text}"


def add_note(record: dict, line: str) -> None:
    record["notes"] = f"{record['notes']}\n{line}" if record.get("notes") else line


def handles(values: dict[str, str]) -> dict[str, str]:
    found = {}
    for part in re.split(r"[;\n]", values.get("messaging", "")):
        app, sep, handle = part.partition(":")
        if sep and handle.strip():
            found[app.strip().lower()] = handle.strip()
        elif part.strip():
            found["other"] = part.strip()
    found.update({app: values[app] for app in MESSAGING_APPS if values.get(app)})
    return found


def has_contact(values: dict[str, str], person: str) -> bool:
    return bool(person or values.get("email") or values.get("phone") or values.get("messaging")
                or any(values.get(app) for app in MESSAGING_APPS))


def raw_records(values: dict[str, str], company: str, person: str) -> tuple[dict, dict]:
    """The row's non-empty account and contact values as typed, before any check."""
    account = {k: values[k] for k in ("city", "source", "tags", "muslim_owned", "owner") if values.get(k)}
    if values.get("stage"):
        account["stage"] = enum_text(values["stage"], Stage)
    if values.get("priority"):
        account["priority"] = enum_text(values["priority"], Priority)
    with_contact = has_contact(values, person)
    notes = values.get("company_notes") or ("" if with_contact else values.get("notes", ""))
    if notes:
        account["notes"] = notes
    if values.get("website"):  # no field of its own: the company notes keep it
        add_note(account, f"Website: {values['website']}")
    contact: dict = {}
    if with_contact:
        contact = {k: values[k] for k in ("title", "email", "phone") if values.get(k)}
        if person:
            contact["name"] = person
        if values.get("role"):
            contact["role"] = enum_text(values["role"], Role)
        if values.get("notes"):
            contact["notes"] = values["notes"]
        found = handles(values)
        if found:
            contact["messaging"] = found
    account["name"] = company or person
    return account, contact


def cleaned(values: dict[str, str], company: str, person: str, warnings: list[str]) -> tuple[dict, dict]:
    """The row's account and contact values cleaned by the forms' rules.

    A value the rules refuse (a malformed e-mail, an unknown stage) is left out, its text kept in the notes of
    its record, and a warning added; only a name that cannot be stored rejects the row (RowRejectedError).
    """
    account, contact = raw_records(values, company, person)
    who = person or company
    account = _clean(clean_account, account, who, warnings)
    contact = _clean(clean_contact, contact, who, warnings) if contact else {}
    account.pop("name", None)
    if "messaging" in contact:
        contact["messaging"] = json.loads(contact["messaging"])
    return account, contact


def _clean(clean, record: dict, who: str, warnings: list[str]) -> dict:
    for _attempt in range(2):  # the second try has the refused values moved to the notes
        try:
            return clean(record, partial=True)
        except ValidationError as exc:
            refused = exc
        if "name" in refused.errors or "notes" in refused.errors:
            raise RowRejectedError("import.row_refused", problems=refused)
        for name, message in refused.errors.items():
            text = record.pop(name)
            shown = "; ".join(f"{k}: {v}" for k, v in text.items()) if isinstance(text, dict) else str(text)
            add_note(record, kept_note(name, shown))
            warnings.append(words.text("import.value_kept", record=who, field=words.field(name), problem=message))
    raise RowRejectedError("import.row_refused", problems=refused)


def fallback_name(values: dict) -> str:
    """What a contact without a person's name is called: its e-mail, phone or messaging handle."""
    return values.get("email") or values.get("phone") or next(iter(values.get("messaging", {}).values()), "")
