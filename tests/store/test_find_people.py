"""Finding people as a fact-checker types them, on SQLite and PostgreSQL: any of an entity's
names by word with Bengali case endings stripped (a surname or a given name alone), the exact
name before a partial one, an id, and the nearest names in both scripts for a misspelling."""

from __future__ import annotations

import pytest

from ukti import analyze_text
from ukti.names import closest, has_every_word, name_words, same_name
from ukti.store import Store
from ukti.textutil import edit_distance

# written for these tests: two Ahmeds, a Begum, a Bengali Putin and Musk, and an English Musk
ARTICLES = [
    ("স্কুলে নতুন বই\n\nশিক্ষামন্ত্রী রহিমা বেগম বলেন, আগামী বছর থেকে সব স্কুলে নতুন পাঠ্যবই দেওয়া হবে। "
     "পুলিশ কমিশনার জাহিদ আহমেদ বলেন, স্কুলের আশপাশে টহল বাড়ানো হয়েছে।\n\n"
     "জাহিদ আহমেদের এই বক্তব্যের পর অভিভাবকেরা সন্তুষ্ট।\n", "bn"),
    ("বাজারে চালের দাম\n\nব্যবসায়ী নেতা ফারুক আহমেদ বলেন, চালের দাম আগামী সপ্তাহে কমবে। "
     "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন, গম রপ্তানি চলবে।\n\nএলন মাস্ক বলেন, নতুন কারখানা আগামী বছর চালু হবে।\n", "bn"),
    ('Factory plans\n\nElon Musk said on Monday that the new factory would open next year. "We are hiring," '
     "Musk told reporters.\n", "en"),
]


@pytest.fixture
def people(db_url: str):  # type: ignore[no-untyped-def]
    store = Store.open(db_url)
    for text, lang in ARTICLES:
        store.save(analyze_text(text, lang=lang))
    yield store
    store.close()


def _names(rows: list[dict[str, object]]) -> list[object]:
    return sorted(r["name"] for r in rows)


def test_a_surname_or_given_name_alone_finds_every_entity_with_it(people: Store) -> None:
    assert _names(people.find_entities("আহমেদ")) == ["Faruk Ahmed", "Zahid Ahmed"]
    assert _names(people.find_entities("Ahmed")) == ["Faruk Ahmed", "Zahid Ahmed"]
    assert _names(people.find_entities("রহিমা বেগম")) == ["Rahima Begum"]
    assert _names(people.find_entities("রহিমা")) == ["Rahima Begum"]
    assert _names(people.find_entities("বেগমের")) == ["Rahima Begum"]  # a case ending is no part of the name
    assert _names(people.find_entities("জাহিদ আহমেদের")) == ["Zahid Ahmed"]
    assert people.find_entities("আহমেদ রহিমা") == []  # every word must be in one name
    assert people.find_entities("হাসান") == []


def test_an_id_is_that_entity(people: Store) -> None:
    zahid = people.find_entities("জাহিদ আহমেদ")[0]
    assert people.find_entities(str(zahid["id"])) == [zahid] and people.find_entities(zahid["id"]) == [zahid]
    assert [r["content"] for r in people.who(zahid["id"])] == [r["content"] for r in people.who("জাহিদ আহমেদ")]


def test_misspellings_find_the_nearest_names_in_both_scripts(people: Store) -> None:
    for typed, meant in (("Elon Mask", "Elon Musk"), ("এলন মাক্স", "Elon Musk"), ("Vladimir Puttin", "Vladimir Putin"),
                         ("ভ্লাদিমির পুটিন", "Vladimir Putin"), ("Zahid Ahmad", "Zahid Ahmed")):
        assert people.find_entities(typed) == [], typed
        near = people.closest_entities(typed)
        assert near and near[0]["name"] == meant, (typed, near)
        assert near[0]["distance"] >= 1 and near[0]["statements_by"] >= 1
    assert people.closest_entities("Gulshan Arboretum") == []  # nothing near: nothing offered


def test_describe_says_what_a_person_picks_by(people: Store) -> None:
    (zahid,) = people.find_entities("জাহিদ আহমেদ")
    (row,) = people.describe_entities([zahid["id"]])
    assert row["written"] == "জাহিদ আহমেদ" and row["statements_by"] == 1 and row["articles"] == 1
    assert row["statements_about"] == 0  # its own statement is by it, not about it


def test_name_words_and_distance() -> None:
    assert name_words("Musk's plan") == ("musk", "plan")
    assert same_name(name_words("রহিমা বেগমের"), name_words("রহিমা বেগম"))
    # a name whose own last letter looks like an ending matches its inflected forms either way
    assert has_every_word(name_words("হালদারের"), name_words("অনিমেষ হালদার"))
    assert has_every_word(name_words("হালদার"), name_words("অনিমেষ হালদারের"))
    assert not has_every_word(name_words("হাসান"), name_words("হাসনাত"))
    assert edit_distance("putin", "puttin", 3) == 1 and edit_distance("abc", "xyzabc", 2) == 3
    assert closest("Puttin", [(7, "Vladimir Putin"), (8, "Pudding Lane")]) == [(7, 1)]


def test_one_word_said_whole_does_not_hide_the_others_who_have_it(people: Store) -> None:
    # an entity known only by the surname (a stray mention "আহমেদ"): a one-word query lists it
    # with the others; a full name said whole is still that person alone
    row = people.db.one("INSERT INTO corpus_entities (key, type, name) VALUES (?, ?, ?) RETURNING id",
                        ("PER:ahmed", "PER", "Ahmed"))
    assert row is not None
    people.db.execute("INSERT INTO entity_names (name, corpus_id) VALUES (?, ?)", ("আহমেদ", row["id"]))
    assert _names(people.find_entities("আহমেদ")) == ["Ahmed", "Faruk Ahmed", "Zahid Ahmed"]
    assert _names(people.find_entities("জাহিদ আহমেদ")) == ["Zahid Ahmed"]
