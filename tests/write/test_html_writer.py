"""The standalone HTML report shows page furniture set apart and labelled with its kind, both a
whole line of it and a piece inside a body line (as scraped articles have it)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ukti import analyze_text
from ukti.write.html import render

# a scraped article: the reporter's place and "||" before the first sentence, a related-links
# header mid-line, a desk credit after the last sentence, a comments counter on its own line
ARTICLE = ("নদীতে নতুন সেতু\n\n"
           "খুলনা প্রতিনিধি || রূপসা নদীর ওপর নতুন সেতুর কাজ শুরু হয়েছে। আরও পড়ুন: বন্দরে নতুন জেটি চালু\n"
           "জেলা প্রশাসক মো. কামরুল হাসান বলেন, কাজ দুই বছরে শেষ হবে। খুলনা/এসআর/রনি\n"
           "মন্তব্য (০)\n")


class _Furniture(HTMLParser):
    """Text inside the article's furniture elements, by kind, and the body text outside them."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str | None] = []  # the furniture kind each open element belongs to
        self.in_label = 0
        self.furniture: list[tuple[str, str]] = []
        self.body: list[str] = []
        self.article = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        cls = (dict(attrs).get("class") or "").split()
        kind = next((c[3:] for c in cls if c.startswith("bp-") and c not in ("bp-inline", "bp-kind")), None)
        if "bp" in cls:
            kind = "line"
        if kind is not None:
            self.furniture.append((kind, ""))
        self.stack.append(kind if kind is not None else (self.stack[-1] if self.stack else None))
        self.in_label += "bp-kind" in cls

    def handle_endtag(self, tag: str) -> None:
        if self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if data == "Article":
            self.article = True
            return
        if not self.article:
            return
        if self.stack and self.stack[-1] is not None:
            kind, text = self.furniture[-1]
            self.furniture[-1] = (kind, text + data)
        else:
            self.body.append(data)


def _parse(page: str) -> _Furniture:
    p = _Furniture()
    p.feed(page)
    return p


def test_inline_furniture_is_wrapped_and_labelled_in_place() -> None:
    page = render(analyze_text(ARTICLE, lang="bn"))
    # each piece of in-line furniture is one element of its kind, starting with its kind's label
    wrapped = re.findall(r'<span class="bp-inline bp-(\w+)"[^>]*><span class="bp-kind">(\w+)</span>', page)
    assert [(a, b) for a, b in wrapped if a == b] == wrapped
    assert [k for k, _ in wrapped] == ["other", "related", "other"]
    found = _parse(page).furniture
    texts = {t for _, t in found}
    assert "otherখুলনা প্রতিনিধি ||" in texts
    assert "relatedআরও পড়ুন:" in texts
    assert "otherখুলনা/এসআর/রনি" in texts


def test_body_of_a_line_with_furniture_is_not_greyed() -> None:
    page = render(analyze_text(ARTICLE, lang="bn"))
    body = "".join(_parse(page).body)
    # the sentences around the furniture stay in the body, not in a furniture element
    assert "রূপসা নদীর ওপর নতুন সেতুর কাজ শুরু হয়েছে।" in body
    assert "কাজ দুই বছরে শেষ হবে" in body
    assert "প্রতিনিধি ||" not in body and "আরও পড়ুন" not in body and "এসআর" not in body
    # the line that starts with furniture is a body paragraph (not a greyed whole line)
    assert re.search(r'<p><span class="bp-inline bp-other"', page)
    # marks on the body still show: the speaker and the cue of the statement
    assert '<span class="cue">বলেন</span>' in page


def test_whole_line_furniture_is_its_own_labelled_paragraph() -> None:
    page = render(analyze_text(ARTICLE, lang="bn"))
    assert re.search(r'<p class="bp"[^>]*><span class="bp-kind">comments</span>মন্তব্য \(০\)</p>', page)


def test_furniture_text_is_escaped() -> None:
    page = render(analyze_text("শিরোনাম\n\nঢাকা প্রতিনিধি || <script>alert(1)</script> সভা হয়েছে।\n", lang="bn"))
    assert "<script>alert" not in page and "&lt;script&gt;" in page
