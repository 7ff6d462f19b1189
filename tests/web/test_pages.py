"""The server-rendered pages: what they show, and that article text is always escaped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from ukti.web import create_app

HOSTILE = ("<script>alert('x')</script>\nমন্ত্রী বলেন, “<img src=x onerror=alert(1)> সব ঠিক আছে।”\n"
           "<a href=\"javascript:alert(2)\">লিংক</a>")


@pytest.fixture(scope="module")
def client(sample_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db), headers={"accept": "text/html"}) as c:
        yield c


def test_every_page_answers(client: TestClient) -> None:
    for path in ("/", "/?q=প্রস্তাব", "/articles", "/entities", "/entities?type=PER", "/contradictions",
                 "/contradictions?across=true", "/paste"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert 'name="viewport"' in r.text and "Noto Sans Bengali" in client.get("/static/ukti.css").text


def test_article_page_highlights_speaker_cue_and_boilerplate(client: TestClient) -> None:
    article = client.get("/api/articles", params={"outlet": "প্রতিদিনের খবর"}).json()["items"][0]
    page = client.get(f"/articles/{article['id']}").text
    assert '<span class="speaker ent ent-PER" data-statement="s3">নাজমা বেগম</span>' in page
    assert '<span class="cue" data-statement="s3">বলেন</span>' in page
    assert 'class="content st-claim' in page and "anonymous source" in page
    assert '<p class="boilerplate"><span class="kind">comments</span>মন্তব্য (০)</p>' in page


def test_hostile_article_text_shows_as_text(client: TestClient) -> None:
    page = client.post("/paste", data={"text": HOSTILE}).text
    assert "<script>alert" not in page and "<img src=x" not in page and 'href="javascript:' not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'class="speaker" data-statement="s1">মন্ত্রী</span>' in page


def test_missing_things_are_404_pages(client: TestClient) -> None:
    for path in ("/articles/nope", "/entities/123456789", "/no/such/page"):
        r = client.get(path)
        assert r.status_code == 404 and "<h1>" in r.text, path


def test_long_lists_are_paged(client: TestClient) -> None:
    first = client.get("/").text
    assert 'rel="next"' not in first or "page=2" in first
    r = client.get("/", params={"q": "বলেন", "page": 1})
    assert r.status_code == 200


def test_an_article_url_that_is_not_http_gives_no_link_and_pages_carry_a_policy(tmp_path) -> None:
    from ukti.web.pages import safe_url

    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x", ""):
        assert safe_url(bad) == "", bad
    assert safe_url("https://example.org/a") == "https://example.org/a"
    token = "t" * 20
    db = str(tmp_path / "x.db")
    with TestClient(create_app(db, token=token), headers={"accept": "text/html"}) as c:
        r = c.post("/api/articles", headers={"Authorization": f"Bearer {token}"},
                   json={"text": "মন্ত্রী বলেন, সব ঠিক আছে।", "url": " JaVaScRiPt:alert(1)"})
        page = c.get(f"/articles/{r.json()['id']}")
        assert "javascript:" not in page.text.lower()
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert page.headers["x-content-type-options"] == "nosniff" and page.headers["x-frame-options"] == "DENY"


def test_an_entity_page_with_undated_statements_answers(tmp_path) -> None:
    token = "t" * 20
    db = str(tmp_path / "undated.db")
    with TestClient(create_app(db, token=token), headers={"accept": "text/html"}) as c:
        for text in ("পরিকল্পনামন্ত্রী আবদুল মান্নান বলেন, সেতুর কাজ শুরু হবে।",
                     "পরিকল্পনামন্ত্রী আবদুল মান্নান বলেন, রেলপথের কাজও শুরু হবে।"):
            assert c.post("/api/articles", json={"text": text},
                          headers={"Authorization": f"Bearer {token}"}).status_code == 201
        people = c.get("/api/entities", params={"type": "PER"}, headers={"accept": "application/json"}).json()
        page = c.get(f"/entities/{people['items'][0]['id']}")
        assert page.status_code == 200 and "undated" in page.text
