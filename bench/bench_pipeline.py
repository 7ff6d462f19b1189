"""Throughput and memory of `ukti analyze`, printed as numbers and ratios (never run in CI).

    .venv/bin/python bench/bench_pipeline.py [--articles 300] [--conll ../shared/data/ner/rifat-test.conll]

Prints: model/pack load time (apart), pipeline articles/s and MB/s on one core for ~3,000-
character Bengali articles, the ratio to a plain baseline pass over the same bytes (decode +
NFC + a regex sentence split), per-stage time shares, the same in CPU time (the wall clock
counts other jobs' turns on a shared machine), NER tagging tokens/s (feature extraction
included), CLI start to first result, and peak RSS.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def make_articles(n: int, size: int = 3000, seed: int = 7) -> list[str]:
    """~size-character articles built from the bundled samples with names and numbers varied."""
    from ukti.read import read_path

    paras: list[str] = []
    for item in read_path(str(ROOT / "examples")):
        text = getattr(item, "text", "")
        if text and re.search(r"[\u0980-\u09ff]", text):
            paras += [p for p in text.split("\n") if len(p) > 60]
    rng = random.Random(seed)
    digits = "০১২৩৪৫৬৭৮৯"
    out = []
    for _ in range(n):
        body = [rng.choice(paras)]
        while sum(map(len, body)) < size:
            p = rng.choice(paras)
            p = re.sub("[০-৯]", lambda _m: rng.choice(digits), p)
            body.append(p)
        out.append("শিরোনাম: নমুনা সংবাদ\n" + "\n".join(body))
    return out


def time_tagging(label: str, sents: list[list[str]]) -> None:
    """Tag the sentences once and print tokens/s, in wall and CPU time (on a shared machine the wall
    clock counts other jobs' turns)."""
    from ukti import ner

    n_tok = sum(map(len, sents))
    t, c = time.perf_counter(), time.process_time()
    for s in sents:
        ner.tag_words(s)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    print(f"{label}: {n_tok} tokens in {dt:.2f} s = {n_tok / dt:,.0f} tokens/s on one core "
          f"({n_tok / dc:,.0f} per CPU second; features included)")


def read_corpus(path: Path, n: int) -> list[str]:
    """Real article texts, NFC as the readers leave them: a folder of .txt or a .jsonl[.gz] file."""
    import gzip
    import json

    from ukti.read.decode import normalise

    if path.is_dir():
        return [normalise(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.txt"))]
    out = []
    with (gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8")) as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("text"):
                out.append(normalise((rec.get("title") or "") + "\n\n" + rec["text"]))
            if len(out) >= n:
                break
    return out


def baseline(texts: list[bytes], clock: Callable[[], float] = time.perf_counter) -> float:
    t = clock()
    n = 0
    for b in texts:
        s = unicodedata.normalize("NFC", b.decode("utf-8"))
        n += len(re.split(r"(?<=[।?!])\s+", s))
    return clock() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--corpus", help="real articles to time instead of the synthetic ones: a folder of .txt "
                    "files or a .jsonl[.gz] file (e.g. ../shared/corpus/bn-news.jsonl.gz; its first N articles)")
    ap.add_argument("--conll", default=str(ROOT.parent / "shared" / "data" / "ner" / "rifat-test.conll"))
    a = ap.parse_args()

    t0 = time.perf_counter()
    from ukti import ner
    from ukti.lang import load_pack
    from ukti.model import RawArticle
    from ukti.pipeline import default_pipeline
    from ukti.stages import langid

    load_pack("bn")
    t1, c1 = time.perf_counter(), time.process_time()
    ner._fast_tagger()
    ner.clusters()
    t_ner, c_ner = time.perf_counter() - t1, time.process_time() - c1
    ner.lexicon()
    langid._model()
    load = time.perf_counter() - t0
    print(f"load: language pack + NER model + language-id model {load * 1000:.0f} ms "
          f"(NER model and word clusters {t_ner * 1000:.0f} ms, {c_ner * 1000:.0f} ms CPU)")

    if a.corpus:
        real = read_corpus(Path(a.corpus), a.articles)
        texts = [real[i % len(real)] for i in range(a.articles)]
    else:
        texts = make_articles(a.articles)
    raw = [t.encode("utf-8") for t in texts]
    mb = sum(map(len, raw)) / 1e6
    pipe = default_pipeline()
    pipe(RawArticle(text=texts[0], source="warm-up"))

    stage_time = {name: 0.0 for name in pipe.names}
    stage_cpu = {name: 0.0 for name in pipe.names}
    cpu = time.process_time
    t, c = time.perf_counter(), cpu()
    stats = [0, 0, 0]
    sentences: list[list[str]] = []  # the articles' own sentences, for the tagger on real news
    for i, text in enumerate(texts):
        from ukti.model import Document

        doc = Document(text=text, meta=RawArticle(text=text, source=f"a{i}"), published="2025-03-12")
        for name, stage in pipe.stages:
            s0, sc = time.perf_counter(), cpu()
            doc = stage(doc)
            stage_time[name] += time.perf_counter() - s0
            stage_cpu[name] += cpu() - sc
        stats[0] += len(doc.statements)
        stats[1] += len(doc.entities)
        stats[2] += len(doc.tokens)
        sentences.extend([t.text for t in doc.tokens if s.start <= t.start < s.end] for s in doc.sentences)
    dt, dc = time.perf_counter() - t, cpu() - c
    base = baseline(raw)
    base_cpu = min(baseline(raw, cpu) for _ in range(3))
    print(f"pipeline: {len(texts)} articles, avg {sum(map(len, texts)) / len(texts):.0f} chars, "
          f"{len(texts) / dt:.1f} articles/s, {mb / dt:.2f} MB/s on one core "
          f"({stats[0]} statements, {stats[1]} entities, {stats[2]} tokens)")
    print(f"baseline (decode + NFC + regex sentence split): {len(texts) / base:.0f} articles/s; "
          f"ukti/baseline time ratio {dt / base:.1f}x")
    total = sum(stage_time.values())
    print("stage shares: " + ", ".join(f"{k} {v / total * 100:.0f}%" for k, v in stage_time.items()))
    base_stages = ("langid", "clean", "segment", "times", "quantities")
    t_base = sum(v for k, v in stage_time.items() if k in base_stages)
    print(f"reading stages alone ({', '.join(base_stages)}): {len(texts) / t_base:.0f} articles/s")
    print("per stage alone: " + ", ".join(f"{k} {len(texts) / v:.0f}/s" for k, v in stage_time.items() if v))
    # on a shared machine the wall clock counts other jobs' turns: the same figures in CPU time
    c_base = sum(v for k, v in stage_cpu.items() if k in base_stages)
    print(f"CPU time: pipeline {len(texts) / dc:.1f} articles per CPU second, baseline {len(texts) / base_cpu:.0f}, "
          f"ratio {dc / base_cpu:.1f}x; reading stages {len(texts) / c_base:.0f} articles per CPU second; "
          "stage shares " + ", ".join(f"{k} {v / dc * 100:.0f}%" for k, v in stage_cpu.items()))
    print("per stage alone, CPU: " + ", ".join(f"{k} {len(texts) / v:.0f}/s" for k, v in stage_cpu.items() if v))

    conll = Path(a.conll)
    if conll.exists():
        sents = [[c[0] for c in s] for s in ner.read_conll_sentences(conll.read_text(encoding="utf-8").splitlines())]
        for label in ("NER", "NER tagger, second pass (word-type caches warm)"):
            time_tagging(label, sents)

    # the tagger over the articles' own sentences in order, from empty caches as a job starts:
    # news repeats its words, so the per-word-type work is paid once per type, not per token
    ft = ner._fast_tagger()
    if ft is not None and sentences:
        ft._entry.clear()
        ft._same.clear()
        ft._ctx.clear()
        ner._word_features.cache_clear()
        time_tagging(f"NER tagger on these {len(texts)} articles' sentences, caches empty at the start", sentences)

    sample = ROOT / "examples" / "bridge-toll-rajshahi.txt"
    exe = Path(sys.executable).parent / "ukti"
    t = time.perf_counter()
    subprocess.run([str(exe), "analyze", str(sample)], check=True, capture_output=True)
    print(f"CLI start to first result: {time.perf_counter() - t:.2f} s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pack = load_pack("bn")
    clusters = pack.path / "clusters.tsv"
    print(f"peak RSS: {rss:.0f} MB; model file {pack.ner_model.stat().st_size / 1e6:.1f} MB"  # type: ignore[union-attr]
          f" + word clusters {clusters.stat().st_size / 1e6 if clusters.exists() else 0:.1f} MB")


if __name__ == "__main__":
    main()
