"""Lines, sentences and tokens, each with offsets into the text.

Sentences end at । ? ! (and at a full stop that is not an abbreviation, an initial or a decimal
point), with closing quotes kept on the sentence they close. A quotation that closes within its
paragraph is never cut: "…পরিষ্কার। … নামবে না,” বলেন হালদার" stays one sentence, so the quote
and its cue stay together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ukti.lang import load_pack
from ukti.model import Document, Line, Sentence, Token
from ukti.textutil import WORD_RE, quote_spans

_CLOSERS = "”’»\"')]"
_LAST_WORD = re.compile(r"([\w\u0980-\u09ff]+)$")  # the word right before a full stop


@cache
def _cue_words(code: str) -> frozenset[str]:
    """First words of the pack's attribution cues ("বলেন", "জানান" …)."""
    cues = load_pack(code).table("cues").get("cue", [])
    return frozenset(f.split()[0] for c in cues for f in c.get("forms", []) if c.get("kind") == "verb")


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


_OPEN_END = re.compile(r"[\w\u0980-\u09ff,]\s*$")  # a line that stops mid-sentence (no ender, closer or colon)


def unwrap_lines(lines: list[Line], text: str) -> list[Line]:
    """Paragraphs of a hard-wrapped text as one line each. Some archives keep the printed line
    breaks (bdnews24's older pages: "… আবেদন করেছেন তাদের\nআর পুনরায় …"), and a sentence must not
    end at them. A text is taken as wrapped when it has at least six lines, most of them stop
    mid-sentence, and some run long (a poem's short lines stay as they are); then a line that
    stops mid-sentence is joined to the next, unless a blank line parts them. The text is not
    changed: a joined line spans the break."""
    full = [ln for ln in lines if ln.text.strip()]
    if len(full) < 6:
        return lines
    # most lines as long as the printed column (70 to 110 characters): not a poem's short lines, nor
    # paragraphs of any length, nor lines that end with a name ("…” ― Sonya Herridge")
    lengths = sorted(len(ln.text) for ln in full)
    if not 70 <= lengths[len(lengths) * 9 // 10] <= 110:
        return lines
    if sum(1 for ln in full[:-1] if _OPEN_END.search(ln.text)) * 2 < len(full) - 1:
        return lines
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and ln.text.strip() and prev.text.strip() and _OPEN_END.search(prev.text):
            out[-1] = Line(prev.start, ln.end, text[prev.start:ln.end])
        else:
            out.append(ln)
    return out


# a sentence ender right against the next sentence's first letter, no space between: where a scraper
# joined two paragraphs ("… সম্ভাবনাই বেশি।শ্রীলঙ্কা সফরের …")
_GLUED = re.compile(r"[।?!][”’\"']?(?=[\u0985-\u09b9])")


def split_glued_paragraphs(lines: list[Line], text: str) -> list[Line]:
    """Paragraphs that a scraper ran together with no space between them, as lines of their own.
    Some archives join a page's paragraphs into one line this way (most of Ajker Patrika's, Daily
    Inqilab's and Manab Zamin's bodies in the corpus), and speech that runs on stops at a
    paragraph's end: read as one paragraph, one cue would run over the whole article. A join
    inside a quotation is the quotation's own. The text is not changed."""
    out: list[Line] = []
    for ln in lines:
        if ln.boilerplate or not _GLUED.search(ln.text):
            out.append(ln)
            continue
        quoted = [(q.open, q.close) for q in quote_spans(text, ln.start, ln.end) if q.closed]
        a = ln.start
        for m in _GLUED.finditer(text, ln.start, ln.end):
            b = m.end()
            if any(x < b < y for x, y in quoted):
                continue
            out.append(Line(a, b, text[a:b]))
            a = b
        out.append(Line(a, ln.end, text[a:ln.end]))
    return out


@dataclass(frozen=True)
class SentenceRules:
    """A language pack's sentence-splitting knowledge, as split_sentences takes it."""
    enders: str
    abbreviations: frozenset[str]
    closing: frozenset[str]   # abbreviations that may also close a sentence ("U.S")
    openers: frozenset[str]   # words that open one after such an abbreviation ("He")


@cache
def sentence_rules(code: str) -> SentenceRules:
    """The pack's [segment] table, read once per language (every stage that splits sentences
    anew uses these, so they cut where segment() cut)."""
    seg = load_pack(code).table("text").get("segment", {})
    return SentenceRules(seg.get("enders", "।?!"), frozenset(seg.get("abbreviations", [])),
                         frozenset(seg.get("closing_abbreviations", [])), frozenset(seg.get("sentence_openers", [])))


def _is_sentence_end(text: str, i: int, rules: SentenceRules) -> bool:
    ch = text[i]
    if ch in rules.enders:
        return True
    if ch != ".":
        return False
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if not nxt.isspace() and nxt not in _CLOSERS:
        return False  # 1.8, U.S, example.com
    m = _LAST_WORD.search(text, max(0, i - 20), i)
    if not m:
        return True
    word = m.group(1)
    dotted = re.search(r"([\w.]+)$", text[max(0, i - 20):i]) if rules.closing else None  # "U.S" whole, not its "S"
    if dotted and dotted.group(1) in rules.closing:  # "… attacks in the U.S. He says …": it may end a sentence
        after = re.match(r"\s+([A-Za-z]+)", text[i + 1:i + 20])
        return after is not None and after.group(1) in rules.openers
    if word in rules.abbreviations or len(word) == 1:
        return False
    # Bengali initials are letter names of one or two code points: এ. কে. এম.
    return not (len(word) <= 2 and "\u0980" <= word[0] <= "\u09ff")


@cache
def _stop_chars(enders: str) -> re.Pattern[str]:
    """The characters where a sentence may end: the pack's enders and the full stop."""
    return re.compile("[" + re.escape(enders + ".") + "]")


def split_sentences(text: str, start: int, end: int, rules: SentenceRules,
                    cue_words: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The sentences of text[start:end]. A full stop after one of the abbreviations ends nothing,
    unless the abbreviation is one that may close a sentence (rules.closing: "U.S", "Inc") and one
    of the words that open one (rules.openers: "He", "The") follows."""
    enders = rules.enders
    inside = [False] * (end - start)
    after_quote: set[int] = set()
    for q in quote_spans(text, start, end):
        if q.closed:
            inside[q.open + 1 - start:q.close - start] = [True] * (q.close - q.open - 1)
            # "‘… পারছি না।’ এরপর …": a quotation that ends its sentence ends it outside too,
            # unless its cue follows ("‘… না।’ বলেন তিনি"); a cue with a comma after it opens
            # new words of the same speaker ("‘… না।’ বলেন, এখনো …"), a sentence of its own
            nxt = re.match(r"\s*([\w\u0980-\u09ff]+)(\s*,)?", text[q.close + 1:end])
            last = q.close - 1  # (a doubled mark closes "‘‘… না।’’": the ender is before both)
            # (and a space the scraper left before the mark: "\"আমরা জোট করছি। \" আসন …")
            while last > q.open and (text[last] in _CLOSERS or text[last].isspace()):
                last -= 1
            # (a full stop ends a quotation in English: "“… a new political settlement.” ফেসবুক পোস্টে …")
            ends = text[last] in enders or (text[last] == "." and text[last - 1:last].isascii()
                                            and text[last - 1:last].isalpha())
            if ends and nxt and (nxt.group(1) not in cue_words or nxt.group(2)):
                after_quote.add(q.close)
    out, s = [], start
    # only an ender, a full stop or the close of a quotation can end a sentence: visit those
    stops = sorted({m.start() for m in _stop_chars(enders).finditer(text, start, end)}
                   | {p for p in after_quote if p < end})
    for i in stops:
        if i < s:
            continue  # taken into the sentence just cut (closing quotes and repeated enders)
        if i in after_quote:
            j = i + 1
            if text[s:j].strip():
                out.append((s, j))
            s = j
            continue
        if not inside[i - start] and _is_sentence_end(text, i, rules):
            j = i + 1
            while j < end and (text[j] in _CLOSERS or text[j] in enders):
                j += 1
            if text[s:j].strip():
                out.append((s, j))
            s = j
    if text[s:end].strip():
        out.append((s, end))
    # trim white space so that every sentence starts and ends on text
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        trimmed.append((a, b))
    return trimmed


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start() + start, m.end() + start, m.group()) for m in WORD_RE.finditer(text[start:end])]


def segment(doc: Document) -> Document:
    rules = sentence_rules(doc.lang)
    cue_words = _cue_words(doc.lang)
    lines = split_glued_paragraphs(doc.lines or split_lines(doc.text), doc.text)
    sentences: list[Sentence] = []
    first_body = next((i for i, ln in enumerate(lines) if ln.text.strip() and not ln.boilerplate), None)
    for li, ln in enumerate(lines):
        if not ln.text.strip():
            continue
        for a, b in split_sentences(doc.text, ln.start, ln.end, rules, cue_words):
            is_title = li == first_body and doc.title is not None and doc.text[a:b].strip() in doc.title
            sentences.append(Sentence(a, b, doc.text[a:b], li, is_title))
    tokens = tokenize(doc.text)
    return replace(doc, lines=lines, sentences=sentences, tokens=tokens)
