"""The main window and its dialogs driven with qtbot: list, search, filters, add/edit/delete, local clock."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from services import accounts
from ui.dialogs.account_dialog import AccountDialog
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.interaction_dialog import InteractionDialog
from ui.models.account_table import AccountListModel


@pytest.fixture
def book(make_account, make_contact):
    ru = make_account(name="ООО «Ромашка»", country="RU", city="Москва")
    de = make_account(name="Müller GmbH", country="DE", city="Stuttgart", stage="quoted")
    hr = make_account(name="Ćosić d.o.o.", country="HR", city="Split")
    make_contact(hr, name="Šime Ćosić")
    jp = make_account(name="株式会社さくら", country="JP", city="大阪", stage="won")
    return {"ru": ru, "de": de, "hr": hr, "jp": jp}


def names(view):
    model = view.accounts.model
    return [model.row_at(r).name for r in range(model.rowCount())]


def test_list_shows_every_account_sorted_by_locale(book, main_window):
    assert len(names(main_window)) == 4
    assert names(main_window)[0] in ("Ćosić d.o.o.", "Müller GmbH")  # Latin before Cyrillic and kana


@pytest.mark.parametrize(("typed", "expected"), [("ромашка", ["ООО «Ромашка»"]), ("šime", ["Ćosić d.o.o."]),
                                             ("MÜLLER", ["Müller GmbH"]), ("大阪", ["株式会社さくら"]),
                                             ("sime cosic", ["Ćosić d.o.o."]), ("nothing here", [])])
def test_search_as_you_type_in_every_script(book, main_window, typed, expected):
    main_window.accounts.search.setText(typed)  # keyClicks aborts on non-ASCII text
    assert names(main_window) == expected
    assert main_window.accounts.count_label.text().startswith(str(len(expected)))


def test_filters_by_country_region_and_stage(book, main_window):
    view = main_window.accounts
    view.region_filter.setCurrentIndex(view.region_filter.findData("east_asia"))
    assert names(main_window) == ["株式会社さくら"]
    view.region_filter.setCurrentIndex(0)
    view.stage_filter.setCurrentIndex(view.stage_filter.findData("quoted"))
    assert names(main_window) == ["Müller GmbH"]
    view.stage_filter.setCurrentIndex(0)
    view.country_filter.setCurrentIndex(view.country_filter.findData("RU"))
    assert names(main_window) == ["ООО «Ромашка»"]


def test_account_list_model_passes_qt_model_checks(qtmodeltester, book):
    model = AccountListModel()
    model.reload({})
    qtmodeltester.check(model)


def test_selecting_an_account_fills_the_pane_with_local_clock(book, main_window, qtbot):
    main_window.accounts.select_account(book["de"].uuid)
    pane = main_window.accounts.pane
    assert pane.title.text() == "Müller GmbH"
    pane.clock.refresh(dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC))  # 13:00 in Stuttgart, a Tuesday
    assert pane.clock.text().startswith("Tue 13:00 in Stuttgart")
    assert "inside working hours" in pane.clock.text()
    pane.clock.refresh(dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC))
    assert "outside working hours" in pane.clock.text()
    pane.clock.refresh(dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC))
    assert "day off" in pane.clock.text()


def test_account_dialog_shows_errors_inline_and_stays_open(qtbot, open_book):
    dialog = AccountDialog(["Germany"])
    qtbot.addWidget(dialog)
    dialog.field("country").setText("Atlantis")
    dialog.try_save()
    errors = dialog.errors_shown()
    assert set(errors) == {"name", "country"}
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert accounts.is_empty()
    dialog.field("name").setText("Société Générale d'Export")
    dialog.field("country").setText("法国")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (a,) = accounts.search_accounts("generale")
    assert a.country == "FR"


def test_new_account_with_ctrl_n(main_window, qtbot, monkeypatch):
    def fill_and_save(dialog):
        dialog.field("name").setText("Acme Supply Inc.")
        dialog.field("country").setText("USA")
        dialog.try_save()
        return dialog.result()

    monkeypatch.setattr(AccountDialog, "exec", fill_and_save)
    # The offscreen platform does not activate windows, so shortcuts are checked, then triggered.
    assert main_window.new_account_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert main_window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert main_window.delete_action.shortcut() == QKeySequence(Qt.Key.Key_Delete)
    main_window.new_account_action.trigger()
    assert names(main_window) == ["Acme Supply Inc."]
    assert main_window.accounts.pane.title.text() == "Acme Supply Inc."


def test_contact_and_interaction_dialogs_save(qtbot, book):
    dialog = ContactDialog(book["de"].uuid)
    qtbot.addWidget(dialog)
    dialog.field("name").setText("Käthe Groß")
    dialog.field("email").setText("kaethe@example.com")
    dialog.field("messaging").setText("whatsapp: +49 170 1234567, wechat: kaethe_g")
    dialog.try_save()
    (c,) = accounts.contacts_of(book["de"].uuid)
    assert accounts.messaging_of(c) == {"whatsapp": "+49 170 1234567", "wechat": "kaethe_g"}
    log = InteractionDialog(book["de"].uuid, [c], preset={"purpose": "quote", "contact_uuid": c.uuid})
    qtbot.addWidget(log)
    log.field("response").setCurrentIndex(log.field("response").findData("warm"))
    log.field("summary").setPlainText("Quote for 2 containers <b>&</b>")
    log.try_save()
    (i,) = accounts.interactions_of(book["de"].uuid)
    assert (i.purpose, i.response, i.contact.uuid) == ("quote", "warm", c.uuid)
    assert i.summary == "Quote for 2 containers <b>&</b>"


def test_delete_asks_first(book, main_window, monkeypatch):
    main_window.accounts.select_account(book["ru"].uuid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    main_window.accounts.delete_current()
    assert len(names(main_window)) == 4
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main_window.accounts.delete_current()
    assert "ООО «Ромашка»" not in names(main_window)
    assert main_window.accounts.pane.account_uuid() is None


def test_window_state_is_remembered(qtbot, db_path):
    from ui.main_window import MainWindow

    first = MainWindow(db_path)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.close()
    second = MainWindow(db_path)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def clicking(text):
    def run(box):
        next(b for b in box.buttons() if b.text() == text).click()
        return 0

    return run


def test_first_run_offers_demo_data(main_window, monkeypatch):
    from ui.app import offer_demo_data

    monkeypatch.setattr(QMessageBox, "exec", clicking("Load demo data"))
    offer_demo_data(main_window)
    assert main_window.accounts.model.total() == 60
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked twice"))
    offer_demo_data(main_window)  # asked once only


def test_first_run_can_start_empty(main_window, monkeypatch):
    from ui.app import offer_demo_data

    monkeypatch.setattr(QMessageBox, "exec", clicking("Start empty"))
    offer_demo_data(main_window)
    assert accounts.is_empty()


def test_damaged_database_dialog_offers_latest_copy_and_keeps_the_file(qtbot, db_path, make_account, monkeypatch):
    import models
    from services.book.backup import automatic_backup
    from ui.app import open_database_with_dialog

    make_account(name="Kept in the copy")
    automatic_backup(db_path, "start")
    models.close_database()
    db_path.write_bytes(b"\x00garbage" * 4096)
    monkeypatch.setattr(QMessageBox, "exec", clicking("Close"))
    assert open_database_with_dialog(db_path) is False
    assert db_path.read_bytes() == b"\x00garbage" * 4096
    monkeypatch.setattr(QMessageBox, "exec", clicking("Open latest copy"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    assert open_database_with_dialog(db_path) is True
    assert [a.name for a in accounts.search_accounts("")] == ["Kept in the copy"]
    kept = list(db_path.parent.glob("rapport.before-restore-*.sqlite"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == b"\x00garbage" * 4096


def test_pane_overview_shows_next_touch_and_promises(book, main_window):
    from services import commitments

    commitments.create_commitment(book["de"].uuid, {"title": "Samples", "promised_by": "Li Na",
                                                    "promised_at": "2026-01-05", "due_date": "2026-01-09"})
    main_window.accounts.select_account(book["de"].uuid)
    text = main_window.accounts.pane.overview.text()
    assert text.startswith("Next: ")
    assert "their time" in text
    assert "Promises: 1 open, 1 at risk" in text


def test_the_account_pane_is_built_when_an_account_is_first_opened(book, main_window, qtbot):
    view = main_window.accounts
    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    sizes = view.splitter.sizes()
    assert view._pane is None
    assert view.current_account_uuid() is None
    assert view.splitter.widget(1).text().startswith("Select an account on the left")
    view.refresh_pane()  # nothing to refresh yet, and nothing is built for it
    main_window._brief_current()
    assert view._pane is None
    view.select_account(book["jp"].uuid)
    pane = view.splitter.widget(1)
    assert pane is view.pane
    assert pane.title.text() == "株式会社さくら"
    tabs = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    assert {"Contacts", "Timeline", "Next touches", "Promises", "Notes"} <= set(tabs)  # the main window's tabs too
    assert view.current_account_uuid() == book["jp"].uuid
    QApplication.processEvents()  # the splitter lays the new pane out
    assert view.splitter.sizes() == sizes  # the list keeps its width when the pane takes the placeholder's place
