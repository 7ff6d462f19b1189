"""/docs works offline: the page names no other host, and every script, stylesheet and icon it
loads is answered by the app itself (Swagger UI's files from the installed package)."""

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


def test_docs_loads_its_assets_from_the_app(client: TestClient) -> None:
    page = client.get("/docs", headers={"accept": "text/html"})
    assert page.status_code == 200
    assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", page.text, re.I), "an external URL in /docs"
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert {a.rsplit("/", 1)[-1] for a in assets} >= {"swagger-ui-bundle.js", "swagger-ui.css"}
    for url in assets:
        assert url.startswith("/"), url
        r = client.get(url)
        assert r.status_code == 200 and len(r.content) > 500, url
    js = client.get(next(a for a in assets if a.endswith(".js")))
    assert "javascript" in js.headers["content-type"] and b"SwaggerUIBundle" in js.content
    # the spec it reads is this app's, and no CDN ReDoc page is left behind
    assert "url: '/openapi.json'" in page.text
    assert client.get("/redoc", headers={"accept": "application/json"}).status_code == 404
