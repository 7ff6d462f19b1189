"""Quantities: numbers in digits or words with their unit, as plain numbers.

"প্রায় ২ হাজার ৪০০ শ্রমিকের" → 2400 workers (APPROX); "১.৮ বিলিয়ন ডলারের" → 1.8e9 USD;
"সাড়ে চারশো কর্মী" → 450 workers. Indian-system groups add up ("৪ কোটি ২০ লাখ"), and a larger
scale after a sum multiplies it ("১ হাজার ২০০ কোটি" = 1200 crore). A number counts as a
quantity only with a unit, a classifier (টি, জন) or a counted noun, so page numbers, ordinals
and names with digits stay out; years and dates belong to the times stage and are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from ukti.lang import load_pack
from ukti.model import Document, Quantity, Token
from ukti.textutil import WORD_RE, by_last_letter, indices_except, strip_suffix, to_ascii_digits

_COMPARATIVES = {"বেশি", "কম", "অধিক", "উপরে", "ওপরে", "ছাড়িয়ে"}
# Page furniture whose numbers (comment and share counts) are not facts of the story.
_FURNITURE = {"comments", "share", "ad", "related", "source"}
_DIGITS = re.compile(r"^([0-9০-৯]+(?:[.,][0-9০-৯]+)*)(.*)$")


@dataclass(slots=True)
class _Vocab:
    words: dict[str, float]
    hundred_suffixes: list[str]
    hundred_words: dict[str, float]
    bounds: set[str]
    modifiers: dict[str, float]
    scales: dict[str, float]
    approx: dict[str, str]
    approx_heads: frozenset[str]  # the first words of the approx phrases of two words or more ("at least")
    fractions: dict[str, float]
    units: dict[str, str]
    currency: dict[str, str]
    people_counters: tuple[str, ...]  # (tuples: str.startswith tries them all in one call)
    thing_counters: tuple[str, ...]
    clock: tuple[frozenset[str], frozenset[str], frozenset[str]]  # an hour's forms, words before, words after
    clock_span: tuple[frozenset[str], frozenset[str]]  # "থেকে … পর্যন্ত": an hour ending a span of hours
    sentence_ends: frozenset[str]  # "।": "চলবে ৪টা পর্যন্ত।" ends there, an hour
    age_words: list[str]
    nouns: dict[str, str]
    case: tuple[str, ...]
    starts: dict[str, tuple[str, ...]]  # first letter -> number words beginning with it
    prefix_units: dict[str, str]  # currency written before the number ("$", "Tk")
    plural_nouns: bool  # any plural noun after a number is its unit (English)
    multipliers: dict[str, float]  # "দ্বিগুণ" = 2 times
    glued_units: tuple[str, ...]  # units written onto a number word ("চারদিন")
    multiplier_heads: tuple[str, ...]
    digits_only: frozenset[str]  # counted nouns that count only after digits ("৪ বলে")
    # _quiet's answers, filled as words are met: the words no quantity begins at, and the others
    quiet: set[str] = field(default_factory=set)
    not_quiet: set[str] = field(default_factory=set)
    ordinal_endings: frozenset[str] = frozenset()  # "তম" of "৭২তম": an ordinal, no count
    clock_minutes: str = ""  # "মিনিট" after an hour's digits: a clock time ("৫টা ৩৬ মিনিটে")
    subunits: dict[str, tuple[str, float]] = field(default_factory=dict)  # "BDT" -> ("পয়সা", 0.01)
    atoms: dict[str, tuple[float, str, bool] | None] = field(default_factory=dict)  # word -> _Reader.atom's answer
    # the case endings by their last letter, in `case` order (None when one is empty and fits every
    # word): a word is tried only with the endings it can have
    case_by_last: dict[str, tuple[str, ...]] | None = None
    never_after_years: frozenset[str] = frozenset()  # "ভোট", "মানুষ": after a year-like number, a count
    never_skipped: frozenset[str] = frozenset()  # "সালের": no word a count's noun is looked for past


@cache
def _vocab(code: str) -> _Vocab:
    pack = load_pack(code)
    t: dict[str, Any] = pack.table("numbers")
    h = t.get("hundreds", {})
    c = t.get("counters", {})
    time_clock: dict[str, Any] = pack.table("time").get("clock", {})
    return _Vocab(
        words={k: float(v) for k, v in t.get("words", {}).items()},
        hundred_suffixes=sorted(h.get("suffixes", []), key=len, reverse=True),
        hundred_words={k: float(v) for k, v in h.get("words", {}).items()},
        bounds=set(h.get("bounds", [])),
        modifiers={k: float(v) for k, v in t.get("modifiers", {}).items()},
        scales={k: float(v) for k, v in t.get("scales", {}).items()},
        approx=t.get("approx", {}), approx_heads=frozenset(a.split(" ")[0] for a in t.get("approx", {}) if " " in a),
        fractions={k: float(v) for k, v in t.get("fractions", {}).items()},
        units=t.get("units", {}), currency=t.get("currency_by_region", {}),
        people_counters=tuple(sorted(c.get("people", []), key=len, reverse=True)),
        thing_counters=tuple(sorted(c.get("things", []), key=len, reverse=True)),
        clock=(frozenset(t.get("clock", {}).get("hour_forms", [])),
               # (the words before an hour that make it a time are the times stage's: fractions, parts of day)
               frozenset((*time_clock.get("fractions", {}), *time_clock.get("parts", {}))),
               frozenset(t.get("clock", {}).get("after", []))),
        sentence_ends=frozenset(t.get("clock", {}).get("sentence_ends", [])),
        clock_span=(frozenset(t.get("clock", {}).get("span_from", [])),
                    frozenset(t.get("clock", {}).get("span_to", []))),
        age_words=t.get("age", {}).get("words", []), nouns=t.get("nouns", {}),
        case=tuple(pack.table("text").get("suffixes", {}).get("case", [])),
        starts=_by_first_letter(t.get("words", {})),
        prefix_units=t.get("prefix_units", {}), plural_nouns=bool(t.get("counting", {}).get("plural_nouns")),
        multipliers={k: float(v) for k, v in t.get("multipliers", {}).items()},
        glued_units=tuple(sorted(t.get("counting", {}).get("glued_units", []), key=len, reverse=True)),
        multiplier_heads=tuple(t.get("multipliers", {})),
        digits_only=frozenset(t.get("counting", {}).get("digits_only", [])),
        case_by_last=by_last_letter(tuple(pack.table("text").get("suffixes", {}).get("case", []))),
        never_after_years=frozenset(t.get("counting", {}).get("never_after_years", [])),
        never_skipped=frozenset(t.get("counting", {}).get("never_skipped", [])),
        ordinal_endings=frozenset(t.get("counting", {}).get("ordinal_endings", [])),
        clock_minutes=t.get("clock", {}).get("minutes", ""),
        subunits={k: (str(x["word"]), float(x["value"])) for k, x in t.get("subunits", {}).items()},
    )




def _by_first_letter(words: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[:1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _stem_lookup(word: str, table: dict[str, Any], v: _Vocab) -> Any:
    if word in table:
        return table[word]
    by_last = v.case_by_last
    for suf in v.case if by_last is None else by_last.get(word[-1:], ()):
        if word.endswith(suf) and len(word) - len(suf) >= 2 and word[: -len(suf)] in table:
            return table[word[: -len(suf)]]
    # a particle after a case ending: "শেরও", "এক-চতুর্থাংশেরও"
    for suf in ("ও", "ই"):
        if word.endswith(suf) and len(word) > 3:
            inner = word[:-1]
            for suf2 in v.case if by_last is None else by_last.get(inner[-1:], ()):
                if inner.endswith(suf2) and inner[: -len(suf2)] in table:
                    return table[inner[: -len(suf2)]]
    return None


class _Reader:
    def __init__(self, toks: list[str], v: _Vocab) -> None:
        self.toks, self.v = toks, v

    def t(self, i: int) -> str:
        return self.toks[i] if 0 <= i < len(self.toks) else ""

    def atom(self, word: str) -> tuple[float, str, bool] | None:
        """A single number token: (value, glued rest, written in digits). A property of the word
        alone, asked of most words a quantity may hold: answered once per word type."""
        atoms = self.v.atoms
        if word in atoms:
            return atoms[word]
        got = self._read_atom(word)
        if len(atoms) < 100_000:
            atoms[word] = got
        return got

    def _read_atom(self, word: str) -> tuple[float, str, bool] | None:
        m = _DIGITS.match(word)
        if m:
            if m.group(2) in self.v.ordinal_endings:
                return None  # "৭২তম জন্মবার্ষিকী", "১০ম শ্রেণি": the 72nd, the 10th, no count of anything
            raw = to_ascii_digits(m.group(1))
            if "," in raw:
                if not re.fullmatch(r"\d{1,3}(,\d{2,3})+", raw):
                    return None
                raw = raw.replace(",", "")
            try:
                return float(raw), m.group(2), True
            except ValueError:
                return None
        if word in self.v.hundred_words:
            return self.v.hundred_words[word], "", False
        for sep in "-–":
            if sep in word:  # "চার-পাঁচ": a range written as one word, read as its lower bound
                lo, _, hi = word.partition(sep)
                a1, a2 = self.atom(lo), self.atom(hi)
                if a1 and a2 and not a1[1] and a2[0] > a1[0]:
                    return a1[0], a2[1], a1[2]
                return None
        if word in self.v.words:
            return self.v.words[word], "", False
        # "চারশো", "চারটি", "পাঁচজনকে", "দু’কিলোমিটার"
        for k in range(len(word) - 1, 0, -1):
            head, rest = word[:k], word[k:]
            if head in self.v.words:
                for suf in self.v.hundred_suffixes:
                    if rest.startswith(suf) and len(rest) - len(suf) <= 3:
                        return self.v.words[head] * 100, rest[len(suf):], False
                if self._is_counter(rest) or rest.startswith(("’", "'")) or rest.startswith(self.v.glued_units):
                    return self.v.words[head], rest.lstrip("’'"), False
        return None

    def _is_counter(self, rest: str) -> bool:
        return rest.startswith(self.v.people_counters) or rest.startswith(self.v.thing_counters)

    def scale_at(self, k: int) -> tuple[float | None, bool]:
        """The scale word at k ("হাজার", "কোটি") and whether it is inflected ("৩০ হাজারের বেশি",
        "৫ কোটির"), which ends the number."""
        if k >= len(self.toks):
            return None, False
        scale = self.v.scales.get(self.t(k))
        if scale is not None:
            return scale, False
        scale = self.v.scales.get(strip_suffix(self.t(k), self.v.case))
        return scale, scale is not None

    def number(self, i: int) -> tuple[int, float, str, bool] | None:
        """Groups of [modifier] atom [scale]: returns end index, value, glued rest, digits?"""
        total, group_scale, j, digits, rest = 0.0, 0.0, i, False, ""
        seen = False
        while True:
            mod = self.v.modifiers.get(self.t(j))
            if mod is None:
                a = self.atom(self.t(j))
                if a is None:
                    break
                value, rest, is_digits = a
                k = j + 1
                # "৬ দশমিক ৫": the Bangladeshi way to write a decimal point
                frac = _DIGITS.match(self.t(k + 1)) if self.t(k) == "দশমিক" and is_digits and not rest else None
                if frac and not frac.group(2):
                    value = float(f"{int(value)}.{to_ascii_digits(frac.group(1))}")
                    k += 2
            else:
                a = self.atom(self.t(j + 1))
                if a is not None:  # সাড়ে তিন, পৌনে দুই, সাড়ে চারশো
                    hundreds = a[0] >= 100 and not a[2] and self.t(j + 1) not in self.v.words
                    value = (a[0] / 100 + mod) * 100 if hundreds else a[0] + mod
                    rest, is_digits = a[1], a[2]
                    k = j + 2
                elif mod > 1 and not seen:  # দেড়, আড়াই stand alone
                    value, rest, is_digits, k = mod, "", False, j + 1
                else:
                    break
            scale, inflected = self.scale_at(k) if not rest else (None, False)
            glued = False
            if scale is None and rest:
                scale = self.v.scales.get(rest)
                if scale:
                    rest, glued = "", True  # ("৭শ": the scale is in the word, none follows it)
            if scale is None and not rest and self.t(k) in self.v.bounds and not seen:
                value, k = value * self.v.hundred_words[self.t(k)], k + 1  # "দুই শতাধিক" = 200 and more
            if scale:
                k += 1 if not glued or self.t(k) in ("’", "'") else 0  # ("৫শ’ জন": the apostrophe of the short form)
                # scales in a row multiply: "৬৬ হাজার কোটি" = 66 × 1,000 × 10,000,000; after groups
                # before them the last ones multiply the whole sum: "১ লাখ ২ হাজার কোটি" is
                # (1 lakh + 2 thousand) crore
                after = 1.0
                while not inflected:
                    more, more_inflected = self.scale_at(k)
                    if more is None or more <= 1:
                        break
                    after, k, inflected = after * more, k + 1, more_inflected
                if seen and after > 1:
                    total = (total + value * scale) * after
                elif seen and scale > group_scale:
                    total = (total + value) * scale
                else:
                    total += value * scale * after
                scale *= after
                group_scale = max(group_scale, scale)
            else:
                if seen and (group_scale == 0 or value >= group_scale):
                    break
                total += value
            seen, j, digits = True, k, digits or is_digits
            if rest or not scale or inflected:
                break
        if not seen:
            return None
        return j, total, rest, digits


def _may_start_number(word: str, v: _Vocab) -> bool:
    """Cheap test before parsing: digits, a number word (maybe with a counter), a modifier, a fraction."""
    c = word[:1]
    if c.isdigit() or c in "০১২৩৪৫৬৭৮৯" or word in v.modifiers or word in v.hundred_words:
        return True
    if "-" in word or "–" in word:
        return True
    return word.startswith(v.starts.get(c, ()))


def _quiet(word: str, v: _Vocab) -> bool:
    """Can no quantity begin at this word: no modifier ("প্রায়", "at least"), no currency before
    a number, no number and no multiplier? Most words of a text, asked of each: once per word type."""
    if word in v.quiet:
        return True
    if word in v.not_quiet:
        return False
    got = word not in v.approx and word not in v.prefix_units and word not in v.approx_heads and not (
        _may_start_number(word, v) or word.startswith(v.multiplier_heads))
    if len(v.quiet) + len(v.not_quiet) < 100_000:
        (v.quiet if got else v.not_quiet).add(word)
    return got


def _an_hour(toks: list[str], k: int, j: int, digits: bool, v: _Vocab) -> bool:
    """Is the number toks[k:j], counted with an hour's form ("৮টার", "বারোটা"), a clock time? With a word
    after that only a time takes ("… দিকে", "… বাজছে"), or, in digits, a fraction or part of the day
    before it ("সোয়া ৮টার", "রাত ৯টা"; the fraction may be read as the number's own first word,
    "সাড়ে ১২টায়"), or as the end of a span from another hour ("৩টা থেকে ৯টা পর্যন্ত")."""
    _, before, after = v.clock
    if j < len(toks) and toks[j] in after:
        return True
    if digits and v.clock_minutes and j + 1 < len(toks) and _DIGITS.match(toks[j]) \
            and toks[j + 1].startswith(v.clock_minutes):
        return True  # "৫টা ৩৬ মিনিটে": an hour and its minutes
    if not digits:
        return False
    if toks[k] in before or (k > 0 and toks[k - 1] in before):
        return True
    # "… থেকে ৯টা পর্যন্ত", "চলবে ৪টা পর্যন্ত।": an hour, not "৫টা পর্যন্ত গ্যাস সিলিন্ডার" (things counted)
    span_from, span_to = v.clock_span
    return j < len(toks) and toks[j] in span_to and (
        (k > 0 and toks[k - 1] in span_from) or j + 1 >= len(toks) or toks[j + 1] in v.sentence_ends)


def _unit_at(toks: list[str], i: int, v: _Vocab, region: str | None) -> tuple[int, str] | None:
    for n in (2, 1):
        phrase = " ".join(toks[i:i + n])
        if len(toks[i:i + n]) < n:
            continue
        unit = _stem_lookup(phrase, v.units, v)
        if unit is None and n == 1 and phrase.endswith(("র", "ের")):
            unit = v.units.get(phrase.rstrip("র").rstrip("ে"))
        if unit:
            if unit == "TAKA":
                unit = v.currency.get(region or "BD", "BDT")
            return i + n, str(unit)
    return None


def _plural_at(toks: list[str], i: int) -> tuple[int, str] | None:
    """The counted noun after a number in English: the next plural, past up to two names or
    adjectives ("seven Western states", "two Finance Ministry officials")."""
    for k in range(i, min(len(toks), i + 3)):
        w = toks[k]
        if re.fullmatch(r"[a-z][a-z\-]{2,}s", w) and not w.endswith("ss"):
            return k + 1, w
        if not re.fullmatch(r"[A-Z][A-Za-z\-]+", w):
            return None
    return None


def _noun_at(toks: list[str], i: int, v: _Vocab, reach: int = 1, digits: bool = True) -> tuple[int, str] | None:
    for k in range(i, min(len(toks), i + reach)):
        noun = _stem_lookup(toks[k], v.nouns, v)
        # "৪ বলে ৬৭ রান": balls and runs only right after a number in digits ("… থাকবে বলে" is "that")
        if noun and (not digits or k > i) and (toks[k] in v.digits_only
                                               or strip_suffix(toks[k], v.case) in v.digits_only):
            return None
        if noun:
            return k + 1, str(noun)
        if not re.match(r"^[\u0980-\u09ffA-Za-z]", toks[k]) or any(ch.isdigit() for ch in toks[k]) \
                or toks[k] in v.never_skipped:
            return None  # (nor past another number, nor a year's word: "চারটিসহ ১১ দল", "… আট সালের")
    return None


def tag_quantities(text: str, region: str | None, skip: list[tuple[int, int]], code: str = "bn",
                   tokens: Sequence[Token] = ()) -> list[Quantity]:
    """Quantities in text, never inside the `skip` spans (time expressions, page furniture).
    `tokens` are the text's tokens when the segment stage has made them (the same WORD_RE words):
    they are not made again."""
    v = _vocab(code)
    matches = tokens or [Token(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    toks = [m.text for m in matches]
    # a word overlapping a skipped span is blocked; the words are in order and never overlap, so
    # those of a span (a, b) are a run found by bisection: start before b, end after a
    blocked = [False] * len(toks)
    if skip:
        starts, ends = [m.start for m in matches], [m.end for m in matches]
        for a, b in skip:
            lo, hi = bisect_right(ends, a), bisect_left(starts, b)
            if lo < hi:
                blocked[lo:hi] = [True] * (hi - lo)
    r = _Reader(toks, v)
    out: list[Quantity] = []
    # the words a quantity may begin at, picked in one pass: not blocked, and not known to be
    # quiet (most words of a text, met before); a word first met is asked below
    live = [k for k in indices_except(toks, v.quiet) if not blocked[k]]
    p = 0
    i = 0
    while i < len(toks):
        while p < len(live) and live[p] < i:
            p += 1
        if p == len(live):
            break
        i = live[p]
        if _quiet(toks[i], v):
            i += 1
            continue
        start, mod = i, v.approx.get(toks[i])
        k = i + 1 if mod else i
        if mod is None and i + 1 < len(toks) and f"{toks[i]} {toks[i + 1]}" in v.approx:  # "at least"
            mod, k = v.approx[f"{toks[i]} {toks[i + 1]}"], i + 2
        prefix = v.prefix_units.get(toks[k]) if k < len(toks) else None
        if prefix:  # "$612 million", "Tk 350 crore"
            k += 1
        if k >= len(toks) or not (_may_start_number(toks[k], v) or toks[k].startswith(v.multiplier_heads)):
            i += 1
            continue
        frac = _stem_lookup(toks[k], v.fractions, v) if "-" in toks[k] or "–" in toks[k] else None
        if frac is not None and "-" in toks[k]:
            a, b = matches[start].start, matches[k].end
            out.append(Quantity(a, b, text[a:b], float(frac), "fraction", mod))
            i = k + 1
            continue
        mult = _stem_lookup(toks[k], v.multipliers, v) if k < len(toks) and v.multipliers else None
        if mult is not None and not blocked[k]:  # "দ্বিগুণেরও বেশি"
            a, b = matches[start].start, matches[k].end
            out.append(Quantity(a, b, text[a:b], float(mult), "times", mod))
            i = k + 1
            continue
        got = r.number(k) if k < len(toks) and not blocked[k] else None
        if not got:
            i += 1
            continue
        j, value, rest, digits = got
        if not rest and j + 1 < len(toks) and toks[j] in ("থেকে", "-", "–") and not blocked[j + 1] \
                and _may_start_number(toks[j + 1], v):
            # a range: "১০ থেকে ২০ শতাংশ", "২০ থেকে ২২ লাখ টন", "১৫–১৬ বছর": the lower bound, with the
            # upper bound's scale when only the upper one names it
            upper = r.number(j + 1)
            first = r.atom(toks[j + 1])
            if upper and first and upper[1] >= value and not any(blocked[x] for x in range(j + 1, upper[0])):
                scale = upper[1] / first[0] if first[0] else 1.0
                if value < first[0] and scale in v.scales.values():
                    value *= scale
                j, rest, digits = upper[0], upper[2], digits or upper[3]
                mod = mod or "RANGE"
        if not rest and j < len(toks) and toks[j] in v.thing_counters and not blocked[j]:  # "৯ টি ককটেল"
            rest, j = toks[j], j + 1
        if any(blocked[x] for x in range(k, j)):
            i += 1
            continue
        unit: str | None = prefix
        end = j
        word = toks[k]
        if rest and not unit:
            if rest.startswith(v.people_counters):
                unit = "people"
                noun = None if rest.endswith("ের") else _noun_at(toks, j, v)  # "১৪ জনের অবস্থা": theirs
                if noun:
                    end, unit = noun
            elif rest in v.clock[0] and value < 13 and _an_hour(toks, k, j, digits, v):  # ("সাড়ে ১২টা")
                i = j  # an hour, "সোয়া ৮টার দিকে": a clock time (the times stage reads it), no count
                if v.clock_minutes and j + 1 < len(toks) and toks[j + 1].startswith(v.clock_minutes):
                    i = j + 2  # (and its minutes: "৫টা ৩৬ মিনিটে" counts no minutes)
                continue
            elif (glued := _unit_at([rest], 0, v, region)) is not None:
                unit = glued[1]  # a unit written onto the number: "৭৩২টাকা"
            elif rest.startswith(v.thing_counters):
                # (the counted noun right after the counter, or after one word describing it: "চারটি দগ্ধ মরদেহ")
                noun = _noun_at(toks, j, v, reach=2)
                if noun is None and j < len(toks) and toks[j] in _COMPARATIVES:
                    noun = _noun_at(toks, j + 1, v)  # "২৫টির বেশি বই": more than 25 books
                if noun:
                    end, unit = noun
                else:
                    unit = "items"
            else:
                u = _unit_at([rest], 0, v, region)
                if u:
                    unit = u[1]
        if unit is None:
            ordinal = toks[j:j + 1] in (["নম্বর"], ["নং"], ["নম্বরে"])
            # (a number with a scale word is no year: "২ হাজার ভোট")
            year_like = digits and j == k + 1 and 1000 <= value <= 2100 and value == int(value) and "," not in word
            # (a year-like count of people is a count: "১৬০০ জন আহত"; so is one of votes or people, "২০৮৩ ভোট")
            counted = j < len(toks) and (toks[j] in v.people_counters  # (not "১৯৬০ জন্ম", born)
                                         or strip_suffix(toks[j], v.case) in v.never_after_years)
            if ordinal or (year_like and not counted and not _unit_at(toks, j, v, region)):
                i = j
                continue
            u = _unit_at(toks, j, v, region)
            if u is None and j < len(toks) and toks[j] in _COMPARATIVES:
                u = _unit_at(toks, j + 1, v, region)  # "৫ কোটির বেশি টাকা"
            if u:
                end, unit = u
                if unit == "year" and toks[end:end + 1] and toks[end] in ("বয়সী", "বয়সি", "বয়সের"):
                    end += 1
            elif j < len(toks) and toks[j].startswith(v.people_counters):
                end, unit = j + 1, "people"
                noun = None if toks[j].endswith("ের") else _noun_at(toks, end, v)
                if noun:
                    end, unit = noun
            else:
                noun = _noun_at(toks, j, v, reach=2 if not digits else 4, digits=digits) or (
                    _plural_at(toks, j) if v.plural_nouns else None)
                if noun:
                    end, unit = noun
                elif word in v.bounds:
                    unit = "people"
                elif (k > 0 and toks[k - 1] == "(" and toks[j:j + 1] == [")"] and digits and 10 <= value <= 110
                      and k > 1 and re.match(r"[\u0980-\u09ff]", toks[k - 2])):
                    start, end, unit = k - 1, j + 1, "year"  # age in brackets after a name: "আবদুল জলিল (৬২)"
                elif any(strip_suffix(t, v.case) in v.scales and v.scales[strip_suffix(t, v.case)] >= 100_000
                         for t in toks[k:j]):
                    unit = "number"  # a magnitude whose unit the sentence leaves implied: "১৭ বিলিয়নের ওপরে"
        if unit is None:
            i = j
            continue
        if (value == 1 and not digits and unit in ("people", "items")) or value == 0:
            i = end
            continue
        if not digits and value == 1 and (unit.islower() and unit not in ("percent", "km", "hectare", "acre", "tonne",
                                                                          "year", "month", "day", "hour", "week")):
            i = end
            continue
        # and the money's smaller unit after it: "১২২ টাকা ৩০ পয়সা" is 122.30 taka
        sub = v.subunits.get(unit)
        if sub is not None and end + 1 < len(toks) and toks[end + 1].startswith(sub[0]) \
                and not blocked[end] and (cents := r.atom(toks[end])) is not None and cents[1] == "":
            value += cents[0] * sub[1]
            end += 2
        a, b = matches[start].start, matches[end - 1].end
        out.append(Quantity(a, b, text[a:b], value, unit, mod))
        i = end
    return out


def quantities(doc: Document) -> Document:
    skip = [(t.start, t.end) for t in doc.times]
    skip += [(ln.start, ln.end) for ln in doc.lines if ln.boilerplate in _FURNITURE]
    return replace(doc, quantities=tag_quantities(doc.text, doc.region, skip, doc.lang, doc.tokens))
