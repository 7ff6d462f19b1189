"""Times and quantities in the human outputs read as a person says them ("1.8 billion USD",
"১৮০ কোটি ডলার", "early 2026"), never as notation (`1.8e+09`, `XXXX-11-03`, `(EARLY)`); the JSON
keeps the machine values."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from ukti.cli import app
from ukti.write.human import number, number_bn, quantity, time_value

ARTICLE = ("ঢাকা, ১২ মার্চ — অর্থমন্ত্রী বলেন, প্রকল্পে ১২০ কোটি টাকা ও ১.৮ বিলিয়ন ডলার লাগবে। "
           "আগামী বছরের শুরুতে কাজ শুরু হবে। প্রায় ১২ হাজার টন চাল আসবে, অন্তত ৩৪০ জন কাজ পাবেন, ১ বছর লাগবে।\n")
NOTATION = re.compile(r"\de[+-]\d|XXXX|\((EARLY|MID|LATE|START|END|APPROX|MIN|MAX)\)|\d\.0\b")


@pytest.mark.parametrize(("args", "en", "bn"), [
    ((1.8e9, "USD"), "1.8 billion USD", "১৮০ কোটি ডলার"),
    ((1.2e9, "BDT"), "1.2 billion BDT", "১২০ কোটি টাকা"),
    ((32e6, "BDT"), "32 million BDT", "৩.২ কোটি টাকা"),
    ((12000, "tonne", "APPROX"), "about 12,000 tonnes", "প্রায় ১২ হাজার টন"),
    ((1, "year"), "1 year", "১ বছর"),
    ((3, "year"), "3 years", "৩ বছর"),
    ((1, "people"), "1 person", "১ জন"),
    ((340, "people", "MIN"), "at least 340 people", "অন্তত ৩৪০ জন"),
    ((20, "percent"), "20%", "২০ শতাংশ"),
    ((1400, "containers", "MORE_THAN"), "more than 1,400 containers", "১৪০০ containers-এর বেশি"),
])
def test_quantities_in_words_and_plural_units(args: tuple[object, ...], en: str, bn: str) -> None:
    assert quantity(*args) == en  # type: ignore[arg-type]
    assert quantity(*args, lang="bn") == bn  # type: ignore[arg-type]


def test_numbers_never_in_exponent_form() -> None:
    assert number(1.8e9) == "1.8 billion" and number(2.5e12) == "2.5 trillion" and number(12345.678) == "12,345.68"
    assert number_bn(1.8e9) == "১৮০ কোটি" and number_bn(3.2e5) == "৩.২ লাখ" and "e" not in number_bn(1e20)


@pytest.mark.parametrize(("value", "mod", "said"), [
    ("2026", "EARLY", "early 2026"),
    ("2026-01", "MID", "mid-January 2026"),
    ("2025-09-12", None, "12 September 2025"),
    ("XXXX-11-03", None, "3 November (year not given)"),
    ("XXXX-WXX-1", None, "a Monday"),
    ("2025-W39", None, "week 39 of 2025"),
    ("2024-07/2025-06", None, "July 2024 – June 2025"),
    ("2025-12", "START", "from December 2025"),
    ("202", "LATE", "the late 2020s"),
    ("2025-03-12T10:30", None, "12 March 2025, 10:30"),
    ("P3D", None, "P3D"),  # a shape not known here is shown as it is, never guessed
])
def test_times_in_words(value: str, mod: str | None, said: str) -> None:
    assert time_value(value, mod) == said


def _analyze(fmt: str) -> str:
    res = CliRunner().invoke(app, ["analyze", "-", "-f", fmt, "--date", "2025-03-12"], input=ARTICLE)
    assert res.exit_code == 0, res.output
    return res.stdout


def test_markdown_and_html_say_figures_as_people_do_and_json_keeps_values() -> None:
    md = _analyze("md")
    assert "→ 1.8 billion USD · ১৮০ কোটি ডলার" in md and "→ early 2026" in md
    assert "→ about 12,000 tonnes" in md and "→ 1 year" in md
    assert not NOTATION.search(md), NOTATION.search(md)
    html = _analyze("html")
    assert "When and how much" in html and ">1.2 billion BDT · ১২০ কোটি টাকা<" in html and ">early 2026<" in html
    data = json.loads(_analyze("json"))
    assert {(q["value"], q["unit"]) for q in data["quantities"]} >= {(1.2e9, "BDT"), (1.8e9, "USD")}
    assert {"value": "2026", "mod": "EARLY"}.items() <= next(t for t in data["times"] if t["mod"]).items()
