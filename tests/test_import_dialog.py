"""The import dialog: reads in the background, maps, checks and imports, shows progress and messages, cancels."""

from models import Account
from tests.import_files import PLAIN, write_csv, write_xlsx


def open_dialog(qtbot, path):
    """The import dialog for path, once it has read the file (or given up on it)."""
    from ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=20_000)
    return dialog


def test_import_dialog_maps_checks_and_imports(qtbot, open_book, tmp_path):
    rows = [["Firma X", "Land", "Ansprechpartner", "Mail"],
            ["Müller Maschinenbau GmbH", "DE", "Jürgen Müller", "jm@mueller.de"],
            ["Atlantis Trading", "Atlantis", "Poseidon", ""]]
    dialog = open_dialog(qtbot, write_csv(tmp_path / "list.csv", rows, delimiter=";"))
    assert dialog.delimiter_combo.itemText(0).endswith("semicolon")
    assert dialog.model.rowCount() == 3  # the field choosers, then two rows
    assert dialog.mapping() == {1: "country", 2: "contact_name", 3: "email"}
    company = dialog.field_combos[0]
    company.setCurrentIndex(company.findData("company"))
    dialog.country_edit.setText("Deutschland")
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as checked:
        dialog.check_button.click()
    assert (checked.args[0].imported, checked.args[0].skipped) == (2, 0)
    assert dialog.error_list.item(0).text() == "Row 3: Poseidon: unknown country 'Atlantis' (kept in the notes)"
    assert Account.select().count() == 0
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert sorted(a.name for a in Account.select()) == ["Atlantis Trading", "Müller Maschinenbau GmbH"]
    assert not dialog.import_button.isEnabled()


def test_import_dialog_rereads_with_another_encoding_and_shows_sheets(qtbot, open_book, tmp_path):
    dialog = open_dialog(qtbot, write_csv(tmp_path / "gbk.csv", PLAIN, encoding="gb18030"))
    assert dialog.encoding_combo.itemText(0).endswith("gb18030")
    with qtbot.waitSignal(dialog.stopped, timeout=10_000):
        dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("utf-8"))
    assert "cannot be imported" in dialog.status_label.text()
    assert not dialog.check_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("gb18030"))
    assert dialog.check_button.isEnabled()
    assert dialog.model.data(dialog.model.index(2, 0)) == "深圳华强电子有限公司"

    sheets = open_dialog(qtbot, write_xlsx(tmp_path / "leads.xlsx"))
    assert [sheets.sheet_combo.itemText(i) for i in range(sheets.sheet_combo.count())] == ["Notes", "Leads"]
    with qtbot.waitSignal(sheets.loaded, timeout=10_000):
        sheets.sheet_combo.setCurrentIndex(1)
    assert sheets.mapping() == {0: "company", 1: "country", 2: "contact_name", 3: "phone", 4: "email"}


def big_csv(path, rows=6000):
    return write_csv(path, [["Company", "Country", "Contact"]] + [[f"Firm {i}", "DE", f"P {i}"] for i in range(rows)])


def test_import_dialog_shows_why_a_file_cannot_be_imported(qtbot, open_book, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"Column {i}" for i in range(10_000)) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, path)
    assert dialog.status_label.text().startswith("This file cannot be imported: wide.csv: row 1 has a value in "
                                                 "column 10,000; this program reads at most 500 columns.")
    assert not dialog.import_button.isEnabled()


def test_import_dialog_reports_progress_while_it_reads_a_large_file(qtbot, open_book, tmp_path):
    from ui.dialogs.import_dialog import ImportDialog

    values = []
    dialog = ImportDialog(big_csv(tmp_path / "big.csv", rows=20_000))
    qtbot.addWidget(dialog)
    dialog.progress_bar.valueChanged.connect(values.append)
    assert not dialog.progress_bar.isHidden()
    assert not dialog.check_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        pass
    assert values
    assert 0 < values[-1] <= 1000
    assert dialog.progress_bar.isHidden()
    assert dialog.check_button.isEnabled()


def test_import_dialog_cancelled_while_reading_keeps_nothing(qtbot, open_book, tmp_path):
    from ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(big_csv(tmp_path / "big.csv", rows=20_000))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.stopped, timeout=20_000):
        dialog.cancel_button.click()
    assert dialog.table is None
    assert not dialog.check_button.isEnabled()
    assert dialog.status_label.text().startswith("Reading was cancelled.")


def test_import_dialog_cancelled_import_writes_nothing(qtbot, open_book, tmp_path):
    dialog = open_dialog(qtbot, big_csv(tmp_path / "big.csv"))
    with qtbot.waitSignal(dialog.stopped, timeout=20_000):
        dialog.import_button.click()
        dialog.cancel_button.click()
    assert dialog.result_label.text() == "Cancelled: nothing was imported."
    assert Account.select().count() == 0
    assert dialog.import_button.isEnabled()


def test_import_dialog_shows_the_encoding_and_where_each_country_came_from(qtbot, open_book):
    from pathlib import Path

    dialog = open_dialog(qtbot, Path(__file__).parent / "data" / "imports" / "outlook_desktop_en_cp1252.csv")
    assert dialog.encoding_combo.itemText(0).endswith("cp1252")
    assert "cp1252" in dialog.status_label.text()
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check_button.click()
    width = dialog.model.width
    shown = {dialog.model.data(dialog.model.index(r, 1)) + " " + dialog.model.data(dialog.model.index(r, 3)):
             (dialog.model.data(dialog.model.index(r, width)), dialog.model.data(dialog.model.index(r, width + 1)))
             for r in range(1, dialog.model.rowCount())}
    assert shown["Jürgen Weiß"] == ("DE", "phone +49 711 2345678")
    assert shown["Chris Lee"] == ("unknown", "nothing in the row names it")
    assert "1 accounts have no country" in dialog.result_label.text()


def test_import_dialog_offers_a_duplicate_and_imports_as_ticked(qtbot, open_book, tmp_path):
    from PySide6.QtCore import Qt

    from services.exchange.importer import import_file

    header = ["Company", "Country", "Contact", "Email"]
    import_file(write_csv(tmp_path / "first.csv", [header, ["Müller GmbH", "DE", "Jürgen", "jm@mueller.de"]]))
    dialog = open_dialog(qtbot, write_csv(tmp_path / "again.csv",
                                          [header, ["Mueller GmbH", "DE", "Jürgen", "jm@mueller.de"]]))
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check_button.click()
    item = dialog.duplicate_list.item(0)
    assert item.text().startswith("Row 2: merge into Müller GmbH (same e-mail")
    assert item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert sorted(a.name for a in Account.select()) == ["Mueller GmbH", "Müller GmbH"]
