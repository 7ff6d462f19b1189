"""Boilerplate, title, credited origin, outlet and region.

Boilerplate is decided line by line from the pack's patterns: page furniture is short and
formulaic, and a wrong guess on one line never removes its neighbours. Scraped pages often
keep a whole article on one line, with its furniture inside it ("ময়মনসিংহ প্রতিনিধি || …",
"… আরো পড়ুন: …", "… ঢাকা/এএএম/ইভা"): such spans are found by the pack's in-line patterns
and by two repetition tests (a pull quote repeated before its quotation, a body scraped twice),
and the line is cut into pieces, each a `Line` of its own with or without a kind. Sentences
never cross a piece, so statement extraction skips furniture as it skips boilerplate lines.
Labelled spans stay in the text (offsets keep pointing into it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ukti.lang import LanguagePack, load_pack
from ukti.model import BoilerplateKind, Document, Line, Origin
from ukti.stages.segment import split_lines, unwrap_lines

_URL = re.compile(r"https?://\S+|www\.\S+")


@cache
def _compiled(code: str) -> list[tuple[BoilerplateKind, int, list[re.Pattern[str]]]]:
    pack = load_pack(code)
    out = []
    for kind in pack.table("boilerplate").get("kind", []):
        out.append((kind["name"], int(kind.get("max_chars", 200)), [re.compile(p) for p in kind["patterns"]]))
    return out


@cache
def _inline(code: str) -> list[tuple[BoilerplateKind, tuple[str, ...], list[re.Pattern[str]]]]:
    """(kind, words one of which a line must have for the patterns to be tried (none: always), patterns)."""
    pack = load_pack(code)
    return [(k["name"], tuple(k.get("needs", ())), [re.compile(p) for p in k["patterns"]])
            for k in pack.table("boilerplate").get("inline", [])]


_SENT_END = re.compile(r"[।?!]+[”’\"']?")
_PULL_DASH = re.compile(r"[।?!]\s?[-–—]\s*(?=[\u0980-\u09ff])")
_WORDS = re.compile(r"[\u0980-\u09ff\u200c\u200dA-Za-z0-9]+")


def _sentences(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Rough sentences of text[a:b] (end marks kept), enough to compare repeated passages."""
    out, s = [], a
    for m in _SENT_END.finditer(text, a, b):
        if text[s:m.end()].strip():
            out.append((s, m.end()))
        s = m.end()
    if text[s:b].strip():
        out.append((s, b))
    return [(x + len(text[x:y]) - len(text[x:y].lstrip()), y) for x, y in out]


def _key(s: str) -> str:
    return " ".join(_WORDS.findall(s))


def _pull_quotes(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Pull quotes run into the body: sentences closed by "।- NAME, TITLE" whose words are quoted
    again later in the text. The span runs to the end of the name (as far as the words after the
    dash are found again, where the quotation is attributed)."""
    out = []
    for m in _PULL_DASH.finditer(text, a, b):
        later = f" {_key(text[m.end():])} "
        sents = _sentences(text, a, m.start() + 1)
        run_start, gap = None, 0
        for x, y in reversed(sents):
            key = _key(text[x:y])
            if len(key.split()) >= 3 and f" {key} " in later:
                run_start, gap = x, 0
            elif run_start is not None and gap == 0 and len(sents) > 1:
                gap = 1  # one sentence spelt differently in the quotation
            else:
                break
        if run_start is None:
            continue
        words = list(_WORDS.finditer(text, m.end(), min(b, m.end() + 200)))
        n = 0
        for k in range(1, min(len(words), 12) + 1):
            if f" {_key(text[words[0].start():words[k - 1].end()])} " in f" {_key(text[words[k - 1].end():])} ":
                n = k
        n = n or min(len(words), 4)
        if n:
            out.append((run_start, words[n - 1].end()))
    return out


def _doubled(text: str, a: int, b: int, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A body scraped twice on one line: a run of at least three sentences (and 150 characters)
    that repeats an earlier run word for word is the copy; the first stays the body. Pull quotes
    (`quoted`) are furniture already: the body's quotation that repeats them is no copy."""
    sents = _sentences(text, a, b)
    if len(sents) < 6:
        return []  # a run of three and its copy: most lines (a paragraph each) are too short for one
    keys = [_key(text[x:y]) for x, y in sents]
    seen: dict[str, int] = {}
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(sents):
        j0 = seen.get(keys[i])
        if j0 is not None and keys[i]:
            n = 0
            while i + n < len(sents) and j0 + n < i and keys[j0 + n] == keys[i + n]:
                n += 1
            if n >= 3 and sents[i + n - 1][1] - sents[i][0] >= 150:
                out.append((sents[i][0], sents[i + n - 1][1]))
                i += n
                continue
        if not any(x <= sents[i][0] < y for x, y in quoted):
            seen.setdefault(keys[i], i)
        i += 1
    return out


def inline_spans(text: str, start: int, end: int, code: str) -> list[tuple[int, int, BoilerplateKind]]:
    """Furniture inside one line of text[start:end], as (start, end, kind), sorted, not overlapping."""
    found: list[tuple[int, int, BoilerplateKind]] = []
    line = text[start:end]
    for kind, needs, patterns in _inline(code):
        if needs and not any(n in line for n in needs):
            continue
        for p in patterns:
            for m in p.finditer(line):
                g = "bp" if "bp" in p.groupindex else 0
                if m.start(g) < m.end(g):
                    found.append((start + m.start(g), start + m.end(g), kind))
    pulled = _pull_quotes(text, start, end)
    found += [(x, y, "other") for x, y in pulled]
    found += [(x, y, "other") for x, y in _doubled(text, start, end, pulled)]
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, BoilerplateKind]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def _pieces(ln: Line, spans: list[tuple[int, int, BoilerplateKind]], text: str) -> list[Line]:
    out, pos = [], ln.start
    for a, b, kind in spans:
        if text[pos:a].strip():
            out.append(Line(pos, a, text[pos:a]))
        out.append(Line(a, b, text[a:b], kind))
        pos = b
    if text[pos:ln.end].strip() or not out:
        out.append(Line(pos, ln.end, text[pos:ln.end]))
    return out


def classify_line(text: str, code: str) -> BoilerplateKind | None:
    s = text.strip()
    if not s:
        return None
    for name, max_chars, patterns in _compiled(code):
        if len(s) <= max_chars and any(p.search(s) for p in patterns):
            return name
    return None


def _host(url: str) -> str:
    host = urlparse(url if "//" in url else "http://" + url).hostname or ""
    return host.removeprefix("www.")


def own_outlet(url: str | None, source: str | None, pack: LanguagePack) -> str | None:
    """The outlet that publishes the article: from its web address, else from a saved file whose
    name begins with the outlet's short name ("prothomalo-budget.txt"), by the pack's `outlets`
    table; an unknown web host names itself. None when neither tells."""
    table: dict[str, str] = pack.table("origin").get("outlets", {})

    def named(form: str) -> str:
        entry = pack.gazetteer.get(form)
        return entry.name if entry else form

    if url:
        parsed = urlparse(url if "//" in url else "http://" + url)
        host, path = _host(url), parsed.path.strip("/")
        for key, form in sorted(table.items(), key=lambda kv: -len(kv[0])):  # host and path first
            key_host, _, key_path = key.partition("/")
            if "." in key_host and (host == key_host or host.endswith("." + key_host)) and (
                    not key_path or path == key_path or path.startswith(key_path + "/")):
                return named(form)
        entry = pack.gazetteer.get(host)
        return entry.name if entry else host or None
    if source and source != "-":
        first = re.split(r"[-_.\s]", Path(source).name.casefold(), maxsplit=1)[0]
        if len(first) >= 4:
            for key, form in table.items():
                if first == key or ("." in key and "/" not in key and first == key.split(".")[0]):
                    return named(form)
    return None


def url_lang(url: str, pack: LanguagePack) -> str | None:
    table = pack.table("origin")
    host = _host(url)
    for known, lang in table.get("host_lang", {}).items():
        if host == known or host.endswith("." + known):
            return str(lang)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    lang = table.get("tld_lang", {}).get(tld)
    return str(lang) if lang else None


def find_origin(lines: list[Line], lang: str, pack: LanguagePack) -> Origin | None:
    table = pack.table("origin")
    adapted = tuple(table.get("translation", {}).get("adapted", []))
    services: dict[str, str] = table.get("translation", {}).get("own_language_services", {})
    for ln in lines:
        if ln.boilerplate != "source":
            continue
        s = ln.text.strip()
        credit = re.match(r"^খবর\s+(.+?)(?:-এর|-র|এর|ের|র)\s*।?$", s)
        if credit:  # "খবর বিবিসির।": the report this one retells, in its own language
            name = services.get(credit.group(1), credit.group(1))
            entry = pack.gazetteer.get(name)
            olang = entry.lang if entry and entry.lang else (lang if credit.group(1) in services else None)
            return Origin(url=None, lang=olang, translated=bool(olang and olang != lang),
                          source=entry.name if entry else name)
        m = _URL.search(s)
        if m:
            url = m.group(0).rstrip(".,;)|")
            olang = url_lang(url, pack)
            return Origin(url=url, lang=olang, translated=bool(olang and olang != lang))
        name = s.rstrip("।. ")
        for word in adapted:
            if name.endswith(word):
                name = name[: -len(word)].strip()
                entry = pack.gazetteer.get(name)
                olang = entry.lang if entry and entry.lang else None
                source = entry.name if entry else name
                return Origin(url=None, lang=olang, translated=bool(olang is None or olang != lang), source=source)
        m2 = re.match(r"^(সূত্র|সুত্র|তথ্যসূত্র|Source)\s*[:：]\s*(.+)$", s)
        if m2:
            name = m2.group(2).strip(" ।.")
            entry = pack.gazetteer.get(name)
            olang = entry.lang if entry and entry.lang else None
            return Origin(url=None, lang=olang, translated=bool(olang and olang != lang),
                          source=entry.name if entry else name)
    return None


def guess_region(doc: Document, pack: LanguagePack) -> str | None:
    table: dict[str, Any] = pack.table("origin")
    if doc.meta.url:
        host = _host(doc.meta.url)
        for known, region in table.get("host_region", {}).items():
            if host == known or host.endswith("." + known):
                return str(region)
        if host.endswith(".bd"):
            return "BD"
        if host.endswith(".in"):
            return "IN"
    if doc.lang != "bn":
        return None
    head = doc.text[:4000]
    scores = {region: sum(head.count(w) for w in words) for region, words in table.get("region", {}).items()}
    if not scores or max(scores.values()) == 0:
        return "BD"  # most Bengali news is Bangladeshi
    return str(max(scores, key=lambda r: scores[r]))


def clean(doc: Document) -> Document:
    pack = load_pack(doc.lang)
    physical = unwrap_lines(split_lines(doc.text), doc.text)
    whole = [replace(ln, boilerplate=classify_line(ln.text, pack.code)) for ln in physical]
    body = [ln for ln in whole if ln.text.strip() and not ln.boilerplate]
    lines: list[Line] = []
    for ln in whole:
        spans = inline_spans(doc.text, ln.start, ln.end, pack.code) if ln.text.strip() and not ln.boilerplate else []
        lines += _pieces(ln, spans, doc.text) if spans else [ln]
    title = doc.meta.title
    if title is None and len(body) >= 2:
        title = body[0].text.strip()
    outlet = doc.meta.outlet or own_outlet(doc.meta.url, doc.meta.source, pack)
    doc = replace(doc, lines=lines, title=title, outlet=outlet, author=doc.meta.author,
                  origin=find_origin(lines, doc.lang, pack))
    return replace(doc, region=guess_region(doc, pack))
