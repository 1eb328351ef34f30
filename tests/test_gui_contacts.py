"""The GUI for issue 14: phone numbers in the pane, accounts without a country, merging accounts."""

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
