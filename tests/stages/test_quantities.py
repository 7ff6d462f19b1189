from __future__ import annotations

import pytest

from ukti.stages.quantities import tag_quantities


def q(text: str, region: str = "BD") -> list[tuple[str, float, str]]:
    return [(x.text, x.value, x.unit) for x in tag_quantities(text, region, [])]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("২.৫ বিলিয়ন ডলারের ঋণ", 2_500_000_000, "USD"),
    ("৭৫০ কোটি টাকার প্রকল্প", 7_500_000_000, "BDT"),
    ("৩ কোটি ৪০ লাখ টাকা", 34_000_000, "BDT"),
    ("২ হাজার ৫০০ কোটি টাকা", 25_000_000_000, "BDT"),
    ("সাড়ে পাঁচ হাজার মানুষ", 5500, "people"),
    ("দেড় লাখ টাকা", 150_000, "BDT"),
    ("আড়াই হাজার শ্রমিক", 2500, "workers"),
    ("সাড়ে তিনশো কর্মী", 350, "workers"),
    ("৬৫ শতাংশ ভোটার", 65, "percent"),
    ("১২% মূল্যস্ফীতি", 12, "percent"),
    ("এক-তৃতীয়াংশ জমি", 1 / 3, "fraction"),
    ("৪৫ কিলোমিটার সড়ক", 45, "km"),
    ("৩০০ হেক্টর জমি", 300, "hectare"),
    ("১২ হাজার টন চাল", 12000, "tonne"),
    ("৬৬০ মেগাওয়াট বিদ্যুৎ", 660, "MW"),
    ("১৫ দিনের ছুটি", 15, "day"),
    ("৩৮ বছর বয়সী এক নারী", 38, "year"),
    ("২৩টি জেলা", 23, "districts"),
    ("চারটি ট্রলার", 4, "trawlers"),
    ("পাঁচজন শিক্ষার্থী", 5, "students"),
    ("১২ জনের লাশ", 12, "people"),
    ("শতাধিক বাড়ি", 100, "houses"),
    ("৫০০ রুপি জরিমানা", 500, "INR"),
    ("২০ লাখ ইউরো", 2_000_000, "EUR"),
    ("১,২৫,০০০ টাকা", 125000, "BDT"),
    ("৪১ দশমিক ২ মিলিমিটার বৃষ্টিপাত", 41.2, "mm"),
    ("১২ ফুট উঁচু দেয়াল", 12, "ft"),
    ("৬ ইঞ্চি পুরু", 6, "inch"),
    ("২ হাজার বর্গফুটের ফ্ল্যাট", 2000, "ft2"),
    ("৫ কাঠা জমি", 5, "katha"),
    ("৩০০ গজ দূরে", 300, "yard"),
    ("২১ ক্যারেটের স্বর্ণ", 21, "karat"),
    ("৫৩৭টি থানায়", 537, "police stations"),
    ("৪ হাজার ৮৬১ পয়েন্টে", 4861, "points"),
    ("৪ ওভারে", 4, "overs"),
    ("দুই মাসব্যাপী কর্মসূচি", 2, "month"),
    ("তিন দিনব্যাপী মেলা", 3, "day"),
    ("তারা দুই ভাই", 2, "brothers"),
    ("চার সন্তানের জনক", 4, "children"),
    ("৪ দফা দাবি", 4, "demands"),
    ("২৫টির বেশি বই", 25, "books"),
])
def test_quantities(text: str, value: float, unit: str) -> None:
    found = q(text)
    assert found, text
    assert found[0][1] == pytest.approx(value)
    assert found[0][2] == unit


def test_money_with_its_smaller_unit_after_it() -> None:
    # "১২২ টাকা ৩০ পয়সা" is 122.30 taka (one figure, not taka and a count of something else)
    assert q("প্রতি ডলার ১২২ টাকা ৩০ পয়সা দরে বিক্রি হয়।") == [("১২২ টাকা ৩০ পয়সা", pytest.approx(122.3), "BDT")]
    assert q("দাম ৫০ টাকা। ২০ পয়সা কমেছে।")[0] == ("৫০ টাকা", 50, "BDT")


def test_taka_is_rupees_in_indian_outlets() -> None:
    assert q("৫০০ টাকা জরিমানা", region="IN")[0][2] == "INR"


def test_ordinals_years_and_bare_words_are_not_quantities() -> None:
    assert q("৭ নম্বর ওয়ার্ডে") == []
    assert q("২০২৪ সালে") == [] or all(u != "items" for _, _, u in q("২০২৪ সালে"))
    assert q("এক কর্মকর্তা জানান") == []


def test_approximate_modifier_is_kept() -> None:
    [x] = tag_quantities("প্রায় ৩০০ জন", "BD", [])
    assert x.mod == "APPROX" and x.text == "প্রায় ৩০০ জন"


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("৬ দশমিক ৫ শতাংশ প্রবৃদ্ধি", 6.5, "percent"),
    ("১২ দশমিক ২৫ বিলিয়ন ডলার", 12_250_000_000, "USD"),
    ("৩০ হাজারের বেশি মানুষ", 30000, "people"),
    ("৫ কোটির বেশি টাকা", 50_000_000, "BDT"),
    ("দুই শতাধিক মানুষ", 200, "people"),
])
def test_bangladeshi_decimals_inflected_scales_and_bounds(text: str, value: float, unit: str) -> None:
    [x] = tag_quantities(text, "BD", [])
    assert x.value == pytest.approx(value) and x.unit == unit


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("দুই খেলোয়াড়কে নিষিদ্ধ করা হয়েছে", 2, "players"),
    ("তিন শিল্পগ্রুপ বাজার নিয়ন্ত্রণ করে", 3, "industrial groups"),
    ("ঘটনাস্থল থেকে ৭ টি ককটেল উদ্ধার করা হয়", 7, "cocktail bombs"),
    ("হাজারো মানুষ সমাবেশে যোগ দেন", 1000, "people"),
    ("তিন-চার বছর ধরে মামলাটি চলছে", 3, "year"),
    ("দাম ১৫ থেকে ২৫ শতাংশ বেড়েছে", 15, "percent"),
    ("বছরে ১২ থেকে ১৪ লাখ টন চাল আমদানি হয়", 1200000, "tonne"),
    ("মণপ্রতি ২২০০-২২৫০ টাকায় বিক্রি হচ্ছে", 2200, "BDT"),
    ("খরচ দ্বিগুণেরও বেশি বেড়েছে", 2, "times"),
    ("তিনি ৪৫ বলে ৮১ রান করেন", 45, "balls"),
    ("কমপক্ষে তিনদিন অপেক্ষা করতে হয়", 3, "day"),
])
def test_counted_nouns_ranges_multipliers_and_sport(text: str, value: float, unit: str) -> None:
    assert q(text)[0][1:] == (value, unit)


def test_runs_after_balls_and_words_that_only_look_like_counts() -> None:
    assert [x[1:] for x in q("তিনি ৪৫ বলে ৮১ রান করেন")] == [(45, "balls"), (81, "runs")]
    assert q("এটা ঠিক নয় বলে তিনি জানান") == []


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("শিরোনাম\nদুই বছরে প্রায় ৬৬ হাজার কোটি টাকা পাচার হয়েছে।", "প্রায় ৬৬ হাজার কোটি টাকা", 66e10, "BDT"),
    ("শিরোনাম\nআড়াই হাজার কোটি টাকার প্রকল্প।", "আড়াই হাজার কোটি টাকার", 2.5e10, "BDT"),
    ("শিরোনাম\nএবারের বাজেট ৮ লাখ কোটি টাকার।", "৮ লাখ কোটি টাকার", 8e12, "BDT"),
    ("শিরোনাম\nরিজার্ভ ১৭ বিলিয়নের ওপরে থাকবে বলে আশা।", "১৭ বিলিয়নের", 17e9, "number"),
    ("শিরোনাম\nতিনি দুবার সংসদ সদস্য হয়েছেন।", "দুবার", 2, "times"),
])
def test_scales_in_a_row_implied_units_and_glued_times(bn, sentence: str, text: str, value: float, unit: str) -> None:
    q = next(q for q in bn(sentence).quantities if q.text == text)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_a_skipped_span_blocks_every_word_it_touches_and_no_other() -> None:
    # (the words a span blocks are found by bisection: spans may come in any order and overlap)
    text = "সভায় ৫০০ জন মানুষ এসেছিলেন এবং ৩০ টন চাল বিতরণ করা হয়।"
    a = text.index("৫০০")
    both = [("৫০০ জন মানুষ", 500.0, "people"), ("৩০ টন", 30.0, "tonne")]

    def skipping(*spans: tuple[int, int]) -> list[tuple[str, float, str]]:
        return [(x.text, x.value, x.unit) for x in tag_quantities(text, "BD", list(spans))]

    assert skipping() == both
    assert skipping((a + 1, a + 1)) == both[1:]  # a point inside the number
    assert skipping((a + 3, a + 4)) == both  # from the number's end: the space after it
    assert skipping((a - 2, a)) == both  # up to the number's start
    assert skipping((len(text) - 5, len(text)), (a + 2, a + 6), (0, a + 1)) == both[1:]
    b = text.index("৩০")
    assert skipping((b, b + 2), (a - 1, a + 1)) == []


def test_indices_of_the_words_not_skipped() -> None:
    from ukti.textutil import indices_except

    words = ["গত", "বছর", "৫", "জন", "আর", "এ", "বছর", "৭", "জন"]
    assert indices_except(words, {"গত", "বছর", "জন", "আর", "এ"}) == [2, 7]
    assert indices_except(words, set()) == list(range(len(words)))


def test_an_hour_is_a_clock_time_not_a_count() -> None:
    # "সোয়া ৮টার দিকে", "রাত ৯টা পর্যন্ত", "সাড়ে ১২টায়": clock times (the times stage reads them), no items
    assert q("সকাল সোয়া ৮টার দিকে ভূমিকম্প হয়।") == []
    assert q("মন্ত্রণালয়ে একটা মিটিং আছে সাড়ে ১২টায়।") == []
    assert q("রাত ৯টা পর্যন্ত দোকান খোলা থাকবে।") == []
    # things counted stay counts
    assert q("বাজারে ৩টা দোকান পুড়েছে।")[0][1] == 3


def test_a_year_like_count_of_people_and_a_unit_written_onto_the_number() -> None:
    # "১৬০০ জন আহত" counts people though 1600 looks like a year; "১৯৬০ জন্ম" (born) is no count
    assert q("এতে ১৬০০ জন আহত হন।")[0][1] == 1600
    assert q("১৯৬০ জন্ম নেওয়া এই লেখক।") == []
    # "৭৩২টাকা": the unit glued to the number is still the unit
    assert q("দাম ৩ হাজার ৭৩২টাকা।") == [("৩ হাজার ৭৩২টাকা", 3732.0, "BDT")]


def test_a_count_that_ends_a_span_is_still_a_count() -> None:
    # "২০টা পর্যন্ত টিকিট": up to twenty tickets, no clock time (no hour before it, above twelve)
    assert q("একজন ক্রেতা সর্বোচ্চ ২০টা পর্যন্ত টিকিট কিনতে পারবেন।")[0][1] == 20
    assert q("৫টা পর্যন্ত গ্যাস সিলিন্ডার দেওয়া হবে।")[0][1] == 5


def test_an_hour_that_ends_a_sentence_after_until_is_a_time() -> None:
    # "চলবে ৪টা পর্যন্ত।": until four o'clock, no count
    assert q("সকাল ৮টায় ভোট গ্রহণ শুরু হয়, চলবে ৪টা পর্যন্ত।") == []
    # …but things up to a number, the sentence going on, stay counted
    assert q("সিলিন্ডার পাবে ২টা পর্যন্ত, এর বেশি নয়।")[0][1] == 2


@pytest.mark.parametrize(("text", "value"), [
    # groups before "হাজার কোটি" add up, and the last scale multiplies the sum
    ("বাজেটের আকার ১ লাখ ২৬ হাজার কোটি টাকা", 1_260_000_000_000),
    ("মোট ঋণ ২ লাখ ৮২ হাজার ৫১৫ কোটি টাকা", 2_825_150_000_000),
    ("রিজার্ভ ৬৬ হাজার কোটি টাকা", 660_000_000_000),
    # hundreds glued to digits: "৭শ", "৯শ", "৫শ’"
    ("দাম ৭শ টাকা", 700),
    ("দূরত্ব ১ হাজার ৯শ কিমি", 1900),
    ("সভায় ৫শ’ জন আসেন", 500),
    ("বরাদ্দ ১৫ হাজার ৭শ মিলিয়ন টাকা", 15_700_000_000),
])
def test_indian_system_groups_and_glued_hundreds(text: str, value: float) -> None:
    assert [v for _, v, _ in q(text)] == [value]


def test_an_ordinal_in_digits_counts_nothing() -> None:
    # "৭২তম জন্মবার্ষিকী", "১০ম শ্রেণির", "৩য় দিনে": a rank; the count after it still counts
    assert q("তাঁর ৭২তম জন্মবার্ষিকী পালিত হয়") == []
    assert q("১০ম শ্রেণির ২০ জন শিক্ষার্থী") == [("২০ জন শিক্ষার্থী", 20, "students")]
    assert q("৩য় দিনে ৫ জন আহত") == [("৫ জন আহত", 5, "injured")]


def test_an_hour_with_its_minutes_or_before_after_counts_nothing() -> None:
    # "৫টা ৩৬ মিনিটে", "২টার পর": clock times, no five things, thirty-six minutes or two things
    assert q("স্থানীয় সময় ৫টা ৩৬ মিনিটে ভূমিকম্প হয়") == []
    assert q("আজ ২টার পর কারফিউ শিথিল হবে") == []
    assert q("তিনি ৩০ মিনিট কথা বলেন") == [("৩০ মিনিট", 30, "minute")]


def test_fours_after_digits_are_cricket_and_the_number_word_stays_a_number() -> None:
    # "১০ চার ও ৫ ছক্কায়": ten fours and five sixes; "চার দিনের" is four days
    assert q("তিনি ১০ চার ও ৫ ছক্কায় ৮০ রান করেন") == [
        ("১০ চার", 10, "fours"), ("৫ ছক্কায়", 5, "sixes"), ("৮০ রান", 80, "runs")]
    assert q("চার দিনের সফর") == [("চার দিনের", 4, "day")]


def test_a_number_with_a_scale_word_or_before_votes_is_no_year(bn) -> None:
    # "২ হাজার ৮৩ ভোট" is 2,083 votes, "২০৮৩ ভোট" too; "২০২৪ সালে" stays a year, no count
    doc = bn("শিরোনাম\nতিনি পেয়েছেন ২ হাজার ৮৩ ভোট। অন্যজন পান ২০৮৩ ভোট। ২ হাজার মানুষ জড়ো হন। ২০২৪ সালে নির্বাচন হয়।")
    assert [(q.value, q.unit) for q in doc.quantities] == [(2083, "votes"), (2083, "votes"), (2000, "people")]


def test_a_counted_noun_after_one_describing_word_and_never_past_another_number(bn) -> None:
    doc = bn("শিরোনাম\nচারটি দগ্ধ মরদেহ উদ্ধার করা হয়। চারটিসহ ১১ দল অংশ নেয়। ১৫ এর রিটার্নিং কর্মকর্তা আসেন।")
    got = [(q.value, q.unit) for q in doc.quantities]
    assert (4, "bodies") in got and (11, "teams") in got and (15, "officials") not in got, got


def test_a_hospitals_beds_are_what_its_number_counts(bn) -> None:
    # "২৫০ শয্যাবিশিষ্ট জেনারেল হাসপাতাল": a hospital of 250 beds, not 250 hospitals or districts
    doc = bn("শিরোনাম\nআহতদের ২৫০ শয্যাবিশিষ্ট জেনারেল হাসপাতালে নেওয়া হয়। ১০০ শয্যার হাসপাতালে চিকিৎসা চলছে।")
    assert [(q.text, q.value, q.unit) for q in doc.quantities] == [("২৫০ শয্যাবিশিষ্ট", 250, "beds"),
                                                                  ("১০০ শয্যার", 100, "beds")]


def test_the_ones_a_crime_report_counts_and_things_taken(bn) -> None:
    doc = bn("শিরোনাম\nঘটনাস্থলে ছয় ছিনতাইকারী ধরা পড়ে। পুলিশ সাত ডাকাতকে আটক করেছে। "
             "দোকান থেকে ১৫টি চেয়ার ও দুটি ফ্রিজ চুরি হয়েছে।")
    assert [(q.value, q.unit) for q in doc.quantities] == [(6, "muggers"), (7, "robbers"), (15, "chairs"),
                                                          (2, "refrigerators")]
    # (a spoon is no table: "টমেটো সস ১ টেবিল চামচ")
    assert all(q.unit != "tables" for q in bn("শিরোনাম\nটমেটো সস ১ টেবিল চামচ দিন।").quantities)
