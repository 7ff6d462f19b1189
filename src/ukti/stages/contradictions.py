"""Contradictions between the statements of one article (the test itself is `ukti.contradict`).

Also settles what a denial answers: an assertion that negates an earlier claim of another
speaker is a denial of it ("কারখানার নিরাপত্তাব্যবস্থায় কোনও গাফিলতি ছিল না" against the
residents' allegation of negligence), and each denial points at the statement it denies.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ukti.contradict import Claim, conflict, negated, opposed, refers_to
from ukti.model import Contradiction, Document, Statement


def _claim(s: Statement, masks: list[tuple[int, int]] | None = None) -> Claim:
    """The statement as the conflict test sees it: names and dates masked, so that two
    statements about Musk and Putin in 2022 do not look alike for that alone."""
    who = s.speaker.entity or f"anon:{s.speaker.text}"
    text = s.content.text
    if masks:
        chars = list(text)
        first = bisect_left(masks, (s.content.start - 200, 0))  # masks are sorted; names are short
        for a, b in masks[first:]:
            if a >= s.content.end:
                break
            for k in range(max(a, s.content.start), min(b, s.content.end)):
                chars[k - s.content.start] = " "
        text = "".join(chars)
    return Claim(s.id, who, s.stance, text, s.refers_to)


WINDOW = 200


def _previous_other(stmts: list[Statement], i: int) -> str | None:
    """What "উপরের বিবৃতিটি অস্বীকার করেছেন" denies: the statement just before, of another speaker
    (the report that carries it, when it is the inner link of a chain)."""
    me = stmts[i].speaker.entity or stmts[i].speaker.text
    by_id = {s.id: s for s in stmts}
    for s in reversed(stmts[:i]):
        if (s.speaker.entity or s.speaker.text) == me:
            continue
        while s.nested_in in by_id:
            s = by_id[s.nested_in]
        return s.id
    return None


def contradictions(doc: Document) -> Document:
    if not doc.statements:
        return doc
    code = doc.lang
    stmts = list(doc.statements)
    # people are who the statements are about, not what they say; places and organisations
    # (Starlink, Crimea) often are what they say, so only persons and dates are masked
    masks = [(m.start, m.end) for e in doc.entities if e.type == "PER" for m in e.mentions]
    masks += [(t.start, t.end) for t in doc.times]
    masks.sort()
    claims = [_claim(s, masks) for s in stmts]
    for i, s in enumerate(stmts):
        earlier = claims[max(0, i - WINDOW):i]
        if s.stance == "deny" and s.refers_to is None:
            target_id = refers_to(claims[i], earlier, code) or _previous_other(stmts, i)
            stmts[i] = replace(s, refers_to=target_id)
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
        claims[i] = _claim(stmts[i], masks)
    found: list[Contradiction] = []
    for i in range(len(claims)):
        # each statement against the WINDOW before it: all of a news article, bounded for a huge one
        for j in range(max(0, i - WINDOW), i):
            why = conflict(claims[i], claims[j], code)
            if why:
                found.append(Contradiction(claims[i].id, claims[j].id, why))
    return replace(doc, statements=stmts, contradictions=found)
