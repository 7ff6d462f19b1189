"""Bijoy (SutonnyMJ) text back to Unicode, checked on pairs built by an independent converter
(tests/hostile/bijoy/make_pairs.py: bijoy2unicode's encoder, its own round trip required)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from ukti.read.bijoy import bijoy_to_unicode, looks_bijoy

PAIRS = [line.split("\t") for line in (Path(__file__).parent / "bijoy" / "pairs.tsv").read_text(
    encoding="utf-8").splitlines() if line]


def test_the_pair_set_is_big_enough() -> None:
    kinds = [k for k, _, _ in PAIRS]
    assert kinds.count("word") >= 200 and kinds.count("paragraph") >= 10


@pytest.mark.parametrize(("kind", "bijoy", "unicode"), PAIRS, ids=[u[:24] for _, _, u in PAIRS])
def test_conversion_is_exact(kind: str, bijoy: str, unicode: str) -> None:
    assert bijoy_to_unicode(bijoy) == unicodedata.normalize("NFC", unicode)


@pytest.mark.parametrize(("bijoy", "unicode"), [
    ("Avwg evsjvq Mvb MvB", "আমি বাংলায় গান গাই"),    # the classic
    ("Kg©", "কর্ম"), ("evZ©v", "বার্তা"),                  # reph after its consonant …
    ("cÖv_©x", "প্রার্থী"), ("a‡g©i", "ধর্মের"),           # … and after a vowel sign
    ("†jvK", "লোক"), ("‡gŠmyg", "মৌসুম"),                 # ো and ৌ split around the consonant
    ("wK", "কি"), ("ˆeVK", "বৈঠক"), ("‡¯ÖvZ", "স্রোত"), ("mv‡o", "সাড়ে"),   # pre-base signs before a conjunct
])
def test_reordering_written_by_hand(bijoy: str, unicode: str) -> None:
    assert bijoy_to_unicode(bijoy) == unicodedata.normalize("NFC", unicode)


def test_detection() -> None:
    paragraphs = [b for k, b, _ in PAIRS if k == "paragraph"]
    assert all(looks_bijoy(p) for p in paragraphs)
    assert not looks_bijoy("The port authority said on Monday that all terminals were working again.")
    assert not looks_bijoy("চট্টগ্রাম বন্দরে জট")
    assert not looks_bijoy("x = y + z; print(v)")


def test_a_bijoy_file_is_read_as_bengali_and_flagged(tmp_path: Path) -> None:
    """A file saved by a Windows program in cp1252, typed in Bijoy: analysed as Bengali."""
    from ukti import analyze

    paragraphs = [(b, u) for k, b, u in PAIRS if k == "paragraph"][:4]
    path = tmp_path / "bijoy.txt"
    path.write_bytes("\n".join(b for b, _ in paragraphs).encode("cp1252"))
    doc = analyze(path)
    assert doc.meta.encoding == "bijoy" and doc.lang == "bn"
    assert doc.text.splitlines()[0] == unicodedata.normalize("NFC", paragraphs[0][1])
