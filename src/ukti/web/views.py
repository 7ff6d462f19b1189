"""What the article page and the paste results show for each statement, worked out from the
analysis document (`--format json`) before the template draws it.

The document names people and statements by ids (`e7`, `s6`); a reader needs the names and the
words behind them. So each statement card says whom a pronoun speaker ("তিনি") resolves to,
what a denial answers (the statement it denies, with its words and a link to its card), whose
account a nested statement is ("per The Wall Street Journal", not "per e1") and sits under the
statement that carries it; contradictions link both cards. Pure functions of the document, so
the article page (from the store) and the paste page (fresh analysis) show the same.
"""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def _by_id(items: list[Row]) -> dict[str, Row]:
    return {str(x.get("id")): x for x in items if isinstance(x, dict) and x.get("id")}


def _words(s: Row) -> str:
    content = s.get("content") or {}
    return str(content.get("text", "") if isinstance(content, dict) else content)


def _speaker_text(s: Row) -> str:
    speaker = s.get("speaker") or {}
    return str(speaker.get("text", "") if isinstance(speaker, dict) else speaker)


def resolved_name(s: Row, entities: dict[str, Row]) -> Row | None:
    """The entity a speaker resolves to, when the words on the page do not already say it:
    'তিনি' -> Rafiqul Islam (with its corpus id for a link). None when the speaker is unresolved
    or its words already are the entity's name."""
    speaker = s.get("speaker") or {}
    entity = entities.get(str(speaker.get("entity"))) if isinstance(speaker, dict) else None
    if entity is None or not entity.get("name"):
        return None
    text = str(speaker.get("text", ""))
    if entity["name"].casefold() in text.casefold():
        return None
    return {"name": entity["name"], "corpus_id": entity.get("corpus_id")}


def source_of(s: Row, statements: dict[str, Row], entities: dict[str, Row]) -> Row | None:
    """Whose account a nested statement is: the statement that carries it (its speaker, and its
    id for a link) or the entity named as the source ("per The Wall Street Journal")."""
    nested = s.get("nested_in")
    if not nested:
        return None
    outer = statements.get(str(nested))
    if outer is not None:
        return {"name": _speaker_text(outer), "statement": outer["id"]}
    entity = entities.get(str(nested))
    if entity is not None:
        return {"name": entity.get("name") or str(nested), "corpus_id": entity.get("corpus_id")}
    return {"name": str(nested)}


def answered(s: Row, statements: dict[str, Row]) -> Row | None:
    """The statement a denial (or a confirmation) answers: its id, speaker and words."""
    target = statements.get(str(s.get("refers_to")))
    if target is None or target is s:
        return None
    return {"id": target["id"], "speaker": _speaker_text(target), "content": _words(target)}


def _depth_first(statements: list[Row]) -> list[tuple[Row, int]]:
    """The statements in document order, each nested one right after the statement carrying it
    (and its other nested ones), with its depth. A loop in `nested_in` cannot hide a statement:
    every statement appears exactly once."""
    ids = {str(s.get("id")) for s in statements}
    children: dict[str, list[Row]] = {}
    roots: list[Row] = []
    for s in statements:
        parent = s.get("nested_in")
        if parent and parent in ids and parent != s.get("id"):
            children.setdefault(str(parent), []).append(s)
        else:
            roots.append(s)
    out: list[tuple[Row, int]] = []
    seen: set[str] = set()

    def walk(s: Row, depth: int) -> None:
        if str(s.get("id")) in seen:
            return
        seen.add(str(s.get("id")))
        out.append((s, depth))
        for child in children.get(str(s.get("id")), []):
            walk(child, depth + 1)

    for s in roots:
        walk(s, 0)
    for s in statements:  # only statements in a cycle of nesting are left: shown flat
        walk(s, 0)
    return out


def statement_cards(data: Row) -> list[Row]:
    """One card per statement for the templates: the statement itself (`s`), its depth under the
    statement carrying it, and what a reader needs besides: `resolved` (whom a pronoun speaker
    is), `source` (whose account a nested statement is), `answers` (what a denial denies) and
    `contradicts` (the ids of the statements it conflicts with)."""
    statements = [s for s in data.get("statements") or [] if isinstance(s, dict)]
    by_id = _by_id(statements)
    entities = _by_id(list(data.get("entities") or []))
    conflicts: dict[str, list[str]] = {}
    for c in data.get("contradictions") or []:
        a, b = str(c.get("a")), str(c.get("b"))
        conflicts.setdefault(a, []).append(b)
        conflicts.setdefault(b, []).append(a)
    return [{"s": s, "depth": depth, "resolved": resolved_name(s, entities),
             "source": source_of(s, by_id, entities), "answers": answered(s, by_id),
             "contradicts": conflicts.get(str(s.get("id")), [])}
            for s, depth in _depth_first(statements)]


def contradiction_pairs(data: Row) -> list[Row]:
    """The article's contradictions with both statements' speakers and words, for cards that
    link to each statement's own card."""
    by_id = _by_id([s for s in data.get("statements") or [] if isinstance(s, dict)])
    out = []
    for c in data.get("contradictions") or []:
        a, b = by_id.get(str(c.get("a"))), by_id.get(str(c.get("b")))
        if a is None or b is None:
            continue
        out.append({"why": c.get("why", ""), "confidence": c.get("confidence"),
                    "sides": [{"id": x["id"], "speaker": _speaker_text(x), "stance": x.get("stance"),
                               "content": _words(x)} for x in (a, b)]})
    return out


def other_side(row: Row, article_id: str) -> Row:
    """A stored contradiction between a statement of this article and one of another, as
    (this statement's id, the other's article, id, speaker, words, date and outlet), whichever
    side of the pair this article is on."""
    mine, theirs = ("a", "b") if row.get("article_a") == article_id else ("b", "a")
    return {"mine": row.get(f"statement_{mine}"), "article": row.get(f"article_{theirs}"),
            "statement": row.get(f"statement_{theirs}"), "speaker": row.get(f"speaker_{theirs}"),
            "stance": row.get(f"stance_{theirs}"), "content": row.get(f"content_{theirs}"),
            "published": row.get(f"published_{theirs}"), "outlet": row.get(f"outlet_{theirs}"),
            "why": row.get("why", "")}
