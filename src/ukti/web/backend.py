"""What the web app shares between requests: the store (one connection per worker thread),
the write token, and the request-size limit.

FastAPI runs plain `def` handlers in a thread pool; an sqlite3 or psycopg connection must not be
used by two threads at once, so each thread opens its own and keeps it. Writes (ingest through
the API) go through one lock, as the single-writer store expects.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field

from ukti.model import Document, RawArticle
from ukti.read.decode import normalise
from ukti.store import Store

DEFAULT_MAX_BODY = 2_000_000  # bytes: a long article as HTML is well under this


@dataclass
class Backend:
    db: str
    token: str | None = None  # None: the server is read-only
    _local: threading.local = field(default_factory=threading.local, repr=False)
    write_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # the list of open connections has its own lock: a write holds write_lock while its thread
    # may still have to open its connection (a non-reentrant lock taken twice hung the server)
    _open_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _opened: list[Store] = field(default_factory=list, repr=False)
    _generation: int = 0  # bumped by close(): a thread's connection from before is not used again

    def store(self) -> Store:
        held: tuple[int, Store] | None = getattr(self._local, "store", None)
        if held is None or held[0] != self._generation:
            store = Store.open(self.db)
            self._local.store = (self._generation, store)
            with self._open_lock:
                self._opened.append(store)
            return store
        return held[1]

    def close(self) -> None:
        with self._open_lock:
            self._generation += 1
            for store in self._opened:
                store.close()
            self._opened.clear()

    def may_write(self, given: str | None) -> bool:
        # compared as bytes: compare_digest refuses a str with characters beyond ASCII (a 500 before)
        return self.token is not None and given is not None and secrets.compare_digest(
            given.encode("utf-8", "surrogatepass"), self.token.encode("utf-8", "surrogatepass"))


def analyse_input(*, text: str | None, html: str | None, source: str, lang: str | None = None,
                  date: str | None = None, url: str | None = None, title: str | None = None,
                  outlet: str | None = None, published: str | None = None) -> Document:
    """Analyse text or HTML posted to the server, exactly as `ukti analyze` would a file."""
    from ukti.errors import UktiError
    from ukti.pipeline import default_pipeline
    from ukti.read.html import extract_html

    if html is not None:
        article = extract_html(html, source=source, url=url)
    else:
        article = RawArticle(text=normalise(text or ""), source=source, url=url)
    if not article.text.strip():
        raise UktiError("U006")
    article.lang = lang or article.lang
    article.title = title or article.title
    article.outlet = outlet or article.outlet
    article.date = published or article.date
    return default_pipeline()(article, date=date or published)
