"""The JSON API on the sample corpus, in process (no server, no browser)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from ukti.web import create_app

TOKEN = "test-token"


@pytest.fixture(scope="module")
def client(sample_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db, token=TOKEN, max_body=200_000)) as c:
        yield c


def test_statements_are_paged_and_filtered(client: TestClient) -> None:
    first = client.get("/api/statements", params={"size": 3}).json()
    assert len(first["items"]) == 3 and first["has_more"]
    second = client.get("/api/statements", params={"size": 3, "page": 2}).json()
    assert {s["statement_id"] + s["article_id"] for s in first["items"]}.isdisjoint(
        {s["statement_id"] + s["article_id"] for s in second["items"]})
    denials = client.get("/api/statements", params={"stance": "deny"}).json()["items"]
    assert denials and all(s["stance"] == "deny" for s in denials)
    anonymous = client.get("/api/statements", params={"anonymous": True}).json()["items"]
    assert any("কর্মকর্তা" in s["speaker_text"] for s in anonymous)
    assert all(s["anonymous"] for s in anonymous)
    october = client.get("/api/statements", params={"date_from": "2025-10-13", "date_to": "2025-10-13"}).json()
    assert october["items"] and {s["published"] for s in october["items"]} == {"2025-10-13"}


def test_search_finds_inflected_bengali(client: TestClient) -> None:
    # "প্রস্তাব" finds the statements that say "প্রস্তাবে" and "প্রস্তাবটি" too
    hits = client.get("/api/search", params={"q": "প্রস্তাব"}).json()
    contents = [s["content"] for s in hits["statements"]]
    assert any("প্রস্তাবে" in c for c in contents) and any("প্রস্তাবটি" in c for c in contents)
    assert any(a["title"] and "প্রস্তাব" in a["title"] for a in hits["articles"])
    assert client.get("/api/search", params={"q": "!!!"}).json()["statements"] == []


def test_entity_has_aliases_timeline_and_statements(client: TestClient) -> None:
    [najma] = [e for e in client.get("/api/entities", params={"q": "Najma"}).json()["items"]]
    detail = client.get(f"/api/entities/{najma['id']}").json()
    assert {a["form"] for a in detail["aliases"]} >= {"নাজমা বেগম"}
    assert [s["stance"] for s in detail["statements_by"]][:1] == ["claim"]
    by_speaker = client.get("/api/statements", params={"speaker": najma["id"]}).json()["items"]
    assert len(by_speaker) == len(detail["statements_by"]) >= 2


def test_article_analysis_and_filters(client: TestClient) -> None:
    listed = client.get("/api/articles", params={"outlet": "দৈনিক সকাল"}).json()["items"]
    assert len(listed) == 2 and all(a["outlet"] == "দৈনিক সকাল" for a in listed)
    english = client.get("/api/articles", params={"lang": "en"}).json()["items"]
    assert english and all(a["lang"] == "en" for a in english)
    data = client.get(f"/api/articles/{listed[0]['id']}").json()
    assert data["text"] and data["statements"] and all("corpus_id" in e for e in data["entities"])


def test_analyze_does_not_store(client: TestClient) -> None:
    before = client.get("/api/articles", params={"size": 100}).json()["items"]
    r = client.post("/api/analyze", json={"text": "স্বাস্থ্যমন্ত্রী বলেন, “হাসপাতালে ওষুধের কোনো সংকট নেই।”"})
    assert r.status_code == 200
    [s] = r.json()["statements"]
    assert s["speaker"]["text"] == "স্বাস্থ্যমন্ত্রী" and s["direct"] and s["content"]["text"].startswith("হাসপাতালে")
    assert client.get("/api/articles", params={"size": 100}).json()["items"] == before


def test_bad_requests_are_clear(client: TestClient) -> None:
    assert client.get("/api/articles/no-such-article").json() == {"detail": "no article no-such-article"}
    assert client.get("/api/articles/no-such-article").status_code == 404
    assert client.get("/api/entities/999999999").status_code == 404
    assert client.get("/api/entities/99999999999999999999999").status_code == 422
    assert client.get("/api/statements", params={"stance": "maybe"}).status_code == 422
    assert client.post("/api/analyze", json={"text": "   "}).status_code == 422
    assert client.post("/api/analyze", json={}).status_code == 422
    big = client.post("/api/analyze", json={"text": "ক" * 300_000})
    assert big.status_code == 413


def test_ingest_needs_the_token(client: TestClient) -> None:
    body = {"text": "পরিকল্পনামন্ত্রী বলেন, “নতুন সেতুর কাজ আগামী মাসে শুরু হবে।”", "outlet": "দৈনিক পরীক্ষা",
            "published": "2025-12-01"}
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201 and r.json()["stored"]
    again = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json() == {"id": r.json()["id"], "stored": False}
    stored = client.get(f"/api/articles/{r.json()['id']}").json()
    assert stored["outlet"] == "দৈনিক পরীক্ষা" and stored["published"] == "2025-12-01"


def test_read_only_server_refuses_ingest(sample_db: str) -> None:
    with TestClient(create_app(sample_db)) as c:
        assert c.post("/api/articles", json={"text": "কিছু"}, headers={"Authorization": "Bearer x"}).status_code == 403


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/analyze", "/api/articles", "/api/articles/{article_id}", "/api/entities",
              "/api/entities/{entity_id}", "/api/statements", "/api/contradictions", "/api/search"):
        assert p in paths
    assert "post" in paths["/api/articles"] and client.get("/docs").status_code == 200


def test_a_first_request_that_writes_does_not_hang_and_a_strange_token_is_refused(tmp_path) -> None:
    import threading

    db = str(tmp_path / "fresh.db")
    create_app(db, token=TOKEN)  # makes the store
    result: dict[str, int] = {}

    def first_post() -> None:
        with TestClient(create_app(db, token=TOKEN)) as c:
            body = {"text": "পরিকল্পনামন্ত্রী বলেন, “নতুন সেতুর কাজ আগামী মাসে শুরু হবে।”"}
            result["status"] = c.post("/api/articles", json=body,
                                      headers={"Authorization": f"Bearer {TOKEN}"}).status_code
            result["odd"] = c.post("/api/articles", json=body,
                                   headers={"Authorization": "Bearer টোকেন".encode()}).status_code

    t = threading.Thread(target=first_post, daemon=True)
    t.start()
    t.join(timeout=30)
    assert not t.is_alive(), "the first write request hung"
    assert result == {"status": 201, "odd": 401}


def test_the_token_goes_in_a_bearer_header_of_any_case(tmp_path) -> None:
    """#22 (low): a bare token without "Bearer " was accepted while "bearer" was refused, and a
    401 did not say which scheme to use."""
    db = str(tmp_path / "auth.db")
    body = {"text": "পরিকল্পনামন্ত্রী বলেন, “নতুন সেতুর কাজ আগামী মাসে শুরু হবে।”"}
    with TestClient(create_app(db, token=TOKEN)) as c:
        bare = c.post("/api/articles", json=body, headers={"Authorization": TOKEN})
        assert bare.status_code == 401 and bare.headers["www-authenticate"].startswith("Bearer")
        assert c.post("/api/articles", json=body, headers={"Authorization": f"bearer {TOKEN}"}).status_code == 201
        assert c.post("/api/articles", json=body, headers={"Authorization": f"BEARER  {TOKEN} "}).status_code == 201


def test_serve_does_not_print_a_token_it_was_given(sample_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """#22 (low): the token from UKTI_TOKEN was printed to stderr, which ends up in logs; a
    token made at start is printed (the operator needs it)."""
    import uvicorn
    from typer.testing import CliRunner

    from ukti.cli import app

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)  # the server itself is not the question
    for name in ("UKTI_DB", "UKTI_READ_ONLY"):  # serve sets them for its workers: restored after the test
        monkeypatch.setenv(name, "")
    monkeypatch.setenv("UKTI_TOKEN", "secret-from-the-environment")
    given = CliRunner().invoke(app, ["serve", "--db", sample_db])
    assert given.exit_code == 0 and "secret-from-the-environment" not in given.output
    assert "UKTI_TOKEN" in given.output
    monkeypatch.delenv("UKTI_TOKEN")
    made = CliRunner().invoke(app, ["serve", "--db", sample_db])
    assert "ingest token (Authorization: Bearer …): " in made.output
