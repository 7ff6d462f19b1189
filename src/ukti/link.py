"""Corpus-wide entities: which article entities name the same referent.

One module for the store and the Spark job. An article entity is linked by a key made of its
type and canonical Latin name ("PER:elon musk"), so every spelling an article merged stays
merged across the corpus. Corrections made by people (`ukti entity merge/split`) are stored
and replayed on every link, so re-ingesting never undoes them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def corpus_key(entity_type: str, name: str) -> str:
    folded = " ".join(unicodedata.normalize("NFKC", name).casefold().replace(".", " ").split())
    return f"{entity_type}:{folded}"


@dataclass(slots=True, frozen=True)
class Correction:
    action: str  # "merge": key `other` is the same referent as key `target`; "split": the article
    target: str  # entity `other` ("ARTICLE_ID/e3") gets a referent of its own
    other: str


def resolve(key: str, article_entity: str, corrections: list[Correction]) -> str:
    """The key an article entity is linked under after people's corrections, applied in order."""
    for c in corrections:
        if c.action == "split" and c.other == article_entity:
            key = f"{key}#split:{article_entity}"
        elif c.action == "merge" and c.other == key:
            key = c.target
    return key
