"""Draw a seeded random sample of ukti's statements on the unlabelled corpus, for judging by reading.

    .venv/bin/python bench/sample_statements.py --corpus ../shared/corpus/bn-news.jsonl.gz \
        [--articles 400] [--n 100] [--seed 15] --out /tmp/sample.jsonl
    .venv/bin/python bench/sample_statements.py --tally bench/statements-sample-verdicts.tsv

The first form analyses a seeded random choice of corpus articles (leaving out any whose title is
one of ../shared/gold/dev-real's), draws statements uniformly from all they hold and writes them,
each with its sentence and the sentence before, to --out: a file to read, never to commit (it
holds article text). The judged verdicts are committed as a TSV of ids and verdicts only
(`article_id statement_id key verdict note`: key names the statement by a hash of its speaker
and content, verdict is `right` or `wrong`), which the second form tallies. Statements are drawn
by the seeded hash of their key, so after a change only the statements it changed need judging.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def dev_real_titles() -> set[str]:
    titles = set()
    for g in (SHARED / "gold" / "dev-real").glob("*.gold.json"):
        title = json.loads(g.read_text(encoding="utf-8")).get("title")
        if title:
            titles.add(title.strip())
    return titles


def statement_key(article_id: str, speaker: str, content: str) -> str:
    """Names one statement as found (its article, speaker and content) without its text. (It also
    decides the draw, so it leaves the speaker's entity out: a verdict carried over to a later
    run is only kept when the entity the judge saw is the same, which the one carrying it checks.)"""
    return hashlib.sha1(f"{article_id}\t{speaker}\t{content}".encode()).hexdigest()[:12]


def sample(corpus: Path, n_articles: int, n: int, seed: int, out: Path,
           outlets: frozenset[str] = frozenset()) -> None:
    import ukti
    from ukti.read.decode import normalise

    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    skip = dev_real_titles()
    records = [r for r in records if r.get("text") and (r.get("title") or "").strip() not in skip
               and (not outlets or r.get("outlet") in outlets)]
    rng = random.Random(seed)
    chosen = rng.sample(records, min(n_articles, len(records)))
    pool = []
    for r in chosen:
        text = normalise((r.get("title") or "") + "\n\n" + r["text"])
        doc = ukti.analyze(text, date=(r.get("published") or "")[:10] or None)
        sents = doc.sentences
        for s in doc.statements:
            k = next((i for i, x in enumerate(sents) if x.start <= s.content.start < x.end), 0)
            pool.append({
                "article_id": r["id"], "statement_id": s.id,
                "key": statement_key(r["id"], s.speaker.text, s.content.text),
                "outlet": r.get("outlet"),
                "speaker": s.speaker.text, "speaker_entity": next(
                    (e.name for e in doc.entities if e.id == s.speaker.entity), None),
                "anonymous": s.speaker.anonymous, "cue": s.cue, "stance": s.stance, "direct": s.direct,
                "nested_in": s.nested_in, "content": s.content.text,
                "before": sents[k - 1].text if k > 0 else "", "sentence": sents[k].text if sents else "",
            })
    # the n statements whose seeded hash is smallest: a uniform draw that stays the same for every
    # statement the code still finds the same way, so a change re-judges only what it changed
    picked = sorted(pool, key=lambda p: hashlib.sha1(f"{seed}:{p['key']}".encode()).hexdigest())[:n]
    picked.sort(key=lambda p: (p["article_id"], int(p["statement_id"][1:])))
    with out.open("w", encoding="utf-8") as fh:
        for p in picked:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} articles, {len(pool)} statements, {len(picked)} drawn -> {out}")


def tally(verdicts: Path) -> None:
    rows = [ln.split("\t") for ln in verdicts.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    count = Counter(r[3] for r in rows)
    notes = Counter(r[4].split(":")[0] for r in rows if r[3] == "wrong" and len(r) > 4)
    print(f"{count['right']} right, {count['wrong']} wrong of {len(rows)}; wrong by kind: {dict(notes)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(SHARED / "corpus" / "bn-news.jsonl.gz"))
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--out", default="/tmp/ukti-statement-sample.jsonl")
    ap.add_argument("--outlets", default="", help="only articles of these outlets (comma-separated, as the "
                    "corpus names them: e.g. the outlets of eval_split's checking half)")
    ap.add_argument("--tally", help="a verdicts TSV to count")
    a = ap.parse_args()
    if a.tally:
        tally(Path(a.tally))
    else:
        outlets = frozenset(o.strip() for o in a.outlets.split(",") if o.strip())
        sample(Path(a.corpus), a.articles, a.n, a.seed, Path(a.out), outlets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
