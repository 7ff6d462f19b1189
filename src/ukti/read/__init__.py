"""Readers: bytes from files, folders, JSONL, WARC or stdin become `RawArticle`s.

Every reader is a generator that yields either an article or a `Failure` naming the file,
the position in it and the reason, so one bad record never hides the others.
"""

from __future__ import annotations

import gzip
import json
import os
import select
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, cast

from ukti.errors import UktiError
from ukti.model import Failure, RawArticle
from ukti.read.decode import decode
from ukti.read.html import extract_html

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def article_from_bytes(data: bytes, source: str, *, kind: str | None = None,
                       max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> RawArticle:
    """Decode one article's bytes; `kind` is "html" or "text" (guessed when None)."""
    if len(data) > max_bytes:
        raise UktiError("U005", limit=max_bytes)
    text, enc = decode(data, encoding=encoding)
    if kind == "html" or (kind is None and _looks_like_html(text)):
        return extract_html(text, source=source, encoding=enc)
    return RawArticle(text=text, source=source, encoding=enc)


def _fail(source: str, err: UktiError, position: str | None = None) -> Failure:
    return Failure(source=source, position=position, reason=err.reason, code=err.code)


def read_jsonl(stream: Iterable[bytes], source: str, max_bytes: int) -> Iterator[RawArticle | Failure]:
    for lineno, raw in enumerate(stream, 1):
        item = jsonl_record(raw, source, lineno, max_bytes)
        if item is not None:
            yield item


_TOO_LONG = b""  # stands for a line longer than the limit, which bounded_lines does not keep


def bounded_lines(fh: BinaryIO, max_bytes: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    """The lines of a binary stream, none held longer than `max_bytes`: a longer line is read
    through in chunks, dropped, and given as `_TOO_LONG` (a 1 GB line in a 1 MB .jsonl.gz took
    2.2 GB of memory before it was refused; iterating a file reads each line whole)."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:
                rest = fh.readline(chunk)
                if not rest or rest.endswith(b"\n"):
                    break
            yield _TOO_LONG
            continue
        yield line


def jsonl_record(raw: bytes | str, source: str, lineno: int, max_bytes: int) -> RawArticle | Failure | None:
    """One line of a JSONL file (None for a blank line); the Spark job reads lines with it too."""
    pos = f"line {lineno}"
    if raw is _TOO_LONG:
        return _fail(source, UktiError("U005", limit=max_bytes), pos)
    if not raw.strip():
        return None
    size = len(raw.encode("utf-8")) if isinstance(raw, str) else len(raw)
    if size > max_bytes:
        return _fail(source, UktiError("U005", limit=max_bytes), pos)
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        return _fail(source, UktiError("U007", detail=str(e)[:80]), pos)
    return mapping_record(obj, source, pos)


def mapping_record(obj: object, source: str, pos: str) -> RawArticle | Failure:
    """An article given as fields (`text` or `html`, and `url`, `date`, `title`, `id`, `outlet`):
    a JSONL line or a Parquet row. `published` names the date too (as ukti's own JSON and many
    crawls name it): dropped, it left 2,404 of the corpus's 3,304 articles undated, and their
    "সোমবার" or "গত বছর" unplaced."""
    if not isinstance(obj, dict) or not (obj.get("text") or obj.get("html")):
        return _fail(source, UktiError("U008"), pos)
    try:
        if obj.get("html"):
            art = extract_html(str(obj["html"]), source=source, url=obj.get("url"))
        else:
            text, enc = decode(str(obj["text"]).encode("utf-8"))
            art = RawArticle(text=text, source=source, encoding=enc)
    except UktiError as e:
        return _fail(source, e, pos)
    art.position = pos
    art.url = _str_or_none(obj.get("url")) or art.url
    art.date = _str_or_none(obj.get("date")) or _str_or_none(obj.get("published")) or art.date
    art.title = _str_or_none(obj.get("title")) or art.title
    art.id = _str_or_none(obj.get("id"))
    art.outlet = _str_or_none(obj.get("outlet")) or art.outlet
    return art


def _str_or_none(x: object) -> str | None:
    return None if x is None or x == "" else str(x)


def read_warc(path: Path, max_bytes: int) -> Iterator[RawArticle | Failure]:
    from warcio.archiveiterator import ArchiveIterator

    source = str(path)
    n = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type not in ("response", "resource", "conversion"):
                    continue
                n += 1
                pos = f"record {n}"
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or (
                    record.rec_headers.get_header("Content-Type") or "")
                if not any(t in ctype for t in ("html", "text/plain")):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                try:
                    data = record.content_stream().read(max_bytes + 1)
                    declared = None
                    if "charset=" in ctype:
                        declared = ctype.split("charset=")[-1].split(";")[0].strip().lower()
                    if len(data) > max_bytes:
                        raise UktiError("U005", limit=max_bytes)
                    text, enc = decode(data, declared=declared)
                    art = (extract_html(text, source=source, url=url, encoding=enc) if "html" in ctype
                           else RawArticle(text=text, source=source, encoding=enc, url=url))
                except UktiError as e:
                    yield _fail(source, e, pos)
                    continue
                art.position, art.url = pos, url
                art.date = art.date or date
                yield art
    except Exception as e:  # truncated gzip, broken headers: report, keep what was read
        yield _fail(source, UktiError("U009", detail=f"{type(e).__name__}: {e}"[:120]), f"after record {n}")
        return
    if path.name.lower().endswith(".gz") and not _gzip_complete(path):
        yield _fail(source, UktiError("U009", detail="the gzip stream is truncated"), f"after record {n}")


def _gzip_complete(path: Path) -> bool:
    """warcio stops quietly at a cut-off gzip member; read the stream to its end to know."""
    try:
        with gzip.open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass
    except (EOFError, OSError):
        return False
    return True


def read_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
              encoding: str | None = None) -> Iterator[RawArticle | Failure]:
    """All articles in one path: a file of any supported kind, a folder, or "-" for stdin."""
    if path == "-":
        data = sys.stdin.buffer.read()
        try:
            yield article_from_bytes(data, "-", max_bytes=max_bytes, encoding=encoding)
        except UktiError as e:
            yield _fail("-", e)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(p.rglob("*")):
            if child.is_file() and not child.name.startswith(".") and is_article_file(child):
                yield from read_path(str(child), max_bytes=max_bytes, encoding=encoding)
        return
    if not p.exists():
        yield _fail(path, UktiError("U001"))
        return
    name = p.name.lower()
    try:
        if name.endswith((".warc", ".warc.gz", ".arc.gz")):
            if not p.is_file():  # read twice (records, then whether the gzip is whole)
                raise UktiError("U011", detail="a WARC must be a regular file, not a pipe or device")
            yield from read_warc(p, max_bytes)
            return
        if name.endswith((".jsonl", ".ndjson", ".jsonl.gz")):
            yield from _read_jsonl_file(p, path, max_bytes)
            return
        kind = "html" if p.suffix.lower() in HTML_SUFFIXES else ("text" if p.suffix.lower() in TEXT_SUFFIXES else None)
        with open_input(p) as fh:
            data = fh.read(max_bytes + 1)
        yield article_from_bytes(data, path, kind=kind, max_bytes=max_bytes, encoding=encoding)
    except UktiError as e:
        yield _fail(path, e)
    except OSError as e:
        yield _fail(path, UktiError("U011", detail=e.strerror or str(e)))
    except Exception as e:  # whatever else a reader meets, the batch goes on
        yield _fail(path, UktiError("U011", detail=f"{type(e).__name__}: {e}"[:120]))


def _read_jsonl_file(p: Path, path: str, max_bytes: int) -> Iterator[RawArticle | Failure]:
    """A JSONL file, gzipped or not; a cut-off gzip keeps the lines before the cut."""
    lines = 0

    def counted(fh: Iterable[bytes]) -> Iterator[bytes]:
        nonlocal lines
        for raw in fh:
            lines += 1
            yield raw

    try:
        with open_input(p) as raw:
            fh = cast(BinaryIO, gzip.GzipFile(fileobj=raw, mode="rb")) if p.name.lower().endswith(".gz") else raw
            yield from read_jsonl(counted(bounded_lines(fh, max_bytes)), path, max_bytes)
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        yield _fail(path, UktiError("U011", detail=f"compressed stream cut off or corrupt ({e})"[:120]),
                    f"after line {lines}")


def open_input(p: Path) -> BinaryIO:
    """A file opened for reading. A named pipe (or another special file) is opened without
    blocking, since a pipe nobody writes to blocked `open` forever: it waits at most
    UKTI_PIPE_SECONDS (10) for a writer's first bytes, then is read as a stream."""
    if p.is_file():
        return p.open("rb")
    fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK)
    try:
        wait = float(os.environ.get("UKTI_PIPE_SECONDS", PIPE_SECONDS))
    except ValueError:
        wait = PIPE_SECONDS
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP)
    if not poller.poll(max(0.0, wait) * 1000):  # a pipe that never had a writer reports nothing
        os.close(fd)
        raise UktiError("U011", detail=f"nothing was written to this pipe or device within {wait:g} s")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


PIPE_SECONDS = 10.0


def is_article_file(p: Path) -> bool:
    n = p.name.lower()
    return (p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES
            or n.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".warc", ".warc.gz")))


def read_paths(paths: Iterable[str], **kw: object) -> Iterator[RawArticle | Failure]:
    for path in paths:
        yield from read_path(path, **kw)  # type: ignore[arg-type]
