"""The analysis JSON of ../shared/spec/analysis-json.md (plus a few fields of ukti's own)."""

from __future__ import annotations

import json
from typing import Any

from ukti.model import Document, Failure


def to_dict(doc: Document) -> dict[str, Any]:
    from ukti import __version__

    ent_ids = {e.id for e in doc.entities}
    return {
        "ukti_version": __version__,
        "source": doc.meta.source,
        "position": doc.meta.position,
        "id": doc.meta.id,
        "url": doc.meta.url,
        "lang": doc.lang,
        "encoding": doc.meta.encoding,
        "region": doc.region,
        "title": doc.title,
        "published": doc.published,
        "outlet": doc.outlet,
        "author": doc.author,
        "text": doc.text,
        "origin": None if doc.origin is None else {
            "url": doc.origin.url, "lang": doc.origin.lang, "translated": doc.origin.translated,
            "source": doc.origin.source},
        "boilerplate": [{"text": ln.text, "kind": ln.boilerplate, "start": ln.start, "end": ln.end}
                        for ln in doc.boilerplate()],
        "entities": [{"id": e.id, "type": e.type, "name": e.name, "source": e.source,
                      "mentions": [{"text": m.text, "form": m.form, "start": m.start, "end": m.end}
                                   for m in e.mentions]} for e in doc.entities],
        "statements": [{
            "id": s.id,
            "speaker": {"text": s.speaker.text, "start": s.speaker.start, "end": s.speaker.end,
                        "entity": s.speaker.entity if s.speaker.entity in ent_ids else None,
                        "anonymous": s.speaker.anonymous},
            "cue": {"text": s.cue},
            "stance": s.stance,
            "content": {"text": s.content.text, "start": s.content.start, "end": s.content.end},
            "direct": s.direct,
            "nested_in": s.nested_in,
            "refers_to": s.refers_to,
        } for s in doc.statements],
        "times": [{"text": t.text, "value": t.value, "mod": t.mod, "start": t.start, "end": t.end} for t in doc.times],
        "quantities": [{"text": q.text, "value": int(q.value) if q.value == int(q.value) else q.value,
                        "unit": q.unit, "mod": q.mod, "start": q.start, "end": q.end} for q in doc.quantities],
        "contradictions": [{"a": c.a, "b": c.b, "why": c.why, "confidence": c.confidence, "kind": c.kind}
                           for c in doc.contradictions],
        "errors": list(doc.errors),
    }


def dumps(doc: Document, *, indent: int | None = None) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


def failure_dict(f: Failure) -> dict[str, Any]:
    return {"source": f.source, "position": f.position, "error": {"code": f.code, "reason": f.reason}}
