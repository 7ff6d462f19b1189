"""Small text helpers shared by several stages (quotes, digits, suffixes, tokens)."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

BN_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
WORD_RE = re.compile(
    r"[0-9০-৯]+(?:[.,][0-9০-৯]+)*[\u0980-\u09ff\u200c\u200d]*"  # numbers, with an attached counter (১৭টি)
    r"|[\u0980-\u09ff\u200c\u200d]+(?:[’'\-][\u0980-\u09ff\u200c\u200d]+)*"  # Bengali words, ছ’টি, ভূ-রাজনৈতিক
    r"|[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*"  # Latin words, U.S, well-known
    r"|\S",
)
LETTER = re.compile(r"[\w\u0980-\u09ff]")


def last_words(text: str, n: int) -> list[str]:
    """The last n words WORD_RE finds in text (`WORD_RE.findall(text)[-n:]`), tokenising only the
    last few whitespace-separated chunks: no word holds or starts with whitespace, so what comes
    before a space cannot change the words after it (a content or clause is read for its end)."""
    parts = text.rsplit(None, n)
    if len(parts) > n:
        tail = WORD_RE.findall(" ".join(parts[1:]))
        if len(tail) >= n:
            return tail[-n:] if n else []
    return WORD_RE.findall(text)[-n:] if n else []


def indices_except(words: Sequence[str], skip: Set[str]) -> list[int]:
    """The indices of the words not in `skip`. A stage that looks at a few words of a text (a
    number, a month) and knows most word types to be of no interest finds the others without a
    Python step per word: a text says its common words many times."""
    keep = set(words) - skip
    return list(compress(range(len(words)), map(keep.__contains__, words)))


def to_ascii_digits(s: str) -> str:
    return s.translate(BN_DIGITS)


_VOWEL_END = set("ািীুূৃেৈোৌ") | set("অআইঈউঊএঐওঔ")
# Endings that follow a vowel (ঢাকার, মাইতিকে → only র/য় here) and those that follow a consonant.
_AFTER_VOWEL = {"র", "য়", "য়ের", "রা"}
_AFTER_CONSONANT = {"ের", "ে", "েরা", "েও", "েই", "ই", "ও", "েরও", "েরই"}


def accusative_stem(word: str) -> str | None:
    """The word without its accusative ending, -কে or -কেও ("খানকে" → "খান"), or None when it has
    none. (Words that only end so, "থেকে", "লোকে", are the caller's to rule out.)"""
    if word.endswith("কেও"):
        return word[:-3]
    if word.endswith("কে"):
        return word[:-2]
    return None


def strip_suffix(word: str, suffixes: Sequence[str], min_stem: int = 2) -> str:
    """The word without one case ending or particle (longest match), if a stem remains.

    Bengali picks the ending by the stem's last sound: -র after a vowel (মাইতির), -এর after a
    consonant (হালদারের). So হালদার keeps its র and দলুই its ই: they are part of the name.
    Results are cached: the same few thousand words recur in every article.
    """
    return _strip_cached(word, suffixes if isinstance(suffixes, tuple) else tuple(suffixes), min_stem)


@lru_cache(maxsize=200_000)
def _strip_cached(word: str, suffixes: tuple[str, ...], min_stem: int) -> str:
    for suf in suffixes:
        if word.endswith(suf) and len(word) - len(suf) >= min_stem:
            stem = word[: -len(suf)]
            last = stem[-1]
            if suf in _AFTER_VOWEL and last not in _VOWEL_END:
                continue
            if suf in _AFTER_CONSONANT and (last in _VOWEL_END or last == "্"):
                continue
            return stem
    return word


GENITIVE_ENDINGS = ("ের", "এর", "র", "য়ের", "দের")


def is_genitive(word: str, suffixes: Sequence[str], endings: Sequence[str] = GENITIVE_ENDINGS) -> bool:
    """Does the word end in a genitive case ending ("পরিষদের", "সুমাত্রার")?"""
    stem = strip_suffix(word, suffixes)
    return stem != word and word[len(stem):] in endings


@dataclass(slots=True, frozen=True)
class QuoteSpan:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (or the paragraph end when unclosed)
    closed: bool


_OPEN_CLOSE = {"“": "”", "‘": "’", "«": "»", "„": "“", "‚": "‘"}
QUOTE_MARK = re.compile("[“”‘’«»„‚\"']")


def _is_letter(ch: str) -> bool:
    return bool(ch) and bool(LETTER.match(ch))


# What a short quotation takes after its closing mark with no space, a case ending or "-সহ"
# ("‘সমাধান’সহ", "‘রাজা বাবু’র", "‘নায়ক’কে"): the mark closes it, though it stands between letters
# as an apostrophe does ("ছ’টি", "দু’জন", whose tails are not these).
_ENDINGS_AFTER_A_QUOTATION = frozenset(("সহ", "র", "এর", "ের", "য়ের", "কে", "কেও", "তে", "য়", "ও", "ই", "রা", "দের"))


def _closes_before_ending(text: str, i: int, end: int, stack: list[tuple[str, int]]) -> bool:
    """Does the "’" at i, between letters, close a short "‘…" just opened, a case ending after it?"""
    if not stack or stack[-1][0] != "‘" or i - stack[-1][1] > 40:
        return False
    j = i + 1
    while j < end and _is_letter(text[j]):
        j += 1
    return text[i + 1:j] in _ENDINGS_AFTER_A_QUOTATION


def quote_spans(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Pair quotation marks in text[start:end] by type; never fails on odd marks.

    An apostrophe inside a word (ছ’টি, don't) is not a quote. An opening mark whose partner never
    comes runs to the end of the range (a quotation that continues past the paragraph).
    """
    end = len(text) if end is None else end
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    for m in QUOTE_MARK.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        prev = text[i - 1] if i > start else ""
        nxt = text[i + 1] if i + 1 < end else ""
        if ch in _OPEN_CLOSE and not (ch == "‘" and _is_letter(prev) and _is_letter(nxt)):
            stack.append((ch, i))
        elif ch in ("”", "’", "»"):
            if ch == "’" and _is_letter(prev) and _is_letter(nxt) and not _closes_before_ending(text, i, end, stack):
                continue  # apostrophe
            if ch == "’" and (prev.isspace() or not prev) and (nxt.isdigit() or nxt in "০১২৩৪৫৬৭৮৯"):
                continue  # a year cut short, "’৭১", "’72": no closing mark
            if ch == "’" and prev == ")" and _is_letter(nxt):
                continue  # a case ending after a bracket, "… (এনসিপি)’র"
            for k in range(len(stack) - 1, -1, -1):
                if ch in _OPEN_CLOSE.get(stack[k][0], "") or (ch == "”" and stack[k][0] == "„"):
                    spans.append(QuoteSpan(stack[k][1], i, True))
                    del stack[k:]
                    break
            else:
                if ch == "”" and stack and stack[-1][0] == "\"":
                    # a typed mark closed by a curly one ("Oz has a pulpit,” said X): one quotation
                    spans.append(QuoteSpan(stack.pop()[1], i, True))
        elif ch in ("\"", "'"):
            if ch == "'" and _is_letter(prev) and _is_letter(nxt):
                continue
            if stack and stack[-1][0] == ch:
                spans.append(QuoteSpan(stack.pop()[1], i, True))
            elif ch == "\"" and stack and stack[-1][0] == "“" and prev and not prev.isspace() and not prev.isdigit() \
                    and not _is_letter(nxt):  # (not the inch mark of '“The 6" pipe')
                # a curly mark closed by a typed one after the words ("“No deals,\" he said")
                spans.append(QuoteSpan(stack.pop()[1], i, True))
            elif ch == "'" and stack and stack[-1][0] == "‘" and prev and not prev.isspace() and not _is_letter(nxt):
                # so is a single one ("‘… সময় একটু বেশি লাগবে।' এভারকেয়ার …")
                spans.append(QuoteSpan(stack.pop()[1], i, True))
            elif not _is_letter(prev) or not prev:
                stack.append((ch, i))
            elif stack and any(s[0] == ch for s in stack):
                k = max(j for j, s in enumerate(stack) if s[0] == ch)
                spans.append(QuoteSpan(stack[k][1], i, True))
                del stack[k:]
    for ch, pos in stack:
        if ch in ("\"", "'"):
            continue  # a lone straight mark is more often an inch sign or a typo than a quotation
        spans.append(QuoteSpan(pos, end, False))
    spans.sort(key=lambda q: q.open)
    # keep outermost spans only
    out: list[QuoteSpan] = []
    for q in spans:
        if out and q.open < out[-1].close:
            continue
        out.append(q)
    return out


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, or limit + 1 as soon as it must be more than limit
    (most names are far from the query: they stop after a row or two)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def by_last_letter(endings: Sequence[str]) -> dict[str, tuple[str, ...]] | None:
    """Endings grouped by their last letter, in their order: a word is tried only against the
    endings that can end it. None when an ending is empty (every word would need every try)."""
    if any(not e for e in endings):
        return None
    out: dict[str, list[str]] = {}
    for e in endings:
        out.setdefault(e[-1], []).append(e)
    return {k: tuple(v) for k, v in out.items()}
