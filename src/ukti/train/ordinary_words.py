"""Regenerate `lang/bn/ordinary-words.txt`: words that real Bengali news uses as ordinary words,
almost never inside or next to a name.

    python -m ukti.train.ordinary_words --corpus ../shared/corpus/bn-news.jsonl.gz

Bengali has no capital letters to tell a name from a word, so a word's company is used instead:
each word form is counted, and so is how often it stands next to a known
name part, honorific or title ("মো. রায়হান", "অধ্যাপক …", "… রহমান"). A word seen often and
almost never in that company is an ordinary word (রায় "verdict", কেস "case", বিস্ময় "wonder"):
the entity rules do not take it alone, or a span made only of such words, for a name. Words of
the gazetteer's people are never listed. Only these derived counts ship, never text.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ukti.train import corpus_parser, corpus_texts, write_list

OUT = Path(__file__).resolve().parent.parent / "lang" / "bn" / "ordinary-words.txt"
_WORD = re.compile(r"[\u0980-\u09e3\u09f0-\u09ff\u200c\u200d]+")
MIN_COUNT = 15  # seen at least this often in the corpus
# and next to a name part at most this share of the time (ordinary words: 3-9%, by chance;
# given names and surnames: 35% and more)
MAX_NAME_SHARE = 0.2


def build(corpus: Path, out: Path = OUT, min_count: int = MIN_COUNT, max_share: float = MAX_NAME_SHARE) -> int:
    from ukti.lang import load_pack
    from ukti.textutil import strip_suffix

    pack = load_pack("bn")
    names = pack.table("names")
    case = tuple(pack.table("text").get("suffixes", {}).get("case", []))
    markers = {h.rstrip(".") for h in names.get("honorifics", {}).get("words", [])}
    markers |= {t.split()[-1] for t in names.get("titles", {}).get("words", [])}
    parts = set(pack.name_parts)
    people = {w for form, e in pack.gazetteer.items() if e.type == "PER" for w in form.split()}
    # a name part can be an ordinary word too (রায় "verdict", a surname): the counts decide; the
    # gazetteer's people are known names whatever their counts
    known = people
    total: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for text in corpus_texts(corpus):
        words = _WORD.findall(text)
        stems = [strip_suffix(w, case) for w in words]
        name_like = [w.rstrip(".") in markers or w in parts or s in parts or s in people
                     for w, s in zip(words, stems, strict=True)]
        # counted as written: a stem may be wrong (রায় is no রা + য়), an inflected form never is
        for i, w in enumerate(words):
            total[w] += 1
            if (i > 0 and name_like[i - 1]) or (i + 1 < len(words) and name_like[i + 1]):
                named[w] += 1
    rows = sorted(w for w, n in total.items() if n >= min_count and named[w] / n <= max_share and len(w) >= 2
                  and w not in known and strip_suffix(w, case) not in known)
    header = (f"# Words real Bengali news uses as ordinary words: seen at least {min_count} times in a corpus\n"
              f"# of news articles and next to a known name part, honorific or title at most {max_share:.0%}\n"
              "# of the time. Written by `python -m ukti.train.ordinary_words --corpus PATH`.\n")
    return write_list(out, header, rows)


def main() -> None:
    ap = corpus_parser(__doc__, OUT)
    ap.add_argument("--min-count", type=int, default=MIN_COUNT)
    ap.add_argument("--max-share", type=float, default=MAX_NAME_SHARE)
    a = ap.parse_args()
    n = build(a.corpus, a.out, a.min_count, a.max_share)
    print(f"{n} words -> {a.out}")


if __name__ == "__main__":
    main()
