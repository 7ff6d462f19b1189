"""Statement cards name what the analysis gives as ids: whom a pronoun is, what a denial
answers, whose account a nested statement is (and it sits under it). Documents written here."""

from __future__ import annotations

from typing import Any

from ukti.web.views import contradiction_pairs, statement_cards


def statement(sid: str, speaker: str, content: str, *, entity: str | None = None, stance: str = "assert",
              nested_in: str | None = None, refers_to: str | None = None) -> dict[str, Any]:
    return {"id": sid, "speaker": {"text": speaker, "entity": entity, "anonymous": False}, "cue": {"text": "said"},
            "stance": stance, "content": {"text": content}, "direct": False, "nested_in": nested_in,
            "refers_to": refers_to}


DOC: dict[str, Any] = {
    "entities": [{"id": "e1", "name": "Kamrul Hasan", "corpus_id": 12},
                 {"id": "e2", "name": "The Harbour Times", "corpus_id": None}],
    "statements": [
        statement("s1", "Mayor Kamrul Hasan", "the market opens in June", entity="e1"),
        statement("s2", "He", "the shops are allotted", entity="e1"),
        statement("s3", "The contractor", "the market is not finished", stance="deny", refers_to="s1"),
        statement("s4", "two council officials", "the budget was cut", nested_in="e2"),
        statement("s5", "The Daily Ledger", "officials said the work stopped"),
        statement("s6", "officials", "the work stopped", nested_in="s5"),
    ],
    "contradictions": [{"a": "s3", "b": "s1", "why": "'not finished' against 'opens'"}],
}


def cards() -> dict[str, dict[str, Any]]:
    return {c["s"]["id"]: c for c in statement_cards(DOC)}


def test_a_pronoun_speaker_names_its_entity_and_a_full_name_does_not_repeat_it() -> None:
    by = cards()
    assert by["s2"]["resolved"] == {"name": "Kamrul Hasan", "corpus_id": 12}
    assert by["s1"]["resolved"] is None  # the words on the page already say who
    assert by["s3"]["resolved"] is None  # not resolved: nothing to add


def test_a_denial_shows_the_statement_it_answers() -> None:
    assert cards()["s3"]["answers"] == {"id": "s1", "speaker": "Mayor Kamrul Hasan",
                                        "content": "the market opens in June"}
    assert cards()["s1"]["answers"] is None


def test_a_nested_statement_names_its_source_and_sits_under_it() -> None:
    by = cards()
    assert by["s4"]["source"] == {"name": "The Harbour Times", "corpus_id": None}  # not "e2"
    assert by["s6"]["source"] == {"name": "The Daily Ledger", "statement": "s5"}
    order = [(c["s"]["id"], c["depth"]) for c in statement_cards(DOC)]
    assert order.index(("s6", 1)) == order.index(("s5", 0)) + 1


def test_nested_statements_come_right_after_their_source_even_when_written_later() -> None:
    doc = {"statements": [statement("s1", "officials", "talks stalled", nested_in="s3"),
                          statement("s2", "A minister", "talks go on"),
                          statement("s3", "The Ledger", "officials said talks stalled")]}
    assert [(c["s"]["id"], c["depth"]) for c in statement_cards(doc)] == [("s2", 0), ("s3", 0), ("s1", 1)]


def test_a_loop_of_nesting_hides_no_statement() -> None:
    doc = {"statements": [statement("s1", "A", "x", nested_in="s2"), statement("s2", "B", "y", nested_in="s1")]}
    assert sorted(c["s"]["id"] for c in statement_cards(doc)) == ["s1", "s2"]


def test_contradictions_link_both_statements() -> None:
    assert cards()["s1"]["contradicts"] == ["s3"] and cards()["s3"]["contradicts"] == ["s1"]
    [pair] = contradiction_pairs(DOC)
    assert [side["id"] for side in pair["sides"]] == ["s3", "s1"]
    assert pair["sides"][1]["content"] == "the market opens in June"
    assert contradiction_pairs({"statements": [], "contradictions": [{"a": "s9", "b": "s1"}]}) == []


def test_a_contradiction_with_another_article_is_seen_from_this_one() -> None:
    from ukti.web.views import other_side

    row = {"article_a": "x1", "statement_a": "s2", "speaker_a": "A", "content_a": "paid",
           "article_b": "y9", "statement_b": "s4", "speaker_b": "B", "content_b": "not paid", "why": "w"}
    assert other_side(row, "x1")["mine"] == "s2" and other_side(row, "x1")["article"] == "y9"
    seen = other_side(row, "y9")
    assert (seen["mine"], seen["article"], seen["statement"], seen["content"]) == ("s4", "x1", "s2", "paid")
