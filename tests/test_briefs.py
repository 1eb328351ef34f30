"""PDF briefs: every script printed with embedded fonts, markup printed literally, packs, both languages."""

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from services import accounts, commitments
from services.briefs import builder
from services.briefs.builder import BriefCancelledError

TODAY = dt.date(2026, 11, 23)
PEOPLE = [("Jürgen Müller", "decision_maker"), ("王伟", "buyer"), ("山田太郎 さくら", "influencer"),
          ("김민준", "technical"), ("Дмитрий Иванов", "agent"), ("Šime Ćosić", "finance"), ("สมชาย ใจดี", "other"),
          ("محمد العلي", "official"), ("राजेश कुमार", "buyer")]
MARKUP = 'Use <b>bold</b> & <font name="x"> "quoted" \'single\''


@pytest.fixture
def account(make_account, make_contact):
    a = make_account(name="Müller & Söhne <b>GmbH</b>", country="DE", city="Stuttgart", notes=MARKUP)
    for name, role in PEOPLE:
        make_contact(a, name=name, role=role, email="x@example.com")
    accounts.log_interaction(a.uuid, {"occurred_at": dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC), "purpose": "quote",
                                      "response": "cold", "summary": "Quote for 集装箱 & <prices>"})
    commitments.create_commitment(a.uuid, {"title": "Year-end rebate", "kind": "rebate", "promised_by": "Li Na",
                                           "promised_at": "2026-11-01", "due_date": "2026-11-20",
                                           "approval": "pending"})
    return a


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def fonts_of(path) -> dict[str, bool]:
    """Every font used on every page -> whether its program is embedded."""
    found = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def test_brief_prints_every_script_with_embedded_fonts(account, tmp_path):
    path, _name = builder.write_brief(account.uuid, tmp_path / "b.pdf", today=TODAY)
    text = text_of(path)
    for person in ("Jürgen Müller", "王伟", "山田太郎", "さくら", "김민준", "Дмитрий Иванов", "Šime Ćosić"):
        assert person in text, person
    for low, high in ((0x0E00, 0x0E7F), (0x0600, 0x06FF), (0xFE70, 0xFEFF), (0x0900, 0x097F)):
        if low == 0x0600:  # Arabic is printed in its joined presentation forms
            assert re.search("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]", text)
            continue
        if low == 0xFE70:
            continue
        assert any(low <= ord(ch) <= high for ch in text), hex(low)
    fonts = fonts_of(path)
    assert fonts
    assert all(fonts.values()), fonts
    names = " ".join(fonts)
    for family in ("RapportSansSC", "NanumGothic", "NotoSansArabic", "NotoSansThai", "NotoSansDevanagari"):
        assert family in names
    assert "Helvetica" not in names


def test_users_markup_is_printed_literally(account, tmp_path):
    path, _ = builder.write_brief(account.uuid, tmp_path / "b.pdf", today=TODAY)
    text = " ".join(text_of(path).split())
    assert "Müller & Söhne <b>GmbH</b>" in text
    assert 'Use <b>bold</b> & <font name="x"> "quoted" \'single\'' in text
    assert "集装箱 & <prices>" in text


def test_brief_content_risk_trust_and_etiquette(account, tmp_path):
    path, _ = builder.write_brief(account.uuid, tmp_path / "b.pdf", today=TODAY)
    text = " ".join(text_of(path).split())
    assert "Open promises" in text
    assert "Year-end rebate" in text
    assert "High" in text
    assert "3 day(s) late" in text
    assert "Trust record: Kept 0 · Late 0 · Broken 0 · Open 1" in text
    assert "Christmas" in text  # holidays and festivals within 90 days
    assert "Etiquette" in text
    assert "Greeting:" in text
    assert "Shake hands" in text
    assert "Decision maker" in text


def test_chinese_brief_has_chinese_headings(account, tmp_path):
    path, _ = builder.write_brief(account.uuid, tmp_path / "zh.pdf", lang="zh", today=TODAY)
    text = " ".join(text_of(path).split())
    for heading in ("联系人", "下次跟进", "未完成承诺", "信任记录", "近期互动", "礼仪提示", "第 1 页", "问候"):
        assert heading in text


def test_letter_paper(account, tmp_path):
    path, _ = builder.write_brief(account.uuid, tmp_path / "l.pdf", today=TODAY, paper="letter")
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_long_notes_are_cut_with_an_ellipsis_not_lost(make_account, tmp_path):
    note = ("Very long note. " * 3000) + "THE END"
    a = make_account(name="Long", country="TH", notes=note + " " + "ก" * 300)
    path, _ = builder.write_brief(a.uuid, tmp_path / "long.pdf", today=TODAY)
    text = text_of(path)
    assert "…" in text
    assert "THE END" not in text
    assert len(PdfReader(path).pages) <= 3
    assert accounts.get_account(a.uuid).notes.startswith(note)  # the database keeps every word


def test_pack_has_cover_contents_sections_and_page_numbers(make_account, tmp_path):
    made = [make_account(name=f"Account {i}", country=c, source="Canton Fair 2026")
            for i, c in enumerate(["DE", "JP", "SA", "BR", "IN"])]
    calls = []
    pages = builder.write_pack([a.uuid for a in made], tmp_path / "pack.pdf", today=TODAY,
                                     subtitle="Canton Fair 2026", progress=lambda d, t: calls.append((d, t)))
    reader = PdfReader(tmp_path / "pack.pdf")
    assert pages == len(reader.pages) >= 2 + 5
    assert "Canton Fair 2026" in reader.pages[0].extract_text()
    contents = reader.pages[1].extract_text()
    assert "Contents" in contents
    assert all(f"Account {i}" in contents for i in range(5))
    assert f"Page {pages} of {pages}" in reader.pages[-1].extract_text()
    assert calls[0] == (1, 5)
    assert calls[-1] == (5, 5)
    first = int(re.search(r"Account 0\s+Germany\s+(\d+)", contents).group(1))
    assert "Account 0" in reader.pages[first - 1].extract_text()


def test_cancelled_pack_leaves_no_file(make_account, tmp_path):
    made = [make_account(name=f"A{i}", country="DE") for i in range(3)]
    target = tmp_path / "out" / "pack.pdf"
    target.parent.mkdir()
    with pytest.raises(BriefCancelledError):
        builder.write_pack([a.uuid for a in made], target, today=TODAY, progress=lambda d, t: d < 1)
    assert list(target.parent.iterdir()) == []


def test_unknown_account_is_a_clear_error(open_book, tmp_path):
    from services.errors import NotFoundError

    with pytest.raises(NotFoundError, match="No account"):
        builder.write_brief("Nobody Ltd", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_brief_preview_and_pack_dialog(qtbot, account, make_account, tmp_path):
    from ui.dialogs.brief_preview import BriefPreview
    from ui.dialogs.pack_dialog import PackDialog

    path, name = builder.write_brief(account.uuid, tmp_path / "b.pdf", today=TODAY)
    preview = BriefPreview(path, name)
    qtbot.addWidget(preview)
    assert preview.page_count() == len(PdfReader(path).pages)
    preview.save_to(tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == path.read_bytes()

    other = make_account(name="Second", country="JP")
    dialog = PackDialog([account.uuid, other.uuid])
    qtbot.addWidget(dialog)
    assert dialog.sel_radio.isChecked()
    target = tmp_path / "pack.pdf"
    with qtbot.waitSignal(dialog.built, timeout=30_000) as blocker:  # connected before the worker starts
        dialog.build(target)
    assert blocker.args == [str(target)]
    assert dialog.progress.value() == 2
    assert "pages" in dialog.status.text()
