"""One standalone HTML page per article. Every piece of article text goes through `escape`:
an article that contains `<script>` shows it as text."""

from __future__ import annotations

from html import escape

from ukti.model import Document
from ukti.write.highlight import highlight
from ukti.write.json import to_dict

_STYLE = """
body{font-family:"Noto Sans Bengali","Hind Siliguri","SolaimanLipi","Nirmala UI",system-ui,sans-serif;
line-height:1.75;max-width:52rem;margin:1rem auto;padding:0 1rem;color:#1d1d1f}
.meta{color:#555}.bp{color:#999;font-size:.9em}.speaker{background:#fff3bf}.cue{text-decoration:underline}
.content{border-bottom:2px solid #74c0fc}.st-deny{border-left:4px solid #e03131}.st-claim{border-left:4px solid #f59f00}
.st-confirm{border-left:4px solid #2f9e44}.st-concern{border-left:4px solid #ae3ec9}
.st-assert{border-left:4px solid #1c7ed6}
.st-other{border-left:4px solid #868e96}li{margin:.4rem 0;padding-left:.5rem}table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}.anon{font-style:italic;color:#c92a2a}
"""


def _mark_text(doc: Document) -> str:
    """The article text with speakers, cues and statement contents highlighted, boilerplate greyed."""
    out = []
    for line in highlight(to_dict(doc)):
        if not line.text.strip():
            continue
        inner = "".join(f'<span class="{" ".join(p.classes)}">{escape(p.text)}</span>' if p.classes
                        else escape(p.text) for p in line.pieces)
        out.append(f'<p class="bp">{inner}</p>' if line.boilerplate else f"<p>{inner}</p>")
    return "\n".join(out)


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
<title>{title}</title><style>{_STYLE}</style></head>
<body><h1>{title}</h1><p class="meta">{meta}</p>{origin}
<h2>Who said what</h2><ul>{"".join(items) or "<li>No attributed statements found.</li>"}</ul>
<h2>Contradictions</h2><table><tr><th>a</th><th>b</th><th>why</th></tr>{contra}</table>
<h2>Entities</h2><table><tr><th>name</th><th>type</th><th>forms</th></tr>{ents}</table>
<h2>Article</h2>{_mark_text(doc)}
</body></html>"""
