"""Printable account briefs and fair packs as PDF, from plain data, in every script the accounts are written in.

builder fills the plain data from the book (and writes a brief or a pack); the rest lays it out and renders it.
"""

from services.briefs.data import (
    BriefAccount,
    BriefClosure,
    BriefContact,
    BriefData,
    BriefHealth,
    BriefHoliday,
    BriefInteraction,
    BriefLevel,
    BriefPromise,
    BriefReach,
    BriefTouch,
    BriefTrust,
    BriefWeek,
    PackData,
)
from services.briefs.render import BriefCancelled, render_brief, render_pack

__all__ = [
    "BriefAccount",
    "BriefCancelled",
    "BriefClosure",
    "BriefContact",
    "BriefData",
    "BriefHealth",
    "BriefHoliday",
    "BriefInteraction",
    "BriefLevel",
    "BriefPromise",
    "BriefReach",
    "BriefTouch",
    "BriefTrust",
    "BriefWeek",
    "PackData",
    "render_brief",
    "render_pack",
]
