"""The JSON API: the store's questions over HTTP, documented at /openapi.json and /docs.

Lists are paged (`page` from 1, `size` up to 100) and say whether more follow (`has_more`)
instead of counting every match, which keeps each request cheap on a large corpus.
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar, cast

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field, model_validator

from ukti.errors import UktiError
from ukti.store import Page, Store
from ukti.web.backend import Backend

router = APIRouter(prefix="/api", tags=["api"])

T = TypeVar("T")
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_ID = 2**62  # beyond what either database's integer holds: a 404, not an overflow
Stance = Annotated[str | None, Query(pattern="^(assert|confirm|deny|claim|concern)$")]
# Free text in a query is capped: 7,000 words of `q` took a text search 30 s a request.
MAX_QUERY = 500
Text = Annotated[str | None, Query(max_length=MAX_QUERY)]
Name = Annotated[str | None, Query(max_length=200)]  # an outlet or a language code


# Dependencies are `async def`: they do no I/O, and a plain `def` would cost each request a
# trip through the thread pool per dependency.
async def backend(request: Request) -> Backend:
    b: Backend = request.app.state.backend
    return b


class _ThreadStore:
    """The store of whichever thread uses it: a handler runs in a pool thread that need not be
    the one its dependencies ran in, and a connection must stay with its own thread."""

    def __init__(self, backend: Backend) -> None:
        self._backend = backend

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend.store(), name)


async def store(b: Annotated[Backend, Depends(backend)]) -> Store:
    return cast(Store, _ThreadStore(b))


async def paging(page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                 size: Annotated[int, Query(ge=1, le=100)] = 20) -> Page:
    # one row more than asked, so the reply can say whether another page follows
    return Page(page, size + 1)


def bearer(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header. The scheme is matched in any case
    (RFC 7235: "bearer" was refused) and is required (a bare token was accepted)."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def clean(text: str | None) -> str | None:
    """Query text as the database can take it (PostgreSQL refuses NUL characters)."""
    return None if text is None else text.replace("\x00", "")


# ---- models ---------------------------------------------------------------------------
class Paged(BaseModel, Generic[T]):
    page: int
    size: int
    has_more: bool
    items: list[T]


def paged(rows: list[dict[str, Any]], page: Page) -> dict[str, Any]:
    """One page of rows; FastAPI validates and serialises them once, by the route's response model."""
    size = page.size - 1
    return {"page": page.number, "size": size, "has_more": len(rows) > size, "items": rows[:size]}


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    lang: str | None
    region: str | None = None
    url: str | None = None
    translated: bool | None = None
    origin_lang: str | None = None
    statements: int = 0


class StatementRow(BaseModel):
    article_id: str
    statement_id: str
    speaker_text: str | None
    speaker_corpus_id: int | None = None
    speaker_name: str | None = None
    anonymous: bool
    cue: str | None
    stance: str
    content: str
    direct: bool
    nested_in: str | None = None
    published: str | None = None
    outlet: str | None = None
    title: str | None = None


class EntitySummary(BaseModel):
    id: int
    type: str
    name: str
    articles: int
    statements: int


class Alias(BaseModel):
    form: str
    n: int


class ContradictionRow(BaseModel):
    article_a: str
    statement_a: str
    speaker_a: str | None
    stance_a: str
    content_a: str
    outlet_a: str | None
    published_a: str | None
    article_b: str
    statement_b: str
    speaker_b: str | None
    stance_b: str
    content_b: str
    outlet_b: str | None
    published_b: str | None
    why: str | None
    confidence: float | None = None  # 0-1; None for a pair found by an older ukti


class EntityDetail(BaseModel):
    id: int
    type: str
    name: str
    articles: int
    aliases: list[Alias]
    statements_by: list[StatementRow] = Field(description="oldest first: the entity's timeline")
    statements_about: list[StatementRow]
    contradictions: list[ContradictionRow]


class ArticleHit(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    lang: str | None


class SearchResult(BaseModel):
    q: str
    page: int
    has_more: bool
    statements: list[StatementRow]
    articles: list[ArticleHit]


class AnalyzeRequest(BaseModel):
    text: str | None = Field(None, description="plain article text")
    html: str | None = Field(None, description="a whole HTML page; its main text is extracted")
    lang: str | None = Field(None, pattern="^[a-z]{2,3}$", description="force the language (bn, en)")
    date: str | None = Field(None, pattern=DATE, description="resolve relative dates against this day")
    url: str | None = None
    title: str | None = None

    @model_validator(mode="after")
    def one_input(self) -> AnalyzeRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class IngestRequest(AnalyzeRequest):
    outlet: str | None = None
    published: str | None = Field(None, pattern=DATE)


class IngestResult(BaseModel):
    id: str
    stored: bool = Field(description="false when the same text was already in the store")


# ---- routes ---------------------------------------------------------------------------
def _analyse(b: Backend, body: AnalyzeRequest, **extra: Any) -> Any:
    """One analysis within the server's limits (ServerBusy becomes a 503 in the app)."""
    try:
        return b.analyse(text=body.text, html=body.html, source="<api>", lang=body.lang, date=body.date,
                         url=body.url, title=body.title, **extra)
    except UktiError as e:
        raise HTTPException(422, e.reason) from e


READ_ONLY = "this server is read-only: it analyses and stores nothing (started with --read-only)"


@router.post("/analyze", summary="Analyse one article without storing it",
             responses={403: {"description": "a read-only server"},
                        503: {"description": "too many analyses running, or this one past the time budget"}})
def analyze(body: AnalyzeRequest, b: Annotated[Backend, Depends(backend)]) -> dict[str, Any]:
    from ukti.write.json import to_dict

    if b.read_only:
        raise HTTPException(403, READ_ONLY)
    return to_dict(_analyse(b, body))


@router.get("/articles", response_model=Paged[ArticleSummary])
def articles(st: Annotated[Store, Depends(store)], page: Annotated[Page, Depends(paging)],
             date_from: Annotated[str | None, Query(pattern=DATE)] = None,
             date_to: Annotated[str | None, Query(pattern=DATE)] = None,
             outlet: Name = None, entity: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
             lang: Name = None) -> dict[str, Any]:
    rows = st.list_articles(page=page, date_from=date_from, date_to=date_to, outlet=clean(outlet), entity=entity,
                            lang=clean(lang))
    return paged(rows, page)


@router.get("/articles/{article_id}", summary="One stored article's full analysis")
def article(article_id: str, st: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    data = st.article(clean(article_id) or "")
    if data is None:
        raise HTTPException(404, f"no article {article_id}")
    return data


@router.post("/articles", response_model=IngestResult, status_code=201,
             summary="Analyse and store one article (needs the server's token)")
def ingest(body: IngestRequest, b: Annotated[Backend, Depends(backend)],
           authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    if b.read_only:
        raise HTTPException(403, READ_ONLY)
    if b.token is None:
        raise HTTPException(403, "this server is read-only: start it with a token to allow ingest")
    if not b.may_write(bearer(authorization)):
        raise HTTPException(401, "missing or wrong token (Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": 'Bearer realm="ukti"'})
    doc = _analyse(b, body, outlet=body.outlet, published=body.published)
    from ukti.store import article_id as aid_of

    with b.write_lock:
        st = b.store()
        aid = aid_of(doc.text)
        if st.has_article(aid):
            return {"id": aid, "stored": False}
        return {"id": st.save(doc), "stored": True}


@router.get("/entities", response_model=Paged[EntitySummary])
def entities(st: Annotated[Store, Depends(store)], page: Annotated[Page, Depends(paging)],
             q: Text = None, type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC)$")] = None
             ) -> dict[str, Any]:
    return paged(st.list_entities(page=page, name=clean(q), entity_type=type), page)


def entity_detail(st: Store, entity_id: int, limit: int = 50) -> dict[str, Any] | None:
    row = st.entity(entity_id)
    if row is None:
        return None
    first = Page(1, limit)
    row["statements_by"] = st.list_statements(page=first, speaker=entity_id, oldest_first=True)
    row["statements_about"] = st.list_statements(page=first, about=entity_id)
    row["contradictions"] = st.list_contradictions(page=first, entity=entity_id)
    return row


@router.get("/entities/{entity_id}", response_model=EntityDetail)
def entity(entity_id: Annotated[int, Path(ge=1, le=MAX_ID)], st: Annotated[Store, Depends(store)]
           ) -> dict[str, Any]:
    row = entity_detail(st, entity_id)
    if row is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return row


@router.get("/statements", response_model=Paged[StatementRow])
def statements(st: Annotated[Store, Depends(store)], page: Annotated[Page, Depends(paging)],
               speaker: Annotated[int | None, Query(ge=1, le=MAX_ID, description="corpus entity id")] = None,
               about: Annotated[int | None, Query(ge=1, le=MAX_ID, description="corpus entity id")] = None,
               stance: Stance = None, anonymous: bool | None = None,
               date_from: Annotated[str | None, Query(pattern=DATE)] = None,
               date_to: Annotated[str | None, Query(pattern=DATE)] = None,
               q: Text = None) -> dict[str, Any]:
    rows = st.list_statements(page=page, speaker=speaker, about=about, stance=stance, anonymous=anonymous,
                              date_from=date_from, date_to=date_to, text=clean(q))
    return paged(rows, page)


@router.get("/contradictions", response_model=Paged[ContradictionRow])
def contradictions(st: Annotated[Store, Depends(store)], page: Annotated[Page, Depends(paging)],
                   entity: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
                   across: bool = False) -> dict[str, Any]:
    return paged(st.list_contradictions(page=page, entity=entity, across_only=across), page)


@router.get("/search", response_model=SearchResult, summary="Statements and articles matching every word")
def search(q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY)], st: Annotated[Store, Depends(store)],
           page: Annotated[Page, Depends(paging)]) -> dict[str, Any]:
    text = clean(q) or ""
    rows = st.list_statements(page=page, text=text)
    hits = st.search_articles(text, page=page)
    size = page.size - 1
    return {"q": q, "page": page.number, "has_more": len(rows) > size or len(hits) > size,
            "statements": rows[:size], "articles": hits[:size]}
