"""One standalone HTML page per article. Every piece of article text goes through `escape`:
an article that contains `<script>` shows it as text.

Page furniture is shown set apart from the body and labelled with its kind, whether it fills a
line (a byline, a share bar) or sits inside one, as scraped articles have it (a reporter's place
and `||` before the first sentence, an "আরও পড়ুন:" header, a desk credit after the last one): a
reader sees what the analysis took out of the body, and why."""

from __future__ import annotations

from html import escape
from itertools import pairwise
from typing import Any

from ukti.model import Document
from ukti.write.fonts import font_faces
from ukti.write.highlight import Piece, highlight
from ukti.write.human import figure, time_value
from ukti.write.json import to_dict

_STYLE = """
body{font-family:"Noto Sans Bengali","Hind Siliguri","SolaimanLipi","Nirmala UI",system-ui,sans-serif;
line-height:1.75;max-width:52rem;margin:1rem auto;padding:0 1rem;color:#1d1d1f}
.meta{color:#555}.bp{color:#999;font-size:.9em}
.bp-inline{color:#868e96;background:#f1f3f5;border:1px dashed #adb5bd;border-radius:3px;padding:0 .25em;
font-size:.9em}
.bp-kind{font:600 .7em system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:#fff;
background:#adb5bd;border-radius:2px;padding:0 .3em;margin-right:.35em;vertical-align:.1em}
.speaker{background:#fff3bf}.cue{text-decoration:underline}
.content{border-bottom:2px solid #74c0fc}.st-deny{border-left:4px solid #e03131}.st-claim{border-left:4px solid #f59f00}
.st-confirm{border-left:4px solid #2f9e44}.st-concern{border-left:4px solid #ae3ec9}
.st-assert{border-left:4px solid #1c7ed6}
.st-other{border-left:4px solid #868e96}li{margin:.4rem 0;padding-left:.5rem}table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}.anon{font-style:italic;color:#c92a2a}
"""


def _piece(text: str, classes: tuple[str, ...]) -> str:
    return f'<span class="{" ".join(classes)}">{escape(text)}</span>' if classes else escape(text)


def _label(kind: str) -> str:
    return f'<span class="bp-kind">{escape(kind)}</span>'


def _inline_line(pieces: list[Piece], start: int, spans: list[tuple[int, int, str]]) -> str:
    """One body line whose furniture (spans in text offsets) is wrapped and labelled where it
    stands; the pieces are cut at the furniture's ends, keeping their own marks."""
    out: list[str] = []
    open_span: tuple[int, int, str] | None = None
    pos = start
    for p in pieces:
        a, b = pos, pos + len(p.text)
        pos = b
        cuts = sorted({a, b, *(x for s in spans for x in s[:2] if a < x < b)})
        for x, y in pairwise(cuts):
            inside = next((s for s in spans if s[0] <= x < s[1]), None)
            if inside != open_span:
                if open_span is not None:
                    out.append("</span>")
                if inside is not None:
                    out.append(f'<span class="bp-inline bp-{escape(inside[2])}" title="boilerplate: '
                               f'{escape(inside[2])}">{_label(inside[2])}')
                open_span = inside
            out.append(_piece(p.text[x - a:y - a], p.classes))
    if open_span is not None:
        out.append("</span>")
    return "".join(out)


def _mark_text(doc: Document) -> str:
    """The article text with speakers, cues and statement contents highlighted; furniture greyed
    and labelled with its kind, a whole line as its own paragraph, a part of a line in place."""
    data: dict[str, Any] = to_dict(doc)
    text: str = data["text"]
    spans = sorted((b["start"], b["end"], str(b["kind"])) for b in data.get("boilerplate", []))
    starts = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]
    out = []
    for start, line in zip(starts, highlight(data), strict=True):
        if not line.text.strip():
            continue
        end = start + len(line.text)
        body = text[start:end]
        lo, hi = start + len(body) - len(body.lstrip()), start + len(body.rstrip())
        here = [s for s in spans if s[0] < end and s[1] > start]
        whole = next((s[2] for s in here if s[0] <= lo and s[1] >= hi), None)
        if whole is not None:
            inner = "".join(_piece(p.text, p.classes) for p in line.pieces)
            out.append(f'<p class="bp" title="boilerplate: {escape(whole)}">{_label(whole)}{inner}</p>')
        else:
            out.append(f"<p>{_inline_line(line.pieces, start, here)}</p>")
    return "\n".join(out)


def _figures(doc: Document) -> str:
    """When and how much, as a person reads it ("mid-January 2026", "1.2 billion BDT"); the
    machine value on hover, for whoever compares with the JSON."""
    rows = [f'<tr><td>{escape(t.text)}</td><td title="{escape(t.value)} {escape(t.mod or "")}">'
            f"{escape(time_value(t.value, t.mod))}</td></tr>" for t in doc.times]
    rows += [f"<tr><td>{escape(q.text)}</td><td>{escape(figure(q.value, q.unit, q.mod, doc.lang))}</td></tr>"
             for q in doc.quantities]
    if not rows:
        return ""
    return f"<h2>When and how much</h2><table><tr><th>text</th><th>meaning</th></tr>{''.join(rows)}</table>"


def render(doc: Document) -> str:
    title = escape(doc.title or doc.meta.source)
    meta = " · ".join(escape(x) for x in [doc.lang, doc.published or "", doc.outlet or ""] if x)
    origin = ""
    if doc.origin:
        o = doc.origin
        origin = (f'<p class="meta">Origin: {"translated from " if o.translated else ""}'
                  f"{escape(o.url or o.source or '')} {escape(o.lang or '')}</p>")
    items = []
    for s in doc.statements:
        anon = ' <span class="anon">anonymous source</span>' if s.speaker.anonymous else ""
        nest = f" <small>within {escape(s.nested_in)}</small>" if s.nested_in else ""
        items.append(f'<li class="st-{escape(s.stance)}"><b>{escape(s.id)}</b> '
                     f'<span class="speaker">{escape(s.speaker.text)}</span>{anon} '
                     f'<span class="cue">{escape(s.cue)}</span> [{escape(s.stance)}{", quote" if s.direct else ""}]'
                     f"{nest}: “{escape(s.content.text)}”</li>")
    contra = "".join(f"<tr><td>{escape(c.a)}</td><td>{escape(c.b)}</td><td>{escape(c.why)}"
                     f" ({c.confidence:.2f})</td></tr>" for c in doc.contradictions)
    ents = "".join(f"<tr><td>{escape(e.name)}</td><td>{escape(e.type)}</td>"
                   f"<td>{escape(', '.join(sorted({m.form for m in e.mentions})))}</td></tr>" for e in doc.entities)
    return f"""<!doctype html>
<html lang="{escape(doc.lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><style>{font_faces()}{_STYLE}</style></head>
<body><h1>{title}</h1><p class="meta">{meta}</p>{origin}
<h2>Who said what</h2><ul>{"".join(items) or "<li>No attributed statements found.</li>"}</ul>
<h2>Contradictions</h2><table><tr><th>a</th><th>b</th><th>why</th></tr>{contra}</table>
<h2>Entities</h2><table><tr><th>name</th><th>type</th><th>forms</th></tr>{ents}</table>
{_figures(doc)}
<h2>Article</h2>{_mark_text(doc)}
</body></html>"""
