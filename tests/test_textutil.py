"""Quotation marks paired in text: what is a quotation and what only looks like one."""

from __future__ import annotations

from ukti.textutil import quote_spans


def test_a_year_cut_short_and_a_case_ending_after_a_bracket_close_no_quotation() -> None:
    text = "তিনি বলেন, ‘আমরা ’৭১-এর চেতনায় বিশ্বাসী। জাতীয় নাগরিক পার্টি (এনসিপি)’র পথ আলাদা।’"
    spans = quote_spans(text)
    assert len(spans) == 1 and spans[0].closed
    assert text[spans[0].open] == "‘" and spans[0].close == len(text) - 1
    # (a closing mark after a word, before a number, still closes: "‘… বিশ্বাসী’ ৭১ জন")
    assert quote_spans("‘আমরা বিশ্বাসী’ ৭১ জন")[0].close == len("‘আমরা বিশ্বাসী")


def test_a_short_quotation_closed_before_its_case_ending_is_closed() -> None:
    # "‘সমাধান’সহ", "‘রাজা বাবু’র": the mark between letters closes the title; "ছ’টি" inside a
    # quotation stays an apostrophe, and the quotation after the titles is found whole
    text = "তিনি ‘নসিব’, ‘সমাধান’সহ ছবিতে ছিলেন। তিনি বলেন, ‘আমি ছ’টি ছবি করেছি। আর করব না।’"
    spans = [(text[q.open + 1:q.close], q.closed) for q in quote_spans(text)]
    assert spans == [("নসিব", True), ("সমাধান", True), ("আমি ছ’টি ছবি করেছি। আর করব না।", True)]
    title = "‘রাজা বাবু’র নায়ক"
    assert [title[q.open + 1:q.close] for q in quote_spans(title)] == ["রাজা বাবু"]


def test_a_curly_single_quotation_closed_by_a_typed_apostrophe_ends_there() -> None:
    from ukti.textutil import quote_spans
    text = "সচিব বলেন, ‘সময় একটু বেশি লাগবে।' হাসপাতালে তিনি মারা যান। 'নতুন' শব্দটি"
    spans = quote_spans(text)
    first = min(spans, key=lambda q: q.open)
    assert text[first.open] == "‘" and text[first.close] == "'" and text[first.close - 1] == "।" and first.closed
