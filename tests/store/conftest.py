"""Every store test runs against SQLite and, when a server is given, PostgreSQL.

`scripts/test` starts a private PostgreSQL server (scripts/postgres) and sets UKTI_TEST_PG to
its URL; each test gets a fresh database of its own, created with a UTF-8 ctype so that the
text search keeps whole Bengali words.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG = os.environ.get("UKTI_TEST_PG")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "u.db")
        return
    if not PG:
        pytest.skip("no PostgreSQL server (set UKTI_TEST_PG, as scripts/test does)")
    import psycopg

    name = f"ukti_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8'"
                      f" LC_CTYPE 'C.UTF-8'")
    yield f"{PG}/{name}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
