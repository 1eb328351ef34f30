"""User text made printable: cleaned, clipped, escaped, right-to-left lines reordered, each script run in its font.

Every user string reaches the page through markup() (paragraphs) or fit() (single lines drawn on the canvas), so
'<b>' or '&' typed by a user is printed literally and never read as reportlab markup.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display  # the Unicode algorithm with isolates (bidi.algorithm has none)
from bidi.algorithm import get_display as legacy_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from services.briefs import fonts

ELLIPSIS = "…"
_ESCAPES = {'"': "&quot;", "'": "&#39;"}
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff")
# Isolates (services.text.isolate puts names in them) are kept when they pair up: they cannot leak past their PDI.
_OPEN_ISOLATES, _PDI = frozenset("\u2066\u2067\u2068"), "\u2069"
_KEEP_FORMAT = frozenset("\u200b\u200c\u200d")  # zero-width space/non-joiner/joiner shape Indic and Arabic text
# In shaped paragraphs reportlab shapes a whole word with its first font, so a word mixing fonts ("(สมชาย)") would
# print boxes; a space too small to see splits such words at each change of font.
_HAIR = f'<font name="{fonts.SANS}" size="0.1"> </font>'
_LONG_WORD = 12  # characters: longer words in shaped text get break opportunities between clusters
_MIN_PIECE = 4   # characters between those break opportunities (each piece is shaped on its own: fewer is slower)
_VIRAMA = "\u094d"
_THAI_LEADING = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")      # vowels written before their consonant
_THAI_FOLLOWING = frozenset("\u0e30\u0e32\u0e33\u0e45\u0e46")    # vowels and marks that never start a line


@dataclass(frozen=True)
class Markup:
    text: str          # reportlab paragraph markup
    rtl: bool          # right-to-left text over several lines: align it right
    shaping: bool      # needs harfbuzz shaping (Thai, Devanagari)
    unspaced: bool     # Chinese, Japanese or Thai: lines may break between any two characters


def clean(text: object) -> str:
    """Text safe to print: NFC, '\\n' line breaks, tabs as spaces, no control, bidi-override or lone surrogates."""
    value = unicodedata.normalize("NFC", "" if text is None else str(text))
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if value.isascii():
        return "".join(ch for ch in value if ch == "\n" or " " <= ch < "\x7f")
    kept = []
    for ch in _paired_isolates(value):
        if ch == "\n" or ch in _KEEP_FORMAT or ch in _OPEN_ISOLATES or ch == _PDI:
            kept.append(ch)
        elif ch in _BIDI_CONTROLS:
            continue
        else:
            category = unicodedata.category(ch)
            if category in ("Zl", "Zp"):
                kept.append(" ")
            elif category not in ("Cc", "Cs", "Cn"):
                kept.append(ch)
    return "".join(kept)


def _paired_isolates(value: str) -> str:
    """value without an isolate that is never closed or a PDI that closes nothing (a line closes them all)."""
    out: list[str] = []
    opened: list[int] = []  # positions in out of isolates still open
    for ch in value:
        if ch in _OPEN_ISOLATES:
            opened.append(len(out))
        elif ch == _PDI:
            if not opened:
                continue
            opened.pop()
        elif ch == "\n":
            for at in opened:
                out[at] = ""
            opened.clear()
        out.append(ch)
    for at in opened:
        out[at] = ""
    return "".join(out)


def without_isolates(text: str) -> str:
    """Text as drawn: isolates order the text around them but have no glyph."""
    return text.translate(_NO_ISOLATES)


_NO_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def clip(text: str, limit: int) -> str:
    """Cut text near limit characters, at a space when one is close, ending with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def clip_lines(text: str, max_lines: int) -> str:
    lines = text.split("\n")
    if len(lines) <= max_lines:
        return text
    return "\n".join(lines[:max_lines]).rstrip() + ELLIPSIS


def prepare(text: object, limit: int | None = None, max_lines: int | None = None) -> str:
    """Cleaned and clipped text; with max_lines None, line breaks become spaces."""
    value = clean(text)
    if max_lines is None:
        value = " ".join(value.split("\n"))
    if limit is not None:
        value = clip(value, limit)
    if max_lines is not None:
        value = clip_lines(value, max_lines)
    return value.strip()


def width_of(text: str, size: float, bold: bool = False) -> float:
    """Printed width of text in points, unshaped (close enough for fitting lines)."""
    return sum(stringWidth(run.text, run.font, size) for run in fonts.runs(without_isolates(text), bold))


def fit(text: object, size: float, width: float, bold: bool = False) -> str:
    """One line of text that fits width, cut with an ellipsis when it does not."""
    value = prepare(text)
    if width_of(value, size, bold) <= width:
        return value
    room = width - stringWidth(ELLIPSIS, fonts.font_name("sans", bold), size)
    used, end = 0.0, 0
    for run in fonts.runs(value, bold):
        for ch in run.text:
            used += stringWidth(ch, run.font, size)
            if used > room:
                return value[:end].rstrip() + ELLIPSIS
            end += 1
    return value


def _base_rtl(text: str) -> bool:
    depth = 0  # the first strong letter outside isolates sets the direction (rule P2)
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def _wrap(line: str, size: float, width: float, bold: bool) -> list[str]:
    """Logical line broken into lines that fit width (right-to-left text is reordered per line, after wrapping)."""
    space = stringWidth(" ", fonts.font_name("sans", bold), size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in line.split(" "):
        if not word:
            continue
        wide = width_of(word, size, bold)
        while wide > width:  # a token longer than the line: cut it
            head, word = _split_word(word, size, width, bold)
            if current:
                lines.append(" ".join(current))
            lines.append(head)
            current, used = [], 0.0
            wide = width_of(word, size, bold)
        if current and used + space + wide > width:
            lines.append(" ".join(current))
            current, used = [], 0.0
        used += (space if current else 0.0) + wide
        current.append(word)
    if current or not lines:
        lines.append(" ".join(current))
    return lines


def _split_word(word: str, size: float, width: float, bold: bool) -> tuple[str, str]:
    used = 0.0
    end = 0
    for run in fonts.runs(word, bold):
        for ch in run.text:
            used += stringWidth(ch, run.font, size)
            if used > width and end:
                return word[:end], word[end:]
            end += 1
    return word, ""


def _visual_lines(text: str, size: float, width: float | None, bold: bool, rtl: bool) -> list[str]:
    out: list[str] = []
    for line in text.split("\n"):
        shaped = arabic_reshaper.reshape(line)
        pieces = _wrap(shaped, size, width * 0.97 - 1, bold) if width else [shaped]
        out.extend(_display(piece, rtl) for piece in pieces)
    return out


def _display(piece: str, rtl: bool) -> str:
    """A line in visual order. The Unicode algorithm with isolates (bidi.get_display) does not mirror brackets, so
    '(القاهرة)' printed as ')القاهرة('; a line without isolates goes through bidi.algorithm, which mirrors them."""
    base = "R" if rtl else "L"
    if _PDI not in piece and not _OPEN_ISOLATES.intersection(piece):
        return legacy_display(piece, base_dir=base)
    return without_isolates(get_display(piece, base_dir=base))


def _can_break_before(prev: str, ch: str) -> bool:
    """Whether a line may break between prev and ch without splitting a cluster (Thai, Devanagari, other)."""
    if unicodedata.category(ch)[0] in "MPZ" or ch in _KEEP_FORMAT or prev in _KEEP_FORMAT:
        return False
    return prev != _VIRAMA and prev not in _THAI_LEADING and ch not in _THAI_FOLLOWING


def _breakable(text: str) -> list[str]:
    """Text cut inside its long words where a shaped line may break; the cuts are joined with hair spaces.

    reportlab cannot split a shaped word itself (the pieces print as boxes), and Thai puts no spaces between words.
    """
    segments = [""]
    for word in re.split(r"(\s+)", text):
        if word.isspace() or len(word) <= _LONG_WORD:
            segments[-1] += word
            continue
        start = 0
        for i in range(_MIN_PIECE, len(word) - 1):
            if i - start >= _MIN_PIECE and _can_break_before(word[i - 1], word[i]):
                segments[-1] += word[start:i]
                segments.append("")
                start = i
        segments[-1] += word[start:]
    return segments


@lru_cache(maxsize=4096)
def markup(text: str, size: float, bold: bool = False, width: float | None = None) -> Markup:
    """Paragraph markup for prepared text: escaped, each script run in its font, right-to-left lines reordered.

    width (points) is needed to wrap right-to-left text before it is reordered; other text is wrapped by reportlab.
    """
    if text.isascii():
        return Markup(escape(text, _ESCAPES).replace("\n", "<br/>"), False, False, False)
    scripts = {fonts.script_of(ch) for ch in text if ord(ch) >= 0x0590}
    has_rtl = bool(scripts & fonts.RTL_SCRIPTS)
    rtl = has_rtl and _base_rtl(text)
    # Shaping would reverse Arabic already put in visual order, so mixed Arabic + Thai/Devanagari stays unshaped.
    shaping = bool(scripts & fonts.SHAPED_SCRIPTS) and not has_rtl and fonts.shaping_available()
    lines = _visual_lines(text, size, width, bold, rtl) if has_rtl else without_isolates(text).split("\n")
    parts = []
    for line in lines:
        pieces = []
        previous = ""
        for run in fonts.runs(line, bold):
            if shaping and previous and not previous[-1].isspace() and not run.text[0].isspace():
                pieces.append(_HAIR)
            if shaping:
                safe = _HAIR.join(escape(piece, _ESCAPES) for piece in _breakable(run.text))
            else:
                safe = escape(run.text, _ESCAPES)
            pieces.append(safe if run.script == "sans" else f'<font name="{run.font}">{safe}</font>')
            previous = run.text
        parts.append("".join(pieces))
    # Right-to-left text is right-aligned only when it fills several lines: a one-line name lines up with the
    # rest of its column.
    return Markup("<br/>".join(parts), rtl and len(lines) > 1, shaping, bool(scripts & fonts.UNSPACED_SCRIPTS))
