"""Ingest and query speed of the corpus store (never run in CI).

    .venv/bin/python bench/bench_store.py [--articles 20000] [--db PATH_OR_URL] [--jobs 2]

Builds a synthetic corpus from the bundled sample articles (names, dates and numbers varied),
times `analyze` alone and `ingest` into the store, and prints ingest articles/s, the store's
cost on top of analysis, database size per article, and p50/p95 latency of `search`, `who`
and `contradictions` at that size. `--no-quotes` ingests without clustering quotes across
articles (`ukti.quotes`), to compare the two ingest times.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

NAMES = ["রফিকুল ইসলাম", "নাসরিন আক্তার", "কামরুল হাসান", "শাহানা পারভীন", "জাহিদ হোসেন", "সুমন সাহা",
         "তানভীর আহমেদ", "ফারহানা ইয়াসমিন", "মাহমুদুল হক", "রুবিনা খাতুন"]


def corpus(n: int, path: Path, seed: int = 11) -> None:
    from bench_pipeline import make_articles

    rng = random.Random(seed)
    base = make_articles(200)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = base[i % len(base)]
            for name in NAMES[:3]:
                text = text.replace(name, rng.choice(NAMES))
            text += f"\nপ্রতিবেদন নম্বর {i}।"  # every article unique
            day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            outlet = rng.choice(["দৈনিক এক", "দৈনিক দুই", "সাপ্তাহিক তিন"])
            fh.write(json.dumps({"id": str(i), "text": text, "date": day, "outlet": outlet}, ensure_ascii=False) + "\n")


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--db", default=None)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--queries-only", action="store_true", help="time the queries on an existing --db")
    ap.add_argument("--analyze-seconds", type=float, help="reuse a measured analyze-alone time for this corpus")
    ap.add_argument("--no-quotes", action="store_true",
                    help="ingest without clustering quotes across articles (to measure what clustering costs)")
    a = ap.parse_args()
    from ukti.store import Store as _Store

    clustering = [0.0]  # seconds the writing process spent clustering quotes
    if a.no_quotes:
        _Store._cluster_quotes = lambda self, rows: None  # type: ignore[method-assign]
    else:
        cluster = _Store._cluster_quotes

        def timed(self: Any, rows: Any) -> None:
            t0 = time.perf_counter()
            cluster(self, rows)
            clustering[0] += time.perf_counter() - t0

        _Store._cluster_quotes = timed  # type: ignore[method-assign]
    from ukti.pipeline.batch import analyse_stream
    from ukti.read import read_paths
    from ukti.store import Store
    from ukti.store.ingest import ingest

    if a.queries_only:
        queries(Store.open(a.db))
        return
    tmp = Path(tempfile.mkdtemp())
    src = tmp / "corpus.jsonl"
    corpus(a.articles, src)
    n = a.articles
    if a.analyze_seconds:
        analyse_s = a.analyze_seconds
    else:
        t = time.perf_counter()
        n = sum(1 for _ in analyse_stream(read_paths([str(src)]), date=None, jobs=a.jobs))
        analyse_s = time.perf_counter() - t
    print(f"analyze alone: {n} articles in {analyse_s:.0f} s = {n / analyse_s:.1f} articles/s ({a.jobs} processes)")
    db = a.db or str(tmp / "bench.db")
    store = Store.open(db)
    t = time.perf_counter()
    counts = ingest([str(src)], store, jobs=a.jobs)
    ingest_s = time.perf_counter() - t
    print(f"ingest into {store.db.dialect}: {counts.stored} articles in {ingest_s:.0f} s = "
          f"{counts.stored / ingest_s:.1f} articles/s; the store adds {(ingest_s / analyse_s - 1) * 100:.0f}% "
          f"on top of analyze")
    if not a.no_quotes:
        print(f"clustering quotes: {clustering[0]:.1f} s of the writing process's time"
              f" ({clustering[0] / ingest_s * 100:.0f}% of the ingest's wall time)")
    if store.db.dialect == "sqlite":
        size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*"))
        print(f"database size: {size / 1e6:.0f} MB = {size / max(1, counts.stored) / 1e3:.1f} kB per article")
    queries(store)


def queries(store: Any) -> None:
    rng = random.Random(3)
    words = ["মজুরি", "শ্রমিক", "দাম", "বন্দর", "টোল", "সেতু", "ডেঙ্গি", "পেঁয়াজ", "বই", "কাজ"]
    for label, fn in (("search", lambda: store.search(rng.choice(words))),
                      ("who", lambda: store.who(rng.choice(NAMES))),
                      ("contradictions", lambda: store.contradictions(rng.choice(NAMES), limit=50))):
        times = []
        for _ in range(100):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        print(f"{label}: p50 {pct(times, 0.5):.1f} ms, p95 {pct(times, 0.95):.1f} ms "
              f"(mean {statistics.mean(times) * 1000:.1f} ms over 100 queries)")
    print(json.dumps(store.stats(), ensure_ascii=False))
    from ukti import quotes

    print("quotes:", json.dumps(quotes.stats(store.db)))


if __name__ == "__main__":
    main()
