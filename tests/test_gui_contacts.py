"""The GUI for issue 14: phone numbers in the pane, accounts without a country, merging accounts."""

from ui.models.account_table import NEEDS_COUNTRY, Col
from ui.models.contact_table import ContactCol


def phone_cell(pane, row=0):
    model = pane.contacts_model
    return model.data(model.index(row, ContactCol.PHONE))


def test_pane_shows_a_number_in_international_form(main_window, make_account, make_contact):
    account = make_account(country="DE")
    make_contact(account, phone="0711 1234567")
    main_window.accounts.select_account(account.uuid)
    assert phone_cell(main_window.accounts.pane) == "+49 711 1234567"


def test_pane_flags_an_impossible_number(main_window, make_account, make_contact):
    account = make_account(country="FR")
    make_contact(account, phone="+33 12")
    main_window.accounts.select_account(account.uuid)
    pane = main_window.accounts.pane
    assert phone_cell(pane) == "⚠ +33 12"
    assert pane.contacts_model.foreground(pane.contacts_model.row_at(0), ContactCol.PHONE) is not None


def test_search_box_finds_an_account_by_a_contacts_number(main_window, make_account, make_contact):
    account = make_account(country="DE")
    make_contact(account, phone="+49 711 1234567")
    make_account(name="Other GmbH")
    main_window.accounts.reload()
    main_window.accounts.search.setText("0711 / 123 45 67")
    model = main_window.accounts.model
    assert [model.row_at(r).uuid for r in range(model.rowCount())] == [account.uuid]


def unplaced_account(name="Nowhere Trading"):
    from models import Account
    from services import accounts

    account = Account.create(name=name, country="")
    accounts.reindex(account)
    return account


def list_names(view):
    return [view.model.row_at(r).name for r in range(view.model.rowCount())]


def test_list_shows_country_unknown(main_window, make_account):
    account = unplaced_account()
    main_window.accounts.reload()
    model = main_window.accounts.model
    row = model.row_of(account.uuid)
    assert model.data(model.index(row, Col.COUNTRY)) == "country unknown"


def test_needs_a_country_filter_shows_only_unplaced_accounts(main_window, make_account):
    make_account(country="DE")
    unplaced_account()
    view = main_window.accounts
    view.reload()
    view.country_filter.setCurrentIndex(view.country_filter.findData(NEEDS_COUNTRY))
    assert list_names(view) == ["Nowhere Trading"]


def test_set_country_on_a_multi_selection(main_window, monkeypatch):
    from models import Account
    from ui.dialogs.set_country_dialog import SetCountryDialog

    first, second = unplaced_account("A Nowhere"), unplaced_account("B Nowhere")
    view = main_window.accounts
    view.reload()

    def answer(dialog):
        dialog.field("country").setText("Deutschland")
        dialog.try_save()
        return dialog.result()

    monkeypatch.setattr(SetCountryDialog, "exec", answer)
    assert view.set_country([first.uuid, second.uuid])
    assert {a.country for a in Account.select()} == {"DE"}
    assert "country unknown" not in {view.model.data(view.model.index(r, Col.COUNTRY))
                                     for r in range(view.model.rowCount())}


def test_set_country_dialog_shows_an_unknown_country_under_the_field(qtbot, open_book):
    from ui.dialogs.set_country_dialog import SetCountryDialog

    account = unplaced_account()
    dialog = SetCountryDialog([account.uuid], [])
    qtbot.addWidget(dialog)
    dialog.field("country").setText("Narnia")
    dialog.try_save()
    assert "Narnia" in dialog.errors_shown()["country"]


def test_pane_of_an_unplaced_account_says_so(main_window):
    account = unplaced_account()
    main_window.accounts.reload()
    main_window.accounts.select_account(account.uuid)
    pane = main_window.accounts.pane
    assert pane.subtitle.text().startswith("Country unknown")
    assert "country is unknown" in pane.clock.text()


def test_today_lists_an_unplaced_account(main_window):
    unplaced_account()
    today = main_window.today_screen
    today.refresh()
    shown = [s.model.display(row, 0) for s in today.sections for row in s.rows()]
    assert shown == ["Nowhere Trading"]


def test_merge_dialog_previews_what_moves(qtbot, make_account, make_contact):
    from ui.dialogs.merge_dialog import MergeDialog

    keep, dup = make_account(name="Müller GmbH"), make_account(name="Mueller GmbH")
    make_contact(dup, name="Jürgen Weiß")
    dialog = MergeDialog([(keep.uuid, keep.name), (dup.uuid, dup.name)])
    qtbot.addWidget(dialog)
    assert "Moving to “Müller GmbH”: contacts 1, interactions 0, promises 0." in dialog.preview.text()
    dialog.choice.button(1).setChecked(True)
    assert "Moving to “Mueller GmbH”" in dialog.preview.text()


def test_merge_from_the_list_and_undo_it_from_the_edit_menu(main_window, make_account, make_contact, monkeypatch):
    from ui.dialogs.merge_dialog import MergeDialog

    keep, dup = make_account(name="Müller GmbH"), make_account(name="Mueller GmbH")
    make_contact(dup, name="Jürgen Weiß")
    view = main_window.accounts
    view.reload()

    def keep_the_second(dialog):
        dialog.choice.button(1).setChecked(True)
        dialog.try_merge()
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", keep_the_second)
    assert view.merge_accounts([keep.uuid, dup.uuid])
    assert list_names(view) == ["Mueller GmbH"]
    assert main_window.undo_action.isEnabled()
    assert main_window.undo_action.text() == "&Undo merge into “Mueller GmbH”"
    main_window.undo_action.trigger()
    assert sorted(list_names(view)) == ["Mueller GmbH", "Müller GmbH"]
    assert not main_window.undo_action.isEnabled()


def test_merge_asks_for_two_accounts(main_window, make_account, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    assert not main_window.accounts.merge_accounts([make_account().uuid])
    assert shown
    assert "two or more" in shown[0]


def test_ctrl_z_takes_back_a_merge_and_then_a_deletion_newest_first(main_window, make_account, monkeypatch):
    from services import accounts
    from ui.dialogs.merge_dialog import MergeDialog

    gone = make_account(name="Gone Trading")
    keep, dup = make_account(name="Müller GmbH"), make_account(name="Mueller GmbH")
    main_window.remember_deletion(accounts.delete_account(gone.uuid))
    view = main_window.accounts
    view.reload()

    def keep_the_first(dialog):
        dialog.try_merge()
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", keep_the_first)
    assert view.merge_accounts([keep.uuid, dup.uuid])
    assert main_window.undo_action.text() == "&Undo merge into “Müller GmbH”"
    main_window.undo()
    assert sorted(list_names(view)) == ["Mueller GmbH", "Müller GmbH"]
    assert main_window.undo_action.text() == "&Undo delete “Gone Trading”"
    main_window.undo()
    assert sorted(list_names(view)) == ["Gone Trading", "Mueller GmbH", "Müller GmbH"]
    assert not main_window.undo_action.isEnabled()
