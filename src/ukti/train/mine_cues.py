"""Mine attribution-cue candidates from a Bengali news corpus that the cue lexicon does not know.

    python -m ukti.train.mine_cues --corpus ../shared/corpus/bn-news.jsonl.gz [--top 60]
    python -m ukti.train.mine_cues --corpus … --show "আহ্বান জানিয়ে" [--examples 8]

The corpus is JSONL (optionally gzip) with a `text` field. Texts are NFC-normalised and repeated
sentences within an article are dropped (scrapers that emit every paragraph twice). Candidates
come from where cues sit in Bengali news, and only where the lexicon finds no cue already:

    comma    the 1–3 words before an early comma:   "X <cue>, CONTENT"
    comp     the 1–3 words after a complementiser:  "CONTENT বলে <cue> X।"
    quote    the 1–3 words after a closing quote:   "“QUOTE,” <cue> X।"
    light    a noun before a light verb:            "<noun> প্রকাশ করেন", "<noun> জানান", "<noun> দেন"

Each candidate is printed with its count and the number of articles it occurs in: a cue the
lexicon keeps must be general, so one article's phrase is not a candidate. Candidates are for a
person to read in context (`--show`) before any goes into `lang/bn/cues.toml`: many are actions,
not speech. Nothing of the corpus is written anywhere.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from ukti.stages.statements import _lex
from ukti.textutil import WORD_RE

_SENT_END = re.compile(r"(?<=[।?!])\s+|\n+")
_CLOSE_QUOTES = "”’\"'"
_LIGHT = ("করেন", "করেছেন", "করেছে", "করলেন", "করছেন", "করে", "জানান", "জানিয়েছেন", "জানিয়েছে", "জানায়",
          "জানিয়ে", "দেন", "দিয়েছেন", "দিয়েছে", "দিলেন", "দিয়ে", "তোলেন", "তুলেছেন", "তুলে")


def articles(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield unicodedata.normalize("NFC", json.loads(line).get("text") or "")


def sentences(text: str) -> Iterator[str]:
    seen: set[str] = set()
    for s in _SENT_END.split(text):
        s = s.strip()
        if s and s not in seen:
            seen.add(s)
            yield s


def _known_ends(words: list[str]) -> set[int]:
    """Token indices (exclusive ends) where the lexicon's cues end."""
    cues = _lex("bn").cues
    ends = set()
    for i, w in enumerate(words):
        for e in cues.get(w, []):
            if tuple(words[i:i + len(e.seq)]) == e.seq:
                ends.add(i + len(e.seq))
                break
    return ends


def _known_starts(words: list[str]) -> set[int]:
    cues = _lex("bn").cues
    return {i for i, w in enumerate(words) if any(tuple(words[i:i + len(e.seq)]) == e.seq for e in cues.get(w, []))}


def _bengali(w: str) -> bool:
    return bool(re.match(r"^[\u0980-\u09ff]", w)) and w[0] not in "০১২৩৪৫৬৭৮৯"


def candidates(s: str) -> Iterator[tuple[str, str]]:
    words = [m.group() for m in WORD_RE.finditer(s)]
    ends, starts = _known_ends(words), _known_starts(words)
    comma = next((k for k, w in enumerate(words[:15]) if w == ","), None)
    if comma is not None and comma >= 2 and len(words) - comma > 5 and comma not in ends:
        for n in (1, 2, 3):
            gram = words[comma - n:comma]
            if len(gram) == n and all(_bengali(w) for w in gram):
                yield "comma", " ".join(gram)
    for k, w in enumerate(words):
        if w in ("বলে", "বলেও") and len(words) - k <= 8 and k >= 3 and (k + 1) not in starts:
            for n in (1, 2, 3):
                gram = words[k + 1:k + 1 + n]
                if len(gram) == n and all(_bengali(x) for x in gram):
                    yield "comp", " ".join(gram)
        if w in _CLOSE_QUOTES and k + 1 < len(words):
            j = k + 2 if words[k + 1] == "," else k + 1
            if j not in starts:
                for n in (1, 2, 3):
                    gram = words[j:j + n]
                    if len(gram) == n and all(_bengali(x) for x in gram):
                        yield "quote", " ".join(gram)
        if w in _LIGHT and k >= 1 and k not in ends and (k + 1) not in ends:
            for n in (1, 2):
                gram = words[k - n:k + 1]
                if len(gram) == n + 1 and all(_bengali(x) for x in gram):
                    yield "light", " ".join(gram)


def show(path: Path, phrase: str, limit: int, width: int = 110) -> None:
    phrase = unicodedata.normalize("NFC", phrase)
    shown = 0
    for text in articles(path):
        for s in sentences(text):
            k = s.find(phrase)
            if k >= 0:
                print("…" + s[max(0, k - width):k + len(phrase) + width].replace("\n", " ") + "…\n")
                shown += 1
                break  # one example per article
        if shown >= limit:
            return


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--min-docs", type=int, default=3)
    ap.add_argument("--kind", choices=("comma", "comp", "quote", "light"), action="append")
    ap.add_argument("--show", help="print examples of a phrase in context")
    ap.add_argument("--examples", type=int, default=8)
    a = ap.parse_args(argv)
    if a.show:
        show(a.corpus, a.show, a.examples)
        return
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    docs: dict[str, Counter[str]] = defaultdict(Counter)
    for text in articles(a.corpus):
        seen: set[tuple[str, str]] = set()
        for s in sentences(text):
            for kind, gram in candidates(s):
                counts[kind][gram] += 1
                if (kind, gram) not in seen:
                    seen.add((kind, gram))
                    docs[kind][gram] += 1
    for kind in a.kind or ("comma", "comp", "quote", "light"):
        print(f"== {kind}")
        ranked = [(g, c) for g, c in counts[kind].most_common() if docs[kind][g] >= a.min_docs]
        for g, c in ranked[:a.top]:
            print(f"{c:6d} {docs[kind][g]:5d}  {g}")


if __name__ == "__main__":
    main()
