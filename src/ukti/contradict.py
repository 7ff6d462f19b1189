"""Whether two statements conflict, how sure we are, and why: one module for an article, a
corpus and Spark.

Precision first. A pair is compared only when both statements are about one event: other
speakers (never one speaker's own account, nor a report and the statement it carries), shared
content words, no different actors named on both sides, compatible dates. It conflicts only on a
real opposition:

- deny: a denial answering the other statement (its `refers_to`), or a short denial of a topic
  ("সিন্ডিকেটের বিষয়টি সঠিক নয়") that the other statement asserts;
- polarity: one side negates the very predicate the other asserts, with a shared argument
  ("বাতি জ্বলছিল না" / "সব বাতি জ্বলছিল");
- opposites: antonym words on the two sides (একবার / নিয়মিত) about shared words;
- figures: different values in one unit for one thing at one time.

Not conflicts: agreement (a confirmation), a request or a worry, an opinion or a possibility
(সম্ভব, উচিত, হলে …) against a fact, figures at different dates. Each conflict carries a
confidence (0–1) and a one-line explanation that quotes whole words as written in the texts.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ukti.lang import load_pack
from ukti.textutil import LETTER, WORD_RE, strip_suffix, to_ascii_digits

Figure = tuple[float, str, str]  # value, unit, the words as written


@dataclass(slots=True, frozen=True)
class Claim:
    """What the conflict test needs of a statement, from one article or from a whole corpus.
    Everything after `refers_to` is optional: the more is known, the surer the test."""

    id: str
    speaker: str  # entity id, or the speaker text for anonymous and unlinked speakers
    stance: str
    text: str
    refers_to: str | None = None
    speaker_name: str = ""  # the speaker as written ("অর্থ মন্ত্রণালয় সূত্র")
    speaker_linked: bool = False  # `speaker` is an entity (two different entities are two speakers)
    nested_in: str | None = None  # the report that carries this statement
    actors: frozenset[str] = frozenset()  # people and organisations the content names (entity ids)
    times: frozenset[str] = frozenset()  # ISO values of the content's times (see `time_key`)
    figures: tuple[Figure, ...] | None = None  # quantities of the content; None: unknown, read digits
    article: str = ""  # the article it comes from ("" within one article): another article is another event
    published: str = ""  # the article's date: "গত বছর" of 2024 is not "গত বছর" of 2025


@dataclass(slots=True, frozen=True)
class Facts:
    """What an article knows of a statement beyond its words, kept so that a statement read back
    from the store (or met in Spark) is held to the bar of one article: the spans of its content
    to blank (people's names and dates, relative to the content's start), the people and
    organisations it names, its times (`time_key`) and its figures."""

    masks: tuple[tuple[int, int], ...] = ()
    actors: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    figures: tuple[Figure, ...] = ()


def masked(text: str, masks: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    """The text with the masked spans blanked (same length: positions stay valid)."""
    if not masks:
        return text
    chars = list(text)
    for a, b in masks:
        for k in range(max(0, a), min(b, len(chars))):
            chars[k] = " "
    return "".join(chars)


def facts_json(f: Facts) -> str:
    """The facts as the store's `statements.facts` column holds them (sorted: stable rows)."""
    return json.dumps({"masks": [list(m) for m in f.masks], "actors": sorted(f.actors), "times": sorted(f.times),
                       "figures": [list(x) for x in f.figures]}, ensure_ascii=False, separators=(",", ":"))


def read_facts(raw: str | None) -> Facts | None:
    """The facts of a stored statement; None for a row written before they were kept."""
    if not raw:
        return None
    d = json.loads(raw)
    return Facts(tuple((int(a), int(b)) for a, b in d.get("masks", [])), frozenset(d.get("actors", [])),
                 frozenset(d.get("times", [])), tuple((float(v), str(u), str(t)) for v, u, t in d.get("figures", [])))


@dataclass(slots=True, frozen=True)
class Conflict:
    kind: str  # deny | polarity | opposites | figures
    why: str
    confidence: float
    words: tuple[str, ...] = field(default=())  # the shared words, as written in the first text

    def __str__(self) -> str:
        return self.why


@dataclass(slots=True, frozen=True)
class _Words:
    negation: frozenset[str]
    endings: tuple[str, ...]
    opposites: tuple[tuple[str, str], ...]
    stop: frozenset[str]
    case: tuple[str, ...]
    conditional: tuple[str, ...]
    opinion: frozenset[str]
    rejection: frozenset[str]
    future: tuple[str, ...]
    speaker_stop: frozenset[str]
    units: tuple[str, ...]
    relative: frozenset[str]
    plain_stop: frozenset[str]
    copular: frozenset[str]
    if_endings: tuple[str, ...]
    until: tuple[str, ...]
    modal: frozenset[str]
    ignorance: tuple[str, ...]
    hearsay: frozenset[str]
    denial_says: bool
    nonfinite: tuple[str, ...]
    whoever: frozenset[str]
    not_verbs: frozenset[str]
    titles: frozenset[str]
    anaphora: frozenset[str]
    argument_endings: tuple[str, ...]
    relative_pronouns: frozenset[str]
    not_only: frozenset[str]
    whether: frozenset[str]
    part: frozenset[str]
    above: frozenset[str]
    over: tuple[str, ...]
    below: frozenset[str]
    names: frozenset[str]
    plural: tuple[str, ...]
    obligation: frozenset[str]
    infinitive: tuple[str, ...]
    light_roots: frozenset[str]
    places: frozenset[str]
    possessive: frozenset[str]
    quantifiers: frozenset[str]
    carries: frozenset[str]
    whether_words: frozenset[str]
    no_comment: tuple[str, ...]
    average: frozenset[str]
    max_ratio: float
    genitive: tuple[str, ...]
    describing: frozenset[str]
    making: frozenset[str]
    false_words: frozenset[str]
    own_figure: frozenset[str]
    named_by: frozenset[str]
    reports: frozenset[str]
    first_person: frozenset[str]
    owners: frozenset[str]
    kind: frozenset[str]
    ongoing: tuple[str, ...]
    done: tuple[str, ...]
    judging: frozenset[str]
    light_nouns: frozenset[str]
    narrowing: frozenset[str]
    accuser: frozenset[str]


@cache
def _words(code: str) -> _Words:
    pack = load_pack(code)
    t = pack.table("contradiction")
    return _Words(
        negation=frozenset(t.get("negation", {}).get("strong", [])),
        endings=tuple(t.get("negation", {}).get("endings", [])),
        opposites=tuple((a, b) for a, b in t.get("opposites", {}).get("pairs", [])),
        stop=frozenset(t.get("stopwords", {}).get("words", [])) | frozenset(t.get("eventless", {}).get("words", []))
        | frozenset(pack.table("numbers").get("words", {})) | frozenset(pack.table("numbers").get("scales", {}))
        | frozenset(k for k in pack.table("numbers").get("units", {}) if " " not in k)
        | frozenset(w for t in pack.table("names").get("titles", {}).get("words", []) for w in t.split())
        | frozenset(pack.table("names").get("honorifics", {}).get("words", [])),
        conditional=tuple(t.get("negation", {}).get("conditional_after", [])),
        case=tuple(pack.table("text").get("suffixes", {}).get("case", [])),
        opinion=frozenset(t.get("opinion", {}).get("words", [])),
        rejection=frozenset(t.get("rejection", {}).get("words", [])),
        future=tuple(t.get("future", {}).get("endings", [])),
        speaker_stop=frozenset(t.get("speaker", {}).get("words", [])),
        units=tuple(t.get("figures", {}).get("units", [])),
        relative=frozenset(t.get("times", {}).get("relative", [])),
        plain_stop=frozenset(t.get("stopwords", {}).get("words", [])),
        copular=frozenset(t.get("negation", {}).get("copular", [])),
        if_endings=tuple(t.get("opinion", {}).get("endings", [])),
        until=tuple(t.get("negation", {}).get("until", [])),
        modal=frozenset(t.get("negation", {}).get("modal", [])),
        ignorance=tuple(t.get("negation", {}).get("ignorance", [])),
        hearsay=frozenset(t.get("rejection", {}).get("hearsay", [])),
        denial_says=bool(t.get("rejection", {}).get("denial_says", False)),
        nonfinite=tuple(t.get("negation", {}).get("nonfinite_after", [])),
        whoever=frozenset(t.get("negation", {}).get("whoever", [])),
        not_verbs=frozenset(t.get("negation", {}).get("not_verbs", [])),
        titles=frozenset(w for t in pack.table("names").get("titles", {}).get("words", []) for w in t.split()),
        anaphora=frozenset(t.get("rejection", {}).get("anaphora", [])),
        argument_endings=tuple(t.get("negation", {}).get("argument_endings", [])),
        relative_pronouns=frozenset(t.get("negation", {}).get("relative", [])),
        not_only=frozenset(t.get("negation", {}).get("not_only", [])),
        whether=frozenset(t.get("negation", {}).get("whether", [])),
        part=frozenset(t.get("figures", {}).get("part", [])),
        above=frozenset(t.get("figures", {}).get("above", [])),
        over=tuple(t.get("figures", {}).get("over", [])),
        below=frozenset(t.get("figures", {}).get("below", [])),
        names=frozenset(t.get("rejection", {}).get("names", t.get("rejection", {}).get("words", []))),
        plural=tuple(t.get("rejection", {}).get("plural", [])),
        obligation=frozenset(t.get("opinion", {}).get("obligation", [])),
        infinitive=tuple(t.get("opinion", {}).get("infinitive", [])),
        light_roots=frozenset(t.get("negation", {}).get("light_roots", [])),
        places=frozenset(f for f, e in pack.gazetteer.items() if e.type in ("LOC", "DEMONYM") and " " not in f),
        possessive=frozenset(t.get("negation", {}).get("possessive", [])),
        quantifiers=frozenset(t.get("negation", {}).get("quantifiers", [])),
        carries=frozenset(t.get("opinion", {}).get("carries", [])),
        whether_words=frozenset(t.get("opinion", {}).get("whether", [])),
        no_comment=tuple(t.get("rejection", {}).get("no_comment", [])),
        average=frozenset(t.get("figures_scope", {}).get("average", [])),
        max_ratio=float(t.get("figures_scope", {}).get("max_ratio", 0)),
        genitive=tuple(t.get("negation", {}).get("genitive", [])),
        describing=frozenset(t.get("opinion", {}).get("describing", [])),
        making=frozenset(t.get("rejection", {}).get("making", [])),
        false_words=frozenset(t.get("rejection", {}).get("false_words", [])),
        own_figure=frozenset(t.get("figures", {}).get("own", [])),
        named_by=frozenset(t.get("rejection", {}).get("named_by", [])),
        reports=frozenset(t.get("rejection", {}).get("reports", [])),
        first_person=frozenset(t.get("rejection", {}).get("first_person", [])),
        owners=frozenset(f for f, e in pack.gazetteer.items() if " " not in f),
        kind=frozenset(t.get("figures", {}).get("kind", [])),
        ongoing=tuple(t.get("change", {}).get("ongoing", [])),
        done=tuple(t.get("change", {}).get("done", [])),
        judging=frozenset(t.get("rejection", {}).get("judging", [])),
        light_nouns=frozenset(t.get("rejection", {}).get("light_nouns", [])),
        narrowing=frozenset(t.get("rejection", {}).get("narrowing", [])),
        accuser=frozenset(t.get("speaker", {}).get("accuser", [])),
    )


def tokens(text: str) -> list[str]:
    return list(_tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    """The words of a text, once per text: statements are compared with many others."""
    return tuple(m.group() for m in WORD_RE.finditer(text) if LETTER.match(m.group()))


def _neg_token(t: str, w: _Words) -> bool:
    return t in w.negation or (len(t) > 3 and t.endswith(w.endings) and t not in w.not_verbs)


@lru_cache(maxsize=20_000)
def negated(text: str, code: str = "bn") -> bool:
    """Does the text deny its main proposition? ("শেষ না হওয়া পর্যন্ত" = until: no.)"""
    return _negation_at(tuple(tokens(text)), code) is not None


def _negation_at(toks: tuple[str, ...], code: str) -> int | None:
    w = _words(code)
    if any(t in w.not_only for t in toks):
        return None  # "শুধু আমার ভাই ছিল না, … বন্ধু ছিল": not only, not a denial
    for i, t in enumerate(toks):
        if t in w.negation:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t == "না" and nxt and (nxt in w.conditional or nxt.endswith(w.conditional)):
                continue
            if t == "না" and nxt in w.whoever:
                continue  # "যে-ই হোন না কেন": whoever
            if t == "না" and i and toks[i - 1] in w.whether:
                continue  # "আছে কি না": whether, a question
            if t == "না" and i + 2 < len(toks) and toks[i + 2].startswith(w.until):
                continue  # "কুয়াশা না কাটা পর্যন্ত": until
            if t == "না" and w.nonfinite and nxt and nxt.endswith(w.nonfinite) and i + 2 < len(toks):
                continue  # "না থেমেই চলে যায়": without stopping; a finite verb takes its না after it
            return i
        if len(t) > 3 and t.endswith(w.endings) and t not in w.not_verbs:
            return i
    return None


def _stem(t: str, w: _Words) -> str | None:
    """The word as compared (case ending off, a negating ending off), or None for a function word."""
    if t in w.stop or t.isdigit() or t[:1].isdigit():
        return None
    if len(t) > 3 and t.endswith(w.endings):
        # করেনি -> করে, পাঠাইনি -> পাঠা: the negated verb still names the event
        t = t[:-3] if t.endswith("ইনি") and len(t) > 5 else t[:-2]
    t = t.casefold()
    stem = strip_suffix(t, w.case)
    return stem if len(stem) >= 2 and stem not in w.stop else None


@lru_cache(maxsize=20_000)
def _index(text: str, code: str) -> dict[str, str]:
    """Stem -> the first whole word of the text that gives it."""
    w = _words(code)
    out: dict[str, str] = {}
    for t in tokens(text):
        s = _stem(t, w)
        if s is not None:
            out.setdefault(s, t)
    return out


@lru_cache(maxsize=20_000)
def content_words(text: str, code: str = "bn") -> frozenset[str]:
    """The text's stems as a set, once per text: every pair of statements compares them."""
    return frozenset(_index(text, code))


def _match(x: str, y: str) -> bool:
    """One word: equal stems, or one a compound holding the other (শ্রমিক / ঠিকাশ্রমিক)."""
    if x == y:
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if long_.endswith(short) and long_[: len(long_) - len(short)] in _NEGATIVE_PREFIXES:
        return False  # স্থাবর / অস্থাবর: the prefix makes the opposite
    return len(short) >= 4 and short in long_


_NEGATIVE_PREFIXES = frozenset({"অ", "অন", "নি", "বে", "না"})


def _same_verb(x: str, y: str) -> bool:
    """One verb in two forms: one word, or a root of three letters or more that the shorter
    keeps but for its last letter (পাঠাই / পাঠিয়েছে, জ্বলছিল / জ্বলছিল)."""
    if _match(x, y):
        return True
    n = 0
    for p, q in zip(x, y, strict=False):
        if p != q:
            break
        n += 1
    if n < 3 or n < min(len(x), len(y)) - 1:
        return False
    # what follows the root is an inflection (a vowel sign or a tense letter: পাঠা|িয়েছে,
    # কর|ছে), not the rest of another word (রাজ|ি / রাজ|ধানী, পার|ে / পার|্টি); "ন" follows
    # only a root ending in a vowel (যা|ন, দি|ন): after a consonant it makes a noun (পাল|ন,
    # to observe, is not পালা|য়, flees)
    if any(rest[:1] == "ন" for rest in (x[n:], y[n:])) and x[n - 1] not in _VOWELS:
        return False
    return all(not rest or rest[0] in _INFLECTION for rest in (x[n:], y[n:]))


_INFLECTION = frozenset("ািীুূৃেৈোৌয়লছতবন")
_VOWELS = frozenset("ািীুূৃেৈোৌঅআইঈউঊঋএঐওঔ")


def _overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> set[str]:
    """Stems of a that b shares."""
    shared = set(a & b)
    rest_b = [y for y in _long_words(b) if y not in shared]
    rest_a = [x for x in _long_words(a) if x not in shared]
    if rest_b and rest_a:
        # _match as substring searches in the other side's words joined: one search per word
        joined_b, joined_a = "\x00".join(rest_b), "\x00".join(rest_a)
        found = {x for x in rest_a if x in joined_b}  # x inside some y
        for y in rest_b:
            if y in joined_a:  # y inside some x
                found.update(x for x in rest_a if y in x)
        # then checked word by word: স্থাবর is inside অস্থাবর but is not it
        shared.update(x for x in found if any(_match(x, y) for y in rest_b))
    return shared


def _long_words(words: frozenset[str] | set[str]) -> tuple[str, ...]:
    """The stems of four letters or more, in the set's own order: the ones _overlap also matches
    inside longer words. Once per set of a text's words (a set is met in many pairs)."""
    if isinstance(words, frozenset):
        return _long_words_of(words)
    return tuple(w for w in words if len(w) >= 4)


@lru_cache(maxsize=20_000)
def _long_words_of(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(w for w in words if len(w) >= 4)


_CLAUSE = re.compile(r"[।;,:?!]|\s(?:এবং|কিন্তু|অথচ|তবে|আর|বরং|and|but|while|whereas)\s")


@dataclass(slots=True, frozen=True)
class _Clause:
    text: str
    negated: bool
    predicate: str | None  # the stem the negation denies
    words: frozenset[str]
    hedged: bool  # an opinion, a possibility or a condition
    copular: bool  # negated by "নয়", "নেই": the predicate is a noun ("আওয়ামী লীগ নাই")
    before: frozenset[str] = frozenset()  # the content words just before the negation
    relative: bool = False  # the negation describes someone ("যাদের শর্করা নিয়ন্ত্রণ হচ্ছে না")
    describes: bool = False  # a relative clause and its comma parts ("…, যা ধর্ম, জাতি … প্রকাশ করে")


def _pieces(text: str) -> list[tuple[str, str]]:
    """The text cut at clause boundaries, each piece with the boundary after it."""
    out, pos = [], 0
    for m in _CLAUSE.finditer(text):
        out.append((text[pos:m.start()], m.group()))
        pos = m.end()
    out.append((text[pos:], ""))
    return out


@lru_cache(maxsize=20_000)
def _clauses(text: str, code: str) -> tuple[_Clause, ...]:
    w = _words(code)
    out = []
    carried = False  # a hedge that heads the sentence ("তিনি মনে করেন, …") governs what follows its comma
    describing = False  # so does a relative pronoun that opens a clause ("…, যা ধর্ম, জাতি …")
    for part, delim in _pieces(text):
        if not part.strip():
            carried = carried and delim.strip() == ","
            describing = describing and delim.strip() == ","
            continue
        toks = tuple(tokens(part))
        describes = describing or bool(toks and toks[0] in w.describing)
        describing = describes and delim.strip() == ","
        at = _negation_at(toks, code)
        pred = _predicate(toks, at, w) if at is not None else None
        hedged = carried or any(t in w.opinion or t.casefold() in w.opinion or t.endswith(w.if_endings)
                                or t in w.whether_words for t in toks) or any(
            (t in w.obligation and k and toks[k - 1].endswith(w.infinitive))
            or (t == "না" and k and toks[k - 1] in w.whether) for k, t in enumerate(toks))
        carried = (carried or any(t in w.carries for t in toks)) and delim.strip() == ","
        copular = at is not None and toks[at] in w.copular
        if at is not None and at and toks[at - 1] in w.modal:
            hedged = True  # "পদ ছাড়া পদোন্নতি দেওয়া যায় না": cannot, a rule and not an event
        near = toks[max(0, at - 3):at] if at is not None else ()
        before = frozenset(x for x in (_stem(t, w) for t in near) if x)
        relative = at is not None and any(t in w.relative_pronouns for t in toks[:at])
        out.append(_Clause(part, at is not None, pred, content_words(part, code), hedged, copular, before, relative,
                           describes))
    return tuple(out)


def _predicate(toks: tuple[str, ...], at: int, w: _Words) -> str | None:
    """What a negation denies: the negated verb itself, else the nearest content word before it
    (Bengali: "বাতি জ্বলছিল না", "ব্যবহার করা হয়নি"), else the one after it (English). A word
    with an object or possessor ending is an argument, not the predicate of a light verb
    ("মন্ত্রণালয়কে দেয়নি": the ministry is who did not get it)."""
    own = _stem(toks[at], w) if toks[at] not in w.negation else None
    if own and (len(own) >= 3 or own not in w.light_roots):
        return own  # "বিদ্যুৎকেন্দ্রগুলো চলেনি": what did not happen is চলা, not the power plants
    for k in [*range(at - 1, max(-1, at - 4), -1), *range(at + 1, min(len(toks), at + 4))]:
        s = _stem(toks[k], w)
        if s and len(s) >= 3 and not _neg_token(toks[k], w):
            if len(toks[k]) > 3 and toks[k].endswith(w.argument_endings):
                continue
            return s
    return None


def _shown(stems: set[str] | frozenset[str], text: str, code: str, n: int = 3) -> list[str]:
    """The whole words of the text that give these stems, in text order."""
    idx = _index(text, code)
    order = {s: i for i, s in enumerate(idx)}
    words: list[str] = []
    for s in sorted(stems, key=lambda s: order.get(s, 1 << 30)):
        word = idx.get(s) or next((v for k, v in idx.items() if _match(s, k)), None)
        if word and word not in words:
            words.append(word)
    return words[:n]


def _q(words: list[str]) -> str:
    return ", ".join(words)


# ---- same speaker, same event --------------------------------------------------------------
@lru_cache(maxsize=8192)
def _name_words(name: str, code: str) -> frozenset[str]:
    """The words of a speaker's name (titles kept: "বিশ্লেষকরা" is all there is of some)."""
    w = _words(code)
    out = set()
    for t in tokens(name):
        if t in w.speaker_stop or t in w.plain_stop or t[:1].isdigit():
            continue
        out.add(strip_suffix(t.casefold(), w.case))
    return frozenset(x for x in out if len(x) >= 2)


@lru_cache(maxsize=20_000)
def _within_name(small: frozenset[str], big: frozenset[str]) -> bool:
    """Is every word of `small` a word of `big` (or one begins the other)? Asked of every pair of
    statements, and an article has few speakers: once per pair of names."""
    return all(any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))) for y in big)
               for x in small)


def same_speaker(a: Claim, b: Claim, code: str = "bn") -> bool:
    """One speaker: one entity, or (one side unlinked) a name whose words the other's holds
    ("মিতু" in "ফাইয়াজুর রহমান মিতু"; "বিশ্লেষকরা" and "আর্থিক খাত বিশ্লেষকদের")."""
    if a.speaker == b.speaker:
        return True
    na, nb = _name_words(a.speaker_name, code), _name_words(b.speaker_name, code)
    if not na or not nb:
        return False
    # two entities are two speakers, unless one article names one person twice: "হাফিজ উদ্দিন"
    # and "… মেজর (অব.) হাফিজ উদ্দিন আহমদ" (two words or more of one name in the other)
    if a.speaker_linked and b.speaker_linked and (a.article != b.article or min(len(na), len(nb)) < 2):
        return False
    return _within_name(na, nb) or _within_name(nb, na)


def _times_clash(a: Claim, b: Claim) -> bool:
    """Both give dates and none of a's can be one of b's (2025-12 and 2025-12-31 can)."""
    ta, tb = _placed(a.times), _placed(b.times)
    if not ta or not tb:
        return False
    return not any(_time_fits(x, y, _same_year(a, b)) for x in ta for y in tb)


def _same_year(a: Claim, b: Claim) -> bool:
    """Whether words like "গত", "চলতি" mean one year on both sides: within one article they do;
    across articles only when both were published in one year."""
    if not a.article or a.article == b.article:
        return True
    return bool(a.published[:4]) and a.published[:4] == b.published[:4]


def _placed(times: frozenset[str]) -> frozenset[str]:
    """The times that place something: "এক বছর আগে" read as an unknown year (XXXX) fits any
    date and would make two different months look compatible."""
    return frozenset(t for t in times if any(c.isdigit() for c in t.partition("@")[0]))


def _time_fits(x: str, y: str, same_year: bool = True) -> bool:
    """Two times that can be one: their known parts agree, and so do the relative words that
    stand for an unknown year ("গত বছরের সেপ্টেম্বর" is not "চলতি বছরের সেপ্টেম্বর"; nor is
    it the "গত বছরের সেপ্টেম্বর" of an article a year older)."""
    x, rx = x.partition("@")[::2]
    y, ry = y.partition("@")[::2]
    if rx and ry and (rx != ry or not same_year):
        return False
    x, y = x.split("/")[0], y.split("/")[0]
    n = min(len(x), len(y))
    return all(p == q or "X" in (p, q) for p, q in zip(x[:n], y[:n], strict=True))


def time_key(value: str, text: str, code: str = "bn") -> str:
    """A time as the test compares it: its value, and for a year not resolved the word that
    places it ("XXXX-09@গত")."""
    if not value.startswith("X"):
        return value
    first = tokens(text)[:1]
    rel = first[0] if first and first[0] in _words(code).relative else ""
    return f"{value}@{rel}" if rel else value


def _actors_clash(a: Claim, b: Claim) -> bool:
    """Both name people or organisations and none of either side's is the other's actor or speaker."""
    if not a.actors or not b.actors:
        return False
    return not (a.actors & (b.actors | {b.speaker})) and not (b.actors & (a.actors | {a.speaker}))


# ---- the test ------------------------------------------------------------------------------
_ANSWERABLE = ("claim", "assert", "deny", "confirm")


MIN_CONFIDENCE = 0.5  # weaker evidence is not flagged at all
POLARITY_FLOOR = 0.55  # a negation against an assertion needs a second argument, a claim or a shared actor


def conflict(a: Claim, b: Claim, code: str = "bn") -> Conflict | None:
    """Why a and b cannot both be true (with a confidence), or None."""
    found = _conflict(a, b, code)
    return found if found is not None and found.confidence >= MIN_CONFIDENCE else None


def _conflict(a: Claim, b: Claim, code: str) -> Conflict | None:
    if same_speaker(a, b, code) or a.nested_in == b.id or b.nested_in == a.id:
        return None
    if _no_comment(a, code) or _no_comment(b, code):
        return None  # "হামলার বিষয়ে মন্তব্য করতে [অস্বীকৃতি]": a refusal to comment says nothing
    if "confirm" in (a.stance, b.stance) and (a.refers_to == b.id or b.refers_to == a.id):
        return None
    for d, o in ((a, b), (b, a)):
        if d.stance == "deny" and d.refers_to == o.id and o.stance in _ANSWERABLE:
            # what a denial answers asserts something; two denials of one report agree
            return _denial(d, o, a, code) if o.stance != "deny" and _answers(d, o, code) else None
    if a.stance not in _ANSWERABLE or b.stance not in _ANSWERABLE:
        return None  # a request, a warning or a worry asserts nothing to contradict
    if _actors_clash(a, b):
        return None
    wa, wb = content_words(a.text, code), content_words(b.text, code)
    shared = _overlap(wa, wb)
    if not shared:
        return None
    for d, o in ((a, b), (b, a)):
        if d.stance == "deny" and o.stance in ("claim", "assert"):
            found = _topic_denial(d, o, a, code)
            if found:
                return found
    if _times_clash(a, b):
        return None
    return _opposites(a, b, shared, code) or _polarity(a, b, code) or _figures(a, b, shared, code)


def _no_comment(c: Claim, code: str) -> bool:
    """A "denial" that is a refusal to comment or to speak ("… মন্তব্য করতে", declined to comment)."""
    if c.stance != "deny":
        return False
    tail = " ".join(tokens(c.text)[-3:])
    return any(tail.endswith(p) for p in _words(code).no_comment)


def _bonus(a: Claim, b: Claim) -> float:
    out = 0.0
    if a.actors & (b.actors | {b.speaker}) or b.actors & (a.actors | {a.speaker}):
        out += 0.1
    if "claim" in (a.stance, b.stance) or "deny" in (a.stance, b.stance):
        out += 0.05
    return out


def _conf(x: float) -> float:
    return round(max(0.0, min(0.95, x)), 2)


def _answers(d: Claim, o: Claim, code: str) -> bool:
    """Whether a denial pointed at a statement can contradict it. In English the cue may carry
    the negation ("denied that any staff member had shared …"); a Bengali denial names what it
    rejects with a head noun ("হামলার অভিযোগ", "মৃত্যুর বিষয়টি", "টাকা নেওয়ার কথা") or
    negates, so one that does neither was labelled a denial by mistake (the pack's
    `denial_says`). Not knowing ("কিছু জানি না") denies nothing. An allegation (claim) can then
    always be denied. A plain statement cannot be contradicted by an opinion ("…
    আশ্বাস বাস্তবসম্মত নয়": every negated clause of the denial is hedged), nor by a denial
    when it only negates itself ("প্রমাণিত হয়নি" against "হস্তক্ষেপ করবেন না": two negations
    agree or talk past each other)."""
    negs = [c for c in _clauses(d.text, code) if c.negated]
    w = _words(code)
    names = _names_rejection(d.text, w)
    if w.denial_says and not negs and not names:
        return False  # labelled a denial but neither negates nor names a rejection ("… পুড়িয়ে দেওয়া ছাড়াও")
    if negs and not names and all(_judges(c, w, code) for c in negs):
        return False  # "সংবিধানের মূলনীতি … সঠিক নয়": an opinion of a thing, not a denial of a fact
    if any(t in w.accuser for t in tokens(d.speaker_name)):
        return False  # "অভিযোগকারী আরেক সদস্য": the complainant's words are more of the complaint
    if negs and all(c.predicate and c.predicate.startswith(w.ignorance) for c in negs):
        return False  # "আমি এখনো কিছু জানি না": not knowing denies nothing
    if _agrees(d, o, code):
        return False
    if negs and all(c.hedged for c in negs) and not names:
        return False  # "… ইফতার মাহফিল করা যাবে না", "ঠিক নয়" said of advice: a rule or an opinion
    rejecting = [c for c in _clauses(d.text, code) if c.negated or _names_rejection(c.text, w)]
    if rejecting and all(c.hedged for c in rejecting):
        return False  # "… জোট ভাঙার আশঙ্কার কথা [নাকচ]": dismissing a fear contradicts no fact
    # a plain statement that only negates ("হস্তক্ষেপ করবেন না") or only hopes, asks or urges
    # ("… দিবেন বলে আমরা আশাবাদী", "প্রশ্ন রয়েছে", "প্রত্যাখ্যান করতে হবে") is no assertion to deny
    # (an allegation may be put as a negation: "… মজুরি পরিশোধ করেনি")
    return any(not c.hedged and (o.stance == "claim" or not c.negated) for c in _clauses(o.text, code) if c.words)


def _judges(c: _Clause, w: _Words, code: str) -> bool:
    """A negated clause that judges a thing ("… সঠিক নয়", not right) and names no allegation,
    report or topic ("সিন্ডিকেটের বিষয়টি সঠিক নয়" names one)."""
    toks = tokens(c.text)
    at = _negation_at(tuple(toks), code)
    if at is None or not at or toks[at - 1] not in w.judging:
        return False
    return not any(_definite_off(_bare_word(t, w)) in w.named_by | w.names for t in toks)


def _names_rejection(text: str, w: _Words) -> bool:
    """Whether a denial names what it rejects or calls it false ("হামলার অভিযোগ", "ওই দাবিগুলি
    ভিত্তিহীন"); "দুঃখের বিষয়" (sadly) names nothing, and "অভিযোগ করছে" (alleges), "কথা বলেন"
    (spoke) make the allegation or the remark rather than reject it."""
    toks = tokens(text)
    return any(t in w.false_words
               or (_bare_word(t, w) in w.names and (k + 1 == len(toks) or toks[k + 1] not in w.making))
               for k, t in enumerate(toks))


def _bare_word(t: str, w: _Words) -> str:
    """A word without its case ending and plural tail ("দাবিগুলি" -> দাবি, "অভিযোগের" -> অভিযোগ)."""
    base = strip_suffix(t, w.case)
    for tail in w.plural:
        if base.endswith(tail) and len(base) > len(tail) + 1:
            return strip_suffix(base[: -len(tail)], w.case)
    return base


def _agrees(d: Claim, o: Claim, code: str) -> bool:
    """A denial of what the other statement itself denies: the White House rejecting "any
    involvement in wrongdoing" that the president says he had none of. Two words of what the
    denial rejects are negated on the other side too."""
    words = _denying_words(d.text, code)
    return any(c.negated and len(_overlap(words, c.words)) >= 2 for c in _clauses(o.text, code))


def _denying_words(text: str, code: str) -> frozenset[str]:
    """The words of what a denial rejects: its negated clauses and those naming a rejection
    ("বিভাজন উসকে দেওয়ার অভিযোগ" in "… নির্বাচনে জয়ী হন এবং বিভাজন উসকে দেওয়ার অভিযোগ"),
    with the clause before a bare rejection ("…দেওয়া হয়ে গেছে, যা সম্পূর্ণ ভুয়া"); the
    rejection words themselves (অভিযোগ, খবর) name no event."""
    w = _words(code)
    clauses = _clauses(text, code)
    out: set[str] = set()
    for k, c in enumerate(clauses):
        rejects = any(t in w.rejection for t in tokens(c.text))
        if c.negated or rejects:
            out |= c.words
            if k and not (c.words - w.rejection):
                out |= clauses[k - 1].words
    words = out or set(content_words(text, code))
    return frozenset(x for x in words if x not in w.rejection)


def _points_back(text: str, w: _Words) -> bool:
    """A rejection word after "এ", "এই", "এমন", "এ–জাতীয়" or with the definite "-টি"
    ("এ অভিযোগ", "খবরটি"): the denial answers what was just reported."""
    toks = tokens(text)
    for i, t in enumerate(toks):
        if t.endswith(("টি", "টা")) and strip_suffix(t[:-2], w.case) in w.rejection:
            return True
        if _bare_word(t, w) in w.rejection and i and toks[i - 1] in w.anaphora:
            return True
    return False


def _denial(d: Claim, o: Claim, first: Claim, code: str) -> Conflict | None:
    w = _words(code)
    if _actors_clash(d, o):
        return None  # "তাঁর ভাই … হত্যায় জড়িত নন" answers what is said of the brother, not of another
    heads = _named_heads(d.text, w)
    if heads and not any(_told(x, o, code) for h in heads for x in h):
        return None  # "মেঘনাকে অপহরণ করার অভিযোগ সঠিক নয়" answers no statement that tells of no abduction
    denying = _denying_words(d.text, code)
    shared = _overlap(denying, content_words(o.text, code))
    if not shared and any(t in w.hearsay for t in tokens(d.text)):
        return None  # "তাঁরা প্রচার করছেন, এ আসন নাকি …, যা ভিত্তিহীন": it rejects the hearsay it reports
    if shared:
        # what the other side asserts, not what it only supposes, nor (but for an allegation:
        # "মজুরি পরিশোধ করেনি" is what is alleged) what it too negates: "আশ্রয় চাওয়ার খবর সঠিক
        # নয়" against "… আশ্রয়ের জন্য … অনুমতি দেওয়ার কোনো বিধান নেই" agrees
        asserted = [c.words for c in _clauses(o.text, code)
                    if not c.hedged and not c.describes and (o.stance == "claim" or not c.negated)]
        shared = {x for x in shared if any(_overlap(frozenset({x}), ws) for ws in asserted)}
        if not shared or all(_is_place(x, code) for x in shared):
            return None  # a country or a town in common is no event ("বাংলাদেশের", "গ্রিনল্যান্ড")
        if _narrows(d.text, shared, code):
            return None  # "শারীরিকভাবে … হয়নি, তবে … শিকার হওয়া ব্যক্তির মতো …": not X, but like X
        if _account(d.text, code) and len(shared) < 2:
            return None  # one word of a long speech met in the other ("মামলার", "কাজ"): no one event
    elif _account(d.text, code) and o.stance != "claim":
        return None  # a speech sharing no word with a plain statement ("এসব অভিযোগ মিথ্যা। তারা …")
    elif not _points_back(d.text, w) and (o.stance != "claim" or _account(d.text, code)
                                          or not _names_rejection(d.text, w)):
        # sharing no word, not pointing back, and not a short rejection of an allegation
        # ("দূষণের অভিযোগ" against "… নদী দূষিত হচ্ছে"): matched by position only, a guess
        return None
    elif _named_owner(d.text, w) and o.speaker not in d.actors:
        return None  # "রাজ্জাকের ওই বক্তব্য" answers Razzak, not whoever spoke just before
    elif _rejects_report(d.text, w) and any(t in w.first_person for t in tokens(o.text)):
        return None  # "এ ধরনের প্রতিবেদন মিথ্যা": a published report, not someone's own account ("আমি …")
    # sharing no word, a denial that points back at what it rejects ("এ–জাতীয় অভিযোগের কোনো
    # ভিত্তি নেই", "প্রতিবেদনটি মিথ্যা": this allegation) answers what was just reported
    base = 0.6 if shared else 0.55 if _points_back(d.text, w) else 0.4
    # a denial that names what it rejects ("হামলার অভিযোগ", "এই সংবাদ ভিত্তিহীন") is the surest
    # kind; one that only negates a sentence of its own ("… বরাদ্দ দেওয়া হয়নি") may talk of
    # another scope or of another part of the event, and is shown after the others
    base += 0.05 if _names_rejection(d.text, w) else -0.05
    conf = base + (0.15 if o.stance == "claim" else 0.0) + min(0.1, 0.03 * len(shared)) + _bonus(d, o) / 2
    words = _shown(shared, first.text, code)
    why = "denies the other's " + ("claim" if o.stance == "claim" else "statement")
    if words:
        why += f" (shared words: {_q(words)})"
    return Conflict("deny", why, _conf(conf), tuple(words))


def _narrows(text: str, shared: set[str], code: str) -> bool:
    """Whether a denial, after "তবে" or "বরং", asserts again the words it shares with the other
    statement: it grants that much and narrows the rest."""
    w = _words(code)
    after = False
    for part, delim in _pieces(text):
        toks = tokens(part)
        if (after or (toks and toks[0] in w.narrowing)) and _negation_at(tuple(toks), code) is None \
                and len(_overlap(frozenset(shared), content_words(part, code))) >= min(2, len(shared)):
            return True
        after = delim.strip() in w.narrowing or (after and not part.strip())
    return False


def _named_heads(text: str, w: _Words) -> list[frozenset[str]]:
    """What a denial names as what it rejects: the two content words before each naming noun
    ("মজুরি বকেয়া রাখার অভিযোগ" -> বকেয়া, মজুরি; "হামলার দাবি" -> হামলা; "জাতিসংঘের
    প্রতিবেদন" -> জাতিসংঘ; the owner before a pointer: "ইসরায়েলের এই দাবি" -> ইসরায়েল), light
    verbs, their verbal nouns ("রাখার") and words of falsehood skipped. Nothing for a noun that
    points back ("এ অভিযোগ", "এ–জাতীয় অভিযোগের"), has a blanked name before it (a person:
    `_named_owner`), or makes the allegation ("অভিযোগ করেন")."""
    spans = [m for m in WORD_RE.finditer(text) if LETTER.match(m.group())]
    heads = []
    for k, m in enumerate(spans):
        if _definite_off(_bare_word(m.group(), w)) not in w.named_by:
            continue
        if k + 1 < len(spans) and spans[k + 1].group() in w.making:
            continue
        found: set[str] = set()
        j = k - 1
        while j >= 0 and k - j <= 4 and len(found) < 2:
            if text[spans[j].end():spans[j + 1].start()].count(" ") >= 3:
                break  # a blanked name between
            t = spans[j].group()
            if t in w.anaphora:
                owner = strip_suffix(spans[j - 1].group(), w.case) if j else ""
                if not found and owner in w.owners and text[spans[j - 1].end():spans[j].start()].count(" ") < 3:
                    found.add(owner.casefold())
                break
            stem = _stem(t, w)
            if stem is not None and t not in w.light_nouns \
                    and _definite_off(_bare_word(t, w)) not in w.rejection:
                found.add(stem)
            j -= 1
        if found:
            heads.append(frozenset(found))
    return heads


def _definite_off(word: str) -> str:
    """"খবরটি" -> খবর, "বিষয়টা" -> বিষয়: the definite article off."""
    return word[:-2] if word.endswith(("টি", "টা")) and len(word) > 3 else word


def _told(head: str, o: Claim, code: str) -> bool:
    """Whether the other statement tells what a denial names: the word, or a form of its root
    ("দূষণের অভিযোগ" / "নদী দূষিত হচ্ছে"), in its words or its speaker's name."""
    words = content_words(o.text, code) | _name_words(o.speaker_name, code)
    need = max(3, len(head) - 2)
    return any(_same_verb(head, x) or len(_common_start(head, x)) >= need for x in words)


def _common_start(x: str, y: str) -> str:
    n = 0
    for p, q in zip(x, y, strict=False):
        if p != q:
            break
        n += 1
    return x[:n]


def _rejects_report(text: str, w: _Words) -> bool:
    """Whether a denial calls a published report false ("এ ধরনের প্রতিবেদনকে মিথ্যা", "খবরটি")."""
    return any(_definite_off(_bare_word(t, w)) in w.reports for t in tokens(text))


def _named_owner(text: str, w: _Words) -> bool:
    """Whether a pointing-back rejection is someone's: a person's name (blanked in the claim's
    text) just before "ওই বক্তব্য", "এই দাবি" ("রাজ্জাকের ওই বক্তব্য", "ট্রাম্পের এই দাবি")."""
    for m in re.finditer(r"\S+", text):
        if m.group() in w.anaphora:
            before = text[: m.start()]
            if before.endswith("   ") or (before and not before.strip()):
                return True
    return False


def _account(text: str, code: str) -> bool:
    """A denial that is a speech (two sentences or more, or many words), where one clause negates
    something: shared words may be anywhere in it."""
    return len(re.findall(r"[।?!]\s*\S", text)) >= 1 or len(tokens(text)) > 25


def _topic_denial(d: Claim, o: Claim, first: Claim, code: str) -> Conflict | None:
    """A short denial of a topic ("সিন্ডিকেটের বিষয়টি সঠিক নয়") against a statement that asserts it.
    Within its article only: a topic of two or three words ("ডিবি হেফাজতে মৃত্যুর বিষয়টি") names
    the article's own event, and another article's death in custody is another death."""
    if _loose(d, o):
        return None
    w = _words(code)
    if any(strip_suffix(t, w.case) in w.titles for t in tokens(d.text)):
        return None  # "পাকিস্তানের প্রধানমন্ত্রীর অভিযোগ": someone's allegation, not a topic
    topic = {s for s in content_words(d.text, code) if s not in w.rejection}
    if not topic or len(topic) > 3 or len(tokens(d.text)) > 8:
        return None
    wo = content_words(o.text, code)
    if any(c.negated and _overlap(frozenset(topic), c.words) for c in _clauses(o.text, code)):
        return None  # the other side does not assert it
    if _overlap(frozenset(topic), wo) != topic:
        return None
    words = _shown(topic, d.text, code)
    return Conflict("deny", f"denies {_q(words)}, which the other asserts", _conf(0.55 + _bonus(d, o)),
                    tuple(_shown(topic, first.text, code)))


def _polarity(a: Claim, b: Claim, code: str) -> Conflict | None:
    """One negates the predicate the other asserts, about a shared argument."""
    best: tuple[float, Claim, _Clause, _Clause, set[str]] | None = None
    for n_side, p_side in ((a, b), (b, a)):
        if p_side.stance == "deny":
            continue  # a denial's words are what it rejects ("… সোনার মজুদ পাওয়ার দাবি"), not what it asserts
        for nc in _clauses(n_side.text, code):
            if not nc.negated or nc.hedged or nc.predicate is None or nc.relative:
                continue
            for pc in _clauses(p_side.text, code):
                if pc.negated or pc.hedged or not any(_same_verb(nc.predicate, x) for x in pc.words):
                    continue
                shared = _overlap(nc.words, pc.words)
                if nc.copular and _overlap(nc.before, pc.words) != set(nc.before):
                    continue  # "এখতিয়ার সরকারের নেই": what is not had must be what the other has
                args = {x for x in shared - {nc.predicate} if not _same_verb(x, nc.predicate)}
                if _places_apart(nc, pc, code) or _modifier_only(nc, pc, code):
                    continue  # "ভারতীয় পেঁয়াজ কিনছে না" / "ইয়েমেন ও ইরান থেকে পেঁয়াজ কিনছে"
                if _changed(nc, pc, n_side, p_side, code):
                    continue  # "কপি দিচ্ছে না" (a complaint) / "গতকাল রাতে কপি দিয়েছে" (done since)
                if _own_things(nc.text, args, pc.text, code):
                    continue  # "তাদের কোনো যুদ্ধবিমান ভূপাতিত হয়নি" / "ভারতের পাঁচটি যুদ্ধবিমান ভূপাতিত": whose
                if len(args) < _args_needed(nc, a, b) or not _one_clause(shared, nc, pc, _loose(a, b),
                                                                         len(args)):
                    continue  # too little of one clause is what the other says
                score = 0.5 + min(0.2, 0.1 * (len(args) - 1)) + _bonus(a, b)
                if _future(pc.text, code) or _future(nc.text, code):
                    score -= 0.15
                if score < POLARITY_FLOOR:
                    continue  # one shared word, two plain statements: "বন্ধ করে লেনদেন হয়" / "বন্ধ থাকায় লেনদেনও হয়নি"
                if best is None or score > best[0]:
                    best = (score, n_side, nc, pc, args)
    if best is None:
        return None
    score, _, nc, pc, args = best
    verb_n = _negated_phrase(nc.text, code)
    pred = nc.predicate or ""
    verb_p = next((v for k, v in _index(pc.text, code).items() if _same_verb(pred, k)), pred)
    about = _shown(args, nc.text, code)
    why = f"'{verb_n}' against '{verb_p}' about {_q(about)}"
    return Conflict("polarity", why, _conf(score), tuple(about))


def _changed(nc: _Clause, pc: _Clause, n_side: Claim, p_side: Claim, code: str) -> bool:
    """A negated ongoing act ("পুলিশ কপি দিচ্ছে না") against the act done at a stated time ("গতকাল
    রাতে … কপি দিয়েছে"): the state changed between them; both can be true."""
    w = _words(code)
    if not _placed(p_side.times) or _placed(n_side.times):
        return False
    toks = tokens(nc.text)
    at = _negation_at(tuple(toks), code)
    if at is None or toks[at] not in w.negation or not at or not toks[at - 1].endswith(w.ongoing):
        return False
    pt = tokens(pc.text)
    pred = nc.predicate or ""
    for i, t in enumerate(pt):
        s = _stem(t, w)
        if ((s and _same_verb(pred, s)) or t == pred) and any(x.endswith(w.done) for x in pt[i:i + 3]):
            return True  # the same act, done: "কপি দিয়েছে"
    return False


def _places_apart(nc: _Clause, pc: _Clause, code: str) -> bool:
    """Each clause names a place or a people the other does not: two scopes."""
    pn = frozenset(x for x in nc.words if _is_place(x, code))
    pp = frozenset(x for x in pc.words if _is_place(x, code))
    return bool(pn - _overlap(pn, pc.words)) and bool(pp - _overlap(pp, nc.words))  # রাশিয়া is in রাশিয়ান


@cache
def _place_stems(code: str) -> frozenset[str]:
    """Places and peoples of the pack as the test compares words (ভারতীয় -> ভারতী), long and
    short vowels made one (গ্রীনল্যান্ড, গ্রিনল্যান্ড: foreign names are spelt both ways)."""
    w = _words(code)
    return frozenset(_vowels_one(x) for x in w.places | {s for s in (_stem(p, w) for p in w.places) if s})


_LONG_SHORT = str.maketrans({"ী": "ি", "ূ": "ু", "ঈ": "ই", "ঊ": "উ"})


def _vowels_one(word: str) -> str:
    return word.translate(_LONG_SHORT)


def _is_place(stem: str, code: str) -> bool:
    return _vowels_one(stem) in _place_stems(code)


def _modifier_only(nc: _Clause, pc: _Clause, code: str) -> bool:
    """The negated predicate is a noun ("বাড়িতে ছিলেন না": was not at home) that the other
    clause uses only to qualify something else ("বাড়ির লোকজন": the household)."""
    w = _words(code)
    pred = nc.predicate or ""
    marked = {pred + e for e in w.argument_endings + w.genitive}  # বাড়ির, বাড়িকে: the word and a case ending
    own = [t for t in tokens(nc.text) if _stem(t, w) == pred]
    if not own or all(t in marked for t in own):
        return False  # the negated side is itself a possessor or an object
    forms = [t for t in tokens(pc.text) if (s := _stem(t, w)) and _same_verb(pred, s)]
    return bool(forms) and all(t in marked for t in forms)


def _own_things(n_text: str, args: set[str], p_text: str, code: str) -> bool:
    """Whether the negated clause says its thing is the speaker's side's ("তাদের কোনো
    যুদ্ধবিমান", "আমাদের কোনো কর্মী") and the asserting one does not: none of their own against
    some, or someone else's, is no opposition."""
    w = _words(code)
    toks = tokens(n_text)
    p_toks = set(tokens(p_text))
    for i, t in enumerate(toks):
        if _stem(t, w) not in args:
            continue
        k = i - 1
        while k >= 0 and toks[k] in w.quantifiers:
            k -= 1
        if k >= 0 and toks[k] in w.possessive and toks[k] not in p_toks:
            return True
    return False


def _one_clause(shared: set[str], nc: _Clause, pc: _Clause, bare: bool, args: int = 2) -> bool:
    """Whether two clauses say one thing: half the negated clause's words are in the asserting
    one ("ট্রলারটিতে কোনো নেভিগেশন বাতি জ্বলছিল না" / "আমাদের সব বাতি জ্বলছিল"). Across
    articles, where nothing but the words tells one event from another, the asserting clause
    must also be half made of the negated one's words: a long account that happens to hold them
    ("… মনোনয়নপত্র দাখিলের শেষ সময়ে প্রার্থী বদল নিয়ে জোর আলোচনা চলছে") is about its own event.
    So must it within an article when one word besides the predicate is all they share
    ("ফটক বন্ধ করে লেনদেন হয়" / "ইন্টারনেট বন্ধ থাকায় লেনদেনও হয়নি")."""
    if len(shared) < 0.5 * len(nc.words) - 1e-9:
        return False
    return not (bare or args < 2) or len(shared) >= 0.5 * len(pc.words) - 1e-9


def _args_needed(nc: _Clause, a: Claim, b: Claim) -> int:
    """How many shared words besides the predicate make one event. A verb negated ("বাতি
    জ্বলছিল না") needs one; a noun negated ("আওয়ামী লীগ নাই") is said of many things, and
    statements known only by their words (a corpus row: no dates, no figures, no people) may
    be about any event: two each, three for both."""
    return 1 + nc.copular + _loose(a, b)


def _bare(c: Claim) -> bool:
    """Known only by its words (a store row of an older ukti), not by its article's dates,
    figures and people."""
    return c.figures is None


def _loose(a: Claim, b: Claim) -> bool:
    """Whether nothing but the words ties the two to one event: one side is bare, or they come
    from two articles (where "the strike" or "the fire" of each may be another one)."""
    return _bare(a) or _bare(b) or a.article != b.article


def _negated_phrase(text: str, code: str) -> str:
    """The negated words as written: the predicate and its negation ("জ্বলছিল না", "করেনি")."""
    toks = tokens(text)
    at = _negation_at(tuple(toks), code)
    if at is None:
        return ""
    w = _words(code)
    if toks[at] not in w.negation and _stem(toks[at], w):
        return toks[at]  # the negated verb is one word: করেনি, পাঠাইনি
    start = at
    while start > 0 and at - start < 3:
        start -= 1
        if _stem(toks[start], w):
            break
    end = at + 1
    if toks[at] in w.negation and start == at and at + 1 < len(toks):
        end = at + 2  # English: "not paid"
    return " ".join(toks[start:end])


def _future(text: str, code: str) -> bool:
    w = _words(code)
    return any(t.endswith(w.future) for t in tokens(text)) if w.future else False


@lru_cache(maxsize=4096)
def _opposite_hits(text: str, code: str) -> dict[str, tuple[str, int]]:
    """Each antonym word of the pack that the text uses -> the first word that uses it and the
    index of its clause. A use is the whole word or the word and a case ending ("বন্ধের"), never
    a longer word that begins alike ("বন্ধু", "সত্যেন্দ্রনাথ")."""
    forms = _antonym_forms(code)
    hits: dict[str, tuple[str, int]] = {}
    for k, clause in enumerate(_clauses(text, code)):
        for t in tokens(clause.text):
            for p in forms.get(t, ()):
                hits.setdefault(p, (t, k))
    return hits


@cache
def _antonym_forms(code: str) -> dict[str, tuple[str, ...]]:
    """Every use of an antonym word (the word, or the word and a case ending) -> the antonym
    words it is a use of: one look-up per token instead of a test against each antonym."""
    w = _words(code)
    out: dict[str, list[str]] = {}
    for p in {p for pair in w.opposites for p in pair}:
        for form in {p, *(p + e for e in w.case)}:
            out.setdefault(form, []).append(p)
    return {form: tuple(ps) for form, ps in out.items()}


def _opposites(a: Claim, b: Claim, shared: set[str], code: str) -> Conflict | None:
    """Antonyms on the two sides ("বাঁধের অর্ধেক কাজও হয়নি" / "বাঁধের কাজ শেষ"), each in a clause
    that shares two more words with the other's (three for corpus rows): said of one thing.
    A side that uses both words of a pair ("বন্ধ ও চালু", "মিথ্যার ভিড়ে সত্য") sets them side
    by side; it does not take one of them."""
    w = _words(code)
    ia, ib = _opposite_hits(a.text, code), _opposite_hits(b.text, code)
    if not ia or not ib:
        return None
    need = 2 + _loose(a, b)
    ca, cb = _clauses(a.text, code), _clauses(b.text, code)
    for x, y in w.opposites:
        if (x in ia and y in ia) or (x in ib and y in ib):
            continue
        for p, q in ((x, y), (y, x)):
            if p not in ia or q not in ib:
                continue
            (ha, ka), (hb, kb) = ia[p], ib[q]
            rest = {s for s in _overlap(ca[ka].words, cb[kb].words) if not s.startswith((x, y))}
            if len(rest) < need:
                continue
            near_a, near_b = _before_word(ca[ka].text, ha, code), _before_word(cb[kb].text, hb, code)
            if _absent(near_a, cb[kb].words) and _absent(near_b, ca[ka].words):
                continue  # each names its own scope: "শিল্পখাতে বিদেশী বিনিয়োগ বেড়েছে" / "যৌথ … বিনিয়োগ কমেছে"
            score = 0.55 + min(0.15, 0.05 * (len(rest) - 1)) + _bonus(a, b)
            if _future(a.text, code) or _future(b.text, code):
                score -= 0.15
            if ca[ka].hedged or cb[kb].hedged:
                score -= 0.1
            if score < 0.5:
                continue
            about = _shown(rest, a.text, code)
            return Conflict("opposites", f"'{ha}' against '{hb}' about {_q(about)}", _conf(score), tuple(about))
    return None


def _before_word(text: str, word: str, code: str, n: int = 3) -> frozenset[str]:
    """The n content words before `word` in the text (figures and function words skipped): what
    rose or what fell ("ভারতের রপ্তানি ৩৭ দশমিক ৫ শতাংশ কমেছে": ভারতের, রপ্তানি)."""
    toks = tokens(text)
    at = toks.index(word) if word in toks else len(toks)
    w = _words(code)
    stems = [x for x in (_stem(t, w) for t in toks[:at]) if x]
    return frozenset(stems[-n:])


@lru_cache(maxsize=20_000)
def _numbers(text: str) -> frozenset[float]:
    out: set[float] = set()
    for m in re.finditer(r"[0-9০-৯]+(?:[.,][0-9০-৯]+)?", text):
        with contextlib.suppress(ValueError):
            out.add(float(to_ascii_digits(m.group()).replace(",", "")))
    return frozenset(out)


def _digit_figures(text: str, code: str) -> tuple[Figure, ...]:
    """Figures read from digits and a unit word after them, when the quantities are not known."""
    units = _words(code).units
    out = []
    for m in re.finditer(r"([0-9০-৯]+(?:[.,][0-9০-৯]+)?)\s*(\S+)", text):
        unit = next((u for u in units if m.group(2).startswith(u)), None)
        if unit:
            with contextlib.suppress(ValueError):
                out.append((float(to_ascii_digits(m.group(1)).replace(",", "")), unit, m.group().strip()))
    return tuple(out)


_DURATION = {"year", "month", "day", "hour", "minute", "week"}


def _figures(a: Claim, b: Claim, shared: set[str], code: str) -> Conflict | None:
    """Different values in one unit for one thing: few figures on each side, none in common,
    two shared content words, no opinion or condition, no date against another date."""
    if len(shared) < 2 or not _same_time(a, b):
        return None
    w = _words(code)
    wa, wb = content_words(a.text, code), content_words(b.text, code)
    fa = a.figures if a.figures is not None else _digit_figures(a.text, code)
    fb = b.figures if b.figures is not None else _digit_figures(b.text, code)
    for unit in sorted({u for _, u, _ in fa} & {u for _, u, _ in fb}):
        if unit in _DURATION:
            continue
        va = [f for f in fa if f[1] == unit]
        vb = [f for f in fb if f[1] == unit]
        if len(va) > 2 or len(vb) > 2 or {v for v, _, _ in va} & {v for v, _, _ in vb}:
            continue
        if any(_close(x[0], y[0]) for x in va for y in vb):
            continue
        if w.max_ratio and all(max(abs(x[0]), abs(y[0])) > w.max_ratio * max(1e-9, min(abs(x[0]), abs(y[0])))
                               for x in va for y in vb):
            continue  # ৩ হাজার টাকা and ৩৩০ কোটি টাকা: a sum per account and a total, not one figure
        ca, cb = _figure_clauses(a.text, va, code), _figure_clauses(b.text, vb, code)
        if any(c.hedged for c in ca + cb):
            continue
        part_a, part_b = (any(t in w.part for c in cs for t in tokens(c.text)) for cs in (ca, cb))
        if part_a != part_b:
            continue  # one counts a part ("৬১টি ব্যাংকের মধ্যে ২৩টির হার"), the other the whole
        avg_a, avg_b = (any(t in w.average for c in cs for t in tokens(c.text)) for cs in (ca, cb))
        own_a, own_b = (any(t in w.own_figure for c in cs for t in tokens(c.text)) for cs in (ca, cb))
        if own_a != own_b:
            continue  # "আমি … ৩০ টনের অনুমতি পেয়েছি": the speaker's share against a count of all
        if avg_a != avg_b:
            continue  # "গড়ে জমা ছিল" (on average) against a total
        allowed_a, allowed_b = (any(_bare_word(t, w) in w.kind for c in cs for t in tokens(c.text)) for cs in (ca, cb))
        if allowed_a != allowed_b:
            continue  # "২৩০ টন আমদানির অনুমতি" (allowed) against "৫০ টন আমদানি হয়েছে" (done)
        if not _bounds_clash(a.text, va, b.text, vb, w):
            continue
        near = _overlap(_near(a.text, va, code), _near(b.text, vb, code))
        if not near:
            continue  # the figures count different things ("মোট ঋণ" and "খেলাপি ঋণের হার" may share ঋণ elsewhere)
        if _absent(_near(a.text, va, code), wb) and _absent(_near(b.text, vb, code), wa):
            continue  # each names its own scope ("দেশে ৫০ জন" and "ঢাকায় ১২ জন", "স্থাবর" and "অস্থাবর")
        score = 0.5 + min(0.15, 0.05 * (len(shared) - 2)) + _bonus(a, b)
        score += 0.1 if a.times and b.times else 0.0
        if a.figures is None or b.figures is None:
            score -= 0.05
        about = _shown(shared, a.text, code)
        why = f"different figures: {va[0][2]} against {vb[0][2]} about {_q(about)}"
        return Conflict("figures", why, _conf(score), tuple(about))
    return None


def _same_time(a: Claim, b: Claim) -> bool:
    """Figures contradict only at one time: both statements place one (a day, a month, a year)
    and the times can be one. Without dates, two counts of "নিহত" or two sums of "সম্পদ" are
    as likely two events, two places or two affidavits as one disagreement."""
    ta, tb = _placed(a.times), _placed(b.times)
    return bool(ta and tb) and any(_time_fits(x, y, _same_year(a, b)) for x in ta for y in tb)


def _figure_clauses(text: str, figures: list[Figure], code: str) -> list[_Clause]:
    """The clauses that hold the figures: an opinion elsewhere in a long statement ("সেটা
    সম্ভব হয়েছে") does not make its figure a possibility."""
    return [c for c in _clauses(text, code) if any(shown in c.text for _, _, shown in figures)] or list(
        _clauses(text, code))


def _bound(text: str, figure: Figure, w: _Words) -> int:
    """+1 when the figure is a floor ("১৭ বিলিয়নের ওপর"), -1 a ceiling ("১০ শতাংশের নিচে"), 0 a value."""
    at = text.find(figure[2])
    nxt = tokens(text[at + len(figure[2]):])[:2] if at >= 0 else []
    if any(t in w.above for t in nxt) or any(t.endswith(w.over) for t in tokens(figure[2])):
        return 1  # "১৭ বিলিয়নের ওপর", "৯ লক্ষাধিক"
    if any(t in w.below for t in nxt):
        return -1
    return 0


def _bounds_clash(ta: str, va: list[Figure], tb: str, vb: list[Figure], w: _Words) -> bool:
    """Whether some figure of one side cannot hold with some of the other: two values differ;
    a value below a floor or above a ceiling (16.75 against "17-এর ওপর") does, a value within
    it does not; two bounds say too little."""
    for x in va:
        for y in vb:
            bx, by = _bound(ta, x, w), _bound(tb, y, w)
            if bx == by == 0:
                return True
            if bx and by:
                continue
            floor_or_ceiling, value, sign = (x[0], y[0], bx) if bx else (y[0], x[0], by)
            if (value - floor_or_ceiling) * sign < 0:
                return True
    return False


def _near(text: str, figures: list[Figure], code: str, before: int = 3, after: int = 2) -> frozenset[str]:
    """The content words next to the figures: what they count (three words before, two after)."""
    w = _words(code)
    out: set[str] = set()
    for _, _, shown in figures:
        at = text.find(shown)
        if at < 0:
            continue
        around = tokens(text[:at])[-before:] + tokens(text[at + len(shown):])[:after]
        out.update(x for x in (_stem(t, w) for t in around) if x)
    return frozenset(out)


def _absent(words: frozenset[str], other: frozenset[str]) -> set[str]:
    return {x for x in words if not any(_same_verb(x, y) for y in other)}


def _close(x: float, y: float) -> bool:
    """Rounded forms of one figure (১৭ বিলিয়ন and ১৬.৭৫ are not; 2,400 and 2,400.5 are)."""
    return abs(x - y) <= 0.001 * max(abs(x), abs(y))


def refers_to(deny: Claim, earlier: list[Claim], code: str = "bn") -> str | None:
    """The earlier statement of another speaker that a denial answers: most shared words, claims
    first; requests, worries and the denier's own words are never what a denial answers."""
    wd = content_words(deny.text, code)
    best, best_score = None, 0.0
    for c in earlier:
        if c.stance not in _ANSWERABLE or same_speaker(c, deny, code):
            continue
        score = len(_overlap(wd, content_words(c.text, code))) + (0.5 if c.stance == "claim" else 0)
        if score > best_score:
            best, best_score = c.id, score
    return best if best_score >= 1 else None


def opposed(a: str, b: str, code: str = "bn", *, a_denies: bool = False) -> set[str]:
    """Words of a predicate that one text negates where the other asserts it, with a shared
    argument (with `a_denies`, only a negating and b asserting)."""
    sides = ((a, b),) if a_denies else ((a, b), (b, a))
    best: set[str] = set()
    for n_text, p_text in sides:
        for nc in _clauses(n_text, code):
            if not nc.negated or nc.predicate is None:
                continue
            for pc in _clauses(p_text, code):
                if pc.negated or not any(_same_verb(nc.predicate, x) for x in pc.words):
                    continue
                found = _overlap(nc.words, pc.words)
                if len(found) > len(best):
                    best = found
    return best
