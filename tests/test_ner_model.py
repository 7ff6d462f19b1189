from __future__ import annotations

from ukti.lang import load_pack
from ukti.ner import tag_words


def test_model_ships_small_with_its_licence() -> None:
    pack = load_pack("bn")
    assert pack.ner_model is not None
    assert pack.ner_model.stat().st_size < 10_000_000
    assert (pack.path / "LICENSE-rifat").exists()


def test_tags_people_places_and_organisations() -> None:
    words = ["প্রধানমন্ত্রী", "শেখ", "হাসিনা", "গতকাল", "ঢাকা", "বিশ্ববিদ্যালয়ে", "যান", "।"]
    tags = tag_words(words)
    assert tags[1:3] == ["B-PER", "I-PER"]
    assert tags[4].endswith("ORG") or tags[4].endswith("LOC")
