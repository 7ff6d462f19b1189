"""The pipeline: named stages run in order on a Document.

Each stage is a pure function `Document -> Document` in its own module under `stages/`. A
stage that raises does not lose the article: the error is recorded in `Document.errors`
and the later stages still run on what is there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ukti.limits import seconds, time_limit
from ukti.model import Document, RawArticle
from ukti.stages.clean import clean
from ukti.stages.langid import langid
from ukti.stages.quantities import quantities
from ukti.stages.segment import segment
from ukti.stages.times import times

Stage = Callable[[Document], Document]


@dataclass(frozen=True, slots=True)
class Pipeline:
    stages: Sequence[tuple[str, Stage]]

    def __call__(self, article: RawArticle, *, date: str | None = None) -> Document:
        doc = Document(text=article.text, meta=article, published=article.date or date)
        limit = seconds("UKTI_STAGE_SECONDS")
        for name, stage in self.stages:
            try:
                with time_limit(limit, f"stage {name}"):
                    doc = stage(doc)
            except Exception as e:  # a bug in one stage (or hostile input that stalls it) must not lose the article
                doc = replace(doc, errors=[*doc.errors, f"stage {name} failed: {type(e).__name__}: {e}"])
        return doc

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self.stages]


def default_stages() -> list[tuple[str, Stage]]:
    from ukti.stages.contradictions import contradictions
    from ukti.stages.entities import entities
    from ukti.stages.statements import statements

    return [
        ("langid", langid),
        ("clean", clean),
        ("segment", segment),
        ("times", times),
        ("quantities", quantities),
        ("entities", entities),
        ("statements", statements),
        ("contradictions", contradictions),
    ]


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline(default_stages())
    return _DEFAULT
