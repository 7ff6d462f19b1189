"""Analysing many articles: in order, over a number of processes, failures passed through.

The command line (`ukti analyze`), the store's ingest and the web app all analyse through this
module, so the library never depends on its command line (`store/ingest.py` once imported its
batching from `cli.py`). One article is analysed by `analyse_one`; a stream of them by
`analyse_stream` / `analyse_stream_into`, whose worker processes survive a dying neighbour.
"""

from __future__ import annotations

import collections
import itertools
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from ukti.errors import MESSAGES
from ukti.model import Document, Failure, RawArticle

T = TypeVar("T")


def analyse_one(item: RawArticle, date: str | None = None) -> Document:
    """One article through the default pipeline: what every worker, the CLI and the web app run,
    so an article is analysed the same way whichever way it came in."""
    from ukti.pipeline import default_pipeline

    return default_pipeline()(item, date=date)


def _worker(args: tuple[Callable[[Document], T], RawArticle, str | None]) -> T:
    finish, item, date = args
    return finish(analyse_one(item, date))


def _as_is(doc: Document) -> Document:
    return doc


def analyse_stream(items: Iterator[RawArticle | Failure], *, date: str | None, jobs: int,
                   lang: str | None = None) -> Iterator[Document | Failure]:
    """Analyse a stream of articles, in order, over `jobs` processes; failures pass through."""
    return analyse_stream_into(_as_is, items, date=date, jobs=jobs, lang=lang)


def analyse_stream_into(finish: Callable[[Document], T], items: Iterator[RawArticle | Failure], *,
                        date: str | None, jobs: int, lang: str | None = None) -> Iterator[T | Failure]:
    """`analyse_stream`, with `finish` applied to each document inside the worker process (a
    module-level function: it is pickled), so that the caller receives what it needs, made
    where there are cores to spare."""
    first = list(itertools.islice(items, 2))
    stream = itertools.chain(first, items)

    def prepared() -> Iterator[RawArticle | Failure]:
        for it in stream:
            if isinstance(it, RawArticle) and lang:
                it.lang = lang
            yield it

    if jobs <= 1 or len(first) < 2:
        for item in prepared():
            yield item if isinstance(item, Failure) else finish(analyse_one(item, date))
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if sys.platform != "win32" else "spawn")
    # A sliding window of articles in flight, not a pool-wide map: the workers never wait for
    # the caller to finish with a whole group (the store writes while they analyse), and the
    # memory held stays bounded however long the stream.
    window = 16 * jobs
    workers = _Workers(jobs, ctx, finish, date)
    try:
        in_flight: collections.deque[_InFlight] = collections.deque()
        for item in prepared():
            in_flight.append(_InFlight(item) if isinstance(item, Failure) else workers.submit(item))
            if len(in_flight) >= window:
                yield workers.collect(in_flight.popleft(), in_flight)
        while in_flight:
            yield workers.collect(in_flight.popleft(), in_flight)
    finally:
        workers.close()


@dataclass(slots=True)
class _InFlight:
    item: RawArticle | Failure
    future: Any = None  # None: a failure from the reader, passed through as it is
    pool: Any = None  # the pool the future belongs to


class _Workers:
    """The analysing processes. A process that dies (killed, out of memory) breaks its pool: the
    articles then in flight are analysed again in a fresh pool, and one whose process dies
    again, alone, becomes a U014 failure. (multiprocessing.Pool replaced a dead process but
    never returned its task: ingest and analyze waited forever.)"""

    def __init__(self, jobs: int, ctx: Any, finish: Callable[[Document], Any], date: str | None) -> None:
        self.jobs, self.ctx, self.finish, self.date = jobs, ctx, finish, date
        self.pool = self._new(jobs)

    def _new(self, n: int) -> Any:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(n, mp_context=self.ctx)

    def _fresh(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new(self.jobs)

    def submit(self, item: RawArticle) -> _InFlight:
        from concurrent.futures.process import BrokenProcessPool

        try:
            future = self.pool.submit(_worker, (self.finish, item, self.date))
        except BrokenProcessPool:
            self._fresh()
            future = self.pool.submit(_worker, (self.finish, item, self.date))
        return _InFlight(item, future, self.pool)

    def collect(self, f: _InFlight, rest: collections.deque[_InFlight]) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        if f.future is None:
            return f.item
        try:
            return f.future.result()
        except BrokenProcessPool:
            assert isinstance(f.item, RawArticle)
            if f.pool is self.pool:
                self._fresh()
            result = self._alone(f.item)  # the one waited for: was it the one that died?
            for k, other in enumerate(rest):  # the others of a broken pool, again
                if other.future is not None and other.pool is not self.pool:
                    assert isinstance(other.item, RawArticle)
                    rest[k] = self.submit(other.item)
            return result

    def _alone(self, item: RawArticle) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        solo = self._new(1)
        try:
            return solo.submit(_worker, (self.finish, item, self.date)).result()
        except BrokenProcessPool:
            return Failure(item.source, item.position, MESSAGES["U014"], "U014")
        finally:
            solo.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
