"""Settings: the firm's, shared in the book as JSON values with documented defaults, and this person's own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from models import Setting, database_id, db
from models.base import save_by_key
from models.plan import mark_whole_plan_stale

# Settings the plan is made from: changing one re-plans the whole book (services/cadence/store.py).
PLAN_SETTINGS = frozenset({"cadence_rules", "working_windows", "reply_expectations"})


def get_setting(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_setting(key: str, value: Any) -> None:
    with db.atomic():
        save_by_key(Setting, Setting.key, key, value=json.dumps(value, ensure_ascii=False))
        if key in PLAN_SETTINGS:
            mark_whole_plan_stale()


# The personal part: what this person chose on this computer for this book (the current user), kept per book
# database_id in the data folder, outside the shared book. The window's own choices (language, paper, reminders,
# window state) are in QSettings, which only the UI reads.
def _personal_file() -> Path:
    from services.paths import data_dir

    return data_dir() / "personal.json"


def _personal_all() -> dict:
    try:
        found = json.loads(_personal_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def personal_setting(key: str, default: Any = None) -> Any:
    """This person's value of key for the open book (default when none is kept)."""
    mine = _personal_all().get(database_id(), {})
    return mine.get(key, default) if isinstance(mine, dict) else default


def set_personal_setting(key: str, value: Any) -> None:
    from models.files import atomic_output, private_folder

    everything = _personal_all()
    mine = everything.setdefault(database_id(), {})
    mine[key] = value
    path = _personal_file()
    private_folder(path.parent)
    with atomic_output(path) as part:
        part.write_text(json.dumps(everything, ensure_ascii=False, indent=1), encoding="utf-8")
