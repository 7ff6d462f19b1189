"""Interviews printed as turns ("সমকাল: …?" / "রিজওয়ানা হাসান: …"): made-up text."""

from __future__ import annotations

from ukti.stages.interviews import interview_turns

INTERVIEW = ("শিরোনাম\n\nপরিবেশবিদ সৈয়দা রিজওয়ানা হাসানের সাক্ষাৎকার নিয়েছেন সমকালের সহযোগী সম্পাদক।\n\n"
             "সমকাল: আপনি বলেছিলেন, দম বন্ধ করা পরিস্থিতির অবসান হয়েছে। কেন দম বন্ধ পরিস্থিতি ছিল?\n\n"
             "সৈয়দা রিজওয়ানা হাসান: দম বন্ধ করা ছিল; কারণ কেউ কথা বলতে পারত না। আমরা ভয়ে ছিলাম।\n\n"
             "সমকাল: এখন কী করা উচিত?\n\n"
             "সৈয়দা রিজওয়ানা হাসান: প্রথমে নির্বাচন দিতে হবে। তারপর সংস্কার।")


def test_an_interviews_answers_are_the_interviewees_own_words(bn) -> None:
    doc = bn(INTERVIEW)
    assert [(s.content.text, s.direct) for s in doc.statements] == [
        ("দম বন্ধ করা ছিল; কারণ কেউ কথা বলতে পারত না", True), ("আমরা ভয়ে ছিলাম", True),
        ("প্রথমে নির্বাচন দিতে হবে", True), ("তারপর সংস্কার", True)]
    rizwana = next(e for e in doc.entities if e.type == "PER")
    assert {s.speaker.entity for s in doc.statements} == {rizwana.id}
    # the paper's questions, and what they report the interviewee once said, are no statement of the paper's
    assert not any("সমকাল" in s.speaker.text for s in doc.statements)


def test_the_turns_are_found_and_headings_are_not_turns(bn) -> None:
    doc = bn(INTERVIEW)
    turns = interview_turns(doc)
    answers = [doc.sentences[k].text for k, t in sorted(turns.items()) if t.answer]
    assert answers[0].startswith("সৈয়দা রিজওয়ানা হাসান:") and len(answers) == 4
    headings = bn("শিরোনাম\n\nউপসংহার: সড়কের অবস্থা খারাপ। যাত্রীরা কষ্টে আছেন।\n\nফেনী রুট: বাস কম। ভাড়া বেশি।\n\n"
                  "উপসংহার: সংস্কার দরকার।\n\nফেনী রুট: নতুন বাস আসছে।")
    assert interview_turns(headings) == {}


ANSWERS_ONLY = ("শিরোনাম\n\nনির্বাচন নিয়ে কথা বলেছেন নাগরিক জোটের সমন্বয়ক তানভীর রহমান।\n\n"
                "তত্ত্বাবধায়ক সরকারের দাবি কতটা যৌক্তিক?\n\n"
                "তানভীর রহমান: নিরপেক্ষ সরকার ছাড়া সুষ্ঠু ভোট হয় না। সরকারকে নিরপেক্ষ থাকতে হবে।\n\n"
                "কয়েকটি দল কয়েকজন উপদেষ্টার অপসারণ চেয়েছে।\n\n"
                "তানভীর রহমান: দলগুলো অভিযোগ করছে, কিন্তু কারও নাম বলছে না। নামগুলো বলা দরকার।\n\n"
                "গণভোট কবে হওয়া উচিত?\n\n"
                "তানভীর রহমান: আমরা মনে করি, একই দিনে গণভোট ও নির্বাচন হতে পারে।")


def test_an_interview_that_labels_only_its_answers(bn) -> None:
    # the questions stand in paragraphs of their own, unlabelled; each labelled paragraph is the answer
    doc = bn(ANSWERS_ONLY)
    assert {s.speaker.text for s in doc.statements} == {"তানভীর রহমান"}
    assert all(s.direct for s in doc.statements) and len(doc.statements) == 5


def test_a_place_or_a_heading_labelling_paragraphs_is_no_interview(bn) -> None:
    doc = bn("শিরোনাম\n\nবাজারদরের সাপ্তাহিক চিত্র।\n\nকারওয়ান বাজার: চালের দাম বেড়েছে। ব্যবসায়ীরা বলছেন সরবরাহ কম।\n\n"
             "কারওয়ান বাজার: সবজির দাম স্থিতিশীল।\n\nকারওয়ান বাজার: মাছের দাম বেড়েছে।\n\n"
             "কারওয়ান বাজার এলাকায় ক্রেতাদের ভিড় ছিল।")
    assert interview_turns(doc) == {}


MARKED = ("সংস্কৃতির ভূমিকা অনেক বড়\n\nসংগীতশিল্পী রুনা লায়লা। দেশের পরিস্থিতি নিয়ে কথা বলেছেন তিনি।\n\n"
          "* দেশে ফিরলেন অস্বাভাবিক এক সময়ে। বর্তমান পরিস্থিতি নিয়ে আপনার মূল্যায়ন কী? ** ছাত্রদের অভিনন্দন। "
          "আমাদের ঐক্যবদ্ধ থাকতে হবে। * সরকারের কাছে আপনার প্রত্যাশা কী? ** আমরা আর কোনো সহিংসতা চাই না।")


def test_an_interview_marked_with_stars_is_read_as_turns(bn) -> None:
    # "* question" / "** answer": the answers are the person the introduction names
    doc = bn(MARKED)
    runa = next(e for e in doc.entities if e.type == "PER")
    assert [(s.speaker.entity, s.content.text, s.direct) for s in doc.statements] == [
        (runa.id, "ছাত্রদের অভিনন্দন", True), (runa.id, "আমাদের ঐক্যবদ্ধ থাকতে হবে", True),
        (runa.id, "আমরা আর কোনো সহিংসতা চাই না", True)]
    # a list of bold words or a single starred line is no interview
    assert interview_turns(bn("শিরোনাম\n\n* প্রথম কথা। **মূল** বিষয়টি হলো বাজেট। * দ্বিতীয় কথা।")) == {}


def test_a_marked_interview_is_not_its_interviewers_nor_a_papers_own_questions(bn) -> None:
    doc = bn("নির্বাচন নিয়ে\n\nরাশেদ খান\n\nবিএনপি নেতা আমীর খসরু মাহমুদ চৌধুরী। নির্বাচন নিয়ে কথা বলেছেন তিনি। "
             "সাক্ষাৎকার নিয়েছেন রাশেদ খান।\n\n* নির্বাচন কবে হবে? ** আমরা দ্রুত নির্বাচন চাই। * আপনার দলের "
             "প্রস্তুতি কেমন? ** আমরা প্রস্তুত।\n\nঅনুলিখন: রাশেদ খান।")
    khasru = next(e for e in doc.entities if e.name == "Amir Khasru Mahmud Chowdhury")
    assert [(s.speaker.entity, s.content.text) for s in doc.statements] == [
        (khasru.id, "আমরা দ্রুত নির্বাচন চাই"), (khasru.id, "আমরা প্রস্তুত")]
    # a paper's own questions and answers on a rule: no one interviewed
    faq = bn("নতুন ভোটার নিবন্ধন\n\nনিবন্ধনের নিয়ম জানিয়েছেন প্রধান নির্বাচন কমিশনার এ এম এম নাসির উদ্দিন।\n\n"
             "প্রশ্ন: কারা ভোটার হতে পারবেন? উত্তর: ১৮ বছর বয়সীরা। প্রশ্ন: কোথায় নিবন্ধন করতে হবে? উত্তর: উপজেলা অফিসে।")
    assert interview_turns(faq) == {}
