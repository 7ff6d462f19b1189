"""Main text and metadata of an HTML page, with trafilatura (a maintained extractor)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ukti.errors import UktiError
from ukti.limits import TimeLimitExceeded, seconds, time_limit
from ukti.model import RawArticle
from ukti.read.decode import normalise

_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "header",
          "footer", "blockquote", "figcaption", "title"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def plain_text(html: str) -> str:
    """Every visible text of a page, one block per line (no main-text detection)."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def extract_html(html: str, *, source: str, url: str | None = None, encoding: str = "utf-8") -> RawArticle:
    import trafilatura

    limit = seconds("UKTI_EXTRACT_SECONDS")
    try:
        with time_limit(limit, "HTML extraction"):
            doc = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                favor_recall=True, deduplicate=False,
            )
    except TimeLimitExceeded as e:
        raise UktiError("U013", limit=f"{limit:g}") from e
    except Exception as e:  # the extractor can fail on hostile markup; report, never crash
        raise UktiError("U010", detail=f"{type(e).__name__}: {e}"[:120]) from e
    meta = {} if doc is None else (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc))
    text = normalise(str(meta.get("text") or ""))
    if not text.strip():
        # lxml gives up on very deep nesting (a page of 5,000 nested <div>s): read the text
        # with Python's own tolerant parser instead, so the article is not lost
        text = normalise(plain_text(html))
    if not re.search(r"\w", text):
        raise UktiError("U006")
    title = meta.get("title")
    if title and not text.startswith(str(title)):
        text = f"{normalise(str(title))}\n{text}"
    return RawArticle(
        text=text, source=source, url=meta.get("url") or url, date=meta.get("date"),
        title=normalise(str(title)) if title else None, outlet=meta.get("sitename"),
        author=meta.get("author"), encoding=encoding,
    )
