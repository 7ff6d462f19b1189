"""What a person sees, in a real headless Chromium (Debian's, driven by Playwright), on a
server started the way a user starts it: `ukti serve` on the sample corpus.

Screenshots of each page are saved under build/screenshots/ (UKTI_SCREENSHOTS overrides).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import CHROMIUM, SHOTS, launched_chromium

pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists():
    pytest.skip("no Chromium (scripts/test installs Debian's chromium)", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(sample_db: str) -> Iterator[str]:
    from ukti.web import ServerProcess

    with ServerProcess(sample_db, read_only=False) as url:  # `ukti serve`, as a user starts it (paste analyses)
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched_chromium() as b:
        yield b


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    yield pg
    context.close()


def test_article_page_highlights_a_known_speaker(page: object, server: str) -> None:
    p = page
    p.goto(server + "/articles")  # type: ignore[attr-defined]
    p.get_by_role("link", name="পানির দাম ২০ শতাংশ বাড়ানোর প্রস্তাব").click()  # type: ignore[attr-defined]
    speaker = p.locator(".article-text .speaker", has_text="নাজমা বেগম").first  # type: ignore[attr-defined]
    speaker.wait_for()
    assert speaker.is_visible()
    # the speaker is visibly highlighted (yellow), the statement's words underlined
    assert speaker.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 243, 191)"
    content = p.locator('.article-text .content[data-statement="s3"]').first  # type: ignore[attr-defined]
    assert "বিপদে পড়বেন" in content.inner_text()
    # boilerplate is set apart and greyed
    bp = p.locator(".article-text .boilerplate", has_text="মন্তব্য")  # type: ignore[attr-defined]
    assert bp.evaluate("e => getComputedStyle(e).color") == "rgb(154, 157, 163)"
    # hovering a statement in the list lights up its words in the text
    p.locator('.statement[data-statement="s3"]').hover()  # type: ignore[attr-defined]
    assert "lit" in (content.get_attribute("class") or "")
    p.screenshot(path=str(SHOTS / "article.png"), full_page=True)  # type: ignore[attr-defined]


def test_entity_page_shows_names_and_timeline(page: object, server: str) -> None:
    p = page
    p.goto(server + "/entities?q=Najma")  # type: ignore[attr-defined]
    p.get_by_role("link", name="Najma Begum").click()  # type: ignore[attr-defined]
    p.locator("h1", has_text="Najma Begum").wait_for()  # type: ignore[attr-defined]
    assert "নাজমা বেগম" in p.locator(".aliases").inner_text()  # type: ignore[attr-defined]
    timeline = p.locator(".timeline")  # type: ignore[attr-defined]
    assert timeline.locator(".date").first.inner_text() == "2025-10-13"
    assert timeline.locator(".statement").count() >= 2
    p.screenshot(path=str(SHOTS / "entity.png"), full_page=True)  # type: ignore[attr-defined]


def test_search_finds_a_statement(page: object, server: str) -> None:
    p = page
    p.goto(server + "/")  # type: ignore[attr-defined]
    p.get_by_label("search").fill("প্রস্তাব")  # type: ignore[attr-defined]
    p.get_by_role("button", name="Search").click()  # type: ignore[attr-defined]
    p.wait_for_url("**/?q=*")  # type: ignore[attr-defined]
    hits = p.locator(".statement")  # type: ignore[attr-defined]
    assert hits.count() >= 2
    assert any("প্রস্তাব" in t for t in hits.all_inner_texts())
    p.screenshot(path=str(SHOTS / "search.png"), full_page=True)  # type: ignore[attr-defined]


def test_paste_and_analyse(page: object, server: str) -> None:
    p = page
    p.goto(server + "/paste")  # type: ignore[attr-defined]
    p.locator("textarea").fill(  # type: ignore[attr-defined]
        "বন্যা পরিস্থিতি\nদুর্যোগ ব্যবস্থাপনা প্রতিমন্ত্রী বলেন, “আশ্রয়কেন্দ্রে পর্যাপ্ত খাবার আছে।”\n"
        "তবে স্থানীয়রা অভিযোগ করেন, অনেক আশ্রয়কেন্দ্রে খাবার পৌঁছায়নি।\n<script>document.title='pwned'</script>")
    p.get_by_role("button", name="Analyse").click()  # type: ignore[attr-defined]
    result = p.locator("#result")  # type: ignore[attr-defined]
    result.wait_for()
    speakers = result.locator(".article-text .speaker").all_inner_texts()
    assert "দুর্যোগ ব্যবস্থাপনা প্রতিমন্ত্রী" in speakers and "স্থানীয়রা" in speakers
    assert result.locator(".statement .stance-claim").count() == 1
    assert p.title() != "pwned"  # type: ignore[attr-defined]
    p.screenshot(path=str(SHOTS / "paste.png"), full_page=True)  # type: ignore[attr-defined]


def test_pages_fit_a_phone(browser: object, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    p = context.new_page()
    for path in ("/", "/articles", "/entities/1"):
        p.goto(server + path)
        width = p.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)
    p.screenshot(path=str(SHOTS / "phone-entity.png"), full_page=True)
    context.close()
