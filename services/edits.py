"""Saving a form's edit of a record: refused, with who and when, if a colleague saved it since the form read it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from models import Account, Commitment, Contact, Interaction
from models.base import StaleRecordError, VersionedModel
from services import dates
from services.errors import NotFoundError, UserError

# What a save tells when its record was deleted meanwhile.
GONE = {Account: "error.no_account", Contact: "error.no_contact", Interaction: "error.no_interaction",
        Commitment: "error.no_promise"}


class SavedAt:
    """When the colleague saved, in the reader's zone and language: '10:42' today, else with its day."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at.astimezone()  # the user's zone: the one the desktop runs in

    def render(self, lang: str) -> str:
        if self.at.date() == dt.datetime.now(self.at.tzinfo).date():
            return f"{self.at:%H:%M}"
        return dates.day_time(self.at, lang)


class RecordChangedError(UserError):
    """Someone saved the record after this form read it; version is theirs (save again with it to keep mine)."""

    def __init__(self, who: str, at: dt.datetime, version: int) -> None:
        if who:
            super().__init__("error.record_changed", who=who, at=SavedAt(at))
        else:
            super().__init__("error.record_changed_unnamed", at=SavedAt(at))
        self.who, self.at, self.version = who, at, version


def save_edit(row: VersionedModel, values: Mapping[str, object], version: int | None,
              derive: Callable[[Any], None] | None = None) -> None:
    """row.save_changes(values) as the form's edit of the version it loaded (None: no form, no check of it).

    The caller holds the transaction; RecordChangedError names who saved the record last and when."""
    try:
        row.save_changes(values, derive=derive, expected_version=version)
    except StaleRecordError:
        model = type(row)
        theirs = model.select(model.changed_by, model.updated_at, model.version).where(model.id == row.id).get_or_none()
        if theirs is None:  # deleted meanwhile (a server book reads and writes in separate snapshots)
            raise NotFoundError(GONE[model], id=row.uuid) from None
        raise RecordChangedError(theirs.changed_by, theirs.updated_at, theirs.version) from None
