"""`ukti analyze --format html` is one self-contained file whose Bengali reads on a machine
without a Bengali font: the page carries the shipped Noto Sans Bengali subsets as data URLs,
and those subsets are what `python -m ukti.train.font` makes from the shipped full fonts."""

from __future__ import annotations

import base64
import io
import re
from importlib import resources

import pytest
from typer.testing import CliRunner

from ukti.cli import app

ARTICLE = "ঢাকা, ১২ মার্চ — বাণিজ্যমন্ত্রী বলেন, “চালের দাম কমবে।” বিক্ষোভকারীরা দাবি প্রত্যাখ্যান করেছেন।\n"
FONTS = resources.files("ukti.web") / "static" / "fonts"
FACE = re.compile(r'@font-face\{font-family:"Noto Sans Bengali";font-weight:(\d+);[^}]*'
                  r'url\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\) format\("woff2"\);unicode-range:([^}]*)\}')


def _page() -> str:
    res = CliRunner().invoke(app, ["analyze", "-", "--format", "html", "--date", "2025-03-12"], input=ARTICLE)
    assert res.exit_code == 0, res.output
    return res.stdout


def test_the_html_report_embeds_both_weights_of_the_shipped_subset() -> None:
    page = _page()
    faces = {int(w): (base64.b64decode(data), rng) for w, data, rng in FACE.findall(page)}
    assert set(faces) == {400, 700}
    assert faces[400][0] == (FONTS / "NotoSansBengali-Regular-subset.woff2").read_bytes()
    assert faces[700][0] == (FONTS / "NotoSansBengali-Bold-subset.woff2").read_bytes()
    assert all(data[:4] == b"wOF2" for data, _ in faces.values())
    assert "U+0980-09FF" in faces[400][1]
    # self-contained: nothing to fetch (no external stylesheet, script, image or font URL)
    assert not re.search(r'(src|href)="(https?:)?//|url\((["\']?)(https?:)?//', page)
    assert len(page.encode()) < 200_000  # a subset, not two 200 kB TTFs


def test_the_subset_draws_every_bengali_letter_and_keeps_the_shaping() -> None:
    ttlib = pytest.importorskip("fontTools.ttLib")
    pytest.importorskip("brotli")
    font = ttlib.TTFont(io.BytesIO((FONTS / "NotoSansBengali-Regular-subset.woff2").read_bytes()))
    cmap = font.getBestCmap()
    letters = {ord(ch) for ch in ARTICLE if "\u0980" <= ch <= "\u09ff" or ch in "।॥"}
    assert letters <= set(cmap)
    # conjuncts and vowel signs need the layout tables: 'চ্ছ', 'ন্ত্রী' are glyphs of GSUB
    features = {r.FeatureTag for r in font["GSUB"].table.FeatureList.FeatureRecord}
    assert {"akhn", "blwf", "pres", "init"} & features == {"akhn", "blwf", "pres", "init"}
    assert "GPOS" in font
    assert "Open Font License" in font["name"].getDebugName(13)


def test_the_shipped_subsets_are_what_the_build_command_makes() -> None:
    pytest.importorskip("fontTools.subset")
    pytest.importorskip("brotli")
    from ukti.train import font

    assert font.main(["--check"]) == 0
