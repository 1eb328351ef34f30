"""Writing to a customer: every market's salutation and sign-off, and a salutation filled for a contact."""

import json
import re
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resources
import services.countries.writing as wr
from models.enums import Region
from services.countries.names import read_name

DATA = json.loads(resources.path("writing.json").read_text(encoding="utf-8"))
ETIQUETTE_MARKETS = sorted(p.stem for p in resources.path("etiquette").glob("*.json"))
CJK = re.compile(r"[\u3400-\u9fff]")
SLOT = re.compile(r"\{(\w+)\}")


class Person(NamedTuple):
    name: str
    title: str = ""


def _assert_form(form: wr.LetterForm, label: str) -> None:
    assert {"male", "female", "neutral"} <= set(form.templates), f"{label}: a form is missing"
    assert form.sign_off.strip(), f"{label}: no sign-off"
    for key, template in form.templates.items():
        assert set(SLOT.findall(template)) <= {"name", "full", "title"}, f"{label} {key}: unknown slot"
        if not form.names_omitted:
            assert any(slot in template for slot in wr.NAME_SLOTS), f"{label} {key}: no name slot"


def test_every_market_with_etiquette_notes_has_a_writing_entry():
    assert wr.markets() == ETIQUETTE_MARKETS


@pytest.mark.parametrize("code", ETIQUETTE_MARKETS)
def test_market_entry_is_complete_in_both_languages(code):
    w = wr.writing_of(code)
    assert w.level == "country"
    _assert_form(w.local, f"{code} local")
    _assert_form(w.english, f"{code} english")
    assert w.notes.get("en", "").strip(), f"{code}: no English note"
    assert CJK.search(w.notes.get("zh", "")), f"{code}: the Chinese note has no Chinese"


@pytest.mark.parametrize("name", sorted(DATA["languages"]))
def test_language_defaults_are_complete(name):
    w = wr._resolved({"like": name})
    _assert_form(wr._form(w["local"], w["language"]), f"languages.{name}")
    assert CJK.search(w["note"]["zh"])


def test_every_region_has_a_default_with_a_chinese_note():
    assert set(DATA["regions"]) == {r.value for r in Region}
    assert all(CJK.search(entry["note"]["zh"]) for entry in DATA["regions"].values())


def test_a_country_without_its_own_entry_takes_its_language_then_its_region():
    assert (wr.writing_of("AT").level, wr.writing_of("AT").local.language) == ("language", "de")
    assert (wr.writing_of("UA").level, wr.writing_of("UA").local.language) == ("region", "en")


@pytest.mark.parametrize(("country", "person", "expected"), [
    ("DE", Person("Anna Müller", "Frau Dr."), "Sehr geehrte Frau Dr. Müller,"),
    ("DE", Person("Dr. Hans Müller", "Herr, Einkaufsleiter"), "Sehr geehrter Herr Dr. Müller,"),
    ("JP", Person("田中 太郎"), "田中様"),
    ("JP", Person("Taro TANAKA"), "Tanaka様"),
    ("RU", Person("Иван Петрович Смирнов"), "Уважаемый Иван Петрович!"),
    ("RU", Person("Смирнова Анна Сергеевна"), "Уважаемая Анна Сергеевна!"),
    ("TR", Person("Ahmet Yılmaz", "Bey"), "Sayın Ahmet Bey,"),
    ("TR", Person("Ayşe Hanım"), "Sayın Ayşe Hanım,"),
    ("ID", Person("Budi Santoso", "Bapak"), "Yth. Bapak Budi,"),
    ("VN", Person("Nguyễn Văn Hùng", "anh"), "Kính gửi anh Hùng,"),
    ("ES", Person("Juan Pérez García", "Sr., Ing."), "Estimado Ing. Pérez García:"),
    ("MX", Person("Carlos Hernández", "Ing."), "Estimado/a Ing. Hernández:"),
    ("BR", Person("João Silva Santos", "Sr."), "Prezado Sr. Santos,"),
    ("BR", Person("Ana Costa", "Dra."), "Prezada Dra. Costa,"),
    ("CN", Person("欧阳娜娜", "女士"), "尊敬的欧阳女士："),
    ("NL", Person("Pieter van der Berg", "heer"), "Geachte heer Van der Berg,"),
])
def test_salutation_is_filled_for_a_known_name_and_title(country, person, expected):
    assert wr.salutation(country, person).local == expected


def test_english_salutation_uses_the_title_in_place_of_mr_or_ms():
    assert wr.salutation("NG", Person("Emeka Okafor", "Engr.")).english == "Dear Engr. Okafor,"


def test_vietnamese_english_salutation_uses_the_given_name():
    assert wr.salutation("VN", Person("Nguyễn Văn Hùng", "Mr")).english == "Dear Mr Hùng,"


@pytest.mark.parametrize(("country", "name", "expected"), [
    ("DE", "Andrea Schmidt", "Guten Tag Andrea Schmidt,"),
    ("TR", "Ahmet Yılmaz", "Sayın Ahmet Yılmaz,"),
    ("ID", "Budi Santoso", "Yth. Bapak/Ibu Budi,"),
    ("VN", "Nguyễn Thị Lan", "Kính gửi anh/chị Lan,"),
    ("BR", "Ana Costa", "Prezado(a) Ana Costa,"),
    ("CN", "王伟", "王伟，您好："),
])
def test_unknown_gender_takes_the_neutral_form(country, name, expected):
    found = wr.salutation(country, Person(name))
    assert (found.form, found.local) == ("neutral", expected)


def test_a_given_name_alone_never_sets_a_gender():
    assert read_name("Maria Anna Sasha Andrea").gender == ""


def test_a_russian_patronymic_says_the_gender():
    assert read_name("Анна Сергеевна Иванова").gender == "female"


def test_an_initial_is_not_taken_for_an_honorific():
    assert read_name("John M. Smith").gender == ""


def test_family_names_that_are_also_honorifics_stay_names():
    assert read_name("Pak Min-su", order="family_given").family == "Pak"


def test_unspaced_chinese_name_splits_off_a_compound_family_name():
    assert (read_name("司马光").family, read_name("司马光").given) == ("司马", "光")


def test_unspaced_japanese_name_is_kept_whole():
    assert wr.salutation("JP", Person("田中太郎")).local == "田中太郎様"


def test_no_name_shows_the_template_with_a_placeholder():
    found = wr.salutation("DE", Person(""))
    assert (found.filled, found.local) == (False, f"Guten Tag {wr.PLACEHOLDER},")


def test_unknown_country_takes_the_english_forms():
    assert wr.salutation("", Person("Sam Lee", "Ms")).line() == "Dear Ms Lee, … Kind regards"


def test_polish_salutation_leaves_the_name_out():
    assert wr.salutation("PL", Person("Jan Kowalski", "Pan")).local == "Szanowny Panie,"


def test_line_carries_the_opening_and_the_sign_off():
    line = wr.salutation("JP", Person("田中 太郎")).line()
    assert line == "田中様 いつもお世話になっております。 … 今後ともよろしくお願いいたします。"


@settings(max_examples=150, deadline=None)
@given(country=st.sampled_from(["", "DE", "JP", "RU", "TR", "ID", "VN", "ES", "BR", "CN", "KR", "TH", "SA", "UA"]),
       name=st.text(max_size=40), title=st.text(max_size=20))
def test_any_name_and_title_give_a_salutation_without_template_slots(country, name, title):
    found = wr.salutation(country, Person(name, title))
    typed = {w for w in f"{name} {title}".split() if "{" in w}  # braces the person typed are theirs to keep
    shown = " ".join(w for w in found.local.split() if not any(t in w for t in typed))
    assert not SLOT.search(shown)


def test_an_abbreviated_title_in_the_name_goes_into_the_salutation():
    assert wr.salutation("MX", Person("Ing. Carlos Hernández")).local == "Estimado/a Ing. Hernández:"
