"""The clusters' training input: what `ukti train clusters` counts (training itself is not run
here: it needs gensim and minutes)."""

from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path

import pytest

from ukti.ner import norm_word
from ukti.train.clusters import distinct_sentences


def _corpus(tmp_path: Path, texts: list[str]) -> Path:
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for t in texts:
            fh.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    return path


def test_repeated_sentences_count_once(tmp_path: Path) -> None:
    # a scraper that emits every paragraph twice, and agency copy in two outlets
    para = "নদীতে পানি বেড়েছে। স্কুল বন্ধ থাকবে।"
    corpus = _corpus(tmp_path, [para + "\n" + para, "আজ বৃষ্টি হবে। " + para])
    sents = distinct_sentences(corpus, None)
    assert sents == [["নদীতে", "পানি", "বেড়েছে", "।"], ["স্কুল", "বন্ধ", "থাকবে", "।"], ["আজ", "বৃষ্টি", "হবে", "।"]]


def test_text_is_nfc_and_words_are_keyed_as_looked_up(tmp_path: Path) -> None:
    decomposed = "ব\u09c7\u09beন আসবে"  # বোন with its o-kar as e-kar + aa-kar
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    corpus = _corpus(tmp_path, [decomposed + "।", "Dhaka তে ২০২৪ সালে গেছি।"])
    sents = distinct_sentences(corpus, None)
    assert sents[0][0] == "ব\u09cbন"
    assert sents[1] == ["dhaka", "তে", "0000", "সালে", "গেছি", "।"]
    assert norm_word("Dhaka") == "dhaka" and norm_word("১৭টি") == "00টি"


def test_ner_file_adds_its_words_without_tags(tmp_path: Path) -> None:
    conll = tmp_path / "ner.conll"
    conll.write_text("করিম\tB-PER\nবলেন\tO\n।\tO\n\nকরিম\tB-PER\nবলেন\tO\n।\tO\n", encoding="utf-8")
    assert distinct_sentences(None, conll) == [["করিম", "বলেন", "।"]]


def test_kmeans_is_seeded() -> None:
    np = pytest.importorskip("numpy")
    from ukti.train.clusters import kmeans

    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(c, 0.1, size=(20, 3)) for c in (0.0, 5.0, 10.0)])
    a, b = kmeans(x, 3, seed=7), kmeans(x, 3, seed=7)
    assert (a == b).all()
    assert len({tuple(a[i:i + 20]) for i in (0, 20, 40)}) == 3  # each blob one cluster
    assert all(len(set(a[i:i + 20])) == 1 for i in (0, 20, 40))
