"""The article text cut into marked pieces: who speaks, the cue, what is said, the entities.

One function serves the standalone HTML writer and the web page, so both highlight the same
way. It works on the analysis JSON (`write.json.to_dict`), which is also what the store keeps,
so a stored article is shown exactly as it was analysed. Marks may overlap (a name inside a
quotation); the text is cut wherever the set of marks changes, so every piece carries all the
marks over it and the HTML never has to nest crossing tags.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any


@dataclass(slots=True)
class Piece:
    text: str
    classes: tuple[str, ...] = ()
    statement: str | None = None  # the statement this piece is part of, if any
    entity: str | None = None     # the article entity this piece names, if any


@dataclass(slots=True)
class TextLine:
    pieces: list[Piece] = field(default_factory=list)
    boilerplate: str | None = None  # its kind (caption, ad, share …) when set apart from the body

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass(slots=True, frozen=True)
class _Mark:
    start: int
    end: int
    css: str
    statement: str | None = None
    entity: str | None = None


def locate_cue(text: str, cue: str, speaker: tuple[int, int], content: tuple[int, int]) -> tuple[int, int] | None:
    """Where the cue word stands: the occurrence nearest the speaker, within the statement's reach.

    The analysis keeps the cue as a word, not a position; a cue is always next to its speaker or
    its content, so the nearest occurrence in that neighbourhood is the one meant.
    """
    if not cue:
        return None
    lo = max(0, min(speaker[0], content[0]) - 80)
    hi = min(len(text), max(speaker[1], content[1]) + 80)
    best: tuple[int, int] | None = None
    at = text.find(cue, lo, hi)
    while at != -1:
        distance = min(abs(at - speaker[1]), abs(speaker[0] - at - len(cue)))
        if best is None or distance < best[0]:
            best = (distance, at)
        at = text.find(cue, at + 1, hi)
    return None if best is None else (best[1], best[1] + len(cue))


def _marks(data: dict[str, Any]) -> list[_Mark]:
    text: str = data["text"]
    marks: list[_Mark] = []
    for s in data.get("statements", []):
        c, sp = s["content"], s["speaker"]
        marks.append(_Mark(c["start"], c["end"], f"content st-{s['stance']}", statement=s["id"]))
        start, end = sp.get("start"), sp.get("end")
        in_place = start is not None and end is not None and text[start:end] == sp["text"]
        if in_place and (end <= c["start"] or start >= c["end"]):
            marks.append(_Mark(start, end, "speaker", statement=s["id"]))
            cue = locate_cue(text, s["cue"]["text"], (start, end), (c["start"], c["end"]))
            if cue and not (cue[0] < c["end"] and c["start"] < cue[1]):
                marks.append(_Mark(cue[0], cue[1], "cue", statement=s["id"]))
    for e in data.get("entities", []):
        for m in e.get("mentions", []):
            marks.append(_Mark(m["start"], m["end"], f"ent ent-{e['type']}", entity=e["id"]))
    return [m for m in marks if 0 <= m.start < m.end <= len(text)]


def highlight(data: dict[str, Any]) -> list[TextLine]:
    """The article's lines, each cut into pieces carrying the marks over them."""
    text: str = data["text"]
    marks = _marks(data)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks),
                   *(i + 1 for i, ch in enumerate(text) if ch == "\n")})
    starting: dict[int, list[_Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    kind_at = {b["start"]: b["kind"] for b in data.get("boilerplate", [])}
    lines: list[TextLine] = [TextLine(boilerplate=kind_at.get(0))]
    active: list[_Mark] = []
    for a, b in pairwise(cuts):
        active = [m for m in active if m.end > a] + starting.get(a, [])
        piece = text[a:b]
        body = piece.removesuffix("\n")
        if body:
            classes = tuple(dict.fromkeys(c for m in active for c in m.css.split()))
            lines[-1].pieces.append(Piece(body, classes,
                                          next((m.statement for m in active if m.statement), None),
                                          next((m.entity for m in active if m.entity), None)))
        if piece.endswith("\n"):
            lines.append(TextLine(boilerplate=kind_at.get(b)))
    return lines
