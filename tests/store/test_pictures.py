"""The store's counts behind the pictures (the entity page's chart, the overview page), on
SQLite and PostgreSQL alike: undated articles and articles without an outlet are counted, not
dropped."""

from __future__ import annotations

import json
from pathlib import Path

from ukti.store import Page, Store
from ukti.store.ingest import ingest

# three articles of a made-up town story: two dated from two outlets, one undated without an outlet
ARTICLES = [
    {"id": "p-1", "date": "2025-03-04", "outlet": "পৌর বার্তা",
     "text": "বাজার নিয়ে মেয়রের ঘোষণা\nপৌর মেয়র কামরুল হাসান বলেন, নতুন বাজারের কাজ জুনে শেষ হবে। "
             "তিনি বলেন, ব্যবসায়ীদের জন্য দোকান বরাদ্দ হবে।"},
    {"id": "p-2", "date": "2025-03-06", "outlet": "নদীতীর সংবাদ",
     "text": "বাজারের কাজ নিয়ে প্রশ্ন\nপৌর মেয়র কামরুল হাসান বলেন, নতুন বাজারের নির্মাণকাজ শেষ হয়েছে। "
             "ঠিকাদার রফিক উদ্দিন বলেন, নতুন বাজারের নির্মাণকাজ শেষ হয়নি।"},
    {"id": "p-3",
     "text": "মেয়রের আরেক ঘোষণা\nপৌর মেয়র কামরুল হাসান বলেন, পৌর পার্কে নতুন আলো বসানো হবে।"},
]


def _filled(db_url: str, tmp_path: Path, articles: list[dict[str, str]] = ARTICLES) -> Store:
    corpus = tmp_path / "town.jsonl"
    corpus.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n", encoding="utf-8")
    store = Store.open(db_url)
    assert ingest([str(corpus)], store).stored == len(articles)
    return store


def _mayor(store: Store) -> int:
    [row] = [r for r in store.most_quoted(20) if r["name"] == "Kamrul Hasan"]
    return int(row["id"])


def test_stance_counts_keep_undated_statements(db_url: str, tmp_path: Path) -> None:
    store = _filled(db_url, tmp_path)
    counts = store.stance_counts(_mayor(store))
    by_day: dict[str | None, int] = {}
    for r in counts:
        by_day[r["published"]] = by_day.get(r["published"], 0) + int(r["n"])
    assert by_day == {"2025-03-04": 2, "2025-03-06": 1, None: 1}
    assert {r["stance"] for r in counts} <= {"assert", "confirm", "deny", "claim", "concern", "other"}
    assert store.stance_counts(999_999) == []


def test_articles_by_outlet_day_counts_unknown_outlets_and_days(db_url: str, tmp_path: Path) -> None:
    store = _filled(db_url, tmp_path)
    rows = {(r["outlet"], r["day"]): int(r["n"]) for r in store.articles_by_outlet_day()}
    assert rows == {("পৌর বার্তা", "2025-03-04"): 1, ("নদীতীর সংবাদ", "2025-03-06"): 1, (None, None): 1}


def test_most_quoted_ranks_speakers_by_statements(db_url: str, tmp_path: Path) -> None:
    store = _filled(db_url, tmp_path)
    top = store.most_quoted(1)
    assert [(r["name"], int(r["n"])) for r in top] == [("Kamrul Hasan", 4)]
    assert len(store.most_quoted(20)) >= 2


def test_most_contradicted_counts_both_sides(db_url: str, tmp_path: Path) -> None:
    store = _filled(db_url, tmp_path)
    pairs = store.list_contradictions(page=Page(1, 100))
    assert pairs  # the contractor answers the mayor
    sides: dict[tuple[str, str], int] = {}
    for c in pairs:
        for key in ((c["article_a"], c["statement_a"]), (c["article_b"], c["statement_b"])):
            sides[key] = sides.get(key, 0) + 1
    top = store.most_contradicted(50)
    assert {(r["article_id"], r["statement_id"]): int(r["n"]) for r in top} == sides
    assert [int(r["n"]) for r in top] == sorted((int(r["n"]) for r in top), reverse=True)
    assert all(r["content"] and r["speaker_text"] for r in top)
    assert store.most_contradicted(50, min_confidence=1.01) == []


def test_the_pages_draw_these_counts_from_either_store(db_url: str, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from ukti.web import create_app

    store = _filled(db_url, tmp_path)
    mayor = _mayor(store)
    store.close()
    with TestClient(create_app(db_url, read_only=True), headers={"accept": "text/html"}) as client:
        overview = client.get("/overview")
        assert overview.status_code == 200 and overview.text.count('<svg class="chart"') == 3
        assert f'href="/entities/{mayor}"' in overview.text and 'data-period="undated"' in overview.text
        entity = client.get(f"/entities/{mayor}")
        assert entity.status_code == 200 and 'data-chart="stances"' in entity.text
        assert 'data-period="undated"' in entity.text and 'data-period="2025-03-04"' in entity.text


BILLS = [
    {"id": "q-1", "date": "2025-04-01", "outlet": "পৌর বার্তা",
     "text": "বিল নিয়ে মেয়র\nপৌর মেয়র কামরুল হাসান বলেন, রূপসা পৌরসভা ঠিকাদারদের সব বিল পরিশোধ করেছে।"},
    {"id": "q-2", "date": "2025-04-03", "outlet": "নদীতীর সংবাদ",
     "text": "বিল নিয়ে ঠিকাদার\nঠিকাদার রফিক উদ্দিন বলেন, রূপসা পৌরসভা ঠিকাদারদের বিল পরিশোধ করেনি।"},
]


def test_an_articles_contradictions_with_other_articles(db_url: str, tmp_path: Path) -> None:
    store = _filled(db_url, tmp_path, BILLS)
    ids = [r["id"] for r in store.list_articles(page=Page(1, 10))]
    across = store.list_contradictions(page=Page(1, 10), across_only=True)
    assert across  # the contractor's words against the mayor's
    for aid in ids:
        mine = store.list_contradictions(page=Page(1, 10), article=aid, across_only=True)
        assert mine == across and all(aid in (c["article_a"], c["article_b"]) for c in mine)
    assert store.list_contradictions(page=Page(1, 10), article="no-such-article") == []
