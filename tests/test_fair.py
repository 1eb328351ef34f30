"""Trade-fair capture: leads get the fair as source, a quick first follow-up, and a per-country summary."""

import datetime as dt

import pytest

from services import cadence
from services.accounts import fair
from services.errors import ValidationError

FAIR = fair.Fair("Canton Fair 2026", dt.date(2026, 10, 16))  # a Friday


def test_lead_gets_source_contact_and_interaction(open_book):
    a = fair.capture_lead(FAIR, {"company": "Müller GmbH", "country": "Deutschland", "name": "Jürgen Müller",
                                 "email": "jm@example.com", "products": "LED panels", "temperature": "hot"})
    assert (a.source, a.country, a.stage) == ("Canton Fair 2026", "DE", "lead")
    assert "hot lead" in a.tags
    assert "LED panels" in a.notes
    assert [c.name for c in a.contacts] == ["Jürgen Müller"]
    (i,) = list(a.interactions)
    assert (i.channel, i.response) == ("fair", "warm")


@pytest.mark.parametrize(("temperature", "working_days"), [("hot", 1), ("warm", 2), ("cold", 3)])
def test_first_follow_up_one_to_three_working_days_after_in_their_window(open_book, temperature, working_days):
    a = fair.capture_lead(FAIR, {"company": "Acme", "country": "US", "temperature": temperature})
    (t,) = [t for t in cadence.plan(FAIR.day, 30, account_uuid=a.uuid) if t.kind == "follow_up"]
    expected = {1: dt.date(2026, 10, 19), 2: dt.date(2026, 10, 20), 3: dt.date(2026, 10, 21)}[working_days]
    assert t.due_local.date() == expected
    assert dt.time(10) <= t.due_local.time() < dt.time(15)
    assert t.zone == "America/New_York"


def test_saudi_lead_skips_their_weekend(open_book):
    a = fair.capture_lead(FAIR, {"company": "النور", "country": "SA", "temperature": "hot"})
    (t,) = [t for t in cadence.plan(FAIR.day, 30, account_uuid=a.uuid) if t.kind == "follow_up"]
    assert t.due_local.date() == dt.date(2026, 10, 18)  # Fri+Sat off: Sunday is their first working day


def test_same_company_twice_is_one_account(open_book):
    first = fair.capture_lead(FAIR, {"company": "Acme", "country": "US", "name": "Ann", "temperature": "cold"})
    second = fair.capture_lead(FAIR, {"company": "ACME", "country": "usa", "name": "Bob", "temperature": "hot"})
    assert first.uuid == second.uuid
    assert sorted(c.name for c in second.contacts) == ["Ann", "Bob"]
    assert "hot lead" in second.tags
    assert "cold lead" not in second.tags


def test_summary_counts_per_country_and_temperature(open_book):
    for company, country, temp in [("A", "DE", "hot"), ("B", "DE", "cold"), ("C", "JP", "hot"), ("D", "JP", "hot")]:
        fair.capture_lead(FAIR, {"company": company, "country": country, "temperature": temp})
    s = fair.summary("Canton Fair 2026")
    assert s.total == 4
    assert dict(s.by_country["JP"]) == {"hot": 2}
    assert s.by_temperature["hot"] == 3


def test_lead_without_fair_or_name_is_refused(open_book):
    with pytest.raises(ValidationError) as err:
        fair.capture_lead(fair.Fair("", FAIR.day), {"company": "", "country": "DE", "temperature": "lukewarm"})
    assert set(err.value.errors) == {"fair", "company", "temperature"}
