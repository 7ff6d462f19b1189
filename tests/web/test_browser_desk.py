"""Offline, in a real headless Chromium (Debian's; the test machine has no Bengali font of its
own, so a box would show otherwise): the standalone report of `ukti analyze --format html` draws
Bengali in Noto Sans Bengali from its own data URLs, the served pages from the same subset file
under /static/fonts/, and /docs draws the API from Swagger UI's files served by ukti. And the
paste page's date field, as a person fills it in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import CHROMIUM, launched_chromium
from typer.testing import CliRunner

pytestmark = pytest.mark.browser
if not Path(CHROMIUM).exists():
    pytest.skip("no Chromium (scripts/test installs Debian's chromium)", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api")

ARTICLE = "বাণিজ্যমন্ত্রী বলেন, “চালের দাম কমবে।”\n"
# every Noto Sans Bengali face, once the document's fonts are settled and Bengali was asked for
FACES = """async () => {
  await document.fonts.load('16px "Noto Sans Bengali"', 'ক্ষ');
  await document.fonts.load('bold 16px "Noto Sans Bengali"', 'ক্ষ');
  await document.fonts.ready;
  return [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Noto Sans Bengali')
                            .map(f => f.weight + ':' + f.status).sort();
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched_chromium() as b:
        yield b


def test_the_standalone_report_draws_bengali_from_its_own_font(browser: object, tmp_path: Path) -> None:
    from ukti.cli import app

    res = CliRunner().invoke(app, ["analyze", "-", "--format", "html"], input=ARTICLE)
    assert res.exit_code == 0, res.output
    page_file = tmp_path / "report.html"
    page_file.write_text(res.stdout, encoding="utf-8")
    context = browser.new_context(offline=True)  # type: ignore[attr-defined]
    p = context.new_page()
    fetched: list[str] = []
    p.on("request", lambda r: fetched.append(r.url))
    p.goto(page_file.as_uri())
    assert p.evaluate(FACES) == ["400:loaded", "700:loaded"]
    assert p.evaluate("""() => document.fonts.check('16px "Noto Sans Bengali"', 'চালের দাম')""")
    assert all(u.startswith(("file:", "data:")) for u in fetched), fetched
    context.close()


def test_the_pages_draw_bengali_from_the_same_subset_file(browser: object, sample_db: str) -> None:
    from ukti.web import ServerProcess

    with ServerProcess(sample_db) as url:
        context = browser.new_context()  # type: ignore[attr-defined]
        p = context.new_page()
        fonts: list[str] = []
        p.on("response", lambda r: fonts.append(f"{r.status} {r.url}") if "/fonts/" in r.url else None)
        p.goto(url + "/articles")
        assert "400:loaded" in p.evaluate(FACES)
        assert f"200 {url}/static/fonts/NotoSansBengali-Regular-subset.woff2" in fonts
        context.close()


def test_api_docs_render_offline(browser: object, sample_db: str) -> None:
    """Swagger UI draws the API's operations with every request answered by ukti itself: in a
    browser context that has no network but the local server."""
    from ukti.web import ServerProcess

    with ServerProcess(sample_db) as url:
        context = browser.new_context()  # type: ignore[attr-defined]
        fetched: list[str] = []

        def only_local(route: object) -> None:
            req_url = route.request.url  # type: ignore[attr-defined]
            fetched.append(req_url)
            if req_url.startswith(url):
                route.continue_()  # type: ignore[attr-defined]
            else:
                route.abort()  # type: ignore[attr-defined]

        context.route("**/*", only_local)
        p = context.new_page()
        p.goto(url + "/docs")
        p.locator(".opblock-summary-path", has_text="/api/statements").first.wait_for(timeout=15_000)
        assert p.locator(".opblock").count() >= 8
        assert all(u.startswith(url) for u in fetched), [u for u in fetched if not u.startswith(url)]
        context.close()


def test_paste_with_a_date(browser: object, sample_db: str) -> None:
    """A person picks the article's day in the paste form's date field; relative times count from it."""
    from ukti.web import ServerProcess

    with ServerProcess(sample_db, read_only=False) as url:  # a read-only server runs no analyses
        context = browser.new_context()  # type: ignore[attr-defined]
        p = context.new_page()
        p.goto(url + "/paste")
        p.locator("textarea[name=text]").fill("মন্ত্রী গতকাল বলেন, আগামী সোমবার কাজ শুরু হবে।")
        p.locator("input[type=date][name=date]").fill("2025-03-12")
        p.get_by_role("button", name="Analyse").click()
        p.locator("#result").wait_for()
        assert p.locator("#result td", has_text="11 March 2025").count() == 1
        assert p.locator("input[name=date]").input_value() == "2025-03-12"
        context.close()
