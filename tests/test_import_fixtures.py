"""Every exporter fixture in tests/data/imports imported whole: people found, countries and warnings as listed."""

import json
from pathlib import Path

import pytest

from models import Account, Contact
from services import accounts
from services.exchange.import_mapping import guess_mapping, row_values
from services.exchange.import_vcard import join_name
from services.exchange.importer import import_file, read_table

DATA = Path(__file__).parent / "data" / "imports"
MANIFEST = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))["files"]
FILES = {entry["file"]: entry for entry in MANIFEST}


def same(name: str) -> str:
    """A name as compared here: Chinese and Japanese family and given names are joined without a space."""
    return "".join(name.split())


def person_rows(path: Path) -> dict[str, int]:
    """The row number of each person in the file, by the name an import gives them."""
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    rows = {}
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        values = row_values(cells, mapping)
        name = values.get("contact_name") or join_name(values.get("first_name", ""), values.get("last_name", ""))
        rows[same(name)] = number
    return rows


@pytest.fixture(params=sorted(FILES), scope="module")
def imported(request, tmp_path_factory):
    """The file imported into a fresh book: (manifest entry, result, person -> row)."""
    import models

    entry = FILES[request.param]
    models.open_database(tmp_path_factory.mktemp("book") / "rapport.sqlite")
    path = DATA / entry["file"]
    yield entry, import_file(path), person_rows(path)
    models.close_database()


def test_every_row_is_imported_and_none_is_skipped(imported):
    entry, result, _rows = imported
    assert (result.imported, result.skipped, result.errors) == (len(entry["people"]), 0, [])


def test_every_person_is_found_by_searching_for_their_name(imported):
    entry, _result, _rows = imported
    missing = [p["name"] for p in entry["people"] if p["name"] and
               same(p["name"]) not in {same(c.name) for a in accounts.search_accounts(p["name"]) for c in a.contacts}]
    assert missing == []


def test_a_company_card_without_a_person_is_found_by_its_company(imported):
    entry, _result, _rows = imported
    companies = [p["company"] for p in entry["people"] if not p["name"]]
    assert [c for c in companies if not accounts.search_accounts(c)] == []


def test_every_person_has_their_company_and_e_mail(imported):
    entry, _result, _rows = imported
    found = {(same(c.name), c.account.name, c.email) for c in Contact.select()}
    expected = {(same(p["name"]), p["company"] or p["name"], p["email"] if "@" in p["email"] and "." in
                 p["email"].split("@")[-1] else "") for p in entry["people"] if p["name"]}
    assert expected - found == set()


def test_every_country_is_inferred_from_the_listed_source(imported):
    entry, result, rows = imported
    got = {p["name"]: (result.countries[rows[same(p["name"])]].code, result.countries[rows[same(p["name"])]].source)
           for p in entry["people"]}
    assert got == {p["name"]: (p["country"], p["country_source"]) for p in entry["people"]}


def test_accounts_get_the_inferred_countries_and_the_unplaced_are_counted(imported):
    entry, result, _rows = imported
    countries = {a.name: a.country for a in Account.select()}
    assert {p["company"] or p["name"]: countries.get(p["company"] or p["name"]) for p in entry["people"]} == {
        p["company"] or p["name"]: p["country"] for p in entry["people"]}
    assert result.without_country == len({p["company"] or p["name"] for p in entry["people"] if not p["country"]})


def test_the_listed_warnings_are_given(imported):
    entry, result, _rows = imported
    messages = [w.message for w in result.warnings]
    assert [w for w in entry["warnings"] if not any(m.startswith(w.removesuffix(" (kept in the notes)"))
                                                    for m in messages)] == []
    assert len(messages) == len(entry["warnings"])


def test_the_command_line_imports_an_exporter_file_and_lists_its_warnings(tmp_path, capsys):
    from main import main

    code = main(["--db", str(tmp_path / "cli.sqlite"), "import", str(DATA / "outlook_desktop_en_cp1252.csv"),
                 "--json"])
    report = json.loads(capsys.readouterr().out)
    assert (code, report["imported"], report["skipped"], report["without_country"]) == (0, 6, 0, 1)
    assert [w["message"] for w in report["warnings"]] == [
        "Sam Patel: email 'not-an-email' is not an e-mail address (kept in the notes)"]
