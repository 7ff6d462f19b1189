"""PolNeAR's way of counting a quotation split by its cue: once, not once per part.

ukti's conventions (../shared/gold/README.md, and ../shared/gold/dev-en, written to them) give
'"A," she said. "B."' two statements with one speaker: each part is a proposition of its own.
PolNeAR annotates the same text as one attribution whose content is discontinuous, and its
conversion (../shared/gold/dev-en-polnear/README.md) keeps only the longest piece. Scored by
../shared/eval/score.py, the other parts then count as false statements although they lie inside
the gold attribution's content. This module gives the figures with those parts counted once, as
PolNeAR counts them; it is a view for PolNeAR gold only, next to (never instead of) the
scorer's own figures, and it is applied alike to every tool compared.

A "part" is a direct statement whose speaker is the very same phrase of the article as the
statement before it (same offsets): ukti writes the second part of a split quotation and a
quotation that goes on in the next sentence or paragraph with the speaker it continues. A group
of parts counts as many predictions as it has parts that match gold, and at least one.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence


def groups(keys: Sequence[Hashable | None]) -> list[list[int]]:
    """Indexes of predictions in runs that are parts of one quotation: consecutive entries with
    the same key (None never joins)."""
    out: list[list[int]] = []
    for j, key in enumerate(keys):
        if j and key is not None and keys[j - 1] == key:
            out[-1].append(j)
        else:
            out.append([j])
    return out


def counted(keys: Sequence[Hashable | None], matched: set[int]) -> int:
    """How many predictions there are when the parts of one quotation count once: each group
    counts its matched parts, and one if none matched."""
    return sum(max(1, sum(1 for j in g if j in matched)) for g in groups(keys))


def ukti_key(statement: dict[str, object]) -> tuple[int, int] | None:
    """Of a statement in ukti's JSON: its speaker's offsets if it is direct speech."""
    speaker = statement.get("speaker")
    if not statement.get("direct") or not isinstance(speaker, dict):
        return None
    return (int(speaker.get("start", -1)), int(speaker.get("end", -1)))
