"""Translated display labels for the shared choices (stages, roles, channels ...)."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from models.enums import (
    Approval,
    Channel,
    CommitmentKind,
    CommitmentStatus,
    Direction,
    Priority,
    Purpose,
    Region,
    Response,
    Role,
    Stage,
)
from services import dates


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _lang() -> str:
    # The default QLocale follows the UI language (ui.i18n sets it), and importing ui.i18n here would be a cycle.
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def short_day(day: dt.date) -> str:
    """A weekday's short name in the UI language (Mon, 周一)."""
    return dates.weekday(day, _lang())


def day_time(when: dt.datetime, with_date: bool = False, today: dt.date | None = None) -> str:
    """'Tue 14:32' or 'Tue 24 Nov 14:32' in the UI language; with the year when the day is not in today's year."""
    return dates.day_time(when, _lang(), with_date=with_date, today=today)


def _labels() -> list[tuple]:
    # A list, not a dict: members of different enums with the same value ("visit", "other") compare equal.
    return [
        (Stage.LEAD, QT_TRANSLATE_NOOP("Labels", "Lead")),
        (Stage.INQUIRY, QT_TRANSLATE_NOOP("Labels", "Inquiry")),
        (Stage.QUOTED, QT_TRANSLATE_NOOP("Labels", "Quoted")),
        (Stage.SAMPLING, QT_TRANSLATE_NOOP("Labels", "Sampling")),
        (Stage.NEGOTIATING, QT_TRANSLATE_NOOP("Labels", "Negotiating")),
        (Stage.WON, QT_TRANSLATE_NOOP("Labels", "Won")),
        (Stage.REPEAT, QT_TRANSLATE_NOOP("Labels", "Repeat buyer")),
        (Stage.DORMANT, QT_TRANSLATE_NOOP("Labels", "Dormant")),
        (Stage.LOST, QT_TRANSLATE_NOOP("Labels", "Lost")),
        (Priority.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
        (Priority.NORMAL, QT_TRANSLATE_NOOP("Labels", "Normal")),
        (Priority.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
        (Role.DECISION_MAKER, QT_TRANSLATE_NOOP("Labels", "Decision maker")),
        (Role.BUYER, QT_TRANSLATE_NOOP("Labels", "Buyer")),
        (Role.INFLUENCER, QT_TRANSLATE_NOOP("Labels", "Influencer")),
        (Role.TECHNICAL, QT_TRANSLATE_NOOP("Labels", "Technical")),
        (Role.FINANCE, QT_TRANSLATE_NOOP("Labels", "Finance")),
        (Role.AGENT, QT_TRANSLATE_NOOP("Labels", "Agent")),
        (Role.OFFICIAL, QT_TRANSLATE_NOOP("Labels", "Official")),
        (Role.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
        (Channel.EMAIL, QT_TRANSLATE_NOOP("Labels", "E-mail")),
        (Channel.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
        (Channel.VIDEO, QT_TRANSLATE_NOOP("Labels", "Video call")),
        (Channel.MEETING, QT_TRANSLATE_NOOP("Labels", "Meeting")),
        (Channel.VISIT, QT_TRANSLATE_NOOP("Labels", "Visit")),
        (Channel.MESSAGE, QT_TRANSLATE_NOOP("Labels", "Message")),
        (Channel.FAIR, QT_TRANSLATE_NOOP("Labels", "Trade fair")),
        (Channel.POST, QT_TRANSLATE_NOOP("Labels", "Post")),
        (Purpose.CHECK_IN, QT_TRANSLATE_NOOP("Labels", "Check-in")),
        (Purpose.QUOTE, QT_TRANSLATE_NOOP("Labels", "Quote")),
        (Purpose.SAMPLE, QT_TRANSLATE_NOOP("Labels", "Sample")),
        (Purpose.VALUE, QT_TRANSLATE_NOOP("Labels", "Value (news, improvement)")),
        (Purpose.GREETING, QT_TRANSLATE_NOOP("Labels", "Greeting")),
        (Purpose.NEGOTIATION, QT_TRANSLATE_NOOP("Labels", "Negotiation")),
        (Purpose.ORDER, QT_TRANSLATE_NOOP("Labels", "Order")),
        (Purpose.SERVICE, QT_TRANSLATE_NOOP("Labels", "Service")),
        (Purpose.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
        (Direction.OUTBOUND, QT_TRANSLATE_NOOP("Labels", "We contacted them")),
        (Direction.INBOUND, QT_TRANSLATE_NOOP("Labels", "They contacted us")),
        (Response.WARM, QT_TRANSLATE_NOOP("Labels", "Warm")),
        (Response.NEUTRAL, QT_TRANSLATE_NOOP("Labels", "Neutral")),
        (Response.COLD, QT_TRANSLATE_NOOP("Labels", "Cold")),
        (Response.NONE, QT_TRANSLATE_NOOP("Labels", "No reply")),
        (CommitmentKind.DELIVERY, QT_TRANSLATE_NOOP("Labels", "Delivery date")),
        (CommitmentKind.PRICE_HOLD, QT_TRANSLATE_NOOP("Labels", "Price hold")),
        (CommitmentKind.REBATE, QT_TRANSLATE_NOOP("Labels", "Rebate")),
        (CommitmentKind.SAMPLE, QT_TRANSLATE_NOOP("Labels", "Sample")),
        (CommitmentKind.DOCUMENT, QT_TRANSLATE_NOOP("Labels", "Document")),
        (CommitmentKind.CALLBACK, QT_TRANSLATE_NOOP("Labels", "Call back")),
        (CommitmentKind.VISIT, QT_TRANSLATE_NOOP("Labels", "Visit")),
        (CommitmentKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
        (CommitmentStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
        (CommitmentStatus.KEPT, QT_TRANSLATE_NOOP("Labels", "Kept")),
        (CommitmentStatus.BROKEN, QT_TRANSLATE_NOOP("Labels", "Broken")),
        (CommitmentStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
        (Approval.NOT_NEEDED, QT_TRANSLATE_NOOP("Labels", "No approval needed")),
        (Approval.PENDING, QT_TRANSLATE_NOOP("Labels", "Approval pending")),
        (Approval.APPROVED, QT_TRANSLATE_NOOP("Labels", "Approved")),
        (Approval.REJECTED, QT_TRANSLATE_NOOP("Labels", "Rejected")),
        (Region.EUROPE, QT_TRANSLATE_NOOP("Labels", "Europe")),
        (Region.NORTH_AMERICA, QT_TRANSLATE_NOOP("Labels", "North America")),
        (Region.LATIN_AMERICA, QT_TRANSLATE_NOOP("Labels", "Latin America")),
        (Region.SOUTHEAST_ASIA, QT_TRANSLATE_NOOP("Labels", "South-East Asia")),
        (Region.SOUTH_ASIA, QT_TRANSLATE_NOOP("Labels", "South Asia")),
        (Region.EAST_ASIA, QT_TRANSLATE_NOOP("Labels", "East Asia")),
        (Region.MIDDLE_EAST, QT_TRANSLATE_NOOP("Labels", "Middle East")),
        (Region.AFRICA, QT_TRANSLATE_NOOP("Labels", "Africa")),
        (Region.OCEANIA, QT_TRANSLATE_NOOP("Labels", "Oceania")),
        (Region.CIS, QT_TRANSLATE_NOOP("Labels", "CIS")),
    ]


_cache: dict = {}


def label(enum_type, value: str) -> str:
    """The translated label of value (a StrEnum member or its string) of enum_type."""
    if not _cache:
        _cache.update({(type(k), k.value): _t(v) for k, v in _labels()})
    return _cache.get((enum_type, str(value)), str(value))


def reset() -> None:
    """Forget cached labels after the UI language changes."""
    _cache.clear()


def section_label(key: str) -> str:
    """The heading of an etiquette section."""
    names = {
        "greeting": QT_TRANSLATE_NOOP("Etiquette", "Greeting"),
        "names_titles": QT_TRANSLATE_NOOP("Etiquette", "Names and titles"),
        "business_cards": QT_TRANSLATE_NOOP("Etiquette", "Business cards"),
        "meetings": QT_TRANSLATE_NOOP("Etiquette", "Meetings"),
        "punctuality": QT_TRANSLATE_NOOP("Etiquette", "Punctuality"),
        "communication": QT_TRANSLATE_NOOP("Etiquette", "Communication"),
        "negotiation": QT_TRANSLATE_NOOP("Etiquette", "Negotiation"),
        "decision_making": QT_TRANSLATE_NOOP("Etiquette", "Decision making"),
        "relationships": QT_TRANSLATE_NOOP("Etiquette", "Relationships"),
        "gifts": QT_TRANSLATE_NOOP("Etiquette", "Gifts"),
        "dining": QT_TRANSLATE_NOOP("Etiquette", "Dining"),
        "dress": QT_TRANSLATE_NOOP("Etiquette", "Dress"),
        "taboos": QT_TRANSLATE_NOOP("Etiquette", "Taboos"),
        "working_week": QT_TRANSLATE_NOOP("Etiquette", "Working week"),
        "language": QT_TRANSLATE_NOOP("Etiquette", "Language"),
        "follow_up": QT_TRANSLATE_NOOP("Etiquette", "Follow-up"),
    }
    if key not in names:
        return key.replace("_", " ").capitalize()
    return QCoreApplication.translate("Etiquette", names[key])
