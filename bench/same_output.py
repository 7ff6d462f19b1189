"""Snapshot the analysis of real articles, to prove a speed change left the output unchanged.

    .venv/bin/python bench/same_output.py write SNAPSHOT [--articles 300]
    .venv/bin/python bench/same_output.py check SNAPSHOT [--articles 300]

A speed change must not change what ukti finds. `write` analyses the first N articles of
../shared/corpus/bn-news.jsonl.gz plus every .txt of the ../shared/gold sets, in this process
through the library (as `ukti analyze --jobs 1` does, one article at a time, with a fixed
publication date), and writes one JSON line per article; `check` does the same and prints every
article whose JSON differs from the snapshot, exiting 1 if any does. Nothing here is a timing,
so the comparison is exact.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

DATE = "2025-03-12"  # a fixed date so that relative times resolve the same in both runs


def articles(n: int) -> Iterator[tuple[str, str]]:
    """(key, text) for the first n corpus articles, then every gold article."""
    from ukti.read.decode import normalise

    with gzip.open(SHARED / "corpus" / "bn-news.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                break
            rec = json.loads(line)
            yield f"corpus:{rec.get('id', i)}", normalise((rec.get("title") or "") + "\n\n" + (rec.get("text") or ""))
    for gold in sorted((SHARED / "gold").glob("*/*.txt")):
        yield f"gold:{gold.parent.name}/{gold.name}", normalise(gold.read_text(encoding="utf-8"))


def analyse_all(n: int) -> dict[str, str]:
    """Each article's analysis as canonical JSON (sorted keys), keyed by where it came from."""
    from ukti.model import RawArticle
    from ukti.pipeline import default_pipeline
    from ukti.write.json import to_dict

    pipe = default_pipeline()
    out = {}
    for key, text in articles(n):
        doc = pipe(RawArticle(text=text, source=key), date=DATE)
        out[key] = json.dumps(to_dict(doc), ensure_ascii=False, sort_keys=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("write", "check"))
    ap.add_argument("snapshot", type=Path)
    ap.add_argument("--articles", type=int, default=300)
    a = ap.parse_args()
    t = time.perf_counter()
    now = analyse_all(a.articles)
    print(f"{len(now)} articles analysed in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    if a.mode == "write":
        with a.snapshot.open("w", encoding="utf-8") as fh:
            for key, js in now.items():
                fh.write(json.dumps({"key": key, "json": js}, ensure_ascii=False) + "\n")
        return
    before = {}
    with a.snapshot.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            before[rec["key"]] = rec["json"]
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in changed:
        print(f"differs: {key}")
    print(f"{len(now) - len(changed)} of {len(before.keys() | now.keys())} articles identical")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
