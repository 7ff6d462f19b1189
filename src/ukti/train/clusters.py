"""Word clusters from real Bengali news, for the NER tagger's features.

    ukti train clusters --corpus ../shared/corpus/bn-news.jsonl.gz \\
        --ner ../shared/data/ner/rifat-train.conll --out src/ukti/lang/bn/clusters.tsv

Why: the CRF sees only the ~12,000 word types of its training file; most words in real news
are new to it. Words that occur in the same contexts (given names, district names, ministry
words, verbs of saying) end up near each other in a word2vec space trained on ~1.3M tokens of
unlabelled news, and a cluster id lets the tagger generalise from a training word to its
unseen neighbours.

How, reproducibly: every text is NFC-normalised, cut into sentences, tokenised as ukti
tokenises (`WORD_RE`), and each distinct sentence is kept once (BBC Bangla's bodies repeat
every paragraph; agency copy repeats across outlets), so no text is double-weighted. Then
skip-gram word2vec (gensim, one worker thread, fixed seed and a fixed string hash, so a run
is deterministic) and seeded k-means (k-means++ start, Lloyd iterations) on the unit vectors
at several granularities, for two context widths. The file written holds only word -> cluster ids: statistics, not
text. gensim and numpy are needed for training only (`pip install -e '.[train]'`).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import time
import unicodedata
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ukti.textutil import WORD_RE

# cluster counts, coarse to fine; each is one column of the file and one tagger feature
KS = (32, 128, 512)
# two context widths: 3 words either side (what a word is about: ministries, places, people)
# and 1 (what it does in the phrase: a given name, a case-ended surname); the tagger uses both
WINDOWS = (3, 1)
SETTINGS: dict[str, Any] = {"vector_size": 100, "min_count": 3, "sg": 1, "negative": 8, "epochs": 8,
                            "sample": 1e-4}
_SENT_END = re.compile(r"(?<=[।?!])\s+|\n+")


def _hash(s: str) -> int:
    """A string hash that is the same in every process (Python's `hash` is salted per run)."""
    return zlib.crc32(s.encode("utf-8"))


def norm_word(w: str) -> str:
    """The key a word is clustered and looked up under: Latin lower-cased, digits as 0."""
    w = w.lower() if w.isascii() else w
    return re.sub(r"[0-9০-৯]", "0", w)


def corpus_sentences(corpus: Path) -> Iterator[str]:
    """NFC sentences of the JSONL(.gz) corpus's "text" fields (titles left out)."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            text = unicodedata.normalize("NFC", json.loads(line).get("text") or "")
            text = text.replace("\u00a0", " ").replace("\ufeff", "")
            for s in _SENT_END.split(text):
                if s.strip():
                    yield s


def ner_sentences(conll: Path) -> Iterator[list[str]]:
    """The words (tags ignored) of a CoNLL file: the NER text is news too."""
    from ukti.ner import read_conll_sentences

    for sent in read_conll_sentences(conll.read_text(encoding="utf-8-sig").splitlines()):
        yield [unicodedata.normalize("NFC", c[0]) for c in sent]


def distinct_sentences(corpus: Path | None, ner: Path | None) -> list[list[str]]:
    """Tokenised sentences, each distinct one once, in file order."""
    seen: set[bytes] = set()
    out: list[list[str]] = []

    def add(words: list[str]) -> None:
        if len(words) < 2:
            return
        key = hashlib.blake2b("\x1f".join(words).encode("utf-8"), digest_size=12).digest()
        if key not in seen:
            seen.add(key)
            out.append([norm_word(w) for w in words])

    if corpus is not None:
        for s in corpus_sentences(corpus):
            add(WORD_RE.findall(s))
    if ner is not None:
        for words in ner_sentences(ner):
            add([t for w in words for t in WORD_RE.findall(w)])  # "না।’" as the tokeniser cuts it
    return out


def kmeans(x: Any, k: int, seed: int, iterations: int = 25) -> Any:
    """Seeded k-means (k-means++ start, then Lloyd) on rows of x; returns one label per row."""
    import numpy as np

    rng = np.random.default_rng(seed)
    n = x.shape[0]
    centres = np.empty((k, x.shape[1]), dtype=x.dtype)
    centres[0] = x[rng.integers(n)]
    d2 = ((x - centres[0]) ** 2).sum(1)
    for c in range(1, k):
        centres[c] = x[rng.choice(n, p=d2 / d2.sum())]
        d2 = np.minimum(d2, ((x - centres[c]) ** 2).sum(1))
    sq = (x ** 2).sum(1)
    labels = np.zeros(n, dtype=np.int64)
    for _ in range(iterations):
        dist = sq[:, None] - 2 * x @ centres.T + (centres ** 2).sum(1)[None, :]
        new = dist.argmin(1)
        if _ > 0 and (new == labels).all():
            break
        labels = new
        for c in range(k):
            members = x[labels == c]
            if len(members):
                centres[c] = members.mean(0)
    return labels


def train(corpus: Path | None, ner: Path | None, out: Path, *, seed: int = 13,
          ks: tuple[int, ...] = KS, windows: tuple[int, ...] = WINDOWS) -> str:
    import numpy as np
    from gensim.models import Word2Vec

    t0 = time.perf_counter()
    sents = distinct_sentences(corpus, ner)
    n_tok = sum(map(len, sents))
    spaces: list[tuple[dict[str, int], list[Any]]] = []
    for window in windows:
        model = Word2Vec(sentences=sents, workers=1, seed=seed, hashfxn=_hash, window=window, **SETTINGS)
        vec = np.asarray(model.wv.vectors, dtype=np.float64)
        vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-12
        spaces.append((dict(model.wv.key_to_index), [kmeans(vec, k, seed + k) for k in ks]))
    words = sorted(set.intersection(*(set(index) for index, _ in spaces)))
    cols = "\t".join(f"k{k}w{w}" for k in ks for w in windows)
    header = (f"# word\t{cols}\n"
              f"# Word clusters from `ukti train clusters` (seed {seed}): word2vec {SETTINGS}, windows {windows},"
              " then k-means; columns coarse to fine.\n"
              f"# Trained on {len(sents)} distinct sentences, {n_tok} tokens"
              f"{' of ' + corpus.name if corpus else ''}{' + ' + ner.name if ner else ''}. See README (data).\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(header)
        for w in words:
            ids = [str(int(labels[index[w]])) for k in range(len(ks)) for index, columns in spaces
                   for labels in [columns[k]]]
            fh.write(w + "\t" + "\t".join(ids) + "\n")
    return (f"{len(sents)} distinct sentences, {n_tok} tokens, {len(words)} words clustered at k={ks}, "
            f"windows {windows} -> {out} ({out.stat().st_size / 1e6:.2f} MB) in {time.perf_counter() - t0:.0f} s")


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m ukti.train.clusters", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, help="JSONL(.gz) news with a 'text' field")
    ap.add_argument("--ner", type=Path, help="CoNLL NER training file (its words only)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args(argv)
    print(train(a.corpus, a.ner, a.out, seed=a.seed))


if __name__ == "__main__":
    main()
