from __future__ import annotations

import pytest

from ukti import analyze
from ukti.stages.clean import classify_line


@pytest.mark.parametrize(("line", "kind"), [
    ("[বিজ্ঞাপন_৩]", "ad"),
    ("— বিজ্ঞাপন —", "ad"),
    ("Advertisement", "ad"),
    ("মন্তব্য (১২)", "comments"),
    ("৪ মন্তব্য", "comments"),
    ("মন্তব্য করুন", "comments"),
    ("শেয়ার করুন", "share"),
    ("৩০৫ শেয়ার", "share"),
    ("শেয়ার: ফেসবুক | হোয়াটসঅ্যাপ", "share"),
    ("আরও পড়ুন: নদীভাঙনে বিলীন তিন গ্রাম", "related"),
    ("সূত্র: https://example.org/news/1", "source"),
    ("এএফপি অবলম্বনে", "source"),
    ("বন্যার পানিতে ডুবে যাওয়া সড়ক। ছবি: সংগৃহীত", "caption"),
    ("| নদীর পাড়ে মানুষের ভিড়। ছবি: প্রতিবেদক |", "caption"),
    ("নিজস্ব প্রতিবেদক, খুলনা", "other"),
    ("স্টাফ রিপোর্টার", "other"),
    ("প্রকাশ: ১০ জানুয়ারি ২০২৫, ০৯:৩০", "other"),
    ("খুলনা, শনিবার, ১১ জানুয়ারি ২০২৫", "other"),
])
def test_boilerplate_kinds(line: str, kind: str) -> None:
    assert classify_line(line, "bn") == kind


@pytest.mark.parametrize("line", [
    "নদীভাঙনে গত এক সপ্তাহে তিনটি গ্রাম বিলীন হয়েছে বলে জানিয়েছেন স্থানীয় বাসিন্দারা।",
    "তিনি বলেন, সাংবাদিকদের ছবি তুলতে দেওয়া হয়নি; ছবি: কেউ তোলেনি বলে তিনি দাবি করেন এবং আরও অনেক কথা বলেন "
    "যা এখানে লেখা হলো যাতে লাইনটি দীর্ঘ হয় আর এটা যে মূল লেখা তা বোঝা যায়, এবং বিষয়টি নিয়ে আরও তদন্ত হবে বলে জানান।",
])
def test_body_lines_are_not_boilerplate(line: str) -> None:
    assert classify_line(line, "bn") is None


def test_origin_url_in_another_language_means_translated() -> None:
    doc = analyze("শিরোনাম\nপ্রথম অনুচ্ছেদ।\nসূত্র: https://tuoitre.vn/bai-viet-123.htm", lang="bn")
    assert doc.origin is not None
    assert doc.origin.url == "https://tuoitre.vn/bai-viet-123.htm"
    assert doc.origin.lang == "vi" and doc.origin.translated


def test_adapted_from_a_named_agency() -> None:
    doc = analyze("শিরোনাম\nপ্রথম অনুচ্ছেদ।\nএএফপি অবলম্বনে", lang="bn")
    assert doc.origin is not None and doc.origin.translated and doc.origin.source == "AFP"


def test_no_credit_no_origin() -> None:
    assert analyze("শিরোনাম\nপ্রথম অনুচ্ছেদ।", lang="bn").origin is None


def test_region_from_places() -> None:
    kolkata = analyze("কলকাতা পুরসভার জেলাশাসক জানিয়েছেন, কাজ চলছে।\nদ্বিতীয় লাইন।", lang="bn")
    dhaka = analyze("ঢাকার উপজেলা নির্বাহী কর্মকর্তা জানিয়েছেন, কাজ চলছে।\nদ্বিতীয় লাইন।", lang="bn")
    assert kolkata.region == "IN" and dhaka.region == "BD"
