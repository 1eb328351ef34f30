"""Ctrl+Z after a delete and the File › Trash dialog, driven with qtbot."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from services import accounts, commitments
from services.accounts import trash
from ui.dialogs.trash_dialog import TrashDialog
from ui.models.trash_table import TrashTableModel


@pytest.fixture
def answer(monkeypatch):
    """Answer every question box with Yes or No; the questions asked are kept."""
    asked = []

    def set_to(yes: bool):
        def question(_parent, _title, text, *a, **k):
            asked.append(text)
            return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

        monkeypatch.setattr(QMessageBox, "question", question)
        return asked

    return set_to


@pytest.fixture
def muller(make_account, make_contact):
    a = make_account(name="Müller GmbH", country="DE")
    make_contact(a, name="Jürgen Müller")
    make_contact(a, name="Anna Schmidt")
    commitments.create_commitment(a.uuid, {"title": "Send samples", "promised_by": "Li Na",
                                           "promised_at": "2026-11-01", "due_date": "2026-12-20"})
    return a


def names(window):
    model = window.accounts.model
    return [model.row_at(r).name for r in range(model.rowCount())]


def delete_account_in_view(window, account, answer):
    window.accounts.reload()
    window.accounts.select_account(account.uuid)
    answer(True)
    window.accounts.delete_current()


def press_ctrl_z(qtbot, window):
    window.show_screen(window.accounts)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.accounts.table.setFocus()
    qtbot.waitUntil(window.accounts.table.hasFocus)
    qtbot.keyClick(window.accounts.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_brings_back_an_account_deleted_through_the_view(qtbot, main_window, muller, answer):
    delete_account_in_view(main_window, muller, answer)
    assert names(main_window) == []
    press_ctrl_z(qtbot, main_window)
    assert names(main_window) == ["Müller GmbH"]
    assert main_window.accounts.current_account_uuid() == muller.uuid
    assert main_window.accounts.pane.contacts_model.rowCount() == 2


def test_undo_is_ctrl_z_and_names_what_it_brings_back(main_window, muller, answer):
    assert main_window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert not main_window.undo_action.isEnabled()
    delete_account_in_view(main_window, muller, answer)
    assert main_window.undo_action.isEnabled()
    assert main_window.undo_action.text() == "&Undo delete “Müller GmbH”"


def test_delete_question_says_the_account_goes_to_the_trash(main_window, muller, answer):
    delete_account_in_view(main_window, muller, answer)
    (question,) = answer(True)
    assert "Trash" in question
    assert "cannot be undone" not in question


def test_undo_restores_the_newest_deletion_first_one_per_press(main_window, muller, answer):
    main_window.accounts.reload()
    main_window.accounts.select_account(muller.uuid)
    pane = main_window.accounts.pane
    answer(True)
    for _ in range(2):
        pane.delete_contact(pane.contacts_model.row_at(0))  # Anna Schmidt first (sorted by name), then Jürgen
    main_window.undo()
    assert [c.name for c in accounts.contacts_of(muller.uuid)] == ["Jürgen Müller"]
    assert main_window.undo_action.text() == "&Undo delete “Anna Schmidt”"
    main_window.undo()
    assert pane.contacts_model.rowCount() == 2
    assert not main_window.undo_action.isEnabled()


def test_undo_brings_back_a_promise_deleted_on_the_commitments_screen(main_window, muller, answer):
    view = main_window.commitments
    view.refresh()
    answer(True)
    view._delete(view.model.row_at(0))
    assert commitments.commitments_of(muller.uuid) == []
    main_window.undo()
    view.refresh()
    assert [c.title for c in commitments.commitments_of(muller.uuid)] == ["Send samples"]
    assert view.model.rowCount() == 1


def test_undo_refreshes_the_account_pane_promises(main_window, muller, answer):
    main_window.accounts.reload()
    main_window.accounts.select_account(muller.uuid)
    answer(True)
    main_window.promises._delete(main_window.promises.model.row_at(0))
    assert main_window.promises.model.rowCount() == 0
    main_window.undo()
    assert main_window.promises.model.rowCount() == 1


def test_undo_forgets_a_deletion_restored_through_the_trash_dialog(main_window, muller, answer, monkeypatch):
    delete_account_in_view(main_window, muller, answer)

    def restore_first(dialog):
        dialog.restore_selected()
        return 0

    monkeypatch.setattr(TrashDialog, "exec", restore_first)
    main_window.trash_action.trigger()
    assert names(main_window) == ["Müller GmbH"]
    assert not main_window.undo_action.isEnabled()


def test_a_new_window_has_nothing_to_undo(qtbot, db_path, muller):
    from ui.main_window import MainWindow

    accounts.delete_account(muller.uuid)
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    assert not window.undo_action.isEnabled()
    assert len(trash.trash_rows()) == 1


def test_trash_is_in_the_file_menu(main_window):
    assert main_window.trash_action in main_window.file_menu.actions()


# ---------------------------------------------------------------- the dialog


@pytest.fixture
def dialog(qtbot, muller):
    accounts.delete_contact(accounts.contacts_of(muller.uuid)[0].uuid)  # Anna Schmidt
    accounts.delete_account(muller.uuid)
    shown = TrashDialog()
    qtbot.addWidget(shown)
    return shown


def test_trash_dialog_lists_what_where_when_and_why(dialog):
    texts = [[dialog.model.display(dialog.model.row_at(r), c) for c in range(6)] for r in range(2)]
    assert texts[0][:3] + texts[0][4:] == ["Account", "Müller GmbH", "", "deleted", "contacts: 1, promises: 1"]
    assert texts[1][:3] + texts[1][4:] == ["Contact", "Anna Schmidt", "Müller GmbH", "deleted", ""]


def test_trash_dialog_restores_the_selected_account(dialog):
    with_signal = []
    dialog.restored.connect(with_signal.append)
    dialog.restore_selected()
    assert [a.name for a in accounts.search_accounts()] == ["Müller GmbH"]
    assert [r.label for r in trash.trash_rows()] == ["Anna Schmidt"]
    assert with_signal[0].kind == "account"


def test_trash_dialog_restores_a_contact_with_its_account_after_asking(dialog, muller, answer):
    dialog.table.selectRow(1)
    asked = answer(True)
    dialog.restore_selected()
    assert "Müller GmbH" in asked[0]
    assert [c.name for c in accounts.contacts_of(muller.uuid)] == ["Anna Schmidt", "Jürgen Müller"]
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisibleTo(dialog)


def test_trash_dialog_empties_only_after_asking(dialog, answer):
    answer(False)
    dialog.empty()
    assert dialog.model.rowCount() == 2
    answer(True)
    dialog.empty()
    assert trash.trash_rows() == []
    assert not dialog.empty_button.isEnabled()


def test_trash_dialog_deletes_one_item_forever_after_asking(dialog, answer):
    answer(True)
    dialog.delete_selected()
    assert [r.label for r in trash.trash_rows()] == ["Anna Schmidt"]


def test_trash_table_model_passes_qt_model_checks(qtmodeltester, muller):
    accounts.delete_account(muller.uuid)
    model = TrashTableModel()
    model.set_rows(trash.trash_rows())
    qtmodeltester.check(model)


def test_opening_the_book_in_the_gui_purges_items_older_than_30_days(muller):
    import datetime as dt

    from models import TrashItem, utcnow
    from ui.app import _purge_old_trash  # what run_gui schedules once the window shows

    accounts.delete_account(muller.uuid)
    TrashItem.update(deleted_at=utcnow() - dt.timedelta(days=31)).execute()
    _purge_old_trash()
    assert trash.trash_rows() == []
