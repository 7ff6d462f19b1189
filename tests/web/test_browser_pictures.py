"""In a real headless Chromium, with no network but the local `ukti serve`: an entity whose
statements are all undated has a page, a timeline and a chart; on an article page the pronoun
speaker links to the person and a denial's link leads to the statement it denies; the entity
page and /overview draw their charts (SVG the server wrote: nothing fetched from elsewhere).
(/docs offline: test_browser_desk.py.)"""

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

# a plain-text article has no date: its speaker's statements are all undated
UNDATED = ("নদী খননের ঘোষণা\n"
           "পানিসম্পদ প্রতিমন্ত্রী জাহিদ ফারুক বলেন, আগামী বর্ষার আগে নদী খননের কাজ শেষ হবে। "
           "তিনি বলেন, খননের মাটি দিয়ে বাঁধ উঁচু করা হবে। "
           "জাহিদ ফারুক আরও বলেন, ভাঙনকবলিত এলাকার মানুষ ক্ষতিপূরণ পাবেন।\n")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched_chromium() as b:
        yield b


@pytest.fixture(scope="module")
def server(sample_db: str) -> Iterator[str]:
    from ukti.web import ServerProcess

    with ServerProcess(sample_db) as url:
        yield url


@pytest.fixture(scope="module")
def undated_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from ukti.store import Store
    from ukti.store.ingest import ingest
    from ukti.web import ServerProcess

    folder = tmp_path_factory.mktemp("undated")
    (folder / "river.txt").write_text(UNDATED, encoding="utf-8")
    store = Store.open(str(folder / "u.db"))
    assert ingest([str(folder / "river.txt")], store).stored == 1
    store.close()
    with ServerProcess(str(folder / "u.db")) as url:
        yield url


def local_page(browser: Any, url: str) -> tuple[Any, Any, list[str]]:
    """A page whose requests to any host but the server are refused and recorded."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    elsewhere: list[str] = []

    def only_local(route: Any) -> None:
        if route.request.url.startswith(url):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    return context, context.new_page(), elsewhere


def test_an_entity_with_only_undated_statements(browser: Any, undated_server: str) -> None:
    context, p, elsewhere = local_page(browser, undated_server)
    p.goto(undated_server + "/entities?type=PER")
    p.locator("table a").first.click()
    p.locator("h1").wait_for()
    assert p.locator(".timeline .date").first.inner_text() == "undated"
    assert p.locator(".timeline .statement").count() >= 2
    chart = p.get_by_role("img", name="Statements by")
    assert chart.is_visible() and chart.bounding_box()["height"] > 100
    undated = chart.locator('g.bar[data-period="undated"] rect')
    assert undated.count() >= 1 and undated.first.bounding_box()["height"] > 10
    assert not elsewhere
    p.screenshot(path=str(SHOTS / "entity-undated.png"), full_page=True)
    context.close()


def test_pronoun_and_denial_links_on_the_article_page(browser: Any, server: str) -> None:
    context, p, elsewhere = local_page(browser, server)
    p.goto(server + "/?q=" + "আত্মসাতের")
    p.locator(".statement .meta a").first.click()
    denial = p.locator(".statement.st-deny", has=p.get_by_test_id("answers")).first
    answered = denial.get_by_test_id("answers").locator("a")
    target = (answered.get_attribute("href") or "")[1:]
    answered.click()
    assert p.evaluate("location.hash") == "#" + target
    assert p.evaluate("document.querySelector(':target').id") == target
    # the denied words are on the denial's card and are those of the statement it links to
    target_words = p.locator(f"#{target} > div").first.inner_text().strip("“”")
    assert target_words in denial.get_by_test_id("answers").inner_text()
    p.screenshot(path=str(SHOTS / "article-denial.png"), full_page=True)
    # a pronoun speaker names its person, and the name leads to the person's page
    pronoun = p.locator(".statement", has=p.locator(".speaker-name", has_text="তিনি")).first
    person = pronoun.get_by_test_id("resolved").locator("a")
    name = person.inner_text()
    assert name and name != "তিনি"
    person.click()
    p.locator("h1", has_text=name).wait_for()
    assert not elsewhere
    context.close()


def test_overview_and_entity_charts(browser: Any, server: str) -> None:
    context, p, elsewhere = local_page(browser, server)
    p.goto(server + "/")
    p.get_by_role("link", name="Overview").click()
    for title in ("Articles per", "Most-quoted speakers", "Most contradicted claims"):
        chart = p.get_by_role("img", name=title)
        assert chart.is_visible() and chart.bounding_box()["width"] > 500, title
    outlets = p.get_by_role("img", name="Articles per")
    assert outlets.locator('g.bar[data-period="undated"] rect').count() >= 1  # the sample's .txt article
    # stance colours are drawn as given (no stylesheet or script needed)
    p.screenshot(path=str(SHOTS / "overview.png"), full_page=True)
    speakers = p.get_by_role("img", name="Most-quoted speakers")
    top = speakers.locator("a").first
    name = top.locator("text").first.text_content() or ""
    top.click()
    p.locator("h1", has_text=name.rstrip("…")).wait_for()
    chart = p.get_by_role("img", name="Statements by")
    assert chart.is_visible()
    fills = chart.locator("g.bar rect").evaluate_all("rs => rs.map(r => r.getAttribute('fill'))")
    assert fills and set(fills) <= {"#1c7ed6", "#2f9e44", "#e03131", "#e8590c", "#ae3ec9", "#868e96"}
    p.screenshot(path=str(SHOTS / "entity-chart.png"), full_page=True)
    assert not elsewhere
    context.close()


def test_charts_and_statement_cards_fit_a_phone(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    p = context.new_page()
    p.goto(server + "/?q=" + "আত্মসাতের")
    article = p.locator(".statement .meta a").first.get_attribute("href").split("#")[0]
    for path in ("/overview", "/entities/1", article):
        p.goto(server + path)
        assert p.evaluate("document.documentElement.scrollWidth") <= 390, path
        for chart in p.locator("svg.chart").all():
            assert chart.bounding_box()["width"] <= 390, path
    p.screenshot(path=str(SHOTS / "phone-article.png"), full_page=True)
    context.close()
