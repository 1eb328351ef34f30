"""An account an import could not place has no country: it is planned, briefed and exchanged, and can be set."""

import datetime as dt

import pytest

import models
from models import Account, Contact
from services import accounts, cadence, commitments
from services.accounts.account_country import needs_country, set_country
from services.briefs.builder import collect, countries_with_accounts, write_brief
from services.cadence.clock import local_time
from services.cadence.ics import calendar_text
from services.errors import NotFoundError, ValidationError
from services.exchange import bundle

TODAY = dt.date(2026, 3, 2)  # a Monday


@pytest.fixture
def unplaced(open_book, utc):
    """What an import writes for a row no clue placed: country "", a contact with a number in national form."""
    account = Account.create(name="Nowhere Trading", country="", created_at=utc(2026, 1, 5), updated_at=utc(2026, 1, 5))
    Contact.create(account=account, name="Pat Doe", phone="020 7946 0958")
    accounts.reindex(account)
    return account


def test_planner_gives_it_the_default_monthly_rhythm(unplaced, utc):
    accounts.log_interaction(unplaced.uuid, {"occurred_at": utc(2026, 2, 2, 10), "purpose": "check_in",
                                             "response": "neutral"})
    (touch,) = cadence.next_touches(unplaced.uuid, TODAY, count=1)
    assert touch.due_local.date() == dt.date(2026, 3, 4)  # 30 days after 2 February


def test_planner_uses_the_default_window_in_utc_on_weekdays(unplaced):
    (touch,) = cadence.next_touches(unplaced.uuid, TODAY, count=1)
    assert touch.zone == "UTC"
    assert dt.time(10) <= touch.due_local.time() < dt.time(15)
    assert touch.due_local.weekday() < 5


def test_agenda_and_calendar_include_it(unplaced):
    touches = [t for group in cadence.agenda(TODAY).values() for t in group]
    assert [t.account for t in touches] == ["Nowhere Trading"]
    assert "Country: unknown" in calendar_text(touches)


def test_a_touch_can_be_snoozed(unplaced):
    (touch,) = cadence.next_touches(unplaced.uuid, TODAY, count=1)
    moved = cadence.snooze(touch, days=1, today=TODAY)
    assert moved.due_local.weekday() < 5


def test_clock_shows_utc_and_the_default_window(unplaced, utc):
    lt = local_time(unplaced, utc(2026, 3, 2, 11))
    assert (lt.zone, lt.window_text, lt.inside_hours) == ("UTC", "10:00–15:00", True)


def test_a_promise_due_on_a_saturday_falls_on_the_customers_day_off(unplaced):
    commitments.create_commitment(unplaced.uuid, {"title": "Samples", "promised_by": "Li Na", "promised_at": TODAY,
                                                  "due_date": dt.date(2026, 3, 14)})
    (risk,) = commitments.risks(TODAY, account_uuid=unplaced.uuid)
    assert "customer_day_off" in risk.reasons


def test_brief_says_country_unknown(unplaced, tmp_path):
    data = collect(unplaced.uuid, "en", TODAY)
    assert (data.account.country_name, data.etiquette, data.holidays) == ("Country unknown", [], [])
    path, _name = write_brief(unplaced.uuid, tmp_path / "brief.pdf", today=TODAY)
    assert path.stat().st_size > 1000


def test_pack_by_country_lists_only_known_countries(unplaced, make_account):
    make_account(country="DE")
    assert [code for code, _name in countries_with_accounts("en")] == ["DE"]


def test_it_is_listed_as_needing_a_country(unplaced, make_account):
    make_account(country="DE")
    assert needs_country() == [unplaced.uuid]


def test_set_country_places_many_accounts_and_rereads_their_numbers(unplaced, make_account):
    other = Account.create(name="Also Nowhere", country="")
    assert set_country([unplaced.uuid, other.uuid], "United Kingdom") == 2
    assert {a.country for a in Account.select()} == {"GB"}
    assert Contact.get().phone_e164 == "+442079460958"


def test_set_country_refuses_an_unknown_country(unplaced):
    with pytest.raises(ValidationError) as caught:
        set_country([unplaced.uuid], "Narnia")
    assert "Narnia" in caught.value.errors["country"]
    assert Account.get_by_id(unplaced.id).country == ""


def test_set_country_changes_nothing_when_an_account_is_missing(unplaced):
    with pytest.raises(NotFoundError):
        set_country([unplaced.uuid, "no-such-uuid"], "DE")
    assert Account.get_by_id(unplaced.id).country == ""


def test_the_account_form_still_asks_for_a_country(unplaced):
    with pytest.raises(ValidationError) as caught:
        accounts.update_account(unplaced.uuid, {"country": ""})
    assert "country" in caught.value.errors


def test_an_account_without_a_country_travels_in_a_bundle(unplaced, tmp_path):
    data = bundle.build_bundle()
    models.close_database()
    models.open_database(tmp_path / "other.sqlite")
    report = bundle.merge_bundle(data)
    assert report.added == 2
    assert Account.get().country == ""
