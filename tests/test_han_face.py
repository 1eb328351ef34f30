"""One face for Han text: the UI and the brief print Chinese in Rapport Sans SC, with a bold; Hangul in its own font."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from services.briefs import fonts


@pytest.fixture
def app_fonts(qapp):
    from ui.app import _load_fonts

    before = QApplication.font()
    _load_fonts()
    yield QApplication.font()
    QApplication.setFont(before)


def faces_of(text: str, font: QFont) -> set[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


@pytest.mark.parametrize("text", ["王伟", "上海贸易有限公司", "寄样"])
def test_the_ui_draws_han_text_in_one_face(app_fonts, text):
    assert faces_of(text, app_fonts) == {"Rapport Sans SC"}


def test_the_ui_draws_hangul_in_its_own_font(app_fonts):
    assert faces_of("김민준", app_fonts) == {"NanumGothic"}


def test_han_text_has_a_bold_face_in_the_brief():
    assert fonts.font_name("cjk", bold=True) != fonts.font_name("cjk")


def test_a_chinese_brief_prints_its_headings_in_the_bold_han_face(tmp_path):
    from services.briefs import render_brief
    from tests.test_brief_render import brief

    render_brief(brief("zh"), tmp_path / "zh.pdf")
    names = {str(f.get_object()["/BaseFont"]) for page in pypdf.PdfReader(tmp_path / "zh.pdf").pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("RapportSansSC-Bold" in name for name in names)
