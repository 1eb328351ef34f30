"""A form whose record a colleague saved meanwhile: the user's values stay, Reload shows theirs, Keep mine wins."""

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from models import actor
from services import accounts
from ui.dialogs.account_dialog import AccountDialog


@pytest.fixture
def editing(qtbot, make_account):
    """The account form open on version 1, the user's city typed, and a colleague's save of another city."""
    a = make_account()
    dialog = AccountDialog([], accounts.account_details(a.uuid))
    qtbot.addWidget(dialog)
    dialog.field("city").setText("Ulm")
    before = actor.current()
    actor.set_current("Li Wei")
    accounts.update_account(a.uuid, {"city": "Stuttgart"}, version=1)
    actor.set_current(before)
    return dialog


@pytest.fixture
def answer(monkeypatch):
    """Answer the "changed meanwhile" question with the button called name; the questions asked are kept."""
    asked: list[str] = []

    def answer_with(name: str) -> list[str]:
        def exec_(box: QMessageBox) -> int:
            asked.append(box.text())
            button = box.findChild(QPushButton, name) or box.button(QMessageBox.StandardButton.Cancel)
            button.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return asked

    return answer_with


def test_the_user_is_told_who_changed_it(editing, answer):
    asked = answer("cancel")
    editing.try_save()
    assert asked[0].startswith("Changed by Li Wei at ")


def test_the_form_stays_open_with_the_users_values(editing, answer):
    answer("cancel")
    editing.try_save()
    assert (editing.result(), editing.field("city").text()) == (0, "Ulm")


def test_reload_shows_their_values(editing, answer):
    answer("reload")
    editing.try_save()
    assert editing.field("city").text() == "Stuttgart"


def test_a_save_after_reload_is_accepted(editing, answer):
    answer("reload")
    editing.try_save()
    editing.field("notes").setPlainText("called")
    editing.try_save()
    assert editing.result_record.notes == "called"


def test_keep_mine_saves_mine_over_theirs(editing, answer):
    answer("keepMine")
    editing.try_save()
    assert accounts.account_details(editing.result_record.uuid).city == "Ulm"


def test_reload_of_a_promise_shows_their_due_date(qtbot, make_account, answer):
    import datetime as dt

    from services import commitments
    from services.commitments.rows import promise_form
    from ui.dialogs.commitment_dialog import CommitmentDialog

    c = commitments.create_commitment(make_account().uuid, {"title": "Rebate 3%", "promised_by": "Anna",
                                                            "due_date": dt.date(2026, 12, 1)})
    dialog = CommitmentDialog(c.account.uuid, [], ["Anna"], promise_form(c.uuid))
    qtbot.addWidget(dialog)
    commitments.update_commitment(c.uuid, {"due_date": dt.date(2026, 12, 15)}, version=1)
    answer("reload")
    dialog.try_save()
    assert dialog.value_of("due_date") == dt.date(2026, 12, 15)


def test_reload_of_a_contact_shows_their_messaging_handles(qtbot, make_account, make_contact, answer):
    from ui.dialogs.contact_dialog import ContactDialog

    a = make_account()
    c = make_contact(a)
    dialog = ContactDialog(a.uuid, accounts.contact_row(c.uuid))
    qtbot.addWidget(dialog)
    accounts.update_contact(c.uuid, {"messaging": '{"wechat": "li_wei88"}'}, version=1)
    answer("reload")
    dialog.try_save()
    assert dialog.field("messaging").text() == "wechat: li_wei88"
