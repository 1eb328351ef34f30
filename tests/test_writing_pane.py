"""The account pane's "Write:" line: the salutation for the chosen contact, copyable."""

from PySide6.QtGui import QGuiApplication


def show(main_window, account):
    main_window.accounts.select_account(account.uuid)
    return main_window.accounts.pane


def test_pane_shows_the_salutation_for_the_first_contact(main_window, make_account, make_contact):
    account = make_account(country="DE")
    make_contact(account, "Hans Müller", title="Herr Dr.")
    pane = show(main_window, account)
    assert pane.writing.local.text() == "Write: Sehr geehrter Herr Dr. Müller, … Mit freundlichen Grüßen"


def test_pane_follows_the_selected_contact(main_window, make_account, make_contact):
    account = make_account(country="TR")
    make_contact(account, "Ahmet Yılmaz", title="Bey")
    make_contact(account, "Ayşe Demir", title="Hanım")
    pane = show(main_window, account)
    pane.contacts_view.selectRow(1)
    assert pane.writing.local.text() == "Write: Sayın Ayşe Hanım, … Saygılarımla"


def test_pane_shows_the_english_form_beside_the_customers_language(main_window, make_account, make_contact):
    account = make_account(country="ID")
    make_contact(account, "Budi Santoso", title="Bapak")
    pane = show(main_window, account)
    assert pane.writing.english.text() == "In English: Dear Pak Budi, … Kind regards"


def test_pane_without_contacts_shows_the_template(main_window, make_account):
    pane = show(main_window, make_account(country="DE"))
    assert pane.writing.local.text() == "Write: Guten Tag …, … Mit freundlichen Grüßen"


def test_copy_puts_the_start_of_an_email_on_the_clipboard(main_window, make_account, make_contact):
    account = make_account(country="JP")
    make_contact(account, "田中 太郎")
    pane = show(main_window, account)
    pane.writing.copy_button.click()
    expected = "田中様\nいつもお世話になっております。\n\n\n今後ともよろしくお願いいたします。\n"
    assert QGuiApplication.clipboard().text() == expected


def test_line_is_shown_only_on_the_contacts_tab(main_window, make_account):
    pane = show(main_window, make_account(country="DE"))
    main_window.show()
    pane.tabs.setCurrentWidget(pane.timeline_view)
    assert pane.writing.isHidden()
