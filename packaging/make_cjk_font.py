"""Write resources/fonts/RapportSansSC-{Regular,Bold}.ttf: Noto Sans CJK SC as TrueType, without Hangul.

Noto Sans CJK ships only with CFF (PostScript) outlines, which reportlab cannot embed; this converts the
simplified-Chinese face of Debian's fonts-noto-cjk (`apt-get install fonts-noto-cjk`) to quadratic TrueType
outlines with fontTools (`pip install fonttools`, a build-time tool only). Hangul is left out (Nanum Gothic prints
it, and it is a third of the glyphs); so are the vertical-writing and OpenType layout tables, which neither
reportlab nor the UI's horizontal text use. The family is renamed so it never clashes with an installed Noto CJK.
Run: python packaging/make_cjk_font.py [folder with NotoSansCJK-*.ttc]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto")
FAMILY = "Rapport Sans SC"
SC_INDEX = 2  # the faces in NotoSansCJK-*.ttc: JP, KR, SC, TC, HK, then the Mono ones
HANGUL = [(0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF)]
MAX_ERROR = 1.0  # font units (of 1000 per em) a quadratic curve may stray from the cubic one: invisible


def _without_hangul(font: TTFont) -> None:
    keep = [u for u in font.getBestCmap() if not any(start <= u <= end for start, end in HANGUL)]
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.drop_tables += ["VORG", "vhea", "vmtx", "GSUB", "GPOS", "BASE"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)


def _to_truetype(font: TTFont) -> None:
    """CFF outlines to glyf, as fontTools' otf2ttf snippet does."""
    glyph_set, order = font.getGlyphSet(), font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"], font["glyf"] = newTable("loca"), glyf
    del font["CFF "]
    glyf.compile(font)
    metrics = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            metrics[name] = (metrics[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion, maxp.maxZones = 0x00010000, 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    font["post"].formatType = 3.0  # no glyph names: 30,000 "cid12345" strings would only add weight
    font.sfntVersion = "\x00\x01\x00\x00"


def _rename(font: TTFont, style: str) -> None:
    names = font["name"]
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    for record_id, value in ((1, FAMILY), (2, style), (4, full), (6, f"RapportSansSC-{style}"),
                             (16, FAMILY), (17, style)):
        names.removeNames(nameID=record_id)
        names.setName(value, record_id, 3, 1, 0x409)
        names.setName(value, record_id, 1, 0, 0)


def make(source: Path, style: str) -> Path:
    font = TTCollection(source / f"NotoSansCJK-{style}.ttc").fonts[SC_INDEX]
    _without_hangul(font)
    _to_truetype(font)
    _rename(font, style)
    out = ROOT / "resources" / "fonts" / f"RapportSansSC-{style}.ttf"
    font.save(out)
    return out


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    for face in ("Regular", "Bold"):
        print(make(folder, face))
