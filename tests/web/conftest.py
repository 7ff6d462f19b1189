"""A store filled from the bundled sample articles (examples/), shared by the web tests."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from ukti.store import Store
    from ukti.store.ingest import ingest

    path = str(tmp_path_factory.mktemp("web") / "sample.db")
    store = Store.open(path)
    counts = ingest([str(EXAMPLES)], store)
    store.close()
    assert counts.stored >= 8 and counts.failed == 0
    return path
