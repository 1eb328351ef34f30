"""Printable account briefs and fair packs as PDF, from plain data, in every script the accounts are written in."""

from services.briefs.data import (
    BriefAccount,
    BriefContact,
    BriefData,
    BriefHoliday,
    BriefInteraction,
    BriefPromise,
    BriefTouch,
    BriefTrust,
    PackData,
)
from services.briefs.render import BriefCancelled, render_brief, render_pack

__all__ = [
    "BriefAccount",
    "BriefCancelled",
    "BriefContact",
    "BriefData",
    "BriefHoliday",
    "BriefInteraction",
    "BriefPromise",
    "BriefTouch",
    "BriefTrust",
    "PackData",
    "render_brief",
    "render_pack",
]
