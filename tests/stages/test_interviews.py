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
