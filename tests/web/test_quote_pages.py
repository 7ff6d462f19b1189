"""One quote, many outlets over HTTP and on the command line: the press conference of
tests/quote_articles.py in a store, its versions as JSON, as JSON Lines and as pages."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from quote_articles import CHANGED_FIGURE, DROPPED_NEGATION, FIRST, jsonl

from ukti.web import create_app


@pytest.fixture(scope="session")
def press_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from ukti.store import Store
    from ukti.store.ingest import ingest

    d = tmp_path_factory.mktemp("press")
    src = d / "press.jsonl"
    src.write_text(jsonl(FIRST, CHANGED_FIGURE, DROPPED_NEGATION), encoding="utf-8")
    store = Store.open(str(d / "press.db"))
    assert ingest([str(src)], store, jobs=1).stored == 3
    store.close()
    return str(d / "press.db")


@pytest.fixture(scope="module")
def client(press_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(press_db)) as c:
        yield c


def changed_figure(client: TestClient) -> dict[str, object]:
    changed = client.get("/api/quotes", params={"changed": "true"}).json()["items"]
    assert {tuple(v["change_types"]) for v in changed} == {("number",), ("negation_lost",), ("speaker",)}
    return next(v for v in changed if v["change_types"] == ["number"])


def test_versions_api(client: TestClient) -> None:
    v = changed_figure(client)
    assert v["outlet"] == "সংবাদ প্রতিদিন" and v["origin"]["outlet"] == "দৈনিক প্রভাত"  # type: ignore[index]
    got = client.get(f"/api/statements/{v['id']}/versions").json()
    assert got["summary"] == "first reported by দৈনিক প্রভাত on 2025-03-10, repeated by 2 outlets, changed by 1"
    assert [x["kind"] for x in got["versions"]] == ["origin", "changed", "identical"]
    [c] = got["versions"][1]["changes"]
    assert (c["type"], c["words"], c["origin_words"]) == ("number", "৩৫", "২৫")
    every = client.get("/api/quotes", params={"size": 100}).json()["items"]
    assert len(every) == 8 and not client.get("/api/quotes", params={"size": 100, "page": 2}).json()["items"]
    assert client.get("/api/statements/nosuch-s1/versions").status_code == 404


def test_versions_page_marks_the_changed_figure(client: TestClient) -> None:
    v = changed_figure(client)
    page = client.get(f"/statements/{v['id']}/versions").text
    assert "first reported by দৈনিক প্রভাত on 2025-03-10, repeated by 2 outlets, changed by 1" in page
    assert '<mark class="chg chg-number" title="number">৩৫</mark>' in page
    assert '<mark class="chg chg-number" title="number">২৫</mark>' in page
    article = client.get(f"/articles/{v['article_id']}").text
    assert "changed by 1" in article and f"/statements/{v['id']}/versions" in article
    assert "negation_lost" in client.get("/quotes?changed=1").text


def test_quote_and_quotes_commands(press_db: str) -> None:
    def ukti(*args: str) -> list[dict[str, object]]:
        r = subprocess.run([sys.executable, "-m", "ukti.cli", *args, "--db", press_db, "--format", "json"],
                           capture_output=True, timeout=120, check=True)
        return [json.loads(line) for line in r.stdout.splitlines()]

    versions = ukti("quote", "আগামী অর্থবছরে উন্নয়ন বাজেট হবে ২৫ হাজার কোটি টাকা")
    assert [(v["outlet"], v["kind"], v["change_types"]) for v in versions] == [
        ("দৈনিক প্রভাত", "origin", []), ("সংবাদ প্রতিদিন", "changed", ["number"]), ("আজকের খবর", "identical", [])]
    assert ukti("quote", str(versions[2]["id"]))[1]["changes"][0]["words"] == "৩৫"  # by id
    changed = ukti("quotes", "--changed")
    assert sorted(t for v in changed for t in v["change_types"]) == ["negation_lost", "number", "speaker"]
    table = subprocess.run([sys.executable, "-m", "ukti.cli", "quotes", "--changed", "--db", press_db],
                           capture_output=True, timeout=120, check=True).stdout.decode()
    assert "number: ২৫ → ৩৫" in table


@pytest.mark.browser
def test_browser_shows_the_changed_figure_highlighted(press_db: str) -> None:
    import shutil

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.skip("no Chromium (scripts/test installs Debian's chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    from ukti.web import ServerProcess

    with ServerProcess(press_db) as url, sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                                                                "--disable-background-networking"])
        page = b.new_page()
        page.goto(url + "/quotes?changed=1")
        page.locator(".version", has_text="৩৫ হাজার কোটি").get_by_role("link", name="versions").click()
        mark = page.locator(".version.kind-changed mark.chg-number", has_text="৩৫")
        mark.wait_for()
        assert mark.is_visible()
        assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 227, 227)"
        assert page.locator(".quote-summary").inner_text().endswith("repeated by 2 outlets, changed by 1")
        b.close()
