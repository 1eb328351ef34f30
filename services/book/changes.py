"""What changed since: a cheap token of the book's state, polled so a colleague's change shows within seconds."""

from __future__ import annotations

import peewee as pw

from models import Account, Commitment, Contact, Interaction, Setting, Tombstone, TouchState, TrashItem, db

# What the screens show and a colleague can change. Edits move max(updated_at) (indexed); inserts move max(id) too
# (a record put back from the Trash keeps its old stamp); deletions leave a tombstone or take a Trash item.
WATCHED = (Account, Contact, Interaction, Commitment, TouchState, Tombstone, TrashItem, Setting)


def probe() -> tuple:
    """A token that changes whenever another connection (or this one) changes what the screens show.

    One statement of two index reads per table (the newest stamp and the highest id: a max on an indexed column is
    read from the end of its index, on SQLite and PostgreSQL), never a walk of the book."""
    columns = []
    for model in WATCHED:
        columns += [model.select(pw.fn.MAX(model.updated_at)), model.select(pw.fn.MAX(model.id))]
    row = pw.Select(columns=columns).bind(db).tuples().get()
    return tuple(str(value) for value in row)
