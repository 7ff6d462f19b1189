"""Coverage-guided fuzzing of the readers and the pipeline with atheris.

    .venv/bin/python fuzz/fuzz_pipeline.py -max_total_time=600      # ten minutes, locally
    .venv/bin/python fuzz/fuzz_pipeline.py -runs=2000               # the short run CI does

The input bytes are read as a file of the kind their first byte picks (text, HTML, JSONL,
WARC) and every article found is analysed. Invariants checked on each: no exception escapes,
every offset points into the text, every statement's content is a substring of the article
text, and the JSON output round-trips.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    from ukti.model import Failure, RawArticle
    from ukti.pipeline import default_pipeline
    from ukti.read import read_path
    from ukti.write.json import to_dict

SUFFIXES = (".txt", ".html", ".jsonl", ".warc")
TMP = tempfile.mkdtemp(prefix="ukti-fuzz-")
os.environ.setdefault("UKTI_STAGE_SECONDS", "10")
os.environ.setdefault("UKTI_EXTRACT_SECONDS", "10")


def check(doc_text: str, data: dict[str, object]) -> None:
    n = len(doc_text)
    for s in data["statements"]:  # type: ignore[attr-defined]
        c = s["content"]
        assert 0 <= c["start"] <= c["end"] <= n and doc_text[c["start"]:c["end"]] == c["text"], s
        assert c["text"] in doc_text
    for e in data["entities"]:  # type: ignore[attr-defined]
        for m in e["mentions"]:
            assert doc_text[m["start"]:m["end"]] == m["text"], m
    for key in ("times", "quantities", "boilerplate"):
        for x in data[key]:  # type: ignore[attr-defined]
            assert 0 <= x["start"] <= x["end"] <= n, x
    json.loads(json.dumps(data, ensure_ascii=False))


def test_one_input(raw: bytes) -> None:
    if not raw:
        return
    path = os.path.join(TMP, "input" + SUFFIXES[raw[0] % len(SUFFIXES)])
    with open(path, "wb") as fh:
        fh.write(raw[1:])
    pipeline = default_pipeline()
    for item in read_path(path, max_bytes=200_000):
        if isinstance(item, Failure):
            assert item.reason and item.code
            continue
        assert isinstance(item, RawArticle)
        doc = pipeline(item)
        check(doc.text, to_dict(doc))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
