"""The Bengali NER tagger: a CRF (python-crfsuite) over rich token features.

Features are what a Bengali reader uses: the word and its stem without case ending, affixes,
shape, whether it is in the gazetteer (as the start or inside of a known name), a title or
honorific before it, an organisation head after it, a speech verb after it, and the same for
neighbours. Training (`ukti train ner`) and tagging share this one feature function.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ukti.lang import load_pack
from ukti.textutil import WORD_RE, strip_suffix

_BN_DIGIT = re.compile(r"[০-৯0-9]")
_BN_LETTER = re.compile(r"[\u0980-\u09ff]")
_LATIN = re.compile(r"[A-Za-z]")
_FLAGS = frozenset({"hon", "title", "orghead", "namepart", "cue", "uncommon"})


@dataclass(slots=True)
class FeatureLexicon:
    suffixes: tuple[str, ...]
    gaz_phrases: dict[tuple[str, ...], str]
    gaz_lengths: dict[str, tuple[int, ...]]  # first word -> phrase lengths starting with it, longest first
    honorifics: frozenset[str]
    titles: frozenset[str]
    org_heads: frozenset[str]
    cues: frozenset[str]
    name_parts: frozenset[str]
    common: frozenset[str]


@cache
def lexicon(code: str = "bn") -> FeatureLexicon:
    pack = load_pack(code)
    names = pack.table("names")
    suffixes = tuple(sorted(pack.table("text").get("suffixes", {}).get("case", []), key=len, reverse=True))
    phrases: dict[tuple[str, ...], str] = {}
    lengths: dict[str, set[int]] = {}
    for form, entry in pack.gazetteer.items():
        words = tuple(WORD_RE.findall(form))  # tokenised as the text is ("ডাক, টেলিযোগাযোগ …")
        phrases.setdefault(words, entry.type)
        lengths.setdefault(words[0], set()).add(len(words))
    return FeatureLexicon(
        suffixes=suffixes, gaz_phrases=phrases,
        gaz_lengths={w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()},
        honorifics=frozenset(names.get("honorifics", {}).get("words", [])),
        titles=frozenset(w for t in names.get("titles", {}).get("words", []) for w in [t.split()[-1]]),
        org_heads=frozenset(names.get("org_heads", {}).get("words", [])),
        cues=frozenset(names.get("person_cues", {}).get("words", [])),
        name_parts=frozenset(pack.name_parts),
        common=frozenset(_read_words(pack.path / "common-words.txt")),
    )


def _read_words(path: Path) -> list[str]:
    return [w for w in path.read_text(encoding="utf-8").split() if not w.startswith("#")]


def shape(w: str) -> str:
    if _BN_DIGIT.fullmatch(w[:1] or " ") and all(_BN_DIGIT.match(c) or c in ",." for c in w):
        return "num"
    if _BN_LETTER.search(w):
        return "bn" if not _BN_DIGIT.search(w) else "bnnum"
    if _LATIN.search(w):
        return "Aa" if w[:1].isupper() else "a"
    return "punct"


def gazetteer_tags(words: Sequence[str], lex: FeatureLexicon) -> list[str]:
    """B-TYPE/I-TYPE/O per token from the longest gazetteer match (last word may be inflected)."""
    tags = ["O"] * len(words)
    i = 0
    while i < len(words):
        found = 0
        first = words[i]
        lengths = lex.gaz_lengths.get(first) or lex.gaz_lengths.get(strip_suffix(first, lex.suffixes)) or ()
        for n in lengths:
            if i + n > len(words):
                continue
            seq = tuple(words[i:i + n])
            typ = lex.gaz_phrases.get(seq)
            if typ is None:
                typ = lex.gaz_phrases.get((*seq[:-1], strip_suffix(seq[-1], lex.suffixes)))
            if typ:
                tags[i] = "B-" + typ
                for k in range(i + 1, i + n):
                    tags[k] = "I-" + typ
                found = n
                break
        i += found or 1
    return tags


@lru_cache(maxsize=200_000)
def _word_features(w: str, code: str = "bn") -> tuple[tuple[str, ...], str, str, tuple[str, ...]]:
    """A word's own features (all but the gazetteer tag, which depends on its neighbours), its
    stem, its shape feature and its flags. Cached: news repeats its words."""
    lex = lexicon(code)
    st = strip_suffix(w, lex.suffixes)
    sh = f"sh={shape(w)}"
    f = [f"w={w}", f"st={st}", sh, f"p2={w[:2]}", f"s2={w[-2:]}", f"s3={w[-3:]}", f"s1={w[-1:]}",
         f"len={min(len(w), 8)}", f"p3={st[:3]}", f"ss3={st[-3:]}"]
    if w != st:
        f.append(f"suf={w[len(st):]}")
    f.extend(f"c3={st[k:k + 3]}" for k in range(0, max(1, len(st) - 2)))
    flags = []
    if w in lex.honorifics or st in lex.honorifics:
        flags.append("hon")
    if st in lex.titles or w in lex.titles:
        flags.append("title")
    if st in lex.org_heads or w in lex.org_heads:
        flags.append("orghead")
    if st in lex.name_parts or w in lex.name_parts:
        flags.append("namepart")
    if w in lex.cues or st in lex.cues:
        flags.append("cue")
    if lex.common and shape(w) == "bn" and w not in lex.common and st not in lex.common:
        flags.append("uncommon")
    return (*f, *flags), st, sh, tuple(flags)


@lru_cache(maxsize=200_000)
def _neighbour_features(w: str, off: int, code: str = "bn") -> tuple[str, ...]:
    _, st, sh, flags = _word_features(w, code)
    out = [f"{off}:w={w}"]
    if abs(off) == 1:
        # the case ending of the next word tells where a name ends ("… সেনশর্মার"); of the
        # previous, what role the name plays
        out += [f"{off}:st={st}", f"{off}:{sh}", f"{off}:suf={w[len(st):]}", f"{off}:s2={w[-2:]}",
                *(f"{off}:{x}" for x in flags)]
    return tuple(out)


def sentence_features(words: Sequence[str], lex: FeatureLexicon | None = None,
                      gaz: list[str] | None = None) -> list[list[str]]:
    lex = lex or lexicon()
    gaz = gaz if gaz is not None else gazetteer_tags(words, lex)
    feats: list[list[str]] = []
    n = len(words)
    for i in range(n):
        f = ["bias", f"g={gaz[i]}", *_word_features(words[i])[0]]
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f.extend(_neighbour_features(words[j], off))
                f.append(f"{off}:g={gaz[j]}")
                if off == -1 and i >= 2:
                    f.append(f"bi={words[i - 2]}|{words[i - 1]}")
                if off == 1:
                    f.append(f"bn={words[i]}|{words[j]}")
            else:
                f.append(f"{off}:BOUND")
        feats.append(f)
    return feats


@cache
def _tagger() -> Any:
    import pycrfsuite

    model = load_pack("bn").ner_model
    if model is None:
        return None
    t = pycrfsuite.Tagger()
    t.open(str(model))
    return t


def tag_words(words: Sequence[str]) -> list[str]:
    """BIO tags (PER, ORG, LOC, TIME) for one sentence of words."""
    return tag_words_and_gazetteer(words)[0]


def tag_words_and_gazetteer(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """The model's tags (gaps filled from the gazetteer) and the gazetteer's own tags."""
    if not words:
        return [], []
    lex = lexicon()
    gaz = gazetteer_tags(words, lex)
    tagger = _tagger()
    if tagger is None:
        return ["O"] * len(words), gaz
    tags = list(tagger.tag(sentence_features(words, lex, gaz)))
    # the gazetteer fills what the model left untagged (never overrides it)
    i = 0
    while i < len(words):
        if gaz[i].startswith("B-") and gaz[i][2:] in ("PER", "ORG", "LOC"):
            j = i + 1
            while j < len(words) and gaz[j] == "I-" + gaz[i][2:]:
                j += 1
            if all(t == "O" for t in tags[i:j]):
                tags[i:j] = [gaz[i]] + ["I-" + gaz[i][2:]] * (j - i - 1)
            i = j
        else:
            i += 1
    return tags, gaz


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity in a BIO tag sequence, read as conlleval reads it."""
    out, start, typ = [], None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != typ):
            if start is not None and typ is not None:
                out.append((start, i, typ))
            start, typ = (i, t[2:]) if t != "O" else (None, None)
    return out


def read_conll_sentences(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    sent: list[list[str]] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip() or line.startswith("-DOCSTART-"):
            if sent:
                yield sent
                sent = []
            continue
        sent.append(line.split("\t"))
    if sent:
        yield sent


def tag_conll(lines: Iterable[str]) -> Iterator[str]:
    """`ukti tag --conll`: token or token<TAB>tag lines in, token<TAB>predicted tag out."""
    for sent in read_conll_sentences(lines):
        words = [cols[0] for cols in sent]
        for w, t in zip(words, tag_words(words), strict=True):
            yield f"{w}\t{t}"
        yield ""

