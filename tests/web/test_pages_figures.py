"""An article page states its times and figures as people say them: "32 million BDT" for
'৩ কোটি ২০ লাখ টাকা', the fiscal year as months, no `XXXX` or exponent; the API keeps values."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from ukti.web import create_app


@pytest.fixture(scope="module")
def client(sample_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db)) as c:
        yield c


def test_article_page_figures_for_people(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "মেরামতে"}).json()
    article_id = next(x["article_id"] for x in found["statements"])
    api = client.get(f"/api/articles/{article_id}").json()
    assert any(q["value"] == 32_000_000 and q["unit"] == "BDT" for q in api["quantities"])
    page = client.get(f"/articles/{article_id}", headers={"accept": "text/html"}).text
    table = page[page.index("When and how much"):]
    assert "32 million BDT · ৩.২ কোটি টাকা" in table
    assert "July 2024 – June 2025" in table  # গত অর্থবছরে, the fiscal year
    assert not re.search(r"\de[+-]\d|>[^<]*XXXX|\d\.0\b|\((EARLY|MID|LATE|START|END)\)", table)
