from __future__ import annotations

from dataclasses import replace
from typing import Any

from ukti.contradict import Claim, conflict, negated


def art(*args: Any, **kw: Any) -> Claim:
    """A statement of one article, whose figures, dates and people the article tells (a Claim
    without them is a corpus row, known by its words only, and needs more to conflict)."""
    kw.setdefault("figures", ())
    return Claim(*args, **kw)


def test_negated_main_clause_but_not_a_condition() -> None:
    assert negated("কারখানার কোনো শ্রমিক অসুস্থ হননি")
    assert negated("অভিযোগটি সত্য নয়")
    assert not negated("তদন্ত শেষ না হওয়া পর্যন্ত কারখানা বন্ধ থাকবে")
    assert not negated("টাকা ফেরত না দিলে ব্যবস্থা নেওয়া হবে")


def test_one_negates_what_the_other_asserts() -> None:
    a = art("s1", "union", "claim", "মালিকপক্ষ তিন মাস ধরে শ্রমিকদের মজুরি পরিশোধ করেনি")
    b = art("s2", "owner", "assert", "সব শ্রমিকের মজুরি পরিশোধ করা হয়েছে")
    assert conflict(b, a)


def test_agreement_and_same_speaker_are_not_conflicts() -> None:
    a = Claim("s1", "police", "assert", "দুর্ঘটনায় পাঁচজন নিহত হয়েছেন")
    b = Claim("s2", "hospital", "confirm", "দুর্ঘটনায় পাঁচজন নিহত হওয়ার তথ্য", refers_to="s1")
    assert conflict(b, a) is None
    c = Claim("s3", "police", "assert", "দুর্ঘটনায় কেউ নিহত হয়নি")
    assert conflict(c, a) is None  # one speaker correcting itself is not two sources disagreeing


def test_denial_pointing_at_a_claim() -> None:
    a = Claim("s1", "residents", "claim", "কারখানার বর্জ্যে নদী দূষিত হচ্ছে")
    b = Claim("s2", "factory", "deny", "দূষণের অভিযোগ", refers_to="s1")
    assert conflict(b, a)


def test_different_figures_for_the_same_thing() -> None:
    a = Claim("s1", "ministry", "assert", "প্রকল্পের প্রথম ধাপে ৫০০ কোটি টাকা ব্যয় হবে", times=frozenset({"2026"}))
    b = Claim("s2", "report", "assert", "প্রকল্পের প্রথম ধাপের ব্যয় ৭০০ কোটি টাকা", times=frozenset({"2026-01"}))
    assert conflict(a, b)  # figures read from the digits of corpus rows, at one time
    assert conflict(a, replace(b, times=frozenset())) is None  # a figure of no date may be of another time


def test_article_level_contradictions(bn) -> None:
    doc = bn("শিরোনাম\nশ্রমিকনেতা রফিক মিয়া অভিযোগ করেন, কারখানার মালিক তিন মাসের মজুরি পরিশোধ করেননি। "
             "কারখানার মহাব্যবস্থাপক সুমন সাহা জানান, সব শ্রমিকের মজুরি পরিশোধ করা হয়েছে।")
    claim, reply = doc.statements
    assert reply.stance in ("assert", "deny")
    assert [(c.a, c.b) for c in doc.contradictions] == [(reply.id, claim.id)]


# ---- each kind of opposition, each kind of non-contradiction, explanations a person reads ----
def _whole_words(why: str, *texts: str) -> None:
    """Every Bengali word of an explanation is a whole word of one of the texts (no cut stems)."""
    import re

    words = set()
    for t in texts:
        words.update(re.findall(r"[\u0980-\u09ff\u200c\u200d]+", t))
    for w in re.findall(r"[\u0980-\u09ff\u200c\u200d]+", why):
        assert w in words, (w, why)


def test_a_denial_answering_a_claim() -> None:
    a = Claim("s1", "e1", "claim", "ঠিকাদার বাঁধে মাটির বদলে নদীর বালু ফেলছেন")
    b = Claim("s2", "e2", "deny", "বালু ফেলার অভিযোগ ভিত্তিহীন", refers_to="s1")
    c = conflict(b, a)
    assert c is not None and c.kind == "deny" and c.confidence >= 0.7
    assert "বালু" in c.why
    _whole_words(c.why, a.text, b.text)


def test_a_short_denial_of_a_topic_answers_each_statement_of_it() -> None:
    claim = art("s1", "e1", "claim", "চিনির বাজারে মিলারদের সিন্ডিকেট সক্রিয় হয়েছে")
    other = art("s2", "e3", "assert", "সিন্ডিকেটগুলো সরবরাহ কমিয়ে দাম বাড়াচ্ছে")
    deny = art("s3", "e2", "deny", "সিন্ডিকেটের বিষয়টি সঠিক নয়", refers_to="s1")
    for o in (claim, other):
        c = conflict(deny, o)
        assert c is not None and c.kind == "deny", o.text
        _whole_words(c.why, deny.text, o.text)
    elsewhere = Claim("y/s9", "c3", "assert", "সিন্ডিকেটগুলো সরবরাহ কমিয়ে দাম বাড়াচ্ছে")
    assert conflict(replace(deny, figures=None), elsewhere) is None  # another article's syndicate


def test_a_denial_of_a_request_or_a_worry_is_not_a_contradiction() -> None:
    a = Claim("s1", "e1", "other", "আসামিকে দশ দিনের রিমান্ডে নেওয়া প্রয়োজন")
    b = Claim("s2", "e2", "deny", "আমি এর কিছুই জানি না", refers_to="s1")
    assert conflict(b, a) is None


def test_polarity_flipped_on_the_same_predicate() -> None:
    a = art("s1", "e1", "claim", "ট্রলারটিতে কোনো নেভিগেশন বাতি জ্বলছিল না")
    b = art("s2", "e2", "assert", "আমাদের সব বাতি জ্বলছিল")
    c = conflict(b, a)
    assert c is not None and c.kind == "polarity"
    assert "জ্বলছিল না" in c.why and "বাতি" in c.why
    _whole_words(c.why, a.text, b.text)


def test_a_negated_verb_of_one_word_and_another_form_of_it() -> None:
    a = Claim("s1", "e1", "assert", "পানির দাম বাড়ানোর কোনো প্রস্তাব আমরা মন্ত্রণালয়ে পাঠাইনি")
    b = Claim("s2", "e2", "claim", "ওয়াসা পানির দাম বাড়ানোর প্রস্তাব মন্ত্রণালয়ে পাঠিয়েছে")
    c = conflict(a, b)
    assert c is not None and c.kind == "polarity"
    assert "'পাঠাইনি' against 'পাঠিয়েছে'" in c.why
    _whole_words(c.why, a.text, b.text)


def test_negation_of_another_predicate_is_not_a_contradiction() -> None:
    a = Claim("s1", "e1", "assert", "দুর্নীতির অর্থ দেশে ফেরত এসেছে")
    b = Claim("s2", "e2", "assert", "দুর্নীতির মামলায় কেউ গ্রেপ্তার হননি")
    assert conflict(a, b) is None


def test_antonym_predicates() -> None:
    a = art("s1", "e1", "assert", "মন্ত্রী কেবল একবার ফোনে ব্যবসায়ীর সঙ্গে যোগাযোগ করেছেন")
    b = art("s2", "e2", "assert", "মন্ত্রী নিয়মিত ব্যবসায়ীর সঙ্গে যোগাযোগ রাখেন")
    c = conflict(a, b)
    assert c is not None and c.kind == "opposites"
    assert "'একবার' against 'নিয়মিত'" in c.why
    _whole_words(c.why, a.text, b.text)


def test_different_figures_explained_with_the_figures_as_written() -> None:
    a = Claim("s1", "e1", "assert", "প্রকল্পের প্রথম ধাপে ৫০০ কোটি টাকা ব্যয় হবে",
              figures=((5e9, "BDT", "৫০০ কোটি টাকা"),), times=frozenset({"2026"}))
    b = Claim("s2", "e2", "assert", "প্রকল্পের প্রথম ধাপের ব্যয় ৭০০ কোটি টাকা", figures=((7e9, "BDT", "৭০০ কোটি টাকা"),),
              times=frozenset({"2026"}))
    c = conflict(a, b)
    assert c is not None and c.kind == "figures"
    assert "৫০০ কোটি টাকা against ৭০০ কোটি টাকা" in c.why
    _whole_words(c.why, a.text, b.text)


def test_figures_at_other_dates_or_of_another_scope_are_not_contradictions() -> None:
    from ukti.contradict import time_key

    a = Claim("s1", "e1", "assert", "খেলাপি ঋণের পরিমাণ দাঁড়িয়েছে ৬ লাখ কোটি টাকা",
              times=frozenset({time_key("XXXX-09", "চলতি বছরের সেপ্টেম্বর শেষে")}),
              figures=((6e12, "BDT", "৬ লাখ কোটি টাকা"),))
    b = Claim("s2", "e2", "assert", "খেলাপি ঋণের পরিমাণ দাঁড়িয়েছিল ২ লাখ কোটি টাকা",
              times=frozenset({time_key("XXXX-09", "গত বছরের সেপ্টেম্বর শেষে")}),
              figures=((2e12, "BDT", "২ লাখ কোটি টাকা"),))
    assert conflict(a, b) is None  # last September against this September
    assert conflict(a, replace(b, times=a.times)) is not None  # one September: one of them is wrong
    c = Claim("s3", "e3", "assert", "দেশে ডেঙ্গুতে আক্রান্ত ৫০০ জন", figures=((500, "people", "৫০০ জন"),))
    d = Claim("s4", "e4", "assert", "ঢাকায় ডেঙ্গুতে আক্রান্ত ১২০ জন", figures=((120, "people", "১২০ জন"),))
    assert conflict(c, d) is None  # the country and one city


def test_an_opinion_or_a_possibility_against_a_fact_is_not_a_contradiction() -> None:
    a = Claim("s1", "e1", "assert", "পাচার হওয়া অর্থ দ্রুত দেশে ফেরত আনা সম্ভব নয়")
    b = Claim("s2", "e2", "assert", "পাচার হওয়া অর্থ দেশে ফেরত আনা হয়েছে")
    assert conflict(a, b) is None


def test_agreement_and_repetition_are_not_contradictions() -> None:
    a = Claim("s1", "e1", "assert", "সংঘর্ষে তিনজন আহত হয়েছেন")
    b = Claim("s2", "e2", "assert", "সংঘর্ষে তিনজন আহত হয়েছেন")
    assert conflict(a, b) is None
    c = Claim("s3", "e3", "assert", "সংঘর্ষে আহত হয়েছেন তিনজন")
    assert conflict(a, c) is None


def test_one_speakers_account_and_its_continuation_are_never_paired() -> None:
    a = Claim("s1", "anon:আর্থিক খাত বিশ্লেষকদের", "assert", "এসব সম্পদ দ্রুত ফেরত আনা যায়নি",
              speaker_name="আর্থিক খাত বিশ্লেষকদের")
    b = Claim("s2", "anon:বিশ্লেষকরা", "assert", "এসব সম্পদ ফেরত আনা গেছে", speaker_name="বিশ্লেষকরা")
    assert conflict(a, b) is None  # the analysts, named twice
    c = Claim("s3", "e1", "assert", "প্রস্তাব মন্ত্রণালয়ে পাঠানো হয়নি", speaker_name="মিতু", speaker_linked=True)
    d = Claim("s4", "anon:ফাইয়াজুর রহমান মিতু", "assert", "প্রস্তাব মন্ত্রণালয়ে পাঠানো হয়েছে",
              speaker_name="ফাইয়াজুর রহমান মিতু")
    assert conflict(c, d) is None  # the same person, linked once and not the other time
    e = Claim("s5", "e7", "assert", "প্রস্তাব মন্ত্রণালয়ে পাঠানো হয়েছে", nested_in="s3")
    assert conflict(e, c) is None  # a report and what it carries


def test_a_quotation_reported_with_changed_words_is_not_a_contradiction() -> None:
    a = Claim("s1", "e1", "assert", "আমরা কোনো প্রস্তাব পাঠাইনি", speaker_name="কামরুল হাসান", speaker_linked=True)
    b = Claim("s2", "e1", "assert", "তাঁরা প্রস্তাব পাঠিয়েছেন বলে শোনা গেছে", speaker_name="কামরুল হাসান",
              speaker_linked=True)
    assert conflict(a, b) is None


def test_different_actors_are_different_events() -> None:
    a = Claim("s1", "e1", "assert", "কোম্পানি শ্রমিকদের মজুরি পরিশোধ করেনি", actors=frozenset({"e5"}))
    b = Claim("s2", "e2", "assert", "কোম্পানি শ্রমিকদের মজুরি পরিশোধ করেছে", actors=frozenset({"e6"}))
    assert conflict(a, b) is None
    assert conflict(a, replace(b, actors=frozenset({"e5"}))) is not None


def test_confidence_is_kept_in_the_json(bn) -> None:
    from ukti.write.json import to_dict

    doc = bn("শিরোনাম\nশ্রমিকনেতা রফিক মিয়া অভিযোগ করেন, কারখানার মালিক তিন মাসের মজুরি পরিশোধ করেননি। "
             "কারখানার মহাব্যবস্থাপক সুমন সাহা জানান, সব শ্রমিকের মজুরি পরিশোধ করা হয়েছে।")
    out = to_dict(doc)["contradictions"]
    assert out and all(0.5 <= c["confidence"] <= 1 and c["kind"] and c["why"] for c in out)


# ---- patterns of the language that negate nothing, or say too little to be one event ----------
def test_not_only_whether_until_and_a_reason_negate_nothing() -> None:
    assert not negated("তিনি শুধু আমার সহকর্মী ছিলেন না, আমার শিক্ষকও ছিলেন")
    assert not negated("সেতুতে বাতি আছে কি না দেখা হবে")
    assert not negated("বৃষ্টি না থামা পর্যন্ত ফেরি বন্ধ থাকবে")
    assert not negated("স্কুলে পাকা ভবন না থাকায় ছাত্রদের কষ্ট হচ্ছে")
    assert negated("ফেরি চলাচল শুরু হয়নি")


def test_what_cannot_be_done_is_a_rule_not_an_event() -> None:
    a = art("s1", "e1", "assert", "শূন্য পদ ছাড়া পদোন্নতি দেওয়া যায় না")
    b = art("s2", "e2", "assert", "শূন্য পদ ছাড়াই ৩০ জনকে পদোন্নতি দেওয়া হয়েছে")
    assert conflict(a, b) is None


def test_a_negation_describing_someone_is_not_a_denial() -> None:
    a = art("s1", "e1", "assert", "এই ভাতা তাদের জন্য, যাদের জমির দলিল হালনাগাদ হয়নি")
    b = art("s2", "e2", "assert", "ইউনিয়নের সব জমির দলিল হালনাগাদ হয়েছে")
    assert conflict(a, b) is None


def test_a_noun_negated_needs_what_is_not_had_on_the_other_side() -> None:
    a = art("s1", "e1", "assert", "নদী খননের অনুমতি পৌরসভার নেই")
    b = art("s2", "e2", "assert", "পৌরসভা নদী খননের কাজ শুরু করেছে")
    assert conflict(a, b) is None


def test_corpus_rows_need_more_than_one_article_does() -> None:
    a = Claim("x/s1", "c1", "claim", "ট্রলারটিতে কোনো নেভিগেশন বাতি জ্বলছিল না")
    b = Claim("y/s2", "c2", "assert", "আমাদের সব বাতি জ্বলছিল")
    assert conflict(b, a) is None  # two trawlers, two nights: one shared word is not one event
    c = Claim("x/s3", "c1", "assert", "মেয়র সিটি করপোরেশনের বাজেট অনুমোদন করেননি")
    d = Claim("y/s4", "c2", "assert", "মেয়র সিটি করপোরেশনের বাজেট অনুমোদন করেছেন")
    found = conflict(c, d)
    assert found is not None and found.kind == "polarity"
    _whole_words(found.why, c.text, d.text)
    e = Claim("y/s5", "c3", "assert", "মেয়র নির্বাচনের আগে সিটি করপোরেশনের বাজেট নিয়ে নগর ভবনে দীর্ঘ আলোচনা ও অনুমোদন"
              " প্রক্রিয়া চলছে বলে কাউন্সিলররা জানান")
    assert conflict(c, e) is None  # a long account of its own event that holds the words


def test_antonyms_are_whole_words_and_not_set_side_by_side() -> None:
    a = art("s1", "e1", "assert", "কারখানার দ্বিতীয় ইউনিট এখন বন্ধ রয়েছে")
    b = art("s2", "e2", "assert", "কারখানার দ্বিতীয় ইউনিট এখন চালু রয়েছে")
    found = conflict(a, b)
    assert found is not None and found.kind == "opposites"
    _whole_words(found.why, a.text, b.text)
    c = art("s3", "e3", "assert", "কারখানার দ্বিতীয় ইউনিট বন্ধ ও চালু করার সিদ্ধান্ত মালিকের")
    assert conflict(c, b) is None  # both words on one side set them side by side
    d = art("s4", "e4", "assert", "কারখানার দ্বিতীয় ইউনিটের শ্রমিকেরা মালিকের বন্ধু")
    assert conflict(d, b) is None  # বন্ধু is not বন্ধ


def test_a_denial_says_what_it_rejects_and_not_knowing_is_none() -> None:
    claim = art("s1", "e1", "claim", "চেয়ারম্যানের লোকজন বাজারের দোকান পুড়িয়ে দিয়েছে")
    labelled = art("s2", "e2", "deny", "তাঁর নিজের দোকান পুড়িয়ে দেওয়া ছাড়াও হুমকি দেওয়া হচ্ছে", refers_to="s1")
    assert conflict(labelled, claim) is None  # neither negates nor names a rejection
    named = art("s4", "e2", "deny", "দোকান পোড়ানোর অভিযোগ", refers_to="s1")
    assert conflict(named, claim) is not None
    english = Claim("t2", "e2", "deny", "any staff member had shared the estimate", refers_to="t1")
    told = Claim("t1", "e1", "claim", "Republican staff had shared a misleading estimate with lobbyists")
    assert conflict(english, told, "en") is not None  # "denied that …": the cue carries the negation
    unknowing = art("s3", "e3", "deny", "দোকান পোড়ানোর বিষয়ে আমি এখনো কিছু জানি না", refers_to="s1")
    assert conflict(unknowing, claim) is None


def test_a_denial_pointing_back_at_what_was_just_reported() -> None:
    a = art("s1", "e1", "assert", "ঘুষ না দেওয়ায় আমার নামে মামলা দেওয়া হয়েছে")
    b = art("s2", "e2", "deny", "এ অভিযোগের কোনো ভিত্তি নেই", refers_to="s1")
    found = conflict(b, a)
    assert found is not None and found.kind == "deny"
    c = art("s3", "e3", "deny", "তাঁরা প্রচার করছেন, মেয়র নাকি পদত্যাগ করবেন, যা ভিত্তিহীন", refers_to="s1")
    assert conflict(c, a) is None  # it rejects the hearsay it reports itself


def test_floors_ceilings_and_parts_of_a_whole() -> None:
    when = frozenset({"2025-12"})
    a = art("s1", "e1", "assert", "বছর শেষে প্রকৃত রিজার্ভ দাঁড়িয়েছে ১৮ বিলিয়ন ডলার", times=when,
            figures=((18e9, "USD", "১৮ বিলিয়ন ডলার"),))
    b = art("s2", "e2", "assert", "বছর শেষে প্রকৃত রিজার্ভ ২০ বিলিয়ন ডলারের ওপরে রয়েছে", times=when,
            figures=((20e9, "USD", "২০ বিলিয়ন ডলারের"),))
    assert conflict(a, b) is not None  # 18 is not above 20
    c = replace(a, text="বছর শেষে প্রকৃত রিজার্ভ দাঁড়িয়েছে ২৫ বিলিয়ন ডলার", figures=((25e9, "USD", "২৫ বিলিয়ন ডলার"),))
    assert conflict(c, b) is None  # 25 is
    h = replace(b, text="বছর শেষে প্রকৃত রিজার্ভ ছিল ২০ লক্ষাধিক ডলার", figures=((2e6, "USD", "২০ লক্ষাধিক ডলার"),))
    i = replace(a, text="বছর শেষে প্রকৃত রিজার্ভ ছিল ২০ লাখ ৩ হাজার ডলার", figures=((2.003e6, "USD", "২০ লাখ ৩ হাজার ডলার"),))
    assert conflict(h, i) is None  # "more than 20 lakh" holds 20,03,000
    d = art("s3", "e3", "assert", "দেশের ৬০টি ব্যাংকের মধ্যে ২০টির খেলাপি ঋণের হার ১০ শতাংশ", times=when,
            figures=((10, "percent", "১০ শতাংশ"),))
    e = art("s4", "e4", "assert", "দেশের ব্যাংকগুলোর খেলাপি ঋণের হার ১৭ শতাংশ", times=when,
            figures=((17, "percent", "১৭ শতাংশ"),))
    assert conflict(d, e) is None  # twenty banks of sixty, and all of them
    f = art("s5", "e5", "assert", "প্রার্থীর ৪০ লাখ টাকার স্থাবর সম্পদ রয়েছে", times=when,
            figures=((4e6, "BDT", "৪০ লাখ টাকার"),))
    g = art("s6", "e6", "assert", "প্রার্থীর ১২ লাখ টাকার অস্থাবর সম্পদ রয়েছে", times=when,
            figures=((1.2e6, "BDT", "১২ লাখ টাকার"),))
    assert conflict(f, g) is None  # immovable and movable property


def test_even_if_so_that_and_someones_allegation() -> None:
    assert not negated("বড় দলটি না থাকলেও নির্বাচন অংশগ্রহণমূলক হবে")
    a = art("s1", "e1", "assert", "ভবিষ্যতে যাতে এ কমিশন নিয়ে প্রশ্ন না ওঠে, সে জন্য রায় দেওয়া হয়েছে")
    b = art("s2", "e2", "assert", "এ কমিশন নিয়ে প্রশ্ন উঠেছে")
    assert conflict(a, b) is None  # a purpose, not a denial
    deny = art("s3", "e3", "deny", "প্রতিবেশী দেশের প্রধানমন্ত্রীর অভিযোগ", refers_to="s9")
    other = art("s4", "e4", "assert", "প্রতিবেশী দেশের সীমান্তে নতুন চৌকি বসানো হয়েছে")
    assert conflict(deny, other) is None  # it answers the prime minister's words, not every mention of the country


def test_without_doing_and_a_denial_of_what_the_other_denies_too() -> None:
    assert not negated("ধাক্কা দেওয়ার পর ট্রাকটি না থেমেই চলে যায়")
    claim = art("s1", "e1", "claim", "ছবি দেখা গেলেও মেয়র কোনো অনিয়মের সঙ্গে জড়িত নন")
    deny = art("s2", "e2", "deny", "কোনো অনিয়মে মেয়রের জড়িত থাকার কথা", refers_to="s1")
    assert conflict(deny, claim) is None  # both say he had no part in it


def test_two_denials_agree_and_a_denials_words_are_not_asserted() -> None:
    report = art("s1", "e1", "deny", "গ্রেপ্তারের খবর সম্পূর্ণ ভিত্তিহীন")
    other = art("s2", "e2", "deny", "গ্রেপ্তারের এসব খবর ভিত্তিহীন", refers_to="s1")
    assert conflict(other, report) is None  # two sources rejecting one report agree
    found = art("s3", "e3", "assert", "জেলায় বড় কোনো সোনার মজুদ পাওয়া যায়নি")
    rejects = art("s4", "e4", "deny", "জেলার খনিতে বড় সোনার মজুদ পাওয়ার দাবি")
    assert conflict(found, rejects) is None  # both say no reserve was found


def test_whoever_and_nouns_that_end_like_negated_verbs() -> None:
    assert not negated("নতুন মেয়র যে-ই হোন না কেন")  # whoever
    assert not negated("নাগরিকের সুরক্ষা নিশ্চিত করা বাহিনীর আইনি দায়িত্ব")  # আইনি: legal, not a verb
    assert negated("আমরা কোনো প্রস্তাব পাঠাইনি")


def test_a_year_named_by_last_or_this_is_the_year_of_its_article() -> None:
    """Across articles "গত বছরের সেপ্টেম্বরে" is one month only when both were published in one
    year: a figure of September 2023 against one of September 2024 is no conflict."""
    def export(sid: str, article: str, published: str, value: float, shown: str) -> Claim:
        return art(sid, f"sp-{sid}", "assert", f"গত বছরের সেপ্টেম্বরে পোশাক রপ্তানি আয় ছিল {shown}",
                   times=frozenset({"XXXX-09@গত"}), figures=((value, "USD", shown),), article=article,
                   published=published)

    a = export("s1", "A", "2024-03-01", 4.0e9, "৪০০ কোটি ডলার")
    assert conflict(a, export("s2", "B", "2024-05-20", 4.5e9, "৪৫০ কোটি ডলার"))
    assert conflict(a, export("s2", "B", "2025-05-20", 4.5e9, "৪৫০ কোটি ডলার")) is None
    assert conflict(a, export("s2", "B", "", 4.5e9, "৪৫০ কোটি ডলার")) is None  # a date unknown: no one year


def test_a_denial_answers_the_claim_against_the_deniers_organisation(bn: Any) -> None:
    """Sharing no word with anything ("এ অভিযোগ ভিত্তিহীন"), a denial answers the allegation that
    names the body its speaker speaks for, not the statement just before it (an inspector's
    "we are looking into it", which nobody denies)."""
    doc = bn("কারখানায় মজুরি নিয়ে অভিযোগ\nশ্রমিকনেতা রফিকুল ইসলাম অভিযোগ করেন, নীলা গার্মেন্টস তিন মাস ধরে"
             " শ্রমিকদের বেতন দিচ্ছে না। শ্রম অধিদপ্তরের পরিদর্শক কামাল হোসেন বলেন, আমরা বিষয়টি খতিয়ে দেখছি।"
             " নীলা গার্মেন্টসের মহাব্যবস্থাপক সুমন সাহা বলেন, এ অভিযোগ ভিত্তিহীন।")
    claim, _looking, denial = doc.statements
    assert (claim.stance, denial.stance) == ("claim", "deny") and denial.refers_to == claim.id
    assert {(c.a, c.b) for c in doc.contradictions} == {(denial.id, claim.id)}


def test_a_denial_in_two_sentences_answers_one_statement(bn: Any) -> None:
    """The denier's second sentence ("এসব মিথ্যা কথা") answers what the first answered, not
    another officer's statement made in between."""
    doc = bn("মাদ্রাসায় বিস্ফোরণ\nমামলার তদন্ত কর্মকর্তা বলেন, বিস্ফোরণের পর প্রধান আসামি পালিয়ে এই আসামির"
             " বাড়িতে লুকিয়ে ছিলেন। পুলিশ সুপার মাহবুব আলম বলেন, আমরা আরও তিনজনকে খুঁজছি। আসামি জাকির হোসেন"
             " আদালতে বলেন, আমি ওই বিস্ফোরণে জড়িত নই। জাকির হোসেন আরও বলেন, এসব মিথ্যা কথা।")
    officer, search, first, second = doc.statements
    assert first.refers_to == second.refers_to == officer.id
    assert all(search.id not in (c.a, c.b) for c in doc.contradictions)


def test_a_noun_made_with_na_is_not_the_verb_of_its_root() -> None:
    """"পালন" (observing a programme) is no form of "পালায়" (flees): a party that does not flee
    and a sit-in observed against it say nothing opposite. The verb's own form still does."""
    flees = art("s1", "e1", "assert", "আওয়ামী লীগ পালায় না")
    observed = art("s2", "e2", "assert", "আওয়ামী লীগকে নিষিদ্ধ করার দাবিতে ছাত্ররা অবস্থান কর্মসূচি পালন করেছেন")
    assert conflict(flees, observed) is None
    fled = art("s3", "e3", "assert", "হামলার পর আওয়ামী লীগ মাঠ ছেড়ে পালায়")
    assert conflict(flees, fled)


def test_the_deniers_own_side_negating_is_not_what_the_denial_answers(bn: Any) -> None:
    """A statement that names the denier's party but negates ("… কারচুপির নির্বাচন চায় না", its
    own leader's) is no allegation against it: "এসব অভিযোগ" answers the observer's account."""
    doc = bn("নির্বাচন নিয়ে বিতর্ক\nপ্রধানমন্ত্রী রহিমা খাতুন বলেন, গণমুক্তি পার্টি কারচুপির নির্বাচন চায় না।"
             " পর্যবেক্ষক সংস্থার পরিচালক কামাল উদ্দিন বলেন, আমরা অনেক কেন্দ্রে দেখেছি ভোটারদের ভেতরে ঢুকতে"
             " দেওয়া হয়নি। গণমুক্তি পার্টির মুখপাত্র জাহিদ হাসান বলেন, এসব অভিযোগ ভিত্তিহীন।")
    leader, observer, denial = doc.statements
    assert denial.stance == "deny" and denial.refers_to == observer.id != leader.id


# ---- precision on real news (#17): each refusal, with the pattern it still lets through -----
def test_a_refusal_to_comment_denies_nothing() -> None:
    clash = art("s1", "e1", "assert", "সংঘর্ষে দুজন আহত হয়েছেন")
    refusal = art("s2", "e2", "deny", "সংঘর্ষের খবর নিয়ে মন্তব্য করতে", refers_to="s1")  # [অস্বীকৃতি জানান]
    assert conflict(refusal, clash) is None
    assert conflict(art("s3", "e2", "deny", "সংঘর্ষের খবর", refers_to="s1"), clash)


def test_a_denial_that_neither_negates_nor_names_what_it_rejects() -> None:
    """"দুঃখের বিষয়" (sadly) names nothing: the "denial" repeats the claim, it agrees."""
    claim = art("s1", "e1", "claim", "সংগঠনটির বিরুদ্ধে অনলাইনে অপপ্রচার চালানো হচ্ছে")
    sad = art("s2", "e2", "deny", "দুঃখের বিষয় আমাদের সংগঠনের বিরুদ্ধে অপপ্রচার চালানো হচ্ছে", refers_to="s1")
    assert conflict(sad, claim) is None


def test_a_denial_answers_an_assertion_not_a_duty_a_hope_or_a_doubt() -> None:
    deny = art("s9", "e9", "deny", "সেতুর কাজে কোনো অনিয়ম হয়নি", refers_to="s1")
    for text in ("সেতুর কাজে অনিয়ম দূর করতে হবে", "সেতুর কাজে অনিয়ম বন্ধ হবে বলে আমরা আশাবাদী",
                 "সেতুর কাজে অনিয়ম নিয়ে অনেকের মনে প্রশ্ন রয়েছে"):
        assert conflict(deny, art("s1", "e1", "assert", text)) is None, text
    assert conflict(deny, art("s1", "e1", "assert", "সেতুর কাজে বড় অনিয়ম হয়েছে"))


def test_a_denial_agrees_with_a_statement_that_negates_it_too_unless_that_is_an_allegation() -> None:
    deny = art("s9", "e9", "deny", "চুরির খবর সঠিক নয়", refers_to="s1")
    assert conflict(deny, art("s1", "e1", "assert", "তদন্তে দেখা গেছে, গুদামে কোনো চুরি হয়নি")) is None
    wages = art("s9", "e9", "deny", "মজুরি আটকে রাখার অভিযোগ", refers_to="s1")
    assert conflict(wages, art("s1", "e1", "claim", "মালিকপক্ষ তিন মাস শ্রমিকদের মজুরি দেয়নি"))


def test_a_speech_labelled_a_denial_needs_more_than_one_word_in_common() -> None:
    speech = art("s9", "e9", "deny", "মামলার কোনো প্রমাণ নেই। আমি তখন ঢাকায় থাকতাম। আদালতেই সব প্রমাণ হবে",
                 refers_to="s1")
    assert conflict(speech, art("s1", "e1", "assert", "থানায় দায়ের করা মামলায় পাঁচজনকে আসামি করা হয়েছে")) is None
    assert conflict(speech, art("s1", "e1", "claim", "পুলিশ বলছে, মামলার পক্ষে যথেষ্ট প্রমাণ আছে"))


def test_a_denial_matched_by_position_only_is_a_guess() -> None:
    """Sharing no word, not pointing back ("এ অভিযোগ") and not naming an allegation it answers."""
    sand = art("s1", "e1", "claim", "নদী থেকে রাতভর বালু তোলা চলছে")
    assert conflict(art("s9", "e9", "deny", "আমরা কখনো এমন কিছু করিনি", refers_to="s1"), sand) is None
    assert conflict(art("s9", "e9", "deny", "এ অভিযোগের কোনো ভিত্তি নেই", refers_to="s1"), sand)


def test_someones_remark_is_answered_only_where_that_someone_spoke() -> None:
    """"রাজ্জাকের ওই বক্তব্য": the name is blanked in the claim's text, and the denial answers
    the statement its owner made, not whoever spoke just before."""
    remark = art("s9", "e9", "deny", "              ওই বক্তব্য ভিত্তিহীন", refers_to="s1", actors=frozenset({"e5"}))
    assert conflict(remark, art("s1", "e3", "assert", "নির্বাচনে বিদেশি পর্যবেক্ষক আসবেন")) is None
    assert conflict(remark, art("s1", "e5", "assert", "নির্বাচনে বিদেশি পর্যবেক্ষক আসবেন"))


def test_a_country_in_common_is_no_event() -> None:
    deny = art("s9", "e9", "deny", "ভারত সফর বাতিলের খবর সঠিক নয়", refers_to="s1")
    assert conflict(deny, art("s1", "e1", "assert", "ভারত ও চীনের সম্পর্ক এখন ভালো")) is None
    assert conflict(deny, art("s1", "e1", "assert", "মন্ত্রীর ভারত সফর বাতিল করা হয়েছে"))
    # a foreign name spelt with a short vowel where the gazetteer has a long one (গ্রীনল্যান্ড)
    island = art("s9", "e9", "deny", "গ্রিনল্যান্ড কেনার খবর সঠিক নয়", refers_to="s1")
    assert conflict(island, art("s1", "e1", "assert", "গ্রিনল্যান্ডে নতুন দূতাবাস খোলা হয়েছে")) is None


def test_a_denial_about_other_people_answers_nothing() -> None:
    deny = art("s9", "e9", "deny", "তাঁর ভাই খুনের সঙ্গে জড়িত নন", refers_to="s1", actors=frozenset({"e4"}))
    other = art("s1", "e1", "assert", "খুনের সঙ্গে জড়িত সন্দেহে পুলিশ একজনকে আটক করেছে", actors=frozenset({"e6"}))
    assert conflict(deny, other) is None
    assert conflict(deny, replace(other, actors=frozenset({"e4"})))


def test_none_of_their_own_against_some_is_no_opposition() -> None:
    own = art("s1", "e1", "claim", "সংঘাতে তাদের কোনো যুদ্ধজাহাজ আটক হয়নি")
    some = art("s2", "e2", "claim", "সংঘাতে তিনটি যুদ্ধজাহাজ আটক হয়েছে")
    assert conflict(own, some) is None
    assert conflict(art("s1", "e1", "claim", "সংঘাতে কোনো যুদ্ধজাহাজ আটক হয়নি"), some)


def test_two_places_are_two_scopes() -> None:
    a = art("s1", "e1", "assert", "জাপানের ব্যবসায়ীরা এক বছর ধরে ভারতীয় চা কিনছে না")
    b = art("s2", "e2", "assert", "জাপানের ব্যবসায়ীরা কেনিয়া থেকে চা কিনছে")
    assert conflict(a, b) is None
    assert conflict(a, art("s2", "e2", "assert", "জাপানের ব্যবসায়ীরা ভারতীয় চা কিনছে"))


def test_a_noun_used_only_to_qualify_something_else() -> None:
    """"বাড়িতে ছিলেন না" (was not at home) against "বাড়ির লোকজন" (the household)."""
    a = art("s1", "e1", "assert", "ঘটনার রাতে নিহতের স্বামী বাড়িতে ছিলেন না")
    b = art("s2", "e2", "assert", "নিহতের স্বামীর বাড়ির লোকজন এ ঘটনা ঘটিয়েছেন")
    assert conflict(a, b) is None


def test_one_shared_word_between_plain_statements_is_too_little() -> None:
    a = art("s1", "e1", "assert", "বেশির ভাগ দোকানের প্রধান ফটক বন্ধ করে বিক্রি হয়")
    b = art("s2", "e2", "assert", "ইন্টারনেট বন্ধ থাকায় অনলাইন বিক্রিও হয়নি")
    assert conflict(a, b) is None


def test_rising_and_falling_each_with_its_own_scope() -> None:
    a = art("s1", "e1", "assert", "দেশের উৎপাদনমুখী শিল্পখাতে বিদেশি বিনিয়োগ বেড়েছে")
    b = art("s2", "e2", "assert", "দেশের যৌথ উদ্যোগে বিদেশি বিনিয়োগ কমেছে")
    assert conflict(a, b) is None
    c = conflict(art("s1", "e1", "assert", "দেশের উৎপাদনমুখী শিল্পখাতে বিদেশি বিনিয়োগ বেড়েছে"),
                 art("s2", "e2", "assert", "উৎপাদনমুখী শিল্পখাতে বিদেশি বিনিয়োগ কমেছে"))
    assert c is not None and c.kind == "opposites"


def test_figures_of_a_share_an_average_or_another_order_are_other_quantities() -> None:
    t = frozenset({"2025-03"})
    whole = art("s1", "e1", "assert", "বন্দর দিয়ে সাতটি প্রতিষ্ঠানকে ২৩০ টন ডাল আমদানির অনুমতি দেওয়া হয়েছে",
                figures=((230.0, "t", "২৩০ টন"),), times=t)
    mine = art("s2", "e2", "assert", "আমি বন্দর দিয়ে ১৩০ টন ডাল আমদানির অনুমতি পেয়েছি",
               figures=((130.0, "t", "১৩০ টন"),), times=t)
    assert conflict(mine, whole) is None
    other = art("s2", "e2", "assert", "বন্দর দিয়ে ১৩০ টন ডাল আমদানির অনুমতি দেওয়া হয়েছে",
                figures=((130.0, "t", "১৩০ টন"),), times=t)
    assert conflict(other, whole)
    def dep(sid: str, text: str, value: float, shown: str) -> Claim:
        return art(sid, "e" + sid, "assert", text, figures=((value, "BDT", shown),), times=t)
    avg = dep("s3", "শ্রমিকদের ব্যাংক হিসাবে গড়ে জমা ছিল ৩ হাজার টাকা", 3000.0, "৩ হাজার টাকা")
    total = dep("s4", "শ্রমিকদের ব্যাংক হিসাবে জমা ছিল ৫ হাজার টাকা", 5000.0, "৫ হাজার টাকা")
    assert conflict(avg, total) is None  # on average, against a sum
    plain = dep("s5", "শ্রমিকদের ব্যাংক হিসাবে জমা ছিল ৩ হাজার টাকা", 3000.0, "৩ হাজার টাকা")
    assert conflict(plain, total)
    crores = dep("s6", "শ্রমিকদের ব্যাংক হিসাবে জমা ছিল ৩৩০ কোটি টাকা", 3.3e9, "৩৩০ কোটি টাকা")
    assert conflict(plain, crores) is None  # a million times apart: not one figure


def test_a_belief_or_a_question_heading_the_sentence_is_no_fact() -> None:
    done = art("s2", "e2", "assert", "সেতুর নির্মাণকাজ শেষ হয়েছে")
    assert conflict(art("s1", "e1", "assert", "আমার মনে হয়, সেতুর নির্মাণকাজ শেষ হয়নি"), done) is None
    assert conflict(art("s1", "e1", "assert", "সেতুর নির্মাণকাজ এখনো শেষ হয়নি"), done)
    whether = art("s3", "e3", "assert", "শ্রমিকেরা নতুন কাঠামোর আওতায় পড়ে কি না, তা নিশ্চিত নয়")
    assert conflict(whether, art("s4", "e4", "assert", "শ্রমিকেরা নতুন কাঠামোর আওতায় পড়ে না")) is None


def test_one_person_named_twice_in_an_article_is_one_speaker() -> None:
    a = art("s1", "e1", "assert", "খেলোয়াড়টি পরামর্শ গ্রহণ করেননি", speaker_name="হাফিজুর রহমান",
            speaker_linked=True)
    b = art("s2", "e2", "assert", "খেলোয়াড়টি আমার পরামর্শ গ্রহণ করেছিল বলে জানি",
            speaker_name="দলের সাবেক সভাপতি মেজর (অব.) হাফিজুর রহমান খান", speaker_linked=True)
    assert conflict(a, b) is None


def test_dismissing_a_fear_contradicts_no_fact() -> None:
    fear = art("s9", "e9", "deny", "দুই দলের মধ্যে জোট ভাঙার আশঙ্কার কথা", refers_to="s1")
    assert conflict(fear, art("s1", "e1", "assert", "আরও চারটি দল জোটে যুক্ত হচ্ছে")) is None


def test_a_verb_that_carries_its_negation_is_the_predicate() -> None:
    """"বিদ্যুৎকেন্দ্রগুলো চলেনি": what did not happen is running, not the power plants."""
    idle = art("s1", "e1", "assert", "বেসরকারি খাতের বিদ্যুৎকেন্দ্রগুলো চলেনি")
    other = art("s2", "e2", "assert", "বেসরকারি খাতের বিদ্যুৎ বিল নিয়মিত পরিশোধ করা হয়েছে")
    assert conflict(idle, other) is None


def test_a_definition_in_a_relative_clause_is_not_what_a_denial_answers() -> None:
    deny = art("s9", "e9", "deny", "জাতিগত বৈষম্যমূলক আচরণের অভিযোগ", refers_to="s1")
    definition = art("s1", "e1", "assert", "এটি এমন ভাষাকে বোঝায়, যা ধর্ম, জাতি বা বর্ণের ভিত্তিতে বৈষম্যমূলক আচরণ উসকে দেয়")
    assert conflict(deny, definition) is None
    assert conflict(deny, art("s1", "e1", "assert", "কর্মকর্তারা শ্রমিকদের সঙ্গে বৈষম্যমূলক আচরণ করেছেন"))


def test_a_denial_that_makes_the_allegation_itself() -> None:
    """"অভিযোগ করছে" (alleges) makes an allegation; "… আশ্রয় দেওয়ার অভিযোগ" [নাকচ] rejects one."""
    claim = art("s1", "e1", "claim", "প্রতিবেশী দেশে আশ্রয় পাওয়া সশস্ত্র গোষ্ঠী সীমান্তে হামলা চালিয়েছে")
    alleging = art("s9", "e9", "deny", "সরকার অভিযোগ করছে, প্রতিবেশী দেশ সশস্ত্র গোষ্ঠীকে আশ্রয় দিচ্ছে",
                   refers_to="s1")
    assert conflict(alleging, claim) is None
    assert conflict(art("s9", "e9", "deny", "সশস্ত্র গোষ্ঠীকে আশ্রয় দেওয়ার অভিযোগ", refers_to="s1"), claim)


def test_a_denial_that_names_the_event_answers_only_a_statement_that_tells_it() -> None:
    """"বাজারে আগুন লাগার খবর মিথ্যা" rejects a fire: a statement with no fire in it is not what it answers."""
    deny = art("s9", "e9", "deny", "বাজারে আগুন লাগার খবর মিথ্যা", refers_to="s1")
    assert conflict(deny, art("s1", "e1", "claim", "পুলিশ বাজার থেকে ব্যবসায়ীদের সরিয়ে দিয়েছে")) is None
    assert conflict(deny, art("s1", "e1", "claim", "বাজারে আগুন লেগে দশটি দোকান পুড়েছে"))


def test_a_report_named_by_its_owner_is_answered_only_where_that_owner_spoke() -> None:
    deny = art("s9", "e9", "deny", "জাতিসংঘের প্রতিবেদনটি মিথ্যা", refers_to="s1")
    claim = art("s1", "e1", "claim", "অভিযানে শতাধিক বেসামরিক মানুষ নিহত হয়েছেন", speaker_name="দেশটির বিরোধী দল")
    assert conflict(deny, claim) is None
    assert conflict(deny, replace(claim, speaker_name="জাতিসংঘের মানবাধিকার দপ্তর"))


def test_rejecting_a_published_report_answers_no_first_person_account() -> None:
    deny = art("s9", "e9", "deny", "এ ধরনের খবর ভিত্তিহীন", refers_to="s1")
    assert conflict(deny, art("s1", "e1", "assert", "আমি নিজে দেখেছি, শিক্ষার্থীরা মিছিল নিয়ে সড়কে নেমেছেন")) is None
    assert conflict(deny, art("s1", "e1", "assert", "শিক্ষার্থীরা মিছিল নিয়ে সড়কে নেমেছেন"))


def test_a_figure_allowed_is_not_a_figure_done() -> None:
    day = frozenset({"2025-03-11"})
    done = art("s1", "e1", "assert", "বন্দর দিয়ে ৫০ টন পেঁয়াজ আমদানি হয়েছে", times=day,
               figures=((50.0, "t", "৫০ টন"),))
    allowed = art("s2", "e2", "assert", "বন্দর দিয়ে ২৩০ টন পেঁয়াজ আমদানির অনুমতি দেওয়া হয়েছে", times=day,
                  figures=((230.0, "t", "২৩০ টন"),))
    assert conflict(done, allowed) is None
    other = art("s2", "e2", "assert", "বন্দর দিয়ে ২৩০ টন পেঁয়াজ আমদানি হয়েছে", times=day,
                figures=((230.0, "t", "২৩০ টন"),))
    assert conflict(done, other)


def test_an_ongoing_act_denied_and_the_act_done_at_a_stated_time_is_a_change() -> None:
    """"কপি দিচ্ছে না" in a complaint, "গতকাল রাতে কপি দিয়েছে" later: both can be true."""
    complaint = art("s1", "e1", "claim", "থানা মামলার এজাহারের কপি দিচ্ছে না")
    done = art("s2", "e2", "assert", "গতকাল রাতে থানা মামলার এজাহারের কপি দিয়েছে", times=frozenset({"2025-03-11"}))
    assert conflict(complaint, done) is None
    assert conflict(complaint, replace(done, times=frozenset()))


def test_judging_a_thing_is_no_denial_of_a_fact() -> None:
    """"সিদ্ধান্ত সঠিক নয়" (not right) is an opinion; "… বিষয়টি সঠিক নয়" rejects a topic."""
    fact = art("s1", "e1", "claim", "কর্তৃপক্ষ গ্রামের স্কুলটি অন্য ইউনিয়নে সরিয়ে নিয়েছে")
    opinion = art("s9", "e9", "deny", "গ্রামের স্কুলটি সরিয়ে নেওয়ার সিদ্ধান্ত সঠিক নয়", refers_to="s1")
    assert conflict(opinion, fact) is None
    assert conflict(art("s9", "e9", "deny", "গ্রামের স্কুলটি সরিয়ে নেওয়ার বিষয়টি সঠিক নয়", refers_to="s1"), fact)


def test_the_complainant_does_not_deny_the_complaint() -> None:
    claim = art("s1", "e1", "claim", "কমিটির নেতারা ভুয়া বিল দেখিয়ে সমিতির টাকা আত্মসাৎ করেছেন")
    said = art("s9", "e9", "deny", "কমিটির নেতারা সদস্যদের স্বাক্ষর জাল করে ভুয়া বিল দেখাননি বলে দাবি মিথ্যা",
               refers_to="s1", speaker_name="অভিযোগকারী আরেক সদস্য")
    assert conflict(said, claim) is None
    assert conflict(replace(said, speaker_name="কমিটির সভাপতি"), claim)


def test_a_concession_is_no_denial() -> None:
    """"আঘাত পায়নি ঠিকই, …" (true, she was not hurt, but …) grants a point, it does not deny."""
    claim = art("s1", "e1", "claim", "হামলায় কিশোরীটি শারীরিক আঘাত পেয়েছে")
    assert conflict(art("s9", "e9", "deny", "কিশোরীটি শারীরিক কোনো আঘাত পায়নি ঠিকই", refers_to="s1"), claim) is None
    assert conflict(art("s9", "e9", "deny", "কিশোরীটি শারীরিক কোনো আঘাত পায়নি", refers_to="s1"), claim)


def test_a_denial_that_grants_the_shared_words_after_but_narrows_them() -> None:
    claim = art("s1", "e1", "claim", "খেলার সময় কিশোরীটি হয়রানির শিকার হয়েছে")
    narrowed = art("s9", "e9", "deny", "কিশোরীটি শারীরিকভাবে হয়রানির শিকার হয়নি, তবে হয়রানির শিকার মানুষের মতো মানসিক চাপে আছে",
                   refers_to="s1")
    assert conflict(narrowed, claim) is None
    assert conflict(art("s9", "e9", "deny", "কিশোরীটি কোনো হয়রানির শিকার হয়নি", refers_to="s1"), claim)


def test_a_premise_granted_is_not_what_a_denial_answers() -> None:
    """"সরকার যেহেতু … বরাদ্দ দিচ্ছে" (since the government gives …): the reason for a request."""
    deny = art("s9", "e9", "deny", "মন্দিরের সংস্কারে কোনো বরাদ্দ দেওয়া হয়নি", refers_to="s1")
    premise = art("s1", "e1", "claim", "সরকার যেহেতু দেশের বিভিন্ন মন্দির, মসজিদ, গির্জার সংস্কারে বরাদ্দ দিচ্ছে")
    assert conflict(deny, premise) is None
    assert conflict(deny, art("s1", "e1", "claim", "সরকার এই মন্দিরের সংস্কারে বরাদ্দ দিয়েছে"))
