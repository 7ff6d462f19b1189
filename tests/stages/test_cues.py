"""Cues of the Bengali lexicon (lang/bn/cues.toml), on sentences written for these tests."""

from __future__ import annotations

import pytest

from ukti.model import Document, Statement


def only(doc: Document) -> Statement:
    assert len(doc.statements) == 1, [(s.speaker.text, s.cue, s.content.text) for s in doc.statements]
    return doc.statements[0]


@pytest.mark.parametrize("verb", ["জানান", "জানিয়েছেন", "জানালেন", "জানিয়েছিলেন", "জানাচ্ছেন"])
def test_a_noun_and_light_verb_cue_in_several_tenses(bn, verb: str) -> None:
    s = only(bn(f"শিরোনাম\nপৌর মেয়র হাবিবুর রহমান নাগরিকদের পানি ফুটিয়ে খাওয়ার আহ্বান {verb}।"))
    assert s.cue == f"আহ্বান {verb}" and s.stance == "other"
    assert s.content.text == "নাগরিকদের পানি ফুটিয়ে খাওয়ার"
    assert s.speaker.entity is not None


@pytest.mark.parametrize("verb", ["করেন", "করেছেন", "করছেন", "করলেন"])
def test_hope_is_an_assertion_in_any_tense(bn, verb: str) -> None:
    s = only(bn(f"শিরোনাম\nবর্ষার আগেই নতুন সেতু খুলে দেওয়া যাবে বলে আশা প্রকাশ {verb} প্রকৌশলী তানভীর হাসান।"))
    assert s.stance == "assert" and s.content.text == "বর্ষার আগেই নতুন সেতু খুলে দেওয়া যাবে"


def test_emphatic_and_added_speech(bn) -> None:
    s = only(bn("শিরোনাম\nসমবায় সমিতির সম্পাদক কামরুল হাসান বলেনও, সার সংকট এবার হবে না।"))
    assert s.cue == "বলেনও" and s.content.text == "সার সংকট এবার হবে না"
    s = only(bn("শিরোনাম\n“ভাড়া বাড়ানোর প্রশ্নই ওঠে না,” আরও যোগ করেন পরিবহন নেতা মোখলেসুর রহমান।"))
    assert s.cue == "যোগ করেন" and s.direct and "মোখলেসুর রহমান" in s.speaker.text


def test_a_conjunctive_cue_joins_the_verb_after_it(bn) -> None:
    s = only(bn("শিরোনাম\nজেলা প্রশাসক ফারজানা ইয়াসমিন আহ্বান জানিয়ে বলেন, কেউ গুজবে কান দেবেন না।"))
    assert s.cue == "আহ্বান জানিয়ে বলেন" and s.stance == "other"
    assert s.content.text == "কেউ গুজবে কান দেবেন না"


def test_negated_cues_give_nothing(bn) -> None:
    doc = bn("শিরোনাম\nঠিকাদার সেলিম মিয়া বিলম্বের কারণ নিয়ে মন্তব্য করতে রাজি হননি। "
             "তিনি ঘুষ নেওয়ার অভিযোগ নাকচ করেননি। প্রকল্প পরিচালক আশা প্রকাশ করেননি।")
    assert doc.statements == []


def test_new_stances(bn) -> None:
    doc = bn("শিরোনাম\nকৃষক নেতা জয়নাল আবেদীন আশঙ্কা প্রকাশ করেন, এবার আমনের দাম পড়ে যাবে। "
             "চালকল মালিক সমিতির সভাপতি ইদ্রিস আলী মজুতদারির অভিযোগ নাকচ করে দেন। "
             "ইউএনও শামীমা আক্তার দুর্গতদের পাশে দাঁড়ানো স্বেচ্ছাসেবকদের ধন্যবাদ জানান। "
             "বাজার কমিটির নেতা মিজানুর রহমান দাম বাড়ার জন্য আড়তদারদের দায়ী করেন।")
    assert [s.stance for s in doc.statements] == ["concern", "deny", "other", "claim"]
    assert doc.statements[1].content.text == "মজুতদারির অভিযোগ"


def test_written_speech(bn) -> None:
    s = only(bn("শিরোনাম\nফেসবুকে এক পোস্টে অধ্যাপক নাসরিন জাহান লিখেন, পরীক্ষা পেছানোর সিদ্ধান্ত ভুল।"))
    assert s.cue == "লিখেন" and s.content.text == "পরীক্ষা পেছানোর সিদ্ধান্ত ভুল"
    # only a topic before the verb: no proposition, no statement
    assert bn("শিরোনাম\nবিষয়টি নিয়ে ফেসবুকে লিখেছেন অধ্যাপক নাসরিন জাহান।").statements == []


def test_a_genitive_noun_cue_and_a_named_passive(bn) -> None:
    s = only(bn("শিরোনাম\nঅর্থনীতিবিদ মাহফুজা সুলতানার ভাষায়, এটি একটি আত্মঘাতী সিদ্ধান্ত।"))
    assert s.cue == "ভাষায়" and s.speaker.entity is not None
    s = only(bn("শিরোনাম\nশ্রমিক ফেডারেশনের বিবৃতিতে আহ্বান জানানো হয়েছে, কারখানা খুলে দিতে হবে।"))
    assert s.stance == "other" and s.content.text == "কারখানা খুলে দিতে হবে"


def test_the_progressive_perfect_is_one_cue(bn) -> None:
    doc = bn("শিরোনাম\nশ্রমিক নেতারা দীর্ঘদিন ধরে বলে আসছেন, মজুরি বাড়াতে হবে।")
    (s,) = doc.statements
    assert s.cue == "বলে আসছেন" and s.content.text == "মজুরি বাড়াতে হবে"


def test_a_concessive_cue_ends_its_clause_and_takes_its_object(bn) -> None:
    s = only(bn("শিরোনাম\nবন্দর কর্তৃপক্ষের চেয়ারম্যান রফিক আহমেদ নতুন টার্মিনাল চালুর ঘোষণা দিলেও বাস্তবে কাজ শুরু হয়নি।"))
    assert s.cue == "ঘোষণা দিলেও" and s.content.text == "নতুন টার্মিনাল চালুর"
    assert s.speaker.text.endswith("রফিক আহমেদ")


def test_a_document_cited_with_onujayi_is_the_source(bn) -> None:
    s = only(bn("শিরোনাম\nএকটি হলফনামা অনুযায়ী, রাজস্ব অধিদপ্তর ২০১৪ সালে একটি চিঠি পাঠায়।"))
    assert s.speaker.text == "একটি হলফনামা" and s.content.text.startswith("রাজস্ব অধিদপ্তর")
    assert not bn("শিরোনাম\nআইন অনুযায়ী, এ অপরাধের শাস্তি তিন বছর।").statements


def test_learnt_by_talking_to_someone_names_the_source(bn) -> None:
    s = only(bn("শিরোনাম\nকয়েকজন ব্যবসায়ীর সঙ্গে কথা বলে জানা যায়, গত মাসে চিনির দাম কম ছিল।"))
    assert s.speaker.text == "কয়েকজন ব্যবসায়ীর" and s.content.text == "গত মাসে চিনির দাম কম ছিল"
    assert not bn("শিরোনাম\nজানা যায়, গত মাসে চিনির দাম কম ছিল।").statements


def test_a_time_before_a_document_names_no_source(bn) -> None:
    assert not bn("শিরোনাম\nগত বছরের হিসাব অনুযায়ী, ৪৪ শতাংশ শিক্ষার্থী নারী।").statements


def test_a_common_misspelling_of_a_cue_word_is_the_same_cue(bn) -> None:
    # "আহবান" for "আহ্বান" ([spellings] in cues.toml): a plea, and the noun no part of what was asked
    s = only(bn("শিরোনাম\nপৌর মেয়র হাবিবুর রহমান নাগরিকদের শান্ত থাকার আহবান জানান।"))
    assert s.cue == "আহবান জানান" and s.stance == "other"
    assert s.content.text == "নাগরিকদের শান্ত থাকার"


def test_an_explanation_a_reminder_a_reply_and_speech_begun_are_cues(bn) -> None:
    # "ব্যাখ্যাও দেন, ‘…’", "মনে করিয়ে দেন, …", "X-এর উত্তর, ‘…’", "বলতে শুরু করেন, ‘…’"
    doc = bn("শিরোনাম\n\nঅধিনায়ক রহিম উদ্দিন এর ব্যাখ্যাও দেন, ‘টানা ম্যাচ না হলে দ্বৈরথ হয় না।’\n\nএক সাংবাদিক মনে "
             "করিয়ে দেন, তিনি খেলার মান নিয়ে জানতে চেয়েছেন।\n\nম্যাচের মোড় কোথায় ঘুরল? অধিনায়কের উত্তর, ‘প্রথম "
             "ইনিংসের পরে।’\n\nকোচ করিম হোসেন বলতে শুরু করেন, ‘আমরা ভালো খেলেছি।’\n\nএ প্রশ্নের উত্তর, ‘কেউ জানে না।’")
    assert [(s.cue, s.content.text) for s in doc.statements] == [
        ("ব্যাখ্যাও দেন", "টানা ম্যাচ না হলে দ্বৈরথ হয় না"),
        ("মনে করিয়ে দেন", "তিনি খেলার মান নিয়ে জানতে চেয়েছেন"),
        ("উত্তর", "প্রথম ইনিংসের পরে"), ("বলতে শুরু করেন", "আমরা ভালো খেলেছি")]


def test_an_estimate_and_a_view_after_their_owner_are_cues(bn) -> None:
    # "X-এর অনুমান, …", "X-এর দৃষ্টিতে, …" as "X-এর মতে, …"; the noun without an owner says nothing
    doc = bn("শিরোনাম\n\nতবে হিউম্যান রাইটস ওয়াচের অনুমান, প্রকৃত সংখ্যা ৪০ হাজারের বেশি।\n\nইউক্রেনের দৃষ্টিতে, "
             "পরিকল্পনাটি ছিল একধরনের বিশ্বাসঘাতকতা।\n\nএই অনুমান সঠিক নয়।")
    assert [(s.cue, s.content.text) for s in doc.statements] == [
        ("অনুমান", "প্রকৃত সংখ্যা ৪০ হাজারের বেশি"), ("দৃষ্টিতে", "পরিকল্পনাটি ছিল একধরনের বিশ্বাসঘাতকতা")]
