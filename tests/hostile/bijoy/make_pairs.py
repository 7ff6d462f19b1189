"""Build the Bijoy test pairs with an independent converter (not ukti's table).

    python -m venv /tmp/b2u && /tmp/b2u/bin/pip install bijoy2unicode==0.1.1
    /tmp/b2u/bin/python tests/hostile/bijoy/make_pairs.py > tests/hostile/bijoy/pairs.tsv

Each line of paragraphs.txt (Unicode Bengali written for ukti) and each of its words is
encoded to SutonnyMJ by bijoy2unicode (MIT, Rajib Biswas), an implementation independent of
ukti's own table (`ukti/lang/bn/bijoy.tsv`). A pair is kept only when that converter decodes
its own encoding back to the same Unicode, so a pair its author's table gets wrong is dropped
rather than trusted. Output: `kind<TAB>bijoy<TAB>unicode`, kind = paragraph or word.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from bijoy2unicode import converter

HERE = Path(__file__).resolve().parent
# bijoy2unicode expects the precomposed nukta letters
PRECOMPOSED = {"\u09af\u09bc": "\u09df", "\u09a1\u09bc": "\u09dc", "\u09a2\u09bc": "\u09dd"}


def compose(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for a, b in PRECOMPOSED.items():
        text = text.replace(a, b)
    return text


def main() -> None:
    conv = converter.Unicode()
    seen = set()
    lines = [x.strip() for x in (HERE / "paragraphs.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
    items = [("paragraph", x) for x in lines]
    items += [("word", w) for x in lines for w in re.findall(r"[\u0980-\u09ff]+", x)]
    for kind, text in items:
        if (kind, text) in seen:
            continue
        seen.add((kind, text))
        source = compose(text)
        try:
            # its decoder reads past the end of a string that ends in a vowel sign: pad, then trim
            bijoy = conv.convertUnicodeToBijoy(source + "  ").strip()
            back = conv.convertBijoyToUnicode(bijoy + "  ").strip()
        except Exception:
            continue
        if compose(back) != source or "\t" in bijoy or "\n" in bijoy:
            continue
        sys.stdout.write(f"{kind}\t{bijoy}\t{unicodedata.normalize('NFC', text)}\n")


if __name__ == "__main__":
    main()
