"""The fields of accounts, contacts and interactions checked and cleaned before anything is written."""

from __future__ import annotations

import json

from models import (
    Account,
    Contact,
)
from models.enums import Channel, Direction, Priority, Purpose, Response, Role, Stage
from services import validation as v
from services.errors import UnknownCountryError
from services.words import Message


def _country_code(value, errors: v.FieldErrors, required: bool = True) -> str:
    from services.countries import resolve_country

    raw = v.text(value, "country", errors, required=required, limit=100)
    if not raw:
        return ""
    try:
        return resolve_country(raw).code
    except UnknownCountryError as exc:
        errors["country"] = exc.message
        return ""


def clean_account(fields: dict, partial: bool = False, country_required: bool = True) -> dict:
    """country_required=False lets "" through: an account an import could not place (the forms always ask)."""
    errors = v.FieldErrors()
    checks = {
        "name": lambda x: v.text(x, "name", errors, required=True),
        "country": lambda x: _country_code(x, errors, country_required),
        "city": lambda x: v.text(x, "city", errors, limit=200),
        "timezone": lambda x: v.timezone(x, "timezone", errors),
        "stage": lambda x: v.choice(x, Stage, "stage", errors, Stage.LEAD),
        "priority": lambda x: v.choice(x, Priority, "priority", errors, Priority.NORMAL),
        "source": lambda x: v.text(x, "source", errors, limit=200),
        "language": lambda x: v.text(x, "language", errors, limit=35),
        "notes": lambda x: v.text(x, "notes", errors, limit=v.MAX_TEXT),
        "tags": lambda x: _tags(x, errors),
        "founded_on": lambda x: v.date(x, "founded_on", errors),
        "cadence_days": lambda x: v.integer(x, "cadence_days", errors, 3, 730),
        "muslim_owned": lambda x: v.flag(x, "muslim_owned", errors),
    }
    out = v.checked(checks, fields, errors, partial=partial)
    if {"owner", "owner_uuid"} & fields.keys() or not partial:
        out["owner"] = _owner(fields)
    return out


def _owner(fields: dict):
    """The account's owner: a user by uuid (a form's picker, a bundle) or by name (an import, an older bundle; a
    new name becomes a user); None: nobody owns it."""
    from services.users import user_for_name

    return user_for_name(str(fields.get("owner") or ""), fields.get("owner_uuid") or None)


def _tags(value, errors: v.FieldErrors) -> str:
    if isinstance(value, list | tuple):
        value = ", ".join(str(t) for t in value)
    raw = v.text(value, "tags", errors, limit=2000)
    return ", ".join(t.strip() for t in raw.split(",") if t.strip())


def clean_contact(fields: dict, partial: bool = False) -> dict:
    errors = v.FieldErrors()
    checks = {
        "name": lambda x: v.text(x, "name", errors, required=True),
        "title": lambda x: v.text(x, "title", errors, limit=200),
        "role": lambda x: v.choice(x, Role, "role", errors, Role.OTHER),
        "email": lambda x: v.email(x, "email", errors),
        "phone": lambda x: v.text(x, "phone", errors, limit=100),
        "messaging": lambda x: _messaging(x, errors),
        "language": lambda x: v.text(x, "language", errors, limit=35),
        "timezone": lambda x: v.timezone(x, "timezone", errors),
        "birthday": lambda x: v.date(x, "birthday", errors),
        "notes": lambda x: v.text(x, "notes", errors, limit=v.MAX_TEXT),
    }
    return v.checked(checks, fields, errors, partial=partial)


def _messaging(value, errors: v.FieldErrors) -> str:
    if value in (None, ""):
        return "{}"
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            errors["messaging"] = Message("check.messaging_pairs")
            return "{}"
    if not isinstance(value, dict):
        errors["messaging"] = Message("check.messaging_pairs")
        return "{}"
    clean = {str(k).strip().lower(): str(h).strip() for k, h in value.items() if str(h).strip()}
    return json.dumps(clean, ensure_ascii=False, sort_keys=True)


def clean_interaction(fields: dict, account: Account | None, partial: bool = False) -> dict:
    errors = v.FieldErrors()
    out: dict = {}
    if "contact_uuid" in fields or not partial:
        out["contact"] = _contact_of(account, fields.get("contact_uuid"), errors)
    checks = {
        "occurred_at": lambda x: v.aware_datetime(x, "occurred_at", errors),
        "channel": lambda x: v.choice(x, Channel, "channel", errors, Channel.EMAIL),
        "purpose": lambda x: v.choice(x, Purpose, "purpose", errors, Purpose.CHECK_IN),
        "direction": lambda x: v.choice(x, Direction, "direction", errors, Direction.OUTBOUND),
        "response": lambda x: v.choice(x, Response, "response", errors, Response.NONE),
        "summary": lambda x: v.text(x, "summary", errors, limit=v.MAX_TEXT),
        "valid_until": lambda x: v.date(x, "valid_until", errors),
    }
    return v.checked(checks, fields, errors, partial=partial, out=out)


def _contact_of(account: Account | None, contact_uuid, errors: v.FieldErrors) -> Contact | None:
    if not contact_uuid:
        return None
    contact = Contact.get_or_none((Contact.uuid == contact_uuid) & (Contact.account == account))
    if contact is None:
        errors["contact_uuid"] = Message("check.not_contact_of_account")
    return contact
