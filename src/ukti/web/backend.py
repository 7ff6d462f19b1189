"""What the web app shares between requests: the store (one connection per worker thread),
the write token, the request-size limit and the analyses running now.

FastAPI runs plain `def` handlers in a thread pool; an sqlite3 or psycopg connection must not be
used by two threads at once, so each thread opens its own and keeps it. Writes (ingest through
the API) go through one lock, as the single-writer store expects.

Analyses (POST /api/analyze, /paste, POST /api/articles) are few at a time and each has a time
budget: before, six large requests took every thread for minutes while a one-row read waited.
Past the number running, a request is refused at once (503, try again); past its budget, an
analysis is stopped (503 naming the budget). A read-only server runs none.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from ukti.limits import BudgetExceeded, time_limit
from ukti.model import Document, RawArticle
from ukti.read.decode import normalise
from ukti.store import Store

DEFAULT_MAX_BODY = 2_000_000  # bytes: a long article as HTML is well under this
DEFAULT_ANALYZE_SECONDS = 30.0  # a long article takes a few seconds; hostile text is stopped
DEFAULT_MAX_ANALYSES = 2  # of the server's threads (web.THREADS): the others stay free for reads


class ServerBusy(Exception):
    """An analysis the server will not run now: too many running, or its time budget spent."""

    def __init__(self, reason: str, retry_after: int | None = None) -> None:
        super().__init__(reason)
        self.reason, self.retry_after = reason, retry_after


@dataclass
class Backend:
    db: str
    token: str | None = None  # None: no writes through the API
    read_only: bool = False  # the store opened read-only; no writes and no analyses
    analyze_seconds: float = DEFAULT_ANALYZE_SECONDS
    max_analyses: int = DEFAULT_MAX_ANALYSES
    _local: threading.local = field(default_factory=threading.local, repr=False)
    write_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # the list of open connections has its own lock: a write holds write_lock while its thread
    # may still have to open its connection (a non-reentrant lock taken twice hung the server)
    _open_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _opened: list[Store] = field(default_factory=list, repr=False)
    _generation: int = 0  # bumped by close(): a thread's connection from before is not used again
    _analyses: threading.BoundedSemaphore = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._analyses = threading.BoundedSemaphore(max(1, self.max_analyses))

    def store(self) -> Store:
        held: tuple[int, Store] | None = getattr(self._local, "store", None)
        if held is None or held[0] != self._generation:
            store = Store.open(self.db, read_only=self.read_only)
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

    def analyse(self, **kw: Any) -> Document:
        """`analyse_input` within the server's limits: raises ServerBusy when `max_analyses` run
        already or when this one outlasts `analyze_seconds`."""
        if not self._analyses.acquire(blocking=False):
            raise ServerBusy(f"the server is busy: {self.max_analyses} analyses are running; try again shortly",
                             retry_after=5)
        try:
            with time_limit(self.analyze_seconds, "analysis", BudgetExceeded):
                return analyse_input(**kw)
        except BudgetExceeded as e:
            raise ServerBusy(f"the analysis took longer than this server's {self.analyze_seconds:g} s; send a "
                             "shorter text, or analyse it with `ukti analyze`") from e
        finally:
            self._analyses.release()


def analyse_input(*, text: str | None, html: str | None, source: str, lang: str | None = None,
                  date: str | None = None, url: str | None = None, title: str | None = None,
                  outlet: str | None = None, published: str | None = None) -> Document:
    """Analyse text or HTML posted to the server, exactly as `ukti analyze` would a file."""
    from ukti.errors import UktiError
    from ukti.pipeline.batch import analyse_one
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
    return analyse_one(article, date or published)
