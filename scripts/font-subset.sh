#!/bin/sh
# Makes src/main/resources/org/zjcs/shared/pdf/NotoSansSC-subset.ttf, the CJK font embedded in every PDF (shared.pdf).
#
# Source: Noto Sans CJK SC Regular (SIL Open Font License 1.1; licence text next to the subset as OFL.txt), from
# Debian 12's package fonts-noto-cjk 1:20220127+repack1-1 (/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,
# font number 2 = "Noto Sans CJK SC"), subset with fontTools 4.38 (Debian package fonttools):
#   apt-get install -y fonts-noto-cjk fonttools
#   scripts/font-subset.sh
#
# Characters kept:
#   - ASCII (U+0020-U+007E), Latin-1 supplement (U+00A0-U+00FF), general punctuation (U+2000-U+206F),
#     CJK symbols and punctuation (U+3000-U+303F), half- and full-width forms (U+FF00-U+FFEF), and the few symbols
#     used by the platform (U+2190-U+21FF arrows, U+2460-U+24FF enclosed numbers, U+25A0-U+25FF shapes, U+2116 №,
#     U+2103 ℃, U+00B7 ·);
#   - every character of GB 2312 (6,763 hanzi and 682 symbols: all double-byte codes 0xA1A1-0xF7FE that decode),
#     which covers the 3,500 characters of level 1 of the 通用规范汉字表 almost entirely;
#   - every character used in the message bundles and the demo data, so that names in the demo all render.
# A character outside the subset is drawn as the font's .notdef glyph (an empty box) and logged once by PdfFonts.
#
# The CFF outlines of the OTF are converted to TrueType outlines (quadratic curves, fontTools' cu2qu), because
# OpenPDF subsets TrueType fonts when it embeds them but embeds a CFF font whole (a 1-page PDF would carry the
# whole subset, ~4 MB). Noto's hinting is dropped (it is CFF hinting; PDF viewers render unhinted TrueType well).
set -eu
cd "$(dirname "$0")/.."
SRC=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
OUT=src/main/resources/org/zjcs/shared/pdf/NotoSansSC-subset.ttf
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
/usr/bin/python3 - "$TMP/chars.txt" <<'PY'
import glob, sys
chars = set()
def add_range(a, b):
    for cp in range(a, b + 1):
        chars.add(chr(cp))
add_range(0x20, 0x7E); add_range(0xA0, 0xFF); add_range(0x2000, 0x206F); add_range(0x3000, 0x303F)
add_range(0xFF00, 0xFFEF); add_range(0x2190, 0x21FF); add_range(0x2460, 0x24FF); add_range(0x25A0, 0x25FF)
chars.update('\u2116\u2103\u00b7')
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
files = glob.glob('src/main/resources/org/zjcs/i18n/messages*.properties') + glob.glob('db-scripts/**/*.sql', recursive=True) + glob.glob('src/main/java/db/demo/**/*.java', recursive=True)
for name in files:
    with open(name, encoding='utf-8') as f:
        text = f.read()
    chars.update(c for c in text if ord(c) >= 0x2E80)
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    f.write(''.join(sorted(chars)))
print(len(chars), 'characters', file=sys.stderr)
PY
/usr/bin/pyftsubset "$SRC" --font-number=2 --text-file="$TMP/chars.txt" --layout-features='' --no-hinting \
    --desubroutinize --name-IDs='*' --name-languages='*' --output-file="$TMP/subset.otf"
/usr/bin/python3 - "$TMP/subset.otf" "$OUT" <<'PY'
# CFF -> glyf, after fontTools' Snippets/otf2ttf.py (MIT): quadratic outlines, max error 1 unit.
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
font = TTFont(sys.argv[1])
glyph_order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyf = newTable('glyf'); glyf.glyphOrder = glyph_order; glyf.glyphs = {}
for name in glyph_order:
    pen = TTGlyphPen(glyph_set)
    glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
font['glyf'] = glyf
font['loca'] = newTable('loca')
font['head'].glyphDataFormat = 0
font['maxp'] = maxp = newTable('maxp'); maxp.tableVersion = 0x00010000
for attr in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
             'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
    setattr(maxp, attr, 0)
maxp.maxZones = 1
post = font['post']; post.formatType = 2.0; post.extraNames = []; post.mapping = {}; post.glyphOrder = glyph_order
del font['CFF ']
if 'VORG' in font: del font['VORG']
font.sfntVersion = '\x00\x01\x00\x00'
font.save(sys.argv[2])
PY
ls -l "$OUT"
