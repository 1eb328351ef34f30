"""Users: the list, free-text names turned into users by the migration, the current user, managers decide."""

import datetime as dt

import pytest

import models
from models import actor
from models.migrations import users_from_promise_names
from models.users import AppUser
from services import commitments as cm
from services import users
from services.errors import UserError

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def account(make_account):
    return make_account(name="Müller GmbH", country="DE")


def _old_promise(account, by, approver=""):
    """A promise as a book before users held it: free-text names, no maker."""
    c = cm.create_commitment(account.uuid, {"title": "Price hold", "promised_by": by, "due_date": TODAY,
                                            "promised_at": TODAY, "approver": approver})
    models.Commitment.update(made_by=None, promised_by=by).where(models.Commitment.id == c.id).execute()
    return c


def _forget_users():
    AppUser.delete().execute()


def test_migration_turns_each_distinct_promise_name_into_a_sales_user(account):
    for by in ("Li Na", "Anna Berg", "li na "):
        _old_promise(account, by)
    _forget_users()
    users_from_promise_names()
    assert [(u.name, u.initials, u.role) for u in users.list_users()] == [("Anna Berg", "AB", "sales"),
                                                                          ("Li Na", "LN", "sales")]


def test_migration_links_every_promise_to_its_makers_user(account):
    for by in ("Li Na", "li na "):
        _old_promise(account, by)
    _forget_users()
    users_from_promise_names()
    (li,) = AppUser.select()
    assert [c.promised_by_id for c in models.Commitment.select()] == [li.id, li.id]


def test_migration_makes_a_user_named_as_approver_a_manager_and_keeps_other_approvers_as_text(account):
    _old_promise(account, "Wang Wei", approver="Board")
    _old_promise(account, "Li Na", approver="wang wei")
    _forget_users()
    users_from_promise_names()
    assert {u.name: u.role for u in users.list_users()} == {"Li Na": "sales", "Wang Wei": "manager"}
    assert sorted(c.approver for c in models.Commitment.select()) == ["Board", "wang wei"]


def test_migration_run_again_adds_no_users(account):
    _old_promise(account, "Li Na")
    users_from_promise_names()
    users_from_promise_names()
    assert len(users.list_users()) == 1


def test_a_fresh_book_has_the_user_table_and_no_users(open_book):
    assert models.schema_version() == models.LATEST
    assert models.db.table_exists("app_user")
    assert users.list_users() == []


def test_a_second_user_of_the_same_folded_name_is_refused(open_book):
    users.add_user({"name": "Jürgen Müller"})
    with pytest.raises(UserError, match="already a user"):
        users.add_user({"name": "JURGEN MULLER"})


def test_renaming_a_user_renames_their_promises(account):
    c = cm.create_commitment(account.uuid, {"title": "Samples", "promised_by": "Li Na", "due_date": TODAY,
                                            "promised_at": TODAY})
    (li,) = users.list_users()
    users.edit_user(li.uuid, {"name": "Li Na (Shanghai)"})
    assert cm.get_commitment(c.uuid).promised_by == "Li Na (Shanghai)"


def test_a_deactivated_user_is_no_longer_offered(open_book):
    anna = users.add_user({"name": "Anna"})
    users.deactivate(anna.uuid)
    assert users.list_users() == []


def test_the_only_user_is_current_without_asking(open_book):
    anna = users.add_user({"name": "Anna"})
    assert users.current_user() == anna
    assert not users.needs_choice()


def test_with_two_users_someone_must_choose_and_the_choice_is_remembered(open_book):
    anna = users.add_user({"name": "Anna"})
    users.add_user({"name": "Li Na"})
    assert users.needs_choice()
    users.choose(anna.uuid)
    actor.set_current("")
    assert (users.current_user(), users.needs_choice()) == (anna, False)


def test_choosing_sets_who_is_at_the_keyboard(open_book):
    li = users.add_user({"name": "Li Na"})
    users.choose(li.uuid)
    assert actor.current() == "Li Na"


def test_a_command_runs_as_the_user_it_names(open_book):
    users.add_user({"name": "Anna"})
    users.add_user({"name": "Li Na"})
    assert users.choose_for_command("li na").name == "Li Na"


def test_a_command_naming_no_user_is_refused(open_book):
    with pytest.raises(UserError, match="No user named Bob"):
        users.choose_for_command("Bob")


def test_only_a_manager_approves(account):
    users.add_user({"name": "Li Na"})
    c = cm.create_commitment(account.uuid, {"title": "Rebate", "promised_by": "Li Na", "due_date": TODAY,
                                            "promised_at": TODAY, "approval": "pending"})
    with pytest.raises(UserError, match="Only a manager"):
        cm.record_approval(c.uuid, "approved", "Li Na", TODAY)


def test_a_manager_approves(account):
    users.add_user({"name": "Wang Wei", "role": "manager"})
    c = cm.create_commitment(account.uuid, {"title": "Rebate", "promised_by": "Li Na", "due_date": TODAY,
                                            "promised_at": TODAY, "approval": "pending"})
    assert cm.record_approval(c.uuid, "rejected", "wang wei", TODAY).approver == "Wang Wei"


def test_a_promise_by_a_new_name_makes_that_person_a_user(account):
    c = cm.create_commitment(account.uuid, {"title": "Samples", "promised_by": "Pedro", "due_date": TODAY,
                                            "promised_at": TODAY})
    assert cm.get_commitment(c.uuid).made_by.name == "Pedro"


def _promises(account, by, n, **more):
    for k in range(n):
        cm.create_commitment(account.uuid, {"title": f"Samples {k}", "promised_by": by, "promised_at": TODAY,
                                            "due_date": TODAY + dt.timedelta(days=15 + k % 3), **more})


def test_overload_counts_one_users_promises_whatever_name_they_carry(account):
    li = users.add_user({"name": "Li Na"})
    _promises(account, "Li Na", 3)
    _promises(account, "L. Na", 2, promised_by_uuid=li.uuid)  # a bundle's record: the user by uuid
    flagged = {r.commitment.uuid for r in cm.risks(TODAY) if "owner_overloaded" in r.reasons}
    assert len(flagged) == 5


def test_overload_does_not_add_two_users_promises_together(account):
    _promises(account, "Li Na", 3)
    _promises(account, "Anna Berg", 2)
    assert not [r for r in cm.risks(TODAY) if "owner_overloaded" in r.reasons]
