"""The optional date box: a typed date is kept, empty stays empty, the calendar opens near today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from services import accounts
from ui.dialogs.contact_dialog import ContactDialog
from ui.widgets.date_field import DateField


@pytest.fixture
def ui_lang(qapp):
    from ui import i18n

    yield lambda lang: i18n.install(qapp, lang)
    i18n.install(qapp, "en")


def type_into(qtbot, field: DateField, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


def test_a_birthday_typed_into_the_blank_box_is_saved(qtbot, make_account):
    account = make_account()
    dialog = ContactDialog(account.uuid)
    qtbot.addWidget(dialog)
    dialog.field("name").setText("Jürgen Müller")
    type_into(qtbot, dialog.field("birthday"), "1975-06-14")
    dialog.try_save()
    (contact,) = accounts.contacts_of(account.uuid)
    assert contact.birthday == dt.date(1975, 6, 14)


@pytest.mark.parametrize(("lang", "typed"), [("en", "14/06/1975"), ("en", "14/6/1975"), ("zh", "1975/6/14")])
def test_a_date_typed_in_the_locales_order_is_read(qtbot, ui_lang, lang, typed):
    ui_lang(lang)
    field = DateField()
    qtbot.addWidget(field)
    type_into(qtbot, field, typed)
    assert field.value() == dt.date(1975, 6, 14)


def test_an_empty_box_shows_nothing_and_means_no_date(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    assert (field.edit.text(), field.value()) == ("", None)


def test_clearing_a_saved_birthday_removes_it(qtbot, make_account, make_contact):
    account = make_account()
    make_contact(account, birthday="1975-06-14")
    (contact,) = accounts.contact_rows_of(account.uuid)
    dialog = ContactDialog(account.uuid, contact)
    qtbot.addWidget(dialog)
    dialog.field("birthday").clear()
    dialog.try_save()
    assert accounts.contacts_of(account.uuid)[0].birthday is None


def test_text_that_is_no_date_is_named_and_nothing_is_saved(qtbot, make_account):
    account = make_account()
    dialog = ContactDialog(account.uuid)
    qtbot.addWidget(dialog)
    dialog.field("name").setText("Jürgen Müller")
    type_into(qtbot, dialog.field("birthday"), "14 Juni")
    dialog.try_save()
    assert accounts.contacts_of(account.uuid) == []
    assert "birthday" in dialog.errors_shown()


def test_the_calendar_of_an_empty_box_opens_at_this_month(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.open_calendar()
    today = QDate.currentDate()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (today.year(), today.month())


def test_the_calendar_opens_at_the_chosen_day_and_a_click_fills_the_box(qtbot):
    field = DateField(dt.date(1975, 6, 14))
    qtbot.addWidget(field)
    field.open_calendar()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (1975, 6)
    field.calendar.clicked.emit(QDate(1975, 6, 20))
    assert field.value() == dt.date(1975, 6, 20)
    assert not field.calendar.isVisible()
