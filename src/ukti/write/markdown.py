"""A fact-checker's worksheet in Markdown: origin, who said what (chains indented, anonymous
sources flagged), contradictions side by side, entities, times and quantities."""

from __future__ import annotations

from ukti.model import Document, Statement
from ukti.write.human import figure, time_value

_STANCE = {"assert": "asserts", "confirm": "confirms", "deny": "DENIES", "claim": "claims",
           "concern": "is concerned", "other": "other"}


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ").strip()


def _speaker(doc: Document, s: Statement) -> str:
    name = ""
    if s.speaker.entity:
        ent = next((e for e in doc.entities if e.id == s.speaker.entity), None)
        name = f" ({ent.name})" if ent else ""
    flag = " — *anonymous source*" if s.speaker.anonymous else ""
    return f"**{_md(s.speaker.text)}**{name}{flag}"


def render(doc: Document) -> str:
    out = [f"# {_md(doc.title or doc.meta.source)}", ""]
    meta = [f"language: {doc.lang}"]
    if doc.published:
        meta.append(f"published: {doc.published}")
    if doc.outlet:
        meta.append(f"outlet: {_md(doc.outlet)}")
    if doc.region:
        meta.append(f"region: {doc.region}")
    out.append(" · ".join(meta))
    if doc.origin:
        o = doc.origin
        what = "translated from" if o.translated else "credits"
        src = o.url or o.source or "an unnamed source"
        out += ["", f"> Origin: {what} {src}" + (f" (language: {o.lang})" if o.lang else "")]
    if doc.errors:
        out += ["", "**Problems:** " + "; ".join(_md(e) for e in doc.errors)]
    out += ["", "## Who said what", ""]
    if not doc.statements:
        out.append("*No attributed statements found.*")
    depth: dict[str, int] = {}
    for s in doc.statements:
        d = depth.get(s.nested_in or "", -1) + 1 if s.nested_in in depth else (1 if s.nested_in else 0)
        depth[s.id] = d
        indent = "  " * d
        kind = "quote" if s.direct else "reported"
        cue = f" *{_md(s.cue)}*" if s.cue else ""
        via = f" (within {s.nested_in})" if s.nested_in else ""
        ref = f" → answers {s.refers_to}" if s.refers_to else ""
        out.append(f"{indent}- `{s.id}` {_speaker(doc, s)} {_STANCE[s.stance]}{cue} [{kind}]{via}{ref}: "
                   f"“{_md(s.content.text)}”")
    if doc.contradictions:
        by_id = {s.id: s for s in doc.statements}
        out += ["", "## Contradictions", "", "| statement | conflicts with | why |", "|---|---|---|"]
        for c in doc.contradictions:
            a, b = by_id.get(c.a), by_id.get(c.b)
            if a and b:
                out.append(f"| `{a.id}` {_md(a.speaker.text)}: {_md(a.content.text)} | `{b.id}` {_md(b.speaker.text)}: "
                           f"{_md(b.content.text)} | {_md(c.why)} ({c.confidence:.2f}) |")
    if doc.entities:
        out += ["", "## Entities", "", "| name | type | forms in the text |", "|---|---|---|"]
        for e in doc.entities:
            forms = sorted({m.form for m in e.mentions})
            out.append(f"| {_md(e.name)} | {e.type} | {_md(', '.join(forms))} |")
    if doc.times:
        out += ["", "## Times", ""]
        out += [f"- {_md(t.text)} → {time_value(t.value, t.mod)}" for t in doc.times]
    if doc.quantities:
        out += ["", "## Quantities", ""]
        out += [f"- {_md(q.text)} → {figure(q.value, q.unit, q.mod, doc.lang)}" for q in doc.quantities]
    if doc.boilerplate():
        out += ["", "## Set apart (not article body)", ""]
        out += [f"- *{ln.boilerplate}*: {_md(ln.text)}" for ln in doc.boilerplate()]
    return "\n".join(out) + "\n"
