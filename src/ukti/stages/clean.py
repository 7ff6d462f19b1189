"""Boilerplate lines, title, credited origin, outlet and region.

Boilerplate is decided line by line from the pack's patterns: page furniture is short and
formulaic, and a wrong guess on one line never removes its neighbours. Labelled lines stay in
the text (offsets keep pointing into it); statement extraction skips them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any
from urllib.parse import urlparse

from ukti.lang import LanguagePack, load_pack
from ukti.model import BoilerplateKind, Document, Line, Origin
from ukti.stages.segment import split_lines

_URL = re.compile(r"https?://\S+|www\.\S+")


@cache
def _compiled(code: str) -> list[tuple[BoilerplateKind, int, list[re.Pattern[str]]]]:
    pack = load_pack(code)
    out = []
    for kind in pack.table("boilerplate").get("kind", []):
        out.append((kind["name"], int(kind.get("max_chars", 200)), [re.compile(p) for p in kind["patterns"]]))
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
    adapted = tuple(pack.table("origin").get("translation", {}).get("adapted", []))
    for ln in lines:
        if ln.boilerplate != "source":
            continue
        s = ln.text.strip()
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
    lines = [replace(ln, boilerplate=classify_line(ln.text, pack.code)) for ln in split_lines(doc.text)]
    body = [ln for ln in lines if ln.text.strip() and not ln.boilerplate]
    title = doc.meta.title
    if title is None and len(body) >= 2:
        title = body[0].text.strip()
    outlet = doc.meta.outlet
    if outlet is None and doc.meta.url:
        entry = pack.gazetteer.get(_host(doc.meta.url))
        outlet = entry.name if entry else _host(doc.meta.url) or None
    doc = replace(doc, lines=lines, title=title, outlet=outlet, author=doc.meta.author,
                  origin=find_origin(lines, doc.lang, pack))
    return replace(doc, region=guess_region(doc, pack))
