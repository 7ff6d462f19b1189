"""Contradictions between the statements of one article (the test itself is `ukti.contradict`).

Also settles what a denial answers: an assertion that negates an earlier claim of another
speaker is a denial of it ("কারখানার নিরাপত্তাব্যবস্থায় কোনও গাফিলতি ছিল না" against the
residents' allegation of negligence), and each denial points at the statement it denies.
"""

from __future__ import annotations

from dataclasses import replace

from ukti.contradict import Claim, conflict, content_words, negated, refers_to
from ukti.model import Contradiction, Document, Statement


def _claim(s: Statement) -> Claim:
    who = s.speaker.entity or f"anon:{s.speaker.text}"
    return Claim(s.id, who, s.stance, s.content.text, s.refers_to)


def contradictions(doc: Document) -> Document:
    if not doc.statements:
        return doc
    code = doc.lang
    stmts = list(doc.statements)
    for i, s in enumerate(stmts):
        earlier = [_claim(x) for x in stmts[:i]]
        if s.stance == "deny" and s.refers_to is None:
            stmts[i] = replace(s, refers_to=refers_to(_claim(s), earlier, code))
        elif s.stance == "assert" and negated(s.content.text, code):
            # an assertion that negates another speaker's earlier claim denies it
            mine = content_words(s.content.text, code)
            target = next((c for c in reversed(earlier) if c.stance == "claim" and c.speaker != _claim(s).speaker
                           and len(mine & content_words(c.text, code)) >= 2), None)
            if target is not None:
                stmts[i] = replace(s, stance="deny", refers_to=target.id)
        elif s.stance == "confirm" and s.refers_to is None:
            stmts[i] = replace(s, refers_to=refers_to(_claim(s), earlier, code))
    claims = [_claim(s) for s in stmts]
    found: list[Contradiction] = []
    for i in range(len(claims)):
        for j in range(i):
            why = conflict(claims[i], claims[j], code)
            if why:
                found.append(Contradiction(claims[i].id, claims[j].id, why))
    return replace(doc, statements=stmts, contradictions=found)
