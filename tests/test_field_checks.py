"""One loop checks the fields of every record: partial edits check only what was given, every bad field is named."""

import pytest

from services import validation as v
from services.accounts import clean_account, clean_contact
from services.commitments import clean_commitment
from services.errors import ValidationError


def _checks(errors: v.FieldErrors) -> dict:
    return {"name": lambda x: v.text(x, "name", errors, required=True),
            "city": lambda x: v.text(x, "city", errors)}


def test_a_partial_check_cleans_only_the_fields_given():
    errors = v.FieldErrors()
    assert v.checked(_checks(errors), {"city": " Ulm "}, errors, partial=True) == {"city": "Ulm"}


def test_a_whole_check_cleans_every_field_and_names_each_bad_one():
    errors = v.FieldErrors()
    with pytest.raises(ValidationError) as caught:
        v.checked(_checks(errors), {"city": "x" * 400}, errors, partial=False)
    assert set(caught.value.errors) == {"name", "city"}


def test_a_rule_across_fields_is_reported_with_the_bad_fields():
    with pytest.raises(ValidationError) as caught:
        clean_commitment({"title": "", "promised_by": "Li", "promised_at": "2026-05-02", "due_date": "2026-05-01"},
                         None)
    assert set(caught.value.errors) == {"title", "due_date"}


def test_a_bundles_previous_due_dates_rebuild_the_history_in_a_partial_check():
    out = clean_commitment({"previous_due_dates": ["2026-04-01"]}, None, partial=True)
    assert set(out) == {"due_history"}


@pytest.mark.parametrize(("clean", "fields", "bad"), [
    (clean_account, {"name": "", "country": "DE", "stage": "nope"}, {"name", "stage"}),
    (clean_contact, {"name": "", "email": "not-an-address"}, {"name", "email"}),
])
def test_account_and_contact_checks_name_every_bad_field(clean, fields, bad):
    with pytest.raises(ValidationError) as caught:
        clean(fields)
    assert set(caught.value.errors) == bad
