"""Batching: many articles in order over several processes (`ukti.pipeline.batch`), the one
place the command line, the store's ingest and the web app analyse through."""

from __future__ import annotations

import ast
from pathlib import Path

from ukti.model import Failure, RawArticle
from ukti.pipeline.batch import analyse_one, analyse_stream, analyse_stream_into

SRC = Path(__file__).resolve().parent.parent / "src" / "ukti"


def _imports(path: Path) -> set[str]:
    """Every module a source file imports, at its top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_library_never_imports_its_command_line() -> None:
    users = [p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")
             if p.name not in ("cli.py", "__main__.py") and "ukti.cli" in _imports(p)]
    assert users == []
    for module in ("cli.py", "store/ingest.py", "web/backend.py"):  # all three analyse through the batch module
        assert "ukti.pipeline.batch" in _imports(SRC / module), module


def test_a_stream_comes_back_in_order_with_failures_where_they_were() -> None:
    texts = [f"শিরোনাম {k}\nসচিব বলেন, সেতুর কাজ {k} মাসে শেষ হবে।" for k in range(5)]
    items: list[RawArticle | Failure] = [RawArticle(text=t, source=f"n{k}.txt") for k, t in enumerate(texts)]
    items.insert(2, Failure("gone.txt", None, "file not found", "U001"))
    for jobs in (1, 2):
        out = list(analyse_stream(iter(items), date="2025-01-05", jobs=jobs))
        assert [x.code if isinstance(x, Failure) else x.text.splitlines()[0] for x in out] == [
            "শিরোনাম 0", "শিরোনাম 1", "U001", "শিরোনাম 2", "শিরোনাম 3", "শিরোনাম 4"]
        assert all(x.published == "2025-01-05" for x in out if not isinstance(x, Failure))


def test_one_article_is_analysed_as_the_stream_analyses_it() -> None:
    item = RawArticle(text="শিরোনাম\nসচিব বলেন, সেতুর কাজ তিন মাসে শেষ হবে।", source="one.txt")
    alone = analyse_one(item, "2025-01-05")
    (streamed,) = analyse_stream(iter([item]), date="2025-01-05", jobs=1)
    assert not isinstance(streamed, Failure)
    assert [s.content.text for s in alone.statements] == [s.content.text for s in streamed.statements]
    assert alone.statements, "the sentence has a statement"


def _text_or_die(doc):  # a finish step that kills its process on one article (pickled by name)
    import os as _os

    if "বিষাক্ত" in doc.text:
        _os._exit(9)
    return doc.text.splitlines()[0]


def test_a_worker_that_dies_is_one_failure_and_the_batch_goes_on() -> None:
    import threading


    texts = [f"খবর {k}\nমন্ত্রী বলেন, কাজ চলছে।" for k in range(7)]
    texts[3] = "খবর বিষাক্ত\nমন্ত্রী বলেন, কাজ চলছে।"
    items = [RawArticle(text=t, source=f"a{k}.txt") for k, t in enumerate(texts)]
    out: list[object] = []
    t = threading.Thread(target=lambda: out.extend(analyse_stream_into(_text_or_die, iter(items), date=None, jobs=2)),
                         daemon=True)
    t.start()
    t.join(timeout=120)
    assert not t.is_alive(), "the batch hung on a dead worker"
    assert [x.code if isinstance(x, Failure) else x for x in out] == [
        "খবর 0", "খবর 1", "খবর 2", "U014", "খবর 4", "খবর 5", "খবর 6"]
