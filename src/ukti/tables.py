"""One analysed article as rows of the corpus tables.

The store (SQLite/PostgreSQL) and the Spark job write the same tables from the same rows, so a
corpus built either way holds the same thing. Entities are linked across articles by a corpus
key (`link.corpus_key`, with people's corrections applied); the store turns keys into its integer
ids, Spark keeps the keys and `ukti ingest OUTPUT_DIR` maps them on loading.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any

from ukti.contradict import facts_json
from ukti.link import Correction, corpus_key, resolve
from ukti.model import Document, Failure

Row = dict[str, Any]

# The columns of each table, in the store's order; corpus ids appear as keys in these rows.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "url", "ext_id", "source", "position", "outlet", "published", "lang", "region", "title",
                 "text", "origin_url", "origin_lang", "translated", "encoding", "ukti_version", "analysis"),
    "boilerplate": ("article_id", "idx", "kind", "text", "start_at", "end_at"),
    "entities": ("article_id", "entity_id", "type", "name", "corpus_key"),
    "mentions": ("article_id", "entity_id", "idx", "text", "form", "start_at", "end_at"),
    "statements": ("article_id", "statement_id", "speaker_text", "speaker_entity", "speaker_key", "anonymous", "cue",
                   "stance", "content", "start_at", "end_at", "direct", "nested_in", "refers_to", "published", "facts"),
    "statement_entities": ("article_id", "statement_id", "corpus_key", "entity_type"),
    "times": ("article_id", "idx", "text", "value", "mod", "start_at", "end_at"),
    "quantities": ("article_id", "idx", "text", "value", "unit", "mod", "start_at", "end_at"),
    "contradictions": ("article_a", "statement_a", "article_b", "statement_b", "why", "confidence"),
    "errors": ("source", "position", "code", "reason"),
}


def article_id(text: str) -> str:
    """The identity of an article: a hash of its normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@dataclass(slots=True)
class ArticleRows:
    id: str
    tables: dict[str, list[Row]] = field(default_factory=dict)
    # corpus key -> (type, name) of every entity the rows link to
    corpus: dict[str, tuple[str, str]] = field(default_factory=dict)


def article_rows(doc: Document, corrections: list[Correction] | tuple[Correction, ...] = ()) -> ArticleRows:
    """The article's rows, its entities linked by corpus key after people's `corrections`."""
    rows = _rows(doc)
    return relink(rows, corrections) if corrections else rows


def relink(rows: ArticleRows, corrections: list[Correction] | tuple[Correction, ...]) -> ArticleRows:
    """Rows made without corrections (by an ingest's worker processes, which do not read the
    store) linked as the store's corrections say, the way `article_rows` would have linked them."""
    aid, t, fixes = rows.id, rows.tables, list(corrections)
    entities = t.get("entities", [])
    new_key = {e["entity_id"]: resolve(e["corpus_key"], f"{aid}/{e['entity_id']}", fixes) for e in entities}
    by_old = {e["corpus_key"]: new_key[e["entity_id"]] for e in entities}
    out = ArticleRows(aid, {**t}, {})
    out.tables["entities"] = [{**e, "corpus_key": new_key[e["entity_id"]]} for e in entities]
    out.tables["statements"] = [{**s, "speaker_key": new_key.get(s["speaker_entity"] or "", s["speaker_key"])}
                                for s in t.get("statements", [])]
    out.tables["statement_entities"] = [{**r, "corpus_key": by_old.get(r["corpus_key"], r["corpus_key"])}
                                        for r in t.get("statement_entities", [])]
    for e in entities:
        out.corpus.setdefault(new_key[e["entity_id"]], (e["type"], e["name"]))
    return out


def _rows(doc: Document) -> ArticleRows:
    from ukti.stages.contradictions import statement_facts
    from ukti.write.json import to_dict

    aid = article_id(doc.text)
    data = to_dict(doc)
    o = doc.origin
    out = ArticleRows(aid)
    t = out.tables
    t["articles"] = [dict(zip(COLUMNS["articles"], (
        aid, doc.meta.url, doc.meta.id, doc.meta.source, doc.meta.position, doc.outlet, doc.published, doc.lang,
        doc.region, doc.title, doc.text, o.url if o else None, o.lang if o else None,
        int(o.translated) if o else None, doc.meta.encoding, data["ukti_version"],
        json.dumps(data, ensure_ascii=False)), strict=True))]
    t["boilerplate"] = [
        {"article_id": aid, "idx": i, "kind": ln.boilerplate, "text": ln.text, "start_at": ln.start, "end_at": ln.end}
        for i, ln in enumerate(doc.boilerplate())]
    key_of = {}
    for e in doc.entities:
        key = corpus_key(e.type, e.name)
        key_of[e.id] = key
        out.corpus.setdefault(key, (e.type, e.name))
    t["entities"] = [{"article_id": aid, "entity_id": e.id, "type": e.type, "name": e.name,
                      "corpus_key": key_of[e.id]} for e in doc.entities]
    t["mentions"] = [{"article_id": aid, "entity_id": e.id, "idx": i, "text": m.text, "form": m.form,
                      "start_at": m.start, "end_at": m.end} for e in doc.entities for i, m in enumerate(e.mentions)]
    t["statements"] = [
        {"article_id": aid, "statement_id": s.id, "speaker_text": s.speaker.text, "speaker_entity": s.speaker.entity,
         "speaker_key": key_of.get(s.speaker.entity or ""), "anonymous": int(s.speaker.anonymous), "cue": s.cue,
         "stance": s.stance, "content": s.content.text, "start_at": s.content.start, "end_at": s.content.end,
         "direct": int(s.direct), "nested_in": s.nested_in, "refers_to": s.refers_to, "published": doc.published,
         "facts": facts_json(replace(f, actors=frozenset(key_of[e] for e in f.actors if e in key_of)))}
        for s, f in zip(doc.statements, statement_facts(doc), strict=True)]
    # what each statement is about: the entities named in its content, its speaker, and the
    # organisation the speaker speaks for ("ওয়াসার ব্যবস্থাপনা পরিচালক কামরুল হাসান")
    spans = [(m.start, m.end, key_of[e.id], e.type) for e in doc.entities for m in e.mentions]
    type_of = {e.id: e.type for e in doc.entities}
    about_rows = []
    for s in doc.statements:
        about = {(k, typ) for a, b, k, typ in spans if s.content.start <= a and b <= s.content.end}
        about |= {(k, typ) for a, b, k, typ in spans
                  if typ == "ORG" and s.speaker.start <= a and b <= s.speaker.end}
        if s.speaker.entity in key_of:
            about.add((key_of[s.speaker.entity], type_of[s.speaker.entity]))
        about_rows += [{"article_id": aid, "statement_id": s.id, "corpus_key": k, "entity_type": typ}
                       for k, typ in sorted(about)]
    t["statement_entities"] = about_rows
    t["times"] = [{"article_id": aid, "idx": i, "text": x.text, "value": x.value, "mod": x.mod, "start_at": x.start,
                   "end_at": x.end} for i, x in enumerate(doc.times)]
    t["quantities"] = [{"article_id": aid, "idx": i, "text": q.text, "value": q.value, "unit": q.unit, "mod": q.mod,
                        "start_at": q.start, "end_at": q.end} for i, q in enumerate(doc.quantities)]
    t["contradictions"] = [{"article_a": aid, "statement_a": c.a, "article_b": aid, "statement_b": c.b, "why": c.why,
                            "confidence": c.confidence} for c in doc.contradictions]
    return out


def error_row(f: Failure) -> Row:
    return {"source": f.source, "position": f.position or "", "code": f.code, "reason": f.reason}
