"""Promises (with the warning before promising), countries and trade-fair capture, driven with qtbot."""

import datetime as dt

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from services import accounts, commitments
from ui.dialogs.commitment_dialog import CommitmentDialog

TODAY = dt.date(2026, 11, 23)


def click_button(text):
    """Replacement for QMessageBox.exec that clicks the button with this text."""
    def run(box):
        next(b for b in box.buttons() if b.text() == text).click()
        run.seen.append(box.informativeText())
        return 0

    run.seen = []
    return run


def test_promise_warning_can_be_declined_or_accepted(qtbot, make_account, monkeypatch):
    a = make_account(name="Müller GmbH", country="DE")
    dialog = CommitmentDialog(a.uuid, [], ["Li Na"], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.field("title").setText("Year-end rebate 3%")
    dialog.field("kind").setCurrentIndex(dialog.field("kind").findData("rebate"))
    dialog.field("promised_by").setCurrentText("Li Na")
    dialog.field("due_date").setDate(dialog.field("due_date").date().fromString("2026-12-25", "yyyy-MM-dd"))
    dialog.field("approval").setCurrentIndex(dialog.field("approval").findData("pending"))
    go_back = click_button("Go back")
    monkeypatch.setattr(QMessageBox, "exec", go_back)
    dialog.try_save()
    assert commitments.commitments_of(a.uuid) == []
    assert "approval not given" in go_back.seen[0]
    assert "public holiday" in go_back.seen[0]
    monkeypatch.setattr(QMessageBox, "exec", click_button("Save anyway"))
    dialog.try_save()
    (c,) = commitments.commitments_of(a.uuid)
    assert (c.title, c.approval, c.promised_by) == ("Year-end rebate 3%", "pending", "Li Na")


def test_commitments_view_filters_and_marks_kept(qtbot, make_account):
    from ui.views.commitments import CommitmentsView

    a = make_account(name="Müller GmbH", country="DE")
    b = make_account(name="Acme", country="US")
    late = commitments.create_commitment(a.uuid, {"title": "Samples", "promised_by": "Li Na",
                                                  "promised_at": "2026-11-01", "due_date": "2026-11-20"})
    commitments.create_commitment(b.uuid, {"title": "Catalogue", "promised_by": "Zhang Wei",
                                           "promised_at": "2026-11-01", "due_date": "2027-01-20"})
    view = CommitmentsView()
    qtbot.addWidget(view)
    view.today = TODAY
    view.show()
    assert view.model.rowCount() == 2
    assert view.model.row_at(0).uuid == late.uuid  # at risk first
    view.level.setCurrentIndex(view.level.findData("high"))
    assert view.model.rowCount() == 1
    view.level.setCurrentIndex(0)
    view.person.setCurrentIndex(view.person.findText("Zhang Wei"))
    assert [r.title for r in view.model.rows()] == ["Catalogue"]
    view.person.setCurrentIndex(view.person.findData("everyone"))
    view.table.selectRow(0)
    view.kept_button.click()
    assert commitments.get_commitment(late.uuid).status == "kept"
    assert commitments.trust().people["Li Na"].late == 1
    assert "Li Na" in view.trust_label.text()


def test_countries_view_shows_notes_and_saves_firm_notes(qtbot, open_book):
    from services.countries import country_note
    from ui.views.countries import CountriesView

    view = CountriesView()
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() >= 245
    view.filter.setText("沙特")
    assert [view.model.row_at(r)[0].code for r in range(view.model.rowCount())] == ["SA"]
    view.select_country("SA")
    assert "Fri" in view.facts.text()
    assert "Sat" in view.facts.text()
    assert view.notes.toPlainText().strip()
    view.firm_notes.setPlainText("Ask for Mr. Al-Otaibi; never call during Friday prayers.")
    view.save_button.click()
    assert country_note("SA").startswith("Ask for Mr. Al-Otaibi")


def test_fair_quick_capture_with_enter_only(qtbot, open_book):
    from services.accounts import fair
    from ui.views.fair import FairView

    view = FairView()
    qtbot.addWidget(view)
    view.fair_name.setText("Canton Fair 2026")
    view.fields["company"].setText("Siam Tools Co.")
    view.fields["country"].setText("泰国")
    view.fields["name"].setText("สมชาย ใจดี")
    view.temperature.setCurrentIndex(view.temperature.findData("hot"))
    with qtbot.waitSignal(view.captured):
        qtbot.keyClick(view.fields["note"], Qt.Key.Key_Return)
    assert all(not w.text() for w in view.fields.values())
    (a,) = accounts.search_accounts("siam")
    assert (a.country, a.source) == ("TH", "Canton Fair 2026")
    assert fair.summary("Canton Fair 2026").by_temperature["hot"] == 1
    assert view.summary_model.rowCount() == 1
    view.fields["country"].setText("Atlantis")
    view.fields["company"].setText("Nowhere Ltd")
    qtbot.keyClick(view.fields["company"], Qt.Key.Key_Return)
    assert "country" in view.status.text()
    assert view.fields["company"].text() == "Nowhere Ltd"  # nothing lost on a bad entry


def test_main_window_has_every_screen(main_window):
    titles = [main_window.nav.item(i).text() for i in range(main_window.nav.count())]
    assert titles == ["Today", "Accounts", "Week", "Commitments", "Countries", "Trade fair", "Portfolio"]


def test_settings_dialog_saves_rhythm_window_and_thresholds(qtbot, open_book):
    from services import countries
    from services.cadence import rules as cadence_rules
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.rule_boxes["europe"]["follow_up"].setValue(21)
    start, end = dialog.window_boxes["middle_east"]
    start.setTime(start.time().fromString("09:00", "HH:mm"))
    end.setTime(end.time().fromString("13:00", "HH:mm"))
    dialog.threshold_boxes["due_soon_days"].setValue(5)
    dialog.save()
    assert cadence_rules.rules()["europe"]["follow_up"] == 21
    assert countries.working_window("SA") == (dt.time(9), dt.time(13))
    assert countries.working_window("DE") == (dt.time(10), dt.time(15))
    assert commitments.thresholds()["due_soon_days"] == 5


def test_exchange_dialog_merges_in_the_background_and_lists_conflicts(qtbot, open_book, make_account, tmp_path):
    from services.exchange import bundle
    from ui.dialogs.exchange_dialog import ExchangeDialog

    make_account(name="Already here")
    data = bundle.build_bundle()
    data["accounts"].append({"uuid": "6f1c7a52-1111-4a4a-9b9b-0123456789ab", "name": "Fair Lead", "country": "JP",
                             "created_at": "2026-11-20T05:00:00+00:00", "updated_at": "2026-11-20T05:00:00+00:00"})
    path = tmp_path / "in.json"
    path.write_text(__import__("json").dumps(data), encoding="utf-8")
    dialog = ExchangeDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.merged, timeout=10_000) as blocker:  # connected before the worker starts
        dialog.merge(str(path))
    assert blocker.args[0].added == 1
    assert "Added 1" in dialog.result_label.text()
    assert accounts.search_accounts("fair lead")
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    dialog.merge(str(bad))
    qtbot.waitUntil(lambda: "Nothing was merged" in dialog.result_label.text(), timeout=10_000)
    assert "not valid JSON" in dialog.result_label.text()


def test_country_contact_window_set_and_reset_in_the_countries_view(qtbot, open_book):
    from services import countries
    from ui.views.countries import CountriesView

    view = CountriesView()
    qtbot.addWidget(view)
    view.show()
    view.select_country("JP")
    view.window_start.setTime(view.window_start.time().fromString("09:00", "HH:mm"))
    view.window_end.setTime(view.window_end.time().fromString("11:30", "HH:mm"))
    view.window_save.click()
    assert countries.working_window("JP") == (dt.time(9), dt.time(11, 30))
    assert "09:00–11:30" in view.facts.text()
    view.window_reset.click()
    assert countries.working_window("JP") == (dt.time(10), dt.time(12))  # the market's: 10:00 to its lunch break


def test_forget_and_export_a_person_from_the_account_pane(qtbot, main_window, make_account, make_contact,
                                                          monkeypatch, tmp_path):
    import json

    a = make_account(name="Acme", country="US")
    c = make_contact(a, name="Ann Smith", email="ann@example.com")
    main_window.accounts.reload()
    main_window.accounts.select_account(a.uuid)
    pane = main_window.accounts.pane
    pane.export_contact(c, str(tmp_path / "ann.json"))
    assert json.loads((tmp_path / "ann.json").read_text(encoding="utf-8"))["contact"]["email"] == "ann@example.com"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    pane.forget_contact(c)
    assert [x.name for x in accounts.contacts_of(a.uuid)] == ["Forgotten contact"]
    assert pane.contacts_model.row_at(0).email == ""


def answer(monkeypatch, yes: bool):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (QMessageBox.StandardButton.Yes if yes
                                                                   else QMessageBox.StandardButton.No))


def trigger(menu, text):
    next(a for a in menu.actions() if a.text() == text).trigger()


def test_interactions_are_deleted_from_the_timeline_after_asking(qtbot, main_window, make_account, monkeypatch):
    from models import Tombstone

    a = make_account(name="Müller GmbH", country="DE")
    first = accounts.log_interaction(a.uuid, {"occurred_at": "2026-11-02T09:00:00+00:00", "summary": "Intro call"})
    accounts.log_interaction(a.uuid, {"occurred_at": "2026-11-16T09:00:00+00:00", "channel": "email",
                                      "summary": "Sent the quote"})
    main_window.accounts.reload()
    main_window.accounts.select_account(a.uuid)
    pane = main_window.accounts.pane
    assert pane.timeline_model.rowCount() == 2
    row = next(r for r in range(2) if pane.timeline_model.row_at(r).uuid == first.uuid)
    menu = pane.timeline_menu(pane.timeline_model.index(row, 0))
    answer(monkeypatch, yes=False)
    trigger(menu, "Delete…")
    assert len(accounts.interactions_of(a.uuid)) == 2  # "No" keeps it
    answer(monkeypatch, yes=True)
    trigger(menu, "Delete…")
    assert [i.summary for i in accounts.interactions_of(a.uuid)] == ["Sent the quote"]
    assert pane.timeline_model.rowCount() == 1
    assert Tombstone.get_or_none(Tombstone.record_uuid == first.uuid) is not None  # reaches other copies too

    main_window.show_screen(main_window.accounts)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    pane.tabs.setCurrentWidget(pane.timeline_view)
    shown = []

    def look_and_close():  # runs inside the menu's own event loop
        popup = QApplication.activePopupWidget()
        shown.append([x.text() for x in popup.actions()])
        popup.close()

    QTimer.singleShot(0, look_and_close)
    pane.timeline_view.customContextMenuRequested.emit(QPoint(5, 5))  # a right-click on the first row
    assert shown == [["Edit…", "", "Delete…"]]
    pane.timeline_view.customContextMenuRequested.emit(QPoint(5, 500))  # below the rows: no menu opens
    assert QApplication.activePopupWidget() is None
    assert len(shown) == 1
    main_window.activateWindow()  # the closed popup had taken the activation
    pane.timeline_view.selectRow(0)
    pane.timeline_view.setFocus()
    qtbot.waitUntil(pane.timeline_view.hasFocus)
    main_window.accounts.delete_current()  # the Delete key: acts on the focused timeline, after asking
    assert accounts.interactions_of(a.uuid) == []
    assert accounts.count_accounts() == 1


def test_contact_menu_deletes_a_contact_after_asking(main_window, make_account, make_contact, monkeypatch):
    a = make_account(name="Acme", country="US")
    make_contact(a, name="Jane Roe")
    main_window.accounts.reload()
    main_window.accounts.select_account(a.uuid)
    pane = main_window.accounts.pane
    answer(monkeypatch, yes=True)
    trigger(pane.contact_menu(pane.contacts_model.index(0, 0)), "Delete…")
    assert accounts.contacts_of(a.uuid) == []
    assert pane.contacts_model.rowCount() == 0


def test_promises_can_be_edited_cancelled_or_deleted(qtbot, make_account, monkeypatch):
    from ui.views.account_tabs import PromisesTab
    from ui.views.commitments import CommitmentsView

    a = make_account(name="Müller GmbH", country="DE")
    fields = {"promised_by": "Li Na", "promised_at": "2026-11-01", "due_date": "2026-12-20"}
    samples = commitments.create_commitment(a.uuid, {"title": "Samples", **fields})
    typo = commitments.create_commitment(a.uuid, {"title": "Smaples", **fields})
    tab = PromisesTab()
    qtbot.addWidget(tab)
    tab.set_account(a.uuid)

    def row_of(model, uuid):
        return next(model.index(r, 0) for r in range(model.rowCount()) if model.row_at(r).uuid == uuid)

    def save_with_new_title(dialog):
        dialog.field("title").setText("Samples, 3 colours")
        dialog.try_save()
        return 1

    monkeypatch.setattr(CommitmentDialog, "exec", save_with_new_title)
    tab.edit_promise(row_of(tab.model, samples.uuid))  # double-click edits
    assert commitments.get_commitment(samples.uuid).title == "Samples, 3 colours"

    answer(monkeypatch, yes=True)
    trigger(tab.promise_menu(row_of(tab.model, typo.uuid)), "Delete (entered by mistake)…")
    assert [c.uuid for c in commitments.commitments_of(a.uuid)] == [samples.uuid]

    view = CommitmentsView()
    qtbot.addWidget(view)
    view.today = TODAY
    view.show()
    view.table.selectRow(0)
    answer(monkeypatch, yes=False)
    view.cancel_button.click()
    assert commitments.get_commitment(samples.uuid).status == "open"
    answer(monkeypatch, yes=True)
    view.cancel_button.click()
    assert commitments.get_commitment(samples.uuid).status == "cancelled"
    record = commitments.account_trust(a.uuid)
    assert (record.kept, record.late, record.broken, record.open) == (0, 0, 0, 0)  # cancelled counts for nothing
    assert view.model.rowCount() == 0  # the view lists open promises
    tab.set_account(a.uuid)
    menu = tab.promise_menu(row_of(tab.model, samples.uuid))
    assert "Cancel promise…" not in [x.text() for x in menu.actions()]  # only open promises can be cancelled
