"""The Bengali font a standalone HTML page carries inside itself.

`ukti analyze --format html` writes one file that a fact-checker may open anywhere, mailed or
archived; on a machine without a Bengali font every letter would be a box. So the page embeds
the subsets of Noto Sans Bengali that the web pages serve (`web/static/fonts/*-subset.woff2`,
made by `python -m ukti.train.font`, OFL, `LICENSE-OFL.txt` beside them) as data URLs, under the
same family name and `unicode-range` as the pages' stylesheet, and the reader's own installed
copy is still preferred through `local()`.
"""

from __future__ import annotations

import base64
from functools import cache
from importlib import resources

FAMILY = "Noto Sans Bengali"
UNICODE_RANGE = "U+0980-09FF, U+200C-200D, U+25CC, U+0964-0965"
_WEIGHTS = (("Regular", 400), ("Bold", 700))


def font_file(weight: str) -> bytes:
    """The shipped WOFF2 subset of one weight ("Regular" or "Bold")."""
    return (resources.files("ukti.web") / "static" / "fonts" / f"NotoSansBengali-{weight}-subset.woff2").read_bytes()


@cache
def font_faces() -> str:
    """`@font-face` rules with the subsets inline, for a page's `<style>` (about 107 kB)."""
    rules = []
    for weight, number in _WEIGHTS:
        data = base64.b64encode(font_file(weight)).decode("ascii")
        local = "Noto Sans Bengali" + ("" if weight == "Regular" else " Bold")
        rules.append(f'@font-face{{font-family:"{FAMILY}";font-weight:{number};font-display:swap;'
                     f'src:local("{local}"),local("NotoSansBengali-{weight}"),'
                     f'url(data:font/woff2;base64,{data}) format("woff2");unicode-range:{UNICODE_RANGE}}}')
    return "\n".join(rules) + "\n"
