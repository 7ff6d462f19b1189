"""Three outlets report one press conference (written for these tests): the first, published
first but stored second, has the words as said; the second changes a figure and trims a quote;
the third drops a negation, credits a quote to the wrong minister and repeats one word for word."""

from __future__ import annotations

import json
from typing import Any

from ukti import quotes
from ukti.store import Store

SAID_BUDGET = "আগামী অর্থবছরে উন্নয়ন বাজেট হবে ২৫ হাজার কোটি টাকা, যা গত বছরের চেয়ে অনেক বেশি।"
SAID_POWER = "বিদ্যুতের দাম এ বছর বাড়ানো হবে না, সাধারণ মানুষের ওপর কোনো নতুন চাপ আমরা দেব না।"
SAID_RICE = ("চালের আমদানি শুল্ক কমানো হবে যাতে বাজারে দাম স্থিতিশীল থাকে এবং কৃষকেরাও ন্যায্য দাম পান।")

FIRST = {  # the origin of every cluster
    "id": "prabhat-1", "outlet": "দৈনিক প্রভাত", "date": "2025-03-10", "url": "https://prabhat.example/1",
    "title": "বাজেট নিয়ে অর্থমন্ত্রীর সংবাদ সম্মেলন",
    "text": f"ঢাকায় সোমবার সংবাদ সম্মেলনে অর্থমন্ত্রী আবুল কালাম আজাদ বলেন, \"{SAID_BUDGET}\"\n\n"
            f"তিনি আরও বলেন, \"{SAID_POWER}\"\n\n"
            f"সংবাদ সম্মেলনে বাণিজ্যমন্ত্রী সেলিনা হোসেন বলেন, \"{SAID_RICE}\""}
CHANGED_FIGURE = {  # ২৫ -> ৩৫ হাজার কোটি; the rice quote cut short
    "id": "protidin-1", "outlet": "সংবাদ প্রতিদিন", "date": "2025-03-11", "url": "https://protidin.example/9",
    "title": "উন্নয়ন বাজেট বাড়ছে",
    "text": "অর্থমন্ত্রী আবুল কালাম আজাদ সোমবার বলেন, \"আগামী অর্থবছরে উন্নয়ন বাজেট হবে ৩৫ হাজার কোটি টাকা, "
            "যা গত বছরের চেয়ে অনেক বেশি।\"\n\n"
            "বাণিজ্যমন্ত্রী সেলিনা হোসেন বলেন, \"চালের আমদানি শুল্ক কমানো হবে যাতে বাজারে দাম স্থিতিশীল থাকে।\""}
DROPPED_NEGATION = {  # 'হবে না' -> 'হবে'; the rice quote credited to the agriculture minister; budget word for word
    "id": "khobor-1", "outlet": "আজকের খবর", "date": "2025-03-11", "url": "https://khobor.example/3",
    "title": "বিদ্যুতের দাম নিয়ে মন্ত্রী",
    "text": "অর্থমন্ত্রী আবুল কালাম আজাদ বলেন, \"বিদ্যুতের দাম এ বছর বাড়ানো হবে, সাধারণ মানুষের ওপর কোনো নতুন চাপ "
            "আমরা দেব না।\"\n\n"
            f"কৃষিমন্ত্রী রফিকুল ইসলাম বলেন, \"{SAID_RICE}\"\n\n"
            f"অর্থমন্ত্রী আরও বলেন, \"{SAID_BUDGET}\""}


def jsonl(*articles: dict[str, str]) -> str:
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)


def clusters(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Each cluster's members by the origin's first words, origin first."""
    out: dict[str, list[dict[str, Any]]] = {}
    for m in quotes.list_members(store.db):
        out.setdefault(m["cluster_id"], []).append(m)
    return {ms[0]["content"].split()[0]: ms for ms in out.values()}


def check_press_conference(store: Store) -> None:
    """The three clusters of the press conference, their origin and every typed change."""
    found = clusters(store)
    assert set(found) == {"আগামী", "বিদ্যুতের", "চালের"}, found
    for ms in found.values():
        assert ms[0]["kind"] == "origin" and ms[0]["outlet"] == "দৈনিক প্রভাত", ms  # published first, stored second
    budget = {m["outlet"]: m for m in found["আগামী"]}
    changed = budget["সংবাদ প্রতিদিন"]
    assert changed["kind"] == "changed" and changed["change_types"] == ["number"]
    [c] = changed["changes"]
    assert (c["words"], c["origin_words"]) == ("৩৫", "২৫")
    assert changed["content"][c["start"]:c["end"]] == "৩৫"
    assert budget["আজকের খবর"]["kind"] == "identical"
    power = {m["outlet"]: m for m in found["বিদ্যুতের"]}
    assert power["আজকের খবর"]["change_types"] == ["negation_lost"]
    assert power["আজকের খবর"]["changes"][0]["origin_words"] == "না"
    rice = {m["outlet"]: m for m in found["চালের"]}
    assert rice["সংবাদ প্রতিদিন"]["kind"] == "trimmed" and not rice["সংবাদ প্রতিদিন"]["changes"]
    assert rice["আজকের খবর"]["change_types"] == ["speaker"]
    assert rice["আজকের খবর"]["changes"][0]["words"] == "কৃষিমন্ত্রী রফিকুল ইসলাম"
    assert quotes.stats(store.db) == {"clusters": 3, "clusters_many_outlets": 3, "changed_versions": 3}
    # a changed quotation is a change, not a contradiction between speakers
    assert not store.contradictions(across_only=True, min_confidence=0.0)
