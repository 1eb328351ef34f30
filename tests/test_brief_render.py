"""PDF rendering of briefs and packs: every script printed in embedded fonts, text printed literally, packs paged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import unicodedata
from zoneinfo import ZoneInfo

import pypdf
import pytest

from services.briefs import (
    BriefAccount,
    BriefCancelled,
    BriefContact,
    BriefData,
    BriefHoliday,
    BriefInteraction,
    BriefPromise,
    BriefTouch,
    BriefTrust,
    PackData,
    render_brief,
    render_pack,
)

NOW = dt.datetime(2025, 3, 4, 9, 15, tzinfo=ZoneInfo("Asia/Shanghai"))
LITERAL = '<b>bold</b> & <font name="x"> "double" \'single\''
PLAIN_NAMES = ["王伟", "山田太郎", "さくら", "김민준", "Дмитрий Иванов", "Šime Ćosić", "Jürgen Müller", "Ngô Bảo Châu"]
THAI, ARABIC, HINDI = "สมชาย ใจดี", "محمد العلي", "राजेश कुमार"
POINTS_PER_MM = 72 / 25.4


def brief(lang: str = "en", name: str = "Müller Maschinenbau GmbH", **changes) -> BriefData:
    contacts = [BriefContact(n, role="buyer", role_label="Buyer") for n in [*PLAIN_NAMES, THAI, ARABIC, HINDI]]
    contacts[6] = BriefContact("Jürgen Müller", "Geschäftsführer", "decision_maker", "Decision maker",
                               "j.mueller@example.de", "+49 89 1234", {"WhatsApp": "+49 170 555"}, "Prefers e-mail")
    data = BriefData(
        account=BriefAccount(name=name, country_code="DE", country_name="Germany", city="München",
                             stage="Negotiating", priority="High", source="Canton Fair", tags=("machinery",),
                             timezone="Europe/Berlin", local_time_text="Tue 02:15", working_window="09:00–17:00",
                             inside_hours=False, languages=("German",)),
        generated_at=NOW, lang=lang, contacts=contacts,
        holidays=[BriefHoliday(dt.date(2025, 4, 18), "Good Friday", "Karfreitag"),
                  BriefHoliday(dt.date(2025, 4, 20), "Easter", "Ostern", "festival")],
        touches=[BriefTouch("Wed 10:00", "Wed 17:00", "Quote follow-up", "No reply for 12 days", "Jürgen Müller")],
        promises=[BriefPromise("Send price list", "Document", dt.date(2025, 3, 6), "Li Na", "high", "Due in 2 days",
                               "Needed for Friday's board meeting.", "Ask finance today.", "Approval pending"),
                  BriefPromise("Hold price", "Price hold", None, "", "low")],
        trust=BriefTrust(kept=12, late=2, broken=1, open=3),
        interactions=[BriefInteraction("3 Mar", "E-mail", "Quote", "warm", "Warm", "Jürgen Müller", "Thanked us."),
                      BriefInteraction("2 Mar", "Phone", "Check-in", "cold", "Cold", "王伟", "Busy.")],
        firm_notes="Quotes in EUR.", account_notes=f"Pays on time. Literal: {LITERAL}",
        etiquette=[("Greeting", "Firm handshake."), ("Gifts", "Modest gifts only.")],
        etiquette_sources=["Commisceo Global"],
    )
    return dataclasses.replace(data, **changes)


def pdf_text(source) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(source).pages)


def page_fonts(source) -> list[dict]:
    """Each page's font resources: base font name and whether a TrueType font file is embedded."""
    out = []
    for page in pypdf.PdfReader(source).pages:
        fonts = {}
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts[str(font["/BaseFont"])] = embedded
        out.append(fonts)
    return out


@pytest.fixture
def en_pdf(tmp_path):
    path = tmp_path / "brief.pdf"
    render_brief(brief(), path)
    return path


def test_latin_cyrillic_and_cjk_names_are_printed_as_text(en_pdf):
    text = pdf_text(en_pdf)
    missing = [name for name in PLAIN_NAMES if name not in text]
    assert missing == []


def test_thai_arabic_and_devanagari_are_printed_in_their_fonts(en_pdf):
    used = set().union(*page_fonts(en_pdf))
    text = unicodedata.normalize("NFKC", pdf_text(en_pdf))  # Arabic comes back as presentation forms
    assert {"NotoSansThai", "NotoSansArabic", "NotoSansDevanagari"} <= {re.sub(r"^\w+\+|-\w+$", "", f[1:])
                                                                       for f in used}
    assert "สมชาย" in text
    assert "ใจดี" in text
    assert "محمد" in text or "محمد"[::-1] in text
    assert re.search("[\u0900-\u097f]{3}", text)


def test_every_font_is_embedded_and_helvetica_is_never_used(en_pdf):
    for fonts in page_fonts(en_pdf):
        assert fonts
        assert all(fonts.values()), fonts


def test_user_markup_is_printed_literally(en_pdf):
    assert LITERAL in pdf_text(en_pdf)


def test_markup_in_every_field_cannot_break_the_pdf(tmp_path):
    nasty = '</para><b>x & y <font name="nope"> &amp; &#0; <br/> \x00\x07 \ud800 \u202e ]]>'
    data = brief(account=BriefAccount(name=nasty, city=nasty, tags=(nasty,)), firm_notes=nasty,
                 contacts=[BriefContact(nasty, nasty, "decision_maker", nasty, nasty, nasty, {nasty: nasty}, nasty)],
                 etiquette=[(nasty, nasty)], etiquette_sources=[nasty])
    render_brief(data, tmp_path / "nasty.pdf")
    assert "</para><b>x & y <font name=\"nope\">" in pdf_text(tmp_path / "nasty.pdf")


def test_chinese_brief_has_chinese_headings(tmp_path):
    render_brief(brief("zh"), tmp_path / "zh.pdf")
    text = pdf_text(tmp_path / "zh.pdf")
    assert all(word in text for word in ("联系人", "下次跟进", "未完成承诺", "信任记录", "近期互动", "当地时间"))


@pytest.mark.parametrize(("paper", "size_mm"), [("a4", (210, 297)), ("letter", (215.9, 279.4))])
def test_paper_size_sets_the_media_box(tmp_path, paper, size_mm):
    render_brief(brief(), tmp_path / "b.pdf", paper=paper)
    box = pypdf.PdfReader(tmp_path / "b.pdf").pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx([s * POINTS_PER_MM for s in size_mm], abs=0.5)


def test_brief_fits_two_pages_with_numbered_footer(en_pdf):
    reader = pypdf.PdfReader(en_pdf)
    assert len(reader.pages) <= 2
    assert f"Page 1 of {len(reader.pages)}" in reader.pages[0].extract_text()


def test_brief_writes_to_a_file_object():
    buffer = io.BytesIO()
    render_brief(brief(), buffer)
    assert buffer.getvalue().startswith(b"%PDF")


def test_huge_note_is_cut_with_an_ellipsis(tmp_path):
    render_brief(brief(account_notes="Long meeting notes. " * 2500), tmp_path / "long.pdf")
    text = pdf_text(tmp_path / "long.pdf")
    assert "…" in text
    assert text.count("Long meeting notes.") < 100


@pytest.mark.parametrize("token", ["x" * 300, "漢" * 300, "ที่นี่" * 60, "محمد" * 80, "क्षत्रिय" * 40])
def test_unbroken_tokens_everywhere_never_overflow(tmp_path, token):
    data = brief(account=BriefAccount(name=token, city=token, stage=token, local_time_text=token,
                                      working_window=token, languages=(token,) * 5, tags=(token,) * 5),
                 contacts=[BriefContact(token, token, "decision_maker", token, token, token,
                                        {token + str(i): token for i in range(8)}, token)] * 14,
                 touches=[BriefTouch(token, token, token, token, token)] * 6,
                 promises=[BriefPromise(token, token, None, token, "medium", token, token, token, token)] * 12,
                 interactions=[BriefInteraction(token, token, token, "none", token, token, token)] * 10,
                 account_notes=(token + "\n") * 200, etiquette=[(token, token * 5)] * 20)
    render_brief(data, tmp_path / "tokens.pdf", paper="letter")
    assert len(pypdf.PdfReader(tmp_path / "tokens.pdf").pages) >= 2


def test_thai_and_devanagari_never_print_missing_glyphs(tmp_path):
    render_brief(brief(account_notes="ที่นี่ผู้ใหญ่บ้าน" * 40 + " " + "क्षत्रिय" * 30), tmp_path / "shaped.pdf")
    assert "\ufffd" not in pdf_text(tmp_path / "shaped.pdf")


def pack(count: int = 5, **changes) -> PackData:
    names = ["Müller GmbH", "北京华联贸易", "株式会社さくら", "ООО Ромашка", "Šime d.o.o.", "Ngô Co."]
    briefs = [brief(name=names[i % len(names)] + f" {i}") for i in range(count)]
    return dataclasses.replace(PackData("Canton Fair 2025", NOW, briefs, subtitle="Phase 1"), **changes)


def test_pack_has_cover_contents_and_one_section_per_account(tmp_path):
    data = pack()
    pages = render_pack(data, tmp_path / "pack.pdf")
    reader = pypdf.PdfReader(tmp_path / "pack.pdf")
    per_brief = len(pypdf.PdfReader(_single(tmp_path)).pages)
    assert pages == len(reader.pages) == 2 + 5 * per_brief
    assert "Canton Fair 2025" in reader.pages[0].extract_text()
    assert "5 accounts" in reader.pages[0].extract_text()
    contents = [line.strip() for line in reader.pages[1].extract_text().splitlines()]
    for index, account in enumerate(data.briefs):
        start = 3 + index * per_brief
        row = contents.index(account.account.name)
        assert str(start) in contents[row + 1:row + 3]  # name, then place, then page number
        assert account.account.name in reader.pages[start - 1].extract_text()
    assert all(f"Page {n} of {pages}" in page.extract_text() for n, page in enumerate(reader.pages, 1))


def _single(tmp_path):
    path = tmp_path / "single.pdf"
    render_brief(brief(), path)
    return path


def test_pack_streams_from_an_iterator_with_a_count(tmp_path):
    data = pack(3)
    pages = render_pack(dataclasses.replace(data, briefs=iter(data.briefs), count=3), tmp_path / "stream.pdf")
    assert pages == len(pypdf.PdfReader(tmp_path / "stream.pdf").pages)


def test_long_pack_contents_run_over_several_pages(tmp_path):
    light = brief(contacts=(), promises=(), interactions=(), etiquette=(), account_notes="", holidays=())
    data = PackData("Fair", NOW, [dataclasses.replace(light, account=BriefAccount(name=f"Account {i}"))
                                  for i in range(120)])
    render_pack(data, tmp_path / "long.pdf")
    text = pdf_text(tmp_path / "long.pdf")
    assert "Account 119" in text
    assert "Contents" in text


def test_progress_is_reported_for_every_account(tmp_path):
    calls = []
    render_pack(pack(), tmp_path / "pack.pdf", progress=lambda done, total: calls.append((done, total)) or True)
    assert calls == [(n, 5) for n in range(1, 6)]


def test_cancelling_raises_and_leaves_no_file(tmp_path):
    out = tmp_path / "pack.pdf"
    with pytest.raises(BriefCancelled):
        render_pack(pack(), out, progress=lambda done, total: done < 2)
    assert list(tmp_path.iterdir()) == []


def test_cancelling_keeps_an_older_file_untouched(tmp_path):
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"old")
    with pytest.raises(BriefCancelled):
        render_pack(pack(), out, progress=lambda done, total: False)
    assert out.read_bytes() == b"old"
    assert len(list(tmp_path.iterdir())) == 1


def test_unknown_paper_is_refused(tmp_path):
    with pytest.raises(ValueError, match="paper"):
        render_brief(brief(), tmp_path / "b.pdf", paper="a5")
