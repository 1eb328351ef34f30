"""An imported row's country: from its country field, else phone code, else ccTLD, else a city naming one country."""

import json

import pytest

import resources
from services.countries import try_resolve_country
from services.exchange.country_inference import (
    CountryGuess,
    city_key,
    country_from_city,
    country_from_domain,
    infer_country,
    infer_row_country,
)


def test_the_country_field_comes_first():
    guess = infer_country("Deutschland", ["+33 1 42 68 53 00"], ["a@firma.it"], "Madrid")
    assert guess == CountryGuess("DE", "country_field", "Deutschland", "")


def test_then_the_phones_country_code():
    assert infer_country("", ["0711 1234567", "+33 1 42 68 53 00"], ["a@firma.it"], "Madrid")[:3] == \
        ("FR", "phone", "+33 1 42 68 53 00")


def test_then_the_domain_of_an_email_or_website():
    assert infer_country("", ["0711 1234567"], ["someone@gmail.com", "www.firma.it"], "Madrid")[:3] == \
        ("IT", "domain", "www.firma.it")


def test_then_a_city_that_names_one_country():
    assert infer_country("", [], ["someone@gmail.com"], "Köln")[:3] == ("DE", "city", "Köln")


def test_nothing_known_gives_no_country_and_no_error():
    assert infer_country("", ["0711 1234567"], ["someone@gmail.com"], "Springfield") == CountryGuess("", "", "", "")


@pytest.mark.parametrize("placeholder", ["Land Firma", "Country/Region", "Land/Region (geschäftlich)", "n/a", "-",
                                         "国家/地区", "Pays/Région"])
def test_a_placeholder_country_is_no_country_and_no_warning(placeholder):
    assert infer_country(placeholder, [], [], "") == CountryGuess("", "", "", "")


def test_an_unknown_country_text_falls_through_and_is_reported():
    guess = infer_country("Narnia", [], ["info@firma.co.jp"], "")
    assert guess == CountryGuess("JP", "domain", "info@firma.co.jp", "Narnia")


@pytest.mark.parametrize(("address", "code"), [
    ("info@firma.de", "DE"), ("https://www.loja.com.br/contato", "BR"), ("sales@kaisha.co.jp", "JP"),
    ("buyer@shop.co.uk", "GB"), ("x@empresa.com.co", "CO"), ("x@startup.io", ""), ("x@agency.co", ""),
    ("x@gmail.com", ""), ("x@eu-agency.eu", ""), ("not an address", "")])
def test_country_code_domains(address, code):
    assert country_from_domain(address) == code


@pytest.mark.parametrize(("city", "code"), [
    ("München", "DE"), ("Munich", "DE"), ("70173 Stuttgart", "DE"), ("Санкт-Петербург", "RU"),
    ("St. Petersburg", "RU"), ("大阪", "JP"), ("上海", "CN"), ("臺北", "TW"), ("서울", "KR"),
    ("กรุงเทพมหานคร", "TH"), ("दिल्ली", "IN"), ("دبي", "AE"), ("Stuttgart, Baden-Württemberg", "DE"),
    ("Lyon, France", "FR"), ("Valencia", ""), ("Córdoba", ""), ("Santiago", "")])
def test_cities_name_their_country_in_any_script(city, code):
    assert country_from_city(city) == code


def test_google_cells_with_several_values_are_each_tried():
    values = {"phone": "0711 1234567 ::: +39 02 1234 5678", "email": "a@gmail.com"}
    assert infer_row_country(values)[:2] == ("IT", "phone")


def _city_data():
    return json.loads(resources.path("cities.json").read_text(encoding="utf-8"))


def test_the_city_list_names_each_city_once():
    seen: dict[str, str] = {}
    clashes = []
    for code, entries in _city_data()["cities"].items():
        for name in (n for entry in entries for n in entry.split("|")):
            key = city_key(name)
            if key in seen and seen[key] != code:
                clashes.append((name, seen[key], code))
            seen[key] = code
    assert clashes == []
    assert len({e for entries in _city_data()["cities"].values() for e in entries}) >= 300


def test_no_city_name_is_another_countrys_name():
    wrong = [(name, code, found.code) for code, entries in _city_data()["cities"].items()
             for name in (n for entry in entries for n in entry.split("|"))
             if (found := try_resolve_country(name)) and found.code != code]
    assert wrong == []


def test_every_country_in_the_city_list_is_known():
    assert [c for c in _city_data()["cities"] if not try_resolve_country(c)] == []


def test_cities_left_out_as_ambiguous_are_not_listed():
    assert [n for n in ("Valencia", "Córdoba", "Hyderabad", "San José", "Victoria", "Birmingham", "Kochi")
            if country_from_city(n)] == []


@pytest.mark.parametrize(("text", "code"), [
    ("Frankreich", "FR"), ("Vereinigte Staaten", "US"), ("Estados Unidos", "US"), ("アメリカ合衆国", "US"),
    ("Украина", "UA"), ("Alemania", "DE"), ("Reino Unido", "GB"), ("Stati Uniti", "US"), ("Verenigde Staten", "US")])
def test_country_names_in_the_exporters_languages_resolve(text, code):
    assert infer_country(text)[:2] == (code, "country_field")


def test_other_language_names_never_override_a_countrys_own_spellings():
    assert [try_resolve_country(t).code for t in ("DE", "AO", "Georgia", "Niger", "Dominica")] == \
        ["DE", "AO", "GE", "NE", "DM"]
