"""Regenerate the subsets of Noto Sans Bengali that `ukti analyze --format html` embeds and the
web pages serve: `web/static/fonts/NotoSansBengali-{Regular,Bold}-subset.woff2`.

    pip install 'ukti[train]' && python -m ukti.train.font          # writes the two files
    python -m ukti.train.font --check                                 # exit 1 if they differ

Why a subset: a standalone HTML page must read on a machine without a Bengali font (every letter
a box otherwise), so it carries its font inside itself as a data URL; the whole TTF is 200 kB a
weight. Kept: the Bengali block, the dandas, ZWJ/ZWNJ and the dotted circle (the `unicode-range`
the pages declare) with every OpenType layout feature, so conjuncts and vowel signs shape as in
the full font; dropped: hinting (browsers do not need it for this script at text sizes) and the
Latin and Vedic glyphs (the page's own sans-serif draws Latin). WOFF2 (Brotli) halves it again.

The source is the full font that ships beside the output (from Debian's fonts-noto-core, OFL,
`LICENSE-OFL.txt`); the subset is a Modified Version under the OFL and keeps its name table and
licence. fontTools and Brotli are build-time dependencies only: the subsets ship in the package.
The output is byte-for-byte reproducible (no timestamps are recalculated); a test checks it.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "web" / "static" / "fonts"
WEIGHTS = ("Regular", "Bold")
# what the pages' @font-face unicode-range names: Bengali, the dandas, ZWNJ/ZWJ, dotted circle
UNICODES = [*range(0x0980, 0x0A00), 0x0964, 0x0965, 0x200C, 0x200D, 0x25CC]


def subset_bytes(source: Path) -> bytes:
    """The WOFF2 subset of one weight, as bytes."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = ["*"]  # every shaping feature: Bengali needs them all
    options.hinting = False
    options.desubroutinize = True
    options.flavor = "woff2"
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = TTFont(str(source), recalcTimestamp=False)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=UNICODES)
    sub.subset(font)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out, reorderTables=True)
    return out.getvalue()


def target(weight: str, fonts: Path = FONTS) -> Path:
    return fonts / f"NotoSansBengali-{weight}-subset.woff2"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="Only compare with the shipped subsets.")
    ap.add_argument("--fonts", type=Path, default=FONTS, help="Folder of the full fonts and the subsets.")
    args = ap.parse_args(argv)
    differ = 0
    for weight in WEIGHTS:
        data = subset_bytes(args.fonts / f"NotoSansBengali-{weight}.ttf")
        out = target(weight, args.fonts)
        if args.check:
            same = out.exists() and out.read_bytes() == data
            differ += not same
            print(f"{out.name}: {'up to date' if same else 'differs; run python -m ukti.train.font'}")
        else:
            out.write_bytes(data)
            print(f"{out.name}: {len(data):,} bytes")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
