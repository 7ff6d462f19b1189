"""Small fastText word vectors from real Bengali news, for the NER tagger's dense features.

    ukti train vectors --corpus ../shared/corpus/bn-news.jsonl.gz \\
        --ner ../shared/data/ner/rifat-train.conll --out src/ukti/lang/bn/ner-vectors.bin

Why: most names in news are new to the CRF's training file, and many are new to the corpus
too. A fastText vector is built from the word's character n-grams, so an unseen name
("…উদ্দিনের", a district with a case ending) still lands near the names it shares pieces with;
its few dimensions are real-valued CRF features (`ukti.ner.word_vector`). The clusters
(`ukti train clusters`) cover words of the corpus only.

How, reproducibly: the same distinct NFC sentences as the clusters (`ukti.train.clusters`),
skip-gram fastText (gensim, one worker thread, fixed seed and string hash: a rerun writes
the same bytes), 32 dimensions, character 2- to 4-grams hashed into 50,000 buckets. The file
holds numbers only, no text but the vocabulary's words: a JSON header line, the words (one a
line), then int8 rows: the words' unit vectors, and the n-gram buckets each with a float32
scale. About 2.7 MB. gensim and numpy are needed for training only (the `train` extra).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from ukti.train.clusters import _hash, distinct_sentences

DIM = 32
BUCKETS = 50_000
MIN_N, MAX_N = 2, 4
SETTINGS: dict[str, Any] = {"vector_size": DIM, "window": 2, "min_count": 3, "sg": 1, "negative": 8, "epochs": 5,
                            "sample": 1e-4, "min_n": MIN_N, "max_n": MAX_N, "bucket": BUCKETS}


def write(out: Path, words: list[str], vectors: Any, ngrams: Any, note: str) -> None:
    """The shipped format (read by `ukti.ner.vectors`): header, words, int8 unit vectors of the
    words, float32 scales and int8 rows of the n-gram buckets."""
    import numpy as np

    unit = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12)
    q_words = np.clip(np.rint(unit * 127), -127, 127).astype(np.int8)
    scale = np.abs(ngrams).max(axis=1) / 127
    scale[scale == 0] = 1.0
    q_ngrams = np.clip(np.rint(ngrams / scale[:, None]), -127, 127).astype(np.int8)
    header = {"dim": int(vectors.shape[1]), "words": len(words), "buckets": int(ngrams.shape[0]),
              "min_n": MIN_N, "max_n": MAX_N, "note": note}
    body = "\n".join(words).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        fh.write(json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n")
        fh.write(len(body).to_bytes(8, "little") + body)
        fh.write(q_words.tobytes())
        fh.write(scale.astype("<f4").tobytes())
        fh.write(q_ngrams.tobytes())


def train(corpus: Path | None, ner: Path | None, out: Path, *, seed: int = 13) -> str:
    import numpy as np
    from gensim.models import FastText

    t0 = time.perf_counter()
    sents = distinct_sentences(corpus, ner)
    model = FastText(sentences=sents, workers=1, seed=seed, hashfxn=_hash, **SETTINGS)
    wv = model.wv
    words = list(wv.index_to_key)
    note = (f"fastText from `ukti train vectors` (seed {seed}): {SETTINGS}; {len(sents)} distinct sentences"
            f"{' of ' + corpus.name if corpus else ''}{' + ' + ner.name if ner else ''}. See README (data).")
    write(out, words, np.asarray(wv.vectors, dtype=np.float64), np.asarray(wv.vectors_ngrams, dtype=np.float64),
          note)
    return (f"{len(sents)} distinct sentences, {len(words)} words, {DIM} dimensions, {BUCKETS} n-gram buckets "
            f"-> {out} ({out.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - t0:.0f} s")
