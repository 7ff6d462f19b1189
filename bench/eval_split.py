"""Score ukti on ../shared/gold/dev-real split by outlet into a tuning half and a checking half.

    .venv/bin/python bench/eval_split.py [--gold DIR] [--half tune|check|all] [--show statements]

Real news is the test, and a rule tuned on every article of dev-real only proves that it fits
them. The articles are split by outlet (never one outlet in both halves): changes are made while
looking at the tuning half and kept only when the checking half agrees. The analysis runs in
this process (no CLI start-up per article) and is scored by ../shared/eval/score.py's own
`score_doc`, so the figures are the scorer's. `--show statements` prints, for the chosen half,
the gold statements missed and the predicted statements that match no gold one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import quotation_parts

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# outlets, split so that each half has several outlets and about half the articles
TUNE = ("prothomalo", "jagonews24", "barta24", "dhakapost")
CHECK = ("jugantor", "samakal", "bbcbangla", "nayadiganta", "risingbd")

ROWS = ("statements", "attribution", "stance", "deny", "direct", "anonymous", "nesting", "entities",
        "canonical_name", "alias_merge", "times", "times_value", "quantities", "quantities_value",
        "boilerplate", "contradictions")


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def half_of(name: str) -> str:
    outlet = name.split("-", 1)[0]
    return "tune" if outlet in TUNE else "check" if outlet in CHECK else "other"


def analyse(path: Path) -> dict[str, Any]:
    import ukti
    from ukti.write.json import to_dict

    doc = ukti.analyze(path)
    for err in doc.errors:  # a stage that failed must not pass for a low score
        print(f"{path.name}: {err}", file=sys.stderr)
    return to_dict(doc)


def micro(score: Any, results: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    totals: dict[str, list[int]] = {}
    traps = wrong = 0
    for r in results:
        traps += r.get("false_statements_on_traps", 0)
        wrong += r.get("wrong_merges", {}).get("entities_mixed", 0)
        for k, v in r.items():
            if isinstance(v, dict) and "tp" in v:
                t = totals.setdefault(k, [0, 0, 0, 0])
                t[0] += v["tp"]
                t[1] += v["pred"]
                t[2] += v["gold"]
                t[3] += v.get("ptp", v["tp"])
    out = {}
    for k, (tp, n_pred, n_gold, ptp) in totals.items():
        out[k] = score.prf(tp, n_pred, n_gold)
        if ptp != tp:
            p = ptp / n_pred if n_pred else 0.0
            r_ = out[k]["r"]
            out[k].update(p=round(p, 3), f1=round(2 * p * r_ / (p + r_), 3) if p + r_ else 0.0)
    out["traps"] = {"f1": traps}
    out["wrong_merges"] = {"f1": wrong}
    return out


def parts_as_one(score: Any, gold: dict[str, Any], pred: dict[str, Any], result: dict[str, Any]) -> None:
    """Recount the statements and attribution rows of one article's result with the parts of a
    split quotation counted once (PolNeAR's counting, see quotation_parts.py)."""
    gst, pst = gold.get("statements", []), pred.get("statements", []) or []
    m = score.greedy_match(gst, pst, lambda g, p: score.overlap_f1(g["content"], score.text_of(p.get("content"))), 0.5)
    n_pred = quotation_parts.counted([quotation_parts.ukti_key(p) for p in pst], set(m.values()))
    for row in ("statements", "attribution"):
        v = result[row]
        result[row] = score.prf(v["tp"], n_pred, v["gold"])


def show_statements(score: Any, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    gst, pst = gold.get("statements", []), pred.get("statements", [])
    m = score.greedy_match(gst, pst, lambda g, p: score.overlap_f1(g["content"], score.text_of(p.get("content"))), 0.5)
    matched = set(m.values())
    gents = {e["id"]: e for e in gold.get("entities", [])}
    pents = {e["id"]: e for e in pred.get("entities", [])}

    def same_entity(g: dict[str, Any], p: dict[str, Any]) -> bool:  # the scorer's second test
        ge, pe = gents.get(g.get("speaker_entity") or ""), pents.get((p.get("speaker") or {}).get("entity"))
        return bool(ge and pe) and any(score.overlap_f1(a, score.text_of(b)) >= 0.99
                                       for a in ge["mentions"] for b in pe["mentions"])
    for i, g in enumerate(gst):
        if i not in m:
            print(f"  MISS {g['id']} [{g['speaker_text']}|{g['cue']}|{g['stance']}] {g['content'][:140]}")
        else:
            p = pst[m[i]]
            sp = (p.get("speaker") or {}).get("text", "")
            flags = []
            if score.overlap_f1(g["speaker_text"], sp) < 0.5 and not same_entity(g, p):
                flags.append(f"speaker {sp!r} != {g['speaker_text']!r}")
            if p.get("stance") != g["stance"]:
                flags.append(f"stance {p.get('stance')} != {g['stance']}")
            if bool((p.get("speaker") or {}).get("anonymous")) != bool(g.get("anonymous")):
                flags.append(f"anonymous {not g.get('anonymous')} != {bool(g.get('anonymous'))} ({sp!r})")
            if flags:
                print(f"  DIFF {g['id']} {'; '.join(flags)} :: {g['content'][:80]}")
    for j, p in enumerate(pst):
        if j not in matched:
            sp = (p.get("speaker") or {}).get("text", "")
            print(f"  EXTRA {p['id']} [{sp}|{p.get('cue')}|{p.get('stance')}] {score.text_of(p.get('content'))[:140]}")


def show_nesting(score: Any, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """Statements reported inside another report: each gold one with what ukti nested its match
    in (OK, WRONG or MISS), then ukti's nestings whose statement matches no nested gold one."""
    gst, pst = gold.get("statements", []), pred.get("statements", [])
    m = score.greedy_match(gst, pst, lambda g, p: score.overlap_f1(g["content"], score.text_of(p.get("content"))), 0.5)
    gid_of = {str(pst[j]["id"]): gst[i]["id"] for i, j in m.items()}
    explained = set()
    for i, g in enumerate(gst):
        if not g.get("nested_in"):
            continue
        p = pst[m[i]] if i in m else None
        got = (p or {}).get("nested_in")
        verdict = "MISS" if not got else "OK" if score.score_doc(
            {"statements": [g, *[x for x in gst if x["id"] == g["nested_in"]]], "entities": gold.get("entities", [])},
            {"statements": [p, *[x for x in pst if str(x["id"]) == str(got)]], "entities": pred.get("entities", [])},
        )["nesting"]["tp"] else "WRONG"
        if p is not None:
            explained.add(m[i])
        ours = f"ukti {p['id']} in {got} (= gold {gid_of.get(str(got), got)})" if p else "ukti: no statement"
        print(f"  {verdict} {g['id']} in {g['nested_in']} [{g['speaker_text']}] {ours} :: {g['content'][:90]}")
    for j, p in enumerate(pst):
        if p.get("nested_in") and j not in explained:
            sp = (p.get("speaker") or {}).get("text", "")
            print(f"  EXTRA {p['id']} [{sp}] in {p['nested_in']} (= gold {gid_of.get(str(p['nested_in']), '-')}) "
                  f"as gold {gid_of.get(str(p['id']), '-')} :: {score.text_of(p.get('content'))[:90]}")


def show_contradictions(score: Any, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """The gold pairs and ukti's, each side by its speaker and content (which of them the scorer
    matched is in the totals: a pair counts when both of its statements are found)."""
    gs = {g["id"]: g for g in gold.get("statements", [])}
    ps = {p["id"]: p for p in pred.get("statements", []) or []}
    for c in gold.get("contradictions", []):
        a, b = gs.get(c["a"], {}), gs.get(c["b"], {})
        print(f"  GOLD {c['a']} [{a.get('speaker_text', '')}] {a.get('content', '')[:60]!r} <> "
              f"{c['b']} [{b.get('speaker_text', '')}] {b.get('content', '')[:60]!r}")
    for c in pred.get("contradictions", []) or []:
        a, b = ps.get(c.get("a", ""), {}), ps.get(c.get("b", ""), {})
        print(f"  UKTI {c.get('a')} [{(a.get('speaker') or {}).get('text', '')}] "
              f"{score.text_of(a.get('content'))[:60]!r} <> {c.get('b')} [{(b.get('speaker') or {}).get('text', '')}] "
              f"{score.text_of(b.get('content'))[:60]!r} ({c.get('kind', '')})")


def show_spans(score: Any, key: str, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """Times, quantities or boilerplate: gold items missed, predicted ones that match none, wrong values."""
    g, p = gold.get(key, []), pred.get(key, []) or []
    m = score.greedy_match(g, p, lambda a, b: score.overlap_f1(a["text"], score.text_of(b)),
                           0.6 if key == "boilerplate" else 0.5)
    field = "kind" if key == "boilerplate" else "value"
    for i, gi in enumerate(g):
        if i not in m:
            print(f"  MISS {gi['text'][:100]!r} = {gi.get(field)}")
        elif str(p[m[i]].get(field)) != str(gi.get(field)) and not (
                key == "quantities" and score.score_doc({key: [gi]}, {key: [p[m[i]]]})[key + "_value"]["tp"]):
            pj = p[m[i]]
            print(f"  VALUE {gi['text'][:60]!r} gold {gi.get(field)} pred {pj.get(field)} ({pj['text'][:60]!r})")
    matched = set(m.values())
    for j, pj in enumerate(p):
        if j not in matched:
            print(f"  EXTRA {pj['text'][:100]!r} = {pj.get(field)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(SHARED / "gold" / "dev-real"))
    ap.add_argument("--half", default="all", choices=("tune", "check", "all"))
    ap.add_argument("--show", default="",
                    help="statements, nesting, contradictions, times, quantities or boilerplate: print misses and "
                         "extras per article")
    ap.add_argument("--only", default="", help="only articles whose name contains this")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--parts-as-one", action="store_true",
                    help="PolNeAR gold only: count the parts of a quotation split by its cue once, as PolNeAR "
                         "does (bench/quotation_parts.py); statements and attribution precision change")
    a = ap.parse_args()
    score = _scorer()
    by_half: dict[str, list[dict[str, Any]]] = {}
    for gpath in sorted(Path(a.gold).glob("*.gold.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        name = gold["doc"]
        half = half_of(name) if "dev-real" in a.gold else "all"
        if (a.half != "all" and half != a.half) or a.only not in name:
            continue
        pred = analyse(gpath.parent / name)
        r = score.score_doc(gold, pred)
        if a.parts_as_one:
            parts_as_one(score, gold, pred, r)
        by_half.setdefault(half, []).append(r)
        if half != "all":
            by_half.setdefault("all", []).append(r)
        if a.show == "statements":
            print(f"== {name}")
            show_statements(score, gold, pred)
        elif a.show == "nesting":
            print(f"== {name}")
            show_nesting(score, gold, pred)
        elif a.show == "contradictions":
            print(f"== {name}")
            show_contradictions(score, gold, pred)
        elif a.show:
            print(f"== {name}")
            show_spans(score, a.show, gold, pred)
    tables = {h: micro(score, rs) for h, rs in by_half.items()}
    if a.json:
        print(json.dumps(tables, indent=1))
        return 0
    halves = [h for h in ("tune", "check", "all") if h in tables]
    print(f"{'measure':<17}" + "".join(f"{h:>16}" for h in halves))
    for row in (*ROWS, "traps", "wrong_merges"):
        cells = []
        for h in halves:
            v = tables[h].get(row)
            if v is None:
                cells.append(f"{'-':>16}")
            elif row in ("traps", "wrong_merges"):
                cells.append(f"{v['f1']:>16}")
            else:
                cells.append(f"{v['p']:>5.2f}/{v['r']:.2f}/{v['f1']:.3f}".rjust(16))
        print(f"{row:<17}" + "".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
