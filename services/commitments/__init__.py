"""Promises kept: recording promises, their risks, the trust record and the warnings before promising.

The names the rest of the code calls as ``commitments.create_commitment(...)`` are gathered here from the modules
that hold them; the plain rows for the screen are in rows.
"""

from services.commitments.promise_warnings import PromiseWarning, promise_warnings
from services.commitments.promises import (
    cancel,
    clean_commitment,
    commitments_of,
    create_commitment,
    delete_commitment,
    get_commitment,
    mark_broken,
    mark_kept,
    open_commitments,
    people,
    previous_due_dates,
    record_approval,
    reschedule,
    update_commitment,
)
from services.commitments.risks import Risk, assess, risks, thresholds
from services.commitments.trust import Trust, TrustRecord, account_trust, trust

__all__ = [
    "PromiseWarning",
    "Risk",
    "Trust",
    "TrustRecord",
    "account_trust",
    "assess",
    "cancel",
    "clean_commitment",
    "commitments_of",
    "create_commitment",
    "delete_commitment",
    "get_commitment",
    "mark_broken",
    "mark_kept",
    "open_commitments",
    "people",
    "previous_due_dates",
    "promise_warnings",
    "record_approval",
    "reschedule",
    "risks",
    "thresholds",
    "trust",
    "update_commitment",
]
