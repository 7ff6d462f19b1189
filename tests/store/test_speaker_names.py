"""The store says whom a pronoun speaker was resolved to (`speaker_name` with `speaker_named`
0), on SQLite and PostgreSQL alike, for the terminal tables' "তিনি (Nasir Uddin)"."""

from __future__ import annotations

from ukti import analyze_text
from ukti.store import Store

ARTICLE = ("পৌরসভার পানি নিয়ে মেয়রের আশ্বাস\n\n"
           "পৌর মেয়র নাসির উদ্দিন বলেন, শহরের সব নলকূপ আগামী মাসের মধ্যে মেরামত করা হবে। "
           "তিনি বলেন, এ কাজে দুই কোটি টাকা খরচ হবে।\n")


def test_a_pronoun_speaker_carries_its_entity_name(db_url: str) -> None:
    store = Store.open(db_url)
    try:
        store.save(analyze_text(ARTICLE, lang="bn"))
        rows = {r["speaker_text"]: r for r in store.search("হবে", 10)}
        assert rows["তিনি"]["speaker_name"] == "Nasir Uddin" and rows["তিনি"]["speaker_named"] == 0
        named = next(r for text, r in rows.items() if "নাসির" in text)
        assert named["speaker_named"] == 1
        assert [r["speaker_named"] for r in store.who("Nasir Uddin")] == [1, 0]
    finally:
        store.close()
