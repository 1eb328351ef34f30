"""Fonts for the PDF briefs: registered once, and text split into runs by script, each in a font that has it.

reportlab has no per-glyph fallback, so every run of Chinese, Japanese, Korean, Arabic, Hebrew, Thai or
Devanagari text is wrapped in its own font; user text is escaped first so it is never read as markup.
Arabic and Hebrew runs are reshaped (joined letters) and put in visual right-to-left order.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

import resources

BASE, BOLD = "Rapport-Sans", "Rapport-Sans-Bold"
FONTS = {
    BASE: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    "Rapport-CJK": "DroidSansFallbackFull.ttf",
    "Rapport-Hangul": "NanumGothic.ttf",
    "Rapport-Arabic": "NotoSansArabic-Regular.ttf",
    "Rapport-Hebrew": "NotoSansHebrew-Regular.ttf",
    "Rapport-Thai": "NotoSansThai-Regular.ttf",
    "Rapport-Devanagari": "NotoSansDevanagari-Regular.ttf",
}
SCRIPT_FONT = {"cjk": "Rapport-CJK", "hangul": "Rapport-Hangul", "arabic": "Rapport-Arabic",
               "hebrew": "Rapport-Hebrew", "thai": "Rapport-Thai", "devanagari": "Rapport-Devanagari"}
RANGES = (
    (0x0590, 0x05FF, "hebrew"), (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"),
    (0x08A0, 0x08FF, "arabic"), (0x0900, 0x097F, "devanagari"), (0x0E00, 0x0E7F, "thai"),
    (0x1100, 0x11FF, "hangul"), (0x2E80, 0x2FDF, "cjk"), (0x3000, 0x30FF, "cjk"), (0x3100, 0x312F, "cjk"),
    (0x3130, 0x318F, "hangul"), (0x3190, 0x31FF, "cjk"), (0x3200, 0x4DBF, "cjk"), (0x4E00, 0x9FFF, "cjk"),
    (0xA960, 0xA97F, "hangul"), (0xAC00, 0xD7FF, "hangul"), (0xF900, 0xFAFF, "cjk"), (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE30, 0xFE4F, "cjk"), (0xFE70, 0xFEFF, "arabic"), (0xFF00, 0xFFEF, "cjk"),
)


@cache
def register() -> None:
    """Register the TrueType fonts with reportlab (embedded as subsets in every PDF)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", filename))))
    for bold, italic in ((0, 0), (0, 1)):
        addMapping(BASE, bold, italic, BASE)
    for bold, italic in ((1, 0), (1, 1)):
        addMapping(BASE, bold, italic, BOLD)
    for name in SCRIPT_FONT.values():  # no bold faces: <b> inside a script run keeps the regular face
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)


def script_of(ch: str) -> str | None:
    """The script needing a special font, or None for Latin/Cyrillic/Greek and for neutral characters."""
    code = ord(ch)
    if code < 0x0590:
        return None
    for low, high, script in RANGES:
        if low <= code <= high:
            return script
    return None


def _neutral(ch: str) -> bool:
    return ch.isspace() or (not ch.isalpha() and not ch.isdigit())


def _joins(ch: str, script: str | None) -> bool:
    """Whether a neutral character (space, punctuation) stays in the current run of script.

    Right-to-left runs keep their spaces and punctuation for the bidi reordering; elsewhere a neutral character
    goes back to the base font unless it belongs to the script itself (CJK punctuation), since the script fonts
    lack ASCII and typographic punctuation (Droid Sans Fallback has no '&', '<' or curly quotes).
    """
    return script in ("arabic", "hebrew") and _neutral(ch)


def runs(text: str) -> list[tuple[str | None, str]]:
    """Split text into (script, run) pieces; spaces and punctuation join the run they sit in."""
    out: list[tuple[str | None, str]] = []
    for ch in text:
        script = script_of(ch)
        if out and (script == out[-1][0] or _joins(ch, out[-1][0])):
            out[-1] = (out[-1][0], out[-1][1] + ch)
        else:
            out.append((script, ch))
    merged: list[tuple[str | None, str]] = []
    for script, piece in out:
        if merged and merged[-1][0] == script:
            merged[-1] = (script, merged[-1][1] + piece)
        else:
            merged.append((script, piece))
    return merged


def _visual(piece: str) -> str:
    """Arabic letters joined and right-to-left text put in display order (reportlab draws left to right)."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(piece))


def has_wide_script(text: str) -> bool:
    """Text with CJK or Thai, which wrap without spaces between words."""
    return any(script_of(ch) in ("cjk", "hangul", "thai") for ch in text)


def markup(text: str) -> str:
    """User text as safe reportlab paragraph markup: escaped, with each script run in its font."""
    parts = []
    for script, piece in runs(text):
        if script in ("arabic", "hebrew"):
            trailing = piece[len(piece.rstrip()):]
            piece = _visual(piece.rstrip()) + trailing
        safe = escape(piece, {'"': "&quot;"})
        parts.append(f'<font name="{SCRIPT_FONT[script]}">{safe}</font>' if script else safe)
    return "".join(parts)


def draw_text(canvas, x: float, y: float, text: str, size: float, align: str = "left") -> None:
    """Draw one line of mixed-script text on a reportlab canvas (used for page headers and footers)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces = []
    for script, piece in runs(text):
        if script in ("arabic", "hebrew"):
            piece = _visual(piece)
        font = SCRIPT_FONT.get(script, BASE)
        pieces.append((font, piece, stringWidth(piece, font, size)))
    total = sum(width for _f, _p, width in pieces)
    if align == "right":
        x -= total
    for font, piece, width in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += width
