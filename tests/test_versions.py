"""Two people edit the same record: each save bumps its version, a save of an older version is refused (issue 19)."""

import datetime as dt
import shutil

import pytest

import models
from models import actor
from services import accounts, commitments
from services.edits import RecordChangedError


@pytest.fixture
def as_user():
    """Act as a named person (models.actor) for the rest of the test."""
    before = actor.current()
    yield actor.set_current
    actor.set_current(before)


def test_a_new_account_starts_at_version_one_saved_by_whoever_made_it(make_account, as_user):
    as_user("Anna Berger")
    a = make_account()
    assert (accounts.account_details(a.uuid).version, a.changed_by) == (1, "Anna Berger")


def test_every_save_counts_one_more_version(make_account):
    a = make_account()
    accounts.update_account(a.uuid, {"city": "Stuttgart"}, version=1)
    accounts.update_account(a.uuid, {"city": "Ulm"}, version=2)
    assert accounts.account_details(a.uuid).version == 3


def test_a_save_of_an_older_version_is_refused_naming_the_colleague(make_account, as_user):
    a = make_account()
    loaded = accounts.account_details(a.uuid)
    as_user("Li Wei")
    accounts.update_account(a.uuid, {"city": "Stuttgart"}, version=loaded.version)
    as_user("Anna Berger")
    with pytest.raises(RecordChangedError) as refused:
        accounts.update_account(a.uuid, {"city": "Ulm"}, version=loaded.version)
    assert refused.value.render("en").startswith("Changed by Li Wei at ")


def test_the_refusal_gives_the_time_of_their_save_in_the_users_zone(make_account):
    a = make_account()
    accounts.update_account(a.uuid, {"city": "Stuttgart"}, version=1)
    saved = accounts.get_account(a.uuid).updated_at.astimezone()
    with pytest.raises(RecordChangedError) as refused:
        accounts.update_account(a.uuid, {"city": "Ulm"}, version=1)
    assert f" at {saved:%H:%M} " in refused.value.render("en")


def test_a_refused_save_leaves_the_first_save_intact(make_account):
    a = make_account()
    accounts.update_account(a.uuid, {"city": "Stuttgart", "notes": "theirs"}, version=1)
    with pytest.raises(RecordChangedError):
        accounts.update_account(a.uuid, {"city": "Ulm", "notes": "mine"}, version=1)
    kept = accounts.account_details(a.uuid)
    assert (kept.city, kept.notes, kept.version) == ("Stuttgart", "theirs", 2)


def test_keep_mine_saves_over_their_version(make_account):
    a = make_account()
    accounts.update_account(a.uuid, {"city": "Stuttgart"}, version=1)
    with pytest.raises(RecordChangedError) as refused:
        accounts.update_account(a.uuid, {"city": "Ulm"}, version=1)
    accounts.update_account(a.uuid, {"city": "Ulm"}, version=refused.value.version)
    assert accounts.account_details(a.uuid).city == "Ulm"


def test_a_contact_edit_of_an_older_version_is_refused(make_account, make_contact):
    c = make_contact(make_account())
    accounts.update_contact(c.uuid, {"title": "CEO"}, version=1)
    with pytest.raises(RecordChangedError):
        accounts.update_contact(c.uuid, {"title": "CFO"}, version=1)


def test_an_interaction_edit_of_an_older_version_is_refused(make_account):
    a = make_account()
    item = accounts.log_interaction(a.uuid, {"occurred_at": dt.datetime(2026, 9, 1, 9, tzinfo=dt.UTC)})
    accounts.update_interaction(item.uuid, {"summary": "theirs"}, version=1)
    with pytest.raises(RecordChangedError):
        accounts.update_interaction(item.uuid, {"summary": "mine"}, version=1)


def _promise(account):
    return commitments.create_commitment(account.uuid, {"title": "Rebate 3%", "promised_by": "Anna",
                                                        "due_date": dt.date(2026, 12, 1)})


def test_a_promise_edit_of_an_older_version_is_refused(make_account):
    c = _promise(make_account())
    commitments.update_commitment(c.uuid, {"notes": "theirs"}, version=1)
    with pytest.raises(RecordChangedError):
        commitments.update_commitment(c.uuid, {"notes": "mine"}, version=1)


def test_closing_a_promise_counts_as_a_save(make_account, as_user):
    c = _promise(make_account())
    as_user("Li Wei")
    commitments.mark_kept(c.uuid)
    closed = commitments.get_commitment(c.uuid)
    assert (closed.version, closed.changed_by) == (2, "Li Wei")


def test_logging_an_interaction_leaves_the_accounts_version(make_account):
    a = make_account()
    accounts.log_interaction(a.uuid, {"occurred_at": dt.datetime(2026, 9, 1, 9, tzinfo=dt.UTC)})
    assert accounts.account_details(a.uuid).version == 1


def test_an_older_book_gets_version_one_for_every_record(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy("tests/data/rapport-v1.sqlite", path)
    models.open_database(path)
    try:
        rows = [(m.version, m.changed_by) for model in (models.Account, models.Contact, models.Interaction)
                for m in model.select(model.version, model.changed_by)]
    finally:
        models.close_database()
    assert set(rows) == {(1, "")}


def test_a_bundle_merge_counts_a_version_so_an_open_form_is_refused(make_account, tmp_path):
    import json

    from services.exchange import bundle

    a = make_account()
    path = tmp_path / "b.json"
    bundle.export_bundle(path)
    data = json.loads(path.read_text())
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat()
    data["accounts"][0].update(city="Hamburg", updated_at=later)
    path.write_text(json.dumps(data))
    bundle.import_bundle(path)
    with pytest.raises(RecordChangedError):
        accounts.update_account(a.uuid, {"city": "Ulm"}, version=1)


def test_setting_the_country_of_many_accounts_counts_a_version(make_account, as_user):
    from services.accounts.account_country import set_country

    a = make_account(country="DE")
    as_user("Li Wei")
    set_country([a.uuid], "FR")
    changed = accounts.get_account(a.uuid)
    assert (changed.version, changed.changed_by) == (2, "Li Wei")


def test_a_save_on_another_day_is_told_with_its_day():
    from services.edits import SavedAt

    shown = SavedAt(dt.datetime(2025, 3, 4, 9, 42, tzinfo=dt.UTC)).render("en")
    assert "2025" in shown


def test_a_save_of_a_record_deleted_meanwhile_says_it_is_gone(make_account):
    from services.edits import save_edit
    from services.errors import NotFoundError

    a = make_account()
    read = accounts.get_account(a.uuid)
    accounts.delete_account(a.uuid)
    with pytest.raises(NotFoundError):
        save_edit(read, {"city": "Ulm"}, version=1)
