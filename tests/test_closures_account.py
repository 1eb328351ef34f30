"""An account marked Muslim-owned: kept by migration 15, the account form, the bundle and the CSV exchange."""

import json
import shutil

import pytest

import models
from models import Account
from services import accounts
from services.errors import ValidationError
from services.exchange import bundle
from services.exchange.exporter import export_accounts
from services.exchange.importer import import_file


def test_migration_15_gives_every_kept_account_muslim_owned_false(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy("tests/data/rapport-v1.sqlite", path)
    models.open_database(path)
    try:
        assert {a.muslim_owned for a in Account.select()} == {False}
    finally:
        models.close_database()


def test_a_new_account_is_not_muslim_owned_unless_marked(make_account):
    assert accounts.account_details(make_account().uuid).muslim_owned is False
    marked = make_account(name="Leicester Halal Foods", country="GB", muslim_owned=True)
    assert accounts.account_details(marked.uuid).muslim_owned is True


def test_a_muslim_owned_value_that_is_not_yes_or_no_is_refused(make_account):
    with pytest.raises(ValidationError) as caught:
        make_account(name="Leicester Halal Foods", country="GB", muslim_owned="perhaps")
    assert "muslim_owned" in caught.value.errors


def test_the_bundle_carries_muslim_owned_to_another_book(make_account, tmp_path, db_path):
    make_account(name="Leicester Halal Foods", country="GB", muslim_owned=True)
    path = tmp_path / "out.rapport.json"
    bundle.export_bundle(path)
    assert json.loads(path.read_text(encoding="utf-8"))["accounts"][0]["muslim_owned"] is True
    models.close_database()
    models.open_database(tmp_path / "other.sqlite")
    bundle.import_bundle(path)
    assert Account.get(Account.name == "Leicester Halal Foods").muslim_owned is True


def test_a_bundle_without_muslim_owned_reads_as_not_marked(make_account, tmp_path, db_path):
    make_account(name="Leicester Halal Foods", country="GB")
    path = tmp_path / "out.rapport.json"
    bundle.export_bundle(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["accounts"][0]["muslim_owned"]  # a bundle from a Rapport before the field
    path.write_text(json.dumps(data), encoding="utf-8")
    models.close_database()
    models.open_database(tmp_path / "other.sqlite")
    bundle.import_bundle(path)
    assert Account.get().muslim_owned is False


def test_the_csv_export_carries_muslim_owned_back_in(make_account, tmp_path, db_path):
    make_account(name="Leicester Halal Foods", country="GB", muslim_owned=True)
    make_account(name="Leicester Foods", country="GB")
    path = tmp_path / "accounts.csv"
    export_accounts(path)
    models.close_database()
    models.open_database(tmp_path / "fresh.sqlite")
    import_file(path)
    assert {a.name: a.muslim_owned for a in Account.select()} == {"Leicester Halal Foods": True,
                                                                   "Leicester Foods": False}


def test_the_account_form_checkbox_marks_an_account_muslim_owned(qtbot, make_account):
    from ui.dialogs.account_dialog import AccountDialog

    a = make_account(name="Leicester Halal Foods", country="GB")
    dialog = AccountDialog(["United Kingdom"], accounts.account_details(a.uuid))
    qtbot.addWidget(dialog)
    dialog.field("muslim_owned").setChecked(True)
    dialog.try_save()
    assert accounts.account_details(a.uuid).muslim_owned is True
