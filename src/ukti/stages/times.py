"""Time expressions, normalised to ISO 8601 values (with `X` for what the text leaves open).

A small recursive-descent reader over the words of the text: at each word it tries the
patterns Bengali news uses (full dates, weekday with a date in brackets, "YYYY সালের MONTH-এ",
"গত সপ্তাহে", Bengali-calendar dates, clock times …) and then reads trailing words that mark a
boundary or a part ("থেকে" START, "পর্যন্ত" END, "শেষের দিকে" LATE). Relative expressions
resolve against the article's date; "সেই বছর" against the last year the text named; a bare
clock time against the last day it named; "আজ" inside a quotation against the day the words were
spoken. A scraped article often has no date: it is then read twice, the second time with what
its own times say of its day, month, year and fiscal year (see `_second_pass_state`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from ukti import calendars
from ukti.lang import load_pack
from ukti.model import Document, TimeExpr
from ukti.textutil import by_last_letter, indices_except, to_ascii_digits

_DIGITS = "0123456789০১২৩৪৫৬৭৮৯"  # what _NUM and short years start with
_SMALL_NUMBERS = {"এক": 1, "দুই": 2, "দু": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "নয়": 9,
                  "দশ": 10}
_AFTER_NAMED_CHARS = 80  # "N মাস পর" counts on from a time named at most this far before it
_PAIR_CHARS = 500  # how near (and in one paragraph) two names of a month must be to be one time
_WORD = re.compile(r"[0-9০-৯]+(?:[:.][0-9০-৯]+)?[\u0980-\u09ff’']*|[\u0980-\u09ff\u200c\u200d’']+|[A-Za-z]+|[(),\-–/]")


def _words(text: str) -> tuple[list[int], list[str]]:
    """The text's words (`_WORD` matches) as two lists: where each starts, and its text (it ends
    at start + len(text)). The readers ask for word texts hundreds of thousands of times a run and
    for offsets only where a time is found: no object is kept per word."""
    starts, texts = [], []
    for m in _WORD.finditer(text):
        starts.append(m.start())
        texts.append(m.group())
    return starts, texts


@dataclass(slots=True)
class _Vocab:
    suffixes: list[str]
    months: dict[str, int]
    bmonths: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    shifts: dict[str, Any]
    units: dict[str, str]
    year_after: set[str]
    this_day: tuple[tuple[str, ...], ...]  # "এই দিনে" after "YYYY সালের": that year's day of the date
    year_before: set[str]
    range_words: frozenset[str]
    mods: dict[tuple[str, ...], str]
    hours: dict[str, int]
    fractions: dict[str, int]  # "সোয়া": +15 minutes, "পৌনে": a quarter before the hour
    half_hours: dict[str, int]  # "আড়াইটা": the hour (2) of an hour word with its half hour
    era_words: frozenset[str]  # "সন": a year word of either era ("২০২৪ সনের", "১৪৩১ সনের")
    era_min: int  # the least year of ours a year of either era is taken for (below it, the Bengali era)
    parts: dict[str, str]
    ordinal_centuries: dict[str, int]
    same_day: dict[str, int]
    year_names: dict[str, int]
    fiscal: tuple[str, ...]
    festivals: dict[str, str]
    festival_dates: dict[str, dict[str, str]]
    just_ended: tuple[str, ...]
    year_joiners: frozenset[str]
    current_words: frozenset[str]
    part_before: frozenset[str]
    night_after: frozenset[str]
    cache: dict[tuple[int, str], Any] = field(default_factory=dict)  # (table, word) -> what _lookup found
    starters: dict[str, bool] = field(default_factory=dict)  # every word that can begin an expression
    # _may_begin's answers, filled as words are met: the words that may begin a time, those that cannot
    begins: set[str] = field(default_factory=set)
    never_begins: set[str] = field(default_factory=set)
    mods_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # the suffixes by their last letter, longest first (None when one is empty and fits every word):
    # a word is tried only with the suffixes it can end with
    suffixes_by_last: dict[str, tuple[str, ...]] | None = None
    # every form of a year word (the word, -ের, -এর, -র) -> its value, the first word's in table order
    year_name_forms: dict[str, int] = field(default_factory=dict)
    # does a key of the word tables (months, weekdays, relative days …) start with a digit? When
    # none does, a word in digits can begin no time that starts with such a word (see _Reader.at)
    digit_keys: bool = True


@cache
def _vocab(code: str) -> _Vocab:
    t = load_pack(code).table("time")
    mods = {tuple(k.split()): v for k, v in t.get("mods", {}).items()}
    starters = {w.split()[0]: True for table in ("months", "bengali_months", "weekdays", "relative_days", "shift_words")
                for w in t.get(table, {})}
    starters.update({w: True for w in t.get("clock", {}).get("parts", {})})
    starters.update({w: True for w in t.get("century", {}).get("ordinals", {})})
    starters.update({w: True for w in _SMALL_NUMBERS})
    for table in ("same_day", "festivals"):
        starters.update({w.split()[0]: True for w in t.get(table, {})})
    starters.update({w: True for w in t.get("year_words_before_date", {})})
    starters.update({w.split()[0]: True for w in t.get("fiscal_year", {}).get("words", [])})
    starters.update({"বছর": True, "এক": True, "একমাস": True, "একদিন": True})
    v = _Vocab(
        suffixes=sorted(t.get("suffixes", {}).get("word", []), key=len, reverse=True),
        months=t.get("months", {}), bmonths=t.get("bengali_months", {}), weekdays=t.get("weekdays", {}),
        relative_days=t.get("relative_days", {}), shifts=t.get("shift_words", {}), units=t.get("units", {}),
        year_after=set(t.get("year_words", {}).get("after", [])),
        this_day=tuple(tuple(x) for x in t.get("year_words", {}).get("this_day", [])),
        year_before=set(t.get("year_words", {}).get("before", [])),
        range_words=frozenset(t.get("ranges", {}).get("words", ["থেকে", "-", "–"])), mods=mods,
        hours={k.replace("'", "’"): v for k, v in t.get("clock", {}).get("hours", {}).items()},
        fractions=t.get("clock", {}).get("fractions", {}),
        half_hours=t.get("clock", {}).get("half_hours", {}),
        parts=t.get("clock", {}).get("parts", {}), ordinal_centuries=t.get("century", {}).get("ordinals", {}),
        same_day=t.get("same_day", {}), year_names=t.get("year_words_before_date", {}),
        fiscal=tuple(t.get("fiscal_year", {}).get("words", [])), festivals=t.get("festivals", {}),
        festival_dates={k: {str(y): d for y, d in v.items()} for k, v in t.get("festival_dates", {}).items()},
        just_ended=tuple(t.get("year_just_ended", {}).get("words", [])),
        year_joiners=frozenset(t.get("year_words", {}).get("joiners", [])),
        era_words=frozenset(t.get("year_words", {}).get("either_era", [])),
        era_min=int(t.get("year_words", {}).get("common_era_from", 0)),
        current_words=frozenset(t.get("year_words", {}).get("current", [])),
        part_before=frozenset(t.get("clock", {}).get("part_before", ["গভীর"])),
        night_after=frozenset(t.get("clock", {}).get("night_after", [])),
        starters=starters,
        mods_by_first=_by_first_word(mods),
        suffixes_by_last=by_last_letter(sorted(t.get("suffixes", {}).get("word", []), key=len, reverse=True)),
        year_name_forms=_year_name_forms(t.get("year_words_before_date", {})),
    )
    v.digit_keys = any(str(k)[:1] in _DIGITS for table in (
        v.relative_days, v.same_day, v.weekdays, v.shifts, v.months, v.bmonths, v.year_names, v.parts,
        v.ordinal_centuries, v.festivals) for k in table)
    return v




def _year_name_forms(names: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for k, v in names.items():
        for form in (k, k + "ের", k + "এর", k + "র"):
            out.setdefault(form, v)
    return out


def _by_first_word(mods: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The mods under each form their first word can take in a text (the word, with -ও or -ই as
    _Reader._mod_word_eq allows), in table order: mod_at then tries only the mods that can apply."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, mod in mods.items():
        for form in dict.fromkeys((words[0], words[0] + "ও", words[0] + "ই")):
            out.setdefault(form, []).append((words, mod))
    return out


@dataclass(slots=True)
class _State:
    ref: date | None
    region: str | None
    last_day: date | None = None
    last_year: int | None = None
    exact: bool = True  # the reference is the article's day (not a year guessed from its dates)
    # how much of the reference is known when it is inferred: "day", "month" (the article's
    # month and year, not its day) or "year" (only the year: months and days keep that year)
    precision: str = "day"
    just_ended: int | None = None  # the year the text calls "সদ্য বিদায়ী বছর" (the year just ended)
    today_wd: int | None = None  # the article's weekday, when only that is known ("আজ সোমবার")
    fy_span: tuple[int, int, int, int] | None = None  # the last part of a fiscal year named (m1, d1, m2, d2)
    fy_current: int | None = None  # the current fiscal year's first year, when the text fixes it
    found: list[TimeExpr] = field(default_factory=list)
    named_year: tuple[int, int] | None = None  # the year a date last named in figures, and where it ended


_UNSEEN = object()  # not in the lookup cache (None is a cached answer)


def _lookup(word: str, table: dict[str, Any], v: _Vocab) -> Any:
    key = (id(table), word)
    found = v.cache.get(key, _UNSEEN)  # one hash of the key: a tuple does not keep its hash
    if found is _UNSEEN:
        found = _lookup_uncached(word, table, v)
        if len(v.cache) < 100_000:
            v.cache[key] = found
    return found


def _may_begin(w: str, v: _Vocab) -> bool:
    """Can a time expression begin at this word: digits, or a word that starts one (the
    `starters`)? Asked of every word of the text, so answered once per word type."""
    if w in v.begins:
        return True
    if w in v.never_begins:
        return False
    lead = w.lstrip("’'")[:1]  # "’৯৬ সালের": a year cut short
    got = lead.isdigit() or lead in "০১২৩৪৫৬৭৮৯" or _lookup(w, v.starters, v) is not None
    if len(v.begins) + len(v.never_begins) < 100_000:
        (v.begins if got else v.never_begins).add(w)
    return got


def _lookup_uncached(word: str, table: dict[str, Any], v: _Vocab) -> Any:
    if word in table:
        return table[word]
    for suf in v.suffixes if v.suffixes_by_last is None else v.suffixes_by_last.get(word[-1:], ()):
        if word.endswith(suf) and len(word) > len(suf) + 1 and word[: -len(suf)] in table:
            if table is v.months and len(word) - len(suf) <= 2 and not suf.endswith("র"):
                continue  # a short name takes only the genitive glued: "মের শেষে", not "মেতে" (মেতে ওঠা)
            return table[word[: -len(suf)]]
    return None


_NUM = re.compile(r"^([0-9০-৯]{1,4})(ই|শে|তম|এ|ে|র|ের|এর|তে|টা|টায়|টার)?$")
_CLOCK = re.compile(r"^([0-9০-৯]{1,2})[:.]([0-9০-৯]{2})(?:[\u0980-\u09ff]{0,3})$")


@lru_cache(maxsize=20_000)
def _num(word: str) -> int | None:
    """A day or count in digits, with its ending ("১২ই", "৫টায়"); asked of most words a time may hold."""
    m = _NUM.match(word)
    return int(to_ascii_digits(m.group(1))) if m else None


def _clock(word: str) -> tuple[int, int] | None:
    m = _CLOCK.match(word)
    if not m:
        return None
    h, mi = int(to_ascii_digits(m.group(1))), int(to_ascii_digits(m.group(2)))
    return (h, mi) if h < 24 and mi < 60 else None


def _month(word: str, v: _Vocab, strict_may: bool = True) -> int | None:
    m = _lookup(word, v.months, v)
    if m is None and not strict_may and word.startswith("মে") and word[2:] in v.suffixes:
        m = 5  # after a day named, any ending: "১০ মেতে" (glued alone, "মেতে ওঠা" is no May)
    if m == 5 and ((strict_may and not word.startswith(("মে", "May"))) or word.startswith("মেয়")):
        return None
    return int(m) if m else None


def _fmt(d: date) -> str:
    return d.isoformat()


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + delta
    return k // 12, k % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _reader_names() -> dict[bool, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """The names of the readers `_Reader.at` tries, in order, for a first word in digits, one in
    digits after an apostrophe ("’৯৬") and any other word; by whether the pack has word-table keys
    in digits (then a word in digits may be any reader's). Worked out once, not per reader built."""
    every = ("relative_day", "same_day", "weekday_expr", "shifted", "month_day_year", "year_name_date",
             "day_month_year", "fiscal_year", "year_expr", "clock_time", "century", "month_year", "ago",
             "after_named", "day_of_month", "festival", "bare_year_end")
    need_digit = ("day_month_year", "fiscal_year", "day_of_month")
    need_word = ("relative_day", "same_day", "weekday_expr", "shifted", "month_day_year", "year_name_date",
                 "clock_time", "century", "month_year", "festival", "bare_year_end")
    short_year = tuple(f for f in every if f not in need_digit)
    word = tuple(f for f in every if f not in need_digit and f != "year_expr")
    return {keys: (every if keys else tuple(f for f in every if f not in need_word), short_year, word)
            for keys in (False, True)}


_READERS = _reader_names()


class _Reader:
    def __init__(self, texts: list[str], v: _Vocab, st: _State, starts: Sequence[int] = ()) -> None:
        """`texts` are the words' texts (`t` is asked hundreds of thousands of times a run), `starts`
        their offsets (none for a word cut in two by `ago`)."""
        self.starts, self.v, self.st = starts, v, st
        self.texts = texts
        self.n = len(texts)
        # the readers `at` tries, in order, by how the first word starts (see `at` and `_READERS`)
        digit_names, short_year_names, word_names = _READERS[bool(v.digit_keys)]
        self.digit_readers = tuple(getattr(self, name) for name in digit_names)
        self.short_year_readers = tuple(getattr(self, name) for name in short_year_names)
        self.word_readers = tuple(getattr(self, name) for name in word_names)

    def t(self, i: int) -> str:
        return self.texts[i] if 0 <= i < self.n else ""

    # ---- building blocks -------------------------------------------------------------
    def mod_at(self, i: int) -> tuple[int, str | None]:
        """Trailing boundary/part words: returns the index after them and the mod."""
        best: tuple[int, str | None] = (i, None)
        for words, mod in self.v.mods_by_first.get(self.t(i), ()):
            n = len(words)
            if all(self._mod_word_eq(self.t(i + k), words[k]) for k in range(n)) and i + n > best[0]:
                best = (i + n, mod)
        # "শুরু থেকে", "শেষ পর্যন্ত": a part word followed by a boundary word
        if best[1] is None and self.t(i) in ("শুরু", "শুরুর", "শেষ") and self.t(i + 1) in ("থেকে", "থেকেই"):
            return i + 2, "START"
        return best

    @staticmethod
    def _mod_word_eq(word: str, want: str) -> bool:
        return word == want or (word.startswith(want) and word[len(want):] in ("ও", "ই"))

    def part_of_day(self, i: int) -> int:
        """Skip a part-of-day word ("সকালে", "গভীর রাতে") after a day expression."""
        if self.t(i) in self.v.part_before:  # "গভীর রাতে", "দিবাগত রাতে"
            i += 1
        return i + 1 if _lookup(self.t(i), self.v.parts, self.v) else i

    def short_year(self, i: int) -> int | None:
        """"৭৩ সালের", "’৯৬ সালের ১৫ ফেব্রুয়ারি": two digits before the year word are a year of
        the last hundred years before the article's (or this) year."""
        w = self.t(i).lstrip("’'")
        if not re.fullmatch(r"[0-9০-৯]{2}", w) or self.t(i + 1) not in self.v.year_after:
            return None
        now = self.st.ref.year if self.st.ref and self.st.ref.year >= 1000 else 2030  # as for year words
        y = (now // 100) * 100 + int(to_ascii_digits(w))
        return y - 100 if y > now else y

    def year_at(self, i: int) -> tuple[int, int] | None:
        """A year: 4 digits followed by সাল/খ্রিস্টাব্দ (or standing in a date)."""
        y = _num(self.t(i))
        short = self.short_year(i)
        if short is not None:
            return short, i + 2
        if y is None or not 1000 <= y <= 2200:
            return None
        if self.t(i + 1) in self.v.year_after or any(self.t(i + 1).startswith(w) for w in ("সাল", "খ্রি")):
            # (a year named so in the Bengali era, "১৪৩১ সনের পহেলা বৈশাখ", is no year of ours)
            if self.t(i + 1) in self.v.era_words and y < self.v.era_min:
                return None
            return y, i + 2
        if i > 0 and self.t(i - 1) in self.v.year_before:  # "in 2021", "since 2019"
            return y, i + 1
        # "২০১৪ ও ২০১৮ সালে": a year joined to one that the year word follows is a year too
        if self.t(i + 1) in self.v.year_joiners and self.year_at(i + 2) is not None:
            return y, i + 1
        return None

    # ---- patterns --------------------------------------------------------------------
    def day_month_year(self, i: int) -> tuple[int, str, date | None] | None:
        """'১৫ মে ২০২৫', '১২ মার্চ', '২৫ জুলাই ২০২৫ ০৬:১০', '১৫ থেকে ১৭ মার্চের মধ্যে'."""
        d = _num(self.t(i))
        if d is None or not 1 <= d <= 31:
            return None
        span = self._day_span(i)
        if span is not None:
            # "১৯ জুলাই থেকে ১০ আগস্ট পর্যন্ত": one interval, not a start and an end apart
            y1: int
            y2: int
            m1, d1, m2, last, end = span
            named = _num(self.t(end))
            crosses = int((m1, d1) > (m2, last))  # ("৩০ ডিসেম্বর থেকে ৪ জানুয়ারি": into the next year)
            if named is not None and 1000 <= named <= 2200:
                end += 2 if self.t(end + 1) in ("সালে", "সালের", "সাল") else 1
                y1, y2 = named - crosses, named
            elif self.st.ref is not None:
                y1 = self.st.ref.year  # (the year of the article, as for one date alone)
                y2 = y1 + crosses
            else:
                return end, f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{last:02d}", None
            g1, g2 = _safe_date(y1, m1, d1), _safe_date(y2, m2, last)
            if g1 is not None and g2 is not None:  # (a clock time after it is the end's: "… ১০ই ফেব্রুয়ারি সকাল ৭টা পর্যন্ত")
                return end, f"{_fmt(g1)}/{_fmt(g2)}", g2
        j, d2 = i + 1, None
        if self.t(j) in self.v.range_words and _num(self.t(j + 1)) is not None:
            d2, j = _num(self.t(j + 1)), j + 2
        mo = _month(self.t(j), self.v, strict_may=False)
        bm = _lookup(self.t(j), self.v.bmonths, self.v) if mo is None else None
        if mo is None and bm is None:
            return None
        j += 1
        j2 = j + 1 if self.t(j) == "," else j
        y = _num(self.t(j2))
        year: int | None = None
        if y is not None and 1000 <= y <= 2200 and bm is None:
            year, j = y, j2 + 1
            if self.t(j) in ("সালে", "সালের", "সাল"):
                j += 1
        elif y is not None and bm is not None and 1300 <= y <= 1500:
            year, j = y, j2 + 1
        if bm is not None:
            if year is None:
                if self.st.ref is None:
                    return None
                year = calendars.bengali_year_of(self.st.ref, self.st.region)
            g = calendars.to_gregorian(year, int(bm), d, self.st.region)
            return j, _fmt(g), g
        assert mo is not None
        resolved = year
        if resolved is None and self.st.ref is not None:
            resolved = self.st.ref.year
            # (a past year a date named just before, in the same passage, is this one's too: "২০২১ সালের
            # ২৩ জানুয়ারি … পরে ২৩ ফেব্রুয়ারি …" is February 2021)
            # (not one said to come: "আগামী ১৫ আগস্ট" is the article's, whatever was named before)
            before = self.st.named_year
            ahead = i > 0 and self.t(i - 1) in self.v.shifts and self.v.shifts[self.t(i - 1)] >= 0
            if before is not None and before[0] < resolved and not ahead and self.starts \
                    and 0 <= self.starts[i] - before[1] <= 250:
                resolved = before[0]
        if resolved is None:
            value = f"XXXX-{mo:02d}-{d:02d}"
            if d2:
                value += f"/XXXX-{mo:02d}-{d2:02d}"
            return j, value, None
        found = _safe_date(resolved, mo, d)
        if found is None:
            return None
        g = found
        if d2:
            g2 = _safe_date(resolved, mo, d2)
            return j, f"{_fmt(g)}/{_fmt(g2)}" if g2 else _fmt(g), g
        # clock time right after a full date: "২৫ জুলাই ২০২৫ ০৬:১০", "…, ২১:১৫"
        k = j + 1 if self.t(j) == "," else j
        c = _clock(self.t(k))
        if c and year is not None:
            return k + 1, f"{_fmt(g)}T{c[0]:02d}:{c[1]:02d}", g
        return j, _fmt(g), g

    def month_day_year(self, i: int) -> tuple[int, str, date | None] | None:
        """'October 14, 2025', 'Oct 14', 'Oct 27 to Oct 31', 'June 16-18': the month first."""
        mo = _month(self.t(i), self.v) if self.t(i)[:1].isascii() else None
        d = _num(self.t(i + 1)) if mo is not None else None
        if mo is None or d is None or not 1 <= d <= 31 or self.t(i + 2) == ":":
            return None
        j = i + 2
        year: int | None = None
        k = j + 1 if self.t(j) == "," else j
        y = _num(self.t(k))
        if y is not None and 1000 <= y <= 2200:
            year, j = y, k + 1
        resolved = year if year is not None else (self.st.ref.year if self.st.ref else None)
        if resolved is None:
            return j, f"XXXX-{mo:02d}-{d:02d}", None
        first = _safe_date(resolved, mo, d)
        if first is None:
            return None
        if self.t(j) in self.v.range_words:  # "Oct 27 to Oct 31", "June 16-18"
            mo2 = _month(self.t(j + 1), self.v)
            d2 = _num(self.t(j + 2)) if mo2 is not None else _num(self.t(j + 1))
            if d2 is not None and 1 <= d2 <= 31:
                second = _safe_date(resolved, mo2 or mo, d2)
                if second is not None and second >= first:
                    return (j + 3 if mo2 is not None else j + 2), f"{_fmt(first)}/{_fmt(second)}", first
        return j, _fmt(first), first

    def weekday_expr(self, i: int) -> tuple[int, str, date | None] | None:
        wd = _lookup(self.t(i), self.v.weekdays, self.v)
        if wd is None:
            return None
        j = i + 1
        # "বৃহস্পতিবার (১৫ মে)" or "বৃহস্পতিবার, ১৫ মে ২০২৫"
        if self.t(j) in ("(", ","):
            inner = self.day_month_year(j + 1)
            if inner:
                k, value, d = inner
                if self.t(k) == ")":
                    k += 1
                return self.part_of_day(k), value, d
        if self.st.ref is None or not self.st.exact:
            return self.part_of_day(j), f"XXXX-WXX-{wd}", None
        back = (self.st.ref.isoweekday() - int(wd)) % 7
        d = self.st.ref - timedelta(days=back)
        return self.part_of_day(j), _fmt(d), d

    def shifted(self, i: int) -> tuple[int, str, date | None] | None:
        """'গত সপ্তাহে', 'আগামী মাসে', 'চলতি বছরের জুনে', 'গত মার্চে', 'গত সোমবার', 'সেই বছরের'."""
        shift = self.v.shifts.get(f"{self.t(i)} {self.t(i + 1)}")
        j = i + 2
        if shift is None:
            shift, j = self.v.shifts.get(self.t(i)), i + 1
        if shift is None:
            return None
        word = self.t(j)
        unit = _lookup(word, self.v.units, self.v)
        ref = self.st.ref
        if unit:
            j += 1
            if unit == "week":
                if shift == "anaphor":
                    return None
                if ref is None or not self.st.exact:
                    return j, "XXXX-WXX", None
                return j, _iso_week(ref + timedelta(weeks=int(shift))), None
            if unit == "fiscal_year":
                return self.fiscal_tail(j, None if shift == "anaphor" else int(shift))
            if unit == "month":
                if ref is None or shift == "anaphor" or not (self.st.exact or self.st.precision == "month"):
                    return j, "XXXX-XX", None
                y, m = _add_months(ref.year, ref.month, int(shift))
                return j, f"{y}-{m:02d}", None
            if unit == "year":
                if shift == "anaphor":
                    y2 = self.st.last_year
                elif ref is None:
                    y2 = None
                else:
                    y2 = ref.year + int(shift)
                # "গত বছরের ৩০ জানুয়ারি": a day of that year
                dm = self.day_month_year(j) if _num(self.t(j)) is not None else None
                md = re.fullmatch(r"(?:\d{1,4}|XXXX)-(\d\d)-(\d\d)", dm[1]) if dm else None
                if dm is not None and md is not None:
                    if y2 is None:
                        return dm[0], f"XXXX-{md.group(1)}-{md.group(2)}", None
                    g = _safe_date(y2, int(md.group(1)), int(md.group(2)))
                    if g is not None:
                        return dm[0], _fmt(g), g
                # "গত বছরের জুনে": a month of that year
                mo = _month(self.t(j), self.v)
                if mo is not None:
                    j += 1
                    return j, f"{y2 if y2 is not None else 'XXXX'}-{mo:02d}", None
                return j, f"{y2:04d}" if y2 is not None else "XXXX", None  # 0040: a stand-in year
            if unit == "century":
                if ref is None:
                    return j, "XX", None
                c = (ref.year - 1) // 100 + 1 + (0 if shift == "anaphor" else int(shift))
                return j, f"{c - 1:02d}", None
            return None
        if shift == "anaphor":
            return None
        # "গত ৫ আগস্ট", "গত ১০ মার্চ"
        dm = self.day_month_year(j)
        span = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)/(\d{4})-(\d\d)-(\d\d)", dm[1]) if dm else None
        if dm and span is not None and ref is not None and self.st.precision != "year":
            # "গত ২৯ ডিসেম্বর থেকে ৫ জানুয়ারি পর্যন্ত": both ends move to the year the shift says
            y1, m1, d1, y2, m2, d2 = (int(x) for x in span.groups())
            start = _safe_date(y1, m1, d1)
            move = -1 if int(shift) < 0 and start is not None and start >= ref else \
                1 if int(shift) > 0 and start is not None and start <= ref else 0
            g1, g2 = _safe_date(y1 + move, m1, d1), _safe_date(y2 + move, m2, d2)
            if g1 is not None and g2 is not None:
                return dm[0], f"{_fmt(g1)}/{_fmt(g2)}", g2
        if dm:
            k, value, d = dm
            if d is not None and ref is not None and "/" not in value and "T" not in value:
                if self.st.precision == "year":  # only the year is known: the date is in it
                    pass
                elif int(shift) < 0 and d >= ref and value.count("-") == 2 and _num(self.t(j + 2)) is None:
                    d = _safe_date(d.year - 1, d.month, d.day) or d
                elif int(shift) > 0 and d <= ref and _num(self.t(j + 2)) is None:
                    d = _safe_date(d.year + 1, d.month, d.day) or d
                return k, _fmt(d), d
            return k, value, d
        mo = _month(word, self.v)
        if mo is not None:
            if ref is None:
                return j + 1, f"XXXX-{mo:02d}", None
            y = ref.year
            if self.st.precision != "year":
                if int(shift) < 0 and mo >= ref.month:
                    y -= 1
                if int(shift) > 0 and mo <= ref.month:
                    y += 1
            return j + 1, f"{y}-{mo:02d}", None
        bm = _lookup(word, self.v.bmonths, self.v)
        if bm is not None:
            return self.bengali_month(j, int(bm), int(shift))
        wd = _lookup(word, self.v.weekdays, self.v)
        if wd is not None and ref is not None and self.st.exact:
            if int(shift) < 0:
                back = (ref.isoweekday() - int(wd)) % 7 or 7
                d = ref - timedelta(days=back)
            elif int(shift) > 0:
                fwd = (int(wd) - ref.isoweekday()) % 7 or 7
                d = ref + timedelta(days=fwd)
            else:
                d = ref - timedelta(days=(ref.isoweekday() - int(wd)) % 7)
            return self.part_of_day(j + 1), _fmt(d), d
        return None

    def bengali_month(self, j: int, bm: int, shift: int) -> tuple[int, str, date | None] | None:
        ref = self.st.ref
        if ref is None:
            return None
        by = calendars.bengali_year_of(ref, self.st.region)
        start = calendars.month_start(by, bm, self.st.region)
        if shift > 0 and start <= ref:
            by += 1
        elif shift <= 0 and start > ref:
            by -= 1
        start = calendars.month_start(by, bm, self.st.region)
        end = calendars.month_end(by, bm, self.st.region)
        k, mod = self.mod_at(j + 1)
        if mod == "START" and self.t(j + 1) in ("শুরু", "শুরুর"):
            return k, _fmt(start), start
        return j + 1, f"{_fmt(start)}/{_fmt(end)}", None

    def month_year(self, i: int) -> tuple[int, str, date | None] | None:
        """'মার্চ ২০২৫', bare 'মার্চের' / 'ডিসেম্বর থেকে', Bengali month alone."""
        mo = _month(self.t(i), self.v)
        if mo is not None and self.st.ref is not None:
            # "জুলাই-আগস্টে", "জানুয়ারি থেকে মার্চ পর্যন্ত": a range of months of one year
            k = i + 1 if self.t(i + 1) in self.v.range_words else None
            mo2 = _month(self.t(k + 1), self.v) if k is not None else None
            if mo2 is not None and mo2 > mo and k is not None:
                y0 = self.st.ref.year - (1 if mo > self.st.ref.month and self.st.precision != "year" else 0)
                j = k + 2
                if self.t(j) in ("পর্যন্ত", "পর্যন্তও"):
                    j += 1
                return j, f"{y0}-{mo:02d}/{y0}-{mo2:02d}", None
        if mo is not None:
            y = _num(self.t(i + 1))
            if y is not None and 1000 <= y <= 2200:
                j = i + 2
                if self.t(j) in ("সালে", "সালের", "সাল"):
                    j += 1
                return j, f"{y}-{mo:02d}", None
            if self.t(i) in ("মে", "মের") and not self.t(i + 1).startswith("মাস"):
                return None  # "মে" alone is too ambiguous
            ref = self.st.ref
            if ref is None:
                return i + 1, f"XXXX-{mo:02d}", None
            # "since August" (থেকে) looks back: the last August; otherwise the nearest one to the
            # article's date ("ডিসেম্বরের মধ্যে" written in November is next month)
            if self.st.precision == "year":
                y0 = ref.year
            elif self.mod_at(i + 1)[1] == "START":
                y0 = ref.year - (1 if mo > ref.month else 0)
            else:
                y0 = min((ref.year - 1, ref.year, ref.year + 1),
                         key=lambda y: (abs((y * 12 + mo) - (ref.year * 12 + ref.month)), -y))
            return i + 1, f"{y0}-{mo:02d}", None
        bm = _lookup(self.t(i), self.v.bmonths, self.v)
        if bm is not None:
            return self.bengali_month(i, int(bm), 0)
        return None

    def year_expr(self, i: int) -> tuple[int, str, date | None] | None:
        """'২০২২ সালের অক্টোবরে', '২০২১ থেকে ২০২৩ সাল পর্যন্ত', '২০২০ সাল থেকে'."""
        y = self.short_year(i) or _num(self.t(i))
        if y is None or not 1000 <= y <= 2200:
            return None
        # "২০১৫-১৬ সালে", "১৯৫৫-৫৬ সাল পর্যন্ত": a span of years
        if self.t(i + 1) in ("-", "–") and self.t(i + 3) in self.v.year_after:
            y2 = _num(self.t(i + 2))
            if y2 is not None and y2 < 100 and re.fullmatch(r"[0-9০-৯]{2}", self.t(i + 2)):
                y2 += (y // 100) * 100
            if y2 is not None and y < y2 <= y + 20:
                return i + 4, f"{y}/{y2}", None
        # "১৯৯০-এর দশকে": a decade
        k = i + 1
        if self.t(k) in ("-", "–"):
            k += 1
        if y % 10 == 0 and self.t(k) in ("এর", "র") and self.t(k + 1).startswith("দশক"):
            return k + 2, f"{y // 10:03d}", None
        if y % 10 == 0 and self.t(i + 1).startswith("দশক"):
            return i + 2, f"{y // 10:03d}", None
        # "২০২৫-২৬ অর্থবছরে": a fiscal year (July-June in Bangladesh, April-March in India)
        if self.t(i + 1) in ("-", "–") and re.fullmatch(r"[0-9০-৯]{2}", self.t(i + 2)) \
                and self.t(i + 3).startswith("অর্থবছর"):
            start_month = 4 if self.st.region == "IN" else 7
            return i + 4, f"{y}-{start_month:02d}/{y + 1}-{start_month - 1:02d}", None
        if self.t(i + 1) in self.v.range_words:
            y2r = self.year_at(i + 2)
            if y2r:
                y2, j = y2r
                if self.t(j) in ("পর্যন্ত", "পর্যন্তও"):
                    j += 1
                return j, f"{y}/{y2}", None
        yr = self.year_at(i)
        if not yr:
            return None
        j = yr[1]
        day = _num(self.t(j))
        mo = _month(self.t(j + 1), self.v, strict_may=False) if day is not None and 1 <= day <= 31 else None
        if mo is not None and day is not None:  # "১৯৭১ সালের ২৬ মার্চ"
            d = _safe_date(y, mo, day)
            if d:
                return j + 2, _fmt(d), d
        mo = _month(self.t(j), self.v)
        if mo is not None:
            mo2 = _month(self.t(j + 2), self.v) if self.t(j + 1) in ("-", "–") else None
            if mo2 is not None:  # "২০২৪ সালের জুলাই-আগস্টে"
                return j + 3, f"{y}-{mo:02d}/{y}-{mo2:02d}", None
            return j + 1, f"{y}-{mo:02d}", None
        ref = self.st.ref
        if ref is not None and self.st.exact and self.st.precision == "day":
            for phrase in self.v.this_day:
                if tuple(self.t(j + k) for k in range(len(phrase))) == phrase:  # "১৯৪৯ সালের এই দিনে"
                    d = _safe_date(y, ref.month, ref.day)
                    if d:
                        return j + len(phrase), _fmt(d), d
        return j, str(y), None

    def relative_day(self, i: int) -> tuple[int, str, date | None] | None:
        w = self.t(i)
        two = f"{w} {self.t(i + 1)}"
        if two in self.v.relative_days:
            off, j = self.v.relative_days[two], i + 2
        else:
            off = _lookup(w, self.v.relative_days, self.v)
            if off is None:
                return None
            j = i + 1
        wd = _lookup(self.t(j), self.v.weekdays, self.v)
        if wd is not None:
            j += 1
        j = self.part_of_day(j)
        if self.st.ref is None or not self.st.exact:
            if wd is None and self.st.today_wd is not None:  # "আজ" where the text says "আজ সোমবার"
                wd = (self.st.today_wd - 1 + int(off)) % 7 + 1
            return (j, f"XXXX-WXX-{wd}", None) if wd is not None else None
        d = self.st.ref + timedelta(days=int(off))
        return j, _fmt(d), d

    def same_day(self, i: int) -> tuple[int, str, date | None] | None:
        """'এদিন', 'পরদিন দুপুরে', 'সেদিন': the day the text named last (or the article's day)."""
        two = f"{self.t(i)} {self.t(i + 1)}"
        if two in self.v.same_day:
            off, j = self.v.same_day[two], i + 2
        else:
            off = _lookup(self.t(i), self.v.same_day, self.v)
            if off is None:
                return None
            j = i + 1
        j = self.part_of_day(j)
        day = self.st.last_day or (self.st.ref if self.st.exact else None)
        if day is None:
            return j, "XXXX-XX-XX", None
        d = day + timedelta(days=int(off))
        return j, _fmt(d), d

    def fiscal_year_at(self, i: int) -> int | None:
        """Index after a fiscal-year word at i ("অর্থবছরে", "অর্থ বছরের", "করবর্ষ পর্যন্ত")."""
        for f in self.v.fiscal:
            parts = f.split()
            if all(self.t(i + k).startswith(parts[k]) for k in range(len(parts))):
                return i + len(parts)
        return None

    def fiscal_tail(self, j: int, shift: int | None, start_year: int | None = None) -> tuple[int, str, date | None]:
        """After a fiscal year: the whole year, or a part of it ("…অর্থবছরের ১ জুলাই থেকে ২৫ নভেম্বর",
        "…অর্থবছরের একই সময়ে (১ জুলাই থেকে ২৫ নভেম্বর)")."""
        sm = 4 if self.st.region == "IN" else 7
        if start_year is None and shift is not None and self.st.fy_current is not None \
                and not (self.st.exact and self.st.ref and self.st.ref.year >= 1000):
            start_year = self.st.fy_current + shift
        if start_year is None and shift is not None and self.st.ref is not None and self.st.precision != "year":
            ref = self.st.ref
            start_year = (ref.year if ref.month >= sm else ref.year - 1) + shift
        k = j
        same = self.t(k) == "একই" and self.t(k + 1).startswith("সময়")
        if same:
            k += 2
            if self.t(k) == "(":
                k += 1
        span = self._day_span(k)
        if span is None and same and self.st.fy_span:
            m1, d1, m2, d2 = self.st.fy_span
            end = j + 2
        elif span is not None:
            m1, d1, m2, d2, end = span
            self.st.fy_span = (m1, d1, m2, d2)
            if same and self.t(end) == ")":
                end += 1
        else:
            if start_year is None:
                return j, "XXXX-XX/XXXX-XX", None
            return j, f"{start_year}-{sm:02d}/{start_year + 1}-{sm - 1:02d}", None
        if start_year is None:
            return end, f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", None
        y1 = start_year if m1 >= sm else start_year + 1
        y2 = start_year if m2 >= sm else start_year + 1
        return end, f"{y1}-{m1:02d}-{d1:02d}/{y2}-{m2:02d}-{d2:02d}", None

    def _day_span(self, k: int) -> tuple[int, int, int, int, int] | None:
        """'১ জুলাই থেকে ২৫ নভেম্বর (পর্যন্ত)': months and days of both ends, and the index after."""
        d1, m1 = _num(self.t(k)), _month(self.t(k + 1), self.v, strict_may=False)
        if d1 is None or m1 is None or self.t(k + 2) not in self.v.range_words:
            return None
        d2, m2 = _num(self.t(k + 3)), _month(self.t(k + 4), self.v, strict_may=False)
        if d2 is None or m2 is None or not (1 <= d1 <= 31 and 1 <= d2 <= 31):
            return None
        end = k + 5
        if self.t(end) in ("পর্যন্ত", "পর্যন্তও"):
            end += 1
        return m1, d1, m2, d2, end

    def fiscal_year(self, i: int) -> tuple[int, str, date | None] | None:
        """'২০২৪-২৫ অর্থবছরে', '২০২৩-২০২৪ অর্থবছরের ১ জুলাই থেকে …', '২০১২-১৩ থেকে ২০২১-২২ করবর্ষে'."""
        def fy(k: int) -> tuple[int, int] | None:
            y = _num(self.t(k))
            if y is None or not 1000 <= y <= 2200 or self.t(k + 1) not in ("-", "–", "/"):
                return None
            y2 = _num(self.t(k + 2))
            if y2 is None or not (y2 == (y + 1) % 100 or y2 == y + 1):
                return None
            return y, k + 3
        first = fy(i)
        if first is None:
            return None
        y, j = first
        if self.t(j) in self.v.range_words:
            second = fy(j + 1)
            if second is not None:
                end = self.fiscal_year_at(second[1])
                if end is not None:
                    sm = 4 if self.st.region == "IN" else 7
                    if self.t(end) in ("পর্যন্ত", "পর্যন্তও"):
                        end += 1
                    return end, f"{y}-{sm:02d}/{second[0] + 1}-{sm - 1:02d}", None
        end = self.fiscal_year_at(j)
        if end is None:
            return None
        return self.fiscal_tail(end, None, start_year=y)

    def year_name_date(self, i: int) -> tuple[int, str, date | None] | None:
        """'চব্বিশের ৫ আগস্ট': a year written as a word before a date."""
        w = self.t(i)
        n = self.v.year_name_forms.get(w)
        if n is None:
            return None
        dm = self.day_month_year(i + 1)
        m = re.fullmatch(r"(?:\d{4}|XXXX)-(\d\d)-(\d\d)", dm[1]) if dm else None
        if dm is None or m is None:
            return None
        now = self.st.ref.year if self.st.ref and self.st.ref.year >= 1000 else 2030
        y = (now // 100) * 100 + int(n)
        if y > now:
            y -= 100
        g = _safe_date(y, int(m.group(1)), int(m.group(2)))
        return (dm[0], _fmt(g), g) if g else None

    def festival(self, i: int) -> tuple[int, str, date | None] | None:
        """'রমজান', 'ঈদের আগে', 'পূজার ছুটি': resolved against the article's day when it is known."""
        two = _lookup(f"{self.t(i)} {self.t(i + 1)}", self.v.festivals, self.v)
        name, j = (two, i + 2) if two else (_lookup(self.t(i), self.v.festivals, self.v), i + 1)
        if name is None:
            return None
        ref = self.st.ref
        dates = self.v.festival_dates.get(str(name), {})
        if ref is None or not self.st.exact or ref.year < 1000:
            return j, "XXXX-XX", None
        for y in (ref.year, ref.year + 1):
            v = dates.get(str(y))
            if v and date.fromisoformat(v.split("/")[-1]) >= ref:
                return j, v, None
        return j, "XXXX-XX", None

    def bare_year_end(self, i: int) -> tuple[int, str, date | None] | None:
        """'বছর শেষে': the end of the current year (a bare 'বছর' is a duration otherwise)."""
        if self.t(i) not in ("বছর", "বছরের") or self.mod_at(i + 1)[1] != "LATE":
            return None
        if self.st.just_ended is not None:  # written just after a year ended: that year's end
            return i + 1, str(self.st.just_ended) if self.st.just_ended >= 1000 else "XXXX", None
        ref = self.st.ref
        return i + 1, f"{ref.year:04d}" if ref else "XXXX", None

    def clock_time(self, i: int, prefix: str | None = None) -> tuple[int, str, date | None] | None:
        """'ভোর চারটের মধ্যে', 'সকাল আটটা', 'রাত ১০টায়', 'সকাল ১০ টা ২৫ মিনিটে', 'বেলা সাড়ে ১১টার দিকে':
        anchored to the last day named."""
        part = _lookup(self.t(i), self.v.parts, self.v)
        if part is None:
            return None
        k, minute = i + 1, 0
        if self.t(k) in self.v.fractions:  # "সাড়ে", "সোয়া", "পৌনে"
            k, minute = k + 1, self.v.fractions[self.t(k)]
        h = _lookup(self.t(k), self.v.hours, self.v)
        if h is None and minute == 0 and (half := _lookup(self.t(k), self.v.half_hours, self.v)) is not None:
            h, minute = half, 30  # "দুপুর আড়াইটায়": 2:30 in the afternoon
        if h is None:
            m = re.match(r"^([0-9০-৯]{1,2})(টা|টায়|টার|টে)?$", self.t(k))
            if m and not m.group(2) and self.t(k + 1) in ("টা", "টায়", "টার", "টে"):
                k += 1
            elif m and not m.group(2):
                m = None
            h = int(to_ascii_digits(m.group(1))) if m else None
        if h is None or not 1 <= int(h) <= 12:
            return None
        k += 1
        mins = _num(self.t(k))
        if minute == 0 and mins is not None and 0 < mins < 60 and self.t(k + 1).startswith("মিনিট"):
            minute, k = mins, k + 2
        hour = int(h)
        if minute < 0:  # a quarter before the hour: "বেলা পৌনে ১টা" is 12:45, "রাত পৌনে ১টা" 00:45
            hour, minute = hour - 1, 60 + minute
            if hour == 0 and part not in ("night", "am"):
                hour = 12
        if (part == "pm" and hour < 12) or (part == "noon" and hour < 6) or (part == "night" and 6 <= hour < 12) \
                or (part == "day" and hour < 6):
            hour += 12
        if prefix is None:
            day = self.st.last_day or (self.st.ref if self.st.exact else None)
            prefix = _fmt(day) if day else "XXXX-XX-XX"
        if part == "night" and hour == 12:
            # "রাত ১২টা" is the midnight that ends the day named: 00:00 of the next date
            hour = 0
            if re.fullmatch(r"(\d{4}|XXXX)-\d\d-\d\d", prefix):  # a year unknown counts as a leap one
                known = not prefix.startswith("X")
                nxt = date.fromisoformat(prefix if known else "2000" + prefix[4:]) + timedelta(days=1)
                prefix = _fmt(nxt) if known else "XXXX" + _fmt(nxt)[4:]
        return k, f"{prefix}T{hour:02d}:{minute:02d}", None

    def ago(self, i: int) -> tuple[int, str, date | None] | None:
        """'দুই দিন আগে', 'তিন মাস আগে': counted back from the article's date. ("তিন বছর পর" is
        mostly a duration after some event, not a date, and is left to the quantities.)"""
        n = _num(self.t(i))
        if n is None:
            n = _SMALL_NUMBERS.get(self.t(i))
        if n is None and self.t(i).startswith("এক") and self.t(i) != "এক":  # "একমাস আগে", "একদিন আগে"
            glued = [self.t(i)[:2], self.t(i)[2:], *self.texts[i + 1:i + 3]]
            got = _Reader(glued, self.v, self.st).ago(0)
            return (i + got[0] - 1, got[1], got[2]) if got else None
        unit = _lookup(self.t(i + 1), self.v.units, self.v) if n is not None else None
        way = self.t(i + 2)
        is_day = self.t(i + 1).startswith("দিন")
        if n is None or (unit not in ("week", "month", "year") and not is_day) \
                or way not in ("আগে", "আগেই", "আগেও"):
            return None
        sign = -1
        ref = self.st.ref
        if ref is None or not self.st.exact:
            return i + 3, "XXXX-XX-XX" if is_day or unit == "week" else "XXXX-XX" if unit == "month" else "XXXX", None
        if self.t(i + 1).startswith("দিন") or unit == "week":
            d = ref + timedelta(days=sign * n * (7 if unit == "week" else 1))
            return i + 3, _fmt(d), d
        if unit == "month":
            y, m = _add_months(ref.year, ref.month, sign * n)
            return i + 3, f"{y}-{m:02d}", None
        return i + 3, f"{ref.year + sign * n:04d}", None

    def after_named(self, i: int) -> tuple[int, str, date | None] | None:
        """'ছয় মাস পর', 'দুই বছর পরে' just after a month or year the text named ("২০২২ সালের জুলাইয়ে
        ঋণ চায়। ছয় মাস পর …"): counted on from it. Far from such a time, or after a time without
        its year, it is a duration and is left to the quantities."""
        n = _num(self.t(i))
        if n is None:
            n = _SMALL_NUMBERS.get(self.t(i))
        unit = _lookup(self.t(i + 1), self.v.units, self.v) if n is not None else None
        if n is None or unit not in ("month", "year") or self.t(i + 2) not in ("পর", "পরে", "পরেই"):
            return None
        last = self.st.found[-1] if self.st.found else None
        if last is None or not 0 <= self.starts[i] - last.end <= _AFTER_NAMED_CHARS or last.mod is not None:
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d\d))?", last.value)
        if m is None or (unit == "month" and m.group(2) is None):
            return None
        if unit == "year":
            return i + 3, str(int(m.group(1)) + n), None
        y, mo = _add_months(int(m.group(1)), int(m.group(2)), n)
        return i + 3, f"{y}-{mo:02d}", None

    def day_of_month(self, i: int) -> tuple[int, str, date | None] | None:
        """'২৬ তারিখে' alone: that day of the month the text last named, or of the article's month."""
        d = _num(self.t(i))
        if d is None or not 1 <= d <= 31 or not self.t(i + 1).startswith("তারিখ"):
            return None
        last = self.st.found[-1].value if self.st.found else ""
        m = re.match(r"(\d{1,4}|XXXX)-(\d\d)(?:-\d\d)?(?:T|$)", last)
        if m and m.group(1) == "XXXX":
            return i + 2, f"XXXX-{m.group(2)}-{d:02d}", None
        base = (int(m.group(1)), int(m.group(2))) if m else None
        if base is None and self.st.ref is not None and self.st.exact:
            base = (self.st.ref.year, self.st.ref.month)
        if base is None:
            return i + 2, f"XXXX-XX-{d:02d}", None
        g = _safe_date(base[0], base[1], d)
        return (i + 2, _fmt(g), g) if g else None

    def century(self, i: int) -> tuple[int, str, date | None] | None:
        c = self.v.ordinal_centuries.get(self.t(i))
        if c and _lookup(self.t(i + 1), self.v.units, self.v) == "century":
            return i + 2, f"{c - 1:02d}", None
        return None

    def at(self, i: int) -> tuple[int, str, date | None] | None:
        w = self.t(i)
        if not _may_begin(w, self.v):
            return None
        # only the readers that can match a first word like this one, in the same order: a day,
        # a date's day or a fiscal year needs digits first (_num), a year digits after an
        # apostrophe at most ("’৯৬"); a word in digits is in no word table (months, weekdays,
        # relative days …), unless the pack has such a key (`digit_keys`)
        first, after_mark = w[:1], w.lstrip("’'")[:1]
        if first and first in _DIGITS:
            readers = self.digit_readers
        elif after_mark and after_mark in _DIGITS:
            readers = self.short_year_readers
        else:
            readers = self.word_readers
        for f in readers:
            r = f(i)
            if r:
                r = self.month_tail(*r)
            if r and f == self.ago:
                # "এক বছর আগে গত বছরের সেপ্টেম্বর শেষে": the count back restates the time that
                # follows it; one time, with the value of the named one
                named = self.at(r[0])
                if named is not None:
                    return named[0], named[1], named[2]
            if r:
                return self.with_clock(*r)
        return None

    def month_tail(self, j: int, value: str, day: date | None) -> tuple[int, str, date | None]:
        """After a month: the word "মাস" ("জুলাই মাসে", "সেপ্টেম্বর মাস শেষে") is part of it, and a
        day given as a date of it ("ডিসেম্বরের ২৮ তারিখ", "গত মাসের ১৫ তারিখে") makes it that day."""
        m = re.fullmatch(r"(\d{1,4}|XXXX)-(\d\d)", value)
        if m is None:
            return j, value, day
        if self.t(j).startswith("মাস") and _month(self.t(j - 1), self.v, strict_may=False) is not None:
            j += 1
        d = _num(self.t(j))
        if d is None or not 1 <= d <= 31 or not self.t(j + 1).startswith("তারিখ") \
                or not self.t(j - 1).endswith("র"):
            return j, value, day
        if m.group(1) == "XXXX":
            return j + 2, f"{value}-{d:02d}", None
        g = _safe_date(int(m.group(1)), int(m.group(2)), d)
        return (j + 2, _fmt(g), g) if g else (j, value, day)

    def with_clock(self, j: int, value: str, day: date | None) -> tuple[int, str, date | None]:
        """A clock time right after a day: "সোমবার রাত ১০টায়" → …T22:00; the weekday after a date
        is part of it ("২০ জানুয়ারি মঙ্গলবার", "আগামী ১২ ফেব্রুয়ারি বৃহস্পতিবার")."""
        wd = _lookup(self.t(j), self.v.weekdays, self.v)
        if re.fullmatch(r"(\d{1,4}|XXXX)-\d\d-\d\d", value) and wd is not None:
            j = self.part_of_day(j + 1)
            d0 = date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d\d-\d\d", value) else None
            if d0 is not None and d0.isoweekday() != int(wd):  # the weekday picks the year next to it
                fits = [g for y in (d0.year + 1, d0.year - 1)
                        if (g := _safe_date(y, d0.month, d0.day)) and g.isoweekday() == int(wd)]
                if fits:
                    value, day = _fmt(fits[0]), fits[0]
        if "T" in value or "/" in value or not re.fullmatch(r"(\d{4}|XXXX)-(\d\d-\d\d|WXX-\d)", value):
            return j, value, day
        k = j - 1 if _lookup(self.t(j - 1), self.v.parts, self.v) else j
        clock = self.clock_time(k, prefix=value)
        if clock is None:
            return j, value, day
        after_day = self.t(k - 1) in self.v.night_after and clock[1][:10] == value[:10]  # not midnight's
        if after_day and int(clock[1][-5:-3]) < 6 and re.match(r"\d{4}-\d\d-\d\d", value):
            # "শনিবার দিবাগত রাত ২টায়": the small hours of the night after that day, the next date
            nxt = date.fromisoformat(value[:10]) + timedelta(days=1)
            return clock[0], _fmt(nxt) + clock[1][10:], day
        return clock[0], clock[1], day


def _reference_date(doc: Document, starts: list[int], texts: list[str], v: _Vocab) -> date | None:
    for s in (doc.published, doc.meta.date):
        if s:
            try:
                return date.fromisoformat(s[:10])
            except ValueError:
                pass
    # a dateline among the first lines: the first full date with a year
    limit = _first_lines_end(doc.text, 4)
    st = _State(ref=None, region=doc.region)
    n = bisect_left(starts, limit)
    r = _Reader(texts[:n], v, st, starts[:n])
    for i in range(n):
        got = r.day_month_year(i) or r.month_day_year(i)
        if got and got[2] is not None and re.match(r"^\d{4}-\d{2}-\d{2}", got[1]):
            return got[2]
    return None


def _inferred_reference(found: list[TimeExpr], v: _Vocab, year: int | None = None) -> tuple[date, bool] | None:
    """Without a date: the article's day from its own words. A report names its day as a weekday
    with the date ("সোমবার (২৯ ডিসেম্বর)"); the year is the latest one the text names, if that
    year puts the date on that weekday. A day without a year gets a stand-in year (under 100,
    written `XXXX`) with the right weekday, so that "আজ", "এদিন" and "গত ২৬ ডিসেম্বর" still
    resolve to month and day. (Taking the latest year named as the current one, without such a
    day, was tried and measured worse: articles name the years of their background more often.)"""
    years = [int(y) for t in found for y in re.findall(r"(?<![\d-])(\d{4})(?=-|/|$)", t.value)]
    latest = year or (max(years) if years else None)  # the year the text fixes, else the latest named
    for t in found:
        m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", t.value)
        wd_word = t.text.split()[0]
        wd = _lookup(wd_word, v.weekdays, v)
        if not m or wd is None or "(" not in t.text:
            continue
        mo, d = int(m.group(1)), int(m.group(2))
        for y in ((latest, latest + 1, latest - 1) if latest else ()):
            g = _safe_date(y, mo, d)
            if g and g.isoweekday() == int(wd):
                return g, True
        for y in range(40, 68):  # a stand-in year with the right weekday
            g = _safe_date(y, mo, d)
            if g and g.isoweekday() == int(wd):
                return g, True
    return None


def _relative_year_shift(t: TimeExpr, v: _Vocab) -> int | None:
    """The shift of "চলতি বছরের সেপ্টেম্বর", "গত বছরের ৩০ জানুয়ারি" (0, -1): a month of a year
    named relative to the article's."""
    words = t.text.split()
    for n in (2, 1):
        shift = v.shifts.get(" ".join(words[:n]))
        if shift is not None and shift != "anaphor" and len(words) > n \
                and _lookup(words[n], v.units, v) == "year":
            return int(shift)
    return None


def _year_from_pairs(found: list[TimeExpr], v: _Vocab, text: str) -> int | None:
    """Without a date: the article's year from a month it names both ways. "চলতি বছরের
    সেপ্টেম্বর শেষে" near "২০২৫ সালের সেপ্টেম্বর মাস শেষে" makes this year 2025; "গত বছরের ৩০
    জানুয়ারি" in the sentence that dates the same January to 2023 makes it 2024. A restatement
    with "চলতি" is trusted before one with "গত"/"আগামী" (a same-month figure of another year is
    more often a comparison, so it counts only right beside the other, in one sentence), and the
    nearest pair decides."""
    best: tuple[int, int, int] | None = None  # (|shift|, distance, year)
    for t in found:
        m = re.match(r"XXXX-(\d\d)", t.value)
        shift = _relative_year_shift(t, v) if m else None
        if m is None or shift is None:
            continue
        for u in found:
            k = re.match(r"(\d{4})-(\d\d)", u.value)
            if k is None or k.group(2) != m.group(1) or "/" in u.value:
                continue
            dist = max(u.start - t.end, t.start - u.end)
            between = text[min(t.end, u.end):max(t.start, u.start)]
            if dist > _PAIR_CHARS or "\n" in between:
                continue
            if shift != 0 and (dist > _AFTER_NAMED_CHARS or any(c in between for c in "।.?!")):
                continue  # "last year's" month as one time only beside it, in one sentence
            key = (abs(shift), dist, int(k.group(1)) - shift)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _today_weekday(found: list[TimeExpr], v: _Vocab) -> int | None:
    """The article's weekday from "আজ সোমবার" / "গতকাল রোববার" when no date says more."""
    for t in found:
        parts = t.text.split()
        off = _lookup(parts[0], v.relative_days, v) if len(parts) > 1 else None
        wd = _lookup(parts[1], v.weekdays, v) if off is not None else None
        if wd is not None and off is not None:
            return (int(wd) - 1 - int(off)) % 7 + 1
    return None


# what an article's own day looks like: "সোমবার (২৯ ডিসেম্বর)", "আজ সোমবার", "গতকাল রোববার"
_ANCHOR_HINT = re.compile(r"বার\s*\(\s*[০-৯0-9]|(?:আজ|গতকাল)\s+\S+বার")


def _unyear(value: str) -> str:
    """Values computed from a stand-in year (under 100) have an unknown year."""
    out = re.sub(r"(^|/)(?:00\d\d|\d{1,3})(?=-|/|$)", r"\1XXXX", value)
    return re.sub(r"XXXX-W\d\d", "XXXX-WXX", out)


def _first_lines_end(text: str, n: int) -> int:
    pos = 0
    for _ in range(n):
        k = text.find("\n", pos)
        if k < 0:
            return len(text)
        pos = k + 1
    return pos


def tag_times(text: str, ref: date | None, region: str | None, code: str = "bn") -> list[TimeExpr]:
    v = _vocab(code)
    starts, texts = _words(text)
    return _tag(starts, texts, text, v, _State(ref=ref, region=region))


def _speech_day(text: str, at: int, found: list[TimeExpr], off: int) -> str | None:
    """"গতকাল সভায় তিনি বলেন, ‘আজ আমার সমাবেশে …’": inside a quotation, "today" is the day the
    words were spoken, the day its sentence names before the quotation opens (None when the word
    is not quoted or the sentence names no day)."""
    q = max(text.rfind("‘", 0, at), text.rfind("“", 0, at))
    if q < 0 or any(c in text[q + 1:at] for c in "’”\n"):
        return None
    s = max(text.rfind(c, 0, q) for c in "।\n?!") + 1
    said = [t for t in found if s <= t.start and t.end <= q]
    if not said:
        return None
    day = said[-1].value.split("T")[0]
    if re.fullmatch(r"XXXX-WXX-\d", day):
        return f"XXXX-WXX-{(int(day[-1]) - 1 + off) % 7 + 1}"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return _fmt(date.fromisoformat(day) + timedelta(days=off))
    if re.fullmatch(r"XXXX-\d\d-\d\d", day) and off == 0:
        return day
    return None


def _tag(starts: list[int], texts: list[str], text: str, v: _Vocab, st: _State) -> list[TimeExpr]:
    r = _Reader(texts, v, st, starts)
    nxt = 0  # the first word a time may begin at (after the last one found)
    never = v.never_begins
    # most words are known not to begin a time (from an earlier use): they are skipped in one pass,
    # without a call (a word first met is tried, and its answer kept in `begins` or `never_begins`)
    for i in indices_except(texts, never):
        if i < nxt or texts[i] in never:  # (or found not to since: a word met twice)
            continue
        got = r.at(i)
        if not got:
            continue
        j, value, day = got
        j, mod = r.mod_at(j)
        if st.ref is not None and st.ref.year < 100 and not re.fullmatch(r"\d{2,3}", value):
            value = _unyear(value)
        a, b = starts[i], starts[j - 1] + len(texts[j - 1])
        off = _lookup(texts[i], v.relative_days, v)
        if off is not None and not any(_lookup(w, v.weekdays, v) for w in texts[i:j]):
            value = _speech_day(text, a, st.found, int(off)) or value
        st.found.append(TimeExpr(a, b, text[a:b], value, mod))
        if day is not None:
            st.last_day = day
        m = re.match(r"^(\d{4})", value)
        if m:
            st.last_year = int(m.group(1))
            if to_ascii_digits(text[a:b]).find(m.group(1)) >= 0 and re.match(r"^\d{4}-\d\d-\d\d", value):
                st.named_year = (int(m.group(1)), b)  # (a full date with its year in figures)
        # a start and its end right after it ("১৯৯১ সাল থেকে ২০০১ সাল পর্যন্ত"): one interval
        if len(st.found) >= 2 and mod == "END" and st.found[-2].mod == "START" \
                and not text[st.found[-2].end:a].strip() and "/" not in st.found[-2].value + value \
                and value >= st.found[-2].value[:len(value)] and "X" not in st.found[-2].value + value:
            # (not one whose end came out before its start: a weekday or month resolved to the wrong side)
            first = st.found[-2]
            st.found[-2:] = [TimeExpr(first.start, b, text[first.start:b], f"{first.value}/{value}", None)]
        nxt = j
    return st.found


def _word_before(text: str, at: int) -> str:
    before = text[max(0, at - 20):at].split()
    return before[-1] if before else ""


def _stated_year(found: list[TimeExpr], v: _Vocab, text: str) -> int | None:
    """"চলতি ২০২৫ সালের মার্চে": the text names the current year outright."""
    for t in found:
        m = re.match(r"(\d{4})(?:-\d\d)*$", t.value)
        if m and _word_before(text, t.start) in v.current_words and not any(f in t.text for f in v.fiscal):
            return int(m.group(1))
    return None


def _fiscal_anchor(found: list[TimeExpr], v: _Vocab, text: str) -> int | None:
    """The first year of the current fiscal year, when the text fixes it without a date:
    "চলতি ২০২৫-২৬ অর্থবছরের" names it; "২০২৪-২৫ অর্থবছরের ১ জুলাই থেকে ২৫ নভেম্বর …" followed
    by "চলতি অর্থবছরের একই সময়ে" sets the named period apart from the current year's, so the
    current one is the next (the same period is compared with the year before: with "গত
    অর্থবছরের একই সময়" the named year is the current one)."""
    named: int | None = None
    for t in found:
        words = t.text.split()
        fiscal = any(f in t.text for f in v.fiscal)
        if not fiscal:
            continue
        lead = re.match(r"[0-9০-৯]{4}", t.text)
        first = int(to_ascii_digits(lead.group())) if lead else None
        if first is not None and 1000 <= first <= 2200 and _word_before(text, t.start) in v.current_words:
            return first
        if first is not None and 1000 <= first <= 2200 and re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", t.value):
            named = first
            continue
        shift = v.shifts.get(words[0])
        if named is not None and isinstance(shift, int) and shift <= 0 and "একই" in words:
            return named + 1 + shift
    return None


def _second_pass_state(found: list[TimeExpr], doc: Document, v: _Vocab) -> _State | None:
    """No dateline: what the text's own times say of its day, month, year and fiscal year, as
    the state to read it again with (None when they say nothing more).

    A weekday with its date ("সোমবার (২৯ ডিসেম্বর)") gives the day; without one, the year comes
    from a month named both ways or the current year named outright, and the month from its
    calling the last year "সদ্য বিদায়ী বছর" (written in January). Days and weekdays then stay
    unknown, and months and days without a year take that year."""
    year = _year_from_pairs(found, v, doc.text) or _stated_year(found, v, doc.text)
    fy = _fiscal_anchor(found, v, doc.text)
    st: _State | None = None
    today_wd = None
    if _ANCHOR_HINT.search(doc.text):
        inferred = _inferred_reference(found, v, year)
        if inferred:
            st = _State(ref=inferred[0], region=doc.region, exact=inferred[1])
        else:
            today_wd = _today_weekday(found, v)
    just_ended = any(w in doc.text for w in v.just_ended)
    if st is None and (year or just_ended):
        stand_in = 41  # a stand-in year (under 100): its values are written with XXXX
        st = _State(ref=date(year or stand_in, 1, 1), region=doc.region, exact=False,
                    precision="month" if just_ended else "year", today_wd=today_wd)
        if just_ended:
            st.just_ended = (year or stand_in) - 1
    elif st is None and (today_wd or fy):
        st = _State(ref=None, region=doc.region, today_wd=today_wd)
    if st is not None:
        st.fy_current = fy
    return st


def times(doc: Document) -> Document:
    v = _vocab(doc.lang)
    starts, texts = _words(doc.text)
    ref = _reference_date(doc, starts, texts, v)
    st = _State(ref=ref, region=doc.region)
    found = _tag(starts, texts, doc.text, v, st)
    again = _second_pass_state(found, doc, v) if ref is None else None
    if again is not None:  # a second pass, with what the text says of its own date
        found = _tag(starts, texts, doc.text, v, again)
    published = doc.published or doc.meta.date or (ref.isoformat() if ref else None)
    return replace(doc, times=found, published=published)
