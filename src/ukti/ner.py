"""The Bengali NER tagger: a CRF (python-crfsuite) over rich token features.

Features are what a Bengali reader uses: the word and its stem without case ending, affixes,
shape, whether it is in the gazetteer (as the start or inside of a known name), a title or
honorific before it, an organisation head after it, a speech verb after it, and the same for
neighbours. Training (`ukti train ner`) and tagging share this one feature function.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ukti.lang import load_pack
from ukti.textutil import WORD_RE, strip_suffix

_BN_DIGIT = re.compile(r"[০-৯0-9]")
_BN_LETTER = re.compile(r"[\u0980-\u09ff]")
_LATIN = re.compile(r"[A-Za-z]")
NEAR_K2 = 2  # cluster granularities used for the words two away (coarse only)
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
    connectors: frozenset[str]  # "অব": a name's English "of", after which a place is the name's own
    # word -> lengths of the gazetteer phrases it (or its stem) starts, filled as words are met
    starts: dict[str, tuple[int, ...]] = field(default_factory=dict)
    starts_every_form: dict[str, tuple[int, ...]] = field(default_factory=dict)  # (see gazetteer_tags)


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
        connectors=frozenset(names.get("connectors", {}).get("words", [])),
        titles=frozenset(w for t in names.get("titles", {}).get("words", []) for w in [t.split()[-1]]),
        org_heads=frozenset(names.get("org_heads", {}).get("words", [])),
        cues=frozenset(names.get("person_cues", {}).get("words", [])),
        name_parts=frozenset(pack.name_parts),
        common=frozenset(_read_words(pack.path / "common-words.txt")),
    )


_DIGIT = re.compile(r"[0-9০-৯]")


def norm_word(w: str) -> str:
    """The key a word is clustered under (`ukti train clusters`): Latin lower-cased, digits as 0."""
    return _DIGIT.sub("0", w.lower() if w.isascii() else w)


@cache
def clusters(code: str = "bn") -> dict[str, tuple[str, ...]]:
    """Word -> cluster ids, coarse to fine (clusters.tsv, trained on real news by `ukti train
    clusters`). Empty when the pack has none, and the tagger then runs without them."""
    path = load_pack(code).path / "clusters.tsv"
    if not path.exists():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                w, *ids = line.rstrip("\n").split("\t")
                out[w] = tuple(ids)
    return out


def word_clusters(w: str, st: str, code: str = "bn") -> tuple[str, ...]:
    """The word's cluster ids, else its stem's (a case-ended form unseen in the corpus)."""
    table = clusters(code)
    return table.get(norm_word(w)) or table.get(norm_word(st)) or ()


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


def vowel_genitive_stem(w: str) -> str:
    """A name ending in the vowel letter "এ" takes the genitive "-র" ("বিজিএমইএর" = বিজিএমইএ + র), which
    the case endings read as "-এর"; the stem with only the "র" cut ("" when there is none)."""
    return w[:-1] if w.endswith(("এর",)) and len(w) > 3 else ""


def locative_e_stem(w: str) -> str:
    """A name ending in "ত" takes the locative "-ে" ("ভারতে" = ভারত + ে, in India), which the case
    endings read as "-তে"; the stem with only the "ে" cut ("" when there is none)."""
    return w[:-1] if w.endswith("তে") and len(w) > 3 else ""


def gazetteer_tags(words: Sequence[str], lex: FeatureLexicon, every_form: bool = False) -> list[str]:
    """B-TYPE/I-TYPE/O per token from the longest gazetteer match (last word may be inflected).

    As a feature of the tagger (the default) the phrases a word may open are those of the first of
    the word, its stem and its vowel genitive stem that opens any, as the shipped model was trained.
    With every_form (to fill what the tagger left untagged), all three: "জাতিসংঘের" opens phrases of
    its own ("জাতিসংঘের শরণার্থী সংস্থা") and is "জাতিসংঘ" in the genitive too; and an inflected place
    after a name's "of" is that name's ("ডক্টরস অ্যাসোসিয়েশন অব বাংলাদেশের")."""
    tags = ["O"] * len(words)
    starts = lex.starts_every_form if every_form else lex.starts
    i = 0
    while i < len(words):
        found = 0
        first = words[i]
        lengths = starts.get(first)
        if lengths is None:
            if len(starts) > 300_000:
                starts.clear()
            forms: tuple[tuple[int, ...], ...] = (
                lex.gaz_lengths.get(first, ()), lex.gaz_lengths.get(strip_suffix(first, lex.suffixes), ()),
                lex.gaz_lengths.get(vowel_genitive_stem(first), ()))
            if every_form:  # (not a feature the shipped tagger was trained with)
                forms = (*forms, lex.gaz_lengths.get(locative_e_stem(first), ()))
            lengths = starts[first] = tuple(sorted({n for f in forms for n in f}, reverse=True)) if every_form \
                else next((f for f in forms if f), ())
        for n in lengths:
            if i + n > len(words):
                continue
            seq = tuple(words[i:i + n])
            typ = lex.gaz_phrases.get(seq)
            inflected = not (every_form and i > 0 and words[i - 1] in lex.connectors)
            if typ is None and inflected:
                typ = lex.gaz_phrases.get((*seq[:-1], strip_suffix(seq[-1], lex.suffixes)))
            if typ is None and inflected:
                typ = lex.gaz_phrases.get((*seq[:-1], vowel_genitive_stem(seq[-1])))
            if typ is None and inflected and every_form:
                typ = lex.gaz_phrases.get((*seq[:-1], locative_e_stem(seq[-1])))
            if typ:
                tags[i] = "B-" + typ
                for k in range(i + 1, i + n):
                    tags[k] = "I-" + typ
                found = n
                break
        i += found or 1
    return tags


_Own = tuple[tuple[str, ...], str, str, tuple[str, ...], tuple[str, ...]]  # see _word_features


@lru_cache(maxsize=200_000)
def _word_features(w: str, code: str = "bn") -> _Own:
    """A word's own features (all but the gazetteer tag, which depends on its neighbours), its
    stem, its shape feature, its flags and its cluster ids (which its neighbours' features use
    too). Cached: news repeats its words."""
    lex = lexicon(code)
    st = strip_suffix(w, lex.suffixes)
    shp = shape(w)
    sh = f"sh={shp}"
    f = [f"w={w}", f"st={st}", sh, f"p2={w[:2]}", f"s2={w[-2:]}", f"s3={w[-3:]}", f"s1={w[-1:]}",
         f"len={min(len(w), 8)}", f"p3={st[:3]}", f"ss3={st[-3:]}"]
    if w != st:
        f.append(f"suf={w[len(st):]}")
    f.extend(f"c3={st[k:k + 3]}" for k in range(0, max(1, len(st) - 2)))
    cl = word_clusters(w, st, code)
    if cl:
        f.extend(f"k{n}={c}" for n, c in enumerate(cl))
    elif shp == "bn" and clusters(code):
        f.append("k=none")  # not even its stem in a million words of news: a rare name, often
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
    if lex.common and shp == "bn" and w not in lex.common and st not in lex.common:
        flags.append("uncommon")
    return (*f, *flags), st, sh, tuple(flags), cl


@lru_cache(maxsize=200_000)
def _neighbour_features(w: str, off: int, code: str = "bn") -> tuple[str, ...]:
    return _near_features(w, off, _word_features(w, code), code)


def _near_features(w: str, off: int, own: _Own, code: str = "bn") -> tuple[str, ...]:
    """The features a word gives the token `off` places away, from the word's own `own`."""
    _, st, sh, flags, cl = own
    out = [f"{off}:w={w}"]
    # the neighbours' clusters: "a given name before", "an organisation word after" for words
    # the training file never had next to a name
    out.extend(f"{off}:k{n}={c}" for n, c in enumerate(cl if abs(off) == 1 else cl[:NEAR_K2]))
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


_tagger_path: Path | None = None  # set by training to measure a model not (yet) shipped


@cache
def _tagger() -> Any:
    """The shipped model opened in python-crfsuite (training's check, and the source of the weights)."""
    import pycrfsuite

    model = _tagger_path or load_pack("bn").ner_model
    if model is None:
        return None
    t = pycrfsuite.Tagger()
    t.open(str(model))
    return t


Vec = tuple[float, ...]


class FastTagger:
    """The CRF's Viterbi decoding in Python over per-word-type score vectors.

    Why: handing python-crfsuite ~60 feature strings per token costs more than the tagging
    itself. A linear-chain CRF's score for a label is a sum of feature weights, and all but a
    handful of a token's features depend on one word alone (its own features, or a neighbour's
    seen from a fixed offset). So the weights are summed once per word type and offset (cached),
    and a token costs a few cached look-ups, one vector sum and the Viterbi step (generated
    code with the transition weights as constants). Decoding allows an I-X only after B-X or
    I-X (valid BIO); otherwise the tags are python-crfsuite's own.
    """

    def __init__(self, tagger: Any) -> None:
        self.labels: list[str] = list(tagger.labels())
        idx = {lab: k for k, lab in enumerate(self.labels)}
        n = len(self.labels)
        self.zero: Vec = (0.0,) * n
        state: dict[str, list[float]] = {}
        trans = [[0.0] * n for _ in range(n)]
        for section, attr, lab, w in _dumped_weights(tagger):
            if section == "STATE_FEATURES":
                state.setdefault(attr, [0.0] * n)[idx[lab]] = w
            else:
                trans[idx[attr]][idx[lab]] = w
        self.state: dict[str, Vec] = {a: tuple(v) for a, v in state.items()}
        self.bi_first = frozenset(a[3:].split("|", 1)[0] for a in self.state if a.startswith("bi="))
        self.bn_first = frozenset(a[3:].split("|", 1)[0] for a in self.state if a.startswith("bn="))
        self._entry: dict[str, tuple[Vec, Vec, Vec, Vec, Vec]] = {}
        self._same: dict[Vec, Vec] = {}
        self._ctx: dict[tuple[str, ...], Vec] = {}
        self._run = _make_decoder(self.labels, trans)
        self._pad = (self.zero,) * 5

    def _sum(self, attrs: Iterable[str]) -> Vec:
        state = self.state
        vecs = [state[a] for a in attrs if a in state]
        if not vecs:
            return self.zero
        v = tuple(map(sum, zip(*vecs, strict=True)))
        # many words share a sum (a neighbour known only by its clusters): keep one copy
        return self._same.setdefault(v, v)

    def entry(self, w: str) -> tuple[Vec, Vec, Vec, Vec, Vec]:
        """A word type's summed weights: as the token itself, then as the word 2 before, 1
        before, 1 after and 2 after a token."""
        e = self._entry.get(w)
        if e is None:
            if len(self._entry) > 100_000:  # ~1 kB a word: bounded for a long ingest
                self._entry.clear()
                self._same.clear()
            # the feature strings are built uncached: once summed they are not needed again,
            # and caching them would hold ~10 kB a word
            own = _word_features.__wrapped__(w, "bn")
            near = _near_features
            e = self._entry[w] = (self._sum(("bias", *own[0])), self._sum(near(w, -2, own)),
                                  self._sum(near(w, -1, own)), self._sum(near(w, 1, own)),
                                  self._sum(near(w, 2, own)))
        return e

    def context(self, key: tuple[str, ...]) -> Vec:
        """Weights of the gazetteer tags of a token and its neighbours ("" beyond the edge)."""
        v = self._ctx.get(key)
        if v is None:
            attrs = [f"g={key[2]}"]
            for off, g in zip((-2, -1, 1, 2), (key[0], key[1], key[3], key[4]), strict=True):
                attrs.append(f"{off}:g={g}" if g else f"{off}:BOUND")
            v = self._ctx[key] = self._sum(attrs)
        return v

    def bigrams(self, words: Sequence[str], i: int, x: Vec) -> Vec:
        """x plus the weights of the word pairs around token i, where the model has them."""
        n = len(words)
        for key in ((f"bi={words[i - 2]}|{words[i - 1]}" if i >= 2 and words[i - 2] in self.bi_first else ""),
                    (f"bn={words[i]}|{words[i + 1]}" if i + 1 < n and words[i] in self.bn_first else "")):
            extra = self.state.get(key) if key else None
            if extra:
                x = tuple(a + b for a, b in zip(x, extra, strict=True))
        return x

    def tag(self, words: Sequence[str], gaz: Sequence[str]) -> list[str]:
        cache, entry = self._entry, self.entry
        ents = [self._pad, self._pad, *[cache.get(w) or entry(w) for w in words], self._pad, self._pad]
        n, context = len(words), self.context
        if gaz.count("O") == n and n >= 4:  # most sentences: no gazetteer name, one vector inside
            xs = [context(("O",) * 5)] * n
            xs[0], xs[1] = context(("", "", "O", "O", "O")), context(("", "O", "O", "O", "O"))
            xs[-2], xs[-1] = context(("O", "O", "O", "O", "")), context(("O", "O", "O", "", ""))
        else:
            g = ["", "", *gaz, "", ""]
            xs = [context((g[i], g[i + 1], g[i + 2], g[i + 3], g[i + 4])) for i in range(n)]
        labels = self.labels
        return [labels[k] for k in self._run(words, xs, ents, self)]


def _dumped_weights(tagger: Any) -> Iterator[tuple[str, str, str, float]]:
    """(section, from, to, weight) of the model's transitions and state features, read from
    crfsuite's text dump: `Tagger.info()` reads the same dump with a regex a line, at three
    times the cost, and model load must stay well under half a second."""
    import os
    import tempfile

    fd, name = tempfile.mkstemp(suffix=".txt")
    try:
        os.close(fd)
        tagger.dump(name)
        text = Path(name).read_text(encoding="utf-8")
    finally:
        Path(name).unlink(missing_ok=True)
    section = ""
    for line in text.split("\n"):
        if line.endswith(" = {"):
            section = line[:-4].strip()
        elif section in ("TRANSITIONS", "STATE_FEATURES") and line.startswith("  ("):
            body, weight = line[line.index(") ") + 2:].rsplit(": ", 1)
            src, dst = body.rsplit(" --> ", 1)
            yield section, src, dst, float(weight)


def _make_decoder(labels: Sequence[str], trans: Sequence[Sequence[float]]) -> Any:
    """Scoring and Viterbi for these labels and transition weights as one straight-line Python
    function (a loop over 9x9 cells costs three times as much). I-X may follow only B-X or
    I-X, and no sentence starts with one."""
    n = len(labels)
    prev = [[i for i in range(n) if not labels[j].startswith("I-") or labels[i][2:] == labels[j][2:]]
            for j in range(n)]
    d = ", ".join(f"d{j}" for j in range(n))
    lines = ["def run(words, xs, ents, ft):",
             "    bi, bn, bigrams = ft.bi_first, ft.bn_first, ft.bigrams",
             "    hist = []", "    nw = len(words)", "    for i in range(nw):",
             "        x = xs[i]",
             "        if (i >= 2 and words[i - 2] in bi) or (i + 1 < nw and words[i] in bn):",
             "            x = bigrams(words, i, x)"]
    # each vector unpacked into locals once (o0 … o8): cheaper than indexing it once per label
    for name, at, k in (("o", 2, 0), ("a", 0, 1), ("b", 1, 2), ("c", 3, 3), ("f", 4, 4)):
        lines.append(f"        {', '.join(f'{name}{j}' for j in range(n))} = ents[i + {at}][{k}]")
    lines.append(f"        {', '.join(f'x{j}' for j in range(n))} = x")
    emit = [f"o{j} + a{j} + b{j} + c{j} + f{j} + x{j}" for j in range(n)]
    lines += ["        if i == 0:",
              f"            {d} = " + ", ".join("-1e30" if labels[j].startswith("I-") else emit[j] for j in range(n)),
              f"            hist.append(({d},))", "            continue"]
    for j in range(n):
        if len(prev[j]) == 2:
            p, q = prev[j]
            lines += [f"        u = d{p} + {trans[p][j]!r}", f"        v = d{q} + {trans[q][j]!r}",
                      f"        n{j} = {emit[j]} + (u if u > v else v)"]
        else:
            lines.append(f"        n{j} = {emit[j]} + max({', '.join(f'd{i} + {trans[i][j]!r}' for i in prev[j])})")
    lines += [f"        {d} = " + ", ".join(f"n{j}" for j in range(n)), f"        hist.append(({d},))",
              "    last = hist[-1]", "    j = last.index(max(last))", "    path = [j]",
              "    for t in range(len(hist) - 2, -1, -1):",
              "        v = list(map(add, hist[t], COLS[j]))",  # -inf-like weights keep I-X's other cells out
              "        j = v.index(max(v))", "        path.append(j)",
              "    path.reverse()", "    return path"]
    # the backtrack takes the best predecessor among PREV only: the other cells get -1e30
    cols = [[trans[i][j] if i in prev[j] else -1e30 for i in range(n)] for j in range(n)]
    scope: dict[str, Any] = {"COLS": cols, "add": operator.add}
    exec("\n".join(lines), scope)  # generated from the model's own numbers only
    return scope["run"]


@cache
def _fast_tagger() -> FastTagger | None:
    t = _tagger()
    return FastTagger(t) if t is not None else None


def tag_words(words: Sequence[str]) -> list[str]:
    """BIO tags (PER, ORG, LOC, TIME) for one sentence of words."""
    return tag_words_and_gazetteer(words)[0]


def tag_words_and_gazetteer(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """The model's tags (gaps filled from the gazetteer) and the gazetteer's own tags."""
    if not words:
        return [], []
    lex = lexicon()
    gaz = gazetteer_tags(words, lex)
    tagger = _fast_tagger()
    if tagger is None:
        return ["O"] * len(words), gaz
    tags = tagger.tag(words, gaz)
    gaz = gazetteer_tags(words, lex, every_form=True)
    if gaz.count("O") == len(gaz):
        return tags, gaz
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
    """`ukti tag --conll`: token or token<TAB>tag lines in, token<TAB>predicted tag out.

    The words are tagged in NFC, as the pipeline's readers hand them over and as the model,
    the clusters and the gazetteers hold them (a CoNLL file may write য় and ড় precomposed,
    which NFC splits), and written back as they came."""
    for sent in read_conll_sentences(lines):
        words = [cols[0] for cols in sent]
        for w, t in zip(words, tag_words([unicodedata.normalize("NFC", w) for w in words]), strict=True):
            yield f"{w}\t{t}"
        yield ""

