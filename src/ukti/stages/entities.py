"""People, organisations and places: found, merged per referent, named in Latin script.

Three sources of mentions, in order of trust: the curated gazetteer (exact names with their
English spelling), rules (an honorific before a word makes it a person's name, an abbreviation
in brackets after an organisation is that organisation), and the CRF tagger for everything else.
Mentions of one referent are then merged: same gazetteer name; same full name up to spelling
(এলন/ইলন, লিন্ডকভিস্ট/লিন্ডকুইস্ট); a surname alone with the one full name it ends (never
when two people share it); an organisation with its prefix form or its abbreviation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ukti.lang import GazetteerEntry, LanguagePack, load_pack, nfc
from ukti.model import Document, Entity, EntityType, Mention, Token
from ukti.ner import bio_spans, lexicon, tag_words_and_gazetteer, vowel_genitive_stem
from ukti.stages.entities_caps import entities as capital_entities
from ukti.stages.entities_caps import uses_capitals
from ukti.textutil import accusative_stem, edit_distance, is_genitive, strip_suffix, to_ascii_digits
from ukti.translit import romanise_name, transliterate_word

if TYPE_CHECKING:
    from collections.abc import Mapping

_BENGALI_WORD = re.compile(r"^[\u0980-\u09ff][\u0980-\u09ff\u200c\u200d’'\-]*$")
_LATIN_WORD = re.compile(r"^[A-Z][A-Za-z0-9\-]*$")
_VOWEL_SIGNS = set("ািীুূৃেৈোৌ")
_VOWEL_LETTERS = set("অআইঈউঊঋএঐওঔ")


@dataclass(slots=True)
class _Lists:
    code: str  # the language pack's
    honorifics: frozenset[str]  # bare forms, without a trailing full stop
    kept_in_name: frozenset[str]  # honorifics that are part of a name (মো.)
    another_before_known: frozenset[str]  # "মো.": before a known person never so written, someone else
    ends_names: frozenset[str]  # honorifics that also end a name as a surname ("রাজু শেখ")
    relatives: frozenset[str]  # "সহধর্মিণী", "কাকা": kin before a name, no part of it
    courtesy: frozenset[str]  # honorifics kept only before a bare surname (মিঃ), bare forms
    verbs_after_courtesy: frozenset[str]  # "মিস করি": a verb of the English word, no name
    pseudonym_marks: frozenset[str]  # "ছদ্মনাম" in brackets after a name: a person's changed name
    titles: frozenset[str]
    before_names: frozenset[str]  # titles and other words that announce a person's full name
    hyphen_tails: frozenset[str]  # what may follow a name after a hyphen (-এ, -ভিত্তিক)
    compound_tails: frozenset[str]  # what may follow a name without one ("ব্রাসেলসভিত্তিক")
    classifiers: tuple[str, ...]  # টি, গুলো …
    plural_classifiers: tuple[str, ...]  # "-গুলো", "-গুলি": a plural common noun, in no name
    generic: frozenset[str]
    org_heads: frozenset[str]
    connectors: frozenset[str]  # "অব", "অ্যান্ড": inside an English name, never at its start
    group_heads: frozenset[str]
    named_after_people: frozenset[str]  # "পার্টি": "জাকের পার্টি" is a party named after a person
    named_after_not_before: frozenset[str]  # "অফিস": "X পার্টি অফিস" is a person at a party's office
    member_bodies: frozenset[str]  # "সমিতি", "লীগ": a title before one names the body ("আইনজীবী সমিতি")
    directions: frozenset[str]
    public_heads: frozenset[str]
    not_in_public_names: frozenset[str]  # "সরাসরি", "সাবেক", "আপনারা": before a public body's head, no part of its name
    not_public_endings: tuple[str, ...]  # "দেখলাম", "চিকিৎসকরা": a verb or a plural is no part of one
    title_words_en: frozenset[str]  # "ইন্সপেক্টর", "সুপারিনটেনডেন্ট": English words of posts, no body's name
    missions: frozenset[str]  # "দূতাবাস": a country's mission, named by its demonym ("ফরাসি দূতাবাস")
    case: tuple[str, ...]
    function_words: frozenset[str]
    cue_heads: frozenset[str]
    not_names: frozenset[str]
    not_name_endings: tuple[str, ...]  # "-গুলো": a plural, never a name's last part
    surnames_after_places: frozenset[str]  # "রহমান": after a place's name, a person's ("পদ্মা রহমান")
    surnames_after_given: frozenset[str]  # "আহমেদ": after a word no list knows, a person's ("তাসকিন আহমেদ")
    named_heads: frozenset[str]  # "কলেজ": an institution's head, after a place or an abbreviation
    not_names_before: dict[str, frozenset[str]]  # "রায়" is no name before "দেন" (a verdict), else Roy
    strong_heads: frozenset[str]
    org_prefixes: frozenset[str]
    other_country: frozenset[str]  # "দেশটির পুলিশ": another country's body
    name_openers: frozenset[str]  # "আবদুল", "মির্জা": open a name, never stand for the person alone
    never_last: frozenset[str]  # "আবদুর", "আবুল": never end a name
    no_person_alone: frozenset[str]  # "ইসলাম": the faith when it stands alone, no one's name
    also_words: frozenset[str]  # "রায়", "বিকাশ": name parts that are ordinary words too
    surnames_too: frozenset[str]  # "সরকার": a surname before a verb of respect ("X সরকার বলেন")
    units: frozenset[str]  # "টন", "কেজি" (numbers.toml [units]): after a figure, never a name's first word
    # finite-verb endings no name ends with (text.toml [verbs]; no bare -েন, which ends হোসেন)
    finite_endings: tuple[str, ...]
    # the case endings by their last letter, in `case` order: a word is tried only with its own
    case_by_last: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # each head list -> every case form of its heads -> the head (see _case_forms)
    head_forms: dict[frozenset[str], dict[str, str]] = field(default_factory=dict)


@cache
def _lists(code: str) -> _Lists:
    lists = _read_lists(code)
    for e in lists.case:
        lists.case_by_last[e[-1:]] = (*lists.case_by_last.get(e[-1:], ()), e)
    for heads in (lists.org_heads, lists.strong_heads, lists.public_heads, lists.member_bodies,
                  lists.named_after_people):
        lists.head_forms[heads] = _case_forms(heads, lists.case)
    return lists


def _read_lists(code: str) -> _Lists:
    pack = load_pack(code)
    names = pack.table("names")
    hon = [h.rstrip(".") for h in names.get("honorifics", {}).get("words", [])]
    titles = frozenset(w for t in names.get("titles", {}).get("words", []) for w in t.split()[-1:])
    return _Lists(
        code=code,
        honorifics=frozenset(hon),
        kept_in_name=frozenset({"মো", "মোঃ", "মোহা", "মোহাম্মদ", "শেখ", "সৈয়দ"}),
        another_before_known=frozenset(
            w.rstrip(".") for w in names.get("honorifics", {}).get("another_before_known", [])),
        ends_names=frozenset(names.get("honorifics", {}).get("ends_names", [])),
        relatives=frozenset(names.get("relatives", {}).get("words", [])),
        courtesy=frozenset(h.rstrip(".") for h in names.get("courtesy", {}).get("words", [])),
        verbs_after_courtesy=frozenset(names.get("courtesy", {}).get("verbs_after", [])),
        pseudonym_marks=frozenset(names.get("pseudonym", {}).get("marks", [])),
        titles=titles,
        before_names=titles | frozenset(names.get("before_names", {}).get("words", [])),
        hyphen_tails=frozenset(s.lstrip("-") for s in pack.table("text").get("suffixes", {}).get("case", []))
        | frozenset(pack.table("text").get("suffixes", {}).get("hyphen_tails", [])),
        compound_tails=frozenset(
            t for t in pack.table("text").get("suffixes", {}).get("hyphen_tails", []) if len(t) > 2),
        classifiers=tuple(pack.table("text").get("suffixes", {}).get("classifiers", [])),
        plural_classifiers=tuple(pack.table("text").get("suffixes", {}).get("plural_classifiers", [])),
        generic=frozenset(names.get("generic", {}).get("words", [])),
        org_heads=frozenset(names.get("org_heads", {}).get("words", [])),
        connectors=frozenset(names.get("connectors", {}).get("words", [])),
        case=tuple(pack.table("text").get("suffixes", {}).get("case", [])),
        function_words=frozenset(pack.table("contradiction").get("stopwords", {}).get("words", [])),
        not_names=frozenset(names.get("not_names", {}).get("words", [])),
        not_name_endings=tuple(names.get("not_names", {}).get("endings", [])),
        surnames_after_places=frozenset(names.get("places_as_given_names", {}).get("surnames", [])),
        surnames_after_given=frozenset(names.get("given_names", {}).get("before_surnames", [])),
        named_heads=frozenset(names.get("named_heads", {}).get("words", [])),
        not_names_before={w: frozenset(nxt) for w, nxt in names.get("not_names", {}).get("before", {}).items()},
        strong_heads=frozenset(names.get("org_heads_strong", {}).get("words", [])),
        group_heads=frozenset(names.get("group_heads", {}).get("words", [])),
        named_after_people=frozenset(names.get("named_after_people", {}).get("words", [])),
        named_after_not_before=frozenset(names.get("named_after_people", {}).get("not_before", [])),
        member_bodies=frozenset(names.get("member_bodies", {}).get("words", [])),
        directions=frozenset(names.get("directions", {}).get("words", [])),
        public_heads=frozenset(names.get("org_heads_public", {}).get("words", [])),
        not_in_public_names=frozenset(names.get("org_heads_public", {}).get("not_before", [])),
        not_public_endings=tuple(names.get("org_heads_public", {}).get("not_endings", [])),
        title_words_en=frozenset(names.get("titles_in_english", {}).get("words", [])),
        missions=frozenset(names.get("missions", {}).get("words", [])),
        org_prefixes=frozenset(names.get("org_prefixes", {}).get("words", [])),
        other_country=frozenset(names.get("other_country", {}).get("words", [])),
        name_openers=frozenset(names.get("name_openers", {}).get("words", [])),
        never_last=frozenset(names.get("name_openers", {}).get("never_last", [])),
        no_person_alone=frozenset(names.get("alone", {}).get("no_person", [])),
        also_words=frozenset(names.get("alone", {}).get("also_words", [])),
        surnames_too=frozenset(names.get("surnames_too", {}).get("words", [])),
        units=frozenset(u for u in pack.table("numbers").get("units", {}) if " " not in u),
        finite_endings=tuple(pack.table("text").get("verbs", {}).get("finite_endings_not_in_names", [])),
        cue_heads=frozenset(f.split()[0] for c in pack.table("cues").get("cue", []) for f in c.get("forms", []))
        | frozenset(c["words"].split()[0] for c in pack.table("cues").get("cue", []) if c.get("words")),
    )


@cache
def _national(code: str) -> dict[tuple[str, str], GazetteerEntry]:
    """(form, region) -> the body a common word names in an article of that region."""
    pack = load_pack(code)
    out: dict[tuple[str, str], GazetteerEntry] = {}
    path = pack.path / "national-bodies.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            row = [c.strip() for c in line.split("\t")]
            if len(row) >= 4 and not line.startswith("#"):
                out[(nfc(row[0]), row[3])] = GazetteerEntry(nfc(row[0]), row[1], row[2], row[3])
    return out


@cache
def _national_firsts(code: str) -> frozenset[str]:
    """First words of the national bodies' two-word names: a two-word look-up is tried only there."""
    return frozenset(form.split()[0] for form, _ in _national(code) if " " in form)


@cache
def _national_ones(code: str) -> tuple[str, ...]:
    """The national bodies' one-word names: a word can name one only if it starts with one of
    them (its bare form is a prefix of it), which str.startswith tests at once."""
    return tuple(form for form, _ in _national(code) if " " not in form)


@cache
def _raw_titles(code: str) -> frozenset[str]:
    """The titles as the names table writes them, whole ("পুলিশ সুপার")."""
    return frozenset(load_pack(code).table("names").get("titles", {}).get("words", []))


def pseudonym_marks(code: str) -> frozenset[str]:
    """What a bracket after a changed name says ("ছদ্মনাম", "এটি আসল নাম নয়"; names.toml [pseudonym]),
    for the statements stage too, which takes such a name for a person a pronoun may point to."""
    return _lists(code).pseudonym_marks


@cache
def ordinary_words(code: str) -> frozenset[str]:
    """Words real news uses as ordinary words, almost never beside a name (ukti.train.ordinary_words)."""
    path = load_pack(code).path / "ordinary-words.txt"
    if not path.exists():
        return frozenset()
    return frozenset(nfc(w.strip()) for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


@dataclass(slots=True)
class _Cand:
    a: int  # token index, inclusive
    b: int  # token index, exclusive
    type: str
    source: str
    gaz: GazetteerEntry | None = None
    head: int = 0  # first token of the name proper (after honorifics and titles)


@dataclass(slots=True)
class _Cluster:
    type: str
    mentions: list[tuple[_Cand, Mention, list[str]]] = field(default_factory=list)
    gaz: GazetteerEntry | None = None
    # the keys as last worked out, and for how many mentions (mentions are only ever added)
    _keys: list[list[str]] = field(default_factory=list, repr=False)
    _keys_for: int = -1

    @property
    def keys(self) -> list[list[str]]:
        """The distinct name keys of the cluster (an article repeats its names). Asked in loops
        over all clusters, so worked out again only when a mention was added. Read-only."""
        if self._keys_for != len(self.mentions):
            self._keys = [list(k) for k in dict.fromkeys(tuple(k) for _, _, k in self.mentions)]
            self._keys_for = len(self.mentions)
        return self._keys


def _known_name_word(word: str, pack: LanguagePack) -> bool:
    """Is the word a name part, or a name the pack romanises or has seen ("মাহফুজুর")?"""
    return word in pack.name_parts or word in _romanised_names(pack.code)


def _plural_in_der(word: str, pack: LanguagePack) -> bool:
    """Is the word a plural in "-দের" ("অভিভাবকদের", the ones told), not a name in the genitive that
    ends so ("আহমেদের" is আহমেদ + ের)?"""
    return word.endswith("দের") and not _known_name_word(word[:-2], pack) and not _known_name_word(word[:-3], pack) \
        and word[:-2] not in ordinary_words(pack.code) and len(word) > 5


def _known_name_in_genitive(word: str, pack: LanguagePack) -> bool:
    """Is the word a known name with the genitive "-ের" ("মাহফুজুরের"), and no name as it stands
    ("কাদের", "জাকের" are names that only end so)?"""
    return word.endswith("ের") and not _known_name_word(word, pack) and _known_name_word(word[:-2], pack)


@cache
def _romanised_names(code: str) -> frozenset[str]:
    """Names the corpus shows standing as names (names-seen.tsv) and names romanise.tsv spells."""
    return _seen_names(code) | frozenset(load_pack(code).pairs("romanise.tsv"))


def _gaz_entry(words: list[str], pack: LanguagePack, case: tuple[str, ...]) -> GazetteerEntry | None:
    form = _gaz_form(words, pack, case)
    return pack.gazetteer[form] if form is not None else None


def _gaz_form(words: list[str], pack: LanguagePack, case: tuple[str, ...]) -> str | None:
    """The gazetteer's form the words name, their last word taken bare if need be ("বিবিসি বাংলার" is
    বিবিসি বাংলা), or None: the form the mention is given, so that the name in the genitive is
    known as one in the genitive."""
    def joined(ws: list[str]) -> str:
        # as the gazetteer writes it: "ডাক, টেলিযোগাযোগ …", "আ. লীগ" (an initial's stop is a token of its own)
        return " ".join(ws).replace(" ,", ",").replace(" .", ".")

    if (form := joined(words)) in pack.gazetteer:
        return form
    if words:
        stem = strip_suffix(words[-1], case)
        if (len(words) > 1 or not words[-1].endswith("তে")) \
                and (form := joined([*words[:-1], stem])) in pack.gazetteer:  # মেটাতে = "to pay", not "in Meta"
            return form
        if (stem := vowel_genitive_stem(words[-1])) \
                and (form := joined([*words[:-1], stem])) in pack.gazetteer:  # "বিজিএমইএর": বিজিএমইএ + র, not -এর
            return form
        # (a shorter ending than the longest that fits: "বিশ্ববিদ্যালয়ে" is বিশ্ববিদ্যালয় + ে, not বিশ্ববিদ্যাল + য়ে)
        for e in case:
            e = e.lstrip("-")
            if len(words) > 1 and words[-1].endswith(e) and len(words[-1]) > len(e) \
                    and (form := joined([*words[:-1], words[-1][:-len(e)]])) in pack.gazetteer:
                return form
    return None


@lru_cache(maxsize=50_000)
def _norm(w: str) -> str:
    """A spelling key for foreign names: vowel length, sibilants and initial এ/ই folded."""
    w = w.replace("্", "").replace("ী", "ি").replace("ূ", "ু").replace("ষ", "শ").replace("স", "শ")
    w = w.replace("ণ", "ন").replace("ড়", "র").replace("ঢ়", "র").replace("য়", "").replace("খ", "ক")
    w = w.replace("ভ", "ব").replace("ু", "")
    if w[:1] in ("ই", "এ", "ঈ"):
        w = "এ" + w[1:]
    return w


@cache
def _name_table(code: str) -> dict[str, str]:
    """Name parts for romanising, with abbreviations also under their dotted form (মো. → Md.)."""
    pack = load_pack(code)
    parts = {**pack.name_parts, **pack.pairs("romanise.tsv")}
    return {**{k.rstrip(".") + ".": v for k, v in parts.items() if k.endswith(".")}, **parts}


@lru_cache(maxsize=50_000)
def similar(a: str, b: str) -> bool:
    if a == b:
        return True
    na, nb = _norm(a), _norm(b)
    if na == nb:
        return True
    limit = 1 if max(len(na), len(nb)) <= 6 else 2
    return min(len(na), len(nb)) >= 3 and edit_distance(na, nb, limit) <= limit


def strip_name(word: str, lists: _Lists, pack: LanguagePack, vocab: frozenset[str]) -> str:
    """A name without its case ending. "-র" after "া" is ambiguous (ঢাকার = ঢাকা + র, but হালদার is
    a name), and after "হ" or a conjunct (নাসরাল্লাহর, but শাহ্‌র …): it is taken for an ending only
    when the bare form is known or stands in the article."""
    bare, if_in_article = _name_stem(word, pack.code)
    return if_in_article if if_in_article is not None and if_in_article in vocab else bare


@lru_cache(maxsize=200_000)
def _name_stem(word: str, code: str) -> tuple[str, str | None]:
    """strip_name's answer for a word type, once: (the bare name when the article does not decide,
    the stem to take instead when the article has it as a word of its own, else None). Only the
    ambiguous "-র" after a vowel sign depends on the article."""
    lists, pack = _lists(code), load_pack(code)
    if word in pack.name_parts or word in pack.gazetteer:
        return word, None
    for heads in (lists.org_heads, lists.strong_heads, lists.public_heads):
        head = _head_of(word, heads, lists)
        if head:  # "পরিষদের" -> পরিষদ (not পরিষ + দের)
            return head, None
    # a known name under a shorter ending first: "মোহাম্মদের" is মোহাম্মদ + ের, not মোহাম্ম + দের
    spelt = pack.pairs("romanise.tsv")  # name parts known only for their spelling ("রানা": "রানার" is his)
    if word in spelt:
        return word, None
    known = next((word[:-len(e)] for e in lists.case_by_last.get(word[-1:], ()) if word.endswith(e)
                  and len(word) > len(e) + 1
                  and (word[:-len(e)] in pack.name_parts or word[:-len(e)] in pack.gazetteer
                       or word[:-len(e)] in spelt)), None)
    if known:
        return known, None
    stem = strip_suffix(word, lists.case)
    if word[len(stem):] == "দের" and stem[-1:] in _VOWEL_SIGNS | _VOWEL_LETTERS \
            and stem not in lexicon(code).common and stem not in ordinary_words(code):
        # a name in -দ with its genitive ("সাঈদের", "মাসুদের"), not a vowel-final name in the
        # plural: a name rarely takes "-দের" (ordinary words do: "নেতাদের"), and a word that
        # ends in a vowel never takes "-ের"; the plural only when its bare form is in the article
        return word[:-2], stem
    if stem != word and word[len(stem):] == "র" and stem[-1] in _VOWEL_SIGNS and not (
            stem in pack.gazetteer or stem in pack.name_parts or stem in lists.org_heads
            or stem in pack.pairs("loanwords.tsv")  # "ইন্ডাস্ট্রির" is Industry + র
            # an abbreviation's genitive: "সিবিসির" is CBC + র (its last letter R would be "আর")
            or (_acronym(stem, pack) is not None and _acronym(word, pack) is None)):
        return word, stem
    # so is "-র" after a final "হ" or a conjunct, spoken with its vowel ("নাসরাল্লাহর", "মিশ্রর"),
    # which strip_suffix leaves, as it leaves "হালদার"
    if stem == word and word.endswith("র") and len(word) > 3 and (word[-2] == "হ" or word[-3] == "্"):
        return word, word[:-1]
    return stem, None


def _bare_name(word: str, code: str) -> str:
    """strip_name with no article vocabulary: it depends on the word alone."""
    return _name_stem(word, code)[0]


def _key(words: list[str], lists: _Lists, pack: LanguagePack, vocab: frozenset[str]) -> list[str]:
    """The name proper: honorifics and leading titles removed, case ending stripped from the last
    word. A title word inside a name stays ("… শ্রমিক কল্যাণ সমিতি"), and so does one right before
    a body's head."""
    # (a surname that is an honorific too stays at the end: "ফেরদাউস শেখ" is not "ফেরদাউস সোহান")
    ws = [w for i, w in enumerate(words) if (w.rstrip(".") not in lists.honorifics and w != ".")
          or (0 < i == len(words) - 1 and w in lists.ends_names)]
    # a title before a body's head names the body ("আইনজীবী সমিতি", "কৃষক লীগ", "উপদেষ্টা পরিষদ"):
    # without it the head alone would be every association of the article
    while ws and (ws[0] in lists.titles or strip_suffix(ws[0], lists.case) in lists.titles) \
            and not (len(ws) == 2 and ws[0] in lists.titles and _is_head(ws[1], lists.member_bodies, lists)):
        ws = ws[1:]
    if ws:
        ws[-1] = strip_name(ws[-1], lists, pack, vocab)
    return ws


def _acronym(word: str, pack: LanguagePack) -> str | None:
    """Latin letters of a Bengali-spelled abbreviation: এনটিওএল → NTOL."""
    return _acronym_of(word, pack.code)


@lru_cache(maxsize=50_000)
def _acronym_of(word: str, code: str) -> str | None:
    """_acronym once per word type (it is asked of every word before a name)."""
    table = load_pack(code).pairs("letters.tsv")
    if not table:
        return None
    out, i = [], 0
    keys = _letters_longest_first(code)
    while i < len(word):
        for k in keys:
            if word.startswith(k, i):
                out.append(table[k])
                i += len(k)
                break
        else:
            return None
    return "".join(out) if len(out) >= 2 else None


@cache
def _letters_longest_first(code: str) -> list[str]:
    """The letter names of letters.tsv, longest first (so that "এইচ" is read before "এ")."""
    return sorted(load_pack(code).pairs("letters.tsv"), key=len, reverse=True)


_NOT_INITIALS = frozenset({"এই", "ওই", "এইও"})
_SEAT = re.compile(r"^([^\s\d০-৯-]+)-([০-৯0-9]{1,3})$")


def _initials(words: list[str], pack: LanguagePack) -> tuple[str, int]:
    """Leading initials of a name, as Bangladeshi papers write them in English: "এস এম নাজের
    হোসাইন" → SM, "একেএম শফিকুল" → AKM, "এ এইচ এম ফোয়াদ" → AHM. Returns the letters and the
    number of words they take; a name must follow them. "আর" and "ও" alone are the words "and",
    not R and O, so they count only beside other initials."""
    table = pack.pairs("letters.tsv")
    letters: list[str] = []
    k = 0
    while k < len(words) - 1:
        w = words[k].rstrip(".")
        one = table.get(w)
        # (a demonstrative is no pair of initials: "এই রিয়াজ" is "this Riaz", not A. E. Riaz)
        # (nor an English word in Bengali letters: "সিটি করপোরেশন" is a City Corporation, not C. T.)
        acr = None if one or w in _NOT_INITIALS or w in pack.pairs("loanwords.tsv") else _acronym(w, pack)
        if not (one or acr):
            break
        letters.append(one or acr or "")
        k += 1
    if k == 1 and words[0].rstrip(".") in ("আর", "ও"):
        return "", 0
    return "".join(letters), k


def _inner_initials(words: list[str], pack: LanguagePack) -> list[str]:
    """Initials inside a name in their Latin letters: "সালমান এফ রহমান" → সালমান F রহমান (not
    "Ef"), "শারমীন এস মুরশিদ" → S. Only between two name words, and never "আর" or "ও", which
    there are the word "and" ("হারুন আর রশিদ"), nor "ই", the "-e-" of "ফারুক ই আজম"."""
    table = pack.pairs("letters.tsv")
    out = list(words)
    for j in range(1, len(words) - 1):
        w = words[j].rstrip(".")
        if w in ("আর", "ও", "ই") or w in _NOT_INITIALS:
            continue
        latin = table.get(w) or _acronym(w, pack)
        if latin:
            out[j] = latin
    return out


def _canonical(cluster: _Cluster, pack: LanguagePack, lists: _Lists) -> str:
    if cluster.gaz:
        return cluster.gaz.name
    # the fullest form, but not one that says a word twice (a slip: "এস আলম সুগার রিফাইন্ড সুগার …")
    best = max(cluster.mentions, key=lambda m: (len(set(m[2])) == len(m[2]), len(m[2]), -m[1].start))
    _cand, mention, key = best
    if cluster.type == "PER":
        words = mention.form.split()
        words = [w for w in words if w not in lists.titles and (w.rstrip(".") not in lists.honorifics
                                                              or w.rstrip(".") in lists.kept_in_name)]
        table = _name_table(pack.code)
        # মো./মোঃ keep their full stop (Md.); মোহাম্মদ., সৈয়দ. are the name part before a stray one
        words = [w.rstrip(".") + "." if w.rstrip(".") in lists.kept_in_name and w.rstrip(".") + "." in table
                 else w.rstrip(".") if w.rstrip(".") in lists.kept_in_name else w for w in words]
        letters, k = _initials(words, pack)
        rest = romanise_name(_inner_initials(words[k:], pack), table)
        return f"{letters} {rest}" if k else rest
    loan = pack.pairs("loanwords.tsv")
    # (a body named after someone keeps their honorific: "শেখ হাসিনা বিশ্ববিদ্যালয়" is Sheikh Hasina University)
    form = mention.form.split()
    lead = next((k for k, w in enumerate(form) if w.rstrip(".") not in lists.honorifics), 0)
    if cluster.type == "ORG" and lead > 0 and form[lead:lead + len(key)] == key[:len(form) - lead]:
        key = [w for w in form[:lead] if w in _name_table(pack.code)] + key  # (a spelling for it: not "ড.")
    key = [w for w in key if w not in lists.org_prefixes]
    translated = _translated_body(key, pack)
    if translated:
        return translated
    letters, k = _initials(key, pack)
    parts = [letters] if k else []
    # a body the gazetteer knows, opening the name of another ("ব্র্যাক বিশ্ববিদ্যালয়", "প্রথম আলো
    # ট্রাস্ট", "ইনকিলাব মঞ্চ"): as English media write it (a paper without its "The Daily")
    for n in range(min(3, len(key) - 1 - k), 0, -1):
        known = pack.gazetteer.get(" ".join(key[k:k + n]))
        if known is not None and known.type == "ORG":
            parts.append(_name_within(known))
            k += n
            break
    for w in key[k:]:
        seat = _SEAT.match(w)
        place = pack.gazetteer.get(seat.group(1)) if seat else None
        if seat and place is not None:
            # a constituency, "কিশোরগঞ্জ-২": the place as the gazetteer names it, and its number
            parts.append(f"{place.name}-{to_ascii_digits(seat.group(2))}")
        elif w in loan:
            parts.append(loan[w])
        elif w.rstrip(".") in lists.honorifics and w in _name_table(pack.code):
            parts.append(_name_table(pack.code)[w])  # ("শেখ" Sheikh, of the person the body is named after)
        elif w in _name_table(pack.code):  # (a name part, or one known for its spelling: "স্যার" Sir)
            parts.append(_name_table(pack.code)[w])
        elif cluster.type in ("LOC", "ORG") and (place_entry := pack.gazetteer.get(w)) is not None \
                and place_entry.type == "LOC":
            # a place in a name, as the gazetteer writes it: "South Keraniganj", "Cox's Bazar CSO NGO Forum";
            # one named in the plural is singular before an organisation's words ("Sundarban … Samiti")
            single = cluster.type == "ORG" and " " not in place_entry.name and place_entry.name.endswith("s")
            parts.append(place_entry.name[:-1] if single else place_entry.name)
        elif _LATIN_WORD.match(w):
            parts.append(w)
        else:
            acr = _acronym(w, pack)
            t = acr or transliterate_word(w)
            parts.append(t[:1].upper() + t[1:])
    return " ".join(parts)


def _name_within(body: GazetteerEntry) -> str:
    """A known body's English name as part of another's ("ব্র্যাক বিশ্ববিদ্যালয়" BRAC University,
    "ইনকিলাব মঞ্চ" Inqilab Mancha): a paper's without its "The Daily"."""
    return body.name.removeprefix("The Daily ").removeprefix("The ")


def _translated_body(key: list[str], pack: LanguagePack) -> str | None:
    """A public body named in Bengali words, in English: its head's pattern ("… মন্ত্রণালয়" ->
    "Ministry of …", "… থানা" -> "… Police Station") over the other words translated
    (lang/bn/org-words.tsv, loanwords), places by their English names, other words spelt out."""
    words_en = pack.pairs("org-words.tsv")
    loan = pack.pairs("loanwords.tsv")
    for n in (2, 1):
        head = " ".join(key[-n:])
        pattern = words_en.get(head, "")
        if len(key) > n and "{}" in pattern:
            break
    else:
        return None
    parts = []
    for w in key[:-n]:
        if w in words_en and "{}" not in words_en[w]:
            parts.append(words_en[w])
        elif w in loan:
            parts.append(loan[w])
        elif (place := pack.gazetteer.get(w) or pack.gazetteer.get(_bare_name(w, pack.code))) is not None \
                and place.type in ("LOC", "DEMONYM"):
            parts.append(place.name)  # ("ফরাসি দূতাবাস" -> "French Embassy", "উত্তরার … হাসপাতাল" -> "Uttara …")
        elif (body := pack.gazetteer.get(w)) is not None and body.type == "ORG":
            parts.append(_name_within(body))  # ("ব্র্যাক বিশ্ববিদ্যালয়")
        elif w in pack.name_parts:
            parts.append(pack.name_parts[w])  # (of a person the body is named after: "কাজী নজরুল ইসলাম বিশ্ববিদ্যালয়")
        else:
            t = _acronym(w, pack) or transliterate_word(w)
            parts.append(t[:1].upper() + t[1:])
    rest = " ".join(p for p in parts if p)
    return pattern.replace("{}", rest).strip() if rest else None


def _another_name_goes_on(words: list[str], a: int, b: int, entry: GazetteerEntry, pack: LanguagePack) -> bool:
    """Is the one known word words[a:b] followed by a part of another person's name, not in the
    known person's own ("এরশাদ উল্লাহ", a local leader, is not
    Hussain Muhammad Ershad; "বঙ্গবন্ধু শেখ মুজিবুর রহমান" goes on with his own name)?"""
    if b >= len(words) or words[b] not in pack.name_parts:
        return False
    nxt = words[b]
    if nxt in ordinary_words(pack.code) or nxt in lexicon(pack.code).common:
        return False  # "মোদি সরকার": his government
    if b + 1 < len(words) and words[b + 1].startswith(("কর", "হয়", "হন")):
        return False  # "পুতিন বিশ্বাস করেন": a noun of a compound verb, not a surname
    latin = romanise_name([nxt], pack.name_parts).lower()
    return bool(latin) and latin not in entry.name.lower()


def _candidates(words: list[str], pack: LanguagePack, lists: _Lists, region: str | None = None) -> list[_Cand]:
    tags, gaz_tags = tag_words_and_gazetteer(words)
    common = lexicon(pack.code).common
    ordinary = ordinary_words(pack.code)
    loan = pack.pairs("loanwords.tsv")
    model = [(a, b, t) for a, b, t in bio_spans(tags) if t in ("PER", "ORG", "LOC")]
    gaz = [(a, b, t) for a, b, t in bio_spans(gaz_tags)]
    cands: list[_Cand] = []
    taken = [False] * len(words)
    for a, b, t in gaz:
        entry = _gaz_entry(words[a:b], pack, lists.case)
        # a longer organisation name from the model that contains a place ("চট্টগ্রাম আমদানিকারক ফোরাম")
        outer = next((m for m in model if m[0] <= a and b <= m[1] and (m[1] - m[0]) > (b - a) and m[2] == "ORG"
                      and t == "LOC" and _is_head(words[m[1] - 1], lists.org_heads, lists)), None)
        if outer:
            continue
        if t == "DEMONYM":
            for k in range(a, b):
                taken[k] = True
            continue
        if b - a == 1 and words[a] in pack.name_parts and words[a] not in pack.gazetteer:
            continue  # a known name part is no place in a case form: জুবায়ের is Zubair, not Juba + -য়ের
        if t == "LOC" and b - a == 1 and a > 0 and strip_suffix(words[a], lists.case) in pack.name_parts \
                and words[a - 1] in pack.name_parts:
            continue  # nor one right after another name part: "আন্দালিভ রহমান পার্থ" is Partha, not Perth
        if t == "PER" and b - a == 1 and entry is not None and _another_name_goes_on(words, a, b, entry, pack):
            continue  # one word of a famous name that another name goes on from: "এরশাদ উল্লাহ" is not Ershad
        if t == "LOC" and b - a == 1 and entry is not None and b < len(words) \
                and words[b] in lists.surnames_after_places and strip_suffix(words[a], lists.case) == words[a] \
                and _another_name_goes_on(words, a, b, entry, pack):
            continue  # a given name that is a place's, its surname after it: "পদ্মা রহমান", "রিয়াদ হোসেন"
        if entry is None and b - a == 1 and words[a].endswith("াতে") and words[a] in ordinary:
            continue  # an infinitive the gazetteer's tagger read as a name in the locative: "চাহিদা মেটাতে" (to meet)
        if entry is not None and region:
            entry = _national(pack.code).get((entry.form, region), entry)
        if t == "PER" and b - a == 1:
            # a famous surname the tagger reads as the end of a longer name ("রিসেপ তাইয়েপ এরদোয়ান",
            # "নরেন্দ্র দামোদরদাস মোদি"): one mention, the whole name, not a first name left over
            # (given names that can be this person's: fewer than the famous name has, opening with its
            # letter, no ordinary words: not "খুনি হাসিনাকে", "ইভাংকা ট্রাম্প", "নীতীশ কুমার মোদির")
            spanned = next((m for m in model if m[2] == "PER" and m[0] < a < m[1] and b <= m[1]), None)
            given = words[spanned[0]:a] if spanned is not None else []
            famous = entry.name.split() if entry is not None else []
            if given and len(given) < len(famous) and not any(taken[spanned[0]:a] if spanned else []) and all(
                    _unknown_name_word(w, lists, pack, common) and strip_suffix(w, lists.case) == w
                    and w not in lists.relatives for w in given) \
                    and romanise_name(given[:1], pack.name_parts)[:1].lower() == famous[0][:1].lower():
                a = a - len(given)
        cands.append(_Cand(a, b, t, "gazetteer", entry))
        for k in range(a, b):
            taken[k] = True
    if region:
        _national_bodies(words, pack, lists, region, cands, taken)
    for a, b, t in _split_model_spans(model, words, lists, pack.name_parts):
        # a surname tagged alone that opens names too ("রাজু শেখ বলেন", the tagger knowing "শেখ হাসিনা"):
        # the name starts at the given name before it
        if t == "PER" and b - a == 1 and words[a] in lists.ends_names and a > 0 and not taken[a - 1] \
                and (b == len(words) or not _unknown_name_word(words[b], lists, pack, common)):
            while a > 0 and not taken[a - 1] and b - a < 3 and words[a - 1] not in lists.ends_names \
                    and strip_suffix(words[a - 1], lists.case) == words[a - 1] \
                    and _unknown_name_word(words[a - 1], lists, pack, common) and words[a - 1] not in lists.relatives \
                    and (b - a == 1 or words[a - 1] in pack.name_parts or words[a] in pack.name_parts):
                # (past a word no list knows only to a known part: "নাহিদুল আমিন শেখ", not "কাকা রিয়াকুল শেখ")
                a -= 1
        # a person's name does not end in a short word that is no name part ("… পারভীন ফি বাড়ানো"),
        # nor run past a complete name into the next word ("… খাতুন বাঘের", "… তালুকদার খসড়া")
        while t == "PER" and b - a > 1 and words[b - 1] not in pack.name_parts and (
                len(words[b - 1]) <= 2 or (b - a >= 3 and words[b - 2] in pack.name_parts
                                           and (words[b - 1] in ordinary or words[b - 1] in common))):
            b -= 1  # (a word no list knows after a full name is its last part: "হেলাল আহমেদ জনি")
        while b - a > 1 and (words[b - 1] in lists.function_words or words[b - 1] in lists.cue_heads
                             or _not_a_name(words, b - 1, lists, pack.name_parts, in_name=True)):
            b -= 1  # "এনডিআইএ জানিয়েছে": the verb is no part of the name
        # a person's name in the genitive ends the name: "শাহীন চাকলাদারের সিন্ডিকেট" is his syndicate
        if t == "PER":
            # (its first word too, where the word is no name the lists know but its stem is: "অধিনায়ক
            # মাহফুজুরের কথায়ও", not "কাদের সিদ্দিকী", "জাকের আলী")
            cut = next((k for k in range(a, b - 1) if words[k].endswith("ের") and words[k] not in pack.name_parts
                        and words[k + 1] not in pack.name_parts
                        and (k > a or _known_name_in_genitive(words[k], pack))), None)
            if cut is not None:
                b = cut + 1
        # nor a constituency after a name ("ফরিদুজ্জামান ফরহাদ নড়াইল-২ ও …": the seat he stands for)
        while t == "PER" and b - a > 1 and _SEAT.match(words[b - 1]):
            b -= 1
        # nor does a plural in "-দের" after a name, the ones spoken to or of ("আলম হোসেন অভিভাবকদের জানান")
        while t == "PER" and b - a > 1 and _plural_in_der(words[b - 1], pack):
            b -= 1
        # a plural classifier makes a common noun ("সিন্ডিকেটগুলোর"): no name has one
        plural = next((k for k in range(a, b) if words[k].endswith(lists.plural_classifiers)), None)
        if plural is not None:
            if plural == a:
                continue
            b = plural
        # an organisation's head in the genitive ends its name: "… সিকিউরিটিজ লিমিটেডের কার্যালয়ে"
        if t == "ORG":
            # (and so does an abbreviation in the genitive: "বিজিএমইএর প্রথম নারী সভাপতি")
            cut = next((k for k in range(a, b - 1) if words[k] not in lists.org_heads
                        and is_genitive(words[k], lists.case) and (
                            _is_head(words[k], lists.org_heads, lists)
                            or (_acronym(strip_suffix(words[k], lists.case), pack) is not None
                                and _acronym(words[k], pack) is None))), None)
            if cut is not None:
                b = cut + 1
        while b - a > 1 and (words[a] in lists.function_words or words[a] in lists.not_names or (
                words[a] in lists.units and a > 0 and any(ch.isdigit() for ch in words[a - 1]))):
            a += 1  # (nor does a name open with a word never in one: "৬২৩ টন এস আলম …", "অতিসম্প্রতি …")
        # an occupation before a name made of known name parts: "বর্গাচাষি রহিমা বেগম"
        if t == "PER" and b - a >= 3 and words[a] not in pack.name_parts \
                and all(strip_suffix(w, lists.case) in pack.name_parts for w in words[a + 1:b]):
            a += 1
        # a noun with its classifier is a thing, not a name: "জাহাজটি", "প্রতিষ্ঠানটির"
        if b - a == 1 and _classified_noun(words[a], lists.classifiers, common):
            continue
        # ordinary words are no name ("রায়" = verdict, "রিমান্ড মঞ্জুর"): a word alone, or a span
        # of them with no name part, unless the gazetteer knows it
        # words never in a name are none alone either ("মেক", "সোম")
        if all(w in lists.not_names for w in words[a:b]):
            continue
        # (a name part the tagger takes for a person alone is one: "ম্যাচ শেষে সাকিব বলেন")
        lone = strip_suffix(words[a], lists.case)
        named_alone = b - a == 1 and t == "PER" and lone in pack.name_parts and lone not in lists.also_words \
            and lone not in common and lone not in lists.generic
        if all(w in ordinary for w in words[a:b]) and (b - a == 1 or not any(
                w in pack.name_parts or strip_suffix(w, lists.case) in pack.name_parts for w in words[a:b])) \
                and _gaz_entry(words[a:b], pack, lists.case) is None and not named_alone:
            continue
        # English common words in Bengali letters are no person ("ফ্রেমওয়ার্ক", "টিম ম্যানেজমেন্ট")
        if t == "PER" and all(_english(w, loan, lists) and w not in pack.name_parts for w in words[a:b]):
            continue
        # a person's title right before the name decides its type ("পরিচালক … ঘোষদস্তিদার")
        if t != "PER" and a > 0 and words[a - 1] in lists.titles and words[a - 1] not in lists.org_heads:
            t = "PER"
        if t == "PER":
            a, b = _person_bounds(words, a, b, lists, pack)
            # an ordinary word with a particle or a classifier after the name ends it ("সালেহ ছাড়াও",
            # "শ্রফের বিষয়টিও", "মুসরীন একজন গৃহিণী"); a plain one may be a nickname ("… হাসান জয়")
            cut = next((k for k in range(a + 1, b) if _filler(words[k], lists, ordinary, common, pack)), None)
            if cut is not None:
                b = cut
        # nor does one open a name: "কয়েকটি ব্যবসায়ী গ্রুপ", "আরেকটি …"
        while b - a > 1 and _filler(words[a], lists, ordinary, common, pack) and words[a] not in pack.gazetteer:
            a += 1
            # a name in the locative is a place: people are not "in" (হলদিয়ায়, ঢাকাতে)
            if b - a == 1 and words[a].endswith(("য়", "তে")) and words[a][:-1][-1:] in _VOWEL_SIGNS | {"া"}:
                t = "LOC"
        if any(taken[a:b]):
            # a name the tagger ran into a known one ("… জনি জাগো নিউজকে"): the part before it
            # (an outlet or another organisation the gazetteer knows), when two words are left
            k = next(k for k in range(a, b) if taken[k])
            known = next((c for c in cands if c.a <= k < c.b), None)
            if t != "PER" or k - a < 2 or known is None or known.type != "ORG" or known.source != "gazetteer" \
                    or words[k - 1] in lists.function_words:
                continue
            b = k
        entry = _gaz_entry(words[a:b], pack, lists.case)
        # (a place the gazetteer knows is no person, whatever the tagger says: "মহাসচিব বাংলাদেশের" left
        # "বাংলাদেশের" alone as a person once the title came off)
        if entry is not None and entry.type in ("PER", "ORG", "LOC") and (
                b - a > 1 or entry.type == t or (t == "PER" and entry.type == "LOC")):
            cands.append(_Cand(a, b, entry.type, "gazetteer", entry))
        else:
            cands.append(_Cand(a, b, t, "model"))
        for k in range(a, b):
            taken[k] = True
    # two or more known name parts in a row are a person ("নুসরাত জাহান …"), and a foreign city name
    # right after them is the end of the name, not a place ("… জাহান লিমা")
    i = 0
    while i < len(words):
        w = words[i]
        if taken[i] or w not in pack.name_parts or w in lists.generic or w in common:
            i += 1
            continue
        j = i
        while j < len(words) and not taken[j] and words[j] in pack.name_parts and words[j] not in lists.generic \
                and not _not_a_name(words, j, lists, pack.name_parts):
            j += 1
        if j - i >= 2:
            city = next((c for c in cands if c.a == j and c.b == j + 1 and c.type == "LOC" and c.gaz is not None
                         and not c.gaz.country and strip_suffix(words[j], lists.case) == words[j]), None)
            if city is not None:
                cands.remove(city)
                j += 1
            cands.append(_Cand(i, j, "PER", "rule"))
            for k in range(i, j):
                taken[k] = True
        i = max(j, i + 1)
    _surnames_that_are_places(cands, taken, words, pack, lists, common)
    _given_names_before_surnames(cands, taken, words, pack, lists, common)
    # an honorific makes the next word a person's name, even when the tagger missed it
    for i, w in enumerate(words[:-1]):
        bare = w.rstrip(".")
        if bare in lists.honorifics and bare not in lists.kept_in_name:
            j = i + 2 if words[i + 1] == "." else i + 1
            # (not a verb: "মিস করেন" is to miss someone, "ইরশাদ করেন" to say)
            if j < len(words) and not taken[j] and _BENGALI_WORD.match(words[j]) and words[j] not in lists.generic \
                    and words[j] not in lists.function_words and words[j] not in lists.cue_heads \
                    and not _looks_finite(words[j], lists) and words[j] not in lists.verbs_after_courtesy:
                end = j + 1
                while end < len(words) and not taken[end] and end - j < 3 and _BENGALI_WORD.match(words[end]) \
                        and words[end] in pack.name_parts:
                    end += 1
                _, end = _person_bounds(words, j, end, lists, pack)  # "ড. মেই লিং ওয়াং মনে করেন"
                end = next((k for k in range(j + 1, end) if taken[k]), end)
                # (and the rest of the name the tagger found on its own: "ড. মেই | লিং ওয়াং")
                rest = next((c for c in cands if c.a == end and c.type == "PER"), None)
                if rest is not None and strip_suffix(words[end - 1], lists.case) == words[end - 1]:
                    # (not past a case ending, which ends a name: "মি. হাদারিকে | ফিলিপিন্সের")
                    cands.remove(rest)
                    end = rest.b
                cands.append(_Cand(j, end, "PER", "rule"))
                for k in range(j, end):
                    taken[k] = True
    # a name marked as changed ("সেলিন (এটি আসল নাম নয়)", "রিনা (ছদ্মনাম)"): a person the article
    # protects, named so from here on
    for i, w in enumerate(words):
        if w != "(" or i == 0 or taken[i - 1]:
            continue
        close = next((k for k in range(i + 1, min(i + 8, len(words))) if words[k] == ")"), None)
        if close is None or " ".join(words[i + 1:close]) not in lists.pseudonym_marks:
            continue
        a = i - 1
        # (a name, in the nominative: not "ওই ছাত্রী (ছদ্মনাম)", nor "রিনার (ছদ্মনাম) সঙ্গে", left as it was)
        if not _unknown_name_word(words[a], lists, pack, common) or strip_suffix(words[a], lists.case) != words[a]:
            continue
        if a > 0 and not taken[a - 1] and _unknown_name_word(words[a - 1], lists, pack, common):
            a -= 1  # ("নাসরিন আক্তার (ছদ্মনাম)")
        cands.append(_Cand(a, i, "PER", "rule"))
        for k in range(a, i):
            taken[k] = True
    # a role right before two or three words that are no ordinary words is a person's full name:
    # "জেলাশাসক অরুণাভ সেনশর্মা", "মুখপাত্র ওয়াহিউ প্রাতামা", "অপারেশনস প্রধান কৌশিক দলুই"
    for i, w in enumerate(words[:-2]):
        if w not in lists.before_names:
            continue
        # the tagger may have found part of the name ("নিলুফার [ইয়াসমিন] মৌ"): the rule takes the whole
        part = {k: c for c in cands if c.type == "PER" and c.source == "model" and c.a > i for k in range(c.a, c.b)}
        j = i + 1
        genitive = False  # "… শাহীন চাকলাদারের সিন্ডিকেট": the name ends with its genitive
        while j < len(words) and j - i <= 3 and (not taken[j] or j in part) \
                and _unknown_name_word(words[j], lists, pack, common) \
                and (words[j] not in ordinary or words[j] in pack.name_parts):
            j += 1
            if j - i - 1 >= 2 and words[j - 1].endswith(("ের", "কে")) and words[j - 1] not in pack.name_parts:
                genitive = True
                break
        inner = {id(part[k]): part[k] for k in range(i + 1, j) if k in part}
        # (or one hyphenated compound that is a whole name: "জেনারেল ওয়াকার-উজ-জামান")
        whole = j - i - 1 == 1 and _hyphenated_name(words[i + 1], lists, pack, common)
        if (2 <= j - i - 1 <= 3 or whole) and all(c.b <= j for c in inner.values()) \
                and (genitive or not (j < len(words) and _unknown_name_word(words[j], lists, pack, common))):
            for c in inner.values():
                cands.remove(c)
            cands.append(_Cand(i + 1, j, "PER", "rule"))
            for k in range(i + 1, j):
                taken[k] = True
    # a role, two words ending in a surname, and a verb of speech in the form of respect:
    # the words are the person's name, though the given name is an ordinary word ("বাসিন্দা জীবন
    # শর্মা বলেন") or the surname is one too ("অধ্যাপক মেখলা সরকার বলেন")
    for i, w in enumerate(words[:-3]):
        if w not in lists.before_names:
            continue
        j = i + 3  # (two words: a third may be a role the list lacks, "বয়সী দর্শক আকাশ সেন")
        if words[j] not in lists.cue_heads or not words[j].endswith("ন") \
                or not (words[j - 1] in pack.name_parts or words[j - 1] in lists.surnames_too):
            continue
        # (the tagger may have found part of it, "জীবন [শর্মা]", or taken the surname for a body)
        inside = [c for c in cands if c.source == "model" and i < c.a and c.b <= j]
        if any(taken[k] and not any(c.a <= k < c.b for c in inside) for k in range(i + 1, j)):
            continue
        if all(_BENGALI_WORD.match(x) and (strip_suffix(x, lists.case) == x or x in pack.name_parts)
               and x not in lists.function_words
               and x not in lists.before_names and x not in lists.cue_heads and x not in lists.not_names
               and x.rstrip(".") not in lists.honorifics and not _is_head(x, lists.org_heads, lists)
               for x in words[i + 1:j]):
            for c in inside:
                cands.remove(c)
            cands.append(_Cand(i + 1, j, "PER", "rule"))
            for k in range(i + 1, j):
                taken[k] = True
    # a public body named in ordinary words before its head: "রাজ্য বন দপ্তর", "পূর্ব মেদিনীপুর জেলা প্রশাসন"
    for i, w in enumerate(words):
        if taken[i] or not _is_head(w, lists.public_heads, lists):
            continue
        k = i
        while k > 0 and i - k < 4 and not taken[k - 1] and _public_word(words[k - 1], lists):
            k -= 1
        k = _with_place_before(cands, words, k, lists, gazetteer_only=False, gazetteer=pack.gazetteer, model=model)
        if k < i:
            _take(cands, taken, k, i + 1)
    # a country's mission, by its demonym: "ফরাসি দূতাবাস", "ভারতীয় হাইকমিশন" (names.toml [missions];
    # the gazetteer knows some whole). By the country's name, "যুক্তরাষ্ট্রের দূতাবাস", the country
    # stays a place of its own (made one organisation, it lowered dev-real's checking half).
    for i, w in enumerate(words):
        if i == 0 or taken[i] or not _is_head(w, lists.missions, lists):
            continue
        entry = pack.gazetteer.get(words[i - 1])
        if entry is None or entry.type != "DEMONYM":
            continue
        _take(cands, taken, i - 1, i + 1)
    # an organisation named before its head word: "বন্দর ডক শ্রমিক ঐক্য পরিষদ", "অরণি পিকচার্স"
    for i, w in enumerate(words):
        if taken[i] or not _is_head(w, lists.strong_heads, lists):
            continue
        k = i
        while k > 0 and i - k < 5 and not taken[k - 1] and _org_word(words[k - 1], lists):
            k -= 1
            if is_genitive(words[k], lists.case):  # "উত্তর সুমাত্রার বেলাওয়ান জেলে সমিতি": the place is not the name
                k += 1
                break
        # (the place alone may be the name: "কাফরুল থানা", "ফরিদপুর প্রেসক্লাব", "পাকুন্দিয়া পৌরসভা")
        k = _with_place_before(cands, words, k, lists, gazetteer_only=k < i, gazetteer=pack.gazetteer, model=model)
        # (and a body the gazetteer knows, named right before the head, names another: "ইনকিলাব মঞ্চ"
        # is not the paper Inqilab, "বিজিএমইএ ইউনিভার্সিটি" not the association)
        # (not a "group" of an app: "হোয়াটসঅ্যাপ গ্রুপে" is a chat, and a firm's "… গ্রুপ" is the firm)
        # (nor a body with a head of its own: "ঢামেক হাসপাতাল" is Dhaka Medical College Hospital, and
        # the hospital of a university the university's)
        known = next((c for c in cands if c.b == k == i and c.type == "ORG" and c.source == "gazetteer"
                      and not is_genitive(words[k - 1], lists.case) and strip_suffix(w, lists.case) != "গ্রুপ"
                      and c.gaz is not None and c.gaz.name.split()[-1] not in _english_heads(pack.code)), None)
        if known is not None:
            cands.remove(known)
            k = known.a
        named = [x for x in words[k:i] if x not in common or x in pack.gazetteer]
        english_head = strip_suffix(w, lists.case) in pack.pairs("loanwords.tsv")  # "সবুজ টেক্সটাইলস": a brand
        # "বন্দর ডক শ্রমিক ঐক্য পরিষদ": ordinary words, but three of them before the head make a name
        if k < i and (named or english_head or i - k >= 3):
            _take(cands, taken, k, i + 1)
    _named_before_a_common_head(cands, taken, words, pack, lists)
    _spelled_out_before_abbreviation(cands, taken, words, pack, lists)
    # an abbreviation in brackets right after an organisation: "… লিমিটেড (এনটিওএল)"
    for c in list(cands):
        b = c.b
        if c.type == "ORG" and b + 2 < len(words) and words[b] == "(" and words[b + 2] == ")" \
                and not taken[b + 1] and _BENGALI_WORD.match(words[b + 1]) and words[b + 1] not in lists.generic:
            cands.append(_Cand(b + 1, b + 2, "ORG", "rule"))
            taken[b + 1] = True
    _join_connected_names(cands, words, pack, lists)
    _with_the_country_after(cands, words, pack, lists)
    for c in cands:  # a connector left at the start (nothing to join it to): "অ্যান্ড এনভায়রনমেন্ট"
        while c.b - c.a > 1 and words[c.a] in lists.connectors:
            c.a += 1
    _companies_named_after_people(cands, words, pack, lists)
    cands = _with_initials(cands, words, pack, lists.titles, lists.function_words)
    # a compass word before a place is part of its name: "দক্ষিণ কেরানীগঞ্জ", "উত্তর সুমাত্রা"
    starts = {c.a for c in cands} | {k for c in cands for k in range(c.a, c.b)}
    # (not before a body the gazetteer knows that is no longer one with it: "ঢাকা মহানগর দক্ষিণ
    # যুবলীগ" is the party's unit in south Dhaka, no "South Jubo League")
    for c in cands:
        if c.type in ("LOC", "ORG") and c.a > 0 and words[c.a - 1] in lists.directions and c.a - 1 not in starts \
                and not (c.type == "ORG" and c.gaz is not None
                         and _gaz_entry(words[c.a - 1:c.b], pack, lists.case) is None):
            c.a -= 1
            if c.gaz is not None:  # another place than the one the gazetteer knew without it
                c.gaz = _gaz_entry(words[c.a:c.b], pack, lists.case)
                c.source = "gazetteer" if c.gaz is not None else "rule"
    # extend persons left over honorifics, and over a role title before a bare surname
    for c in cands:
        c.head = c.a
        if c.type != "PER":
            continue
        while c.b - c.a > 1 and words[c.a] == ".":
            c.a += 1  # (the tagger's span may open with an honorific's full stop: "মি | . হোসেন")
            c.head = c.a
        k = c.a
        while k > 0 and (words[k - 1].rstrip(".") in lists.honorifics or words[k - 1] == "."):
            if words[k - 1] == "." and not (k > 1 and words[k - 2].rstrip(".") in lists.honorifics):
                break
            honorific = words[k - 2] if words[k - 1] == "." else words[k - 1]
            if honorific.rstrip(".") in lists.courtesy and c.b - c.a > 1:
                break  # "মিঃ সের্গেই কিরিয়েনকো": the mention is the full name
            k -= 1
        if k == c.a and c.b - c.a == 1 and c.a > 0 and words[c.a - 1] in lists.titles:
            k = c.a - 1
        # the tagger's span may open with a courtesy honorific: dropped before a full name
        while k == c.a and words[k].rstrip(".") in lists.courtesy:
            skip = 2 if k + 1 < c.b and words[k + 1] == "." else 1
            if c.b - (k + skip) < 2:
                break
            k += skip
            c.head = k
        # "মো." before a person the gazetteer knows never so written: someone else of that name
        if c.gaz is not None and c.gaz.type == "PER" and words[k].rstrip(".") in lists.another_before_known \
                and c.gaz.name not in _known_with_md(pack.code):
            c.gaz, c.source = None, "model"
        c.a = k
    return cands


@cache
def _known_with_md(code: str) -> frozenset[str]:
    """The people the gazetteer writes with "মো." (or its other short forms) in one of their forms."""
    pack = load_pack(code)
    md = _lists(code).another_before_known
    return frozenset(e.name for form, e in pack.gazetteer.items() if form.split()[0].rstrip(".") in md)


def _foreign_owner(word: str, pack: LanguagePack, lists: _Lists, region: str) -> bool:
    """Is the word another country in the genitive ("চীনের কেন্দ্রীয় ব্যাংক", "পাকিস্তানের
    সেনাবাহিনী"): the body after it is that country's, not the one of the story's own?"""
    if not is_genitive(word, lists.case):
        return False
    e = _gaz_entry([word], pack, lists.case)
    return e is not None and e.type == "LOC" and bool(e.country) and e.country != region


def _national_bodies(words: list[str], pack: LanguagePack, lists: _Lists, region: str,
                     cands: list[_Cand], taken: list[bool]) -> None:
    """A common word that names the country's one such body ("পুলিশ", "সেনাবাহিনী" in a
    Bangladeshi article), where it stands alone: not in a title ("পুলিশ সুপার"), not after a
    place or another name ("ঢাকা মহানগর পুলিশ"), not before an organisation's head."""
    table = _national(pack.code)
    raw_titles = _raw_titles(pack.code)
    firsts, ones = _national_firsts(pack.code), _national_ones(pack.code)
    i = 0
    while i < len(words):
        hit = None
        for n in (2, 1):
            if (n == 2 and words[i] not in firsts) or (n == 1 and not words[i].startswith(ones)) \
                    or i + n > len(words) or any(taken[i:i + n]):
                continue
            # (the bare name, or the word with its case ending cut: "সেনাবাহিনীর", whose "-র" after a
            # long vowel the name stem keeps, as names like "সুধীর" end so)
            last = words[i + n - 1]
            for stem in (_bare_name(last, pack.code), strip_suffix(last, lists.case)):
                e = table.get((" ".join([*words[i:i + n - 1], stem]), region))
                if e is not None:
                    hit = (n, e)
                    break
            if hit is not None:
                break
        if hit is None:
            i += 1
            continue
        n, e = hit
        nxt = words[i + n] if i + n < len(words) else ""
        prev = words[i - 1] if i > 0 else ""
        if f"{words[i + n - 1]} {nxt}" in raw_titles or _is_head(nxt, lists.org_heads, lists) \
                or (i > 0 and taken[i - 1]) or prev in pack.gazetteer or prev in pack.name_parts \
                or prev in lists.other_country or (prev == "দেশের" and i > 1 and words[i - 2] in ("ওই", "সে", "সেই")) \
                or _foreign_owner(prev, pack, lists, region):
            i += n
            continue
        cands.append(_Cand(i, i + n, e.type, "gazetteer", e))
        for k in range(i, i + n):
            taken[k] = True
        i += n


def _filler(word: str, lists: _Lists, ordinary: frozenset[str], common: frozenset[str], pack: LanguagePack) -> bool:
    """An ordinary word with a particle or a classifier ("ছাড়াও", "বিষয়টিও", "একজন", "কয়েকটি"):
    never part of a name, unlike a plain ordinary word, which may be a nickname ("… হাসান জয়")."""
    if word in pack.name_parts:
        return False
    if word not in ordinary:
        # (an ordinary noun with its classifier and a case ending is a thing whether or not the
        # corpus lists that form: "রফিক আহমেদ অভিযোগটিকে", "করিম ব্যাংকটিতে")
        return _with_classifier(word, lists, ordinary)
    return (word.endswith("ও") and word[:-1] in ordinary) or _classified_noun(word, lists.classifiers, common, _COUNTS)


_COUNTS = frozenset({"এক", "দুই", "তিন", "কয়েক", "আরেক", "অনেক"})


def _with_classifier(word: str, lists: _Lists, *nouns: frozenset[str]) -> bool:
    """An ordinary noun of three letters or more with "-টি" and maybe a case ending after it
    ("অভিযোগটিকে", "ব্যাংকটিতে"), in whatever form the word lists hold. (Not "-টা", which ends
    English words in Bengali letters too: "ওয়াটার", "কম্পিউটার".)"""
    return "টি" in word and _classified_noun(
        word, tuple(c for c in lists.classifiers if c.startswith("টি")), *nouns, shortest=3)


def _classified_noun(word: str, classifiers: tuple[str, ...], *nouns: frozenset[str], shortest: int = 0) -> bool:
    """A common noun with a classifier ("জাহাজটি"): a thing, never a name. The word lists are asked
    one by one, never joined into a new set: this runs for every word a name might run on to."""
    return any(word.endswith(c) and len(word) - len(c) >= shortest and any(word[:-len(c)] in n for n in nouns)
               for c in classifiers)


def _split_model_spans(model: list[tuple[int, int, str]], words: list[str],
                       lists: _Lists, name_parts: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """The tagger's spans, cut where no name goes on: at a hyphen's tail ("নিউ ইয়র্ক | -ভিত্তিক
    … সংস্থা ইউরেশিয়া গ্রুপ", the part after it is a span of its own), before an honorific
    inside a person's span ("অফ স্টাফ | মিঃ সের্গেই কিরিয়েনকো"), and after a word in the
    accusative, which no name has inside it ("মনিরুল ইসলামকে | পুলিশ", "আসাদুজ্জামান খানকে |
    মৃত্যুদণ্ড": the one acted on, then the next words; the part before is a person's name or
    nothing)."""
    out = []
    for a, b, t in model:
        start = a
        for k in range(a, b):
            if words[k].startswith(("-", "'", "’")) or words[k] in lists.compound_tails:
                if k > start:
                    out.append((start, k, t))
                start = k + 1
            elif k < b - 1 and (stem := accusative_stem(words[k])) is not None and len(words[k]) > 4 \
                    and words[k] not in name_parts:
                if t == "PER" or stem in name_parts:
                    out.append((start, k + 1, "PER"))
                start = k + 1
            elif t == "PER" and k > start and words[k].rstrip(".") in lists.honorifics \
                    and not (k == b - 1 and words[k] in lists.ends_names):  # (a surname: "নাহিদুল আমিন শেখ")
                start = k  # the words before the honorific are a role, not the name
        if b > start:
            out.append((start, b, t))
    return out


def _with_initials(cands: list[_Cand], words: list[str], pack: LanguagePack, titles: frozenset[str],
                   function_words: frozenset[str]) -> list[_Cand]:
    """A person's name takes the initials before it, which the tagger often leaves out or tags
    as an organisation of its own ("একেএম | শফিকুল ইসলাম", "এ | এইচ এম ফোয়াদ")."""
    table = pack.pairs("letters.tsv")
    if not table:
        return cands

    def initial(w: str) -> bool:  # "আর" and "ও" are the words "and" far more often than R and O
        # (a title in letters is no initial: "এপিএস এ এইচ এম ফোয়াদ" is the APS, A H M Fuad; nor a
        # function word read as letters, "এই অমৃত মণ্ডল" being this Amrit Mondal, not AI)
        return w not in ("আর", "ও") and w not in titles and (
            w.rstrip(".") in table or (_acronym(w.rstrip("."), pack) is not None and w not in function_words))

    out = sorted(cands, key=lambda c: c.a)
    for c in [c for c in out if c.type == "PER" and c.gaz is None]:
        start = c.a
        while start > 0 and initial(words[start - 1]):
            start -= 1
        inside = [o for o in out if o is not c and start <= o.a and o.b <= c.a]
        if start < c.a and all(o.gaz is None for o in inside) and not any(
                o.a < start < o.b for o in out):
            for o in inside:
                out.remove(o)
            c.a = start
    return out


_PARTICIPLE = ("িয়ে", "েয়ে", "য়ে")


def _hyphenated_name(w: str, lists: _Lists, pack: LanguagePack, common: frozenset[str]) -> bool:
    """A name in one hyphenated word ("ওয়াকার-উজ-জামান", "ফারুক-ই-আজম"): Bengali parts, the outer
    ones no ordinary words (not "নেতা-কর্মী", "শিক্ষক-শিক্ষার্থী")."""
    parts = strip_suffix(w, lists.case).split("-")
    return len(parts) >= 3 and all(_BENGALI_WORD.match(x) for x in parts) and all(
        _unknown_name_word(x, lists, pack, common) for x in (parts[0], parts[-1]))


def _named_as_a_place(m: Mention, text: str, lists: _Lists) -> bool:
    """Is the mention named as a place: after its country's genitive or before a place's head
    ("ভারতের ত্রিপুরা", "ত্রিপুরা রাজ্যে")? Then it is no one's surname alone, whoever has it for one."""
    before = text[max(0, m.start - 40):m.start].split()[-1:]
    after = text[m.end:m.end + 40].split()[:1]
    return (bool(before) and is_genitive(before[0], lists.case)) \
        or (bool(after) and strip_suffix(after[0], lists.case) in lists.generic)


@cache
def _surname_forms(code: str) -> frozenset[str]:
    """The surnames of names.toml [given_names], bare and with every case ending ("আহমেদের" is
    আহমেদ + ের, which the longest ending would read as আহমে + দের)."""
    lists = _lists(code)
    return frozenset(lists.surnames_after_given) | frozenset(
        s + e for s in lists.surnames_after_given for e in lists.case)


def _given_names_before_surnames(cands: list[_Cand], taken: list[bool], words: list[str], pack: LanguagePack,
                                 lists: _Lists, common: frozenset[str]) -> None:
    """A word no list knows (nor an ordinary word), bare, before one of the common surnames
    ("তাসকিন আহমেদের", "বাবলু বিশ্বাসকে") is a person's given name, though the tagger missed the two
    (names.toml [given_names])."""
    ordinary = ordinary_words(pack.code)
    for i in range(len(words) - 1):
        surname = words[i + 1]
        if taken[i] or taken[i + 1] or surname not in _surname_forms(pack.code):
            continue
        w = words[i]
        if w in pack.name_parts or w in ordinary or strip_suffix(w, lists.case) != w \
                or not _unknown_name_word(w, lists, pack, common):
            continue
        # (with the known name parts around the two: "আবুল ফজল হক", "আজাদ খান ভাসানী")
        a, b = i, i + 2
        while a > 0 and i - a < 2 and not taken[a - 1] and words[a - 1] in pack.name_parts:
            a -= 1
        if b < len(words) and not taken[b] and surname in lists.surnames_after_given and (
                words[b] in pack.name_parts or strip_suffix(words[b], lists.case) in pack.name_parts
                or (words[b] not in ordinary and _unknown_name_word(words[b], lists, pack, common)
                    and not words[b].endswith((*_LOCATIVE, "তে")))):
            # (the surname bare: "আজাদ খান ভাসানী", not "তাসকিন আহমেদের সময়"; and no place after the
            # name it is named for: "মানিক মিয়া অ্যাভিনিউতে")
            b += 1
        cands.append(_Cand(a, b, "PER", "rule"))
        for k in range(a, b):
            taken[k] = True


def _surnames_that_are_places(cands: list[_Cand], taken: list[bool], words: list[str], pack: LanguagePack,
                              lists: _Lists, common: frozenset[str]) -> None:
    """A surname that is also a place the gazetteer knows ("শেফালি ত্রিপুরা", "দেবপ্রিয় ত্রিপুরা"),
    after a given name no list knows, before a verb of speech, a comma or "ও": a person, not the
    Indian state (which stands after its country or before its own head: "ভারতের ত্রিপুরা রাজ্যে")."""
    for c in list(cands):
        j = c.a
        if c.type != "LOC" or c.gaz is None or c.b != j + 1 or j == 0 or words[j] not in pack.name_parts:
            continue
        after = words[j + 1] if j + 1 < len(words) else "।"
        # (before "ও" only in a list of speakers: "ম্রো ত্রিপুরা ও বম জনগোষ্ঠীর মানুষ" are peoples)
        if not (after in lists.cue_heads or after in (",", "।") or (
                after in ("ও", "এবং") and any(w in lists.cue_heads for w in words[j + 2:]))):
            continue
        i = j
        while i > 0 and j - i < 2 and not taken[i - 1] and _unknown_name_word(words[i - 1], lists, pack, common) \
                and not is_genitive(words[i - 1], lists.case) and words[i - 1] not in lists.before_names:
            i -= 1
        if i == j:
            continue
        cands.remove(c)
        cands.append(_Cand(i, j + 1, "PER", "rule"))
        for k in range(i, j + 1):
            taken[k] = True


def _unknown_name_word(w: str, lists: _Lists, pack: LanguagePack, common: frozenset[str]) -> bool:
    """Could this word be part of a person's name no list knows: a Bengali word that is no
    ordinary word (or a known name part), no title, verb of speech, function word or place."""
    stem = strip_suffix(w, lists.case)
    if not _BENGALI_WORD.match(w) or len(stem) < 2 or any(ch.isdigit() for ch in w):
        return False  # (nor one with a figure: "… হোসেনকে ১২দিন")
    if w.endswith(_PARTICIPLE) and w not in pack.name_parts:
        return False  # a verb in the participle ("ভয় পেয়ে", "ফিরে গিয়ে"), no part of a name
    if w.endswith(lists.plural_classifiers):
        return False  # a common noun in the plural ("সিন্ডিকেটগুলোর")
    if w not in pack.name_parts and _with_classifier(w, lists, common, ordinary_words(lists.code)):
        return False  # nor with its classifier: "অভিযোগটিকে", "ব্যাংকটিতে"
    if w in lists.generic or w in lists.titles or w in lists.cue_heads or w in lists.function_words \
            or w in lists.not_names or w.rstrip(".") in lists.honorifics or _is_head(w, lists.org_heads, lists):
        return False
    if w in pack.gazetteer or stem in pack.gazetteer:
        return w in pack.name_parts
    return w in pack.name_parts or stem in pack.name_parts or (w not in common and stem not in common)


_LOCATIVE = tuple(nfc(e) for e in ("ে", "য়"))


def _place_in_locative(w: str, lists: _Lists) -> bool:
    """"নারায়ণগঞ্জে", "ঢাকাতে": a place where something is, not the first word of a name."""
    gaz = load_pack(lists.code).gazetteer
    return any(w.endswith(e) and w[:-len(e)] in gaz for e in (*_LOCATIVE, "তে"))


@cache
def _named_head_forms(code: str) -> frozenset[str]:
    """The heads of names.toml [named_heads], bare and with every case ending and plural."""
    lists = _lists(code)
    return frozenset(w for h in lists.named_heads for w in (h, *(h + e for e in lists.case)))


def _named_before_a_common_head(cands: list[_Cand], taken: list[bool], words: list[str], pack: LanguagePack,
                                lists: _Lists) -> None:
    """An institution named before a head word that also names things (names.toml [named_heads]:
    "ব্যাংক", "বিদ্যালয়"): only when the name opens with what no ordinary phrase does, a place the
    gazetteer knows ("নলডাঙ্গা উচ্চ বিদ্যালয়") or an abbreviation ("আইএফআইসি ব্যাংক"); not
    "সরকারি ব্যাংক", "দুটি বিদ্যালয়". The tagger's own span of it gives way (it is often cut at the
    place, "[উচ্চ বিদ্যালয়ের]"), and so does a one-word place; a rule's or the gazetteer's name does not."""
    forms = _named_head_forms(pack.code)
    if not any(w in forms for w in words):
        return  # (most sentences name no such institution: the one cheap test first)
    by_model = {k for c in cands if c.source == "model" or (c.type == "LOC" and c.b - c.a == 1)
                for k in range(c.a, c.b)}

    def free(k: int) -> bool:
        return not taken[k] or k in by_model

    for i, w in enumerate(words):
        if i == 0 or w not in forms or not free(i) or (i + 1 < len(words) and (
                words[i + 1] in lists.connectors or _is_head(words[i + 1], lists.named_heads, lists)
                or _is_head(words[i + 1], lists.org_heads, lists))):
            continue  # (a head the name goes on past is inside it: "… স্কুল অ্যান্ড কলেজ", "… কলেজ হাসপাতাল")
        k = i
        while k > 0 and i - k < 4 and free(k - 1) and _org_word(words[k - 1], lists) \
                and not is_genitive(words[k - 1], lists.case):
            k -= 1
        # (the name opens with the place or the abbreviation: "শিক্ষার্থীরা [আইএফআইসি ব্যাংকের]")
        k = next((j for j in range(k, i) if ((e := pack.gazetteer.get(words[j])) is not None and e.type == "LOC")
                  or _acronym(words[j], pack) is not None), i)
        inside = [c for c in cands if c.a < i + 1 and c.b > k and (c.type in ("PER", "ORG") or c.b - c.a > 1)]
        if k == i or any(c.source != "model" or c.a < k or c.b > i + 1 for c in inside):
            continue
        places = [c for c in cands if c.a >= k and c.b <= i + 1 and c.type == "LOC" and c not in inside]
        for c in [*inside, *places]:
            cands.remove(c)  # (the place is the name's first word)
        _take(cands, taken, k, i + 1)


def _org_word(w: str, lists: _Lists) -> bool:
    """Can this word be part of an organisation's name (before its head word)?"""
    if not _BENGALI_WORD.match(w) and not _LATIN_WORD.match(w):
        return False
    if w in lists.function_words or w in lists.not_names or w in lists.cue_heads \
            or w in lists.generic or w.endswith("ভিত্তিক"):
        return False
    if w.rstrip(".") in lists.honorifics or any(c.isdigit() for c in w):
        return False
    # an ordinary word in the locative sets the scene ("বক্তব্যে বাংলা একাডেমি", "উপলক্ষে …")
    ordinary, common = ordinary_words(lists.code), lexicon(lists.code).common
    if any(w.endswith(e) and (w[:-len(e)] in ordinary or w[:-len(e)] in common) for e in _LOCATIVE) \
            or _place_in_locative(w, lists):
        return False  # ("নারায়ণগঞ্জে ইউনিয়ন", "আলোচনায় স্থায়ী … কমিশন")
    if w.endswith(("ই", "ও")) and w[:-1] in ordinary:
        return False  # an ordinary word with a particle: "প্রতিদিনই হাসপাতাল"
    if w.endswith(lists.plural_classifiers):  # "অনেকগুলো কমিশন": a plural is no name
        return False
    # verbs and clauses end the name: "… জানিয়েছে", "… হয়েছে", "… করে"
    return not w.endswith(("েছে", "েছেন", "লেন", "ছেন", "বেন", "তে", "য়ে", "কে", "েন"))


def _english(word: str, loan: dict[str, str], lists: _Lists) -> bool:
    """Is the word an English one in Bengali letters (loanwords.tsv), bare or with a case ending?"""
    return word in loan or strip_suffix(word, lists.case) in loan


def _companies_named_after_people(cands: list[_Cand], words: list[str], pack: LanguagePack, lists: _Lists) -> None:
    """A business named after its founder ("আবুল খায়ের গ্রুপ", "আবদুল মোনেম সুগার রিফাইনারি
    লিমিটেড"): the tagger takes the founder for a person and leaves the rest (or only the head
    word); the person's name and what follows are one organisation."""
    loan = pack.pairs("loanwords.tsv")
    for c in sorted(cands, key=lambda x: x.a):
        if c not in cands or c.type != "PER" or c.b >= len(words):
            continue
        last = words[c.b - 1]
        if last not in pack.name_parts and is_genitive(last, lists.case):
            continue  # "রহিমের গ্রুপ": his group, a possessor
        after = next((o for o in cands if o.a == c.b and o.type == "ORG" and o.gaz is None), None)
        if after is not None and _english(words[after.a], loan, lists):
            cands.remove(after)
            c.b, c.type, c.source = after.b, "ORG", "rule"
        elif (_is_head(words[c.b], lists.group_heads, lists) or _named_after(c, words, lists)) \
                and not any(o.a <= c.b < o.b for o in cands):
            c.b, c.type, c.source, c.gaz = c.b + 1, "ORG", "rule", None


def _named_after(c: _Cand, words: list[str], lists: _Lists) -> bool:
    """Is the person the tagger found the name a body is called after ("জাকের পার্টি", "ইউনূস সেন্টার";
    names.toml [named_after_people])? Not one described by a title before, nor a head in another case
    than the nominative or the genitive ("X পার্টিতে যোগ দেন"), nor one before a word of the party's
    place or people ("X পার্টি অফিস থেকে", "খালেদা জিয়া পার্টির নেতাদের সঙ্গে …": a person near it)."""
    head = words[c.b]
    if not _is_head(head, lists.named_after_people, lists) or (
            head not in lists.named_after_people and not is_genitive(head, lists.case)):
        return False
    if c.a > 0 and (words[c.a - 1] in lists.titles or is_genitive(words[c.a - 1], lists.case)):
        return False  # ("সহ-সভাপতি X …", "দলের X …": a person of the body)
    return not (c.b + 1 < len(words) and words[c.b + 1] in lists.named_after_not_before)


def _join_connected_names(cands: list[_Cand], words: list[str], pack: LanguagePack, lists: _Lists) -> None:
    """An English name in Bengali letters joined by "of" or "and" ("… চেম্বার অব কমার্স অ্যান্ড
    ইন্ডাস্ট্রি", "ব্যাংক অব ইংল্যান্ড"): the tagger often starts a span at the connector; the
    English words before it (and a place before those) are its first part."""
    loan = pack.pairs("loanwords.tsv")
    for c in sorted(cands, key=lambda x: x.a):
        if c not in cands or c.a == 0 or words[c.a] not in lists.connectors or c.type == "PER":
            continue
        k = c.a
        while k > 0 and _english(words[k - 1], loan, lists) and not any(o.a <= k - 1 < o.b for o in cands):
            k -= 1
        if k == c.a:
            continue
        before = next((o for o in cands if o.b == k and o is not c and o.type in ("LOC", "ORG")
                       and (o.gaz is not None or not is_genitive(words[k - 1], lists.case))), None)
        if before is not None:
            cands.remove(before)
            k = before.a
        c.a, c.type, c.gaz, c.source = k, "ORG", _gaz_entry(words[k:c.b], pack, lists.case), "rule"
        if c.gaz is not None:
            c.source = "gazetteer"


def _with_place_before(cands: list[_Cand], words: list[str], k: int, lists: _Lists, *, gazetteer_only: bool,
                       gazetteer: Mapping[str, GazetteerEntry], model: list[tuple[int, int, str]]) -> int:
    """Where an organisation's name starts when a place found just before it is its first part
    ("চট্টগ্রাম আমদানিকারক ফোরাম", "পূর্ব মেদিনীপুর জেলা প্রশাসন"); the place is no entity of its own."""
    place = next((c for c in cands if c.b == k and c.type == "LOC" and (c.source == "gazetteer" or not gazetteer_only)
                  and not is_genitive(words[k - 1], lists.case) and not _place_in_locative(words[k - 1], lists)),
                 None) if k > 0 else None
    if place is None:
        # (a place the gazetteer knows, left out as a place because the tagger read it as the first
        # word of this very organisation: "রংপুর মেডিকেল কলেজ হাসপাতাল")
        if k > 0 and (e := gazetteer.get(words[k - 1])) is not None and e.type == "LOC" and any(
                a == k - 1 and b > k and t == "ORG" for a, b, t in model):
            return k - 1
        return k
    cands.remove(place)
    return place.a


def _with_the_country_after(cands: list[_Cand], words: list[str], pack: LanguagePack, lists: _Lists) -> None:
    """An organisation's name that ends with the country it works in ("হেফাজতে ইসলাম বাংলাদেশ",
    "ইসলামী আন্দোলন বাংলাদেশ", "ট্রান্সপারেন্সি ইন্টারন্যাশনাল বাংলাদেশ"): the country, bare and
    closing the phrase (before a verb of speech, a stop, a comma or "ও"; not "… বাংলাদেশ নিয়ে", "…
    বাংলাদেশ সরকারকে"), is the name's last word, no place of its own
    (after a name in a case, "জাতিসংঘে বাংলাদেশ …", the country is the next clause's subject)."""
    for c in list(cands):
        if c.type != "ORG" or c.b >= len(words):
            continue
        place = next((p for p in cands if p.a == c.b and p.b == c.b + 1 and p.type == "LOC"), None)
        entry = pack.gazetteer.get(words[c.b])
        nxt = words[c.b + 1] if c.b + 1 < len(words) else "।"
        if place is None or entry is None or entry.name != "Bangladesh" \
                or strip_suffix(words[c.b - 1], lists.case) != words[c.b - 1] \
                or not (nxt in lists.cue_heads or nxt in (",", "।", "ও", "এবং", ";", ")", "-", "—")):
            continue  # ("বিশ্বব্যাংক বাংলাদেশ সরকারকে …": the country of the noun after it)
        cands.remove(place)
        c.b += 1


@cache
def _english_heads(code: str) -> frozenset[str]:
    """The English words of organisations' head words ("University", "Hospital", "Party"): a body
    named with one has a head of its own."""
    pack, lists = load_pack(code), _lists(code)
    loan, patterns = pack.pairs("loanwords.tsv"), pack.pairs("org-words.tsv")
    heads = lists.org_heads | lists.strong_heads | lists.public_heads
    words = {loan[h] for h in heads if h in loan}
    for h in heads:
        english = patterns.get(h, "").replace("{}", "").split()
        if english:
            words.add(english[-1])
    return frozenset(words)


def _spelled_out_before_abbreviation(cands: list[_Cand], taken: list[bool], words: list[str],
                                     pack: LanguagePack, lists: _Lists) -> None:
    """An English name in Bengali letters before its abbreviation in brackets, the initials of its
    words the abbreviation's letters: "আসিয়ান পার্লামেন্টারিয়ানস ফর হিউম্যান রাইটস (এপিএইচআর)"
    is one organisation, whatever the tagger made of its words (a place "আসিয়ান", nothing). The
    letters must all match, so a Bengali name before an English abbreviation ("বাংলাদেশ
    জাতীয়তাবাদী দল (বিএনপি)") is left to the other rules, and so is a term the tagger saw no
    name in, or a name another rule found whole ("ঢাকা মহানগর পুলিশ (ডিএমপি)", from the gazetteer)."""
    loan = pack.pairs("loanwords.tsv")
    for i in range(1, len(words) - 2):
        if words[i] != "(" or words[i + 2] != ")":
            continue
        letters = _acronym(words[i + 1], pack)
        if letters is None or len(letters) < 3:
            continue
        k, n = i, len(letters)
        while k > 0 and n > 0:
            w = words[k - 1]
            if w in lists.connectors and k < i:
                k -= 1
                continue
            if not _BENGALI_WORD.match(w) or w in lists.function_words:
                break
            if (loan.get(w) or transliterate_word(w))[:1].upper() != letters[n - 1]:
                break
            k, n = k - 1, n - 1
        if n or words[k] in lists.connectors:
            continue
        seen = [c for c in cands if c.a < i + 2 and c.b > k]
        if not seen or any(c.type == "ORG" and c.a <= k and c.b == i for c in seen):
            continue  # a term nothing marks as a name ("বেজ ট্রান্সসিভার স্টেশন (বিটিএস)"), or found whole
        # (nor a person or a country by their initials, "মহেন্দ্র সিং ধোনি (এমএসডি)", "ইউনাইটেড স্টেটস অব
        # আমেরিকা (ইউএসএ)", nor a post, "ইন্সপেক্টর জেনারেল অব পুলিশ (আইজিপি)")
        whole = _gaz_entry(words[k:i], pack, lists.case)
        if any(c.type == "PER" for c in seen) or (whole is not None and whole.type != "ORG") \
                or any(w in lists.titles or w in lists.title_words_en for w in words[k:i]):
            continue
        cands[:] = [c for c in cands if c.b <= k or c.a >= i + 2]
        for j in range(k, i + 2):
            taken[j] = False
        _take(cands, taken, k, i)
        by_letters = _gaz_entry([words[i + 1]], pack, lists.case)
        if by_letters is not None and by_letters.type == "ORG":  # the one the gazetteer knows by its letters
            cands[-1].gaz, cands[-1].source = by_letters, "gazetteer"


def _take(cands: list[_Cand], taken: list[bool], a: int, b: int) -> None:
    """An organisation found by a rule over words[a:b], which no later rule may claim."""
    cands.append(_Cand(a, b, "ORG", "rule"))
    for j in range(a, b):
        taken[j] = True


def _is_head(word: str, heads: frozenset[str], lists: _Lists) -> bool:
    """Is this word one of `heads`, bare or with any case ending? Every ending is tried: the
    longest is not always right ("পরিষদের" is পরিষদ + ের, not পরিষ + দের)."""
    return word in heads or _head_of(word, heads, lists) is not None


def _head_of(word: str, heads: frozenset[str], lists: _Lists) -> str | None:
    """The head `word` is in a case form of (the first ending in `case` order that leaves a head)."""
    forms = lists.head_forms.get(heads)
    return (forms if forms is not None else _case_forms(heads, lists.case)).get(word)


@lru_cache(maxsize=16)
def _case_forms(heads: frozenset[str], case: tuple[str, ...]) -> dict[str, str]:
    """Every case form of every head -> the head: one dictionary look-up per word instead of a
    scan of the endings. A form two heads could make goes to the first ending in `case` order."""
    forms: dict[str, str] = {}
    for e in case:
        for head in heads:
            forms.setdefault(head + e, head)
    return forms


def _public_word(w: str, lists: _Lists) -> bool:
    """Can this word be part of a public body's name? Ordinary words can ("বন", "রাজ্য"); a
    genitive, a verb or a quantifier cannot ("সরকারের", "বিভিন্ন", "সংশ্লিষ্ট"), nor a pronoun,
    an adverb or a qualifier ("আপনারা", "সরাসরি", "তথাকথিত", "সাবেক"), a verb or a plural
    ("দেখলাম বোর্ড", "চিকিৎসকরা অধিদপ্তরে"), nor an ordinary word in the locative ("রাজ্যে
    স্বরাষ্ট্র দপ্তর"): the rule takes every word it may, so what it may not is listed."""
    if w in lists.not_in_public_names:
        return False
    # (an ending only on a word that is something else without it: "চিকিৎসক|রা", not "কারা" of "কারা অধিদপ্তর")
    ordinary, common = ordinary_words(lists.code), lexicon(lists.code).common
    if any(w.endswith(e) and (w[:-len(e)] in ordinary or w[:-len(e)] in common or e != "রা")
           for e in lists.not_public_endings):
        return False
    if any(w.endswith(e) and w[:-len(e)] in lists.generic for e in _LOCATIVE):
        return False
    if w in lists.generic and w not in lists.function_words and w not in lists.not_names:
        return _BENGALI_WORD.match(w) is not None and not is_genitive(w, lists.case)
    return _org_word(w, lists) and not is_genitive(w, lists.case)


# a light verb after a word makes it a verbal noun, no nickname: "… হক সারাজীবন শিক্ষকতা করেছেন"
_LIGHT_VERBS = ("কর", "দিয়", "দেন", "দিল", "দেয়", "দিচ্ছ")


def _not_a_name(words: list[str], k: int, lists: _Lists, name_parts: Mapping[str, str],
                in_name: bool = False) -> bool:
    """Is words[k] a word that is no part of a name here (names.toml [not_names])? The words of
    `before` are names only after a name (a name part, or a word the tagger's name holds:
    in_name) and not before their verbs ("… কামাল রায় দেন")."""
    nxt = lists.not_names_before.get(words[k])
    if nxt is None:
        return words[k] in lists.not_names
    after_a_name = in_name or (k > 0 and words[k - 1] in name_parts)
    return (k + 1 < len(words) and words[k + 1] in nxt) or not after_a_name


def _person_bounds(words: list[str], a: int, b: int, lists: _Lists, pack: LanguagePack) -> tuple[int, int]:
    """Mend the tagger's person spans: drop leading ordinary words ("বয়সী নাসরিন আক্তার"), and
    take in a surname it cut off ("মাহফুজুল করিম চৌধুরী"), or up to two unknown words when a
    boundary (punctuation, ও, a speech verb) follows them ("ফজলুল আজিজ ইদ্রিস ও …")."""
    common = lexicon(pack.code).common
    # a little word after a full name ends it: "… হক ফকির এ রায় দেন" (initials like "এ কে এম" open names)
    for k in range(a + 1, b):
        if words[k] in ("এ", "এই", "ও", "সে", "যে", "তা", "না", "নি") and len(words[k - 1]) > 2:
            b = k
            break
    # a word never in a name ends it: "মুসরীন একজন গৃহিণী"
    b = next((k for k in range(a + 1, b) if _not_a_name(words, k, lists, pack.name_parts, in_name=True)), b)
    # …as does a verb the tagger took in after it ("তাঁর স্ত্রী সুমাইয়া কাঁদছিলেন")
    b = next((k for k in range(a + 1, b) if _no_name_part(words[k], lists) and words[k] not in pack.name_parts), b)
    # (and a verb put first, as headlines do: "জাতীয় দলে ডাক পেলেন নাফাই", after its object; a name
    # that ends like one, "হেলেন কেলার", "বাতেন মিয়া", opens its sentence or follows a title or a verb)
    while b - a > 1 and (words[a] in common or words[a] in lists.titles or words[a] in lists.not_names
                         or (_looks_finite(words[a], lists) and a > 0 and _BENGALI_WORD.match(words[a - 1]) is not None
                             and words[a - 1] not in lists.titles and words[a - 1] not in lists.cue_heads
                             and not words[a - 1].endswith(("েন", "ল", "ছে", "য়")))) \
            and words[a] not in pack.name_parts and words[a].rstrip(".") not in lists.honorifics:
        a += 1
    while b < len(words) and strip_suffix(words[b], lists.case) in pack.name_parts and b - a < 5 \
            and words[b] not in lists.generic and not _not_a_name(words, b, lists, pack.name_parts):
        b += 1
    last = words[b - 1]
    # (a name in the accusative, "খানকে", "রাহুলদাকে"; not a word that only ends so, "লোকে" of Løkke)
    accusative = (stem := accusative_stem(last)) is not None and len(stem) >= 3
    bare = strip_suffix(last, lists.case)
    if last not in pack.name_parts and (accusative or (bare != last and bare in pack.name_parts)):
        # a name with a case ending is whole: "আসাদুজ্জামান খানকে মৃত্যুদণ্ড দেয়", "সাইফুল
        # ইসলামের এনআইডি কার্ড"
        return a, b
    if _known_name_in_genitive(last, pack):
        return a, b  # (as is a name the lists know in the genitive: "অধিনায়ক মাহফুজুরের কথায়ও আশা")
    marks = {",", "ও", "এবং", "।", "(", ")", ";", ":"}
    boundary = marks | set(lists.cue_heads)
    if b - a >= 2 and b + 1 < len(words) and words[b] in lists.surnames_too and words[b + 1] in lists.cue_heads \
            and words[b + 1].endswith("ন"):
        return a, b + 1  # "মো. শওকত হোসেন সরকার বলেন": the surname (names.toml surnames_too)
    # a part that never ends a name takes the next word, however short: "মো. আবদুর রব বলেন"
    if last in lists.never_last and b < len(words) and _BENGALI_WORD.match(words[b]) \
            and words[b] not in marks and words[b] not in lists.function_words and words[b] not in lists.cue_heads \
            and words[b] not in lists.titles and not _looks_finite(words[b], lists):
        return a, b + 1
    ordinary = ordinary_words(pack.code)
    for n in (1, 2):
        ext = words[b:b + n]
        # (before a noun cue in a case form, an ordinary word is how it was said: "রফিক আহমেদ কড়া
        # ভাষায়"; before a verb it may be a nickname: "আরিফুর রহমান রকেট জানান")
        if b + n < len(words) and words[b + n] not in marks and words[b + n].endswith(("য়", "য়", "ে")) \
                and any(w in ordinary for w in ext):
            continue
        # (a verb ends a sentence, not a name: "বাবুল মিয়া ওয়ার্কশপ চালাতেন।")
        if len(ext) == n and b + n <= len(words) and not any(_no_name_part(w, lists) for w in ext) and all(
                _BENGALI_WORD.match(w) and len(w) >= 3 and w not in common and w not in lists.generic
                and w not in lists.titles and w not in lists.cue_heads and w not in lists.function_words
                and not w.endswith(("কে", "তে")) and not _plural_in_der(w, pack)  # (nor "… অভিভাবকদের জানান")
                and not _SEAT.match(w)  # (nor a seat: "… ফরহাদ নড়াইল-২ ও")
                and not _is_head(w, lists.org_heads, lists) for w in ext) \
                and not any(_not_a_name(words, k, lists, pack.name_parts) for k in range(b, b + n)) \
                and (b + n == len(words) or (words[b + n] in boundary and not words[b + n].startswith(_LIGHT_VERBS))):
            return a, b + n
    return a, b


def _no_name_part(word: str, lists: _Lists) -> bool:
    """A word no name goes on with: a finite verb ("কাঁদছিলেন") or a plural ("নির্দেশনাগুলো")."""
    return _looks_finite(word, lists) or word.endswith(lists.not_name_endings)


def _looks_finite(word: str, lists: _Lists) -> bool:
    """A finite verb by its ending (পাঠিয়েছেন, চালাতেন, যাচ্ছেন): never the last part of a name.
    The endings are the pack's `finite_endings_not_in_names` (text.toml [verbs]): without the bare
    -েন of "করেন", which names end with too (হোসেন)."""
    return len(word) > 4 and word.endswith(lists.finite_endings)


def _split_hyphen_tails(toks: list[Token], code: str) -> list[Token]:
    """A case ending or a tail joined by a hyphen is its own token here ("এক্স-এ" = এক্স + -এ,
    "ইয়র্ক-ভিত্তিক"), so that the name and its mention end at the hyphen; so is a tail written
    solid after a name the gazetteer knows ("ব্রাসেলসভিত্তিক", "এশিয়াবিষয়ক")."""
    out: list[Token] = []
    for t in toks:
        n = _tail_cut(t.text, code)
        if n:
            out += [Token(t.start, t.start + n, t.text[:n]), Token(t.start + n, t.end, t.text[n:])]
        elif pair := _pair_cut(t.text, code):  # (the hyphen between is neither's)
            out += [Token(t.start, t.start + pair, t.text[:pair]), Token(t.start + pair + 1, t.end, t.text[pair + 1:])]
        else:
            out.append(t)
    return out


@lru_cache(maxsize=200_000)
def _pair_cut(word: str, code: str) -> int:
    """Two bodies or places the gazetteer knows, joined by a hyphen ("বিএনপি-জামায়াত", "ছাত্রলীগ-যুবলীগের",
    "বাংলাদেশ-ভারত সম্পর্ক"): where the first ends (0: not such a pair). Each is its own entity, not
    one of a joined name."""
    head, sep, tail = word.partition("-")
    if not sep or "-" in tail:
        return 0
    lists, known = _lists(code), load_pack(code).gazetteer
    first, second = known.get(head), known.get(strip_suffix(tail, lists.case)) or known.get(tail)
    return len(head) if first is not None and second is not None and first.type == second.type \
        and first.type in ("ORG", "LOC") else 0


@lru_cache(maxsize=200_000)
def _tail_cut(word: str, code: str) -> int:
    """Where _split_hyphen_tails cuts a word (0: nowhere), once per word type: it is asked of
    every word of every article."""
    lists, known = _lists(code), load_pack(code).gazetteer
    solid = next((x for x in lists.compound_tails if word.endswith(x) and word[:-len(x)] in known), None)
    if solid:
        return len(word) - len(solid)
    # (some papers write a case ending after an apostrophe: "বিএনপি'র", "আইএলও’র")
    head, sep, tail = word.rpartition("-")
    if not sep:
        head, sep, tail = max((word.rpartition(q) for q in "'’"), key=lambda p: len(p[0]))
    return len(head) if sep and tail in lists.hyphen_tails and _BENGALI_WORD.match(head) else 0


def story_region(doc: Document, pack: LanguagePack, lists: _Lists, lead: int = 3, near: int = 6) -> str | None:
    """The country a story is set in, for the bodies a common word names ("পুলিশ"): the outlet's
    own (doc.region), unless the lead (title and first sentences) places it in another country and
    the opening names no place of the outlet's own in any case ("ভারতের গুজরাটে সড়ক দুর্ঘটনায়
    …": the police there are Gujarat's, not the Bangladesh Police; "মিয়ানমারের রাখাইন রাজ্যে …
    কক্সবাজারের টেকনাফ এলাকা থেকে …" stays at home). A foreign country in the genitive only says
    whose ("যুক্তরাষ্ট্রের প্রতিনিধিদল" visiting), not where."""
    if doc.region is None:
        return None
    foreign: str | None = None  # the first other country the lead places the story in
    for si, sent in enumerate(doc.sentences[:near]):
        words = sent.text.split()
        for i in range(len(words)):
            for n in (2, 1):
                e = _gaz_entry(words[i:i + n], pack, lists.case) if i + n <= len(words) else None
                if e is None or e.type != "LOC" or not e.country:
                    continue
                if e.country == doc.region:
                    return doc.region
                last = words[i + n - 1]
                if foreign is None and si < lead and (not is_genitive(last, lists.case) or e.form.endswith(last)):
                    foreign = e.country
                break
    return foreign or doc.region


def entities(doc: Document) -> Document:
    if uses_capitals(doc.lang):  # English and other packs whose script capitalises names
        return capital_entities(doc)
    if doc.lang != "bn":
        return doc
    pack = load_pack(doc.lang)
    lists = _lists(pack.code)
    found: list[tuple[_Cand, Mention, list[str]]] = []
    vocab = frozenset(t.text for t in doc.tokens)
    in_time = {k for t in doc.times for k in range(t.start, t.end)}  # offsets inside a time expression
    tok_i = 0
    tokens = doc.tokens
    skip_lines = {i for i, ln in enumerate(doc.lines) if ln.boilerplate in ("share", "comments", "ad", "related")}
    region = story_region(doc, pack, lists)
    for sent in doc.sentences:
        if sent.line in skip_lines:
            continue
        while tok_i < len(tokens) and tokens[tok_i].start < sent.start:
            tok_i += 1
        j = tok_i
        while j < len(tokens) and tokens[j].end <= sent.end:
            j += 1
        toks = _split_hyphen_tails(tokens[tok_i:j], pack.code)
        # some papers close an abbreviated honorific with a colon ("মো: রফিক", "ডা: শফিক"): read as "."
        words = ["." if t.text == ":" and k > 0 and toks[k - 1].end == t.start and toks[k - 1].text in lists.honorifics
                 else t.text for k, t in enumerate(toks)]
        if not words:
            continue
        for c in _candidates(words, pack, lists, region):
            # a date is never part of a name ("মার্চ স্থানীয়")
            while c.b - c.a > 1 and toks[c.a].start in in_time:
                c.a += 1
                c.head = max(c.head, c.a)
            while c.b - c.a > 1 and toks[c.b - 1].start in in_time:
                c.b -= 1
            if toks[c.a].start in in_time:
                continue
            start, end = toks[c.a].start, toks[c.b - 1].end
            text = doc.text[start:end]
            name_words = [w for w in words[c.a:c.b]]
            form_words = [*name_words[:-1], strip_name(name_words[-1], lists, pack, vocab)]
            key = _key(words[c.head:c.b], lists, pack, vocab)
            # generic words name no one ("সরকার", "মন্ত্রণালয়"), unless the gazetteer knows the whole
            # name ("স্থানীয় সরকার মন্ত্রণালয়")
            if not key or (c.source != "gazetteer" and (
                    " ".join(key) in lists.generic or all(w in lists.generic for w in key)
                    or (len(key) == 1 and words[c.b - 1] in lists.generic))):
                continue
            if len(key) == 1 and (len(key[0]) < 2 or (c.type == "PER" and key[0] in lists.no_person_alone)):
                continue
            form = " ".join(form_words).replace(" .", ".").replace(" ,", ",")
            if c.gaz is not None and form not in pack.gazetteer:
                form = _gaz_form(name_words, pack, lists.case) or form  # ("বিবিসি বাংলার": the name's last word bare)
            found.append((c, Mention(start, end, text, form), key))
    clusters = _cluster(found, doc.text, pack, lists)
    _second_pass(doc, clusters, lists, skip_lines, pack, vocab)
    ents: list[Entity] = []
    same_name: dict[tuple[str, str], int] = {}  # (type, name) -> index in ents
    for cl in clusters:
        typ: EntityType = cl.type if cl.type in ("PER", "ORG", "LOC") else "ORG"  # type: ignore[assignment]
        mentions = sorted((m for _, m, _ in cl.mentions), key=lambda m: m.start)
        source = "gazetteer" if cl.gaz else ("rule" if all(c.source == "rule" for c, _, _ in cl.mentions) else "model")
        name = _canonical(cl, pack, lists)
        name = name[:1].upper() + name[1:]  # a name opens with a capital: "দ্য ডিপ্লোম্যাট" is The Diplomat
        if not name.strip():
            continue  # titles only ("প্রো-ভিসি"): no one named
        # two clusters the same name was given ("ড. ইউনূস" and "ড. মুহাম্মদ ইউনূস", both Muhammad
        # Yunus; "বিজিবি" and "বিজিবির" by the gazetteer): one entity, as a reader takes them
        k = same_name.get((typ, name))
        if k is not None:
            e = ents[k]
            ents[k] = replace(e, mentions=sorted([*e.mentions, *mentions], key=lambda m: m.start),
                              source=e.source if e.source == source else "model")
            continue
        same_name[(typ, name)] = len(ents)
        ents.append(Entity(id=f"e{len(ents) + 1}", type=typ, name=name, mentions=mentions, source=source))
    return replace(doc, entities=ents)


@cache
def _gazetteer_words(code: str) -> dict[str, frozenset[str]]:
    """The words of every form the gazetteer gives a name ("পার্বত্য চট্টগ্রাম জনসংহতি সমিতি", "জেএসএস"
    … for Parbatya Chattagram Jana Samhati Samiti), by the name, ordinary words left out."""
    ordinary = ordinary_words(code)
    out: dict[str, set[str]] = {}
    for form, e in load_pack(code).gazetteer.items():
        out.setdefault(e.name, set()).update(w for w in form.split() if w not in ordinary and len(w) > 2)
    return {k: frozenset(v) for k, v in out.items()}


def _cluster(found: list[tuple[_Cand, Mention, list[str]]], text: str, pack: LanguagePack,
             lists: _Lists) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_gaz: dict[str, _Cluster] = {}
    # 1. gazetteer names, and multi-word names
    order = sorted(range(len(found)), key=lambda i: (-len(found[i][2]), found[i][1].start))
    pending_single: list[int] = []
    pending_prefix: list[int] = []
    for i in order:
        c, _, key = found[i]
        if c.gaz and c.gaz.type == "LOC" and len(key) == 1 and key[0] in pack.name_parts \
                and (found[i][1].text == key[0] or not found[i][1].text.endswith(_LOCATIVE)) \
                and not _named_as_a_place(found[i][1], text, lists):  # (not "পার্থে": in Perth)
            # a place that is a name part too, alone after the person it names ("পার্থ বলেন" after
            # "আন্দালিভ রহমান পার্থ"): the person
            person = [cl for cl in clusters
                      if cl.type == "PER" and any(len(k) > 1 and k[-1] == key[0] for k in cl.keys)]
            if len(person) == 1:
                person[0].mentions.append(found[i])
                continue
        if c.gaz:
            cl = by_gaz.get(c.gaz.name)
            national = pack.gazetteer.get(c.gaz.form) is not c.gaz  # "পুলিশ" is not "গোয়েন্দা পুলিশ"
            if cl is None and c.gaz.type == "ORG" and len(key) == 1 and not national:
                # "ওয়াসা" after "ঢাকা ওয়াসা": the one organisation of that name the article has
                # named with its city is the one meant (two such, and the word stays its own)
                fuller = [x for x in by_gaz.values() if x.type == "ORG" and any(
                    len(k) > 1 and k[-1] == key[0] for k in x.keys)]
                cl = fuller[0] if len(fuller) == 1 else None
            if cl is None:
                # the same name met earlier in a form the gazetteer missed ("হাসান নাসরাল্লাহর"): one referent
                cl = next((x for x in clusters if x.gaz is None and x.type == c.gaz.type and key in x.keys), None)
                if cl is not None:
                    cl.gaz = c.gaz
                    by_gaz[c.gaz.name] = cl
            if cl is None:
                cl = by_gaz[c.gaz.name] = _Cluster(c.gaz.type, gaz=c.gaz)
                clusters.append(cl)
            cl.mentions.append(found[i])
            continue
        if len(key) == 1:
            pending_single.append(i)
            continue
        # the same full name is one referent even when the tagger typed one mention otherwise
        # ("হেনরিখ লিন্ডকভিস্ট অবশ্য …" taken for an organisation): the votes below settle the type
        target = next((cl for cl in clusters if (cl.type == c.type or c.source == "model") and any(
            len(k) == len(key) and all(_same_name(x, y, pack) for x, y in zip(k, key, strict=True))
            for k in cl.keys)), None)
        if target is None and c.type == "PER" and len(key) >= 2:
            # a full name's first words alone ("আবদুল কাহার" of "আবদুল কাহার আকন্দ"): the one person
            # the article names so; two such people, and it stays its own
            # (a longer name that ends in an ordinary word is the tagger's overrun: "… সিদ্দিকী বিদায়"; not
            # one that is a name part too: "রঞ্জিত কুমার রায়", Roy)
            ordinary = ordinary_words(pack.code)
            # and its last words ("নাজের হোসাইন" of "এস এম নাজের হোসাইন") likewise
            longer = {id(cl): cl for cl in clusters if cl.type == "PER" and any(
                len(k) > len(key) and ((k[:len(key)] == key and (m.text.split()[-1] not in ordinary
                                                                   or k[-1] in pack.name_parts))
                                       or k[-len(key):] == key)
                for _, m, k in cl.mentions)}
            target = next(iter(longer.values())) if len(longer) == 1 else None
        if target is None and c.type == "ORG" and any(cl.type == "ORG" and any(
                len(k) > len(key) and k[:len(key)] == key for k in cl.keys) for cl in clusters):
            pending_prefix.append(i)  # decided once every full name is known
            continue
        if target is None:
            target = _Cluster(c.type)
            clusters.append(target)
        target.mentions.append(found[i])
    # an organisation's first words alone ("এস আলম"): the group when the article names one of
    # that name ("এস আলম গ্রুপ"), not one of its companies ("এস আলম রিফাইন্ড সুগার …")
    for i in pending_prefix:
        c, m, key = found[i]
        extending = [cl for cl in clusters if cl.type == "ORG" and any(
            len(k) > len(key) and k[:len(key)] == key for k in cl.keys)]
        groups = [cl for cl in extending if any(len(k) == len(key) + 1 and k[:len(key)] == key and (
            k[-1] in lists.group_heads) for k in cl.keys)]
        (groups or extending)[0].mentions.append(found[i])
    # 2. single words: a surname, an organisation's short name, an abbreviation
    decided: dict[tuple[str, str], _Cluster] = {}  # the same word is decided once
    for i in sorted(pending_single, key=lambda i: found[i][1].start):
        c, m, key = found[i]
        w = key[0]
        if (w, c.type) in decided:
            decided[(w, c.type)].mentions.append(found[i])
            continue
        matches = []
        before = text[max(0, m.start - 40):m.start].split()[-1:]
        placed = c.type == "LOC" and c.gaz is not None and _named_as_a_place(m, text, lists)
        for cl in clusters:
            for k in cl.keys:
                if len(k) < 2:
                    continue
                # the tagger cut a known name short: "সবুজ [টেক্সটাইলস]" after "সবুজ টেক্সটাইলসে"
                if cl.type == "ORG" and len(k) == 2 and k[1] == w and before and before[0] == k[0]:
                    matches.append(cl)
                    break
                if cl.type == "PER" and c.type in ("PER", "LOC", "ORG") and not placed and (
                        _same_part(k[-1], w, pack) or _same_part(k[0], w, pack)):
                    matches.append(cl)
                    break
                # a brand's first word alone: "মেঘমল্লার" of "মেঘমল্লার হোমস লিমিটেড"; one the tagger
                # took for a place is the place a body is named after ("দাউদকান্দি" of "… মডেল থানা")
                brand = k[0] == w and len(k) >= 3 and k[1] in pack.pairs("loanwords.tsv") and c.type != "LOC"
                # a body or group named by its first word alone: "আদানি" of "আদানি গোষ্ঠী"
                group = k[0] == w and len(k) == 2 and (k[1] in lists.group_heads or k[1] in lists.org_heads)
                # a body of members by its head alone: "সমিতির" after "আইনজীবী সমিতি"
                body = len(k) == 2 and k[1] == w and w in lists.member_bodies
                if cl.type == "ORG" and (brand or group or body or _abbrev_of(w, cl, pack, text)):
                    matches.append(cl)
                    break
        distinct = {id(x) for x in matches}
        if len(distinct) > 1 and len({x.type for x in matches}) == len(distinct):
            # a person and a body of one name ("আদানি": গৌতম আদানি, আদানি গোষ্ঠী): the tagger's type decides
            matches = [x for x in matches if x.type == c.type]
            distinct = {id(x) for x in matches}
        if len(distinct) == 1:
            matches[0].mentions.append(found[i])
            decided[(w, c.type)] = matches[0]
            continue
        # (a constituency is not its place: "ফরিদপুর-৩" is no spelling of "ফরিদপুর")
        same = next((cl for cl in clusters if cl.type == c.type and any(
            len(k) == 1 and _same_name(k[0], w, pack) and bool(_SEAT.match(k[0])) == bool(_SEAT.match(w))
            for k in cl.keys)), None)
        if same and not distinct:
            same.mentions.append(found[i])
            decided[(w, c.type)] = same
            continue
        cl = _Cluster(c.type)
        cl.mentions.append(found[i])
        clusters.append(cl)
        decided[(w, c.type)] = cl
    # an abbreviation the gazetteer knows, in brackets right after a longer name the gazetteer does
    # not ("… এক্সচেঞ্জ বোর্ডকে (সেবি)"): one organisation, known by the gazetteer's name
    # (only when the longer name shares a word with the gazetteer's: "পাহাড়ি ছাত্র পরিষদ (ইউপিডিএফ)" is
    # a body and the one behind it, and "মানবাধিকার সংস্কৃতি ফাউন্ডেশন (এমএসএফ)" is not Médecins Sans
    # Frontières)
    loan = pack.pairs("loanwords.tsv")
    for cl in [x for x in clusters if x.gaz is not None and x.type == "ORG"]:
        for _, m, _ in list(cl.mentions):
            named = next((o for o in clusters if o is not cl and o.gaz is None and any(
                c.type == "ORG" and text[om.end:m.start].strip() == "(" for c, om, _ in o.mentions)), None)
            if named is not None:
                assert cl.gaz is not None
                gaz_words = {w.casefold() for w in cl.gaz.name.split() if len(w) > 3}
                own_words = {loan.get(w, "").casefold() for k in named.keys for w in k} - {""}
                own = {w for k in named.keys for w in k}
                if not gaz_words & {x for w in own_words for x in w.split()} \
                        and not own & _gazetteer_words(pack.code).get(cl.gaz.name, frozenset()):
                    continue
                cl.mentions.extend(named.mentions)
                clusters.remove(named)
    _merge_company_spellings(clusters, pack, lists)
    clusters.sort(key=lambda cl: min(m.start for _, m, _ in cl.mentions))
    for cl in clusters:
        if not cl.gaz:
            votes: dict[str, int] = {}
            for c, _, _ in cl.mentions:
                votes[c.type] = votes.get(c.type, 0) + (2 if c.source == "rule" else 1)
            cl.type = max(votes, key=lambda t: votes[t])
    return clusters


def _merge_company_spellings(clusters: list[_Cluster], pack: LanguagePack, lists: _Lists) -> None:
    """One company written several ways in one article ("এস আলম সুগার মিল", "এস আলম রিফাইন্ড সুগার
    ইন্ডাস্ট্রিজ"): organisations whose names open with the same owner's name (two words or more, no
    ordinary or English word; not a place: the
    "বাংলাদেশ …" bodies are many) and share a word of what they make after it (not a head word:
    "… ব্যাংক", "… গ্রুপ" are other bodies) are one. The group itself ("এস আলম গ্রুপ") stays apart."""
    ordinary = ordinary_words(pack.code)

    loan = pack.pairs("loanwords.tsv")

    def owner_and_trade(key: list[str]) -> tuple[tuple[str, ...], frozenset[str]] | None:
        # the owner's name runs up to the first word of a trade ("সুগার", "রিফাইন্ড", "টেক্সটাইল")
        j = next((j for j in range(1, len(key)) if (key[j] in loan or key[j] in ordinary)
                  and not _is_head(key[j], lists.org_heads, lists)), None)
        if j is None:
            return None
        owner = tuple(key[:j])
        if len(owner) < 2 or any(w in pack.gazetteer or w in lists.generic or w in ordinary or w in loan
                                 for w in owner):
            return None
        trade = frozenset(w for w in key[j:] if not _is_head(w, lists.org_heads, lists) and w not in lists.generic
                          and w not in lists.group_heads and w not in lists.connectors)
        return owner, trade

    merged = True
    while merged:
        merged = False
        orgs = [cl for cl in clusters if cl.type == "ORG" and cl.gaz is None]
        for i, a in enumerate(orgs):
            for b in orgs[i + 1:]:
                if any((x := owner_and_trade(ka)) and (y := owner_and_trade(kb)) and x[0] == y[0] and x[1] & y[1]
                       for ka in a.keys for kb in b.keys):
                    a.mentions.extend(b.mentions)
                    clusters.remove(b)
                    merged = True
                    break
            if merged:
                break


def _second_pass(doc: Document, clusters: list[_Cluster], lists: _Lists, skip_lines: set[int],
                 pack: LanguagePack, vocab: frozenset[str]) -> None:
    """Find the short names the tagger missed: a surname alone ("হালদার") once the article has
    named "জসিম উদ্দিন হালদার", an organisation's distinctive first word ("মেঘমল্লার"), a
    group's name ("আকিজ" of "আকিজ গ্রুপ"), an abbreviation defined in brackets. A short name
    two referents share is left alone."""
    common = lexicon(pack.code).common
    ordinary = ordinary_words(pack.code)
    loan = pack.pairs("loanwords.tsv")
    public = pack.pairs("org-words.tsv")  # heads with a pattern ("{} Police Station") end public bodies
    short: dict[str, list[_Cluster]] = {}
    prefixes: list[tuple[list[str], _Cluster]] = []
    for cl in clusters:
        for k in cl.keys:
            if cl.type == "ORG" and len(k) >= 3:
                prefixes += [(k[:n], cl) for n in range(len(k) - 1, 1, -1) if k[0] not in common and k[1] in loan]
            if cl.type == "PER" and len(k) >= 2:
                cands = [k[-1]]
                # and the given name, which news uses alone for some ("তাসকিন আহমেদ … তাসকিন বলেন"),
                # unless it only opens names ("আবদুল", "মির্জা") or is an ordinary word, or a name part that
                # is one too ("আমির খসরু …" and "জামায়াতের আমির", the party's head)
                if k[0] not in lists.name_openers and k[0] not in lists.honorifics and k[0] not in ordinary \
                        and k[0] not in lists.also_words:
                    cands.append(k[0])
            elif cl.type == "PER" and len(k) == 1 and not cl.gaz:
                cands = [k[0]]  # a surname the article uses alone: find its full form
            # (not in a name built with অব/অ্যান্ড, nor in a public body's: "খাতুনগঞ্জ ট্রেড অ্যান্ড
            # ইন্ডাস্ট্রিজ অ্যাসোসিয়েশন", "বেড়া মডেল থানা" are named after their place, and
            # "খাতুনগঞ্জের", "বেড়া" alone are the place)
            elif cl.type == "ORG" and ((len(k) >= 3 and k[0] not in common and k[0] not in pack.gazetteer
                                        and k[0] not in loan and k[0] not in lists.org_heads and k[1] in loan
                                        and not any(x in lists.connectors for x in k)
                                        and "{}" not in public.get(k[-1], ""))
                                       or (len(k) == 1 and not cl.gaz)
                                       or (len(k) == 2 and k[1] in lists.group_heads and k[0] not in common)):
                cands = [k[0]]  # … and a group's name alone: "আকিজের" after "আকিজ গ্রুপ"
            else:
                continue
            for w in cands:
                if w in lists.generic or w in lists.titles or len(w) < 3 or (w in common and w not in loan) \
                        or w in lists.not_names_before:
                    continue  # a surname that is also a common word (রায় = verdict) is not sought alone
                if cl not in short.setdefault(w, []):
                    short[w].append(cl)
    if not short:
        return
    short_heads = {w[:3] for w in short}  # (short names have three letters or more)
    prefixes_by_first: dict[str, list[tuple[list[str], _Cluster]]] = {}  # (prefixes have two words or more)
    for pre, pcl in prefixes:
        prefixes_by_first.setdefault(pre[0], []).append((pre, pcl))
    covered = sorted((m.start, m.end) for cl in clusters for _, m, _ in cl.mentions)
    spans_covered = set()
    for a, b in covered:
        spans_covered.add((a, b))

    def inside(a: int, b: int) -> bool:
        return any(x <= a and b <= y for x, y in covered)

    starts = [t.start for t in doc.tokens]
    for li, ln in enumerate(doc.lines):
        if li in skip_lines or not ln.text.strip():
            continue
        lo = bisect_left(starts, ln.start)
        hi = bisect_left(starts, ln.end)
        toks = [t for t in doc.tokens[lo:hi] if t.end <= ln.end]
        for i, t in enumerate(toks):
            for pre, pcl in prefixes_by_first.get(t.text, ()):
                n = len(pre)
                ws = [x.text for x in toks[i:i + n]]
                if len(ws) == n and ws[:-1] == pre[:-1] and strip_name(ws[-1], lists, pack, vocab) == pre[-1] \
                        and not inside(t.start, toks[i + n - 1].end):
                    end = toks[i + n - 1].end
                    m = Mention(t.start, end, doc.text[t.start:end], " ".join(pre))
                    pcl.mentions.append((_Cand(0, n, "ORG", "rule"), m, list(pre)))
                    covered.append((t.start, end))
                    break
            if t.text[:3] not in short_heads:
                continue  # a bare name is a beginning of its word, and no short name begins so
            stem = strip_name(t.text, lists, pack, vocab)
            owners = short.get(stem) or short.get(t.text)
            if not owners or len(owners) != 1 or inside(t.start, t.end):
                continue
            cl = owners[0]
            a = t.start
            # a surname after a given name that is not its owner's is another person's full name:
            # "মির্জা ফখরুল ইসলাম" is not "শফিকুল ইসলাম" again; so is a given name before another surname
            # ("রফিক হোসেন" is not "রফিক আহমেদ")
            if cl.type == "PER" and any(len(k) >= 2 for k in cl.keys) and any(
                    0 <= j < len(toks) and toks[j].text in pack.name_parts
                    and not any(toks[j].text in k for k in cl.keys) for j in (i - 1, i + 1)):
                continue
            # a given name before a surname the article used alone: "তাপসকান্তি মজুমদার"
            if cl.type == "PER" and i > 0 and all(len(k) == 1 for k in cl.keys):
                given = toks[i - 1].text
                before = toks[i - 2].text if i > 1 else ""
                titled = any(before.endswith(x) for x in lists.titles if len(x) >= 3)
                if (given in pack.name_parts or (titled and given not in common)) and _BENGALI_WORD.match(given) \
                        and given not in lists.generic and not inside(toks[i - 1].start, toks[i - 1].end):
                    form = f"{given} {stem}"
                    cl.mentions.append((_Cand(0, 2, "PER", "rule"), Mention(toks[i - 1].start, t.end,
                                                                               doc.text[toks[i - 1].start:t.end], form),
                                        [given, stem]))
                    continue
            if cl.type == "PER" and i > 0 and (toks[i - 1].text in lists.titles
                                               or toks[i - 1].text.rstrip(".") in lists.honorifics):
                a = toks[i - 1].start
            if i > 0 and toks[i - 1].text == "." and i > 1 and toks[i - 2].text.rstrip(".") in lists.honorifics:
                a = toks[i - 2].start
            text = doc.text[a:t.end]
            form = doc.text[a:t.start] + stem
            c = _Cand(0, 1, cl.type, "rule")
            cl.mentions.append((c, Mention(a, t.end, text, form), [stem]))


def _same_part(a: str, b: str, pack: LanguagePack) -> bool:
    """One name part spelt two ways (লিন্ডকভিস্ট/লিন্ডকুইস্ট), but never two names the lists know
    apart or a known name and a near one (ইয়াসমিন is not ইয়াসিন): Bengali names differ by a letter."""
    if a == b:
        return True
    if a in pack.name_parts or b in pack.name_parts:
        return False
    return similar(a, b)


_VOWELS = re.compile("[ািীুূৃেৈোৌঅআইঈউঊএঐওঔ]")


@lru_cache(maxsize=50_000)
def _consonants(w: str) -> str:
    """A name part's consonants, spelling folded (see _norm): what its spellings keep
    ("রহমান"/"রাহমান", "হোসেন"/"হোসাইন"), and what two Bengali names one letter apart do not
    ("সাইফুল"/"সাইদুল")."""
    # (and the spellings of one sound names are written with: "আছাদুজ্জামান"/"আসাদুজ্জামান", "যাকির"/"জাকির";
    # a letter doubled or not: "আহম্মেদ"/"আহমেদ")
    folded = _VOWELS.sub("", _norm(w)).replace("ছ", "শ").replace("য", "জ").replace("ৎ", "ত")
    return re.sub(r"(.)\1+", r"\1", folded)


def _same_name(a: str, b: str, pack: LanguagePack) -> bool:
    """Two spellings of one name part: near (`similar`), and, when either is a Bengali name part the
    lists know, with the same consonants; two people of an article named one letter apart are
    two ("এসআই সাইফুল ইসলাম" and "বড় ভাই সাইদুল ইসলাম"), where a foreign name's spellings vary."""
    if a == b:
        return True
    if not similar(a, b):
        return False
    seen = _seen_names(pack.code)
    if a in pack.name_parts or b in pack.name_parts or a in seen or b in seen:
        # (or one with a letter more at its end: a case ending cut short, "সিদ্দিকুরের" read as সিদ্দিকু)
        x, y = sorted((_consonants(a), _consonants(b)), key=len)
        return x == y or (len(y) == len(x) + 1 and y.startswith(x))
    return True


@cache
def _seen_names(code: str) -> frozenset[str]:
    """Name parts the corpus shows standing as names (names-seen.tsv)."""
    return frozenset(load_pack(code).pairs("names-seen.tsv"))


def _abbrev_of(word: str, cl: _Cluster, pack: LanguagePack, text: str) -> bool:
    """Is `word` the abbreviation of an organisation: in brackets after it, or its initials?"""
    for _, m, _ in cl.mentions:
        after = text[m.end:m.end + len(word) + 6].lstrip()  # "… লিমিটেড (এনটিওএল)"
        if after.startswith("(") and after[1:].lstrip().startswith(word):
            return True
    acr = _acronym(word, pack)
    if not acr:
        return False
    for k in cl.keys:
        loan = pack.pairs("loanwords.tsv")
        initials = "".join((loan.get(w) or transliterate_word(w))[:1].upper() for w in k)
        if initials == acr:
            return True
    return False
