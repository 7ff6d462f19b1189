from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from helpers import write_warc

from ukti.model import Failure, RawArticle
from ukti.read import read_path

BODY = "চট্টগ্রাম বন্দরে আজ জাহাজ ভিড়েছে। বন্দর কর্তৃপক্ষ এ তথ্য জানিয়েছে।"
HTML = f"""<!doctype html><html><head><meta charset="utf-8"><title>বন্দরের খবর</title>
<meta property="og:site_name" content="নমুনা দৈনিক"></head><body>
<nav><a href="/">প্রচ্ছদ</a> <a href="/x">রাজনীতি</a> <a href="/y">খেলা</a></nav>
<article><h1>বন্দরের খবর</h1><p>{BODY}</p>
<p>দ্বিতীয় অনুচ্ছেদে আরও কিছু কথা লেখা আছে, যাতে নিবন্ধটি যথেষ্ট লম্বা হয় এবং মূল লেখা চেনা যায়।</p></article>
<footer>সর্বস্বত্ব সংরক্ষিত</footer></body></html>"""


def _items(path: Path) -> list[RawArticle | Failure]:
    return list(read_path(str(path)))


def test_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(BODY, encoding="utf-8")
    [art] = _items(p)
    assert isinstance(art, RawArticle)
    assert art.text == BODY and art.source == str(p)


def test_html_main_text_without_navigation(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_text(HTML, encoding="utf-8")
    [art] = _items(p)
    assert isinstance(art, RawArticle)
    assert "বন্দর কর্তৃপক্ষ এ তথ্য জানিয়েছে" in art.text
    assert "প্রচ্ছদ" not in art.text and "সর্বস্বত্ব" not in art.text
    assert art.title == "বন্দরের খবর"
    assert art.outlet == "নমুনা দৈনিক"


def test_jsonl_good_and_bad_lines_keep_positions(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"id": "1", "text": BODY, "url": "https://example.com/1", "date": "2025-03-01"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "3"}),
        "",
        json.dumps({"id": "5", "html": HTML}, ensure_ascii=False),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items(p)
    assert [type(i).__name__ for i in items] == ["RawArticle", "Failure", "Failure", "RawArticle"]
    first, bad_json, no_text, html = items
    assert isinstance(first, RawArticle) and first.id == "1" and first.date == "2025-03-01"
    assert isinstance(bad_json, Failure) and bad_json.position == "line 2" and bad_json.code == "U007"
    assert isinstance(no_text, Failure) and no_text.position == "line 3" and no_text.code == "U008"
    assert isinstance(html, RawArticle) and "বন্দর কর্তৃপক্ষ" in html.text and html.position == "line 5"


def test_jsonl_date_given_as_published(tmp_path: Path) -> None:
    """A line that names its date `published` is dated by it (`date` wins when both are given)."""
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "1", "text": BODY, "published": "2024-08-13"}, ensure_ascii=False) + "\n"
                 + json.dumps({"id": "2", "text": BODY, "published": "2024-08-13", "date": "2024-08-14"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    first, both = _items(p)
    assert isinstance(first, RawArticle) and first.date == "2024-08-13"
    assert isinstance(both, RawArticle) and both.date == "2024-08-14"


def test_warc_records_with_urls(tmp_path: Path) -> None:
    for gz in (False, True):
        p = tmp_path / ("a.warc.gz" if gz else "a.warc")
        write_warc(p, [("https://example.com/a", HTML.encode("utf-8"), "text/html; charset=utf-8"),
                  ("https://example.com/img", b"\x89PNG....", "image/png"),
                  ("https://example.com/b", BODY.encode("utf-16"), "text/plain")], gz)
        items = _items(p)
        arts = [i for i in items if isinstance(i, RawArticle)]
        assert [a.url for a in arts] == ["https://example.com/a", "https://example.com/b"]
        assert arts[1].text == BODY
        assert arts[0].position == "record 1"


def test_truncated_warc_reports_and_keeps_what_was_read(tmp_path: Path) -> None:
    p = tmp_path / "a.warc.gz"
    write_warc(p, [("https://example.com/a", HTML.encode("utf-8"), "text/html"),
              ("https://example.com/b", HTML.encode("utf-8"), "text/html")], True)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) - 200])
    items = _items(p)
    assert any(isinstance(i, RawArticle) for i in items)
    assert isinstance(items[-1], Failure) and items[-1].code == "U009"


def test_folder_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "two.txt").write_bytes(gzip.compress(b"x"))  # binary
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    items = _items(tmp_path)
    assert [type(i).__name__ for i in items] == ["RawArticle", "Failure"]
    [missing] = _items(tmp_path / "nope.txt")
    assert isinstance(missing, Failure) and missing.code == "U001"


def test_size_limit(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text(BODY * 100, encoding="utf-8")
    [f] = list(read_path(str(p), max_bytes=1000))
    assert isinstance(f, Failure) and f.code == "U005"


def test_a_huge_jsonl_line_is_refused_without_being_held(tmp_path: Path) -> None:
    """#22 item 10: a .jsonl.gz line far beyond --max-bytes is refused as it is read (the whole
    line was read first: a 1 MB file holding one 1 GB line took 2.2 GB), and the next lines are read."""
    import tracemalloc

    p = tmp_path / "big.jsonl.gz"
    good = json.dumps({"text": BODY}, ensure_ascii=False).encode()
    with gzip.open(p, "wb", compresslevel=1) as fh:
        fh.write(b'{"text": "' + b"x" * 60_000_000 + b'"}\n' + good + b"\n")
    tracemalloc.start()
    try:
        items = list(read_path(str(p), max_bytes=1_000_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(items[0], Failure) and items[0].code == "U005" and items[0].position == "line 1"
    assert isinstance(items[1], RawArticle) and items[1].text == BODY and items[1].position == "line 2"
    assert peak < 12_000_000, peak  # the limit and a chunk, not the line


def test_a_named_pipe_is_read_when_written_and_refused_when_nobody_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """#22 (low): a FIFO given as a file blocked forever in open(). Now it is read as a stream
    when a writer comes, and one line says nobody wrote to it within UKTI_PIPE_SECONDS."""
    import os
    import threading
    import time

    monkeypatch.setenv("UKTI_PIPE_SECONDS", "0.5")
    fifo = tmp_path / "in.txt"
    os.mkfifo(fifo)
    start = time.monotonic()
    [fail] = _items(fifo)
    assert isinstance(fail, Failure) and fail.code == "U011" and "nothing was written to this pipe" in fail.reason
    assert time.monotonic() - start < 5

    def write() -> None:
        time.sleep(0.1)
        with open(fifo, "wb") as fh:
            fh.write(BODY.encode())

    t = threading.Thread(target=write)
    t.start()
    [art] = _items(fifo)
    t.join(5)
    assert isinstance(art, RawArticle) and art.text == BODY
    lines = tmp_path / "in.jsonl"
    os.mkfifo(lines)
    t = threading.Thread(target=lambda: lines.write_text(json.dumps({"text": BODY}) + "\n{bad\n"))
    t.start()
    got = list(read_path(str(lines)))
    t.join(5)
    assert [type(x).__name__ for x in got] == ["RawArticle", "Failure"]
