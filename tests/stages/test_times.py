from __future__ import annotations

from datetime import date

import pytest

from ukti.stages.times import tag_times

REF = date(2025, 6, 18)  # a Wednesday


def values(text: str, ref: date | None = REF, region: str = "BD") -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.mod) for t in tag_times(text, ref, region)]


@pytest.mark.parametrize(("text", "value", "mod"), [
    ("সভাটি হবে ৩ জুলাই ২০২৫ তারিখে", "2025-07-03", None),
    ("১৯৭১ সালের ডিসেম্বরে দেশ স্বাধীন হয়", "1971-12", None),
    ("২০১৯ সাল থেকে প্রকল্পটি চলছে", "2019", "START"),
    ("২০২৪ সালের শেষের দিকে কাজ শুরু হয়", "2024", "LATE"),
    ("২০২৬ সালের মাঝামাঝি শেষ হবে", "2026", "MID"),
    ("২০২০ সালের মার্চের দিকে লকডাউন শুরু হয়", "2020-03", "APPROX"),
    ("২০১৮ থেকে ২০২০ সাল পর্যন্ত তিনি দায়িত্বে ছিলেন", "2018/2020", None),
    ("গতকাল বৈঠক হয়েছে", "2025-06-17", None),
    ("আজ সকালে বৃষ্টি হয়েছে", "2025-06-18", None),
    ("আগামীকাল ছুটি", "2025-06-19", None),
    ("গত সপ্তাহে দাম বেড়েছে", "2025-W24", None),
    ("আগামী মাসে নির্বাচন", "2025-07", None),
    ("গত বছর বন্যা হয়েছিল", "2024", None),
    ("চলতি বছরের মধ্যে শেষ হবে", "2025", "END"),
    ("গত সোমবার মিছিল হয়", "2025-06-16", None),
    ("শুক্রবার (১৩ জুন) বিকেলে সভা হয়", "2025-06-13", None),
    ("রোববার জরুরি বৈঠক ডাকা হয়েছে", "2025-06-15", None),
    ("গত ২১ ফেব্রুয়ারি শহীদ দিবস পালিত হয়", "2025-02-21", None),
    ("গত ১ আগস্ট থেকে আন্দোলন", "2024-08-01", "START"),
    ("আগস্ট থেকে কাজ বন্ধ", "2024-08", "START"),
    ("মার্চ পর্যন্ত মজুরি দেওয়া হয়েছে", "2025-03", "END"),
    ("১০ থেকে ১২ জুলাইয়ের মধ্যে পরীক্ষা", "2025-07-10/2025-07-12", "END"),
])
def test_bengali_time_expressions(text: str, value: str, mod: str | None) -> None:
    found = values(text)
    assert found, text
    assert found[0][1] == value
    assert found[0][2] == mod


def test_bengali_digits_and_latin_digits_agree() -> None:
    assert values("15 মে 2025 তারিখে")[0][1] == values("১৫ মে ২০২৫ তারিখে")[0][1] == "2025-05-15"


def test_unresolved_without_a_date() -> None:
    assert values("৫ আগস্ট সরকার পতন হয়", ref=None)[0][1] == "XXXX-08-05"
    assert values("এই বছরের শুরুতে", ref=None)[0][1] == "XXXX"
    assert values("বুধবার বৈঠক", ref=None)[0][1] == "XXXX-WXX-3"


def test_bengali_calendar_bangladesh_and_west_bengal() -> None:
    # revised Bangladesh calendar: 1 Boishakh = 14 April, Falgun 1 = 14 February
    assert values("১ বৈশাখ ১৪৩২", region="BD")[0][1] == "2025-04-14"
    assert values("১ ফাল্গুন ১৪৩১", region="BD")[0][1] == "2025-02-14"
    assert values("১০ আষাঢ় ১৪৩২", region="BD")[0][1] == "2025-06-24"
    # West Bengal's traditional calendar starts its months on other days
    assert values("১০ আষাঢ় ১৪৩২", region="IN")[0][1] == "2025-06-24"
    assert values("১ মাঘ ১৪৩১", region="IN")[0][1] == "2025-01-15"


def test_clock_time_after_a_day() -> None:
    found = values("মঙ্গলবার রাতে আগুন লাগে। ভোর পাঁচটার মধ্যে আগুন নেভে।")
    assert found[0][1] == "2025-06-17"
    assert found[1][1] == "2025-06-17T05:00" and found[1][2] == "END"


def test_that_year_refers_back() -> None:
    found = values("২০১৯ সালের জুলাই পর্যন্ত দাম স্থির ছিল, কিন্তু সেই বছরের অক্টোবরে বেড়ে যায়।")
    assert [f[1] for f in found] == ["2019-07", "2019-10"]


def test_vague_words_and_numbers_are_not_times() -> None:
    assert values("অতীতে এমন হয়নি, এখন পরিস্থিতি ভালো। ১.৮ বিলিয়ন ডলারের চুক্তি। মঙ্গল গ্রহে অভিযান।") == []


def test_datetime_in_a_dateline() -> None:
    assert values("প্রকাশ: ০২ জানুয়ারি ২০২৬, ১৮:৪৫")[0][1] == "2026-01-02T18:45"


def test_bare_month_looks_back_after_since_and_forward_to_a_near_deadline() -> None:
    nov = date(2025, 11, 14)
    assert values("ডিসেম্বরের মধ্যে টাকা দেওয়া হবে", ref=nov)[0][1] == "2025-12"
    assert values("ডিসেম্বর থেকে বেতন বন্ধ", ref=date(2025, 3, 12))[0][1] == "2024-12"


@pytest.mark.parametrize(("text", "value"), [
    ("১৯৭১ সালের ২৬ মার্চ স্বাধীনতা ঘোষণা", "1971-03-26"),
    ("২০২৫-২৬ অর্থবছরে বাজেট", "2025-07/2026-06"),
    ("১৯৯০-এর দশকে শিল্পায়ন", "199"),
    ("সোমবার রাত ১০টায় আগুন", "2025-06-16T22:00"),
    ("দুই দিন আগে বৈঠক হয়", "2025-06-16"),
    ("তিন মাস আগে নির্বাচন হয়", "2025-03"),
    ("২০২৪ সালের জুলাই-আগস্টে আন্দোলন", "2024-07/2024-08"),
    ("জানুয়ারি থেকে মার্চ পর্যন্ত", "2025-01/2025-03"),
])
def test_more_news_time_forms(text: str, value: str) -> None:
    assert values(text)[0][1] == value


def test_vague_counts_and_durations_are_not_dates() -> None:
    assert values("কয়েক দিন আগে") == []
    assert values("দুই দিনের কর্মবিরতি") == []


@pytest.mark.parametrize(("text", "value"), [
    ("গত অর্থবছরে রপ্তানি কমেছে", "2023-07/2024-06"),  # REF is in June: FY 2024-25
    ("চলতি অর্থবছরে বাজেট বেড়েছে", "2024-07/2025-06"),
    ("২০২২-২০২৩ অর্থবছরে আয় বেড়েছিল", "2022-07/2023-06"),
    ("২০২৩-২৪ অর্থবছরের ১ জুলাই থেকে ৩০ সেপ্টেম্বর পর্যন্ত রপ্তানি বেড়েছে", "2023-07-01/2023-09-30"),
    ("২০১৫-১৬ থেকে ২০১৯-২০ করবর্ষ পর্যন্ত তিনি কর দেননি", "2015-07/2020-06"),
    ("পঁচিশের ১০ মার্চ মিছিল হয়", "2025-03-10"),
    ("গত ২ জুন সকাল ৯টা ৪০ মিনিটে ট্রেন ছাড়ে", "2025-06-02T09:40"),
    ("মঙ্গলবার বেলা সাড়ে ১১টার দিকে সভা শুরু হয়", "2025-06-17T11:30"),
    ("মঙ্গলবার দুপুর আড়াইটায় সভা শুরু হয়", "2025-06-17T14:30"),
    ("বছর শেষে দাম কমবে", "2025"),
    ("এক সপ্তাহ আগে দাম বাড়ে", "2025-06-11"),
    ("চলতি সপ্তাহে বৈঠক হবে", "2025-W25"),
])
def test_fiscal_years_year_words_and_clock_times(text: str, value: str) -> None:
    assert values(text)[0][1] == value


def test_this_day_next_day_after_a_named_day() -> None:
    found = values("রোববার (১৫ জুন) মামলা হয়। এদিন আদালতে শুনানি হয়নি। পরদিন দুপুরে জামিন দেওয়া হয়।")
    assert [v for _, v, _ in found] == ["2025-06-15", "2025-06-15", "2025-06-16"]


def test_festivals_resolve_only_with_a_date() -> None:
    assert values("রমজানে দাম বাড়ে", ref=date(2025, 1, 10))[0][1] == "2025-03-02/2025-03-30"
    assert values("ঈদের আগে বেতন চাই", ref=None)[0][1] == "XXXX-XX"
    assert values("মেয়েরা মাঠে খেলছে")[:1] == []  # a daughter is no May


def _article_times(text: str) -> list[tuple[str, str]]:
    from ukti import analyze
    return [(t.text, t.value) for t in analyze(text, lang="bn").times]


def test_article_without_dateline_takes_its_day_from_weekday_and_date() -> None:
    found = _article_times("শিরোনাম\n\nবুধবার (১২ নভেম্বর) সকালে মিছিল হয়। আজকে আবার মিছিল হবে বলে জানান নেতারা। "
                           "গত ১০ নভেম্বর সভা হয়েছিল।")
    assert [v for _, v in found] == ["XXXX-11-12", "XXXX-11-12", "XXXX-11-10"]
    # a year named in the text that puts that date on that weekday is the article's year
    found = _article_times("শিরোনাম\n\nবুধবার (১২ নভেম্বর) সকালে মিছিল হয়। ২০২৫ সালের জানুয়ারিতে কাজ শুরু হয়। "
                           "এদিন শ্রমিকেরা সড়ক অবরোধ করেন।")
    assert [v for _, v in found] == ["2025-11-12", "2025-01", "2025-11-12"]


def test_today_takes_the_weekday_the_text_gives_it() -> None:
    found = _article_times("শিরোনাম\n\nআজ শনিবার বিকেলে সমাবেশ হবে। গতকাল প্রস্তুতি সভা হয়েছে।")
    assert [v for _, v in found] == ["XXXX-WXX-6", "XXXX-WXX-5"]


@pytest.mark.parametrize(("text", "value"), [
    ("গত বছরের ৩০ জানুয়ারি চুক্তি সই হয়", "2024-01-30"),
    ("চলতি বছরের ১২ মার্চ প্রকল্পের অনুমোদন মেলে", "2025-03-12"),
    ("আগামী বছরের ১ জুলাই থেকে নতুন দর", "2026-07-01"),
])
def test_a_day_of_a_year_named_relative_to_the_article(text: str, value: str) -> None:
    found = values(text)
    assert len(found) == 1 and found[0][1] == value
    assert values(text, ref=None)[0][1] == "XXXX" + value[4:]


def test_a_count_back_that_restates_the_time_after_it_is_one_time() -> None:
    found = values("এক বছর আগে গত বছরের সেপ্টেম্বর শেষে খেলাপি ঋণ ছিল কম")
    assert found == [("এক বছর আগে গত বছরের সেপ্টেম্বর শেষে", "2024-09", "LATE")]
    assert values("তিন দিন আগে গত শনিবার মিছিল হয়")[0][:2] == ("তিন দিন আগে গত শনিবার", "2025-06-14")


def test_months_after_a_named_month_count_on_from_it() -> None:
    found = values("২০২২ সালের জুলাইয়ে ঋণ চায় সরকার। ছয় মাস পর সংস্থাটি ঋণ অনুমোদন করে।", ref=None)
    assert [v for _, v, _ in found] == ["2022-07", "2023-01"]
    assert values("দুই বছর পর মামলার রায় হয়", ref=None) == []  # a duration, no time named before it


def test_article_year_from_a_month_named_both_ways() -> None:
    # "this year's March" and "March 2024" in one paragraph: the article is of 2024
    found = _article_times("শিরোনাম\n\nচলতি বছরের মার্চ শেষে রপ্তানি কমেছে। বাণিজ্য বেড়েছে কিছুটা। "
                           "কেন্দ্রীয় ব্যাংকের হিসাবে ২০২৪ সালের মার্চ মাস শেষে ঋণ দাঁড়ায় ১০ কোটি টাকা। "
                           "গত বছরের জুনে তা ছিল কম। গত ১২ ফেব্রুয়ারি বোর্ড সভা হয়। বুধবার আবার সভা।")
    assert [v for _, v in found] == ["2024-03", "2024-03", "2023-06", "2024-02-12", "XXXX-WXX-3"]
    # in different paragraphs the two are not taken for one time
    found = _article_times("শিরোনাম\n\nচলতি বছরের মার্চ শেষে রপ্তানি কমেছে।\n\n"
                           "২০১৯ সালের মার্চ মাস শেষে ঋণ দাঁড়ায় ১০ কোটি টাকা।")
    assert [v for _, v in found] == ["XXXX-03", "2019-03"]


def test_article_written_just_after_a_year_ended() -> None:
    found = _article_times("শিরোনাম\n\nসদ্য বিদায়ী বছর শেষে রিজার্ভ কমেছে। তবে বছর শেষে আমদানি বেড়েছে। "
                           "ডিসেম্বরে রপ্তানি কম ছিল। গত মাসে কিস্তি আসে। আগামী মার্চে নতুন লক্ষ্য।")
    assert [v for _, v in found] == ["XXXX", "XXXX", "XXXX-12", "XXXX-12", "XXXX-03"]
    # with its year fixed by the text ("তিন মাস পর" = November 2021 = "last year's November")
    found = _article_times("শিরোনাম\n\nসদ্য বিদায়ী বছর শেষে রিজার্ভ কমেছে। ২০২১ সালের আগস্টে চুক্তি হয়। "
                           "তিন মাস পর গত বছরের ১০ নভেম্বর প্রথম কিস্তি আসে। আগামী মার্চে নতুন লক্ষ্য। "
                           "জুনে আরেকটি কিস্তি।")
    assert [v for _, v in found] == ["2021", "2021-08", "2021-11", "2021-11-10", "2022-03", "2022-06"]


def test_today_in_a_quotation_is_the_day_it_was_spoken() -> None:
    found = values("গতকাল সোমবার মাঠের জনসভায় তিনি বলেন, ‘আজ এই মাঠে সব দলের মানুষ এসেছে।’ "
                   "আজ তিনি ঢাকায় ফিরেছেন।", ref=date(2025, 6, 17))
    assert [v for _, v, _ in found] == ["2025-06-16", "2025-06-16", "2025-06-17"]
    found = values("মঙ্গলবার দুপুরে মহাসচিব বলেন, “আমি গতকাল রাতে তাঁর সঙ্গে দেখা করেছি।”")
    assert [v for _, v, _ in found] == ["2025-06-17", "2025-06-16"]
    found = _article_times("শিরোনাম\n\nআজ বুধবার সমাবেশ হবে। মঙ্গলবার দুপুরে মহাসচিব বলেন, "
                           "“আমি গতকাল রাতে তাঁর সঙ্গে দেখা করেছি।”")
    assert [v for _, v in found] == ["XXXX-WXX-3", "XXXX-WXX-2", "XXXX-WXX-1"]
    # a quotation whose sentence names no day keeps the article's day
    assert values("তিনি বলেন, ‘আজ আমরা জয়ী।’", ref=date(2025, 6, 17))[0][1] == "2025-06-17"


def test_a_year_joined_to_a_year_with_its_year_word() -> None:
    found = values("সরকারের অধীনেই ২০১৪ ও ২০১৮ সালে বিতর্কিত নির্বাচন হয়")
    assert [(t, v) for t, v, _ in found] == [("২০১৪", "2014"), ("২০১৮ সালে", "2018")]
    assert values("প্রকল্পে ২০১৪ ও ২০১৮ জন শ্রমিক কাজ করেন") == []  # numbers, not years


def test_a_time_word_with_the_object_ending() -> None:
    assert values("রমজানকে সামনে রেখে চিনির দাম বাড়ছে", ref=date(2025, 12, 20))[0][:2] == \
        ("রমজানকে", "2026-02-19/2026-03-20")
    assert values("২০২৪ সালের ৫ আগস্টকে মনে রেখে সভা হয়")[0][1] == "2024-08-05"


def test_article_year_named_as_the_current_one() -> None:
    found = _article_times("শিরোনাম\n\nচলতি ২০২৫ সালের মার্চে রপ্তানি কমেছে। গত ১২ ফেব্রুয়ারি বোর্ড সভা হয়। "
                           "গত বছরের জুনে রপ্তানি বেশি ছিল। বুধবার নতুন তথ্য আসবে।")
    assert [v for _, v in found] == ["2025-03", "2025-02-12", "2024-06", "XXXX-WXX-3"]


def test_current_fiscal_year_named_or_set_apart_by_the_same_period() -> None:
    found = _article_times("শিরোনাম\n\nচলতি ২০২৫-২৬ অর্থবছরের বাজেটে ভর্তুকি কমেছে। গত অর্থবছরে ভর্তুকি বেশি ছিল।")
    assert [v for _, v in found] == ["2025-07/2026-06", "2024-07/2025-06"]
    # the named period's figures, then "the same period of the current year": the next year is current
    found = _article_times("শিরোনাম\n\nরাজস্ব বোর্ডের হিসাবে ২০২৩-২৪ অর্থবছরের ১ জুলাই থেকে ৩০ নভেম্বর পর্যন্ত ৫ লাখ টন "
                           "আমদানি হয়। চলতি অর্থবছরের একই সময়ে আমদানি হয়েছে ৭ লাখ টন। গত অর্থবছরে মোট আমদানি "
                           "ছিল ১২ লাখ টন।")
    assert [v for _, v in found] == ["2023-07-01/2023-11-30", "2024-07-01/2024-11-30", "2023-07/2024-06"]
    # "the same period of last year" after it: the named year is the current one
    found = _article_times("শিরোনাম\n\n২০২৪-২৫ অর্থবছরের ১ জুলাই থেকে ৩০ নভেম্বর পর্যন্ত ৫ লাখ টন আমদানি হয়। "
                           "গত অর্থবছরের একই সময়ে আমদানি হয়েছিল ৭ লাখ টন।")
    assert [v for _, v in found] == ["2024-07-01/2024-11-30", "2023-07-01/2023-11-30"]


@pytest.mark.parametrize(("text", "span", "value"), [
    # the weekday after a date is part of it, not a second (past) weekday
    ("মনোনয়ন যাচাই হবে ২০ জানুয়ারি মঙ্গলবার দুপুরে", "২০ জানুয়ারি মঙ্গলবার দুপুরে", "2026-01-20"),
    ("ভোট হবে আগামী ১২ ফেব্রুয়ারি বৃহস্পতিবার", "আগামী ১২ ফেব্রুয়ারি বৃহস্পতিবার", "2026-02-12"),
    # "মাস" after a month name, and a day given as a date of the month
    ("গত নভেম্বর মাসের শেষের দিকে দাম কমে", "গত নভেম্বর মাসের শেষের দিকে", "2025-11"),
    ("আবেদন নেওয়া হবে ডিসেম্বরের ২৮ তারিখ পর্যন্ত", "ডিসেম্বরের ২৮ তারিখ পর্যন্ত", "2025-12-28"),
    ("গত মাসের ১৫ তারিখে সভা হয়", "গত মাসের ১৫ তারিখে", "2025-11-15"),
    ("চলতি মাসের ১০ তারিখে বেতন হবে", "চলতি মাসের ১০ তারিখে", "2025-12-10"),
])
def test_days_with_their_weekday_and_dates_of_a_month(text: str, span: str, value: str) -> None:
    found = values(text, ref=date(2025, 12, 29))
    assert [(t, v) for t, v, _ in found] == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("শনিবার দিবাগত রাতে দুর্বৃত্তরা হামলা চালায়", "শনিবার দিবাগত রাতে", "2025-12-27"),
    ("গতকাল দিবাগত রাত ২টার দিকে আগুন লাগে", "গতকাল দিবাগত রাত ২টার দিকে", "2025-12-29T02:00"),
    ("শনিবার দিবাগত রাত ১১টায় অভিযান শুরু হয়", "শনিবার দিবাগত রাত ১১টায়", "2025-12-27T23:00"),
    ("গত রাতে বাজারে আগুন লাগে", "গত রাতে", "2025-12-28"),
    # twelve at night is the midnight that ends the day named, once, whether or not "দিবাগত" says so
    ("শনিবার রাত ১২টার দিকে আগুন লাগে", "শনিবার রাত ১২টার দিকে", "2025-12-28T00:00"),
    ("শনিবার দিবাগত রাত ১২টায় অভিযান শুরু হয়", "শনিবার দিবাগত রাত ১২টায়", "2025-12-28T00:00"),
    ("৩১ ডিসেম্বর রাত সাড়ে ১২টায় আতশবাজি ফোটে", "৩১ ডিসেম্বর রাত সাড়ে ১২টায়", "2026-01-01T00:30"),
    ("শনিবার রাত পৌনে ১২টায় ট্রেন ছাড়ে", "শনিবার রাত পৌনে ১২টায়", "2025-12-27T23:45"),
    ("শনিবার দুপুর ১২টায় সভা হয়", "শনিবার দুপুর ১২টায়", "2025-12-27T12:00"),
])
def test_nights_after_a_day_and_twelve_at_night(text: str, span: str, value: str) -> None:
    found = values(text, ref=date(2025, 12, 29))
    assert [(t, v) for t, v, _ in found] == [(span, value)]


def test_twelve_at_night_of_a_day_without_its_year() -> None:
    found = values("৩১ অক্টোবর রাত ১২টায় মেলা শেষ হয়", ref=None)
    assert [v for _, v, _ in found] == ["XXXX-11-01T00:00"]


@pytest.mark.parametrize(("text", "value"), [
    ("বিশ্লেষকেরা বলেন, ৭৩ সালের প্রথম সংসদ নির্বাচনে দলটি জেতে", "1973"),
    ("’৯৬ সালের ১৫ ফেব্রুয়ারি একতরফা নির্বাচন হয়", "1996-02-15"),
    ("’২৩ সালেই কারখানাটি উৎপাদনে যায়", "2023"),
    ("২০১৫-১৬ সালে প্রকল্পটি থমকে যায়", "2015/2016"),
    ("১৯৫৫-৫৬ সাল পর্যন্ত জেলাটি অবিভক্ত ছিল", "1955/1956"),
])
def test_years_cut_short_and_spans_of_years(text: str, value: str) -> None:
    found = values(text)
    assert [v for _, v, _ in found] == [value]


def test_two_digits_without_a_year_word_are_no_year() -> None:
    assert values("সভায় ৭৩ জন উপস্থিত ছিলেন") == []


def test_a_day_of_the_month_alone() -> None:
    found = values("গত ১০ ডিসেম্বর প্রথম সভা হয়। ১৫ তারিখে আবার সভা ডাকা হয়।", ref=date(2025, 12, 29))
    assert [v for _, v, _ in found] == ["2025-12-10", "2025-12-15"]
    found = values("গত ১০ ডিসেম্বর প্রথম সভা হয়। ১৫ তারিখে আবার সভা ডাকা হয়।", ref=None)
    assert [v for _, v, _ in found] == ["XXXX-12-10", "XXXX-12-15"]
    assert values("তিনি ২৬ তারিখ আবার আসবেন", ref=date(2025, 12, 20))[0][1] == "2025-12-26"
    assert values("তিনি ২৬ তারিখ আবার আসবেন", ref=None)[0][1] == "XXXX-XX-26"


def test_a_first_word_is_tried_only_with_the_readers_that_can_read_it() -> None:
    # `_Reader.at` skips the readers that cannot match a word like the first one (digits, an
    # apostrophe year, a word); what it finds at every word is what all readers in order find
    from ukti.stages.times import _Reader, _State, _vocab, _words

    v = _vocab("bn")
    assert not v.digit_keys  # no word table of the pack has a key in digits
    text = ("’৯৬ সালের ১৫ ফেব্রুয়ারি ভোট হয়। গত সোমবার (১২ মে) সভা হয়, ২০২৪-২৫ অর্থবছরে বাজেট ৫ লাখ টাকা। "
            "১৫ তারিখে দুই বছর আগে ঈদুল ফিতরের দিন রাত ৯টায় ১৯৯০-এর দশকে ২১ শতকে বছরের শেষে মার্চ ২০২৫ সালে")
    starts, texts = _words(text)
    for i in range(len(texts)):
        picked = _Reader(texts, v, _State(ref=REF, region="BD"), starts)
        every = _Reader(texts, v, _State(ref=REF, region="BD"), starts)
        every.digit_readers = every.short_year_readers = every.word_readers = (
            every.relative_day, every.same_day, every.weekday_expr, every.shifted, every.month_day_year,
            every.year_name_date, every.day_month_year, every.fiscal_year, every.year_expr, every.clock_time,
            every.century, every.month_year, every.ago, every.after_named, every.day_of_month, every.festival,
            every.bare_year_end)
        assert picked.at(i) == every.at(i), texts[i]
    reader = _Reader(texts, v, _State(ref=REF, region="BD"), starts)
    assert sum(reader.at(i) is not None for i in range(len(texts))) >= 8


def test_a_quarter_past_and_a_quarter_to_the_hour() -> None:
    # "সোয়া" adds a quarter, "পৌনে" is a quarter before the hour ("বেলা পৌনে ১টা" is 12:45)
    assert values("আজ সকাল সোয়া ৮টার দিকে ভূমিকম্প হয়।")[0][1].endswith("T08:15")
    assert values("সোমবার বেলা পৌনে ১টার দিকে ধাওয়া শুরু হয়।")[0][1].endswith("T12:45")
    assert values("দুপুর পৌনে ২টার পর মিছিল বের হয়।")[0][1].endswith("T13:45")


def test_a_year_named_with_son() -> None:
    # "সন" is "সাল" in older and formal writing: "২০২৪ সনের নির্বাচন"
    assert [v for _, v, _ in values("২০১৮ ও ২০২৪ সনের নির্বাচনে তিনি প্রার্থী ছিলেন।")] == ["2018", "2024"]


def test_a_quarter_to_one_at_night_and_a_bengali_era_year() -> None:
    assert values("রাত পৌনে ১টায় আগুন লাগে।")[0][1].endswith("T00:45")
    # "১৪৩১ সনের": a year of the Bengali era, no year of ours
    assert not any(v == "1431" for _, v, _ in values("বাংলা ১৪৩১ সনের পহেলা বৈশাখে উৎসব হয়।"))


def test_a_short_month_name_takes_only_the_genitive_glued() -> None:
    # "মে" is May; "মেতে ওঠা" (to revel) and "মেই লিং" (a name) are not
    assert values("উৎসবে সবাই আনন্দে মেতে ওঠে") == []
    assert [v for _, v, _ in values("গত মে মাসে সভা হয়")] == ["2025-05"]


@pytest.mark.parametrize(("text", "span", "value"), [
    # a range of days across months is one interval, not a start and an end apart
    ("আবেদন নেওয়া হবে ১৯ জানুয়ারি থেকে ১০ ফেব্রুয়ারি পর্যন্ত", "১৯ জানুয়ারি থেকে ১০ ফেব্রুয়ারি পর্যন্ত",
     "2025-01-19/2025-02-10"),
    ("ছুটি থাকবে ৩০ ডিসেম্বর থেকে ৪ জানুয়ারি পর্যন্ত", "৩০ ডিসেম্বর থেকে ৪ জানুয়ারি পর্যন্ত",
     "2025-12-30/2026-01-04"),
    # "গত" moves both ends to the year before
    ("গত ২৯ ডিসেম্বর থেকে ৫ জানুয়ারি পর্যন্ত ক্লাস বন্ধ ছিল", "গত ২৯ ডিসেম্বর থেকে ৫ জানুয়ারি পর্যন্ত",
     "2024-12-29/2025-01-05"),
])
def test_a_range_of_days_across_months(text: str, span: str, value: str) -> None:
    found = values(text, ref=date(2025, 1, 15))
    assert [(t, v) for t, v, _ in found] == [(span, value)]


def test_a_clock_time_after_a_range_is_its_end_days() -> None:
    found = values("ভোট চলবে ২২ জানুয়ারি থেকে ১০ ফেব্রুয়ারি সকাল ৮টা পর্যন্ত", ref=date(2025, 1, 15))
    assert [v for _, v, _ in found] == ["2025-01-22/2025-02-10", "2025-02-10T08:00"]


def test_one_minute_past_twelve_at_night_is_after_the_midnight_ending_the_day() -> None:
    # "আজ রাত ১২টা ১ মিনিটে …" is tonight's midnight, the next date (read as the first minute of the day
    # named, "৩১ ডিসেম্বর রাত ১২টা ১ মিনিটে নতুন বছরকে স্বাগত" would be a year early)
    found = values("৩১ ডিসেম্বর রাত ১২টা ১ মিনিটে নতুন বছরকে স্বাগত জানানো হয়", ref=date(2025, 12, 20))
    assert [v for _, v, _ in found] == ["2026-01-01T00:01"]


def test_may_with_an_ending_after_a_day_named() -> None:
    assert [v for _, v, _ in values("গত ১০ মেতে সভা হয়েছিল", ref=date(2025, 6, 1))] == ["2025-05-10"]


def test_a_date_without_a_year_takes_the_past_year_a_date_just_before_named(bn) -> None:
    # "২০২১ সালের ২৩ জানুয়ারি … পরে ২৩ ফেব্রুয়ারি …" is February 2021; one said to come stays the article's
    doc = bn("শিরোনাম\n২০২১ সালের ২৩ জানুয়ারি তিনি প্রথম মামলা করেন। পরে ২৩ ফেব্রুয়ারি আরেকটি মামলা হয়। "
             "আগামী ১৫ আগস্ট শোক দিবস পালিত হবে।", date="2024-08-13")
    assert [t.value for t in doc.times] == ["2021-01-23", "2021-02-23", "2024-08-15"]


def test_a_start_and_its_end_right_after_it_are_one_interval(bn) -> None:
    doc = bn("শিরোনাম\n১৯৯১ সাল থেকে ২০০১ সাল পর্যন্ত তিনি ক্ষমতায় ছিলেন।", date="2024-08-13")
    assert [(t.text, t.value) for t in doc.times] == [("১৯৯১ সাল থেকে ২০০১ সাল পর্যন্ত", "1991/2001")]
    # (an end that came out before its start is left as two: "রাত ৯টা থেকে রাত ৩টা পর্যন্ত" runs overnight)
    doc = bn("শিরোনাম\nরোববার রাত ৯টা থেকে রাত ৩টা পর্যন্ত অভিযান চলে।", date="2024-08-13")
    assert all("/" not in t.value for t in doc.times)


def test_this_day_of_a_year_past_is_the_articles_day_in_that_year(bn) -> None:
    # "১৯৪৯ সালের এই দিনে" (on this day in 1949): an anniversary, the date's day and month
    doc = bn("শিরোনাম\n১৯৪৯ সালের এই দিনে দলটি প্রতিষ্ঠিত হয়। ২০০১ সালে তিনি মন্ত্রী হন।", date="2024-06-23")
    assert [(t.text, t.value) for t in doc.times] == [("১৯৪৯ সালের এই দিনে", "1949-06-23"), ("২০০১ সালে", "2001")]
