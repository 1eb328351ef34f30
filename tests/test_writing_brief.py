"""The printed brief's "Writing to them": a salutation per person, in the customer's language and in English."""

import datetime as dt
import unicodedata

import pytest
from pypdf import PdfReader

from services.briefs import builder

TODAY = dt.date(2026, 11, 23)


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def german_account(make_account, make_contact):
    account = make_account(country="DE")
    make_contact(account, "Hans Müller", title="Herr Dr.", role="decision_maker")
    return account


def test_brief_prints_the_salutation_of_each_person(german_account, tmp_path):
    path, _name = builder.write_brief(german_account.uuid, tmp_path / "b.pdf", today=TODAY)
    assert "Sehr geehrter Herr Dr. Müller, … Mit freundlichen Grüßen" in text_of(path)


def test_brief_prints_the_english_form_beside_it(german_account, tmp_path):
    path, _name = builder.write_brief(german_account.uuid, tmp_path / "b.pdf", today=TODAY)
    assert "In English: Dear Dr. Müller, … Kind regards" in text_of(path)


def test_chinese_brief_prints_the_section_and_the_chinese_note(german_account, tmp_path):
    path, _name = builder.write_brief(german_account.uuid, tmp_path / "b.pdf", lang="zh", today=TODAY)
    text = text_of(path)
    assert ("写信称呼" in text, "用 Herr（先生）或 Frau（女士）加姓氏" in text) == (True, True)


@pytest.mark.parametrize(("country", "name", "printed"), [
    ("RU", "Иван Петрович Смирнов", "Уважаемый Иван Петрович!"),
    ("VN", "Nguyễn Văn Hùng", "Kính gửi anh/chị Hùng,"),
    ("JP", "田中 太郎", "田中様"),
    ("KR", "김민수", "김민수 님께"),
])
def test_brief_prints_salutations_in_their_script(make_account, make_contact, tmp_path, country, name, printed):
    account = make_account(country=country)
    make_contact(account, name)
    path, _name = builder.write_brief(account.uuid, tmp_path / "b.pdf", today=TODAY)
    assert printed in text_of(path)


def test_brief_prints_a_thai_salutation(make_account, make_contact, tmp_path):
    account = make_account(country="TH")
    make_contact(account, "สมชาย ใจดี")
    path, _name = builder.write_brief(account.uuid, tmp_path / "b.pdf", today=TODAY)
    assert "เรียน" in text_of(path)


def test_brief_prints_an_arabic_salutation(make_account, make_contact, tmp_path):
    account = make_account(country="SA")
    make_contact(account, "خالد العتيبي", title="Mr")
    path, _name = builder.write_brief(account.uuid, tmp_path / "b.pdf", today=TODAY)
    # Arabic is printed in its joined presentation forms; NFKC gives the letters back.
    assert "السيد" in unicodedata.normalize("NFKC", text_of(path))


def test_brief_without_contacts_has_no_writing_section(make_account, tmp_path):
    path, _name = builder.write_brief(make_account().uuid, tmp_path / "b.pdf", today=TODAY)
    assert "Writing to them" not in text_of(path)
