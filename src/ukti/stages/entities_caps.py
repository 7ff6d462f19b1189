"""People, organisations and places in scripts that capitalise names (English).

No statistical model installs offline for English (see the README), so names are found the way
a reader skims: runs of capitalised words (with "of", "and", "&" between them), typed by the
pack's gazetteer, organisation head words, honorifics and titles, and merged within the article
(a surname alone, an honorific with the surname, an acronym in brackets, a short form of an
organisation). All words come from the pack: `names.toml` (honorifics, titles, org_heads,
not_names), `time.toml` (months and weekdays are not names) and `gazetteer.tsv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from ukti.lang import load_pack
from ukti.model import Document, Entity, Mention

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.\-&]*|&|[0-9]+|\S")
_CONNECT = {"of", "and", "&", "for", "de", "upon", "on"}
_PLACE_BEFORE = {"in", "at", "near", "from", "to", "across", "outside", "inside", "into"}
_ABBREVIATIONS = {"Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "St"}


@dataclass(frozen=True, slots=True)
class _Lists:
    honorifics: frozenset[str]
    titles: frozenset[str]
    org_heads: frozenset[str]
    not_names: frozenset[str]
    person_openers: frozenset[str]  # "Md": opens a person's name, so a body's name before it ends
    portfolio_titles: frozenset[str]  # "Adviser": a word alone before one is its portfolio ("Finance")
    gazetteer: dict[str, tuple[str, str]]  # form -> (type, canonical name)


@cache
def _lists(code: str) -> _Lists:
    pack = load_pack(code)
    names = pack.table("names")
    time = pack.table("time")
    words = set(names.get("not_names", {}).get("words", []))
    words |= set(time.get("months", {})) | set(time.get("weekdays", {}))
    return _Lists(
        honorifics=frozenset(w.rstrip(".") for w in names.get("honorifics", {}).get("words", [])),
        titles=frozenset(w.rstrip(".") for w in names.get("titles", {}).get("words", [])),
        org_heads=frozenset(names.get("org_heads", {}).get("words", [])),
        not_names=frozenset(words),
        person_openers=frozenset(names.get("person_openers", {}).get("words", [])),
        portfolio_titles=frozenset(names.get("portfolio_titles", {}).get("words", [])),
        gazetteer={form: (e.type, e.name) for form, e in pack.gazetteer.items()})


def uses_capitals(code: str) -> bool:
    return load_pack(code).table("names").get("recognise") == "capitals"


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    words: list[str]
    type: str


@dataclass(slots=True)
class _Cluster:
    type: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    known: bool = False


def _is_cap(w: str) -> bool:
    return w[:1].isupper() and any(c.isalpha() for c in w)


def _scan(text: str, a: int, b: int, lists: _Lists, sentence_start: bool = True) -> list[_Found]:
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, a, b)]
    out: list[_Found] = []
    i = 0
    while i < len(toks):
        w = toks[i][0]
        if not _is_cap(w) or w.rstrip(".") in lists.honorifics or w.rstrip(".") in lists.titles:
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            nxt = toks[j][0]
            if nxt in lists.person_openers and toks[j - 1][0] in lists.org_heads:
                break  # "… Police Station Md Abdul Karim": the body ends, a person's name begins
            if _is_cap(nxt) and nxt.rstrip(".") not in lists.titles:
                j += 1
            elif nxt in _CONNECT and j + 1 < len(toks) and _is_cap(toks[j + 1][0]):
                j += 2
            else:
                break
        # "Kenya's Harbour Authority": a possessive ends a name; what follows is scanned anew
        for k in range(i, j - 1):
            if toks[k][0].endswith(("'s", "’s")):
                j = k + 1
                break
        run = [t[0] if t[0].rstrip(".") in _ABBREVIATIONS else t[0].rstrip(".") for t in toks[i:j]]
        # "Kenya's", "Novaterra’s": the possessive is not part of the name
        end = toks[j - 1][1] + len(run[-1])
        for pos in ("'s", "’s"):
            if run[-1].endswith(pos):
                run[-1], end = run[-1][: -len(pos)], end - len(pos)
        # "Shares of Novaterra …": a sentence's common first word and its "of" are not the name
        skipped = 0  # tokens of the run dropped at its start (run[k] is toks[i + skipped + k])
        if (i == 0 or toks[i - 1][0] in ('"', "“")) and len(run) > 2 and run[1] in _CONNECT \
                and run[0] not in lists.gazetteer:
            run, skipped = run[2:], 2
        # "Dale Whitcomb of Utah", "Nevada and New Mexico": two names, unless the first is an
        # organisation's head ("Ministry of Finance", "… Supply and Sewerage Authority")
        for k, w in enumerate(run):
            if w in ("of", "and", "&") and 0 < k < len(run) - 1 and run[k - 1] not in lists.org_heads \
                    and run[-1] not in lists.org_heads and " ".join(run) not in lists.gazetteer:
                # the token that opens the rest, after the link word: a search for its text from
                # the run's start would find "New" of "New York and New Jersey" again, forever
                rest_start = toks[i + skipped + k + 1][1]
                parts = _scan(text, rest_start, end, lists, sentence_start=False)
                if w == "of":  # "Amina Odhiambo of Mombasa": where someone is from is a place
                    for p in parts:
                        if " ".join(p.words) not in lists.gazetteer:
                            p.type = "LOC"
                out.extend(parts)
                run = run[:k]
                end = text.index(run[-1], toks[i][1]) + len(run[-1])
                break
        # a sentence's first word is a name only when more follows or the gazetteer knows it
        first_word = (i == 0 and sentence_start) or (i > 0 and toks[i - 1][0] in ('"', "“", "(", "—", "-", ":"))
        # (a known name is whole with its "The": "The Daily Star has learnt …")
        known_whole = " ".join(run) in lists.gazetteer
        while run and not known_whole and (run[0] in lists.not_names or (first_word and len(run) == 1
                                                     and run[0] not in lists.gazetteer
                                                     and run[0].title() not in lists.gazetteer)):
            if len(run) == 1:
                run = []
                break
            run, first_word = run[1:], False
        # a word alone right before a government title is its portfolio ("Finance Adviser X", "Home
        # Secretary Y"), not a name of its own (an acronym is: "BNP Secretary General …"; a firm
        # before "Managing Director" is: "Walton Managing Director …")
        if len(run) == 1 and j < len(toks) and toks[j][0].rstrip(".") in lists.portfolio_titles \
                and not run[0].isupper() and run[0] not in lists.gazetteer:
            run = []
        if run and run[-1] not in lists.not_names:
            start = text.index(run[0], toks[i][1])
            before = [t[0].rstrip(".") for t in toks[max(0, i - 3):i]]
            titled = bool(before) and (before[-1] in lists.honorifics or before[-1] in lists.titles)
            typ = _type(run, before, lists, titled)
            if before and before[-1] in lists.honorifics:  # "Ms Okafor": the honorific stays in the mention
                start = toks[i - 1][1]
            out.append(_Found(start, end, run, typ))
        i = max(j, i + 1)
    return out


def _type(run: list[str], before: list[str], lists: _Lists, titled: bool) -> str:
    name = " ".join(run)
    known = lists.gazetteer.get(name) or lists.gazetteer.get(name.title())
    if known:
        return known[0]
    if run[-1] in lists.org_heads or (len(run) == 1 and run[0].isupper() and len(run[0]) >= 2):
        return "ORG"
    if titled:
        return "PER"
    if before and before[-1] in _PLACE_BEFORE:
        return "LOC"
    return "PER" if 2 <= len(run) <= 3 else "ORG"


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def entities(doc: Document) -> Document:
    """The article's entities, each with every form it goes by."""
    lists = _lists(doc.lang)
    skip = {i for i, ln in enumerate(doc.lines) if ln.boilerplate in ("share", "comments", "ad", "related")}
    found: list[_Found] = []
    for s in doc.sentences:
        if s.line not in skip:
            found += _scan(doc.text, s.start, s.end, lists)
    clusters: list[_Cluster] = []
    by_form: dict[str, _Cluster] = {}
    text = doc.text
    for f in sorted(found, key=lambda x: (-len(x.words), x.start)):  # full names first
        form = " ".join(f.words)
        mention = Mention(f.start, f.end, text[f.start:f.end], text[f.start:f.end])
        cl = by_form.get(form) or _alias_of(f, clusters)
        if cl is None:
            known = lists.gazetteer.get(form) or lists.gazetteer.get(form.title())
            cl = _Cluster(f.type, known[1] if known else form, known=bool(known))
            clusters.append(cl)
        cl.mentions.append(mention)
        by_form.setdefault(form, cl)
    # "(KCAA)" right after an organisation is its short name
    for cl in clusters:
        for m in list(cl.mentions):
            if cl.type != "ORG" or not m.text.isupper():
                continue
            owner = next((o for o in clusters if o is not cl and o.type == "ORG" and any(
                text[x.end:m.start].strip() == "(" for x in o.mentions)), None)
            if owner is not None and _acronym(owner.name.split()) == m.text:
                owner.mentions += cl.mentions
                cl.mentions = []
    ents = []
    for n, cl in enumerate(c for c in clusters if c.mentions):
        mentions = sorted(cl.mentions, key=lambda m: m.start)
        ents.append(Entity(id=f"e{n + 1}", type=cl.type, name=cl.name, mentions=mentions,  # type: ignore[arg-type]
                           source="gazetteer" if cl.known else "rule"))
    return replace(doc, entities=ents)


def _alias_of(f: _Found, clusters: list[_Cluster]) -> _Cluster | None:
    """A shorter form of a name already found: a surname ("Kamau" of "Peter Kamau"), the first
    word of an organisation ("SkyMara" of "SkyMara Airways"), or its acronym ("ADB")."""
    form = " ".join(f.words)
    for cl in clusters:
        parts = cl.name.split()
        if len(parts) < 2 or len(f.words) >= len(parts):
            continue
        if cl.type == "PER" and form == parts[-1]:
            return cl
        if cl.type == "ORG" and f.type != "LOC" and (form == parts[0] or form == " ".join(parts[:len(f.words)])
                                                     or (form.isupper() and form == _acronym(parts))):
            return cl  # (a place that starts an organisation's name is the place: "in Dhaka")
    return None
