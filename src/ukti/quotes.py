"""One quote, many outlets: statements clustered across articles, each version typed against the first.

The same statement is reported by many outlets over days, often with its words changed. When an
article is stored (ingest, the API or a Spark load; SQLite and PostgreSQL alike) each of its
statements is looked up among the statements stored before it and, if one says the same thing,
joins that one's cluster. The look-up is incremental: a MinHash signature (datasketch) of the
statement's word pairs is cut into bands, and the bands are rows of an indexed table
(`quote_bands`), so finding candidates costs a few index probes whatever the size of the store,
and an ingest never rescans it. Candidates are then checked exactly (shared word pairs over the
shorter statement's, `SAME_AT`).

A cluster's origin is its earliest member by published time, then by the order of storing. Every
member is compared with the origin and is `identical`, `trimmed` (a sub-span of it), `extended`
(the origin is a sub-span of it), `reworded` (other differences, none of them typed) or
`changed`, with typed, located changes: a number or unit changed, a negation added or lost, words
added, removed or replaced inside quotation marks, a different speaker credited, direct speech
turned indirect. A changed quotation is a change of wording, not a contradiction between
speakers: it is never written to the contradictions table.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import itertools
import json
import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# MinHash over word pairs, cut into BANDS bands of ROWS values: two statements become candidates
# when one band agrees, which for word-pair Jaccard similarity J happens with probability
# 1 - (1 - J**3)**21: 0.75 at J = 0.4, 0.93 at 0.5, 0.99 at 0.6, and 0.06% at J = 0.03 (two
# unrelated statements), so few rows come back per probe.
NUM_PERM = 64
SCHEME = "affine32"  # datasketch's hashing scheme (its default), named: stored bands must not change with a new default
BANDS = 21
ROWS = 3
MIN_WORDS = 6  # shorter statements ("আমরা প্রস্তুত") are said by everyone: not clustered
# The same statement: this share of the shorter one's word pairs (at least SHARED of them) in the
# other, both published within DAYS of each other when both dates are known. Measured on the
# corpus (bench/quotes-threshold.md): below 0.7 most candidate pairs are formulas that many
# people say (a police officer's routine line about a body sent for post-mortem), above it most
# are one statement.
SAME_AT = 0.7
SAME_PERSON_AT = 0.9  # … when the two are credited to different named people (see `other_person`)
SHARED = 5
DAYS = 10
CANDIDATES = 8  # most-agreeing candidates checked per statement
NEAR_COPY = 0.9  # a statement this like the one it joins adds no bands of its own
HOT_BAND = 32  # rows one band key keeps at most (on the corpus the most shared key has 25)
RECOMPARE_UP_TO = 300  # a new origin re-compares the members of a cluster this large at most

CHANGE_TYPES = ("number", "unit", "negation_added", "negation_lost", "words_added", "words_removed",
                "words_replaced", "speaker", "direct_to_indirect")

_WORD = re.compile(r"[0-9০-৯]+(?:[.,][0-9০-৯]+)*|[\w\u0980-\u09ff\u200c\u200d]+")
_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
# Words that negate (whole words), and the verb ending -নি ('করেনি', 'হয়নি', 'দেননি').
_NEGATIONS = {"না", "না।", "নি", "নয়", "নেই", "নন", "নাই", "নহে", "নহেন", "নই", "নও", "not", "no", "never",
              "নাকচ"}
_NEG_ENDING = re.compile(r"(?:ে|ে[নত]|য়|[িীো]?ন|ত|ল)নি$")
_CARDINALS = {"এক": 1, "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "নয়": 9, "দশ": 10,
              "এগারো": 11, "বারো": 12, "বিশ": 20, "ত্রিশ": 30, "চল্লিশ": 40, "পঞ্চাশ": 50, "একশ": 100}
_CARDINALS = {unicodedata.normalize("NFC", k): v for k, v in _CARDINALS.items()}
_NUMBER_WORDS = set(_CARDINALS) | {"অর্ধেক", "দ্বিগুণ", "তিনগুণ"}
# multipliers are units of a number: '১২ লাখ' -> '১২ কোটি' changes the unit, '৩৪ হাজার ৫১২' is 34512
_MULTIPLIERS = {"শ": 100, "শত": 100, "হাজার": 1000, "লাখ": 100_000, "লক্ষ": 100_000, "কোটি": 10_000_000,
                "million": 1_000_000, "billion": 1_000_000_000, "মিলিয়ন": 1_000_000, "বিলিয়ন": 1_000_000_000}
# words whose addition or removal alone is style, not a change of what was said
_LIGHT = {"ও", "এবং", "আর", "যে", "তো", "এ", "এই", "ওই", "সে", "তা", "টি", "যা", "কি", "কী", "বা", "the", "a", "and"}

_UNITS = {"টাকা", "টাকার", "ডলার", "ডলারের", "শতাংশ", "শতাংশের", "ভাগ", "কেজি", "টন", "লিটার", "কিলোমিটার", "মিটার",
          "মেগাওয়াট", "ঘণ্টা", "দিন", "দিনের", "মাস", "মাসের", "বছর", "বছরের", "বার", "শত", "শ",
          "হাজার", "লাখ", "লক্ষ", "কোটি", "মিলিয়ন", "বিলিয়ন",
          "percent", "taka", "dollars", "million", "billion", "crore", "lakh"}
_PRONOUNS = {"তিনি", "তারা", "তাঁরা", "উনি", "তিনিও", "তারাও", "তাঁরাও", "আমি", "আমরা", "he", "she", "they", "it",
             "সে", "ওই", "এই", "মুখপাত্র", "তাঁর", "তার", "তাদের", "তাঁদের", "তাঁকে", "তাকে"}


@dataclass(slots=True, frozen=True)
class Word:
    norm: str
    start: int
    end: int


def words(text: str) -> list[Word]:
    """The words of a statement, normalised for comparing (Bengali digits as ASCII, thousands
    separators dropped, casefolded, NFC), with their offsets in the text as given."""
    out = []
    for m in _WORD.finditer(text):
        w = unicodedata.normalize("NFC", m.group()).casefold().replace("\u200c", "").replace("\u200d", "")
        if w[:1].isdigit() or w[:1] in "০১২৩৪৫৬৭৮৯":
            w = w.translate(_DIGITS).replace(",", "")
        out.append(Word(w, m.start(), m.end()))
    return out


@functools.lru_cache(maxsize=4096)
def _norms(text: str) -> tuple[str, ...]:
    """The normalised words of a stored statement (remembered: the same candidates come back)."""
    return tuple(w.norm for w in words(text))


def _pairs(ws: Sequence[str]) -> set[str]:
    return {f"{a} {b}" for a, b in itertools.pairwise(ws)}


@functools.cache
def _permutations() -> Any:
    """The MinHash permutations, made once (making them is most of the cost of a signature)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def bands(ws: Sequence[str]) -> list[int]:
    """The statement's LSH band keys: signed 64-bit integers, one per band (its number mixed in)."""
    return band_keys([ws])[0]


# datasketch's "affine32" scheme mixes each input hash with MurmurHash3's 32-bit finalizer before
# its permutations; `band_keys` does the same for many statements at once
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)
_BAND_PERSON = tuple(bytes([b]) * 8 for b in range(BANDS))


def _fmix32(h: Any) -> Any:
    import numpy as np

    s1, m1, s2, m2, s3 = (np.uint32(c) for c in _FMIX32)
    h = h ^ (h >> s1)
    h = h * m1
    h = h ^ (h >> s2)
    h = h * m2
    return h ^ (h >> s3)


def band_keys(statements: Sequence[Sequence[str]]) -> list[list[int]]:
    """The band keys of many statements at once, equal to datasketch's MinHash of each one's word
    pairs (a test holds them equal): an article's statements are signed with one array
    operation over all their pairs instead of a MinHash object per statement, which was most
    of what clustering cost an ingest (each pair hashed once, even when statements share it)."""
    import numpy as np
    from datasketch.hashfunc import sha1_hash32

    a, b = _permutations()
    hashed: dict[str, int] = {}
    starts: list[int] = []
    flat: list[int] = []
    for ws in statements:
        starts.append(len(flat))
        flat += [hashed.get(p) or hashed.setdefault(p, sha1_hash32(p.encode("utf-8"))) for p in _pairs(ws)]
    empty = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)  # a MinHash of nothing
    if not flat:
        return [_band_keys_of(empty) for _ in statements]
    permuted = _fmix32(np.array(flat, dtype=np.uint32))[:, None] * a[None, :] + b[None, :]
    lengths = np.diff([*starts, len(flat)])
    mins = np.minimum.reduceat(permuted, np.minimum(starts, len(flat) - 1), axis=0)
    return [_band_keys_of(row if n else empty) for row, n in zip(mins, lengths, strict=True)]


def _band_keys_of(values: Any) -> list[int]:
    """A MinHash's values cut into BANDS bands of ROWS, each hashed with its band number."""
    raw = values.tobytes()
    width = ROWS * values.itemsize
    return [int.from_bytes(hashlib.blake2b(raw[i * width:(i + 1) * width], digest_size=8,
                                           person=_BAND_PERSON[i]).digest(), "big", signed=True)
            for i in range(BANDS)]


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """The share of the shorter statement's word pairs that the other one has too (0 when they
    share fewer than SHARED pairs)."""
    pa, pb = _pairs(a), _pairs(b)
    shared = len(pa & pb)
    if shared < SHARED:
        return 0.0
    return shared / min(len(pa), len(pb))


def near_in_time(a: str | None, b: str | None) -> bool:
    """Published within DAYS of each other, or either date unknown."""
    import datetime as dt

    try:
        da, db = dt.date.fromisoformat((a or "")[:10]), dt.date.fromisoformat((b or "")[:10])
    except ValueError:
        return True
    return abs((da - db).days) <= DAYS


# ---- comparing a version with the origin -----------------------------------------------
_CLASSIFIERS = ("টির", "টি", "টা", "জনের", "জন")


def _cardinal(w: str) -> str:
    """'চারটি', 'চারজন' -> 'চার': a number word with its classifier."""
    for suffix in _CLASSIFIERS:
        if w.endswith(suffix) and w[:-len(suffix)] in _CARDINALS:
            return w[:-len(suffix)]
    return w


def _is_number(w: str) -> bool:
    """A figure: digits or a number word; 'এক', 'একটি' alone is an article ('a'), not a figure."""
    return w[:1].isdigit() or _cardinal(w) in _NUMBER_WORDS - {"এক"}


def _values(ws: Sequence[str]) -> list[float]:
    """The numbers a statement gives, however written: '৩৪ হাজার ৫১২', '৩৪,৫১২' and '34512'
    are one value, 'আট লাখ' and '৮ লাখ' another."""
    out: list[float] = []
    total, pending, open_ = 0.0, None, False
    ws = [*ws, ""]
    for i, w in enumerate(ws):
        v: float | None = None
        if w[:1].isdigit():
            try:
                v = float(w.replace(",", ""))
            except ValueError:
                v = None
        elif _cardinal(w) in _CARDINALS and (_cardinal(w) != "এক" or ws[i + 1] in _MULTIPLIERS):
            v = float(_CARDINALS[_cardinal(w)])
        if v is not None:
            if pending is not None:
                out.append(total + pending)
                total = 0.0
            pending, open_ = v, True
        elif w in _MULTIPLIERS and open_:
            total += (pending if pending is not None else 1.0) * _MULTIPLIERS[w]
            pending = None
        elif open_:
            out.append(total + (pending or 0.0))
            total, pending, open_ = 0.0, None, False
    return sorted(out)


def _negations(ws: Iterable[str]) -> int:
    return sum(1 for w in ws if w in _NEGATIONS or (len(w) > 3 and _NEG_ENDING.search(w) is not None))


def _variant(a: Sequence[str], b: Sequence[str]) -> bool:
    """Spelling variants, not different words: as many words, each pair nearly the same
    ('সরকারের'/'সরকারে', 'দেশি'/'দেশী'); numbers must be equal."""
    ja, jb = "".join(a), "".join(b)
    inflected = len(a) == len(b) == 1 and min(len(ja), len(jb)) >= 2 and (ja.startswith(jb) or jb.startswith(ja))
    if not any(_is_number(w) or w in _NEGATIONS for w in (*a, *b)) and (
            inflected or difflib.SequenceMatcher(None, ja, jb).ratio() >= 0.85):
        return True  # 'আমরা নিয়মিতভাবে'/'আমরাই নিয়মিত ভাবে', 'আজ'/'আজকে'
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if _is_number(x) or _is_number(y) or x in _NEGATIONS or y in _NEGATIONS:
            return False
        if difflib.SequenceMatcher(None, x, y).ratio() < 0.75:
            return False
    return True


def _speaker_words(text: str | None) -> set[str]:
    return {w.norm[:4] for w in words(text or "") if len(w.norm) > 1}


def other_person(o: dict[str, Any], m: dict[str, Any]) -> bool:
    """Whether two versions are credited to two different people: both speakers named persons
    (linked to corpus entities of type PER), different ones, whose names share no word. A
    source or an office ('বিজ্ঞপ্তিতে', 'আইএসপিআর', 'প্রধান উপদেষ্টা'), a pronoun or an unnamed
    speaker may be the same one in other words: not a different speaker."""
    if not (o.get("speaker_corpus_id") and m.get("speaker_corpus_id")):
        return False
    if o["speaker_corpus_id"] == m["speaker_corpus_id"]:
        return False
    if o.get("speaker_type", "PER") != "PER" or m.get("speaker_type", "PER") != "PER":
        return False
    so, sm = (o.get("speaker_text") or "").strip(), (m.get("speaker_text") or "").strip()
    if not so or not sm or o.get("anonymous") or m.get("anonymous"):
        return False
    if any(w.norm in _PRONOUNS for w in words(so)) or any(w.norm in _PRONOUNS for w in words(sm)):
        return False
    return not (_speaker_words(so) & _speaker_words(sm))


def compare(origin: dict[str, Any], member: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """How `member` (a statement row: content, speaker_text, speaker_corpus_id, direct) differs
    from `origin`: its kind and its typed changes, each located by offsets in both contents."""
    oc, mc = origin["content"] or "", member["content"] or ""
    ow, mw = words(oc), words(mc)
    on, mn = [w.norm for w in ow], [w.norm for w in mw]
    changes: list[dict[str, Any]] = []

    def span(ws: list[Word], i: int, j: int, text: str) -> tuple[int, int]:
        if i < j:
            return ws[i].start, ws[j - 1].end
        at = ws[i].start if i < len(ws) else len(text)
        return at, at

    def add(kind: str, i1: int, i2: int, j1: int, j2: int) -> None:
        ms, me = span(mw, j1, j2, mc)
        os_, oe = span(ow, i1, i2, oc)
        changes.append({"type": kind, "start": ms, "end": me, "words": mc[ms:me],
                        "origin_start": os_, "origin_end": oe, "origin_words": oc[os_:oe]})

    both_direct = bool(origin.get("direct")) and bool(member.get("direct"))
    ops = difflib.SequenceMatcher(None, on, mn, autojunk=False).get_opcodes()
    edges = {0, len(ops) - 1}
    kinds = set()
    # words moved, not changed: the same words deleted in one place and inserted in another
    deleted = {tuple(on[i1:i2]) for tag, i1, i2, _, _ in ops if tag == "delete"}
    inserted = {tuple(mn[j1:j2]) for tag, _, _, j1, j2 in ops if tag == "insert"}
    moved = deleted & inserted
    figures_differ = _values(on) != _values(mn)  # '৩৪ হাজার ৫১২' and '৩৪,৫১২', 'সাত' and '৭' are one figure
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        a, b = on[i1:i2], mn[j1:j2]
        if tuple(a if tag == "delete" else b) in moved and tag != "replace":
            kinds.add("reworded")
            continue
        at_edge = n in edges
        if tag == "delete" and at_edge:
            kinds.add("trimmed")
            if n != 0 and len(a) <= 2 and _negations(a):
                add("negation_lost", i1, i2, j1, j2)  # 'হবে না' cut to 'হবে'
            continue
        if tag == "insert" and at_edge:
            kinds.add("extended")
            continue
        if "".join(a) == "".join(b) or all(w in _LIGHT for w in (*a, *b)):
            kinds.add("reworded")  # 'সেজন্য'/'সে জন্য', 'এ'/'এই', an 'ও' more or less
            continue
        na, nb = sorted(w for w in a if _is_number(w)), sorted(w for w in b if _is_number(w))
        ma, mb = [w for w in a if w in _MULTIPLIERS], [w for w in b if w in _MULTIPLIERS]
        # a negation flips in a small edit ('হবে না' -> 'হবে'); a longer passage dropped or
        # added that happens to hold a 'না' is words removed or added, not a negation lost
        short = max(len(a), len(b)) <= 3
        neg_a, neg_b = (_negations(a), _negations(b)) if short else (0, 0)
        # the figure of this edit with the words beside it: 'আট লাখ' and '৮ লাখ' are one figure
        figure_differs = _values(on[max(0, i1 - 1):i2 + 1]) != _values(mn[max(0, j1 - 1):j2 + 1])
        typed = False
        # a figure changed (numbers on both sides), or one added or dropped in a small edit
        if figures_differ and figure_differs and na != nb and ((na and nb) or short):
            add("number", i1, i2, j1, j2)
            typed = True
        elif (figures_differ and ma != mb) or (tag == "replace" and {w for w in a if w in _UNITS and
                                                w not in _MULTIPLIERS} != {w for w in b if w in _UNITS and
                                                                           w not in _MULTIPLIERS}):
            add("unit", i1, i2, j1, j2)
            typed = True
        elif not (figures_differ and figure_differs) and (na or nb or ma or mb) and \
                [w for w in a if not _is_number(w) and w not in _MULTIPLIERS and w not in _CLASSIFIERS] == \
                [w for w in b if not _is_number(w) and w not in _MULTIPLIERS and w not in _CLASSIFIERS]:
            kinds.add("reworded")  # the same figure written another way
            continue
        if neg_a > neg_b:
            add("negation_lost", i1, i2, j1, j2)
            typed = True
        elif neg_b > neg_a:
            add("negation_added", i1, i2, j1, j2)
            typed = True
        if typed:
            continue
        if tag == "replace" and _variant(a, b):
            continue
        if both_direct:
            add({"insert": "words_added", "delete": "words_removed"}.get(tag, "words_replaced"), i1, i2, j1, j2)
        else:
            kinds.add("reworded")
    if other_person(origin, member):
        changes.append({"type": "speaker", "start": None, "end": None, "words": member.get("speaker_text"),
                        "origin_start": None, "origin_end": None, "origin_words": origin.get("speaker_text")})
    if origin.get("direct") and not member.get("direct"):
        changes.append({"type": "direct_to_indirect", "start": None, "end": None, "words": None,
                        "origin_start": None, "origin_end": None, "origin_words": None})
    if changes:
        return "changed", changes
    for k in ("reworded", "trimmed", "extended"):
        if k in kinds:
            return (k if len(kinds) == 1 else "reworded"), []
    return "identical", []


# ---- the store side ----------------------------------------------------------------------
# `db` is the store's connection wrapper (`ukti.store._Db`): execute/executemany/one/all with
# `?` placeholders on both backends.
_MEMBER_COLS = ("cluster_id", "article_id", "statement_id", "seq", "published", "outlet", "is_origin", "kind",
                "changes")
_MEMBER_ROWS = (
    "SELECT m.cluster_id, m.article_id, m.statement_id, m.seq, m.published, m.outlet, m.is_origin, m.kind,"
    " m.changes, s.content, s.speaker_text, s.speaker_corpus_id, s.anonymous, s.direct, s.start_at,"
    " (SELECT c.type FROM corpus_entities c WHERE c.id = s.speaker_corpus_id) AS speaker_type,"
    " a.title, a.url FROM quote_members m"
    " JOIN statements s ON s.article_id = m.article_id AND s.statement_id = m.statement_id"
    " JOIN articles a ON a.id = m.article_id")


def _seq() -> int:
    """The order of storing: nanoseconds, unique within a process (ties broken by counting on)."""
    global _last_seq
    _last_seq = max(time.time_ns(), _last_seq + 1)
    return _last_seq


_last_seq = 0


# What `sign` adds to a statement row (columns of no table: the store writes only its own)
SIGNED_WORDS = "quote_words"
SIGNED_BANDS = "quote_bands"


def sign(statements: list[dict[str, Any]]) -> None:
    """Put each statement's normalised words and, when it is long enough to cluster, its band
    keys into its row. An ingest's worker processes do this (`store.ingest.rows_to_store`), so
    that the one writing process, which an ingest waits on, only reads them; rows made
    elsewhere are signed when they are stored."""
    said = [(s, [w.norm for w in words(s.get("content") or "")]) for s in statements]
    long_enough = [(s, ws) for s, ws in said if len(ws) >= MIN_WORDS]
    for (s, _), keys in zip(long_enough, band_keys([ws for _, ws in long_enough]), strict=True):
        s[SIGNED_BANDS] = keys
    for s, ws in said:
        s[SIGNED_WORDS] = ws


def cluster_article(db: Any, aid: str, statements: list[dict[str, Any]], outlet: str | None,
                    published: str | None) -> int:
    """Link the just-written statements of article `aid` to earlier statements saying the same
    thing, and record their bands for later articles. Runs inside the store's transaction;
    returns how many statements joined a cluster. An article costs at most eight queries whatever
    its number of statements and joins (agreeing bands, candidates, hot band keys, bands written;
    founders, members, the touched clusters read, their comparisons written)."""
    sign([s for s in statements if SIGNED_WORDS not in s])
    todo = [(s, s[SIGNED_WORDS]) for s in statements if len(s[SIGNED_WORDS]) >= MIN_WORDS]
    if not todo:
        return 0
    seq = _seq()
    keys: list[list[int]] = [s[SIGNED_BANDS] for s, _ in todo]
    agreeing = _agreeing(db, aid, keys)
    picked = [[key for key, _ in sorted(found.items(), key=lambda kv: (-kv[1][0], kv[0]))[:CANDIDATES]]
              for found in agreeing]
    rows = _candidates(db, sorted({key for keys_ in picked for key in keys_}))
    clusters = {key: r["cluster_id"] for key, r in rows.items() if r["cluster_id"] is not None}
    joins: list[tuple[dict[str, Any], int, tuple[str, str]]] = []
    banded: list[tuple[dict[str, Any], list[int]]] = []
    for (s, ws), bs, found, mine in zip(todo, keys, agreeing, picked, strict=True):
        key_ = s.get("speaker_key") or ""
        me = {"speaker_text": s.get("speaker_text"), "anonymous": s.get("anonymous"),
              "speaker_corpus_id": key_ or None, "speaker_type": key_.partition(":")[0] or None}
        best: tuple[float, tuple[str, str]] | None = None
        copy_of = False  # a near copy of a stored statement, joined or not
        for key in mine:
            row = rows.get(key)
            if row is None:
                continue
            theirs = _norms(row["content"] or "")
            sim = similarity(ws, theirs)
            copy_of = copy_of or sim >= NEAR_COPY
            if not near_in_time(row["published"], s.get("published") or published):
                continue
            if row["outlet"] == outlet and _values(theirs) != _values(ws) and \
                    (row["published"] or "")[:10] != (s.get("published") or published or "")[:10]:
                continue  # one outlet's bulletin of another day (a daily count, another number each day)
            # two named people saying much the same (two condolence messages) are two
            # statements; one quotation credited to another person is word for word
            bar = SAME_PERSON_AT if other_person(row, me) else SAME_AT
            if sim >= bar and (best is None or sim > best[0]):
                best = (sim, key)
        if best is not None:
            joins.append((rows[best[1]], found[best[1]][1], (aid, s["statement_id"])))
        if not copy_of:
            # a near copy of an earlier statement is found through that one's bands: a
            # statement copied by a hundred articles (or said again every month) keeps one set
            # of bands, not a hundred
            banded.append((s, bs))
    # a band that HOT_BAND statements share already (a formula said everywhere) takes no more:
    # it would make every later probe read them all, and finds nothing the other bands do not
    hot = _hot_bands(db, aid, sorted({k for _, bs in banded for k in bs}))
    db.executemany("INSERT INTO quote_bands (band, article_id, statement_id, seq) VALUES (?, ?, ?, ?)"
                   " ON CONFLICT DO NOTHING",
                   [(k, aid, s["statement_id"], seq) for s, bs in banded for k in sorted(set(bs)) if k not in hot])
    _join_all(db, joins, seq, outlet, published, clusters)
    return len(joins)


def _agreeing(db: Any, aid: str, keys: list[list[int]]) -> list[dict[tuple[str, str], tuple[int, int]]]:
    """For each statement (its BANDS band keys in `keys`), the stored statements of other articles
    that share a band with it: (article id, statement id) -> (bands shared, seq). One query for
    the whole article, counted by the database: a statement copied by many articles comes back
    as one row per candidate, not one per shared band (reading those rows was most of the cost)."""
    flat = [k for ks in keys for k in ks]
    params: list[Any]
    if db.dialect == "postgres":
        source = "unnest(CAST(? AS BIGINT[])) WITH ORDINALITY AS p(band, i)"
        at, params = "(p.i - 1)", [flat]
    else:  # the keys as one JSON array: a table-valued function the planner joins by the key index
        source = "json_each(?) p"
        at, params = "p.key", [json.dumps(flat)]
    band = "p.band" if db.dialect == "postgres" else "p.value"
    out: list[dict[tuple[str, str], tuple[int, int]]] = [{} for _ in keys]
    for r in db.all(f"SELECT {at} / {BANDS} AS s, q.article_id, q.statement_id, max(q.seq) AS seq, count(*) AS n"
                    f" FROM {source} JOIN quote_bands q ON q.band = {band} WHERE q.article_id != ?"
                    f" GROUP BY 1, q.article_id, q.statement_id", [*params, aid]):
        out[int(r["s"])][(r["article_id"], r["statement_id"])] = (int(r["n"]), int(r["seq"]))
    return out


def _hot_bands(db: Any, aid: str, keys: list[int]) -> set[int]:
    """The band keys among `keys` that HOT_BAND statements of other articles share already."""
    hot: set[int] = set()
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        hot |= {int(r["band"]) for r in db.all(
            f"SELECT band FROM quote_bands WHERE band IN ({','.join('?' * len(chunk))}) AND article_id != ?"
            f" GROUP BY band HAVING count(*) >= ?", [*chunk, aid, HOT_BAND])}
    return hot


def _candidates(db: Any, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The candidate statements with what the check needs and their cluster: on PostgreSQL all
    in one query of constant text (the keys as two arrays), which the server plans once and
    keeps prepared (an OR of look-ups was planned anew for every article); on SQLite a few
    hundred per query."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    what = ("SELECT s.article_id, s.statement_id, s.content, s.published, s.speaker_text,"
            " s.speaker_corpus_id, s.anonymous, c.type AS speaker_type, a.outlet, m.cluster_id")
    joins = (" LEFT JOIN corpus_entities c ON c.id = s.speaker_corpus_id JOIN articles a"
             " ON a.id = s.article_id LEFT JOIN quote_members m ON m.article_id = s.article_id"
             " AND m.statement_id = s.statement_id")
    if not keys:
        return out
    if db.dialect == "postgres":
        rows = db.all(what + " FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[])) AS k(article_id, statement_id)"
                      " JOIN statements s ON s.article_id = k.article_id AND s.statement_id = k.statement_id"
                      + joins, [[k[0] for k in keys], [k[1] for k in keys]])
        out.update(((r["article_id"], r["statement_id"]), r) for r in rows)
        return out
    for i in range(0, len(keys), 200):
        chunk = keys[i:i + 200]
        # an OR of key look-ups: SQLite answers it from the primary key (it scans the table for
        # a row-value IN (VALUES …))
        rows = db.all(what + " FROM statements s" + joins
                      + f" WHERE {' OR '.join(['(s.article_id = ? AND s.statement_id = ?)'] * len(chunk))}",
                      [v for k in chunk for v in k])
        out.update(((r["article_id"], r["statement_id"]), r) for r in rows)
    return out


def _join_all(db: Any, joins: list[tuple[dict[str, Any], int, tuple[str, str]]], seq: int, outlet: str | None,
              published: str | None, clusters: dict[tuple[str, str], str]) -> None:
    """The article's statements join the clusters of the stored statements they were found like:
    (candidate row of the stored one, its seq, the new statement's key) in the article's order;
    a stored statement in no cluster founds one. `clusters` holds the cluster of each statement
    the article's clustering knows of (read with the candidates, and as statements join), so no
    query asks for it. The writes are batched: founders and members go in with one statement
    each, the touched clusters are read in one query and compared in memory, one join after
    another exactly as when each join read its cluster and wrote its comparisons by itself (a
    later join of the article sees what an earlier one wrote), and the last state of each
    member is written with one statement. On PostgreSQL, where every statement is a round trip
    to the server, this was most of what a join cost."""
    if not joins:
        return
    founders: list[tuple[Any, ...]] = []
    members: list[tuple[Any, ...]] = []
    steps: list[tuple[str, tuple[str, str]]] = []
    for found, found_seq, new in joins:
        key = (found["article_id"], found["statement_id"])
        cluster = clusters.get(key)
        if cluster is None:  # the earlier statement founds the cluster
            cluster = clusters[key] = f"{key[0]}-{key[1]}"
            founders.append((cluster, *key, found_seq, found["published"], found["outlet"]))
        members.append((cluster, *new, seq, published, outlet))
        clusters[new] = cluster
        steps.append((cluster, new))
    db.executemany("INSERT INTO quote_members (cluster_id, article_id, statement_id, seq, published, outlet,"
                   " is_origin, kind, changes) VALUES (?, ?, ?, ?, ?, ?, 0, 'identical', '[]')", founders)
    db.executemany("INSERT INTO quote_members (cluster_id, article_id, statement_id, seq, published, outlet, is_origin,"
                   " kind, changes) VALUES (?, ?, ?, ?, ?, ?, 0, 'identical', '[]') ON CONFLICT DO NOTHING", members)
    touched = sorted({c for c, _ in steps})
    by_cluster: dict[str, list[dict[str, Any]]] = {c: [] for c in touched}
    for i in range(0, len(touched), 200):
        chunk = touched[i:i + 200]
        for r in db.all(_MEMBER_ROWS + f" WHERE m.cluster_id IN ({','.join('?' * len(chunk))})", chunk):
            by_cluster[r["cluster_id"]].append(r)
    joined_at = {new: n for n, (_, new) in enumerate(steps)}  # a member is in its cluster from its join on
    last: dict[tuple[str, str], tuple[Any, ...]] = {}
    for n, (cluster, new) in enumerate(steps):
        present = [m for m in by_cluster[cluster]
                   if joined_at.get((m["article_id"], m["statement_id"]), n) <= n]
        for update in _compared(present, new) or ():
            key = update[3:]
            last[key] = update
            m = next(m for m in present if (m["article_id"], m["statement_id"]) == key)
            m["is_origin"], m["kind"], m["changes"] = update[:3]
    db.executemany("UPDATE quote_members SET is_origin = ?, kind = ?, changes = ? WHERE article_id = ? AND"
                   " statement_id = ?", list(last.values()))


def _order(r: dict[str, Any]) -> tuple[bool, str, int, int]:
    """Earliest first: by published time (unknown last), then by the order of storing, then (two
    statements of one article) by place in the article: without it the origin of such a pair was
    whichever row the database returned first (PostgreSQL's order changed from run to run)."""
    return (not r["published"], r["published"] or "", int(r["seq"]), int(r.get("start_at") or 0))


def _compare_cluster(db: Any, cluster: str, new: tuple[str, str] | None) -> None:
    """Mark the cluster's origin and compare its members with it: all of them when the origin
    changed (or `new` is None), otherwise only the new member."""
    members = db.all(_MEMBER_ROWS + " WHERE m.cluster_id = ?", (cluster,))
    updates = _compared(members, new)
    if updates is None:
        db.execute("DELETE FROM quote_members WHERE cluster_id = ?", (cluster,))
        return
    db.executemany("UPDATE quote_members SET is_origin = ?, kind = ?, changes = ? WHERE article_id = ? AND"
                   " statement_id = ?", updates)


def _compared(members: list[dict[str, Any]], new: tuple[str, str] | None) -> list[tuple[Any, ...]] | None:
    """The updates (is_origin, kind, changes, article id, statement id) that mark a cluster's
    origin and compare its members (rows of `_MEMBER_ROWS`) with it: all of them when the
    origin changed (or `new` is None), otherwise only the new member. None: fewer than two
    members, no cluster any more."""
    if len(members) < 2:
        return None
    origin = min(members, key=_order)
    old = [m for m in members if m["is_origin"]]
    again = new is None or not old or (old[0]["article_id"], old[0]["statement_id"]) != (
        origin["article_id"], origin["statement_id"])
    if again and len(members) > RECOMPARE_UP_TO:
        again = False  # a very large cluster keeps its members' old comparisons
    updates: list[tuple[Any, ...]] = []
    for m in members:
        key = (m["article_id"], m["statement_id"])
        if m is origin:
            if not m["is_origin"] or m["kind"] != "origin":
                updates.append((1, "origin", "[]", *key))
        elif again or key == new or m["is_origin"]:
            kind, changes = compare(origin, m)
            updates.append((0, kind, json.dumps(changes, ensure_ascii=False), *key))
    return updates


def forget_article(db: Any, aid: str) -> None:
    """Before article `aid`'s rows are deleted (re-analysis): take its statements out of the
    bands and the clusters, and compare the clusters it leaves again."""
    rows = db.all("SELECT statement_id, content FROM statements WHERE article_id = ?", (aid,))
    keys = []
    for r in rows:
        ws = [w.norm for w in words(r["content"] or "")]
        if len(ws) >= MIN_WORDS:
            keys += [(k, aid, r["statement_id"]) for k in sorted(set(bands(ws)))]
    db.executemany("DELETE FROM quote_bands WHERE band = ? AND article_id = ? AND statement_id = ?", keys)
    clusters = [r["cluster_id"] for r in db.all(
        "SELECT DISTINCT cluster_id FROM quote_members WHERE article_id = ?", (aid,))]
    if clusters:
        db.execute("DELETE FROM quote_members WHERE article_id = ?", (aid,))
        for c in clusters:
            _compare_cluster(db, c, None)


# ---- questions --------------------------------------------------------------------------
def statement_key(ident: str) -> tuple[str, str] | None:
    """'ARTICLE-STATEMENT' (the id the API and the pages use) as (article id, statement id)."""
    aid, sep, sid = ident.rpartition("-")
    return (aid, sid) if sep and aid and sid else None


def _member(r: dict[str, Any]) -> dict[str, Any]:
    return {"cluster_id": r["cluster_id"], "id": f"{r['article_id']}-{r['statement_id']}",
            "article_id": r["article_id"], "statement_id": r["statement_id"], "outlet": r["outlet"],
            "published": r["published"], "title": r.get("title"), "url": r.get("url"),
            "speaker_text": r["speaker_text"], "direct": bool(r["direct"]), "content": r["content"] or "",
            "kind": r["kind"], "changes": json.loads(r["changes"] or "[]"),
            "change_types": sorted({c["type"] for c in json.loads(r["changes"] or "[]")})}


def versions(db: Any, aid: str, sid: str) -> dict[str, Any] | None:
    """The cluster of one statement: its origin first, then every version in order, each with
    its kind and changes; None when the statement is in no cluster."""
    row = db.one("SELECT cluster_id FROM quote_members WHERE article_id = ? AND statement_id = ?", (aid, sid))
    if row is None:
        return None
    members = sorted(db.all(_MEMBER_ROWS + " WHERE m.cluster_id = ?", (row["cluster_id"],)),
                     key=lambda r: (not r["is_origin"], *_order(r)))
    items = [_member(m) for m in members]
    return {"cluster_id": row["cluster_id"], "statement": f"{aid}-{sid}", **summary_of(items), "versions": items}


def summary_of(items: list[dict[str, Any]]) -> dict[str, Any]:
    """'first reported by X on D, repeated by N outlets, changed by M' as numbers."""
    origin = items[0]
    others = items[1:]
    outlets = {m["outlet"] or "?" for m in others if (m["outlet"] or "?") != (origin["outlet"] or "?")}
    changed = {m["outlet"] or "?" for m in others if m["kind"] == "changed"}
    return {"first_outlet": origin["outlet"], "first_published": origin["published"],
            "repeated_by": len(outlets), "changed_by": len(changed)}


def summary_line(s: dict[str, Any]) -> str:
    """The sentence the pages show."""
    date = (s["first_published"] or "")[:10] or "an unknown date"
    return (f"first reported by {s['first_outlet'] or 'an unknown outlet'} on {date}, repeated by"
            f" {s['repeated_by']} outlet{'s' if s['repeated_by'] != 1 else ''}, changed by {s['changed_by']}")


def list_members(db: Any, *, changed: bool = False, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Cluster members, one per row, cluster by cluster (origin first): every member of a
    cluster, or only the changed versions with their origin's outlet and words."""
    if changed:
        rows = db.all(_MEMBER_ROWS + " WHERE m.kind = 'changed' ORDER BY m.cluster_id, m.published, m.seq"
                      " LIMIT ? OFFSET ?", (limit, offset))
    else:
        rows = db.all(_MEMBER_ROWS + " ORDER BY m.cluster_id, m.is_origin DESC, m.published, m.seq LIMIT ? OFFSET ?",
                      (limit, offset))
    out = [_member(r) for r in rows]
    ids = sorted({m["cluster_id"] for m in out})
    origins = {r["cluster_id"]: r for r in db.all(
        _MEMBER_ROWS + f" WHERE m.is_origin = 1 AND m.cluster_id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
    for m in out:
        o = origins.get(m["cluster_id"])
        m["origin"] = None if o is None else {"id": f"{o['article_id']}-{o['statement_id']}", "outlet": o["outlet"],
                                              "published": o["published"], "speaker_text": o["speaker_text"],
                                              "content": o["content"]}
    return out


def find(db: Any, text: str) -> tuple[str, str] | None:
    """The stored statement a STATEMENT given by id ('ARTICLE-s1') or by its words is: by id,
    or the most similar one found through the bands (at least `SAME_AT` alike)."""
    key = statement_key(text.strip())
    if key and db.one("SELECT 1 AS x FROM statements WHERE article_id = ? AND statement_id = ?", key):
        return key
    ws = [w.norm for w in words(text)]
    if len(ws) < 2:
        return None
    bs = sorted(set(bands(ws)))
    rows = db.all(f"SELECT DISTINCT b.article_id, b.statement_id, s.content FROM quote_bands b JOIN statements s"
                  f" ON s.article_id = b.article_id AND s.statement_id = b.statement_id"
                  f" WHERE b.band IN ({','.join('?' * len(bs))})", bs)
    scored = sorted(((similarity(ws, [w.norm for w in words(r["content"] or "")]), r["article_id"],
                      r["statement_id"]) for r in rows), reverse=True)
    if scored and scored[0][0] >= SAME_AT:
        return scored[0][1], scored[0][2]
    return None


def stats(db: Any) -> dict[str, int]:
    """Clusters, clusters reported by more than one outlet, and changed versions."""
    def n(sql: str) -> int:
        row = db.one(sql)
        return int(row["n"]) if row else 0

    return {
        "clusters": n("SELECT count(DISTINCT cluster_id) AS n FROM quote_members"),
        "clusters_many_outlets": n("SELECT count(*) AS n FROM (SELECT cluster_id FROM quote_members"
                                   " GROUP BY cluster_id HAVING count(DISTINCT outlet) > 1) x"),
        "changed_versions": n("SELECT count(*) AS n FROM quote_members WHERE kind = 'changed'"),
    }
