"""The firm's settings, stored in the database as JSON values with documented defaults."""

from __future__ import annotations

import json
from typing import Any

from models import Setting, db
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
