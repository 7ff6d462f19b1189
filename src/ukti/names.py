"""Finding a corpus entity by what a person types: one of its names, part of one, or a misspelling.

A fact-checker types a surname (আহমেদ, Hasan), a given name and a title (রহিমা বেগম), an
inflected form copied from an article (হাসানের), or a name as they remember it (Elon Mask,
এলন মাক্স, Vladimir Puttin). So a name is compared word by word, each word without its Bengali
case ending (the endings are the pack's, `lang/bn/text.toml` [suffixes] case), and when no name
has every word, the closest names by edit distance are offered instead, in the script typed
and, for Bengali typed, in the Latin script of the entities' canonical names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from ukti.textutil import edit_distance

_WORD = re.compile(r"[\w\u0980-\u09ff\u200c\u200d]+(?:[.'’\-][\w\u0980-\u09ff]+)*")


@cache
def _case_endings() -> tuple[str, ...]:
    from ukti.lang import load_pack

    endings = load_pack("bn").table("text").get("suffixes", {}).get("case", [])
    return tuple(e for e in endings if not e.startswith("-"))


_BENGALI = re.compile("[\u0980-\u09ff]")


def is_bengali(text: str) -> bool:
    return _BENGALI.search(text) is not None


@lru_cache(maxsize=100_000)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name as they are compared: NFC, case-folded, a Latin one without "'s"."""
    words = []
    for w in _WORD.findall(unicodedata.normalize("NFC", name).casefold()):
        words.append(w[:-2] if w.endswith(("'s", "’s")) else w)
    return tuple(words)


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A Bengali word without its case ending or particle (হাসানের → হাসান, রহিমার → রহিমা)."""
    from ukti.textutil import strip_suffix

    return strip_suffix(word, _case_endings()) if is_bengali(word) else word


def same_word(a: str, b: str) -> bool:
    """One word, inflected or not: equal, or equal once one or both lose a case ending. (Both
    ways, as a name's own last letter may look like an ending: হালদার is হালদারের without -ের,
    and would be হালদা without its র.)"""
    return a == b or stem(a) in (b, stem(b)) or stem(b) == a


def has_every_word(query: Sequence[str], name: Sequence[str]) -> bool:
    """Does the name hold every word of the query (in any order)? A surname alone matches."""
    return bool(query) and all(any(same_word(q, n) for n in name) for q in query)


def same_name(query: Sequence[str], name: Sequence[str]) -> bool:
    """The whole name, word for word ("জাহিদ আহমেদের" is "জাহিদ আহমেদ")."""
    return len(query) == len(name) and all(same_word(q, n) for q, n in zip(query, name, strict=True))


def stems(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words)


def allowed_distance(query: str) -> int:
    """How many edits still make a near miss: a third of the letters, 1 to 4 (Puttin for Putin,
    মাক্স for মাস্ক: two letters swapped are two edits)."""
    return max(1, min(4, len(query) // 3))


def _pairs(text: str) -> set[str]:
    return {text[k:k + 2] for k in range(len(text) - 1)}


def distance_to(query: Sequence[str], name: Sequence[str], limit: int) -> int:
    """The query's distance to the closest run of as many words in the name ("Puttin" against
    "Vladimir Putin" is compared with "putin"), or limit + 1. A run that shares too few letter
    pairs with the query is passed over without computing: one edit changes two pairs at most."""
    q = " ".join(query)
    q_pairs = _pairs(q)
    n = len(query)
    best = limit + 1
    for k in range(max(1, len(name) - n + 1)):
        run = " ".join(name[k:k + n])
        if abs(len(run) - len(q)) > limit or len(q_pairs & _pairs(run)) < len(q_pairs) - 2 * limit:
            continue
        best = min(best, edit_distance(q, run, limit))
    return best


def latin_spelling(words: Sequence[str]) -> tuple[str, ...]:
    """Bengali words as the canonical names spell them in Latin (the pack's name parts, then
    rules), case-folded: এলন মাক্স → elan maks, to be compared with "elon musk"."""
    from ukti.lang import load_pack
    from ukti.translit import romanise_name

    return name_words(romanise_name(list(words), load_pack("bn").name_parts))


def closest(query: str, names: Iterable[tuple[int, str]], how_many: int = 5) -> list[tuple[int, int]]:
    """(entity id, distance) of the entities with a name nearest the query, nearest first, at
    most `how_many`, none farther than `allowed_distance`. `names` are (entity id, name) pairs:
    canonical Latin names and the forms the corpus writes."""
    words = stems(name_words(query))
    if not words:
        return []
    bengali = is_bengali(query)
    in_latin = latin_spelling(words) if bengali else ()
    typed = (" ".join(words), allowed_distance(" ".join(words)))
    latin = (" ".join(in_latin), allowed_distance(" ".join(in_latin)))
    needed = {key: (_pairs(text), len(_pairs(text)) - 2 * limit) for key, (text, limit) in (("typed", typed),
                                                                                          ("latin", latin))}
    best: dict[int, tuple[int, float]] = {}
    for entity, name in names:
        key = "typed" if is_bengali(name) == bengali else "latin" if in_latin else None
        if key is None:  # Latin typed, a Bengali form: the entity's Latin name is compared instead
            continue
        pairs, least = needed[key]
        if len(pairs & _pairs(name.casefold())) < least:  # far from every run of its words: not worth splitting
            continue
        worst = typed[1] if key == "typed" else latin[1]
        d = distance_to(words if key == "typed" else in_latin, stems(name_words(name)), worst)
        score = (d, d / (worst + 1))
        if d <= worst and score < best.get(entity, (worst + 1, 1.0)):
            best[entity] = score
    ranked = sorted(best.items(), key=lambda kv: (kv[1][1], kv[0]))[:how_many]
    return [(entity, d) for entity, (d, _) in ranked]
