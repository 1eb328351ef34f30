"""Translated display labels for the shared choices (stages, roles, channels ...)."""

from PySide6.QtCore import QCoreApplication

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


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _labels() -> list[tuple]:
    # A list, not a dict: members of different enums with the same value ("visit", "other") compare equal.
    return [
        (Stage.LEAD, _t("Lead")), (Stage.INQUIRY, _t("Inquiry")), (Stage.QUOTED, _t("Quoted")),
        (Stage.SAMPLING, _t("Sampling")), (Stage.NEGOTIATING, _t("Negotiating")), (Stage.WON, _t("Won")),
        (Stage.REPEAT, _t("Repeat buyer")), (Stage.DORMANT, _t("Dormant")), (Stage.LOST, _t("Lost")),
        (Priority.HIGH, _t("High")), (Priority.NORMAL, _t("Normal")), (Priority.LOW, _t("Low")),
        (Role.DECISION_MAKER, _t("Decision maker")), (Role.BUYER, _t("Buyer")), (Role.INFLUENCER, _t("Influencer")),
        (Role.TECHNICAL, _t("Technical")), (Role.FINANCE, _t("Finance")), (Role.AGENT, _t("Agent")),
        (Role.OFFICIAL, _t("Official")), (Role.OTHER, _t("Other")), (Channel.EMAIL, _t("E-mail")),
        (Channel.PHONE, _t("Phone")), (Channel.VIDEO, _t("Video call")), (Channel.MEETING, _t("Meeting")),
        (Channel.VISIT, _t("Visit")), (Channel.MESSAGE, _t("Message")), (Channel.FAIR, _t("Trade fair")),
        (Channel.POST, _t("Post")), (Purpose.CHECK_IN, _t("Check-in")), (Purpose.QUOTE, _t("Quote")),
        (Purpose.SAMPLE, _t("Sample")), (Purpose.VALUE, _t("Value (news, improvement)")),
        (Purpose.GREETING, _t("Greeting")), (Purpose.NEGOTIATION, _t("Negotiation")), (Purpose.ORDER, _t("Order")),
        (Purpose.SERVICE, _t("Service")), (Purpose.OTHER, _t("Other")),
        (Direction.OUTBOUND, _t("We contacted them")), (Direction.INBOUND, _t("They contacted us")),
        (Response.WARM, _t("Warm")), (Response.NEUTRAL, _t("Neutral")), (Response.COLD, _t("Cold")),
        (Response.NONE, _t("No reply")), (CommitmentKind.DELIVERY, _t("Delivery date")),
        (CommitmentKind.PRICE_HOLD, _t("Price hold")), (CommitmentKind.REBATE, _t("Rebate")),
        (CommitmentKind.SAMPLE, _t("Sample")), (CommitmentKind.DOCUMENT, _t("Document")),
        (CommitmentKind.CALLBACK, _t("Call back")), (CommitmentKind.VISIT, _t("Visit")),
        (CommitmentKind.OTHER, _t("Other")), (CommitmentStatus.OPEN, _t("Open")),
        (CommitmentStatus.KEPT, _t("Kept")), (CommitmentStatus.BROKEN, _t("Broken")),
        (CommitmentStatus.CANCELLED, _t("Cancelled")), (Approval.NOT_NEEDED, _t("No approval needed")),
        (Approval.PENDING, _t("Approval pending")), (Approval.APPROVED, _t("Approved")),
        (Approval.REJECTED, _t("Rejected")), (Region.EUROPE, _t("Europe")),
        (Region.NORTH_AMERICA, _t("North America")), (Region.LATIN_AMERICA, _t("Latin America")),
        (Region.SOUTHEAST_ASIA, _t("South-East Asia")), (Region.SOUTH_ASIA, _t("South Asia")),
        (Region.EAST_ASIA, _t("East Asia")), (Region.MIDDLE_EAST, _t("Middle East")), (Region.AFRICA, _t("Africa")),
        (Region.OCEANIA, _t("Oceania")), (Region.CIS, _t("CIS")),
    ]


_cache: dict = {}


def label(enum_type, value: str) -> str:
    """The translated label of value (a StrEnum member or its string) of enum_type."""
    if not _cache:
        _cache.update({(type(k), k.value): v for k, v in _labels()})
    return _cache.get((enum_type, str(value)), str(value))


def reset() -> None:
    """Forget cached labels after the UI language changes."""
    _cache.clear()


def section_label(key: str) -> str:
    """The heading of an etiquette section."""
    names = {
        "greeting": _t("Greeting"), "names_titles": _t("Names and titles"), "business_cards": _t("Business cards"),
        "meetings": _t("Meetings"), "punctuality": _t("Punctuality"), "communication": _t("Communication"),
        "negotiation": _t("Negotiation"), "decision_making": _t("Decision making"),
        "relationships": _t("Relationships"), "gifts": _t("Gifts"), "dining": _t("Dining"), "dress": _t("Dress"),
        "taboos": _t("Taboos"), "working_week": _t("Working week"), "language": _t("Language"),
        "follow_up": _t("Follow-up"),
    }
    return names.get(key, key.replace("_", " ").capitalize())
