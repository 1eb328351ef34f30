"""Wrong clocks and copied books never hide a both-sides change; every both-sides change is listed."""

import datetime as dt

import pytest

import models
from models import Account, ExchangePeer
from services import accounts
from services.exchange import bundle


@pytest.fixture
def books(book_switch):
    """Office and laptop books that share one account with a contact; switch with use()."""
    use = book_switch
    account = accounts.create_account({"name": "Müller GmbH", "country": "DE"})
    contact = accounts.create_contact(account.uuid, {"name": "Jürgen Müller"})
    start = bundle.build_bundle()
    use("laptop")
    bundle.merge_bundle(start)
    bundle.merge_bundle(start)  # the laptop knows when it last took in the office's records
    use.account, use.contact = account.uuid, contact.uuid
    use("office")
    return use


def from_laptop(use, change):
    use("laptop")
    change()
    data = bundle.build_bundle()
    use("office")
    return data


def test_a_bundle_from_a_laptop_whose_clock_runs_ahead_does_not_hide_later_conflicts(books):
    ahead = from_laptop(books, lambda: None)
    ahead["exported_at"] = "2031-01-01T00:00:00+00:00"
    bundle.merge_bundle(ahead)
    accounts.update_account(books.account, {"city": "Stuttgart"})
    data = from_laptop(books, lambda: accounts.update_account(books.account, {"notes": "Met at the fair"}))
    report = bundle.merge_bundle(data)
    assert [c["uuid"] for c in report.conflicts] == [books.account]


def test_a_record_stamped_years_ahead_is_kept_no_later_than_a_day_after_the_merge(books):
    data = from_laptop(books, lambda: accounts.update_account(books.account, {"notes": "Wrong clock"}))
    data["accounts"][0]["updated_at"] = "2031-01-01T00:00:00+00:00"
    bundle.merge_bundle(data)
    assert Account.get(Account.uuid == books.account).updated_at <= models.utcnow() + dt.timedelta(days=1)


def test_a_record_stamped_years_ahead_can_be_changed_again_by_a_later_edit(books):
    data = from_laptop(books, lambda: accounts.update_account(books.account, {"notes": "Wrong clock"}))
    data["accounts"][0]["updated_at"] = "2031-01-01T00:00:00+00:00"
    now = models.utcnow()
    bundle.merge_bundle(data, now=now)
    later = now + dt.timedelta(days=3)
    data["accounts"][0].update(notes="Clock fixed", updated_at=later.isoformat())
    bundle.merge_bundle(data, now=later)
    assert accounts.get_account(books.account).notes == "Clock fixed"


def test_a_bundle_carrying_our_own_database_id_lists_both_sides_changes(books):
    copy = bundle.build_bundle()  # what a copy of this very file would send: the same database_id
    accounts.update_account(books.account, {"city": "Stuttgart"})
    copy["accounts"][0].update(notes="Changed in the copy", updated_at=models.utcnow().isoformat())
    report = bundle.merge_bundle(copy)
    assert [(c["uuid"], c["kept"]) for c in report.conflicts] == [(books.account, "remote")]


def test_a_bundle_carrying_our_own_database_id_is_not_remembered_as_a_peer(books):
    before = ExchangePeer.select().count()
    bundle.merge_bundle(bundle.build_bundle())
    assert ExchangePeer.select().count() == before


def test_a_contact_deleted_there_but_edited_here_afterwards_is_kept_and_listed(books):
    data = from_laptop(books, lambda: accounts.delete_contact(books.contact))
    accounts.update_contact(books.contact, {"title": "CEO"})
    report = bundle.merge_bundle(data)
    assert accounts.get_contact(books.contact).title == "CEO"
    assert [(c["uuid"], c["change"], c["kept"]) for c in report.conflicts] == [
        (books.contact, "deleted there", "local")]


def test_a_contact_edited_there_but_deleted_here_afterwards_stays_deleted_and_is_listed(books):
    data = from_laptop(books, lambda: accounts.update_contact(books.contact, {"title": "CEO"}))
    accounts.delete_contact(books.contact)
    report = bundle.merge_bundle(data)
    assert [(c["uuid"], c["change"], c["kept"]) for c in report.conflicts] == [
        (books.contact, "deleted here", "local")]


def downgrade_to_v6(path):
    """The book as the previous version left it: no table of forgotten people, schema 6."""
    models.db.drop_tables([models.ForgottenContact])
    models.Meta.update(value="6").where(models.Meta.key == "schema_version").execute()
    models.close_database()
    models.open_database(path)


def test_a_time_stored_years_ahead_by_an_older_version_is_brought_back_on_upgrade(db_path, make_account):
    make_account()
    Account.update(updated_at=dt.datetime(9999, 12, 31, tzinfo=dt.UTC)).execute()
    downgrade_to_v6(db_path)
    assert Account.get().updated_at <= models.utcnow() + dt.timedelta(days=1)
