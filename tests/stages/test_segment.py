from __future__ import annotations

from ukti.lang import load_pack
from ukti.stages.segment import SentenceRules, sentence_rules, split_sentences, tokenize

ABBR = frozenset(load_pack("bn").table("text")["segment"]["abbreviations"])
BN = SentenceRules("।?!", ABBR, frozenset(), frozenset())


def sents(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text), BN)]


def test_danda_question_and_exclamation() -> None:
    assert sents("আজ বৃষ্টি হবে। কাল কি রোদ উঠবে? অবশ্যই!") == ["আজ বৃষ্টি হবে।", "কাল কি রোদ উঠবে?", "অবশ্যই!"]


def test_abbreviations_initials_and_decimals_do_not_split() -> None:
    text = "ড. আনিসুর রহমান ও মো. করিম বললেন, প্রবৃদ্ধি ১.৮ শতাংশ হবে। এ. কে. এম. ফজলুল হক একমত।"
    assert sents(text) == ["ড. আনিসুর রহমান ও মো. করিম বললেন, প্রবৃদ্ধি ১.৮ শতাংশ হবে।",
                           "এ. কে. এম. ফজলুল হক একমত।"]


def test_quotation_spanning_sentences_stays_with_its_cue() -> None:
    text = "“আমরা প্রস্তুত। কাল থেকে কাজ শুরু হবে,” বলেন মেয়র। পরে তিনি চলে যান।"
    assert sents(text) == ["“আমরা প্রস্তুত। কাল থেকে কাজ শুরু হবে,” বলেন মেয়র।", "পরে তিনি চলে যান।"]


def test_closing_quote_belongs_to_the_sentence_it_closes() -> None:
    text = "তিনি বলেন, ‘আর পারছি না।’ এরপর সভা শেষ হয়।"
    assert sents(text) == ["তিনি বলেন, ‘আর পারছি না।’", "এরপর সভা শেষ হয়।"]


def test_a_doubled_closing_mark_ends_the_sentence_it_closes() -> None:
    # some sites write double quotation marks as two single ones: "‘‘… ।’’"
    text = "মেয়র বলেন, ‘‘কাজ শেষ হবে।’’ এ কথা শুনে সবাই হাসেন।"
    assert sents(text) == ["মেয়র বলেন, ‘‘কাজ শেষ হবে।’’", "এ কথা শুনে সবাই হাসেন।"]


def test_a_closing_mark_after_a_space_ends_the_sentence_it_closes() -> None:
    # a scraper's space before the typed closing mark: "\"… করছি। \" আসন …"
    text = 'তিনি বলেন, "আমরা জোট করছি। " আসন ভাগ হবে বলে জানান মি. রহমান।'
    assert sents(text) == ['তিনি বলেন, "আমরা জোট করছি। "', "আসন ভাগ হবে বলে জানান মি. রহমান।"]


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = "তিনি বলেন, “আর পারছি না। এরপর সভা শেষ হয়।"
    assert len(sents(text)) == 2


def test_english_full_stops() -> None:
    assert sents("Dr. Rahman said it was over. Mr. Karim left.") == ["Dr. Rahman said it was over.", "Mr. Karim left."]


def test_tokens_keep_numbers_and_apostrophe_words_whole() -> None:
    toks = [t.text for t in tokenize("প্রায় ১৫,০০০ ডলার, ছ’টি ইঞ্জিন ও ১৭টি জাহাজ")]
    assert toks == ["প্রায়", "১৫,০০০", "ডলার", ",", "ছ’টি", "ইঞ্জিন", "ও", "১৭টি", "জাহাজ"]
    text = "তিনি বলেন।"
    assert all(text[t.start:t.end] == t.text for t in tokenize(text))


def test_a_hard_wrapped_text_is_read_in_paragraphs(bn) -> None:
    # made up, wrapped as some archives keep their printed lines
    text = ("শিরোনাম\nনদী ভাঙন রোধে নতুন\n"
            "প্রকল্প হাতে নিয়েছে পানি উন্নয়ন বোর্ড। প্রকল্পের খরচ ধরা হয়েছে প্রায় দুই শ কোটি\n"
            "টাকা।\nগত বছর বর্ষায় তিনটি\n"
            "গ্রামের কয়েক শ বাড়ি নদীতে বিলীন হয়েছিল বলে স্থানীয় বাসিন্দারা জানিয়েছেন, তবে\n"
            "ক্ষতিপূরণ এখনো মেলেনি।\nনাম প্রকাশ না করার শর্তে বোর্ডের এক প্রকৌশলী বলেন, কাজ\n"
            "শুরু হবে আগামী শুষ্ক মৌসুমে এবং শেষ হতে সময় লাগবে অন্তত দুই বছর বা তারও বেশি।\n")
    doc = bn(text)
    assert any(s.text.startswith("গত বছর") and s.text.endswith("মেলেনি।") for s in doc.sentences)
    said = doc.statements[-1]
    assert said.speaker.text.endswith("বোর্ডের এক প্রকৌশলী") and said.content.text.startswith("কাজ")
    assert said.content.text.endswith("তারও বেশি")
    # a poem's short lines stay as they are
    poem = "শিরোনাম\n" + "\n".join(["দিনের শেষে রাত আসে", "পুরোনো থাকে স্মৃতি হয়ে পাশে"] * 4)
    assert len(bn(poem).sentences) == 9


def test_paragraphs_a_scraper_ran_together_are_read_apart(bn) -> None:
    # made up: two paragraphs joined with no space after the danda, as some archives store them
    doc = bn("শিরোনাম\nবোর্ডের পরিচালক রফিক আহমেদ বলেন, সিরিজটি মার্চে হবে। দলও প্রস্তুত।"
             "গত বছর সফরটি করোনার কারণে স্থগিত হয়েছিল। পরে আবার আলোচনা শুরু হয়।")
    body = [ln.text for ln in doc.lines if ln.text.strip()][1:]
    assert body == ["বোর্ডের পরিচালক রফিক আহমেদ বলেন, সিরিজটি মার্চে হবে। দলও প্রস্তুত।",
                    "গত বছর সফরটি করোনার কারণে স্থগিত হয়েছিল। পরে আবার আলোচনা শুরু হয়।"]
    # the speech runs on in its own paragraph and stops at the next
    assert [s.content.text for s in doc.statements] == ["সিরিজটি মার্চে হবে", "দলও প্রস্তুত"]
    # a quotation's own sentences stay in its paragraph
    quoted = bn("শিরোনাম\nতিনি বলেন, ‘আমরা প্রস্তুত।দল ভালো খেলছে।’ সভা শেষ হয়।")
    assert len([ln for ln in quoted.lines if ln.text.strip()]) == 2


def test_a_place_abbreviation_may_close_an_english_sentence() -> None:
    text = "The group trains officers in the U.S. He says it works. The U.S. Senate voted. Sen. Ortiz agreed."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text), sentence_rules("en"))] == [
        "The group trains officers in the U.S.", "He says it works.", "The U.S. Senate voted.", "Sen. Ortiz agreed."]


def test_a_cue_with_a_comma_after_a_closed_quotation_opens_a_sentence() -> None:
    # "‘…।’ বলেন মেয়র" keeps the quotation with its cue; "‘…।’ বলেন, …" is new words of the same speaker
    text = "মেয়র বলেন, “কাজ শেষ হবে।” বলেন, এখনো অনেক কাজ বাকি।"
    cues = frozenset({"বলেন"})
    got = [text[a:b] for a, b in split_sentences(text, 0, len(text), BN, cues)]
    assert got == ["মেয়র বলেন, “কাজ শেষ হবে।”", "বলেন, এখনো অনেক কাজ বাকি।"]
    text = "“কাজ শেষ হবে।” বলেন মেয়র।"
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text), BN, cues)] == [text]


def test_an_english_quotation_ending_in_a_full_stop_ends_its_sentence() -> None:
    text = "তিনি লেখেন, “We will start anew.” পোস্টে আরও বলা হয়, যাত্রা শুরু হলো।"
    assert sents(text) == ["তিনি লেখেন, “We will start anew.”", "পোস্টে আরও বলা হয়, যাত্রা শুরু হলো।"]


def test_the_abbreviated_honorifics_of_names_end_no_sentence(bn) -> None:
    for short in ("মোছা.", "মোহা.", "মোসা."):
        doc = bn(f"শিরোনাম\nইউএনও {short} রাশিদা খাতুন বলেন, বাঁধের কাজ শেষ হয়নি।")
        assert len(doc.sentences) == 2  # the headline and one sentence
