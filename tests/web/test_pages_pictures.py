"""The article page and the paste results say what the ids mean (whom a pronoun is, what a
denial answers, whose account a nested statement is); the entity page and the overview draw
their charts, undated articles included. Page routes on SQLite."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ukti.web import create_app

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def client(sample_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db)) as c:
        yield c


def card(page: str, sid: str) -> str:
    """The HTML of one statement card on an article page."""
    start = page.index(f'id="{sid}" data-statement="{sid}"')
    end = page.find('<div class="card statement', start)
    return page[start:end if end > 0 else page.index("<h2>", start)]


def article_with(client: TestClient, word: str) -> tuple[str, dict[str, Any]]:
    found = client.get("/api/search", params={"q": word}).json()
    aid = next(x["article_id"] for x in found["statements"])
    return aid, client.get(f"/api/articles/{aid}").json()


def test_pronoun_denial_and_contradiction_are_explained_on_the_article_page(client: TestClient) -> None:
    aid, doc = article_with(client, "আত্মসাতের")
    page = client.get(f"/articles/{aid}", headers=HTML).text
    names = {e["id"]: e for e in doc["entities"]}
    by_id = {s["id"]: s for s in doc["statements"]}
    pronoun = next(s for s in doc["statements"] if s["speaker"]["text"] == "তিনি" and s["speaker"]["entity"])
    person = names[pronoun["speaker"]["entity"]]
    assert f'<a href="/entities/{person["corpus_id"]}">{person["name"]}</a>' in card(page, pronoun["id"])
    denial = next(s for s in doc["statements"] if s["stance"] == "deny" and s["refers_to"])
    shown = card(page, denial["id"])
    assert f'denies\n    <a href="#{denial["refers_to"]}">' in shown
    assert by_id[denial["refers_to"]]["content"]["text"] in shown  # the denied words, not only "the allegation"
    [c] = doc["contradictions"]
    for one, other in ((c["a"], c["b"]), (c["b"], c["a"])):
        assert f'<a href="#{other}">{other}</a>' in card(page, one)
    pair = page[page.index("Contradictions in this article"):page.index("<h2>Article</h2>")]
    assert f'href="#{c["a"]}"' in pair and f'href="#{c["b"]}"' in pair
    # every statement id is a visible anchor on its own card
    assert all(f'<a class="sid" href="#{s}"' in card(page, s) for s in by_id)


def test_cross_article_contradictions_link_to_the_statement_cards(client: TestClient) -> None:
    page = client.get("/contradictions", params={"across": 1}, headers=HTML).text
    links = re.findall(r'href="/articles/([0-9a-f]+)#(s\d+)"', page)
    assert links
    for aid, sid in links[:4]:
        assert f'id="{sid}" data-statement="{sid}"' in client.get(f"/articles/{aid}", headers=HTML).text


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    token = "t" * 20
    db = str(tmp_path_factory.mktemp("pictures") / "w.db")
    with TestClient(create_app(db, token=token), headers={**HTML, "Authorization": f"Bearer {token}"}) as c:
        yield c


def test_a_nested_statement_names_its_source_entity_on_the_page_and_in_paste(writable: TestClient) -> None:
    text = "কারখানা বন্ধের খবর\nওয়াল স্ট্রিট জার্নালের মতে, কয়েকজন কর্মকর্তা বলেছেন যে কারখানাটি আগামী মাসে বন্ধ হবে।"
    r = writable.post("/api/articles", json={"text": text})
    assert r.status_code == 201
    doc = writable.get(f"/api/articles/{r.json()['id']}", headers={"accept": "application/json"}).json()
    nested = next(s for s in doc["statements"] if s["nested_in"])
    assert re.fullmatch(r"e\d+", nested["nested_in"])  # the document says "e1" ...
    source = next(e for e in doc["entities"] if e["id"] == nested["nested_in"])
    stored = writable.get(f"/articles/{doc['article_id']}").text
    for page in (stored, writable.post("/paste", data={"text": text}).text):
        shown = card(page, nested["id"])
        assert "per " in shown and source["name"] in shown  # ... the page names it
        assert f"per {nested['nested_in']}<" not in shown


def test_entity_page_charts_undated_statements(writable: TestClient) -> None:
    for text in ("বন্দরের ঘোষণা\nবন্দর চেয়ারম্যান সাইফুল করিম বলেন, নতুন জেটির কাজ শুরু হবে।",
                 "জেটির খবর\nবন্দর চেয়ারম্যান সাইফুল করিম বলেন, জেটির জন্য নতুন ক্রেন কেনা হবে।"):
        assert writable.post("/api/articles", json={"text": text}).status_code == 201
    people = writable.get("/api/entities", params={"q": "Saiful"}, headers={"accept": "application/json"}).json()
    page = writable.get(f"/entities/{people['items'][0]['id']}")
    assert page.status_code == 200
    chart = page.text[page.text.index('<svg class="chart"'):page.text.index("</svg>")]
    assert 'data-period="undated"' in chart and "2 statements" in chart and "<title" in chart


def test_overview_draws_outlets_speakers_and_contradicted_claims(client: TestClient) -> None:
    page = client.get("/overview", headers=HTML)
    assert page.status_code == 200
    charts = re.findall(r'<svg class="chart" role="img".*?</svg>', page.text, re.S)
    assert [re.search(r'data-chart="(\w+)"', c).group(1) for c in charts] == ["outlets", "speakers", "claims"]  # type: ignore[union-attr]
    outlets, speakers, claims = charts
    assert 'data-period="undated"' in outlets  # the sample's plain-text article has no date
    entities = client.get("/api/entities", params={"size": 100}, headers={"accept": "application/json"}).json()
    most = max(e["statements"] for e in entities["items"])
    first = int(re.search(r'href="/entities/(\d+)"', speakers).group(1))  # type: ignore[union-attr]
    assert next(e["statements"] for e in entities["items"] if e["id"] == first) == most
    contradicted = re.findall(r'href="/articles/([0-9a-f]+)#(s\d+)"', claims)
    pairs = client.get("/api/contradictions", params={"size": 100}, headers={"accept": "application/json"}).json()
    sides = {(c[f"article_{x}"], c[f"statement_{x}"]) for c in pairs["items"] for x in "ab"}
    assert contradicted and set(contradicted) <= sides
    assert 'href="/overview"' in client.get("/", headers=HTML).text


def test_search_results_name_the_person_behind_a_pronoun(client: TestClient) -> None:
    _, doc = article_with(client, "আত্মসাতের")
    pronoun = next(s for s in doc["statements"] if s["speaker"]["text"] == "তিনি" and s["speaker"]["entity"])
    person = next(e for e in doc["entities"] if e["id"] == pronoun["speaker"]["entity"])
    words = " ".join(pronoun["content"]["text"].split()[:3])
    page = client.get("/", params={"q": words}, headers=HTML).text
    shown = page[page.index(f'data-statement="{pronoun["id"]}"'):]
    assert shown.index(f'<span class="resolved">({person["name"]})</span>') < shown.index("</div>")


def test_article_page_links_contradictions_in_other_articles_to_their_cards(client: TestClient) -> None:
    pairs = client.get("/api/contradictions", params={"across": True, "size": 100},
                       headers={"accept": "application/json"}).json()["items"]
    c = pairs[0]
    page = client.get(f"/articles/{c['article_a']}", headers=HTML).text
    section = page[page.index("Contradicted in other articles"):page.index("<h2>Article</h2>")]
    assert f'href="#{c["statement_a"]}"' in section
    assert f'href="/articles/{c["article_b"]}#{c["statement_b"]}"' in section and c["content_b"] in section


def test_an_article_with_more_contradictions_elsewhere_than_shown_says_so(client: TestClient,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from ukti.web import pages

    pairs = client.get("/api/contradictions", params={"across": True, "size": 100},
                       headers={"accept": "application/json"}).json()["items"]
    counts: dict[str, int] = {}
    for c in pairs:
        for aid in {c["article_a"], c["article_b"]}:
            counts[aid] = counts.get(aid, 0) + 1
    busiest = max(counts, key=lambda a: counts[a])
    assert counts[busiest] >= 2
    monkeypatch.setattr(pages, "ELSEWHERE", counts[busiest] - 1)
    page = client.get(f"/articles/{busiest}", headers=HTML).text
    assert page.count('class="card contradiction-elsewhere"') == counts[busiest] - 1
    assert f"More than {counts[busiest] - 1}" in page
