"""Train the shipped Bengali NER model, reproducibly.

    ukti train ner --data ../shared/data/ner/rifat-train.conll --out src/ukti/lang/bn/ner.crfsuite

L-BFGS training is deterministic for a given data file, feature set and settings; the optional
dev split is drawn with a fixed seed. Settings were chosen on a dev split of the training file,
never on the test file.
"""

from __future__ import annotations

import random
import unicodedata
from collections import Counter
from pathlib import Path

from ukti.ner import bio_spans, read_conll_sentences, sentence_features, tag_words

DEV_BLOCK = 50  # sentences per held-out run
SETTINGS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    return set(bio_spans(tags))


def common_words(sents: list[list[list[str]]], min_count: int = 2, min_o_ratio: float = 0.95) -> list[str]:
    """Words that are almost never part of a name: unseen words outside this list lean to names."""
    total: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for s in sents:
        for c in s:
            total[c[0]] += 1
            outside[c[0]] += c[-1] == "O"
    return sorted(w for w, n in total.items() if n >= min_count and outside[w] / n >= min_o_ratio)


def _clear_caches() -> None:
    from ukti import ner

    for cached in (ner.lexicon, ner.clusters, ner._word_features, ner._neighbour_features, ner._tagger,
                   ner._fast_tagger):
        cached.cache_clear()


def train(data: Path, out: Path, *, dev_fraction: float = 0.0, seed: int = 13,
          settings: dict[str, float | bool] | None = None) -> str:
    import pycrfsuite

    from ukti.ner import lexicon

    # NFC, as the pipeline tags: the Rifat files write য় and ড় precomposed (U+09DF, U+09DC), which
    # NFC splits, and a model trained on those forms never saw the words it is given at run time
    # (nor found them in the clusters or gazetteers, which are NFC)
    text = unicodedata.normalize("NFC", data.read_text(encoding="utf-8-sig"))
    sents = list(read_conll_sentences(text.splitlines()))
    sents = [s for s in sents if all(len(c) >= 2 for c in s)]
    words_file = out.parent / "common-words.txt"
    words_file.write_text("# Words almost never inside a name in the NER training data (MIT, see LICENSE-rifat)."
                          "\n# Written by `ukti train ner`.\n" + "\n".join(common_words(sents)) + "\n",
                          encoding="utf-8")
    _clear_caches()
    dev: list[list[list[str]]] = []
    if dev_fraction > 0:
        # whole runs of sentences: the file keeps each article's sentences together, and a
        # name seen in the same article's other sentences would flatter the lexical features
        rng = random.Random(seed)
        blocks = list(range(0, len(sents), DEV_BLOCK))
        rng.shuffle(blocks)
        held = {b for b in blocks[:round(len(blocks) * dev_fraction)]}
        dev = [s for b in sorted(held) for s in sents[b:b + DEV_BLOCK]]
        sents = [s for b in range(0, len(sents), DEV_BLOCK) if b not in held for s in sents[b:b + DEV_BLOCK]]
        # the "uncommon word" feature must not have seen the dev sentences' tags either
        lexicon().common = frozenset(common_words(sents))
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sents:
        words = [c[0] for c in s]
        trainer.append(sentence_features(words), [c[-1] for c in s])
    trainer.set_params({**SETTINGS, **(settings or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    report = f"trained on {len(sents)} sentences -> {out} ({out.stat().st_size / 1e6:.2f} MB)"
    if dev:
        from ukti import ner

        ner._tagger.cache_clear()
        ner._fast_tagger.cache_clear()
        ner._tagger_path = out  # the dev figures are the shipped decoder's on the model just trained
        tp = npred = ngold = 0
        for s in dev:
            words = [c[0] for c in s]
            gold = _spans([c[-1] for c in s])
            pred = _spans(tag_words(words))
            gold = {g for g in gold if g[2] != "TIME"}
            pred = {p for p in pred if p[2] != "TIME"}
            tp += len(gold & pred)
            npred += len(pred)
            ngold += len(gold)
        p, r = tp / max(1, npred), tp / max(1, ngold)
        ner._tagger_path = None
        _clear_caches()
        report += f"\ndev ({len(dev)} sentences) PER/ORG/LOC: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}"
    return report
