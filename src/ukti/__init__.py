"""ukti (উক্তি): offline, Bengali-first news understanding.

    >>> import ukti
    >>> result = ukti.analyze("…article text…")
    >>> [s.speaker.text for s in result.statements]
"""

from __future__ import annotations

import re
from pathlib import Path

from ukti.model import Document, RawArticle

__version__ = "0.1.0"


def analyze(text_or_path: str | Path, *, lang: str | None = None, date: str | None = None,
            url: str | None = None) -> Document:
    """Analyse one article given as text, or as the path of a file holding one.

    Returns the `Document`: `text` (NFC; every offset points into it), `title`, `published`,
    `entities` (each with `id`, `type`, Latin `name` and its `mentions`), `statements` (each with
    `speaker`, `cue`, `stance`, `content`, `direct`, `nested_in`), `times`, `quantities` and
    `contradictions`. A speaker's entity is `speaker.entity`, an id into `entities`:
    `{e.id: e for e in doc.entities}[s.speaker.entity].name`. A one-word string that looks like
    a path ("news/a.txt") but names no file raises UktiError U001 instead of being read as text;
    `analyze_text` reads any string as text.
    """
    from ukti.errors import UktiError
    from ukti.pipeline import default_pipeline
    from ukti.read import read_path

    if isinstance(text_or_path, str) and _looks_like_path(text_or_path) and not _is_file(text_or_path):
        # "…/article.tx" is a typo, not an English article about a file name
        raise UktiError("U001")
    if isinstance(text_or_path, Path) or _is_file(str(text_or_path)):
        for item in read_path(str(text_or_path)):
            if isinstance(item, RawArticle):
                item.lang = lang or item.lang
                item.url = url or item.url
                return default_pipeline()(item, date=date)
            raise UktiError(item.code) if item.code in ("U001", "U002", "U003", "U004", "U006") else ValueError(
                f"{item.source}: {item.reason}")
        raise UktiError("U006")
    return analyze_text(str(text_or_path), lang=lang, date=date, url=url)


def analyze_text(text: str, *, lang: str | None = None, date: str | None = None,
                 url: str | None = None) -> Document:
    """Analyse article text, never taken for a path whatever it looks like (see `analyze`)."""
    from ukti.pipeline import default_pipeline
    from ukti.read.decode import normalise

    article = RawArticle(text=normalise(text), source="<text>", url=url, lang=lang)
    return default_pipeline()(article, date=date)


_PATH_ENDINGS = (".txt", ".html", ".htm", ".jsonl", ".json", ".warc", ".gz", ".xml", ".md")


def _looks_like_path(s: str) -> bool:
    """One word with a folder separator or a file ending, and no letters of a Bengali article:
    meant as a path, whether or not the file is there."""
    s = s.strip()
    if not s or len(s) > 1024 or any(c.isspace() for c in s) or any("\u0980" <= c <= "\u09ff" for c in s):
        return False
    if s.lower().endswith(_PATH_ENDINGS):
        return True
    # a folder separator and a file name with an extension ("news/article.tx"), not a lone "/"
    name = re.split(r"[\\/]", s)[-1]
    return ("/" in s or "\\" in s) and re.fullmatch(r"[^.]+\.[A-Za-z0-9]{1,5}", name) is not None


def _is_file(s: str) -> bool:
    """A one-line string naming an existing file is a path; anything else is article text."""
    if len(s) > 1024 or "\n" in s:
        return False
    try:
        return Path(s).is_file()
    except (OSError, ValueError):  # too long a name, a NUL byte: text, not a path
        return False


__all__ = ["Document", "RawArticle", "__version__", "analyze", "analyze_text"]
