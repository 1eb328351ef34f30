"""The load test's mix (bench/load_mix.py) run in-process a few dozen steps: no errors, every write counted back."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from bench.load_mix import Mix, counted, missing, prepare_plan
from services import accounts, commitments
from services.accounts import people
from services.accounts.demo import create_demo_data
from services.commitments import promises


@pytest.fixture
def mixed(open_book):
    """A small demo book, its plan made, and the book's counts before sixty steps of the mix."""
    create_demo_data(30, seed=7)
    prepare_plan()
    before = counted()
    mix = Mix(seed=1)
    mix.run_steps(60)
    return mix.tally, before


def test_mix_runs_without_errors(mixed):
    tally, _before = mixed
    assert tally.errors == []


def test_every_write_of_the_mix_is_counted_back(mixed):
    tally, before = mixed
    assert min(len(tally.interactions), len(tally.promises), len(tally.done)) > 0  # the steps wrote each kind
    assert missing([tally], before) == []


def test_count_back_notices_a_lost_write(mixed):
    tally, before = mixed
    accounts.delete_interaction(tally.interactions[0])
    assert missing([tally], before) == [
        f"interactions: clients wrote {len(tally.interactions)}, the book gained {len(tally.interactions) - 1}"]


def _another_process_writes_first(db_path, clean):
    """clean, after another connection to the file wrote (as a second process would between our read and write)."""
    def cleaned(*args, **kwargs):
        other = sqlite3.connect(db_path, timeout=0)
        try:
            with other:
                other.execute("UPDATE account SET city = 'Elsewhere'")
        except sqlite3.OperationalError:  # refused: we hold the write lock already, which is what we want
            pass
        finally:
            other.close()
        return clean(*args, **kwargs)
    return cleaned


@pytest.mark.sqlite_only
def test_interaction_is_logged_when_another_process_writes_meanwhile(db_path, make_account, monkeypatch):
    account = make_account()
    monkeypatch.setattr(people, "clean_interaction", _another_process_writes_first(db_path, people.clean_interaction))
    accounts.log_interaction(account.uuid, {"occurred_at": dt.datetime.now(dt.UTC)})
    assert len(accounts.interaction_rows_of(account.uuid)) == 1


@pytest.mark.sqlite_only
def test_promise_is_added_when_another_process_writes_meanwhile(db_path, make_account, monkeypatch):
    account = make_account()
    monkeypatch.setattr(promises, "clean_commitment", _another_process_writes_first(db_path, promises.clean_commitment))
    commitments.create_commitment(account.uuid, {"title": "Samples", "promised_by": "Li Wei",
                                                 "due_date": (dt.date.today() + dt.timedelta(days=7)).isoformat()})
    assert len(commitments.commitments_of(account.uuid)) == 1
