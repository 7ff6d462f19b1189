"""`ukti ingest`: analyse files into the store, idempotently, losing nothing.

Articles already stored (same text) are skipped before analysis, so a rerun after a crash or a
kill does only the rest. Articles are committed in small groups (`Store.batch`: 50 articles or
one second), each article whole; a failure is recorded in the `errors` table and the batch goes
on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator

from ukti import quotes
from ukti.model import Document, Failure, RawArticle
from ukti.store import IngestCounts, Store, StoreFull, article_id, disk_full, packed
from ukti.tables import ArticleRows, article_rows


def ingest(paths: Iterable[str], store: Store, *, jobs: int = 1, reanalyze: bool = False, date: str | None = None,
           max_bytes: int = 5_000_000, progress: Callable[[IngestCounts, float], None] | None = None) -> IngestCounts:
    from ukti.pipeline.batch import analyse_stream_into
    from ukti.read import read_paths

    paths = list(paths)
    counts = IngestCounts(expected=expected_articles(paths) if progress else None)

    def todo() -> Iterator[RawArticle | Failure]:
        for item in read_paths(paths, max_bytes=max_bytes):
            if isinstance(item, RawArticle) and not reanalyze and store.has_article(article_id(item.text)):
                counts.skipped += 1
                continue
            yield item

    start = time.perf_counter()
    before = store.count_articles()
    try:
        with store.batch():
            for res in analyse_stream_into(rows_to_store, todo(), date=date, jobs=jobs):
                if isinstance(res, Failure):
                    store.record_error(res)
                    counts.failed += 1
                else:
                    _save(store, res, counts)
                if progress:
                    progress(counts, time.perf_counter() - start)
    except Exception as e:
        # a full disk stops the ingest with one message (what was committed stays; the same
        # ingest run again stores the rest), instead of a traceback of every failure it caused
        full = disk_full(e)
        if full is None:
            raise
        counts.stopped = StoreFull(full)
        counts.stored = store.count_articles() - before  # the committed ones: a group in progress was taken back
        return counts
    if counts.stored:
        store.refresh_statistics()
    return counts


def rows_to_store(doc: Document) -> ArticleRows:
    """What a worker hands the writing process: the article's rows, ready to write, its
    statements signed for clustering quotes (work the writing process, which the ingest waits
    on, would do otherwise)."""
    rows = packed(article_rows(doc))
    quotes.sign(rows.tables.get("statements", []))
    return rows


def _save(store: Store, rows: ArticleRows, counts: IngestCounts) -> None:
    try:
        store.save_analysed(rows)
        counts.stored += 1
    except Exception as e:  # a storage problem with one article must not stop the batch
        if disk_full(e):
            raise  # no article's fault, and the error could not be recorded either
        art = rows.tables["articles"][0]
        store.record_error(Failure(art["source"], art["position"], f"could not store: {e}"[:200], "U012"))
        counts.failed += 1


def expected_articles(paths: list[str]) -> int | None:
    """How many articles the inputs hold, when that is cheap to know (files and JSONL lines;
    a WARC or stdin makes it unknown), for the progress line's ETA."""
    from pathlib import Path

    from ukti.read import is_article_file

    total = 0
    for raw in paths:
        p = Path(raw)
        files = [f for f in sorted(p.rglob("*")) if f.is_file() and is_article_file(f)] if p.is_dir() else [p]
        for f in files:
            name = f.name.lower()
            if raw == "-" or name.endswith((".warc", ".warc.gz", ".gz")) or not f.is_file():  # a pipe: read once
                return None
            if name.endswith((".jsonl", ".ndjson")):
                with f.open("rb") as fh:  # newlines counted by the megabyte: a line may be huge
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
            else:
                total += 1
    return total


def progress_note(counts: IngestCounts, elapsed: float) -> str:
    """The counts beside the progress bar: stored, skipped, failed, the rate of the articles
    analysed (skipped ones cost nothing) and an ETA when the number of articles is known."""
    from ukti.progress import eta

    done = counts.stored + counts.failed
    rate = done / elapsed if elapsed > 0 else 0.0
    left_of = counts.expected - counts.skipped if counts.expected else None
    return (f"{counts.stored} stored, {counts.skipped} already there, {counts.failed} failed"
            f" · {rate:.1f} articles/s{eta(done, left_of, elapsed)}")
