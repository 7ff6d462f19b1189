"""Commands that build what ships in the language packs (models and word lists) from data."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path


def corpus_texts(corpus: Path) -> Iterator[str]:
    """The NFC text of each article of a JSONL corpus (optionally gzip), skipping broken lines:
    what the word-list trainers count over."""
    import gzip
    import json
    import unicodedata

    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            try:
                text = json.loads(line).get("text") or ""
            except json.JSONDecodeError:
                continue
            yield unicodedata.normalize("NFC", text)


def corpus_parser(doc: str | None, out: Path) -> argparse.ArgumentParser:
    """The command line every corpus-counting trainer starts from: --corpus and --out."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, type=Path, help="JSONL (optionally gzip) with a `text` field")
    ap.add_argument("--out", type=Path, default=out)
    return ap


def write_list(out: Path, header: str, rows: list[str]) -> int:
    """Write a word list: its header (comment lines that say how it was made), one row per line."""
    out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)
