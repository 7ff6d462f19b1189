"""Draw cross-article contradictions from a corpus store, reproducibly, for judging by hand.

    ukti ingest ../shared/corpus/bn-news.jsonl.gz --db /tmp/corpus.db
    PYTHONPATH=src .venv/bin/python bench/contra_corpus_sample.py --db /tmp/corpus.db \
        [--n 50] [--seed 17] [--tsv bench/contradictions-corpus-verdicts.tsv] [--show]

Precision on the corpus is measured by reading: a sample of the pairs that the store flagged
between two articles, drawn with a fixed seed from articles that are not in dev-real (matched
by URL and by headline), so that anyone with the same corpus and ukti draws the same pairs.
It prints how many articles the store holds, how many pairs it flagged across articles and
that count per 1,000 articles. `--tsv` writes the sample as a verdict sheet (corpus ids,
statement ids, kind, confidence, verdict, note), keeping verdicts already written for the same
pairs, so a re-drawn sheet is judged only where it changed; it never holds article text.
`--show` prints the two statements of each pair to read (on screen only); `--within` draws
pairs inside one article instead, the same way.

`--what-if within` does not read the pairs the store flagged: it compares the stored statements
again across articles (each statement about a person or organisation against the 25 next
by article id about it in other articles, as the store samples; claims built by
`Store._claim` from the stored facts) with the word bar of one article instead of the stricter
one the store uses across articles, to show what that bar would flag.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_REAL = ROOT.parent / "shared" / "gold" / "dev-real"
COLUMNS = ("pair", "article_a", "statement_a", "article_b", "statement_b", "kind", "confidence", "verdict", "note")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def dev_real_keys(folder: Path = DEV_REAL) -> tuple[set[str], set[str]]:
    """URLs named in dev-real's SOURCES files and headlines (first lines) of its articles:
    a corpus copy of a dev-real article is left out of the sample."""
    urls: set[str] = set()
    for src in folder.glob("SOURCES-*.md"):
        urls.update(u.rstrip("`;,.") for u in re.findall(r"https?://[^\s|)`;]+", src.read_text(encoding="utf-8")))
    titles = {_norm(p.read_text(encoding="utf-8").split("\n", 1)[0]) for p in folder.glob("*.txt")}
    return {_norm(u) for u in urls}, titles - {""}


def kind_of(why: str) -> str:
    """The kind of opposition, read from the explanation the store keeps (it keeps no kind column)."""
    if why.startswith("denies"):
        return "deny"
    if why.startswith("different figures"):
        return "figures"
    return "polarity" if re.search(r"^'[^']*(?:না|নি|নয়|নেই|নাই|নই)'", why) else "opposites/polarity"


def what_if(path: str, limit: int = 25) -> list[tuple[str, str, str, str, str, float]]:
    """Cross-article pairs the within-article word bar would flag among the stored statements."""
    sys.path.insert(0, str(ROOT / "src"))
    from ukti import contradict
    from ukti.store import Store

    contradict._loose = lambda a, b: contradict._bare(a) or contradict._bare(b)  # the bar of one article
    store = Store.open(path, read_only=True)
    rows = store.db.all("SELECT x.corpus_id, s.article_id, s.statement_id, s.speaker_corpus_id, s.speaker_text,"
                        " s.stance, s.content, s.published, s.facts FROM statement_entities x JOIN statements s"
                        " ON s.article_id = x.article_id AND s.statement_id = x.statement_id"
                        " WHERE x.entity_type IN ('PER', 'ORG')")
    groups: dict[int, list[dict[str, object]]] = {}
    for r in rows:
        groups.setdefault(int(r["corpus_id"]), []).append(r)
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for group in groups.values():
        group.sort(key=lambda r: (str(r["article_id"]), str(r["statement_id"])), reverse=True)
        for i, s in enumerate(group):
            others = [o for o in group[i + 1:] if o["article_id"] != s["article_id"]][:limit]
            for o in others:
                key = (str(s["article_id"]), str(s["statement_id"]), str(o["article_id"]), str(o["statement_id"]))
                if key in seen or o["content"] == s["content"]:
                    continue
                seen.add(key)
                hit = contradict.conflict(store._claim(s, {}), store._claim(o, {}), "bn")
                if hit is not None:
                    out.append((*key, hit.why, hit.confidence))
    return sorted(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="an SQLite store filled by `ukti ingest`")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--tsv", default="", help="write (or update) the verdict sheet here")
    ap.add_argument("--show", action="store_true", help="print both statements of each drawn pair")
    ap.add_argument("--within", action="store_true", help="draw pairs within one article instead")
    ap.add_argument("--what-if", choices=("within",), default="",
                    help="compare stored statements across articles again with one article's word bar")
    a = ap.parse_args()
    db = sqlite3.connect(a.db)
    db.row_factory = sqlite3.Row
    urls, titles = dev_real_keys()
    arts = {r["id"]: r for r in db.execute("SELECT id, ext_id, url, title FROM articles")}
    excluded = {i for i, r in arts.items() if _norm(r["url"]) in urls or _norm(r["title"]) in titles}
    pairs = what_if(a.db) if a.what_if else sorted(tuple(r) for r in db.execute(
        "SELECT article_a, statement_a, article_b, statement_b, why, confidence FROM contradictions"
        " WHERE " + ("article_a = article_b" if a.within else "article_a != article_b")))
    usable = [p for p in pairs if p[0] not in excluded and p[2] not in excluded]
    n_articles = len(arts)
    where = "within-article" if a.within else "cross-article"
    print(f"articles {n_articles} (dev-real copies left out: {len(excluded)}); {where} pairs {len(pairs)}"
          f" = {1000 * len(pairs) / max(1, n_articles):.1f} per 1,000 articles; drawable {len(usable)}")
    drawn = random.Random(a.seed).sample(usable, min(a.n, len(usable)))
    old: dict[tuple[str, str, str, str], dict[str, str]] = {}
    if a.tsv and Path(a.tsv).exists():
        with open(a.tsv, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                old[(row["article_a"], row["statement_a"], row["article_b"], row["statement_b"])] = row
    rows = []
    for k, (aa, sa, ab, sb, why, conf) in enumerate(drawn, 1):
        key = (arts[aa]["ext_id"] or aa, sa, arts[ab]["ext_id"] or ab, sb)
        prev = old.get(key, {})
        rows.append({"pair": str(k), "article_a": key[0], "statement_a": sa, "article_b": key[2], "statement_b": sb,
                     "kind": kind_of(why), "confidence": f"{conf:.2f}" if conf is not None else "",
                     "verdict": prev.get("verdict", ""), "note": prev.get("note", "")})
        if a.show:
            print(f"\n#{k} {conf} {why}")
            for art, sid in ((aa, sa), (ab, sb)):
                s = db.execute("SELECT speaker_text, stance, content FROM statements WHERE article_id = ? AND"
                               " statement_id = ?", (art, sid)).fetchone()
                print(f"  {arts[art]['ext_id']}/{sid} T: {arts[art]['title']}\n    [{s['speaker_text']}|{s['stance']}]"
                      f" {s['content']}")
    if a.tsv:
        with open(a.tsv, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    judged = [r for r in rows if r["verdict"]]
    if judged:
        right = sum(r["verdict"] == "right" for r in judged)
        print(f"judged {len(judged)} of {len(rows)}: {right} right, {len(judged) - right} wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
