"""Main text and metadata of an HTML page, with trafilatura (a maintained extractor)."""

from __future__ import annotations

from ukti.errors import UktiError
from ukti.model import RawArticle
from ukti.read.decode import normalise


def extract_html(html: str, *, source: str, url: str | None = None, encoding: str = "utf-8") -> RawArticle:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True, deduplicate=False,
        )
    except Exception as e:  # the extractor can fail on hostile markup; report, never crash
        raise UktiError("U010", detail=f"{type(e).__name__}: {e}"[:120]) from e
    if doc is None:
        raise UktiError("U006")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = normalise(str(meta.get("text") or ""))
    if not text.strip():
        raise UktiError("U006")
    title = meta.get("title")
    if title and not text.startswith(str(title)):
        text = f"{normalise(str(title))}\n{text}"
    return RawArticle(
        text=text, source=source, url=meta.get("url") or url, date=meta.get("date"),
        title=normalise(str(title)) if title else None, outlet=meta.get("sitename"),
        author=meta.get("author"), encoding=encoding,
    )
