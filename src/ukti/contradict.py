"""Whether two statements conflict, and why: one module for an article, a corpus and Spark.

Explainable by construction: a pair conflicts when one side denies the other, when they share
the words of one proposition and exactly one of them negates it, when they hold opposite words
(একবার / নিয়মিত), or when they give different figures in one unit for the same thing. Agreement
(a confirmation pointing at the other) and statements of one speaker never conflict.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ukti.lang import load_pack
from ukti.textutil import WORD_RE, strip_suffix, to_ascii_digits


@dataclass(slots=True, frozen=True)
class Claim:
    """What the conflict test needs of a statement, from one article or from a whole corpus."""

    id: str
    speaker: str  # entity id, or the speaker text for anonymous and unlinked speakers
    stance: str
    text: str
    refers_to: str | None = None


@dataclass(slots=True, frozen=True)
class _Words:
    negation: frozenset[str]
    endings: tuple[str, ...]
    opposites: tuple[tuple[str, str], ...]
    stop: frozenset[str]
    case: tuple[str, ...]
    conditional: tuple[str, ...]


@cache
def _words(code: str) -> _Words:
    pack = load_pack(code)
    t = pack.table("contradiction")
    return _Words(
        negation=frozenset(t.get("negation", {}).get("strong", [])),
        endings=tuple(t.get("negation", {}).get("endings", [])),
        opposites=tuple((a, b) for a, b in t.get("opposites", {}).get("pairs", [])),
        stop=frozenset(t.get("stopwords", {}).get("words", []))
        | frozenset(pack.table("numbers").get("words", {})) | frozenset(pack.table("numbers").get("scales", {}))
        | frozenset(k for k in pack.table("numbers").get("units", {}) if " " not in k)
        | frozenset(w for t in pack.table("names").get("titles", {}).get("words", []) for w in t.split())
        | frozenset(pack.table("names").get("honorifics", {}).get("words", [])),
        conditional=tuple(t.get("negation", {}).get("conditional_after", [])),
        case=tuple(pack.table("text").get("suffixes", {}).get("case", [])),
    )


def tokens(text: str) -> list[str]:
    return [m.group() for m in WORD_RE.finditer(text) if re.match(r"[\w\u0980-\u09ff]", m.group())]


@lru_cache(maxsize=20_000)
def negated(text: str, code: str = "bn") -> bool:
    """Does the text deny its main proposition? ("শেষ না হওয়া পর্যন্ত" = until: no.)"""
    w = _words(code)
    toks = tokens(text)
    for i, t in enumerate(toks):
        if t in w.negation:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t == "না" and nxt and (nxt in w.conditional or nxt.endswith(w.conditional)):
                continue
            return True
        if len(t) > 3 and t.endswith(w.endings):
            return True
    return False


@lru_cache(maxsize=20_000)
def content_words(text: str, code: str = "bn") -> frozenset[str]:
    w = _words(code)
    out = set()
    for t in tokens(text):
        if t in w.stop or t.isdigit():
            continue
        if len(t) > 3 and t.endswith(w.endings):
            t = t[: -2]  # করেনি -> করে: the negated verb still names the event
        stem = strip_suffix(t, w.case)
        if len(stem) >= 2 and stem not in w.stop:
            out.add(stem)
    return frozenset(out)


_CLAUSE = re.compile(r"[।;,:?!]|\s(?:এবং|কিন্তু|অথচ|তবে|আর|বরং)\s")


@lru_cache(maxsize=20_000)
def polar_words(text: str, code: str = "bn") -> tuple[frozenset[str], frozenset[str]]:
    """Content words of the asserted clauses and of the negated clauses of a text."""
    pos: set[str] = set()
    neg: set[str] = set()
    for clause in _CLAUSE.split(text):
        if clause.strip():
            (neg if negated(clause, code) else pos).update(content_words(clause, code))
    return frozenset(pos), frozenset(neg)


def opposed(a: str, b: str, code: str = "bn", *, a_denies: bool = False) -> set[str]:
    """Words one text denies in a clause where the other asserts them (with `a_denies`, only
    words that a denies and b asserts)."""
    pa, na = polar_words(a, code)
    pb, nb = polar_words(b, code)
    ab = _overlap(na, pb)
    if a_denies:
        return ab
    ba = _overlap(nb, pa)
    return ab if len(ab) >= len(ba) else ba


def _overlap(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """Shared words, allowing one to be a compound containing the other (শ্রমিক / ঠিকাশ্রমিক)."""
    shared = set(a & b)
    longer_a = [x for x in a if len(x) >= 4 and x not in shared]
    longer_b = [y for y in b if len(y) >= 4 and y not in shared] if longer_a else []
    if longer_b:
        # the shorter word of a pair is the one inside the other; one substring search in all
        # the other side's words joined (words hold no NUL, so no match spans two of them)
        in_b, in_a = "\0".join(longer_b), "\0".join(longer_a)
        shared.update(x for x in longer_a if x in in_b)
        shared.update(y for y in longer_b if y in in_a)
    return shared


@lru_cache(maxsize=20_000)
def _opposite_words(text: str, code: str) -> frozenset[str]:
    """The words of the opposite pairs that the text's content words contain (once per text)."""
    words = content_words(text, code)
    return frozenset(x for pair in _words(code).opposites for x in pair if any(x in t for t in words))


@lru_cache(maxsize=20_000)
def _numbers(text: str) -> frozenset[float]:
    out: set[float] = set()
    for m in re.finditer(r"[0-9০-৯]+(?:[.,][0-9০-৯]+)?", text):
        with contextlib.suppress(ValueError):
            out.add(float(to_ascii_digits(m.group()).replace(",", "")))
    return frozenset(out)


def conflict(a: Claim, b: Claim, code: str = "bn") -> str | None:
    """Why a and b cannot both be true, or None."""
    if a.speaker == b.speaker:
        return None
    if "confirm" in (a.stance, b.stance) and (a.refers_to == b.id or b.refers_to == a.id):
        return None
    if a.stance == "deny" and a.refers_to == b.id:
        return "denies what the other side said"
    if b.stance == "deny" and b.refers_to == a.id:
        return "denies what the other side said"
    wa, wb = content_words(a.text, code), content_words(b.text, code)
    shared = _overlap(wa, wb)
    if not shared:
        return None
    ha, hb = _opposite_words(a.text, code), _opposite_words(b.text, code)
    for x, y in _words(code).opposites:
        if (x in ha and y in hb) or (y in ha and x in hb):
            return f"'{x}' against '{y}' about {', '.join(sorted(shared)[:3])}"
    against = opposed(a.text, b.text, code)
    if len(against) >= 2 or (against and len(shared) >= 3):
        return f"one denies what the other asserts about {', '.join(sorted(against | shared)[:3])}"
    ka, kb = _numbers(a.text), _numbers(b.text)
    if ka and kb and not (ka & kb) and len(shared) >= 2 and _same_unit(a.text, b.text):
        return f"different figures ({', '.join(map(_fmt, sorted(ka)))} vs {', '.join(map(_fmt, sorted(kb)))}) " \
               f"about {', '.join(sorted(shared)[:3])}"
    return None


def _same_unit(a: str, b: str) -> bool:
    units = ("ডলার", "টাকা", "শতাংশ", "জন", "টি", "কিলোমিটার", "টন", "রুপি", "বছর")
    return any(u in a and u in b for u in units)


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def refers_to(deny: Claim, earlier: list[Claim], code: str = "bn") -> str | None:
    """The earlier statement of another speaker that a denial answers: most shared words, claims first."""
    wd = content_words(deny.text, code)
    best, best_score = None, 0.0
    for c in earlier:
        if c.speaker == deny.speaker:
            continue
        score = len(_overlap(wd, content_words(c.text, code))) + (0.5 if c.stance == "claim" else 0)
        if score > best_score:
            best, best_score = c.id, score
    return best if best_score >= 1 else None
