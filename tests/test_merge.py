"""Merging accounts into one: everything moves to the kept account, tombstones travel, undo puts it all back."""

import datetime as dt

import pytest

import models
from models import Account, Commitment, Contact, Interaction, Tombstone, TouchState
from services import accounts, cadence, commitments
from services.accounts.merge import merge_accounts, merge_preview, undo_merge
from services.errors import NotFoundError, UserError, ValidationError
from services.exchange import bundle


@pytest.fixture
def pair(make_account, make_contact, utc):
    """Müller GmbH (kept) and Mueller GmbH from another file: a shared person, an own person, history, a promise."""
    keep = make_account(name="Müller GmbH", country="DE", city="", tags="key account")
    dup = make_account(name="Mueller GmbH", country="DE", city="Stuttgart", tags="distributor", notes="Fair lead")
    anna = make_contact(keep, name="Anna Müller", email="anna@mueller.de")
    anna_again = make_contact(dup, name="Anna Mueller", email="ANNA@mueller.de", phone="0711 1234567")
    jurgen = make_contact(dup, name="Jürgen Weiß", email="j.weiss@mueller.de")
    talk = accounts.log_interaction(dup.uuid, {"occurred_at": utc(2026, 2, 2, 10), "contact_uuid": anna_again.uuid,
                                               "purpose": "quote", "response": "warm"})
    promise = commitments.create_commitment(dup.uuid, {"title": "Samples", "promised_by": "Li Na",
                                                       "promised_at": dt.date(2026, 2, 2),
                                                       "due_date": dt.date(2026, 3, 2), "contact_uuid": jurgen.uuid})
    return {"keep": keep, "dup": dup, "anna": anna, "anna_again": anna_again, "jurgen": jurgen, "talk": talk,
            "promise": promise}


def state(pair):
    """Everything a merge touches, comparable before and after an undo."""
    def accounts_():
        return sorted((a.uuid, a.name, a.city, a.tags, a.notes) for a in Account.select())

    def people():
        return sorted((c.uuid, c.account.uuid, c.name, c.email, c.phone) for c in Contact.select())

    def links(model):
        return sorted((r.uuid, r.account.uuid, r.contact.uuid if r.contact_id else None) for r in model.select())

    return accounts_(), people(), links(Interaction), links(Commitment)


def test_preview_counts_what_moves(pair):
    preview = merge_preview(pair["keep"].uuid, [pair["dup"].uuid])
    assert (preview.contacts, preview.folded, preview.interactions, preview.commitments) == (2, 1, 1, 1)


def test_merge_moves_contacts_interactions_and_promises_to_the_kept_account(pair):
    merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    keep_id = pair["keep"].id
    assert Account.select().count() == 1
    assert {c.name for c in Contact.select().where(Contact.account == keep_id)} == {"Anna Müller", "Jürgen Weiß"}
    assert Interaction.get().account_id == keep_id
    assert Commitment.get().account_id == keep_id


def test_a_person_in_both_accounts_is_kept_once_with_their_history(pair):
    merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    anna = Contact.get(Contact.uuid == pair["anna"].uuid)
    assert Interaction.get().contact_id == anna.id
    assert (anna.phone, anna.phone_e164) == ("0711 1234567", "+497111234567")  # filled from the other record


def test_kept_account_takes_missing_fields_notes_and_tags(pair):
    merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    keep = Account.get()
    assert (keep.city, keep.tags) == ("Stuttgart", "key account, distributor")
    assert "Mueller GmbH:\nFair lead" in keep.notes


def test_merged_away_records_leave_tombstones(pair):
    merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    graves = {(t.kind, t.record_uuid) for t in Tombstone.select()}
    assert graves == {("account", pair["dup"].uuid), ("contact", pair["anna_again"].uuid)}


def test_search_finds_the_kept_account_by_the_moved_contact(pair):
    merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    assert [a.uuid for a in accounts.search_accounts("jurgen weiss")] == [pair["keep"].uuid]


def test_planned_touch_states_move_to_the_kept_account(pair):
    (touch,) = cadence.next_touches(pair["dup"].uuid, dt.date(2026, 3, 2), count=1)
    cadence.mark_done(touch)
    merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    (moved,) = TouchState.select()
    assert (moved.account_uuid, moved.touch_key.split("/")[0]) == (pair["keep"].uuid, pair["keep"].uuid)


def test_undo_puts_everything_back(pair):
    before = state(pair)
    undo = merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    undo_merge(undo)
    assert state(pair) == before


def test_undo_restores_touch_states_and_removes_the_tombstones(pair):
    (touch,) = cadence.next_touches(pair["dup"].uuid, dt.date(2026, 3, 2), count=1)
    cadence.mark_done(touch)
    key = TouchState.get().touch_key
    undo_merge(merge_accounts(pair["keep"].uuid, [pair["dup"].uuid]))
    assert [s.touch_key for s in TouchState.select()] == [key]
    assert Tombstone.select().count() == 0


def test_undo_counts_as_an_edit_after_the_merge(pair):
    undo = merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    merged_at = models.utcnow()
    undo_merge(undo)
    assert Account.get(Account.uuid == pair["dup"].uuid).updated_at >= merged_at
    assert Contact.get(Contact.uuid == pair["jurgen"].uuid).updated_at >= merged_at


def test_undo_keeps_what_was_added_to_the_kept_account_since(pair, make_contact):
    undo = merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    make_contact(pair["keep"], name="New Person")
    undo_merge(undo)
    assert Contact.get(Contact.name == "New Person").account_id == pair["keep"].id


def test_undo_is_refused_when_the_kept_account_was_deleted(pair):
    undo = merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    accounts.delete_account(pair["keep"].uuid)
    with pytest.raises(UserError):
        undo_merge(undo)


def test_merging_an_account_into_itself_is_refused(pair):
    with pytest.raises(ValidationError):
        merge_accounts(pair["keep"].uuid, [pair["keep"].uuid])


def test_merging_a_missing_account_changes_nothing(pair):
    before = state(pair)
    with pytest.raises(NotFoundError):
        merge_accounts(pair["keep"].uuid, [pair["dup"].uuid, "no-such-uuid"])
    assert state(pair) == before


def test_the_merge_travels_to_another_copy(pair, tmp_path):
    first = bundle.build_bundle()
    merge_accounts(pair["keep"].uuid, [pair["dup"].uuid])
    second = bundle.build_bundle()
    models.close_database()
    models.open_database(tmp_path / "office.sqlite")
    bundle.merge_bundle(first)
    bundle.merge_bundle(second)
    assert [a.name for a in Account.select()] == ["Müller GmbH"]
    assert {c.name for c in Contact.select()} == {"Anna Müller", "Jürgen Weiß"}
    assert Interaction.select().count() == Commitment.select().count() == 1
