"""Contradictions between the statements of one article (the test itself is `ukti.contradict`).

Also settles what a denial answers: an assertion that negates an earlier claim of another
speaker is a denial of it ("কারখানার নিরাপত্তাব্যবস্থায় কোনও গাফিলতি ছিল না" against the
residents' allegation of negligence), and each denial points at the statement it denies.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TypeVar

from ukti.contradict import Claim, Facts, Figure, conflict, masked, negated, opposed, refers_to, same_speaker, time_key
from ukti.model import Contradiction, Document, Statement

T = TypeVar("T")


def _within(items: list[tuple[int, T]], s: Statement) -> list[T]:
    first = bisect_left(items, s.content.start, key=lambda x: x[0])
    out = []
    for at, x in items[first:]:
        if at >= s.content.end:
            break
        out.append(x)
    return out


def statement_facts(doc: Document) -> list[Facts]:
    """What the article knows of each statement beyond its words, in statement order: the
    people's names and the dates in it to mask (so that two statements about Musk and Putin in
    2022 do not look alike for that alone), the people and organisations it names (entity ids),
    its times and its figures. The store keeps them (`tables`), so that statements of two
    articles are compared as two of one article are. Places and organisations (Starlink,
    Crimea) are often what a statement says, so only persons and dates are masked."""
    code = doc.lang
    masks = sorted([(m.start, m.end) for e in doc.entities if e.type == "PER" for m in e.mentions]
                   + [(t.start, t.end) for t in doc.times])
    actors = sorted((m.start, e.id) for e in doc.entities if e.type in ("PER", "ORG") for m in e.mentions)
    times = sorted((t.start, time_key(t.value, t.text, code)) for t in doc.times)
    figures: list[tuple[int, Figure]] = sorted((q.start, (q.value, q.unit, q.text)) for q in doc.quantities)
    out = []
    for s in doc.statements:
        start, end = s.content.start, s.content.end
        mine: list[tuple[int, int]] = []
        first = bisect_left(masks, (start - 200, 0))  # masks are sorted; names are short
        for a, b in masks[first:]:
            if a >= end:
                break
            if b > start:
                mine.append((max(a, start) - start, min(b, end) - start))
        out.append(Facts(tuple(mine), frozenset(_within(actors, s)), frozenset(_within(times, s)),
                         tuple(_within(figures, s))))
    return out


def _claim(s: Statement, facts: Facts | None = None) -> Claim:
    """The statement as the conflict test sees it: its words with names and dates masked, who
    and what it names, its dates and figures kept apart (without `facts`: its words only)."""
    who = s.speaker.entity or f"anon:{s.speaker.text}"
    if facts is None:
        return Claim(s.id, who, s.stance, s.content.text, s.refers_to, s.speaker.text, s.speaker.entity is not None,
                     s.nested_in)
    return Claim(s.id, who, s.stance, masked(s.content.text, facts.masks), s.refers_to, s.speaker.text,
                 s.speaker.entity is not None, s.nested_in, facts.actors, facts.times, facts.figures)


WINDOW = 200


def _previous_other(stmts: list[Statement], i: int, lang: str) -> str | None:
    """What "উপরের বিবৃতিটি অস্বীকার করেছেন" denies: the statement just before, of another speaker
    (the report that carries it, when it is the inner link of a chain)."""
    me = _claim(stmts[i])
    by_id = {s.id: s for s in stmts}
    for s in reversed(stmts[:i]):
        if s.stance not in ("claim", "assert", "deny") or same_speaker(_claim(s), me, lang):
            continue
        while s.nested_in in by_id:
            s = by_id[s.nested_in]
        return s.id
    return None


def _denial_target(stmts: list[Statement], claims: list[Claim], i: int, code: str,
                   denier: frozenset[str]) -> str | None:
    """What a denial answers, by the evidence in this order: the earlier statement of another
    speaker sharing most of its words (`contradict.refers_to`); the nearest one that names the
    denier or the organisation it speaks for (an allegation against them: "… অভিযোগ করেন, নীলা
    গার্মেন্টস বেতন দিচ্ছে না" answered by "নীলা গার্মেন্টসের মহাব্যবস্থাপক …: এ অভিযোগ
    ভিত্তিহীন", with an inspector's "খতিয়ে দেখছি" between them), claims first, and no
    assertion that negates (the denier's own side saying "প্রশ্নবিদ্ধ নির্বাচন চায় না
    আওয়ামী লীগ" is no allegation against the party); what the same
    speaker's denial just before answered (one rebuttal in two sentences); else, with nothing
    shared, the statement just before of another speaker."""
    me = claims[i]
    earlier = claims[max(0, i - WINDOW):i]
    by_words = refers_to(me, earlier, code)
    if by_words is not None:
        return by_words
    naming = [k for k, c in enumerate(earlier) if c.actors & denier and not same_speaker(c, me, code)
              and (c.stance == "claim" or (c.stance == "assert" and not negated(c.text, code)))]
    if naming:
        return earlier[max(naming, key=lambda k: (earlier[k].stance == "claim", k))].id
    before = stmts[i - 1] if i else None
    if before is not None and before.stance == "deny" and before.refers_to and same_speaker(claims[i - 1], me, code):
        return before.refers_to
    return _previous_other(stmts, i, code)


def _deniers(doc: Document) -> dict[str, frozenset[str]]:
    """Who each statement's speaker is, as entities: the speaker and the organisations named in
    the speaker's words ("নীলা গার্মেন্টসের মহাব্যবস্থাপক সুমন সাহা" speaks for Nila Garments)."""
    orgs = sorted((m.start, m.end, e.id) for e in doc.entities if e.type == "ORG" for m in e.mentions)
    out = {}
    for s in doc.statements:
        mine = {e for a, b, e in orgs if s.speaker.start <= a and b <= s.speaker.end}
        if s.speaker.entity:
            mine.add(s.speaker.entity)
        out[s.id] = frozenset(mine)
    return out


def contradictions(doc: Document) -> Document:
    if not doc.statements:
        return doc
    code = doc.lang
    stmts = list(doc.statements)
    facts = statement_facts(doc)
    claims = [_claim(s, f) for s, f in zip(stmts, facts, strict=True)]
    deniers: dict[str, frozenset[str]] | None = None  # made at the first denial without a target
    for i, s in enumerate(stmts):
        earlier = claims[max(0, i - WINDOW):i]
        if s.stance == "deny" and s.refers_to is None:
            if deniers is None:
                deniers = _deniers(doc)
            stmts[i] = replace(s, refers_to=_denial_target(stmts, claims, i, code, deniers[s.id]))
        elif s.stance == "assert" and negated(claims[i].text, code):
            # an assertion that negates another speaker's earlier claim denies it
            target = next((c for c in reversed(earlier) if c.stance == "claim" and c.speaker != claims[i].speaker
                           and len(opposed(claims[i].text, c.text, code, a_denies=True)) >= 2), None)
            if target is not None:
                stmts[i] = replace(s, stance="deny", refers_to=target.id)
        elif s.stance == "confirm" and s.refers_to is None:
            target_id = refers_to(claims[i], earlier, code)
            target = next((c for c in earlier if c.id == target_id), None)
            if target is not None and not opposed(claims[i].text, target.text, code):
                stmts[i] = replace(s, refers_to=target_id)  # a confirmation of what it agrees with
        if stmts[i] is not s:  # its stance or target was settled above
            claims[i] = _claim(stmts[i], facts[i])
    found: list[Contradiction] = []
    for i in range(len(claims)):
        # each statement against the WINDOW before it: all of a news article, bounded for a huge one
        for j in range(max(0, i - WINDOW), i):
            c = conflict(claims[i], claims[j], code)
            if c is not None:
                found.append(Contradiction(claims[i].id, claims[j].id, c.why, c.confidence, c.kind))
    return replace(doc, statements=stmts, contradictions=found)
