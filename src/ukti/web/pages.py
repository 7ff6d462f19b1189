"""Server-rendered pages for people: search, articles, entities, contradictions, paste-and-analyse.

Jinja's autoescaping is on for every template, so article text (which may contain `<script>`)
always shows as text; links taken from articles are kept only when they are http(s).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from ukti.errors import UktiError
from ukti.store import Page, Store
from ukti.web import charts, views
from ukti.web.api import MAX_ID, READ_ONLY, Name, Text, clean, entity_detail, store
from ukti.web.backend import Backend
from ukti.write import human
from ukti.write.highlight import highlight

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
def safe_url(url: object) -> str:
    """A link target a page may show: http(s) only. `javascript:`, `data:` and the like, in any
    case or with leading blanks (from JSONL, a WARC header or the API), give no link at all."""
    if not isinstance(url, str):
        return ""
    url = url.strip()
    return url if url.lower().startswith(("http://", "https://")) and not any(c in url for c in "\"<>\n\r\t") else ""


templates.env.filters["safe_url"] = safe_url
templates.env.filters["time_value"] = human.time_value  # "mid-January 2026", not 2026-01 (MID)
templates.env.filters["figure"] = human.figure  # "1.2 billion BDT · ১২০ কোটি টাকা", not 1200000000.0
router = APIRouter(include_in_schema=False)
PAGE = 20


def _params(request: Request) -> Any:
    """`params(n)`: this page's query string with the page number set to n."""
    def params(n: int) -> str:
        q = {k: v for k, v in request.query_params.items() if k != "page" and v}
        return urlencode({**q, "page": n})
    return params


def _page(number: int) -> Page:
    return Page(number, PAGE + 1)


def render(request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"params": _params(request), **context}, status_code=code)


def not_found(request: Request, message: str) -> HTMLResponse:
    return render(request, "error.html", 404, status="Not found", message=message)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, st: Annotated[Store, Depends(store)], q: Text = None,
                stance: Annotated[str | None, Query()] = None,
                page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    stance = stance if stance in ("assert", "confirm", "deny", "claim", "concern") else None
    q = clean(q)
    p = _page(page)
    statements = st.list_statements(page=p, text=q or None, stance=stance)
    articles = st.search_articles(q, page=p) if q else []
    return render(request, "search.html", q=q, stance=stance, page=page, statements=statements[:PAGE],
                  articles=articles[:PAGE], has_more=len(statements) > PAGE or len(articles) > PAGE,
                  stats=None if q else st.stats())


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, st: Annotated[Store, Depends(store)], outlet: Name = None,
                  lang: Name = None, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    rows = st.list_articles(page=_page(page), outlet=clean(outlet) or None, lang=clean(lang) or None)
    return render(request, "articles.html", items=rows[:PAGE], page=page, has_more=len(rows) > PAGE)


def _analysis_context(data: dict[str, Any]) -> dict[str, Any]:
    return {"a": data, "lines": highlight(data), "page_lang": data.get("lang") or "bn",
            "cards": views.statement_cards(data), "pairs": views.contradiction_pairs(data)}


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, st: Annotated[Store, Depends(store)]) -> HTMLResponse:
    data = st.article(clean(article_id) or "")
    if data is None:
        return not_found(request, f"No article {article_id}.")
    from ukti.web.quotes import quoted

    said = quoted(st, [(data["article_id"], s["id"]) for s in data.get("statements", [])])
    elsewhere = st.list_contradictions(page=Page(1, ELSEWHERE + 1), article=data["article_id"], across_only=True)
    return render(request, "article.html", quoted={sid: line for (_, sid), line in said.items()},
                  elsewhere=[views.other_side(c, data["article_id"]) for c in elsewhere[:ELSEWHERE]],
                  elsewhere_more=len(elsewhere) > ELSEWHERE, **_analysis_context(data))


ELSEWHERE = 50  # contradictions with other articles shown on an article's page (then: "more")


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, st: Annotated[Store, Depends(store)], q: Text = None,
                  type: Name = None, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    kind = type if type in ("PER", "ORG", "LOC") else None
    rows = st.list_entities(page=_page(page), name=clean(q) or None, entity_type=kind)
    return render(request, "entities.html", items=rows[:PAGE], q=q, type=kind, page=page, has_more=len(rows) > PAGE)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: int, st: Annotated[Store, Depends(store)]) -> HTMLResponse:
    row = entity_detail(st, entity_id) if 0 < entity_id <= MAX_ID else None
    if row is None:
        return not_found(request, f"No entity {entity_id}.")
    # the timeline by day, in the store's order (oldest first, undated together): grouped here,
    # since Jinja's groupby sorts and cannot compare a missing date with another
    timeline: list[tuple[str, list[Any]]] = []
    for s in row["statements_by"]:
        day = _field(s, "published") or ""
        if not timeline or timeline[-1][0] != day:
            timeline.append((day, []))
        timeline[-1][1].append(s)
    from ukti.web.quotes import quoted

    said = quoted(st, [(_field(s, "article_id"), _field(s, "statement_id")) for s in row["statements_by"]])
    chart = charts.stance_chart(st.stance_counts(entity_id), row["name"]) if row["statements_by"] else None
    return render(request, "entity.html", e=row, timeline=timeline, quoted=said, chart=chart)


def _field(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, dict) else getattr(row, name, None)


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions_page(request: Request, st: Annotated[Store, Depends(store)], across: bool = False,
                        page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    rows = st.list_contradictions(page=_page(page), across_only=across)
    return render(request, "contradictions.html", items=rows[:PAGE], page=page, has_more=len(rows) > PAGE)


@router.get("/overview", response_class=HTMLResponse)
def overview_page(request: Request, st: Annotated[Store, Depends(store)]) -> HTMLResponse:
    """The corpus at a glance: articles per outlet per day, the most-quoted speakers and the
    most contradicted claims, each a chart linked to the pages behind it."""
    speakers = [charts.Ranked(r["name"], int(r["n"]), f"/entities/{r['id']}", r["type"])
                for r in st.most_quoted(OVERVIEW_TOP)]
    contradicted = st.most_contradicted(OVERVIEW_TOP)
    claims = [charts.Ranked(r["content"] or "", int(r["n"]), f"/articles/{r['article_id']}#{r['statement_id']}",
                            f"{r['speaker_text'] or '?'} · {r['published'] or 'undated'} · {r['outlet'] or ''}")
              for r in contradicted]
    return render(request, "overview.html", stats=st.stats(), outlets=charts.outlet_chart(st.articles_by_outlet_day()),
                  speakers=charts.ranked_bars(speakers, title="Most-quoted speakers", what="statements",
                                              chart_id="speakers"),
                  claims=charts.ranked_bars(claims, title="Most contradicted claims", what="contradictions",
                                            chart_id="claims", colour=charts.STANCE_COLOURS["deny"]),
                  claim_rows=contradicted)


OVERVIEW_TOP = 10


def _read_only(request: Request) -> HTMLResponse | None:
    """The page a read-only server gives instead of analysing."""
    b: Backend = request.app.state.backend
    return render(request, "error.html", 403, status=403, message=READ_ONLY) if b.read_only else None


@router.get("/paste", response_class=HTMLResponse)
def paste_form(request: Request) -> HTMLResponse:
    return _read_only(request) or render(request, "paste.html")


def _paste_date(value: str) -> tuple[bool, str | None]:
    """The paste form's date (a browser's date field sends YYYY-MM-DD): (True, None) when left
    empty, (False, None) when it is no real day (a hand-made post), so relative times are never
    counted from a date that does not exist."""
    import datetime

    value = value.strip()
    if not value:
        return True, None
    try:
        return (True, datetime.date.fromisoformat(value).isoformat()) if len(value) == 10 else (False, None)
    except ValueError:
        return False, None


@router.post("/paste", response_class=HTMLResponse)
async def paste_analyse(request: Request) -> HTMLResponse:
    """A plain HTML form post (works without JavaScript); the body size is capped by the app,
    the analysis by the server's limits (a busy server or a spent budget is a 503 page)."""
    refused = _read_only(request)
    if refused is not None:
        return refused
    b: Backend = request.app.state.backend
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    text = (form.get("text") or [""])[0]
    ok, date = _paste_date((form.get("date") or [""])[0])
    if not ok:
        return render(request, "paste.html", 422, text=text, error=UktiError("U016").reason)
    is_html = text.lstrip()[:1] == "<"
    try:
        doc = await run_in_threadpool(b.analyse, text=None if is_html else text, html=text if is_html else None,
                                      source="<pasted>", date=date)
    except UktiError as e:
        return render(request, "paste.html", 422, text=text, date=date, error=e.reason)
    from ukti.write.json import to_dict

    return render(request, "paste.html", text=text, date=date, **_analysis_context(to_dict(doc)))
