"""One quote, many outlets, over HTTP: a statement's versions (JSON and a page that sets each
outlet's wording beside the first one, the differences marked) and the list of quoted statements.

Kept apart from api.py and pages.py so that the clusters (`ukti.quotes`) add routes without
touching the existing ones.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from ukti import quotes
from ukti.store import Page, Store
from ukti.web.api import Paged, clean, paged, paging, store

api = APIRouter(prefix="/api", tags=["api"])
pages = APIRouter(include_in_schema=False)
StatementId = Annotated[str, Path(min_length=3, max_length=200, description="ARTICLE-STATEMENT, e.g. 3fa…-s1")]


class Change(BaseModel):
    type: str
    start: int | None = None  # offsets of the changed words in this version's content
    end: int | None = None
    words: str | None = None
    origin_start: int | None = None  # … and in the origin's content
    origin_end: int | None = None
    origin_words: str | None = None


class OriginRef(BaseModel):
    id: str
    outlet: str | None = None
    published: str | None = None
    speaker_text: str | None = None
    content: str


class Version(BaseModel):
    cluster_id: str | None = None
    id: str
    article_id: str
    statement_id: str
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    speaker_text: str | None = None
    direct: bool
    content: str
    kind: str  # origin, identical, trimmed, extended, reworded or changed
    changes: list[Change]
    change_types: list[str]
    origin: OriginRef | None = None


class Versions(BaseModel):
    cluster_id: str | None
    statement: str
    first_outlet: str | None
    first_published: str | None
    repeated_by: int
    changed_by: int
    summary: str
    versions: list[Version]


def statement_versions(st: Store, ident: str) -> dict[str, Any] | None:
    """The versions of a statement; a statement no other article repeats is its own origin."""
    key = quotes.statement_key(clean(ident) or "")
    if key is None:
        return None
    found = quotes.versions(st.db, *key)
    if found is None:
        row = st.db.one("SELECT s.article_id, s.statement_id, s.content, s.speaker_text, s.direct, s.published,"
                        " a.outlet, a.title FROM statements s JOIN articles a ON a.id = s.article_id"
                        " WHERE s.article_id = ? AND s.statement_id = ?", key)
        if row is None:
            return None
        only = {**row, "cluster_id": None, "id": f"{key[0]}-{key[1]}", "direct": bool(row["direct"]),
                "content": row["content"] or "", "kind": "origin", "changes": [], "change_types": []}
        found = {"cluster_id": None, "statement": only["id"], **quotes.summary_of([only]), "versions": [only]}
    found["summary"] = quotes.summary_line(found)
    return found


@api.get("/statements/{statement_id}/versions", response_model=Versions,
         summary="Where a statement first appeared, who repeated it and who changed it")
def versions(statement_id: StatementId, st: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    found = statement_versions(st, statement_id)
    if found is None:
        raise HTTPException(404, f"no statement {statement_id}")
    return found


@api.get("/quotes", response_model=Paged[Version],
         summary="Statements reported by more than one article, cluster by cluster (or only changed versions)")
def quote_list(st: Annotated[Store, Depends(store)], page: Annotated[Page, Depends(paging)],
               changed: bool = False) -> dict[str, Any]:
    return paged(quotes.list_members(st.db, changed=changed, limit=page.limit, offset=page.offset), page)


# ---- pages ------------------------------------------------------------------------------
def marked(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """The text cut into (piece, change type or '') so that a template marks the changed words."""
    out, at = [], 0
    for start, end, kind in sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text)):
        if start < at:
            continue
        out += [(text[at:start], ""), (text[start:end], kind)]
        at = end
    out.append((text[at:], ""))
    return [p for p in out if p[0]]


@pages.get("/statements/{statement_id}/versions", response_class=HTMLResponse)
def versions_page(request: Request, statement_id: str, st: Annotated[Store, Depends(store)]) -> HTMLResponse:
    from ukti.web.pages import not_found, render

    found = statement_versions(st, statement_id[:200])
    if found is None:
        return not_found(request, f"No statement {statement_id}.")
    origin = found["versions"][0]
    rows = []
    for v in found["versions"][1:]:
        cs = v["changes"]
        rows.append({"v": v,
                     "origin_text": marked(origin["content"], [(c["origin_start"], c["origin_end"], c["type"])
                                                               for c in cs if c["origin_start"] is not None]),
                     "text": marked(v["content"], [(c["start"], c["end"], c["type"]) for c in cs
                                                   if c["start"] is not None])})
    return render(request, "versions.html", q=found, origin=origin, rows=rows)


@pages.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, st: Annotated[Store, Depends(store)], changed: bool = False,
                page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    from ukti.web.pages import PAGE, render

    rows = quotes.list_members(st.db, changed=changed, limit=PAGE + 1, offset=(page - 1) * PAGE)
    return render(request, "quotes.html", items=rows[:PAGE], changed=changed, page=page, has_more=len(rows) > PAGE)


def quoted(st: Store, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """For the statements among `keys` that other articles repeat: 'first reported by X on D,
    repeated by N outlets, changed by M' (the article and entity pages show it under each)."""
    if not keys:
        return {}
    out: dict[tuple[str, str], str] = {}
    rows = st.db.all("SELECT article_id, statement_id FROM quote_members WHERE article_id IN"
                     f" ({','.join('?' * len(set(k[0] for k in keys)))})", sorted({k[0] for k in keys}))
    wanted = set(keys)
    for r in rows:
        key = (r["article_id"], r["statement_id"])
        if key in wanted:
            found = quotes.versions(st.db, *key)
            if found is not None:
                out[key] = quotes.summary_line(found)
    return out
