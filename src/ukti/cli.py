"""The `ukti` command. Every command is a thin wrapper over a library function.

Exit codes: 0 every article analysed; 1 some inputs failed (each named on stderr); 2 nothing
could be analysed (or the command was used wrongly).
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ukti.model import Document, Failure, RawArticle

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="ukti (উক্তি): who said what, per whom, when and how much, in Bengali news.")
train_app = typer.Typer(no_args_is_help=True, help="Train the models that ship inside ukti.")
app.add_typer(train_app, name="train")


class Format(StrEnum):
    json = "json"
    md = "md"
    html = "html"


def _analyse(item: RawArticle, date: str | None) -> Document:
    from ukti.pipeline import default_pipeline

    return default_pipeline()(item, date=date)


def _worker(args: tuple[RawArticle, str | None]) -> Document:
    return _analyse(*args)


def analyse_stream(items: Iterator[RawArticle | Failure], *, date: str | None, jobs: int,
                   lang: str | None = None) -> Iterator[Document | Failure]:
    """Analyse a stream of articles, in order, over `jobs` processes; failures pass through."""
    first = list(itertools.islice(items, 2))
    stream = itertools.chain(first, items)

    def prepared() -> Iterator[RawArticle | Failure]:
        for it in stream:
            if isinstance(it, RawArticle) and lang:
                it.lang = lang
            yield it

    if jobs <= 1 or len(first) < 2:
        for item in prepared():
            yield item if isinstance(item, Failure) else _analyse(item, date)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(jobs, maxtasksperchild=500) as pool:
        batch = 4 * jobs
        source = prepared()
        while True:
            pending = list(itertools.islice(source, batch * 8))
            if not pending:
                break
            articles = [(p, date) for p in pending if isinstance(p, RawArticle)]
            results = iter(pool.imap(_worker, articles, chunksize=max(1, len(articles) // (jobs * 4))))
            for p in pending:
                yield p if isinstance(p, Failure) else next(results)


def _report(f: Failure) -> None:
    where = f"{f.source}:{f.position}" if f.position else f.source
    typer.echo(f"ukti: {where}: {f.reason} [{f.code}]", err=True)


@app.command()
def analyze(
    files: Annotated[list[str], typer.Argument(help="Files or folders (.txt .html .jsonl .warc[.gz]); - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    date: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for relative times.")] = None,  # noqa: UP045
    lang: Annotated[Optional[str], typer.Option(help="Force the language (bn, en) instead of detecting it.")] = None,  # noqa: UP045
    jobs: Annotated[int, typer.Option(help="Processes for a batch (default: the machine's cores).")] = 0,
    max_bytes: Annotated[int, typer.Option(help="Skip an article larger than this.")] = 5_000_000,
    encoding: Annotated[Optional[str], typer.Option(help="Decode input with this encoding.")] = None,  # noqa: UP045
) -> None:
    """Analyse articles and print one result per article (NDJSON with --format json)."""
    from ukti.read import read_paths

    jobs = jobs or os.cpu_count() or 1
    ok = failed = 0
    items = read_paths(files, max_bytes=max_bytes, encoding=encoding)
    out = sys.stdout
    for res in analyse_stream(items, date=date, jobs=jobs, lang=lang):
        if isinstance(res, Failure):
            failed += 1
            _report(res)
            continue
        ok += 1
        out.write(_render(res, format))
        out.write("\n")
        out.flush()
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
) -> None:
    """Train the Bengali NER model (CRF) reproducibly."""
    from ukti.train.ner import train

    report = train(data, out, dev_fraction=dev_fraction, seed=seed)
    typer.echo(report)


@app.command()
def version() -> None:
    """Print ukti's version."""
    from ukti import __version__

    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
