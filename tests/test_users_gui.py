"""The first-start chooser, the user pickers in the forms and the settings split, driven as a user would."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from services import users


@pytest.fixture
def two_users(open_book):
    return users.add_user({"name": "Anna Berg"}), users.add_user({"name": "Li Na", "role": "manager"})


def test_a_book_without_users_gets_one_named_after_the_login_without_asking(qtbot, open_book, monkeypatch):
    from ui.dialogs import user_chooser

    monkeypatch.setattr(user_chooser.getpass, "getuser", lambda: "anna")
    monkeypatch.setattr(user_chooser.UserChooser, "exec", lambda self: pytest.fail("asked"))
    user_chooser.choose_user_at_start()
    assert (users.current_user().name, users.current_user().role) == ("anna", "manager")


def test_the_chooser_asks_once_when_the_book_has_several_users(qtbot, two_users, monkeypatch):
    from ui.dialogs import user_chooser

    shown = []
    monkeypatch.setattr(user_chooser.UserChooser, "exec", lambda self: shown.append(self) or 0)
    user_chooser.choose_user_at_start()
    assert len(shown) == 1


def test_choosing_in_the_chooser_remembers_the_user(qtbot, two_users):
    from ui.dialogs.user_chooser import UserChooser

    _anna, li = two_users
    chooser = UserChooser()
    qtbot.addWidget(chooser)
    chooser.list.setCurrentRow(1)
    chooser.accept()
    assert users.remembered_user() == li


def _add_pedro(dialog):
    """The user dialog as a person fills it in: a name, Save."""
    dialog.field("name").setText("Pedro Alves")
    dialog.try_save()
    return QDialog.DialogCode.Accepted


def test_new_user_in_the_chooser_adds_and_selects_them(qtbot, two_users, monkeypatch):
    from ui.dialogs import user_chooser

    monkeypatch.setattr(user_chooser.UserDialog, "exec", _add_pedro)
    chooser = user_chooser.UserChooser()
    qtbot.addWidget(chooser)
    chooser.new_button.click()
    assert chooser.list.currentItem().text().startswith("Pedro Alves")


def test_the_account_form_offers_owners_and_saves_the_chosen_one(qtbot, two_users):
    from ui.dialogs.account_dialog import AccountDialog

    _anna, li = two_users
    dialog = AccountDialog(["Germany"])
    qtbot.addWidget(dialog)
    dialog.field("name").setText("Müller GmbH")
    dialog.field("country").setText("DE")
    owner = dialog.field("owner_uuid")
    owner.setCurrentIndex(owner.findData(li.uuid))
    dialog.try_save()
    assert dialog.result_record.owner_uuid == li.uuid


def test_the_promise_dialog_offers_the_managers_as_approvers(qtbot, two_users, make_account):
    from ui.dialogs.commitment_dialog import CommitmentDialog

    account = make_account()
    dialog = CommitmentDialog(account.uuid, [], ["Anna Berg", "Li Na"], today=dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    approver = dialog.field("approver")
    assert [approver.itemText(i) for i in range(approver.count())] == ["Li Na"]


def test_settings_show_the_firms_half_and_mine_apart(qtbot, two_users):
    from PySide6.QtWidgets import QTabWidget

    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    halves = dialog.findChild(QTabWidget, "settingsHalves")
    assert [halves.tabText(i) for i in range(halves.count())] == ["Mine (this computer)",
                                                                  "Firm (shared by everyone using this book)"]


def test_choosing_who_i_am_in_settings_changes_the_current_user(qtbot, two_users):
    from ui.dialogs.settings_dialog import SettingsDialog

    _anna, li = two_users
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.me.setCurrentIndex(dialog.me.findData(li.uuid))
    dialog.save()
    assert users.current_user() == li


def test_the_paper_chosen_in_settings_is_the_first_choice_when_printing(qtbot, two_users):
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.widgets.print_choices import paper_box

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.save()
    assert paper_box().currentData() == "letter"


def test_the_users_page_adds_a_user(qtbot, two_users, monkeypatch):
    from ui.dialogs import users_page

    monkeypatch.setattr(users_page.UserDialog, "exec", _add_pedro)
    page = users_page.UsersPage()
    qtbot.addWidget(page)
    page.add_button.click()
    assert page.list.count() == 3


def test_a_one_person_book_shows_no_scope_picker(qtbot, open_book):
    from ui.views.accounts import AccountsView

    users.choose(users.add_user({"name": "Anna Berg"}).uuid)
    view = AccountsView()
    qtbot.addWidget(view)
    view.show()
    assert not view.scope_filter.isVisible()


def test_a_colleague_added_later_appears_in_the_scope_picker_after_a_reload(qtbot, open_book):
    from ui.views.accounts import AccountsView

    users.choose(users.add_user({"name": "Anna Berg"}).uuid)
    view = AccountsView()
    qtbot.addWidget(view)
    view.show()
    users.add_user({"name": "Li Na"})
    view.reload()
    picker = view.scope_filter
    assert ([picker.itemText(i) for i in range(picker.count())], picker.isVisible()) == (
        ["Mine", "Li Na", "Everyone"], True)
