from __future__ import annotations

import pytest

from ukti import ner
from ukti.lang import load_pack
from ukti.ner import tag_words

# sentences written for these tests (no corpus or NER-data text)
SENTENCES = [
    ["প্রধানমন্ত্রী", "শেখ", "হাসিনা", "গতকাল", "ঢাকা", "বিশ্ববিদ্যালয়ে", "যান", "।"],
    ["রাজশাহী", "জেলা", "প্রশাসক", "মো", ".", "আবদুল", "করিম", "বলেন", ",", "সেতুর", "কাজ", "শেষ", "হবে", "।"],
    ["স্বরাষ্ট্র", "মন্ত্রণালয়", "জানিয়েছে", "যে", "চট্টগ্রামে", "নতুন", "থানা", "হচ্ছে", "।"],
    ["বিএনপির", "মহাসচিব", "মির্জা", "ফখরুল", "ইসলাম", "আলমগীর", "সিলেটে", "সমাবেশ", "করেন", "।"],
    ["গতকাল", "সোমবার", "খুলনায়", "১২", "জন", "আহত", "হয়েছেন", "বলে", "পুলিশ", "জানায়", "।"],
    ["ভারতের", "পররাষ্ট্রমন্ত্রী", "এস", "জয়শঙ্কর", "দিল্লিতে", "এ", "কথা", "বলেন", "।"],
    ["রায়", "ঘোষণার", "পর", "আদালত", "প্রাঙ্গণে", "ভিড়", "ছিল", "।"],
    ["ঢাকা"],
    ["সাকিব", "আল", "হাসান"],
]


def test_model_ships_small_with_its_licence() -> None:
    pack = load_pack("bn")
    assert pack.ner_model is not None
    clusters = pack.path / "clusters.tsv"
    assert pack.ner_model.stat().st_size + clusters.stat().st_size < 15_000_000
    assert (pack.path / "LICENSE-rifat").exists()


def test_tags_people_places_and_organisations() -> None:
    tags = tag_words(SENTENCES[0])
    assert tags[1:3] == ["B-PER", "I-PER"]
    assert tags[4].endswith("ORG") or tags[4].endswith("LOC")


def test_fast_decoder_gives_python_crfsuites_tags() -> None:
    """The per-word-type scoring and generated Viterbi are the model's own arithmetic."""
    lex = ner.lexicon()
    fast, crf = ner._fast_tagger(), ner._tagger()
    assert fast is not None
    for words in SENTENCES:
        gaz = ner.gazetteer_tags(words, lex)
        assert fast.tag(words, gaz) == list(crf.tag(ner.sentence_features(words, lex, gaz))), words


def test_decoder_never_starts_an_entity_inside() -> None:
    for words in SENTENCES:
        tags = tag_words(words)
        for prev, cur in zip(["O", *tags], tags, strict=False):
            if cur.startswith("I-"):
                assert prev[2:] == cur[2:], (words, tags)


def test_cluster_features_for_the_word_its_stem_and_neighbours() -> None:
    table = ner.clusters()
    if not table:
        pytest.skip("no clusters.tsv in the pack")
    assert len(table["ঢাকা"]) >= 2
    own = ner._word_features("ঢাকা")[0]
    assert [f for f in own if f.startswith("k0=")] == [f"k0={table['ঢাকা'][0]}"]
    # an unseen case-ended form takes its stem's clusters
    assert ner.word_clusters("ঢাকাকেওওও", "ঢাকা") == table["ঢাকা"]
    assert f"-1:k0={table['ঢাকা'][0]}" in ner._neighbour_features("ঢাকা", -1)
    assert sum(f.startswith("2:k") for f in ner._neighbour_features("ঢাকা", 2)) == ner.NEAR_K2
    assert "k=none" in ner._word_features("ক্ষজ্ঞঠঢ়ঋ")[0]


def test_conll_words_are_tagged_in_nfc_and_written_back_as_given() -> None:
    """A CoNLL file may write য় precomposed (U+09DF); the tagger sees the NFC word the pipeline
    would give it, and the output keeps the file's own token."""
    words = ["ভারতের", "পররাষ্ট্রমন্ত্রী", "এস", "জ\u09dfশঙ্কর", "দিল্লিতে", "এ", "কথা", "বলেন", "।"]
    lines = [*(f"{w}\tO" for w in words), ""]
    out = [line.split("\t") for line in ner.tag_conll(lines) if line]
    assert [w for w, _ in out] == words
    assert [t for _, t in out] == tag_words(SENTENCES[5])


def test_the_gazetteer_knows_an_inflected_name_that_also_opens_longer_names() -> None:
    lex = ner.lexicon("bn")
    # "জাতিসংঘের" opens "জাতিসংঘের শরণার্থী সংস্থা" and is "জাতিসংঘ" in the genitive
    assert ner.gazetteer_tags(["জাতিসংঘের", "মহাসচিব", "বলেন"], lex, every_form=True) == ["B-ORG", "O", "O"]
    # (after a name's "of" a place is the name's own: not tagged a place alone)
    assert ner.gazetteer_tags(["ডক্টরস", "অ্যাসোসিয়েশন", "অব", "বাংলাদেশের"], lex, every_form=True)[-1] == "O"
