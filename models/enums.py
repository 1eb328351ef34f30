"""Choices shared by models, services, the exchange bundle and the UI."""

from enum import StrEnum


class Stage(StrEnum):
    LEAD = "lead"
    INQUIRY = "inquiry"
    QUOTED = "quoted"
    SAMPLING = "sampling"
    NEGOTIATING = "negotiating"
    WON = "won"
    REPEAT = "repeat"
    DORMANT = "dormant"
    LOST = "lost"


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class Role(StrEnum):
    DECISION_MAKER = "decision_maker"
    BUYER = "buyer"
    INFLUENCER = "influencer"
    TECHNICAL = "technical"
    FINANCE = "finance"
    AGENT = "agent"
    OFFICIAL = "official"
    OTHER = "other"


ROLE_RANK = {role.value: rank for rank, role in enumerate(Role)}


def role_rank(role: str) -> int:
    """Whom to address first, in Role's order (decision maker first, other last; an unknown role after those).

    The one order for the planner's main contact and the brief's list of people.
    """
    return ROLE_RANK.get(role, len(ROLE_RANK))


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    VIDEO = "video"
    MEETING = "meeting"
    VISIT = "visit"
    MESSAGE = "message"
    FAIR = "fair"
    POST = "post"


class Purpose(StrEnum):
    CHECK_IN = "check_in"
    QUOTE = "quote"
    SAMPLE = "sample"
    VALUE = "value"
    GREETING = "greeting"
    NEGOTIATION = "negotiation"
    ORDER = "order"
    SERVICE = "service"
    OTHER = "other"


class Direction(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class Response(StrEnum):
    WARM = "warm"
    NEUTRAL = "neutral"
    COLD = "cold"
    NONE = "none"


class CommitmentKind(StrEnum):
    DELIVERY = "delivery"
    PRICE_HOLD = "price_hold"
    REBATE = "rebate"
    SAMPLE = "sample"
    DOCUMENT = "document"
    CALLBACK = "callback"
    VISIT = "visit"
    OTHER = "other"


class CommitmentStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    CANCELLED = "cancelled"


class Approval(StrEnum):
    NOT_NEEDED = "not_needed"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class Region(StrEnum):
    EUROPE = "europe"
    NORTH_AMERICA = "north_america"
    LATIN_AMERICA = "latin_america"
    SOUTHEAST_ASIA = "southeast_asia"
    SOUTH_ASIA = "south_asia"
    EAST_ASIA = "east_asia"
    MIDDLE_EAST = "middle_east"
    AFRICA = "africa"
    OCEANIA = "oceania"
    CIS = "cis"


class UserRole(StrEnum):
    """What a person in the firm does: only a manager decides approvals (issue 19)."""

    SALES = "sales"
    MANAGER = "manager"
    ASSISTANT = "assistant"
