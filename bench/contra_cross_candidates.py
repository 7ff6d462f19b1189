"""Are there cross-article contradictions in a corpus store to find? Counts, for judging by hand.

    PYTHONPATH=src .venv/bin/python bench/contra_cross_candidates.py --db /tmp/corpus.db \
        [--days 3] [--min-shared 3] [--show 30] [--seed 18]

The store flags no pair across the 3,304 corpus articles. That is right only if the corpus holds
no two statements of two articles about one event that cannot both be true. This looks for them
without the conflict test's bar: every pair of statements of two different articles that name
one person or organisation (speaker or named in the content, by corpus id), published within
`--days` of each other (both dated), sharing `--min-shared` content words or more (the conflict
test's stems: one topic). Each such pair is tagged with the evidence of opposition the test
would need: one side negates a predicate the other asserts (`polarity`), figures in one unit
that differ (`figures`), a denial on one side (`deny`, which across articles has nothing to point
at), a shared speaker (`same speaker`: one person's two accounts). It prints the counts at each
step, and `--show` prints a seeded sample of the pairs with a polarity or figure signal to read
(on screen only: no article text is written anywhere).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ukti import contradict  # noqa: E402
from ukti.store import Store  # noqa: E402


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--days", type=int, default=3)
    ap.add_argument("--min-shared", type=int, default=3)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--outlets", action="store_true", help="--show only pairs of two outlets")
    ap.add_argument("--signal", default="polarity,figures", help="--show pairs with one of these tags")
    a = ap.parse_args()
    db = sqlite3.connect(a.db)
    db.row_factory = sqlite3.Row
    store = Store.open(a.db, read_only=True)
    arts = {r["id"]: dict(r) for r in db.execute("SELECT id, ext_id, outlet, published, title FROM articles")}
    rows = {(r["article_id"], r["statement_id"]): dict(r) for r in db.execute("SELECT * FROM statements")}
    by_entity: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for r in db.execute("SELECT x.corpus_id, x.article_id, x.statement_id FROM statement_entities x"
                        " WHERE x.entity_type IN ('PER', 'ORG')"):
        by_entity[r["corpus_id"]].add((r["article_id"], r["statement_id"]))
    for key, r in rows.items():
        if r["speaker_corpus_id"]:
            by_entity[r["speaker_corpus_id"]].add(key)
    dated = sum(1 for r in arts.values() if _day(r["published"]))
    print(f"articles {len(arts)} (dated {dated}); statements {len(rows)}; people and organisations"
          f" {len(by_entity)}")
    pairs: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    entity_pairs = 0
    for keys in by_entity.values():
        ks = sorted(k for k in keys if _day(arts[k[0]]["published"]))
        for i, x in enumerate(ks):
            dx = _day(arts[x[0]]["published"])
            for y in ks[i + 1:]:
                if y[0] == x[0]:
                    continue
                dy = _day(arts[y[0]]["published"])
                assert dx is not None and dy is not None
                if abs((dx - dy).days) > a.days:
                    continue
                entity_pairs += 1
                pairs.add((x, y) if x < y else (y, x))
    print(f"pairs of statements of two dated articles about one person or organisation, within {a.days} days:"
          f" {len(pairs)} ({entity_pairs} counted per entity)")
    claims: dict[tuple[str, str], contradict.Claim] = {}

    def claim(k: tuple[str, str]) -> contradict.Claim:
        if k not in claims:
            claims[k] = store._claim(rows[k], {})
        return claims[k]

    topical: list[tuple[int, tuple[str, str], tuple[str, str], list[str]]] = []
    copies = other_outlet = 0
    for x, y in pairs:
        if rows[x]["content"] == rows[y]["content"]:
            copies += 1
            continue
        cx, cy = claim(x), claim(y)
        shared = contradict._overlap(contradict.content_words(cx.text), contradict.content_words(cy.text))
        if len(shared) < a.min_shared:
            continue
        tags = []
        if contradict.same_speaker(cx, cy):
            tags.append("same speaker")
        if "deny" in (cx.stance, cy.stance):
            tags.append("deny")
        if len(contradict.opposed(cx.text, cy.text)) >= 2:
            tags.append("polarity")
        fx = cx.figures or ()
        fy = cy.figures or ()
        units = {u for _, u, _ in fx} & {u for _, u, _ in fy}
        if any({v for v, u, _ in fx if u == unit} != {v for v, u, _ in fy if u == unit} for unit in units):
            tags.append("figures")
        other_outlet += arts[x[0]]["outlet"] != arts[y[0]]["outlet"]
        topical.append((len(shared), x, y, tags))
    print(f"  the same words (a copy): {copies}")
    print(f"  sharing {a.min_shared}+ content words (one topic): {len(topical)}, of two outlets {other_outlet}")
    counts: dict[str, int] = defaultdict(int)
    for *_, tags in topical:
        for t in tags:
            counts[t] += 1
        if ("polarity" in tags or "figures" in tags) and "same speaker" not in tags:
            counts["polarity or figures, two speakers"] += 1
    for k in ("same speaker", "deny", "polarity", "figures", "polarity or figures, two speakers"):
        print(f"    {k}: {counts[k]}")
    two = [t for t in topical if arts[t[1][0]]["outlet"] != arts[t[2][0]]["outlet"]]
    print(f"  of two outlets: {len(two)}; with a polarity or figure signal, two speakers:"
          f" {sum(('polarity' in t[3] or 'figures' in t[3]) and 'same speaker' not in t[3] for t in two)};"
          f" one speaker: {sum('same speaker' in t[3] for t in two)}")
    if a.show:
        wanted = set(a.signal.split(","))
        pool = sorted((t for t in topical if wanted & set(t[3]) and "same speaker" not in t[3]
                       and (not a.outlets or arts[t[1][0]]["outlet"] != arts[t[2][0]]["outlet"])),
                      key=lambda t: (t[1], t[2]))
        print(f"\n{len(pool)} pairs to draw from")
        for n, x, y, tags in random.Random(a.seed).sample(pool, min(a.show, len(pool))):
            print(f"\n[{n} shared; {', '.join(tags)}]")
            for k in (x, y):
                r, art = rows[k], arts[k[0]]
                print(f"  {art['ext_id']}/{k[1]} {art['outlet']} {art['published']} T: {art['title']}")
                print(f"    [{r['speaker_text']}|{r['stance']}] {r['content'][:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
