"""Interviews printed as turns: whose words each sentence of a question-and-answer piece is.

Papers print a long interview as turns, each opened by its speaker's name and a colon:

    সমকাল: … কেন দম বন্ধ পরিস্থিতি ছিল?
    সৈয়দা রিজওয়ানা হাসান: দম বন্ধ করা ছিল; কারণ …

Others open each turn with a mark instead ("* …?" for the question, "** …" for the answer, or
"প্রশ্ন:" / "উত্তর:"), the interviewee named in the introduction.

No cue says who speaks, so the statements stage, reading cue by cue, finds nothing in them or
worse (the paper "said" the question). This module finds the turns: two or more names that open
sentences with a colon, each at least twice, mostly taking turns. The one answering is a person
named in the text whose turns end in a question least often; every sentence of their turns is
their own words. The questions are the interviewer's and carry no attributed statement.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from ukti.lang import load_pack
from ukti.model import Document, Span
from ukti.stages.entities import ordinary_words

# a name of one to four words, then a colon, at the start of a sentence ("হাসান রোবায়েত :প্রথম কথা …")
_LABEL = re.compile(r"([^\s:।?!,;\"'“”‘’()\[\]0-9০-৯]+(?:[ \u00a0]+[^\s:।?!,;\"'“”‘’()\[\]0-9০-৯]+){0,3})"
                    r"[ \u00a0]*:[ \u00a0]*(?=\S)")


@dataclass(frozen=True, slots=True)
class Turn:
    """A sentence's place in an interview: whose turn it is and where its words start."""

    label: Span  # the speaker's name: before the colon that opened the turn, or named in the introduction
    answer: bool  # the interviewee's answer (their own words), not the interviewer's question
    words_start: int  # where the sentence's own words begin (after the label in a turn's first sentence)


def interview_turns(doc: Document) -> dict[int, Turn]:
    """The sentences of an interview's turns, by index into doc.sentences; empty for any other text."""
    marked = _marked_turns(doc)
    if marked:
        return marked
    opened: list[tuple[int, str, Span, int]] = []  # (sentence, label, label span, end of "label:")
    for si, s in enumerate(doc.sentences):
        m = _LABEL.match(doc.text, s.start, s.end)
        if m:
            opened.append((si, m.group(1), Span(m.start(1), m.end(1), m.group(1)), m.end()))
    counts = Counter(label for _, label, _, _ in opened)
    voices = {label for label, n in counts.items() if n >= 2}
    opened = [o for o in opened if o[1] in voices]
    if len(voices) == 1 and len(opened) >= 3:
        return _answers_only(doc, opened)
    if len(voices) != 2 or len(opened) < 4:
        return {}
    # two voices, each a name the entities stage found whole (not headings: "ফেনী-চট্টগ্রাম রুট:",
    # "উপসংহার:"): the one answering a person, the one asking a person or the paper
    named = _named(doc, opened)
    people = {label for label, types in named.items() if "PER" in types}
    if not people or set(named) != voices:
        return {}
    # turns taken in turn, not a list of fields ("বেতন: …", "পদসংখ্যা: …") or of labelled items
    changes = sum(1 for a, b in pairwise(opened) if a[1] != b[1])
    if changes * 4 < (len(opened) - 1) * 3:
        return {}
    ends = _turn_ends([o[0] for o in opened], len(doc.sentences))
    asks = Counter(label for (si, label, _, _), end in zip(opened, ends, strict=True)
                   if doc.sentences[end - 1].text.rstrip().endswith("?"))
    # the one answering: the person asked least often, by the share of their turns that end in a question
    answering = min(people, key=lambda label: (asks[label] / counts[label], -counts[label]))
    turns: dict[int, Turn] = {}
    for (si, label, span, words_start), end in zip(opened, ends, strict=True):
        for k in range(si, end):  # (a turn runs over its paragraphs to the next turn)
            turns[k] = Turn(span, label == answering, words_start if k == si else doc.sentences[k].start)
    return turns


def _answers_only(doc: Document, opened: list[tuple[int, str, Span, int]]) -> dict[int, Turn]:
    """An interview that labels only the answers ("জোনায়েদ সাকি: …"), its questions set apart in
    paragraphs of their own: each answer is the person's, its paragraph long; the questions are
    left to the statements stage (they name no speaker and say nothing attributed)."""
    label = opened[0][1]
    # a person: named so by the entities stage, or a name of two to four words the text gives elsewhere
    # too ("… কথা বলেছেন … জোনายেদ সাকি।"), which no heading ("উপসংহার:", "পদসংখ্যা:") is
    # (not a place or a body, "কারওয়ান বাজার:", nor a heading of ordinary words, "বিশ্ব বাংলা সম্মেলন:")
    elsewhere = doc.text.count(label) > len(opened)
    span = opened[0][2]
    placed = any(m.start < span.end and span.start < m.end for e in doc.entities if e.type != "PER"
                 for m in e.mentions)
    ordinary = ordinary_words(doc.lang)
    if "PER" not in _named(doc, opened).get(label, set()) and not (
            2 <= len(label.split()) <= 4 and elsewhere and not placed
            and not any(w in ordinary for w in label.split())):
        return {}
    lines = [doc.sentences[si].line for si, _, _, _ in opened]
    if len(set(lines)) != len(lines) or any(doc.sentences[si - 1].line == doc.sentences[si].line
                                             for si, _, _, _ in opened if si > 0):
        return {}  # (each answer opens a paragraph of its own)
    turns: dict[int, Turn] = {}
    for si, _, span, words_start in opened:
        k = si
        while k < len(doc.sentences) and doc.sentences[k].line == doc.sentences[si].line:
            turns[k] = Turn(span, True, words_start if k == si else doc.sentences[k].start)
            k += 1
    return turns


def _named(doc: Document, opened: list[tuple[int, str, Span, int]]) -> dict[str, set[str]]:
    """The labels that are a person's or an organisation's name the entities stage found, whole (a
    title before it may stand in the label: "অধ্যাপক আনু মুহাম্মদ"), with the types they are."""
    names = [(m.start, m.end, e.type) for e in doc.entities if e.type in ("PER", "ORG") for m in e.mentions]
    out: dict[str, set[str]] = {}
    for _, label, span, _ in opened:
        for a, b, kind in names:
            if b == span.end and span.start <= a and len(doc.text[span.start:a].split()) <= 1:
                out.setdefault(label, set()).add(kind)
    return out


def _marked_turns(doc: Document) -> dict[int, Turn]:
    """An interview whose turns open with marks, not names ("* …?" for a question, "** …" for an
    answer; "প্রশ্ন: …" / "উত্তর: …"): two answers at least, each right after a question, after an
    introduction that says it is an interview. The one answering is the person the introduction
    names most often (first named on a tie), not its interviewer; a credit line ("অনুলিখন: …") ends
    the last answer. Without such a person, no interview is read."""
    marks = load_pack(doc.lang).table("speakers").get("interview", {})
    answers = set(marks.get("answer_marks", []))
    every = sorted([*marks.get("question_marks", []), *answers], key=len, reverse=True)  # ("**" before "*")
    opened: list[tuple[int, bool, int]] = []  # (sentence, answer, where its words start)
    for si, s in enumerate(doc.sentences):
        text = doc.text[s.start:s.end]
        mark = next((m for m in every if text.startswith(m) and (len(text) == len(m) or not text[len(m)].isalnum())),
                    None)
        if mark is not None:
            rest = text[len(mark):]
            opened.append((si, mark in answers, s.end - len(rest.lstrip(" :–-"))))
    answered = sum(1 for a, b in pairwise(opened) if not a[1] and b[1])
    if answered < 2:
        return {}
    intro_end = doc.sentences[opened[0][0]].start
    intro = doc.text[:intro_end]
    if not any(w in intro for w in marks.get("signals", [])):
        return {}
    # (anyone named where the interview is credited, before it or after, is the one asking)
    asking = [s for s in doc.sentences if any(w in doc.text[s.start:s.end] for w in marks.get("interviewer_words", []))]
    asked_by = {e.id for e in doc.entities for m in e.mentions if any(s.start <= m.start < s.end for s in asking)}
    firsts: dict[str, int] = {}
    named: Counter[str] = Counter()
    for e in doc.entities:
        for m in e.mentions:
            if e.type == "PER" and m.end <= intro_end and e.id not in asked_by:
                named[e.id] += 1
                firsts[e.id] = min(firsts.get(e.id, m.start), m.start)
    if not named:
        return {}
    person = min(named, key=lambda e: (-named[e], firsts[e]))
    first = next(m for e in doc.entities if e.id == person for m in e.mentions if m.start == firsts[person])
    label = Span(first.start, first.end, first.text)
    credits = tuple(marks.get("credits", []))
    turns: dict[int, Turn] = {}
    ends = _turn_ends([o[0] for o in opened], len(doc.sentences))
    for (si, answer, words_start), end in zip(opened, ends, strict=True):
        for k in range(si, end):  # (a turn runs over its sentences to the next mark)
            sentence = doc.sentences[k]
            if sentence.is_title or (k > si and doc.text[sentence.start:sentence.end].startswith(credits)):
                break
            turns[k] = Turn(label, answer, words_start if k == si else sentence.start)
    return turns


def _turn_ends(starts: list[int], sentences: int) -> list[int]:
    """Where each turn ends, by the sentence index of each turn's start: at the next turn, the last
    at the end of the text."""
    return [*starts[1:], sentences]
