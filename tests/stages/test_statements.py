"""Who said what, on sentences written for these tests in the styles of Dhaka and Kolkata papers."""

from __future__ import annotations

import pytest

from ukti.model import Document, Statement


def only(doc: Document) -> Statement:
    assert len(doc.statements) == 1, [(s.speaker.text, s.content.text) for s in doc.statements]
    return doc.statements[0]


def test_reported_speech_after_a_verb_cue(bn) -> None:
    doc = bn("শিরোনাম\nজেলা প্রশাসক মো. শহিদুল ইসলাম বলেন, বন্যার্তদের জন্য ৫০০ টন চাল বরাদ্দ করা হয়েছে।")
    s = only(doc)
    assert s.speaker.text == "জেলা প্রশাসক মো. শহিদুল ইসলাম"
    assert s.cue == "বলেন" and s.stance == "assert" and not s.direct
    assert s.content.text == "বন্যার্তদের জন্য ৫০০ টন চাল বরাদ্দ করা হয়েছে"
    ent = next(e for e in doc.entities if e.id == s.speaker.entity)
    assert ent.type == "PER" and ent.name == "Md. Shahidul Islam"
    assert doc.text[s.content.start:s.content.end] == s.content.text


def test_quote_with_the_cue_after_it_and_a_split_quote(bn) -> None:
    doc = bn("শিরোনাম\n“আমরা পিছু হটব না,” বলেন শ্রমিকনেতা আবুল হোসেন। “দাবি না মানলে আন্দোলন চলবে।”")
    first, second = doc.statements
    assert first.direct and first.content.text == "আমরা পিছু হটব না"
    assert "আবুল হোসেন" in first.speaker.text
    assert second.direct and second.content.text.startswith("দাবি না মানলে")
    assert second.speaker.entity == first.speaker.entity is not None


def test_content_before_the_complementiser_and_speaker_after_the_cue(bn) -> None:
    s = only(bn("শিরোনাম\nনদীভাঙনে তিনটি গ্রাম বিলীন হয়েছে বলে জানিয়েছেন স্থানীয় বাসিন্দারা।"))
    assert s.content.text == "নদীভাঙনে তিনটি গ্রাম বিলীন হয়েছে"
    assert s.speaker.text == "স্থানীয় বাসিন্দারা" and s.speaker.anonymous and s.speaker.entity is None


def test_genitive_noun_cues(bn) -> None:
    s = only(bn("শিরোনাম\nঅর্থনীতিবিদ সেলিম রায়হানের মতে, রপ্তানি আয় কমে যেতে পারে।"))
    assert s.cue == "মতে" and s.content.text == "রপ্তানি আয় কমে যেতে পারে"
    assert s.speaker.entity is not None
    s = only(bn("শিরোনাম\nতবে ক্রেতাদের অভিযোগ, দোকানিরা বাড়তি দাম নিচ্ছেন।"))
    assert s.stance == "claim" and s.speaker.anonymous


def test_an_officer_introduced_by_a_role_is_named_when_the_role_speaks_again(bn) -> None:
    doc = bn("শিরোনাম\nমামলার তদন্ত কর্মকর্তা দক্ষিণ কেরানীগঞ্জ থানার উপপরিদর্শক মো. জহুরুল ইসলাম রিমান্ডের আবেদন করেন। "
             "শুনানিতে মামলার তদন্ত কর্মকর্তা বলেন, আসামি ঘটনার পর পালিয়ে যান।")
    officer = next(e for e in doc.entities if e.type == "PER")
    s = doc.statements[-1]
    assert s.speaker.entity == officer.id and not s.speaker.anonymous
    # an unnamed source stays unnamed, and a role no one was introduced by is anyone
    doc = bn("শিরোনাম\nদলীয় সূত্র মির্জা ফখরুলের সফরের কথা জানায়। পরে দলীয় সূত্র বলেছে, সফর পিছিয়েছে। "
             "জেলা মৎস্য কর্মকর্তা বলেন, প্রশিক্ষণ দেওয়া হবে।")
    assert all(s.speaker.anonymous and s.speaker.entity is None for s in doc.statements)


def test_two_bodies_with_their_short_names_in_brackets_speak_each_after_the_fact(bn) -> None:
    doc = bn("শিরোনাম\nভারতের পদক্ষেপ চুক্তির লঙ্ঘন। বিষয়টি নিয়ে এভাবেই প্রতিক্রিয়া জানিয়েছে বাংলাদেশ পাটপণ্য "
             "রপ্তানিকারক সমিতি (বিজেএমএ) ও বাংলাদেশ টেক্সটাইল মিলস অ্যাসোসিয়েশন (বিটিএমএ)।")
    assert [s.content.text for s in doc.statements] == ["ভারতের পদক্ষেপ চুক্তির লঙ্ঘন"] * 2
    assert len({s.speaker.entity for s in doc.statements} - {None}) == 2


def test_a_comment_after_an_act_and_its_object_is_not_what_was_promised(bn) -> None:
    s = only(bn("শিরোনাম\nচেয়ারম্যান সাহেব আমাদের সহযোগিতা করার প্রতিশ্রুতি দিয়েছে, এটা স্বস্তির বিষয়।"))
    assert s.content.text == "আমাদের সহযোগিতা করার"
    # with no object before the cue, what follows the comma is what was alleged
    s = only(bn("শিরোনাম\nতিনি অভিযোগ করেন, এটা পরিকল্পিত হামলা।"))
    assert s.content.text == "এটা পরিকল্পিত হামলা" and s.stance == "claim"


def test_the_tail_of_a_bracket_cut_off_before_the_speaker_is_not_theirs(bn) -> None:
    doc = bn("শিরোনাম\nআমি সাক্ষী উপস্থিত করব। (সূরা নিসা : ৪১) আবদুল্লাহ ইবনে মাসউদ (রা.) বলেন, রাসুল (সা.) "
             "ইরশাদ করেন, একটি নেকী দশ নেকী সমতুল্য।")
    assert doc.statements[0].speaker.text == "আবদুল্লাহ ইবনে মাসউদ (রা.)"


def test_data_cited_with_no_comma_and_a_body_that_writes(bn) -> None:
    s = only(bn("শিরোনাম\nপুলিশের তথ্য অনুযায়ী সারাদেশে চারশর বেশি থানায় হামলা হয়েছে।"))
    assert s.speaker.text == "পুলিশের" and s.content.text == "সারাদেশে চারশর বেশি থানায় হামলা হয়েছে"
    s = only(bn("শিরোনাম\nবিসিবি লেখে, খালেদা জিয়ার আত্মার শান্তি কামনা করি।"))
    assert s.speaker.text == "বিসিবি" and s.cue == "লেখে"


def test_an_outlet_told_between_a_quotation_and_its_cue_carries_it(bn) -> None:
    doc = bn("শিরোনাম\nটড ব্লাঞ্চ মার্কিন উপ-অ্যাটর্নি জেনারেল। “এ ঘটনার সঙ্গে প্রেসিডেন্ট ট্রাম্পের কোনো সম্পর্ক নেই,” "
             "এনবিসি নিউজকে বলেছেন মি. ব্লাঞ্চ।")
    nbc = next(e for e in doc.entities if e.name == "NBC News")
    s = only(doc)
    assert s.speaker.text == "মি. ব্লাঞ্চ" and s.nested_in == nbc.id and s.stance == "deny"


def test_a_view_in_the_locative_and_speakers_in_chorus(bn) -> None:
    s = only(bn("শিরোনাম\nসমালোচকদের ভাষ্যে, সিরিজের মূল শক্তি অভিনয়।"))
    assert s.speaker.text == "সমালোচকদের" and s.content.text == "সিরিজের মূল শক্তি অভিনয়"
    # "in chorus" is how they spoke, not who: the leaders, unnamed
    s = only(bn("শিরোনাম\nএ সময় নেতারা সমবেত কণ্ঠে বলেন, আমরা আন্দোলন চালিয়ে যাব।"))
    assert s.speaker.text == "নেতারা" and s.speaker.anonymous


def test_unnamed_sources_are_anonymous(bn) -> None:
    s = only(bn("শিরোনাম\nপুলিশ সূত্রে জানা গেছে, ঘটনায় দুজনকে আটক করা হয়েছে।"))
    assert s.speaker.anonymous and s.speaker.entity is None
    assert s.content.text == "ঘটনায় দুজনকে আটক করা হয়েছে"
    # and more from it ("… সূত্রে আরও জানা গেছে")
    s = only(bn("শিরোনাম\nকমিশন সূত্রে আরও জানা গেছে, আগামী মাসে তফসিল ঘোষণা হবে।"))
    assert s.speaker.anonymous and s.content.text == "আগামী মাসে তফসিল ঘোষণা হবে"
    s = only(bn("শিরোনাম\nমন্ত্রণালয়ের নাম প্রকাশে অনিচ্ছুক এক কর্মকর্তা জানান, ফাইলটি আটকে আছে।"))
    assert s.speaker.anonymous and s.speaker.entity is None
    # victims left unnamed ("বেশ কজন ভুক্তভোগী")
    s = only(bn("শিরোনাম\nপুলিশ সদস্যরা নিয়মিত চাঁদা নিত বলে বেশ কজন ভুক্তভোগী জানিয়েছেন।"))
    assert s.speaker.anonymous and s.speaker.entity is None


def test_a_group_of_unnamed_people_named_by_what_they_are_is_anonymous(bn) -> None:
    # the conventions: unnamed people are anonymous sources, groups too ("ভোটাররা", "সংশ্লিষ্টরা")
    for group in ("এলাকার ভোটাররা", "আর্থিক খাত সংশ্লিষ্টরা", "সভার বক্তারা"):
        s = only(bn(f"শিরোনাম\n{group} বলেন, সড়কটি দ্রুত সংস্কার করা দরকার।"))
        assert s.speaker.anonymous and s.speaker.entity is None, group
    # a place in the genitive is no group, though the word is ordinary
    s = only(bn("শিরোনাম\nইসলামাবাদের অভিযোগ, সীমান্তে গোলাগুলি বেড়েছে।"))
    assert not s.speaker.anonymous


def test_a_document_named_alone_speaks_for_whoever_issued_it(bn) -> None:
    doc = bn("শিরোনাম\nবন্দর নিয়ে শুক্রবার এক প্রতিবেদন প্রকাশ করেছে রয়টার্স। ওই প্রতিবেদনে বলা হয়েছে, "
             "প্রস্তাবটি এখনো বিবেচনায় আছে।")
    s = only(doc)
    assert next(e.name for e in doc.entities if e.id == s.speaker.entity) == "Reuters"
    # one who spoke of the document in their own words did not issue it
    doc = bn("শিরোনাম\nওসি রহিম উদ্দিন বলেন, তদন্ত কর্মকর্তারা পুলিশ সদর দপ্তরে একটি চিঠি পাঠিয়েছেন। "
             "চিঠিতে বলা হয়েছে, আসামি বিদেশে আছেন।")
    _told, letter = doc.statements
    assert letter.speaker.entity is None and letter.speaker.anonymous
    # with no issuer before it, an unattributed document is an anonymous source
    s = only(bn("শিরোনাম\nএকটি হলফনামায় বলা হয়েছে, কোম্পানিটি নিয়ম ভেঙেছে।"))
    assert s.speaker.entity is None and s.speaker.anonymous


def test_hearsay_and_because_are_not_statements(bn) -> None:
    doc = bn("শিরোনাম\nসেতুটি আগামী মাসে খুলে দেওয়া হবে বলে জানা গেছে। "
             "কাজ শেষ হয়নি বলে মনে করা হচ্ছে। বৃষ্টি হচ্ছিল বলে অনেকে আসেননি। "
             "আবেদন জমা দিতে বলা হয়েছে।")
    assert doc.statements == []


def test_a_claim_made_by_no_one_and_a_concessive_claim(bn) -> None:
    # "দাবি করা হলেও" has no claimant: the main clause after it is not a speaker; a claim in the
    # concessive ("দাবি করলেও") has its speaker before it, and a claim held in the genitive after it
    doc = bn("শিরোনাম\nপৌরসভায় উন্নয়ন হচ্ছে বলে দাবি করা হলেও বাস্তবে কিছুই হয়নি।")
    assert doc.statements == []
    st = only(bn("শিরোনাম\nমেয়র পৌরসভায় উন্নয়ন হচ্ছে বলে দাবি করলেও বাস্তবে কিছুই হয়নি।"))
    assert (st.speaker.text, st.content.text, st.stance) == ("মেয়র", "পৌরসভায় উন্নয়ন হচ্ছে", "claim")
    st = only(bn("শিরোনাম\nসেতুটি ঝুঁকিপূর্ণ বলে অভিযোগ স্থানীয় বাসিন্দাদের।"))
    assert (st.speaker.text, st.content.text) == ("স্থানীয় বাসিন্দাদের", "সেতুটি ঝুঁকিপূর্ণ")


def test_talking_with_someone_refusing_to_comment_and_negated_cues(bn) -> None:
    doc = bn("শিরোনাম\nমন্ত্রী কৃষকদের সঙ্গে কথা বলেন। সচিব এ বিষয়ে মন্তব্য করতে রাজি হননি। "
             "বৈঠকের তারিখ নিয়ে কিছু বলেননি মেয়র।")
    assert doc.statements == []


def test_scare_quotes_and_titles_in_quotes(bn) -> None:
    doc = bn("শিরোনাম\nবাজারে এখন “আগুন”। ‘নিরাপদ সড়ক চাই’ নামের সংগঠনটি মানববন্ধন করে।")
    assert doc.statements == []


def test_object_of_a_denial_and_a_concern(bn) -> None:
    doc = bn("শিরোনাম\nকাউন্সিলর রাশেদুল করিম চাঁদাবাজির অভিযোগ অস্বীকার করেছেন। "
             "অভিভাবক ফোরামের সভাপতি শাহানা পারভীন ফি বাড়ানো নিয়ে উদ্বেগ প্রকাশ করেন।")
    deny, concern = doc.statements
    assert deny.stance == "deny" and deny.content.text == "চাঁদাবাজির অভিযোগ"
    assert concern.stance == "concern" and concern.content.text == "ফি বাড়ানো নিয়ে"


def test_denial_by_content_and_confirmation_with_negation(bn) -> None:
    doc = bn("শিরোনাম\nপ্রতিষ্ঠানটির মুখপাত্র রিয়াজ আহমেদ বলেন, প্রতিবেদনটি মিথ্যা ও ভিত্তিহীন। "
             "ব্যাংকের এমডি আনিসুল হক নিশ্চিত করেছেন, কোনো গ্রাহকের টাকা খোয়া যায়নি।")
    rebut, confirm = doc.statements
    assert rebut.stance == "deny"
    assert confirm.stance == "confirm"


def test_unquoted_first_person_speech_runs_on(bn) -> None:
    doc = bn("শিরোনাম\nকৃষক আবদুল মজিদ বলেন, আমরা এবার ধান ঘরে তুলতে পারিনি। পানি নামতে আরও এক মাস লাগবে। "
             "সরকারের সহায়তা ছাড়া চলা কঠিন।\nপরের অনুচ্ছেদে অন্য খবর।")
    assert len(doc.statements) == 3
    assert all(s.direct and s.speaker.entity == doc.statements[0].speaker.entity for s in doc.statements)
    assert doc.statements[1].cue == ""


def test_first_person_speech_runs_on_past_a_sequence_opener(bn) -> None:
    # "পরে" opens the reporter's narration ("পরে পুলিশ এসে …"), but a sentence after it in the
    # speaker's own first person goes on telling their story; in the third person it still stops
    doc = bn("শিরোনাম\nমাছ ব্যবসায়ী করিম মোল্লা বলেন, ঘাটে বড় দুটি মাছ ধরা পড়েছে বলে জানতে পারি। "
             "পরে ঘাটে গিয়ে জেলের কাছ থেকে মাছগুলো কিনে নিয়েছি।")
    first, then = doc.statements
    assert then.speaker.entity == first.speaker.entity is not None and then.direct
    assert then.content.text.endswith("মাছগুলো কিনে নিয়েছি")
    doc = bn("শিরোনাম\nমাছ ব্যবসায়ী করিম মোল্লা বলেন, ঘাটে বড় দুটি মাছ ধরা পড়েছে বলে জানতে পারি। "
             "পরে মাছগুলো বাজারে বিক্রি হয়।")
    assert len(doc.statements) == 1


def test_first_person_speech_stops_where_the_reporter_names_someone_after_the_verb(bn) -> None:
    # "… নিহত হন আবু সাঈদ": the subject put last, the reporter telling what happened to someone;
    # reported speech may tell of others so and goes on
    doc = bn("শিরোনাম\nশিক্ষক রফিকুল ইসলাম বলেন, আমি ছেলেটিকে বহুবার সাবধান করেছি। সেই দিনটি আর আসেনি। "
             "মিছিলের দুই দিন আগে শহরে আহত হন আবু সাঈদ।")
    assert [s.content.text for s in doc.statements] == ["আমি ছেলেটিকে বহুবার সাবধান করেছি", "সেই দিনটি আর আসেনি"]
    doc = bn("শিরোনাম\nপুলিশ কর্মকর্তারা জানান, আগুনে কারখানার বড় ক্ষতি হয়েছে। আগুন নেভাতে গিয়ে আহত হয়েছেন রহিম উদ্দিন।")
    assert len(doc.statements) == 2


def test_reported_speech_runs_on_until_the_reporter_narrates(bn) -> None:
    # the conventions: unquoted speech after one cue is the speaker's, sentence by sentence,
    # until the reporter's narration takes over ("এদিকে", a weekday, hearsay, a cue of its own)
    doc = bn("শিরোনাম\nইউএনও ফারহানা আক্তার জানান, বাঁধ মেরামতের কাজ চলছে। ঠিকাদারদের জবাবদিহি করতে হবে। "
             "বর্ষার আগে মেরামত না হলে গ্রাম ডুববে। এদিকে গত বছর এখানে বাঁধ ভেঙেছিল।")
    first, demand, third = doc.statements
    assert demand.cue == third.cue == "" and not demand.direct
    assert demand.speaker.entity == third.speaker.entity == first.speaker.entity is not None
    assert demand.content.text == "ঠিকাদারদের জবাবদিহি করতে হবে" and demand.stance == "other"
    assert third.content.text == "বর্ষার আগে মেরামত না হলে গ্রাম ডুববে" and third.stance == "assert"


def test_speech_stops_at_hearsay_a_negated_cue_a_quote_and_a_weekday(bn) -> None:
    for narration in ("জানা গেছে, সেতুটি দুই বছর আগে তৈরি হয়।", "সেতুর খরচ নিয়ে কিছু বলেননি তিনি।",
                      "স্থানীয়রা একে ‘মরণফাঁদ’ বলেন।", "সোমবার দুপুরে সেতুটি পরিদর্শন করেন জেলা প্রশাসক।"):
        doc = bn("শিরোনাম\nনির্বাহী প্রকৌশলী রাশেদুল করিম বলেন, সেতুর পিলারে ফাটল দেখা দিয়েছে। " + narration)
        assert [s.content.text for s in doc.statements] == ["সেতুর পিলারে ফাটল দেখা দিয়েছে"], narration


def test_speech_stops_where_a_round_up_moves_to_another_district(bn) -> None:
    # a district or town in the locative opening a sentence: the reporter's next place
    doc = bn("শিরোনাম\nথানার ওসি রফিক আহমেদ জানান, তারা পুরোদমে দায়িত্ব পালন শুরু করেছেন। "
             "শরীয়তপুরে পুলিশ সুপারের নেতৃত্বে সব কর্মকর্তা র‍্যালি করেন। সুনামগঞ্জে কাজে ফিরেছে পুলিশ।")
    assert [s.content.text for s in doc.statements] == ["তারা পুরোদমে দায়িত্ব পালন শুরু করেছেন"]
    # a country, the speaker's plans for a town and a supposition there go on with the speaker
    for said in ("বাংলাদেশে গণতন্ত্র ফিরে আসছে।", "ঢাকায় সব স্কুল বন্ধ থাকবে।",
                 "ঢাকায় প্রাইভেট কার বন্ধ রাখা হলে মানুষ ভোট দিতে যাবেন না।"):
        doc = bn("শিরোনাম\nস্বরাষ্ট্রসচিব রফিক আহমেদ বলেন, নির্বাচনের প্রস্তুতি শেষ। " + said)
        assert len(doc.statements) == 2, said


def test_a_confirmation_after_the_fact_covers_a_round_ups_item_from_its_district(bn) -> None:
    doc = bn("শিরোনাম\nচারঘাট থানায় কাজে যোগ দিয়েছে পুলিশ। সোমবার মতবিনিময় করেন ওসি সিদ্দিকুর রহমান। "
             "লালপুরে পুলিশের কার্যক্রম শুরু হয়েছে। ওসি নাছিম আহমেদ বিষয়টি নিশ্চিত করেছেন।")
    assert [s.content.text for s in doc.statements] == ["লালপুরে পুলিশের কার্যক্রম শুরু হয়েছে"]


def test_an_account_of_figures_goes_on_past_the_reporters_openers_with_more_figures(bn) -> None:
    doc = bn("শিরোনাম\nব্যবসায়ীদের তথ্যমতে, একমাস আগে চিনির দাম মণপ্রতি ৩ হাজার ২১০ টাকা ছিল। এরপর দাম বাড়তে থাকে "
             "৩ হাজার ২৫০ টাকা পর্যন্ত। রোববার প্রতিমণ চিনি বিক্রি হয়েছে ৩ হাজার ৪১০ টাকায়। "
             "এদিকে ক্রেতারা বিপাকে পড়েছেন ৩ দিন ধরে।")
    assert [s.speaker.text for s in doc.statements] == ["ব্যবসায়ীদের"] * 3
    # a person's words stop at the opener, figures or not
    doc = bn("শিরোনাম\nব্যবসায়ী রফিক আহমেদ বলেন, চিনির দাম বেড়েছে। রোববার প্রতিমণ চিনি বিক্রি হয়েছে ৩ হাজার ৪১০ টাকায়।")
    assert len(doc.statements) == 1


def test_speech_stops_where_the_reporter_introduces_another_person_with_their_post(bn) -> None:
    doc = bn("শিরোনাম\nপৌরসভার বাসিন্দা নজরুল মালিথা বলেন, মেয়র অফিসে আসেন না। জেলার পুঠিয়া পৌরসভার মেয়র আল মামুন "
             "খান উপজেলা বিএনপির সাবেক সাধারণ সম্পাদক। পরিস্থিতির কারণে তিনিও অফিসে বসতে পারছেন না।")
    assert [s.content.text for s in doc.statements] == ["মেয়র অফিসে আসেন না"]
    # what the two leaders will do is still the minister's plan
    doc = bn("শিরোনাম\nরেলমন্ত্রী নুরুল ইসলাম সুজন জানান, ট্রেনটি ২৭ মার্চ চালু হবে। বাংলাদেশের প্রধানমন্ত্রী শেখ হাসিনা "
             "ও ভারতের প্রধানমন্ত্রী নরেন্দ্র মোদি ট্রেনটি চলাচলের ঘোষণা দেবেন।")
    assert len(doc.statements) == 2


def test_speech_stops_where_the_reporter_points_back_at_it_as_a_thing_done(bn) -> None:
    doc = bn("শিরোনাম\nসদস্য সচিব আব্দুল্লাহ আল জাবের ঘোষণা দেন, অবরোধ কর্মসূচি চলমান থাকবে। ওই ঘোষণার পরিপ্রেক্ষিতে "
             "রাতেই আন্দোলনকারীরা শাহবাগে অবস্থান নেন।")
    assert [s.content.text for s in doc.statements] == ["অবরোধ কর্মসূচি চলমান থাকবে"]


def test_people_named_in_brackets_are_an_apposition_not_a_list_of_who_was_there(bn) -> None:
    doc = bn("শিরোনাম\nউপদেষ্টা রফিক আহমেদ জানান, বৈঠকে কয়েকটি সিদ্ধান্ত হয়েছে। গভর্নর নিয়োগে তিন সদস্যের (মুসলিম "
             "চৌধুরী, আহসান এইচ মনসুর ও নজরুল ইসলাম) একটি কমিটি গঠন করা হয়েছে। কমিটি দ্রুত সুপারিশ দেবে।")
    assert len(doc.statements) == 3
    # after the fact, "from" the source
    doc = bn("শিরোনাম\nএকটি অনুসন্ধান কমিটি গঠন করা হয়েছে। উপদেষ্টা পরিষদ সূত্র থেকে এ তথ্য জানা যায়।")
    assert only(doc).speaker.anonymous


def test_speech_runs_on_past_the_ones_who_must_put_last(bn) -> None:
    # "… সহ্য করতে হয় তাদের": who has to bear it, in the speaker's account; "… পারেননি তিনি" is the reporter's
    doc = bn("শিরোনাম\n\nএকাধিক পুলিশ সদস্য জানান, ঊর্ধ্বতনরা নানাভাবে হয়রানি করেন। এর সবকিছুই মুখ বুজে সহ্য "
             "করতে হয় তাদের। নির্দেশ না মানলেই সাসপেন্ড করা হয়।\n\nমন্ত্রী রহিম উদ্দিন বলেন, সেতুর কাজ চলছে। "
             "তবে কবে শেষ হবে তা জানাতে পারেননি তিনি।")
    assert [s.content.text for s in doc.statements] == [
        "ঊর্ধ্বতনরা নানাভাবে হয়রানি করেন", "এর সবকিছুই মুখ বুজে সহ্য করতে হয় তাদের",
        "নির্দেশ না মানলেই সাসপেন্ড করা হয়", "সেতুর কাজ চলছে"]


def test_regarding_something_as_something_is_no_new_view_in_running_speech(bn) -> None:
    # "… থানাকে নিজের সম্পত্তি মনে করেন": regards the station as theirs, in the constables' account
    # (not the view verb with its subject after it: "… কিছু মনে করছেন না শ্রেয়াস" is the reporter's)
    doc = bn("শিরোনাম\n\nএকাধিক কনস্টেবলের ভাষ্য, ইন্সপেক্টররা নানা সুবিধা নেন। ওসি হলে তারা থানাকে নিজের "
             "সম্পত্তি মনে করেন। নেতাদের সন্তুষ্টির জন্য সব কাজ করেন।\n\nঅভিনেতা বলেন, আমি সুস্থ আছি। "
             "নিজের এই অসুস্থতাকে তেমন কিছু মনে করছেন না শ্রেয়াস।")
    assert [s.content.text for s in doc.statements] == [
        "ইন্সপেক্টররা নানা সুবিধা নেন", "ওসি হলে তারা থানাকে নিজের সম্পত্তি মনে করেন",
        "নেতাদের সন্তুষ্টির জন্য সব কাজ করেন", "আমি সুস্থ আছি"]


def test_two_word_adverbs_between_the_speaker_and_the_cue_are_no_part_of_them(bn) -> None:
    # "তিনি স্পষ্ট করেই বলেছেন", "X এর আগেও বলেছেন"
    doc = bn("শিরোনাম\n\nমন্ত্রী রহিম উদ্দিন সভায় ছিলেন। তিনি স্পষ্ট করেই বলেছেন, এটা আর দ্বৈরথ নয়।\n\n"
             "মন্ত্রী করিম হোসেন এর আগেও বলেছেন, নির্বাচন হবে।")
    assert [s.speaker.text for s in doc.statements] == ["তিনি", "মন্ত্রী করিম হোসেন"]
    # …and "meanwhile", "there too" before them: "ইতিমধ্যে … X বলেছেন", "সেখানেও তাঁরা বলেন"
    doc = bn("শিরোনাম\n\nইতিমধ্যে দলের এক এমএলএ রহিম উদ্দিন বলেছেন, আইন বাতিল করা হোক।\n\nবিক্ষোভকারীরা সমাবেশ "
             "করেন। সেখানেও তাঁরা বলেন, আইন মানা হবে না।")
    assert [s.speaker.text for s in doc.statements] == ["দলের এক এমএলএ রহিম উদ্দিন", "তাঁরা"]
    # …and what they did all the while, and where: "X লাইভে কান্না করতে করতে বলেন", "তিনি বিলাপ করতে করতে"
    doc = bn("শিরোনাম\n\nঅভিনেত্রী রহিমা খাতুন লাইভে কান্না করতে করতে বলেন, আমি ভালো নেই।\n\nতিনি বিলাপ করতে "
             "করতে বলেন, আমাদের মা আর নেই।")
    assert [s.speaker.text for s in doc.statements] == ["অভিনেত্রী রহিমা খাতুন", "তিনি"]
    # (but "কেউ কেউ", some, doubled, is who spoke)
    doc = bn("শিরোনাম\n\nতাই সামাজিক মাধ্যমে কেউ কেউ লিখছেন, বিচার চাই।")
    assert [(s.speaker.text.endswith("কেউ কেউ"), s.speaker.anonymous) for s in doc.statements] == [(True, True)]
    # …and "so" before them, and the caption they wrote in: "তাই বলেছেন", "X ক্যাপশনে লিখেছেন"
    doc = bn("শিরোনাম\n\nসাকিব অবসরের ঘোষণা দেন। তাই বলেছেন, ‘আমি আর খেলব না।’\n\nঅভিনেত্রী রহিমা খাতুন ক্যাপশনে "
             "লিখেছেন, ‘নতুন শুরু।’")
    assert [s.speaker.text for s in doc.statements] == ["সাকিব", "অভিনেত্রী রহিমা খাতুন"]


def test_a_call_made_in_passing_before_the_speaker_is_said_too(bn) -> None:
    # "… বিরত থাকার আহ্বান জানিয়ে X বলেন, ‘…’": the call is X's (other), as "… উল্লেখ করে X বলেন" is;
    # not one made only to someone ("সরকারের প্রতি জোরালো আহ্বান জানিয়ে"), whose words come after
    doc = bn("শিরোনাম\n\nজনগণকে সংঘর্ষ থেকে বিরত থাকার আহ্বান জানিয়ে সেনাপ্রধান বলেন, ‘দেশের ক্ষতি হচ্ছে।’\n\n"
             "অন্তর্বর্তী সরকারের প্রতি জোরালো আহ্বান জানিয়ে নেতা রহিম উদ্দিন বলেন, ‘বিচার করতে হবে।’")
    assert [(s.cue, s.stance, s.content.text) for s in doc.statements] == [
        ("আহ্বান জানিয়ে", "other", "জনগণকে সংঘর্ষ থেকে বিরত থাকার"), ("বলেন", "assert", "দেশের ক্ষতি হচ্ছে"),
        ("বলেন", "other", "বিচার করতে হবে")]


def test_one_who_asked_not_to_be_named_after_a_when_asked_clause_speaks(bn) -> None:
    # "… জানতে চাওয়া হলে নাম প্রকাশ না করার শর্তে একজন বলেন": that someone, unnamed
    doc = bn("শিরোনাম\n\nনির্বাচকদের সঙ্গে এ বিষয়ে জানতে চাওয়া হলে নাম প্রকাশ না করার শর্তে একজন বলেন, ‘তার "
             "পরিকল্পনা আমাদের জানতে হবে।’")
    assert [(s.speaker.text, s.speaker.anonymous) for s in doc.statements] == [("নাম প্রকাশ না করার শর্তে একজন", True)]


def test_two_unnamed_who_asked_not_to_be_named_speak_not_the_one_named_before(bn) -> None:
    doc = bn("শিরোনাম\nদোকানি আরিফুল ইসলাম বলেন, বিক্রি কমেছে। নাম প্রকাশ না করার শর্তে একটি এনজিওর ব্যবস্থাপক "
             "ও মাঠকর্মী জানান, ঋণের কিস্তি আদায়ে চাপ বাড়ছে।")
    ngo = doc.statements[-1]
    assert ngo.content.text == "ঋণের কিস্তি আদায়ে চাপ বাড়ছে"
    assert ngo.speaker.anonymous and ngo.speaker.entity is None and "মাঠকর্মী" in ngo.speaker.text


def test_an_emphatic_pointer_credits_what_came_before(bn) -> None:
    # "রোববার এমন তথ্যই জানিয়েছে X": the sentences before are X's
    doc = bn("শিরোনাম\n\nহামলায় অন্তত ৩০ জন নিহত হয়েছেন। আহত হয়েছেন শতাধিক। রোববার এমন তথ্যই জানিয়েছে "
             "বার্তা সংস্থা রয়টার্স।")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("বার্তা সংস্থা রয়টার্স", "হামলায় অন্তত ৩০ জন নিহত হয়েছেন"), ("বার্তা সংস্থা রয়টার্স", "আহত হয়েছেন শতাধিক")]


def test_a_name_that_ends_like_a_genitive_before_a_time_is_whole(bn) -> None:
    # "ম্যাথিউ মিলার গতকাল …": "মিলার" owns no time; the name ends there, the object follows
    doc = bn("শিরোনাম\n\nমুখপাত্র ম্যাথিউ মিলার গতকাল ইসরায়েলি মন্ত্রীদের বক্তব্যের সমালোচনা করেন।")
    assert [s.speaker.text for s in doc.statements] == ["মুখপাত্র ম্যাথিউ মিলার"]


def test_a_document_of_the_body_made_definite_is_that_bodys(bn) -> None:
    # "সংস্থাটির নতুন এক প্রতিবেদনে …। প্রতিবেদনে বলা হয়েছে, …": the World Bank's report, not an unnamed one
    doc = bn("শিরোনাম\n\nসড়ক দুর্ঘটনায় বছরে ৩১ হাজার মানুষ মারা যায় বলে জানিয়েছে বিশ্বব্যাংক। সংস্থাটির নতুন এক "
             "প্রতিবেদনে এ তথ্য উঠে এসেছে।\n\nপ্রতিবেদনে বলা হয়েছে, দুর্ঘটনায় অর্থনীতির বড় ক্ষতি হচ্ছে।")
    bank = next(e.id for e in doc.entities if e.name == "World Bank")
    assert [(s.speaker.entity, s.speaker.anonymous) for s in doc.statements] == [(bank, False), (bank, False)]


def test_a_quotation_followed_only_by_its_source_in_brackets_is_whole(bn) -> None:
    # "‘…’ (মালফুজাত, খণ্ড ২)।": the citation is no part of what was said
    doc = bn("শিরোনাম\n\nতিনি বলেছেন, ‘মানুষের সেবাই সবচেয়ে বড় ইবাদত’ (মালফুজাত, খণ্ড ২, পৃষ্ঠা ১২)।")
    assert [(s.content.text, s.direct) for s in doc.statements] == [("মানুষের সেবাই সবচেয়ে বড় ইবাদত", True)]


def test_a_name_ending_like_a_first_person_verb_is_no_first_person_speech(bn) -> None:
    # "… এসআই কামরুল ইসলাম": "-লাম" of a name, no "করলাম"; the source's report is not direct
    doc = bn("শিরোনাম\n\nপুলিশ ও আদালত সূত্র জানায়, পরে রিমান্ড চান তদন্তকারী কর্মকর্তা এসআই কামরুল ইসলাম।")
    assert [s.direct for s in doc.statements] == [False]


def test_what_stands_between_that_and_its_cue_and_the_one_after_it(bn) -> None:
    # "… বলে সোমবার (২৯ ডিসেম্বর) নিজেই সাংবাদিকদের নিশ্চিত করেছেন তিনি": a date in brackets, "himself"
    # and the ones told stand between; "… বলে এক সংবাদ বিজ্ঞপ্তিতে জানিয়েছে X": X issued the notice
    doc = bn("শিরোনাম\n\nচেয়ারম্যান মঞ্জু নির্বাচন থেকে সরে দাঁড়ালেন। নির্বাচন থেকে সরে দাঁড়ানোর সিদ্ধান্ত নিয়েছেন বলে "
             "সোমবার (২৯ ডিসেম্বর) নিজেই সাংবাদিকদের নিশ্চিত করেছেন তিনি।\n\nউপকূলীয় জেলাগুলোতে নৌবাহিনী মোতায়েন "
             "করা হয়েছে বলে এক সংবাদ বিজ্ঞপ্তিতে জানিয়েছে আইএসপিআর।", date="2025-12-30")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("তিনি", "নির্বাচন থেকে সরে দাঁড়ানোর সিদ্ধান্ত নিয়েছেন"),
        ("আইএসপিআর", "উপকূলীয় জেলাগুলোতে নৌবাহিনী মোতায়েন করা হয়েছে")]


def test_a_headline_with_its_speaker_after_the_colon_is_theirs_whatever_verb_it_holds(bn) -> None:
    # "মানুষ যদি মনে করে …, তখন চিন্তা করতে হবে: জি এম কাদের": all before the colon is his, not "মানুষ যদি"
    doc = bn("মানুষ যদি মনে করে নির্বাচনটা ভালো হচ্ছে না, তখন চিন্তা করতে হবে: জি এম কাদের\n\nজাতীয় পার্টির "
             "চেয়ারম্যান জি এম কাদের বলেন, নির্বাচন সুষ্ঠু হতে হবে।")
    assert doc.statements[0].content.text == "মানুষ যদি মনে করে নির্বাচনটা ভালো হচ্ছে না, তখন চিন্তা করতে হবে"
    assert doc.statements[0].speaker.text == "জি এম কাদের"


def test_an_accusation_runs_on_as_a_claim(bn) -> None:
    # the sentences after "X অভিযোগ করেন, …" carry on X's accusation (claim), as the gold reads them
    # (a demand in it is still a demand: other)
    doc = bn("শিরোনাম\n\nব্যবসায়ী রহিম উদ্দিন অভিযোগ করেন, পুলিশ তার কাছ থেকে টাকা নিয়েছে। তারা কোনো রসিদ "
             "দেয়নি। এর বিচার করতে হবে।\n\nবন্দর কর্মকর্তা করিম হোসেন বলেন, জাহাজটি সোমবার ভিড়বে। পণ্য খালাসে দুই "
             "দিন লাগবে।")
    assert [(s.speaker.text, s.cue, s.stance) for s in doc.statements] == [
        ("ব্যবসায়ী রহিম উদ্দিন", "অভিযোগ করেন", "claim"), ("ব্যবসায়ী রহিম উদ্দিন", "", "claim"),
        ("ব্যবসায়ী রহিম উদ্দিন", "", "other"),
        ("বন্দর কর্মকর্তা করিম হোসেন", "বলেন", "assert"), ("বন্দর কর্মকর্তা করিম হোসেন", "", "assert")]


def test_speech_runs_on_into_a_sentence_about_the_matter(bn) -> None:
    # "এ বিষয়ে …" after a cue of someone speaking goes on with their words ("এ বিষয়ে থানায় মামলার
    # প্রস্তুতি চলছে"); the reporter's attempt to reach someone else, or who else took part, does not
    doc = bn("শিরোনাম\nওসি কামরুল হাসান বলেন, হামলাকারীদের আটক করা হয়েছে। এ বিষয়ে থানায় মামলার প্রস্তুতি চলছে। "
             "এ বিষয়ে বক্তব্য জানতে ইউপি চেয়ারম্যানের মোবাইলে যোগাযোগ করেও পাওয়া যায়নি।")
    assert [s.content.text for s in doc.statements] == ["হামলাকারীদের আটক করা হয়েছে", "এ বিষয়ে থানায় মামলার প্রস্তুতি চলছে"]
    doc = bn("শিরোনাম\nউপাচার্য রফিকুল ইসলাম বলেন, গবেষণায় বরাদ্দ বাড়াতে হবে। আলোচনায় অংশ নেন অধ্যাপক কামাল হোসেন।")
    assert [s.content.text for s in doc.statements] == ["গবেষণায় বরাদ্দ বাড়াতে হবে"]


def test_what_the_speaker_did_not_do_is_the_reporters(bn) -> None:
    # "… আনুষ্ঠানিক কোনো অঙ্গীকার তিনি করেননি": the pronoun right before a negated verb at the end,
    # its object put first, tells what they did not do; "তিনি" inside reported speech goes on
    doc = bn("শিরোনাম\nপ্রেসিডেন্ট রবার্ট কেলি বলেছেন, যুদ্ধ শিগগিরই শেষ হবে। "
             "তবে সেনা পাঠানোর বিষয়ে আনুষ্ঠানিক কোনো অঙ্গীকার তিনি করেননি।")
    assert [s.content.text for s in doc.statements] == ["যুদ্ধ শিগগিরই শেষ হবে"]
    doc = bn("শিরোনাম\nপ্রেসিডেন্ট রবার্ট কেলি বলেছেন, যুদ্ধ শিগগিরই শেষ হবে। তিনি কোনো চাপের কাছে নতি স্বীকার করবেন না।")
    assert len(doc.statements) == 2


@pytest.mark.parametrize("goes_on", ["এ ধরনের ব্যাগ ভিজে যাওয়ার আশঙ্কা নেই।", "নতুন ব্যাগ রাত ৮টায় বাজারে আসবে।"])
def test_speech_runs_on_past_a_fear_denied_and_a_time_to_come(bn, goes_on: str) -> None:
    # "… আশঙ্কা নেই": no one fears, no cue of its own; "… রাত ৮টায় … আসবে": when it will be, still the speaker's
    doc = bn("শিরোনাম\nপ্রতিষ্ঠানের কর্মকর্তা কামাল হোসেন জানান, ব্যাগে পানিরোধী কাপড় ব্যবহার করা হয়েছে। " + goes_on)
    assert [s.content.text for s in doc.statements] == ["ব্যাগে পানিরোধী কাপড় ব্যবহার করা হয়েছে", goes_on.rstrip("।")]
    assert doc.statements[1].speaker.entity == doc.statements[0].speaker.entity


def test_speech_goes_on_to_a_body_named_after_its_verb(bn) -> None:
    # "… উল্টো শ্রমিকদের ছাঁটাই করছে বিজিএমইএ": a body named last is as often in the speaker's complaint
    # (unlike a person named so, the reporter's account of what they did)
    doc = bn("শিরোনাম\nশ্রমিক নেতা করিম উদ্দিন বলেন, আমাদের তিন মাসের বেতন বকেয়া। উল্টো শ্রমিকদের ছাঁটাই করছে বিজিএমইএ।")
    assert len(doc.statements) == 2


def test_speech_closed_by_its_speaker_does_not_run_on(bn) -> None:
    doc = bn("শিরোনাম\nবাঁধের কাজ শেষ হয়নি বলে জানান ইউএনও ফারহানা আক্তার। উপজেলায় এবার বৃষ্টি কম হয়েছে।")
    assert [s.content.text for s in doc.statements] == ["বাঁধের কাজ শেষ হয়নি"]


def test_speaker_phrase_without_its_topic_occasion_or_question(bn) -> None:
    cases = {
        "জোট প্রশ্নে শামীম আহমেদ বলেন, আলোচনা চলছে।": "শামীম আহমেদ",
        "রায় ঘোষণার সময় বিচারপতিরা বলেন, তদন্ত চলবে।": "বিচারপতিরা",
        "গতকাল বাজারের জনসভায় শামীম আহমেদ বলেন, আলোচনা চলছে।": "শামীম আহমেদ",
        "বেতন কবে মিলবে জানতে চাইলে শামীম আহমেদ বলেন, আলোচনা চলছে।": "শামীম আহমেদ",
        "নিজের পরিকল্পনার কথা জানিয়ে শামীম আহমেদ বলেন, আলোচনা চলছে।": "শামীম আহমেদ",
    }
    for sentence, speaker in cases.items():
        s = only(bn("শিরোনাম\n" + sentence))
        assert s.speaker.text == speaker, sentence


def test_an_outlet_told_is_not_part_of_the_speaker(bn) -> None:
    doc = bn("শিরোনাম\nএ বিষয়ে জানতে চাইলে শামীম আহমেদ প্রথম আলোকে বলেন, আলোচনা চলছে।")
    s = only(doc)
    assert s.speaker.text == "শামীম আহমেদ"


def test_one_person_with_two_titles_is_one_speaker(bn) -> None:
    doc = bn("শিরোনাম\nসংস্থার নির্বাহী পরিচালক ও মুখপাত্র শামীম আহমেদ বলেন, আলোচনা চলছে।")
    assert only(doc).speaker.text.endswith("শামীম আহমেদ")


def test_attribution_after_the_fact(bn) -> None:
    doc = bn("শিরোনাম\nআমাদের ঘর ভেসে গেছে। এখন স্কুলে থাকছি। এ কথা বলেন বানভাসি রোকেয়া খাতুন।")
    assert [s.content.text for s in doc.statements] == ["আমাদের ঘর ভেসে গেছে", "এখন স্কুলে থাকছি"]
    assert all(s.cue.startswith("এ কথা") and s.direct for s in doc.statements)


def test_chain_report_then_official(bn) -> None:
    doc = bn("শিরোনাম\nএএফপির প্রতিবেদনে বলা হয়েছে, থাই পুলিশের এক কর্মকর্তা জানান, নৌকাটিতে ৪০ জন যাত্রী ছিলেন।")
    outer, inner = doc.statements
    assert "এএফপি" in outer.speaker.text and "কর্মকর্তা জানান" in outer.content.text
    assert inner.nested_in == outer.id and inner.speaker.anonymous
    assert inner.content.text == "নৌকাটিতে ৪০ জন যাত্রী ছিলেন"


def test_according_to_an_outlet_officials_said(bn) -> None:
    doc = bn("শিরোনাম\nনিউইয়র্ক টাইমসের মতে, কয়েকজন মার্কিন কর্মকর্তা বলেছেন যে আলোচনা ভেঙে গেছে।")
    s = only(doc)
    assert s.speaker.anonymous
    nyt = next(e for e in doc.entities if e.name == "The New York Times")
    assert s.nested_in == nyt.id


def test_joint_statement_gives_one_statement_per_speaker(bn) -> None:
    doc = bn("শিরোনাম\nএক যৌথ বিবৃতিতে পরিবেশমন্ত্রী সাবের হোসেন ও বন সংরক্ষক মাহমুদুল হাসান বলেন, "
             "বাঘের সংখ্যা বেড়েছে।")
    assert len(doc.statements) == 2
    assert doc.statements[0].content.text == doc.statements[1].content.text
    assert doc.statements[0].speaker.entity != doc.statements[1].speaker.entity


def test_pronoun_resolves_to_the_last_person(bn) -> None:
    doc = bn("শিরোনাম\nসভায় উপস্থিত ছিলেন সংসদ সদস্য নাজমুল হক। তিনি বলেন, সড়কটি দ্রুত সংস্কার হবে।")
    s = only(doc)
    ent = next(e for e in doc.entities if e.id == s.speaker.entity)
    assert ent.name == "Nazmul Haque"


def test_a_pronoun_after_talking_with_someone_unnamed_is_that_someone(bn) -> None:
    # "একজন নারী ভোটারের সঙ্গে কথা হয় …, তিনি জানান": the voter, anonymous, not the person named before
    doc = bn("শিরোনাম\nসংসদ সদস্য নাজমুল হক এলাকায় আসেননি।\n"
             "গ্রামের একজন নারী ভোটারের সঙ্গে কথা হয় প্রতিবেদকের, তিনি জানান, কেউ ভোট চাইতে আসেনি।")
    s = only(doc)
    assert s.speaker.entity is None and s.speaker.anonymous
    # handing something to "relatives" is no talk: "তিনি" stays the one who spoke before
    doc = bn("শিরোনাম\nওসি নাজমুল হক বলেন, দুজনের লাশ উদ্ধার হয়েছে। কোনো আপত্তি না থাকায় মরদেহ "
             "স্বজনদের কাছে হস্তান্তর করা হয়েছে বলে জানান তিনি।")
    assert len({s.speaker.entity for s in doc.statements}) == 1 and doc.statements[0].speaker.entity


def test_boilerplate_lines_never_give_statements(bn) -> None:
    doc = bn("শিরোনাম\nপ্রথম লাইন।\nসভায় বক্তব্য দিচ্ছেন মেয়র। তিনি বলেন, কাজ চলছে। ছবি: সংগৃহীত\n"
             "আরও পড়ুন: মেয়র বলেন, কাজ চলছে")
    assert doc.statements == []


def test_headline_speaker_colon_and_topic_colon(bn) -> None:
    speaker = bn("বাণিজ্যমন্ত্রী আহসানুল ইসলাম: ‘চালের দাম কমবে’\nবাজারে চালের দাম বেড়েছে।")
    assert len(speaker.statements) == 1 and speaker.statements[0].direct
    topic = bn("রাজশাহীতে বন্যা: পানিবন্দি হাজারো মানুষ\nবাজারে চালের দাম বেড়েছে।")
    assert topic.statements == []


def test_a_teaser_headline_or_an_indirect_question_gives_no_content(bn) -> None:
    # "what X said" and "which directions X gave" name speech without giving it
    assert bn("বন্যা নিয়ে যা বললেন পানিসম্পদমন্ত্রী\nবাঁধের কাজ চলছে।").statements == []
    assert bn("শিরোনাম\nসমাবেশে যেসব নির্দেশনা দিলেন মেয়র করিম উদ্দিন।").statements == []
    # an indirect question before a telling verb is what was told about, not what was told
    assert bn("শিরোনাম\nকারখানার শ্রমিকদের দিন কেমন কাটছে, জানালেন শ্রমিকনেতা কামাল হোসেন।").statements == []
    # before a doubting cue the question is the statement
    s = only(bn("শিরোনাম\nবাঁধ কেন ভাঙল, প্রশ্ন তোলেন শ্রমিকনেতা কামাল হোসেন।"))
    assert s.stance == "concern" and s.content.text == "বাঁধ কেন ভাঙল"
    # and a telling verb with a proposition is kept
    s = only(bn("শিরোনাম\nত্রাণ বিতরণ সময়মতো শেষ হবে বলে জানান শ্রমিকনেতা কামাল হোসেন।"))
    assert s.content.text == "ত্রাণ বিতরণ সময়মতো শেষ হবে"


def test_a_remark_like_another_has_no_content_of_its_own(bn) -> None:
    for second in ("একই ধরনের মন্তব্য করেন নির্বাহী প্রকৌশলী করিম উদ্দিন।",
                   "নির্বাহী প্রকৌশলী করিম উদ্দিনও একই ধরনের মন্তব্য করেন।",
                   "একই দাবি জানান এলাকাবাসী।"):
        doc = bn("শিরোনাম\nজেলা প্রশাসক বলেন, বাঁধের কাজ সময়মতো শেষ হবে। " + second)
        assert [s.content.text for s in doc.statements] == ["বাঁধের কাজ সময়মতো শেষ হবে"], second


def test_a_pointer_after_a_clause_points_at_that_clause_not_the_sentences_before(bn) -> None:
    before = "শিরোনাম\nবোর্ড নির্বাচন স্থগিত করে। এতে ভোট বন্ধ হয়ে যায়। "
    # the speaker after the cue: the clause before the pointer is what was said
    s = only(bn(before + "নির্বাচন আয়োজনে কোনো বাধা নেই, এমন নির্দেশনা দেন হাইকোর্ট।"))
    assert s.speaker.text == "হাইকোর্ট" and s.content.text == "নির্বাচন আয়োজনে কোনো বাধা নেই"
    # the speaker before the clause cannot be told from it; the narration before is no one's speech
    assert bn(before + "আদালত নির্বাচন আয়োজনে কোনো বাধা নেই—এমন নির্দেশনা দেন।").statements == []
    # a pointer with only the occasion before it: the occasion is not what was said (the sentences
    # before are, attributed after the fact)
    doc = bn(before + "গতকাল এক সভায় এমন হুঁশিয়ারি দেন প্যানেলের নেতা করিম উদ্দিন।")
    assert [s.content.text for s in doc.statements] == ["বোর্ড নির্বাচন স্থগিত করে", "এতে ভোট বন্ধ হয়ে যায়"]


def test_a_cue_before_the_complementiser_is_inside_what_the_later_cue_tells(bn) -> None:
    s = only(bn("শিরোনাম\nবৈঠকে মন্ত্রী দ্রুত বাঁধ মেরামতের নির্দেশ দেন বলে জানান জেলা প্রশাসক মো. করিম।"))
    assert s.speaker.text == "জেলা প্রশাসক মো. করিম" and s.cue == "জানান"
    assert s.content.text == "বৈঠকে মন্ত্রী দ্রুত বাঁধ মেরামতের নির্দেশ দেন"


def test_declaring_a_meeting_open_or_closed_is_an_act(bn) -> None:
    assert bn("শিরোনাম\nপরে সমাবেশ সমাপ্তি ঘোষণা করেন সংগঠনের সভাপতি রমেন সরকার।").statements == []
    assert bn("শিরোনাম\nএরপর জেলা প্রশাসক মো. করিম মেলার উদ্বোধন ঘোষণা করেন।").statements == []


def test_a_cue_noun_with_no_holder_before_its_comma_gives_no_speaker(bn) -> None:
    assert bn("শিরোনাম\nবছর পেরোলেও অমীমাংসিত রয়ে গেছে এ প্রশ্ন, এত আলোচনার পরও।").statements == []
    assert bn("শিরোনাম\nএটি কয়েকজন কর্মকর্তার বিরুদ্ধে অভিযোগ, প্রতিষ্ঠানের বিরুদ্ধে নয়।").statements == []
    assert bn("শিরোনাম\nঅনেক প্রশ্ন, অনেক বিতর্ক হবে। তবে লক্ষ্য হাতছাড়া করা যাবে না।").statements == []
    # with its holder in the genitive it is a statement
    s = only(bn("শিরোনাম\nব্যবসায়ীদের অভিযোগ, বন্দরে পণ্য খালাসে দেরি হচ্ছে।"))
    assert s.stance == "claim" and s.content.text == "বন্দরে পণ্য খালাসে দেরি হচ্ছে"
    # a cue noun listed among things, with no one's genitive before it
    assert bn("শিরোনাম\nবিদ্বেষপূর্ণ বক্তব্য, ভুল তথ্য ও বানোয়াট ছবি প্রচার করতে পারবেন না কোনো প্রার্থী।").statements == []
    for holder in ("তাঁর", "অভিভাবকদের আরেকটি"):
        s = only(bn(f"শিরোনাম\n{holder} বক্তব্য, বন্দরে পণ্য খালাসে দেরি হচ্ছে।"))
        assert s.content.text == "বন্দরে পণ্য খালাসে দেরি হচ্ছে", holder


def test_facts_told_after_the_fact_cover_the_day_they_open_with(bn) -> None:
    # "আজ বুধবার … বৈঠক হয়। … মন্ত্রণালয় থেকে পাঠানো এক সংবাদ বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে।": the
    # meeting is what the ministry told (and the comma inside its name does not cut it short)
    doc = bn("শিরোনাম\nআজ বুধবার সচিবালয়ে উপদেষ্টার সঙ্গে রাষ্ট্রদূতের বৈঠক হয়। বিদ্যুৎ, জ্বালানি ও খনিজ সম্পদ "
             "মন্ত্রণালয় থেকে পাঠানো এক সংবাদ বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে।")
    st = only(doc)
    assert st.content.text == "আজ বুধবার সচিবালয়ে উপদেষ্টার সঙ্গে রাষ্ট্রদূতের বৈঠক হয়"
    assert st.speaker.text == "বিদ্যুৎ, জ্বালানি ও খনিজ সম্পদ মন্ত্রণালয়"
    # words said ("এসব কথা বলেন") do not cover the reporter's account of the day before them
    doc = bn("শিরোনাম\nআজ বৃহস্পতিবার দুপুরে তিনি বিমানবন্দরে এসে পৌঁছান। বিমানবন্দরে সাংবাদিকদের তিনি এসব কথা বলেন।")
    assert doc.statements == []


def test_attribution_after_the_fact_skips_a_sentence_that_itself_points_back(bn) -> None:
    doc = bn("শিরোনাম\nসভায় কর্মকর্তাদের দুর্নীতি থেকে দূরে থাকতে বলা হয়েছে। সভায় এ নির্দেশনা দেওয়া হয়। "
             "মঙ্গলবার সংস্থার সভায় চেয়ারম্যান মো. করিম এসব নির্দেশনা দেন।")
    assert [s.content.text for s in doc.statements] == ["সভায় কর্মকর্তাদের দুর্নীতি থেকে দূরে থাকতে বলা হয়েছে"]
    # an allegation no one makes ("অভিযোগ উঠে আসে") is not what the candidates alleged
    doc = bn("শিরোনাম\nরাতেই কেন্দ্রে ব্যালট বাক্স ভর্তির অভিযোগ উঠে আসে। গণমাধ্যমের কাছে এসব অভিযোগ এলেও "
             "সাংবাদিকেরা কেন্দ্রে ঢুকতে পারেননি। রাতভর প্রার্থী করিম উদ্দিন এমন অভিযোগ করছিলেন।")
    assert doc.statements == []


def test_a_pointer_cue_with_its_speaker_after_it_attributes_the_sentences_before(bn) -> None:
    doc = bn("শিরোনাম\nবাঁধের কাজ বর্ষার আগেই শেষ হবে। গতকাল এক সভায় এমন আশ্বাস দেন পানিসম্পদমন্ত্রী জাহিদ ফারুক।")
    s = only(doc)
    assert s.content.text == "বাঁধের কাজ বর্ষার আগেই শেষ হবে" and s.speaker.text == "পানিসম্পদমন্ত্রী জাহিদ ফারুক"


def test_an_asking_cue_is_a_statement_only_with_a_question(bn) -> None:
    assert bn("শিরোনাম\nসাংবাদিকেরা মন্ত্রীর কাছে তাঁর অভিজ্ঞতা জানতে চেয়েছেন।").statements == []
    assert bn("শিরোনাম\nতখন তিনি নতুন নীতিমালা সম্পর্কে জানতে চেয়েছিলেন।").statements == []
    s = only(bn("শিরোনাম\nব্যবসায়ীরা সরকারের কাছে ঋণ কবে মিলবে জানতে চেয়েছেন।"))
    assert s.stance == "other" and s.content.text.endswith("ঋণ কবে মিলবে")


def test_the_publics_question_ends_speech_that_ran_on(bn) -> None:
    doc = bn("শিরোনাম\nজেলা প্রশাসক বলেন, আমরা দ্রুত ত্রাণ পাঠাচ্ছি। ত্রাণ কবে গ্রামে পৌঁছাবে, এমন প্রশ্ন অনেকের।")
    assert [s.content.text for s in doc.statements] == ["আমরা দ্রুত ত্রাণ পাঠাচ্ছি"]


def test_complementiser_with_the_speaker_before_the_cue(bn) -> None:
    doc = bn("শিরোনাম\nনিগমের এক কর্তা জানান, অর্ধেক টাকা দেওয়া হয়েছে। বাকি টাকা মার্চের মধ্যে দেওয়া হবে বলেও তিনি জানান।")
    first, second = doc.statements
    assert first.speaker.anonymous
    assert second.content.text == "বাকি টাকা মার্চের মধ্যে দেওয়া হবে"
    assert second.speaker.text == "তিনি" and second.speaker.anonymous  # the unnamed official again


def test_denials_of_a_fact_and_dismissals(bn) -> None:
    doc = bn("শিরোনাম\nকমিশনের চেয়ারম্যান জালাল উদ্দিন প্রস্তাব পাওয়ার কথা অস্বীকার করেছেন। "
             "বিরোধী দলের মুখপাত্র রুহুল আমিন সেই অভিযোগ উড়িয়ে দিয়েছেন।")
    assert [s.stance for s in doc.statements] == ["deny", "deny"]
    assert doc.statements[0].content.text == "প্রস্তাব পাওয়ার কথা"


def test_a_clause_that_rejects_the_claim_is_a_denial_a_described_lie_is_not(bn) -> None:
    doc = bn("শিরোনাম\nইউপি চেয়ারম্যান মোস্তফা কামাল বলেন, এ অভিযোগের কোনো ভিত্তি নেই।")
    assert only(doc).stance == "deny"
    doc = bn("শিরোনাম\nইউপি চেয়ারম্যান মোস্তফা কামাল বলেন, আমি এই ঘটনার সঙ্গে জড়িত নই।")
    assert only(doc).stance == "deny"
    doc = bn("শিরোনাম\nইউপি চেয়ারম্যান মোস্তফা কামাল বলেন, এমন কোনো ঘটনাই ঘটেনি।")  # (emphatic "-ই")
    assert only(doc).stance == "deny"
    doc = bn("শিরোনাম\nইউপি চেয়ারম্যান মোস্তফা কামাল বলেন, এর সঙ্গে আমার কোনো সম্পর্ক নেই।")
    assert only(doc).stance == "deny"
    # anyone's part denied, and the claim found untrue
    doc = bn("শিরোনাম\nজেলা বিএনপির আহ্বায়ক রফিক আহমেদ বলেন, এ ঘটনার সঙ্গে বিএনপির কোনো সম্পর্ক নেই।")
    assert only(doc).stance == "deny"
    doc = bn("শিরোনাম\nপুলিশ সুপার রফিক আহমেদ বলেন, প্রচারিত খবরের সত্যতা পাওয়া যায়নি।")
    assert only(doc).stance == "deny"
    doc = bn("শিরোনাম\nছাত্রনেতা রহিম উদ্দিন বলেন, আমরা সম্পদ নষ্ট করছি বলে যা ছড়ানো হচ্ছে তা সম্পূর্ণ গুজব।")
    assert only(doc).stance == "deny" and {e.name for e in doc.entities} == {"Rahim Uddin"}
    doc = bn("শিরোনাম\nইউপি চেয়ারম্যান মোস্তফা কামাল বলেন, গুজবে কান দেবেন না।")  # (not at its clause's end)
    assert only(doc).stance != "deny"
    doc = bn("শিরোনাম\nইউপি চেয়ারম্যান মোস্তফা কামাল বলেন, মিথ্যা মামলায় গ্রামের তিনজন জেল খেটেছেন।")
    assert only(doc).stance == "assert"


def test_a_statement_reported_inside_another_is_nested_in_it(bn) -> None:
    doc = bn("শিরোনাম\nজেলা প্রশাসক শামীম আহমেদ জানান, খাদ্যমন্ত্রী তাঁকে বলেছেন, চালের মজুত যথেষ্ট।")
    outer, inner = doc.statements
    assert "খাদ্যমন্ত্রী" in inner.speaker.text and inner.content.text == "চালের মজুত যথেষ্ট"
    assert inner.nested_in == outer.id and outer.nested_in is None


def test_the_same_speaker_going_on_is_not_nested(bn) -> None:
    doc = bn("শিরোনাম\nজেলা প্রশাসক শামীম আহমেদ জানান, চালের মজুত যথেষ্ট, একইসাথে তিনি জোর দিয়ে বলেন যে দাম বাড়বে না।")
    assert all(s.nested_in is None for s in doc.statements)


def test_told_to_a_foreign_outlet_is_nested_in_it_told_to_a_home_paper_is_not(bn) -> None:
    doc = bn("শিরোনাম\nপররাষ্ট্রমন্ত্রী হাসান মাহমুদ বিবিসিকে বলেন, আলোচনা চলছে। সীমান্ত খোলা থাকবে।")
    told, runs_on = doc.statements
    bbc = next(e for e in doc.entities if e.name == "BBC")
    assert told.nested_in == runs_on.nested_in == bbc.id
    doc = bn("শিরোনাম\nপররাষ্ট্রমন্ত্রী হাসান মাহমুদ প্রথম আলোকে বলেন, আলোচনা চলছে।")
    assert only(doc).nested_in is None


def test_citing_with_the_locative_barate_is_a_chain(bn) -> None:
    doc = bn("শিরোনাম\nপুলিশের এক কর্মকর্তার বরাতে বার্তা সংস্থা রয়টার্স জানায়, সংঘর্ষে দুজন নিহত হয়েছেন।")
    reporter, cited = doc.statements
    assert "রয়টার্স" in reporter.speaker.text and cited.nested_in == reporter.id
    assert cited.speaker.anonymous and cited.content.text == reporter.content.text


def test_an_outlet_told_in_the_articles_language_is_the_publisher_when_the_text_has_its_house_style() -> None:
    from ukti import analyze_text
    from ukti.model import RawArticle
    from ukti.pipeline import default_pipeline

    text = "শিরোনাম\nঅধ্যাপক রফিকুল ইসলাম বিবিসি বাংলাকে বলেন, পরিস্থিতি জটিল হচ্ছে। মি. ইসলাম আরও বলেন, সময় লাগবে।"
    doc = analyze_text(text, lang="bn")
    assert all(s.nested_in is None for s in doc.statements)  # "মি." is BBC Bangla's house style: its own report
    own = "শিরোনাম\nঅধ্যাপক রফিকুল ইসলাম বিবিসি বাংলাকে বলেন, পরিস্থিতি জটিল হচ্ছে। বিবিসি বাংলার " \
          "হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক করুন।"
    assert all(s.nested_in is None for s in analyze_text(own, lang="bn").statements)  # its channel's line
    family = "শিরোনাম\nঅধ্যাপক রফিকুল ইসলাম বিবিসিকে বলেন, পরিস্থিতি জটিল হচ্ছে। মি. ইসলাম আরও বলেন, সময় লাগবে।"
    assert all(s.nested_in is None for s in analyze_text(family, lang="bn").statements)  # the BBC is its house
    typed = "শিরোনাম\nঅধ্যাপক রফিকুল ইসলাম বিবিসিকে বলেন, \"পরিস্থিতি জটিল হচ্ছে।\""
    assert all(s.nested_in is None for s in analyze_text(typed, lang="bn").statements)  # its typed quotes
    curly = "শিরোনাম\nঅধ্যাপক রফিকুল ইসলাম বিবিসিকে বলেন, “পরিস্থিতি জটিল হচ্ছে।”"
    assert all(s.nested_in for s in analyze_text(curly, lang="bn").statements)  # others quote in “…”
    relayed = "শিরোনাম\nদলের এক নেতা বিবিসি বাংলার সংবাদদাতাকে জানিয়েছিলেন, সফরটি পারিবারিক। আরেক নেতা " \
              "বিবিসি বাংলাকে জানিয়েছেন, আলোচনা চলছে।"
    doc = analyze_text(relayed, lang="bn")  # naming BBC Bangla's correspondent is no mark of its style
    assert [s.nested_in for s in doc.statements][-1] == next(e.id for e in doc.entities if e.name == "BBC Bangla")
    plain = "শিরোনাম\nঅধ্যাপক রফিকুল ইসলাম বিবিসি বাংলাকে বলেন, পরিস্থিতি জটিল হচ্ছে।"
    doc = analyze_text(plain, lang="bn")
    bbc = next(e for e in doc.entities if e.name == "BBC Bangla")
    assert only(doc).nested_in == bbc.id  # another paper's text relays what BBC Bangla was told
    text = plain
    other = default_pipeline()(RawArticle(text, "-", outlet="Prothom Alo"))
    bbc = next(e for e in other.entities if e.name == "BBC Bangla")
    assert only(other).nested_in == bbc.id  # another paper relays what BBC Bangla was told


def test_quoting_a_source_is_a_chain_in_either_order(bn) -> None:
    # the cited first, in the accusative: "X-কে উদ্ধৃত করে Y জানিয়েছে"
    doc = bn("শিরোনাম\nজেলা পুলিশের এক কর্মকর্তাকে উদ্ধৃত করে বার্তা সংস্থা রয়টার্স জানিয়েছে, বাঁধ ভেঙে তিনটি গ্রাম ডুবেছে।")
    reporter, cited = doc.statements
    assert reporter.speaker.text == "বার্তা সংস্থা রয়টার্স" and cited.nested_in == reporter.id
    assert cited.speaker.text == "জেলা পুলিশের এক কর্মকর্তা" and cited.speaker.anonymous
    assert cited.cue == "উদ্ধৃত করে" and cited.content.text == reporter.content.text
    # an outlet quoted is cited, not told
    doc = bn("শিরোনাম\nব্লুমবার্গকে উদ্ধৃত করে টাইমস অব ইন্ডিয়া জানিয়েছে, সুদের হার কমতে পারে।")
    reporter, cited = doc.statements
    assert reporter.nested_in is None and cited.nested_in == reporter.id
    assert "ব্লুমবার্গ" in cited.speaker.text and "ইন্ডিয়া" in reporter.speaker.text
    # what of X's is quoted leaves X: "X-এর এক বিবৃতি উদ্ধৃত করে"
    doc = bn("শিরোনাম\nবন বিভাগের এক বিবৃতি উদ্ধৃত করে পত্রিকাটি জানিয়েছে, বাঘের সংখ্যা বেড়েছে।")
    assert doc.statements[1].speaker.text == "বন বিভাগের"
    # the reporter first: "Y X-কে উদ্ধৃত করে লিখেছে"
    doc = bn("শিরোনাম\nওই প্রতিবেদনে পত্রিকাটি বন্দরের এক শীর্ষ কর্মকর্তাকে উদ্ধৃত করে লিখেছে, জাহাজ চলাচল স্বাভাবিক।")
    reporter, cited = doc.statements
    assert reporter.speaker.text == "পত্রিকাটি" and cited.speaker.text == "বন্দরের এক শীর্ষ কর্মকর্তা"
    assert cited.nested_in == reporter.id
    # quoting oneself relays nothing
    s = only(bn("শিরোনাম\nতিনি আমাকে উদ্ধৃত করে লিখেছেন, সেতুর কাজ শেষ হয়েছে।"))
    assert s.speaker.text == "তিনি" and s.nested_in is None


def test_speech_recounted_by_another_runs_on_in_both_voices_for_one_sentence(bn) -> None:
    doc = bn("শিরোনাম\nকর্মকর্তা রহিম উদ্দিন বলেন, মন্ত্রীকে প্রশ্ন করা হলে মন্ত্রী জানান, অর্থ সরাসরি আসেনি। "
             "বরং তৃতীয় দেশ হয়ে এসেছে। ফলে আইন প্রয়োগে সীমাবদ্ধতা তৈরি হয়েছে।")
    said, recounted, *rest = doc.statements
    assert recounted.nested_in == said.id
    on_outer, on_inner, last = rest
    assert on_outer.content.text == on_inner.content.text == "বরং তৃতীয় দেশ হয়ে এসেছে"
    assert on_outer.speaker.text == said.speaker.text and on_outer.nested_in is None
    assert on_inner.speaker.text == recounted.speaker.text and on_inner.nested_in == on_outer.id
    # the sentence after is the recounter's own again
    assert last.speaker.text == said.speaker.text and last.nested_in is None


def test_words_reported_inside_another_statement_stay_inside_it(bn) -> None:
    doc = bn("শিরোনাম\nস্থানীয়দের সঙ্গে কথা বলে জানা গেছে, প্রায় সব সভাতেই সড়ক সংস্কারের দাবি করে আসছেন "
             "চেয়ারম্যান রহিম উদ্দিন।")
    learnt, claim = doc.statements
    assert claim.nested_in == learnt.id and "রহিম উদ্দিন" in claim.speaker.text
    assert claim.content.text == "প্রায় সব সভাতেই সড়ক সংস্কারের"


def test_anothers_speech_inside_a_quotation_is_nested_in_it(bn) -> None:
    doc = bn("শিরোনাম\nরহিম উদ্দিন বলেন, ‘ডাক্তার বলেছেন, অস্ত্রোপচার লাগবে।’")
    quote, inner = doc.statements
    assert inner.speaker.text == "ডাক্তার" and inner.nested_in == quote.id
    assert inner.content.text == "অস্ত্রোপচার লাগবে" and quote.nested_in is None
    # the quotation's own statement may come after it
    doc = bn("শিরোনাম\n‘ডাক্তার বলেছেন, অস্ত্রোপচার লাগবে,’ বলেন রহিম উদ্দিন।")
    inner, quote = doc.statements
    assert inner.nested_in == quote.id and quote.nested_in is None and "রহিম" in quote.speaker.text
    # the quoting speaker's own verdict (", যা …") is not part of the words reported
    doc = bn("শিরোনাম\nরহিম উদ্দিন বলেন, ‘তাঁরা প্রচার করছেন, আমি টাকা নিয়েছি, যা সম্পূর্ণ মিথ্যা কথা।’")
    quote, inner = doc.statements
    assert inner.nested_in == quote.id and inner.content.text == "আমি টাকা নিয়েছি"
    # a pronoun inside another's words is not whoever spoke last
    doc = bn("শিরোনাম\nপ্রার্থী রহিম উদ্দিন বলেন, ‘কিন্তু এখন তাঁরা বলছেন, আসনটি অন্য প্রার্থীকে দেওয়া হয়েছে।’")
    quote, inner = doc.statements
    assert inner.nested_in == quote.id and inner.speaker.entity is None


def test_inside_a_quotation_the_speakers_own_words_and_idle_talk_are_no_statements(bn) -> None:
    for text in ("রহিম উদ্দিন বলেন, ‘আমি আগেও বলেছি, দুর্নীতি চলবে না।’",
                 "রহিম উদ্দিন বলেন, ‘মানুষ যা কিছু বলছে, তা আবেগের কথা।’",
                 "রহিম উদ্দিন বলেন, ‘সোশ্যাল মিডিয়ায় কে কী বলছে, তা দেখে লাভ নেই।’",
                 "রহিম উদ্দিন বলেন, ‘মন্ত্রীর সঙ্গে কথা বলেছি, সমাধান হবে।’"):
        assert len(bn("শিরোনাম\n" + text).statements) == 1, text


def test_the_cited_source_named_again_speaks_inside_the_same_report(bn) -> None:
    doc = bn("শিরোনাম\nপুলিশের এক কর্মকর্তার বরাতে বার্তা সংস্থা রয়টার্স জানায়, সংঘর্ষে দুজন নিহত হয়েছেন। "
             "ওই কর্মকর্তা বলেন, পরিস্থিতি এখন নিয়ন্ত্রণে।")
    reporter, cited, again = doc.statements
    assert cited.nested_in == reporter.id and again.nested_in == reporter.id
    assert again.speaker.anonymous and again.speaker.entity is None  # not Reuters


def test_learnt_through_a_source_names_it(bn) -> None:
    s = only(bn("শিরোনাম\nকোস্টগার্ডের বরাতে জানা গেছে, ভোরে মেঘনায় একটি ট্রলার ডুবে যায়।"))
    assert s.speaker.text == "কোস্টগার্ডের" and s.cue == "বরাতে জানা গেছে"
    assert s.content.text == "ভোরে মেঘনায় একটি ট্রলার ডুবে যায়"


def test_a_report_crediting_a_source_before_its_passive_verb_carries_it(bn) -> None:
    doc = bn("শিরোনাম\nআল-জাজিরার প্রতিবেদনে গাজার স্বাস্থ্য কর্তৃপক্ষের বরাত দিয়ে বলা হয়েছে, হামলায় ২০ জন নিহত হয়েছেন।")
    report, cited = doc.statements
    assert report.speaker.text == "আল-জাজিরার" and cited.nested_in == report.id
    assert "স্বাস্থ্য কর্তৃপক্ষের" in cited.speaker.text and cited.content.text == report.content.text
    # with no report named, the source credited is the speaker
    s = only(bn("শিরোনাম\nজাতিসংঘের এক জরিপের বরাত দিয়ে বলা হয়েছে, দেশে শিশুশ্রম কমেছে।"))
    assert "জরিপের" in s.speaker.text and s.nested_in is None


def test_news_credited_after_the_fact_through_a_source_is_a_chain(bn) -> None:
    doc = bn("শিরোনাম\nবন্দর আগামী সপ্তাহে খুলে দেওয়া হবে। দুটি কূটনৈতিক সূত্রের বরাতে রয়টার্স এই খবর জানিয়েছে।")
    reporter, cited = doc.statements
    assert reporter.speaker.text == "রয়টার্স" and reporter.content.text == "বন্দর আগামী সপ্তাহে খুলে দেওয়া হবে"
    assert cited.nested_in == reporter.id and cited.speaker.anonymous


def test_an_outlet_told_before_the_speaker_carries_the_statement(bn) -> None:
    doc = bn("শিরোনাম\nবার্তা সংস্থা এএফপিকে দেশটির এক কর্মকর্তা বলেন, আলোচনা ভেস্তে গেছে।")
    s = only(doc)
    afp = next(e for e in doc.entities if e.name == "AFP")
    assert s.speaker.text == "দেশটির এক কর্মকর্তা" and s.nested_in == afp.id
    doc = bn("শিরোনাম\nরয়টার্সকে দেওয়া এক সাক্ষাৎকারে মন্ত্রী আনিসুল হক বলেন, নতুন আইন হবে।")
    assert "আনিসুল হক" in only(doc).speaker.text and only(doc).nested_in is not None
    # the home paper told carries nothing
    s = only(bn("শিরোনাম\nপ্রথম আলোকে মন্ত্রী আনিসুল হক বলেন, নতুন আইন হবে।"))
    assert s.speaker.text == "মন্ত্রী আনিসুল হক" and s.nested_in is None


@pytest.mark.parametrize("talk", ["এক সাক্ষাৎকারে", "আলাপকালে", "কথা বলার সময়"])
def test_an_interview_with_an_outlet_before_the_speaker_carries_the_statement(bn, talk: str) -> None:
    # "রয়টার্সের সঙ্গে এক সাক্ষাৎকারে X বলেন" is told to Reuters: nested in it, as "রয়টার্সকে" is
    doc = bn(f"শিরোনাম\nরয়টার্সের সঙ্গে {talk} দেশটির পররাষ্ট্রমন্ত্রী করিম উদ্দিন বলেন, আলোচনার দরজা খোলা আছে।")
    s = only(doc)
    reuters = next(e for e in doc.entities if e.name == "Reuters")
    assert s.speaker.text == "দেশটির পররাষ্ট্রমন্ত্রী করিম উদ্দিন" and s.nested_in == reuters.id
    # an outlet of two words, its last in the genitive
    doc = bn(f"শিরোনাম\nবিবিসি বাংলার সঙ্গে {talk} করিম উদ্দিন বলেন, আলোচনার দরজা খোলা আছে।")
    assert only(doc).nested_in == next(e for e in doc.entities if e.name == "BBC Bangla").id
    # a home paper carries nothing; nor does a talk with a party
    assert only(bn(f"শিরোনাম\nপ্রথম আলোর সঙ্গে {talk} করিম উদ্দিন বলেন, দরজা খোলা আছে।")).nested_in is None
    assert only(bn("শিরোনাম\nবিএনপির সঙ্গে আলোচনার পর করিম উদ্দিন বলেন, দরজা খোলা আছে।")).nested_in is None


def test_an_agency_whose_name_ends_like_a_locative_still_reports(bn) -> None:
    # "ইন্ডিয়া টুডে" ends as "জাগো নিউজে" does, but it is the name itself: the reporter, not one told
    doc = bn("শিরোনাম\nকয়েকটি প্রতিরক্ষা সূত্রের বরাতে ইন্ডিয়া টুডে জানিয়েছে, দুটি যুদ্ধবিমান প্রস্তুত রাখা হয়।")
    reporter, cited = doc.statements
    assert reporter.speaker.text == "ইন্ডিয়া টুডে" and cited.nested_in == reporter.id


@pytest.mark.parametrize(("outlet", "told", "relays"), [("AFP", "এএফপিকে", True), ("Prothom Alo", "প্রথম আলোকে", False)])
def test_an_outlet_told_is_read_the_same_before_and_after_the_speaker(bn, outlet: str, told: str,
                                                                      relays: bool) -> None:
    # one check (`_told`) for both places: the speaker without the outlet, and the statement
    # nested in the outlet exactly when it relays (a foreign agency), never in a home paper
    for text in (f"শিরোনাম\n{told} সংস্থার মুখপাত্র করিম উদ্দিন বলেন, চুক্তি সই হবে।",
                 f"শিরোনাম\nসংস্থার মুখপাত্র করিম উদ্দিন {told} বলেন, চুক্তি সই হবে।"):
        doc = bn(text)
        s = only(doc)
        assert s.speaker.text == "সংস্থার মুখপাত্র করিম উদ্দিন", text
        ids = [e.id for e in doc.entities if e.name == outlet]
        assert ids, [e.name for e in doc.entities]
        assert s.nested_in == (ids[0] if relays else None), text


@pytest.mark.parametrize(("did", "promised"), [("করেন", "দেন"), ("করেছেন", "দিয়েছেন")])
def test_a_clause_ending_in_a_finite_verb_before_the_cue_leaves_its_subject_the_speaker(bn, did: str,
                                                                                        promised: str) -> None:
    # "তিনি … পরিশোধ করেন এবং প্রতিশ্রুতি দেন": the bare -েন counts as finite here (text.toml
    # [verbs] finite_endings), so the speaker is তিনি, not the whole clause before the cue
    from ukti.lang import load_pack
    from ukti.stages.statements import _lex

    assert _lex("bn").finite_endings == tuple(load_pack("bn").table("text")["verbs"]["finite_endings"])
    doc = bn(f"শিরোনাম\nকরিম উদ্দিন সভায় আসেন। তিনি আগেই চাঁদা পরিশোধ {did} এবং প্রতিশ্রুতি {promised}, নতুন ভবন হবে।")
    s = only(doc)
    assert s.speaker.text == "তিনি" and s.content.text == "নতুন ভবন হবে"
    assert s.speaker.entity == next(e.id for e in doc.entities if e.name == "Karim Uddin")


def test_that_countrys_people_are_not_the_last_organisation_or_the_home_police(bn) -> None:
    doc = bn("শিরোনাম\nআল-জাজিরার খবরে বলা হয়, দেশটির স্বাস্থ্যমন্ত্রী বলেছেন, হাসপাতালে ওষুধ নেই।")
    assert doc.statements[-1].speaker.text == "দেশটির স্বাস্থ্যমন্ত্রী" and doc.statements[-1].speaker.entity is None
    doc = bn("শিরোনাম\nসুইডেনে ঝড়ে বহু গাছ ভেঙে পড়েছে। দেশটির পুলিশ জানিয়েছে, দুজন নিহত হয়েছেন।")
    assert only(doc).speaker.entity is None
    assert not any(e.name == "Bangladesh Police" for e in doc.entities)


def test_an_idiom_is_no_cue_and_a_pointer_attributes_what_came_before(bn) -> None:
    doc = bn("শিরোনাম\nসংগঠনের সভাপতি রহিম উদ্দিন বলেন, আমরা অনেক ত্যাগ স্বীকার করেছি। এবার বিজয় আসবে।")
    assert [s.cue for s in doc.statements] == ["বলেন", ""]
    doc = bn("শিরোনাম\nনদীভাঙন ঠেকাতে স্থায়ী বাঁধ দরকার। দেরি হলে গ্রাম বিলীন হবে। গবেষণা সংস্থাটি এই অভিমত দিয়েছে।")
    assert [s.content.text for s in doc.statements] == ["নদীভাঙন ঠেকাতে স্থায়ী বাঁধ দরকার", "দেরি হলে গ্রাম বিলীন হবে"]
    assert all(s.cue == "এই অভিমত দিয়েছে" for s in doc.statements)


def test_an_act_reported_with_its_object_does_not_run_on(bn) -> None:
    doc = bn("শিরোনাম\nইউপি চেয়ারম্যান মোস্তফা কামাল তাঁর বিরুদ্ধে আনা অভিযোগ অস্বীকার করেন। গ্রামে এখন শান্তি আছে।")
    assert [s.stance for s in doc.statements] == ["deny"]


def test_a_report_named_in_the_locative_is_the_source_of_a_passive_cue(bn) -> None:
    doc = bn("শিরোনাম\nমামলার এজাহারে বলা হয়, আসামিরা রাতে দোকানে ঢোকেন। তাঁরা নগদ টাকা নিয়ে যান।")
    first, second = doc.statements
    assert first.cue == "বলা হয়" and second.speaker == first.speaker
    assert second.content.text == "তাঁরা নগদ টাকা নিয়ে যান"


def test_an_allegation_nobody_makes_and_a_thing_pointed_at_are_no_statements(bn) -> None:
    assert bn("শিরোনাম\nস্কুলে আগুন লাগে। বিষয়টি নাশকতা বলে অভিযোগ উঠেছে।").statements == []
    assert bn("শিরোনাম\nঘটনাটি নিশ্চিত করেছেন সদর থানার ওসি মাহমুদুল হাসান।").statements == []


def test_this_leader_is_the_person_just_named(bn) -> None:
    doc = bn("শিরোনাম\nজেলা বিএনপির সভাপতি রফিকুল আলম বলেন, আমরা নির্বাচনে যাব। "
             "পরে দলের এই জ্যেষ্ঠ নেতা বলেন, প্রচার শুরু হবে শুক্রবার।")
    first, later = doc.statements
    assert later.speaker.text == "দলের এই জ্যেষ্ঠ নেতা" and later.speaker.entity == first.speaker.entity is not None


def test_a_given_name_in_a_case_form_is_no_foreign_place(bn) -> None:
    doc = bn("শিরোনাম\nসহকারী সেক্রেটারি জেনারেল এহসানুল মাহবুব জুবায়ের বলেন, আলোচনা চলছে।")
    assert not any(e.type == "LOC" for e in doc.entities)


def test_speech_stops_where_the_reporter_names_the_speaker(bn) -> None:
    doc = bn("শিরোনাম\nসংসদ সদস্য রহিম উদ্দিন বলেন, সেতুর কাজ শেষ হবে। তবে খরচ কত বাড়বে, তা জানেন না রহিম উদ্দিন।")
    assert [s.content.text for s in doc.statements] == ["সেতুর কাজ শেষ হবে"]


def test_a_column_in_its_authors_voice_is_not_the_last_speakers(bn) -> None:
    doc = bn("শিরোনাম\nআমি ছোটবেলায় গ্রামে বড় হয়েছি। আমাদের নদী তখন চওড়া ছিল। "
             "অর্থনীতিবিদ রহিম উদ্দিন বলেন, নদী দখল বেড়েছে। আমার মনে হয়, আমরা নদীকে ভুলে গেছি।")
    assert [s.content.text for s in doc.statements] == ["নদী দখল বেড়েছে"]


def test_the_one_addressed_is_not_the_subject_of_an_object_cue(bn) -> None:
    doc = bn("শিরোনাম\nজেলা প্রশাসক রহিম উদ্দিন ঠিকাদারকে দ্রুত কাজ শেষ করার নির্দেশ দেন।")
    s = only(doc)
    assert s.speaker.text == "জেলা প্রশাসক রহিম উদ্দিন" and s.stance == "other"
    assert s.content.text.startswith("ঠিকাদারকে")


def test_a_clock_time_is_the_reporter_telling_when(bn) -> None:
    doc = bn("শিরোনাম\nওসি মাহমুদুল হাসান বলেন, শিশুটি নদীতে পড়ে যায়। রাত ৯টার দিকে ডুবুরিরা লাশ উদ্ধার করেন।")
    assert [s.content.text for s in doc.statements] == ["শিশুটি নদীতে পড়ে যায়"]
    # and from when until when: "বেলা ১১টা থেকে দুপুর ১টা পর্যন্ত চলে বৈঠক"
    doc = bn("শিরোনাম\nসচিব নাসির উদ্দিন বলেন, প্রকল্পের কাজ দ্রুত শেষ করতে হবে। বেলা ১১টা থেকে দুপুর ১টা পর্যন্ত চলে বৈঠক।")
    assert [s.content.text for s in doc.statements] == ["প্রকল্পের কাজ দ্রুত শেষ করতে হবে"]


def test_a_fiscal_year_range_is_no_dateline(bn) -> None:
    doc = bn("শিরোনাম\nরাজস্ব বোর্ড সূত্রে জানা যায়, ২০২৪-২০২৫ অর্থবছরে চিনি আমদানি বেড়েছে।")
    assert only(doc).content.text.startswith("২০২৪-২০২৫ অর্থবছরে")


def test_an_object_that_points_elsewhere_and_a_team_beaten_are_no_statements(bn) -> None:
    assert bn("শিরোনাম\nপ্রেসিডেন্ট রহিম উদ্দিন জাতীয় দিবসের এক অনুষ্ঠানে এই ঘোষণা দেন।").statements == []
    assert bn("শিরোনাম\nপ্রথম ম্যাচে তারা চট্টগ্রামকে উড়িয়ে দিয়েছে।").statements == []


def test_a_pronoun_skips_a_person_no_list_backs(bn) -> None:
    # whatever the tagger makes of an ordinary phrase, তিনি goes back to the named official
    doc = bn("শিরোনাম\nথানার ওসি মনিরুজ্জামান বলেন, তদন্ত চলছে। রিকশায় উঠার পর ঘটনাটি ঘটে। "
             "পরে তিনি বলেন, দুজনকে আটক করা হয়েছে।")
    first, *_, last = doc.statements
    assert last.speaker.text == "তিনি" and last.speaker.entity == first.speaker.entity is not None


def test_speech_stops_at_the_reporters_account_of_the_speaker(bn) -> None:
    doc = bn("শিরোনাম\nকাউন্সিলর আনোয়ার হোসেন বলেন, মার্কেটটি বৈধভাবে নেওয়া হয়েছে। "
             "মামলা চলার সময় তা দখলে নেওয়া যায় কি না, সে প্রশ্নের উত্তর দিতে পারেননি তিনি।")
    assert [s.content.text for s in doc.statements] == ["মার্কেটটি বৈধভাবে নেওয়া হয়েছে"]


def test_after_the_fact_reaches_back_a_few_sentences_only(bn) -> None:
    doc = bn("শিরোনাম\nশহরে নতুন সেতু হয়েছে। সেতুতে চারটি লেন আছে। যানজট কমবে। ভাড়া কমবে। ব্যবসা বাড়বে। "
             "এ কথা বলেন মেয়র রহিম উদ্দিন।")
    assert [s.content.text for s in doc.statements] == ["যানজট কমবে", "ভাড়া কমবে", "ব্যবসা বাড়বে"]


def test_the_subject_of_a_clause_before_the_cue_is_the_speaker(bn) -> None:
    doc = bn("শিরোনাম\nআলজিন বলছেন, তিনি আগেই ফি পরিশোধ করেন এবং প্রতিশ্রুতি দেন যে প্রতি মাসে আরও টাকা দেবেন।")
    promise = next(s for s in doc.statements if s.cue == "প্রতিশ্রুতি দেন")
    assert promise.speaker.text == "তিনি"


def test_a_pointer_opening_a_paragraph_attributes_the_paragraph_before(bn) -> None:
    doc = bn("শিরোনাম\nনদীভাঙন ঠেকাতে স্থায়ী বাঁধ দরকার। দেরি হলে গ্রাম বিলীন হবে।\n"
             "টিআইবি নদী প্রসঙ্গে তাদের সদ্য প্রকাশিত প্রতিবেদনে এই অভিমত দিয়েছে।")
    assert [s.content.text for s in doc.statements] == ["নদীভাঙন ঠেকাতে স্থায়ী বাঁধ দরকার", "দেরি হলে গ্রাম বিলীন হবে"]
    assert all(s.speaker.text == "টিআইবি" for s in doc.statements)


def test_what_was_announced_inside_speech_is_still_the_speakers(bn) -> None:
    doc = bn("শিরোনাম\nঅর্থনীতিবিদ রহিম উদ্দিন বলেন, অর্থ ফেরত আনা কঠিন। সম্প্রতি জানানো হয়েছে, কিছু অর্থ জব্দ হয়েছে। "
             "তবে প্রশ্ন আস্থাবর্ধক নয়।")
    assert len(doc.statements) == 3 and all(s.speaker.text.endswith("রহিম উদ্দিন") for s in doc.statements)


def test_a_group_before_a_thinking_cue_holds_the_view_after_it(bn) -> None:
    doc = bn("শিরোনাম\nকূটনৈতিক মহল মনে করে দুই দেশের সম্পর্ক এখন আগের চেয়ে অনেক বেশি স্থিতিশীল হয়েছে।")
    s = only(doc)
    assert s.speaker.text == "কূটনৈতিক মহল" and s.speaker.anonymous
    assert s.content.text.startswith("দুই দেশের সম্পর্ক")


def test_an_officer_before_the_occasion_is_the_speaker(bn) -> None:
    doc = bn("শিরোনাম\nপুলিশ কমিশনার সাংবাদিকদের প্রশ্নের জবাবে বলেন, থানার কাজ স্বাভাবিক হতে সময় লাগবে।")
    assert only(doc).speaker.text == "পুলিশ কমিশনার"


def test_a_denial_and_a_claim_joined_by_and_are_two_statements(bn) -> None:
    doc = bn("শিরোনাম\nভূমিকা নিয়ে প্রশ্ন করা হলে ঠিকাদার রহিম উদ্দিন অস্বীকার করেন যে তিনি ঘুষ নিয়েছেন "
             "এবং দাবি করেন তাঁকে ফাঁসানো হয়েছে।")
    deny, claim = doc.statements
    assert deny.speaker.text == claim.speaker.text == "ঠিকাদার রহিম উদ্দিন"
    assert (deny.stance, deny.content.text) == ("deny", "তিনি ঘুষ নিয়েছেন")
    assert (claim.stance, claim.content.text) == ("claim", "তাঁকে ফাঁসানো হয়েছে")


def test_an_unnamed_source_after_the_fact(bn) -> None:
    doc = bn("শিরোনাম\nচলতি মাসে রিজার্ভ আরও কমেছে। আমদানি দায় মেটাতে ডলার বিক্রি বেড়েছে।\n"
             "কেন্দ্রীয় ব্যাংক সূত্রে এ তথ্য জানা গেছে।")
    assert [s.content.text for s in doc.statements] == ["চলতি মাসে রিজার্ভ আরও কমেছে", "আমদানি দায় মেটাতে ডলার বিক্রি বেড়েছে"]
    assert all(s.speaker.anonymous and "সূত্রে" in s.speaker.text for s in doc.statements)


def test_told_to_the_publishing_outlet_is_the_reporters_own(tmp_path) -> None:
    from ukti import analyze

    text = "শিরোনাম\nপররাষ্ট্রমন্ত্রী হাসান মাহমুদ বিবিসিকে বলেন, আলোচনা চলছে।\n"
    own = tmp_path / "bbcbangla-talks.txt"
    own.write_text(text, encoding="utf-8")
    other = tmp_path / "prothomalo-talks.txt"
    other.write_text(text, encoding="utf-8")
    assert analyze(own).outlet == "BBC Bangla" and only(analyze(own)).nested_in is None
    assert only(analyze(other)).nested_in is not None


def test_one_named_so_is_the_speaker_not_the_noun_after_the_name(bn) -> None:
    doc = bn("শিরোনাম\nসদর উপজেলার মিজানুর রহমান নামের এক কৃষক বলেন, এবার ধানের দাম কম।")
    s = only(doc)
    assert s.speaker.text == "মিজানুর রহমান" and s.speaker.entity is not None


def test_an_earlier_speech_the_speaker_recounts_is_nested(bn) -> None:
    doc = bn("শিরোনাম\nবোর্ড পরিচালক নাসির উদ্দিন জানান, তিনি নিজে দুই খেলোয়াড়ের সঙ্গে কথা বলেছেন এবং তাদের কাছে "
             "জানতে চেয়েছিলেন, তারা কেন এমন কাজ করেছিল?")
    outer = next(s for s in doc.statements if s.cue == "জানান")
    inner = next(s for s in doc.statements if s.cue == "জানতে চেয়েছিলেন")
    assert inner.nested_in == outer.id and outer.nested_in is None


@pytest.mark.parametrize("text", [
    "শিরোনাম\nসভাপতি যখন শিক্ষকের নাম উল্লেখ করে প্রশ্ন করেন, তখনই পরিবেশ বদলে যায়।",
    "শিরোনাম\nযেহেতু একটি দল নির্বাচন প্রতিহত করার ঘোষণা দিয়েছে, এ জন্য পুলিশ সতর্ক থাকবে।",
    "শিরোনাম\nদলটি যেখানে ভোট বর্জনের আহ্বান করছে, সেখানে ভোটকেন্দ্রে যাওয়ার প্রশ্নই ওঠে না।",
])
def test_a_cue_in_a_subordinate_clause_has_no_content_after_its_comma(bn, text: str) -> None:
    assert all(not s.content.text.startswith(("তখনই", "এ জন্য", "সেখানে", "পরিবেশ", "পুলিশ", "ভোটকেন্দ্রে"))
               for s in bn(text).statements)


def test_where_and_although_may_still_introduce_speech(bn) -> None:
    doc = bn("শিরোনাম\nএ খাত কতটা ঘুরে দাঁড়াবে, যেখানে খোদ গভর্নর বলছেন, অর্থ ফেরাতে পাঁচ বছর লাগবে।")
    assert any(s.content.text == "অর্থ ফেরাতে পাঁচ বছর লাগবে" for s in doc.statements)
    doc = bn("শিরোনাম\nযদিও প্রেস সচিব রফিক আহমেদ জানিয়েছেন, শপথের দিনক্ষণ চূড়ান্ত হয়নি।")
    assert only(doc).content.text == "শপথের দিনক্ষণ চূড়ান্ত হয়নি"


def test_speech_that_runs_on_carries_a_call_reported_in_its_subordinate_clause(bn) -> None:
    doc = bn("শিরোনাম\nস্থানীয় ভোটার জালাল উদ্দীন বলেন, তিনি ভোট দিতে যাবেন না। কারণ, জাতীয় পার্টি যেখানে এ নির্বাচন "
             "বর্জনের আহ্বান করছে, সেখানে ভোটকেন্দ্রে যাওয়ার প্রশ্নই ওঠে না।")
    said, call, runs_on = (next(s for s in doc.statements if s.cue == "বলেন"),
                           next(s for s in doc.statements if s.cue == "আহ্বান করছে"),
                           next(s for s in doc.statements if s.cue == ""))
    assert runs_on.speaker.entity == said.speaker.entity and runs_on.content.text.endswith("প্রশ্নই ওঠে না")
    assert call.nested_in == runs_on.id and call.content.text == "এ নির্বাচন বর্জনের"


def test_a_request_given_as_a_cause_is_nested_in_the_claim_that_reports_it(bn) -> None:
    doc = bn("শিরোনাম\nপ্রার্থী রফিকুল ইসলামের দাবি, প্রধানমন্ত্রী স্বয়ং আবদুল করিমকে তাঁর পক্ষে কাজ করতে বলায় "
             "করিম তাঁকে সমর্থন দিয়েছেন।")
    claim = next(s for s in doc.statements if s.cue == "দাবি")
    request = next(s for s in doc.statements if s.cue == "বলায়")
    assert request.speaker.text == "প্রধানমন্ত্রী" and request.stance == "other"
    assert request.nested_in == claim.id and "কাজ করতে" in request.content.text


def test_speech_that_runs_on_from_an_unnamed_sources_pronoun_is_that_sources(bn) -> None:
    doc = bn("শিরোনাম\nমন্ত্রণালয়ের ঊর্ধ্বতন এক কর্মকর্তা জানান, আলোচনা চলছে। তিনি বলেন, চুক্তি এখনো সই হয়নি। "
             "এতে আরও সময় লাগবে।")
    runs_on = next(s for s in doc.statements if s.cue == "")
    assert runs_on.speaker.anonymous and runs_on.speaker.text.endswith("এক কর্মকর্তা")


@pytest.mark.parametrize(("text", "speaker"), [
    ("শিরোনাম\nকমডোর আরিফ আহমেদ কর্মকর্তা-কর্মচারীদের উদ্দেশে বলেন, সবাইকে সতর্ক থাকতে হবে।", "কমডোর আরিফ আহমেদ"),
    ("শিরোনাম\nদলের নির্বাহী পরিষদ সদস্য মোবারক হোসাইন তার ফেসবুক আইডিতে লেখেন, নির্বাচন হবে।",
     "দলের নির্বাহী পরিষদ সদস্য মোবারক হোসাইন"),
    ("শিরোনাম\nমানবাধিকার সংস্থা অ্যামনেস্টি ইন্টারন্যাশনাল ভিডিওটি বিশ্লেষণ করে বলেছে, গুলি চালানো হয়েছিল।",
     "মানবাধিকার সংস্থা অ্যামনেস্টি ইন্টারন্যাশনাল"),
])
def test_what_trails_the_speaker_before_the_cue_is_cut(bn, text: str, speaker: str) -> None:
    assert only(bn(text)).speaker.text == speaker


def test_a_cue_in_a_relative_clause_is_no_statement_of_its_own(bn) -> None:
    doc = bn("শিরোনাম\nবিশ্লেষক রফিক আহমেদের মতে, মন্ত্রী বারবার যে বন্ধুত্বের উল্লেখ করেন, কূটনীতিতে তা অর্থহীন।")
    s = only(doc)
    assert s.cue == "মতে" and s.content.text.endswith("কূটনীতিতে তা অর্থহীন")


def test_a_participle_cue_leads_to_the_verb_that_attributes(bn) -> None:
    doc = bn("শিরোনাম\nসোমবার বিষয়টি নিশ্চিত করে বন্দর কর্তৃপক্ষ জানিয়েছে, নতুন চেয়ারম্যান দায়িত্ব নিয়েছেন।")
    s = only(doc)
    assert s.speaker.text == "বন্দর কর্তৃপক্ষ" and s.content.text == "নতুন চেয়ারম্যান দায়িত্ব নিয়েছেন"


def test_people_rejected_are_no_claim_denied(bn) -> None:
    doc = bn("শিরোনাম\nতিনি আরো বলেছিলেন, নির্বাচনে ভোটাররা ক্ষমতাসীনদের ছাড়া আর সবাইকে প্রত্যাখ্যান করেছে।")
    s = only(doc)
    assert s.speaker.text == "তিনি" and s.stance != "deny"


def test_a_press_conference_after_the_speaker_is_cut_whole(bn) -> None:
    assert only(bn("শিরোনাম\nদলের মহাসচিব সংবাদ সম্মেলনে বলেন, ভোট সময়মতো হবে।")).speaker.text == "দলের মহাসচিব"


def test_a_report_named_only_by_a_determiner_is_the_source_itself(bn) -> None:
    doc = bn("শিরোনাম\nএকটি মার্কিন দৈনিক খবরটি প্রকাশ করে। ওই প্রতিবেদনে বলা হয়েছে, আলোচনা ভেঙে গেছে।")
    s = next(s for s in doc.statements if s.cue == "বলা হয়েছে")
    assert s.speaker.text == "ওই প্রতিবেদনে"


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("শিরোনাম\nপাকিস্তান দীর্ঘদিন ধরে স্বাধীন ফিলিস্তিন রাষ্ট্র গঠনের আহ্বান জানিয়ে আসছে, যার রাজধানী হবে জেরুজালেম।",
     "পাকিস্তান", "দীর্ঘদিন ধরে স্বাধীন ফিলিস্তিন রাষ্ট্র গঠনের"),
    ("শিরোনাম\nমন্ত্রী রফিক আহমেদ নতুন প্রকল্প দ্রুত শেষ করার নির্দেশ দিয়েছেন, যাতে বর্ষার আগে কাজ শেষ হয়।",
     "মন্ত্রী রফিক আহমেদ", "নতুন প্রকল্প দ্রুত শেষ করার"),
])
def test_a_relative_clause_after_an_object_cue_is_no_speech(bn, text: str, speaker: str, content: str) -> None:
    s = only(bn(text))
    assert s.speaker.text == speaker and s.content.text == content


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("শিরোনাম\nএ সময় তিনি নির্বাচন অবাধ ও সুষ্ঠু হবে বলে প্রত্যাশা করেন।", "তিনি", "নির্বাচন অবাধ ও সুষ্ঠু হবে"),
    ("শিরোনাম\nমন্ত্রী রফিক আহমেদ সংকট শিগগির কাটবে বলে আশা প্রকাশ করেন।", "মন্ত্রী রফিক আহমেদ", "সংকট শিগগির কাটবে"),
    # a name whose last word ends as a genitive does and is the name itself
    ("শিরোনাম\nমেয়র জাহাঙ্গীর আলমগীর নির্বাচন সুষ্ঠু হবে বলে আশা প্রকাশ করেন।", "মেয়র জাহাঙ্গীর আলমগীর",
     "নির্বাচন সুষ্ঠু হবে"),
    # a body's or country's officer: the body in the genitive before the title
    ("শিরোনাম\nবিএনপির মহাসচিব রফিক আহমেদ ভোট সুষ্ঠু হবে বলে জানান।", "বিএনপির মহাসচিব রফিক আহমেদ", "ভোট সুষ্ঠু হবে"),
    ("শিরোনাম\nএ মন্তব্যের প্রতিক্রিয়ায় গত রোববার বাংলাদেশের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র রফিক আহমেদ "
     "অভিযোগটিকে ভিত্তিহীন বলে প্রত্যাখ্যান করেন।",
     "বাংলাদেশের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র রফিক আহমেদ", "অভিযোগটিকে ভিত্তিহীন"),
    # a title in what capacity is not the subject
    ("শিরোনাম\nছাত্রলীগের সভাপতি হিসেবে তিনি নৌকার পক্ষে কাজ করছেন বলে জানান।", "তিনি", "নৌকার পক্ষে কাজ করছেন"),
    # nor is a title inside a body's name
    ("শিরোনাম\nতারা প্রধান উপদেষ্টার কার্যালয় ঘেরাও করতে বাধ্য হবেন বলে হুঁশিয়ারি দিয়েছেন।", "তারা",
     "প্রধান উপদেষ্টার কার্যালয় ঘেরাও করতে বাধ্য হবেন"),
])
def test_the_subject_before_the_content_of_a_complementiser_cue(bn, text: str, speaker: str, content: str) -> None:
    s = only(bn(text))
    assert s.speaker.text == speaker and s.content.text == content


def test_a_title_of_someone_named_in_the_genitive_is_not_the_subject(bn) -> None:
    # whose son speaks is no speaker: better no statement than the party's leader for his son
    doc = bn("শিরোনাম\nবিএনপির নেতা করিমের ছেলে রাকিব ভোট সুষ্ঠু হবে বলে জানান।")
    assert not any(s.speaker.text == "বিএনপির নেতা" for s in doc.statements)


def test_a_group_in_the_nominative_plural_demands_and_the_place_before_it_is_cut(bn) -> None:
    s = only(bn("শিরোনাম\nচট্টগ্রামে বিক্ষোভকারীরা অবিলম্বে দোষীদের শাস্তির দাবি জানান।"))
    assert s.speaker.text == "বিক্ষোভকারীরা" and s.content.text == "অবিলম্বে দোষীদের শাস্তির"


def test_they_after_a_group_just_named_is_that_group(bn) -> None:
    doc = bn("শিরোনাম\nশিক্ষা উপদেষ্টা রফিক আহমেদ সাংবাদিকদের বলেন, শিক্ষক-কর্মচারীরা সেই প্রস্তাবে রাজি নন। "
             "তাঁরা বলেছেন, এখন ১০ শতাংশ দিতে হবে।")
    they = next(s for s in doc.statements if s.speaker.text == "তাঁরা")
    assert they.speaker.entity is None and they.speaker.anonymous


def test_he_after_a_speaker_without_a_linked_name_is_that_speaker(bn) -> None:
    doc = bn("শিরোনাম\nসভায় মেয়র আবদুল করিম উপস্থিত ছিলেন। জানতে চাইলে নগর পুলিশ কমিশনার কৃষ্ণপদ রায় বলেন, "
             "সব কেন্দ্রে পুলিশ থাকবে। তিনি আরও বলেন, ঝুঁকিপূর্ণ কেন্দ্রে বাড়তি নজর থাকবে।")
    karim = next(e for e in doc.entities if "করিম" in e.mentions[0].text)
    he = next(s for s in doc.statements if s.speaker.text == "তিনি")
    assert he.speaker.entity != karim.id


def test_the_speakers_talk_spoken_of_in_the_third_person_is_narration(bn) -> None:
    doc = bn("শিরোনাম\nস্থানীয় অনেকের ভাষ্য, প্রার্থী দুই দিকেই ভোট টানতে চাইছেন। তবে তাঁর এ ধরনের কথাবার্তায় "
             "দলের অনেকের মধ্যে ক্ষোভ বিরাজ করছে।")
    assert all("ক্ষোভ" not in s.content.text for s in doc.statements)


def test_background_in_the_past_after_first_person_speech_is_narration(bn) -> None:
    doc = bn("শিরোনাম\nসাবেক মন্ত্রী রফিক আহমেদ বলেন, আমাকে বলা হয়েছিল, সই করলে আমি ক্ষমতায় থাকতে পারব। "
             "শিক্ষার্থীদের আন্দোলন আগস্টের শুরুতে সরকার পতনের আন্দোলনে পরিণত হয়।")
    assert all("আন্দোলনে পরিণত" not in s.content.text for s in doc.statements)


def test_stray_zero_width_non_joiners_do_not_hide_a_cue(bn) -> None:
    s = only(bn("শিরোনাম\nসাক্ষাতের কথা স্মরণ করে মো\u200cদি ব\u200cলে\u200cছেন, দুই দেশের সম্পর্ক এগিয়ে যাবে।"))
    assert s.cue == "বলেছেন" and s.speaker.text == "মোদি"


def test_a_place_in_the_locative_is_no_subject_and_a_manner_phrase_no_content(bn) -> None:
    s = only(bn("শিরোনাম\nএক্সে দেওয়া পোস্টে মোদি তার অবদান চিরকাল স্মরণীয় থাকবে বলে উল্লেখ করেছেন।"))
    assert s.speaker.text == "মোদি"
    assert not bn("শিরোনাম\nএ সময় নেতাকর্মীরা তাদের ফুল দিয়ে শুভেচ্ছা জানান।").statements


def test_a_first_person_word_is_never_the_speaker(bn) -> None:
    doc = bn("শিরোনাম\nনাট্যকার রফিক আহমেদ বলেন, ‘নাটকটি মানুষের কথা বলে। আমাদের দল জানিয়েছে, প্রদর্শনী চলবে।")
    assert all(s.speaker.text != "আমাদের" for s in doc.statements)


def test_a_comment_before_the_cue_and_speech_after_its_comma(bn) -> None:
    s = only(bn("শিরোনাম\nউপদেষ্টা রফিক আহমেদ ওই নেতার বক্তব্যকে ‘রাজনৈতিক’ বলে মন্তব্য করে বলেছেন, "
                "উপদেষ্টাদের নিরাপদ প্রস্থানের দরকার নেই।"))
    assert s.speaker.text == "উপদেষ্টা রফিক আহমেদ" and s.content.text == "উপদেষ্টাদের নিরাপদ প্রস্থানের দরকার নেই"


def test_a_headline_topic_before_a_colon_is_no_speaker(bn) -> None:
    assert not bn("নদীতে ট্রলারডুবি: নিখোঁজ পাঁচ জেলে, চলছে উদ্ধার অভিযান\nখুলনা প্রতিনিধি").statements


def test_a_title_right_after_its_organisation_is_the_subject_of_an_object_cue(bn) -> None:
    s = only(bn("শিরোনাম\nবিএনপি মহাসচিব এ ঘটনাকে ‘নাটক’ আখ্যা দিয়েছেন।"))
    assert s.speaker.text == "বিএনপি মহাসচিব" and "মহাসচিব" not in s.content.text


def test_a_report_named_after_its_content_speaks(bn) -> None:
    s = only(bn("শিরোনাম\nসড়কে বিনিয়োগ বাড়ানো প্রয়োজন বলে বিশ্বব্যাংকের নতুন এক প্রতিবেদনে বলা হয়েছে।"))
    assert s.speaker.text == "বিশ্বব্যাংকের" and s.content.text == "সড়কে বিনিয়োগ বাড়ানো প্রয়োজন"
    # after the fact: "X-এর এক প্রতিবেদনে এ তথ্য জানানো হয়েছে।" covers the sentence before it
    doc = bn("শিরোনাম\nশিক্ষার্থীদের নেতৃত্বে নতুন দল আসছে। রয়টার্সের এক প্রতিবেদনে এ তথ্য জানানো হয়েছে।")
    s = only(doc)
    assert s.speaker.text == "রয়টার্সের" and s.content.text == "শিক্ষার্থীদের নেতৃত্বে নতুন দল আসছে"


def test_the_same_speaker_going_on_stays_inside_the_outlet_told(bn) -> None:
    doc = bn("শিরোনাম\nসমন্বয়ক রহিম উদ্দিন বিবিসিকে বলেন, দল গঠনের কাজ চলছে। তিনি আরও বলেন, আগামী মাসে ঘোষণা আসবে।")
    told, more = doc.statements
    assert told.nested_in is not None and more.nested_in == told.nested_in
    # a new cue without "আরও" is not known to be told to it
    doc = bn("শিরোনাম\nসমন্বয়ক রহিম উদ্দিন বিবিসিকে বলেন, দল গঠনের কাজ চলছে। পরে তিনি সমাবেশে বলেন, ঘোষণা আসবে।")
    assert doc.statements[1].nested_in is None


def test_last_words_are_the_tokeniser_s_last_words() -> None:
    # the statements stage reads a content's end without tokenising all of it: the same words
    from ukti.textutil import WORD_RE, last_words

    texts = ["", "   ", "আলোচনা", " আলোচনা চলছে। ", "“দাবি না মানলে আন্দোলন চলবে।”", "মূল্য ১৭টি, ৩.৫০ টাকা!",
             "ভূ-রাজনৈতিক\u00a0প্রশ্ন (U.S)", "ছ’টি\tঘর\nভেসে গেছে ,", "র\u200cয়্যাব বলেছে—সব ঠিক", "a", "। । ।"]
    for text in texts:
        for n in (0, 1, 2, 4):
            assert last_words(text, n) == (WORD_RE.findall(text)[-n:] if n else []), (text, n)



def test_an_object_cue_inside_anothers_words_takes_its_subject_there(bn) -> None:
    doc = bn("শিরোনাম\nউপকমিশনার রহিম উদ্দিন বলেন, দায়িত্বে ফিরে আসায় মানুষ আমাদের স্বাগত জানিয়েছে।")
    assert only(doc).speaker.text == "উপকমিশনার রহিম উদ্দিন"  # not the officer welcoming anyone


def test_a_time_alone_names_no_speaker(bn) -> None:
    doc = bn("শিরোনাম\nঅধিনায়ক তামিম ইকবাল অবসরের ঘোষণা দেন। গতকাল নিশ্চিত করেছেন, এটিই তাঁর শেষ ম্যাচ।")
    assert all(s.speaker.text != "গতকাল" for s in doc.statements)


def test_a_day_after_the_speaker_is_no_part_of_it_even_undated(bn) -> None:
    s = only(bn("শিরোনাম\nপ্রধান নির্বাচন কমিশনার আজ বলেন, ভোট হবে উৎসবমুখর।"))
    assert s.speaker.text == "প্রধান নির্বাচন কমিশনার"


def test_the_speaker_phrase_starts_after_the_clause_it_closes(bn) -> None:
    s = only(bn("শিরোনাম\nব্যাংকখাত কতটুকু তোলা সম্ভব যেখানে খোদ বাংলাদেশ ব্যাংকের গভর্নর বলছেন, অর্থ আনতে পাঁচ বছর লাগে।"))
    assert s.speaker.text.endswith("বাংলাদেশ ব্যাংকের গভর্নর") and "সম্ভব" not in s.speaker.text
    # the subject before "যেখানে" still speaks in "X যেখানে … আহ্বান করছে, সেখানে …"
    s = only(bn("শিরোনাম\nবিএনপি যেখানে নির্বাচন বর্জনের আহ্বান করছে, সেখানে ভোটকেন্দ্রে যাওয়ার প্রশ্নই ওঠে না।"))
    assert s.speaker.text == "বিএনপি"


def test_the_words_of_one_told_are_no_part_of_the_speaker(bn) -> None:
    s = only(bn("শিরোনাম\nদলের যুগ্ম সাধারণ সম্পাদক রহিম উদ্দিন আহমেদ একটি আন্তর্জাতিক গণমাধ্যমকে বলেন, নিরাপত্তা চাওয়া হয়েছে।"))
    assert s.speaker.text.endswith("রহিম উদ্দিন আহমেদ")


def test_a_place_based_adjective_is_not_the_speaker(bn) -> None:
    doc = bn("শিরোনাম\nবাংলাদেশ সংকটময় মুহূর্তে আছে। ব্রাসেলসভিত্তিক ইন্টারন্যাশনাল ক্রাইসিস গ্রুপ বাংলাদেশের নির্বাচন "
             "প্রসঙ্গে তাদের প্রতিবেদনে এই অভিমত দিয়েছে।")
    assert all("ক্রাইসিস গ্রুপ" in s.speaker.text for s in doc.statements)


def test_a_repeated_quotation_before_its_cue_nests_nothing_outside_itself(bn) -> None:
    # (found by the fuzzer: a quotation given twice before one cue made a nested statement whose
    # content would have ended before it began)
    doc = bn("সেতুর টোল বাড়ানোর প্রস্তাব: ‘সাধারণ মানুষের ওপর চাপ বাড়বে’, প্রস্তাব: ‘সাধারণ মানুষের ওপর চাপ "
             "বাড়বে’, বলছেন পরিবহনমালিকেরা\nনিজস্ব প্রতিবেদক, রাজশাহী\nরাজশাহী, সোমবার")
    for s in doc.statements:
        assert s.content.start < s.content.end and doc.text[s.content.start:s.content.end] == s.content.text


def test_spreading_the_word_is_speech_only_with_what_was_spread(bn) -> None:
    doc = bn("শিরোনাম\nপ্রার্থী রহিম উদ্দিন বলেন, ‘এখন তাঁরা প্রচার করছেন, এ আসন অন্য প্রার্থীকে দেওয়া হয়েছে।’")
    quote, spread = doc.statements
    assert spread.cue == "প্রচার করছেন" and spread.nested_in == quote.id
    for text in ("প্রার্থীরা এলাকায় এলাকায় প্রচার করছেন।", "নির্বাচনী প্রচার করছেন স্বতন্ত্র প্রার্থী রহিম উদ্দিন।"):
        assert bn("শিরোনাম\n" + text).statements == [], text  # a campaign, no content


def test_the_object_of_a_compound_cue_is_no_part_of_the_speaker(bn) -> None:
    s = only(bn("শিরোনাম\nসভায় মন্ত্রী রহিম উদ্দিন বিরোধী দলের কঠোর সমালোচনা করে বলেন, তারা উন্নয়ন চায় না।"))
    assert s.speaker.text == "মন্ত্রী রহিম উদ্দিন" and s.cue == "সমালোচনা করে বলেন"
    s = only(bn("শিরোনাম\nরহিম উদ্দিন সরকারের প্রতি আহ্বান জানিয়ে বলেন, দ্রুত ত্রাণ দিতে হবে।"))
    assert s.speaker.text == "রহিম উদ্দিন"


def test_a_pronoun_before_the_topic_of_a_reply_is_the_speaker(bn) -> None:
    s = only(bn("শিরোনাম\nমন্ত্রী রহিম উদ্দিন সভায় আসেন। তিনি সাংবাদিকদের প্রশ্নের উত্তর দিয়ে বলেন, কাজ চলছে।"))
    assert s.speaker.text == "তিনি"


def test_when_where_and_whose_report_after_the_speaker_are_no_part_of_it(bn) -> None:
    s = only(bn("শিরোনাম\nকলামিস্ট রহিম উদ্দিন তার নিবন্ধে লিখেছেন, দুই দেশের মধ্যে সমঝোতা হয়েছিল।"))
    assert s.speaker.text == "কলামিস্ট রহিম উদ্দিন"
    s = only(bn("শিরোনাম\nদলের নেতারা মাঝেমধ্যেই বলছেন, ক্ষমতায় গেলে তাঁরা আইন বদলাবেন।"))
    assert s.speaker.text == "দলের নেতারা"
    s = only(bn("শিরোনাম\nতার ভাষায়, ‘এটা অন্যায়’।"))
    assert s.speaker.text == "তার"  # a genitive pronoun is the speaker of a noun cue


def test_a_pronoun_inside_an_occasion_before_the_cue_is_the_speaker(bn) -> None:
    s = only(bn("শিরোনাম\nনেতা রহিম উদ্দিন জয়ী হন। বিজয় ভাষণে তিনি কৃতজ্ঞতা জানানোর পর বলেছিলেন, ‘আমরা আবার শুরু করব।’"))
    assert s.speaker.text == "তিনি"


def test_supporters_and_protesters_are_unnamed_groups(bn) -> None:
    s = only(bn("শিরোনাম\nবিক্ষোভকারীরা বলেন, দাবি না মানা পর্যন্ত তাঁরা সড়কে থাকবেন।"))
    assert s.speaker.anonymous and s.speaker.entity is None


def test_a_relative_clause_describes_the_speaker_before_it(bn) -> None:
    s = only(bn("শিরোনাম\nরহিম উদ্দিন, যিনি আগেই পদত্যাগ করেছিলেন, বলেন, তিনি ফিরবেন না।"))
    assert s.speaker.text == "রহিম উদ্দিন"


def test_a_subheading_over_what_someone_said_is_no_statement(bn) -> None:
    s = only(bn("শিরোনাম\nমামলার বাদী যা বলেন : মামলার বাদী গোলাম ফারুক বলেন, প্রতিবেদনটি মনগড়া।"))
    assert s.speaker.text == "মামলার বাদী গোলাম ফারুক" and s.content.text == "প্রতিবেদনটি মনগড়া"


def test_two_cue_nouns_joined_before_one_verb_are_one_cue(bn) -> None:
    for text in ("এ ঘটনায় তীব্র নিন্দা ও উদ্বেগ প্রকাশ করেছে মানবাধিকার সংগঠন আসক।",
                 "মানবাধিকার সংগঠন আসক এ ঘটনায় তীব্র নিন্দা ও গভীর উদ্বেগ প্রকাশ করেছে।"):
        s = only(bn("শিরোনাম\n" + text))
        assert s.content.text == "এ ঘটনায়", text


def test_he_added_is_the_one_who_spoke_last(bn) -> None:
    doc = bn("শিরোনাম\nসাধারণ সম্পাদক ইমরান হোসেন তুষার বলেন, দল প্রস্তুত। মাঠে দর্শক হিসেবে মেহেদী হাসান উপস্থিত ছিলেন। "
             "তিনি আরও বলেন, আমরা জিতব।")
    first, more = doc.statements[0], doc.statements[-1]
    assert more.content.text == "আমরা জিতব" and more.speaker.entity == first.speaker.entity


def test_a_speech_the_reporter_sets_against_anothers_is_not_relayed_by_it(bn) -> None:
    doc = bn("শিরোনাম\nবিশ্লেষকদের প্রশ্ন, পাচারের অর্থ কবে ফিরবে যেখানে খোদ গভর্নর বলছেন, "
             "অর্থ ফেরাতে পাঁচ বছর লাগবে।")
    question, governor = doc.statements
    assert question.stance == "concern" and "গভর্নর" in governor.speaker.text and governor.nested_in is None
    # without the framing word, the analysts' words recount the governor's
    doc = bn("শিরোনাম\nবিশ্লেষকরা জানান, গভর্নর বলেছেন, অর্থ ফেরাতে পাঁচ বছর লাগবে।")
    outer, inner = doc.statements
    assert inner.nested_in == outer.id


def test_a_poets_line_or_a_past_hope_does_not_run_on_into_the_writers_text(bn) -> None:
    doc = bn("শিরোনাম\nকবির ভাষায়, প্রতিটি ভোরই নতুন। তাই বছরের শুরু নিয়ে বেশি মাতামাতির কিছু নেই।")
    assert [s.content.text for s in doc.statements] == ["প্রতিটি ভোরই নতুন"]
    doc = bn("শিরোনাম\nগ্রামবাসী আশা করেছিলেন, সেতুটি বর্ষার আগেই খুলবে। কাজ শুরু হয় দুই বছর পরে।")
    assert [s.content.text for s in doc.statements] == ["সেতুটি বর্ষার আগেই খুলবে"]


def test_a_cited_view_runs_on_in_a_report_but_not_in_a_column(bn) -> None:
    report = "শিরোনাম\nবিশ্লেষকদের মতে, খেলাপি ঋণ আদায় কঠিন হবে। ব্যাংকগুলোর হাতে জামানত কম।"
    assert [s.content.text for s in bn(report).statements] == ["খেলাপি ঋণ আদায় কঠিন হবে", "ব্যাংকগুলোর হাতে জামানত কম"]
    column = ("শিরোনাম\nআমি প্রতিদিন বাসে অফিসে যাই।\n"
              "পরিবহন বিশেষজ্ঞদের মতে, শহরে বাসের সংখ্যা কম। আমাদের রাস্তাগুলোও সরু।")
    assert [s.content.text for s in bn(column).statements] == ["শহরে বাসের সংখ্যা কম"]


def test_a_pronoun_speaker_is_not_the_person_its_own_clause_answers(bn) -> None:
    doc = bn("শিরোনাম\nআওয়ামী লীগের নেতা রহিম উদ্দিন সোমবার সিলেটে একটি সভায় যোগ দেন।\n"
             "বিএনপি নেতা করিম হোসেনের এক বক্তব্যের জবাবে তিনি বলেন, সড়কের কাজ সময়মতো শেষ হবে।")
    s = only(doc)
    assert s.speaker.text == "তিনি"
    assert next(e.name for e in doc.entities if e.id == s.speaker.entity) == "Rahim Uddin"


def test_a_pronoun_speaker_is_the_person_spoken_with_in_its_own_clause(bn) -> None:
    doc = bn("শিরোনাম\nখালের পাড়ে ময়লা ফেলছে পৌরসভা।\n"
             "এ বিষয়ে উপজেলা চেয়ারম্যান রহিম উদ্দিনের সঙ্গে কথা হলে তিনি বলেন, খাল দখলমুক্ত করা হবে।")
    s = only(doc)
    assert next(e.name for e in doc.entities if e.id == s.speaker.entity) == "Rahim Uddin"


def test_he_himself_is_the_one_just_named_even_in_the_genitive(bn) -> None:
    doc = bn("শিরোনাম\nসাবেক মন্ত্রী রহিম উদ্দিন সোমবার একটি বই প্রকাশ করেন।\n"
             "দলটির গঠনে করিম হোসেনের বড় ভূমিকা ছিল বলে তিনি নিজে উল্লেখ করেন।")
    s = only(doc)
    assert next(e.name for e in doc.entities if e.id == s.speaker.entity) == "Karim Hossain"


def test_an_embedded_post_in_another_script_is_not_speech_running_on(bn) -> None:
    doc = bn("শিরোনাম\nবিক্ষোভকারীদের প্রশ্ন, মন্ত্রী এখনো পদে কীভাবে আছেন। "
             "Protest video goes viral as students demand the minister's resignation")
    assert [s.content.text for s in doc.statements] == ["মন্ত্রী এখনো পদে কীভাবে আছেন"]


def test_a_quotation_left_open_at_a_paragraphs_end_goes_on_until_it_closes(bn) -> None:
    doc = bn("শিরোনাম\nপ্রার্থী রাহেলা বেগম বলেন, ‘এলাকার মানুষের সঙ্গে জীবন কাটিয়েছি। সব সময় তাদের পাশে থেকেছি।\n"
             "তাদের ভোটে দুবার নির্বাচিত হয়েছি। এবারও জয়ের ব্যাপারে আশাবাদী।’\nএদিকে প্রচার শেষ হয়েছে।")
    assert [s.speaker.text for s in doc.statements] == ["প্রার্থী রাহেলা বেগম"] * 4
    assert doc.statements[-1].content.text == "এবারও জয়ের ব্যাপারে আশাবাদী" and doc.statements[-1].direct
    # an opening mark never closed is a slip: the next paragraph is the writer's again
    doc = bn("শিরোনাম\nমা বললেন, ‘খাওয়ার সময় কথা বলতে হয় না।\nমা ডাক্তার নন, তবে অনেক রোগের ওষুধ জানেন।")
    assert len(doc.statements) == 1


def test_a_clause_in_the_participle_with_dhore_stands_before_the_speaker(bn) -> None:
    doc = bn("শিরোনাম\nদ্রব্যমূল্যের চিত্র তুলে ধরে রহিম উদ্দিন বলেন, চালের দাম বাড়ছে।")
    assert doc.statements[0].speaker.text == "রহিম উদ্দিন"


def test_a_spaced_dash_and_a_turn_word_close_the_clause_before_the_speaker(bn) -> None:
    doc = bn("শিরোনাম\nসরকারের পক্ষ থেকে বলা হয়েছে, নিরাপত্তা জোরদার করা হয়েছে – তবে মন্ত্রণালয়ের কর্মকর্তারা ইঙ্গিত "
             "দিয়েছেন, আলোচনা শিগগির হবে। এমন এক অভিযোগের ভিত্তিতে নেতা রহিম উদ্দিন মন্তব্য করেন, চুক্তি বাতিল হবে।")
    speakers = [s.speaker.text for s in doc.statements]
    assert "মন্ত্রণালয়ের কর্মকর্তারা" in speakers and "নেতা রহিম উদ্দিন" in speakers


def test_someone_unnamed_with_a_title_is_not_the_titles_holder(bn) -> None:
    doc = bn("শিরোনাম\nঅনুষ্ঠানে হাইকমিশনার রহিম উদ্দিন বলেন, সম্পর্ক গভীর। অনুষ্ঠানে উপস্থিত একজন সাবেক হাইকমিশনার "
             "বলেন, এমন আয়োজন ভাবিনি।")
    named, unnamed = doc.statements
    assert named.speaker.entity is not None
    assert unnamed.speaker.entity is None and unnamed.speaker.anonymous


def test_a_word_around_a_quotation_is_no_speaker(bn) -> None:
    doc = bn("শিরোনাম\nকেউ কেউ এটিকে 'বড় দলের কাছে ছোট দলের আত্মসমর্পণ' হিসেবে আখ্যায়িত করছেন।")
    assert all(s.speaker.text != "হিসেবে" for s in doc.statements)


def test_once_and_as_after_the_speaker_are_not_part_of_it(bn) -> None:
    doc = bn("শিরোনাম\nদার্শনিক রহিম উদ্দিন একবার বলেছিলেন, ‘সত্য সবচেয়ে দামি।’ "
             "লেখক করিম খান যেমনটা বলেছেন, ‘গণতন্ত্রে প্রচারণা লাগে।’")
    assert [s.speaker.text for s in doc.statements] == ["দার্শনিক রহিম উদ্দিন", "লেখক করিম খান"]


def test_that_too_before_an_agentless_passive_is_no_cue(bn) -> None:
    doc = bn("শিরোনাম\nজেলার আটটি উপজেলায় প্রশাসন একইভাবে কাজ করছে বলেও জানা গেছে। "
             "সভায় উপস্থিত না থাকলেও রহিম উদ্দিন বলেন, কাজ চলবে।")
    assert [s.speaker.text for s in doc.statements] == ["রহিম উদ্দিন"]


def test_a_headline_with_its_speaker_after_the_colon(bn) -> None:
    doc = bn("নির্বাচন সফল করতে আমরা পুরোপুরি প্রস্তুত: স্বরাষ্ট্র উপদেষ্টা\nঢাকায় এক অনুষ্ঠানে রহিম উদ্দিন এ কথা বলেন।")
    head = doc.statements[0]
    assert head.speaker.text == "স্বরাষ্ট্র উপদেষ্টা" and head.content.text == "নির্বাচন সফল করতে আমরা পুরোপুরি প্রস্তুত"
    # a story after the colon is no speaker
    doc = bn("চট্টগ্রাম বন্দরে ধর্মঘট: জেটিতে আটকা কোটি টাকার পণ্য\nধর্মঘটে বন্দরের কাজ বন্ধ রয়েছে।")
    assert not doc.statements


@pytest.mark.parametrize(("headline", "speaker", "entity"), [
    ("বাঁধের কাজ সময়মতো শেষ হবে না: নাগরিক মঞ্চ", "নাগরিক মঞ্চ", None),  # a body by the word ending its name
    ("সীমান্তে উত্তেজনা বাড়ানো হচ্ছে: নেপাল", "নেপাল", "Nepal"),  # a country
    # a person named in full in the body and by the end of the name alone in the headline
    ("নদী খননে দুর্নীতি হয়নি: মান্না", "মান্না", "Mahmudur Rahman Manna"),
])
def test_a_headline_speaker_after_the_colon_that_the_tagger_does_not_name(bn, headline, speaker, entity) -> None:
    doc = bn(f"{headline}\nগতকাল ঢাকায় এক সভায় মাহমুদুর রহমান মান্না বক্তব্য দেন।")
    head = doc.statements[0]
    names = {e.id: e.name for e in doc.entities}
    assert head.speaker.text == speaker and head.cue == ":"
    assert names.get(head.speaker.entity or "") == entity
    # a story after the colon stays no one's, and so does a district, a place in a case, or a body's doings
    for story in ("নদী খননে দুর্নীতি: তদন্তে নামল দুদক", "বন্যায় ক্ষতি বাড়ছে: সুনামগঞ্জ",
                  "নতুন নিয়ম চালু: ইমিগ্রেশনে দীর্ঘ লাইন", "সংস্কার চাই: মাঠে নেমেছে নাগরিক মঞ্চ"):
        assert not bn(f"{story}\nখননের কাজ বন্ধ রয়েছে।").statements, story
    # a noun in "-ল" is no past verb: "…: মেডিকেল কলেজের অধ্যক্ষ" is a speaker
    assert bn("চিকিৎসা সেবা বাড়াতে হবে: মেডিকেল কলেজের অধ্যক্ষ\nগতকাল মেডিকেল কলেজের অধ্যক্ষ রহিম উদ্দিন "
              "বক্তব্য দেন।").statements


def test_a_quotation_opening_the_body_is_credited_in_the_body_not_by_the_headline(bn) -> None:
    doc = bn("নদী খননে দুর্নীতি হয়নি: মান্না\n‘নদী খননে কোনো দুর্নীতি হয়নি। সব কাজ নিয়ম মেনে হয়েছে।’ "
             "নাগরিক ঐক্যের সভাপতি মাহমুদুর রহমান মান্না এ কথা বলেছেন।")
    head, quoted = doc.statements
    assert head.cue == ":" and quoted.cue == "এ কথা বলেছেন"
    assert quoted.speaker.text.endswith("মাহমুদুর রহমান মান্না") and quoted.speaker.entity == head.speaker.entity
    # with no credit after it, the quotation is still the headline speaker's
    doc = bn("নদী খননে দুর্নীতি হয়নি: মান্না\n‘নদী খননে কোনো দুর্নীতি হয়নি।’ নাগরিক ঐক্যের সভাপতি মাহমুদুর রহমান "
             "মান্না আরও বলেন, তদন্ত হোক।")
    assert len(doc.statements) == 3 and doc.statements[1].speaker.entity == doc.statements[0].speaker.entity


def test_a_programme_announced_after_the_fact_and_what_a_report_brings_out(bn) -> None:
    # "… এ কর্মসূচি ঘোষণা করেন X": the programme the sentence before set out is X's
    s = only(bn("শিরোনাম\nআগামী রোববার সারা দেশে বিক্ষোভ মিছিল হবে। গতকাল এক সমাবেশে এ কর্মসূচি ঘোষণা করেন "
                "দলের যুগ্ম মহাসচিব রহিম উদ্দিন।"))
    assert s.speaker.text.endswith("রহিম উদ্দিন") and s.content.text == "আগামী রোববার সারা দেশে বিক্ষোভ মিছিল হবে"
    # "প্রতিবেদনে উঠে এসেছে": what a report brings out is the report's; with no report named, nothing
    s = only(bn("শিরোনাম\nবিশ্বব্যাংকের এক প্রতিবেদনে উঠে এসেছে, দেশে দারিদ্র্য কমেছে।"))
    assert s.speaker.entity is not None and s.content.text == "দেশে দারিদ্র্য কমেছে"
    assert not bn("শিরোনাম\nসভায় নানা প্রসঙ্গ উঠে আসে।").statements


def test_a_quotation_then_a_comma_a_time_and_the_ones_told_before_its_speaker_and_cue(bn) -> None:
    s = only(bn("শিরোনাম\n“বাঁধের কাজ এখনো শেষ হয়নি”, শনিবার বিকেলে সাংবাদিকদের রহিম উদ্দিন বলেন।"))
    assert (s.speaker.text, s.content.text, s.direct) == ("রহিম উদ্দিন", "বাঁধের কাজ এখনো শেষ হয়নি", True)
    # (titles in a list are no clause: "‘…’, ‘…’ বই দুটি নিয়ে কথাগুলো বলেন X")
    assert not bn("শিরোনাম\nতাঁর লেখা ‘নদী ও মানুষের দীর্ঘ এক গল্প’, ‘শহরের ইতিকথা’ বই দুটি নিয়ে কথাগুলো বলেন "
                  "রহিম উদ্দিন।").statements
    # the quotation a pointer after it points at, a clause by the comma after its mark
    s = only(bn("শিরোনাম\n‘আমরা আর কোনো আন্দোলনে যাব না’, রোববার উপজেলা পরিষদের সামনে দাঁড়িয়ে "
                "কথাগুলো বলেন করিম মিয়া।"))
    assert (s.speaker.text, s.content.text) == ("করিম মিয়া", "আমরা আর কোনো আন্দোলনে যাব না")
    # the ones told before a title may be whose title it is
    s = only(bn("শিরোনাম\nসাংবাদিকদের নেতা করিম মিয়া বলেন, আমরা আন্দোলন করব।"))
    assert s.speaker.text == "সাংবাদিকদের নেতা করিম মিয়া"


def test_a_noun_of_saying_the_speaker_owns_in_the_first_person_goes_on_with_their_speech(bn) -> None:
    doc = bn("শিরোনাম\nসংগঠনের সভাপতি রহিম উদ্দিন বলেন, আমরা শান্তিপূর্ণ আন্দোলন করছি। আমাদের দাবি, দ্রুত নির্বাচন "
             "দিতে হবে। আমার প্রত্যাশা, সরকার সাড়া দেবে।")
    assert len(doc.statements) == 3 and {s.speaker.entity for s in doc.statements} == {doc.statements[0].speaker.entity}
    assert all(s.direct for s in doc.statements)
    # another's noun of saying still ends it
    doc = bn("শিরোনাম\nসংগঠনের সভাপতি রহিম উদ্দিন বলেন, আমরা শান্তিপূর্ণ আন্দোলন করছি। সরকারের দাবি, আন্দোলন সহিংস।")
    assert [s.speaker.text for s in doc.statements][-1] == "সরকারের"


def test_a_demand_after_the_speakers_own_words_goes_on_though_it_opens_like_narration(bn) -> None:
    doc = bn("শিরোনাম\nস্বরাষ্ট্র উপদেষ্টা বলেন, আমরা কাউকে ছাড় দেব না। এই ঘটনায় যে-ই জড়িত থাকুক না কেন, তার "
             "বিরুদ্ধে ব্যবস্থা নিতে হবে।")
    assert len(doc.statements) == 2 and doc.statements[1].stance == "other"
    # the reporter's account opening so still ends reported speech, and the reporter's own link ends even a demand
    doc = bn("শিরোনাম\nওসি রহিম উদ্দিন বলেন, আসামিদের ধরতে অভিযান চলছে। এ ঘটনায় থানায় মামলা হয়েছে।")
    assert len(doc.statements) == 1
    doc = bn("শিরোনাম\nমেয়র বলেন, আমরা সড়ক মেরামত করছি। উল্লেখ্য, মোটরসাইকেল চালকদের হেলমেট পরতে হবে।")
    assert len(doc.statements) == 1
    # what is claimed is no demand: "… বলে আমরা দাবি করছি"
    doc = bn("শিরোনাম\nদলের মুখপাত্র বলেন, আমাদের প্রার্থী নির্বাচনে জিতেছেন বলে আমরা দাবি করছি।")
    assert doc.statements[0].stance != "other"


def test_a_source_cited_before_an_after_the_fact_cue_is_nested_in_the_reporter(bn) -> None:
    doc = bn("শিরোনাম\nমধ্যপ্রাচ্যে আরও যুদ্ধজাহাজ পাঠাচ্ছে যুক্তরাষ্ট্র। মার্কিন প্রতিরক্ষা কর্মকর্তাদের বরাত দিয়ে গতকাল "
             "এ তথ্য জানিয়েছে রয়টার্স।")
    reporter, cited = doc.statements
    assert reporter.speaker.text == "রয়টার্স" and cited.nested_in == reporter.id
    assert cited.speaker.anonymous and cited.content.text == reporter.content.text
    # and the report it goes on with is still the reporter's, not the source nested in it
    doc = bn("শিরোনাম\nমধ্যপ্রাচ্যে আরও যুদ্ধজাহাজ পাঠাচ্ছে যুক্তরাষ্ট্র। মার্কিন প্রতিরক্ষা কর্মকর্তাদের বরাত দিয়ে গতকাল "
             "এ তথ্য জানিয়েছে রয়টার্স। প্রতিবেদনে আরও বলা হয়েছে, দুই হাজার সেনা যাবেন।")
    assert doc.statements[-1].speaker.entity == doc.statements[0].speaker.entity is not None
    # the source and the reporter in one phrase before the pointer: one pair, not two
    doc = bn("শিরোনাম\nমধ্যপ্রাচ্যে আরও যুদ্ধজাহাজ পাঠাচ্ছে যুক্তরাষ্ট্র। একটি কূটনৈতিক সূত্রের বরাতে রয়টার্স এই খবর জানিয়েছে।")
    assert len(doc.statements) == 2


def test_a_quotation_after_a_passive_or_noun_cue_is_the_sources_own_words(bn) -> None:
    # the quotation's closing mark after the stop ("‘… থাকবে।’") is trimmed with it; the words are still quoted
    doc = bn("শিরোনাম\nস্বাস্থ্য অধিদপ্তরের বিজ্ঞপ্তিতে বলা হয়েছে, ‘সব হাসপাতালে জরুরি সেবা চালু থাকবে।’")
    assert [(s.content.text, s.direct) for s in doc.statements] == [("সব হাসপাতালে জরুরি সেবা চালু থাকবে", True)]
    doc = bn("শিরোনাম\nসাবেক অধিনায়ক রহিম উদ্দিনের আশঙ্কা, ‘টেস্ট ক্রিকেট ধীরে ধীরে হারিয়ে যাবে।’")
    assert [(s.stance, s.direct) for s in doc.statements] == [("concern", True)]


def test_a_written_statement_after_the_speaker_and_a_board_named_by_its_work(bn) -> None:
    doc = bn("শিরোনাম\nসমিতির কয়েকজন সদস্য সংবাদ সম্মেলন করেন। পরিচালনা পর্ষদ ভেঙে দেওয়ার দাবি ওঠে। তারা বলেন, "
             "নির্বাচন চাই। সাবেক পরিচালক রহিম উদ্দিন লিখিত বক্তব্যে বলেন, সংস্কার দরকার।")
    they, rahim = doc.statements
    assert they.speaker.entity is None and rahim.speaker.text == "সাবেক পরিচালক রহিম উদ্দিন"
    assert not [e for e in doc.entities if e.type == "ORG"]


def test_the_ones_told_after_a_participle_clause_are_not_the_speaker(bn) -> None:
    # "… প্রার্থী X মনোনয়নপত্র জমা দিয়ে সাংবাদিকদের বলেন": the clause is cut at its participle, and what
    # is left after it names only who was told; the speaker is the candidate before it
    s = only(bn("শিরোনাম\nঢাকা-১৩ আসনে জাতীয় পার্টির প্রার্থী মো. রফিকুল আলম মনোনয়নপত্র জমা দিয়ে সাংবাদিকদের বলেন, "
                "আশা করছি যথাসময়ে নির্বাচন হবে।"))
    assert s.speaker.text.endswith("মো. রফিকুল আলম") and not s.speaker.anonymous
    assert s.speaker.entity is not None


def test_an_outlet_in_the_locative_after_the_speaker_is_the_one_told(bn) -> None:
    # "X জাগো নিউজে বলেন" is "X জাগো নিউজকে বলেন": the outlet told, not the speaker
    s = only(bn("শিরোনাম\nরিটার্নিং কর্মকর্তার কার্যালয়ের এক দায়িত্বশীল কর্মকর্তা জাগো নিউজে বলেন, দুপুর পর্যন্ত "
                "কোনো মনোনয়নপত্র জমা পড়েনি।"))
    assert s.speaker.text.endswith("কর্মকর্তা") and s.speaker.entity is None and s.speaker.anonymous
    # a foreign outlet told carries the statement
    doc = bn("শিরোনাম\nজেলা প্রশাসক মো. কামরুল হাসান বিবিসি বাংলায় বলেন, কেউ না খেয়ে থাকবে না।")
    s = only(doc)
    bbc = next(e for e in doc.entities if e.name == "BBC Bangla")
    assert s.speaker.text == "জেলা প্রশাসক মো. কামরুল হাসান" and s.nested_in == bbc.id


def test_an_adverb_that_opens_a_speaker_phrase_names_no_one(bn) -> None:
    # "কিন্তু এখন বলছে, …": the subject was dropped, "now" did not speak
    doc = bn("শিরোনাম\nসরকার আট মাসেও সিদ্ধান্ত দিতে পারেনি। কিন্তু এখন বলছে, দলগুলো নিজেরা আলোচনা করে সিদ্ধান্ত দেবে।")
    assert all(s.speaker.text != "এখন" for s in doc.statements)
    # and before a name it comes off: "এখন পাকিস্তান দাবি করে" is Pakistan's claim
    s = only(bn("শিরোনাম\nএখন পাকিস্তান দাবি করে, তাদের পারমাণবিক কর্মসূচির ওপর কঠোর নিয়ন্ত্রণ আছে।"))
    assert s.speaker.text == "পাকিস্তান"


def test_a_deny_cue_after_an_infinitive_is_a_refusal_not_a_statement(bn) -> None:
    doc = bn("শিরোনাম\nকৃষক সার্জিও কেয়ার বলেন, তিনি প্রথমে এই সাহায্য নিতে অস্বীকার করেছিলেন। "
             "মন্ত্রী দুর্নীতির অভিযোগ অস্বীকার করেন।")
    assert [s.content.text for s in doc.statements if s.stance == "deny"] == ["দুর্নীতির অভিযোগ"]
    # with what is denied after it, the cue is a denial again
    s = only(bn("শিরোনাম\nমন্ত্রী সংসদে অস্বীকার করেন যে তিনি কোনো ঘুষ নিয়েছেন।"))
    assert s.stance == "deny"


def test_he_is_a_person_not_the_body_that_spoke_last(bn) -> None:
    doc = bn("শিরোনাম\nসংবাদ সম্মেলনে অতিরিক্ত পুলিশ সুপার মো. কলিমুল্লাহ জানান, এ ঘটনায় রোববার রাতে একজনকে আটক "
             "করা হয়। পুলিশের ভাষ্যমতে, শনিবার রাতে আটক ব্যক্তি দুই ভাইকে মাঠে ডেকে নিয়ে যায়। তবে বিরোধের কারণ "
             "স্পষ্ট করেননি অতিরিক্ত পুলিশ সুপার। তিনি বলেন, প্রাথমিক জিজ্ঞাসাবাদে আটক ব্যক্তি জড়িত থাকার কথা "
             "স্বীকার করেছে।")
    officer = next(e for e in doc.entities if e.type == "PER")
    he = next(s for s in doc.statements if s.speaker.text == "তিনি")
    assert he.speaker.entity == officer.id


def test_a_quotation_left_open_goes_on_to_the_end_of_its_paragraph(bn) -> None:
    doc = bn("শিরোনাম\n\nস্থানীয় কৃষক করিম মিয়া বলেন, “আমরা খুব ভয়ে আছি। গত বছরও ফসল নষ্ট হয়েছে।\n\n"
             "আরেক কৃষক বলেন, “সরকার কিছু করছে না। আমরা কোথায় যাব।")
    assert [(s.content.text, s.direct) for s in doc.statements] == [
        ("আমরা খুব ভয়ে আছি", True), ("গত বছরও ফসল নষ্ট হয়েছে", True),
        ("সরকার কিছু করছে না", True), ("আমরা কোথায় যাব", True)]
    assert doc.statements[1].speaker.entity == doc.statements[0].speaker.entity is not None
    # a long quotation opens each of its paragraphs and closes only the last
    doc = bn("শিরোনাম\n\nকৃষক করিম মিয়া বলেন, “আমরা খুব ভয়ে আছি।\n“এবার ব্যবস্থা না নিলে আমরা পথে বসব।”")
    assert [s.content.text for s in doc.statements] == ["আমরা খুব ভয়ে আছি", "ব্যবস্থা না নিলে আমরা পথে বসব"]


def test_a_quotation_right_after_reported_speech_is_the_same_speakers(bn) -> None:
    doc = bn("শিরোনাম\n\nচেয়ারম্যান রহিম উদ্দিন বলেন, বাঁধের কাজ সময়মতো শেষ হয়নি।\n“ঠিকাদারদের জবাবদিহি করতে হবে।”")
    first, quote = doc.statements
    assert quote.content.text == "ঠিকাদারদের জবাবদিহি করতে হবে" and quote.direct
    assert quote.speaker.entity == first.speaker.entity is not None


def test_a_word_standing_for_the_document_just_named_speaks_for_its_issuer(bn) -> None:
    doc = bn("শিরোনাম\n\nআইএসপিআর রোববার একটি বিজ্ঞপ্তি দিয়েছে। এতে বলা হয়েছে, অভিযানে তিনজন আটক হয়েছেন।\n\n"
             "নির্বাচন কমিশন দলগুলোকে চিঠি পাঠিয়েছে। সেখানে বলা হয়েছে, প্রার্থীদের হলফনামা জমা দিতে হবে।")
    ispr, ec = (next(e for e in doc.entities if e.name == n)
                for n in ("Inter Services Public Relations", "Bangladesh Election Commission"))
    assert [(s.speaker.entity, s.content.text) for s in doc.statements] == [
        (ispr.id, "অভিযানে তিনজন আটক হয়েছেন"), (ec.id, "প্রার্থীদের হলফনামা জমা দিতে হবে")]
    # with no document named before, "এতে" is "by this", no source
    assert not bn("শিরোনাম\n\nনদীতে পানি বেড়েছে। এতে বলা হয়েছে, গ্রাম ডুবতে পারে।").statements


def test_more_of_a_report_quoted_further_back_is_its_issuers(bn) -> None:
    # "এতে আরও বলা হয়": more of the notice quoted before, however long its words ran on and
    # whatever the reporter put between; and "সার্কুলারে" is a document, no organisation
    doc = bn("শিরোনাম\n\nরোববার এক বিজ্ঞপ্তিতে এ তথ্য জানায় আইএসপিআর।\n\nবিজ্ঞপ্তিতে বলা হয়, অভিযানে তিনজন আটক "
             "হয়েছেন। তাদের কাছে অস্ত্র পাওয়া গেছে। অভিযান চলবে। এলাকায় টহল বাড়ানো হয়েছে।\n\nঅভিযানের সময় মেজর রাশেদ হাসান "
             "ঘটনাস্থলে ছিলেন।\n\nএতে আরও বলা হয়, গুজবে কান দেবেন না।")
    ispr = next(e for e in doc.entities if e.name == "Inter Services Public Relations")
    more = doc.statements[-1]
    assert (more.speaker.text, more.cue, more.content.text) == ("এতে", "আরও বলা হয়", "গুজবে কান দেবেন না")
    assert more.speaker.entity == ispr.id
    doc = bn("শিরোনাম\n\nবাংলাদেশ ব্যাংক একটি নির্দেশনা দিয়েছে। সার্কুলারে বলা হয়েছে, ঋণের তথ্য যাচাই করতে হবে।")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [("সার্কুলারে", "ঋণের তথ্য যাচাই করতে হবে")]
    assert [e.name for e in doc.entities] == ["Bangladesh Bank"]


def test_the_issuer_of_a_document_pointed_at(bn) -> None:
    # a colon or a dash after the cue; the issuer given in the genitive ("X-এর দেওয়া বিবৃতি"); not
    # one the document was sent to ("ভারতকে"), nor a name in the report's quoted title
    doc = bn("শিরোনাম\n\nবিএনপির দেওয়া এক বিবৃতিতে ভারতকে বার্তা দেওয়া হয়েছে। এতে বলা হয়েছে: দ্রুত নির্বাচন দিতে হবে।")
    bnp = next(e for e in doc.entities if e.name == "Bangladesh Nationalist Party")
    assert [(s.speaker.text, s.speaker.entity, s.content.text) for s in doc.statements] == [
        ("এতে", bnp.id, "দ্রুত নির্বাচন দিতে হবে")]
    doc = bn("শিরোনাম\n\nপত্রিকাটি ‘ইসরায়েল হোল্ডস মিটিং’ শিরোনামে একটি সংবাদ প্রকাশ করে। তাতে বলা হয়েছে— "
             "ফিলিস্তিনিরা ক্ষুব্ধ।")
    assert [(s.speaker.text, s.speaker.entity, s.content.text) for s in doc.statements] == [
        ("তাতে", None, "ফিলিস্তিনিরা ক্ষুব্ধ")]


def test_a_post_on_a_page_and_a_speaker_on_social_media(bn) -> None:
    # the page a post is on ("ফেসবুক পেইজে", as real news spells it too) is no author; one who wrote on
    # social media ("সামাজিক যোগাযোগ মাধ্যমে লেখেছেন") is the one before it
    doc = bn("শিরোনাম\n\nরাতে হল রক্ষায় সংগঠনটির ফেসবুক পেইজে সহযোগিতা চাওয়া হয়। সেখানে বলা হয়, ‘হলটি ভাঙচুর চলছে।’")
    assert [(s.speaker.text, s.speaker.entity, s.content.text) for s in doc.statements] == [
        ("সেখানে", None, "হলটি ভাঙচুর চলছে")]
    doc = bn("শিরোনাম\n\nএক কাশ্মীরি সামাজিক যোগাযোগ মাধ্যমে লেখেছেন, আমি খুবই ভীত।")
    assert [(s.speaker.text, s.cue) for s in doc.statements] == [("এক কাশ্মীরি", "লেখেছেন")]


def test_a_post_in_the_genitive_before_a_name_is_not_theirs(bn) -> None:
    # "স্বরাষ্ট্র উপদেষ্টার পদত্যাগ চাইলেন অভিনেত্রী X": X is no home adviser; "স্বরাষ্ট্র উপদেষ্টা" later
    # is the one the body names so
    doc = bn("স্বরাষ্ট্র উপদেষ্টার পদত্যাগ চাইলেন অভিনেত্রী মিথিলা\n\nস্বরাষ্ট্র উপদেষ্টা ব্রিগেডিয়ার "
             "জেনারেল (অব.) করিম উদ্দিন আহমেদের এক মন্তব্যের সমালোচনা চলছে।\n\nএবার তাঁর পদত্যাগ দাবি "
             "করেছেন অভিনেত্রী রাফিয়াথ রশিদ মিথিলা।\n\nসোমবার হাসপাতালে গিয়ে স্বরাষ্ট্র উপদেষ্টা বলেন, "
             "আপনারা দল গুছিয়ে নিন।")
    adviser = next(e for e in doc.entities if e.name.startswith("Karim"))
    assert [(s.speaker.text, s.speaker.entity) for s in doc.statements][-1] == ("স্বরাষ্ট্র উপদেষ্টা", adviser.id)


def test_the_incident_before_a_speaker_and_an_advocate_abbreviated(bn) -> None:
    # "এ ঘটনায় X বলেন": the incident spoken of is no part of the speaker; "অ্যাড." (advocate) ends no
    # sentence and is an honorific of the name after it
    doc = bn("শিরোনাম\n\nএ ঘটনায় কোতোয়ালি থানার ওসি জামাল উদ্দিন বলেন, মামলার প্রস্তুতি চলছে।\n\nজেলা বিএনপির "
             "সাধারণ সম্পাদক অ্যাড. আসাদুজ্জামান খান বলেন, হামলাকারীদের গ্রেপ্তার করতে হবে।")
    assert [s.speaker.text for s in doc.statements] == [
        "কোতোয়ালি থানার ওসি জামাল উদ্দিন", "জেলা বিএনপির সাধারণ সম্পাদক অ্যাড. আসাদুজ্জামান খান"]
    assert {e.name for e in doc.entities if e.type == "PER"} == {"Jamal Uddin", "Asaduzzaman Khan"}


def test_a_cue_that_ends_its_paragraph_announces_the_next(bn) -> None:
    # "X বলেন,¶<paragraph>": the next paragraph is X's words, run on sentence by sentence; a story's
    # unnamed thing before a cue ("কপালে হাত জিজ্ঞাসা করল,") announces no one
    doc = bn("শিরোনাম\n\nপুলিশ কমিশনার রফিকুল ইসলাম বলেন,\n\nআজ এক বিশেষ পরিস্থিতিতে আমি আপনাদের সামনে "
             "এসেছি। আমরা নতুন করে যাত্রা শুরু করেছি।\n\nবৈঠকে আরও কয়েকজন উপস্থিত ছিলেন।")
    assert [(s.speaker.text, s.cue, s.content.text, s.direct) for s in doc.statements] == [
        ("পুলিশ কমিশনার রফিকুল ইসলাম", "বলেন", "আজ এক বিশেষ পরিস্থিতিতে আমি আপনাদের সামনে এসেছি", True),
        ("পুলিশ কমিশনার রফিকুল ইসলাম", "", "আমরা নতুন করে যাত্রা শুরু করেছি", True)]
    assert not bn("শিরোনাম\n\nসোজা কপালে হাত জিজ্ঞাসা করল,\n\nমাথাব্যথা একটু কমেছে?").statements


def test_a_bodys_press_unit_speaks_for_the_body(bn) -> None:
    # "X-এর প্রেস উইং থেকে এক বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে": X's, after the fact
    doc = bn("শিরোনাম\n\nনদীর বাঁধ মেরামতে নতুন প্রকল্প নেওয়া হয়েছে। রাষ্ট্রপতির কার্যালয়ের প্রেস উইং থেকে এক "
             "সংবাদ বিজ্ঞপ্তিতে এ তথ্য জানানো হয়েছে।")
    office = next(e for e in doc.entities if e.name == "President's Office")
    assert [(s.speaker.entity, s.content.text) for s in doc.statements] == [
        (office.id, "নদীর বাঁধ মেরামতে নতুন প্রকল্প নেওয়া হয়েছে")]


def test_when_they_spoke_is_no_part_of_the_speaker(bn) -> None:
    # a time or a phrase of when before the one named; not past a subject or one named by what they are
    doc = bn("শিরোনাম\n\nআন্দোলনের মধ্যে ১৮ জুলাই প্রতিমন্ত্রী জুনায়েদ আহমেদ পলক বলেছিলেন, ইন্টারনেট বন্ধ "
             "করা হয়নি।\n\nদায়িত্ব নেওয়ার অল্প সময়ের মধ্যেই জো বাইডেন বলেছিলেন, আমরা একসঙ্গে কাজ করব।\n\n"
             "সংশ্লিষ্ট একজন কর্মকর্তা আজ বিকেলে প্রথম আলোকে জানান, তিন শ্রেণিতে পর্যবেক্ষক আসবেন।")
    assert [s.speaker.text for s in doc.statements] == [
        "প্রতিমন্ত্রী জুনায়েদ আহমেদ পলক", "জো বাইডেন", "সংশ্লিষ্ট একজন কর্মকর্তা"]


def test_when_after_a_phrase_whose_owner_is_named_and_a_time_of_day_with_no_date(bn) -> None:
    # "X-এর ব্রিফিংয়ের কয়েক ঘণ্টা পর আজ ভোরে Y": X owns the phrase of when, Y spoke; "গতকাল রাতে"
    # says when even in an article with no date to resolve it by
    doc = bn("শিরোনাম\n\nমন্ত্রী রহিম উদ্দিনের ব্রিফিংয়ের কয়েক ঘণ্টা পর আজ ভোর সাড়ে ছয়টায় দলটির মুখপাত্র "
             "করিম হোসেন বলেছেন, তিনি ভালো আছেন।\n\nগতকাল রাতে পুলিশ জানায়, দুজনকে আটক করা হয়েছে।", date=None)
    assert [s.speaker.text for s in doc.statements] == ["দলটির মুখপাত্র করিম হোসেন", "পুলিশ"]


def test_the_ones_told_before_a_name_after_a_clause_and_a_plea_with_den(bn) -> None:
    # "… বেরিয়ে সাংবাদিকদের X বলেন": the ones told are no part of X; "যেন সবাই নজর দেন" is a plea
    doc = bn("শিরোনাম\n\nহাসপাতাল থেকে বেরিয়ে সাংবাদিকদের রহিম উদ্দিন বলেন, এ অঞ্চলে যেন সবাই নজর দেন।")
    assert [(s.speaker.text, s.stance) for s in doc.statements] == [("রহিম উদ্দিন", "other")]


def test_a_noun_cue_with_its_copula_before_the_comma(bn) -> None:
    # "X-এর অভিযোগ ছিল, …", "X-এর ভাষ্য হলো, …": X's; "আরেকটি প্রশ্ন হলো, …" is the writer's own
    doc = bn("শিরোনাম\n\nনয়াদিল্লির অভিযোগ ছিল, চীনা সেনারা ভারতীয় ভূখণ্ডে অনুপ্রবেশ করেছিলেন।\n\nআরেকটি প্রশ্ন "
             "হলো, এত দিন কেন ব্যবস্থা নেওয়া হয়নি।")
    assert [(s.speaker.text, s.cue, s.stance, s.content.text) for s in doc.statements] == [
        ("নয়াদিল্লির", "অভিযোগ", "claim", "চীনা সেনারা ভারতীয় ভূখণ্ডে অনুপ্রবেশ করেছিলেন")]


def test_what_a_report_calls_for_before_its_passive_cue(bn) -> None:
    # "বিবৃতিতে সবাইকে শান্ত থাকার আহ্বান জানানো হয়েছে।": the report's call, the object its content; not
    # how hard it condemned, nor only whom it accuses; the subject of a condition before is no source
    doc = bn("শিরোনাম\n\nবিএনপির পক্ষ থেকে সবাইকে শান্ত থাকার আহ্বান জানানো হয়েছে।\n\nবিবৃতিতে হামলার তীব্র "
             "নিন্দা জানানো হয়েছে।\n\nমামলায় তিনজনের বিরুদ্ধে অভিযোগ আনা হয়েছে।\n\nবিক্ষোভকারীরা থানার সামনে "
             "পৌঁছালে পুলিশের পক্ষ থেকে শান্ত থাকার অনুরোধ জানানো হয়।")
    bnp, police = (next(e for e in doc.entities if e.name == n) for n in ("Bangladesh Nationalist Party",
                                                                           "Bangladesh Police"))
    assert [(s.speaker.entity, s.stance, s.content.text) for s in doc.statements] == [
        (bnp.id, "other", "সবাইকে শান্ত থাকার"), (police.id, "other", "শান্ত থাকার")]


def test_the_accused_are_not_the_issuer_of_an_order(bn) -> None:
    # "X এবং Y-সহ ৭ জনের বিরুদ্ধে মামলার আবেদন নিয়ে আদেশ দিয়েছে আদালত। আদেশে …": no order of X's
    doc = bn("শিরোনাম\n\nসাবেক মন্ত্রী রহিম উদ্দিন এবং সাবেক সাংসদ করিম হোসেনসহ ৭ জনের বিরুদ্ধে মামলার আবেদন নিয়ে "
             "আদেশ দিয়েছে আদালত। আদেশে আবেদনটি এজাহার হিসেবে গ্রহণ করার নির্দেশ দেওয়া হয়েছে।")
    assert [(s.speaker.text, s.speaker.entity) for s in doc.statements] == [("আদেশে", None)]


def test_an_order_told_in_the_passive_does_not_run_on(bn) -> None:
    # "… পাঠাতে বলা হয়েছে।" after a document's words: what was ordered, told by the reporter
    doc = bn("শিরোনাম\n\nবিএফআইইউ-এর নির্দেশে বলা হয়েছে, সাবেক মন্ত্রীর সব হিসাবের লেনদেন ৩০ দিনের জন্য স্থগিত থাকবে। "
             "ব্যাংকগুলোকে হিসাবের তথ্য পাঠাতে বলা হয়েছে।")
    assert [s.content.text for s in doc.statements] == ["সাবেক মন্ত্রীর সব হিসাবের লেনদেন ৩০ দিনের জন্য স্থগিত থাকবে"]


def test_a_request_turned_down_is_no_denial(bn) -> None:
    doc = bn("শিরোনাম\n\nসাবেক মন্ত্রীর রাজনৈতিক আশ্রয়ের আবেদন প্রত্যাখ্যান করেছে যুক্তরাজ্য।\n\nমন্ত্রী রহিম উদ্দিন "
             "দুর্নীতির অভিযোগ প্রত্যাখ্যান করেছেন।")
    assert [(s.stance, s.content.text) for s in doc.statements] == [("deny", "দুর্নীতির অভিযোগ")]


def test_a_cue_ending_its_paragraph_with_a_dash(bn) -> None:
    doc = bn("শিরোনাম\n\nবিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেছেন—\n\nশিক্ষাব্যবস্থা বদলাতে হবে।")
    assert [(s.cue, s.content.text) for s in doc.statements] == [("বলেছেন", "শিক্ষাব্যবস্থা বদলাতে হবে")]


def test_a_view_cited_with_no_comma_after_it(bn) -> None:
    # "বিশেষজ্ঞদের মতে CONTENT": the experts' view; not another's view disagreed with
    doc = bn("শিরোনাম\n\nবিশেষজ্ঞদের মতে সাম্প্রতিক সময়ে তরুণদের মধ্যেও হৃদরোগের প্রকোপ বেড়েছে।\n\nআমাদের অন্যের "
             "মতে দ্বিমত পোষণ করেও সম্মান জানাতে হবে।")
    assert [(s.speaker.text, s.cue, s.content.text) for s in doc.statements] == [
        ("বিশেষজ্ঞদের", "মতে", "সাম্প্রতিক সময়ে তরুণদের মধ্যেও হৃদরোগের প্রকোপ বেড়েছে")]


def test_a_paper_credited_after_the_fact_carries_what_others_said(bn) -> None:
    # "X জানিয়েছে, …। এ তথ্য জানিয়েছে আনন্দবাজার।": the paper's statement with X's content, X's nested in it
    doc = bn("শিরোনাম\n\nআশ্রয়ের বিষয়ে যুক্তরাজ্য সরকার জানিয়েছে, এ বিষয়ে সিদ্ধান্ত হয়নি। এ তথ্য জানিয়েছে ভারতের "
             "সংবাদমাধ্যম আনন্দবাজার পত্রিকা।")
    told, paper = doc.statements
    assert paper.speaker.entity == next(e.id for e in doc.entities if e.name == "Anandabazar Patrika")
    assert told.nested_in == paper.id and told.content.text == paper.content.text == "এ বিষয়ে সিদ্ধান্ত হয়নি"


def test_a_piece_of_writing_is_no_part_of_its_writer(bn) -> None:
    doc = bn("শিরোনাম\n\nঅধ্যাপক আনু মুহাম্মদ এক লেখায় বলেছেন, দেশের অর্থনীতি সংকটে আছে।")
    assert [(s.speaker.text, s.speaker.anonymous) for s in doc.statements] == [("অধ্যাপক আনু মুহাম্মদ", False)]


def test_what_sources_told_with_the_source_noun_alone(bn) -> None:
    # "CONTENT বলে সূত্র জানিয়েছে": the sources, unnamed
    doc = bn("শিরোনাম\n\nদুই শতাধিক কয়েদি আত্মসমর্পণ করেছেন বলে সূত্র জানিয়েছে।")
    assert [(s.speaker.text, s.speaker.anonymous, s.content.text) for s in doc.statements] == [
        ("সূত্র", True, "দুই শতাধিক কয়েদি আত্মসমর্পণ করেছেন")]


def test_what_must_be_done_with_the_ones_who_must_put_after(bn) -> None:
    doc = bn("শিরোনাম\n\nবিএনপি নেতা রহিম উদ্দিন বলেন, ষড়যন্ত্রের বিষয়ে সজাগ থাকতে হবে দলের নেতাকর্মীকে।")
    assert only(doc).stance == "other"


def test_this_stops_rules_do_not_misfire_on_ordinary_sentences(bn) -> None:
    # (a second read of the change found each of these)
    # "X-এর মতে" as "as X wishes", or a book's rule, is no view cited; the claim after it stays found
    doc = bn("শিরোনাম\n\nবিএনপি এখন তারেক রহমানের মতে চলছে বলে দাবি করছেন অনেকে।\n\nসবকিছু সরকারের মতে চলবে না।"
             "\n\nইসলামি শরিয়তের মতে তাদের বিয়ে হয়।")
    assert [(s.speaker.text, s.cue) for s in doc.statements] == [("অনেকে", "দাবি করছেন")]
    # a body named before "বিরুদ্ধে" as the one that speaks against is still the document's issuer
    doc = bn("শিরোনাম\n\nবিএনপি শনিবার সরকারের বিরুদ্ধে কড়া ভাষায় একটি বিবৃতি দিয়েছে। বিবৃতিতে বলা হয়েছে, দেশে "
             "গণতন্ত্র নেই।")
    assert only(doc).speaker.entity == next(e.id for e in doc.entities if e.name == "Bangladesh Nationalist Party")
    # a counted demand, in the passive as in the active, says nothing of what
    assert not bn("শিরোনাম\n\nবিএনপির পক্ষ থেকে সাত দফা দাবি জানানো হয়।").statements
    # a locative is no infinitive: "সভাতে বলা হয়েছে" inside someone's words goes on
    doc = bn("শিরোনাম\n\nবাণিজ্যমন্ত্রী রহিম উদ্দিন বলেন, ব্যাংকগুলোর সঙ্গে কাজ চলছে। এটা আগেও সভাতে বলা হয়েছে।")
    assert len(doc.statements) == 2
    # "মি." after a number is metres, no mark of BBC Bangla's style
    doc = bn("শিরোনাম\n\nঅলিম্পিকে ২০০ মি. দৌড়ে অংশ নেবেন ইমরানুর রহমান। ইমরানুর রহমান বিবিসিকে বলেন, আমি পদক "
             "জিততে চাই।")
    assert only(doc).nested_in == next(e.id for e in doc.entities if e.name == "BBC")
    # a noun cue's copula with "যে"; the need of the hour is no one's demand
    doc = bn("শিরোনাম\n\nবিএনপির দাবি হলো যে, নির্বাচন সুষ্ঠু হয়নি।\n\nসময়ের দাবি হলো, দ্রুত একটি সুষ্ঠু নির্বাচন "
             "আয়োজন করা।")
    assert [s.content.text for s in doc.statements] == ["নির্বাচন সুষ্ঠু হয়নি"]
    # an ellipsis of three stops after a cue that ends its paragraph
    doc = bn("শিরোনাম\n\nবিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর সংবাদ সম্মেলনে বলেন...\n\nআমরা কাউকে ছাড় দেব না।")
    assert [s.content.text for s in doc.statements] == ["আমরা কাউকে ছাড় দেব না"]


def test_a_memorandum_speaks_as_other_documents_do(bn) -> None:
    doc = bn("শিরোনাম\n\nস্মারকলিপিতে বলা হয়, লাইব্রেরির পরিসর অত্যন্ত সীমিত। পড়াশোনার পরিবেশ বিঘ্নিত হচ্ছে।")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("স্মারকলিপিতে", "লাইব্রেরির পরিসর অত্যন্ত সীমিত"), ("স্মারকলিপিতে", "পড়াশোনার পরিবেশ বিঘ্নিত হচ্ছে")]


def test_a_weekday_after_the_issuer_is_no_genitive(bn) -> None:
    doc = bn("শিরোনাম\n\nজাতিসংঘ শুক্রবার একটি বিবৃতি প্রকাশ করেছে। বিবৃতিতে বলা হয়েছে, সংঘাতে অন্তত ৫০ জন নিহত হয়েছে।")
    un = next(e for e in doc.entities if e.name == "United Nations")
    assert only(doc).speaker.entity == un.id


def test_a_counted_thing_given_says_nothing(bn) -> None:
    # "একটি নির্দেশ দেয়", "নানা প্রশ্ন করেন": an order given, questions asked, no content
    doc = bn("শিরোনাম\n\nস্বরাষ্ট্র মন্ত্রণালয় বৃহস্পতিবার সব জেলা প্রশাসককে একটি নির্দেশ দেয়। "
             "কমিটির সদস্যরা মন্ত্রীকে নানা প্রশ্ন করেন।")
    assert not doc.statements


def test_one_who_asked_not_to_be_named_or_is_left_unnamed_is_anonymous(bn) -> None:
    doc = bn("শিরোনাম\n\nওয়ার্ড কাউন্সিলর আবদুল হাই বলেন, রাস্তার কাজ চলছে। তবে নাম প্রকাশে অনিচ্ছুক বর্তমান এক "
             "কাউন্সিলর বলেন, কাজের মান খুব খারাপ।\n\nভারতের এক সাবেক কূটনীতিবিদের মতে, এই সফর গুরুত্বপূর্ণ। "
             "কারো কারো মতে, সম্পর্ক আরও খারাপ হবে।")
    named, withheld, diplomat, some = doc.statements
    assert named.speaker.entity is not None and not named.speaker.anonymous
    for s in (withheld, diplomat, some):
        assert s.speaker.entity is None and s.speaker.anonymous, s.speaker.text


def test_the_writers_aside_ends_the_speakers_run(bn) -> None:
    doc = bn("শিরোনাম\n\nমন্ত্রী রফিক আহমেদ বলেন, সম্পর্ক ভালো আছে। আলোচনা চলছে। বলাই বাহুল্য, গত এক মাসে সম্পর্কের "
             "দ্রুত অবনতি হয়েছে।")
    assert [s.content.text for s in doc.statements] == ["সম্পর্ক ভালো আছে", "আলোচনা চলছে"]


def test_cues_said_out_and_holding_a_view(bn) -> None:
    doc = bn("শিরোনাম\n\nমন্ত্রী রফিক আহমেদ বলে ওঠেন, এটা হতে পারে না।\n\nঅধ্যাপক করিম মত পোষণ করেন যে সংস্কার জরুরি।")
    assert [(s.cue, s.content.text) for s in doc.statements] == [
        ("বলে ওঠেন", "এটা হতে পারে না"), ("মত পোষণ করেন", "সংস্কার জরুরি")]


def test_the_speaker_of_two_joined_clauses_is_the_person_the_first_names(bn) -> None:
    s = only(bn("শিরোনাম\n\nএনসিপি নেতা নাহিদ ইসলাম অবশ্য এ খবর অস্বীকার করেছেন এবং বলেছেন, তাঁরা ৩০০ আসনেই লড়বেন।"))
    assert s.speaker.text == "এনসিপি নেতা নাহিদ ইসলাম" and s.content.text == "তাঁরা ৩০০ আসনেই লড়বেন"


def test_a_person_welcomed_or_thanked_is_no_statement(bn) -> None:
    doc = bn("শিরোনাম\n\nবিমানবন্দরে পরিবারের সদস্যরা তাকে স্বাগত জানান। মন্ত্রী রফিক আহমেদ কৃষক আবদুল করিমকে ধন্যবাদ জানান। "
             "বিএনপি সরকারের এই সিদ্ধান্তকে স্বাগত জানিয়েছে।")
    # (a decision welcomed is a view of it, and stays)
    assert [s.content.text for s in doc.statements] == ["সরকারের এই সিদ্ধান্তকে"]


def test_a_bare_title_points_back_to_one_of_the_same_post(bn) -> None:
    doc = bn("শিরোনাম\n\nসিপিবির সহসাধারণ সম্পাদক মিহির ঘোষ বলেন, আন্দোলন চলবে। পরে সিপিবির সাধারণ সম্পাদক বলেন, "
             "আমরা নির্বাচনে যাব।\n\nমার্কিন পররাষ্ট্রমন্ত্রী মার্কো রুবিও বলেন, আলোচনা চলছে। পাকিস্তানের "
             "পররাষ্ট্রমন্ত্রী বলেছেন, যুদ্ধবিরতি হবে।\n\nউপজেলা নির্বাহী কর্মকর্তা মো. শফিকুল ইসলাম বলেন, ত্রাণ যাচ্ছে। "
             "স্বাস্থ্যমন্ত্রী রহিম উদ্দিন বলেন, হাসপাতাল প্রস্তুত। মন্ত্রী আরও বলেন, ওষুধ আছে।")
    by_text = {s.content.text: s.speaker.entity for s in doc.statements}
    mihir, rubio, _, rahim = (e.id for e in doc.entities if e.type == "PER")
    assert by_text["আন্দোলন চলবে"] == mihir and by_text["আমরা নির্বাচনে যাব"] is None  # another post
    assert by_text["আলোচনা চলছে"] == rubio and by_text["যুদ্ধবিরতি হবে"] is None  # another country's
    assert by_text["ওষুধ আছে"] == rahim  # "মন্ত্রী" is the "স্বাস্থ্যমন্ত্রী" named before


def test_a_country_opening_the_clause_speaks_and_a_manner_word_does_not(bn) -> None:
    s = only(bn("শিরোনাম\n\nপাকিস্তান এই হামলাকে কাপুরুষোচিত বলে আখ্যা দিয়েছে।"))
    assert s.speaker.text == "পাকিস্তান" and s.content.text == "এই হামলাকে কাপুরুষোচিত"
    # "বিলাপ করে বলছিলেন" (said wailing): how, not who
    doc = bn("শিরোনাম\n\nনিহতের বোন হাসপাতালের সামনে দাঁড়িয়ে ছিলেন। বিলাপ করে বলছিলেন, আমার ভাই আর ফিরবে না।")
    assert all(s.speaker.text != "বিলাপ" for s in doc.statements)


def test_a_document_named_alone_speaks_for_its_issuer_a_few_sentences_back(bn) -> None:
    doc = bn("শিরোনাম\n\nজাতিসংঘ আজ এক বিবৃতি দিয়েছে। সংঘাতে অনেক মানুষ ঘরছাড়া হয়েছেন। শিবিরগুলোতে খাবার "
             "নেই। শীত বাড়ছে। বিবৃতিতে বলা হয়েছে, অবিলম্বে যুদ্ধবিরতি দরকার।")
    un = next(e for e in doc.entities if e.name == "United Nations")
    said = next(s for s in doc.statements if s.content.text == "অবিলম্বে যুদ্ধবিরতি দরকার")
    assert said.speaker.entity == un.id


def test_a_document_after_a_participle_clause_is_the_source_not_the_one_the_clause_is_about(bn) -> None:
    doc = bn("শিরোনাম\n\nস্বরাষ্ট্র মন্ত্রণালয় রোববার একটি বিজ্ঞপ্তি দিয়েছে। সাবেক ওসি রফিক উদ্দিন দায়িত্ব পালনে নিয়ম রক্ষা "
             "করেননি জানিয়ে বিজ্ঞপ্তিতে লেখা হয়েছে, তাঁকে সাময়িক বরখাস্ত করা হলো।")
    ministry = next(e for e in doc.entities if e.type == "ORG")
    assert only(doc).speaker.entity == ministry.id


def test_a_quotation_of_calls_in_every_sentence_is_a_call(bn) -> None:
    # several sentences, each a request or a demand: other; one fact among them keeps it an assertion
    doc = bn("শিরোনাম\n\nমুখপাত্র করিম হোসেন বলেন, ‘আমরা সব পক্ষকে সংযত থাকার অনুরোধ করছি। একই সঙ্গে দ্রুত "
             "আলোচনায় বসতে হবে।’\n\nমুখপাত্র রহিম উদ্দিন বলেন, ‘গতকাল দুজন আহত হয়েছেন। সবাইকে সংযত থাকতে হবে।’")
    assert [s.stance for s in doc.statements] == ["other", "assert"]


def test_a_warning_of_what_will_be_done_is_other_and_a_forecast_is_not(bn) -> None:
    # "… হলে … জবাব দেওয়া হবে", "… ছাড় দেওয়া হবে না": a threat (other); "জনতাই … প্রতিহত করবে": told
    doc = bn("শিরোনাম\n\nপুলিশ সুপার করিম হোসেন বলেন, কেউ মিছিলে বাধা দিলে কঠোর ব্যবস্থা নেওয়া হবে।\n\n"
             "নেতা রহিম উদ্দিন বলেন, হামলাকারীদের কোনো ছাড় দেওয়া হবে না।\n\nনেতা রহিম উদ্দিন আরও বলেন, "
             "জনতাই এই অপশক্তিকে প্রতিহত করবে।")
    assert [s.stance for s in doc.statements] == ["other", "other", "assert"]


def test_a_notice_asking_in_the_passive_present_is_its_request_and_goes_on(bn) -> None:
    # "… বন্ধ করতে অনুরোধ করা যাচ্ছে": the notice's own request (other), past the opener "এ ব্যাপারে"
    doc = bn("শিরোনাম\n\nআইএসপিআর এক বিজ্ঞপ্তিতে জানায়, পরিস্থিতি স্বাভাবিক রয়েছে। এতে বলা হয়, সামাজিক মাধ্যমে "
             "গুজব ছড়ানো হচ্ছে। এ ব্যাপারে সর্বসাধারণকে অপপ্রচার বন্ধ করতে অনুরোধ করা যাচ্ছে।")
    assert [(s.speaker.entity, s.stance) for s in doc.statements] == [
        ("e1", "assert"), ("e1", "assert"), ("e1", "other")]


def test_the_hearers_told_what_they_will_do_is_a_request(bn) -> None:
    # "আপনারা … করবেন (না)": asked of the hearers, in the polite future; "আপনারা দেখবেন, …" tells
    doc = bn("শিরোনাম\n\nতিনি বলেন, আপনারা অতিরিক্ত বল প্রয়োগ করবেন না।\n\nতিনি বলেন, আপনারা সততার সঙ্গে দায়িত্ব "
             "পালন করবেন।\n\nতিনি বলেন, আপনারা দেখবেন সরকার ব্যর্থ হবে।")
    assert [s.stance for s in doc.statements] == ["other", "other", "assert"]


def test_a_question_whose_mark_ends_the_content_is_other(bn) -> None:
    # the "?" is left out of the content; a question asked is other, one the speaker tells of having
    # asked ("… জানতে চেয়েছিলেন, তারা কেন …?") is told
    doc = bn("শিরোনাম\n\nনেতা ওসমান হাদী বলেন, সরকার জনগণের কথা শুনছে না। সরকার এত সংস্কার কাদের নিয়ে করবে?\n\n"
             "সভাপতি রহিম উদ্দিন বলেন, তিনি তাদের কাছে জানতে চেয়েছিলেন, তারা কেন এমন কাজ করেছিল?")
    assert [s.stance for s in doc.statements][:3] == ["assert", "other", "assert"]


def test_justice_asked_and_a_misspelt_call_are_demands(bn) -> None:
    # "… হত্যার বিচার চাই", "… সহযোগিতার আহবান জানাচ্ছি": the speaker's own demand and call (other)
    doc = bn("শিরোনাম\n\nবিপ্লবের মা বলেন, আমার ছেলেকে গুলি করে মারা হয়েছে। আমি ছেলের হত্যার বিচার চাই। "
             "প্রশাসনের প্রতি সহযোগিতার আহবান জানাচ্ছি।")
    assert [s.stance for s in doc.statements] == ["assert", "other", "other"]


def test_a_compound_verbs_imperative_is_a_request_and_a_count_of_days_is_not(bn) -> None:
    # "… অস্ত্র তুলে দিন": give them over (other); "… আরও দুই দিন" counts days
    doc = bn("শিরোনাম\n\nতিনি বলেন, পুলিশের হাতে অস্ত্র তুলে দিন।\n\nতিনি বলেন, দাম কমতে আরও দুই দিন লাগবে।")
    assert [s.stance for s in doc.statements] == ["other", "assert"]


def test_a_greeting_made_before_a_clause_about_its_receivers_is_other(bn) -> None:
    # "… ছাত্র-জনতাকে অভিনন্দন জানাই, যারা …": the speaker's own congratulation, then whom it is for
    doc = bn("শিরোনাম\n\nতিনি বলেন, সর্বস্তরের ছাত্র-জনতাকে অভিনন্দন জানাই, যারা বুকের রক্ত দিয়ে দেশ স্বাধীন করেছেন।")
    assert [s.stance for s in doc.statements] == ["other"]


def test_what_it_will_be_right_to_do_is_a_demand(bn) -> None:
    s = only(bn("শিরোনাম\n\nসংস্থাটি বলেছে, বিদেশি অংশীদারদের দুই দলকে আলোচনায় উৎসাহিত করা উচিত হবে।"))
    assert s.stance == "other"


def test_a_credit_opening_a_paragraph_covers_the_lede_before_it(bn) -> None:
    doc = bn("শিরোনাম\n\nদেশ একটি সংকটময় মুহূর্তে আছে। সহিংসতার ঝুঁকি বাড়ছে।\n"
             "নির্বাচনের পর দুই দলকে আলোচনায় বসতে হবে। বিদেশি অংশীদারদের এ পথে উৎসাহ দেওয়া দরকার।\n"
             "ব্রাসেলসভিত্তিক ইন্টারন্যাশনাল ক্রাইসিস গ্রুপ তাদের সদ্য প্রকাশিত প্রতিবেদনে এই অভিমত দিয়েছে। সংস্থাটি "
             "যুদ্ধ প্রতিরোধে কাজ করে।")
    said = [s.content.text for s in doc.statements]
    assert said[:4] == ["দেশ একটি সংকটময় মুহূর্তে আছে", "সহিংসতার ঝুঁকি বাড়ছে",
                        "নির্বাচনের পর দুই দলকে আলোচনায় বসতে হবে", "বিদেশি অংশীদারদের এ পথে উৎসাহ দেওয়া দরকার"]
    assert len({s.speaker.entity for s in doc.statements[:4]}) == 1


def test_every_person_of_a_list_speaks_and_a_joint_statement_is_each_ones(bn) -> None:
    doc = bn("শিরোনাম\n\nঢাকা বিশ্ববিদ্যালয়ের অধ্যাপক রফিক আহমেদ, সমাজকর্মী করিম উদ্দিন এবং শিক্ষক আবদুল হাই বলেন, "
             "মন্দিরটি সংস্কার করা জরুরি।\n\nবিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর ও জামায়াতের আমির শফিকুর রহমান "
             "এক যৌথ বিবৃতিতে বলেন, নির্বাচন হতে হবে।")
    first = [s.speaker.text for s in doc.statements if s.content.text == "মন্দিরটি সংস্কার করা জরুরি"]
    assert first == ["ঢাকা বিশ্ববিদ্যালয়ের অধ্যাপক রফিক আহমেদ", "সমাজকর্মী করিম উদ্দিন", "শিক্ষক আবদুল হাই"]
    joint = [s.speaker.text for s in doc.statements if s.content.text == "নির্বাচন হতে হবে"]
    assert joint == ["বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর", "জামায়াতের আমির শফিকুর রহমান"]
    # a bench named by its judges is one speaker of theirs, not each judge
    doc = bn("শিরোনাম\n\nপ্রধান বিচারপতি ডি ওয়াই চন্দ্রচূড়, বিচারপতি জে বি পর্দিওয়ালা ও বিচারপতি মনোজ মিশ্রর বেঞ্চ "
             "জানিয়ে দেন, সংস্থার ক্ষমতায় হস্তক্ষেপ করা যায় না।")
    assert "প্রধান বিচারপতি ডি ওয়াই চন্দ্রচূড়" not in [s.speaker.text for s in doc.statements]


def test_a_cue_noun_with_the_emphatic_o_is_the_cue(bn) -> None:
    s = only(bn("শিরোনাম\n\nবিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর নির্বাচনের তারিখ পরিবর্তনের দাবিও জানিয়েছেন।"))
    assert s.cue == "দাবিও জানিয়েছেন" and s.content.text == "নির্বাচনের তারিখ পরিবর্তনের"


def test_ms_before_a_surname_is_the_person_and_an_unnamed_body_is_anonymous(bn) -> None:
    doc = bn("শিরোনাম\n\nঅধ্যাপক আমেনা মহসিন বলেন, আলোচনা দরকার। মিজ মহসিন আরও বলেন, সময় কম।\n\n"
             "পরিযায়ী শ্রমিকদের একটি সংগঠন বলছে, মজুরি বাড়েনি।")
    amena = next(e for e in doc.entities if e.type == "PER")
    said = {s.content.text: s.speaker for s in doc.statements}
    assert said["সময় কম"].entity == amena.id
    assert said["মজুরি বাড়েনি"].anonymous and said["মজুরি বাড়েনি"].entity is None


def test_the_means_of_telling_after_the_speaker_is_not_the_speaker(bn) -> None:
    s = only(bn("শিরোনাম\n\nঅধ্যক্ষ গোলাম কবীর মোবাইল ফোনে বলেন, পদত্যাগপত্র পাঠিয়েছি।"))
    assert s.speaker.text == "অধ্যক্ষ গোলাম কবীর" and s.speaker.entity is not None


def test_a_list_closed_by_et_al_gives_each_named_person_the_statement(bn) -> None:
    doc = bn("শিরোনাম\n\nসভায় জেলা আওয়ামী লীগের সভাপতি বাপ্পী রহমান, সাধারণ সম্পাদক রফিক উদ্দিন, যুবলীগ নেতা আবু সাদিক "
             "প্রমুখ বলেন, দলকে শক্তিশালী করতে হবে।")
    assert [s.speaker.text for s in doc.statements] == [
        "জেলা আওয়ামী লীগের সভাপতি বাপ্পী রহমান", "সাধারণ সম্পাদক রফিক উদ্দিন", "যুবলীগ নেতা আবু সাদিক"]


def test_at_that_time_is_no_pronoun_and_a_book_written_is_no_statement(bn) -> None:
    doc = bn("শিরোনাম\n\nসাবেক মন্ত্রী আবু সাঈদ দলে ফিরেছেন। সে সময় সরকার জানায়, নির্বাচন হবে না।")
    assert only(doc).speaker.text == "সরকার"
    assert not bn("শিরোনাম\n\nলেখক শফিক রেহমান ‘যায়যায়দিন’ নিয়ে একটি বই লিখেছেন, যা খুব জনপ্রিয়।").statements


def test_a_name_qualifying_the_object_or_an_adverb_after_the_speaker_is_not_the_speaker(bn) -> None:
    s = only(bn("শিরোনাম\n\nপাকিস্তানের প্রতিরক্ষামন্ত্রী খাজা আসিফ আজ বুধবার তালেবান সরকারকে সতর্ক করে বলেছেন, "
                "হামলা হলে জবাব দেওয়া হবে।"))
    assert s.speaker.text == "পাকিস্তানের প্রতিরক্ষামন্ত্রী খাজা আসিফ"
    s = only(bn("শিরোনাম\n\nঅধ্যাপক মুহাম্মদ ইউনূস যুক্তিসংগতভাবে বলছেন, সংস্কার দরকার।"))
    assert s.speaker.text == "অধ্যাপক মুহাম্মদ ইউনূস" and s.speaker.entity is not None
    # the one in a relative clause put first is in what is welcomed, not the one welcoming
    doc = bn("শিরোনাম\n\nঅধ্যাপক ইউনূস যে সংস্কারপ্রক্রিয়া শুরু করেছেন, ছাত্ররা সেটিকে স্বাগত জানিয়েছেন।")
    assert all("ইউনূস" not in s.speaker.text for s in doc.statements)


def test_a_name_in_what_the_pronouns_sentence_reports_is_not_the_pronoun(bn) -> None:
    doc = bn("শিরোনাম\n\nসংবাদ সম্মেলনে সাবেক সংসদ সদস্য আবদুল হান্নান মাসুদ বলেন, দ্বীপে সন্ত্রাস চলছে। মোহাম্মদ আলীর কাছে "
             "দ্বীপের সাত লাখ মানুষ জিম্মি হয়ে আছে বলেও তিনি উল্লেখ করেন।")
    masud = next(e for e in doc.entities if "মাসুদ" in e.mentions[0].text)
    assert doc.statements[-1].speaker.entity == masud.id


def test_what_is_made_sure_of_is_not_a_thing_confirmed(bn) -> None:
    # (the officer's confirmation, opening its paragraph, covers the event told in the one before)
    doc = bn("শিরোনাম\n\nশহরের মোড়ে যানবাহনের আলাদা লেনে চলাচল নিশ্চিত করছিলেন শিক্ষার্থীরা।\n\n"
             "জেলা প্রশাসন পূজামণ্ডপের নিরাপত্তা নিশ্চিত করেছে।\n\nমণ্ডপে হামলায় দুজন আহত হয়েছেন।\n\n"
             "পুলিশ সুপার রফিক আহমেদ ঘটনার সত্যতা নিশ্চিত করেছেন।")
    assert [(s.stance, s.content.text) for s in doc.statements] == [("confirm", "মণ্ডপে হামলায় দুজন আহত হয়েছেন")]


def test_a_name_alone_after_speech_is_a_signature_not_speech(bn) -> None:
    doc = bn("শিরোনাম\n\nদলের বিজ্ঞপ্তিতে মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর বলেন, আন্দোলন চলবে। "
             "বাংলাদেশ জাতীয়তাবাদী দল।")
    assert [s.content.text for s in doc.statements] == ["আন্দোলন চলবে"]


def test_two_bodies_named_together_each_make_the_statement(bn) -> None:
    doc = bn("শিরোনাম\n\nসংঘাত যাতে না ছড়ায়, সে জন্য সব পক্ষকে সংযত হওয়ার আহ্বান জানিয়েছে জাতিসংঘ ও ফ্রান্স।")
    assert [s.speaker.text for s in doc.statements] == ["জাতিসংঘ", "ফ্রান্স"]


def test_one_compared_with_is_not_the_pronoun(bn) -> None:
    doc = bn("শিরোনাম\n\nচিকিৎসক তাজনূভা জাবীন দীর্ঘদিন দলে ছিলেন। তাসনিম জারার মতো তিনিও দল ছেড়েছেন। "
             "তিনি লেখেন, আমি আর থাকছি না।")
    jabin = next(e for e in doc.entities if "জাবীন" in e.mentions[0].text)
    assert only(doc).speaker.entity == jabin.id


def test_a_cited_view_stops_at_a_sentence_about_someone_else(bn) -> None:
    doc = bn("শিরোনাম\n\nরাজনৈতিক বিশ্লেষকদের মতে, দলটি এখন চাপে আছে। নেতৃত্ব নিয়ে প্রশ্ন বাড়ছে। "
             "দলের চেয়ারপারসন খালেদা জিয়া ১৯৮৪ সালে দায়িত্ব নেন।")
    assert [s.content.text for s in doc.statements] == ["দলটি এখন চাপে আছে", "নেতৃত্ব নিয়ে প্রশ্ন বাড়ছে"]


def test_a_person_named_as_the_topic_is_not_the_one_the_pronoun_means(bn) -> None:
    # "X প্রসঙ্গে প্রশ্ন করা হলে তিনি বলেন": X is what she was asked about; she is the economist
    doc = bn("শিরোনাম\nঅর্থনীতিবিদ নাসরিন সুলতানা বলেন, বাজেটে কৃষকের জন্য বরাদ্দ কম। সাবেক মন্ত্রী কামাল উদ্দিন "
             "প্রসঙ্গে প্রশ্ন করা হলে তিনি বলেন, তাঁর সময়েও একই অবস্থা ছিল।")
    first, second = doc.statements
    assert second.speaker.text == "তিনি" and second.speaker.entity == first.speaker.entity is not None


def test_the_object_of_a_manner_clause_is_not_part_of_the_speaker(bn) -> None:
    # "X Y-কে কটাক্ষ করে বলেন": X mocked Y and said; Y (and its determiner) is the object
    st = only(bn("শিরোনাম\nবিক্রেতা ক্রেতাকে কটাক্ষ করে বলেন, দাম কমবে না।"))
    assert st.speaker.text == "বিক্রেতা"
    st = only(bn("শিরোনাম\nপ্রতিমন্ত্রী এই প্রস্তাবকে অবাস্তব আখ্যা দিয়ে বলেন, এটি বাস্তবায়ন সম্ভব নয়।"))
    assert st.speaker.text == "প্রতিমন্ত্রী"


def test_a_pronoun_glossed_in_brackets_is_the_one_the_bracket_names(bn) -> None:
    doc = bn("শিরোনাম\nআইনজীবী রফিক উদ্দিন বলেন, জেলা প্রশাসক আনোয়ার হোসেন আইন ভেঙে অনুমতি দেন। এ বিষয়ে তিনি "
             "(জেলা প্রশাসক) হাই কোর্টে একটি হলফনামা দাখিল করে বলেন, মন্ত্রীর নির্দেশে অনুমতি দেওয়া হয়েছে।")
    lawyer, officer = doc.statements
    anwar = next(e for e in doc.entities if e.name == "Anwar Hossain")
    assert officer.speaker.text == "তিনি (জেলা প্রশাসক)" and officer.speaker.entity == anwar.id != lawyer.speaker.entity


def test_a_claim_posted_on_a_bodys_page_is_the_bodys(bn) -> None:
    # "X-এর ফেসবুক পেজে … শেয়ার করে দাবি করা হয়, …": the page's owner claims; the participle
    # before the passive cue leads to it, and the name in what is claimed is no speaker
    st = only(bn("শিরোনাম\nকৃষক লীগের ফেসবুক পেজে একটি ছবি শেয়ার করে দাবি করা হয়, সমাবেশে লাখো মানুষ এসেছিল।"))
    assert (st.speaker.text, st.cue, st.stance) == ("কৃষক লীগের", "দাবি করা হয়", "claim")
    assert st.content.text == "সমাবেশে লাখো মানুষ এসেছিল"
    st = only(bn("শিরোনাম\nমন্ত্রী তার ফেসবুক পেজে লেখেন, কাজ চলছে।"))
    assert st.speaker.text == "মন্ত্রী"


def test_one_spoken_to_inside_a_quotation_is_not_a_speaker_even_glossed(bn) -> None:
    # "‘কামালকে (আমাকে) বললেন, …’": the one told, glossed by the quoted speaker, is no speaker
    doc = bn("শিরোনাম\nশিল্পী কামাল হোসেন সেদিনের কথা মনে করে বলেন, ‘রফিককে (আমাকে) স্যার বললেন, ছবি আঁকা ছাড়বে না।’")
    assert [s.speaker.text for s in doc.statements] == ["শিল্পী কামাল হোসেন"]


def test_a_deal_set_out_after_a_persons_words_is_the_reporters(bn) -> None:
    # "চুক্তি অনুযায়ী, …" after a named person's words: the reporter sets out the document; a report
    # cited so ("প্রতিবেদন অনুযায়ী, …") is a source of its own
    doc = bn("শিরোনাম\nবাণিজ্যমন্ত্রী আনিসুল কবির বলেন, চুক্তিটি দুই দেশের জন্যই লাভজনক। "
             "চুক্তি অনুযায়ী, পাঁচ বছরে শুল্ক অর্ধেকে নামবে।")
    assert [s.content.text for s in doc.statements] == ["চুক্তিটি দুই দেশের জন্যই লাভজনক"]


@pytest.mark.parametrize("cited", ["সর্বশেষ পাওয়া তথ্য অনুযায়ী", "প্রাথমিক তথ্য অনুযায়ী", "স্বীকৃত তথ্য অনুযায়ী"])
def test_figures_cited_by_words_that_name_no_one_are_the_reporters(bn, cited: str) -> None:
    # "সর্বশেষ পাওয়া তথ্য অনুযায়ী, …": no one is named, only the figures described; no statement of
    # its own, and the speech before it does not run on into it
    doc = bn(f"শিরোনাম\nফায়ার সার্ভিসের কর্মকর্তা রাশেদ করিম বলেন, আগুন নিয়ন্ত্রণে এসেছে। "
             f"{cited}, কারখানাটিতে অন্তত ১২ জন মারা গেছেন।")
    assert [s.content.text for s in doc.statements] == ["আগুন নিয়ন্ত্রণে এসেছে"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("পুলিশের তথ্য অনুযায়ী, কারখানাটিতে অন্তত ১২ জন মারা গেছেন।", "পুলিশের"),
    ("কারও কারও মতে, সিদ্ধান্তটি ছিল ভুল।", "কারও কারও"),
    ("একটি হলফনামা অনুযায়ী, তাঁর সম্পদ তিন গুণ বেড়েছে।", "একটি হলফনামা"),
    ("হাসপাতাল সূত্র অনুযায়ী, আহতদের তিনজনের অবস্থা আশঙ্কাজনক।", "হাসপাতাল"),
    ("সরকারি হিসাব অনুযায়ী, ঘূর্ণিঝড়ে ১২ হাজার ঘরবাড়ি বিধ্বস্ত হয়েছে।", "সরকারি"),
])
def test_figures_cited_to_someone_are_theirs(bn, sentence: str, speaker: str) -> None:
    assert [s.speaker.text for s in bn("শিরোনাম\n" + sentence).statements] == [speaker]


@pytest.mark.parametrize(("sentence", "content"), [
    ("মেয়র রফিকুল ইসলাম দ্রুত সড়ক সংস্কার শুরু করার আশ্বাস দেন।", "দ্রুত সড়ক সংস্কার শুরু করার"),
    ("মন্ত্রী ক্ষতিগ্রস্তদের পুনর্বাসনের প্রতিশ্রুতি দিয়েছেন।", "ক্ষতিগ্রস্তদের পুনর্বাসনের"),
    ("মেয়র রফিকুল ইসলাম আশ্বাস দেন, দ্রুত সড়ক সংস্কার শুরু হবে।", "দ্রুত সড়ক সংস্কার শুরু হবে"),
])
def test_an_assurance_or_a_promise_takes_what_it_promises_as_its_object(bn, sentence: str, content: str) -> None:
    # "X … করার আশ্বাস দেন": what was promised stands before the cue, as with "আহ্বান জানান"
    assert [s.content.text for s in bn("শিরোনাম\n" + sentence).statements] == [content]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("মার্কিন দূতাবাসের ফেসবুক পেজে দেওয়া পোস্টে বলা হয়েছে, ভিসা কার্যক্রম স্থগিত থাকবে।", "মার্কিন দূতাবাসের"),
    ("পিসিবির ওয়েবসাইটে প্রকাশিত বিজ্ঞপ্তিতে বলা হয়েছে, সিরিজটি মার্চে হবে।", "পিসিবির"),
    ("রাশেদ খান তার ফেসবুক পেজে দেওয়া পোস্টে লেখেন, সিরিজটি মার্চে হবে।", "রাশেদ খান"),
])
def test_a_document_put_out_somewhere_is_its_owners(bn, sentence: str, speaker: str) -> None:
    # "X-এর ফেসবুক পেজে দেওয়া পোস্টে বলা হয়েছে": X's post; "দেওয়া" and "ফেসবুক" are no speakers
    assert [s.speaker.text for s in bn("শিরোনাম\n" + sentence).statements] == [speaker]


@pytest.mark.parametrize("given", ["আইনের মধ্যে থেকে কাজ করতে আমলাদের পরামর্শ দিয়ে", "কর্মকর্তাদের নির্দেশ দিয়ে"])
def test_the_ones_advised_are_no_speaker(bn, given: str) -> None:
    # "… আমলাদের পরামর্শ দিয়ে বলেন, …": the bureaucrats were advised; the adviser, dropped, is the one before
    doc = bn(f"শিরোনাম\nউপদেষ্টা নাহিদ ইসলাম সচিবালয়ে সভা করেন। {given} বলেন, কাউকে ছাড় দেওয়া হবে না।")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [("নাহিদ ইসলাম", "কাউকে ছাড় দেওয়া হবে না")]


def test_a_clause_before_a_participle_cue_is_said_too(bn) -> None:
    # "CONTENT উল্লেখ করে X বলেন, …": X says both; the participle is the first one's cue
    doc = bn("শিরোনাম\nদেশের পরিস্থিতি শান্ত হয়ে আসছে উল্লেখ করে সেনাপ্রধান রফিক আহমেদ বলেন, ‘সবাইকে ধৈর্য ধরতে হবে।’")
    assert [(s.speaker.text, s.cue, s.content.text) for s in doc.statements] == [
        ("সেনাপ্রধান রফিক আহমেদ", "উল্লেখ করে", "দেশের পরিস্থিতি শান্ত হয়ে আসছে"),
        ("সেনাপ্রধান রফিক আহমেদ", "বলেন", "সবাইকে ধৈর্য ধরতে হবে")]


@pytest.mark.parametrize("sentence", [
    "বিষয়টি নিশ্চিত করে ওসি রফিকুল ইসলাম বলেন, মামলা হয়েছে।",  # a pointer: told elsewhere
    "নিজের রাজনৈতিক লড়াইয়ের কথা উল্লেখ করে রফিকুল ইসলাম বলেন, মামলা হয়েছে।",  # what was spoken of
    "গানটি নিজের ফেসবুকে শেয়ার করে রফিকুল ইসলাম বলেন, মামলা হয়েছে।",  # no saying
    "সচিবদের ‘দোসর’ উল্লেখ করে তাদের অপসারণের দাবি জানান রফিকুল ইসলাম।",  # the words between are an object
])
def test_a_participle_cue_that_says_nothing_before_the_verb(bn, sentence: str) -> None:
    assert all(s.cue not in ("উল্লেখ করে", "নিশ্চিত করে", "শেয়ার করে") for s in bn("শিরোনাম\n" + sentence).statements)


def test_a_clause_after_the_cue_with_no_comma_is_what_was_said(bn) -> None:
    # "ওসি X জানান তারা কাজ শুরু করেছেন": the comma left out; a clause ending in its verb is no speaker
    st = only(bn("শিরোনাম\nওসি বছিরুল ইসলাম জানান তারা কাজ শুরু করেছেন।"))
    assert (st.speaker.text, st.content.text) == ("ওসি বছিরুল ইসলাম", "তারা কাজ শুরু করেছেন")
    # while a name after the cue may go on with a relative clause
    st = only(bn("শিরোনাম\n“আমরা এখানে নিরাপদ নই,” বলেন সৈয়দ নূর, যিনি গত মাসে সীমান্ত পেরিয়ে এসেছেন।"))
    assert st.speaker.text.startswith("সৈয়দ নূর")


@pytest.mark.parametrize(("sentence", "cue"), [
    ("র‍্যাব তাদের বিরুদ্ধে জঙ্গি অর্থায়নের অভিযোগ আনে।", "অভিযোগ আনে"),
    ("নির্বাচন কমিশনের তালিকা অনুযায়ী, মোট প্রার্থী ১৫০ জন।", "তালিকা অনুযায়ী"),
])
def test_a_charge_brought_and_a_list_cited(bn, sentence: str, cue: str) -> None:
    assert [s.cue for s in bn("শিরোনাম\n" + sentence).statements] == [cue]


def test_no_speaker_cut_out_of_a_pair_of_names(bn) -> None:
    # "তিনি বলেন, যুক্তরাষ্ট্র ও চীনের … সম্প্রসারণের পরামর্শ দেন": the United States is no speaker
    # inside his words, with "ও চীনের …" for what it advised
    doc = bn("শিরোনাম\nতিনি বলেন, যুক্তরাষ্ট্র ও চীনের মধ্যে চলমান উত্তেজনার পরিপ্রেক্ষিতে উদ্যোক্তাদের নতুন "
             "বাজারে ব্যবসা সম্প্রসারণের পরামর্শ দেন।")
    assert [s.speaker.text for s in doc.statements] == ["তিনি"]


def test_how_something_was_said_is_no_content(bn) -> None:
    # "… তার মতামত সংক্ষিপ্ত করে উল্লেখ করেন X": how he put it, no proposition
    doc = bn("শিরোনাম\nএক ফেসবুক স্ট্যাটাসে তার ওই মতামত সংক্ষিপ্ত করে উল্লেখ করেন পরিচালক রাশেদ করিম।")
    assert doc.statements == []


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("প্রধান অতিথি শিক্ষার্থীদের পরামর্শ দিয়ে বলেন, খেলাধুলায় মনোযোগ দিতে হবে।", "প্রধান অতিথি"),
    ("পুলিশ সুপার মাঠপর্যায়ের কর্মকর্তাদের সতর্ক করে বলেন, ঘুষ নিলে ব্যবস্থা নেওয়া হবে।", "পুলিশ সুপার"),
])
def test_the_adviser_before_the_ones_advised_speaks(bn, sentence: str, speaker: str) -> None:
    # the "-দের" word (with what qualifies it) is the one advised; whoever is named before it speaks
    assert [s.speaker.text for s in bn("শিরোনাম\n" + sentence).statements] == [speaker]


def test_a_title_and_the_name_after_it_speak_before_content_put_first(bn) -> None:
    # "X Y-কে Z বলে আখ্যা দিয়েছেন": the subject is the title and the name, both in one mention
    st = only(bn("শিরোনাম\nপ্রধানমন্ত্রী মোদী এই চুক্তিকে ঐতিহাসিক মাইলফলক বলে আখ্যা দিয়েছেন।"))
    assert st.speaker.text == "প্রধানমন্ত্রী মোদী" and st.content.text == "এই চুক্তিকে ঐতিহাসিক মাইলফলক"


def test_speech_stops_at_a_heading_run_into_its_paragraph(bn) -> None:
    # "রাজশাহী বিশ্ববিদ্যালয় : …" opens a new item of a round-up; "যেমন : …" goes on with the speech
    doc = bn("শিরোনাম\nরেজিস্ট্রার কামরুল হাসান জানান, পরীক্ষা পিছিয়ে দেওয়া হয়েছে। রাজশাহী বিশ্ববিদ্যালয় : "
             "উপাচার্য সকালে পদত্যাগপত্র জমা দেন।")
    assert [s.content.text for s in doc.statements] == ["পরীক্ষা পিছিয়ে দেওয়া হয়েছে"]
    doc = bn("শিরোনাম\nরেজিস্ট্রার কামরুল হাসান জানান, কয়েকটি পরীক্ষা পিছিয়ে দেওয়া হয়েছে। যেমন : "
             "স্নাতক প্রথম বর্ষের পরীক্ষা হবে আগামী মাসে।")
    assert len(doc.statements) == 2


def test_everyone_alone_is_no_source(bn) -> None:
    # "সবাই বলল, …" and "সবার প্রত্যাশা, …" name no source; "তাঁরা সবাই" has its speakers in the pronoun
    doc = bn("শিরোনাম\nসবাই বলল, আজকের দিনটি একটু আলাদা। সবার প্রত্যাশা, দেশ এগিয়ে যাবে।")
    assert doc.statements == []
    st = only(bn("শিরোনাম\nতাঁরা সবাই মনে করেন, উদার গণতন্ত্রই পথ।"))
    assert st.speaker.text == "তাঁরা সবাই"


def test_content_before_a_report_named_with_its_pointer_and_the_report_after(bn) -> None:
    # "CONTENT, এক প্রতিবেদনে তা জানিয়েছে X" and "CONTENT, এক বিবৃতিতে এ তথ্য জানিয়েছে X": the clause before
    # the comma is X's; "প্রতিবেদনে বলা হয়, …" after it is X's report
    doc = bn("শিরোনাম\nকীভাবে চোরাকারবারিরা সীমান্ত পার হয়, এক প্রতিবেদনে তা জানিয়েছে দৈনিক ইত্তেফাক। "
             "প্রতিবেদনে বলা হয়, রাতের বেলায় নৌকায় করে তারা নদী পার হয়।\n"
             "মিয়ানমার সীমান্তে সেনা বাড়িয়েছে, এক বিবৃতিতে এ তথ্য জানিয়েছে বিজিবি।")
    first, report, bgb = doc.statements
    assert first.content.text == "কীভাবে চোরাকারবারিরা সীমান্ত পার হয়" and first.speaker.entity is not None
    assert report.speaker.entity == first.speaker.entity and not report.speaker.anonymous
    assert bgb.content.text == "মিয়ানমার সীমান্তে সেনা বাড়িয়েছে" and bgb.speaker.text == "বিজিবি"


def test_the_other_speech_a_quotation_reports_ends_with_its_sentence(bn) -> None:
    # "‘বাবা বলেন যে … । আমরা …’": the father's words are the first sentence, the rest is hers; a
    # quotation inside the quotation is the other's whole
    doc = bn("শিরোনাম\nঅভিনেত্রী রুমানা বলেন, ‘বাবা বলেন যে আর বাইরে যাওয়া যাবে না। আমরা সবাই খুব ভয় পেয়েছিলাম।’")
    hers, fathers = doc.statements
    assert hers.content.text.endswith("আমরা সবাই খুব ভয় পেয়েছিলাম")
    assert fathers.speaker.text == "বাবা" and fathers.content.text == "বাইরে যাওয়া যাবে না"
    doc = bn("শিরোনাম\nলেখক বলেন, “মেয়র বলেন, ‘মাস্কের দরকার নেই। সব ঠিক আছে।’ তাঁর কথা মানলে বিপদ হতো।”")
    writer, mayor = doc.statements
    assert mayor.content.text == "মাস্কের দরকার নেই। সব ঠিক আছে" and writer.speaker.entity is None


def test_a_post_named_in_two_words_is_its_one_word_title_later(bn) -> None:
    # the lede's "সেনাবাহিনী প্রধান X" is the next paragraph's "সেনাপ্রধান" (speakers.toml [titles.same])
    doc = bn("শিরোনাম\nসেনাবাহিনী প্রধান জেনারেল আবদুর রহিম বলেছেন, শপথ আজ হতে পারে।\nসেনাপ্রধান বলেন, আমরা প্রস্তুত।")
    lede, later = doc.statements
    assert later.speaker.text == "সেনাপ্রধান" and later.speaker.entity == lede.speaker.entity is not None


def test_what_someone_is_in_charge_of_before_the_title_is_no_part_of_the_speaker(bn) -> None:
    # "প্রকল্প দেখভালের দায়িত্বে থাকা উপসহকারী প্রকৌশলী X": a long phrase, not the one quoted before
    doc = bn("শিরোনাম\nহিসাবরক্ষক রহিম উদ্দিন বলেন, আপনারা উনার সঙ্গে যোগাযোগ করেন। প্রকল্প দেখভালের দায়িত্বে থাকা "
             "উপসহকারী প্রকৌশলী ক্য চিং মং বলেন, প্রকল্পে আরও সহকর্মী দায়িত্বে ছিল।")
    assert doc.statements[1].speaker.text == "উপসহকারী প্রকৌশলী ক্য চিং মং"


def test_a_pronoun_as_the_whole_object_says_nothing_new(bn) -> None:
    # "… তিনি কড়া ভাষায় তা প্রত্যাখ্যান করেন": it, said before; with the claim in the same
    # sentence ("A, যদিও মন্ত্রণালয় তা অস্বীকার করেছে") A is what is denied
    doc = bn("শিরোনাম\nসভাপতি তাঁকে কমিটিতে যোগ দেওয়ার আহ্বান জানালে তিনি কড়া ভাষায় তা প্রত্যাখ্যান করেন।")
    assert doc.statements == []


def test_the_papers_own_correspondents_are_no_source(bn) -> None:
    # "যুগান্তর প্রতিনিধিরা জানান : …", "হিলি (দিনাজপুর) সংবাদদাতা জানান, …": the paper telling its news;
    # a foreign outlet's reporter relays a report, and anyone's representatives speak
    doc = bn("শিরোনাম\nসারা দেশে মানববন্ধন হয়েছে। যুগান্তর প্রতিনিধিরা জানান : সিলেটে শিক্ষার্থীরা সড়ক অবরোধ করেন।\n"
             "হিলি (দিনাজপুর) সংবাদদাতা জানান, স্থলবন্দরের বাজারে পেঁয়াজের দাম বেড়েছে।\n"
             "মস্কো থেকে আল জাজিরার প্রতিবেদক জানান, যোদ্ধারা সীমান্ত অঞ্চলে ঢুকেছে।\n"
             "আলেম সমাজের প্রতিনিধিরা জানান, দেশে শান্তি বজায় রাখতে হবে।")
    assert [s.speaker.text for s in doc.statements] == ["মস্কো থেকে আল জাজিরার প্রতিবেদক", "আলেম সমাজের প্রতিনিধিরা"]


def test_a_headline_title_is_the_person_the_body_names_right_after_it(bn) -> None:
    # "স্বরাষ্ট্র উপদেষ্টা স্যার X" names X; "প্রেসিডেন্ট পদপ্রার্থী হবার জন্য X" gives X no such title
    doc = bn("প্রেসিডেন্ট: সবাইকে শান্ত থাকতে হবে\nকারণ প্রেসিডেন্ট পদপ্রার্থী হবার জন্য খালেদা রহমানই তখন "
             "সবচেয়ে শক্তিশালী ব্যক্তি ছিলেন।")
    st = only(doc)
    assert st.speaker.text == "প্রেসিডেন্ট" and st.speaker.entity is None
    doc = bn("প্রধানমন্ত্রী: সবাইকে শান্ত থাকতে হবে\nযুক্তরাজ্যের প্রধানমন্ত্রী স্যার কিয়ার স্টারমার লন্ডনে পৌঁছেছেন।")
    starmer = next(e for e in doc.entities if e.type == "PER")
    assert only(doc).speaker.entity == starmer.id


def test_a_headline_title_is_no_name_the_body_opens_with(bn) -> None:
    # the headline ends in the title and the body opens with another person: the line between them
    # is no "title right before the name"; the holder is the one the body gives the title
    doc = bn("রহিম উদ্দিনের নামে সেতুর নাম বদলাবে: যোগাযোগ উপদেষ্টা\n\nরহিম উদ্দিনের নামে নির্মিত সেতুর নাম "
             "বদলানো হবে বলে জানিয়েছেন যোগাযোগ উপদেষ্টা করিম হাসান।")
    head = doc.statements[0]
    holder = next(e for e in doc.entities if e.type == "PER" and "করিম হাসান" in {m.text for m in e.mentions})
    assert head.speaker.text == "যোগাযোগ উপদেষ্টা" and head.speaker.entity == holder.id


def test_a_headline_clause_ending_in_a_name_is_what_the_speaker_after_the_colon_said(bn) -> None:
    # "CLAUSE ABOUT X: Y": Y said it, though the clause ends in a person's name
    doc = bn("আপসহীন নেত্রী ছিলেন রাশেদা বেগম: করিম হাসান\n\nসাবেক মন্ত্রী করিম হাসান শোকবার্তায় এ কথা বলেন।")
    head = doc.statements[0]
    assert head.speaker.text == "করিম হাসান" and head.content.text == "আপসহীন নেত্রী ছিলেন রাশেদা বেগম"
    # a speaker named with a title before the colon still speaks
    doc = bn("যোগাযোগ উপদেষ্টা করিম হাসান: সেতুর কাজ শেষ হবে আগামী মাসে\n\nঢাকায় এক অনুষ্ঠানে তিনি এ কথা বলেন।")
    assert doc.statements[0].speaker.text == "যোগাযোগ উপদেষ্টা করিম হাসান"


def test_the_object_of_a_second_cue_starts_after_the_clause_joined_before_it(bn) -> None:
    # "X A প্রকাশ করেছেন এবং B রাখার আহ্বান জানিয়েছেন": what X called for is B
    doc = bn("শিরোনাম\nমুখপাত্র রফিক আহমেদ বলেন, মহাসচিব জনগণের প্রতি সংহতি প্রকাশ করেছেন এবং মানবাধিকারের প্রতি "
             "পূর্ণ শ্রদ্ধা রাখার আহ্বান জানিয়েছেন।")
    inner = doc.statements[-1]
    assert inner.speaker.text == "মহাসচিব" and inner.content.text == "মানবাধিকারের প্রতি পূর্ণ শ্রদ্ধা রাখার"


def test_more_of_a_statement_is_its_makers(bn) -> None:
    # "বিবৃতিতে আরও বলা হয়, …" right after a body's statement: more of it, though its words differ
    doc = bn("শিরোনাম\nইউনিসেফ এক শোকবার্তায় জানিয়েছে, সংস্থাটি গভীরভাবে শোকাহত। বিবৃতিতে আরও বলা হয়, "
             "পরিবারের পাশে থাকবে সংস্থাটি।")
    first, more = doc.statements
    assert more.cue == "আরও বলা হয়" and more.speaker.entity == first.speaker.entity is not None
    assert not more.speaker.anonymous
    # an object that is only where it was said ("এক শোকবার্তায় শোক প্রকাশ করেছে X") or how ("কঠোর ভাষায়")
    # is no statement
    assert bn("শিরোনাম\nএক শোকবার্তায় গভীর শোক প্রকাশ করেছে ইউনিসেফ।").statements == []
    assert bn("শিরোনাম\nমন্ত্রী কঠোর ভাষায় সমালোচনা করেন।").statements == []


def test_a_body_named_as_what_leads_another_is_not_the_issuer_of_its_statement(bn) -> None:
    # "X নেতৃত্বাধীন জোটের শরিক Y … বিবৃতি দিয়েছে। বিবৃতিতে বলা হয়, …": Y's statement, never X's
    doc = bn("শিরোনাম\nশ্রমিক লীগ নেতৃত্বাধীন জোটের শরিক একটি দলের পলিটব্যুরো এক বিবৃতি দিয়েছে। "
             "বিবৃতিতে বলা হয়, সরকারকে পদত্যাগ করতে হবে।")
    league = next(e for e in doc.entities if e.type == "ORG")
    assert only(doc).speaker.entity != league.id


def test_a_declaration_that_does_something_is_an_act_not_a_statement(bn) -> None:
    # declared dead, valid, closed; a team or candidates announced: done by declaring, nothing said to be so
    doc = bn("শিরোনাম\nহাসপাতালে নেওয়া হলে কর্তব্যরত চিকিৎসক শিশুটিকে মৃত ঘোষণা করেন। রিটার্নিং কর্মকর্তা তাঁর "
             "মনোনয়নপত্র বৈধ ঘোষণা করেন। বিসিবি এশিয়া কাপের জন্য ১৫ সদস্যের দল ঘোষণা করেছে।")
    assert doc.statements == []


def test_people_a_sentence_lists_are_not_the_one_the_pronoun_means(bn) -> None:
    # the injured listed after the candidate's words are what happened; "তিনি" goes on being him
    doc = bn("শিরোনাম\nস্বতন্ত্র প্রার্থী মাজহারুল ইসলাম বলেন, সন্ধ্যায় আমার কর্মীরা ক্যাম্পে বসে ছিলেন। হামলায় তাঁর কর্মী "
             "রফিক মিয়া, করিম উদ্দিন ও হক মিয়া আহত হন। তিনি বলেন, ‘আমার আরেকটি ক্যাম্পেও হামলা হয়েছে।’")
    first, second = doc.statements
    assert second.speaker.text == "তিনি" and second.speaker.entity == first.speaker.entity is not None


def test_an_outlet_of_two_words_told_is_no_part_of_an_unnamed_speaker(bn) -> None:
    # "একটি সূত্র আমার দেশকে বলেন": the source, and the paper it told
    st = only(bn("শিরোনাম\nএকটি সূত্র আমার দেশকে বলেন, বৈঠক হবে না।"))
    assert st.speaker.text == "একটি সূত্র" and st.speaker.anonymous


def test_a_place_won_is_made_sure_of_not_confirmed(bn) -> None:
    # "সেমিফাইনাল নিশ্চিত করেছে ভারত": a match won; "ঘটনার সত্যতা নিশ্চিত করেছেন X" confirms
    doc = bn("শিরোনাম\nইংল্যান্ডকে হারিয়ে সেমিফাইনাল নিশ্চিত করেছে ভারত।\n"
             "পাকুন্দিয়া থানার ওসি রফিক আহমেদ ঘটনার সত্যতা নিশ্চিত করেছেন।")
    assert [s.stance for s in doc.statements] == ["confirm"] and "রফিক" in doc.statements[0].speaker.text


def test_a_greeting_to_someone_says_nothing_of_them(bn) -> None:
    # "তরুণ প্রজন্মকে অভিনন্দন জানান": done to them; a decision welcomed is a statement
    assert bn("শিরোনাম\nঅভিনেতা হানিফ সংকেত তরুণ প্রজন্মকে অভিনন্দন জানান।").statements == []
    assert only(bn("শিরোনাম\nযুক্তরাষ্ট্র এই ঘোষণাকে স্বাগত জানিয়েছে।")).stance == "other"
    # (where it was done may follow the one welcomed: "আফগান রাষ্ট্রদূতকে বেইজিংয়ে স্বাগত জানিয়েছে")
    assert bn("শিরোনাম\nচীন সেখানে রাষ্ট্রদূত পাঠিয়েছে এবং আফগান রাষ্ট্রদূতকে বেইজিংয়ে স্বাগত জানিয়েছে।").statements == []
    # … and so when the one who greets comes after the cue, with the greeting's adjective, a plural
    # "-দের" or "X-এর প্রতি" naming whom it was done to
    assert bn("শিরোনাম\nনতুন অধ্যক্ষকে ফুলেল শুভেচ্ছা জানান কলেজের শিক্ষকেরা।").statements == []
    assert bn("শিরোনাম\nঅনুষ্ঠানে অতিথিদের ধন্যবাদ জানান আয়োজক কমিটির সভাপতি।").statements == []
    assert bn("শিরোনাম\nনিহত শ্রমিকদের পরিবারের প্রতি গভীর সমবেদনা জানিয়েছেন শ্রমমন্ত্রী মন্নুজান সুফিয়ান।"
              ).statements == []
    # an order put to someone named last still asks something of them, in either order
    s = only(bn("শিরোনাম\nঘটনা তদন্তে একটি কমিটি গঠন করতে স্বরাষ্ট্রসচিবকে নির্দেশ দিয়েছেন হাইকোর্ট।"))
    assert s.speaker.text == "হাইকোর্ট" and s.content.text.startswith("ঘটনা তদন্তে")
    s = only(bn("শিরোনাম\nহাইকোর্ট ঘটনা তদন্তে একটি কমিটি গঠন করতে স্বরাষ্ট্রসচিবকে নির্দেশ দিয়েছেন।"))
    assert s.speaker.text == "হাইকোর্ট" and s.content.text.startswith("ঘটনা তদন্তে")


def test_a_credit_line_is_nobodys_words(bn) -> None:
    # "খবর এএনআইয়ের।" between what was said and "এ কথা বলেন X": where the report came from
    doc = bn("শিরোনাম\nআক্রমণ না করেই দেশটিকে দাস বানানো হয়েছে। খবর এএনআইয়ের। শনিবার এক সমাবেশে এ কথা বলেন "
             "বিরোধী নেতা রহিম খান।")
    assert [s.content.text for s in doc.statements] == ["আক্রমণ না করেই দেশটিকে দাস বানানো হয়েছে"]


def test_a_group_named_by_a_compound_of_an_ordinary_word_is_unnamed(bn) -> None:
    # "বস্ত্র খাতসংশ্লিষ্টরা", "যাত্রাশিল্পীরা": people by what they are, anonymous like "বিক্রেতারা"
    st = only(bn("শিরোনাম\nযাত্রাশিল্পীরা জানান, করোনার পর থেকে তাঁদের আয় বন্ধ।"))
    assert st.speaker.anonymous and st.speaker.entity is None


def test_any_group_named_by_what_it_is_is_unnamed_but_a_name_in_the_genitive_is_no_group(bn) -> None:
    # "আবহাওয়াবিদরা", "মানবাধিকার সংগঠনগুলোর": people and bodies left unnamed, whatever the word
    assert only(bn("শিরোনাম\nআবহাওয়াবিদরা বলছেন, আগামী সপ্তাহে বৃষ্টি হবে।")).speaker.anonymous
    # many of them, and the people of a place
    assert only(bn("শিরোনাম\nভোট সুষ্ঠু হবে না বলে মনে করেন অনেক পর্যবেক্ষক।")).speaker.anonymous
    assert only(bn("শিরোনাম\nএলাকাবাসী জানান, রাতে গুলির শব্দ শোনা গেছে।")).speaker.anonymous
    # all of them, unnamed: "দেশের সব গণমাধ্যম প্রচার করেছে, …"
    assert only(bn("শিরোনাম\nদেশের সব গণমাধ্যম জানিয়েছে, অভিযান সফল হয়েছে।")).speaker.anonymous
    st = only(bn("শিরোনাম\nমানবাধিকার সংগঠনগুলোর মতে, গত বছর কারাগারে ৬০ জনের মৃত্যু হয়েছে।"))
    assert st.speaker.anonymous and st.speaker.entity is None
    # "-দের" after a name in -দ is its genitive: no group of people is made of "মাহমুদের"
    doc = bn("শিরোনাম\nআইনজীবী রাশেদ মাহমুদ আদালতে বক্তব্য দেন। মাহমুদের দাবি, মামলাটি ভিত্তিহীন।")
    assert all(not s.speaker.anonymous for s in doc.statements)


def test_a_participle_or_an_adverb_before_the_cue_is_never_the_speaker(bn) -> None:
    # "… সময় চেয়ে বলেছে": the group the clause opens with speaks, not "চেয়ে"
    st = only(bn("শিরোনাম\nমাওবাদীরা সরকারের কাছে এক মাস সময় চেয়ে বলেছে, এখন নেতারা আলোচনার অবস্থায় নেই।"))
    assert st.speaker.text == "মাওবাদীরা" and st.speaker.anonymous
    # "তারপর বললেন": then (he) said; the one speaking goes on
    doc = bn("শিরোনাম\nপক্ষীবিদ নাসির উদ্দিন বলেন, এই বিলে শীতের পাখি কমে গেছে। তারপর বললেন, আসুন, দেখুন।")
    assert len(doc.statements) == 2 and doc.statements[1].speaker.text != "তারপর"
    assert doc.statements[1].speaker.entity == doc.statements[0].speaker.entity is not None


def test_a_question_of_a_kind_is_no_ones_and_the_speech_runs_on(bn) -> None:
    # "এ ধরনের প্রশ্ন" is a kind of question, not someone's ("X-এর প্রশ্ন"): the minister goes on
    doc = bn("শিরোনাম\nমন্ত্রী বলেন, প্রকল্পের কাজ শেষ হয়েছে। এ ধরনের প্রশ্ন এখন অবান্তর। সবাইকে ধৈর্য ধরতে হবে।")
    assert [s.content.text for s in doc.statements] == [
        "প্রকল্পের কাজ শেষ হয়েছে", "এ ধরনের প্রশ্ন এখন অবান্তর", "সবাইকে ধৈর্য ধরতে হবে"]
    assert len({s.speaker.text for s in doc.statements}) == 1
    # nor is "অন্যের মতে দ্বিমত পোষণ করেও …" (disagreeing with another's view) an "according to others"
    doc = bn("শিরোনাম\nনেতা আমীর খসরু বলেন, আমরা গণতন্ত্রের পথে যাত্রা করেছি। অন্যের মতে দ্বিমত পোষণ করেও তার মতের "
             "প্রতি সম্মান জানাতে হবে। আমাদের একটি সহনশীল রাজনৈতিক সংস্কৃতি চালু করতে হবে।")
    assert len(doc.statements) == 3 and len({s.speaker.text for s in doc.statements}) == 1


def test_this_official_is_the_one_named_with_that_title_not_the_nearest_person(bn) -> None:
    # "র‍্যাবের এই কর্মকর্তা": the RAB officer who spoke, not the sister named in between
    doc = bn("শিরোনাম\nর‍্যাবের কর্মকর্তা মাহবুব আলম বলেন, তদন্ত চলছে। এদিকে তানভীরের বোন শিলা আক্তার থানায় "
             "মামলা করেছেন। র‍্যাবের এই কর্মকর্তা আরও বলেন, সিসিটিভির ফুটেজ দেখা হচ্ছে।")
    first, second = doc.statements
    assert second.speaker.text == "র‍্যাবের এই কর্মকর্তা" and second.speaker.entity == first.speaker.entity


def test_what_someone_will_say_asked_about_is_no_statement(bn) -> None:
    # "X কী প্রতিক্রিয়া জানান, তা নিয়েই চলছে আলোচনা": a question about their answer, taken up by "তা"
    assert bn("শিরোনাম\nপ্রধানমন্ত্রী বৈঠক ডেকেছেন। বিরোধী নেতা কী প্রতিক্রিয়া জানান, তা নিয়েই চলছে আলোচনা।"
              ).statements == []
    # "তা" opening what was said, with no question before the cue, is a statement as ever
    assert only(bn("শিরোনাম\nবিরোধী নেতা বলেন, তা নিয়ে কোনো সন্দেহ নেই।")).content.text == "তা নিয়ে কোনো সন্দেহ নেই"


def test_many_is_who_spoke_not_one_told(bn) -> None:
    # "অনেকে" (many) ends in -কে like one told ("রয়টার্সকে"), but it is the speaker
    st = only(bn("শিরোনাম\nট্রাম্পের ঘনিষ্ঠ অনেকে আশঙ্কা করছেন, নির্বাচনে দল হেরে যাবে।"))
    assert st.speaker.text == "ট্রাম্পের ঘনিষ্ঠ অনেকে" and st.speaker.anonymous and st.speaker.entity is None
    # and "কখনো" (at times) after the speaker is no part of them
    assert bn("শিরোনাম\nদলের নেতারা কখনো বলেছেন, সমঝোতা হবে।").statements[0].speaker.text == "দলের নেতারা"


def test_the_one_told_after_a_clause_is_not_the_speaker(bn) -> None:
    # "X আশঙ্কা প্রকাশ করে আইনমন্ত্রী Y-কে বলেন": X told the minister, whose title and name come after the clause
    st = only(bn("শিরোনাম\nসেখানে সালমান এফ রহমান আশঙ্কা প্রকাশ করে আইনমন্ত্রী আনিসুল হককে বলেন, মামলাটি অন্য কোর্টে "
                 "গেলে রায় না-ও পেতে পারেন।"))
    assert st.speaker.text == "সালমান এফ রহমান"
    # and a paper told after the clause: "ওসি X ঘটনাটি নিশ্চিত করে প্রথম আলোকে বলেন" is the OC's, not the paper's
    st = only(bn("শিরোনাম\nথানার ওসি মোহাম্মদ জাহিদুল ইসলাম ঘটনাটি নিশ্চিত করে প্রথম আলোকে বলেন, লাশ দুটি পরিবারের "
                 "কাছে দেওয়া হবে।"))
    assert "জাহিদুল ইসলাম" in st.speaker.text


def test_many_say_is_a_statement_and_inside_someones_words_the_speaker_goes_on(bn) -> None:
    # "অনেকে বলছেন, …": many say (anonymous); the one accusative-looking word that is no object
    st = only(bn("শিরোনাম\nঅনেকে বলছেন, অন্তর্বর্তীকালীন সরকারের মেয়াদ বাড়ানো উচিত।"))
    assert st.speaker.text == "অনেকে" and st.speaker.anonymous
    # within a student leader's words, what many say is told by him, and his words go on after it
    doc = bn("শিরোনাম\nশিক্ষার্থী সজীব হোসেন বলেন, আমাদের আন্দোলন শান্তিপূর্ণ। অনেকে বলছেন, আমরা সম্পদ নষ্ট করছি। "
             "আমরা কোনো দলের হয়ে মাঠে নামিনি।")
    last = doc.statements[-1]
    assert last.content.text.startswith("আমরা কোনো দলের") and "সজীব" in last.speaker.text
    # and a group named by what it is after an occasion speaks: "… জানিয়ে সুধী সমাবেশে বক্তারা বলেন"
    st = only(bn("শিরোনাম\nসম্পাদকের প্রতি কৃতজ্ঞতা জানিয়ে সুধী সমাবেশে বক্তারা বলেন, সমাজ গড়ার কাজে আরও এগিয়ে আসতে হবে।"))
    assert st.speaker.text == "বক্তারা" and st.speaker.anonymous


def test_a_dropped_subject_with_no_one_quoted_yet_is_the_one_the_sentence_before_is_about(bn) -> None:
    # "X সংবাদ সম্মেলন করেন। বলেন, …": X, named there in the nominative
    st = only(bn("শিরোনাম\nসৌদি পররাষ্ট্রমন্ত্রী ফয়সাল বিন ফারহান রিয়াদে সংবাদ সম্মেলন করেন। বলেন, উত্তেজনা কমাতে "
                 "যোগাযোগ রাখা হচ্ছে।"))
    assert st.speaker.entity is not None and "ফারহান" in st.speaker.text
    # but not one named in the genitive there ("X-এর মৃতদেহ দেখে …") nor in the accusative
    doc = bn("শিরোনাম\nমর্গে রিয়াজ হায়দারের মৃতদেহ পড়ে আছে। বলেন, তিনি কোনো দল করতেন না।")
    assert all(s.speaker.entity is None for s in doc.statements)
    # a name that itself ends in -র ("আলমগীর") is no genitive
    st = only(bn("শিরোনাম\nমহাসচিব মির্জা ফখরুল ইসলাম আলমগীর গুলশানে সংবাদ সম্মেলন করেন। বলেন, নির্বাচন পেছানো যাবে না।"))
    assert st.speaker.entity is not None and "আলমগীর" in st.speaker.text


def test_whose_page_it_was_is_no_part_of_the_speaker(bn) -> None:
    # "X তাঁর সামাজিক যোগাযোগমাধ্যমে লিখেছেন": X wrote it; "তাঁর" says whose page
    st = only(bn("শিরোনাম\nশিক্ষামন্ত্রী মহিবুল হাসান তাঁর সামাজিক যোগাযোগমাধ্যমে লিখেছেন, পরীক্ষা পেছাবে না।"))
    assert st.speaker.text == "শিক্ষামন্ত্রী মহিবুল হাসান"


def test_a_headline_that_is_only_a_quotation_is_said_by_whoever_the_body_quotes_saying_it(bn) -> None:
    doc = bn("‘নদী দখল করে কেউ পার পাবে না’\nনদী দখল করে কেউ পার পাবে না বলে মন্তব্য করেছেন নৌপরিবহন উপদেষ্টা "
             "এম সাখাওয়াত হোসেন। তিনি বলেন, দখলদারদের তালিকা করা হচ্ছে।")
    head = doc.statements[0]
    assert head.content.text == "নদী দখল করে কেউ পার পাবে না" and head.direct and head.cue == ""
    assert head.speaker.entity == doc.statements[1].speaker.entity is not None
    # a quotation no one in the body says stays unattributed
    doc = bn("‘বাঁধ ভাঙলে গ্রাম ডুববে’\nনৌপরিবহন উপদেষ্টা এম সাখাওয়াত হোসেন বলেন, দখলদারদের তালিকা করা হচ্ছে।")
    assert [s.content.text for s in doc.statements] == ["দখলদারদের তালিকা করা হচ্ছে"]


def test_what_many_say_is_one_sentence_and_the_writer_goes_on(bn) -> None:
    # "অনেকে একে দ্বিতীয় স্বাধীনতা আখ্যায়িত করছেন, …": a view some hold; the column goes on in the writer's voice
    doc = bn("শিরোনাম\nঅনেক মা অভিযোগ করেন, শিশু খেতে চায় না। খাওয়ানোর অনিয়মই এর প্রধান কারণ। "
             "শিশুকে নির্দিষ্ট সময়ে খাবার দিতে হবে।")
    assert [s.content.text for s in doc.statements] == ["শিশু খেতে চায় না"]
    # a group named whole still goes on: "ব্যবসায়ীরা জানান, … । …"
    doc = bn("শিরোনাম\nখাতুনগঞ্জের ব্যবসায়ীরা জানান, এক সপ্তাহে চিনির দাম বেড়েছে। মিল থেকে সরবরাহ কমেছে।")
    assert len(doc.statements) == 2


def test_they_after_a_body_spoke_is_that_body(bn) -> None:
    # "… জানিয়েছে সিপিডি। তারা বলছে, …": the research body, not the residents quoted before it
    doc = bn("শিরোনাম\nস্থানীয় বাসিন্দারা জানান, নদীতে পানি বাড়ছে। গবেষণা প্রতিষ্ঠান সেন্টার ফর পলিসি ডায়ালগ (সিপিডি) "
             "জানিয়েছে, রপ্তানি কমেছে। তারা বলছে, আগামী বছর পরিস্থিতি আরও খারাপ হতে পারে।")
    body, they = doc.statements[1], doc.statements[2]
    assert they.speaker.text == "তারা" and they.speaker.entity == body.speaker.entity is not None
    assert not they.speaker.anonymous


def test_the_matter_confirmed_is_what_the_sentences_before_told(bn) -> None:
    # "… গ্যাস মিলেছে। সোমবার রাতে বিষয়টি নিশ্চিত করেন X": X confirms the find, not "সোমবার রাতে বিষয়টি"
    doc = bn("শিরোনাম\nচারটি স্তরে গ্যাসের সন্ধান মিলেছে। সোমবার রাতে বিষয়টি নিশ্চিত করেন পেট্রোবাংলার চেয়ারম্যান "
             "জনেন্দ্র নাথ সরকার।")
    st = only(doc)
    assert st.content.text == "চারটি স্তরে গ্যাসের সন্ধান মিলেছে" and st.stance == "confirm"
    # with what the matter is said before it, that is what is confirmed
    st = only(bn("শিরোনাম\nঅতিরিক্ত সচিব শফিকুল আলম খসড়া চুক্তি চূড়ান্ত হওয়ার বিষয়টি নিশ্চিত করেছেন।"))
    assert st.content.text.startswith("খসড়া চুক্তি চূড়ান্ত হওয়ার")
    # and confirming it with what they say after a comma, they say that
    doc = bn("শিরোনাম\nগ্রামে এক যুবক খুন হয়েছেন। থানার ওসি মাহবুব আলম ঘটনার সত্যতা নিশ্চিত করে বলেন, দুজনকে আটক করা "
             "হয়েছে।")
    assert "দুজনকে আটক করা হয়েছে" in [s.content.text for s in doc.statements]


def test_the_time_of_day_after_the_speaker_is_no_part_of_them(bn) -> None:
    # "X বিকেলে প্রথম আলোকে বলেন": X spoke in the afternoon
    st = only(bn("শিরোনাম\nশাম্মীর স্বজন সৈয়দ মনির বিকেলে প্রথম আলোকে বলেন, নেতা-কর্মীদের বাড়িতে হামলা হচ্ছে।"))
    assert st.speaker.text == "শাম্মীর স্বজন সৈয়দ মনির" and st.speaker.entity is not None


def test_a_post_in_two_words_is_the_one_word_title(bn) -> None:
    # "সেনাবাহিনী প্রধান X" in the body gives "সেনাপ্রধান" of the headline its holder
    doc = bn("সব অন্যায়ের বিচার হবে: সেনাপ্রধান\nসব অন্যায়ের বিচার হবে বলে মন্তব্য করেছেন সেনাবাহিনী প্রধান জেনারেল "
             "ওয়াকার-উজ-জামান।")
    head = doc.statements[0]
    assert head.speaker.text == "সেনাপ্রধান" and head.speaker.entity == doc.statements[1].speaker.entity is not None


def test_many_after_a_topic_are_who_spoke_not_who_was_told(bn) -> None:
    # "অনেকে" (many) ends as an accusative does, but is the subject: "নির্বাচন প্রসঙ্গে অনেকে বলছেন"
    st = only(bn("শিরোনাম\nনির্বাচন প্রসঙ্গে অনেকে বলছেন, ভোট সুষ্ঠু হবে না।"))
    assert st.speaker.text == "অনেকে" and st.speaker.anonymous
    assert st.content.text == "ভোট সুষ্ঠু হবে না"


def test_where_it_was_posted_is_no_content_and_no_part_of_the_name(bn) -> None:
    # a condemnation on social media says nothing in itself
    doc = bn("শিরোনাম\nঘটনার পর অনেকে সামাজিক যোগাযোগ মাধ্যমে তীব্র নিন্দা জানান।")
    assert doc.statements == []
    # the platform after a name is where they wrote, neither the name nor the speaker
    doc = bn("শিরোনাম\nরহিম ফেসবুকে লিখেছেন, ভোট সুষ্ঠু হবে না। করিম মিয়া টুইটারে লেখেন, সব ঠিক আছে।")
    first, second = doc.statements
    names = {e.id: e.name for e in doc.entities}
    assert first.speaker.text == "রহিম" and names[first.speaker.entity] == "Rahim"
    assert second.speaker.text == "করিম মিয়া" and names[second.speaker.entity] == "Karim Mia"


def test_he_is_the_one_given_by_name_before(bn) -> None:
    # "X নামে আরেকজন ব্যক্তি" introduces a person: the next "তিনি" is X, not the one quoted before
    doc = bn("শিরোনাম\nএক্সে একজন লিখেছেন, ‘এই ঘটনা অত্যন্ত লজ্জাজনক।’ সামাজিক মাধ্যমে উদ্বেগ প্রকাশ করেছেন শিবরাজ "
             "যাদব নামে আরেকজন ব্যক্তি। তিনি লিখেছেন, ‘ভিডিও দেখে অবাক হয়েছি!’")
    anonymous, he = doc.statements  # (the concern voiced on social media says nothing itself)
    assert anonymous.speaker.anonymous
    assert he.speaker.text == "তিনি" and not he.speaker.anonymous
    assert {e.id: e.name for e in doc.entities}[he.speaker.entity] == "Shibraj Yadav"


def test_a_name_in_what_a_group_demands_is_not_the_speaker(bn) -> None:
    # "নেতারা … হাদি হত্যার বিচার দাবি করেছেন": the leaders demand justice for Hadi's murder
    doc = bn("শিরোনাম\nইনকিলাব মঞ্চের মুখপাত্র শরিফ ওসমান হাদি হত্যার বিচারের দাবিতে শিক্ষার্থীরা অবস্থান করছেন। "
             "সংহতি জানাতে বিভিন্ন সংগঠনের নেতারা রাতে জমায়েতস্থলে গিয়ে হাদি হত্যার বিচার দাবি করেছেন।")
    st = only(doc)
    assert st.speaker.text.endswith("সংগঠনের নেতারা") and st.speaker.anonymous and st.speaker.entity is None
    assert st.content.text.endswith("হাদি হত্যার বিচার")
    # a pronoun subject likewise: "তিনি র‍্যাব বিলুপ্তির দাবি জানান" is his demand
    st = only(bn("শিরোনাম\nমানবাধিকারকর্মী লিমন হোসেন ট্রাইব্যুনালে অভিযোগ দায়ের করেন। পরে তিনি র‍্যাব বিলুপ্তির দাবি "
                 "জানান।"))
    assert st.speaker.text == "তিনি" and st.content.text.endswith("বিলুপ্তির")


def test_an_adverb_after_the_interview_names_no_one(bn) -> None:
    # "… দেওয়া সাক্ষাৎকারে এমনও বলেছেন": the subject was dropped; it is the one quoted before
    doc = bn("শিরোনাম\nশাকিব আল হাসান বলেছিলেন, তিনি আর খেলবেন না। পরে আবার একটি পত্রিকাকে দেওয়া সাক্ষাৎকারে এমনও "
             "বলেছেন, ভালো খেললে ক্যারিয়ার আরও দূর যাবে।")
    first, second = doc.statements
    assert second.speaker.text != "এমনও" and second.speaker.entity == first.speaker.entity is not None


def test_a_titles_plural_is_an_unnamed_group_unless_two_were_named(bn) -> None:
    # "অর্থনীতিবিদদের মতে", "আইনজীবীরা বলেন": people by what they are, unnamed
    for phrase in ("অর্থনীতিবিদদের মতে", "আইনজীবীরা বলেন", "পুষ্টিবিদদের মতে"):
        st = only(bn(f"শিরোনাম\n{phrase}, শীতে মধু খাওয়া ভালো।"))
        assert st.speaker.anonymous and st.speaker.entity is None, phrase
    # even with one of them named before (he is not all of them)
    doc = bn("শিরোনাম\nআইনজীবী রফিকুল ইসলাম আদালতে উপস্থিত ছিলেন। আইনজীবীরা বলেন, রায় দ্রুত হওয়া উচিত।")
    assert only(doc).speaker.anonymous
    # but the judges of a bench named one by one are those two, not unnamed
    doc = bn("শিরোনাম\nবিচারপতি সঞ্জিব খান্না ও বিচারপতি দীপংকর দত্তর বেঞ্চে শুনানি হয়। বিচারপতিরা বলেন, আগে এই "
             "মামলা শোনার অধিকার বিবেচনা করতে হবে।")
    assert not only(doc).speaker.anonymous


def test_them_after_the_speaker_are_the_ones_told(bn) -> None:
    # "তিনি তাঁদের বলেন": he told them; "আমাদের প্রত্যাশা" alone is our own expectation
    doc = bn("শিরোনাম\nরহিম মিয়া বৈঠকে ছিলেন। তিনি তাঁদের বলেন, কাজ শেষ হবে। একটি সূত্র তাদের জানিয়েছে, বাঁধ ভেঙেছে। "
             "তাই আমাদের প্রত্যাশা, সব ঠিক থাকবে।")
    he, source, ours = doc.statements
    assert he.speaker.text == "তিনি" and he.speaker.entity is not None
    assert source.speaker.text == "একটি সূত্র" and source.speaker.anonymous
    assert ours.speaker.text.endswith("আমাদের")


def test_a_cue_in_a_supposition_states_nothing(bn) -> None:
    # "আপনারা যদি … বিশ্বাস করেন, …": if you believe; the speaker's own words run on, no one else's
    doc = bn("শিরোনাম\nরহিম মিয়া বলেন, বঙ্গবন্ধু একটি দলীয় বিষয় না। আপনারা যদি স্বাধীনতার চেতনা বিশ্বাস করেন, "
             "আপনারা যদি বাংলাদেশকে ভালোবাসেন।")
    assert [s.speaker.text for s in doc.statements] == ["রহিম মিয়া", "রহিম মিয়া"]
    assert all(s.nested_in is None for s in doc.statements)


def test_a_press_release_named_alone_is_its_issuers(bn) -> None:
    # "সংবাদ বিজ্ঞপ্তিতে বলা হয়": the release just credited to someone, not a speaker called "সংবাদ"
    doc = bn("শিরোনাম\nগতকাল পাঠানো সংবাদ বিজ্ঞপ্তিতে ব্যবসায়ী সংগঠনের সভাপতি মাহবুবুল আলম এ অনুরোধ জানান। সংবাদ "
             "বিজ্ঞপ্তিতে বলা হয়, দেশে এক অভাবনীয় পরিবর্তন হয়েছে।")
    st = doc.statements[-1]
    assert st.speaker.text == "সংবাদ বিজ্ঞপ্তিতে" and not st.speaker.anonymous
    assert {e.id: e.name for e in doc.entities}[st.speaker.entity] == "Mahbubul Alam"
    # and one no one was credited with is an anonymous source
    st = only(bn("শিরোনাম\nছাত্রসংগঠনগুলো বৈঠক করে। এক প্রেস বিজ্ঞপ্তিতে জানানো হয়, কোনো সংগঠন আলাদা কর্মসূচি দেবে না।"))
    assert st.speaker.text == "এক প্রেস বিজ্ঞপ্তিতে" and st.speaker.anonymous


def test_a_title_after_one_is_someone_unnamed(bn) -> None:
    # "এই হাসপাতালের এক চিকিৎসক": a doctor of this hospital, not its director named before
    doc = bn("শিরোনাম\nহাসপাতালের পরিচালক চিকিৎসক মীর জামাল উদ্দিন বলেন, সব ঠিক আছে। এই হাসপাতালের এক চিকিৎসক বলেন, "
             "এভাবে চললে সেবা ভেঙে পড়বে।")
    director, doctor = doc.statements
    assert director.speaker.entity is not None
    assert doctor.speaker.anonymous and doctor.speaker.entity is None


def test_the_matter_confirmed_to_a_paper_is_what_was_told_before(bn) -> None:
    # "বিষয়টি যুগান্তরকে নিশ্চিত করেছেন X": X confirmed the death to the paper
    doc = bn("শিরোনাম\nতাকে উদ্ধার করে হাসপাতালে নিলে সেখানে তার মৃত্যু হয়। বিষয়টি প্রথম আলোকে নিশ্চিত করেছেন "
             "পৌরসভার কাউন্সিলর মোহাসীন ফারুক বাদল।")
    st = only(doc)
    assert st.stance == "confirm" and st.content.text.startswith("তাকে উদ্ধার করে")
    assert st.speaker.text.endswith("মোহাসীন ফারুক বাদল")


def test_this_reaction_given_after_the_fact_is_what_was_said_before(bn) -> None:
    # "… পেয়েছে। রায়ের পর … এই প্রতিক্রিয়া জানিয়েছেন X": X said the sentence before
    st = only(bn("শিরোনাম\nশহীদেরা ন্যায়বিচার পেয়েছে। রায়ের পর ট্রাইব্যুনাল প্রাঙ্গণে এই প্রতিক্রিয়া জানিয়েছেন অ্যাটর্নি "
                 "জেনারেল মো. আসাদুজ্জামান।"))
    assert st.content.text == "শহীদেরা ন্যায়বিচার পেয়েছে" and st.speaker.entity is not None
    # and an artists' group ("শিল্পীগোষ্ঠী") is an organisation that speaks
    doc = bn("শিরোনাম\nপ্রস্তাবিত বাজেট সংস্কৃতির অনুকূলে নয়। আজ বাংলাদেশ উদীচী শিল্পীগোষ্ঠী এক বিবৃতিতে বাজেট নিয়ে এই "
             "প্রতিক্রিয়া জানিয়েছে।")
    st = only(doc)
    assert st.speaker.text == "বাংলাদেশ উদীচী শিল্পীগোষ্ঠী"
    assert {e.id: e.type for e in doc.entities}[st.speaker.entity] == "ORG"


def test_respects_paid_are_an_act_not_a_statement(bn) -> None:
    # "… ফুল দিয়ে ভাষা শহীদদের প্রতি শ্রদ্ধা জানান X": flowers laid, nothing said
    doc = bn("শিরোনাম\nপরে শহীদ মিনারে ফুল দিয়ে ভাষা শহীদদের প্রতি শ্রদ্ধা জানান কনসাল জেনারেল ফয়সাল আহমেদ।")
    assert doc.statements == []


def test_a_long_speaker_between_that_and_the_cue(bn) -> None:
    # "CONTENT বলে গাজীপুর জেলার পুলিশ সুপার X জানিয়েছেন।": five words and more between "বলে" and the cue
    st = only(bn("শিরোনাম\nগ্রেপ্তারের পর তাঁকে সাময়িক বরখাস্ত করা হয়েছে বলে গাজীপুর জেলার পুলিশ সুপার কাজী শফিকুল আলম "
                 "জানিয়েছেন।"))
    assert st.speaker.text == "গাজীপুর জেলার পুলিশ সুপার কাজী শফিকুল আলম" and st.speaker.entity is not None
    assert st.content.text == "গ্রেপ্তারের পর তাঁকে সাময়িক বরখাস্ত করা হয়েছে"
    # balls bowled are no "that": "৪৫ বলে ৩৯ রান করে X দলের জয় নিশ্চিত করেন"
    assert bn("শিরোনাম\n৪৫ বলে ৩৯ রান করে উসমান খান ও ৩৬ রান করে তাইয়েব তাহির দলের জয় নিশ্চিত করেন।").statements == []


def test_the_one_complained_to_is_not_the_speaker(bn) -> None:
    # "X নির্বাচনী অনুসন্ধান কমিটির কাছে অভিযোগ করেন": X complained to the committee
    st = only(bn("শিরোনাম\nপ্রতিপক্ষ তাঁকে হুমকি দিয়েছেন বলে স্বতন্ত্র প্রার্থী ওবায়দুর রহমান নির্বাচনী অনুসন্ধান কমিটির "
                 "কাছে অভিযোগ করেন।"))
    assert st.speaker.text == "স্বতন্ত্র প্রার্থী ওবায়দুর রহমান" and st.speaker.entity is not None


def test_that_then_the_source(bn) -> None:
    # "CONTENT বলে ঢাকা মহানগর পুলিশ (ডিএমপি) সূত্রে জানা গেছে": from that source, anonymous
    st = only(bn("শিরোনাম\nরাজধানীতে ১৫ হাজার পুলিশ সদস্য মোতায়েন করা হয়েছে বলে ঢাকা মহানগর পুলিশ (ডিএমপি) সূত্রে জানা "
                 "গেছে।"))
    assert st.speaker.text == "ঢাকা মহানগর পুলিশ (ডিএমপি) সূত্রে" and st.speaker.anonymous
    assert st.content.text == "রাজধানীতে ১৫ হাজার পুলিশ সদস্য মোতায়েন করা হয়েছে"
    # with no source named it is the reporter's: "… বলে জানা গেছে"
    assert bn("শিরোনাম\nরাজধানীতে পুলিশ মোতায়েন করা হয়েছে বলে জানা গেছে।").statements == []


def test_that_then_a_passive_cue_then_the_report(bn) -> None:
    # "CONTENT বলে উল্লেখ করা হয় বিশ্বব্যাংকের প্রতিবেদনে": the report named after the cue
    doc = bn("শিরোনাম\nচালের দাম এক বছর ধরে স্থিতিশীল আছে বলে উল্লেখ করা হয় বিশ্বব্যাংকের প্রতিবেদনে।")
    st = only(doc)
    assert st.content.text == "চালের দাম এক বছর ধরে স্থিতিশীল আছে" and st.speaker.entity is not None
    # and the side of a party that spoke: "… বলে অভিযোগ করা হয়েছে দলটির পক্ষ থেকে"
    doc = bn("শিরোনাম\nবিএনপি জানিয়েছে, তারা নির্বাচনে যাবে। এসব ঘটনায় দলের নাম ব্যবহার করা হচ্ছে বলে অভিযোগ করা হয়েছে "
             "দলটির পক্ষ থেকে।")
    party, side = doc.statements
    assert side.speaker.entity == party.speaker.entity is not None
    assert side.content.text == "এসব ঘটনায় দলের নাম ব্যবহার করা হচ্ছে"


def test_a_day_between_that_and_the_cue(bn) -> None:
    # "CONTENT বলে সোমবার জানিয়েছেন X": the day is when, the speaker is after the cue
    st = only(bn("শিরোনাম\nনাগরিকদের নিরাপত্তার জন্য এই সিদ্ধান্ত নেওয়া হয়েছে বলে সোমবার জানিয়েছেন জান্তাপ্রধান।"))
    assert st.speaker.text == "জান্তাপ্রধান"
    assert st.content.text == "নাগরিকদের নিরাপত্তার জন্য এই সিদ্ধান্ত নেওয়া হয়েছে"


def test_a_post_named_alone_after_an_object_cue(bn) -> None:
    # "… আহ্বান জানিয়েছেন দলের ভারপ্রাপ্ত চেয়ারম্যান": the holder of the post, though unnamed here
    st = only(bn("শিরোনাম\nউজ্জীবিত নেতাকর্মীদের নতুন করে দেশ গঠনের আহ্বান জানিয়েছেন দলের ভারপ্রাপ্ত চেয়ারম্যান।"))
    assert st.speaker.text == "দলের ভারপ্রাপ্ত চেয়ারম্যান" and st.stance == "other"


def test_speech_after_its_cue_with_the_comma_left_out(bn) -> None:
    # writers often drop the comma after the cue: "X বলেন CONTENT" is the same statement as
    # "X বলেন, CONTENT" when nothing after the cue can speak
    for cue in ("বলছেন", "জানিয়েছেন", "বলেছেন"):
        plain = only(bn(f"শিরোনাম\nতবে চিকিৎসকেরা {cue} রোগীর অবস্থা এখন স্থিতিশীল।"))
        comma = only(bn(f"শিরোনাম\nতবে চিকিৎসকেরা {cue}, রোগীর অবস্থা এখন স্থিতিশীল।"))
        assert (plain.speaker.text, plain.cue, plain.content.text, plain.speaker.anonymous) == (
            comma.speaker.text, comma.cue, comma.content.text, comma.speaker.anonymous)
        assert plain.speaker.text == "চিকিৎসকেরা" and plain.content.text == "রোগীর অবস্থা এখন স্থিতিশীল"
    # some of a kind, unnamed ("most historians"), but not a place taken for one ("কেউ কেউ দেওয়ালে …")
    s = only(bn("শিরোনাম\nতবে বেশিরভাগ ইতিহাসবিদ জানিয়েছেন তাঁর সামরিক দক্ষতা নিয়ে কোনো সন্দেহ নেই।"))
    assert s.speaker.text == "বেশিরভাগ ইতিহাসবিদ" and s.speaker.anonymous
    assert not bn("শিরোনাম\nকেউ কেউ দেওয়ালে দেওয়ালে লিখছেন নানা স্লোগান।").statements
    s = only(bn("শিরোনাম\nক্রীড়া পরিষদ বলেছে বিষয়টি বিবেচনা করে দেখা হবে।"))
    assert s.speaker.text == "ক্রীড়া পরিষদ" and s.content.text == "বিষয়টি বিবেচনা করে দেখা হবে"
    # a pronoun for the one named before, and a subject in its own clause after a comma
    doc = bn("শিরোনাম\nপৌর মেয়র আবদুল করিম গতকাল বাজার ঘুরে দেখেন। তিনি বলেন এ দাম কোনোভাবেই মেনে নেওয়া "
             "যায় না। ব্যবসায়ীরা দাম কমাতে চান না, বরং তাঁরা বলছেন খরচ বেড়ে গেছে।")
    said = [(s.speaker.text, s.content.text) for s in doc.statements if s.cue]
    assert said == [("তিনি", "এ দাম কোনোভাবেই মেনে নেওয়া যায় না"), ("তাঁরা", "খরচ বেড়ে গেছে")]
    mayor = next(e for e in doc.entities if "আবদুল করিম" in [m.text for m in e.mentions])
    assert doc.statements[0].speaker.entity == mayor.id
    # "বরং", "এমনকি" (rather, even) open the sentence; they and their comma are not the speaker
    s = only(bn("শিরোনাম\nএমনকি, এক অনুষ্ঠানে অভিনেতা রহিম উদ্দিন বলেছিলেন, ‘ও খুব ভালো ছিল।’"))
    assert s.speaker.text == "অভিনেতা রহিম উদ্দিন"


def test_no_comma_after_a_cue_word_that_is_no_statement(bn) -> None:
    # a participle ("মনে করে" = taking them for), a naming in an aside, a relative clause's subject
    # and a view of a thing ("X-কে … হিসেবে") say nothing; the speaker after the cue still wins
    assert not bn("শিরোনাম\nস্থানীয়রা তাঁকে চোর মনে করে মারধর করে থানায় নিয়ে যায়।").statements
    assert not bn("শিরোনাম\nপাহাড়টিতে (যেটিকে স্থানীয়রা বলেন ‘নীল পাহাড়’) প্রতিদিন পর্যটক যান।").statements
    assert not bn("শিরোনাম\nযাঁরা মনে করেন সব সমস্যা একদিনে মিটবে, তাঁরা ভুল ভাবছেন।").statements
    s = only(bn("শিরোনাম\nবাঁধের কাজ শেষ হতে আরও দুই মাস লাগবে বলে জানান পানি উন্নয়ন বোর্ডের নির্বাহী প্রকৌশলী।"))
    assert s.content.text == "বাঁধের কাজ শেষ হতে আরও দুই মাস লাগবে" and "প্রকৌশলী" in s.speaker.text


def test_attribution_after_the_fact_with_emonta_and_again(bn) -> None:
    # "এমনটাই জানিয়েছেন X" (just so, said X) points back like "এ কথা"; "আবারও" may stand between
    s = only(bn("শিরোনাম\nসেতুর টোল আদায় বন্ধের দাবিতে স্থানীয়রা হামলা চালিয়েছেন। এমনটাই জানিয়েছেন "
                "টোলপ্লাজার কর্মী ও প্রত্যক্ষদর্শীরা।"))
    assert s.content.text == "সেতুর টোল আদায় বন্ধের দাবিতে স্থানীয়রা হামলা চালিয়েছেন"
    assert s.speaker.text == "টোলপ্লাজার কর্মী ও প্রত্যক্ষদর্শীরা" and s.speaker.anonymous
    s = only(bn("শিরোনাম\nদেশে গণতন্ত্র ফেরাতে হবে। এ কথা আবারও বলেন কৃষক সমিতির সভাপতি আবদুল মালেক।"))
    assert s.content.text == "দেশে গণতন্ত্র ফেরাতে হবে" and "আবদুল মালেক" in s.speaker.text
    # with the occasion between the comma and the pointer, the clause before the comma is what was said
    s = only(bn("শিরোনাম\nছবিটির শুটিং শেষ হয়েছে। চলতি বছরের মাঝামাঝি সিনেমাটি মুক্তি পেতে পারে, সংবাদ "
                "সম্মেলনে এমনটাই জানিয়েছেন নির্মাতারা।"))
    assert s.content.text == "চলতি বছরের মাঝামাঝি সিনেমাটি মুক্তি পেতে পারে" and s.speaker.text == "নির্মাতারা"


def test_a_hope_held_by_someone_in_the_genitive(bn) -> None:
    # "CONTENT বলে আশা তাঁর" and "X-এর আশা, CONTENT": a hope voiced, like "X-এর প্রত্যাশা"
    # (the honorific genitive "তাঁর" is a genitive too, chandrabindu and all)
    s = only(bn("শিরোনাম\nমেয়র রহিম উদ্দিন সভায় উপস্থিত ছিলেন। সুষ্ঠু নির্বাচন হলে ভালো ফল পাওয়া যাবে বলে "
                "আশা তাঁর।"))
    assert s.cue == "আশা" and s.speaker.text == "তাঁর"
    assert s.content.text == "সুষ্ঠু নির্বাচন হলে ভালো ফল পাওয়া যাবে" and s.speaker.entity is not None
    s = only(bn("শিরোনাম\nকোচ আবদুল হালিমের আশা, আগামী মৌসুমে দল আরও ভালো খেলবে।"))
    assert s.cue == "আশা" and s.content.text == "আগামী মৌসুমে দল আরও ভালো খেলবে"
    # a list of nouns after the comma is no statement
    assert not bn("শিরোনাম\nভোটাররা তাদের আশা, আকাঙ্ক্ষা ও দাবিদাওয়া প্রার্থীদের কাছে তুলে ধরেন।").statements
    # the noun with its light verb inside someone's words is the verb: their speech goes on
    doc = bn("শিরোনাম\nসচিব আরিফুল ইসলাম বলেন, আলোচনা ভালো হয়েছে। আমরা এ বিষয়ে দ্রুত অগ্রগতির আশা করছি।")
    assert [s.content.text for s in doc.statements] == [
        "আলোচনা ভালো হয়েছে", "আমরা এ বিষয়ে দ্রুত অগ্রগতির আশা করছি"]


def test_a_noun_cue_held_by_a_phrase_after_the_complementiser(bn) -> None:
    # "CONTENT বলে তাদের পরিবারের অভিযোগ": the holder is a phrase of two genitives, not one word
    s = only(bn("শিরোনাম\nদুই যুবককে সাদা পোশাকে তুলে নেওয়া হয় বলে তাদের পরিবারের অভিযোগ।"))
    assert s.cue == "অভিযোগ" and s.stance == "claim" and s.speaker.text == "তাদের পরিবারের"
    assert s.content.text == "দুই যুবককে সাদা পোশাকে তুলে নেওয়া হয়"


def test_said_before_going_and_keeps_saying_are_cues(bn) -> None:
    # "বলে যান", "বলে গেছেন" (said on leaving, or for good), "বলে আসছেন" (has long said): the
    # complementiser-looking "বলে" is the verb itself here
    s = only(bn("শিরোনাম\nযাওয়ার সময় প্রকৌশলী আবদুর রহিম বলে যান, ‘সেতুর কাজ আমি শেষ করে যাব।’"))
    assert s.cue == "বলে যান" and s.direct and "আবদুর রহিম" in s.speaker.text
    s = only(bn("শিরোনাম\nকৃষক নেতারা বরাবরই বলে আসছেন, সারের দাম কমানো দরকার।"))
    assert s.cue == "বলে আসছেন" and s.content.text == "সারের দাম কমানো দরকার"


def test_a_name_ending_like_a_genitive_speaks_after_an_occasion(bn) -> None:
    # "দার" (Dar) ends as a genitive does, yet the name as the article writes it is the speaker,
    # not the platform named before the occasion
    s = only(bn("শিরোনাম\nসামাজিক যোগাযোগমাধ্যম এক্সে দেওয়া এক বার্তায় ইসহাক দার বলেন, দুর্ঘটনায় তিনি "
                "গভীরভাবে শোকাহত।"))
    assert s.speaker.text == "ইসহাক দার" and s.content.text == "দুর্ঘটনায় তিনি গভীরভাবে শোকাহত"


def test_one_acted_on_before_the_speaker_is_no_part_of_them(bn) -> None:
    # "… শপথ গ্রহণকে ফরহাদ মজহার ‘…’ অভিহিত করে লিখেছেন": the accusative before the person is
    # what the person called something, not who wrote
    s = only(bn("শিরোনাম\nঅধ্যাপক আনিসুজ্জামানের উপাচার্য হিসেবে শপথ গ্রহণকে লেখক ফরহাদ মজহার ‘ভুল সিদ্ধান্ত’ "
                "অভিহিত করে লিখেছেন, ‘এই সিদ্ধান্ত বিশ্ববিদ্যালয়ের জন্য ক্ষতিকর।’"))
    assert s.speaker.text == "লেখক ফরহাদ মজহার" and s.direct
    # and an organisation's acronym in brackets keeps its closing bracket
    s = only(bn("শিরোনাম\nসেতুটি আগামী মাসে খুলে দেওয়া হবে। সোমবার সড়ক ও জনপথ অধিদপ্তরের (সওজ) এক বিজ্ঞপ্তিতে এ "
                "কথা বলা হয়।"))
    assert s.speaker.text.endswith("(সওজ)")


def test_a_quotation_after_the_speaker_named_after_the_cue_is_theirs(bn) -> None:
    # "TOPIC cue X, ‘QUOTE’": the speaker ends where the quotation opens, and the quotation is
    # what was said; the topic before the cue only names what it is about
    doc = bn("শিরোনাম\nঅভিনেত্রী শাহনাজ সুমি কয়েকটি সিনেমায় অভিনয় করেছেন। কম কাজ করার কারণও ব্যাখ্যা করলেন তিনি, "
             "‘ভালো চিত্রনাট্য না পেলে কাজ করতে চাই না।’")
    s = only(doc)
    assert s.speaker.text == "তিনি" and s.direct and s.cue == "ব্যাখ্যা করলেন"
    assert s.content.text == "ভালো চিত্রনাট্য না পেলে কাজ করতে চাই না"
    # the outlet told alone before the quotation names no one
    doc = bn("শিরোনাম\nকোচ মাহফুজা আক্তার কোর্স শেষ করেছেন। মাহফুজা কিছুটা ব্যাখ্যাও করেন প্রথম আলোকে, "
             "‘কোর্সে ১৩টি বিষয়ে ক্লাস হয়েছে।’")
    assert all(s.speaker.text != "প্রথম" for s in doc.statements)
    # "CONTENT বলেও জানান X, ‘QUOTE’": both the reported words and the quotation are X's
    doc = bn("শিরোনাম\nশিল্পী হান্নানকে পুলিশ আটক করে। আটকের পর পুলিশ টাকা দাবি করে বলেও জানান এই শিল্পী, "
             "‘সেদিন দুপুরে আমাকে থানায় নেওয়া হয়।’")
    assert [(s.speaker.text, s.content.text, s.direct) for s in doc.statements] == [
        ("এই শিল্পী", "আটকের পর পুলিশ টাকা দাবি করে", False), ("এই শিল্পী", "সেদিন দুপুরে আমাকে থানায় নেওয়া হয়", True)]


def test_the_object_before_a_name_in_the_usual_order_is_cut_off(bn) -> None:
    # "SUBJECT OBJECT-কে ‘EPITHET’ আখ্যা দিয়ে বলেন": the subject is the name before the object;
    # and initials ("এ কে এম") are no accusative
    s = only(bn("শিরোনাম\nপ্রার্থী আবদুল কাহার আকন্দ সংসদ সদস্য নূর মোহাম্মদকে ‘বিশ্বাসঘাতক’ আখ্যা দিয়ে বলেন, "
                "এলাকার মানুষ সব জানে।"))
    assert s.speaker.text == "প্রার্থী আবদুল কাহার আকন্দ"
    s = only(bn("শিরোনাম\nসভায় টেলিটকের ব্যবস্থাপনা পরিচালক এ কে এম হাবিবুর রহমান বলেন, প্রস্তাবটি অসম্পূর্ণ।"))
    assert s.speaker.text.endswith("এ কে এম হাবিবুর রহমান")


def test_a_group_before_a_postposition_is_no_subject(bn) -> None:
    # "… নেতাদের প্রতি আহ্বান জানিয়েছে", "… কর্মকর্তাদের দ্বারা …": the ones appealed to or acting
    # for another, never the subject that speaks
    s = only(bn("শিরোনাম\nবাংলাদেশের পররাষ্ট্র মন্ত্রণালয় উস্কানিমূলক মন্তব্য থেকে বিরত থাকতে প্রতিবেশী দেশের "
                "নেতাদের প্রতি আহ্বান জানিয়েছে।"))
    assert s.speaker.text == "বাংলাদেশের পররাষ্ট্র মন্ত্রণালয়" and s.stance == "other"
    assert s.content.text.startswith("উস্কানিমূলক মন্তব্য থেকে বিরত থাকতে")


def test_the_subject_of_an_object_cue_is_the_whole_name_and_not_the_object_s(bn) -> None:
    # "পরিচালক কাজী হায়াৎ দেশবাসীকে … আহ্বান জানিয়েছেন": the name goes on past its first word,
    # though an object follows it
    s = only(bn("শিরোনাম\nপরিচালক কাজী হায়াৎ দেশবাসীকে সব ধরনের সহিংসতা পরিহার করার আহ্বান জানিয়েছেন।"))
    assert s.speaker.text == "পরিচালক কাজী হায়াৎ"
    assert s.content.text.startswith("দেশবাসীকে সব ধরনের সহিংসতা")
    # and a name in the accusative is the object whole: the subject ends before it
    s = only(bn("শিরোনাম\nসভাপতি রহিম উদ্দিন মেয়র শাহ আলমকে দুর্নীতিবাজ আখ্যায়িত করে তাঁর পদত্যাগ দাবি করেন।"))
    assert s.speaker.text == "সভাপতি রহিম উদ্দিন"


def test_the_death_a_condolence_is_on_is_no_part_of_the_speaker(bn) -> None:
    # "X-এর মৃত্যুতে Y শোক প্রকাশ করে জানিয়েছে, …": on X's death, Y said
    s = only(bn("শিরোনাম\nসাবেক মন্ত্রী রহিম উদ্দিনের মৃত্যুতে নির্বাচন কমিশন শোক প্রকাশ করে জানিয়েছে, তাঁর অবদান "
                "জাতি মনে রাখবে।"))
    assert s.speaker.text == "নির্বাচন কমিশন" and s.content.text == "তাঁর অবদান জাতি মনে রাখবে"


def test_a_platform_of_the_speaker_s_own_is_not_the_speaker(bn) -> None:
    # "X তার ফেসবুক পোস্টে স্পষ্ট করে বলেছেন": Facebook, his own page's, is not who spoke
    s = only(bn("শিরোনাম\nউপদেষ্টা রহিম উদ্দিন তার ফেসবুক পোস্টে স্পষ্ট করে বলেছেন, নির্বাচন সময়মতো হবে।"))
    assert s.speaker.text == "উপদেষ্টা রহিম উদ্দিন" and s.content.text == "নির্বাচন সময়মতো হবে"


def test_an_unknown_subject_ends_where_its_own_things_begin(bn) -> None:
    # no name the tagger knows: "বিক্রান্ত | তাঁর ব্যক্তিগত জীবনের … উল্লেখ করে বলেন" is Vikrant's
    doc = bn("শিরোনাম\nছেলেটি তাঁর ব্যক্তিগত জীবনের একটি অভিজ্ঞতার কথা উল্লেখ করে বলেন, সেই দিনগুলো কঠিন ছিল।")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [("ছেলেটি", "সেই দিনগুলো কঠিন ছিল")]


def test_a_word_the_cue_takes_between_the_complementiser_and_the_cue_is_no_speaker(bn) -> None:
    # "CONTENT বলে ভুয়া অভিযোগ করে আসছেন তিনি": a false claim, made by the one after the cue
    doc = bn("শিরোনাম\nসাবেক মেয়র রহিম উদ্দিন নির্বাচনে হেরেছেন। ভোটে কারচুপি হয়েছে বলে ভুয়া অভিযোগ করে আসছেন তিনি।")
    s = only(doc)
    assert s.speaker.text == "তিনি" and s.stance == "claim" and s.content.text == "ভোটে কারচুপি হয়েছে"
    # or by the subject the clause opens with
    doc = bn("শিরোনাম\nসাবেক মেয়র রহিম উদ্দিন ভোটে কারচুপি হয়েছে বলে পাল্টা অভিযোগ করেছেন।")
    s = only(doc)
    assert s.speaker.text == "সাবেক মেয়র রহিম উদ্দিন" and s.content.text == "ভোটে কারচুপি হয়েছে"


def test_telling_of_a_deed_is_a_statement_and_talking_is_not(bn) -> None:
    # "… বাদ রাখার কথা বলেছে ভারত": India said it would leave them out; "সাংবাদিকদের সঙ্গে কথা বলেন"
    # is talking with them, which says nothing by itself
    s = only(bn("শিরোনাম\nতালিকা থেকে চিনি ও তেল বাদ রাখার কথা বলেছে বাণিজ্য মন্ত্রণালয়।"))
    assert s.content.text.startswith("তালিকা থেকে চিনি ও তেল বাদ রাখার") and s.cue == "বলেছে"
    assert not bn("শিরোনাম\nপরে সাংবাদিকদের সঙ্গে কথা বলেন বাণিজ্যমন্ত্রী।").statements


def test_a_long_speaker_phrase_between_the_complementiser_and_the_cue(bn) -> None:
    # a post, a comma, another post and a name with initials: sixteen tokens, still the speaker
    s = only(bn("শিরোনাম\nরোগীর অবস্থা অত্যন্ত জটিল বলে তার ব্যক্তিগত চিকিৎসক, হাসপাতালের পরিচালনা কমিটির সদস্য "
                "ডা. এ কে এম রফিকুল ইসলাম জানিয়েছিলেন।"))
    assert s.content.text == "রোগীর অবস্থা অত্যন্ত জটিল" and s.speaker.text.endswith("রফিকুল ইসলাম")


def test_a_body_is_no_subject_of_an_honorific_verb_when_a_person_is(bn) -> None:
    # Bengali gives a person (or a court) the honorific "-েন"; a body takes "-ে": in "প্রেসিডেন্ট X
    # নির্বাচন কমিশনের … হতাশা প্রকাশ করেন" the commission is what X is unhappy with
    s = only(bn("শিরোনাম\nঅতীতে প্রেসিডেন্ট রহিম উদ্দিন জাতিসংঘ থেকে বেরিয়ে যাওয়ার হুমকি দিয়েছিলেন।"))
    assert s.speaker.text.endswith("প্রেসিডেন্ট রহিম উদ্দিন") and s.content.text.startswith("জাতিসংঘ থেকে")
    # a body alone before the verb stays the speaker, as before
    s = only(bn("শিরোনাম\nসভায় বিএনপি সরকারের পদত্যাগের দাবি জানান।"))
    assert s.speaker.text == "বিএনপি"


def test_a_running_report_s_impersonal_close_is_no_part_of_its_words(bn) -> None:
    # "প্রতিবেদনে বলা হয়, … । … দেওয়া হবে বলে জানানো হয়।": the report goes on; "বলে জানানো হয়"
    # is its telling
    doc = bn("শিরোনাম\nস্থানীয় একটি পত্রিকার প্রতিবেদনে বলা হয়, জমি নিয়ে বিরোধ চলছিল। ক্ষতিগ্রস্ত কৃষকদের "
             "ক্ষতিপূরণ দেওয়া হবে বলে জানানো হয়।")
    assert [s.content.text for s in doc.statements] == ["জমি নিয়ে বিরোধ চলছিল", "ক্ষতিগ্রস্ত কৃষকদের ক্ষতিপূরণ দেওয়া হবে"]


def test_the_reporter_tells_who_came_on_the_news(bn) -> None:
    # "খবর পেয়ে সেনা সদস্যরা …": the reporter's account after a source's claim, not more of it
    doc = bn("শিরোনাম\nএকটি সূত্রের দাবি, এলাকার কিছু লোক লুটপাটে জড়িত ছিলেন। খবর পেয়ে সেনা সদস্যরা অভিযান চালিয়ে "
             "মালামাল উদ্ধার করেন।")
    assert [s.content.text for s in doc.statements] == ["এলাকার কিছু লোক লুটপাটে জড়িত ছিলেন"]


def test_a_pointer_after_an_occasion_takes_up_the_clause_before_the_comma(bn) -> None:
    # "CONTENT, OCCASION তা cue X": what was asked is the clause before the comma, the occasion and
    # the pointer none of it; and a how-question before a telling cue ("… কেমন কেটেছিল, … তা
    # জানিয়েছেন X") names only what X told of, as _topic_only reads it
    s = only(bn("শিরোনাম\nসরকারে ব্যবসায়ীদের প্রতিনিধি থাকবেন কি না, সংবাদ সম্মেলনে তা জানতে চান এক সাংবাদিক।"))
    assert s.content.text == "সরকারে ব্যবসায়ীদের প্রতিনিধি থাকবেন কি না" and s.stance == "other"
    doc = bn("শিরোনাম\nশিল্পী রহিমকে জুলাইয়ে আটক করা হয়। কারাগারের দিনগুলো কেমন কেটেছিল, একটি দৈনিকের সঙ্গে আলাপে "
             "তা জানিয়েছেন রহিম।")
    assert not doc.statements


def test_telling_of_these_plans_says_nothing_itself(bn) -> None:
    # "… পোস্টে এ সিদ্ধান্তের কথা জানান তিনি": the decision told before; no content in this sentence
    doc = bn("শিরোনাম\nনেত্রী রহিমা খাতুন দলের সব কার্যক্রম থেকে সরে দাঁড়িয়েছেন। রোববার রাতে ফেসবুকে দেওয়া এক "
             "পোস্টে এ সিদ্ধান্তের কথা জানান তিনি।")
    assert not doc.statements


def test_a_common_word_after_a_title_is_no_name(bn) -> None:
    # "সেনাপ্রধান আন্দোলনরত ছাত্র–জনতাকে … আহ্বান জানান": the students are whom he appealed to
    s = only(bn("শিরোনাম\nসেনাপ্রধান আন্দোলনরত ছাত্র–জনতা সবাইকে শান্ত থাকার আহ্বান জানান।"))
    assert s.speaker.text == "সেনাপ্রধান" and s.content.text.startswith("আন্দোলনরত ছাত্র–জনতা")


def test_a_participle_cue_of_another_act_says_nothing(bn) -> None:
    # "… দাবি করে ছাড়িয়ে নিতে পুলিশকে চাপ দেন X": claiming them as party men, X pressured the police;
    # "চাপ দেন X" is no speaker phrase
    doc = bn("শিরোনাম\nদুই যুবককে দলের লোক দাবি করে ছাড়িয়ে নিতে পুলিশকে চাপ দেন উপজেলা সম্পাদক রহিম উদ্দিন।")
    assert all("চাপ দেন" not in s.speaker.text for s in doc.statements)


def test_a_name_in_the_genitive_after_the_subject_owns_the_object(bn) -> None:
    # "… কাদের এক বিবৃতিতে শেখ কামালের জন্মবার্ষিকী … আহ্বান জানিয়েছেন": Quader calls, Sheikh Kamal's
    # birthday is what he calls for
    doc = bn("শিরোনাম\nআওয়ামী লীগের সাধারণ সম্পাদক ওবায়দুল কাদের এক বিবৃতিতে শেখ কামালের জন্মবার্ষিকী উদযাপন "
             "করার জন্য নেতাকর্মীদের প্রতি আহ্বান জানিয়েছেন।")
    st = doc.statements[0]
    assert st.speaker.text.endswith("ওবায়দুল কাদের") and "শেখ কামালের" in st.content.text


def test_the_capacity_alone_before_the_cue_names_no_one(bn) -> None:
    # "কারণ হিসেবে বলেন": the reason he gave; the subject was dropped, so the professor goes on
    doc = bn("শিরোনাম\nঅধ্যাপক করিম হাসান বলেন, সরকার টিকে যাবে। কারণ হিসেবে বলেন, প্রতিবেশীদের সমর্থন রয়েছে।")
    assert [s.speaker.entity for s in doc.statements] == [doc.statements[0].speaker.entity] * 2
    assert doc.statements[1].speaker.text != "কারণ"


def test_a_title_with_also_ends_the_subject_of_an_object_cue(bn) -> None:
    # "নবনিযুক্ত পুলিশ মহাপরিদর্শকও … দুঃখ প্রকাশ করেছেন": the inspector-general too, not the police
    st = bn("শিরোনাম\nএর আগে নবনিযুক্ত পুলিশ মহাপরিদর্শকও বিক্ষোভে পুলিশের ভূমিকার জন্য দুঃখ প্রকাশ করেছেন।").statements[0]
    assert st.speaker.text.endswith("মহাপরিদর্শকও") and not st.content.text.startswith("মহাপরিদর্শক")


def test_the_signer_of_a_document_is_its_issuer(bn) -> None:
    # "সচিব X-এর সই করা অফিস আদেশে … । এতে বলা হয়েছে, …": X's order, though X is named in the genitive
    doc = bn("শিরোনাম\nমঙ্গলবার মন্ত্রণালয়ের সহকারী সচিব সত্যজিত রায় দাশের সই করা অফিস আদেশে এ নির্দেশনা দেওয়া হয়। "
             "এতে বলা হয়েছে, সব বিদ্যালয়ে পুরোদমে ক্লাস চালু করতে হবে।")
    st = doc.statements[0]
    assert not st.speaker.anonymous
    assert next(e.name for e in doc.entities if e.id == st.speaker.entity) == "Satyajit Roy Das"


def test_he_points_back_to_a_person_whose_name_the_corpus_knows(bn) -> None:
    # "হানিফ সংকেত": no hand-made list knows the name, the corpus does (names-seen.tsv)
    doc = bn("শিরোনাম\nছাত্রদের বিজয়ের পর জনপ্রিয় উপস্থাপক ও নির্মাতা হানিফ সংকেত তরুণ প্রজন্মকে অভিনন্দন "
             "জানিয়েছেন। "
             "তিনি বলেন, এই বিজয় সবার।")
    st = doc.statements[-1]
    assert st.speaker.text == "তিনি" and st.speaker.entity is not None
    assert "Hanif" in next(e.name for e in doc.entities if e.id == st.speaker.entity)


def test_one_named_in_the_accusative_in_the_pronouns_own_sentence_is_not_he(bn) -> None:
    # "… X-কে ই-মেইলে নিজের সিদ্ধান্ত জানান তিনি": X is told; "X-কে প্রশ্ন করা হলে তিনি বলেন": X answers
    doc = bn("শিরোনাম\nঅধিনায়ক সাইফুদ্দিন বলেন, আমি প্রস্তুত। ৩০ জুলাই প্রধান নির্বাচক গাজী আশরাফ হোসেন লিপুকে ই-মেইলে "
             "নিজের সিদ্ধান্তের কথা জানান তিনি।\n\nজাতিসংঘের মুখপাত্র স্টেফান ডুজারিককে প্রশ্ন করা হলে তিনি বলেন, "
             "এটি উদ্বেগের বিষয়।")
    names = {e.id: e.name for e in doc.entities}
    told = next(s for s in doc.statements if "লিপুকে" in s.content.text)
    assert names.get(told.speaker.entity) == "Saifuddin"
    asked = doc.statements[-1]
    assert "Dujar" in names.get(asked.speaker.entity, "")


def test_what_follows_the_way_someone_said_is_not_their_speech(bn) -> None:
    # "X যেভাবে বলেছে, সেভাবেই …" / "…, তার সঙ্গে একমত Y": the main clause after the relative is not X's words
    doc = bn("শিরোনাম\nসরকার যেভাবে বলেছে, সেভাবেই কাজ হবে।\n\nকমিশন যেভাবে সনদ বাস্তবায়নের সুপারিশ করেছে, "
             "তার সঙ্গে একমত জামায়াতে ইসলামী।")
    assert not [s for s in doc.statements if "কাজ হবে" in s.content.text or "একমত" in s.content.text]


def test_a_document_sent_by_someone_is_theirs(bn) -> None:
    # "X-এর পাঠানো এক বিজ্ঞপ্তিতে বলা হয়েছে": X's release; "পাঠানো" is no part of the speaker
    doc = bn("শিরোনাম\nআইএসপিআরের পাঠানো এক বিজ্ঞপ্তিতে বলা হয়েছে, সেনাবাহিনী মাঠে থাকবে।")
    st = doc.statements[0]
    assert st.speaker.text == "আইএসপিআরের"
    assert next(e.name for e in doc.entities if e.id == st.speaker.entity) == "Inter Services Public Relations"


def test_a_bare_title_points_back_to_its_holder_of_the_same_rank(bn) -> None:
    # "প্রধান নির্বাচক X জানিয়েছেন … প্রধান নির্বাচক বলেন": X again; the chief coordinator is not
    # the executive coordinator named later
    doc = bn("শিরোনাম\nপ্রধান নির্বাচক গাজী আশরাফ হোসেন জানিয়েছেন, সব টেস্টে পাওয়া যাবে সাকিবকে। মিরপুরে সোমবার "
             "প্রধান নির্বাচক বলেন, ‘মেধার বিবেচনায় তাকে দলে নেওয়া হয়েছে।’")
    assert doc.statements[0].speaker.entity is not None
    assert doc.statements[1].speaker.entity == doc.statements[0].speaker.entity
    doc = bn("শিরোনাম\nআন্দোলনের প্রধান সমন্বয়কারী বলেন, সংকট চলছে। আন্দোলনের নির্বাহী সমন্বয়কারী আবুল হাসান রুবেল "
             "বলেন, ঐক্য দরকার।")
    assert doc.statements[0].speaker.entity is None


def test_the_speaker_after_a_participle_cue_is_the_subject_after_its_acts_verb(bn) -> None:
    # "… উল্লেখ করে এনসিপি থেকে পদত্যাগ করেছেন দলটির একজন কেন্দ্রীয় নেতা": the leader, not his resignation
    st = bn("শিরোনাম\nদল ভুল পথে আছে উল্লেখ করে এনসিপি থেকে পদত্যাগ করেছেন দলটির একজন কেন্দ্রীয় নেতা।").statements[0]
    assert st.speaker.text == "দলটির একজন কেন্দ্রীয় নেতা" and st.speaker.anonymous
    # a verb of speech after the participle is the speaker's own: the statement after it is theirs
    st = bn("শিরোনাম\nসমস্যা আছে উল্লেখ করে স্বরাষ্ট্র উপদেষ্টা সাখাওয়াত হোসেন বলেছেন, সেই দিন শেষ হয়ে গেছে।").statements[-1]
    assert st.speaker.text == "স্বরাষ্ট্র উপদেষ্টা সাখাওয়াত হোসেন"


def test_this_pacer_is_the_cricketer_named_before(bn) -> None:
    # "এই পেসার বলেন": a role of sport or screen is a title a demonstrative points back with
    doc = bn("শিরোনাম\nচোট কাটিয়ে দলে ফিরেছেন তাসকিন আহমেদ। অনুশীলন শেষে এই পেসার বলেন, আমি প্রস্তুত।")
    st = doc.statements[-1]
    assert next(e.name for e in doc.entities if e.id == st.speaker.entity) == "Taskin Ahmed"
    # (not "কবি": "সৈয়দ কবির আহমেদ" is Kabir, no poet's genitive)
    doc = bn("শিরোনাম\nস্বতন্ত্র প্রার্থী সৈয়দ কবির আহমেদ বলেন, ভোট সুষ্ঠু হবে। সৈয়দ সার্জিল আহমেদসহ অনেকে উপস্থিত ছিলেন।")
    assert len([e for e in doc.entities if e.type == "PER"]) == 2


def test_one_person_goes_on_as_the_same_pronoun_from_sentence_to_sentence(bn) -> None:
    # the name in the accusative before the first "তিনি" is whom she wrote to, not the later "তিনি"
    doc = bn("শিরোনাম\nপ্রধানমন্ত্রী শেখ হাসিনার কাছে চিঠি পাঠিয়েছেন ব্রিটিশ মন্ত্রী অ্যান মেরি। গতকাল রাষ্ট্রপতি মো. "
             "সাহাবুদ্দিনকে পাঠানো এক বার্তায় তিনি বাংলাদেশের জনগণকে শুভেচ্ছা জানান। তিনি বাংলাদেশের অব্যাহত "
             "সমৃদ্ধি কামনা করেন।")
    s = only(doc)
    names = {e.id: e.name for e in doc.entities}
    assert s.cue.startswith("কামনা") and names.get(s.speaker.entity or "") == names.get(
        next(e.id for e in doc.entities if "অ্যান মেরি" in [m.text for m in e.mentions]))


def test_words_between_the_speaker_and_the_cue_are_no_part_of_the_speaker(bn) -> None:
    # a time adverb or a concessive after the speaker ("… বিজ্ঞানীরা এখন বলছেন"): the group is unnamed
    st = only(bn("শিরোনাম\nনমুনা পরীক্ষা করে বিদেশি বিজ্ঞানীরা এখন বলছেন, ভাইরাসটি আগের চেয়ে দ্রুত ছড়াচ্ছে।"))
    assert st.speaker.text == "বিদেশি বিজ্ঞানীরা" and st.speaker.anonymous
    st = only(bn("শিরোনাম\nপাইকারি ব্যবসায়ীরা এখনো বলছেন, চালের দাম শিগগির কমবে না।"))
    assert st.speaker.text == "পাইকারি ব্যবসায়ীরা" and st.speaker.anonymous
    # what the speaker said it by, the object of a participle before the cue ("বিজ্ঞপ্তি দিয়ে")
    st = only(bn("শিরোনাম\nথানার কর্মকর্তারা বিজ্ঞপ্তি দিয়ে বলেছেন, তারা আগামীকাল থেকে কাজে ফিরবেন।"))
    assert st.speaker.text == "থানার কর্মকর্তারা" and st.speaker.anonymous
    st = only(bn("শিরোনাম\nসংগঠনটি এক বিবৃতি দিয়ে জানিয়েছে, তাদের কর্মসূচি চলবে।"))
    assert st.speaker.text == "সংগঠনটি"


def test_one_given_by_name_is_no_unnamed_source(bn) -> None:
    # "রাফি নামে এক শিক্ষার্থী": named, though the tagger finds no entity in the name
    st = only(bn("শিরোনাম\nরাফি নামে এক শিক্ষার্থী জানান, নিজেদের দায়িত্ব থেকেই তারা সড়কে কাজ করছেন।"))
    assert st.speaker.text == "রাফি নামে এক শিক্ষার্থী" and not st.speaker.anonymous
    # "দলের নামে" is in the party's name: the leader stays unnamed
    st = only(bn("শিরোনাম\nদলের নামে এক নেতা জানান, তারা আন্দোলন চালিয়ে যাবেন।"))
    assert st.speaker.anonymous


def test_speech_that_names_its_speaker_again_at_its_end_is_closed(bn) -> None:
    # "তিনি জানান, X নেই বলে তিনি মনে করেন।": X is what was said, and the match report after it is the reporter's
    doc = bn("শিরোনাম\nজয়ের প্রত্যয় জানিয়েছেন দলের কোচ গ্যারি স্টিড। একইসঙ্গে তিনি জানান, প্রতিপক্ষের শিরোপা জয়ের "
             "সামর্থ্য নেই বলে তিনি মনে করেন। প্রথম ম্যাচে ইংল্যান্ডকে হারিয়ে যাত্রা শুরু করে দলটি। দ্বিতীয় ম্যাচে "
             "নেদারল্যান্ডসকে হারায় তারা।")
    assert [s.content.text for s in doc.statements][1:] == ["প্রতিপক্ষের শিরোপা জয়ের সামর্থ্য নেই"]
    # another named there is reported inside the speech, which goes on
    doc = bn("শিরোনাম\nআলোচনায় সাংবাদিক প্রতীক বর্ধন বলেন, অমর্ত্য সেন এই সভ্যতাকে নদীজাত সভ্যতা বলে মনে করেন। "
             "কিন্তু রাজনীতিকেরা নানাভাবে তা বিনষ্ট করেছেন।")
    assert doc.statements[-1].content.text == "রাজনীতিকেরা নানাভাবে তা বিনষ্ট করেছেন"


def test_condolences_on_a_death_say_nothing(bn) -> None:
    # the occasion alone ("X-এর মৃত্যুতে শোক প্রকাশ"), or the greeting as a plain verb's object
    # ("… মৃত্যুকে গভীর শোক ও সমবেদনা জানিয়েছেন X"): a condolence, no proposition
    for text in ("সাবেক মন্ত্রী রহিম উদ্দিনের মৃত্যুতে শোক প্রকাশ করেছেন রাষ্ট্রপতি।",
                 "সাবেক মন্ত্রী রহিম উদ্দিনের মৃত্যুকে গভীর শোক ও সমবেদনা জানিয়েছেন জাপানের প্রধানমন্ত্রী।",
                 "জাপানের প্রধানমন্ত্রী সাবেক মন্ত্রী রহিম উদ্দিনের মৃত্যুতে গভীর শোক জানিয়েছেন।",
                 # (the greeter named between the occasion and the greeting)
                 "সাবেক মন্ত্রী রহিম উদ্দিনের মৃত্যুতে জেলা ফুটবল ফেডারেশন শোক প্রকাশ করেছে।"):
        assert bn("শিরোনাম\n" + text).statements == [], text
    # thanks with its reason still say something
    assert len(bn("শিরোনাম\nনির্বাচন সুষ্ঠু হওয়ায় কমিশনকে ধন্যবাদ জানান মন্ত্রী আবদুর রহমান।").statements) == 1


def test_one_something_was_sent_to_is_not_the_pronoun_sender(bn) -> None:
    # "X-এর কাছে পাঠানো এক শোকবার্তায় তিনি এ কথা বলেন": the sender named before speaks, not X
    doc = bn("শিরোনাম\nসাবেক মন্ত্রীর মৃত্যুতে শোক জানিয়েছেন জাপানের প্রধানমন্ত্রী ফুমিও কিশিদা। একই সঙ্গে দুই দেশের "
             "বন্ধুত্ব এগিয়ে নেওয়ার অঙ্গীকার করেছেন তিনি। প্রধান উপদেষ্টা মুহাম্মদ ইউনূসের কাছে পাঠানো এক "
             "শোকবার্তায় তিনি এ কথা বলেন।")
    st = only(doc)
    assert next(e.name for e in doc.entities if e.id == st.speaker.entity) != "Muhammad Yunus"
    assert "কিশিদা" in " ".join(m.text for e in doc.entities if e.id == st.speaker.entity for m in e.mentions)
    # ("X-এর কাছে জানতে চাইলে তিনি বলেন": X answers)
    doc = bn("শিরোনাম\nমুহাম্মদ ইউনূসের কাছে জানতে চাইলে তিনি বলেন, নির্বাচন সময়মতো হবে।")
    assert next(e.name for e in doc.entities if e.id == only(doc).speaker.entity) == "Muhammad Yunus"


def test_a_cue_in_a_relative_clause_on_its_object_says_nothing(bn) -> None:
    # "তিনি যে ঝড় তোলার ইঙ্গিত দিয়েছিলেন, …": the storm he hinted at; the main clause is the writer's
    assert bn("শিরোনাম\nশপথ নেওয়ার আগেই তিনি যে ঝড় তোলার ইঙ্গিত দিয়েছিলেন, দায়িত্ব নেওয়ার পরপরই "
              "সেগুলো বাস্তবায়ন শুরু করেছেন।").statements == []
    # "যে" as "that", with the speaker after it, and "যে কোনো" (any), are no relatives
    st = only(bn("শিরোনাম\nএটা স্পষ্ট যে সরকার বলছে, নির্বাচন সময়মতো হবে।"))
    assert st.content.text == "নির্বাচন সময়মতো হবে"
    st = only(bn("শিরোনাম\nপরে তিনি যে কোনো প্রয়োজনে থানাকে জানানোর অনুরোধ করেন।"))
    assert st.content.text.startswith("যে কোনো")


def test_whom_a_cue_is_against_is_no_part_of_the_speaker(bn) -> None:
    # "X Y-এর বিরুদ্ধে অভিযোগ করেন": X accuses, Y is accused
    doc = bn("শিরোনাম\nবিএনপি নেতা রহিম উদ্দিন আওয়ামী লীগের বিরুদ্ধে অভিযোগ করেন, তারা ভোট কারচুপি করেছে।")
    st = only(doc)
    assert st.speaker.text == "বিএনপি নেতা রহিম উদ্দিন" and st.speaker.entity is not None
    st = only(bn("শিরোনাম\nবিরোধীরা সরকারি দলের বিরুদ্ধে অভিযোগ করছে, দলটি ভোটার তালিকা থেকে নাম বাদ দিচ্ছে।"))
    assert st.speaker.text == "বিরোধীরা" and st.speaker.anonymous
    # and alone before the cue it names no one: the speaker is the one speaking before
    doc = bn("শিরোনাম\nভুক্তভোগী শেফালী বেগম বলেন, তিনি হাসপাতালে ভর্তি হয়েছেন। পুলিশের বিরুদ্ধে ক্ষোভ প্রকাশ করে বলেন, "
             "‘পুলিশ মামলার কাগজ দেয় না।’")
    names = {e.id: e.name for e in doc.entities}
    assert names.get(doc.statements[-1].speaker.entity or "", "") != "Bangladesh Police"
    last = doc.statements[-1].speaker
    assert "শেফালী" in last.text or last.entity == doc.statements[0].speaker.entity


def test_others_joined_to_the_subject_speak_with_it(bn) -> None:
    # "A এবং B এটিকে … হিসেবে অভিহিত করেছেন": both call it so; "এবং B" is no part of what was said
    st = only(bn("শিরোনাম\nদেশের সাবেক বিচারপতি এবং প্রখ্যাত আইনজীবীরা এটিকে আইনের শাসনের অবমাননা হিসেবে "
                 "অভিহিত করেছেন।"))
    assert st.speaker.text == "দেশের সাবেক বিচারপতি এবং প্রখ্যাত আইনজীবীরা" and st.speaker.anonymous
    assert st.content.text.startswith("এটিকে")


def test_one_persons_own_words_do_not_run_on_a_bodys(bn) -> None:
    # "… কিন্তু সরকার মনে করেছে, …। সেই কারণে আমি সরে গেছি।": a government says no "আমি"
    doc = bn("শিরোনাম\nমাহফুজ আলম বলেন, আমি শুরু থেকেই বলে আসছি যে নির্বাচন করব না। কিন্তু সরকার মনে করেছে, "
             "ছাত্র প্রতিনিধিরা থাকলে নিরপেক্ষতা নিয়ে প্রশ্ন উঠতে পারে। সেই কারণে আমি সরে গেছি।")
    assert not any(s.speaker.text == "সরকার" and "আমি" in s.content.text for s in doc.statements)
    # a person's own words run on as before
    doc = bn("শিরোনাম\nমন্ত্রী রহিম উদ্দিন বলেন, আমি শুরু থেকেই এর বিরোধিতা করেছি। সেই কারণে আমি সরে গেছি।")
    assert [s.content.text for s in doc.statements][-1] == "সেই কারণে আমি সরে গেছি"


def test_a_teaser_that_names_what_was_told_says_nothing(bn) -> None:
    # "পদত্যাগের কারণ জানালেন X": the reason is named, not given; the body gives what was said
    doc = bn("সরকার থেকে পদত্যাগের কারণ জানালেন মাহফুজ আলম\nমাহফুজ আলম বলেন, আমি নির্বাচন করব না।")
    assert [s.content.text for s in doc.statements] == ["আমি নির্বাচন করব না"]


def test_unnamed_groups_and_sources_of_many_kinds_are_anonymous(bn) -> None:
    for text, speaker in (("গোয়েন্দা তথ্যমতে, এই গোষ্ঠী সীমান্তে সক্রিয়।", "গোয়েন্দা"),
                          ("মন্দির নির্মাণের পক্ষের একদল লোক বলছেন, এখনই কাজ শুরু করা উচিত।",
                           "মন্দির নির্মাণের পক্ষের একদল লোক"),
                          ("শহরের লোকজন মজা করে বলেন, এখন রাস্তার চেয়ে গর্ত বেশি।", "শহরের লোকজন")):
        st = only(bn("শিরোনাম\n" + text))
        assert st.speaker.text == speaker and st.speaker.anonymous, text


def test_acts_done_by_a_cue_word_say_nothing(bn) -> None:
    # a welcome given ("… সালমানকে জাঁকজমকপূর্ণ অভ্যর্থনা জানান X") and a blockade declared
    # ("… পূর্ণ অবরোধ ঘোষণা করে, যেখানে …") are acts, not speech
    for text in ("সফরে সৌদি যুবরাজ মোহাম্মদ বিন সালমানকে জাঁকজমকপূর্ণ অভ্যর্থনা জানান মার্কিন প্রেসিডেন্ট।",
                 "সেনাবাহিনী শহরে পূর্ণ অবরোধ ঘোষণা করে, যেখানে কোনো খাবার ঢুকতে দেওয়া হয়নি।"):
        assert bn("শিরোনাম\n" + text).statements == [], text


def test_a_demonstrative_role_points_back_to_the_one_just_named(bn) -> None:
    # "বিকল্পধারার এই প্রার্থী আরও বলেন": the candidate just named, though "প্রার্থী" is no title
    doc = bn("শিরোনাম\nবিকল্পধারার প্রার্থী আবুল হাশেম বলেন, ভোট সুষ্ঠু হবে। সমাবেশে কয়েক হাজার মানুষ উপস্থিত "
             "ছিলেন। বিকল্পধারার এই প্রার্থী আরও বলেন, আমরা জয়ী হব।")
    assert doc.statements[-1].speaker.entity == doc.statements[0].speaker.entity is not None


def test_a_yes_no_question_about_a_view_attributes_nothing(bn) -> None:
    # "ইরানের নেতারা কি মনে করেন, …?": the writer asks whether they think so
    assert bn("শিরোনাম\nঅথবা ইরানের নেতারা কি মনে করেন, এই যুদ্ধে তারা জিতবেন?").statements == []
    assert len(bn("শিরোনাম\nইরানের নেতারা মনে করেন, এই যুদ্ধে তারা জিতবেন।").statements) == 1


def test_the_news_told_points_back_to_what_was_told(bn) -> None:
    # "সামাজিকমাধ্যমে খবরটি জানিয়েছেন X": the news of the sentence before, not "the news" as what was said
    doc = bn("শিরোনাম\nএবার সিনেমা বানানোর ঘোষণা দিলেন নির্মাতা রহিম উদ্দিন। সামাজিকমাধ্যমে খবরটি জানিয়েছেন এই নির্মাতা।")
    assert not any(s.content.text.endswith("খবরটি") for s in doc.statements)


def test_a_clause_after_a_semicolon_has_its_own_subject(bn) -> None:
    # "A … দেখেছেন; সমালোচকেরা আবার … প্রশ্ন তুলেছেন": the critics raise the question
    st = only(bn("শিরোনাম\nতাঁর সমর্থকেরা সেখানেই তাঁকে আপসহীন হিসেবে দেখেছেন; সমালোচকেরা আবার তাঁর নেতৃত্ব "
                 "নিয়ে প্রশ্ন তুলেছেন।"))
    assert st.speaker.text == "সমালোচকেরা" and st.speaker.anonymous and ";" not in st.content.text


def test_a_joining_word_inside_brackets_joins_no_speakers(bn) -> None:
    # "সদস্য (পরিকল্পনা ও পরিচালন) X": one post of one person, not two speakers
    st = only(bn("শিরোনাম\nসংস্থার সদস্য (পরিকল্পনা ও পরিচালন) মো. সেলিম ফকির বলেন, নিয়ম মানলে কেউ বিপদে পড়বেন না।"))
    assert st.speaker.text.endswith("সেলিম ফকির") and "(পরিকল্পনা ও পরিচালন)" in st.speaker.text
    # "এয়ার কমোডর" is a rank, no organisation
    doc = bn("শিরোনাম\nএয়ার কমোডর এ এফ এম আতিকুজ্জামান বলেন, নিরাপত্তা জোরদার করা হয়েছে।")
    assert [e.type for e in doc.entities] == ["PER"]


def test_a_credit_line_is_no_content_of_the_next_credit_line(bn) -> None:
    # "… এ কথা বলেন তিনি। … এক সভায় তিনি এসব কথা বলেন।": the first credits the speech, it says nothing itself
    doc = bn("শিরোনাম\nদলের নেতা রহিম উদ্দিন বলেছেন, দেশের মানুষ এখন শান্তিতে আছে। সভায় প্রধান অতিথির বক্তব্যে "
             "এ কথা বলেন তিনি। মঙ্গলবার উপজেলায় এক সভায় তিনি এসব কথা বলেন।")
    assert not any("এ কথা বলেন" in s.content.text for s in doc.statements)


def test_a_body_speaks_through_its_side_data_and_documents(bn) -> None:
    # "X-এর পক্ষ থেকে", "X-এর তথ্য বলছে", "X-এর দেওয়া তথ্য অনুযায়ী": X, a country or body, speaks
    for text, name in (("রাশিয়ার পক্ষ থেকে জানানো হয়েছে, প্রেসিডেন্ট টিকা নেবেন।", "Russia"),
                       ("ভারতের তরফ থেকে জানানো হয়েছিল যে তাঁকে দিল্লি নেওয়া হবে।", "India"),
                       ("বাংলাদেশ ব্যাংকের তথ্য বলছে, বেসরকারি খাতে ঋণ প্রবৃদ্ধি কমেছে।", "Bangladesh Bank"),
                       ("আইন ও সালিশ কেন্দ্রের দেওয়া তথ্য অনুযায়ী, গত বছর কারা হেফাজতে ৬৫ জন মারা যান।",
                        "Ain o Salish Kendra")):
        doc = bn("শিরোনাম\n" + text)
        st = only(doc)
        assert next((e.name for e in doc.entities if e.id == st.speaker.entity), None) == name, text


def test_last_before_the_weekday_is_no_part_of_the_speaker(bn) -> None:
    # "মুখপাত্র মাও নিং গত বৃহস্পতিবার বলেন": "গত" is the time's, and the person is the speaker
    doc = bn("শিরোনাম\nচীনের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র মাও নিং গত বৃহস্পতিবার বলেন, অঞ্চলটি চীনের ভূখণ্ড।")
    st = only(doc)
    assert st.speaker.text.endswith("মাও নিং") and st.speaker.entity is not None


def test_and_after_a_title_joins_the_next_subject(bn) -> None:
    # "রাষ্ট্রপতি ও তিন বাহিনীর প্রধানরা … প্রশংসা করেন": "ও" is "and" here, not the pronoun
    st = only(bn("শিরোনাম\nরাষ্ট্রপতি ও তিন বাহিনীর প্রধানরা ছাত্রদের বিভিন্ন কার্যক্রমের প্রশংসা করেন।"))
    assert st.speaker.text == "রাষ্ট্রপতি ও তিন বাহিনীর প্রধানরা"


def test_they_is_not_the_one_person_who_spoke_last(bn) -> None:
    # "নেতা রহিম উদ্দিন বলেন, …। তারা বলেছে, …": "they" is not Rahim Uddin
    doc = bn("শিরোনাম\nদলের নেতা রহিম উদ্দিন বলেন, নির্বাচন হবে। তারা বলেছে, আন্দোলন চলবে।")
    assert doc.statements[-1].speaker.text == "তারা" and doc.statements[-1].speaker.entity is None


def test_a_demonstrative_before_the_cue_noun_is_no_part_of_the_speaker(bn) -> None:
    # "তিনি এই অনুরোধ জানিয়েছিলেন, …": "এই" points at the request, the speaker is "তিনি"
    doc = bn("শিরোনাম\nবিএনপির নেতা রহিম উদ্দিন বলেন, নির্বাচন হবে। পাশাপাশি তিনি এই অনুরোধ জানিয়েছিলেন, "
             "সবাই যেন শান্ত থাকেন।")
    st = doc.statements[-1]
    assert st.speaker.text == "তিনি" and st.speaker.entity == doc.statements[0].speaker.entity


def test_a_part_of_one_persons_full_name_alone_is_that_person(bn) -> None:
    # "সজীব ওয়াজেদ জয় … । জয় বলেন, …": "জয়" (also "victory") alone is the person named in full
    doc = bn("শিরোনাম\nসজীব ওয়াজেদ জয় এক ভিডিও বার্তা দিয়েছেন। জয় বলেন, আমরা ফিরে আসব।")
    st = only(doc)
    assert next(e.name for e in doc.entities if e.id == st.speaker.entity) == "Sajeeb Wazed Joy"
    # (but "সরকার" is the government, whoever is surnamed so)
    doc = bn("শিরোনাম\nনির্মাতা রনজিত সরকার নতুন ছবির কাজ শুরু করেছেন। সরকার জানিয়েছে, নির্বাচন সময়মতো হবে।")
    assert all(s.speaker.entity is None for s in doc.statements if s.speaker.text == "সরকার")


def test_what_may_be_a_subject_is_no_declared_act(bn) -> None:
    # "দল ঘোষণা করেছে, …" is a party speaking (a blockade declared is an act: test_acts_done_by_a_cue_word)
    assert len(bn("শিরোনাম\nক্ষমতাসীন দল ঘোষণা করেছে, আগামী মাসে তারা নতুন কর্মসূচি দেবে।").statements) == 1


def test_a_cause_stated_is_no_teaser(bn) -> None:
    # "X-ই দুর্ঘটনার মূল কারণ মনে করেন Y" states the cause (not "পদত্যাগের কারণ জানালেন Y")
    st = only(bn("শিরোনাম\nদুর্বল তদারকিই দুর্ঘটনার মূল কারণ মনে করেন বিশেষজ্ঞ সেলিম রায়হান।"))
    assert st.content.text == "দুর্বল তদারকিই দুর্ঘটনার মূল কারণ"


def test_this_said_before_an_infinitive_credits_nothing(bn) -> None:
    # "এ কথা স্বীকার করতে হবে যে …" is no credit line: the minister's "এসব কথা বলেন" covers it
    doc = bn("শিরোনাম\nসবাইকে এ কথা স্বীকার করতে হবে যে দেশে দুর্নীতি বেড়েছে। সভায় প্রধান অতিথির বক্তব্যে এসব কথা "
             "বলেন মন্ত্রী রহিম উদ্দিন।")
    assert [s.content.text for s in doc.statements] == ["সবাইকে এ কথা স্বীকার করতে হবে যে দেশে দুর্নীতি বেড়েছে"]


def test_a_name_that_ends_in_a_document_word_keeps_it(bn) -> None:
    # "ঢাকা পোস্ট এক বিবৃতি দিয়ে জানিয়েছে": the paper, not "ঢাকা"
    st = only(bn("শিরোনাম\nঢাকা পোস্ট এক বিবৃতি দিয়ে জানিয়েছে, প্রতিবেদনটি সঠিক।"))
    assert st.speaker.text == "ঢাকা পোস্ট"


def test_thanks_with_what_was_asked_still_say_something(bn) -> None:
    # "দেশের জন্য কাজ করতে এগিয়ে আসায় তরুণদের ধন্যবাদ জানান X": thanks with its reason
    assert len(bn("শিরোনাম\nদেশের জন্য কাজ করতে এগিয়ে আসায় তরুণদের ধন্যবাদ জানান মন্ত্রী রহিম উদ্দিন।").statements) == 1


def test_condolences_on_an_accident_or_a_departure_say_nothing(bn) -> None:
    for text in ("এ দুর্ঘটনায় শোক জানিয়েছেন ভারতের প্রধানমন্ত্রী।",
                 "দেশের রাজনীতির এই মহীয়সীর বিদায়ে শোক প্রকাশ করেছে বাংলাদেশ ক্রিকেট বোর্ড।"):
        assert bn("শিরোনাম\n" + text).statements == [], text


def test_a_sentence_opening_with_its_cue_is_the_last_sentence_s_subject(bn) -> None:
    # "বলেন, …" with no subject: the one the sentence before is about, not whoever spoke earlier
    doc = bn("শিরোনাম\nমেয়র আতিকুল হক বলেন, সড়কের কাজ শেষ হবে।\n"
             "পরে সভায় নতুন প্রকল্পের কথা তুলে ধরেন প্রকৌশলী নাজমুল করিম। বলেন, খরচ কিছুটা বাড়বে।")
    s = doc.statements[-1]
    assert s.content.text == "খরচ কিছুটা বাড়বে"
    assert s.speaker.text == "নাজমুল করিম"
    # and after a closed quotation: "‘…।’ বলেন, …" goes on with the same speaker
    doc = bn("শিরোনাম\nমেয়র আতিকুল হক বলেন, “কাজ শেষ হবে।” বলেন, খরচ কিছুটা বাড়বে।")
    assert [s.content.text for s in doc.statements] == ["কাজ শেষ হবে", "খরচ কিছুটা বাড়বে"]
    assert doc.statements[0].speaker.entity == doc.statements[1].speaker.entity is not None


def test_an_occasion_described_after_the_speaker_is_no_part_of_the_speaker(bn) -> None:
    # "এক সংক্ষিপ্ত ভাষণে", "দেওয়া ভাষণে": where it was said, however the occasion is described
    s = only(bn("শিরোনাম\nপ্রধানমন্ত্রী এক সংক্ষিপ্ত ভাষণে বলেন, দেশ এগিয়ে যাচ্ছে।"))
    assert s.speaker.text == "প্রধানমন্ত্রী" and not s.speaker.anonymous
    s = only(bn("শিরোনাম\nটেলিভিশনে দেওয়া ভাষণে মন্ত্রী আবদুল মোমেন বলেন, সম্পর্ক ভালো আছে।"))
    assert s.speaker.text == "মন্ত্রী আবদুল মোমেন"
    # an unnamed official is still one ("এক কর্মকর্তা" is no occasion's article)
    s = only(bn("শিরোনাম\nমন্ত্রণালয়ের এক কর্মকর্তা সংবাদ সম্মেলনে বলেন, কাজ চলছে।"))
    assert s.speaker.text == "মন্ত্রণালয়ের এক কর্মকর্তা" and s.speaker.anonymous


def test_a_body_inside_the_object_of_an_honorific_call_is_not_its_speaker(bn) -> None:
    # "আহ্বান জানান" is honorific (a person's), as "বলেন" is: the body named in what is asked is not the subject
    s = only(bn("শিরোনাম\nস্বাস্থ্যমন্ত্রী করিম উদ্দিন সংবাদ সম্মেলনে ২৪ ঘণ্টার মধ্যে পুলিশ সদস্যদের "
                "কর্মস্থলে যোগদানের আহ্বান জানান।"))
    assert s.speaker.text == "স্বাস্থ্যমন্ত্রী করিম উদ্দিন"
    assert "পুলিশ সদস্যদের কর্মস্থলে যোগদানের" in s.content.text


def test_a_list_of_speakers_told_to_someone_is_each_of_them(bn) -> None:
    # "A, B এবং C সাংবাদিকদের জানান": the ones told trail the list; all three speak, the first too
    doc = bn("শিরোনাম\nবৈঠক শেষে কমিটির সদস্য রহিম উদ্দিন, করিম মিয়া এবং নাসির হোসেন সাংবাদিকদের জানান, "
             "সড়কটি দ্রুত সংস্কার করা হবে।")
    assert [s.speaker.text for s in doc.statements] == ["কমিটির সদস্য রহিম উদ্দিন", "করিম মিয়া", "নাসির হোসেন"]
    assert {s.content.text for s in doc.statements} == {"সড়কটি দ্রুত সংস্কার করা হবে"}


def test_a_relative_clause_about_what_was_declared_is_not_speech(bn) -> None:
    # "… কর্মসূচি ঘোষণা করেছিল, যা পরে স্থগিত করা হয়": the programme was suspended; nobody says so
    doc = bn("শিরোনাম\nশিক্ষার্থীরা গত সপ্তাহে অবরোধ কর্মসূচি ঘোষণা করেছিল, যা পরে স্থগিত করা হয়।")
    assert doc.statements == []
    # but speech that opens with a relative is still speech
    s = only(bn("শিরোনাম\nসাবেক উপদেষ্টা রহিম উদ্দিন বলেন, যা হয়েছে হয়েছে, ইতিহাস ফেরানো যাবে না।"))
    assert s.content.text.startswith("যা হয়েছে হয়েছে")
    s = only(bn("শিরোনাম\nদলটি তাদের দাবি ঘোষণা করে, যা মানা হয়নি, তা নিয়ে আন্দোলন চলবে।"))
    assert s.content.text.startswith("যা মানা হয়নি")


def test_a_complaint_made_to_someone_with_no_claim_in_it_is_an_act(bn) -> None:
    # "X থানার ওসির কাছে লিখিত অভিযোগ করেছেন": filed with the officer; what is alleged is not said here
    assert bn("শিরোনাম\nএ ঘটনায় ভুক্তভোগী রহিম উদ্দিন থানার ওসির কাছে লিখিত অভিযোগ করেছেন।").statements == []
    assert bn("শিরোনাম\nকরিম মিয়া উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) নাসির হোসেনের কাছে অভিযোগ করেছেন।").statements == []
    # with what is alleged, it is a claim; and a call made to the government is one too
    s = only(bn("শিরোনাম\nরহিম উদ্দিন ইউএনওর কাছে ঘুষ নেওয়ার অভিযোগ করেছেন।"))
    assert s.stance == "claim" and "ঘুষ নেওয়ার" in s.content.text
    s = only(bn("শিরোনাম\nতিনি দোষীদের বিচার করার জন্য অন্তর্বর্তীকালীন সরকারের কাছে আহ্বান জানান।"))
    assert "বিচার করার" in s.content.text


def test_a_speaker_who_goes_on_in_a_written_statement_is_still_the_one_named(bn) -> None:
    # "X তার লিখিত বক্তব্যে আরো বলেন": X, further; not whoever spoke before
    doc = bn("শিরোনাম\nএ সময় ইউনিয়ন পরিষদের চেয়ারম্যান রহিম উদ্দিন বলেন, মার্কেটটি অবৈধ।\n"
             "ব্যবসায়ী সমিতির সহসভাপতি করিম মিয়া তার লিখিত বক্তব্যে আরো বলেন, দোকানের দেয়াল ভেঙে দেওয়া হয়েছে।")
    s = doc.statements[-1]
    assert s.content.text == "দোকানের দেয়াল ভেঙে দেওয়া হয়েছে"
    assert s.speaker.text == "ব্যবসায়ী সমিতির সহসভাপতি করিম মিয়া"


def test_money_demanded_by_force_is_no_statement(bn) -> None:
    # "… ১০ লাখ টাকা চাঁদা দাবি করেন": extortion, an act; a demand in words is still a statement
    assert bn("শিরোনাম\nএ সময় রহিম উদ্দিন দোকান ছেড়ে দেওয়ার জন্য ১০ লাখ টাকা চাঁদা দাবি করেন।").statements == []
    s = only(bn("শিরোনাম\nশ্রমিকনেতা রহিম উদ্দিন বকেয়া বেতন পরিশোধের দাবি করেন।"))
    assert "বকেয়া বেতন" in s.content.text


def test_the_words_pointed_at_after_the_fact_by_kathagulo(bn) -> None:
    # "কথাগুলো বলছিলেন X": the words just quoted are X's (not a speaker called "কথাগুলো")
    doc = bn("শিরোনাম\n‘ছেলেকে বললাম বাইরের পরিবেশ ভালো না, মিছিলে যেও না। ছেলেটা আর ফিরে আসলো না।’\n"
             "কেঁদে কেঁদে কথাগুলো বলছিলেন নিহত স্কুলছাত্রের বাবা আব্দুল হাই। নিহত ছাত্রটি নবম শ্রেণিতে পড়ত।")
    assert doc.statements and all(s.speaker.text == "নিহত স্কুলছাত্রের বাবা আব্দুল হাই" for s in doc.statements)
    assert doc.statements[0].content.text.startswith("ছেলেকে বললাম")
    assert not any("নবম শ্রেণিতে" in s.content.text for s in doc.statements)
    # and a sentence quoted in the pointer's own sentence is what it points at
    doc = bn("শিরোনাম\nনদীতে নতুন সেতু হয়েছে।\n“এই প্রথমবার এখানে একটি স্থায়ী সেতু তৈরি হলো,” উদ্বোধনের দিন এই কথাগুলো "
             "বলেছিলেন মন্ত্রী আবদুল করিম।")
    s = only(doc)
    assert s.direct and s.content.text.startswith("এই প্রথমবার") and s.speaker.text == "মন্ত্রী আবদুল করিম"


def test_a_body_named_after_a_person_and_joined_by_o_is_one_speaker(bn) -> None:
    # "শেখ হাসিনা জাতীয় বার্ন ও প্লাস্টিক সার্জারি ইনস্টিটিউটের চিকিৎসক X": one doctor, the "ও" inside the
    # institute's name; "A ও B বলেন" with two people is still two
    s = only(bn("শিরোনাম\nশেখ হাসিনা জাতীয় বার্ন ও প্লাস্টিক সার্জারি ইনস্টিটিউটের আবাসিক চিকিৎসক মো. তরিকুল "
                "ইসলাম বলেন, রোগীর অবস্থা আশঙ্কাজনক।"))
    assert s.speaker.text.endswith("মো. তরিকুল ইসলাম")
    doc = bn("শিরোনাম\nগ্রামের বাসিন্দা মো. মোস্তফা (৬৭) ও নাসির হোসেন (৫১) বলেন, চাল বিক্রি হয়ে গেছে।")
    assert len(doc.statements) == 2


def test_tini_after_an_unnamed_many_is_the_person_named_in_the_paragraph(bn) -> None:
    # "চালক ও এলাকাবাসী জানান, …। … তিনি … দাবি করেন": a group is no "তিনি"; the driver named before is
    doc = bn("শিরোনাম\nচুরি করা একটি ভেকু থানায় জমা দিলেন বেলাল হোসেন নামে এক চালক। পুলিশ ও এলাকাবাসী জানান, "
             "ভেকুটি দুই মাস আগে চুরি হয়। মালিকপক্ষ যোগাযোগ করলে তিনি পাঁচ লাখ টাকা পাওনা দাবি করেন।")
    s = doc.statements[-1]
    assert s.cue == "দাবি করেন" and not s.speaker.anonymous
    assert next(e for e in doc.entities if e.id == s.speaker.entity).name == "Belal Hossain"


def test_a_subheading_run_into_its_paragraph_says_nothing(bn) -> None:
    # "বাদী ও তদন্ত কর্মকর্তা যা বলেন : বাদী X বলেন, …": the subheading names no one; X speaks after it
    doc = bn("শিরোনাম\nনিখোঁজের স্ত্রী রাবেয়া বেগম বলেন, আমরা তাকে ফিরে পেতে চাই। মামলার বাদী ও তদন্ত কর্মকর্তা "
             "যা বলেন : মামলার বাদী করিম মিয়া বলেন, তদন্ত প্রতিবেদন মনগড়া ছিল।")
    assert [s.speaker.text for s in doc.statements] == ["নিখোঁজের স্ত্রী রাবেয়া বেগম", "মামলার বাদী করিম মিয়া"]
    assert doc.statements[1].content.text == "তদন্ত প্রতিবেদন মনগড়া ছিল"


def test_a_press_review_heading_ends_the_speech_before_it(bn) -> None:
    # "<paper> পত্রিকার আজকের খবর- …": the review moves to the next paper; the last speaker's words end
    doc = bn("শিরোনাম\nজ্বালানি বিশেষজ্ঞ রহিম উদ্দিন বলেন, তেলের দাম কমানো উচিত। সংবাদ পত্রিকার আজকের খবর- আরও চার দিন "
             "থাকবে কুয়াশা। মৌসুমের প্রথম শৈত্যপ্রবাহ কেটে গেছে।")
    assert [s.content.text for s in doc.statements] == ["তেলের দাম কমানো উচিত"]


def test_the_matter_confirmed_at_a_paragraph_start_is_the_paragraph_before(bn) -> None:
    # "X সোমবার বিষয়টি নিশ্চিত করে।" opening a paragraph: X confirms what the paragraph before told
    # (the weekday before "বিষয়টি" owns nothing)
    doc = bn("শিরোনাম\nদেশের পরিস্থিতিতে তৈরি পোশাক কারখানা আগামীকাল মঙ্গলবার বন্ধ থাকবে।\n"
             "পোশাকশিল্পের মালিকদের সংগঠন বিজিএমইএ সোমবার বিষয়টি নিশ্চিত করে।")
    s = only(doc)
    assert s.stance == "confirm" and s.content.text.startswith("দেশের পরিস্থিতিতে তৈরি পোশাক কারখানা")


def test_a_statement_named_alone_is_its_named_issuer_s_not_an_unnamed_group_s(bn) -> None:
    # "এক বিবৃতিতে সভাপতি X বলেছেন, … । বিবৃতিতে নেতারা আরও বলেন, … । … বিবৃতিতে বলা হয়, …": X's
    doc = bn("শিরোনাম\nআজ এক বিবৃতিতে সংগঠনের সভাপতি মাহমুদ সেলিম বলেছেন, সংগীত শিক্ষা জরুরি।\n"
             "বিবৃতিতে সংগঠনের নেতারা আরও বলেন, শিক্ষা শুধু পরীক্ষার খাতায় সীমাবদ্ধ নয়।\n"
             "এ সিদ্ধান্ত অগ্রহণযোগ্য উল্লেখ করে বিবৃতিতে বলা হয়, শিশুদের বিকাশ বাধাগ্রস্ত হবে।")
    s = doc.statements[-1]
    assert s.content.text == "শিশুদের বিকাশ বাধাগ্রস্ত হবে"
    assert not s.speaker.anonymous and s.speaker.entity == doc.statements[0].speaker.entity is not None


def test_a_second_clause_after_the_cue_names_no_speaker(bn) -> None:
    # "X CONTENT বলে প্রত্যাখ্যান করেন এবং … দাবি জানান": the words after "এবং" are X's second act, not a speaker
    doc = bn("শিরোনাম\nপরে মেডিকেল বোর্ড জানায়, কোনো প্রমাণ পাওয়া যায়নি। কিন্তু অধিকারকর্মীরা রিপোর্ট সাজানো বলে "
             "প্রত্যাখ্যান করেন এবং স্বাধীন তদন্তের দাবি জানান।")
    denial = next(s for s in doc.statements if s.cue == "প্রত্যাখ্যান করেন")
    assert denial.speaker.text == "অধিকারকর্মীরা" and denial.content.text == "রিপোর্ট সাজানো"
    # (a place in the locative after the group is no verb of what was said: "অধিকারকর্মীরা সভায় …")
    doc = bn("শিরোনাম\nপরে মেডিকেল বোর্ড জানায়, কোনো প্রমাণ পাওয়া যায়নি। কিন্তু অধিকারকর্মীরা সভায় রিপোর্ট সাজানো "
             "বলে প্রত্যাখ্যান করেন।")
    assert doc.statements[-1].speaker.text == "অধিকারকর্মীরা"
    # and a group that is the subject of what was said is not the speaker
    doc = bn("শিরোনাম\nউপপরিচালক রহিম উদ্দিন জানান, এ বছর ফলন ভালো হবে। এতে চাষিরা মুনাফা করবে বলেও জানান।")
    last = doc.statements[-1]
    assert last.content.text == "এতে চাষিরা মুনাফা করবে"
    assert last.speaker.entity == doc.statements[0].speaker.entity is not None


def test_this_official_after_one_named_without_an_entity_is_that_one_not_an_unnamed_source(bn) -> None:
    # "খনি বিষয়ক কর্মকর্তা কে কে রাই জানান, …। … জানান এ কর্মকর্তা": named before, so not anonymous
    doc = bn("শিরোনাম\nখনি বিষয়ক কর্মকর্তা কে কে রাই শুক্রবার জানান, পাহাড়ি এলাকায় সোনার খনির সন্ধান মিলেছে। "
             "খনিতে প্রায় তিন হাজার টন সোনা রয়েছে বলে জানান এ কর্মকর্তা।")
    s = doc.statements[-1]
    assert s.speaker.text == "এ কর্মকর্তা" and not s.speaker.anonymous


def test_what_the_speaker_saw_or_heard_first_is_no_part_of_the_speaker(bn) -> None:
    # "রিপোর্ট দেখে চিকিৎসক জানান", "খবর শুনে মন্ত্রী X বলেন": seeing or hearing, then speaking
    s = only(bn("শিরোনাম\nএক্সরে রিপোর্ট দেখে চিকিৎসক জানান, গুলি তিন টুকরা হয়ে ভেতরে রয়ে গেছে।"))
    assert s.speaker.text == "চিকিৎসক" and s.speaker.anonymous
    s = only(bn("শিরোনাম\nখবর শুনে মন্ত্রী রহিম উদ্দিন বলেন, আমরা ব্যবস্থা নেব।"))
    assert s.speaker.text == "মন্ত্রী রহিম উদ্দিন"


def test_a_topic_brought_up_or_an_interview_before_the_speaker_is_cut(bn) -> None:
    # "X-এর প্রসঙ্গ টেনে Y বলেন", "প্রাথমিক জিজ্ঞাসাবাদে Y স্বীকার করেছে": Y speaks
    s = only(bn("শিরোনাম\nপ্রবাসীদের ভোটের প্রসঙ্গ টেনে প্রধান নির্বাচন কমিশনার নাসির উদ্দিন বলেন, পোস্টাল ভোট সহজ হবে।"))
    assert s.speaker.text == "প্রধান নির্বাচন কমিশনার নাসির উদ্দিন"
    s = only(bn("শিরোনাম\nফোনালাপে ব্যবসায়ী করিম মিয়া জানান, দোকান বন্ধ রয়েছে।"))
    assert s.speaker.text == "ব্যবসায়ী করিম মিয়া"


def test_the_source_made_definite_is_still_unnamed_and_what_no_one_could_confirm_is_narration(bn) -> None:
    s = only(bn("শিরোনাম\nসূত্রটি বলছে, সামাজিক যোগাযোগমাধ্যম চালুর বিষয়ে কোনো নির্দেশনা পাওয়া যায়নি।"))
    assert s.speaker.anonymous and s.speaker.entity is None
    # "… তা এখন পর্যন্ত নিশ্চিত হওয়া যায়নি": the reporter could not confirm it; the source's words end before
    doc = bn("শিরোনাম\nস্থানীয় একাধিক সূত্র জানায়, হামলাকারীরা বাড়িতে আগুন দেয়। সাদিক নিরাপদে বাড়ি ছেড়েছেন কি না, তা "
             "এখন পর্যন্ত নিশ্চিত হওয়া যায়নি।")
    assert [s.content.text for s in doc.statements] == ["হামলাকারীরা বাড়িতে আগুন দেয়"]
    # (and with the adjective misspelt, as real articles print it)
    doc = bn("শিরোনাম\nথানার ওসি রহিম উদ্দিন বলেন, তিনটি মরদেহ উদ্ধার করা হয়েছে। তাদের পরিচয় এখনো নিশ্চত হওয়া যায়নি।")
    assert [s.content.text for s in doc.statements] == ["তিনটি মরদেহ উদ্ধার করা হয়েছে"]


def test_a_headline_that_asks_when_is_a_teaser_not_a_statement(bn) -> None:
    # "… শপথ কখন জানালেন সেনাপ্রধান": when it is, the story tells; the headline says nothing
    doc = bn("অন্তর্বর্তীকালীন সরকারের শপথ কখন জানালেন সেনাপ্রধান\n\nসেনাপ্রধান বলেন, আজ রাতে শপথ হবে।")
    assert [s.content.text for s in doc.statements] == ["আজ রাতে শপথ হবে"]


def test_there_after_the_speaker_is_where_they_wrote_not_part_of_them(bn) -> None:
    # "X সেখানে লেখেন": in the post just named; X is the speaker, and "তিনি" after is X
    doc = bn("শিরোনাম\nদল থেকে পদত্যাগ করেছেন চিকিৎসক নাসরিন সুলতানা। ফেসবুকে এক স্ট্যাটাস দেন তিনি। "
             "নাসরিন সুলতানা সেখানে লেখেন, আমি আজ পদত্যাগ করেছি।")
    s = doc.statements[-1]
    assert s.speaker.text == "নাসরিন সুলতানা" and s.speaker.entity is not None


def test_the_one_addressed_by_name_and_post_is_not_the_speaker(bn) -> None:
    # "X ওই ইউপির সাবেক চেয়ারম্যান Y-এর উদ্দেশে বলেন": X speaks to Y
    s = only(bn("শিরোনাম\nসভায় মতিউর রহমান ওই ইউপির সাবেক চেয়ারম্যান ইলিয়াস হোসেনের উদ্দেশে বলেন, "
                "আপনারা আমার সঙ্গে যুদ্ধ করেছেন।"))
    assert s.speaker.text == "মতিউর রহমান"


def test_history_or_experience_that_says_is_the_writer_s_argument(bn) -> None:
    doc = bn("শিরোনাম\nইতিহাস বলছে, কোনো স্বৈরশাসক টিকে থাকেনি। অভিজ্ঞতা বলে, এমন সংকট দ্রুত কাটে না। "
             "অর্থ মন্ত্রণালয়ের তথ্য বলছে, রপ্তানি কমেছে।")
    assert [s.content.text for s in doc.statements] == ["রপ্তানি কমেছে"]


def test_the_speaker_after_a_cue_ends_at_a_comma_before_a_turn(bn) -> None:
    # "CONTENT দায়ী করেছে যুক্তরাষ্ট্র, তবে বিশ্লেষক X-এর মতে, …": the US blamed; X is the next clause's
    doc = bn("শিরোনাম\nঅভিবাসী ঢলের জন্য ভেনেজুয়েলাকে দায়ী করেছে যুক্তরাষ্ট্র, তবে রাজনৈতিক বিশ্লেষক নিকোলাস "
             "গ্রসম্যানের মতে, সমস্যা আরও বাড়তে পারে।")
    blame = next(s for s in doc.statements if s.cue == "দায়ী করেছে")
    assert blame.speaker.text == "যুক্তরাষ্ট্র"


def test_a_post_on_a_platform_is_its_poster_s(bn) -> None:
    # "ফেসবুক পোস্টে আরও বলা হয়, …": the adviser who posted it speaks, not Facebook
    doc = bn("শিরোনাম\nসোমবার ফেসবুকে এক পোস্টে উপদেষ্টা মাহফুজ আলম এই আহ্বান জানান। ফেসবুক পোস্টে তিনি উল্লেখ করেন, "
             "“We will start anew.” ফেসবুক পোস্টে আরও বলা হয়, দেশের ভবিষ্যতের জন্য এই যাত্রা শুরু হলো।")
    first, *_, last = doc.statements
    assert first.content.text == "We will start anew"
    assert last.content.text == "দেশের ভবিষ্যতের জন্য এই যাত্রা শুরু হলো"
    assert last.speaker.entity == first.speaker.entity is not None
    assert next(e for e in doc.entities if e.id == last.speaker.entity).name != "Facebook"


def test_an_interview_given_to_an_outlet_after_the_speaker_keeps_the_speaker(bn) -> None:
    # "X বিবিসি বাংলাকে দেয়া একটি সাক্ষাৎকারে বলেছেন": X, in an interview carried by the BBC
    s = only(bn("শিরোনাম\nকমিটির সদস্য মীর হেলাল উদ্দিন গত ডিসেম্বরে বিবিসি বাংলাকে দেয়া একটি সাক্ষাৎকারে বলেছেন, "
                "দল চাঙ্গা হয়েছে।"))
    assert s.speaker.text.endswith("মীর হেলাল উদ্দিন") and not s.speaker.anonymous and s.nested_in


def test_another_report_of_an_outlet_and_a_strategist_by_title(bn) -> None:
    # "ব্লুমবার্গের আরেক প্রতিবেদনে বলা হয়েছে": Bloomberg's; "… জ্যেষ্ঠ কৌশলবিদ X ব্লুমবার্গকে বলেন": X's
    doc = bn("শিরোনাম\nব্লুমবার্গের আরেক প্রতিবেদনে বলা হয়েছে, তাঁরা বিশেষ ঋণ দিতে চাচ্ছিলেন। ব্যাংকিং গ্রুপের চীনবিষয়ক "
             "জ্যেষ্ঠ কৌশলবিদ জিং ঝাওপেং ব্লুমবার্গকে বলেন, এটি সবচেয়ে দক্ষ মাধ্যম।")
    report, strategist = doc.statements
    assert next(e for e in doc.entities if e.id == report.speaker.entity).name == "Bloomberg"
    assert strategist.speaker.text.endswith("জিং ঝাওপেং") and strategist.speaker.entity != report.speaker.entity


def test_how_or_with_whom_after_the_speaker_is_no_part_of_them(bn) -> None:
    # "তিনি শান্ত গলায় বললেন", "X কান্নাজড়িত কণ্ঠে বলেন", "X এ বছর প্রথম আলোর সঙ্গে বলেছিলেন": the one before
    doc = bn("শিরোনাম\nকর্নেল নুরুদ্দীন খান আমাকে বসতে বললেন। তিনি অত্যন্ত শান্ত গলায় বললেন, খবর শুনেছ তো।")
    assert doc.statements[-1].speaker.text == "তিনি" and doc.statements[-1].speaker.entity is not None
    s = only(bn("শিরোনাম\nনিহতের স্ত্রী রহিমা বেগম কান্নাজড়িত কণ্ঠে বলেন, তিনি আর ফিরবেন না।"))
    assert s.speaker.text == "নিহতের স্ত্রী রহিমা বেগম"


def test_the_word_closing_a_quotation_is_no_speaker(bn) -> None:
    # "তিনি তালিকাটিকে ‘…’ বলে উল্লেখ করেছেন": "বলে" names no one; the speaker is the one going on
    doc = bn("শিরোনাম\nসংগঠনের নেতা করিম মিয়া বলেন, জোট হবে না। তিনি গত জুলাই মাসে এক অনুষ্ঠানে দলটি "
             "‘সহিহ ইসলামী দল নয়’ বলে মন্তব্য করেন।")
    first, last = doc.statements
    assert last.speaker.text != "বলে" and last.speaker.entity == first.speaker.entity is not None


def test_a_date_in_brackets_before_the_speaker_is_when_not_who(bn) -> None:
    s = only(bn("শিরোনাম\nগতকাল শুক্রবার (৯ আগস্ট) যুক্তরাষ্ট্রের সংবাদমাধ্যম সিএনএন জানিয়েছে, আলোচনা চলছে।"))
    assert s.speaker.text == "যুক্তরাষ্ট্রের সংবাদমাধ্যম সিএনএন"


def test_where_or_how_after_a_pronoun_subject_is_no_part_of_the_speaker(bn) -> None:
    # "তিনি ছবিগুলোর ক্যাপশনে লিখেছেন", "তিনি এ-ও বলেছিলেন": "তিনি", who is the one named before
    doc = bn("শিরোনাম\nনতুন বছরে পরিবারের ছবি দিয়েছেন অভিনেতা অমিতাভ বচ্চন। তিনি ছবিগুলোর ক্যাপশনে লিখেছেন, "
             "নতুন বছর জাদুকরী হোক।")
    s = only(doc)
    assert s.speaker.text == "তিনি"
    assert next(e for e in doc.entities if e.id == s.speaker.entity).name == "Amitabh Bachchan"
    # a relative is no adverb: "তিনি যে অভিযোগ করেছেন, সে সম্পর্কে …" (what he alleged) is no statement of his
    doc = bn("শিরোনাম\nমেয়র রহিম উদ্দিন বলেন, কাজ চলছে। তিনি যে অভিযোগ করেছেন, সে সম্পর্কে আমার জানা নেই।")
    assert [s.content.text for s in doc.statements] == ["কাজ চলছে"]


def test_rules_of_this_stop_leave_plain_speech_alone(bn) -> None:
    # an unnamed official answering a question is still the speaker ("এক" before him is no occasion's)
    s = only(bn("শিরোনাম\nমন্ত্রণালয়ের এক কর্মকর্তা সাংবাদিকদের প্রশ্নের জবাবে বলেন, কাজ চলছে।"))
    assert s.speaker.text == "মন্ত্রণালয়ের এক কর্মকর্তা" and s.speaker.anonymous
    # "যা …" after a plain cue with a time before it is speech, not a relative of an object
    s = only(bn("শিরোনাম\nমেয়র রহিম উদ্দিন সোমবার বলেন, যা হয়েছে ভালো হয়েছে।"))
    assert s.content.text == "যা হয়েছে ভালো হয়েছে"
    # one's own company after the speaker is no pronoun speaker ("তাঁর স্ত্রীর সঙ্গে")
    s = only(bn("শিরোনাম\nপ্রধানমন্ত্রী শেখ হাসিনা তাঁর স্ত্রীর সঙ্গে বলেন, কাজ চলছে।"))
    assert s.speaker.text != "তাঁর" and s.speaker.entity is not None
    # a quotation pointed at with its speaker between it and the pointer
    s = only(bn("শিরোনাম\nনদীতে সেতু হয়েছে।\n“এই প্রথমবার এখানে একটি স্থায়ী সেতু তৈরি হলো,” উদ্বোধনের দিন মন্ত্রী "
                "আবদুল করিম এ কথা বলেন।"))
    assert s.direct and s.content.text.startswith("এই প্রথমবার") and s.speaker.text.endswith("আবদুল করিম")


def test_a_plural_pronoun_after_two_people_named_together_is_each_of_them(bn) -> None:
    # "A এবং B এ ঘোষণা দেন। তারা বলেন, …": a joint statement, one per person (the conventions'
    # joint statements), not an unnamed group
    doc = bn("শিরোনাম\nবুধবার ক্যাম্পাসে সমন্বয়ক রফিক ইসলাম এবং নাসরিন আক্তার এ ঘোষণা দেন। তারা বলেন, "
             "আমরা দাবিগুলো তুলে ধরছি।")
    names = {e.id: e.name for e in doc.entities}
    assert [(names.get(s.speaker.entity or ""), s.content.text) for s in doc.statements] == [
        ("Rafiq Islam", "আমরা দাবিগুলো তুলে ধরছি"), ("Nasrin Akter", "আমরা দাবিগুলো তুলে ধরছি")]
    assert not any(s.speaker.anonymous for s in doc.statements)
    # still them after a sentence of their own in between ("তাঁরা মাঠে নেমেছেন")
    doc = bn("শিরোনাম\nকৃষক লীগের নেতা জাহিদ মিয়া ও উপজেলা আওয়ামী লীগের সাবেক সম্পাদক কামরুল সরকার প্রার্থী ছিলেন। "
             "মনোনয়ন না পেয়ে তাঁরা মাঠে নেমেছেন। তাঁরা দুজনই সাংবাদিকদের বলেন, নেতাকর্মীরা লাঞ্ছিত হয়েছেন।")
    names = {e.id: e.name for e in doc.entities}
    assert sorted(names.get(s.speaker.entity or "", "") for s in doc.statements) == ["Kamrul Sarkar", "Zahid Mia"]
    # two people in the accusative are the object, not "they"
    doc = bn("শিরোনাম\nপুলিশ সোহেল রানা ও মিজান হককে আটক করে। তারা বলেন, ওরা নির্দোষ।")
    assert all(s.speaker.entity is None for s in doc.statements)


def test_a_voice_inside_someones_words_does_not_take_over_the_pronoun_after_them(bn) -> None:
    # "তিনি বলেন, গোটা জাতি প্রত্যাশা করে, …": the nation's hope is reported inside his words; the
    # "তিনি" that follows is still him, not the nation
    doc = bn("শিরোনাম\nঅনুষ্ঠানে অ্যাটর্নি জেনারেল মো. কামরুল হাসান বলেন, মানুষ ন্যায়বিচারের অপেক্ষায় আছে। "
             "তিনি বলেন, গোটা জাতি প্রত্যাশা করে, বিচার বিভাগ দুর্নীতিমুক্ত হোক। তিনি আরও বলেন, "
             "আপনি দেশের প্রথম প্রধান বিচারপতি।")
    last = doc.statements[-1]
    assert last.content.text == "আপনি দেশের প্রথম প্রধান বিচারপতি"
    assert last.speaker.entity == doc.statements[0].speaker.entity is not None


def test_a_guest_received_or_seen_off_is_an_act_not_speech(bn) -> None:
    # "অভ্যর্থনা জানান" (received), "বিদায় জানান" (saw off): nothing was said
    assert not bn("শিরোনাম\nহোয়াইট হাউসে সৌদি যুবরাজকে রাজকীয় অভ্যর্থনা জানিয়েছেন প্রেসিডেন্ট ট্রাম্প।").statements
    assert not bn("শিরোনাম\nবিমানবন্দরে স্বজনেরা তাঁকে শেষ বিদায় জানান।").statements


def test_a_platform_with_its_case_ending_after_a_hyphen_is_where_not_who(bn) -> None:
    # "এক্স-এ লিখেছেন" (wrote on X) as "এক্সে লিখেছেন": the writer speaks, not the platform
    doc = bn("শিরোনাম\nফ্যাক্টচেকার মোহাম্মদ জুবায়ের এক্স-এ লিখেছেন, ভিডিওটি পুরোনো।")
    s = only(doc)
    assert s.speaker.text == "ফ্যাক্টচেকার মোহাম্মদ জুবায়ের"
    assert next(e for e in doc.entities if e.id == s.speaker.entity).type == "PER"


def test_the_speakers_claim_spoken_of_in_the_third_person_ends_the_run(bn) -> None:
    # "তাঁর এ দাবি …" (this claim of his …): the reporter weighs what was said, not more of it
    doc = bn("শিরোনাম\nসাবেক মন্ত্রী রহিম উদ্দিন জোর দিয়ে বলেন, সীমান্তে কোনো হামলা হয়নি। তাঁর এ দাবি মার্কিন "
             "গোয়েন্দা সংস্থার প্রতিবেদনের সম্পূর্ণ বিপরীত।")
    assert [s.content.text for s in doc.statements] == ["সীমান্তে কোনো হামলা হয়নি"]


def test_a_group_in_the_genitive_plural_or_some_of_many_is_unnamed(bn) -> None:
    # "-দের" after a word news uses alone ("কনস্টেবল|দের") is a plural: unnamed people; after a name
    # or place in -দ ("মাহমুদ|ের", "ইসলামাবাদ|ের") it is the genitive of that one
    s = only(bn("শিরোনাম\nপুলিশের কনস্টেবলদের অভিযোগ, তাদের খাবারের মান খারাপ।"))
    assert s.speaker.anonymous and s.speaker.entity is None
    s = only(bn("শিরোনাম\nমাহমুদের অভিযোগ, তাকে মারধর করা হয়েছে।"))
    assert not s.speaker.anonymous
    s = only(bn("শিরোনাম\nইসলামাবাদের অভিযোগ, সীমান্তে হামলা হয়েছে।"))
    assert not s.speaker.anonymous
    # some of many by what they are ("বেশির ভাগ নেটিজেনের ধারণা"): unnamed too
    s = only(bn("শিরোনাম\nবেশির ভাগ নেটিজেনের ধারণা, ভিডিওটি ভুয়া।"))
    assert s.speaker.anonymous


def test_a_pronoun_points_back_to_a_name_marked_as_changed(bn) -> None:
    doc = bn("শিরোনাম\nসেলিন (এটি আসল নাম নয়) ফ্রান্সের এক সিঙ্গেল মা। তিনি বলেন, আমার কোনো রাগ নেই।")
    s = only(doc)
    assert next(e for e in doc.entities if e.id == s.speaker.entity).name == "Selin"


def test_the_ones_told_between_that_and_the_cue_are_not_the_speaker(bn) -> None:
    # "CONTENT বলে সাংবাদিকদের জানান X", "… বলে বিবিসি বাংলাকে জানান তিনি": the speaker follows the cue
    s = only(bn("শিরোনাম\nসড়ক বন্ধ থাকবে বলে সাংবাদিকদের জানান ওসি রফিকুল ইসলাম।"))
    assert s.speaker.text == "ওসি রফিকুল ইসলাম" and s.content.text == "সড়ক বন্ধ থাকবে"
    doc = bn("শিরোনাম\nনতুন দল গঠনের কথা ভাবা হচ্ছে বলে সমন্বয়ক হাসান আলী জানিয়েছেন। এ বিষয়ে পরে সিদ্ধান্ত হবে "
             "বলে বিবিসি বাংলাকে জানান তিনি।")
    last = doc.statements[-1]
    assert last.speaker.text == "তিনি" and last.speaker.entity == doc.statements[0].speaker.entity is not None
    # a body named between them is the speaker, told no one ("… বলে বিএনপি দাবি করেছে")
    s = only(bn("শিরোনাম\nনিহত যুবক দলের কর্মী ছিলেন বলে বিএনপি দাবি করেছে।"))
    assert s.speaker.text == "বিএনপি"


def test_a_quotation_split_by_its_speaker_and_cue_is_two_statements_of_that_speaker(bn) -> None:
    # "‘…,’ বলেন X, ‘…’" and "“…,” তিনি বলেন, “…”": both halves are the speaker's, and the second
    # half is no part of who spoke
    doc = bn("শিরোনাম\n‘আমরা ভয় পেয়েছিলাম,’ বলেন শিক্ষক রহিম উদ্দিন, ‘সবাই দৌড়াচ্ছিল।’")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("শিক্ষক রহিম উদ্দিন", "আমরা ভয় পেয়েছিলাম"), ("শিক্ষক রহিম উদ্দিন", "সবাই দৌড়াচ্ছিল")]
    doc = bn("শিরোনাম\nশিক্ষক রহিম উদ্দিন সেদিন স্কুলে ছিলেন। “আমরা ভয় পেয়েছিলাম,” তিনি বলেন, “সবাই দৌড়াচ্ছিল।”")
    assert [s.content.text for s in doc.statements] == ["আমরা ভয় পেয়েছিলাম", "সবাই দৌড়াচ্ছিল"]
    assert all(s.direct and s.speaker.text == "তিনি" for s in doc.statements)


def test_the_one_told_alone_before_the_cue_leaves_the_speaker_who_goes_on(bn) -> None:
    # "… X বলেন, …। সায়লা ফারজানাকে বলেন, …": the subject was dropped; it is X still, not the one told
    doc = bn("শিরোনাম\nপরে শাকিল নামে একজন কর্মকর্তা বলেন, তিনি অফিসে আসবেন না। সায়লা ফারজানাকে বলেন, "
             "স্বামীকে নিয়ে আসুন।")
    first, second = doc.statements
    assert second.content.text == "স্বামীকে নিয়ে আসুন"
    assert second.speaker.text == first.speaker.text and "ফারজানা" not in second.speaker.text


def test_a_title_before_the_one_demanded_of_is_the_objects_and_many_is_a_subject(bn) -> None:
    # "অনেকেই স্বরাষ্ট্র সচিব X-এর পদত্যাগ দাবি করেছেন": many demanded the secretary's resignation
    s = only(bn("শিরোনাম\nভিডিওটি ছড়িয়ে পড়ার পর অনেকেই স্বরাষ্ট্র সচিব কামাল হোসেনের পদত্যাগ দাবি করেছেন।"))
    assert s.speaker.text.endswith("অনেকেই") and s.speaker.anonymous and s.speaker.entity is None
    assert s.content.text == "স্বরাষ্ট্র সচিব কামাল হোসেনের পদত্যাগ"


def test_he_goes_on_is_a_person_not_a_body_that_spoke_in_between(bn) -> None:
    # "… প্রত্যাশা করে জামায়াতে ইসলামী। তিনি আরও বলেন, …": "he" is the secretary general, not the party
    doc = bn("শিরোনাম\nএ সময় দলের সেক্রেটারি জেনারেল আব্দুল হালিম বলেন, শরিক দলগুলো নিজ প্রতীকে ভোট করবে। একটি "
             "সুষ্ঠু নির্বাচন প্রত্যাশা করে জামায়াতে ইসলামী। তিনি আরও বলেন, ১০টি দল নির্বাচনে অংশ নিচ্ছে।")
    last = doc.statements[-1]
    assert last.speaker.text == "তিনি" and last.speaker.entity == doc.statements[0].speaker.entity


def test_a_name_in_the_genitive_in_r_after_a_title_owns_the_object(bn) -> None:
    # "X প্রধানমন্ত্রী শেখ হাসিনার … উদ্যোগের জন্য কৃতজ্ঞতা জানান": the prime minister's initiatives are
    # the object ("-র" after a vowel is a genitive too); the ambassador speaks
    doc = bn("শিরোনাম\nসভায় রাষ্ট্রদূত কামরুল হাসান বক্তব্য দেন। আলোচনা সভায় রাষ্ট্রদূত প্রধানমন্ত্রী শেখ হাসিনার "
             "নেতৃত্বাধীন সরকারের উদ্যোগের জন্য কৃতজ্ঞতা জানান। রাষ্ট্রদূত বলেন, দূতাবাস কাজ করছে।")
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(s.speaker.entity or "") for s in doc.statements] == ["Kamrul Hasan", "Kamrul Hasan"]
    assert doc.statements[0].content.text.startswith("প্রধানমন্ত্রী শেখ হাসিনার")


def test_a_report_under_a_papers_headline_in_a_press_review_is_that_papers(bn) -> None:
    # "সমকালের প্রধান শিরোনাম— …। প্রতিবেদনটিতে বলা হয়েছে, …": Samakal's report, and the headline line
    # is no more of the weather office's words before it
    doc = bn("শিরোনাম\nআবহাওয়া অধিদপ্তর বলছে, শীতের তীব্রতা আরও বাড়তে পারে। সমকালের প্রধান শিরোনাম— সব ক্ষেত্রে নতুন "
             "মাত্রা আনার পরিকল্পনা। প্রতিবেদনটিতে বলা হয়েছে, দলের ইউনিটগুলো সক্রিয় হয়ে উঠেছে।\nকলেবর বাড়ছে "
             "জোটের— নয়া দিগন্তের প্রধান শিরোনাম এটি। এই প্রতিবেদনে বলা হয়েছে, জোটে নতুন দল যুক্ত হচ্ছে।")
    names = {e.id: e.name for e in doc.entities}
    assert [(names.get(s.speaker.entity or ""), s.content.text) for s in doc.statements] == [
        ("Bangladesh Meteorological Department", "শীতের তীব্রতা আরও বাড়তে পারে"),
        ("Samakal", "দলের ইউনিটগুলো সক্রিয় হয়ে উঠেছে"), ("Naya Diganta", "জোটে নতুন দল যুক্ত হচ্ছে")]


def test_a_participle_of_another_act_before_the_cue_is_no_part_of_the_speaker(bn) -> None:
    # "X … অপচেষ্টা চালিয়ে বলেছেন": X spoke, having tried something; the participle's clause is not who
    # spoke (and a name that ends like a participle, "হানিয়ে", stays whole)
    s = only(bn("শিরোনাম\nসর্বশেষ শেখ হাসিনা সেনাবাহিনীতে উত্তেজনা সৃষ্টির অপচেষ্টা চালিয়ে বলেছেন, শান্তি মিশনে যাওয়া "
                "কঠিন হবে।"))
    assert s.speaker.text.endswith("শেখ হাসিনা") and s.speaker.entity is not None
    s = only(bn("শিরোনাম\nহামাসের প্রধান ইসমাইল হানিয়ে বলেছেন, লড়াই চলবে।"))
    assert s.speaker.text == "হামাসের প্রধান ইসমাইল হানিয়ে"


def test_a_particle_or_the_kind_of_release_is_no_part_of_the_speaker(bn) -> None:
    # "X এ-ও স্বীকার করেছেন" (admitted this too), "X শুধু বলেছে": the particle trails the speaker; and
    # "X একটি সংবাদ বিজ্ঞপ্তি দিয়ে দাবি করেছে": the release is how X said it
    doc = bn("শিরোনাম\nতবে মি. ট্রাম্প এ-ও স্বীকার করেছেন যে, আলোচনা কঠিন হবে।")
    s = only(doc)
    assert s.speaker.text == "মি. ট্রাম্প" and s.speaker.entity is not None
    s = only(bn("শিরোনাম\nভারতের নিরাপত্তা সংস্থার সূত্রগুলো এ-ও জানিয়েছে, সেখানে কড়া নিরাপত্তা ছিল।"))
    assert s.speaker.text == "ভারতের নিরাপত্তা সংস্থার সূত্রগুলো" and s.speaker.anonymous
    s = only(bn("শিরোনাম\nঢাকার পুলিশ একটি সংবাদ বিজ্ঞপ্তি দিয়ে দাবি করেছে যে, দুজনকে আটক করা হয়েছে।"))
    assert s.speaker.text == "ঢাকার পুলিশ" and not s.speaker.anonymous


def test_a_place_in_the_locative_does_not_hide_the_subject_that_opens_the_clause(bn) -> None:
    # "এদিকে বাংলাদেশে কার্যক্রম নিষিদ্ধ আওয়ামী লীগ … করবে বলেও জানাচ্ছে": the party says so (the place
    # where it is banned does not count among the first words), not the one quoted before
    doc = bn("শিরোনাম\n“দল অন্যায় করেছে,” বলেন তিনি। এদিকে বাংলাদেশে কার্যক্রম নিষিদ্ধ আওয়ামী লীগ ঘোষিত তফসিল "
             "প্রত্যাখ্যান করেছে এবং আন্দোলন করবে বলেও জানাচ্ছে।")
    last = doc.statements[-1]
    assert last.speaker.text.endswith("আওয়ামী লীগ") and last.speaker.entity is not None


def test_a_post_with_its_portfolio_is_not_another_post_of_the_same_title(bn) -> None:
    # "স্বরাষ্ট্র উপদেষ্টা জানান" is not the energy adviser named before; it is the one named with the
    # same portfolio, also as "স্বরাষ্ট্র মন্ত্রণালয়ের উপদেষ্টা X"
    doc = bn("শিরোনাম\nকনজ্যুমারস অ্যাসোসিয়েশনের জ্বালানি উপদেষ্টা এম শামসুল আলম বলেন, দাম বাড়ানো ঠিক হয়নি। "
             "হত্যার পরদিন স্বরাষ্ট্র উপদেষ্টা জানান, তদন্ত চলছে।")
    assert doc.statements[-1].speaker.entity != doc.statements[0].speaker.entity
    doc = bn("শিরোনাম\nসরকারের স্বরাষ্ট্র মন্ত্রণালয়ের উপদেষ্টা কামরুল হাসান বলেন, পুলিশ কাজে ফিরবে। পরে "
             "স্বরাষ্ট্র উপদেষ্টা বলেন, কেউ ছাড় পাবে না।")
    assert doc.statements[-1].speaker.entity == doc.statements[0].speaker.entity is not None


def test_a_matchs_tally_shared_or_added_is_nothing_said(bn) -> None:
    # "বাকি ৪ উইকেট ভাগ করে নিয়েছেন X ও Y" (shared the wickets), "… ৯৮ রান যোগ করেছে দল" (added runs)
    assert not bn("শিরোনাম\nবাকি ৪ উইকেট ভাগ করে নিয়েছেন রাকিব হাসান ও নাসুম আহমেদ।").statements
    assert not bn("শিরোনাম\nদ্বিতীয় সেশনে এক উইকেট হারিয়ে ৯৮ রান যোগ করেছে বাংলাদেশ।").statements
    # (sharing what one thinks is still speech: "… অভিজ্ঞতা শেয়ার করে তিনি বলেন, …")
    assert bn("শিরোনাম\nঅভিজ্ঞতা শেয়ার করে কোচ রহিম উদ্দিন বলেন, দল ভালো খেলেছে।").statements


def test_rules_of_this_stop_leave_what_they_should_alone(bn) -> None:
    # a title someone was named with before is theirs, though a genitive name follows it
    doc = bn("শিরোনাম\nজাতিসংঘের মহাসচিব আন্তোনিও গুতেরেস ঢাকায় আসেন। মহাসচিব ড. ইউনূসের সংস্কার উদ্যোগের প্রশংসা করেন।")
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(s.speaker.entity or "") for s in doc.statements] == ["Antonio Guterres"]
    # a one-word post has its portfolio too ("স্বরাষ্ট্রমন্ত্রী" … "স্বরাষ্ট্র মন্ত্রী"), and a post named with
    # none before may be the one with a portfolio later
    doc = bn("শিরোনাম\nস্বরাষ্ট্রমন্ত্রী কামাল হোসেন সেখানে যান। পরে স্বরাষ্ট্র মন্ত্রী সাংবাদিকদের বলেন, তদন্ত চলছে।")
    assert only(doc).speaker.entity is not None
    doc = bn("শিরোনাম\nসরকারের উপদেষ্টা জাহিদ হাসান সেখানে যান। পরে স্বরাষ্ট্র উপদেষ্টা বলেন, কেউ ছাড় পাবে না।")
    assert only(doc).speaker.entity is not None
    # "তারা" after two people who spoke with a group is as likely the group
    doc = bn("শিরোনাম\nউপদেষ্টা নাহিদ ইসলাম ও আসিফ মাহমুদ আহত শিক্ষার্থীদের সঙ্গে কথা বলেন। তারা জানায়, হাসপাতালে "
             "চিকিৎসা মিলছে না।")
    assert only(doc).speaker.entity is None
    # the speaker weighing others' demand goes on speaking ("তাদের এ দাবি যৌক্তিক")
    doc = bn("শিরোনাম\nশিক্ষামন্ত্রী কামাল হোসেন বলেন, শিক্ষকদের বেতন সত্যিই কম। তাদের এ দাবি যৌক্তিক।")
    assert len(doc.statements) == 2
    # a retirement announced is a statement; a paper named "সংবাদ" keeps its name
    assert bn("শিরোনাম\nআন্তর্জাতিক ক্রিকেট থেকে বিদায় ঘোষণা করেছেন মুশফিকুর রহিম।").statements
    s = only(bn("শিরোনাম\nদৈনিক সংবাদ বিবৃতি দিয়ে জানিয়েছে, প্রতিবেদনটি সঠিক।"))
    assert s.speaker.text == "দৈনিক সংবাদ"


def test_a_body_named_by_what_it_is_is_the_one_named_just_before(bn) -> None:
    # "পত্রিকাটি বলছে" after the paper is named, though it has not spoken: that paper
    doc = bn("শিরোনাম\nযুক্তরাষ্ট্রের দৈনিক নিউইয়র্ক টাইমস গতকাল একটি প্রতিবেদন প্রকাশ করেছে। পত্রিকাটি বলছে, "
             "সরকার এ বিষয়ে ব্যর্থ হয়েছে।")
    names = {e.id: e.name for e in doc.entities}
    assert names.get(only(doc).speaker.entity or "") == "The New York Times"
    # "দেশটি": the country named as the subject, not one in the genitive, nor one in its own words
    doc = bn("শিরোনাম\nবাংলাদেশের নতুন সরকারের সঙ্গে কাজ করতে প্রস্তুত বলে জানিয়েছে যুক্তরাষ্ট্র। দেশটি বলছে, "
             "তারা পরিস্থিতির দিকে নজর রাখছে।")
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(s.speaker.entity or "") for s in doc.statements] == ["United States", "United States"]
    # a word of no such kind ("লোকটি") stands for no body
    doc = bn("শিরোনাম\nবিএনপি আজ সমাবেশ করেছে। লোকটি বলেন, তিনি কিছু জানেন না।")
    assert only(doc).speaker.entity is None


def test_a_conditional_clause_before_the_subject_is_not_the_speaker(bn) -> None:
    # "… তুলে ধরলে X বলেন", "… নিয়ে গেলে চিকিৎসকরা জানান": the clause is when, the subject speaks
    s = only(bn("শিরোনাম\nসমাবেশে দলের অবস্থান তুলে ধরলে নুর হোসেন বলেন, সেটাও পরিকল্পনার অংশ।"))
    assert s.speaker.text == "নুর হোসেন"
    s = only(bn("শিরোনাম\nআহত অবস্থায় হাসপাতালে নিয়ে গেলে চিকিৎসকরা জানান, তার অবস্থা আশঙ্কাজনক।"))
    assert s.speaker.text == "চিকিৎসকরা" and s.speaker.anonymous


@pytest.mark.parametrize(("text", "speaker"), [
    # "প্রধানমন্ত্রী সমাবেশ থেকে ভোটের প্রতিশ্রুতি চেয়ে বলেন": the object of the clause is no part of the speaker
    ("প্রধানমন্ত্রী সমাবেশ থেকে ভোটের প্রতিশ্রুতি চেয়ে বলেন, নৌকায় ভোট দিন।", "প্রধানমন্ত্রী"),
    # nor the occasion before the title ("এক প্রশ্নের জবাবে")
    ("সংসদ সদস্যের প্রশ্নের জবাবে প্রধানমন্ত্রী পার্বত্য চুক্তির প্রেক্ষাপট তুলে ধরে বলেন, এ সমস্যা রাজনৈতিক।",
     "প্রধানমন্ত্রী"),
    # a title in the genitive owns what follows it: "প্রধান উপদেষ্টার প্রেস উইং" stays whole
    ("প্রধান উপদেষ্টার প্রেস উইং গুজবের বিষয়ে সতর্ক করে জানিয়েছে, তথ্যটি সঠিক নয়।", "প্রধান উপদেষ্টার প্রেস উইং"),
])
def test_what_a_bare_title_acted_on_before_the_cue_is_not_the_speaker(bn, text: str, speaker: str) -> None:
    assert only(bn("শিরোনাম\n" + text)).speaker.text == speaker


def test_a_news_agency_told_carries_the_statement_wherever_it_is_from(bn) -> None:
    # "X পিটিআইকে বলেন": the agency's report carries it, though the agency is Indian; "… ভারতীয় বার্তা
    # সংস্থা" before its name says what it is and is no part of the speaker
    doc = bn("শিরোনাম\nমার্কিন পররাষ্ট্র দপ্তরের একজন মুখপাত্র ভারতীয় বার্তা সংস্থা পিটিআইকে বলেছেন, সিদ্ধান্তে "
             "গণতান্ত্রিক নীতি মানা উচিত।")
    s = only(doc)
    names = {e.id: e.name for e in doc.entities}
    assert s.speaker.text == "মার্কিন পররাষ্ট্র দপ্তরের একজন মুখপাত্র" and s.speaker.anonymous
    assert names.get(s.nested_in or "") == "Press Trust of India"
    # a paper of the article's own countries told is the reporter's own kind: it carries nothing
    s = only(bn("শিরোনাম\nমন্ত্রী কামাল হোসেন আনন্দবাজার পত্রিকাকে বলেন, নির্বাচন হবে।"))
    assert s.nested_in is None and s.speaker.text == "মন্ত্রী কামাল হোসেন"


def test_an_adverb_of_time_or_manner_after_the_speaker_is_no_part_of_it(bn) -> None:
    # "ট্রাম্প তখন ঘোষণা দিয়েছিলেন", "X সরাসরি বলেছেন": the name alone speaks, and is linked
    doc = bn("শিরোনাম\nমার্কিন প্রেসিডেন্ট ডোনাল্ড ট্রাম্প নির্বাচনী প্রচারে ছিলেন। ট্রাম্প তখন ঘোষণা দিয়েছিলেন, "
             "তিনিই যুদ্ধ থামাতে পারেন।")
    s = only(doc)
    assert s.speaker.text == "ট্রাম্প" and s.speaker.entity is not None
    s = only(bn("শিরোনাম\nমন্ত্রী কামাল হোসেন সরাসরি বলেছেন, কেউ ছাড় পাবে না।"))
    assert s.speaker.text == "মন্ত্রী কামাল হোসেন"


def test_a_headline_ending_with_a_noun_of_saying_and_its_giver(bn) -> None:
    # "… বাস্তবায়নের আশ্বাস প্রধানমন্ত্রীর": the Prime Minister's assurance, the title resolved in the body
    doc = bn("শান্তি চুক্তি দ্রুত বাস্তবায়নের আশ্বাস প্রধানমন্ত্রীর\nচুক্তির অবাস্তবায়িত ধারা দ্রুত বাস্তবায়নের "
             "আশ্বাস দিয়েছেন প্রধানমন্ত্রী রহিমা খাতুন।")
    head = doc.statements[0]
    assert head.speaker.text == "প্রধানমন্ত্রীর" and head.content.text == "শান্তি চুক্তি দ্রুত বাস্তবায়নের"
    assert head.speaker.entity == doc.statements[1].speaker.entity is not None
    # the clause just before the noun is the content; an act declared ("দল ঘোষণা") is no statement
    doc = bn("বৈঠক ভালো হয়েছে, দেশবাসীকে শান্ত থাকার আহ্বান বিএনপির\nবিএনপি সংবাদ সম্মেলন করেছে।")
    assert [s.content.text for s in doc.statements] == ["দেশবাসীকে শান্ত থাকার"]
    assert not bn("বাংলাদেশের বিপক্ষে দল ঘোষণা পাকিস্তানের\nপাকিস্তান দল ঘোষণা করেছে।").statements


def test_a_document_is_its_senders_not_where_it_went(bn) -> None:
    # "X নির্বাচন কমিশনে হলফনামা জমা দিয়েছেন। হলফনামায় উল্লেখ করা তথ্য অনুযায়ী, …": the affidavit is X's,
    # the commission only received it; "উল্লেখ করা" describes the document and is no speaker
    doc = bn("শিরোনাম\nসৈয়দ আবদুর রউফ নির্বাচন কমিশনে হলফনামা জমা দিয়েছেন। হলফনামায় উল্লেখ করা তথ্য অনুযায়ী, "
             "তাঁর বার্ষিক আয় ১২ লাখ টাকা।")
    s = only(doc)
    names = {e.id: e.name for e in doc.entities}
    assert s.speaker.text == "হলফনামায়" and names.get(s.speaker.entity or "") == "Syed Abdur Rauf"
    # a case filed at a police station by someone unnamed: the complaint is an unnamed source's
    doc = bn("শিরোনাম\nপরদিন সদর থানায় অজ্ঞাতপরিচয় তিনজনের নামে মামলা করা হয়। এতে অভিযোগ করা হয়, রাতে "
             "তিনজন মিলে হামলা চালায়।")
    s = only(doc)
    assert s.speaker.entity is None and s.speaker.anonymous


def test_rules_of_this_stop_leave_what_they_should_alone_too(bn) -> None:
    # a speaker's colon keeps the words after it, though they end "… দাবি X-এর"
    doc = bn("মির্জা ফখরুল: দ্রুত নির্বাচনের দাবি বিএনপির\nবিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর সংবাদ "
             "সম্মেলন করেন।")
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(s.speaker.entity or "") for s in doc.statements] == ["Mirza Fakhrul Islam Alamgir"]
    # "দাবি" after a thing is a demand, after a clause a claim ("… হয়নি, দাবি আইএসপিআর-এর"); a place's
    # fear and a mourning declared are nobody's words
    head = bn("দ্রুত নির্বাচনের দাবি বিএনপির\nবিএনপি সংবাদ সম্মেলন করে।").statements[0]
    assert head.stance == "other"
    head = bn("সীমান্তে গুলি চালানো হয়নি, দাবি আইএসপিআর-এর\nআইএসপিআর বিবৃতি দিয়েছে।").statements[0]
    assert head.stance == "claim" and head.speaker.entity is not None
    assert not bn("ভারী বর্ষণে পাহাড়ধসের শঙ্কা চট্টগ্রামের\nচট্টগ্রামে বৃষ্টি হচ্ছে।").statements
    assert not bn("তিন দিনের রাষ্ট্রীয় শোক ঘোষণা ভারতের\nভারতে শোক পালিত হচ্ছে।").statements
    # a definite kind word names a body of that kind, and a country only a country
    doc = bn("শিরোনাম\nশনিবার বিকেলে ছাত্রদল মিছিল বের করে। আহতদের একটি বেসরকারি হাসপাতালে নেওয়া হয়। "
             "হাসপাতালটি জানিয়েছে, ১২ জনের অবস্থা গুরুতর।")
    assert only(doc).speaker.entity is None
    doc = bn("শিরোনাম\nপ্রধানমন্ত্রী শেখ হাসিনা গতকাল নয়াদিল্লি পৌঁছেছেন। দেশটি জানিয়েছে, সফর সফল হবে।")
    assert only(doc).speaker.entity is None
    # a speaker before a title asked about keeps the phrase; a role after a title stays with it
    doc = bn("শিরোনাম\nউপাচার্য মাকসুদ কামাল পদত্যাগ করেছেন। শিক্ষার্থীরা উপাচার্য পদে যোগ্য কাউকে বসানোর দাবি "
             "তুলে ধরে বলেন, আমরা ক্লাসে ফিরতে চাই।")
    assert only(doc).speaker.entity is None
    s = only(bn("শিরোনাম\nবিএনপির মেয়র প্রার্থী ভোটারদের কাছে সমর্থন চেয়ে বলেন, আমাকে ভোট দিন।"))
    assert "প্রার্থী" in s.speaker.text
    # a person's name that ends like a locative still issues the letter
    doc = bn("শিরোনাম\nজাপানের প্রধানমন্ত্রী শিনজো আবে একটি চিঠি পাঠিয়েছেন। চিঠিতে বলা হয়েছে, সম্পর্ক আরও দৃঢ় হবে।")
    assert only(doc).speaker.entity is not None


def test_a_relative_clause_on_people_put_first_reports_nothing(bn) -> None:
    # "যারা … অনেক আশার কথা লিখেছেন, তাদের …": the writing describes "them"; the one speaking goes on
    doc = bn("শিরোনাম\nমনিরা শারমিন ফেসবুকে লিখেছেন, আমি নির্বাচন থেকে সরে দাঁড়াচ্ছি। যারা আমাকে সাহস যুগিয়েছেন, "
             "অনেক আশার কথা লিখেছেন, তাদের হতাশ করায় আমি ক্ষমাপ্রার্থী।")
    assert len({s.speaker.text for s in doc.statements}) == 1 and len(doc.statements) == 2


def test_what_a_cues_noun_is_about_and_a_pointing_pronoun_name_no_speaker(bn) -> None:
    # "গুলি করার ইঙ্গিত দিয়ে বলেন": hinting at shooting; the subject was dropped and is the one before
    doc = bn("শিরোনাম\nশেখ হাসিনা ফোনালাপে কথা বলেন। গুলি করার ইঙ্গিত দিয়ে বলেন, যেখানে পাবে সেখানেই গুলি করবে।")
    assert [s.speaker.text for s in doc.statements] == ["শেখ হাসিনা"]
    # "সে কথা মনে করিয়ে দিয়ে": "সে" points at the word; it is no "he" who speaks
    doc = bn("শিরোনাম\nসরকার প্রধান সে কথা মনে করিয়ে দিয়ে বলেন, এটি বিশ্বের দীর্ঘতম সৈকত।")
    assert all(s.speaker.text != "সে" for s in doc.statements)


def test_one_person_by_what_they_are_is_unnamed(bn) -> None:
    # "স্থানীয় এক নারী জানান", "একজন উকিল প্রশ্ন করলেন": no name, anonymous, as an unnamed official is
    for text in ("ফটকের সামনে দাঁড়ানো স্থানীয় এক নারী জানান, সকাল থেকে কেউ আসেনি।",
                 "পোড়ো বাড়ি দেখতে আসা এক ব্যক্তি বলেন, বাড়িটি অনেক পুরোনো।"):
        s = only(bn("শিরোনাম\n" + text))
        assert s.speaker.anonymous and s.speaker.entity is None


def test_a_person_named_before_a_participle_clause_is_the_speaker_not_the_first_name(bn) -> None:
    # "ব্র্যাক ব্যাংকের … সিওও মো. X এই চুক্তির তাৎপর্য তুলে ধরে বলেন": X, not the bank's first word
    s = only(bn("শিরোনাম\nব্র্যাক ব্যাংকের ডেপুটি ম্যানেজিং ডিরেক্টর অ্যান্ড সিওও মো. সাব্বির হোসেন এই চুক্তির তাৎপর্য "
                "তুলে ধরে বলেন, এই উদ্যোগটি বড় একটি পদক্ষেপ।"))
    assert s.speaker.text.endswith("মো. সাব্বির হোসেন")


def test_that_person_is_the_one_so_named_else_someone_unnamed(bn) -> None:
    # "ওই ব্যক্তি" after "মাসুদ আলম নামের এক ব্যক্তি": Masud Alam; "ওই নারী" never named: unnamed
    doc = bn("শিরোনাম\nপুলিশ মাসুদ আলম নামের এক ব্যক্তিকে আটক করে। তাকে ভারতে পাচার করা হচ্ছিল বলেও জানিয়েছেন ওই ব্যক্তি।")
    names = {e.id: e.name for e in doc.entities}
    assert names.get(only(doc).speaker.entity or "") == "Masud Alam"
    s = only(bn("শিরোনাম\nবাজারে এক নারী কান্নাকাটি করছিলেন। ওই নারী বলেন, আমার সব শেষ।"))
    assert s.speaker.entity is None and s.speaker.anonymous


def test_what_the_second_read_of_this_stop_found_stays_mended(bn) -> None:
    def speakers(text: str) -> list[str | None]:
        doc = bn(text)
        names = {e.id: e.name for e in doc.entities}
        return [names.get(s.speaker.entity or "") for s in doc.statements]
    # a kind word points at a body whose name does not show the kind, and a kind word alone after it
    # ("দলের হাজারো কর্মী") points at no other; a group ("গোষ্ঠীটি") and a country by another name too
    assert speakers("শিরোনাম\nজামায়াতে ইসলামী ঢাকায় সমাবেশ করেছে। দলটি বলেছে, নির্বাচন হবে।") == [
        "Bangladesh Jamaat-e-Islami"]
    assert speakers("শিরোনাম\nবিএনপি ঢাকায় সমাবেশ করেছে। সমাবেশে দলের হাজারো কর্মী অংশ নেন। দলটি বলেছে, "
                    "আন্দোলন চলবে।") == ["Bangladesh Nationalist Party"]
    assert speakers("শিরোনাম\nহামাস গাজায় হামলা চালিয়েছে। গোষ্ঠীটি বলেছে, যুদ্ধ চলবে।") == ["Hamas"]
    assert speakers("শিরোনাম\nফিলিস্তিন নতুন প্রস্তাব দিয়েছে। দেশটি বলেছে, আলোচনা চলবে।") == ["Palestine"]
    # a headline's place before a colon is no speaker: the giver after the noun speaks
    assert speakers("গাজা: অবিলম্বে যুদ্ধবিরতির আহ্বান জাতিসংঘের\nজাতিসংঘ সভা করেছে।") == ["United Nations"]
    # the one a notice went to ("রহিম উদ্দিনকে") did not issue it
    assert speakers("শিরোনাম\nদুদক রহিম উদ্দিনকে একটি নোটিশ পাঠিয়েছে। নোটিশে বলা হয়েছে, তাকে হাজির হতে হবে।") == [
        "Anti-Corruption Commission"]
    # two titles joined keep the phrase whole; a relative clause answered before the cue leaves the cue
    s = only(bn("শিরোনাম\nচিকিৎসক ও হাসপাতালের পরিচালক রোগীদের অবস্থা তুলে ধরে বলেন, সবাই ভালো আছেন।"))
    assert s.speaker.text == "চিকিৎসক ও হাসপাতালের পরিচালক"
    assert speakers("শিরোনাম\nযাঁরা আহত হয়েছেন, তাঁদের বিষয়ে স্বাস্থ্যমন্ত্রী রহিম উদ্দিন বলেন, তাঁরা বিনা মূল্যে "
                    "চিকিৎসা পাবেন।") == ["Rahim Uddin"]
    # before a verbal noun's object, the one who can speak is the speaker; "সে কথা বলার" is "he talking"
    doc = bn("শিরোনাম\nওসি আবদুল করিম জানান, মামলা হয়েছে। নিহতের মা ছেলেকে ফিরে পাওয়ার আকুতি জানিয়ে বলেন, "
             "আমার ছেলে নির্দোষ।")
    assert doc.statements[-1].speaker.text == "নিহতের মা"
    assert speakers("শিরোনাম\nরাকিব নামের এক কিশোর ঘটনাটি দেখেছে। থানায় সে কথা বলার সময় কেঁদে ফেলে জানায়, "
                    "সে ভয় পেয়েছে।") == ["Rakib"]
    # "ওই কর্মী" is the worker just named; a person the statement is about, or where it was, is no speaker
    assert speakers("শিরোনাম\nযুবদলের কর্মী রাকিব হাসান আহত হয়েছেন। ওই কর্মী বলেন, আমাদের ওপর হামলা হয়েছে।") == [
        "Rakib Hasan"]
    assert speakers("শিরোনাম\nআওয়ামী লীগ শেখ হাসিনা প্রসঙ্গে বিবৃতি দিয়ে জানিয়েছে, তিনি নিরাপদে আছেন।") == [
        "Awami League"]


def test_events_that_say_and_a_headline_clause_after_a_comma_are_no_speakers(bn) -> None:
    # "সাম্প্রতিক ঘটনাপ্রবাহ বলছে, …": the writer's argument, as "ইতিহাস বলছে" is
    assert not bn("শিরোনাম\nকিন্তু সাম্প্রতিক ঘটনাপ্রবাহ বলছে, দলটি দুর্বল হয়ে পড়েছে।").statements
    # "…, পরামর্শ সভা চেয়ে আবার সময় চাইবে বাংলাদেশ": no giver in the genitive after the noun, no statement
    assert not bn("পাটপণ্য নিয়ে তদন্ত অযৌক্তিক, পরামর্শ সভা চেয়ে আবার সময় চাইবে বাংলাদেশ\nবাংলাদেশ চিঠি দিয়েছে।"
                  ).statements


def test_that_prisoner_named_so_without_a_tagged_name_is_named_not_anonymous(bn) -> None:
    # "বাসেল নামের এক বন্দি … এই বন্দি বলেন": named, though no entity was found for "বাসেল"
    doc = bn("শিরোনাম\nবাসেল নামের এক বন্দি বলেছেন, তাকে পেটানো হয়েছে। শরীরে ক্ষত ছিল। এই বন্দি বলেন, অন্যদেরও "
             "আঘাত করা হয়।")
    assert not doc.statements[-1].speaker.anonymous
    # and a noun that a verbal noun makes a verb of ("আসামি করার") is no speaker
    assert not bn("মামলায় নিরপরাধ ব্যক্তিদের আসামি করার অভিযোগ, পুলিশের অভিযান\nপুলিশ অভিযান চালিয়েছে।").statements


def test_what_the_third_read_of_this_stop_found_stays_mended(bn) -> None:
    def speakers(text: str) -> list[str | None]:
        doc = bn(text)
        names = {e.id: e.name for e in doc.entities}
        return [names.get(s.speaker.entity or "") for s in doc.statements]
    # a team just formed, unnamed, is what "দলটি" points at; a board is no team
    assert speakers("শিরোনাম\nস্বাস্থ্য অধিদপ্তর একটি উচ্চপর্যায়ের পাঁচ সদস্যের তদন্ত দল গঠন করেছে। দলটি বলছে, "
                    "কাজ চলছে।") == [None]
    assert speakers("শিরোনাম\nবাংলাদেশ ক্রিকেট বোর্ড নতুন কোচ নিয়োগ দিয়েছে। দলটি বলছে, প্রস্তুতি চলছে।") == [None]
    # "ওই কর্মী" after an unnamed worker, and a name in the genitive, is that unnamed one
    assert speakers("শিরোনাম\nছাত্রদলের এক কর্মীকে মারধরের অভিযোগ উঠেছে যুবলীগ কর্মী রাকিব হাসানের বিরুদ্ধে। "
                    "ওই কর্মী বলেন, আমাকে মারা হয়েছে।") == [None]
    # the subject of a verbal noun's own clause is no speaker ("আহত রোগী দ্রুত সুস্থ হওয়ার আশা")
    assert speakers("শিরোনাম\nমন্ত্রী আবুল হোসেন সমাবেশে যান। সেখানে আহত রোগী দ্রুত সুস্থ হওয়ার আশা প্রকাশ করে "
                    "বলেন, সরকার পাশে আছে।") == ["Abul Hossain"]
    # "তাঁদের" inside a relative clause on people answers nothing yet
    assert not bn("শিরোনাম\nযাঁরা তাঁদের জমি হারানোর কথা জানিয়েছেন, তাঁদের ক্ষতিপূরণ দেওয়া হবে।").statements
    # a title before a headline's colon speaks
    doc = bn("প্রধানমন্ত্রী: দ্রুত নির্বাচনের দাবি জামায়াতের\nপ্রধানমন্ত্রী শেখ হাসিনা বক্তব্য দেন।")
    assert doc.statements[0].speaker.text == "প্রধানমন্ত্রী"


def test_a_source_cited_with_according_to_is_anonymous(bn) -> None:
    st = only(bn("শিরোনাম\nপুলিশ সূত্র অনুযায়ী, হামলাকারীরা সীমান্ত পেরিয়ে পালিয়েছে।"))
    assert st.speaker.anonymous and st.speaker.entity is None


def test_a_claim_after_the_fact_does_not_cover_the_reporters_dated_account(bn) -> None:
    # "এ অভিযোগ করেন" covers the claim, not the press conference told with its day before it
    doc = bn("শিরোনাম\nনির্বাচন বানচালের ষড়যন্ত্র চলছে। আজ মঙ্গলবার জাতীয় প্রেসক্লাবে সংবাদ সম্মেলনের আয়োজন করে "
             "দলটি। সেখানে লিখিত বক্তব্যে দলের মহাসচিব এ অভিযোগ করেন।")
    assert [s.content.text for s in doc.statements] == ["নির্বাচন বানচালের ষড়যন্ত্র চলছে"]


@pytest.mark.parametrize(("second", "goes_on"), [
    ("এ বিষয়ে জানতে অভিযুক্ত চেয়ারম্যানের মুঠোফোনে কল করা হলেও তিনি সাড়া দেননি।", False),  # the reporter
    ("প্রশাসনের সঙ্গে বারবার যোগাযোগ করেও কোনো প্রতিকার পাইনি।", True),  # the speaker, in the first person
    ("গত নির্বাচনেও তাঁদের প্রার্থীরা অংশ নেননি।", True),
    ("আলোচনায় অংশ নেন অধ্যাপক কামাল হোসেন।", False),  # who else took part, named after the verb
])
def test_the_reporters_attempts_and_the_speakers_own(bn, second: str, goes_on: bool) -> None:
    doc = bn("শিরোনাম\nভুক্তভোগী কৃষক রহিম মিয়া বলেন, আমাদের জমি দখল করে নিয়েছে প্রভাবশালীরা। " + second)
    assert len(doc.statements) == (2 if goes_on else 1)


def test_a_noun_after_the_pronoun_at_the_end_is_no_verb_negated(bn) -> None:
    doc = bn("শিরোনাম\nনিহতের বাবা জানান, তাঁর ছেলে কোনো রাজনীতির সঙ্গে জড়িত ছিলেন না। "
             "ছেলের হত্যার বিচার পাওয়াই এখন তাঁর প্রার্থনা।")
    assert len(doc.statements) == 2


def test_the_speakers_schedule_in_the_third_person_is_the_reporters(bn) -> None:
    doc = bn("শিরোনাম\nপ্রধান উপদেষ্টা বলেন, আমরা একটি সুষ্ঠু নির্বাচন উপহার দেব। "
             "আগামীকাল সকাল ১০টায় তিনি জাতির উদ্দেশে ভাষণ দেবেন।")
    assert len(doc.statements) == 1


def test_a_quoted_clause_before_a_participle_cue_is_direct(bn) -> None:
    doc = bn("শিরোনাম\n‘দেশ এখন সঠিক পথে আছে’ উল্লেখ করে অর্থ উপদেষ্টা রফিক আহমেদ বলেন, ‘সংস্কার চলবে।’")
    assert [s.direct for s in doc.statements] == [True, True]


def test_a_body_a_passive_telling_came_from(bn) -> None:
    # "বাংলাদেশ ব্যাংক থেকে জানানো হয়েছে, …": the bank told it; a time "থেকে" names no one
    st = only(bn("শিরোনাম\nবাংলাদেশ ব্যাংক থেকে জানানো হয়েছে, ঈদের আগে নতুন নোট ছাড়া হবে।"))
    assert st.speaker.text == "বাংলাদেশ ব্যাংক" and st.content.text == "ঈদের আগে নতুন নোট ছাড়া হবে"
    assert bn("শিরোনাম\nগতকাল থেকে বলা হচ্ছে, ঈদের আগে নতুন নোট ছাড়া হবে।").statements == []


@pytest.mark.parametrize("transition", ["এ হিসাবে টাকার মান কমেছে ৬ শতাংশ।", "এরই পরিপ্রেক্ষিতে শর্ত শিথিল করা হয়।"])
def test_speech_stops_at_the_writers_reckoning_and_transition(bn, transition: str) -> None:
    # "এ হিসাবে …" (by this count) and "এরই পরিপ্রেক্ষিতে …" (in this light): the writer draws the sum
    doc = bn("শিরোনাম\nকেন্দ্রীয় ব্যাংকের তথ্য অনুযায়ী, গত বছর ডলারের দাম ছিল ১১০ টাকা। " + transition)
    assert len(doc.statements) == 1


@pytest.mark.parametrize("goes_on", ["তাদের বিরুদ্ধে দ্রুত ব্যবস্থা নেওয়ার দাবি জানাই।",
                                     "সরকারকে দ্রুত ব্যবস্থা নেওয়ার আহ্বান জানাচ্ছি।"])
def test_a_cue_in_the_first_person_goes_on_with_the_speech(bn, goes_on: str) -> None:
    # "… দাবি জানাই": the speaker's own demand, not a new speaker's
    doc = bn("শিরোনাম\nশ্রমিক নেতা রহিম উদ্দিন বলেন, আমরা এ ঘটনার নিন্দা জানাই। " + goes_on)
    assert [s.content.text for s in doc.statements] == ["আমরা এ ঘটনার নিন্দা জানাই", goes_on.rstrip("।")]


def test_a_bodys_group_opening_the_clause_speaks(bn) -> None:
    # "বিএনপির নেতারা … বলে দাবি করেন": the party's leaders, unnamed
    st = only(bn("শিরোনাম\nবিএনপির নেতারা এসব ঘটনায় দলের কোনো কর্মী জড়িত নন বলে দাবি করেন।"))
    assert st.speaker.text == "বিএনপির নেতারা" and st.speaker.anonymous


def test_what_was_said_at_a_bodys_occasion_after_the_fact(bn) -> None:
    # "X আয়োজিত সংবাদ সম্মেলনে এসব কথা বলা হয়": the body that held the press conference said it
    doc = bn("শিরোনাম\nবাজেটে বড় ব্যবসায়ীদের সুবিধা দেওয়া হয়েছে। ঢাকা বিজনেস অ্যাসোসিয়েশন আয়োজিত সংবাদ "
             "সম্মেলনে এসব কথা বলা হয়।")
    st = only(doc)
    assert st.speaker.text == "ঢাকা বিজনেস অ্যাসোসিয়েশন" and st.content.text == "বাজেটে বড় ব্যবসায়ীদের সুবিধা দেওয়া হয়েছে"


def test_a_clause_of_why_before_the_subject_is_no_speaker(bn) -> None:
    # "বৃষ্টি না থাকায় কৃষকেরা জানান": why, then who
    st = only(bn("শিরোনাম\nএবার বৃষ্টি না থাকায় কৃষকেরা জানান, ফলন কম হবে।"))
    assert st.speaker.text == "কৃষকেরা"
    # and a document named alone after it names no issuer: no speaker made of the clause
    doc = bn("শিরোনাম\nতবে পরিস্থিতির অবনতি হওয়ায় এক বিজ্ঞপ্তিতে বলা হয়, আপাতত কোনো বিদ্যালয় খুলছে না।")
    assert all("হওয়ায়" not in s.speaker.text for s in doc.statements)


def test_a_name_after_the_cue_that_ends_like_a_first_person_verb_is_a_new_speaker(bn) -> None:
    # "… আহ্বান জানান কালাম": Kalam's call, not more of the mayor's first-person speech
    doc = bn("শিরোনাম\nমেয়র আবদুর রহিম বলেন, আমরা রাস্তা সংস্কার করব। সড়কে বাতি দেওয়ার আহ্বান জানান কালাম।")
    assert all(s.speaker.text != "মেয়র আবদুর রহিম" or "কালাম" not in s.content.text for s in doc.statements)


def test_the_speakers_own_account_of_calls_unanswered_goes_on(bn) -> None:
    # "নার্সদের বারবার ডাকলেও তারা সাড়া দেননি": the speaker's complaint, not the reporter's attempt
    doc = bn("শিরোনাম\nরোগীর স্বজন সেলিনা বেগম বলেন, রাতে চিকিৎসক ছিলেন না। নার্সদের বারবার ডাকলেও তারা সাড়া দেননি।")
    assert len(doc.statements) == 2


def test_an_object_ending_in_a_verb_in_the_present_is_what_was_said(bn) -> None:
    st = only(bn("শিরোনাম\nবাজারে সিন্ডিকেট দাম নিয়ন্ত্রণ করে, উল্লেখ করেন বাণিজ্য উপদেষ্টা শেখ বশিরউদ্দীন।"))
    assert st.content.text == "বাজারে সিন্ডিকেট দাম নিয়ন্ত্রণ করে"


def test_an_allegation_after_the_fact_covers_the_dated_event_alleged(bn) -> None:
    # "আজ মঙ্গলবার … হামলা চালায়। … এ অভিযোগ করেন X": the attack is what X alleges
    st = only(bn("শিরোনাম\nআজ মঙ্গলবার সকালে উপজেলা চেয়ারম্যানের লোকজন তাঁর দোকানে হামলা চালায়। "
                 "সংবাদ সম্মেলনে এ অভিযোগ করেন ব্যবসায়ী কামাল হোসেন।"))
    assert st.content.text.startswith("আজ মঙ্গলবার সকালে") and st.stance == "claim"


def test_an_outlet_cited_as_a_source_is_itself(bn) -> None:
    st = only(bn("শিরোনাম\nরয়টার্স সূত্র অনুযায়ী, বৈঠকে যুদ্ধবিরতি নিয়ে আলোচনা হয়েছে।"))
    assert not st.speaker.anonymous and st.speaker.entity is not None


def test_a_quoted_name_in_the_clause_before_a_participle_cue_is_not_direct(bn) -> None:
    doc = bn("শিরোনাম\n‘পদ্মা সেতু’ প্রকল্পের কাজ শেষ হয়েছে উল্লেখ করে মন্ত্রী রফিক আহমেদ বলেন, যান চলাচল বাড়বে।")
    assert not doc.statements[0].direct


def test_a_relative_clause_on_people_inside_speech_reports_nothing(bn) -> None:
    # "তিনি বলেন, যারা সরকারের সমালোচনা করে, তাদের …": those who criticise, spoken of; no one criticising here
    doc = bn("শিরোনাম\nঅধ্যাপক কামাল হোসেন বলেন, যারা সরকারের সমালোচনা করে, তাদের হয়রানি করা হয়।")
    assert [s.speaker.text for s in doc.statements] == ["অধ্যাপক কামাল হোসেন"]


def test_the_body_that_held_the_occasion_is_named_alone(bn) -> None:
    st = only(bn("শিরোনাম\nবাজেটে বড় ব্যবসায়ীদের সুবিধা দেওয়া হয়েছে। রাজধানীর রিপোর্টার্স ইউনিটিতে জাতীয় নাগরিক পার্টি "
                 "আয়োজিত সংবাদ সম্মেলনে এসব কথা বলা হয়।"))
    assert st.speaker.text == "জাতীয় নাগরিক পার্টি"


@pytest.mark.parametrize(("second", "goes_on"), [
    ("হাসপাতালের তত্ত্বাবধায়কের মুঠোফোনে একাধিকবার কল করা হলেও তিনি সাড়া দেননি।", False),
    ("সেখানকার বাসিন্দাদের সঙ্গে কথা বলা সম্ভব হয়নি।", True),  # the speaker's own account
])
def test_the_reporters_call_and_the_speakers_account(bn, second: str, goes_on: bool) -> None:
    doc = bn("শিরোনাম\nজেলা প্রশাসক মো. আনিসুর রহমান জানান, ঝড়ে দ্বীপের নেটওয়ার্ক বিকল হয়ে গেছে। " + second)
    assert len(doc.statements) == (2 if goes_on else 1)


def test_a_relative_clause_answered_before_the_cue_leaves_the_speaker(bn) -> None:
    doc = bn("শিরোনাম\nএদিকে, যারা বন্যায় ক্ষতিগ্রস্ত হয়েছেন তাদের পক্ষে আইনজীবী মনজিল মোরসেদ বলেন, "
             "তাদের দ্রুত ক্ষতিপূরণ দিতে হবে।")
    assert [s.content.text for s in doc.statements] == ["তাদের দ্রুত ক্ষতিপূরণ দিতে হবে"]


def test_a_fact_confirmed_about_a_day_with_a_meeting_in_it(bn) -> None:
    st = only(bn("শিরোনাম\nআজ বুধবার সচিবালয়ে এক সম্মেলনে বাজেটের আকার চূড়ান্ত করা হয়। "
                 "এ তথ্য নিশ্চিত করেছেন অর্থসচিব খায়রুজ্জামান মজুমদার।"))
    assert st.stance == "confirm" and st.content.text.startswith("আজ বুধবার")


@pytest.mark.parametrize("text, stances", [
    # a participle before the subject gives a plain verb of speech its stance, as "উদ্বেগ প্রকাশ করে বলেন"
    # does with the two side by side
    ("বিষয়টি নিয়ে উদ্বেগ প্রকাশ করে রহিম উদ্দিন বলেন, পরিস্থিতি খারাপ হচ্ছে। সরকারের প্রতি হুঁশিয়ারি উচ্চারণ করে "
     "বক্তারা বলেন, দাবি না মানলে কঠোর কর্মসূচি আসবে। ইউনিয়নের বিরুদ্ধে অভিযোগ করে করিম বলেন, তারা হাজিরা খাতায় "
     "সই নেয়নি।",
     {"পরিস্থিতি খারাপ হচ্ছে": "concern", "দাবি না মানলে কঠোর কর্মসূচি আসবে": "other",
      "তারা হাজিরা খাতায় সই নেয়নি": "claim"}),
    # a call with its own content lends none (the call is made, then something else is said), nor a confirmation
    ("সবাইকে ঐক্যবদ্ধ থাকার আহ্বান জানিয়ে করিম বলেন, দেশ এগিয়ে যাবে। বিষয়টি নিশ্চিত করে থানার ওসি রহিম বলেন, "
     "মামলা হয়েছে।",
     {"দেশ এগিয়ে যাবে": "assert", "মামলা হয়েছে": "assert"}),
    # the speaker's own call, welcome or exhortation in the first person is other
    ("মেয়র করিম বলেন, আমরা সবাইকে শান্ত থাকার আহ্বান জানাচ্ছি। সভাপতি রহিম বলেন, এই সিদ্ধান্তকে আমরা স্বাগত জানাই। "
     "কাউন্সিলর জলিল বলেন, আসুন আমরা শহরটা পরিষ্কার রাখি। প্রকৌশলী নাসির বলেন, সেতুর কাজ শেষ হয়েছে। "
     "শ্রমিক নেতা কামাল বলেন, আমরা এই হত্যার বিচার দাবি করছি।",
     {"আমরা সবাইকে শান্ত থাকার আহ্বান জানাচ্ছি": "other", "এই সিদ্ধান্তকে আমরা স্বাগত জানাই": "other",
      "আসুন আমরা শহরটা পরিষ্কার রাখি": "other", "সেতুর কাজ শেষ হয়েছে": "assert",
      "আমরা এই হত্যার বিচার দাবি করছি": "other"}),
])
def test_what_a_statement_does_is_read_from_its_participle_or_its_own_words(bn, text: str,
                                                                           stances: dict[str, str]) -> None:
    got = {s.content.text: s.stance for s in bn("শিরোনাম\n" + text).statements}
    assert {k: got.get(k) for k in stances} == stances


def test_an_argument_put_and_speech_that_went_on_are_statements(bn) -> None:
    doc = bn("শিরোনাম\nবিরোধী নেতারা যুক্তি দিচ্ছেন, নির্বাচনের আগে সংস্কার হওয়া দরকার। "
             "মঞ্চে উঠে মেয়র রহিম বলতে থাকেন, ‘আমরা এই শহর বদলে দেব।’")
    got = {s.content.text: s for s in doc.statements}
    assert got["নির্বাচনের আগে সংস্কার হওয়া দরকার"].speaker.text == "বিরোধী নেতারা"
    assert got["আমরা এই শহর বদলে দেব"].direct and got["আমরা এই শহর বদলে দেব"].cue == "বলতে থাকেন"


def test_a_noun_cue_after_a_quantifier_is_no_ones(bn) -> None:
    doc = bn("শিরোনাম\nসংকটের টেকসই সমাধানের যেকোনো আশা, নির্ভর করে আন্তর্জাতিক সমর্থনের ওপর।")
    assert doc.statements == []


def test_several_or_two_unnamed_members_are_anonymous(bn) -> None:
    doc = bn("শিরোনাম\nক্লাবের একাধিক সদস্য বলেন, নির্বাচন পেছানো হয়েছে। পরে দুজন কর্মচারী জানান, "
             "হিসাবের খাতা নেই।")
    assert [s.speaker.anonymous for s in doc.statements] == [True, True]


def test_a_sentence_hanging_on_the_speakers_last_by_a_relative_is_theirs(bn) -> None:
    doc = bn("শিরোনাম\nসভায় মেয়র রহিম বলেন, আমরা নদীর পাড় বাঁধাই শুরু করেছি। যার ফলে শহরের পূর্ব পাশে "
             "আর পানি ওঠেনি এবং বাজারটা বেঁচে গেল।")
    assert [s.content.text for s in doc.statements][-1].startswith("যার ফলে")


def test_unquoted_speech_addressing_its_hearers_is_direct(bn) -> None:
    doc = bn("শিরোনাম\nসমাবেশে মেয়র রহিম বলেন, তোমাদের শহর তোমরাই পরিষ্কার রাখবে। সভাপতি করিম বলেন, "
             "সেতুর কাজ শেষ হয়েছে।")
    direct = {s.content.text: s.direct for s in doc.statements}
    assert direct == {"তোমাদের শহর তোমরাই পরিষ্কার রাখবে": True, "সেতুর কাজ শেষ হয়েছে": False}


def test_a_demand_long_made_in_the_past_perfect_progressive(bn) -> None:
    st = only(bn("শিরোনাম\nমেয়র রহিম উদ্দিন গতকাল সভায় যোগ দেন। বহুদিন ধরে সেতু নির্মাণের দাবি জানিয়ে "
                 "এসেছিলেন তিনি।"))
    assert st.cue == "দাবি জানিয়ে এসেছিলেন" and st.stance == "other"


def test_first_person_speech_goes_on_after_one_sentence_of_the_reporters_aside(bn) -> None:
    doc = bn("শিরোনাম\nসমাবেশে বক্তারা বলেন, আমরা এই অধ্যক্ষের অপসারণ চাই। তার বিরুদ্ধে রয়েছে নানা অনিয়মের "
             "অভিযোগ। যে কারণে তাকে ২৪ ঘণ্টার মধ্যে পদত্যাগের দাবি জানাই।")
    last = doc.statements[-1]
    assert last.content.text.startswith("যে কারণে") and last.speaker.text == "বক্তারা" and last.direct


def test_first_person_plural_speech_goes_on_after_two_sentences_of_background(bn) -> None:
    # an official's "আমরা" after two sentences told in the past: still theirs (a report's own
    # narration says no "আমরা"); the two sentences between stay the reporter's
    doc = bn("শিরোনাম\nউপদেষ্টা নাহিদ ইসলাম বলেন, আমি বিষয়টি দেখেছি। আন্দোলনের সময় কয়েকটি স্টার্টআপের "
             "বিনিয়োগ বন্ধ করে দেওয়া হয়েছিল। তাদের সঙ্গে বিরূপ আচরণ করা হয়েছিল। আমরা এর নিন্দা জানিয়েছি।")
    last = doc.statements[-1]
    assert last.content.text == "আমরা এর নিন্দা জানিয়েছি" and last.speaker.text == "উপদেষ্টা নাহিদ ইসলাম"
    assert len(doc.statements) == 2


def test_a_columns_first_person_after_a_quoted_view_is_not_the_speakers(bn) -> None:
    # two sentences of the author's own between: no speaker taken up again
    doc = bn("শিরোনাম\nএকজন কৃষক বলেন, আমরা ন্যায্য দাম পাই না। সেদিন বাজারে ভিড় ছিল। বিকেলে বৃষ্টি নামে। "
             "আমি ফেরার পথে আরও কয়েকজনের সঙ্গে কথা বলি।")
    assert [s.content.text for s in doc.statements] == ["আমরা ন্যায্য দাম পাই না"]


def test_what_a_report_adds_in_the_passive_is_its_statement(bn) -> None:
    doc = bn("শিরোনাম\nএএফপির প্রতিবেদনে যুক্ত করা হয়, রায়ের পর রাজধানীতে নিরাপত্তা বাড়ানো হয়েছে।")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("এএফপির", "রায়ের পর রাজধানীতে নিরাপত্তা বাড়ানো হয়েছে")]
    # (a list that had names added to it is no report speaking)
    assert bn("শিরোনাম\nনতুন তালিকায় আরও পাঁচটি নাম যুক্ত করা হয়েছে।").statements == []


def test_an_analysis_or_a_forecast_is_a_document_that_speaks(bn) -> None:
    doc = bn("শিরোনাম\nরয়টার্সের বিশ্লেষণে বলা হয়, যুদ্ধ দীর্ঘ হবে। আবহাওয়া অধিদপ্তরের পূর্বাভাসে "
             "বলা হয়েছে, এ মাসে শৈত্যপ্রবাহ আসবে।")
    assert [s.content.text for s in doc.statements] == ["যুদ্ধ দীর্ঘ হবে", "এ মাসে শৈত্যপ্রবাহ আসবে"]
    # an analysis of someone's words, or a forecast of a country's economy, is not theirs
    doc = bn("শিরোনাম\nমেয়র রহিমের বক্তব্যের বিশ্লেষণে বলা হয়েছে, তিনি স্পষ্ট কিছু বলেননি। ভারতের অর্থনীতির "
             "পূর্বাভাসে বলা হয়েছে, প্রবৃদ্ধি বাড়বে।")
    assert doc.statements == []


def test_a_noun_ending_in_l_is_no_past_told_by_the_reporter(bn) -> None:
    doc = bn("শিরোনাম\nসভায় মেয়র রহিম বলেন, আমরা শহরের উন্নয়নে কাজ করছি। এত বড় ঐতিহ্যবাহী একটা দল। "
             "সবাইকে এক হয়ে কাজ করতে হবে।")
    assert len(doc.statements) == 3


def test_a_request_made_politely_is_other(bn) -> None:
    doc = bn("শিরোনাম\nমেয়র রহিম বলেন, দয়া করে রাস্তায় ময়লা ফেলবেন না। প্রকৌশলী নাসির বলেন, তিনি কাল আসবেন না।")
    stance = {s.content.text: s.stance for s in doc.statements}
    assert stance == {"দয়া করে রাস্তায় ময়লা ফেলবেন না": "other", "তিনি কাল আসবেন না": "assert"}


def test_a_document_alone_after_its_senders_statement_or_its_issue_is_theirs(bn) -> None:
    doc = bn("শিরোনাম\nভাস্কর্য অপসারণের দাবি জানিয়েছে হেফাজতে ইসলাম বাংলাদেশ। বিবৃতিতে বলা হয়, "
             "ভাস্কর্য ইসলামে নিষিদ্ধ।\nস্বাস্থ্য অধিদপ্তর আজ একটি বিজ্ঞপ্তি প্রকাশ করেছে। বিজ্ঞপ্তিতে বলা হয়, "
             "সর্বশেষ ২৪ ঘণ্টায় একজনের মৃত্যু হয়েছে।")
    names = {e.id: e.name for e in doc.entities}
    said = {s.content.text: names.get(s.speaker.entity or "") for s in doc.statements}
    assert said["ভাস্কর্য ইসলামে নিষিদ্ধ"] == "Hefazat-e-Islam Bangladesh"
    assert said["সর্বশেষ ২৪ ঘণ্টায় একজনের মৃত্যু হয়েছে"] == "Directorate General of Health Services"


def test_a_title_in_the_genitive_before_anothers_post_is_not_theirs(bn) -> None:
    # "প্রধানমন্ত্রীর প্রেস সচিব X" is the prime minister's press secretary, no prime minister
    doc = bn("শিরোনাম\nপ্রধানমন্ত্রীর প্রেস সচিব রহিম উদ্দিন সাংবাদিকদের সঙ্গে কথা বলেন। পরে প্রধানমন্ত্রী বলেন, "
             "নির্বাচন সময়মতো হবে।")
    pm = next(s for s in doc.statements if s.speaker.text == "প্রধানমন্ত্রী")
    assert pm.speaker.entity is None or next(e.name for e in doc.entities if e.id == pm.speaker.entity) != "Rahim Uddin"


def test_what_someone_was_told_to_do_is_a_request(bn) -> None:
    doc = bn("শিরোনাম\nবাহিনীকে সীমান্তে সতর্ক থাকতে বলেছেন স্বরাষ্ট্র উপদেষ্টা রহিম উদ্দিন। মেয়র করিম বলেন, "
             "আমি ব্যাংকে এসেছি টাকা পাঠাতে।")
    stance = {s.content.text: s.stance for s in doc.statements}
    assert stance == {"বাহিনীকে সীমান্তে সতর্ক থাকতে": "other", "আমি ব্যাংকে এসেছি টাকা পাঠাতে": "assert"}


@pytest.mark.parametrize("text, speaker, stance", [
    # a letter a person got, after their own words, is not theirs
    ("প্রকৌশলী রফিক আহমেদ বলেন, আমাকে কোনো সুযোগ দেওয়া হয়নি। চিঠিতে বলা হয়েছে, শৃঙ্খলাভঙ্গের দায়ে "
     "তাঁকে বরখাস্ত করা হলো।", None, "assert"),
    # a participle of another subject's clause lends nothing
    ("নিহতের পরিবার হত্যার অভিযোগ করে মামলা করলেও পুলিশ জানায়, ময়নাতদন্তে আত্মহত্যার আলামত মিলেছে।",
     "Bangladesh Police", "assert"),
    # thanks before a verb of speech, then a prediction
    ("সবাইকে ধন্যবাদ জানিয়ে মেয়র করিম বলেন, আগামী নির্বাচনে আমরা জয়ী হব।", "Karim", "assert"),
    # out of kindness is no request
    ("মেয়র করিম বলেন, আমরা কারও দয়া করে দেওয়া সাহায্য চাই না।", "Karim", "assert"),
])
def test_mends_from_a_second_read_of_the_speech_rules(bn, text: str, speaker: str | None, stance: str) -> None:
    doc = bn("শিরোনাম\n" + text)
    names = {e.id: e.name for e in doc.entities}
    last = doc.statements[-1]
    assert names.get(last.speaker.entity or "") == speaker and last.stance == stance


def test_second_person_words_in_a_title_or_in_anothers_words_leave_speech_reported(bn) -> None:
    doc = bn("শিরোনাম\nআয়োজকেরা জানান, ‘তুমি রবে নীরবে’ গান দিয়ে অনুষ্ঠান শুরু হবে। ভুক্তভোগী জানান, "
             "ওই কর্মকর্তা তাঁকে বলেছিলেন আপনার কাজ হবে না।")
    assert [s.direct for s in doc.statements] == [False, False]


def test_reporters_aside_naming_someone_new_hands_the_first_person_to_them(bn) -> None:
    doc = bn("শিরোনাম\nগ্রামবাসী রহিম উদ্দিন বলেন, আমরা পানি পাই না। পরে কথা হয় আরেক বাসিন্দা করিম মিয়ার সঙ্গে। "
             "আমাদের জমি ডুবে গেছে।")
    assert [s.content.text for s in doc.statements] == ["আমরা পানি পাই না"]


def test_the_two_just_named_are_not_anonymous(bn) -> None:
    doc = bn("শিরোনাম\nআটক দুজন হলেন রাকিব হাসান ও সোহেল রানা। ওই দুজন পুলিশকে জানান, তাঁরা টাকার বিনিময়ে "
             "কাজটি করেছেন।")
    assert not only(doc).speaker.anonymous


@pytest.mark.parametrize("text, content, stance, direct", [
    # a place or a time before the verb is no infinitive of a request
    ("নির্বাচন হবে আগামী ফেব্রুয়ারিতে বলেছেন প্রধান উপদেষ্টা।", "নির্বাচন হবে আগামী ফেব্রুয়ারিতে", "assert", False),
    # a request made politely after a vocative
    ("মেয়র রহিম বলেন, স্যার, দয়া করে আমাদের কথা শুনুন।", "স্যার, দয়া করে আমাদের কথা শুনুন", "other", True),
    # a noun of complaint before the address leaves it the speaker's own words (and the hearers
    # told what they will do is a request)
    ("ওসি রহিম বলেন, কোনো অভিযোগ থাকলে আপনারা সরাসরি থানায় আসবেন।",
     "কোনো অভিযোগ থাকলে আপনারা সরাসরি থানায় আসবেন", "other", True),
    # a noun ending in "-লে" between is no clause of another subject
    ("সকালে উদ্বেগ প্রকাশ করে বিকেলে রহিম বলেন, পুলিশ কিছু করেনি।", "পুলিশ কিছু করেনি", "concern", False),
])
def test_mends_from_a_second_read_of_the_mends(bn, text: str, content: str, stance: str, direct: bool) -> None:
    got = {s.content.text: (s.stance, s.direct) for s in bn("শিরোনাম\n" + text).statements}
    assert got[content] == (stance, direct)


def test_a_title_ending_like_a_genitive_or_held_in_acting_stays_its_holders(bn) -> None:
    doc = bn("শিরোনাম\nজেলার পুলিশ সুপার রফিকুল ইসলাম বলেন, তদন্ত চলছে। পরে পুলিশ সুপার বলেন, আসামি ধরা পড়বে। "
             "বিশ্ববিদ্যালয়ের উপাচার্যের দায়িত্বে থাকা অধ্যাপক করিম উদ্দিন বলেন, ক্লাস চলবে। পরে উপাচার্য বলেন, "
             "পরীক্ষা হবে।")
    names = {e.id: e.name for e in doc.entities}
    said = {s.content.text: names.get(s.speaker.entity or "") for s in doc.statements}
    assert said["আসামি ধরা পড়বে"] == "Rafiqul Islam" and said["পরীক্ষা হবে"] == "Karim Uddin"


def test_an_analysis_by_a_body_past_its_modifiers_speaks(bn) -> None:
    doc = bn("শিরোনাম\nবিশ্বব্যাংকের সর্বশেষ প্রাক্কলনে বলা হয়েছে, প্রবৃদ্ধি কমবে। হামলার ঘটনায় উদ্বেগ জানিয়েছে "
             "যুক্তরাষ্ট্র। বিবৃতিতে বলা হয়, সহিংসতা বন্ধ করতে হবে।")
    names = {e.id: e.name for e in doc.entities}
    said = {s.content.text: names.get(s.speaker.entity or "") for s in doc.statements}
    assert said["প্রবৃদ্ধি কমবে"] == "World Bank" and said["সহিংসতা বন্ধ করতে হবে"] == "United States"


def test_a_report_says_after_a_colon_a_dash_yes_or_nothing_and_its_kind_is_no_speaker(bn) -> None:
    # "X-এর চিঠিতে বলা হয়েছে: …", "— …", "যে, …", or the content right after: all the letter's
    for opened in (":", "—", "-", " যে,", ""):
        s = only(bn(f"শিরোনাম\nশিক্ষা মন্ত্রণালয়ের চিঠিতে বলা হয়েছে{opened} আগামী সপ্তাহে সব বিদ্যালয় বন্ধ থাকবে।"))
        assert (s.speaker.text, s.content.text) == ("শিক্ষা মন্ত্রণালয়ের", "আগামী সপ্তাহে সব বিদ্যালয় বন্ধ থাকবে")
        assert s.speaker.entity is not None
    # (an order, the infinitive before the cue, says nothing after it)
    assert not bn("শিরোনাম\nশিক্ষা মন্ত্রণালয়ের চিঠিতে তাঁকে হাজির হতে বলা হয়েছে সোমবার সকালে।").statements
    # (nor is a complementiser, a question word or "according" after the cue what the report says)
    s = only(bn("শিরোনাম\nআল জাজিরার প্রতিবেদনে বলা হয়েছে বলে জানিয়েছে বার্তা সংস্থা এএফপি।"))
    assert s.cue == "জানিয়েছে" and s.speaker.text == "বার্তা সংস্থা এএফপি"
    for text in ("বিশ্বব্যাংকের প্রতিবেদনে বলা হয়েছে কিনা তা স্পষ্ট নয়।", "প্রতিবেদনে বলা হয়েছে কি না, তা নিশ্চিত নয়।",
                 "প্রজ্ঞাপনে বলা হয়েছে অনুযায়ী তাকে বদলি করা হয়েছে।", "বিএনপির বিবৃতিতে নিন্দা জানানো হয় হামলার ঘটনার।"):
        assert not bn(f"শিরোনাম\n{text}").statements, text
    # a "preliminary" or "final" report is still the commission's
    s = only(bn("শিরোনাম\nদুদকের প্রাথমিক তদন্তে বলা হয়, তিনি অবৈধ সম্পদ অর্জন করেছেন।"))
    assert s.speaker.text == "দুদকের" and s.speaker.entity is not None
    # the pointer after the cue points at the sentence before, as it does before the cue
    s = only(bn("শিরোনাম\nশিশুদের সামরিক প্রশিক্ষণ দেওয়া হচ্ছে। রোববার দ্য গার্ডিয়ানের প্রতিবেদনে উঠে আসে এ তথ্য।"))
    assert s.content.text == "শিশুদের সামরিক প্রশিক্ষণ দেওয়া হচ্ছে" and s.speaker.entity is not None


def test_the_press_told_right_after_a_name_is_not_part_of_it(bn) -> None:
    for told in ("গণমাধ্যমকে", "গণমাধ্যমকর্মীদের", "সংবাদকর্মীদের"):
        doc = bn(f"শিরোনাম\nসাখাওয়াত হোসেন {told} বলেন, গাড়িটিতে একটি স্টিকার লাগানো ছিল।")
        s = only(doc)
        assert s.speaker.text == "সাখাওয়াত হোসেন"
        assert [e.name for e in doc.entities if e.type == "PER"] == ["Sakhawat Hossain"]


def test_a_noun_cue_before_a_colon_or_a_dash_says_only_when_it_claims_of_someone(bn) -> None:
    for mark in ("—", ":", " -"):
        s = only(bn(f"শিরোনাম\nকিন্তু স্থানীয়দের অভিযোগ{mark} প্রতিবারই তিনি সহজে জামিন নিয়ে বেরিয়ে আসেন।"))
        assert (s.stance, s.speaker.anonymous, s.content.text) == (
            "claim", True, "প্রতিবারই তিনি সহজে জামিন নিয়ে বেরিয়ে আসেন")
    # a heading before a colon is no one's statement
    assert not bn("শিরোনাম\nআসামির বক্তব্য: আদালতে তিনি কিছুই বলেননি।").statements
    assert not bn("শিরোনাম\nনতুন বছরের আশা — দেশে শান্তি ফিরবে।").statements
    assert not bn("শিরোনাম\nকাজী নজরুল ইসলামের আহ্বান: সবাই এক হও।").statements


def test_how_and_when_between_the_speaker_and_the_cue_are_no_part_of_the_speaker(bn) -> None:
    for between in ("মঞ্চে উঠে", "হাসতে হাসতে", "হেসে", "বৈঠক চলাকালে"):
        doc = bn(f"শিরোনাম\nমন্ত্রী রহিম উদ্দিন {between} বলেন, আমরা সব কিছুর জন্য প্রস্তুত আছি।")
        s = only(doc)
        assert s.speaker.text == "মন্ত্রী রহিম উদ্দিন" and s.speaker.entity is not None
        assert [e.name for e in doc.entities if e.type == "PER"] == ["Rahim Uddin"]


def test_a_dropped_subject_is_carried_past_one_sentence_that_drops_it_too(bn) -> None:
    doc = bn("শিরোনাম\nবাড়িতে গিয়ে দেখা যায় তাঁর স্ত্রী সুমাইয়া কাঁদছিলেন। আবার কখনো চুপ করে বসে ছিলেন। "
             "কাঁদতে কাঁদতে বলেন, বিয়ের চার মাসেই আমি সব হারালাম।")
    s = only(doc)
    assert s.speaker.entity is not None and s.direct
    assert next(e.name for e in doc.entities if e.id == s.speaker.entity) == "Sumaiya"
    # (not past a sentence whose subject is no person: "পুলিশ … করে")
    assert not bn("শিরোনাম\nবাড়িতে গিয়ে দেখা যায় তাঁর স্ত্রী সুমাইয়া কাঁদছিলেন। পরে পুলিশ এসে লাশ নিয়ে যায়। "
                  "কাঁদতে কাঁদতে বলেন, বিয়ের চার মাসেই আমি সব হারালাম।").statements
    # (nor past one whose subject is someone unnamed, a kinsman or a title: it was theirs)
    for text in ("হামলায় নিহত হন রাকিব হাসান। তাঁর বাবা ছেলের লাশের পাশে বসে কাঁদছিলেন। কাঁদতে কাঁদতে বলেন, "
                 "আমার ছেলেকে ফিরিয়ে দিন।", "রহিম উদ্দিন সকালে ঘটনাস্থলে যান। পরে জেলা প্রশাসক এলাকা পরিদর্শন করেন। "
                 "সাংবাদিকদের বলেন, ক্ষতিগ্রস্তদের সহায়তা দেওয়া হবে।"):
        assert all(s.speaker.entity is None for s in bn(f"শিরোনাম\n{text}").statements), text


def test_first_person_speech_after_reported_speech_runs_on_past_a_narration_opener(bn) -> None:
    doc = bn("শিরোনাম\nপ্রত্যক্ষদর্শী ফারদিন জানান, বিকেলে একটি গাড়ি আটক করা হয়। পরে আমরা বস্তাটি খুলে টাকা পাই।")
    assert [(s.content.text, s.direct) for s in doc.statements] == [
        ("বিকেলে একটি গাড়ি আটক করা হয়", False), ("আমরা বস্তাটি খুলে টাকা পাই", True)]
    # (in the third person the opener is the reporter's)
    doc = bn("শিরোনাম\nপ্রত্যক্ষদর্শী ফারদিন জানান, বিকেলে একটি গাড়ি আটক করা হয়। পরে পুলিশ বস্তাটি খুলে টাকা পায়।")
    assert len(doc.statements) == 1
    # (nor the paper's own "আমাদের", which ends in no first-person verb; nor a reporter's link)
    for after in ("পরে আমাদের প্রতিনিধি ঘটনাস্থলে গিয়ে থমথমে অবস্থা দেখতে পান।",
                  "উল্লেখ্য, গত বছর আমাদের পত্রিকায় এ নিয়ে প্রতিবেদন প্রকাশিত হয়েছিল।"):
        assert len(bn(f"শিরোনাম\nওসি রহিম উদ্দিন জানান, দুজনকে আটক করা হয়েছে। {after}").statements) == 1, after
    assert len(bn("শিরোনাম\nরহিম উদ্দিন বলেন, “আমরা হতাশ।” উল্লেখ্য, আমাদের দেশে এমন ঘটনা আগেও ঘটেছে।").statements) == 1


def test_a_polite_imperative_is_a_request_in_the_speakers_own_words(bn) -> None:
    s = only(bn("শিরোনাম\nমন্ত্রী রহিম উদ্দিন বলেন, এখনই দমন করার ব্যবস্থা করুন।"))
    assert (s.stance, s.direct) == ("other", True)
    # (a word that only ends like one, and a concession, are not)
    s = only(bn("শিরোনাম\nমন্ত্রী রহিম উদ্দিন বলেন, কারখানায় লেগেছিল ভয়াবহ আগুন।"))
    assert (s.stance, s.direct) == ("assert", False)
    assert only(bn("শিরোনাম\nতিনি বলেন, এই সমঝোতাকে জোট বলুন আর যাই বলুন।")).stance == "assert"
    # (nor a name, a place or a noun that ends in "ুন" as the verb's ending does)
    for text in ("পুলিশ জানায়, নিহত যুবকের নাম মামুন।", "পুলিশ জানায়, ঘটনার পর থেকে পলাতক রয়েছেন হারুন।",
                 "কোচ রহিম উদ্দিন বলেন, প্রথম ম্যাচে প্রতিপক্ষ ক্যামেরুন।",
                 "তিনি জানান, গত বছর সবচেয়ে বেশি ক্ষতি করেছে টাইফুন।"):
        s = only(bn(f"শিরোনাম\n{text}"))
        assert (s.stance, s.direct) == ("assert", False), text
    assert only(bn("শিরোনাম\nতিনি বলেন, সবাই ঘরে থাকুন।")).stance == "other"


def test_a_short_first_person_future_makes_speech_direct(bn) -> None:
    for verb in ("দেব", "দেবো", "দিব"):
        s = only(bn(f"শিরোনাম\nআমান উল্লাহ আমান বলেন, শহিদদের রক্ত বৃথা যেতে {verb} না।"))
        assert s.direct
    assert not only(bn("শিরোনাম\nআমান উল্লাহ আমান বলেন, শহিদদের রক্ত বৃথা যেতে দেওয়া হবে না।")).direct
    # (a surname that is such a verb too is no first person; who the guests were is the reporter's)
    doc = bn("শিরোনাম\nকৃষক আবদুল করিম বলেন, জমির দাম বাড়ছে। প্রধান অতিথি ছিলেন জেলা প্রশাসক সুমন দেব।")
    assert not only(doc).direct and only(doc).content.text == "জমির দাম বাড়ছে"


def test_one_heard_saying_something_in_the_accusative_is_its_speaker(bn) -> None:
    s = only(bn("শিরোনাম\nভিডিওতে মন্ত্রী রহিম উদ্দিনকে বলতে শোনা যায়, আমরা কাউকে ছাড় দেব না।"))
    assert (s.speaker.text, s.content.text, s.direct) == ("রহিম উদ্দিনকে", "আমরা কাউকে ছাড় দেব না", True)
    assert s.speaker.entity is not None
    # (no one named, nothing heard of anyone)
    assert not bn("শিরোনাম\nভিডিওতে অনেককে বলতে শোনা যায়, আমরা কাউকে ছাড় দেব না।").statements


def test_a_figure_cited_in_one_word_and_a_time_that_cites_no_one(bn) -> None:
    s = only(bn("শিরোনাম\nবিশ্বব্যাংকের তথ্যানুযায়ী, দেশে দারিদ্র্যের হার ১৮ শতাংশ।"))
    assert s.speaker.entity is not None and s.content.text == "দেশে দারিদ্র্যের হার ১৮ শতাংশ"
    # a year's figures name no source: the speaker before goes on through them
    doc = bn("শিরোনাম\nসিপিডির নির্বাহী পরিচালক ফাহমিদা খাতুন বলেন, ব্যাংক খাতে সংকট রয়েছে। ২০২১ সালের "
             "তথ্যানুসারে ১১টি ব্যাংকের অবস্থা খারাপ।")
    assert len(doc.statements) == 2 and doc.statements[1].speaker.entity == doc.statements[0].speaker.entity


def test_one_persons_two_posts_joined_by_and_are_one_speaker(bn) -> None:
    doc = bn("শিরোনাম\nজামায়াতের মজলিশে শুরা সদস্য ও প্রচার ও মিডিয়া বিভাগের পরিচালক আশরাফুল আলম ইমন "
             "বলেন, কর্মসূচি শান্তিপূর্ণ হবে।")
    s = only(doc)
    assert s.speaker.text.endswith("আশরাফুল আলম ইমন") and s.speaker.text.startswith("জামায়াতের")
    # (two people so joined still speak one by one)
    doc = bn("শিরোনাম\nদলের সভাপতি রহিম উদ্দিন ও সাধারণ সম্পাদক করিম মিয়া বলেন, কর্মসূচি শান্তিপূর্ণ হবে।")
    assert len(doc.statements) == 2


def test_the_second_half_of_a_pair_the_speaker_opened_is_theirs(bn) -> None:
    doc = bn("শিরোনাম\nসুনীল সাহা বলেন, একদিকে যেমন নদী দখল হচ্ছে। অন্যদিকে এলাকার পরিবেশ হুমকির মুখে পড়ছে।")
    assert len(doc.statements) == 2
    # (with no pair opened, "অন্যদিকে" turns to the reporter's narration)
    doc = bn("শিরোনাম\nসুনীল সাহা বলেন, নদী দখল হচ্ছে। অন্যদিকে এলাকার পরিবেশ হুমকির মুখে পড়ছে।")
    assert len(doc.statements) == 1
    # (nor with the pair closed in the sentence before; a comma after the first half opens it still)
    doc = bn("শিরোনাম\nসুনীল সাহা বলেন, একদিকে মূল্যস্ফীতি বাড়ছে, অন্যদিকে আয় কমছে। অন্যদিকে গতকাল চালের দাম বেড়েছে।")
    assert len(doc.statements) == 1
    doc = bn("শিরোনাম\nসুনীল সাহা বলেন, একদিকে, নদী দখল হচ্ছে। অন্যদিকে এলাকার পরিবেশ হুমকির মুখে পড়ছে।")
    assert len(doc.statements) == 2


def test_a_quoted_paragraph_after_narration_about_the_speaker_is_theirs(bn) -> None:
    text = ("শিরোনাম\nনাজমুল হোসেন জানালেন, তিনি এখন খুশি।\n\nআউট হয়েছেন বাজে শটে। তার কণ্ঠেও উঠে এলো সেই আক্ষেপ।"
            "\n\n“আমার আরও বড় ইনিংস খেলা উচিত ছিল।”\n")
    doc = bn(text)
    assert [(s.content.text, s.direct) for s in doc.statements] == [
        ("তিনি এখন খুশি", False), ("আমার আরও বড় ইনিংস খেলা উচিত ছিল", True)]
    assert doc.statements[0].speaker.entity == doc.statements[1].speaker.entity
    # (someone else named in between: whose it is is not known)
    doc = bn(text.replace("তার কণ্ঠেও", "কোচ রহিম উদ্দিনের কণ্ঠেও"))
    assert len(doc.statements) == 1
    # (nor when someone unnamed is brought in: a title, a kinsman, a group)
    for who in ("পাশে বসে ছিলেন তাঁর মা।", "এরপর সংবাদ সম্মেলনে আসেন কোচ।", "মাঠের বাইরে ছিলেন এক বৃদ্ধ সমর্থক।",
                "ম্যাচ শেষে সমর্থকেরা বিক্ষোভ করেন।"):
        assert len(bn(text.replace("তার কণ্ঠেও উঠে এলো সেই আক্ষেপ।", who)).statements) == 1, who


def test_a_plea_with_yeno_goes_on_with_the_speech_and_is_a_request(bn) -> None:
    doc = bn("শিরোনাম\nমেয়র আব্দুল করিম বলেন, আমরা শান্তি চাই। দেশে যেন আর কোনো সংঘাত না হয়।")
    assert [(s.content.text, s.stance) for s in doc.statements] == [
        ("আমরা শান্তি চাই", "assert"), ("দেশে যেন আর কোনো সংঘাত না হয়", "other")]
    # (and a plea for the speakers themselves, or that no one fall to harm)
    for said in ("আমরা যেন স্বাধীনভাবে কথা বলতে ও গাইতে পারি", "অন্যায়ের কবলে যেন কেউ না পড়ে"):
        assert only(bn(f"শিরোনাম\nশিল্পী ফাহমিদা নবী বলেন, {said}।")).stance == "other", said
    # (another's want, "যেন" after it, is told, not pleaded)
    s = only(bn("শিরোনাম\nমন্ত্রী রহিম উদ্দিন বলেন, পাকিস্তান চায় তালেবান যেন সীমান্তে হামলা না করে।"))
    assert s.stance == "assert"
    # (nor is "যেন" as "as if", a likeness, a plea; nor a purpose, "যাতে", in the reporter's background)
    for said in ("বর্ষা এলেই রাস্তাটি যেন খালে পরিণত হয়", "সন্ধ্যা নামলেই এলাকাটি যেন ভুতুড়ে নগরী হয়ে যায়"):
        assert only(bn(f"শিরোনাম\nতিনি বলেন, {said}।")).stance == "assert", said
    doc = bn("শিরোনাম\nরহিম উদ্দিন বলেন, আমরা বাঁধ চাই। ২০১০ সালে এখানে একটি বাঁধ নির্মাণের উদ্যোগ নেওয়া "
             "হয়েছিল যাতে এলাকায় বন্যা না হয়।")
    assert len(doc.statements) == 1


def test_a_parliament_or_a_briefing_after_the_speaker_is_where_they_spoke(bn) -> None:
    for where in ("পার্লামেন্টে", "জাতীয় সংসদে", "সোমবার নিয়মিত ব্রিফিংয়ে"):
        doc = bn(f"শিরোনাম\nউপমুখপাত্র ফারহান হক {where} বলেন, জাতিসংঘ সব পক্ষের সঙ্গে কাজ করছে।")
        s = only(doc)
        assert s.speaker.text == "উপমুখপাত্র ফারহান হক"
        assert [e.name for e in doc.entities if e.type == "PER"] == ["Farhan Haque"]


def test_a_country_after_an_opener_is_still_the_subject_of_a_denial(bn) -> None:
    doc = bn("শিরোনাম\nভারত অভিযোগ করেছে, পাকিস্তান হামলা চালিয়েছে। তবে পাকিস্তান এই অভিযোগ নাকচ করে দিয়েছে।")
    assert [(s.speaker.text, s.stance) for s in doc.statements] == [("ভারত", "claim"), ("পাকিস্তান", "deny")]
    # (a place that names a body's seat or opens a list is not the whole subject: no "ভারত" denying "সরকার …")
    for text in ("তবে ভারত সরকার এই অভিযোগ নাকচ করেছে।", "এখন পশ্চিমবঙ্গ পুলিশ জানিয়ে দিল যে, তদন্ত শেষ হয়েছে।",
                 "তবে যুক্তরাষ্ট্র, যুক্তরাজ্য ও কানাডা নাগরিকদের সতর্ক থাকার আহ্বান জানিয়েছে।"):
        assert all(s.speaker.text not in ("ভারত", "পশ্চিমবঙ্গ", "যুক্তরাষ্ট্র") for s in bn(f"শিরোনাম\n{text}").statements)


def test_a_rejection_word_rejects_only_at_the_end_of_its_clause(bn) -> None:
    for said in ("এ অভিযোগ সম্পূর্ণ মিথ্যা ও বানোয়াট", "এসব ভিত্তিহীন অভিযোগ", "ভিডিওটি ভুয়া এবং এআই-নির্মিত"):
        assert only(bn(f"শিরোনাম\nতিনি বলেন, {said}।")).stance == "deny"
    # (a thing described so, in a clause of what someone did, rejects nothing)
    assert only(bn("শিরোনাম\nপুলিশ জানায়, চক্রটি ফেসবুকে ভুয়া খবর ছড়াত।")).stance == "assert"
    # (a phrase of several words at the end rejects whatever single word stands before it; a
    # rejection word negated affirms)
    for said in ("এসব মিথ্যা অভিযোগের ভিত্তি নেই", "আমি এই মিথ্যা ঘটনায় জড়িত নই", "এটি একটি মিথ্যা মামলা",
                 "এসব অভিযোগ ভিত্তিহীন ও উদ্দেশ্যপ্রণোদিত প্রচারণা মাত্র"):
        assert only(bn(f"শিরোনাম\nতিনি বলেন, {said}।")).stance == "deny", said
    assert only(bn("শিরোনাম\nমন্ত্রী বলেন, অভিযোগটি মিথ্যা নয়।")).stance == "assert"


def test_a_verb_of_telling_the_hearers_are_asked_to_do_does_not_end_the_speech(bn) -> None:
    doc = bn("শিরোনাম\nওসি আব্দুল করিম বলেন, আমরা টহল বাড়িয়েছি। কোথাও হামলা হলে আপনারা সঙ্গে সঙ্গে পুলিশকে জানান।")
    assert len(doc.statements) == 2 and doc.statements[1].direct
    # (not when someone named or titled stands between the pronoun and the verb: their own answer)
    doc = bn("শিরোনাম\nঅধ্যক্ষ রহিম উদ্দিন বলেন, পরীক্ষা সময়মতো হবে। আপনার সন্তান কেমন পড়ছে জানতে চাইলে অভিভাবক "
             "করিম উদ্দিন বলেন, ভালো।")
    assert all(s.speaker.text != "অধ্যক্ষ রহিম উদ্দিন" or s.content.text == "পরীক্ষা সময়মতো হবে" for s in doc.statements)


def test_a_statement_sent_to_the_press_from_a_body_is_the_bodys(bn) -> None:
    for sent in ("স্বরাষ্ট্র মন্ত্রণালয় থেকে গণমাধ্যমে", "স্বরাষ্ট্র মন্ত্রণালয়ের পক্ষ থেকে গণমাধ্যমে"):
        s = only(bn(f"শিরোনাম\n{sent} পাঠানো বিবৃতিতে বলা হয়েছে, রাতে কারফিউ থাকবে।"))
        assert s.speaker.text.startswith("স্বরাষ্ট্র মন্ত্রণালয়") and s.speaker.entity is not None


def test_a_regular_report_after_the_fact_and_a_survey_cited(bn) -> None:
    doc = bn("শিরোনাম\nডেঙ্গুতে দুজনের মৃত্যু হয়েছে। মঙ্গলবার স্বাস্থ্য অধিদপ্তরের নিয়মিত প্রতিবেদনে এসব তথ্য জানানো হয়।")
    s = only(doc)
    assert s.content.text == "ডেঙ্গুতে দুজনের মৃত্যু হয়েছে" and s.speaker.entity is not None
    s = only(bn("শিরোনাম\nবিবিএসের জরিপ অনুসারে, দেশে এখন ৮৬ হাজার ভোটার রয়েছেন।"))
    assert s.speaker.entity is not None and s.content.text == "দেশে এখন ৮৬ হাজার ভোটার রয়েছেন"


def test_the_ones_told_alone_are_no_speaker_and_the_subject_is_carried(bn) -> None:
    doc = bn("শিরোনাম\nজেলা প্রশাসক আবদুল করিম এলাকা পরিদর্শন করেন। এ সময় সাংবাদিকদের বলেন, বাঁধের কাজ শেষ হবে।")
    s = only(doc)
    assert s.speaker.entity is not None and not s.speaker.anonymous


def test_a_person_named_in_a_side_clause_is_not_whom_the_pronoun_after_it_means(bn) -> None:
    doc = bn("শিরোনাম\nড. মুহাম্মদ ইউনূস দেশে ফিরেছেন। শেখ হাসিনা পালানোর পর তিনি সাক্ষাৎকার দেন। "
             "তিনি বলেন, আমরা স্বাধীন হয়েছি।")
    s = only(doc)
    assert next(e.name for e in doc.entities if e.id == s.speaker.entity) == "Muhammad Yunus"
    # (with no one else named before, the pronoun repeats the side clause's subject)
    doc = bn("শিরোনাম\nমির্জা আব্বাস কারাগার থেকে মুক্তি পাওয়ার পর তিনি সাংবাদিকদের বলেন, আন্দোলন চলবে।")
    s = only(doc)
    assert next(e.name for e in doc.entities if e.id == s.speaker.entity) == "Mirza Abbas"


def test_a_book_named_after_its_author_leaves_the_author_the_speaker(bn) -> None:
    for between in ("তাঁর আত্মজীবনী বইয়ে", "বাংলাদেশের শাসনব্যবস্থা ও রাজনীতি বইয়ে", "তাঁর নিবন্ধে"):
        s = only(bn(f"শিরোনাম\nঅধ্যাপক আবুল ফজল হক {between} লিখেছেন, ‘দেশে তখন গভীর সংকট ছিল।’"))
        assert s.speaker.text == "অধ্যাপক আবুল ফজল হক" and s.speaker.entity is not None


def test_a_question_the_next_sentence_answers_is_the_interviewers(bn) -> None:
    doc = bn("শিরোনাম\nড. মুহাম্মদ ইউনূস বলেন, আমরা স্বাধীন হয়েছি। বাংলাদেশে ফেরা নিয়ে কী ভাবছেন? "
             "এ প্রশ্নের জবাবে তিনি বলেন, আমি দ্রুত ফিরব।")
    assert [s.content.text for s in doc.statements] == ["আমরা স্বাধীন হয়েছি", "আমি দ্রুত ফিরব"]
    # (an unnamed asker's own question stays theirs)
    doc = bn("শিরোনাম\nপরে এক সাংবাদিক প্রশ্ন করেন। তিনি বলেন, পরিস্থিতি এখনো অস্পষ্ট। আপনি কি আরও তথ্য দিতে পারেন?\n\n"
             "জবাবে মুখপাত্র রহিম উদ্দিন বলেন, আমরা পর্যবেক্ষণ করছি।")
    assert "আপনি কি আরও তথ্য দিতে পারেন" in [s.content.text for s in doc.statements]
    # (nor is a named speaker's own question that another person answers anyone else's)
    doc = bn("শিরোনাম\nবিরোধীদলীয় নেতা রহিম উদ্দিন বলেন, সরকার কেন চুপ? দায় কে নেবে? "
             "জবাবে স্বরাষ্ট্রমন্ত্রী করিম উদ্দিন বলেন, তদন্ত চলছে।")
    assert "দায় কে নেবে" in [s.content.text for s in doc.statements]


def test_bodies_in_the_plural_are_the_subject_of_an_act_of_speech(bn) -> None:
    s = only(bn("শিরোনাম\nবিরোধী দলগুলো নির্বাচনে ব্যাপক কারচুপির অভিযোগ করেছে।"))
    assert (s.speaker.text, s.stance) == ("বিরোধী দলগুলো", "claim")
    # (a plural that is no body is not)
    assert not bn("শিরোনাম\nপ্রকল্পগুলো দ্রুত বাস্তবায়নের নির্দেশ দেন।").statements
    # (nor one spoken of, before a postposition)
    assert all(s.speaker.text != "বিরোধী দলগুলো"
               for s in bn("শিরোনাম\nবিরোধী দলগুলো নিয়ে সরকার উদ্বেগ প্রকাশ করেছে।").statements)


def test_a_forecast_given_is_said_and_a_teaser_of_what_is_not(bn) -> None:
    s = only(bn("শিরোনাম\nআবহাওয়া অধিদপ্তর পূর্বাভাস দিয়েছে, আগামী দুই দিন বৃষ্টি হতে পারে।"))
    assert s.content.text == "আগামী দুই দিন বৃষ্টি হতে পারে" and s.speaker.entity is not None
    assert not bn("শিরোনাম\nদেখে নেওয়া যাক বিশেষজ্ঞরা কী কী পূর্বাভাস দিয়েছেন।").statements


def test_a_request_made_known_after_the_fact(bn) -> None:
    s = only(bn("শিরোনাম\nসবাইকে শান্ত থাকতে হবে। বিএনপির এক বিজ্ঞপ্তিতে এ অনুরোধ জানানো হয়।"))
    assert (s.content.text, s.stance) == ("সবাইকে শান্ত থাকতে হবে", "other") and s.speaker.entity is not None


def test_a_letter_sent_to_someone_is_its_senders(bn) -> None:
    for letter in ("একটি চিঠি", "একটি পত্র", "পদত্যাগপত্র"):
        doc = bn(f"শিরোনাম\nউপাচার্য আবু তাহের রাষ্ট্রপতির কাছে {letter} পাঠিয়েছেন। এতে বলা হয়েছে, আমি পদত্যাগ করছি।")
        s = only(doc)
        assert next(e.name for e in doc.entities if e.id == s.speaker.entity) == "Abu Taher"


def test_a_quotation_holding_a_year_cut_short_is_whole(bn) -> None:
    s = only(bn("শিরোনাম\nকরিম উদ্দিন বলেন, ‘আমরা ’৭১-এর চেতনায় বিশ্বাসী। আমরা লড়াই করব।’"))
    assert s.content.text.endswith("আমরা লড়াই করব") and s.direct


def test_the_joined_spelling_of_an_opener_is_no_part_of_the_speaker(bn) -> None:
    s = only(bn("শিরোনাম\nএসময় সিইসি নাসির উদ্দিন বলেন, নির্বাচন সুষ্ঠু হবে।"))
    assert s.speaker.text == "সিইসি নাসির উদ্দিন"


def test_the_habitual_of_a_verb_of_saying_is_one_cue(bn) -> None:
    s = only(bn("শিরোনাম\nদেশে উন্নয়ন হয়েছে বলে দাবি করে থাকেন মন্ত্রীরা।"))
    assert (s.speaker.text, s.stance, s.content.text) == ("মন্ত্রীরা", "claim", "দেশে উন্নয়ন হয়েছে")


def test_a_colon_inside_a_quoted_title_closes_no_clause_of_the_speaker(bn) -> None:
    s = only(bn("শিরোনাম\nইতিহাসবিদ রহিম উদ্দিন তার বই ‘মুঘল আমল: এক নতুন পাঠ’ বইয়ে লিখেছেন, ‘সে সময় বাণিজ্য বেড়েছিল।’"))
    assert s.speaker.text == "ইতিহাসবিদ রহিম উদ্দিন" and s.speaker.entity is not None


def test_a_body_named_by_what_it_is_denies_as_a_subject(bn) -> None:
    for sentence, speaker in (("তবে সরকার এই অভিযোগ নাকচ করেছে।", "সরকার"),
                              ("তবে স্থানীয় প্রশাসন মজুতদারির অভিযোগ অস্বীকার করেছে।", "স্থানীয় প্রশাসন"),
                              ("তবে ভারত সরকার সীমান্তে গুলি চালানোর অভিযোগ নাকচ করে দিয়েছে।", "ভারত সরকার")):
        s = only(bn(f"শিরোনাম\nবন্দরে গতকাল থেকে কাজ বন্ধ।\n\n{sentence}"))
        assert (s.speaker.text, s.stance) == (speaker, "deny") and s.content.text.endswith("অভিযোগ")
    # (not one after the object put first, nor a body warned with nothing said)
    assert not bn("শিরোনাম\nশহরের প্রায় ৫০ হাজার বাসিন্দাকে কর্তৃপক্ষ বাড়িতে থাকার নির্দেশ দিয়েছে।").statements
    assert not bn("শিরোনাম\nচীনা কর্তৃপক্ষ বিশ্ব স্বাস্থ্য সংস্থাকে সতর্ক করে।").statements


def test_a_credit_opening_its_paragraph_reaches_back_to_the_lede_only(bn) -> None:
    paragraphs = ["সেতুর কাজ চলছে।", "এলাকায় মানববন্ধন হয়েছে।", "বৈঠকে সেতুর বিষয়ে আলোচনা হয়।",
                  "স্থানীয় একটি স্কুলে পরীক্ষা শুরু হয়েছে।", "বাজারে চালের দাম বেড়েছে।", "নদীতে পানি বেড়েছে।",
                  "শহরে যানজট কমেছে।", "মেলায় ভিড় হয়েছে।", "নতুন রাস্তা খুলে দেওয়া হয়েছে।",
                  "এমনটাই জানিয়েছেন প্রকল্প পরিচালক আবদুল করিম।"]
    doc = bn("শিরোনাম\n" + "\n\n".join(paragraphs))
    assert [s.content.text for s in doc.statements] == ["নতুন রাস্তা খুলে দেওয়া হয়েছে"]
    lede = bn("শিরোনাম\n" + "\n\n".join(paragraphs[-4:]))
    assert len(lede.statements) == 3


def test_someone_else_declining_to_comment_is_the_reporters_account(bn) -> None:
    for aside in ("তবে এ বিষয়ে দলের প্রার্থী ফারুক আহমেদ মন্তব্য করতে রাজি হননি।",
                  "ফারুক আহমেদের সঙ্গে যোগাযোগ করা সম্ভব হয়নি।",
                  "এতে শিশুরা আত্মবিশ্বাসী হয়ে ওঠে, তা বলা বাহুল্য।"):
        doc = bn(f"শিরোনাম\nদলের সাধারণ সম্পাদক কাজী মফিজুর রহমান বলেন, কমিটি গঠনে অনিয়ম হয়েছে। {aside}")
        assert [s.content.text for s in doc.statements] == ["কমিটি গঠনে অনিয়ম হয়েছে"]


def test_the_completive_of_a_cue_is_one_cue(bn) -> None:
    for sentence, cue in (("মানবাধিকার সংস্থাগুলো সতর্ক করে দিয়েছিল, সরকার একদলীয় ব্যবস্থার দিকে যাচ্ছে।",
                           "সতর্ক করে দিয়েছিল"),
                          ("মন্ত্রী বলে দিয়েছেন, সরকার একদলীয় ব্যবস্থার দিকে যাচ্ছে না।", "বলে দিয়েছেন")):
        s = only(bn(f"শিরোনাম\n{sentence}"))
        assert s.cue == cue and s.content.text.startswith("সরকার একদলীয়")


def test_in_it_stands_for_the_report_whose_words_went_on_just_before(bn) -> None:
    doc = bn("শিরোনাম\nসিএনএনের বিশ্লেষণে বলা হয়, দেশে বড় পরিবর্তন এসেছে। এ আন্দোলনে ছিলেন তরুণেরা।\n\n"
             "এতে বলা হয়, সরকারের পতন হয়েছে।")
    last = doc.statements[-1]
    assert (last.cue, last.content.text) == ("বলা হয়", "সরকারের পতন হয়েছে")
    assert last.speaker.entity == doc.statements[0].speaker.entity is not None
    # (not after a person's words: "in it" then names no report)
    doc = bn("শিরোনাম\nকরিম উদ্দিন বলেন, দেশে বড় পরিবর্তন এসেছে। এ আন্দোলনে ছিলেন তরুণেরা।\n\nএতে বলা হয়, সরকারের পতন হয়েছে।")
    assert all(s.content.text != "সরকারের পতন হয়েছে" for s in doc.statements)


def test_an_object_put_before_its_pronoun_subject_is_what_was_asked(bn) -> None:
    doc = bn("শিরোনাম\nসিলেটে গতকাল সমাবেশ করেন বিএনপি নেতা আবদুল করিম। দুর্বৃত্তদের ঠেকাতে প্রতিটি পাড়ায় প্রতিরোধ"
             " কমিটি গঠন করতেও তিনি আহ্বান জানান।")
    s = only(doc)
    assert s.speaker.text == "তিনি" and s.content.text.endswith("কমিটি গঠন করতেও") and s.stance == "other"
    # (a refusal to do something denies nothing)
    assert not bn("শিরোনাম\nসিলেটে গতকাল সমাবেশ করেন আবদুল করিম। স্লোগানটি বলতে তিনি অস্বীকার করেন।").statements
    # (nor is it a statement of its own inside what the speaker says, whose words go on)
    doc = bn("শিরোনাম\nনেতা আবদুল করিম বলেন, সব দলকে এক হওয়ার জন্য আগেও তিনি আহ্বান জানিয়েছিলেন। কিন্তু তাতে কেউ"
             " সাড়া দেয়নি, যা দুর্ভাগ্যজনক।")
    assert [s.cue for s in doc.statements] == ["বলেন", ""]


def test_a_cue_before_and_ends_its_clause(bn) -> None:
    doc = bn("শিরোনাম\nসিলেটে গতকাল সমাবেশ করেন বিএনপি নেতা আবদুল করিম। তিনি সবাইকে শান্ত থাকার আহ্বান জানিয়েছেন"
             " এবং দ্রুত বিচারের দাবি করেছেন।")
    assert [(s.cue, s.content.text) for s in doc.statements] == [
        ("আহ্বান জানিয়েছেন", "সবাইকে শান্ত থাকার"), ("দাবি করেছেন", "দ্রুত বিচারের")]


def test_a_bracket_closed_before_the_object_is_no_part_of_it(bn) -> None:
    doc = bn("শিরোনাম\nজাতিসংঘ মহাসচিব আন্তোনিও গুতেরেস গতকাল বিবৃতি দিয়েছেন। এতে তিনি (গুতেরেস) সব পক্ষকে শান্ত থাকার"
             " আহ্বান জানিয়েছেন।")
    assert any(s.content.text == "সব পক্ষকে শান্ত থাকার" for s in doc.statements)


def test_a_figure_from_a_bodys_data_is_one_sentence(bn) -> None:
    doc = bn("শিরোনাম\nবাংলাদেশ ব্যাংকের তথ্য অনুযায়ী, গত মাসে প্রবাসী আয় এসেছে ২০০ কোটি ডলার। এর মধ্যে সৌদি আরব থেকে"
             " এসেছে ৪০ কোটি ডলার। উৎপাদন খাতে এর ইতিবাচক প্রভাব পড়ে।")
    assert [s.content.text for s in doc.statements] == ["গত মাসে প্রবাসী আয় এসেছে ২০০ কোটি ডলার"]
    # (a person's words still run on)
    doc = bn("শিরোনাম\nগভর্নর আহসান মনসুর বলেন, গত মাসে প্রবাসী আয় এসেছে ২০০ কোটি ডলার। আগামী মাসে তা আরও বাড়বে।")
    assert len(doc.statements) == 2


def test_a_report_quoting_someone_in_the_accusative_nests_their_words(bn) -> None:
    doc = bn("শিরোনাম\nএএফপির প্রতিবেদনে দেশটির এক কর্মকর্তাকে উদ্ধৃত করে বলা হয়েছে, আলোচনা ভেস্তে গেছে।")
    outer, inner = doc.statements
    assert (inner.speaker.text, inner.cue, inner.nested_in) == ("দেশটির এক কর্মকর্তা", "উদ্ধৃত করে", outer.id)
    assert inner.speaker.anonymous and outer.speaker.entity is not None


def test_a_request_owned_in_the_first_person_in_quotes_is_the_one_speakings(bn) -> None:
    doc = bn("শিরোনাম\nবিসিবির সমালোচনা করেছেন ক্রিকেটার ইমরুল কায়েস। তিনি লিখেছেন, ‘আশা করি সবাই ভালো আছেন।"
             " খেলোয়াড়দের সম্মান দেখানো হয় না। ’\n\n‘বোর্ডের প্রতি আমার অনুরোধ, আপনারা যথেষ্ট করেছেন। তারুণ্যের হাতে"
             " ছেড়ে দিন ক্রিকেট।’")
    request = next(s for s in doc.statements if "আপনারা যথেষ্ট" in s.content.text)
    assert request.speaker.entity == doc.statements[0].speaker.entity is not None


def test_social_media_before_the_speaker_is_no_part_of_them(bn) -> None:
    s = only(bn("শিরোনাম\nসামাজিক যোগাযোগমাধ্যমে ক্রিকেটার তামিম ইকবাল লেখেন, দেশ এক দৃঢ় নেতাকে হারাল।"))
    assert s.speaker.text == "ক্রিকেটার তামিম ইকবাল"


def test_a_name_after_the_indefinite_is_a_kind_of_thing_not_the_subject(bn) -> None:
    doc = bn("শিরোনাম\nএ ছাড়া সংগঠনটি রোহিঙ্গা সমস্যা নিয়ে একটি আসিয়ান প্ল্যাটফর্ম তৈরির আহ্বান জানিয়েছে।")
    assert not any("আসিয়ান" in s.speaker.text for s in doc.statements)


def test_a_thing_that_indicates_is_no_speaker(bn) -> None:
    s = only(bn("শিরোনাম\nগবেষকদের মতে, জীবাশ্মের হাড়ের কাটা দাগ ইঙ্গিত দেয় যে, সেখানে ২১ হাজার বছর আগে মানুষ ছিল।"))
    assert s.cue == "মতে" and s.speaker.anonymous
    # (a person does: "প্রধানমন্ত্রী ইঙ্গিত দেন, …")
    assert only(bn("শিরোনাম\nপ্রধানমন্ত্রী ইঙ্গিত দেন, নির্বাচন সময়মতো হবে।")).speaker.text == "প্রধানমন্ত্রী"


def test_a_credit_does_not_take_a_sentence_that_names_its_own_document(bn) -> None:
    doc = bn("শিরোনাম\nএর আগে গত সপ্তাহে কমিশন তফসিল ঘোষণা করে।\n\nওই বিজ্ঞপ্তিতে ভোটের তারিখ উল্লেখ করা হয়।\n\n"
             "দলটির নেতারা বিভিন্ন সময় এমন দাবি করে আসছেন।")
    assert not any(s.speaker.text == "দলটির নেতারা" for s in doc.statements)


def test_right_after_and_at_one_point_open_no_speaker_phrase(bn) -> None:
    for opener in ("এরপরই", "একপর্যায়ে"):
        s = only(bn(f"শিরোনাম\nগতকাল সংবাদ সম্মেলন হয়। {opener} চিকিৎসক আবদুল করিম বলেন, রোগীর অবস্থা ভালো।"))
        assert s.speaker.text == "চিকিৎসক আবদুল করিম"


def test_review_when_or_where_before_a_pronoun_is_no_object(bn) -> None:
    # (second read of this stop: the occasion or a question put is not what was denied or feared)
    for sentence in ("এ বিষয়ে জানতে চাইলে তিনি অস্বীকার করেন।", "গতকাল রাজধানীতে এক সংবাদ সম্মেলনে তিনি উদ্বেগ প্রকাশ করেন।",
                     "বৃহস্পতিবার দুপুরে রাজধানীর একটি হোটেলে তারা দাবি করেন।"):
        assert not bn(f"শিরোনাম\nগতকাল আবদুল করিম সমাবেশ করেন। {sentence}").statements
    # a pronoun in a side clause is not the subject of the clause before "এবং"
    doc = bn("শিরোনাম\nগতকাল আবদুল করিম সমাবেশ করেন। তিনি গ্রেপ্তার হওয়ার পর তাঁর পরিবার সব অভিযোগ অস্বীকার করে"
             " এবং আদালতে জামিন আবেদন করে।")
    assert not any(s.speaker.text == "তিনি" for s in doc.statements)


def test_review_an_organisation_before_a_body_word_is_the_subject(bn) -> None:
    for sentence, content in (("বিএনপি সরকার পতনের দাবি জানিয়েছে।", "সরকার পতনের"),
                              ("জাতিসংঘ সেনাবাহিনী প্রত্যাহারের আহ্বান জানিয়েছে।", "সেনাবাহিনী প্রত্যাহারের")):
        s = only(bn(f"শিরোনাম\nগতকাল শহরে সমাবেশ হয়। {sentence}"))
        assert s.content.text == content and s.speaker.entity is not None
    # a body that indicates is a speaker, a thing is not
    s = only(bn("শিরোনাম\nগতকাল শহরে সমাবেশ হয়। সরকার ইঙ্গিত দিয়েছে যে, শিগগিরই নির্বাচনের তারিখ ঘোষণা করা হবে।"))
    assert s.speaker.text == "সরকার"


def test_review_a_charge_or_case_opening_a_sentence_is_no_document_of_its_own(bn) -> None:
    s = only(bn("শিরোনাম\nচাঁদাবাজির অভিযোগে ছাত্রদলের দুই নেতাকে বহিষ্কারের নির্দেশ দেওয়া হয়েছে। বিষয়টি নিশ্চিত করেছেন"
                " দপ্তর সম্পাদক জহির উদ্দিন।"))
    assert s.stance == "confirm" and s.content.text.startswith("চাঁদাবাজির অভিযোগে")


def test_review_a_quoted_phrase_does_not_put_the_writers_hope_in_anyones_mouth(bn) -> None:
    doc = bn("শিরোনাম\nপ্রধানমন্ত্রী শেখ হাসিনা বলেন, দেশ এগিয়ে যাচ্ছে।\n\nআমাদের প্রত্যাশা, ‘স্মার্ট বাংলাদেশ’ শিগগিরই"
             " বাস্তব হবে।")
    assert [s.content.text for s in doc.statements] == ["দেশ এগিয়ে যাচ্ছে"]


def test_a_side_routed_by_a_margin_is_a_result_not_a_denial(bn) -> None:
    # "উড়িয়ে দেওয়া" dismisses a claim, and routs a side: after a margin ("১৩–০ গোলে") it is the result
    assert not bn("শিরোনাম\nপাঁচ গোল মিলিয়ে ওমানকে ১৩–০ গোলে উড়িয়ে দেয় বাংলাদেশ।").statements
    s = only(bn("শিরোনাম\nমন্ত্রী এই অভিযোগ ভিত্তিহীন বলে উড়িয়ে দেন।"))
    assert s.stance == "deny" and s.speaker.text == "মন্ত্রী"


def test_a_cue_noun_before_an_infinitive_is_no_attribution_and_speech_runs_on(bn) -> None:
    # "… সেগুলোর হিসাব দিতে হবে" is to give account of them, not "by their account": the speaker goes on
    doc = bn("শিরোনাম\nসাবেক চেয়ারম্যান করিম উদ্দিন জানান, প্রকল্পের টাকা লুট হয়েছে। জনগণের কাছে তাদের এখন "
             "সেগুলোর হিসাব দিতে হবে।")
    assert [s.speaker.text for s in doc.statements] == ["সাবেক চেয়ারম্যান করিম উদ্দিন"] * 2
    assert doc.statements[1].content.text.endswith("হিসাব দিতে হবে")


def test_in_that_before_the_speaker_names_no_one_and_alone_is_the_document(bn) -> None:
    # "তাতে অনেকেই বলছেন": "in that" opens the phrase, the many speak; "তাতে বলা হয়েছে" is the report's
    s = only(bn("শিরোনাম\nভোটের হার নিয়ে প্রশ্ন উঠেছে। তাতে অনেকেই বলছেন, ভোট পড়েছে কম।"))
    assert s.speaker.text == "অনেকেই" and s.speaker.anonymous
    s = only(bn("শিরোনাম\nটিআইবি একটি প্রতিবেদন প্রকাশ করেছে। তাতে বলা হয়েছে, দুর্নীতি বেড়েছে।"))
    assert s.content.text == "দুর্নীতি বেড়েছে"


def test_a_headline_teaser_of_what_someone_warned_gives_no_statement_of_a_relative_pronoun(bn) -> None:
    # "… মন্তব্য, যে হুঁশিয়ারি দিলেন ছাত্র নেতারা": "the warning that the leaders gave", told in the body
    doc = bn("উপদেষ্টার মন্তব্য, যে হুঁশিয়ারি দিলেন ছাত্র নেতারা\nট্রাইব্যুনালে মামলা করা হয়েছে।")
    assert not any(s.content.text == "যে" for s in doc.statements)


@pytest.mark.parametrize(("before", "speaker"), [("ছবিটি পোস্ট করে ক্যাপশনে অভিনেত্রী", "অভিনেত্রী"),
                                                ("বিয়ে প্রসঙ্গে কথা উঠলে শ্রদ্ধা", "শ্রদ্ধা"),
                                                ("এ প্রসঙ্গ তুললে মন্ত্রী", "মন্ত্রী")])
def test_a_caption_or_a_topic_raised_before_the_speaker_is_no_part_of_them(bn, before: str, speaker: str) -> None:
    # "ক্যাপশনে" is where it was written; "কথা উঠলে", "প্রসঙ্গ তুললে" a clause of when it was asked
    s = only(bn(f"শিরোনাম\n{before} বলেন, ‘এখনই নয়।’"))
    assert s.speaker.text == speaker


def test_the_speakers_plans_after_then_go_on_and_what_the_reporter_tells_next_does_not(bn) -> None:
    # "পরে বিস্তারিত প্রতিবেদন দেবেন" (later they will report): the speaker's plan, in the future
    doc = bn("শিরোনাম\nকমিটির এক সদস্য সাংবাদিকদের বলেন, তদন্ত চলছে। পরে বিস্তারিত প্রতিবেদন দেবেন।")
    assert len(doc.statements) == 2 and doc.statements[1].content.text.endswith("প্রতিবেদন দেবেন")
    # "পরে পুলিশ ঘটনাস্থলে যায়": what came next, in the past, is the reporter's
    assert len(bn("শিরোনাম\nওসি করিম উদ্দিন বলেন, তদন্ত চলছে। পরে পুলিশ ঘটনাস্থলে যায়।").statements) == 1


def test_an_act_demanded_in_the_genitive_names_no_new_source_and_speech_goes_on(bn) -> None:
    # "… কমিশন গঠনের দাবি ছিল": the demand for forming a commission, not the forming's demand
    doc = bn("শিরোনাম\nপরিদর্শক করিম উদ্দিন বলেন, পুলিশকে রাজনৈতিক কাজে ব্যবহার করা হয়েছে। সেটা যাতে না হয় সেজন্য "
             "স্বাধীন কমিশন গঠনের দাবি ছিল। আমরা পুলিশকে বদলাতে চাই।")
    assert [s.speaker.text for s in doc.statements] == ["পরিদর্শক করিম উদ্দিন"] * 3


def test_a_first_person_request_before_a_comma_is_a_request_and_a_claim_so_made_is_not(bn) -> None:
    doc = bn("শিরোনাম\nকরিম উদ্দিন বলেন, কমিটি গঠন করা হয়েছে। আমি নাগরিকদের কাছে অনুরোধ করছি, পুলিশের গায়ে হাত দেবেন না।")
    assert doc.statements[-1].stance == "other"
    s = only(bn("শিরোনাম\nকরিম উদ্দিন বলেন, আমরা দাবি করছি, নির্বাচন সুষ্ঠু হয়নি।"))
    assert s.stance != "other"


def test_allegations_denied_by_their_noun_alone_are_a_denial_of_each_speaker(bn) -> None:
    # "X ও Y অভিযোগগুলো অস্বীকার করেছেন" denies as "X এ অভিযোগ অস্বীকার করেছেন" does: one statement each
    doc = bn("শিরোনাম\nস্থানীয়দের অভিযোগ, চেয়ারম্যান ত্রাণের চাল আত্মসাৎ করেছেন। তবে করিম উদ্দিন ও রহিম মিয়া "
             "অভিযোগগুলো অস্বীকার করেছেন।")
    denials = [s for s in doc.statements if s.stance == "deny"]
    assert [s.speaker.text for s in denials] == ["করিম উদ্দিন", "রহিম মিয়া"]
    assert all(s.content.text == "অভিযোগগুলো" for s in denials)


@pytest.mark.parametrize("text", ["শিক্ষার্থীরা দাবি করেন, আটক সবাইকে মুক্তি দিতে হবে।",
                                  "তারা দাবি করেন যে আটক শিক্ষার্থীদের অবিলম্বে মুক্তি দেওয়া হোক।",
                                  "শিক্ষার্থীরা আটক সবার মুক্তি দাবি করেন।"])
def test_a_demand_made_with_dabi_is_other_whatever_the_claiming_cue(bn, text: str) -> None:
    # the conventions: other follows what the statement does (a demand), whatever the cue
    assert only(bn("শিরোনাম\n" + text)).stance == "other"


def test_a_claim_with_dabi_stays_a_claim_and_a_want_told_of_is_no_demand(bn) -> None:
    assert only(bn("শিরোনাম\nপুলিশ দাবি করে, আসামিরা পালিয়ে গেছে।")).stance == "claim"
    s = only(bn("শিরোনাম\nমি. আহমদ বলেন, দলের তরুণ অংশ চেয়েছিল খালেদা জিয়া দলীয় প্রধান হোক।"))
    assert s.stance == "assert"


def test_ones_own_speech_after_an_unnamed_speaker_is_no_part_of_them(bn) -> None:
    # "এক বক্তা তার বক্তব্যে বলেন": the speaker is the one who spoke, "তার বক্তব্যে" is where
    s = only(bn("শিরোনাম\nএ সময় উপস্থিত এক বক্তা তার বক্তব্যে বলেন, শিক্ষার মান বাড়াতে হবে।"))
    assert s.speaker.text == "উপস্থিত এক বক্তা" and s.speaker.anonymous
    # (a written statement is still a document: "লিখিত বক্তব্যে আরও বলা হয়")
    doc = bn("শিরোনাম\nসংবাদ সম্মেলনে লিখিত বক্তব্যে বলা হয়, আন্দোলন চলবে। লিখিত বক্তব্যে আরও বলা হয়, কর্মসূচি আসবে।")
    assert all(s.speaker.text.endswith("বক্তব্যে") for s in doc.statements)


def test_an_official_told_arab_news_is_nested_in_it(bn) -> None:
    doc = bn("শিরোনাম\nহামাসের এক কর্মকর্তা আরব নিউজকে বলেন, আলোচনা চলছে।")
    s = only(doc)
    arab_news = next(e.id for e in doc.entities if e.name == "Arab News")
    assert s.speaker.text == "হামাসের এক কর্মকর্তা" and s.nested_in == arab_news


def test_an_announced_act_named_by_its_verbal_noun_before_the_cue_is_the_announcement(bn) -> None:
    # "X … কর্মসূচি পালনের ঘোষণা দিয়েছে": the act announced is what X said, as in "… ঘোষণা দিয়েছে X"
    s = only(bn("শিরোনাম\nইনকিলাব মঞ্চ আগামী রোববার থেকে সারা দেশে অবরোধ কর্মসূচি পালনের ঘোষণা দিয়েছে।"))
    assert s.speaker.text == "ইনকিলাব মঞ্চ" and s.content.text.endswith("কর্মসূচি পালনের")
    s = only(bn("শিরোনাম\nআন্দোলনকারীরা শাহবাগে অবস্থান চালিয়ে যাওয়ার ঘোষণা দিয়েছেন।"))
    assert s.speaker.text == "আন্দোলনকারীরা" and s.content.text == "শাহবাগে অবস্থান চালিয়ে যাওয়ার"


@pytest.mark.parametrize("said", ["বিপুল অর্থ ফেরত আনার যে আশ্বাস দেওয়া হচ্ছে, তা বাস্তবসম্মত নয়",
                                  "প্রকাশিত খবরটি বিভ্রান্তিকর", "এ তথ্য ঠিক নয়"])
def test_a_claim_called_untrue_in_other_words_is_a_denial(bn, said: str) -> None:
    assert only(bn(f"শিরোনাম\nমন্ত্রণালয়ের মুখপাত্র করিম উদ্দিন বলেন, {said}।")).stance == "deny"


def test_a_saying_recalled_in_passing_lends_one_sentence(bn) -> None:
    # "X যেমন বলেছেন, …" (as X said): the writer borrows one sentence and argues on in their own voice
    doc = bn("শিরোনাম\nঅর্থনীতিবিদ শুম্পিটার যেমন বলেছেন, উদ্ভাবন পুরোনোকে ধ্বংস করে। তাই সরকারের উচিত সংস্কার করা।")
    s = only(doc)
    assert s.speaker.text == "অর্থনীতিবিদ শুম্পিটার" and s.content.text == "উদ্ভাবন পুরোনোকে ধ্বংস করে"
    # (a speaker who is not recalled goes on)
    doc = bn("শিরোনাম\nঅর্থনীতিবিদ করিম উদ্দিন বলেছেন, উদ্ভাবন পুরোনোকে ধ্বংস করে। তাই সরকারের উচিত সংস্কার করা।")
    assert len(doc.statements) == 2


def test_a_story_told_is_no_statement(bn) -> None:
    assert bn("শিরোনাম\nদাদু রোজ রাতে ভূতের গল্প বলেন, আর আমরা শুনি।").statements == []
    assert only(bn("শিরোনাম\nতিনি বলেন, গল্প বলেন সবাই।")).content.text == "গল্প বলেন সবাই"


def test_one_who_goes_on_speaking_to_a_foreign_outlet_is_still_told_to_it(bn) -> None:
    # "X রয়টার্সকে বলেন, … । তিনি বলেন, …": the same interview, nested in the outlet as the first;
    # not a sentence that names an occasion of its own
    doc = bn("শিরোনাম\nইরানের পররাষ্ট্রমন্ত্রী আব্বাস আরাগচি রয়টার্সকে বলেন, আমরা পিছু হটব না।\n\n"
             "তিনি বলেন, চুক্তি হবে। “আমরা প্রস্তুত,” আরাগচি বলেন।\n\nসংবাদ সম্মেলনে তিনি বলেন, যুদ্ধ চাই না।")
    reuters = next(e.id for e in doc.entities if e.name == "Reuters")
    assert [s.nested_in for s in doc.statements] == [reuters, reuters, reuters, None]


def test_a_documents_standing_wording_is_its_statement(bn) -> None:
    # "X-এর নির্দেশনায় বলা আছে, …" as "… বলা হয়েছে, …"; with no document named it is nobody's
    s = only(bn("শিরোনাম\nআইকাওর নির্দেশনায় বলা আছে, বিমানবন্দর পরিচালনায় আলাদা কর্তৃপক্ষ থাকবে।"))
    assert s.cue == "বলা আছে" and s.speaker.text.startswith("আইকাওর")
    assert bn("শিরোনাম\nঅনেক জায়গায় বলা আছে, বিমানবন্দর পরিচালনায় আলাদা কর্তৃপক্ষ থাকবে।").statements == []


def test_one_named_inside_the_quotation_a_pronoun_closes_is_not_its_speaker(bn) -> None:
    # "“প্রধানমন্ত্রী করিম বলেছেন যে …,” তিনি আরও যোগ করেন": তিনি is the one quoted, who reports Karim
    doc = bn("শিরোনাম\nবৈঠকের পর মার্কিন পররাষ্ট্রমন্ত্রী মার্কো রুবিও সাংবাদিকদের সঙ্গে কথা বলেন। "
             "“প্রধানমন্ত্রী করিম বলেছেন যে ছাড় নেই,” তিনি আরও যোগ করেন।")
    inner, outer = doc.statements
    rubio = next(e.id for e in doc.entities if e.name == "Marco Rubio")
    assert outer.speaker.text == "তিনি" and outer.speaker.entity == rubio
    assert inner.speaker.text == "প্রধানমন্ত্রী করিম" and inner.nested_in == outer.id


def test_a_statement_named_alone_is_issued_by_the_body_of_its_kind_named_just_before(bn) -> None:
    # "… অভিনন্দন জানিয়েছে ওয়ার্কার্স পার্টি। দলটির এক বিবৃতিতে …। বিবৃতিতে বলা হয়, …": the party's,
    # though the party itself said nothing with a cue
    doc = bn("শিরোনাম\nগণঅভ্যুত্থানের বিজয়কে অভিনন্দিত করেছে বাংলাদেশের ওয়ার্কার্স পার্টি। "
             "গতকাল দলটির এক বিবৃতিতে এ অভিনন্দন জানানো হয়।\n\nবিবৃতিতে বলা হয়, দেশে সাম্যের পথ খুলেছে।")
    party = next(e.id for e in doc.entities if e.name == "Workers Party of Bangladesh")
    s = only(doc)
    assert s.speaker.text == "বিবৃতিতে" and s.speaker.entity == party and not s.speaker.anonymous


@pytest.mark.parametrize("where", ["ভিডিওতে", "এক টক শোতে", "পডকাস্টে"])
def test_a_clip_or_a_show_before_the_speaker_is_no_part_of_them(bn, where: str) -> None:
    s = only(bn(f"শিরোনাম\n{where} রহিম উদ্দিন বলেন, নদীভাঙন বেড়েছে।"))
    assert s.speaker.text == "রহিম উদ্দিন"


@pytest.mark.parametrize("said", ["কমিশন আগে তদন্ত করুক", "তাদের প্রতিনিধি কমিটিতে থাকুক", "সত্যটা উঠে আসুক"])
def test_a_third_person_jussive_is_a_demand(bn, said: str) -> None:
    # "… করুক", "… থাকুক", "… আসুক" (let them do, stay, come) ask for it, as "… হোক" does
    assert only(bn(f"শিরোনাম\nরহিম উদ্দিন বলেন, {said}।")).stance == "other"
    # (not the noun "দিক", a side: "… একটি ইতিবাচক দিক")
    assert only(bn("শিরোনাম\nরহিম উদ্দিন বলেন, এটি প্রকল্পের একটি ইতিবাচক দিক।")).stance == "assert"


def test_no_such_incident_is_a_denial_but_a_calm_day_is_not(bn) -> None:
    assert only(bn("শিরোনাম\nওসি করিম উদ্দিন বলেন, এ ধরনের কোনো ঘটনা ঘটেনি।")).stance == "deny"
    assert only(bn("শিরোনাম\nওসি করিম উদ্দিন বলেন, নির্বাচনে অপ্রীতিকর কোনো ঘটনা ঘটেনি।")).stance == "assert"


def test_what_a_named_report_lets_one_learn_is_its_statement_but_hearsay_stays_a_trap(bn) -> None:
    # "X-এর প্রতিবেদনে জানা যায়, …" credits the report (one sentence: the writer's account goes on);
    # "… বলে জানা গেছে", "জানা গেছে, …" and the reporter's own legwork name no source
    doc = bn("শিরোনাম\nগার্ডিয়ানের প্রতিবেদনে জানা যায়, মন্ত্রী করিম ঘুষ নিয়েছিলেন। পরে তিনি দেশ ছাড়েন।")
    s = only(doc)
    assert s.cue == "জানা যায়" and s.content.text == "মন্ত্রী করিম ঘুষ নিয়েছিলেন"
    for text in ("ছাত্রদের পক্ষ থেকে একটি দল বঙ্গভবনে পৌঁছেছে বলে জানা গেছে।", "জানা গেছে, মন্ত্রী করিম ঘুষ নিয়েছিলেন।",
                 "সরেজমিনে ঘুরে বিভিন্ন সূত্রে পাওয়া তথ্যে জানা যায়, বাজারে দাম বেড়েছে।"):
        assert bn(f"শিরোনাম\n{text}").statements == []


def test_what_one_used_to_say_is_a_statement_of_one_sentence(bn) -> None:
    # the habitual past "বলতেন" recalls a saying: it is theirs, and the writer goes on in their own voice
    doc = bn("শিরোনাম\nবাবা বলতেন, সৎ থাকতে হবে। সেই কথা আজও মনে পড়ে।")
    s = only(doc)
    assert s.cue == "বলতেন" and s.content.text == "সৎ থাকতে হবে"


def test_a_post_that_ends_its_paragraph_with_a_cue_speaks_the_next(bn) -> None:
    # "দলের মহাসচিব বলেন,¶…": one named by their post is a speaker, as a name is
    s = only(bn("শিরোনাম\nসমাবেশে দলের মহাসচিব বলেন,\n\nআমরা সেতুর কাজ শেষ করব।"))
    assert s.speaker.text == "দলের মহাসচিব" and s.content.text == "আমরা সেতুর কাজ শেষ করব"


def test_an_initials_stops_do_not_part_a_participle_cue_from_its_verb(bn) -> None:
    # "… নিশ্চিত করে সহকারী পরিচালক ডা. মো. সাইফুল ইসলাম বলেন, …": one statement of his, as without "ডা."
    doc = bn("শিরোনাম\nআমরা জেলা প্রশাসক বরাবর অভিযোগ করেছি। ঘটনার সত্যতা নিশ্চিত করে সহকারী পরিচালক "
             "ডা. মো. সাইফুল ইসলাম বলেন, রোববারও শিক্ষার্থীরা এসেছিলেন।")
    s = only(doc)
    assert s.speaker.text.endswith("সাইফুল ইসলাম") and s.content.text == "রোববারও শিক্ষার্থীরা এসেছিলেন"


def test_one_who_goes_on_in_the_first_person_carries_what_another_did_inside(bn) -> None:
    # "… । আমরা পরিচালকের কাছে যাই; কিন্তু তিনি আমাদের মারধরের হুমকি দেন।": the coordinator's sentence,
    # with the director's threat inside it; not "“আমরা …,” তিনি বলেন", a pronoun speaker's own words
    doc = bn("শিরোনাম\nসমন্বয়ক রহিম উদ্দিন বলেন, হাসপাতালটি অনিয়মে ভরা। আমরা পরিচালকের সঙ্গে কথা বলতে যাই; "
             "কিন্তু তিনি উত্তেজিত হয়ে আমাদের মারধরের হুমকি দেন। আমরা জেলা প্রশাসকের কাছে অভিযোগ করেছি।")
    carried = next(s for s in doc.statements if s.content.text.startswith("আমরা পরিচালকের"))
    threat = next(s for s in doc.statements if s.cue == "হুমকি দেন")
    assert carried.speaker.text == "সমন্বয়ক রহিম উদ্দিন" and carried.direct
    assert threat.nested_in == carried.id
    assert doc.statements[-1].content.text == "আমরা জেলা প্রশাসকের কাছে অভিযোগ করেছি"
    doc = bn("শিরোনাম\nমন্ত্রী করিম উদ্দিন ঢাকায় আসেন। “আমরা প্রস্তুত,” তিনি বলেন।")
    assert len(doc.statements) == 1


def test_the_writers_inference_stops_reported_speech(bn) -> None:
    # "অর্থাৎ …" after reported speech draws the writer's conclusion; the speaker's own "অর্থাৎ আমরা …" goes on
    doc = bn("শিরোনাম\nমন্ত্রী করিম উদ্দিন বলেন, সেতুর কাজ জুনে শেষ হবে। অর্থাৎ এবারও বর্ষার আগে সেতু চালু হচ্ছে না।")
    assert only(doc).content.text == "সেতুর কাজ জুনে শেষ হবে"
    doc = bn("শিরোনাম\nমন্ত্রী করিম উদ্দিন বলেন, আমরা জুনে কাজ শেষ করব। অর্থাৎ আমরা বর্ষার আগেই সেতু খুলে দেব।")
    assert len(doc.statements) == 2


def test_the_ones_told_after_a_named_speaker_are_no_part_of_them(bn) -> None:
    # "প্রধান শিক্ষক আলম হোসেন অভিভাবকদের জানান" is the head teacher telling the parents; a name in the
    # genitive that only ends so ("তাসকিন আহমেদের") is still whole
    doc = bn("শিরোনাম\nপ্রধান শিক্ষক আলম হোসেন অভিভাবকদের জানান, স্কুল রবিবার খুলবে।")
    assert only(doc).speaker.text == "প্রধান শিক্ষক আলম হোসেন"
    doc = bn("শিরোনাম\nঅধ্যক্ষ হারুনুর রশীদ আন্দোলনকারী শিক্ষার্থীদের জানান, কলেজ খুলবে।")
    assert only(doc).speaker.text == "অধ্যক্ষ হারুনুর রশীদ"


def test_on_whose_behalf_an_act_is_done_is_no_proposition(bn) -> None:
    # "সাংবাদিক ইউনিয়নের পক্ষে নিন্দা জানান X": the act and who it was for, nothing said here
    doc = bn("শিরোনাম\nসাংবাদিক ইউনিয়ন কক্সবাজারের পক্ষে নিন্দা জানান সভাপতি করিম উদ্দিন ও সাধারণ সম্পাদক রহিম।")
    assert doc.statements == []


def test_the_outlet_just_named_told_again_as_a_kind_nests_what_it_was_told(bn) -> None:
    # "… জানিয়েছে রয়টার্স। … বার্তা সংস্থাটিকে বলেছেন": told to Reuters, as "রয়টার্সকে বলেছেন" is
    doc = bn("শিরোনাম\nরয়টার্স জানিয়েছে, বাজারে চালের দাম বেড়েছে। স্থানীয় ব্যবসায়ীরা বার্তা সংস্থাটিকে বলেছেন, সরবরাহ কম।")
    reuters = next(e.id for e in doc.entities if e.name == "Reuters")
    told = doc.statements[-1]
    assert told.speaker.text == "স্থানীয় ব্যবসায়ীরা" and told.nested_in == reuters
    # (a body that is no outlet carries nothing: "প্রতিষ্ঠানটিকে বলেছেন")
    doc = bn("শিরোনাম\nপুলিশ জানিয়েছে, চোর ধরা পড়েছে। স্থানীয়রা প্রতিষ্ঠানটিকে বলেছেন, সরবরাহ কম।")
    assert doc.statements[-1].nested_in is None


def test_an_unnamed_voice_right_after_a_foreign_outlets_report_is_quoted_in_it(bn) -> None:
    # "রয়টার্সের প্রতিবেদনে বলা হয়, … । ব্যবসায়ীরা বলেছেন, …": a voice the report quotes, in its paragraph
    doc = bn("শিরোনাম\nরয়টার্সের প্রতিবেদনে বলা হয়, বাজারে চালের দাম বেড়েছে। ব্যবসায়ীরা বলেছেন, সরবরাহ কম।")
    report, voice = doc.statements
    assert voice.speaker.anonymous and voice.nested_in == report.id
    # (not after the home paper's own report, nor a named person, nor past the paragraph)
    doc = bn("শিরোনাম\nপ্রথম আলোর প্রতিবেদনে বলা হয়, বাজারে চালের দাম বেড়েছে। ব্যবসায়ীরা বলেছেন, সরবরাহ কম।")
    assert doc.statements[-1].nested_in is None
    doc = bn("শিরোনাম\nরয়টার্সের প্রতিবেদনে বলা হয়, বাজারে চালের দাম বেড়েছে।\n\nব্যবসায়ীরা বলেছেন, সরবরাহ কম।")
    assert doc.statements[-1].nested_in is None


def test_what_someone_would_have_said_is_no_statement(bn) -> None:
    # "তারা যদি আমাদের বলতেন, …" inside a quotation: a supposition, not what they said
    doc = bn("শিরোনাম\nকনস্টেবল রহিম উদ্দিন বলেন, ‘তারা যদি আমাদের বলতেন, তোমরা সরে যাও, তাহলে আমরা বাঁচতাম।’")
    assert [s.speaker.text for s in doc.statements] == ["কনস্টেবল রহিম উদ্দিন"]


def test_how_sharply_a_criticism_made_in_passing_is_no_part_of_it(bn) -> None:
    # "… অবস্থানের কড়া সমালোচনা করে X বলেন, …": what was criticised, without "কড়া"
    doc = bn("শিরোনাম\nশেখ হাসিনা ইস্যুতে ভারতের অবস্থানের কড়া সমালোচনা করে বিএনপি মহাসচিব মির্জা ফখরুল বলেন, এটি হস্তক্ষেপ।")
    criticism = next(s for s in doc.statements if s.cue == "সমালোচনা করে")
    assert criticism.content.text.endswith("ভারতের অবস্থানের")
