"""Placeholder while the stage is built."""

from ukti.model import Document


def entities(doc: Document) -> Document:
    return doc
