"""Two people pressing Done on the same touch record it once (issue 19): the touch state's insert is conflict-safe."""

import datetime as dt
import threading

import pytest

import models
from models import Interaction
from services import accounts, cadence
from services.cadence import bulk
from services.errors import UserError

TODAY = dt.date.today()
CALLED = {"occurred_at": dt.datetime.now(dt.UTC), "summary": "called"}


@pytest.fixture
def touch(make_account):
    """A due follow-up of an account last contacted long ago."""
    a = make_account()
    accounts.log_interaction(a.uuid, {"occurred_at": dt.datetime.now(dt.UTC) - dt.timedelta(days=200)})
    return cadence.next_touches(a.uuid, TODAY)[0]


def _interactions(touch) -> int:
    return Interaction.select().join(models.Account).where(models.Account.uuid == touch.account_uuid).count()


def _on_two_connections(work) -> list:
    """Run work() on two threads at once: peewee gives each thread its own connection to the book's file."""
    start, outcomes = threading.Barrier(2), []

    def run() -> None:
        start.wait()
        try:
            outcomes.append(work())
        except UserError as exc:
            outcomes.append(exc)
        finally:
            models.db.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def test_done_on_two_connections_at_once_logs_one_interaction(touch):
    before = _interactions(touch)
    _on_two_connections(lambda: cadence.log_done(touch, CALLED))
    assert _interactions(touch) == before + 1


def test_of_two_dones_at_once_one_logs_and_the_other_is_told(touch):
    outcomes = _on_two_connections(lambda: cadence.log_done(touch, CALLED))
    assert sorted(type(o).__name__ for o in outcomes) == ["Interaction", "UserError"]


def test_bulk_done_on_two_connections_records_each_touch_once(touch):
    outcomes = _on_two_connections(lambda: bulk.done_all([touch]))
    assert sorted(outcomes) == [0, 1]


def test_done_after_a_reschedule_still_counts_once(touch):
    cadence.reschedule(touch, cadence.snooze(touch, 2, TODAY).due_local.date())
    assert (cadence.mark_done(touch), cadence.mark_done(touch)) == (True, False)


@pytest.fixture
def done_form(qtbot, touch, monkeypatch):
    """The Done form of the touch, "called" typed, saved after a colleague's Done (the warning answered)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.interaction_dialog import InteractionDialog

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    dialog = InteractionDialog(touch.account_uuid, [], preset={"summary": "called"}, done=touch)
    qtbot.addWidget(dialog)
    cadence.mark_done(touch)  # the colleague's Done, first
    before = _interactions(touch)
    dialog.try_save()
    return dialog, before


def test_a_done_form_stays_open_with_the_users_words_when_a_colleague_did_it_first(done_form):
    dialog, _before = done_form
    assert (dialog.result(), dialog.value_of("summary")) == (0, "called")


def test_a_done_form_logs_nothing_when_a_colleague_did_it_first(done_form, touch):
    _dialog, before = done_form
    assert _interactions(touch) == before
