"""The corpus commands' answers as a person reads them in a terminal: rich tables.

A fact-checker reads these rows to decide what someone said, so nothing may mislead: a header
names every column, an empty date or outlet says "undated" / "unknown" rather than leaving a
gap that shifts the eye to the next column, no cell is cut (long cells wrap, and only at
spaces: a Bengali word split inside a syllable, between a consonant and its vowel sign, reads
as two wrong words), a pronoun speaker shows whom it was resolved to ("তিনি (Kamrul Hasan)"),
and every statement carries its id (ARTICLE-s1, what `ukti quote` and the web page take).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]

UNDATED = "undated"
NO_OUTLET = "unknown"
# a column never narrower than its longest word up to this many cells (a word no longer fits
# only in a terminal too narrow for the table, where rich folds it)
LONGEST_UNBROKEN = 30


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    cell: Callable[[Row], str]
    wrap: bool = True  # False: dates, stances and numbers, kept on one line
    share: int = 1  # of the width left after the one-line columns: what is said gets the most
    fold: bool = False  # an id without spaces, broken anywhere rather than cut (never Bengali words)


def date_cell(value: object) -> str:
    """A publication date, or "undated" (most .txt input has none)."""
    return str(value) if value not in (None, "") else UNDATED


def outlet_cell(value: object) -> str:
    return str(value) if value not in (None, "") else NO_OUTLET


def speaker_cell(text: object, name: object, named: object) -> str:
    """The speaker as the article wrote it, with the entity it was resolved to beside it when the
    words do not name it (a pronoun, a title): "তিনি (Kamrul Hasan)"."""
    shown = " ".join(str(text or "").split())
    if name and not named:
        return f"{shown} ({name})" if shown else str(name)
    return shown


def statement_ref(article: object, statement: object) -> str:
    """A statement's id as `ukti quote` takes it: ARTICLE-s1."""
    return f"{article}-{statement}" if article and statement else ""


def _get(key: str) -> Callable[[Row], str]:
    def cell(row: Row) -> str:
        value = row.get(key)
        return "" if value is None else " ".join(str(value).split())
    return cell


def statement_columns() -> list[Column]:
    """search, who, about: one statement a row."""
    return [
        Column("date", lambda r: date_cell(r.get("published")), wrap=False),
        Column("outlet", lambda r: outlet_cell(r.get("outlet"))),
        Column("speaker", lambda r: speaker_cell(r.get("speaker_text"), r.get("speaker_name"), r.get("speaker_named")),
               share=2),
        Column("stance", _get("stance"), wrap=False),
        Column("said", _get("content"), share=5),
        Column("statement", lambda r: statement_ref(r.get("article_id"), r.get("statement_id")), fold=True),
    ]


def contradiction_rows(pairs: Sequence[Row], confidence: Callable[[object], str]) -> list[Row]:
    """Each contradiction as three rows of a statement table: side A, side B (each with its own
    date and outlet: a contradiction across days is read by its dates) and why they conflict."""
    rows: list[Row] = []
    for n, p in enumerate(pairs, 1):
        for side in ("a", "b"):
            rows.append({"pair": f"{n}{side.upper()}", "published": p.get(f"published_{side}"),
                         "outlet": p.get(f"outlet_{side}"), "speaker_text": p.get(f"speaker_{side}"),
                         "speaker_name": p.get(f"speaker_name_{side}"), "speaker_named": p.get(f"speaker_named_{side}"),
                         "stance": p.get(f"stance_{side}"), "content": p.get(f"content_{side}"),
                         "article_id": p.get(f"article_{side}"), "statement_id": p.get(f"statement_{side}")})
        sure = p.get("confidence")
        rows.append({"pair": "why", "content": (p.get("why") or "") + (
            f" (confidence {confidence(sure)})" if sure is not None else ""), "end": True})
    return rows


def contradiction_columns() -> list[Column]:
    base = statement_columns()
    for k, c in enumerate(base):  # the "why" row leaves date and outlet empty, not "undated"
        if c.header in ("date", "outlet"):
            key, fill = ("published", date_cell) if c.header == "date" else ("outlet", outlet_cell)
            base[k] = Column(c.header, _unless_why(key, fill), wrap=c.wrap)
    return [Column("pair", _get("pair"), wrap=False), *base]


def _unless_why(key: str, fill: Callable[[object], str]) -> Callable[[Row], str]:
    def cell(row: Row) -> str:
        return "" if row.get("pair") == "why" else fill(row.get(key))
    return cell


def version_columns() -> list[Column]:
    """quote, quotes: one version of a quotation a row, with what it changed."""
    by_key = {c.header: c for c in statement_columns()}
    return [by_key["date"], by_key["outlet"], Column("kind", _get("kind"), wrap=False), by_key["speaker"],
            by_key["said"], Column("what changed", _get("what_changed")), by_key["statement"]]


def plain_columns(keys: Sequence[str]) -> list[Column]:
    """Columns that show stored values as they are (errors, quote versions), headed by their key."""
    return [Column(k.replace("_", " "), _get(k), wrap=k not in ("published", "position", "code", "kind")) for k in keys]


def _longest_word(cells: Sequence[str]) -> int:
    from rich.cells import cell_len

    return max((cell_len(w) for c in cells for w in re.split(r"\s+", c) if w), default=1)


def render(rows: Sequence[Row], columns: Sequence[Column], width: int) -> str:
    """The rows as a rich table `width` cells wide: header row, cells wrapped at spaces only,
    a rule between rows when a cell spans lines (and after each `end` row)."""
    from rich import box
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table

    cells = [[c.cell(r) for c in columns] for r in rows]
    widest = [max([cell_len(c.header), *(cell_len(row[k]) for row in cells)]) for k, c in enumerate(columns)]
    floors = [max(cell_len(c.header), 8 if c.fold else min(LONGEST_UNBROKEN, _longest_word([row[k] for row in cells])))
              for k, c in enumerate(columns)]
    room = width - sum(k > 0 for k in range(len(columns))) * 3
    for k, c in enumerate(columns):  # an id is copied whole: folded only when nothing else fits
        if c.fold and sum(floors) - floors[k] + widest[k] <= room:
            floors[k] = widest[k]
    # besides its width, each column has a cell of padding each side (none at the table's edges),
    # and columns are one (blank) rule apart
    pads = [(k > 0) + (k < len(columns) - 1) for k in range(len(columns))]
    gaps = sum(pads) + len(columns) - 1
    sizes = widths(widest, floors, [c.share if c.wrap else 0 for c in columns], width - gaps)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for c, size in zip(columns, sizes, strict=True):
        table.add_column(c.header, width=size, no_wrap=not c.wrap, overflow="fold")
    for r, row in zip(rows, cells, strict=True):
        several_lines = any(cell_len(x) > size for x, size in zip(row, sizes, strict=True))
        table.add_row(*row, end_section=bool(r.get("end")) or several_lines)
    out = io.StringIO()
    Console(file=out, width=max(width, sum(sizes) + gaps), color_system=None, highlight=False,
            emoji=False, markup=False, soft_wrap=False, legacy_windows=False).print(table)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"


def widths(widest: Sequence[int], floors: Sequence[int], shares: Sequence[int], room: int) -> list[int]:
    """Column widths in cells: a column of share 0 as wide as its widest cell; the others start
    at their floor (the longest word: a word is never broken to fit) and share what room is
    left by their shares, none wider than its widest cell. A table that cannot fit `room` gets
    its floors, and the terminal wraps its lines rather than a word being split."""
    sizes = [w if s == 0 else min(w, f) for w, f, s in zip(widest, floors, shares, strict=True)]
    left = room - sum(sizes)
    while left > 0:
        growing = [k for k, s in enumerate(shares) if s and sizes[k] < widest[k]]
        if not growing:
            break
        total = sum(shares[k] for k in growing)
        given = 0
        for k in growing:
            more = min(widest[k] - sizes[k], max(1, left * shares[k] // total))
            more = min(more, left - given)
            sizes[k] += more
            given += more
        if given == 0:
            break
        left -= given
    return sizes
