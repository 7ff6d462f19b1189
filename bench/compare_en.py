"""ukti against an established English quotation extractor on the same articles (never in CI).

    .venv/bin/python bench/compare_en.py [--gold ../shared/gold/dev-en] [--model en_core_web_sm]

Prints statement precision/recall/F1 and articles/s for ukti and for textacy's
`extract.triples.direct_quotations` (on a spaCy English pipeline), overall and on the direct
quotations alone (gold restricted to `direct: true`). A statement matches a gold one when their
contents overlap with token F1 >= 0.5, one to one, as ../shared/eval/score.py matches them.

textacy needs a spaCy English model with a parser. None installs offline from PyPI here
(spaCy's own are not on PyPI), so when the model cannot be loaded the script says so and prints
ukti's side only; install a model (`pip install <wheel>` or `spacy download`) to compare.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tokens(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def overlap_f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def prf(gold: list[str], pred: list[str]) -> tuple[int, int, int]:
    """(matched, predicted, gold) with greedy one-to-one matching by content overlap."""
    pairs = sorted(((overlap_f1(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for score, i, j in pairs:
        if score < 0.5:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g), len(pred), len(gold)


def line(name: str, counts: tuple[int, int, int], seconds: float, n: int) -> str:
    tp, npred, ngold = counts
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return (f"{name:<28} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({tp}/{npred} predicted, {ngold} gold)"
            f"  {n / seconds:8.1f} articles/s")


def run(name: str, extract: Callable[[str], list[tuple[str, bool]]], docs: list[tuple[str, dict]]) -> None:
    t = time.perf_counter()
    found = [extract(text) for text, _ in docs]
    seconds = time.perf_counter() - t
    total = [0, 0, 0]
    direct = [0, 0, 0]
    for (_, gold), pred in zip(docs, found, strict=True):
        for acc, only_direct in ((total, False), (direct, True)):
            g = [s["content"] for s in gold["statements"] if s.get("direct") or not only_direct]
            p = [c for c, d in pred if d or not only_direct]
            for k, v in enumerate(prf(g, p)):
                acc[k] += v
    print(line(f"{name} (all statements)", (total[0], total[1], total[2]), seconds, len(docs)))
    print(line(f"{name} (direct quotations)", (direct[0], direct[1], direct[2]), seconds, len(docs)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold" / "dev-en"))
    ap.add_argument("--model", default="en_core_web_sm")
    a = ap.parse_args()
    docs = [(p.read_text(encoding="utf-8"), json.loads(p.with_name(p.name.replace(".txt", ".gold.json")).read_text()))
            for p in sorted(Path(a.gold).glob("*.txt"))]
    from ukti import analyze

    analyze("warm up", lang="en")
    run("ukti", lambda text: [(s.content.text, s.direct) for s in analyze(text, lang="en").statements], docs)
    try:
        import spacy
        import textacy.extract
    except ImportError as e:
        print(f"textacy: not installed ({e}); pip install textacy")
        return
    try:
        nlp = spacy.load(a.model)
    except OSError as e:
        print(f"textacy: no spaCy English model '{a.model}' can be loaded offline here ({str(e)[:120]})")
        return

    def textacy_quotes(text: str) -> list[tuple[str, bool]]:
        doc = nlp(text)
        return [(q.content.text.strip("\"“”' ,."), True) for q in textacy.extract.triples.direct_quotations(doc)]

    run("textacy direct_quotations", textacy_quotes, docs)


if __name__ == "__main__":
    main()
