"""Print, per article of one half of dev-real, the contradictions flagged against the gold pairs.

    PYTHONPATH=src .venv/bin/python bench/contra_pairs.py [--half tune] [--gold DIR]

Rules for contradictions are tuned by reading the tuning half only (see eval_split.py); this
shows each flagged pair as HIT (a gold pair) or FALSE, and each gold pair MISSed with why: a
statement not found, or found but not paired. The analysis runs in process, scored by the
scorer's own matching, so a HIT here is a hit of score.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from eval_split import SHARED, _scorer, analyse, half_of


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(SHARED / "gold" / "dev-real"))
    ap.add_argument("--half", default="tune", choices=("tune", "check", "all"))
    ap.add_argument("--width", type=int, default=110)
    a = ap.parse_args()
    score = _scorer()
    w = a.width
    for gpath in sorted(Path(a.gold).glob("*.gold.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        name = gold["doc"]
        if "dev-real" in a.gold and a.half != "all" and half_of(name) != a.half:
            continue
        pred: dict[str, Any] = analyse(gpath.parent / name)
        gst, pst = gold.get("statements", []), pred.get("statements", [])
        gc, pc = gold.get("contradictions", []), pred.get("contradictions", [])
        if not gc and not pc:
            continue
        m = score.greedy_match(gst, pst, lambda g, p: score.overlap_f1(g["content"], score.text_of(p.get("content"))),
                               0.5)
        g2p = {gst[i]["id"]: str(pst[j]["id"]) for i, j in m.items()}
        gold_pairs = {frozenset((g2p[c["a"]], g2p[c["b"]])) for c in gc if c["a"] in g2p and c["b"] in g2p}
        by_id = {str(p["id"]): p for p in pst}
        gby = {g["id"]: g for g in gst}
        print(f"== {name}")

        def line(p: dict[str, Any]) -> str:
            sp = (p.get("speaker") or {}).get("text", "")
            return f"[{p['id']} {sp}|{p.get('stance')}|ref={p.get('refers_to')}] {p['content']['text'][:w]}"
        for c in pc:
            tag = "HIT " if frozenset((str(c["a"]), str(c["b"]))) in gold_pairs else "FALSE"
            print(f" {tag} {c.get('kind')} {c.get('confidence')} :: {c.get('why')}")
            print(f"     A {line(by_id[str(c['a'])])}")
            print(f"     B {line(by_id[str(c['b'])])}")
        flagged = {frozenset((str(c["a"]), str(c["b"]))) for c in pc}
        for c in gc:
            if c["a"] in g2p and c["b"] in g2p and frozenset((g2p[c["a"]], g2p[c["b"]])) in flagged:
                continue
            why = "not paired" if c["a"] in g2p and c["b"] in g2p else "statement not found"
            print(f" MISS ({why}) {c.get('note', c.get('why', ''))}")
            for k in ("a", "b"):
                g = gby[c[k]]
                p = by_id.get(g2p.get(c[k], ""))
                print(f"     {k.upper()} gold [{g['speaker_text']}|{g['stance']}] {g['content'][:w]}")
                if p:
                    print(f"       pred {line(p)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
