"""Random text, Bengali-heavy, with quotes, digits and punctuation: no stage may fail, every
offset points into the text, and every statement's content is a piece of the article."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ukti import analyze_text
from ukti.write.json import dumps

BENGALI = [chr(c) for c in range(0x0985, 0x09FB) if chr(c).isprintable()]
PIECES = ["বলেন", "জানান", "অস্বীকার করেছেন", "মতে", "সূত্রে জানা গেছে", "বলে", "এ কথা বলেন", "তিনি", "মিঃ", "ড.",
          "১৫ মার্চ ২০২৫", "গত সপ্তাহে", "সাড়ে তিন কোটি টাকা", "৪৫%", "“", "”", "‘", "’", "\"", "'", "।", ",", ":",
          "(", ")", "\n", " ", "ছবি:", "আরও পড়ুন:", "রাশিয়া", "এলন মাস্ক", "১২৩৪৫৬৭৮৯০", "....", "?!", "\u200d", "-"]
text_strategy = st.lists(st.one_of(st.sampled_from(PIECES), st.text(alphabet=BENGALI, min_size=1, max_size=8),
                                   st.text(max_size=4)), max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_no_stage_fails_and_offsets_hold(text: str) -> None:
    if not text.strip():
        return
    doc = analyze_text(text, lang="bn", date="2025-03-12")
    assert doc.errors == []
    t = doc.text
    for s in doc.statements:
        assert t[s.content.start:s.content.end] == s.content.text
        assert s.content.text in t
    for e in doc.entities:
        for m in e.mentions:
            assert t[m.start:m.end] == m.text
    for x in [*doc.times, *doc.quantities, *doc.sentences, *doc.tokens]:
        assert t[x.start:x.end] == x.text
    json.loads(dumps(doc))
