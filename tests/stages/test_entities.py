"""Merging and non-merging of names, on sentences written for these tests."""

from __future__ import annotations

import pytest

from ukti.model import Document
from ukti.stages.entities import similar
from ukti.textutil import accusative_stem
from ukti.translit import romanise_name, transliterate_word


def entity_of(doc: Document, form: str):
    hits = [e for e in doc.entities if any(m.form == form or m.text == form for m in e.mentions)]
    assert len(hits) == 1, (form, [(e.name, [m.text for m in e.mentions]) for e in doc.entities])
    return hits[0]


def person_mentions(doc: Document) -> list[str]:
    """The text of every mention of a person, in the order the entities list them."""
    return [m.text for e in doc.entities if e.type == "PER" for m in e.mentions]


def test_spelling_variants_and_title_forms_of_a_known_name_merge(bn) -> None:
    doc = bn("শিরোনাম\nএলন মাস্ক নতুন কোম্পানি খুলেছেন। ইলন মাস্কের ঘোষণার পর মিঃ মাস্ক চুপ ছিলেন।")
    a, b, c = entity_of(doc, "এলন মাস্ক"), entity_of(doc, "ইলন মাস্ক"), entity_of(doc, "মিঃ মাস্ক")
    assert a is b is c
    assert a.name == "Elon Musk" and a.type == "PER"


def test_surname_alone_joins_the_one_full_name_it_ends(bn) -> None:
    doc = bn("শিরোনাম\nপৌর মেয়র আবদুর রশিদ তালুকদার সভায় উপস্থিত ছিলেন। পরে তালুকদার সাংবাদিকদের প্রশ্নের উত্তর দেন।")
    full = entity_of(doc, "আবদুর রশিদ তালুকদার")
    assert any(m.form == "তালুকদার" for m in full.mentions)
    assert full.name == "Abdur Rashid Talukder"


def test_two_people_sharing_a_surname_are_never_merged(bn) -> None:
    doc = bn("শিরোনাম\nসভায় ছিলেন কামরুল হাসান চৌধুরী ও নাসরিন আক্তার চৌধুরী। পরে চৌধুরী বক্তব্য দেন।")
    kamrul = entity_of(doc, "কামরুল হাসান চৌধুরী")
    nasrin = entity_of(doc, "নাসরিন আক্তার চৌধুরী")
    assert kamrul is not nasrin
    assert not any(m.form == "চৌধুরী" for m in kamrul.mentions + nasrin.mentions)


def test_organisation_with_its_bracketed_abbreviation_and_short_form(bn) -> None:
    doc = bn("শিরোনাম\nসবুজবাংলা টেক্সটাইলস লিমিটেড (এসটিএল) শ্রমিকদের বেতন দেয়নি। এসটিএলের কর্মকর্তারা বৈঠকে বসেন। "
             "সবুজবাংলা টেক্সটাইলস পরে বিবৃতি দেয়।")
    org = entity_of(doc, "সবুজবাংলা টেক্সটাইলস লিমিটেড")
    forms = {m.form for m in org.mentions}
    assert "এসটিএল" in forms and "সবুজবাংলা টেক্সটাইলস" in forms
    assert org.type == "ORG" and org.name.endswith("Textiles Limited")


def test_case_endings_stay_in_the_mention_not_in_the_name(bn) -> None:
    doc = bn("শিরোনাম\nরাশিয়ার সঙ্গে বাংলাদেশের বাণিজ্য বেড়েছে।")
    russia = entity_of(doc, "রাশিয়া")
    m = russia.mentions[0]
    assert m.text == "রাশিয়ার" and m.form == "রাশিয়া" and russia.name == "Russia"
    assert doc.text[m.start:m.end] == m.text


def test_demonyms_and_generic_words_are_not_entities(bn) -> None:
    doc = bn("শিরোনাম\nমার্কিন ও রুশ কর্মকর্তারা বৈঠক করেন। সরকার বিষয়টি দেখছে।")
    names = {m.form for e in doc.entities for m in e.mentions}
    assert not names & {"মার্কিন", "রুশ", "সরকার"}


def test_name_spelling_similarity() -> None:
    assert similar("লিন্ডকভিস্ট", "লিন্ডকুইস্ট")
    assert similar("এলন", "ইলন")
    assert not similar("রহিম", "করিম")


def test_transliteration_of_names() -> None:
    assert transliterate_word("কামরুল") == "kamrul"
    assert transliterate_word("হালদার") == "haldar"
    assert transliterate_word("পেসকভ") == "peskov"
    assert romanise_name(["মো.", "রফিকুল", "ইসলাম"], {"মো.": "Md.", "রফিকুল": "Rafiqul", "ইসলাম": "Islam"}) \
        == "Md. Rafiqul Islam"


def test_inherent_vowel_follows_bengali_pronunciation() -> None:
    cases = {"সুন্দরবন": "sundarban", "তাপসকান্তি": "tapaskanti", "মেঘমল্লার": "meghmallar",
             "চৈতন্যপুর": "chaitanyapur", "মিত্র": "mitra", "শ্রাবন্তী": "srabanti", "দীপঙ্কর": "dipankar",
             "সুব্রত": "subrata", "অমিতাভ": "amitabha", "অতনু": "atanu", "সান্যাল": "sanyal", "বিক্রম": "bikram",
             "হালদার": "haldar",
             # foreign names (marked by ট, ড, ক্স …) lose the final vowel and end in -er
             "লিন্ডকভিস্ট": "lindkvist", "ওয়াল্টার": "walter"}
    for bengali, latin in cases.items():
        assert transliterate_word(bengali) == latin


def test_organisation_before_a_strong_head_word(bn) -> None:
    doc = bn("শিরোনাম\nগতকাল নদী বাঁচাও আন্দোলন মঞ্চের সভায় মানুষ জড়ো হয়। সোনালি পাট শ্রমিক সমিতির নেতারা বক্তব্য দেন।")
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert any("Samiti" in n for n in names)


def test_known_name_parts_make_a_person_and_a_small_word_ends_a_name(bn) -> None:
    doc = bn("শিরোনাম\nউপজেলা নির্বাহী কর্মকর্তা নুসরাত জাহান লিমা জানান, কাজ চলছে। "
             "বিচারক মো. আনোয়ারুল হক ফকির এ রায় দেন।")
    people = {e.name for e in doc.entities if e.type == "PER"}
    assert "Nusrat Jahan Lima" in people
    assert any(n.endswith("Fakir") for n in people)
    assert not any(m.text == "রায়" for e in doc.entities for m in e.mentions)  # রায় here is the verdict


def test_public_bodies_named_in_ordinary_words(bn) -> None:
    """Ministries, boards and departments are named by what they do, in common words."""
    doc = bn("রাজ্য মৎস্য উন্নয়ন পর্ষদের এক কর্মকর্তা বলেন, পুকুর সংস্কার চলছে। "
             "সংশ্লিষ্ট দপ্তর জানিয়েছে, কাজ চলছে। সরকারের বিভিন্ন দপ্তর কাজ করছে। "
             "পৌরসভা ভাড়া বাড়ানোর প্রস্তাব মন্ত্রণালয়ে পাঠিয়েছে।")  # a proposal sent to a ministry names none
    orgs = {m.form for e in doc.entities if e.type == "ORG" for m in e.mentions}
    assert orgs == {"রাজ্য মৎস্য উন্নয়ন পর্ষদ"}  # the head without its ending: not পর্ষ + দের


def test_words_that_qualify_an_office_do_not_name_it(bn) -> None:
    """A determiner, an adjective, a plural or an ordinary word in the locative before a head word
    says which or where; the name, if any, starts after it."""
    doc = bn("শিরোনাম\nঅনুষ্ঠানের বক্তব্যে বাংলা একাডেমি জানায়, মেলা চলবে। একই গ্রুপ আগেও দাম বাড়িয়েছে। "
             "অতি গুরুত্বপূর্ণ মন্ত্রণালয় এখনো খালি। সংস্কারে অনেকগুলো কমিশন কাজ করছে।")
    orgs = {m.form for e in doc.entities if e.type == "ORG" for m in e.mentions}
    assert orgs == {"বাংলা একাডেমি"}


def test_gazetteer_names_with_commas_and_generic_words(bn) -> None:
    doc = bn("স্থানীয় সরকার মন্ত্রণালয়ের সচিব বলেন, বাজেট বাড়বে। "
             "বিদ্যুৎ, জ্বালানি ও খনিজ সম্পদ মন্ত্রণালয় জানিয়েছে, লোডশেডিং কমবে।")
    names = {e.name: {m.form for m in e.mentions} for e in doc.entities}
    assert names["Ministry of Local Government"] == {"স্থানীয় সরকার মন্ত্রণালয়"}
    assert names["Ministry of Power, Energy and Mineral Resources"] == {"বিদ্যুৎ, জ্বালানি ও খনিজ সম্পদ মন্ত্রণালয়"}


def test_a_three_word_organisation_before_a_strong_head(bn) -> None:
    doc = bn("চা বাগান শ্রমিক কল্যাণ সমিতির সভাপতি বলেন, মজুরি বাড়াতে হবে।")
    assert [m.form for e in doc.entities if e.type == "ORG" for m in e.mentions] == ["বাগান শ্রমিক কল্যাণ সমিতি"] \
        or [m.form for e in doc.entities if e.type == "ORG" for m in e.mentions] == ["চা বাগান শ্রমিক কল্যাণ সমিতি"]


def test_an_organisation_without_its_city_is_the_one_named_with_it(bn) -> None:
    doc = bn("ঢাকা ওয়াসার ব্যবস্থাপনা পরিচালক বলেন, দাম বাড়বে না। ওয়াসার কর্মকর্তারা জানান, প্রস্তাব যাচাই চলছে।")
    [wasa] = [e for e in doc.entities if e.type == "ORG"]
    assert wasa.name == "Dhaka WASA" and {m.form for m in wasa.mentions} == {"ঢাকা ওয়াসা", "ওয়াসা"}
    both = bn("ঢাকা ওয়াসা ও চট্টগ্রাম ওয়াসা জানিয়েছে, ওয়াসা দাম বাড়াবে না।")
    assert sorted(e.name for e in both.entities if e.type == "ORG") == ["Chattogram WASA", "Dhaka WASA", "WASA"]


def test_a_role_before_two_unknown_words_makes_a_full_name(bn) -> None:
    doc = bn("জেলা সংবাদ\nউপজেলা নির্বাহী কর্মকর্তা নিলুফার ইয়াসমিন মৌ জানান, বাঁধের কাজ চলছে। "
             "জেলাশাসক অরিন্দম ঘোষাল জানিয়েছেন, ত্রাণ যাচ্ছে। কারখানার প্রধান হিমাদ্রি দলুই দাবি করেন, ক্ষতি কম। "
             "দোকানের মালিক কোনো মন্তব্য করেননি।")
    people = {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "PER"}
    assert people == {"Nilufar Yasmin Mou": ["নিলুফার ইয়াসমিন মৌ"], "Arindam Ghoshal": ["অরিন্দম ঘোষাল"],
                      "Himadri Dalui": ["হিমাদ্রি দলুই"]}  # and a role before ordinary words names no one


def test_courtesy_honorifics_stay_only_before_a_bare_surname(bn) -> None:
    doc = bn("শিরোনাম\nবৈঠকে ছিলেন মিঃ গ্রেগরি ফালকনার। পরে মিঃ ফালকনার সাংবাদিকদের সঙ্গে কথা বলেন।")
    person = entity_of(doc, "গ্রেগরি ফালকনার")
    assert {m.text for m in person.mentions} == {"গ্রেগরি ফালকনার", "মিঃ ফালকনার"}
    # an honorific that is part of the name stays: "মো."
    doc = bn("শিরোনাম\nমামলার বাদী মো. হাবিবুর রহমান আদালতে উপস্থিত ছিলেন।")
    assert any(m.text.startswith("মো.") for e in doc.entities for m in e.mentions)


def test_a_name_ends_at_a_hyphen_before_a_case_ending_or_tail(bn) -> None:
    doc = bn("শিরোনাম\nনিউ ইয়র্ক-ভিত্তিক একটি সংস্থা জানিয়েছে, ফেসবুক-এ ভুয়া খবর বাড়ছে।")
    ny = entity_of(doc, "নিউ ইয়র্ক")
    assert ny.type == "LOC" and ny.name == "New York" and ny.mentions[0].text == "নিউ ইয়র্ক"
    assert entity_of(doc, "ফেসবুক").mentions[0].text == "ফেসবুক"


def test_upazilas_of_bangladesh_are_places(bn) -> None:
    doc = bn("শিরোনাম\nগাজীপুরের শ্রীপুর ও নেত্রকোনার কলমাকান্দা উপজেলায় বন্যা দেখা দিয়েছে।")
    places = {e.name for e in doc.entities if e.type == "LOC"}
    assert {"Gazipur", "Sreepur", "Kalmakanda"} <= places, places


def test_bangladeshi_name_parts_spelt_as_english_media_spell_them(bn) -> None:
    doc = bn("শিরোনাম\nসভায় বক্তব্য দেন মোহাম্মদ জহিরুল হক সিদ্দিকী। পরে জহিরুল হক সিদ্দিকী বিদায় নেন।")
    assert entity_of(doc, "মোহাম্মদ জহিরুল হক সিদ্দিকী").name == "Mohammad Zahirul Haque Siddiqui"


def test_foreign_names_restored_to_their_source_spelling() -> None:
    from ukti.stages.entities import _name_table

    assert romanise_name(["ক্লেয়ার", "উইলসন"], _name_table("bn")) == "Clare Wilson"
    # the ones real news names most: a defence secretary, a cricketer, a Bangladeshi -uzzaman
    assert romanise_name(["লয়েড", "অস্টিন"], _name_table("bn")) == "Lloyd Austin"
    assert romanise_name(["প্যাট", "কামিন্স"], _name_table("bn")) == "Pat Cummins"
    assert romanise_name(["ইফতেখারুজ্জামান"], _name_table("bn")) == "Iftekharuzzaman"


def test_a_foreign_person_in_a_sentence_gets_the_english_spelling(bn) -> None:
    doc = bn("শিরোনাম\nমার্কিন প্রতিরক্ষামন্ত্রী লয়েড অস্টিন বলেন, যুদ্ধবিরতি জরুরি।")
    assert entity_of(doc, "লয়েড অস্টিন").name == "Lloyd Austin"


def test_compound_names_hyphens_and_initial_y_are_spelt_as_media_spell_them() -> None:
    # no vowel between a consonant and the উ or ও that opens the compound's second word; the parts
    # of a hyphenated name each spelt; ইউ- at the start is Yu-; before ই the vowel stays
    assert romanise_name(["সালেহউদ্দিন", "পরওয়ার"], {}) == "Salehuddin Parwar"
    assert romanise_name(["শওকত", "আল-মামুন"], {}) == "Showkat Al-Mamun"
    assert romanise_name(["ইউসুফ", "বইমেলা"], {}) == "Yusuf Baimela"


def test_initials_inside_a_name_are_letters_and_and_stays_a_word(bn) -> None:
    from ukti.lang import load_pack
    from ukti.stages.entities import _inner_initials

    doc = bn("শিরোনাম\nসভায় বক্তব্য দেন রাশেদ এফ করিম।")
    assert entity_of(doc, "রাশেদ এফ করিম").name == "Rashed F Karim"
    assert _inner_initials(["হারুন", "আর", "রশিদ"], load_pack("bn")) == ["হারুন", "আর", "রশিদ"]
    assert _inner_initials(["রাশেদ", "এসএম", "করিম"], load_pack("bn")) == ["রাশেদ", "SM", "করিম"]


def test_a_lawyers_title_is_no_part_of_the_name_and_a_name_in_d_keeps_it(bn) -> None:
    # "অ্যাডভোকেট" and "ব্যারিস্টার" are titles; "মাসুদের" is মাসুদ + ের, not মাসু + the plural দের
    doc = bn("শিরোনাম\nমামলাটি লড়ছেন অ্যাডভোকেট কামাল মাসুদ। আদালতে কামাল মাসুদের যুক্তি শোনা হয়।")
    assert entity_of(doc, "অ্যাডভোকেট কামাল মাসুদ").name == "Kamal Masud"
    doc = bn("শিরোনাম\nআদালতে নেতাদের পক্ষে ছিলেন ব্যারিস্টার জাহিদ রায়হান।")
    assert entity_of(doc, "ব্যারিস্টার জাহিদ রায়হান").name == "Zahid Raihan"  # (রায়হান as media spell it)


def test_the_police_of_a_bangladeshi_article_is_the_bangladesh_police(bn) -> None:
    doc = bn("শিরোনাম\nগাজীপুরে একটি গুদামে আগুন লাগে। পুলিশ ঘটনাস্থলে যায় এবং পুলিশের একটি দল তদন্ত শুরু করে।")
    assert entity_of(doc, "পুলিশ").name == "Bangladesh Police"


def test_the_police_of_a_story_set_abroad_are_not_the_bangladesh_police(bn) -> None:
    # a Bangladeshi paper's story set in another country: its "পুলিশ", "কেন্দ্রীয় ব্যাংক" are
    # that country's (and a foreign country only in the genitive, a visitor's, moves nothing)
    doc = bn("শিরোনাম\nভারতের আসামে বাস উল্টে অন্তত ১২ জন নিহত হয়েছেন। পুলিশ জানিয়েছে, চালক নিয়ন্ত্রণ হারান।")
    assert not any(e.name == "Bangladesh Police" for e in doc.entities)
    doc = bn("শিরোনাম\nচীনের কেন্দ্রীয় ব্যাংক সুদের হার কমিয়েছে। খুলনায় একটি বাজারে আগুন লাগে। পুলিশ ঘটনাস্থলে যায়।")
    assert not any(e.name == "Bangladesh Bank" for e in doc.entities)
    assert entity_of(doc, "পুলিশ").name == "Bangladesh Police"
    doc = bn("শিরোনাম\nযুক্তরাষ্ট্রের একটি প্রতিনিধিদল নির্বাচন কমিশনের সঙ্গে বৈঠক করেছে। পরে পুলিশ নিরাপত্তা জোরদার করে।")
    assert entity_of(doc, "পুলিশ").name == "Bangladesh Police"


def test_a_police_title_and_a_police_branch_are_not_the_police(bn) -> None:
    doc = bn("শিরোনাম\nঢাকায় গোয়েন্দা পুলিশ দুজনকে আটক করেছে। পুলিশ সুপার কামরুল হাসান বিষয়টি জানান। "
             "পরে পুলিশ তাঁদের আদালতে পাঠায়।")
    branch = entity_of(doc, "গোয়েন্দা পুলিশ")
    assert branch.name == "Detective Branch"
    assert not any(m.text == "পুলিশ" for m in branch.mentions)
    assert not any(e.name == "Bangladesh Police" and any("সুপার" in m.text for m in e.mentions) for e in doc.entities)


@pytest.mark.parametrize("text", [
    "শিরোনাম\nকোতোয়ালি থানার অফিসার ইনচার্জ মাহবুব আলম বলেন, তদন্ত চলছে।",  # the officer in charge
    "শিরোনাম\nভুক্তভোগী স্কুলছাত্র তানভীর আহমেদ বলেন, আমি বিচার চাই।",  # a schoolboy
    "শিরোনাম\nনিহত কলেজছাত্রী নুসরাত জাহানের বাবা বলেন, আমরা বিচার চাই।",  # a college girl
])
def test_what_someone_is_before_the_name_is_no_part_of_it(bn, text) -> None:
    people = [e for e in bn(text).entities if e.type == "PER"]
    assert len(people) == 1
    assert not any(w in m.text for m in people[0].mentions for w in ("ইনচার্জ", "ছাত্র"))


def test_foreign_places_the_news_names_are_spelt_as_english_media_spell_them(bn) -> None:
    doc = bn("শিরোনাম\nজর্ডানের বাদশাহ আজ দোহায় পৌঁছেছেন। ইস্তাম্বুলে বৈঠকের পর দক্ষিণ আমেরিকার নেতারা পশ্চিম ইউরোপ "
             "সফরে যাবেন।")
    places = {e.name for e in doc.entities if e.type == "LOC"}
    assert {"Jordan", "Doha", "Istanbul", "South America", "Western Europe"} <= places


def test_a_known_name_shortened_with_an_initial_and_its_stop(bn) -> None:
    # "আ. লীগ", "আ.লীগ": the initial's stop is a token of its own, and the gazetteer still knows the name
    doc = bn("শিরোনাম\nআওয়ামী লীগের নেতারা সভা করেন। আ. লীগের এক নেতা বলেন, আমরা প্রস্তুত। আ.লীগ সূত্রে এ তথ্য জানা গেছে।")
    orgs = [e for e in doc.entities if e.type == "ORG"]
    assert [e.name for e in orgs] == ["Awami League"] and len({m.text for m in orgs[0].mentions}) == 3


def test_a_kind_of_government_is_no_body_s_name(bn) -> None:
    # "অন্তর্বর্তী সরকার" (the interim government), "তত্ত্বাবধায়ক সরকার": what government, no name; a
    # surname "সরকার" stays one
    doc = bn("শিরোনাম\nঅন্তর্বর্তী সরকার গঠনের পর নানা উদ্যোগ নেওয়া হয়েছে। তত্ত্বাবধায়ক সরকারের অধীনে নির্বাচন "
             "হয়েছিল। তত্ত্বাবধায়ক সরকার ব্যবস্থা ফিরিয়ে আনার দাবি জানান রহিম সরকার।")
    assert [(e.type, e.name) for e in doc.entities] == [("PER", "Rahim Sarkar")]


def test_a_body_named_after_a_person_is_one_organisation_and_spelt_as_the_person_is(bn) -> None:
    doc = bn("শিরোনাম\nজাকের পার্টির মহাসচিব শামীম হায়দার বলেন, আমরা নির্বাচনে যাব। ইউনূস সেন্টার এক বিবৃতিতে "
             "জানিয়েছে, অভিযোগ ভিত্তিহীন।")
    names = {e.name: e.type for e in doc.entities}
    assert names.get("Zaker Party") == names.get("Yunus Centre") == "ORG" and names.get("Shamim Haider") == "PER"
    # a person at a party's office or with its people stays a person
    doc = bn("শিরোনাম\nকরিম উদ্দিন পার্টি অফিস থেকে বেরিয়ে বলেন, আমরা প্রস্তুত। রহিম মিয়া পার্টির নেতাদের সঙ্গে বৈঠক করেন।")
    assert {e.type for e in doc.entities} == {"PER"}
    # a public body named after someone, by the spelling of the person's name
    from ukti.lang import load_pack
    from ukti.stages.entities import _translated_body
    assert _translated_body(["বেগম", "রোকেয়া", "বিশ্ববিদ্যালয়"], load_pack("bn")) == "Begum Rokeya University"


def test_a_person_run_into_an_outlet_name_ends_before_it(bn) -> None:
    doc = bn("শিরোনাম\nব্যবসায়ী নেতা হাবিবুর রহমান মোল্লা জাগো নিউজকে বলেন, দাম বাড়বে।")
    assert entity_of(doc, "হাবিবুর রহমান মোল্লা").type == "PER"
    assert entity_of(doc, "জাগো নিউজকে").name == "Jago News 24"


def test_an_ordinary_word_is_not_made_a_name(bn) -> None:
    doc = bn("শিরোনাম\nআদালত মামলার রায় ঘোষণা করেছে। রায় শুনে বাদীপক্ষ সন্তোষ প্রকাশ করে। "
             "আসামিকে তিন দিনের রিমান্ডে নেওয়া হয়েছে।")
    assert not [e.name for e in doc.entities if e.type == "PER"]


def _corpus(tmp_path, texts: list[str]):
    """A gzip JSONL corpus of the given article texts, as the word-list trainers read one."""
    import gzip
    import json

    corpus = tmp_path / "c.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in texts))
    return corpus


def test_ordinary_words_list_is_built_from_word_company(tmp_path) -> None:
    from ukti.train.ordinary_words import build

    # invented sentences: "বাজার" stands among ordinary words, "তালুকদার" beside a given name
    corpus = _corpus(tmp_path, ["বাজার দর বেড়েছে। আজ বাজার বন্ধ। বাজার খোলা থাকবে।",
                                "রফিকুল তালুকদার এসেছেন। কামরুল তালুকদার বলেন।"])
    out = tmp_path / "ordinary.txt"
    build(corpus, out, min_count=2)
    words = {w for w in out.read_text(encoding="utf-8").splitlines() if not w.startswith("#")}
    assert "বাজার" in words and "তালুকদার" not in words


def test_names_seen_are_the_words_beside_known_names_that_the_tagger_calls_people(tmp_path) -> None:
    from ukti.train.names_seen import build

    # invented sentences: "সাখাওয়াত" stands before a known surname and after an honorific; "বাজার"
    # is seen as often, never beside a name
    corpus = _corpus(tmp_path, ["মো. সাখাওয়াত হোসেন বলেন, কাজ চলছে। সাখাওয়াত হোসেন আরও বলেন, সময় লাগবে।",
                                "উপদেষ্টা সাখাওয়াত হোসেন জানান, বৈঠক হবে। বাজার দর বেড়েছে। বাজার বন্ধ। বাজার খোলা।"])
    out = tmp_path / "names.tsv"
    build(corpus, out, min_count=3)
    rows = dict(r.split("\t") for r in out.read_text(encoding="utf-8").splitlines() if not r.startswith("#"))
    assert rows.get("সাখাওয়াত") == "Sakhawat" and "বাজার" not in rows


def test_a_public_body_named_in_bengali_words_is_translated() -> None:
    from ukti.lang import load_pack
    from ukti.stages.entities import _translated_body

    pack = load_pack("bn")
    assert _translated_body(["নির্বাচনী", "প্রশিক্ষণ", "অধিদপ্তর"], pack) == "Department of Electoral Training"
    assert _translated_body(["সড়ক", "ও", "জনপথ", "বিভাগ"], pack) == "Roads and Highways Division"
    assert _translated_body(["শ্রীপুর", "থানা"], pack) == "Sreepur Police Station"  # the place by its English name
    # what a ministry is for ("বিষয়ক": Affairs), as the government's English names have it
    assert _translated_body(["মুক্তিযুদ্ধ", "বিষয়ক", "মন্ত্রণালয়"], pack) == "Ministry of Liberation War Affairs"
    assert _translated_body(["সংস্কৃতিবিষয়ক", "মন্ত্রণালয়"], pack) == "Ministry of Cultural Affairs"
    # an association named in Bengali words keeps its name: English media spell it out
    assert _translated_body(["শ্রীপুর", "কৃষক", "সমিতি"], pack) is None



def test_a_full_name_and_its_first_words_alone_merge(bn) -> None:
    doc = bn("শিরোনাম\nসভায় বক্তব্য দেন আবদুল কাদির মোল্লা। পরে আবদুল কাদির সাংবাদিকদের প্রশ্নের উত্তর দেন।")
    full = entity_of(doc, "আবদুল কাদির মোল্লা")
    assert any(m.form == "আবদুল কাদির" for m in full.mentions)


def test_first_words_two_full_names_share_are_not_merged(bn) -> None:
    doc = bn("শিরোনাম\nসভায় ছিলেন আবদুল কাদির মোল্লা ও আবদুল কাদির সিকদার। পরে আবদুল কাদির বক্তব্য দেন।")
    a, b = entity_of(doc, "আবদুল কাদির মোল্লা"), entity_of(doc, "আবদুল কাদির সিকদার")
    assert a is not b
    assert not any(m.form == "আবদুল কাদির" for m in a.mentions + b.mentions)


def test_a_near_spelling_of_a_known_name_part_is_another_person(bn) -> None:
    doc = bn("শিরোনাম\nচিকিৎসক রোজিনা ইয়াসমিন রোগীদের দেখেন। আহত মো. ইয়াসিন হাসপাতালে ভর্তি আছেন।")
    assert entity_of(doc, "রোজিনা ইয়াসমিন") is not entity_of(doc, "মো. ইয়াসিন")


def test_an_unknown_word_after_a_full_name_is_its_last_part(bn) -> None:
    doc = bn("শিরোনাম\nঅর্থনীতিবিদ হেলাল আহমেদ জনি সংবাদমাধ্যমকে বলেন, সরকার কাজ করছে।")
    assert any(m.text == "হেলাল আহমেদ জনি" for e in doc.entities for m in e.mentions)


def test_a_persons_name_in_the_genitive_ends_before_what_is_theirs(bn) -> None:
    doc = bn("শিরোনাম\nসাবেক সংসদ সদস্য শাহীন চাকলাদারের সিন্ডিকেট সব ঠিকাদারি নিয়ন্ত্রণ করে।")
    people = [e for e in doc.entities if e.type == "PER"]
    assert [m.text for e in people for m in e.mentions] == ["শাহীন চাকলাদারের"]
    assert people[0].name == "Shahin Chakladar"


def test_a_verb_in_the_participle_after_a_title_is_no_name(bn) -> None:
    doc = bn("শিরোনাম\nপুলিশ কমিশনার ভয় পেয়ে কোনো মন্তব্য করেননি।")
    assert not any(e.type == "PER" for e in doc.entities)


def test_initials_open_a_name_as_english_papers_write_them(bn) -> None:
    doc = bn("শিরোনাম\nসমিতির সভাপতি এস এম নাজের হোসাইন সভায় ছিলেন। একেএম শফিকুল ইসলাম ও এ এইচ এম ফোয়াদ "
             "সেখানে বক্তব্য দেন। আর রহিম উদ্দিন চুপ ছিলেন।")
    assert entity_of(doc, "এস এম নাজের হোসাইন").name.startswith("SM ")
    assert entity_of(doc, "একেএম শফিকুল ইসলাম").name == "AKM Shafiqul Islam"
    assert entity_of(doc, "এ এইচ এম ফোয়াদ").name.startswith("AHM ")
    assert not any(e.name.startswith("R ") for e in doc.entities)  # "আর" is "and"


def test_the_last_words_of_a_full_name_join_it(bn) -> None:
    doc = bn("শিরোনাম\nসমিতির সভাপতি এস এম নাজের হোসাইন সভায় ছিলেন। পরে নাজের হোসাইন সাংবাদিকদের সঙ্গে কথা বলেন।")
    assert entity_of(doc, "নাজের হোসাইন") is entity_of(doc, "এস এম নাজের হোসাইন")


def test_a_job_title_before_a_known_name_is_no_part_of_the_mention(bn) -> None:
    doc = bn("শিরোনাম\nপ্রধানমন্ত্রী শেখ হাসিনা আজ সংসদে বক্তব্য দেন।")
    hasina = entity_of(doc, "শেখ হাসিনা")
    assert all(not m.text.startswith("প্রধানমন্ত্রী") for m in hasina.mentions)


def test_a_group_named_by_its_first_word_alone(bn) -> None:
    doc = bn("শিরোনাম\nআকিজ গ্রুপের কারখানায় উৎপাদন বেড়েছে। আকিজের কর্মকর্তারা জানান, চিনির সরবরাহ স্বাভাবিক।")
    group = entity_of(doc, "আকিজ গ্রুপের")
    assert any(m.text == "আকিজের" for m in group.mentions), [
        (e.name, [m.text for m in e.mentions]) for e in doc.entities]


def test_a_constituency_is_named_by_its_place_and_number(bn) -> None:
    doc = bn("শিরোনাম\nচট্টগ্রাম-১১ আসনে এবার তিনজন প্রার্থী লড়বেন।")
    assert entity_of(doc, "চট্টগ্রাম-১১").name == "Chattogram-11"


def test_a_case_ending_is_cut_after_the_known_name_part(bn) -> None:
    doc = bn("শিরোনাম\nনূর মোহাম্মদের সমর্থকেরা সকালে মিছিল করেন।")
    assert entity_of(doc, "নূর মোহাম্মদের").name == "Nur Mohammad"


def test_the_suffix_sah_is_no_part_of_a_name(bn) -> None:
    doc = bn("শিরোনাম\nরহিম উদ্দিনসহ পাঁচজনকে গ্রেপ্তার করেছে পুলিশ।")
    assert entity_of(doc, "রহিম উদ্দিনসহ").name == "Rahim Uddin"


def test_english_words_in_an_organisations_name_are_written_in_english(bn) -> None:
    doc = bn("শিরোনাম\nকরিম টেক্সটাইল মিলস লিমিটেডের শ্রমিকেরা বিক্ষোভ করেন।")
    assert entity_of(doc, "করিম টেক্সটাইল মিলস লিমিটেডের").name == "Karim Textile Mills Limited"


def test_a_religious_honorific_is_in_the_mention_not_the_name(bn) -> None:
    doc = bn("শিরোনাম\nসমাবেশে মাওলানা আবদুল হালিম বক্তব্য দেন।")
    e = entity_of(doc, "মাওলানা আবদুল হালিম")
    assert e.name == "Abdul Halim"


def test_a_place_before_a_police_station_or_municipality_names_it(bn) -> None:
    doc = bn("শিরোনাম\nকাফরুল থানায় মামলা হয়েছে। পাকুন্দিয়া পৌরসভার মেয়র উপস্থিত ছিলেন।")
    assert entity_of(doc, "কাফরুল থানায়").name == "Kafrul Police Station"
    assert entity_of(doc, "পাকুন্দিয়া পৌরসভার").type == "ORG"


def test_a_compass_word_opens_a_place_name(bn) -> None:
    doc = bn("শিরোনাম\nদক্ষিণ কেরানীগঞ্জে বিস্ফোরণ হয়েছে। পরে কেরানীগঞ্জে আতঙ্ক ছড়ায়।")
    south, plain = entity_of(doc, "দক্ষিণ কেরানীগঞ্জে"), entity_of(doc, "কেরানীগঞ্জে")
    assert south is not plain and south.name == "South Keraniganj"


def test_a_known_two_word_name_the_tagger_cut_short_joins_it(bn) -> None:
    doc = bn("সবুজ টেক্সটাইলসে শ্রমিক অসন্তোষ\nশ্রমিকনেতা রফিকুল ইসলাম অভিযোগ করেন, সবুজ টেক্সটাইলস তিন মাস ধরে "
             "শ্রমিকদের মজুরি পরিশোধ করেনি।")
    org = entity_of(doc, "সবুজ টেক্সটাইলসে")
    assert len(org.mentions) == 2 and org.type == "ORG"


def test_a_constituency_is_not_merged_with_its_place(bn) -> None:
    doc = bn("শিরোনাম\nফরিদপুর-৩ আসনের সংসদ সদস্য তিনি। ফরিদপুরে বৃষ্টি হয়েছে।")
    assert entity_of(doc, "ফরিদপুর-৩") is not entity_of(doc, "ফরিদপুরে")


def test_an_ordinary_word_with_a_particle_or_classifier_ends_a_name(bn) -> None:
    from ukti.lang import load_pack
    from ukti.ner import lexicon
    from ukti.stages.entities import _filler, _lists, ordinary_words

    pack = load_pack("bn")
    ordinary, common, lists = ordinary_words("bn"), lexicon("bn").common, _lists("bn")
    # "besides" and "the matter too" are never part of a name; a nickname after a name may be
    # an ordinary word ("… হাসান জয়") and stays
    assert _filler("ছাড়াও", lists, ordinary, common, pack) and _filler("বিষয়টিও", lists, ordinary, common, pack)
    assert not _filler("জয়", lists, ordinary, common, pack) and not _filler("সরকার", lists, ordinary, common, pack)
    doc = bn("শিরোনাম\nসভায় উপদেষ্টা সালেহ উদ্দিন ছাড়াও আরও তিনজন বক্তব্য দেন।")
    assert not any("ছাড়াও" in m.text for e in doc.entities for m in e.mentions)


def test_a_noun_with_its_classifier_and_a_case_ending_ends_a_name(bn) -> None:
    # "the allegation" and "at the bank" are things whatever form the word lists hold; an
    # English word ending as "-টা" does ("ওয়াটার") is no noun with a classifier
    doc = bn("শিরোনাম\nমুখপাত্র রফিক আহমেদ অভিযোগটিকে ভিত্তিহীন বলেন। মো. করিম ব্যাংকটিতে যোগ দেন।")
    names = {e.name for e in doc.entities}
    assert {"Rafiq Ahmed", "Md. Karim"} <= names, names
    assert not any("অভিযোগ" in m.text or "ব্যাংক" in m.text for e in doc.entities for m in e.mentions)


def test_a_case_ending_after_an_apostrophe_is_cut_like_one_after_a_hyphen(bn) -> None:
    doc = bn("শিরোনাম\nবিএনপি'র মহাসচিব সভায় ছিলেন। আইএলও’র প্রতিবেদনে বলা হয়েছে, বেকারত্ব বেড়েছে।")
    assert entity_of(doc, "বিএনপি").name == "Bangladesh Nationalist Party"
    ilo = entity_of(doc, "আইএলও")
    assert ilo.name == "International Labour Organization" and doc.statements[0].speaker.entity == ilo.id
    assert not any(m.text.startswith(("'", "’")) for e in doc.entities for m in e.mentions)


def test_a_tail_written_solid_after_a_known_place_leaves_the_place(bn) -> None:
    doc = bn("শিরোনাম\nলন্ডনভিত্তিক একটি সংস্থার দক্ষিণ এশিয়াবিষয়ক গবেষক বক্তব্য দেন।")
    assert entity_of(doc, "লন্ডন").name == "London"
    assert entity_of(doc, "দক্ষিণ এশিয়া").type == "LOC"



def test_a_business_groups_first_words_alone_mean_the_group_not_its_company() -> None:
    from ukti.lang import load_pack
    from ukti.model import Mention
    from ukti.stages.entities import _Cand, _cluster, _lists

    names = ["এস আলম রিফাইন্ড সুগার ইন্ডাস্ট্রিজ", "এস আলম গ্রুপ", "এস আলম"]  # in order of appearance
    text = "। ".join(names)
    found, at = [], 0
    for n in names:
        words = n.split()
        found.append((_Cand(0, len(words), "ORG", "model"), Mention(at, at + len(n), n, n), words))
        at += len(n) + 2
    clusters = _cluster(found, text, load_pack("bn"), _lists("bn"))
    by_form = {m.form: cl for cl in clusters for _, m, _ in cl.mentions}
    assert by_form["এস আলম"] is by_form["এস আলম গ্রুপ"]
    assert by_form["এস আলম"] is not by_form["এস আলম রিফাইন্ড সুগার ইন্ডাস্ট্রিজ"]


def test_an_abbreviations_genitive_is_cut_and_a_media_word_ends_an_organisation(bn) -> None:
    doc = bn("শিরোনাম\nসিবিসির খবরে বলা হয়েছে, নিয়ম বদলেছে। জিও নিউজের প্রতিবেদনে বলা হয়, শুনানি হয়েছে।")
    cbc = entity_of(doc, "সিবিসির")
    assert cbc.name == "CBC" and cbc.mentions[0].form == "সিবিসি"
    assert entity_of(doc, "জিও নিউজের").name == "Geo News"
    # an abbreviation that ends in R keeps it: "আর" is the letter, "র" alone an ending
    from ukti.lang import load_pack
    from ukti.stages.entities import _lists, strip_name

    assert strip_name("ইউএনএইচসিআর", _lists("bn"), load_pack("bn"), frozenset()) == "ইউএনএইচসিআর"


def test_an_honorific_closed_with_a_colon_is_read_like_one_with_a_full_stop(bn) -> None:
    doc = bn("শিরোনাম\nউপজেলা নির্বাহী কর্মকর্তা মো: আনোয়ার হোসেন বলেন, ত্রাণ যাচ্ছে। মোছা: সালমা বেগম জানান, ঘর ভেঙেছে।")
    assert entity_of(doc, "মো: আনোয়ার হোসেন").name == "Md. Anwar Hossain"
    assert entity_of(doc, "মোছা: সালমা বেগম").type == "PER"
    assert not any(m.text.startswith("মোছা") and len(m.text.split()) == 1 for e in doc.entities for m in e.mentions)


def test_a_verb_or_a_demonstrative_is_no_part_of_a_name(bn) -> None:
    doc = bn("শিরোনাম\nশিক্ষক রফিকুল আলম তপন বিবৃতি পাঠিয়েছেন। রিয়াজ হোসেন গতকাল এসেছিলেন। এই রিয়াজ পরে থানায় যান।")
    assert not any(w.endswith("েছেন") for e in doc.entities for m in e.mentions for w in m.text.split())
    assert not any(e.name.startswith("AE") for e in doc.entities)  # "এই" is "this", not the initials A. E.


def test_a_title_in_letters_is_no_initial_and_a_word_never_in_a_name_ends_one(bn) -> None:
    doc = bn("শিরোনাম\nমামলায় আসামি করা হয়েছে এপিএস এ কে এম জাহিদুল ইসলামকে। তাঁর স্ত্রী নাসরিন আক্তার একজন গৃহিণী।")
    zahid = entity_of(doc, "এ কে এম জাহিদুল ইসলাম")
    assert zahid.type == "PER" and not any("এপিএস" in m.text for m in zahid.mentions)
    nasrin = entity_of(doc, "নাসরিন আক্তার")
    assert not any("গৃহিণী" in m.text for m in nasrin.mentions)
    # nor does one open a name
    doc = bn("শিরোনাম\nঅতিসম্প্রতি মেঘনা টেক্সটাইলস লিমিটেড নতুন কারখানা চালু করেছে।")
    assert not any("অতিসম্প্রতি" in m.text for e in doc.entities for m in e.mentions)


def test_an_english_name_joined_by_of_and_and_is_one_organisation(bn) -> None:
    doc = bn("শিরোনাম\nসভায় ফরিদপুর চেম্বার অব কমার্স অ্যান্ড ইন্ডাস্ট্রির সভাপতি বক্তব্য দেন।")
    chamber = entity_of(doc, "ফরিদপুর চেম্বার অব কমার্স অ্যান্ড ইন্ডাস্ট্রির")
    assert chamber.type == "ORG" and chamber.name == "Faridpur Chamber of Commerce and Industry"
    assert not any(e.type == "LOC" for e in doc.entities)  # the place is part of the name here


def test_finite_verb_endings_come_from_the_pack_and_spare_names_in_bare_en(bn) -> None:
    # text.toml [verbs]: two lists, the one for names without the bare -েন that ends হোসেন
    from ukti.lang import load_pack
    from ukti.stages.entities import _lists, _looks_finite

    verbs = load_pack("bn").table("text")["verbs"]
    assert "েন" in verbs["finite_endings"] and "েন" not in verbs["finite_endings_not_in_names"]
    lists = _lists("bn")
    assert lists.finite_endings == tuple(verbs["finite_endings_not_in_names"])
    assert _looks_finite("চালাতেন", lists) and _looks_finite("পাঠিয়েছেন", lists)
    assert not _looks_finite("হোসেন", lists) and not _looks_finite("মোমেন", lists)
    doc = bn("শিরোনাম\nগ্রামের বাসিন্দা বাবুল মিয়া ওয়ার্কশপ চালাতেন। তাঁর ভাই আলমগীর হোসেন বলেন, দোকান বন্ধ।")
    words = [w for e in doc.entities if e.type == "PER" for m in e.mentions for w in m.text.split()]
    assert "চালাতেন" not in words  # a verb after a name is no part of it
    assert "হোসেন" in words  # a name that ends like "করেন" keeps its last part


def test_english_words_in_bengali_letters_take_their_english_spelling(bn) -> None:
    doc = bn("শিরোনাম\nসোনাতলা ফুড অ্যান্ড বেভারেজ লিমিটেডের কারখানায় আগুন লাগে। রূপসা নিটওয়্যার ম্যানুফ্যাকচারার্স "
             "অ্যাসোসিয়েশনের নেতারা বলেন, পদ্মা জুট স্পিনিং মিলসের শ্রমিকেরা নিরাপদে আছেন। খবর পেয়ে শিমুলতলী মডেল "
             "থানার ওসি ঘটনাস্থলে যান। পরে নদীতীর সিকিউরিটিজ লিমিটেডের কার্যালয়ে তল্লাশি চালানো হয়।")
    names = {e.name for e in doc.entities}
    # (সোনাতলা and রূপসা are upazilas: named as the gazetteer spells them, as in a place's own name)
    assert {"Sonatala Food and Beverage Limited", "Rupsha Knitwear Manufacturers Association",
            "Padma Jute Spinning Mills", "Shimulatli Model Police Station", "Naditir Securities Limited"} <= names


def test_the_place_a_body_is_named_after_stays_the_place_when_used_alone(bn) -> None:
    # "ট্রেড", "মডেল" are English words, but the word before them is a place, not a brand's name
    doc = bn("শিরোনাম\nচরপাড়া ট্রেড অ্যান্ড ইন্ডাস্ট্রিজ অ্যাসোসিয়েশনের সভাপতি বলেন, চরপাড়ার ব্যবসায়ীরা চিনি মজুত "
             "করছেন। গতকাল শিমুলতলী মডেল থানার ওসি জানান, শিমুলতলীর বাজারে চুরি হয়েছে।")
    association = entity_of(doc, "চরপাড়া ট্রেড অ্যান্ড ইন্ডাস্ট্রিজ অ্যাসোসিয়েশনের")
    assert association.name == "Charpara Trade and Industries Association"
    assert not any(m.text == "চরপাড়ার" for m in association.mentions)
    station = entity_of(doc, "শিমুলতলী মডেল থানার")
    assert not any(m.text == "শিমুলতলীর" for m in station.mentions)


def test_a_known_abbreviation_in_brackets_names_the_long_name_before_it(bn) -> None:
    doc = bn("শিরোনাম\nনিয়ন্ত্রক সংস্থা সিকিউরিটিজ অ্যান্ড এক্সচেঞ্জ বোর্ডকে (সেবি) স্বস্তি দিয়েছেন আদালত। "
             "সেবি জানিয়েছে, তদন্ত শেষ হয়েছে।")
    sebi = entity_of(doc, "সিকিউরিটিজ অ্যান্ড এক্সচেঞ্জ বোর্ডকে")
    assert any(m.text == "সেবি" for m in sebi.mentions) and sebi.name == "Securities and Exchange Board of India"


def test_a_business_named_after_its_founder_is_an_organisation(bn) -> None:
    doc = bn("শিরোনাম\nআবুল খায়ের গ্রুপ চিনি আমদানি করেছে। আবদুল মোনেম সুগার রিফাইনারি লিমিটেড উৎপাদন বন্ধ রেখেছে।")
    assert entity_of(doc, "আবুল খায়ের গ্রুপ").type == "ORG"
    refinery = entity_of(doc, "আবদুল মোনেম সুগার রিফাইনারি লিমিটেড")
    assert refinery.type == "ORG" and refinery.name == "Abdul Monem Sugar Refinery Limited"
    # a person's group in the genitive is his, not a company's name; a person stays a person
    doc = bn("শিরোনাম\nমন্ত্রী রহিম উদ্দিন সাংবাদিকদের বলেন, কাজ চলছে।")
    assert entity_of(doc, "রহিম উদ্দিন").type == "PER"


def test_a_noun_in_the_plural_is_no_name(bn) -> None:
    doc = bn("শিরোনাম\nরমজানকে সামনে রেখে ব্যবসায়ী সিন্ডিকেটগুলোর অপতৎপরতা বেড়ে যায়।")
    assert not any("সিন্ডিকেটগুলোর" in m.text for e in doc.entities for m in e.mentions)


def test_the_central_bank_of_a_bangladeshi_article_is_bangladesh_bank(bn) -> None:
    doc = bn("শিরোনাম\nকেন্দ্রীয় ব্যাংক জানিয়েছে, ঢাকার বাজারে ডলারের দাম স্থিতিশীল।")
    assert entity_of(doc, "কেন্দ্রীয় ব্যাংক").name == "Bangladesh Bank"


def test_a_unit_after_a_figure_does_not_open_a_name(bn) -> None:
    doc = bn("শিরোনাম\nরহিম ট্রেডার্স ৫ হাজার ৬২৩ টন রূপালী সুগার ইন্ডাস্ট্রিজ ৬৭ হাজার টন চিনি আমদানি করেছে।")
    forms = {m.form for e in doc.entities for m in e.mentions}
    assert "রূপালী সুগার ইন্ডাস্ট্রিজ" in forms and not any(f.startswith("টন") for f in forms)


def test_a_genitive_r_after_h_or_a_conjunct_is_an_ending_when_the_bare_name_stands_too(bn) -> None:
    doc = bn("শিরোনাম\nসীমান্তের উত্তেজনায় চাপ বাড়ছে হাসান নাসরাল্লাহর ওপর। বৈরুতে ভাষণ দেন হাসান নাসরাল্লাহ।")
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Hassan Nasrallah"]  # one, as the gazetteer spells him
    # without the bare name in the article, a name ending in "-হর" keeps it
    doc = bn("শিরোনাম\nঅনুষ্ঠানে বক্তব্য দেন শিক্ষক জহর রায়চৌধুরী ও নাসির উদ্দিন।")
    assert any(m.form.startswith("জহর") for e in doc.entities for m in e.mentions)


def test_conjunctions_particles_and_places_in_the_locative_do_not_open_a_name(bn) -> None:
    doc = bn("শিরোনাম\nশ্রমিকরা ওয়েজ আর্নার্স কল্যাণ বোর্ড অথবা প্রতিরক্ষা মন্ত্রণালয়ে যাবেন। "
             "প্রতিদিনই হাসপাতাল ভরে যাচ্ছে। নরসিংদী ও নারায়ণগঞ্জে ইউনিয়ন পরিষদ নির্বাচন হবে।")
    orgs = {m.form for e in doc.entities if e.type == "ORG" for m in e.mentions}
    assert "প্রতিরক্ষা মন্ত্রণালয়" in orgs
    assert not any(f.split()[0] in ("অথবা", "প্রতিদিনই", "নারায়ণগঞ্জে") for f in orgs), orgs


def test_an_english_common_word_in_bengali_letters_is_no_person(bn) -> None:
    doc = bn("শিরোনাম\nনতুন ফ্রেমওয়ার্ক নিয়ে আলোচনা হয়। সভায় ছিলেন রহিম উদ্দিন।")
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Rahim Uddin"]


def test_a_name_known_for_its_spelling_loses_its_genitive(bn) -> None:
    doc = bn("শিরোনাম\nমামলায় আসামিপক্ষের আইনজীবী ছিলেন সোহেল রানার ভাই।")
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Sohel Rana"]


@pytest.mark.parametrize(("inflected", "form"), [("বিবিসি বাংলার", "বিবিসি বাংলা"), ("প্রথম আলোর", "প্রথম আলো"),
                                                  ("টাইমস অব ইন্ডিয়ার", "টাইমস অব ইন্ডিয়া"), ("ইন্ডিয়া টুডে", "ইন্ডিয়া টুডে")])
def test_a_name_the_gazetteer_knows_has_its_form_without_the_case_ending(bn, inflected: str, form: str) -> None:
    # the form is the gazetteer's, so that a later stage knows "বিবিসি বাংলার" for a genitive (and
    # "টুডে" keeps its last letter, which only looks like a locative)
    doc = bn(f"শিরোনাম\n{inflected} এক প্রতিবেদনে বলা হয়েছে, কাজ চলছে।")
    assert [m.form for e in doc.entities for m in e.mentions] == [form]


def test_a_description_of_an_outlet_is_not_its_name_and_the_name_has_a_capital(bn) -> None:
    doc = bn("শিরোনাম\nযুক্তরাষ্ট্রভিত্তিক সাময়িকী দ্য ডিপ্লোম্যাট জানিয়েছে, বৈঠক হবে। বেশিরভাগ থানা খোলা ছিল।")
    orgs = {e.name: [m.form for m in e.mentions] for e in doc.entities if e.type == "ORG"}
    assert orgs == {"The Diplomat": ["দ্য ডিপ্লোম্যাট"]}, orgs


def test_a_ministers_portfolio_title_is_no_part_of_the_name(bn) -> None:
    doc = bn("শিরোনাম\nসাবেক অর্থমন্ত্রী রহিম উদ্দিন বলেন, বাজেট ঘাটতি বাড়বে।")
    assert [(e.type, e.name) for e in doc.entities] == [("PER", "Rahim Uddin")]


def test_one_company_written_several_ways_is_one_and_its_group_stays_apart(bn) -> None:
    doc = bn("শিরোনাম\nকরিম রহমান গ্রুপের প্রতিষ্ঠান করিম রহমান রিফাইন্ড সুগার ইন্ডাস্ট্রিজ চিনি আমদানি করেছে। "
             "করিম রহমান সুগার রিফাইন্ড সুগার ইন্ডাস্ট্রিজ জানিয়েছে, দাম কমবে।")
    orgs = {e.name: {m.form for m in e.mentions} for e in doc.entities if e.type == "ORG"}
    # one company, named by the form that does not say a word twice
    assert orgs["Karim Rahman Refined Sugar Industries"] == {
        "করিম রহমান রিফাইন্ড সুগার ইন্ডাস্ট্রিজ", "করিম রহমান সুগার রিফাইন্ড সুগার ইন্ডাস্ট্রিজ"}
    assert orgs["Karim Rahman Group"] == {"করিম রহমান গ্রুপ"}


def test_a_place_inside_an_organisations_name_is_spelt_as_the_gazetteer_spells_it(bn) -> None:
    doc = bn("শিরোনাম\nকক্সবাজার সিএসও এনজিও ফোরাম এক বিবৃতিতে জানিয়েছে, সহায়তা কমেছে। "
             "সুন্দরবন পর্যটন ব্যবসায়ী সমিতি জানায়, পর্যটক কমেছে। অ্যান্ড এনভায়রনমেন্ট বিভাগ খোলা।")
    names = {e.name for e in doc.entities if e.type == "ORG"}
    assert "Cox's Bazar CSO NGO Forum" in names
    assert any(n.startswith("Sundarban ") for n in names), names
    assert not any(n.startswith("And ") for n in names)


def test_what_happens_to_a_person_and_a_bare_title_are_no_names(bn) -> None:
    doc = bn("শিরোনাম\nরহিম উদ্দিন পদত্যাগ\nবিশ্ববিদ্যালয়ের ভিসি ও প্রো-ভিসির পদত্যাগের দাবিতে আন্দোলন চলছে।")
    assert [(e.type, e.name) for e in doc.entities] == [("PER", "Rahim Uddin")]


def test_a_name_after_a_role_ends_at_its_accusative_and_never_takes_a_figure(bn) -> None:
    doc = bn("শিরোনাম\nসাবেক ছাত্রনেতা সাদ্দাম হোসেনকে ১২দিন রিমান্ডে নেওয়া হয়েছে।")
    assert [(e.name, e.mentions[0].form) for e in doc.entities if e.type == "PER"] == [
        ("Saddam Hossain", "সাদ্দাম হোসেন")]


def test_an_honorific_like_word_before_a_verb_makes_no_person(bn) -> None:
    doc = bn("শিরোনাম\nপ্রবাসে থাকা ছেলেকে খুব মিস করেন তিনি। মিস রাহেলা বেগম বলেন, অপেক্ষা করছি।")
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Rahela Begum"]


def test_an_abbreviation_in_the_genitive_ends_an_organisations_name(bn) -> None:
    doc = bn("শিরোনাম\nবিজিএমইএর প্রথম নারী সভাপতি রুবিনা হক বলেন, রপ্তানি কমছে।")
    assert [(e.type, m.form) for e in doc.entities for m in e.mentions if e.type == "ORG"] == [("ORG", "বিজিএমইএ")]


def test_a_surname_after_another_given_name_is_not_found_alone(bn) -> None:
    # "ইসলাম" of "মো. শফিকুল ইসলাম" is sought alone, but "মির্জা ফখরুল ইসলাম" is someone else's full name
    doc = bn("শিরোনাম\nবিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেছেন, নির্বাচন সময়মতো হবে। উপজেলা নির্বাহী "
             "কর্মকর্তা মো. শফিকুল ইসলাম বলেন, ত্রাণ দেওয়া হচ্ছে। পরে মির্জা ফখরুল ইসলাম সাংবাদিকদের বলেন, "
             "দলের প্রস্তুতি চলছে।")
    shafiqul = next(e for e in doc.entities if "শফিকুল" in e.mentions[0].text)
    assert [m.text for m in shafiqul.mentions] == ["মো. শফিকুল ইসলাম"]
    fakhrul = next(e for e in doc.entities if e.name == "Mirza Fakhrul Islam Alamgir")
    assert doc.statements[-1].speaker.entity == fakhrul.id


def test_an_ordinary_word_before_a_noun_cue_is_not_taken_into_a_name(bn) -> None:
    # "কড়া ভাষায়" (in strong words) after a name; a nickname before a verb stays ("… রহমান রকেট জানান")
    doc = bn("শিরোনাম\nশিক্ষামন্ত্রী রফিক আহমেদ কড়া ভাষায় দুর্নীতি বন্ধের আহ্বান জানান।")
    assert person_mentions(doc) == ["রফিক আহমেদ"]


def test_a_given_name_alone_is_the_person_named_whole_before(bn) -> None:
    doc = bn("শিরোনাম\nক্রিকেটার তাসকিন আহমেদ দলে ফিরেছেন। তাসকিন বলেন, আমি প্রস্তুত। রফিক আহমেদ বলেন, কাজ চলছে। "
             "রফিক হোসেন জানান, কাজ শেষ হয়নি।")
    taskin = next(e for e in doc.entities if e.name == "Taskin Ahmed")
    assert [m.text for m in taskin.mentions] == ["তাসকিন আহমেদ", "তাসকিন"]
    # another surname after the given name is another person
    assert not any(m.text == "রফিক" for e in doc.entities for m in e.mentions)


def test_a_name_in_the_accusative_ends_the_name(bn) -> None:
    # no name has a case ending inside it: "X-কে মৃত্যুদণ্ড দেয়" is X and a sentence, "X-কে পুলিশ …"
    # is X and the police
    doc = bn("শিরোনাম\nট্রাইব্যুনাল সাবেক মন্ত্রী রফিকুল হাসানকে মৃত্যুদণ্ড দেয়। "
             "পরে শাহিনুর রহমানকে পুলিশ হেফাজতে নেওয়া হয়।")
    persons = sorted(person_mentions(doc))
    assert persons == ["রফিকুল হাসানকে", "শাহিনুর রহমানকে"]
    # but a word that only ends so is no case ending: "লার্স লোকে রাসমুসেন" is one name
    doc = bn("শিরোনাম\nডেনমার্কের পররাষ্ট্রমন্ত্রী লার্স লোকে রাসমুসেন বলেছেন, দ্বীপটি বিক্রির জন্য নয়।")
    assert person_mentions(doc) == ["লার্স লোকে রাসমুসেন"]
    # and in the genitive: "X-এর এনআইডি কার্ড" is X's card
    doc = bn("শিরোনাম\nপুলিশ জাহিদুল ইসলামের এনআইডি কার্ড, মোবাইল ফোন ও টাকা উদ্ধার করে।")
    assert person_mentions(doc) == ["জাহিদুল ইসলামের"]


def test_roy_is_a_surname_unless_a_verdict_is_given(bn) -> None:
    # "রায়" is a verdict before a verb of giving, else the surname (names.toml [not_names] before)
    doc = bn("শিরোনাম\nবিশেষজ্ঞ মধুমিতা সিনহা রায় বিবিসি বাংলাকে বলেন, চুক্তিটি গুরুত্বপূর্ণ। "
             "পরে বিচারপতি মো. আশরাফুল কামাল রায় দেন।")
    persons = sorted(person_mentions(doc))
    assert persons == ["মধুমিতা সিনহা রায়", "মো. আশরাফুল কামাল"]
    # and alone it is a verdict, never the surname of a Roy named before
    doc = bn("শিরোনাম\nআইনজীবী রণজিৎ রায় বলেন, আপিল করা হবে। আদালতের রায় নিয়ে প্রশ্ন উঠেছে।")
    assert person_mentions(doc) == ["রণজিৎ রায়"]


def test_a_verbal_noun_before_a_light_verb_is_no_part_of_a_name(bn) -> None:
    # "… হক সারাজীবন শিক্ষকতা করেছেন": teaching done, not a name; a nickname before a speech verb
    # stays ("আরিফুর রহমান রকেট জানান")
    doc = bn("শিরোনাম\nঅধ্যাপক রফিকুল হক সারাজীবন শিক্ষকতা করেছেন। আরিফুর রহমান রকেট জানান, কাজ চলছে।")
    persons = sorted(person_mentions(doc))
    assert persons == ["আরিফুর রহমান রকেট", "রফিকুল হক"]


def test_a_place_the_gazetteer_knows_is_no_person(bn) -> None:
    # the tagger's "মহাসচিব বাংলাদেশের" (a title, then a country in the genitive) leaves no person
    doc = bn("শিরোনাম\nমুখপাত্র বলেন, মহাসচিব বাংলাদেশের জনগণের প্রতি সংহতি প্রকাশ করেছেন।")
    assert not [e for e in doc.entities if e.type == "PER" and e.name == "Bangladesh"]


def test_a_known_abbreviation_in_brackets_joins_only_a_name_that_shares_its_words(bn) -> None:
    # "X (ইউপিডিএফ)" after a students' body is the body and the front behind it; a Bengali-worded
    # name of the same organisation ("সিকিউরিটিজ অ্যান্ড এক্সচেঞ্জ বোর্ডকে (সেবি)") is one
    doc = bn("শিরোনাম\nপাহাড়ি ছাত্র পরিষদ (ইউপিডিএফ) মিছিল করেছে।")
    assert len([e for e in doc.entities if e.type == "ORG"]) == 2
    doc = bn("শিরোনাম\nভারতের সিকিউরিটিজ অ্যান্ড এক্সচেঞ্জ বোর্ডকে (সেবি) তদন্ত করতে বলা হয়।")
    sebi = [e for e in doc.entities if e.type == "ORG"]
    assert len(sebi) == 1 and len(sebi[0].mentions) == 2


def test_the_accusative_ending_comes_off_whole() -> None:
    assert (accusative_stem("খানকে"), accusative_stem("রাহুলদাকেও"), accusative_stem("খান")) == ("খান", "রাহুলদা", None)


def test_a_hyphenated_name_after_a_title_is_a_person(bn) -> None:
    # one hyphenated word is a whole name ("জেনারেল ওয়াকার-উজ-জামান"); a compound of ordinary words is not
    doc = bn("শিরোনাম\nসেনাপ্রধান জেনারেল ওয়াকার-উজ-জামান বলেন, সেনাবাহিনী নিরপেক্ষ থাকবে।")
    assert entity_of(doc, "জেনারেল ওয়াকার-উজ-জামান").type == "PER"
    assert doc.statements[0].speaker.entity == entity_of(doc, "জেনারেল ওয়াকার-উজ-জামান").id
    doc = bn("শিরোনাম\nদলের নেতা নেতা-কর্মী-সমর্থকদের নিয়ে মিছিল করেন।")
    assert not [e for e in doc.entities if e.type == "PER"]


def test_abdur_and_abul_never_end_a_name(bn) -> None:
    # "আবদুর", "আবুল" take the word after them, however short: "মো. আবদুর রব" is one man
    doc = bn("শিরোনাম\nপরিবেশ বিভাগের অধ্যাপক মোহাম্মদ আমির হোসেন বলেন, লেক ভরাট হয়েছে। অনুষদের ডিন অধ্যাপক মো. "
             "আবদুর রব বলেন, কোনো মাস্টারপ্ল্যান ছিল না।")
    dean = entity_of(doc, "মো. আবদুর রব")
    assert dean.type == "PER" and dean.name.startswith("Md. Abdur R")
    assert doc.statements[1].speaker.entity == dean.id != doc.statements[0].speaker.entity


def test_sarkar_is_a_surname_before_a_verb_of_respect(bn) -> None:
    # "X সরকার বলেন": no government takes the form of respect; "হাসিনা সরকার" is the government
    doc = bn("শিরোনাম\nমহানগর বিএনপির সভাপতি মো. শওকত হোসেন সরকার বলেন, অচিরেই ব্যবস্থা নেওয়া হবে।")
    person = entity_of(doc, "মো. শওকত হোসেন সরকার")
    assert person.type == "PER" and person.name.endswith("Sarkar")
    assert doc.statements[0].speaker.entity == person.id
    doc = bn("শিরোনাম\nগণ-অভ্যুত্থানে শেখ হাসিনা সরকার পদত্যাগ করে।")
    assert [m.text for m in entity_of(doc, "শেখ হাসিনা").mentions] == ["শেখ হাসিনা"]


def test_islam_alone_is_the_faith_not_a_person(bn) -> None:
    # "ইসলাম ও মুসলমানদের উপস্থাপন": the faith; "তিনি" after it is still the professor
    doc = bn("শিরোনাম\nঅধ্যাপক কবির উদ্দিন বলেন, ইসলামোফোবিয়া বাড়ছে। বিদ্বেষের কারণেই ইসলাম ও মুসলমানদের উপস্থাপন "
             "নেতিবাচক হয়, দাবি করা হয়। তিনি বলেন, এই মনোভাব নিরাপত্তাকে ঝুঁকিতে ফেলে।")
    assert not [e for e in doc.entities if e.name == "Islam"]
    names = {e.id: e.name for e in doc.entities}
    assert names[doc.statements[-1].speaker.entity] == "Kabir Uddin"
    # a surname after a given name is still one
    assert entity_of(bn("শিরোনাম\nনাহিদ ইসলাম বলেন, ভোট হবে।"), "নাহিদ ইসলাম").type == "PER"


def test_a_famous_one_word_name_that_another_name_goes_on_from_is_someone_else(bn) -> None:
    # "এরশাদ আলী", "হাসিনা আক্তার": local people, not Hussain Muhammad Ershad or Sheikh Hasina;
    # the famous one alone, or going on with his own name, is still him
    doc = bn("শিরোনাম\nব্যবসায়ী এরশাদ আলী বাজারে দোকান খোলেন। সাবেক রাষ্ট্রপতি এরশাদ ১৯৯০ সালে পদত্যাগ করেন।")
    assert entity_of(doc, "এরশাদ আলী").name != "Hussain Muhammad Ershad"
    assert entity_of(doc, "রাষ্ট্রপতি এরশাদ").name == "Hussain Muhammad Ershad"
    # "উল্লাহ" is a name part as "আলী" is (it was missing from the list)
    doc = bn("শিরোনাম\nনগর কমিটির আহ্বায়ক এরশাদ উল্লাহ বলেন, সমাবেশ হবে।")
    assert entity_of(doc, "এরশাদ উল্লাহ").name == "Ershad Ullah"
    doc = bn("শিরোনাম\nবঙ্গবন্ধু শেখ মুজিবুর রহমান ১৯৭২ সালে দেশে ফেরেন।")
    assert entity_of(doc, "বঙ্গবন্ধু").name == "Sheikh Mujibur Rahman"


def test_a_title_before_the_head_of_a_members_body_names_the_body(bn) -> None:
    # "কৃষক লীগ", "শিক্ষক সমিতি": the members' word is the name; dropped as a person's title, every
    # association of the article would be one "League" or "Samiti"
    doc = bn("শিরোনাম\nশিক্ষক সমিতির সভাপতি করিম হাসান বলেন, দাবি মানতে হবে। মালিক সমিতির নেতারা আলোচনায় বসেন।"
             " কৃষক লীগের নেতারা মিছিল করেন।")
    teachers, owners = entity_of(doc, "শিক্ষক সমিতির"), entity_of(doc, "মালিক সমিতির")
    assert teachers.type == owners.type == "ORG" and teachers.id != owners.id
    assert teachers.name != "Samiti" and entity_of(doc, "কৃষক লীগের").name != "League"
    # a person's title before another head stays a title: no body is named so
    doc = bn("শিরোনাম\nপরিচালক হাসপাতালে গিয়ে রোগীদের খোঁজ নেন।")
    assert not [e for e in doc.entities if e.type == "ORG"]


def test_a_common_word_in_the_locative_opens_no_body(bn) -> None:
    # "সংবাদ সম্মেলনে যাত্রী কল্যাণ সমিতির": the press conference sets the scene, the body starts after it
    doc = bn("শিরোনাম\nবুধবার এক সংবাদ সম্মেলনে যাত্রী কল্যাণ সমিতির মহাসচিব মোজাম্মেল হক এ তথ্য জানান।")
    assert entity_of(doc, "যাত্রী কল্যাণ সমিতির").mentions[0].text == "যাত্রী কল্যাণ সমিতির"


def test_a_name_part_the_tagger_takes_for_a_person_alone_is_one(bn) -> None:
    # "সাকিব", "মেসি" are written alone so often that the corpus counts them ordinary words; a name
    # part that is an ordinary word too ("রায়" verdict, "আমির" a party's chief) still needs more
    doc = bn("শিরোনাম\nম্যাচ শেষে সাকিব বলেন, আমরা ভালো খেলেছি।")
    assert entity_of(doc, "সাকিব").type == "PER"
    assert doc.statements[0].speaker.entity == entity_of(doc, "সাকিব").id
    doc = bn("শিরোনাম\nআদালতের রায় ঘোষণা হয়েছে। দলের আমির বলেন, আমরা প্রস্তুত।")
    assert not [e for e in doc.entities if e.type == "PER"]


def test_a_role_a_given_name_and_a_surname_before_a_verb_of_speech_are_a_person(bn) -> None:
    # the given name is an ordinary word ("জীবন" life), or the surname is one ("সরকার" government)
    doc = bn("শিরোনাম\nস্থানীয় বাসিন্দা জীবন শর্মা বলেন, পানি নেই। সহযোগী অধ্যাপক মেখলা সরকার বলেন, যত্ন দরকার।")
    assert entity_of(doc, "জীবন শর্মা").type == entity_of(doc, "মেখলা সরকার").type == "PER"
    assert [s.speaker.entity for s in doc.statements] == [entity_of(doc, "জীবন শর্মা").id,
                                                          entity_of(doc, "মেখলা সরকার").id]


def test_a_place_that_is_a_name_part_after_a_name_is_the_person(bn) -> None:
    # "পার্থ" is Perth and a common given name: after another name part, and alone after the person,
    # it is Partha; "in Perth" stays the city
    doc = bn("শিরোনাম\nদলের চেয়ারম্যান আন্দালিব রহমান পার্থ বলেন, নির্বাচন দরকার। পার্থ আরও বলেন, সংস্কার চাই।\n\n"
             "পার্থে এখন শীত।")
    person = entity_of(doc, "আন্দালিব রহমান পার্থ")
    assert person.type == "PER" and person.name.endswith("Partha")
    assert [s.speaker.entity for s in doc.statements] == [person.id, person.id]
    assert entity_of(doc, "পার্থে").type == "LOC"


def test_two_known_bodies_joined_by_a_hyphen_are_two_entities(bn) -> None:
    # "বিএনপি-জামায়াত জোট": the two parties, not one body named "Bienpi-jamayat"
    doc = bn("শিরোনাম\nবিএনপি-জামায়াত জোট ভোট বর্জন করেছে। ছাত্রলীগ-যুবলীগের নেতারা হামলা চালান।")
    names = {e.name for e in doc.entities}
    assert {"Bangladesh Nationalist Party", "Bangladesh Jamaat-e-Islami", "Bangladesh Chhatra League"} <= names
    assert not [n for n in names if "-" in n and "Jamaat-e" not in n]
    # and two places: "বাংলাদেশ-ভারত সম্পর্ক", "ভারত-পাকিস্তান সংঘাত"
    doc = bn("শিরোনাম\nবাংলাদেশ-ভারত সম্পর্ক ভালো। ভারত-পাকিস্তান উত্তেজনা বাড়ছে।")
    assert {e.name for e in doc.entities} == {"Bangladesh", "India", "Pakistan"}


def test_the_consensus_commission_is_named_as_english_media_name_it(bn) -> None:
    doc = bn("শিরোনাম\nজাতীয় ঐকমত্য কমিশনের সহসভাপতি বলেন, আলোচনা চলছে। ঐকমত্য কমিশন জানায়, বৈঠক হবে।")
    body = entity_of(doc, "জাতীয় ঐকমত্য কমিশনের")
    assert body.name == "National Consensus Commission" and body is entity_of(doc, "ঐকমত্য কমিশন")


def test_an_english_word_in_bengali_letters_is_no_pair_of_initials(bn) -> None:
    # "সিটি করপোরেশন" is a City Corporation, not C. T. Corporation; "এস এম" still are initials
    doc = bn("শিরোনাম\nসিটি করপোরেশনের মেয়র বলেন, কাজ চলছে। এস এম নাজের হোসাইন বলেন, ঠিক আছে।")
    assert entity_of(doc, "সিটি করপোরেশনের").name == "City Corporation"
    assert entity_of(doc, "এস এম নাজের হোসাইন").name.startswith("SM ")


def test_custody_is_no_body(bn) -> None:
    # "পুলিশি হেফাজতে": in police custody; "হেফাজতে ইসলাম" is still the party
    doc = bn("শিরোনাম\nপুলিশি হেফাজতে তার মৃত্যু হয়। হেফাজতে ইসলামের আমির বলেন, আমরা শান্তি চাই।")
    assert [e.name for e in doc.entities if e.type == "ORG"] == ["Hefazat-e-Islam Bangladesh"]


def test_a_word_never_in_a_name_is_no_name_alone(bn) -> None:
    # the tagger takes "পদত্যাগ" (resignation) or a weekday in a list for a person
    doc = bn("শিরোনাম\nশুভ বার: সোম, শুক্র ও বুধ। উপাচার্যের পদত্যাগের দাবিতে শিক্ষার্থীরা মিছিল করেন।")
    assert not [e for e in doc.entities if e.type == "PER"]


def test_moha_is_mohammad_abbreviated_and_no_one_alone(bn) -> None:
    # "ড. মোহা. আব্দুল হক": Mohammad abbreviated, as মো. is; "ড. মুহম্মদ ইউনূস" is one man in either spelling
    doc = bn("শিরোনাম\nরেজিস্ট্রার ড. মোহা. আব্দুল হক বলেন, ক্লাস চলবে। প্রধান উপদেষ্টা ড. মুহম্মদ ইউনূস বলেন, ভোট হবে।")
    names = [e.name for e in doc.entities if e.type == "PER"]
    assert "Moha" not in names and "Muhammad" not in names and "Muhammad Yunus" in names


def test_an_abbreviation_names_what_bangladeshi_news_means_by_it(bn) -> None:
    # এমএসএফ in Bangladeshi news is the rights group of the monthly custody reports, with or without
    # its full name; the medical charity is written out ("ডক্টরস উইদাউট বর্ডারস")
    doc = bn("শিরোনাম\nমানবাধিকার সংস্কৃতি ফাউন্ডেশন (এমএসএফ) জানিয়েছে, মার্চে কারা হেফাজতে ১২ জন মারা গেছেন। "
             "এমএসএফ মনে করে, এসব মৃত্যুর তদন্ত দরকার।")
    assert [(e.type, e.name) for e in doc.entities] == [("ORG", "Manabadhikar Shongskriti Foundation")]
    doc = bn("শিরোনাম\nডক্টরস উইদাউট বর্ডারস জানিয়েছে, হাসপাতালে ওষুধ নেই।")
    assert [e.name for e in doc.entities] == ["Médecins Sans Frontières"]


def test_bodies_outlets_and_ranks_the_news_names_often(bn) -> None:
    doc = bn("শিরোনাম\nউদীচী এক বিবৃতিতে বলেছে, হামলাকারীদের বিচার করতে হবে। ভারতীয় সংবাদমাধ্যম নিউজ এইটিন "
             "জানিয়েছে, তিনি দিল্লিতে আছেন। এসডিপিও রহিম উদ্দিন বলেন, তদন্ত চলছে। আলজাজিরার খবরে বলা হয়, "
             "উদ্ধারকাজ চলছে।")
    names = {e.name for e in doc.entities}
    assert {"Bangladesh Udichi Shilpigoshthi", "News18", "Al Jazeera"} <= names
    assert not any("এসডিপিও" in m.form for e in doc.entities for m in e.mentions if e.type != "PER")


def test_an_infinitive_that_looks_like_a_company_in_the_locative_is_no_name(bn) -> None:
    # "চাহিদা মেটাতে" is "to meet demand", not "in Meta"; the company is still found by its name
    doc = bn("শিরোনাম\nদেশটি জ্বালানির চাহিদা মেটাতে প্রতি বছর তেল আমদানি করে। মেটার এক মুখপাত্র নতুন ফিচারের কথা জানান।")
    metas = [e for e in doc.entities if e.name == "Meta"]
    assert len(metas) == 1 and [m.text for m in metas[0].mentions] == ["মেটার"]


def test_a_country_s_mission_is_one_organisation_named_as_english_media_name_it(bn) -> None:
    # "ফরাসি দূতাবাস", "ভারতীয় হাইকমিশন" (by the demonym) are missions, not a people; by the country's
    # name ("চীনের দূতাবাস") the country stays a place
    doc = bn("শিরোনাম\nঢাকায় অবস্থিত ফরাসি দূতাবাস এক শোকবার্তায় জানিয়েছে, তিনি ছিলেন মহান নেত্রী। "
             "চীনের দূতাবাস বলেছে, সম্পর্ক ভালো। ভারতীয় হাইকমিশন জানিয়েছে, ভিসা কার্যক্রম চলবে।")
    names = {e.name: e.type for e in doc.entities}
    assert names.get("French Embassy") == names.get("Indian High Commission") == "ORG"
    assert names.get("China") == "LOC"
    assert doc.statements[0].speaker.entity is not None and not doc.statements[0].speaker.anonymous
    # an adjective is no country: "অরক্ষিত দূতাবাস" (an unguarded embassy) names none
    assert not any("Embassy" in e.name for e in bn("শিরোনাম\nঅরক্ষিত দূতাবাস নিয়ে উদ্বেগ বাড়ছে।").entities)


def test_a_place_in_the_genitive_inside_a_body_s_name_is_spelt_as_the_place(bn) -> None:
    # "উত্তরার ক্রিসেন্ট হাসপাতাল": Uttara, not "Uttarar"
    doc = bn("শিরোনাম\nউত্তরার ক্রিসেন্ট হাসপাতালের চিকিৎসক বলেন, রোগী সুস্থ।")
    assert "Uttara Crescent Hospital" in [e.name for e in doc.entities]


def test_two_princes_of_one_father_are_two_people(bn) -> None:
    # "মোহাম্মদ বিন সালমান" and "আবদুলআজিজ বিন সালমান" share "বিন সালমান" and nothing else
    doc = bn("শিরোনাম\nসৌদি যুবরাজ মোহাম্মদ বিন সালমান হোয়াইট হাউসে যান। সঙ্গে ছিলেন জ্বালানিমন্ত্রী প্রিন্স "
             "আবদুলআজিজ বিন সালমান।")
    mbs = [e for e in doc.entities if e.name == "Mohammed bin Salman"]
    assert len(mbs) == 1 and all("আবদুলআজিজ" not in m.text for m in mbs[0].mentions)


def test_a_fellow_or_a_housewife_is_a_role_not_part_of_the_name(bn) -> None:
    doc = bn("শিরোনাম\nসিপিডির সম্মানীয় ফেলো মোস্তাফিজুর রহমান বলেন, রপ্তানি কমছে। ভুক্তভোগী গৃহবধূ শেফালী বেগম "
             "অভিযোগ করেন, তাকে মারধর করা হয়েছে।")
    names = {e.name for e in doc.entities if e.type == "PER"}
    assert {"Mustafizur Rahman", "Shefali Begum"} <= names


def test_a_military_rank_or_an_engineers_title_is_no_part_of_the_name(bn) -> None:
    # "মেজর", "কর্নেল", "ক্যাপ্টেন", "ইঞ্জিনিয়ার", "সিইসি" are titles, as "অধ্যাপক" is: English media
    # name the person, and a later "কর্নেল X" is the same person
    names = {e.name for e in bn("শিরোনাম\nঘটনাস্থলে যান সেনাবাহিনীর মেজর তানভীর রহমান। পরে কর্নেল শাহেদ করিম "
                                 "সাংবাদিকদের সঙ্গে কথা বলেন।").entities if e.type == "PER"}
    assert names == {"Tanvir Rahman", "Shahed Karim"}
    doc = bn("শিরোনাম\nসভায় বক্তব্য দেন দলের নেতা ইঞ্জিনিয়ার ফারুক আলম। সভায় সিইসি মাহবুব হাসান উপস্থিত ছিলেন।")
    assert {e.name for e in doc.entities if e.type == "PER"} == {"Faruk Alam", "Mahbub Hasan"}


def test_a_kin_word_is_no_part_of_the_name_before_or_after_it(bn) -> None:
    # "তার শ্বশুর X", "X-এর নাতি Y": the one related is named, without the kin word, and the
    # two people are not run into one
    doc = bn("শিরোনাম\nখবরটি নিশ্চিত করেছেন তার শ্বশুর আবুল কাশেম খান। মরহুম রফিক উদ্দিন সরকারের নাতি "
             "তানভীর সরকার অনুষ্ঠানে উপস্থিত ছিলেন।")
    names = {e.name for e in doc.entities if e.type == "PER"}
    assert "Abul Kashem Khan" in names and "Tanvir Sarkar" in names
    assert not any(w in n for n in names for w in ("Shwashur", "Nati"))


def test_a_house_or_a_grave_after_a_name_is_no_part_of_it(bn) -> None:
    doc = bn("শিরোনাম\nরাতে সাবেক মন্ত্রী কামরুল হাসান খানের বাড়িতে হামলা হয়। এরপর তারা আব্দুল মালেকের বাড়ি "
             "যান। সবাই সোহেল রানার কবর জিয়ারত করেন।")
    names = {e.name for e in doc.entities if e.type == "PER"}
    assert {"Kamrul Hasan Khan", "Abdul Malek", "Sohel Rana"} <= names
    assert not any(w in n for n in names for w in ("Bari", "Jiarat", "Kabar"))


def test_miss_as_a_verb_is_no_courtesy_title(bn) -> None:
    # "মিস করি" (to miss) and the spoken "করতেছিলাম" make no person; "মি. করিম" still does
    doc = bn("শিরোনাম\nআমরা আসলে ওই জিনিসটা মিস করতেছিলাম। আমি তাকে খুব মিস করি। সে মিস করল। বাড়ির খাবার মিস করছি। "
             "সুযোগটা মিস করতে চাই না। সভায় মি. করিম বক্তব্য দেন।")
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Karim"]


def test_a_name_marked_as_changed_is_a_person(bn) -> None:
    # "সেলিন (এটি আসল নাম নয়)": a name the paper changed to protect someone is still a person's
    doc = bn("শিরোনাম\nসেলিন (এটি আসল নাম নয়) ফ্রান্সের এক সিঙ্গেল মা। রিনা (ছদ্মনাম) একটি কারখানায় কাজ করেন।")
    assert {e.name for e in doc.entities if e.type == "PER"} == {"Selin", "Rina"}


def test_a_courtesy_title_with_its_full_stop_stays_whole_before_a_surname(bn) -> None:
    # "মি. হোসেন": the tagger's span may open at the full stop; the name is "Hossain", not ". Hossain"
    doc = bn("শিরোনাম\nএ বিষয়ে মি. হোসেন জানান, কাজ চলছে। পরে মি: রহমান বলেন, সব ঠিক আছে।")
    names = {e.name for e in doc.entities if e.type == "PER"}
    assert names == {"Hossain", "Rahman"}
    assert all(not m.text.startswith((".", ":")) for e in doc.entities for m in e.mentions)


def test_a_pseudonym_mark_after_no_name_makes_no_person(bn) -> None:
    # "ওই ছাত্রী (ছদ্মনাম)", "শিক্ষার্থী (নাম পরিবর্তিত)", "রিনার (ছদ্মনাম) সঙ্গে": a common word or a
    # name in the genitive is left as it was
    doc = bn("শিরোনাম\nকথা হয় পোশাকশ্রমিক রিনার (ছদ্মনাম) সঙ্গে। ভুক্তভোগী ওই ছাত্রী (ছদ্মনাম) বলেন, বিচার চাই। "
             "শিক্ষার্থী (নাম পরিবর্তিত) বলেন, ভয় লাগে।")
    assert not any(e.name in ("Rinar", "Oi Chhatri", "Shiksharthi") for e in doc.entities)
    # "মিস হয়ে গেল" (was missed) is no courtesy title either
    assert not any(e.type == "PER" for e in bn("শিরোনাম\nসুযোগটি মিস হয়ে গেল।").entities)


def test_north_indian_surnames_are_name_parts(bn) -> None:
    # "রাজনাথ সিং", "মনমোহন সিং সরকারের" (Singh's government): Singh is a surname, as Ghosh or Sen is
    doc = bn("শিরোনাম\nনতুন বিতর্ক সৃষ্টি করলেন ভারতের প্রতিরক্ষামন্ত্রী রাজনাথ সিং। এর আগে মনমোহন সিং সরকারের "
             "আমলে এমন কথা শোনা যায়নি।")
    people = {e.name for e in doc.entities if e.type == "PER"}
    assert {"Rajnath Singh", "Manmohan Singh"} <= people


def test_mixed_is_no_surname(bn) -> None:
    # "মিশ্র অনুভূতি" (mixed feelings) after a name is no part of it
    doc = bn("শিরোনাম\nবাণিজ্যমন্ত্রী টিপু মুনশি মিশ্র অনুভূতির কথা জানিয়ে বলেন, রপ্তানি বাড়বে।")
    assert "Tipu Munshi" in {e.name for e in doc.entities if e.type == "PER"}


def test_sheikh_ends_a_name_as_a_surname(bn) -> None:
    # "শেখ" opens names ("শেখ হাসিনা") and ends them ("রাজু শেখ"): the given name before it is the name's
    doc = bn("শিরোনাম\nনিহতের বাবা মিলন শেখ বলেন, আমার ছেলে নির্দোষ। সেনাবাহিনীর মেজর নাজমুল আমিন শেখ জানান, "
             "তদন্ত চলছে। প্রধানমন্ত্রী শেখ হাসিনা বলেন, উন্নয়ন চলবে।")
    assert entity_of(doc, "মিলন শেখ").name == "Milan Sheikh"
    assert entity_of(doc, "নাজমুল আমিন শেখ").type == "PER"
    assert entity_of(doc, "শেখ হাসিনা").name == "Sheikh Hasina"


def test_two_people_sharing_a_given_name_one_with_the_surname_sheikh_stay_apart(bn) -> None:
    doc = bn("শিরোনাম\nক্রীড়া সম্পাদক পদে ফেরদৌস সোহান এবং সমাজসেবা সম্পাদক পদে ফেরদৌস শেখ নির্বাচিত হয়েছেন।")
    assert entity_of(doc, "ফেরদৌস সোহান") is not entity_of(doc, "ফেরদৌস শেখ")


def test_a_famous_surname_takes_the_given_names_the_tagger_reads_before_it(bn) -> None:
    # the gazetteer knows "এরদোয়ান" alone; "রিসেপ তাইয়েপ এরদোয়ান" is one mention of him, not two people,
    # while a kin word or an ordinary word before a famous name stays out of it
    doc = bn("শিরোনাম\nতুরস্কের প্রেসিডেন্ট রিসেপ তাইয়েপ এরদোয়ান বলেন, সীমান্ত খোলা হবে। "
             "জাতিসংঘের মহাসচিব অ্যান্তোনিও গুতেরেস বলেন, যুদ্ধ থামাতে হবে। তাঁর সহধর্মিণী হাসিনা বলেন, ঠিক আছে।")
    assert entity_of(doc, "রিসেপ তাইয়েপ এরদোয়ান").name == "Recep Tayyip Erdogan"
    assert [e.name for e in doc.entities].count("Recep Tayyip Erdogan") == 1
    assert entity_of(doc, "অ্যান্তোনিও গুতেরেস").name == "Antonio Guterres"
    assert all("সহধর্মিণী" not in m.text for e in doc.entities for m in e.mentions)


def test_an_acronym_ending_in_e_takes_the_genitive_r(bn) -> None:
    # "বিজিএমইএর" is বিজিএমইএ + র; read as -এর it lost a letter and named no one
    doc = bn("শিরোনাম\nবিজিএমইএর সভাপতি বলেন, রপ্তানি কমেছে। বিআইডব্লিউটিএর চেয়ারম্যান জানান, নৌপথ খোলা।")
    assert entity_of(doc, "বিজিএমইএর").type == "ORG"
    assert entity_of(doc, "বিআইডব্লিউটিএর").name == "Bangladesh Inland Water Transport Authority"


def test_an_honorific_name_joins_the_rest_the_tagger_found(bn) -> None:
    # "ড. মেই | লিং ওয়াং": one person, not a doctor May and a Ling Wang
    doc = bn("শিরোনাম\nসমুদ্রনিরাপত্তা গবেষক ড. মেই লিং ওয়াং বলেন, টহল বাড়াতে হবে।")
    assert entity_of(doc, "ড. মেই লিং ওয়াং").name == "Mei Ling Wang"


def test_a_public_body_named_in_ordinary_words_takes_no_pronoun_adverb_verb_or_qualifier(bn) -> None:
    # the rule for "রাজ্য বন দপ্তর" takes ordinary words before the head, but not these
    doc = bn("শিরোনাম\nআপনারা চাইলে অধিদপ্তরের সঙ্গে কথা বলতে পারেন। তারা সরাসরি কমিশন পায়। তিনি সাবেক "
             "দপ্তর ছেড়েছেন। আমি দেখলাম বোর্ড বসেছে। রাজ্যে স্বরাষ্ট্র দপ্তরের কাজ চলছে। "
             "রাজ্য বন দপ্তর ও জাতীয় রাজস্ব বোর্ড কাজ করে।")
    forms = {m.text for e in doc.entities for m in e.mentions}
    assert not forms & {"আপনারা চাইলে অধিদপ্তরের", "চাইলে অধিদপ্তরের", "সরাসরি কমিশন", "সাবেক দপ্তর",
                        "দেখলাম বোর্ড", "রাজ্যে স্বরাষ্ট্র দপ্তরের"}, forms
    assert "স্বরাষ্ট্র দপ্তরের" in forms
    assert entity_of(doc, "রাজ্য বন দপ্তর").type == "ORG"
    assert entity_of(doc, "জাতীয় রাজস্ব বোর্ড").name == "National Board of Revenue"


def test_an_english_name_spelled_out_before_its_abbreviation_is_one_organisation(bn) -> None:
    # the initials of the words are the abbreviation's letters: one body, named in English
    doc = bn("শিরোনাম\nপদক্ষেপের আহ্বান জানিয়েছে এশিয়ান পার্লামেন্টারিয়ানস ফর হিউম্যান রাইটস (এপিএইচআর)। "
             "সংস্থাটি বলেছে, সংকট বাড়ছে। এপিএইচআর আরও জানায়, তহবিল দরকার।")
    aphr = entity_of(doc, "এশিয়ান পার্লামেন্টারিয়ানস ফর হিউম্যান রাইটস")
    assert aphr.type == "ORG" and aphr.name == "Asian Parliamentarians for Human Rights"
    assert any(m.text == "এপিএইচআর" for m in aphr.mentions)
    said = {s.speaker.text: s.speaker.entity for s in doc.statements}
    assert said["সংস্থাটি"] == aphr.id


def test_a_body_the_gazetteer_knows_by_its_letters_keeps_every_form_when_spelled_out(bn) -> None:
    doc = bn("শিরোনাম\nসীমান্তে টহল দিচ্ছে বর্ডার গার্ড বাংলাদেশ (বিজিবি)। পরে বিজিবির সদস্যরা ফিরে যান।")
    bgb = entity_of(doc, "বর্ডার গার্ড বাংলাদেশ")
    assert bgb.name == "Border Guard Bangladesh"
    assert {"বিজিবি", "বিজিবির"} <= {m.text for m in bgb.mentions}


def test_two_forms_given_the_same_name_are_one_entity(bn) -> None:
    doc = bn("শিরোনাম\nপ্রধান উপদেষ্টা ড. মুহাম্মদ ইউনূস আজ ঢাকায় ফিরেছেন। বিমানবন্দরে ড. ইউনূসকে স্বাগত জানান "
             "ছাত্ররা। পরে ড. ইউনূস বক্তব্য দেন।")
    yunus = [e for e in doc.entities if e.name == "Muhammad Yunus"]
    assert len(yunus) == 1 and {"ড. মুহাম্মদ ইউনূস", "ড. ইউনূস"} <= {m.form for m in yunus[0].mentions}


def test_a_verb_put_before_a_name_is_no_part_of_it(bn) -> None:
    # headlines put the verb first: "ডাক পেলেন নাফাই" is Nafai called up
    doc = bn("দলে ডাক পেলেন নাফাই\nবাংলাদেশ দলে প্রথমবার ডাক পেলেন তরুণ পেসার নাফাই জামান।")
    assert not any("পেলেন" in m.text for e in doc.entities for m in e.mentions)
    assert {"নাফাই", "নাফাই জামান"} <= {m.text for m in entity_of(doc, "নাফাই জামান").mentions}


def test_a_known_body_before_a_head_names_another_body_in_its_own_spelling(bn) -> None:
    doc = bn("শিরোনাম\nইনকিলাব মঞ্চের নেতারা মিছিল করেন। ব্র্যাক বিশ্ববিদ্যালয়ের শিক্ষক রহিম বলেন, ফল ভালো। "
             "ঢামেক হাসপাতালে তাকে ভর্তি করা হয়।")
    assert entity_of(doc, "ইনকিলাব মঞ্চের").name == "Inqilab Mancha"
    assert entity_of(doc, "ব্র্যাক বিশ্ববিদ্যালয়ের").name == "BRAC University"
    assert not any(e.name == "The Daily Inqilab" for e in doc.entities)
    assert not any(e.name.endswith("Hospital Hospital") for e in doc.entities)


def test_an_organisation_named_with_its_country_last_keeps_it(bn) -> None:
    doc = bn("শিরোনাম\nসমাবেশের ডাক দিয়েছে হেফাজতে ইসলাম বাংলাদেশ। পরে জাতিসংঘে বাংলাদেশ প্রস্তাব দেয়। "
             "আইএমএফ বাংলাদেশ নিয়ে প্রতিবেদন দিয়েছে।")
    assert entity_of(doc, "হেফাজতে ইসলাম বাংলাদেশ").type == "ORG"
    assert entity_of(doc, "জাতিসংঘে").name == "United Nations"
    assert sum(m.text == "বাংলাদেশ" for e in doc.entities if e.type == "LOC" for m in e.mentions) == 2


def test_a_surname_that_is_also_a_place_ends_a_persons_name(bn) -> None:
    doc = bn("শিরোনাম\nগৃহিণী শেফালি ত্রিপুরা বলেন, কেউ ভোট চায়নি। ভারতের ত্রিপুরা রাজ্যে বন্যা হয়েছে।")
    assert entity_of(doc, "শেফালি ত্রিপুরা").type == "PER"
    assert any(e.type == "LOC" and e.name == "Tripura" for e in doc.entities)


@pytest.mark.parametrize("text, form, name", [
    ("কারা অধিদপ্তর এক বিজ্ঞপ্তিতে জানিয়েছে, ঈদের আগে বন্দীদের মুক্তি দেওয়া হবে।", "কারা অধিদপ্তর",
     "Department of Prisons"),
    ("সীমান্তে টহল দিচ্ছে বর্ডার গার্ড বাংলাদেশ (বিজিবি)।", "বর্ডার গার্ড বাংলাদেশ", "Border Guard Bangladesh"),
    ("ইউনাইটেড স্টেটস অব আমেরিকা (ইউএসএ) দলের বিপক্ষে খেলবে বাংলাদেশ।", "ইউনাইটেড স্টেটস অব আমেরিকা",
     "United States"),
    ("হেলেন কেলার বলেন, শিক্ষা আলো।", "হেলেন কেলার", "Helen Kelar"),
])
def test_mends_from_a_second_read_of_the_entity_rules(bn, text: str, form: str, name: str) -> None:
    assert entity_of(bn("শিরোনাম\n" + text), form).name == name


def test_a_post_or_a_person_spelled_out_before_initials_is_no_organisation(bn) -> None:
    doc = bn("শিরোনাম\nইন্সপেক্টর জেনারেল অব পুলিশ (আইজিপি) বাহারুল আলম বলেন, অভিযান চলবে। মহেন্দ্র সিং ধোনি "
             "(এমএসডি) আবারও মাঠে নামবেন।")
    assert not any(e.type == "ORG" and (("Police" in e.name and "General" in e.name) or "Dhoni" in e.name)
                   for e in doc.entities)


def test_the_country_before_a_noun_is_no_part_of_a_body_before_it(bn) -> None:
    doc = bn("শিরোনাম\nবিশ্বব্যাংক বাংলাদেশ সরকারকে ঋণ দেবে। পাহাড়ে ম্রো ত্রিপুরা ও বম জনগোষ্ঠীর মানুষ থাকেন।")
    assert entity_of(doc, "বিশ্বব্যাংক").name == "World Bank"
    assert not any(e.type == "PER" for e in doc.entities)


def test_a_verb_or_a_telephone_after_a_name_is_no_part_of_it(bn) -> None:
    doc = bn("শিরোনাম\nবাড়িতে গিয়ে দেখা যায় তাঁর স্ত্রী সুমাইয়া কাঁদছিলেন। পরে কর্নেল রাজীব টেলিফোনে কথা বলেন। "
             "আব্দুল বাতেন সেখানে ছিলেন।")
    names = {e.name for e in doc.entities if e.type == "PER"}
    assert {"Sumaiya", "Abdul Baten"} <= names and not any("Telifon" in n or "Kadchh" in n for n in names)


def test_a_naval_rank_and_a_plural_after_a_name_are_no_part_of_it(bn) -> None:
    doc = bn("শিরোনাম\nসচিব রিয়ার অ্যাডমিরাল (অব.) মো. খুরশেদ আলম নির্দেশনাগুলো কর্মকর্তাদের জানিয়ে দেন।")
    assert [e.name for e in doc.entities if e.type == "PER"] == ["Md. Khurshed Alam"]


def test_a_place_is_a_given_name_before_a_surname(bn) -> None:
    doc = bn("শিরোনাম\nশিক্ষিকা পদ্মা রহমান বলেন, বিদ্যালয় বন্ধ থাকবে। পদ্মা নদীতে ভাঙন বেড়েছে।")
    assert {(e.type, e.name) for e in doc.entities} >= {("PER", "Padma Rahman"), ("LOC", "Padma")}


def test_a_form_of_address_is_no_name_and_a_knighthood_is_spelt_sir(bn) -> None:
    doc = bn("শিরোনাম\nম্যাডাম বলেছেন, কাজ চলবে। তাঁকে স্যার সলিমুল্লাহ মেডিকেল কলেজ হাসপাতালে নেওয়া হয়।")
    names = {e.name for e in doc.entities}
    assert "Madam" not in names and any(n.startswith("Sir Salimullah") for n in names)


def test_a_known_name_written_with_short_vowels_is_still_known(bn) -> None:
    doc = bn("শিরোনাম\nবিএনপির স্থায়ী কমিটির সদস্য আমির খসরু মাহমুদ চৌধুরী বলেন, নির্বাচন হবে।")
    assert entity_of(doc, "আমির খসরু মাহমুদ চৌধুরী").name == "Amir Khasru Mahmud Chowdhury"


def test_a_given_name_that_is_also_a_title_is_not_sought_alone(bn) -> None:
    doc = bn("শিরোনাম\nবৈঠকে ছিলেন আমির খসরু মাহমুদ চৌধুরী ও জামায়াতের আমির শফিকুর রহমান।"
             " বৈঠক শেষে জামায়াতের আমির বলেন, নির্বাচন হবে।")
    khasru = entity_of(doc, "আমির খসরু মাহমুদ চৌধুরী")
    assert [m.text for m in khasru.mentions] == ["আমির খসরু মাহমুদ চৌধুরী"]
    assert doc.statements[-1].speaker.entity != khasru.id


def test_the_other_one_is_no_part_of_a_name(bn) -> None:
    doc = bn("শিরোনাম\nভবনের মালিক ওমর ফারুক অন্যজনের কাছে দোকান বিক্রি করেছেন। অপরজন এ বিষয়ে কিছু জানেন না।")
    assert entity_of(doc, "ওমর ফারুক").name == "Omar Faruk"
    assert not any("অপরজন" in m.text for e in doc.entities for m in e.mentions)


def test_md_before_a_known_person_never_so_written_is_someone_else(bn) -> None:
    doc = bn("শিরোনাম\nনতুন দলের সদস্যসচিব মো. তারেক রহমান ফেসবুকে লিখেছেন, দল ছাড়ছি।")
    assert entity_of(doc, "মো. তারেক রহমান").name != "Tarique Rahman"
    doc = bn("শিরোনাম\nবিএনপির ভারপ্রাপ্ত চেয়ারম্যান তারেক রহমান বলেন, নির্বাচন হবে।")
    assert entity_of(doc, "তারেক রহমান").name == "Tarique Rahman"
    # (the gazetteer's own "মো." forms stay known: "মো. নাহিদ ইসলাম")
    assert entity_of(bn("শিরোনাম\nউপদেষ্টা মো. নাহিদ ইসলাম বলেন, কাজ চলছে।"), "মো. নাহিদ ইসলাম").name == "Nahid Islam"


def test_an_adverb_after_a_name_is_no_part_of_it(bn) -> None:
    doc = bn("শিরোনাম\nচেঙ্গিস খান সবসময় সতর্ক থাকতেন বলে লিখেছেন ইতিহাসবিদ আবদুল করিম।")
    assert entity_of(doc, "চেঙ্গিস খান").name == "Genghis Khan"


def test_a_paper_named_by_its_head_word_is_an_organisation_and_its_source_stays_unnamed(bn) -> None:
    # "ক্রনিকল" ends papers' names (names.toml org_heads); the official the paper quotes is unnamed, not the paper
    doc = bn("শিরোনাম\nডেকান ক্রনিকল সংবাদপত্র নাম উল্লেখ না করে পুলিশের এক শীর্ষ কর্মকর্তাকে উদ্ধৃত করেছে। ওই কর্মকর্তা "
             "ডেকান ক্রনিকলকে জানিয়েছেন, \"যাচাই না করেই এই ভাষ্য দেওয়া হচ্ছে।\"")
    paper = entity_of(doc, "ডেকান ক্রনিকল")
    assert paper.type == "ORG" and paper.name == "Deccan Chronicle"
    assert [(s.speaker.entity, s.speaker.anonymous) for s in doc.statements] == [(None, True)]


def test_the_countrys_body_in_the_genitive_is_that_body(bn) -> None:
    # "সেনাবাহিনীর সদস্যরা": the Bangladesh Army, as "সেনাবাহিনী" is; the "-র" after a long vowel is its case
    doc = bn("শিরোনাম\nসেনাবাহিনী ঘটনাস্থলে যায়। সেনাবাহিনীর সদস্যরা পাহারা দিচ্ছেন।")
    army = entity_of(doc, "সেনাবাহিনীর")
    assert army.name == "Bangladesh Army" and {m.text for m in army.mentions} == {"সেনাবাহিনী", "সেনাবাহিনীর"}


def test_a_region_named_after_a_city_and_party_wings_are_their_own_entities(bn) -> None:
    # "পার্বত্য চট্টগ্রাম" is the Hill Tracts, not the city; BNP's wings by their short names
    doc = bn("শিরোনাম\nপার্বত্য চট্টগ্রামের তিন জেলায় সহিংসতা বেড়েছে। চট্টগ্রাম নগরে বিক্ষোভ হয়। জাসাস ও শ্রমিক দল "
             "মিছিল করে।")
    assert entity_of(doc, "পার্বত্য চট্টগ্রামের").name == "Chittagong Hill Tracts"
    assert entity_of(doc, "চট্টগ্রাম").name == "Chattogram"
    assert entity_of(doc, "জাসাস").type == "ORG" and entity_of(doc, "শ্রমিক দল").name == "Jatiyatabadi Sramik Dal"


def test_a_full_names_first_words_join_it_when_its_last_word_is_also_an_ordinary_word(bn) -> None:
    # "রঞ্জিত কুমার রায়": "রায়" is a verdict as well as Roy, and a name part, so "রঞ্জিত কুমার" later is him
    doc = bn("শিরোনাম\nআইনজীবী রঞ্জিত কুমার রায় আদালতে ছিলেন। পরে রঞ্জিত কুমার রায়ের আবেদন খারিজ হয়।")
    roy = entity_of(doc, "রঞ্জিত কুমার রায়")
    assert {m.text for m in roy.mentions} == {"রঞ্জিত কুমার রায়", "রঞ্জিত কুমার"}
    assert len([e for e in doc.entities if e.type == "PER"]) == 1


def test_a_known_place_that_opens_a_hospitals_name_is_part_of_it(bn) -> None:
    # "রংপুর মেডিকেল কলেজ হাসপাতাল": the place is the name's first word, not left off it
    doc = bn("শিরোনাম\nআহতদের রংপুর মেডিকেল কলেজ হাসপাতালে নেওয়া হয়। পরে দিনাজপুর মেডিকেল কলেজ হাসপাতালের চিকিৎসকেরা আসেন।")
    orgs = sorted(m.text for e in doc.entities if e.type == "ORG" for m in e.mentions)
    assert orgs == ["দিনাজপুর মেডিকেল কলেজ হাসপাতালের", "রংপুর মেডিকেল কলেজ হাসপাতালে"], orgs
    assert not [e for e in doc.entities if e.type == "LOC"]


def test_a_word_no_list_knows_before_a_common_surname_is_a_given_name(bn) -> None:
    # "তাসকিন আহমেদের": the tagger may miss the two; the surname makes the word before it a given name
    doc = bn("শিরোনাম\nদারুণ সময় কাটছে তাসকিন আহমেদের। নির্বাচনী ক্যাম্পে ছিলেন আজাদ খান ভাসানী।")
    persons = sorted(m.text for e in doc.entities if e.type == "PER" for m in e.mentions)
    assert persons == ["আজাদ খান ভাসানী", "তাসকিন আহমেদের"], persons
    # not a surname that is a word too ("বিশ্বাস", belief)
    doc = bn("শিরোনাম\nপিথাগোরীয়রা বিশ্বাস করত সংখ্যাই সব।")
    assert not any("বিশ্বাস" in m.text for e in doc.entities for m in e.mentions)


def test_a_place_ending_in_t_is_found_in_the_locative(bn) -> None:
    # "ভারতে" is ভারত + ে (in India), though the case endings read "-তে"; "মেটাতে" (to pay) stays no place
    doc = bn("শিরোনাম\nতিনি ভারতে আশ্রয় নিয়েছেন। তাঁর ভাই কুয়েতে থাকেন। চাহিদা মেটাতে আমদানি বাড়ানো হয়েছে।")
    assert sorted(e.name for e in doc.entities) == ["India", "Kuwait"]
    assert [m.form for e in doc.entities if e.name == "India" for m in e.mentions] == ["ভারত"]


def test_two_people_named_one_letter_apart_are_two_and_spellings_of_one_are_one(bn) -> None:
    # "সাইফুল"/"সাইদুল", "রফিকুল"/"শফিকুল": Bengali names a consonant apart are other people; the
    # spellings of one name differ in vowels, a doubled letter or a letter of one sound
    doc = bn("শিরোনাম\nতদন্তকারী কর্মকর্তা এসআই সাইফুল ইসলাম বলেন, তদন্ত চলছে। ব্যাংক কর্মকর্তার বড় ভাই সাইদুল ইসলাম "
             "বলেন, খোঁজাখুঁজি চলছে। তাঁর ভাষ্য, পারিবারিক কলহ ছিল।")
    assert sorted(e.name for e in doc.entities) == ["Saidul Islam", "Saiful Islam"]
    assert doc.statements[-1].speaker.entity == next(e.id for e in doc.entities if e.name == "Saidul Islam")
    for a, b in (("মিজানুর রহমান", "মিজানুর রাহমান"), ("শাম্মী আহম্মেদ", "শাম্মী আহমেদ"),
                 ("আসাদুজ্জামান খান", "আছাদুজ্জামান খান"), ("এলন মাস্ক", "ইলন মাস্ক")):
        doc = bn(f"শিরোনাম\n{a} বলেন, কাজ চলছে। পরে {b} আরও বলেন, কাজ শেষ হবে।")
        assert len([e for e in doc.entities if e.type == "PER"]) == 1, (a, b, [e.name for e in doc.entities])


def test_an_institution_named_by_a_place_or_an_abbreviation_before_its_head(bn) -> None:
    # "আইএফআইসি ব্যাংক", "নলডাঙ্গা উচ্চ বিদ্যালয়": the tagger may miss them; not "সরকারি ব্যাংক", "দুটি বিদ্যালয়"
    doc = bn("শিরোনাম\nনলডাঙ্গা উচ্চ বিদ্যালয়ের শিক্ষার্থীরা আইএফআইসি ব্যাংকের সামনে দাঁড়ান। দুটি বিদ্যালয়ের ছাত্ররা "
             "সরকারি ব্যাংকের সামনে যান।")
    assert sorted(e.name for e in doc.entities) == ["IFIC Bank", "Naldanga High School"], [e.name for e in doc.entities]


def test_a_partys_city_unit_leaves_the_party_its_name(bn) -> None:
    # "ঢাকা মহানগর দক্ষিণ বিএনপির": the party's unit in south Dhaka, no "South BNP"; a place keeps its compass
    doc = bn("শিরোনাম\nঢাকা মহানগর দক্ষিণ বিএনপির নেতারা উত্তর সুমাত্রার এক প্রতিনিধিদলের সঙ্গে বৈঠক করেন।")
    names = sorted(e.name for e in doc.entities)
    assert "Bangladesh Nationalist Party" in names and "North Sumatra" in names
    assert not any(n.startswith("South") for n in names), names


@pytest.mark.parametrize(("written", "name"), [("বাংলাদেশ বিমান বাহিনীর", "Bangladesh Air Force"),
                                               ("বঙ্গবন্ধু স্মৃতি জাদুঘরের", "Bangabandhu Memorial Museum"),
                                               ("বাংলাদেশ ন্যাশনাল ক্যাডেট কোরের", "Bangladesh National Cadet Corps")])
def test_bodies_named_after_the_country_or_a_person_are_whole(bn, written: str, name: str) -> None:
    # not the country, nor Sheikh Mujib, with the rest left over
    doc = bn(f"শিরোনাম\nগতকাল {written} সদস্যরা বৈঠক করেন।")
    assert [e.name for e in doc.entities] == [name]


@pytest.mark.parametrize(("form", "name"), [("বাংলাদেশের ওয়ার্কার্স পার্টি", "Workers Party of Bangladesh"),
                                            ("গণসংহতি আন্দোলন", "Ganosamhati Andolan"), ("এবি পার্টি", "AB Party"),
                                            ("নাগরিক ঐক্য", "Nagorik Oikya"), ("গণতন্ত্র মঞ্চ", "Ganatantra Mancha"),
                                            ("তৃণমূল বিএনপি", "Trinamool BNP"), ("বাংলাদেশ কংগ্রেস", "Bangladesh Congress")])
def test_the_smaller_bangladeshi_parties_are_named_as_english_media_name_them(bn, form: str, name: str) -> None:
    # (not "Workers Party" transliterated, nor India's Congress or Trinamool from a word of the name)
    doc = bn(f"শিরোনাম\nনির্বাচনে অংশ নেওয়ার ঘোষণা দিয়েছে {form}। দলটির নেতারা সমাবেশ করেন।")
    assert entity_of(doc, form).name == name


def test_a_known_name_in_the_locative_is_its_gazetteer_entry_and_no_link_or_verb_joins_it(bn) -> None:
    # "বিশ্ববিদ্যালয়ে" is বিশ্ববিদ্যালয় + ে (the longest ending that fits, "য়ে", had left "বিশ্ববিদ্যাল");
    # a verb ("ভর্তি হন") or a link ("এছাড়া") before a name is no part of it
    doc = bn("শিরোনাম\nরাশেদ ভর্তি হন জাহাঙ্গীরনগর বিশ্ববিদ্যালয়ে। তিনি ঢাকা বিশ্ববিদ্যালয়ে পড়েন। "
             "এছাড়া বিশ্ববিদ্যালয়ের শিক্ষকরা সমাবেশ করেন শাপলা চত্বরে।")
    assert entity_of(doc, "জাহাঙ্গীরনগর বিশ্ববিদ্যালয়ে").name == "Jahangirnagar University"
    assert entity_of(doc, "ঢাকা বিশ্ববিদ্যালয়ে").name == "University of Dhaka"
    assert entity_of(doc, "শাপলা চত্বরে").name == "Shapla Chattar"
    assert not any("এছাড়া" in m.text for e in doc.entities for m in e.mentions)


def test_a_known_name_in_the_genitive_takes_no_noun_after_it(bn) -> None:
    # "মাহফুজুরের কথায়ও": his words, not a person "Mahfujurer Kathay"; names that only end so stay whole
    doc = bn("শিরোনাম\nএশিয়া কাপ জয়ের পর অধিনায়ক মাহফুজুরের কথায়ও আশা ছিল। বঙ্গবীর কাদের সিদ্দিকী ঢাকায় আসেন।")
    assert entity_of(doc, "অধিনায়ক মাহফুজুরের").name == "Mahfuzur"
    assert entity_of(doc, "বঙ্গবীর কাদের সিদ্দিকী").name.endswith("Quader Siddiqui")


def test_sides_and_places_of_cricket_news_and_a_shirt_that_is_no_island(bn) -> None:
    doc = bn("শিরোনাম\nরংপুর রাইডার্স ও ঢাকা ক্যাপিটালস আজ খেলবে। খেলোয়াড়রা নতুন জার্সিতে নামবেন। "
             "আগামী মাসে ওয়েস্ট ইন্ডিজ সফরে যাবে দল। তিনি এখন নিউ জার্সিতে থাকেন।")
    assert entity_of(doc, "রংপুর রাইডার্স").name == "Rangpur Riders"
    assert entity_of(doc, "ঢাকা ক্যাপিটালস").name == "Dhaka Capitals"
    assert entity_of(doc, "ওয়েস্ট ইন্ডিজ").name == "West Indies"
    assert entity_of(doc, "নিউ জার্সিতে").name == "New Jersey"
    assert not any(e.name == "Jersey" for e in doc.entities)  # "জার্সিতে": in new shirts


def test_how_many_or_how_famous_before_a_kind_of_body_names_none(bn) -> None:
    doc = bn("শিরোনাম\nকয়েকজন বোর্ড পরিচালক পদত্যাগ করেছেন। অনেক নামী বিশ্ববিদ্যালয় এতে অংশ নেয়।")
    assert [e.name for e in doc.entities if e.type == "ORG"] == []


def test_a_seat_after_a_candidates_name_is_no_part_of_it(bn) -> None:
    # "ফরিদুজ্জামান ফরহাদ নড়াইল-২ ও ববি হাজ্জাজ ঢাকা-১৩ আসন থেকে …": each stands for a seat
    doc = bn("শিরোনাম\nফরিদুজ্জামান ফরহাদ নড়াইল-২ ও ববি হাজ্জাজ ঢাকা-১৩ আসন থেকে নির্বাচনে অংশ নেবেন।")
    assert entity_of(doc, "ফরিদুজ্জামান ফরহাদ").type == "PER"
    assert not any("নড়াইল-২" in m.text for e in doc.entities if e.type == "PER" for m in e.mentions)
