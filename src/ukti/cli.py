"""The `ukti` command. Every command is a thin wrapper over a library function.

Exit codes: 0 every article analysed; 1 some inputs failed (each named on stderr); 2 nothing
could be analysed (or the command was used wrongly).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ukti.model import Document, Failure
from ukti.write import terminal

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="ukti (উক্তি): who said what, per whom, when and how much, in Bengali news.")
train_app = typer.Typer(no_args_is_help=True, help="Train the models that ship inside ukti.")
app.add_typer(train_app, name="train")


class Format(StrEnum):
    json = "json"
    md = "md"
    html = "html"


def _checked_date(value: str | None) -> str | None:
    """`--date`, checked before anything is read: a date that is no date (12/03/2025, 2025-13-45,
    "yesterday") would otherwise become every article's publication date and shift every
    relative time, silently. One line and exit 2 (U016), as the README's error table says."""
    import datetime
    import re

    from ukti.errors import UktiError

    if value is None:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    try:
        if m is None:
            raise ValueError(value)
        datetime.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError as e:
        err = UktiError("U016")
        typer.echo(f"ukti: --date {_shown(value)}: {err.reason} [{err.code}]", err=True)
        raise typer.Exit(2) from e
    return value


def _failure_line(f: Failure) -> str:
    where = f"{f.source}:{f.position}" if f.position else f.source
    return f"ukti: {where}: {f.reason} [{f.code}]"


@app.command()
def analyze(
    files: Annotated[list[str], typer.Argument(help="Files or folders (.txt .html .jsonl .warc[.gz]); - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    date: Annotated[Optional[str], typer.Option(  # noqa: UP045
        callback=_checked_date, help="Publication date (YYYY-MM-DD) for relative times.")] = None,
    lang: Annotated[Optional[str], typer.Option(help="Force the language (bn, en) instead of detecting it.")] = None,  # noqa: UP045
    jobs: Annotated[int, typer.Option(help="Processes for a batch (default: the machine's cores).")] = 0,
    max_bytes: Annotated[int, typer.Option(help="Skip an article larger than this.")] = 5_000_000,
    encoding: Annotated[Optional[str], typer.Option(help="Decode input with this encoding.")] = None,  # noqa: UP045
    time_limit: Annotated[float, typer.Option(help="Seconds one article's HTML extraction or one stage may take.")]
    = 60.0,
) -> None:
    """Analyse articles and print one result per article (NDJSON with --format json)."""
    from ukti.pipeline.batch import analyse_stream
    from ukti.progress import BatchBar, wanted
    from ukti.read import read_paths
    from ukti.store.ingest import expected_articles

    os.environ["UKTI_EXTRACT_SECONDS"] = os.environ["UKTI_STAGE_SECONDS"] = str(time_limit)

    jobs = jobs or os.cpu_count() or 1
    ok = failed = 0
    items = read_paths(files, max_bytes=max_bytes, encoding=encoding)
    out = sys.stdout
    shown = wanted(stdout_too=True)  # a bar on a terminal, only while the results go elsewhere
    with BatchBar(expected_articles(files) if shown else None, shown=shown) as bar:
        for res in analyse_stream(items, date=date, jobs=jobs, lang=lang):
            if isinstance(res, Failure):
                failed += 1
                bar.say(_failure_line(res))
            else:
                ok += 1
                out.write(_render(res, format))
                out.write("\n")
                out.flush()
            bar.show(ok + failed, f"{ok} analysed, {failed} failed")
    if failed:
        raise typer.Exit(2 if ok == 0 else 1)


def _render(doc: Document, fmt: Format) -> str:
    if fmt is Format.json:
        from ukti.write.json import dumps

        return dumps(doc)
    if fmt is Format.md:
        from ukti.write.markdown import render

        return render(doc)
    from ukti.write.html import render as render_html

    return render_html(doc)


@app.command()
def tag(
    conll: Annotated[Path, typer.Option("--conll", help="Pre-tokenised file: one token (or token<TAB>tag) per line.")],
) -> None:
    """Tag pre-tokenised text with the shipped NER model; prints token<TAB>BIO tag."""
    from ukti.ner import tag_conll

    if not conll.exists():
        typer.echo(f"ukti: {conll}: file not found [U001]", err=True)
        raise typer.Exit(2)
    for line in tag_conll(conll.read_text(encoding="utf-8-sig").splitlines()):
        sys.stdout.write(line + "\n")


@train_app.command("ner")
def train_ner(
    data: Annotated[Path, typer.Option(help="CoNLL training file (token<TAB>tag).")],
    out: Annotated[Path, typer.Option(help="Where to write the model.")],
    dev_fraction: Annotated[float, typer.Option(help="Part held out to report dev F1 (0 to train on all).")] = 0.0,
    seed: Annotated[int, typer.Option(help="Seed of the dev split.")] = 13,
    c1: Annotated[float | None, typer.Option(help="L1 penalty (default: the shipped model's).")] = None,
    c2: Annotated[float | None, typer.Option(help="L2 penalty (default: the shipped model's).")] = None,
) -> None:
    """Train the Bengali NER model (CRF) reproducibly."""
    from ukti.train.ner import train

    settings = {k: v for k, v in (("c1", c1), ("c2", c2)) if v is not None}
    report = train(data, out, dev_fraction=dev_fraction, seed=seed, settings=settings)
    typer.echo(report)


@train_app.command("clusters")
def train_clusters(
    out: Annotated[Path, typer.Option(help="Where to write word<TAB>cluster ids.")],
    corpus: Annotated[Path | None, typer.Option(help="JSONL(.gz) news with a 'text' field.")] = None,
    ner: Annotated[Path | None, typer.Option(help="CoNLL NER training file (its words only).")] = None,
    seed: Annotated[int, typer.Option(help="Seed of word2vec and k-means.")] = 13,
) -> None:
    """Word clusters from unlabelled news for the NER tagger (needs the `train` extra: gensim)."""
    from ukti.train.clusters import train

    typer.echo(train(corpus, ner, out, seed=seed))


DbOption = Annotated[str, typer.Option("--db", help="The corpus store: an SQLite file path.")]


class OutFormat(StrEnum):
    table = "table"
    plain = "plain"
    json = "json"


FormatOption = Annotated[Optional[OutFormat], typer.Option(  # noqa: UP045
    "--format", "-f", help="table (the default on a terminal), plain (the default in a pipe: one line a row, "
    "' | ' between the cells) or json (one object a line).")]


def _chosen(fmt: OutFormat | None) -> OutFormat:
    """The format asked for, or the one that suits where stdout goes: a table for a person at a
    terminal, the plain lines scripts have always parsed for a pipe."""
    if fmt is not None:
        return fmt
    return OutFormat.table if sys.stdout.isatty() else OutFormat.plain


def _require(module: str, hint: str) -> Any:
    """An optional dependency, or a one-line message saying how to install it (exit 2)."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as e:
        typer.echo(f"ukti: {hint}", err=True)
        raise typer.Exit(2) from e


def _open(db: str, *, create: bool = False, read_only: bool = False) -> object:
    """The store at db, or a one-line error and exit 2. Only `ingest` creates a store: a query on
    a mistyped path must not answer "nothing found" from an empty store made on the spot. A
    command that only reads opens it `read_only` (it works on read-only media or another user's file)."""
    import sqlite3
    from pathlib import Path

    from ukti.store import Store, StoreError

    is_pg = db.startswith(("postgresql://", "postgres://"))
    if not create and not is_pg and not Path(db).is_file():
        typer.echo(f"ukti: {_shown(db)}: no such store (`ukti ingest FILES --db {_shown(db)}` makes one; "
                   "./scripts/demo's is build/demo.db)", err=True)
        raise typer.Exit(2)
    try:
        return Store.open(db, read_only=read_only)
    except StoreError as e:
        typer.echo(f"ukti: {_shown(db)}: {e}", err=True)
        raise typer.Exit(2) from e
    except (sqlite3.DatabaseError, OSError) as e:  # not a database, a folder, no permission
        typer.echo(f"ukti: {_shown(db)}: cannot open the store: {e}", err=True)
        raise typer.Exit(2) from e


def _shown(path: str) -> str:
    """A path as it may be printed: control characters (terminal escapes in a name) escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


def _cell(v: object) -> str:
    """A value as a person reads it in a table: a confidence 0.67, not 0.6666666666666666; never an
    exponent. (Whole numbers stay as they are: they are ids and line numbers here.)"""
    from ukti.write.human import number

    if isinstance(v, float):
        return f"{v:.2f}" if abs(v) < 1 else number(v)
    return str(v)


# what `search`, `who` and `about` print in a pipe, one line a statement (scripts parse these)
STATEMENT_KEYS = ["published", "outlet", "speaker_text", "stance", "content"]


def _print_rows(rows: list[dict[str, object]], fmt: OutFormat | None, keys: list[str],
                columns: list[Any] | None = None) -> None:
    """Rows as JSON lines, as plain lines of `keys` (a pipe), or as a rich table of `columns`
    (ukti.write.terminal; by default the `keys` as they are)."""
    import json
    import shutil

    fmt = _chosen(fmt)
    if fmt is OutFormat.json:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    if not rows:
        typer.echo("(nothing found)")
        return
    if fmt is OutFormat.table:
        width = shutil.get_terminal_size((100, 24)).columns
        sys.stdout.write(terminal.render(rows, columns or terminal.plain_columns(keys), width))
        return
    for r in rows:  # plain: every cell whole, on one line
        typer.echo(" | ".join("" if r.get(k) is None else _cell(r.get(k)).replace("\n", " ") for k in keys))


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (.txt .html .jsonl .warc[.gz]).")],
    db: DbOption = "ukti.db",
    jobs: Annotated[int, typer.Option(help="Processes (default: the machine's cores).")] = 0,
    reanalyze: Annotated[bool, typer.Option(help="Analyse stored articles again (after a model upgrade).")] = False,
    date: Annotated[Optional[str], typer.Option(  # noqa: UP045
        callback=_checked_date, help="Publication date for articles without one.")] = None,
) -> None:
    """Analyse articles into the corpus store; already stored articles are skipped.

    A folder written by `ukti spark` is loaded as it is, without analysing again.
    """
    from ukti.progress import BatchBar, wanted
    from ukti.spark import is_output
    from ukti.store import IngestCounts
    from ukti.store.ingest import ingest as run
    from ukti.store.ingest import progress_note

    store = _open(db, create=True)
    spark_outputs = [p for p in paths if is_output(p)]
    if spark_outputs:
        from ukti.spark import load

        for out in spark_outputs:
            stored, errors = load(out, store)
            typer.echo(f"{out}: {stored} articles loaded, {errors} errors recorded (see `ukti errors`)", err=True)
        paths = [p for p in paths if p not in spark_outputs]
        if not paths:
            return
    shown = wanted()
    try:
        with BatchBar(None, shown=shown) as bar:
            def progress(counts: IngestCounts, elapsed: float) -> None:
                bar.show(counts.stored + counts.failed + counts.skipped, progress_note(counts, elapsed),
                         total=counts.expected)

            counts = run(paths, store, jobs=jobs or os.cpu_count() or 1, reanalyze=reanalyze,  # type: ignore[arg-type]
                         date=date, progress=progress if shown else None)
    finally:
        store.close()  # type: ignore[attr-defined]  # folds the write-ahead log back into the file
    typer.echo(f"{counts.stored} stored, {counts.skipped} already stored, {counts.failed} failed (see `ukti errors`)",
               err=True)
    if counts.stopped:
        typer.echo(f"ukti: {_shown(db)}: {counts.stopped} [U015]", err=True)
        raise typer.Exit(1)
    if counts.failed and not counts.stored and not counts.skipped:
        raise typer.Exit(2)
    if counts.failed:
        raise typer.Exit(1)


def _limit_option(default: int) -> Any:
    return typer.Option("--limit", "-n", min=1, help=f"Show at most this many (default {default}); "
                        "stderr says how many more there are.")


# rows fetched past --limit only to say how many more there are: a count that stays cheap on a
# corpus of millions ("over 1,000 more" past that)
_LOOKAHEAD = 1000


def _limited(fetch: Callable[[int], list[dict[str, object]]], limit: int) -> list[dict[str, object]]:
    """At most `limit` rows of fetch(n); when there were more, one line on stderr says how many
    and what `--limit` shows them all, so a cut list is never taken for the whole answer."""
    rows = fetch(limit + _LOOKAHEAD)
    more = len(rows) - limit
    if more > 0:
        if more >= _LOOKAHEAD:
            typer.echo(f"ukti: over {_LOOKAHEAD:,} more; use --limit {limit + _LOOKAHEAD} or more "
                       "(or a narrower question)", err=True)
        else:
            typer.echo(f"ukti: {more} more; use --limit {limit + more}", err=True)
    return rows[:limit]


@app.command()
def search(text: str, db: DbOption = "ukti.db", format: FormatOption = None,
           limit: Annotated[int, _limit_option(20)] = 20) -> None:
    """Full-text search over statements (Bengali words match their inflected forms)."""
    store: Any = _open(db, read_only=True)
    _print_rows(_limited(lambda n: store.search(text, n), limit), format,
                STATEMENT_KEYS, terminal.statement_columns())


def _entity_words(e: dict[str, Any]) -> str:
    """An entity as a person picks it from a list: id, name, type, how the corpus writes it, and
    how much there is by and about it."""
    written = f" · {e['written']}" if e.get("written") and e["written"] != e["name"] else ""
    return (f"{e['id']:>6}  {e['name']} ({e['type']}){written} · {e['statements_by']} by, "
            f"{e['statements_about']} about, in {e['articles']} article{'' if e['articles'] == 1 else 's'}")


# entities listed when several share a name: the likeliest first (most statements, most articles)
_MOST_LISTED = 20


def _one_entity(store: Any, name: str, command: str) -> dict[str, Any]:
    """The one entity `name` means (any of its names, a surname alone, or its id), or exit 1
    with what to do: no entity so named (and the nearest names, in both scripts), or several
    (each listed, to be picked by id)."""
    found = store.find_entities(name)
    if len(found) == 1:
        return dict(store.describe_entities([found[0]["id"]])[0])
    if not found:
        near = store.closest_entities(name)
        if not near:
            typer.echo(f"ukti: no entity is named “{_shown(name)}”, nor anything close to it", err=True)
            raise typer.Exit(1)
        lines = [f"ukti: no entity is named “{_shown(name)}”; the closest:", *map(_entity_words, near),
                 f"ask again with one of these names or its id: ukti {command} {near[0]['id']}"]
    else:
        described = store.describe_entities([e["id"] for e in found], forms=False)
        described.sort(key=lambda e: (-(e["statements_by"] if command == "who" else e["statements_about"]),
                                      -e["articles"], e["id"]))
        shown = store.describe_entities([e["id"] for e in described[:_MOST_LISTED]])
        more = len(described) - len(shown)
        lines = [f"ukti: {len(found)} entities are named “{_shown(name)}”:", *map(_entity_words, shown),
                 *([f"… and {more} more (add another word of the name to narrow it)"] if more > 0 else []),
                 f"pick one by its id: ukti {command} {described[0]['id']}"]
    typer.echo("\n".join(lines), err=True)
    raise typer.Exit(1)


EntityArgument = Annotated[str, typer.Argument(
    help="Any of its names, in either script, or a part of one (a surname, a given name); or its id.")]


@app.command()
def who(speaker: EntityArgument, db: DbOption = "ukti.db", format: FormatOption = None,
        limit: Annotated[int, _limit_option(100)] = 100) -> None:
    """Every statement by one entity, by date, with stance.

    No entity so named: the nearest names are suggested; several: each is listed, to pick one
    by its id (exit 1 for both)."""
    store: Any = _open(db, read_only=True)
    entity = _one_entity(store, speaker, "who")
    rows = _limited(lambda n: store.who(entity["id"], n), limit)
    if not rows:
        typer.echo(f"ukti: no statement is credited to {entity['id']} {entity['name']} ({entity['type']}), who is "
                   f"named in {entity['articles']} article{'' if entity['articles'] == 1 else 's'}; "
                   f"what is said about them: ukti about {entity['id']}", err=True)
        return
    _print_rows(rows, format, STATEMENT_KEYS, terminal.statement_columns())


@app.command()
def about(entity: EntityArgument, db: DbOption = "ukti.db", format: FormatOption = None,
          limit: Annotated[int, _limit_option(100)] = 100) -> None:
    """Statements that mention an entity in what they say (found as `who` finds it)."""
    store: Any = _open(db, read_only=True)
    found = _one_entity(store, entity, "about")
    rows = _limited(lambda n: store.about(found["id"], n), limit)
    if not rows:
        typer.echo(f"ukti: no statement by anyone else mentions {found['id']} {found['name']} ({found['type']}); "
                   f"its own: ukti who {found['id']}", err=True)
        return
    _print_rows(rows, format, STATEMENT_KEYS, terminal.statement_columns())


@app.command()
def contradictions(db: DbOption = "ukti.db", entity: Annotated[Optional[str], typer.Option()] = None,  # noqa: UP045
                   across: Annotated[bool, typer.Option(help="Only between different articles.")] = False,
                   min_confidence: Annotated[float, typer.Option(
                       min=0.0, max=1.0, help="Hide weaker ones (0 shows all, also those of an older ukti).")] = 0.6,
                   format: FormatOption = None,
                   limit: Annotated[int, _limit_option(100)] = 100) -> None:
    """Conflicting statements, within and across articles, surest evidence only by default.

    --entity is found as `who` finds it: several entities of that name are listed to pick one by
    its id, none gives the nearest names (exit 1 for both)."""
    store: Any = _open(db, read_only=True)
    chosen = _one_entity(store, entity, "contradictions --entity")["id"] if entity else None
    pairs = _limited(lambda n: store.contradictions(chosen, across, limit=n, min_confidence=min_confidence), limit)
    if _chosen(format) is OutFormat.table:  # each pair as its two sides (each dated) and why
        _print_rows(terminal.contradiction_rows(pairs, _cell), OutFormat.table, [], terminal.contradiction_columns())
        return
    _print_rows(pairs, format, ["outlet_a", "speaker_a", "content_a", "outlet_b", "speaker_b", "content_b", "why",
                                "confidence"])


def _print_versions(rows: list[dict[str, Any]], fmt: OutFormat | None) -> None:
    """Cluster members, one per line: JSON Lines with their changes, or a table that names each
    change as 'type: origin words → these words'."""
    for r in rows:
        r["what_changed"] = "; ".join(f"{c['type']}: {c['origin_words'] or ''} → {c['words'] or ''}".strip()
                                      for c in r["changes"]) or r["kind"]
    if fmt is OutFormat.json:
        rows = [{k: v for k, v in r.items() if k != "what_changed"} for r in rows]
    _print_rows(rows, fmt, ["published", "outlet", "kind", "speaker_text", "content", "what_changed"],
                terminal.version_columns())


@app.command()
def quote(statement: Annotated[str, typer.Argument(help="A statement's id (ARTICLE-s1) or its words.")],
          db: DbOption = "ukti.db", format: FormatOption = None) -> None:
    """Where a statement first appeared, who repeated it and who changed it: every version, origin first."""
    from ukti import quotes

    store = _open(db)
    key = quotes.find(store.db, statement)  # type: ignore[attr-defined]
    found = quotes.versions(store.db, *key) if key else None  # type: ignore[attr-defined]
    if found is None:
        if _chosen(format) is not OutFormat.json:
            typer.echo("(no other outlet reported this statement)" if key else "(nothing found)")
        return
    if _chosen(format) is not OutFormat.json:
        typer.echo(quotes.summary_line(found))
    _print_versions(found["versions"], format)


@app.command()
def quotes(db: DbOption = "ukti.db",
           changed: Annotated[bool, typer.Option(help="Only versions that changed the origin's words.")] = False,
           limit: int = 100, format: FormatOption = None) -> None:
    """Statements reported by more than one article, cluster by cluster, origin first (or only the changed ones)."""
    from ukti import quotes as q

    store = _open(db)
    _print_versions(q.list_members(store.db, changed=changed, limit=limit), format)  # type: ignore[attr-defined]


@app.command()
def stats(db: DbOption = "ukti.db", format: FormatOption = None) -> None:
    """Counts of what the corpus holds."""
    import json

    data = _open(db, read_only=True).stats()  # type: ignore[attr-defined]
    if format is OutFormat.json:
        typer.echo(json.dumps(data, ensure_ascii=False))
    else:
        _stats_table(data)


def _stats_table(data: dict[str, Any]) -> None:
    """The store's counts as a two-column table (what, how many), breakdowns indented under
    their total, counts grouped by thousands; not a Python dict."""
    from rich.console import Console
    from rich.table import Table

    labels = {"articles": "articles", "by_lang": "", "statements": "statements", "by_stance": "",
              "entities": "entities in articles", "corpus_entities": "entities in the corpus",
              "contradictions": "contradictions", "cross_article_contradictions": "  across articles",
              "errors": "errors (see `ukti errors`)", "schema_version": "store schema version"}
    table = Table("what", "count", box=None, pad_edge=False)
    table.columns[1].justify = "right"
    for key in [*labels, *(k for k in data if k not in labels)]:
        value = data.get(key)
        if isinstance(value, dict):  # a breakdown: by language under articles, by stance under statements
            prefix = "  " if labels.get(key) == "" else f"{key.replace('_', ' ')}: "
            for name, n in value.items():
                table.add_row(f"{prefix}{name}", f"{n:,}")
        elif value is not None:
            table.add_row(labels.get(key) or key.replace("_", " "),
                          f"{value:,}" if isinstance(value, int) and key != "schema_version" else str(value))
    Console(soft_wrap=True).print(table)


@app.command()
def errors(db: DbOption = "ukti.db", format: FormatOption = None) -> None:
    """Articles that could not be analysed or stored, with where and why."""
    _print_rows(_open(db, read_only=True).errors(), format, ["source", "position", "code", "reason"])  # type: ignore[attr-defined]


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command()
def export(db: DbOption = "ukti.db", what: Annotated[str, typer.Option(help="statements or entities")] = "statements",
           format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
           out: Annotated[Optional[Path], typer.Option(help="Output file (required for parquet).")] = None,  # noqa: UP045
           ) -> None:
    """Export statements or corpus entities for analysts (JSONL and CSV to stdout, Parquet to --out)."""
    import csv
    import json

    store = _open(db, read_only=True)
    rows = store.export_statements() if what == "statements" else store.export_entities()  # type: ignore[attr-defined]
    if format is ExportFormat.parquet:
        if out is None:
            typer.echo("ukti: --out FILE is needed for parquet", err=True)
            raise typer.Exit(2)
        from ukti.errors import install_hint

        pa = _require("pyarrow", f"parquet needs pyarrow: {install_hint('parquet')}")
        pq = _require("pyarrow.parquet", f"parquet needs pyarrow: {install_hint('parquet')}")
        table = pa.Table.from_pylist(list(rows))
        pq.write_table(table, out)
        typer.echo(f"{table.num_rows} rows written to {out}", err=True)
        return
    writer = None
    for r in rows:
        if format is ExportFormat.jsonl:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
            continue
        if writer is None:
            sys.stdout.write("\ufeff")  # a UTF-8 BOM: spreadsheet programs then read the Bengali as UTF-8
            writer = csv.DictWriter(sys.stdout, fieldnames=list(r))
            writer.writeheader()
        writer.writerow(r)


entity_app = typer.Typer(no_args_is_help=True, help="Correct how the corpus links entities.")
app.add_typer(entity_app, name="entity")


def _entity_line(e: dict[str, Any], now: str = "") -> str:
    return f'{e["id"]} "{e["name"]}" ({e["type"]}, {now}{e["articles"]} article{"" if e["articles"] == 1 else "s"})'


def _merged(store: Any, keep: int, other: int) -> str:
    """Merge, and say what was merged into what and where the merged entity now stands: a
    correction that printed nothing left the user unsure it had happened, or to which entity.
    A missing id is one line and exit 2."""
    from ukti.store import StoreError

    before = store.entity(other)
    try:
        store.merge_entities(keep, other)
    except StoreError as e:
        typer.echo(f"ukti: entity merge: {e}", err=True)
        raise typer.Exit(2) from e
    after = store.entity(keep)
    return f"merged {_entity_line(before)} into {_entity_line(after, 'now ')}; kept on re-ingest"


def _split(store: Any, article: str, entity: str) -> str:
    """Split, and say which article's entity left which corpus entity for which new one."""
    from ukti.store import StoreError

    doc = store.article(article) or {}
    old = next((e.get("corpus_id") for e in doc.get("entities", []) if e.get("id") == entity), None)
    try:
        new = store.split_entity(article, entity)
    except StoreError as e:
        typer.echo(f"ukti: entity split: {e}", err=True)
        raise typer.Exit(2) from e
    was = store.entity(old) if old is not None else None
    left = f', split from {_entity_line(was, "left with ")}' if was else ""
    return (f"entity {entity} of article {article} is now corpus entity {_entity_line(store.entity(new))}{left}; "
            "kept on re-ingest")


@entity_app.command("merge")
def entity_merge(keep: int, other: int, db: DbOption = "ukti.db") -> None:
    """Corpus entity OTHER is the same referent as KEEP (remembered across re-ingests)."""
    typer.echo(_merged(_open(db), keep, other))


@entity_app.command("split")
def entity_split(article: str, entity: str, db: DbOption = "ukti.db") -> None:
    """Give one article's entity (ARTICLE ENTITY, e.g. 3fa… e4) a corpus referent of its own."""
    typer.echo(_split(_open(db), article, entity))


@app.command()
def spark(
    paths: Annotated[list[str], typer.Argument(help="Inputs (.jsonl, .warc[.gz], .parquet, folders), then OUTPUT.")],
    master: Annotated[str, typer.Option(help="local[*], spark://host:7077, yarn …")] = "local[*]",
    store: Annotated[Optional[str], typer.Option(help="Apply this store's entity merge/split corrections.")] = None,  # noqa: UP045
    partitions: Annotated[Optional[int], typer.Option(help="Partitions for JSONL inputs.")] = None,  # noqa: UP045
    date: Annotated[Optional[str], typer.Option(  # noqa: UP045
        callback=_checked_date, help="Publication date for articles without one.")] = None,
) -> None:
    """Analyse a corpus on Apache Spark into Parquet tables (load them with `ukti ingest OUTPUT`)."""
    if len(paths) < 2:
        typer.echo("ukti spark: give one or more inputs and then the output folder", err=True)
        raise typer.Exit(2)
    from ukti.errors import install_hint

    _require("pyspark", f"ukti spark needs PySpark: {install_hint('spark')} (and Java 17+)")
    from ukti.spark import run

    corrections = _open(store).corrections() if store else None  # type: ignore[attr-defined]
    counts = run(paths[:-1], paths[-1], master=master, corrections=corrections, partitions=partitions, date=date)
    typer.echo(" · ".join(f"{k} {v}" for k, v in counts.items()), err=True)
    if counts.get("errors") and not counts.get("articles"):
        raise typer.Exit(2)
    if counts.get("errors"):
        raise typer.Exit(1)


@app.command()
def serve(db: DbOption = "ukti.db", host: str = "127.0.0.1", port: int = 8000,
          workers: Annotated[int, typer.Option(help="Server processes (each answers many requests).")] = 1,
          read_only: Annotated[bool, typer.Option(
              help="Serve only: open the store read-only, refuse ingest, analyse and paste.")] = False,
          ) -> None:
    """Serve the corpus as web pages and a JSON API (docs at /docs).

    Ingest through the API needs a token: UKTI_TOKEN from the environment, or a fresh one that
    is printed at start.
    """
    import secrets

    import uvicorn

    _open(db, read_only=read_only).close()  # type: ignore[attr-defined]  # a bad or too-new database fails here
    given = os.environ.get("UKTI_TOKEN")
    token = None if read_only else given or secrets.token_urlsafe(24)
    os.environ["UKTI_DB"] = db
    os.environ["UKTI_READ_ONLY"] = "1" if read_only else "0"
    os.environ.pop("UKTI_TOKEN", None)
    if token:
        os.environ["UKTI_TOKEN"] = token
        # a token the operator gave is not printed: stderr ends up in logs
        shown = "the one in UKTI_TOKEN" if given else token
        typer.echo(f"ingest token (Authorization: Bearer …): {shown}", err=True)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"ukti: serving {db} at http://{shown}:{port}/  (Ctrl-C stops)", err=True)
    # an analysis in flight (up to its 30 s budget) must not hold up a SIGTERM: 5 s, then stop
    uvicorn.run("ukti.web:app_from_env", factory=True, host=host, port=port, workers=workers, log_level="warning",
                timeout_graceful_shutdown=5)


@app.command()
def version() -> None:
    """Print ukti's version."""
    from ukti import __version__

    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
