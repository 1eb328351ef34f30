"""Fonts of the printed briefs: TrueType faces registered once, scripts detected, text split into runs per font.

reportlab has no per-glyph fallback and embeds only TrueType (glyf) fonts, so every run of Chinese, Japanese,
Korean, Arabic, Hebrew, Thai or Devanagari text is put in a font that has it; the rest uses Noto Sans, which
covers Latin (all accents, Vietnamese), Greek and Cyrillic. Faces are found through resources.path().
"""

from __future__ import annotations

import threading
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import resources

SANS, SANS_BOLD = "Brief-Sans", "Brief-Sans-Bold"

# script -> (regular file, bold file or None: the regular face stands in for bold)
FACES: dict[str, tuple[str, str | None]] = {
    "sans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "cjk": ("RapportSansSC-Regular.ttf", "RapportSansSC-Bold.ttf"),  # Noto Sans CJK SC as TrueType
    "hangul": ("NanumGothic.ttf", None),
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "hebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    "thai": ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    "devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
}
RTL_SCRIPTS = frozenset({"arabic", "hebrew"})
# Scripts whose marks and conjuncts need OpenType shaping (harfbuzz): unshaped, Thai tone marks vanish under
# the vowels above and Devanagari vowel signs land on the wrong side of the consonant.
SHAPED_SCRIPTS = frozenset({"thai", "devanagari"})
# Scripts written without spaces between words: lines may break between any two characters.
UNSPACED_SCRIPTS = frozenset({"cjk", "thai"})

_RANGES = sorted([
    (0x0590, 0x05FF, "hebrew"), (0xFB1D, 0xFB4F, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x0870, 0x08FF, "arabic"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"), (0xA8E0, 0xA8FF, "devanagari"), (0x1CD0, 0x1CFF, "devanagari"),
    (0x0E00, 0x0E7F, "thai"),
    (0x1100, 0x11FF, "hangul"), (0x3130, 0x318F, "hangul"), (0xA960, 0xA97F, "hangul"), (0xAC00, 0xD7FF, "hangul"),
    (0x2E80, 0x2FFF, "cjk"), (0x3000, 0x312F, "cjk"), (0x3190, 0x33FF, "cjk"), (0x3400, 0x4DBF, "cjk"),
    (0x4E00, 0x9FFF, "cjk"), (0xF900, 0xFAFF, "cjk"), (0xFE30, 0xFE4F, "cjk"), (0xFF00, 0xFFEF, "cjk"),
    (0x20000, 0x3134F, "cjk"),
])
_STARTS = [low for low, _high, _script in _RANGES]
_lock = threading.Lock()
_registered: set[str] = set()
_cmaps: dict[str, dict[int, int]] = {}


def script_of(ch: str) -> str:
    """The script whose font draws ch: one of FACES' keys ("sans" for Latin, Greek, Cyrillic and the rest)."""
    code = ord(ch)
    if code < 0x0590:
        return "sans"
    i = bisect_right(_STARTS, code) - 1
    if i >= 0 and code <= _RANGES[i][1]:
        return _RANGES[i][2]
    return "sans"


def is_neutral(ch: str) -> bool:
    """Spaces, punctuation, digits, symbols and marks: drawn in the font of the run they sit in when it has them."""
    return unicodedata.category(ch)[0] in "ZPSNMC"


def shaping_available() -> bool:
    """Whether reportlab can shape text (uharfbuzz installed); without it Thai and Devanagari print unshaped."""
    from reportlab.pdfbase import ttfonts

    return ttfonts.uharfbuzz is not None


def font_name(script: str, bold: bool = False) -> str:
    """The registered reportlab font for script (registering it on first use)."""
    regular, bold_file = FACES[script]
    family = "Brief-" + script.capitalize() if script != "sans" else "Brief-Sans"
    name = f"{family}-Bold" if bold and bold_file else family
    if name not in _registered:
        _register(name, bold_file if name.endswith("-Bold") else regular)
    return name


def _register(name: str, filename: str | None) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if name in _registered:
            return
        pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", filename or ""))))
        _registered.add(name)


def register_base() -> None:
    """Register Noto Sans regular and bold as one family, so reportlab never falls back to Helvetica."""
    if SANS_BOLD in _registered and SANS in _registered:
        return
    from reportlab.pdfbase.pdfmetrics import registerFontFamily

    font_name("sans")
    font_name("sans", bold=True)
    registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)


def cmap(font: str) -> dict[int, int]:
    """Characters the registered font has glyphs for."""
    table = _cmaps.get(font)
    if table is None:
        from reportlab.pdfbase import pdfmetrics

        table = _cmaps[font] = pdfmetrics.getFont(font).face.charToGlyph
    return table


@dataclass(frozen=True)
class Run:
    script: str
    font: str
    text: str


@lru_cache(maxsize=8192)
def runs(text: str, bold: bool = False) -> tuple[Run, ...]:
    """Split text into runs each drawn by one font; neutral characters stay in their run's font when it has them."""
    register_base()
    sans = font_name("sans", bold)
    if text.isascii():
        return (Run("sans", sans, text),)
    sans_chars = cmap(sans)
    out: list[Run] = []
    current_script, current_font, piece = "", "", list[str]()
    for ch in text:
        script = script_of(ch)
        if script == "sans":
            if current_script not in ("", "sans") and is_neutral(ch) and ord(ch) in cmap(current_font):
                script = current_script
            elif ord(ch) not in sans_chars and ord(ch) in cmap(font_name("cjk")):
                script = "cjk"  # symbols Noto Sans lacks (★ ● ※ ①) are in Rapport Sans SC
        if script != current_script:
            if piece:
                out.append(Run(current_script, current_font, "".join(piece)))
            current_script, current_font, piece = script, font_name(script, bold), []
        piece.append(ch)
    if piece:
        out.append(Run(current_script, current_font, "".join(piece)))
    return tuple(out)
