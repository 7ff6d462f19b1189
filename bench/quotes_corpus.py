"""The quote clusters on a real corpus: figures, and seeded samples to read (never run in CI).

    .venv/bin/python bench/quotes_corpus.py STORE [--recluster] [--sample DIR] [--seed 18]

STORE is a store an ingest filled (e.g. of ../shared/corpus/bn-news.jsonl.gz). --recluster
clusters its statements again in the order they were stored, through `ukti.quotes` exactly as an
ingest does, after the clustering rules changed (a copy is not made: use a copy). Prints the
number of clusters, of clusters with more than one outlet, of changed versions and of each change
type. --sample writes 40 clusters and 40 changed versions drawn at random (seeded), from
articles that are not in ../shared/gold/dev-real, to DIR/clusters.txt and DIR/changes.txt for
a person to read; the verdicts (ids, right or wrong, a note, no article text) go to
bench/quotes-verdicts.tsv. The texts stay out of the repository.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import random
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
GOLD = ROOT.parent / "shared" / "gold" / "dev-real"


def recluster(store: Any) -> float:
    from ukti import quotes

    db = store.db
    t = time.perf_counter()
    db.begin()
    db.execute("DELETE FROM quote_bands")
    db.execute("DELETE FROM quote_members")
    keys = {r["id"]: r["key"] for r in db.all("SELECT id, key FROM corpus_entities")}
    order = "fts_id" if db.dialect == "sqlite" else "published, id"
    for art in db.all(f"SELECT id, outlet, published FROM articles ORDER BY {order}"):
        rows = db.all("SELECT statement_id, content, speaker_text, speaker_corpus_id, anonymous, published"
                      " FROM statements WHERE article_id = ? ORDER BY start_at", (art["id"],))
        for r in rows:
            r["speaker_key"] = keys.get(r.pop("speaker_corpus_id"))
        quotes.cluster_article(db, art["id"], rows, art["outlet"], art["published"])
    db.execute("COMMIT")
    return time.perf_counter() - t


def figures(store: Any) -> dict[str, Any]:
    from ukti import quotes

    rows = store.db.all("SELECT kind, changes FROM quote_members")
    return {**quotes.stats(store.db), "kinds": dict(collections.Counter(r["kind"] for r in rows)),
            "change_types": dict(collections.Counter(c["type"] for r in rows for c in json.loads(r["changes"])))}


def dev_real_articles(store: Any) -> set[str]:
    """Stored articles whose text is one of the dev-real gold articles (its body's opening)."""
    def norm(t: str) -> str:
        return " ".join(unicodedata.normalize("NFC", t).split())

    openings = {norm(Path(f).read_text(encoding="utf-8").split("\n", 2)[-1])[:120]
                for f in glob.glob(str(GOLD / "*.txt"))}
    openings.discard("")
    return {r["id"] for r in store.db.all("SELECT id, text FROM articles")
            if any(o in norm(r["text"])[:400] for o in openings)}


def sample(store: Any, out: Path, seed: int) -> None:
    rows = store.db.all("SELECT m.*, s.content, s.speaker_text, s.direct FROM quote_members m JOIN statements s"
                        " ON s.article_id = m.article_id AND s.statement_id = m.statement_id")
    dev = dev_real_articles(store)
    by: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by.setdefault(r["cluster_id"], []).append(r)
    ok = sorted(c for c, ms in by.items() if not any(m["article_id"] in dev for m in ms))
    rng = random.Random(seed)
    picked = rng.sample(ok, min(40, len(ok)))
    changed = sorted((r for r in rows if r["kind"] == "changed" and r["cluster_id"] in ok),
                     key=lambda r: (r["cluster_id"], r["article_id"], r["statement_id"]))
    flagged = rng.sample(changed, min(40, len(changed)))
    out.mkdir(parents=True, exist_ok=True)
    with (out / "clusters.txt").open("w", encoding="utf-8") as fh:
        for i, c in enumerate(picked, 1):
            fh.write(f"=== C{i} {c}\n")
            for m in sorted(by[c], key=lambda m: -m["is_origin"]):
                fh.write(f"  [{m['kind']}|{m['outlet']}|{(m['published'] or '')[:10]}|{m['speaker_text']}]"
                         f" {m['content']}\n")
    with (out / "changes.txt").open("w", encoding="utf-8") as fh:
        for i, r in enumerate(flagged, 1):
            o = next(m for m in by[r["cluster_id"]] if m["is_origin"])
            fh.write(f"=== X{i} {r['article_id']}-{r['statement_id']} vs {o['article_id']}-{o['statement_id']}\n"
                     f"  O [{o['outlet']}|{o['speaker_text']}|direct={o['direct']}] {o['content']}\n"
                     f"  V [{r['outlet']}|{r['speaker_text']}|direct={r['direct']}] {r['content']}\n")
            for ch in json.loads(r["changes"]):
                fh.write(f"    {ch['type']}: «{ch['origin_words']}» -> «{ch['words']}»\n")
    print(f"{len(dev)} dev-real articles left out; samples in {out}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("--recluster", action="store_true")
    ap.add_argument("--sample", type=Path)
    ap.add_argument("--seed", type=int, default=18)
    a = ap.parse_args()
    from ukti.store import Store

    store = Store.open(a.store)
    if a.recluster:
        print(f"clustered again in {recluster(store):.1f} s")
    print(json.dumps(figures(store), ensure_ascii=False))
    if a.sample:
        sample(store, a.sample, a.seed)


if __name__ == "__main__":
    main()
