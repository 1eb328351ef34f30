"""Phone numbers as people type them: E.164, the international display form, the country they imply."""

from __future__ import annotations

import re
from typing import NamedTuple

from models.account import TRUNK_IN_BRACKETS, e164_of, parse_number

# A search text that is a phone number typed any way: digits with the usual separators, at least 4 digits.
_PHONE_QUERY = re.compile(r"\+?[\d\s().\-/]+")


class PhoneInfo(NamedTuple):
    """What one typed number means. e164 and international are "" when it cannot be parsed."""

    typed: str
    e164: str            # "+497111234567"
    international: str   # "+49 711 1234567", the form shown to users
    country: str         # the country the number belongs to ("DE"), "" when unknown
    possible: bool       # the right length for its country: worth storing as E.164
    valid: bool          # a number actually assigned in its country's numbering plan


def _lib():
    # Imported when first needed: phonenumbers costs ~25 ms to import, which start-up does not pay.
    import phonenumbers

    return phonenumbers


def number_country(number) -> str:
    """The country of a parsed number: its own for a valid one, else the only country of its calling code."""
    lib = _lib()
    code = lib.region_code_for_number(number)
    if code and code != lib.UNKNOWN_REGION:
        return code
    regions = lib.COUNTRY_CODE_TO_REGION_CODE.get(number.country_code, ())
    # +1 and +7 are shared (US/CA/..., RU/KZ): an invalid number there names no one country.
    return regions[0] if len(regions) == 1 and regions[0] != lib.REGION_CODE_FOR_NON_GEO_ENTITY else ""


def parse_phone(text: str, region: str | None = None) -> PhoneInfo:
    """Read a number as typed, with region (the account's country) for numbers written without +country code."""
    typed = (text or "").strip()
    number = parse_number(typed, region) if typed else None
    if number is None:
        return PhoneInfo(typed, "", "", "", False, False)
    lib = _lib()
    possible = lib.is_possible_number(number)
    return PhoneInfo(
        typed=typed,
        e164=lib.format_number(number, lib.PhoneNumberFormat.E164) if possible else "",
        international=lib.format_number(number, lib.PhoneNumberFormat.INTERNATIONAL) if possible else "",
        country=number_country(number),
        possible=possible,
        valid=lib.is_valid_number(number),
    )


def e164(text: str, region: str | None = None) -> str:
    """The number in E.164 ("+497111234567"), or "" when it cannot be read as a possible number."""
    return e164_of(text, region)


def query_digits(text: str) -> str | None:
    """The digits to look for when a search text is a phone number ("+49 711 ...", "0711-...", "(312) 555"),
    else None. International (00) and trunk (0) prefixes are dropped: what is left is part of the stored digits.
    """
    text = TRUNK_IN_BRACKETS.sub(" ", text.strip())
    if not _PHONE_QUERY.fullmatch(text):
        return None
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) < 4:
        return None
    if text.startswith("+"):
        return digits
    return digits[2:] if digits.startswith("00") else digits.lstrip("0") or None
