"""Import from CSV/Excel/vCard with a mapping, export to CSV/Excel, and the round trip between them."""

import json
import zipfile

import pytest

import models
from models import Account, Contact
from services import accounts
from services.exchange.exporter import COLUMNS, HEADERS, export_accounts
from services.exchange.import_formats import ImportFileError, read_table
from services.exchange.importer import (
    ImportCancelledError,
    MappingError,
    guess_mapping,
    import_file,
    plan_import,
    run_import,
)
from tests.import_files import PLAIN, write_csv, write_xlsx

SCRIPTS = {
    "CN": ("深圳华强电子有限公司", "李伟"), "JP": ("株式会社さくら", "山田太郎"), "KR": ("한빛산업", "김민준"),
    "RU": ("ООО «Ромашка»", "Дмитрий Иванов"), "SA": ("شركة النور للتجارة", "محمد العلي"),
    "TH": ("บริษัท สยาม จำกัด", "สมชาย ใจดี"), "HR": ("Ćosić d.o.o.", "Šime Ćosić"),
}


def people():
    return sorted((a.name, a.country, c.name, c.email) for c in Contact.select().join(Account)
                  for a in [c.account])


# ---------------------------------------------------------------- reading


@pytest.mark.parametrize(("encoding", "detected"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                                ("utf-16", "utf-16"), ("gb18030", "gb18030")])
def test_csv_encoding_is_detected(tmp_path, encoding, detected):
    table = read_table(write_csv(tmp_path / "list.csv", PLAIN, encoding=encoding))
    assert table.detected_encoding == detected
    assert table.headers == PLAIN[0]
    assert table.rows[1][:4] == ["深圳华强电子有限公司", "中国", "深圳", "李伟"]
    assert table.row_numbers == [2, 3, 4]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiter_is_detected(tmp_path, delimiter):
    table = read_table(write_csv(tmp_path / "list.csv", PLAIN, delimiter=delimiter))
    assert table.detected_delimiter == delimiter
    assert table.rows[0][8] == "Met at Canton Fair, booth 12"
    assert len(table.headers) == 9


def test_user_can_override_encoding_and_delimiter(tmp_path):
    path = write_csv(tmp_path / "list.csv", PLAIN, delimiter=";", encoding="gb18030")
    table = read_table(path, encoding="gb18030", delimiter=",")
    assert table.headers[0] == "Company;Country;City;Contact;Title;Email;Phone;WeChat;Notes"
    with pytest.raises(ImportFileError, match="cannot be read as utf-8"):
        read_table(path, encoding="utf-8")


def test_excel_sep_line_sets_the_delimiter(tmp_path):
    path = tmp_path / "eu.csv"
    path.write_text("sep=;\nCompany;Country\nAcme, Inc;US\n", encoding="utf-8")
    table = read_table(path)
    assert table.detected_delimiter == ";"
    assert list(table.rows) == [["Acme, Inc", "US"]]
    assert table.row_numbers == [2]


def test_xlsx_lists_sheets_and_reads_the_chosen_one(tmp_path):
    path = write_xlsx(tmp_path / "leads.xlsx")
    assert read_table(path).sheets == ["Notes", "Leads"]
    table = read_table(path, sheet="Leads")
    assert table.kind == "xlsx"
    assert table.sheet == "Leads"
    assert table.rows[0] == ["深圳华强电子有限公司", "CN", "李伟", "8613800138000", "li.wei@huaqiang.cn"]
    assert table.row_numbers == [2, 4]  # the blank row 3 is dropped, the numbers stay the sheet's
    with pytest.raises(ImportFileError, match="no sheet named 'Missing'"):
        read_table(path, sheet="Missing")


def test_xlsx_import_skips_blank_rows(open_book, tmp_path):
    result = import_file(write_xlsx(tmp_path / "leads.xlsx"), sheet="Leads")
    assert (result.imported, result.updated, result.skipped, result.errors) == (2, 0, 0, [])
    assert Contact.get(Contact.name == "李伟").phone == "8613800138000"


PHOTO_LINES = "".join(f" {'QUJD' * 18}\r\n" for _ in range(2000))
VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Müller\r\nN:Müller;Jürgen;;;\r\nORG:Müller Maschinenbau GmbH;Einkauf\r\n"
    "TITLE:Leiter Einkauf\r\nEMAIL;TYPE=INTERNET,WORK:jm@mueller.de\r\nTEL;TYPE=WORK:+49 711 1234\r\n"
    "ADR;TYPE=WORK:;;Königstraße 1;Stuttgart;;70173;Germany\r\n"
    "NOTE:Met at the fair\\, booth 12\\nLikes long lunches and a very long note that is\r\n"
    "  folded onto a second line\r\n"
    f"PHOTO;ENCODING=b;TYPE=JPEG:{'QUJD' * 18}\r\n{PHOTO_LINES}END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;=E4=BC=9F;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E=E4=BC=9F\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=B7=B1=E5=9C=B3=E5=8D=8E=E5=BC=BA=E7=94=B5=E5=AD=90=\r\n"
    "=E6=9C=89=E9=99=90=E5=85=AC=E5=8F=B8\r\n"
    "TEL;CELL:13800138000\r\nADR;WORK:;;;Shenzhen;;;CN\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Дмитрий Иванов\r\nORG:ООО «Ромашка»\r\nEMAIL;PREF=1:dmitry@romashka.ru\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+7-495-123-4567\r\nADR;TYPE=work:;;;Москва;;;Россия\r\n"
    "IMPP:whatsapp:+74951234567\r\nPHOTO:data:image/jpeg;base64,QUJDREVG\r\nEND:VCARD\r\n"
)


def test_vcard_reads_every_card_with_folding_quoted_printable_and_no_photo(tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text(VCARDS, encoding="utf-8", newline="")
    table = read_table(path)
    assert table.kind == "vcard"
    assert table.row_numbers == [1, 2, 3]
    first, second, third = (dict(zip(table.headers, row, strict=True)) for row in table.rows)
    assert first["Company"] == "Müller Maschinenbau GmbH"
    assert first["Country"] == "Germany"
    assert first["Notes"].endswith("that is folded onto a second line")
    assert first["Notes"].startswith("Met at the fair, booth 12\nLikes")
    assert (second["Name"], second["Company"], second["City"]) == ("李伟", "深圳华强电子有限公司", "Shenzhen")
    assert third["Messaging"] == "whatsapp: +74951234567"
    assert third["Email"] == "dmitry@romashka.ru"
    assert all("QUJD" not in cell for row in table.rows for cell in row)


def test_vcard_imports_into_accounts(open_book, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    result = import_file(path)
    assert (result.imported, result.skipped) == (3, 0)
    assert Account.get(Account.name == "ООО «Ромашка»").country == "RU"
    assert accounts.messaging_of(Contact.get(Contact.name == "Дмитрий Иванов")) == {"whatsapp": "+74951234567"}


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (bytes(range(256)) * 40, "binary|not text"),
])
def test_unreadable_files_are_refused(tmp_path, content, message):
    path = tmp_path / "junk.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        read_table(path)


def test_xlsx_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("Company,Country\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        read_table(path)


# ---------------------------------------------------------------- mapping


def test_google_contacts_headers_are_mapped():
    headers = ["Name", "Given Name", "Family Name", "Organization 1 - Name", "Organization 1 - Title",
               "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Value", "Address 1 - Country", "Notes",
               "First Name", "Last Name", "Organization Name"]
    assert guess_mapping(headers) == {0: "contact_name", 1: "first_name", 2: "last_name", 3: "company",
                                      4: "title", 6: "email", 7: "phone", 8: "country", 9: "notes",
                                      10: "first_name", 11: "last_name", 12: "company"}


def test_outlook_headers_are_mapped_and_title_is_not_the_salutation():
    headers = ["Title", "First Name", "Last Name", "Company", "Job Title", "E-mail Address", "Business Phone",
               "Mobile Phone", "Business Country/Region", "Business City", "Notes"]
    assert guess_mapping(headers) == {1: "first_name", 2: "last_name", 3: "company", 4: "title", 5: "email",
                                      6: "phone", 7: "phone", 8: "country", 9: "city", 10: "notes"}


def test_chinese_and_plain_english_headers_are_mapped():
    chinese = ["公司名称", "国家/地区", "城市", "联系人", "职位", "电子邮件", "手机", "备注", "微信"]
    english = ["Company", "Country", "City", "Contact", "Position", "Email", "Phone", "Notes", "WeChat"]
    expected = ["company", "country", "city", "contact_name", "title", "email", "phone", "notes", "wechat"]
    assert list(guess_mapping(chinese).values()) == expected
    assert list(guess_mapping(english).values()) == expected
    assert guess_mapping(["公司", "国家", "姓名", "邮箱", "电话", "WhatsApp"]) == {
        0: "company", 1: "country", 2: "contact_name", 3: "email", 4: "phone", 5: "whatsapp"}


def test_export_headers_map_back_to_their_fields():
    assert guess_mapping(HEADERS) == {i: name for i, (_, name) in enumerate(COLUMNS)}


def test_google_csv_imports_people_without_company_as_accounts(open_book, tmp_path):
    rows = [["Given Name", "Family Name", "Organization 1 - Name", "E-mail 1 - Value", "Address 1 - Country"],
            ["Jürgen", "Müller", "Müller Maschinenbau GmbH", "jm@mueller.de ::: j@private.de", "DE"],
            ["伟", "李", "", "li.wei@huaqiang.cn", "CN"]]
    result = import_file(write_csv(tmp_path / "google.csv", rows))
    assert result.imported == 2
    assert people() == [("Müller Maschinenbau GmbH", "DE", "Jürgen Müller", "jm@mueller.de"),
                        ("李伟", "CN", "李伟", "li.wei@huaqiang.cn")]


def test_table_without_a_name_column_is_refused(open_book, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["Foo", "Bar"], ["1", "2"]])
    with pytest.raises(MappingError, match="company or a contact name"):
        import_file(path)


# ---------------------------------------------------------------- importing


def test_contacts_of_one_company_share_one_account(open_book, tmp_path):
    result = import_file(write_csv(tmp_path / "list.csv", PLAIN))
    assert (result.imported, result.updated, result.skipped) == (3, 0, 0)
    assert Account.select().count() == 2
    mueller = Account.get(Account.country == "DE")
    assert sorted(c.name for c in mueller.contacts) == ["Anna Schmidt", "Jürgen Müller"]
    assert "anna schmidt" in mueller.search_key
    li = Contact.get(Contact.name == "李伟")
    assert (li.account.country, li.account.city, li.title) == ("CN", "深圳", "采购经理")
    assert accounts.messaging_of(li) == {"wechat": "li_wei88"}
    assert li.notes == "喜欢喝茶"


def test_bad_values_keep_their_rows_with_warnings_and_only_nameless_rows_are_skipped(open_book, tmp_path):
    rows = [["Company", "Country", "Contact", "Email"],
            ["Acme Corp", "US", "Jane Doe", "jane@acme.com"],          # row 2
            ["", "FR", "", "nobody@nowhere.fr"],                       # row 3: no company, no name
            ["Atlantis Trading", "Atlantis", "Poseidon", ""],          # row 4: unknown country
            ["Bad Mail GmbH", "DE", "Max", "max(at)bad"],              # row 5: bad e-mail
            ["", "", "", ""],                                          # row 6: blank, ignored
            ["Ćosić d.o.o.", "Croatia", "Šime Ćosić", "sime@cosic.hr"],  # row 7
            ]
    result = import_file(write_csv(tmp_path / "bad.csv", rows))
    assert (result.imported, result.updated, result.skipped) == (4, 0, 1)
    assert [e.row for e in result.errors] == [3]
    assert "no company and no contact name" in result.errors[0].message
    assert [(w.row, w.message) for w in result.warnings] == [
        (4, "Poseidon: unknown country 'Atlantis' (kept in the notes)"),
        (5, "Max: email 'max(at)bad' is not an e-mail address (kept in the notes)")]
    assert sorted(a.name for a in Account.select()) == ["Acme Corp", "Atlantis Trading", "Bad Mail GmbH",
                                                        "Ćosić d.o.o."]


def test_a_row_with_an_unknown_country_is_kept_without_one_and_the_text_in_its_notes(open_book, tmp_path):
    path = write_csv(tmp_path / "list.csv", [["Company", "Country"], ["Atlantis Trading", "Atlantis"]])
    result = import_file(path)
    account = Account.get()
    assert (account.country, account.notes, result.without_country) == ("", "Country as imported: Atlantis", 1)


def test_a_row_with_a_bad_email_keeps_its_contact_and_handle_and_the_email_in_the_notes(open_book, tmp_path):
    # Found by the property tests: the handle, left uncleaned beside the bad e-mail, ended in a TypeError.
    path = write_csv(tmp_path / "list.csv", [["Company", "Country", "Email", "WeChat"],
                                             ["Acme", "DE", "not-an-email", "wx_acme"], ["Bolt", "DE", "", "wx_b"]])
    result = import_file(path)
    assert (result.imported, result.skipped) == (2, 0)
    contact = Contact.get(Contact.account == Account.get(Account.name == "Acme"))
    assert (contact.email, contact.notes) == ("", "E-mail as imported: not-an-email")
    assert accounts.messaging_of(contact) == {"wechat": "wx_acme"}
    assert result.warnings[0].row == 2
    assert "email 'not-an-email'" in result.warnings[0].message


def test_row_without_country_is_imported_unplaced_or_with_the_default_country(open_book, tmp_path):
    path = write_csv(tmp_path / "c.csv", [["Company", "Contact"], ["Acme", "Jane"]])
    unplaced = import_file(path, dry_run=True)
    assert (unplaced.imported, unplaced.skipped, unplaced.without_country) == (1, 0, 1)
    result = import_file(path, default_country="Deutschland")
    assert result.imported == 1
    assert Account.get().country == "DE"


def test_dry_run_writes_nothing_and_counts_the_same(open_book, tmp_path):
    path = write_csv(tmp_path / "list.csv", PLAIN)
    dry = import_file(path, dry_run=True)
    assert Account.select().count() == 0
    assert Contact.select().count() == 0
    real = import_file(path)
    assert dry == real


def test_reimport_updates_instead_of_duplicating(open_book, tmp_path):
    path = write_csv(tmp_path / "list.csv", PLAIN)
    import_file(path)
    untouched = Contact.get(Contact.name == "李伟").updated_at
    changed = [row[:] for row in PLAIN]
    changed[1][4] = "Head of Purchasing"
    changed[1][3] = "JÜRGEN MÜLLER"   # same person, matched by e-mail
    changed[3][5] = ""               # an empty cell never clears a stored value
    result = import_file(write_csv(tmp_path / "again.csv", changed))
    assert (result.imported, result.updated, result.skipped) == (0, 3, 0)
    assert Account.select().count() == 2
    assert Contact.select().count() == 3
    assert Contact.get(Contact.email == "jm@mueller.de").title == "Head of Purchasing"
    assert Contact.get(Contact.name == "Anna Schmidt").email == "anna@mueller.de"
    assert Contact.get(Contact.name == "李伟").updated_at == untouched


def test_existing_account_is_matched_by_folded_name_and_country(open_book, make_account, make_contact, tmp_path):
    account = make_account(name="MÜLLER Maschinenbau GmbH", country="DE")
    make_contact(account, name="Jürgen Müller")
    result = import_file(write_csv(tmp_path / "list.csv", PLAIN))
    assert (result.imported, result.updated) == (2, 1)
    assert Account.get(Account.country == "DE").name == "MÜLLER Maschinenbau GmbH"
    assert Contact.get(Contact.name == "Jürgen Müller").email == "jm@mueller.de"


def test_failure_while_writing_leaves_nothing_behind(open_book, tmp_path, monkeypatch):
    from services.exchange.importer import apply_plan

    plan = plan_import(read_table(write_csv(tmp_path / "list.csv", PLAIN)))

    from services.exchange import import_writer

    insert_rows = import_writer.insert_rows

    def broken_insert(model, records):  # the contacts are inserted after their accounts
        if model is Contact:
            assert Account.select().count() == 2
            raise RuntimeError("disk on fire")
        insert_rows(model, records)

    monkeypatch.setattr(import_writer, "insert_rows", broken_insert)
    with pytest.raises(RuntimeError, match="disk on fire"):
        apply_plan(plan)
    assert Account.select().count() == 0
    assert Contact.select().count() == 0


def test_cancelled_import_writes_nothing(open_book, tmp_path):
    table = read_table(write_csv(tmp_path / "list.csv", PLAIN))
    with pytest.raises(ImportCancelledError):
        run_import(table, progress=lambda done, total: done < total)
    assert Account.select().count() == 0


# ---------------------------------------------------------------- export and round trip


def fill_every_script(make_account, make_contact):
    for code, (company, person) in SCRIPTS.items():
        account = make_account(name=company, country=code, city="", notes=f"Notes of {company}\nsecond line",
                               stage="quoted", source="Canton Fair", tags="vip, fair")
        make_contact(account, name=person, email=f"{code.lower()}@example.com", phone="+1 555 0100",
                     title="=SUM(A1)", messaging={"wechat": f"wx_{code}", "signal": "+1 555"}, role="buyer")
    make_account(name="Lonely Ltd", country="GB")


def snapshot():
    return {
        "accounts": sorted((a.name, a.country, a.notes, a.stage, a.source, a.tags) for a in Account.select()),
        "contacts": sorted((c.account.name, c.name, c.email, c.phone, c.title, c.role, c.messaging)
                           for c in Contact.select()),
    }


@pytest.mark.parametrize("name", ["accounts.csv", "accounts.xlsx"])
def test_export_then_import_into_a_fresh_database_keeps_every_script(open_book, make_account, make_contact,
                                                                     tmp_path, name):
    fill_every_script(make_account, make_contact)
    before = snapshot()
    path = tmp_path / name
    counts = export_accounts(path)
    assert counts["rows"] == len(SCRIPTS) + 1
    assert not (tmp_path / f"{name}.part").exists()
    models.close_database()
    models.open_database(tmp_path / "fresh.sqlite")
    result = import_file(path)
    assert (result.imported, result.skipped) == (len(SCRIPTS) + 1, 0)
    assert snapshot() == before


def test_export_then_import_into_the_same_database_changes_nothing(open_book, make_account, make_contact, tmp_path):
    fill_every_script(make_account, make_contact)
    before = snapshot()
    stamps = sorted(c.updated_at for c in Contact.select())
    path = tmp_path / "accounts.csv"
    export_accounts(path)
    result = import_file(path)
    assert (result.imported, result.updated, result.skipped) == (0, len(SCRIPTS) + 1, 0)
    assert snapshot() == before
    assert sorted(c.updated_at for c in Contact.select()) == stamps


def test_csv_export_has_a_bom_and_keeps_formulas_as_text(open_book, make_account, make_contact, tmp_path):
    fill_every_script(make_account, make_contact)
    path = tmp_path / "accounts.csv"
    export_accounts(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "'=SUM(A1)" in text
    assert "'+1 555 0100" in text
    assert "شركة النور للتجارة" in text


# ---------------------------------------------------------------- command line


def run_cli(capsys, *argv):
    from main import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_prints_counts_and_row_errors_as_json(tmp_path, capsys):
    rows = [PLAIN[0], PLAIN[1], ["Atlantis Trading", "Atlantis", "", "Poseidon", "", "", "", "", ""]]
    path = write_csv(tmp_path / "list.csv", rows)
    db = str(tmp_path / "cli.sqlite")
    code, out, _ = run_cli(capsys, "--db", db, "import", str(path), "--json", "--dry-run")
    assert code == 0
    report = json.loads(out)
    assert (report["imported"], report["skipped"], report["errors"], report["without_country"]) == (2, 0, [], 1)
    assert report["warnings"] == [{"row": 3, "message": "Poseidon: unknown country 'Atlantis' (kept in the notes)"}]
    code, out, _ = run_cli(capsys, "--db", db, "import", str(path), "--json")
    assert json.loads(out)["imported"] == 2
    code, out, _ = run_cli(capsys, "--db", db, "export", str(tmp_path / "out.xlsx"))
    assert code == 0
    assert json.loads(out)["contacts"] == 2
    assert zipfile.is_zipfile(tmp_path / "out.xlsx")


@pytest.mark.parametrize(("name", "content"), [("junk.csv", bytes(range(256)) * 8), ("empty.csv", b""),
                                           ("fake.xlsx", b"not a zip at all")])
def test_cli_import_refuses_unreadable_files_with_exit_2(tmp_path, capsys, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run_cli(capsys, "--db", str(tmp_path / "cli.sqlite"), "import", str(path))
    assert code == 2
    assert out == ""
    assert "Nothing was imported" in err
    assert name in err


def test_cli_import_options_reach_the_reader(tmp_path, capsys):
    path = write_csv(tmp_path / "list.txt", PLAIN, delimiter=";", encoding="gb18030")
    code, out, _ = run_cli(capsys, "--db", str(tmp_path / "cli.sqlite"), "import", str(path), "--json",
                           "--encoding", "gb18030", "--delimiter", "semicolon")
    assert code == 0
    assert json.loads(out)["imported"] == 3
