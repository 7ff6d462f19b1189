"""One quote, many outlets (ukti.quotes): statement clusters across articles, on SQLite and
PostgreSQL, with articles written for these tests (tests/quote_articles.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from quote_articles import CHANGED_FIGURE, DROPPED_NEGATION, FIRST, check_press_conference, clusters, jsonl

from ukti import quotes
from ukti.store import Store
from ukti.store.ingest import ingest


@pytest.fixture
def press(tmp_path: Path) -> Path:
    p = tmp_path / "press.jsonl"
    p.write_text(jsonl(CHANGED_FIGURE, FIRST, DROPPED_NEGATION), encoding="utf-8")
    return p


def test_one_press_conference_three_outlets(db_url: str, press: Path) -> None:
    store = Store.open(db_url)
    assert ingest([str(press)], store, jobs=1).stored == 3
    check_press_conference(store)
    # the versions of one statement, and the statement found by its words
    first = clusters(store)["আগামী"][0]
    v = quotes.versions(store.db, first["article_id"], first["statement_id"])
    assert v is not None and (v["first_outlet"], v["repeated_by"], v["changed_by"]) == ("দৈনিক প্রভাত", 2, 1)
    assert quotes.summary_line(v) == "first reported by দৈনিক প্রভাত on 2025-03-10, repeated by 2 outlets, changed by 1"
    assert quotes.find(store.db, "উন্নয়ন বাজেট হবে ২৫ হাজার কোটি টাকা, যা গত বছরের চেয়ে") is not None
    assert quotes.find(store.db, "মেট্রোরেলের ভাড়া কমানো হবে না বলে জানিয়েছেন সংশ্লিষ্টরা") is None
    # re-analysing every article clusters them the same, without duplicates
    assert ingest([str(press)], store, jobs=1, reanalyze=True).stored == 3
    check_press_conference(store)
    store.close()


def test_origin_leaves_and_the_cluster_is_compared_again(db_url: str, press: Path, tmp_path: Path) -> None:
    store = Store.open(db_url)
    ingest([str(press)], store, jobs=1)
    first = clusters(store)["আগামী"][0]
    with store._transaction():
        quotes.forget_article(store.db, first["article_id"])
    budget = clusters(store)["আগামী"]
    assert [m["outlet"] for m in budget] == ["সংবাদ প্রতিদিন", "আজকের খবর"]
    assert budget[1]["change_types"] == ["number"]  # now against the changed figure, the earliest left
    store.close()


def origin(text: str, speaker: str = "অর্থমন্ত্রী আবুল কালাম আজাদ", direct: bool = True,
           corpus_id: int | None = 1) -> dict[str, Any]:
    return {"content": text, "speaker_text": speaker, "speaker_corpus_id": corpus_id, "speaker_type": "PER",
            "direct": int(direct),
            "anonymous": 0}


def test_typed_changes_located() -> None:
    said = origin("আমরা এ বছর কোনো নতুন কর আরোপ করব না, ব্যবসায়ীরা নিশ্চিন্ত থাকতে পারেন")
    kind, [c] = quotes.compare(said, origin("আমরা এ বছর কোনো নতুন কর আরোপ করব না, ব্যবসায়ীরা এখন নিশ্চিন্ত থাকতে পারেন"))
    assert (kind, c["type"], c["words"]) == ("changed", "words_added", "এখন")
    kind, [c] = quotes.compare(origin("রপ্তানি আয় বেড়েছে ১২ শতাংশ, যা আগের বছরের চেয়ে বেশি"),
                               origin("রপ্তানি আয় বেড়েছে ১২ কোটি, যা আগের বছরের চেয়ে বেশি"))
    assert (c["type"], c["origin_words"], c["words"]) == ("unit", "শতাংশ", "কোটি")
    kind, changes = quotes.compare(said, origin("আমরা এ বছর কোনো নতুন কর আরোপ করব না, ব্যবসায়ীরা নিশ্চিন্ত থাকতে পারেন",
                                                direct=False))
    assert [c["type"] for c in changes] == ["direct_to_indirect"]
    kind, [c] = quotes.compare(origin("সেতুর কাজ এখনো শেষ হয়েছে বলে আমরা মনে করি, উদ্বোধন আগামী মাসে"),
                               origin("সেতুর কাজ এখনো শেষ হয়নি বলে আমরা মনে করি, উদ্বোধন আগামী মাসে"))
    assert (c["type"], c["words"]) == ("negation_added", "হয়নি")
    # the same words by another name for the same minister, or spelt another way: not changed
    assert quotes.compare(said, origin(said["content"], "অর্থমন্ত্রী", corpus_id=None))[0] == "identical"
    assert quotes.compare(origin("দেশী পণ্যের বাজার আরও বড় হবে বলে আমাদের বিশ্বাস"),
                          origin("দেশি পণ্যের বাজার আরও বড় হবে বলে আমাদের বিশ্বাস"))[0] == "identical"
    # one figure written two ways, words moved, a conjunction more: not changes
    assert quotes.compare(origin("স্টেডিয়ামটি উদ্বোধন করা হয় ২১ হাজার ৭৯৫ দর্শকের উপস্থিতিতে"),
                          origin("স্টেডিয়ামটি উদ্বোধন করা হয় ২১,৭৯৫ দর্শকের উপস্থিতিতে"))[1] == []
    assert quotes.compare(origin("এমন পরিস্থিতিতে সাত দিনের মধ্যে পণ্যের দাম সহনীয় পর্যায়ে আনতে হবে"),
                          origin("এমন পরিস্থিতিতে ৭ দিনের মধ্যে পণ্যের দাম সহনীয় পর্যায়ে আনতে হবে"))[1] == []
    assert quotes.compare(origin("আমাদের প্রচেষ্টার প্রতি ইউক্রেনের নেতৃত্ব শূন্য কৃতজ্ঞতা দেখিয়েছে"),
                          origin("আমাদের প্রচেষ্টার প্রতি শূন্য কৃতজ্ঞতা দেখিয়েছে ইউক্রেনের নেতৃত্ব"))[1] == []
    assert quotes.compare(origin("রাত সাড়ে ১০টার দিকে তার বাসার পাশে একটি ব্যাগে আট লাখ টাকা পাওয়া গেছে"),
                          origin("তার বাসার পাশে একটি ব্যাগে ৮ লাখ টাকা পাওয়া গেছে"))[1] == []
    assert quotes.compare(origin("আজ আমার আবু সাঈদের কথা মনে পড়ছে, তাকে আমরা ভুলব না"),
                          origin("আজকে আমার আবু সাঈদের কথা মনে পড়ছে, তাকে আমরা ভুলব না"))[1] == []
    assert quotes.compare(origin("কর্মীদের ১২টি মোটরসাইকেল পুড়িয়ে দেওয়া হয়েছে এবং ৪টি ভাঙচুর করা হয়েছে"),
                          origin("কর্মীদের ১২টি মোটরসাইকেল পুড়িয়ে দেওয়া হয়েছে এবং চারটি ভাঙচুর করা হয়েছে"))[1] == []
    # a speaker credited as a source or an office is not another person
    assert quotes.compare(said, origin(said["content"], "বিজ্ঞপ্তিতে", corpus_id=None))[0] == "identical"
