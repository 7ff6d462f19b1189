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
    ("বিস্তারিত পড়তে ক্লিক করুন", "related"),
    ("পুরো খবর জানতে এখানে ট্যাপ করুন", "related"),
    ("সূত্র: https://example.org/news/1", "source"),
    ("এএফপি অবলম্বনে", "source"),
    ("বন্যার পানিতে ডুবে যাওয়া সড়ক। ছবি: সংগৃহীত", "caption"),
    ("| নদীর পাড়ে মানুষের ভিড়। ছবি: প্রতিবেদক |", "caption"),
    ("নিজস্ব প্রতিবেদক, খুলনা", "other"),
    ("স্টাফ রিপোর্টার", "other"),
    ("প্রকাশ: ১০ জানুয়ারি ২০২৫, ০৯:৩০", "other"),
    ("খুলনা, শনিবার, ১১ জানুয়ারি ২০২৫", "other"),
    ("লেখক : সাবেক সচিব, রাজস্ব বোর্ডের সাবেক সদস্য", "other"),
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


def _furniture(text: str) -> list[tuple[str, str]]:
    doc = analyze(text, lang="bn")
    return [(ln.boilerplate or "", ln.text) for ln in doc.boilerplate()]


def test_reporters_place_before_the_first_sentence() -> None:
    text = "সেতু ভেঙে যান চলাচল বন্ধ\n\nরংপুর প্রতিনিধি || পুরনো সেতুটি ভেঙে পড়ায় দুই উপজেলার যোগাযোগ বন্ধ হয়ে গেছে।"
    assert _furniture(text) == [("other", "রংপুর প্রতিনিধি ||")]


def test_news_feed_promotion_inside_a_line() -> None:
    # found only in a line with one of its pattern's words ("ফলো", "সাবস্ক্রাইব"), as the pack says
    text = ("সড়ক সংস্কারের দাবি\n\nসড়কটি দুই বছর ধরে ভাঙা। সর্বশেষ খবর পেতে আমাদের পাতা ফলো করুন "
            "এলাকাবাসী মানববন্ধন করেছেন।")
    assert _furniture(text) == [("ad", "সর্বশেষ খবর পেতে আমাদের পাতা ফলো করুন")]


def test_related_header_and_desk_credit_and_tags_inside_one_line() -> None:
    text = ("বাঁধ মেরামতের দাবি\n\nনদীর পানি বাড়ছে। আরো পড়ুন: ইউএনও বলেন, “বাঁধ মেরামতের কাজ শুরু হয়েছে।” "
            "কাজ শেষ হবে আগামী মাসে। খুলনা/রফিক/সাদিয়া সম্পর্কিত বিষয়: বন্যা, বাঁধ")
    assert _furniture(text) == [("related", "আরো পড়ুন:"), ("other", "খুলনা/রফিক/সাদিয়া"),
                                ("related", "সম্পর্কিত বিষয়: বন্যা, বাঁধ")]
    doc = analyze(text, lang="bn")
    # the quotation after the header is still the body's
    assert any("মেরামতের কাজ শুরু" in s.content.text for s in doc.statements)


def test_a_read_more_label_between_sentences_is_furniture() -> None:
    # the link's headline gone, its label left between two sentences: not the next sentence's start
    text = ("গম আমদানি\n\nমন্ত্রণালয় বলছে, জাহাজটি আজ খালাস হবে। আরও পড়ুন প্রসঙ্গত, এর আগেও দুটি জাহাজ এসেছিল।")
    assert _furniture(text) == [("related", "আরও পড়ুন")]
    doc = analyze(text, lang="bn")
    # and the reporter's aside after it does not run on the ministry's words
    assert [s.content.text for s in doc.statements] == ["জাহাজটি আজ খালাস হবে"]


def test_channel_promotion_repeated_in_the_text() -> None:
    promo = "দৈনিক খবরের হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক করুন"
    text = f"শিরোনাম\n\nমেলা শুরু হয়েছে। {promo} {promo} মেলা চলবে এক মাস।"
    assert _furniture(text) == [("ad", promo), ("ad", promo)]


def test_credit_after_the_lead_is_the_origin() -> None:
    text = ("শিরোনাম\n\nনির্বাচন পিছিয়ে যেতে পারে বলে আশঙ্কা করছেন অনেকে। খবর বিবিসির। "
            "কমিশনের এক কর্মকর্তা বলেন, “প্রস্তুতি চলছে।”")
    assert _furniture(text) == [("source", "খবর বিবিসির।")]
    origin = analyze(text, lang="bn").origin
    assert origin is not None and origin.source == "BBC Bangla" and not origin.translated


def test_source_credit_at_the_end_names_the_agency() -> None:
    text = "শিরোনাম\n\nবৃহস্পতিবার রাজধানীতে বাণিজ্য মেলা শুরু হয়েছে। মেলা চলবে এক মাস। সূত্র : বাসস"
    assert _furniture(text) == [("source", "সূত্র : বাসস")]
    origin = analyze(text, lang="bn").origin
    assert origin is not None and origin.source == "BSS" and not origin.translated


def test_pull_quote_repeated_before_its_quotation() -> None:
    text = ("দাম বাড়ার শঙ্কা\n\nআলুর দাম আবার বাড়ছে। হিমাগারে মজুত কমে এসেছে। সামনে দাম আরও বাড়তে পারে।- "
            "আড়তদার সমিতির সভাপতি করিম মিয়া পাইকারি বাজারে আলু বিক্রি হচ্ছে কেজিপ্রতি ৪০ টাকায়। "
            "আড়তদার সমিতির সভাপতি করিম মিয়া বলেন, ‘হিমাগারে মজুত কমে এসেছে। সামনে দাম আরও বাড়তে পারে।’")
    assert _furniture(text) == [("other", "হিমাগারে মজুত কমে এসেছে। সামনে দাম আরও বাড়তে পারে।- "
                                          "আড়তদার সমিতির সভাপতি করিম মিয়া")]
    doc = analyze(text, lang="bn")
    assert len([s for s in doc.statements if "মজুত কমে" in s.content.text]) == 1


def test_doubled_body_keeps_the_first_copy() -> None:
    body = ("চরাঞ্চলে এবার ধানের ফলন ভালো হয়েছে। কৃষকেরা মাঠে ধান কাটছেন। হাটে ধানের দামও ভালো পাওয়া যাচ্ছে। "
            "কৃষি কর্মকর্তা রহিম উদ্দিন বলেন, “এ বছর আবাদ বেড়েছে।” সেচের খরচ কিছুটা বেড়েছে বলে জানান কৃষকেরা।")
    doc = analyze(f"ফলন ভালো\n\n{body} {body}", lang="bn")
    bp = doc.boilerplate()
    assert len(bp) == 1 and bp[0].boilerplate == "other" and bp[0].text == body
    assert bp[0].start > doc.text.index(body)
    assert all(s.content.end <= bp[0].start for s in doc.statements)  # none from the copy
    assert len(doc.statements) == 2 and doc.title == "ফলন ভালো"


@pytest.mark.parametrize(("url", "source", "outlet"), [
    ("https://www.bbc.com/bengali/articles/c123", None, "BBC Bangla"),
    ("https://www.prothomalo.com/bangladesh/abc", None, "Prothom Alo"),
    ("https://news.example.org/a/1", None, "news.example.org"),
    (None, "archive/bbcbangla-nigeria-strikes.txt", "BBC Bangla"),
    (None, "prothomalo_2025-01-02.html", "Prothom Alo"),
    (None, "notes-on-bbc.txt", None),
    (None, "-", None),
])
def test_the_publishing_outlet_comes_from_the_address_or_the_file_name(
        url: str | None, source: str | None, outlet: str | None) -> None:
    from ukti.lang import load_pack
    from ukti.stages.clean import own_outlet

    assert own_outlet(url, source, load_pack("bn")) == outlet


@pytest.mark.parametrize(("line", "kind"), [
    ("Follow Rahim Uddin on Twitter @rahimuddin", "share"),
    ("Julie Davis reported from Midway Atoll, and Mark Landler from Kaneohe Bay, Hawaii.", "source"),
    ("Alan Rappeport contributed reporting.", "source"),
])
def test_english_page_furniture(line: str, kind: str) -> None:
    assert classify_line(line, "en") == kind


def test_english_body_lines_that_report_are_not_furniture() -> None:
    assert classify_line("The agency reported from its own records that prices rose.", "en") is None
    assert classify_line("Fans follow the team on Twitter.", "en") is None
