from __future__ import annotations

import pytest

from ukti import analyze_text
from ukti.model import Document


@pytest.fixture
def bn():
    """Analyse a Bengali text (optionally with a publication date)."""

    def run(text: str, date: str | None = None) -> Document:
        return analyze_text(text, lang="bn", date=date)

    return run
