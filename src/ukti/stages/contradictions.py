"""Placeholder while the stage is built."""

from ukti.model import Document


def contradictions(doc: Document) -> Document:
    return doc
