"""Placeholder while the stage is built."""

from ukti.model import Document


def statements(doc: Document) -> Document:
    return doc
