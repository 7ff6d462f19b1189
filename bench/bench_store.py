"""Ingest and query speed of the corpus store (never run in CI).

    .venv/bin/python bench/bench_store.py [--articles 20000] [--db PATH_OR_URL] [--jobs 2]
    .venv/bin/python bench/bench_store.py --articles 2000 --compare-quotes [--pg postgresql://USER@HOST:PORT]

Builds a synthetic corpus from the bundled sample articles (names, dates and numbers varied),
times `analyze` alone and `ingest` into the store, and prints ingest articles/s, the store's
cost on top of analysis, database size per article, and p50/p95 latency of `search`, `who`
and `contradictions` at that size. `--no-quotes` ingests without clustering quotes across
articles (`ukti.quotes`), to compare the two ingest times.

`--compare-quotes` makes the comparison in one run, side by side: after the analysis alone, it
ingests the corpus into fresh stores with and without clustering, alternating which goes first
(`--repeat` pairs), on SQLite and, with `--pg SERVER`, on PostgreSQL (a fresh database per
ingest on that server), and prints each ingest's wall time against analysis alone and the ratio
of the two ingests. Wall times on a shared machine move with its load: pairs run back to back
are compared, never runs of different invocations.

`--store-only N` measures the writing process alone, by CPU time (which the machine's load moves
far less than wall time): N articles are analysed once, then `--articles` copies of them (each
with its own id, date and outlet; the statements keep their words, so quotes cluster as in the
synthetic corpus) are written into fresh stores with and without clustering, alternating, and
the writing process's CPU per article is printed (on PostgreSQL, with the server's CPU for the
connection when the server runs on this machine), with what it makes of an ingest whose workers
spend the measured analysis CPU per article.
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


def fresh_pg(server: str, label: str) -> str:
    """A new, empty database on the PostgreSQL server at `server` (UTF-8, as the store needs)."""
    import psycopg

    name = f"ukti_bench_{label}_{os.getpid()}_{int(time.time() * 1000) % 10**8}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8'"
                      f" LC_CTYPE 'C.UTF-8'")
    return f"{server}/{name}"


def drop_pg(url: str) -> None:
    import psycopg

    server, _, name = url.rpartition("/")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


class Clustering:
    """Switches quote clustering (`Store._cluster_quotes`) on or off for the next ingest, and
    counts the seconds the writing process spends in it while it is on."""

    def __init__(self) -> None:
        from ukti.store import Store

        self.original = Store._cluster_quotes
        self.seconds = 0.0

    def set(self, on: bool) -> None:
        from ukti.store import Store

        self.seconds = 0.0
        if not on:
            Store._cluster_quotes = lambda store, rows: None  # type: ignore[method-assign]
            return
        original = self.original

        def timed(store: Any, rows: Any) -> None:
            t0 = time.perf_counter()
            original(store, rows)
            self.seconds += time.perf_counter() - t0

        Store._cluster_quotes = timed  # type: ignore[method-assign]


def timed_ingest(src: Path, db: str, jobs: int) -> tuple[Any, int, float]:
    """Ingest `src` into the store at `db`: (the store, articles stored, wall seconds)."""
    from ukti.store import Store
    from ukti.store.ingest import ingest

    store = Store.open(db)
    t = time.perf_counter()
    counts = ingest([str(src)], store, jobs=jobs)
    return store, counts.stored, time.perf_counter() - t


def compare_quotes(src: Path, tmp: Path, analyse_s: float, jobs: int, pg: str | None, repeat: int) -> None:
    """Ingests with and without quote clustering, side by side, on each backend; prints the
    ratios (see the module's docstring)."""
    switch = Clustering()
    backends = ["sqlite"] + (["postgres"] if pg else [])
    for backend in backends:
        for r in range(repeat):
            pair: dict[bool, float] = {}
            for on in ((True, False) if r % 2 == 0 else (False, True)):
                switch.set(on)
                label = "quotes" if on else "noquotes"
                db = str(tmp / f"{label}{r}.db") if backend == "sqlite" else fresh_pg(str(pg), label)
                store, stored, seconds = timed_ingest(src, db, jobs)
                store.close()
                pair[on] = seconds
                extra = (f"; clustering {switch.seconds:.1f} s of the writing process"
                         f" ({switch.seconds / stored * 1000:.1f} ms per article)") if on else ""
                print(f"{backend} pair {r + 1}, ingest {'with' if on else 'without'} clustering: {stored} articles"
                      f" in {seconds:.1f} s = {stored / seconds:.1f} articles/s,"
                      f" {(seconds / analyse_s - 1) * 100:+.0f}% on analyze alone{extra}", flush=True)
                if backend == "sqlite":
                    for f in tmp.glob(f"{label}{r}.db*"):
                        f.unlink()
                else:
                    drop_pg(db)
            print(f"{backend} pair {r + 1}: ingest with clustering / without = {pair[True] / pair[False]:.3f}"
                  f" ({(pair[True] / pair[False] - 1) * 100:+.1f}%)", flush=True)
    switch.set(True)


def rekeyed(base: Any, copy: int, rng: random.Random) -> Any:
    """Article rows `base` as another article: a new id everywhere, another date and outlet."""
    import pickle

    rows = pickle.loads(pickle.dumps(base))
    old = rows.id
    rows.id = f"{old[:14]}{copy:010x}"
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    for table, items in rows.tables.items():
        for r in items:
            for column in ("article_id", "article_a", "article_b") + (("id",) if table == "articles" else ()):
                if r.get(column) == old:
                    r[column] = rows.id
            if "published" in r:
                r["published"] = day
    rows.tables["articles"][0]["outlet"] = rng.choice(["দৈনিক এক", "দৈনিক দুই", "সাপ্তাহিক তিন"])
    return rows


def server_cpu(store: Any) -> float:
    """CPU seconds of the PostgreSQL backend serving this store's connection, if it runs here."""
    pid = store.db.one("SELECT pg_backend_pid() AS pid")["pid"]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def store_only(src: Path, tmp: Path, n: int, jobs: int, pg: str | None, backends: list[str]) -> None:
    """The writing process's CPU per article with and without clustering (see the docstring)."""
    from ukti.pipeline.batch import analyse_stream_into
    from ukti.read import read_paths
    from ukti.store import Store
    from ukti.store.ingest import rows_to_store

    # analysed in this process, timed after the first five (loading the model is not per article)
    bases, started = [], 0.0
    for i, r in enumerate(analyse_stream_into(rows_to_store, read_paths([str(src)]), date=None, jobs=1)):
        if i == 5:
            started = time.process_time()
        if not hasattr(r, "reason"):
            bases.append(r)
    analysis = (time.process_time() - started) / max(1, len(bases) - 5)
    print(f"analysis: {analysis * 1000:.1f} ms of CPU per article (one process, model loaded;"
          f" {len(bases)} articles, {jobs} worker processes would share it)", flush=True)
    from ukti import quotes

    quotes.band_keys([["warm", "up"]])  # numpy and the permutations loaded before any timing
    switch = Clustering()
    for backend in backends:
        per: dict[bool, float] = {}
        for on in (True, False):
            switch.set(on)
            label = "quotes" if on else "noquotes"
            db = str(tmp / f"only-{label}.db") if backend == "sqlite" else fresh_pg(str(pg), label)
            store = Store.open(db)
            rng = random.Random(5)
            cpu = server = 0.0
            t = time.perf_counter()
            with store.batch():
                for i in range(n):
                    rows = rekeyed(bases[i % len(bases)], i, rng)
                    s1 = time.process_time()
                    p1 = server_cpu(store) if backend == "postgres" else 0.0
                    store.save_analysed(rows)
                    cpu += time.process_time() - s1
                    server += (server_cpu(store) - p1) if backend == "postgres" else 0.0
            wall = time.perf_counter() - t
            per[on] = (cpu + server) / n
            print(f"{backend}, {n} articles written {'with' if on else 'without'} clustering: writer"
                  f" {cpu / n * 1000:.1f} ms CPU per article"
                  + (f" + server {server / n * 1000:.1f} ms" if server else "")
                  + (f" (clustering {switch.seconds / n * 1000:.1f} ms of wall)" if on else "")
                  + f"; {wall:.0f} s wall", flush=True)
            store.close()
            if backend == "postgres":
                drop_pg(db)
        print(f"{backend}: CPU per article, analysis + store, with clustering / without ="
              f" {(analysis + per[True]) / (analysis + per[False]):.3f}; store / analysis without clustering ="
              f" {per[False] / analysis:.2f}, with = {per[True] / analysis:.2f}", flush=True)
    switch.set(True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--db", default=None)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--queries-only", action="store_true", help="time the queries on an existing --db")
    ap.add_argument("--analyze-seconds", type=float, help="reuse a measured analyze-alone time for this corpus")
    ap.add_argument("--no-quotes", action="store_true",
                    help="ingest without clustering quotes across articles (to measure what clustering costs)")
    ap.add_argument("--compare-quotes", action="store_true",
                    help="ingest with and without clustering quotes, side by side in this run")
    ap.add_argument("--pg", help="with --compare-quotes: a PostgreSQL server URL (no database) to compare on too")
    ap.add_argument("--repeat", type=int, default=1, help="with --compare-quotes: pairs of ingests per backend")
    ap.add_argument("--store-only", type=int, metavar="N",
                    help="analyse N articles once and time writing --articles copies of them (CPU), see above")
    ap.add_argument("--backends", default="sqlite,postgres", help="with --store-only: which of sqlite,postgres")
    a = ap.parse_args()
    switch = Clustering()
    switch.set(not a.no_quotes)
    from ukti.pipeline.batch import analyse_stream
    from ukti.read import read_paths
    from ukti.store import Store

    if a.queries_only:
        queries(Store.open(a.db))
        return
    tmp = Path(tempfile.mkdtemp())
    if a.store_only:
        base = tmp / "base.jsonl"
        corpus(a.store_only, base)
        store_only(base, tmp, a.articles, a.jobs, a.pg,
                   [b for b in a.backends.split(",") if b == "sqlite" or (b == "postgres" and a.pg)])
        return
    src = tmp / "corpus.jsonl"
    corpus(a.articles, src)
    n = a.articles
    print(f"machine: {os.getloadavg()[0]:.1f} load average (1 min) on {os.cpu_count()} cores at the start",
          flush=True)
    if a.analyze_seconds:
        analyse_s = a.analyze_seconds
    else:
        t = time.perf_counter()
        n = sum(1 for _ in analyse_stream(read_paths([str(src)]), date=None, jobs=a.jobs))
        analyse_s = time.perf_counter() - t
    print(f"analyze alone: {n} articles in {analyse_s:.0f} s = {n / analyse_s:.1f} articles/s ({a.jobs} processes)",
          flush=True)
    if a.compare_quotes:
        compare_quotes(src, tmp, analyse_s, a.jobs, a.pg, a.repeat)
        print(f"machine: {os.getloadavg()[0]:.1f} load average (1 min) at the end")
        return
    db = a.db or str(tmp / "bench.db")
    store, stored, ingest_s = timed_ingest(src, db, a.jobs)
    print(f"ingest into {store.db.dialect}: {stored} articles in {ingest_s:.0f} s = "
          f"{stored / ingest_s:.1f} articles/s; the store adds {(ingest_s / analyse_s - 1) * 100:.0f}% "
          f"on top of analyze")
    if not a.no_quotes:
        print(f"clustering quotes: {switch.seconds:.1f} s of the writing process's time"
              f" ({switch.seconds / ingest_s * 100:.0f}% of the ingest's wall time)")
    if store.db.dialect == "sqlite":
        size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*"))
        print(f"database size: {size / 1e6:.0f} MB = {size / max(1, stored) / 1e3:.1f} kB per article")
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
