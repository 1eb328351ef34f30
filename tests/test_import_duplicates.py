"""Imports that meet accounts already there: duplicates offered and merged, numbers stored in E.164."""

import json

from models import Account, Contact
from services import accounts
from services.exchange.importer import import_file
from tests.import_files import write_csv

HEADER = ["Company", "Country", "Contact", "Email", "Phone"]
FIRST = [HEADER, ["Müller GmbH", "DE", "Jürgen Müller", "jm@mueller.de", "0711 1234567"]]


def test_a_respelled_company_with_the_same_email_is_merged_into_the_existing_account(open_book, tmp_path):
    import_file(write_csv(tmp_path / "first.csv", FIRST))
    existing = Account.get()
    again = write_csv(tmp_path / "again.csv", [HEADER, ["Mueller GmbH", "DE", "Jürgen Müller", "jm@mueller.de", ""]])
    result = import_file(again)
    [offer] = result.duplicates
    assert (offer.row, offer.account_uuid, offer.strong, offer.merged) == (2, existing.uuid, True, True)
    assert "same_email" in offer.reasons
    assert [a.name for a in Account.select()] == ["Müller GmbH"]
    assert Contact.select().count() == 1


def test_merging_can_be_turned_off_and_the_offer_is_still_listed(open_book, tmp_path):
    import_file(write_csv(tmp_path / "first.csv", FIRST))
    again = write_csv(tmp_path / "again.csv", [HEADER, ["Mueller GmbH", "DE", "Jürgen Müller", "jm@mueller.de", ""]])
    result = import_file(again, merge="none")
    assert [(d.row, d.merged) for d in result.duplicates] == [(2, False)]
    assert sorted(a.name for a in Account.select()) == ["Mueller GmbH", "Müller GmbH"]


def test_a_similar_name_alone_is_offered_but_merged_only_when_chosen(open_book, tmp_path):
    from services.exchange.importer import read_table, run_import

    import_file(write_csv(tmp_path / "first.csv", FIRST))
    table = read_table(write_csv(tmp_path / "again.csv", [HEADER, ["MÜLLER GMBH, Stuttgart", "DE", "Eva", "", ""]]))
    check = run_import(table, dry_run=True)
    assert [(d.row, d.strong, d.merged, d.account_name) for d in check.duplicates] == [
        (2, False, False, "Müller GmbH")]
    run_import(table, merge_rows={2: True})
    assert [a.name for a in Account.select()] == ["Müller GmbH"]
    assert sorted(c.name for c in Account.get().contacts) == ["Eva", "Jürgen Müller"]


def test_one_number_shared_by_two_named_companies_is_offered_not_merged(open_book, tmp_path):
    import_file(write_csv(tmp_path / "first.csv", FIRST))
    other = write_csv(tmp_path / "other.csv", [HEADER, ["Schmidt Logistik AG", "DE", "Jan", "", "+49 711 1234567"]])
    result = import_file(other)
    assert [(d.reasons, d.merged) for d in result.duplicates] == [(("same_phone",), False)]
    assert Account.select().count() == 2


def test_a_later_row_of_the_same_file_finds_an_earlier_one(open_book, tmp_path):
    rows = [HEADER, ["Müller GmbH", "DE", "Jürgen Müller", "jm@mueller.de", ""],
            ["Mueller GmbH", "DE", "Jürgen Müller", "jm@mueller.de", ""]]
    result = import_file(write_csv(tmp_path / "twice.csv", rows))
    assert [(d.row, d.account_uuid, d.merged) for d in result.duplicates] == [(3, "", True)]
    assert Account.select().count() == 1


def test_imported_numbers_are_stored_in_e164_and_found_by_their_digits(open_book, tmp_path):
    import_file(write_csv(tmp_path / "first.csv", FIRST))
    assert Contact.get().phone_e164 == "+497111234567"
    assert [a.name for a in accounts.search_accounts("+49 711 1234567")] == ["Müller GmbH"]


def test_the_command_line_lists_duplicate_offers_and_takes_a_merge_policy(tmp_path, capsys):
    from main import main

    db = str(tmp_path / "cli.sqlite")
    assert main(["--db", db, "import", str(write_csv(tmp_path / "first.csv", FIRST))]) == 0
    again = write_csv(tmp_path / "again.csv", [HEADER, ["Mueller GmbH", "DE", "Jürgen Müller", "jm@mueller.de", ""]])
    capsys.readouterr()
    assert main(["--db", db, "import", str(again), "--json", "--merge-duplicates", "none"]) == 0
    [offer] = json.loads(capsys.readouterr().out)["duplicates"]
    assert (offer["row"], offer["account_name"], offer["strong"], offer["merged"]) == (2, "Müller GmbH", True, False)
