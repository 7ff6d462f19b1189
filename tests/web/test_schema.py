"""Schema-driven API testing: schemathesis generates requests from /openapi.json (valid and
not) and checks that no answer is a 5xx and every answer matches the documented schema."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from ukti.store import Store
from ukti.store.ingest import ingest
from ukti.web import create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _app() -> object:
    # built at import (schemathesis collects operations then); a small corpus of its own
    path = Path(tempfile.mkdtemp(prefix="ukti-schema-")) / "corpus.db"
    store = Store.open(str(path))
    ingest([str(EXAMPLES / "water-tariff.jsonl")], store)
    store.close()
    return create_app(str(path), token="schema-token", max_body=100_000)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error])


@pytest.mark.parametrize("path", ["/api/statements", "/api/search?q=দাম", "/api/entities", "/api/contradictions"])
def test_documented_lists_conform(path: str) -> None:
    case = schema["/api/search" if path.startswith("/api/search") else path]["GET"].Case(
        query={"q": "দাম"} if "search" in path else {})
    case.call_and_validate()
