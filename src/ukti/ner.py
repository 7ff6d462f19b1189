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
from functools import cache
from pathlib import Path
from typing import Any

from ukti.lang import LanguagePack, load_pack
from ukti.textutil import strip_suffix

_BN_DIGIT = re.compile(r"[০-৯0-9]")
_BN_LETTER = re.compile(r"[\u0980-\u09ff]")
_LATIN = re.compile(r"[A-Za-z]")
_FLAGS = frozenset({"hon", "title", "orghead", "namepart", "cue", "uncommon"})


@dataclass(slots=True)
class FeatureLexicon:
    suffixes: list[str]
    gaz_phrases: dict[tuple[str, ...], str]
    gaz_max: int
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
    suffixes = sorted(pack.table("text").get("suffixes", {}).get("case", []), key=len, reverse=True)
    phrases: dict[tuple[str, ...], str] = {}
    for form, entry in pack.gazetteer.items():
        phrases.setdefault(tuple(form.split()), entry.type)
    return FeatureLexicon(
        suffixes=suffixes, gaz_phrases=phrases, gaz_max=max((len(p) for p in phrases), default=1),
        honorifics=frozenset(names.get("honorifics", {}).get("words", [])),
        titles=frozenset(w for t in names.get("titles", {}).get("words", []) for w in [t.split()[-1]]),
        org_heads=frozenset(names.get("org_heads", {}).get("words", [])),
        cues=frozenset(names.get("person_cues", {}).get("words", [])),
        name_parts=frozenset(pack.name_parts),
        common=frozenset(_read_words(pack.path / "common-words.txt")),
    )


def _read_words(path: Path) -> list[str]:
    if not path.exists():
        return []
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
        for n in range(min(lex.gaz_max, len(words) - i), 0, -1):
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


def sentence_features(words: Sequence[str], lex: FeatureLexicon | None = None) -> list[list[str]]:
    lex = lex or lexicon()
    gaz = gazetteer_tags(words, lex)
    base: list[list[str]] = []
    stems = [strip_suffix(w, lex.suffixes) for w in words]
    for w, st, g in zip(words, stems, gaz, strict=True):
        f = [f"w={w}", f"st={st}", f"sh={shape(w)}", f"g={g}", f"p2={w[:2]}", f"s2={w[-2:]}", f"s3={w[-3:]}",
             f"s1={w[-1:]}", f"len={min(len(w), 8)}"]
        if w != st:
            f.append(f"suf={w[len(st):]}")
        f.append(f"p3={st[:3]}")
        f.append(f"ss3={st[-3:]}")
        f.extend(f"c3={st[k:k + 3]}" for k in range(0, max(1, len(st) - 2)))
        if w in lex.honorifics or st in lex.honorifics:
            f.append("hon")
        if st in lex.titles or w in lex.titles:
            f.append("title")
        if st in lex.org_heads or w in lex.org_heads:
            f.append("orghead")
        if st in lex.name_parts or w in lex.name_parts:
            f.append("namepart")
        if w in lex.cues or st in lex.cues:
            f.append("cue")
        if lex.common and shape(w) == "bn" and w not in lex.common and st not in lex.common:
            f.append("uncommon")
        base.append(f)
    feats: list[list[str]] = []
    n = len(words)
    for i in range(n):
        f = ["bias", *base[i]]
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                b = base[j]
                f.append(f"{off}:w={words[j]}")
                f.append(f"{off}:{b[3]}")  # gazetteer tag
                if off == -1 and i >= 2:
                    f.append(f"bi={words[i - 2]}|{words[i - 1]}")
                if abs(off) == 1:
                    f.append(f"{off}:st={stems[j]}")
                    f.append(f"{off}:{b[2]}")  # shape
                    f.extend(f"{off}:{x}" for x in b[9:] if x in _FLAGS)
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
    if not words:
        return []
    tagger = _tagger()
    if tagger is None:
        return ["O"] * len(words)
    return list(tagger.tag(sentence_features(words)))


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


def pack_for(code: str) -> LanguagePack:
    return load_pack(code)
