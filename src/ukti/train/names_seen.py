"""Regenerate `lang/bn/names-seen.tsv`: given names and surnames that real Bengali news writes next
to the names ukti already knows, with the tagger's agreement.

    python -m ukti.train.names_seen --corpus ../shared/corpus/bn-news.jsonl.gz

`name-parts.tsv` is written by hand and holds a few hundred parts with their usual romanisation;
news names thousands of people ("হানিফ সংকেত", "সাখাওয়াত হোসেন"). A word is taken for a name here
when (1) it is seen often, (2) a known name part or an honorific stands right next to it a good
share of the time (after it: a given name, "আসিফ মাহমুদ"; before it: a surname, "মো. হানিফ"),
(3) it is no ordinary word, title, place or function word, and (4) the NER tagger calls it a
person in most of the places it occurs. Two rounds: the first round's names count as known in the
second. Only the words ship (with a Latin spelling by rule), never text.

The list tells the statements stage that a person the tagger found is a person someone can be
("তিনি" points back to them); it does not make names by itself.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ukti.train import corpus_parser, corpus_texts, write_list

OUT = Path(__file__).resolve().parent.parent / "lang" / "bn" / "names-seen.tsv"
_WORD = re.compile(r"[\u0980-\u09e3\u09f0-\u09ff\u200c\u200d.]+")
MIN_COUNT = 10  # seen at least this often
MIN_SHARE = 0.35  # next to a known name part or honorific at least this share of the time
MIN_PERSON = 0.5  # the tagger calls it a person in at least this share of (up to 20) places
ROUNDS = 2


def build(corpus: Path, out: Path = OUT, min_count: int = MIN_COUNT, min_share: float = MIN_SHARE,
          min_person: float = MIN_PERSON) -> int:
    from ukti.lang import load_pack
    from ukti.ner import lexicon, tag_words
    from ukti.stages.entities import _lists, ordinary_words
    from ukti.textutil import strip_suffix
    from ukti.translit import transliterate_word

    pack = load_pack("bn")
    lists, common, ordinary = _lists("bn"), lexicon("bn").common, ordinary_words("bn")
    not_names = frozenset(pack.table("names").get("names_seen", {}).get("not_names", []))
    docs = [_WORD.findall(text) for text in corpus_texts(corpus)]

    def no_name(w: str) -> bool:
        return (len(w) < 3 or w.endswith(".") or w in common or w in ordinary or w in not_names
                or w in lists.before_names or w in lists.function_words or w in lists.cue_heads
                or w in lists.generic or w in lists.not_names or w in lists.org_heads or w in pack.gazetteer
                or strip_suffix(w, lists.case) != w)

    total = Counter(w for ws in docs for w in ws)
    known = set(pack.name_parts)
    found: list[str] = []
    for _ in range(ROUNDS):  # (only the company depends on what is known)
        beside: Counter[str] = Counter()
        for ws in docs:
            for i, w in enumerate(ws):
                after = i + 1 < len(ws) and ws[i + 1] in known
                before = i > 0 and (ws[i - 1] in known or ws[i - 1].rstrip(".") in lists.honorifics)
                beside[w] += after or before
        new = [w for w, n in total.items() if n >= min_count and w not in known and not no_name(w)
               and beside[w] / n >= min_share]
        known |= set(new)
        found += new
    # the tagger's view of each word where it occurs
    places: dict[str, list[tuple[list[str], int]]] = {w: [] for w in found}
    for ws in docs:
        for i, w in enumerate(ws):
            if w in places and len(places[w]) < 20:
                places[w].append((ws[max(0, i - 6):i + 7], min(i, 6)))
    rows = []
    for w in sorted(found):
        person = sum(tag_words(win)[k].endswith("PER") for win, k in places[w])
        if person / max(1, len(places[w])) >= min_person:
            latin = transliterate_word(w)
            rows.append(f"{w}\t{latin[:1].upper()}{latin[1:]}")
    header = (f"# Given names and surnames seen in a corpus of news: at least {min_count} times, next to a known\n"
              f"# name part or honorific at least {min_share:.0%} of the time, tagged a person in at least\n"
              f"# {min_person:.0%} of its places. Latin by rule. Written by\n"
              "# `python -m ukti.train.names_seen --corpus PATH`. form\tlatin\n")
    return write_list(out, header, rows)


def main() -> None:
    a = corpus_parser(__doc__, OUT).parse_args()
    print(f"{build(a.corpus, a.out)} names -> {a.out}")


if __name__ == "__main__":
    main()
