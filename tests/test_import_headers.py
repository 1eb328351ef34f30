"""Headers of real exports in ten languages map to the import fields; the fixture files are what they claim."""

import codecs
import csv
import io
import json
import re
from pathlib import Path

import pytest

import resources
from services.exchange.country_inference import infer_row_country
from services.exchange.import_headers import bare_header_key, field_for_header, header_key, map_headers
from services.exchange.import_mapping import FIELDS, SYNONYMS, guess_mapping

FIXTURES = Path(__file__).resolve().parent / "data" / "imports"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))["files"]
CSV_FILES = [f for f in MANIFEST if f["format"] == "csv"]
VCARD_FILES = [f for f in MANIFEST if f["format"] == "vcard"]
BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


# ---------------------------------------------------------------- the header table

# A header row per language as its exporters write it (the columns Rapport imports, in the exporter's order).
ROWS = {
    "en": ("First Name,Last Name,Company,Job Title,Business City,Business Country/Region,Business Phone,"
           "E-mail Address,Notes,Web Page"),
    "de": ("Vorname;Nachname;Firma;Position;Ort (geschäftlich);Land/Region (geschäftlich);Telefon (geschäftlich);"
           "E-Mail-Adresse;Notizen;Webseite (geschäftlich)"),
    "fr": ("Prénom,Nom,Société,Profession,Ville (bureau),Pays/Région (bureau),Téléphone (bureau),"
           "Adresse de messagerie,Notes,Page Web"),
    "es": ("Nombre,Apellidos,Compañía,Puesto,Ciudad de trabajo,País o región del trabajo,Teléfono del trabajo,"
           "Dirección de correo electrónico,Notas,Página web"),
    "pt": ("Nome,Sobrenome,Empresa,Cargo,Cidade Comercial,País/Região Comercial,Telefone Comercial,"
           "Endereço de Email,Anotações,Página da Web"),
    "it": ("Nome,Cognome,Società,Posizione,Città (uff.),Paese/area geografica (uff.),Telefono (uff.),"
           "Indirizzo posta elettronica,Note,Pagina Web"),
    "nl": ("Voornaam,Achternaam,Bedrijf,Functie,Werkadres, plaats,Land/regio (werk),Telefoon op werk,E-mailadres,"
           "Notities,Webpagina"),
    "ru": ("Имя,Фамилия,Организация,Должность,Город (раб. адрес),Страна или регион (раб. адрес),Рабочий телефон,"
           "Адрес эл. почты,Заметки,Веб-страница"),
    "zh": "名,姓,单位,职务,商务地址 市/县,商务地址 国家/地区,商务电话,电子邮件地址,附注,网页",
    "ja": "名,姓,会社名,役職,会社 市区町村,会社 国/地域,会社電話,電子メール アドレス,メモ,Web ページ",
}
EXPECTED = ["first_name", "last_name", "company", "title", "city", "country", "phone", "email", "notes", "website"]


def _split(row: str) -> list[str]:
    if ";" in row:
        return row.split(";")
    # "Werkadres, plaats" holds a comma: Outlook quotes it in the file; here it is the one known such header.
    return [h.replace("§", ", ") for h in row.replace("Werkadres, plaats", "Werkadres§plaats").split(",")]


@pytest.mark.parametrize("language", sorted(ROWS))
def test_an_exporters_header_row_maps_in_each_language(language):
    assert [field_for_header(h) for h in _split(ROWS[language])] == EXPECTED


@pytest.mark.parametrize(("header", "field"), [
    ("Land/Region (geschäftlich)", "country"), ("Land/Region geschäftlich", "country"), ("E-Mail 2: Adresse", "email"),
    ("E-mail 1 - Value", "email"), ("Phone 2 - Value", "phone"), ("Organization 1 - Name", "company"),
    ("Address 1 - Country", "country"), ("姓 (ふりがな)", ""), ("Anrede", ""), ("Business Fax", ""),
    ("公司名称（英文）", "company"), ("  e-mail address ", "email")])
def test_single_headers(header, field):
    assert field_for_header(header) == field


def test_a_header_nobody_writes_is_unknown():
    assert field_for_header("Lieblingsfarbe") is None
    assert field_for_header("") is None


def test_map_headers_leaves_known_but_ignored_columns_out():
    assert map_headers(["Anrede", "Vorname", "Fax geschäftlich", "Firma"]) == {1: "first_name", 3: "company"}


def _raw_table() -> dict:
    return json.loads(resources.path("import_headers.json").read_text(encoding="utf-8"))["languages"]


def test_every_header_names_one_field_in_every_language():
    owners: dict[str, set[str]] = {}
    for fields in _raw_table().values():
        for field, headers in fields.items():
            for header in headers:
                owners.setdefault(header_key(header), set()).add(field)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_the_table_maps_only_to_import_fields():
    used = {field for fields in _raw_table().values() for field in fields}
    # website is new: the importer keeps it in the company notes and uses it to infer a country.
    assert used <= set(FIELDS) | {"website", ""}


def test_the_table_covers_the_ten_languages():
    assert set(_raw_table()) == {"en", "de", "fr", "es", "pt", "it", "nl", "ru", "zh", "ja"}


def test_the_table_differs_from_the_plain_sheet_synonyms_only_where_meant():
    # Outlook, Thunderbird and WLM write "Nombre"/"Имя" beside a surname column: there they are the first name.
    meant = {"nombre", "имя"}
    clashes = {bare_header_key(h) for field, headers in SYNONYMS.items() for h in headers
               if field_for_header(h) not in (None, field)}
    assert clashes == meant


# ---------------------------------------------------------------- the fixture files


def _decoded(entry: dict) -> str:
    data = (FIXTURES / entry["file"]).read_bytes()
    bom = BOMS.get(entry["encoding"], b"")
    assert data.startswith(bom) == entry["bom"] or not bom
    return data[len(bom):].decode(entry["encoding"].split(" ")[0]) if entry["bom"] else data.decode(
        entry["encoding"].split(" ")[0])


def _rows(entry: dict) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(_decoded(entry)), delimiter=entry["delimiter"]))
    return rows[0], rows[1:]


def _mapping(headers: list[str]) -> dict[int, str]:
    """How the importer maps once wired: the exporters' table first, its own synonyms for headers it lacks."""
    plain = guess_mapping(headers)
    mapping = {i: plain[i] for i, h in enumerate(headers) if field_for_header(h) is None and i in plain}
    return {**mapping, **map_headers(headers)}


def _values(headers: list[str], cells: list[str]) -> dict[str, str]:
    """What the importer's row_values() makes of a row: the first non-empty column per field."""
    values: dict[str, str] = {}
    for index, field in sorted(_mapping(headers).items()):
        if index < len(cells) and cells[index].strip() and field not in values:
            values[field] = cells[index].strip()
    return values


@pytest.mark.parametrize("entry", CSV_FILES, ids=[f["file"] for f in CSV_FILES])
def test_each_csv_fixture_is_in_its_claimed_encoding_and_shape(entry):
    headers, rows = _rows(entry)
    assert 4 <= len(rows) <= 8
    assert all(len(r) == len(headers) for r in rows)


def test_the_fixtures_are_in_the_encodings_the_issue_names():
    encodings = {f["encoding"] for f in MANIFEST}
    assert {"cp1252", "gbk", "utf-16-le", "utf-16-be", "shift_jis"} <= encodings
    charsets = {m for f in VCARD_FILES for m in re.findall(rb"CHARSET=([\w-]+)", (FIXTURES / f["file"]).read_bytes())}
    assert {b"UTF-8", b"WINDOWS-1251", b"SHIFT_JIS", b"GB2312"} <= charsets


@pytest.mark.parametrize("entry", CSV_FILES, ids=[f["file"] for f in CSV_FILES])
def test_each_csv_fixtures_columns_map_to_their_fields(entry):
    headers, _ = _rows(entry)
    mapped = {headers[i]: field for i, field in _mapping(headers).items()}
    assert {h: mapped.get(h) for h in entry["columns"].values()} == {h: f for f, h in entry["columns"].items()}


@pytest.mark.parametrize("entry", CSV_FILES, ids=[f["file"] for f in CSV_FILES])
def test_each_csv_fixture_row_gets_the_country_its_clues_give(entry):
    headers, rows = _rows(entry)
    got = [infer_row_country(_values(headers, cells))[:2] for cells in rows]
    assert got == [(p["country"], p["country_source"]) for p in entry["people"]]


@pytest.mark.parametrize("entry", CSV_FILES, ids=[f["file"] for f in CSV_FILES])
def test_each_csv_fixture_row_names_its_person(entry):
    headers, rows = _rows(entry)
    for cells, person in zip(rows, entry["people"], strict=True):
        values = _values(headers, cells)
        name = values.get("contact_name") or " ".join(
            v for v in (values.get("first_name"), values.get("last_name")) if v)
        assert set(re.sub(r"\s", "", person["name"])) <= set(re.sub(r"\s", "", name)), (name, person["name"])


@pytest.mark.parametrize("entry", VCARD_FILES, ids=[f["file"] for f in VCARD_FILES])
def test_each_vcard_fixture_holds_its_people_in_its_encoding(entry):
    text = _decoded(entry)
    assert text.count("BEGIN:VCARD") == text.count("END:VCARD") == len(entry["people"])


def test_quoted_printable_fixtures_have_soft_line_breaks():
    data = (FIXTURES / "android_vcard21_utf8_qp.vcf").read_bytes()
    assert re.search(rb"=\r\n[^ ]", data)
