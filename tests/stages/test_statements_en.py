"""English attribution (the SVO grammar over lang/en/cues.toml), on sentences written for it."""

from __future__ import annotations

from ukti import analyze
from ukti.model import Document


def en(text: str) -> Document:
    return analyze("Headline for the test\n\n" + text, lang="en")


def said(doc: Document) -> list[tuple[str, str, str, bool]]:
    return [(s.speaker.text, s.stance, s.content.text, s.direct) for s in doc.statements]


def test_quotation_before_and_after_its_speaker_and_a_quote_that_goes_on() -> None:
    doc = en('"The bridge is safe for traffic," the mayor said. "We will inspect it again in May."\n'
             'Fatima Rahman, the city engineer, said: "The cracks are on the surface only."')
    assert said(doc) == [("the mayor", "assert", "The bridge is safe for traffic", True),
                         ("the mayor", "assert", "We will inspect it again in May", True),
                         ("Fatima Rahman, the city engineer", "assert", "The cracks are on the surface only", True)]


def test_reported_speech_in_every_order() -> None:
    doc = en("The ministry said the price of rice would not rise before June. "
             "Prices fell in four districts last week, the agency said. "
             "Fuel imports will double next year, said Omar Khan, an adviser to the ministry. "
             "According to the central bank, inflation slowed to 6 percent.")
    assert [(sp, c.split()[0]) for sp, _, c, _ in said(doc)] == [
        ("The ministry", "the"), ("the agency", "Prices"), ("Omar Khan, an adviser to the ministry", "Fuel"),
        ("the central bank", "inflation")]


def test_stance_from_the_cue_and_from_a_rejection() -> None:
    doc = en("The union alleged that managers had falsified safety records. "
             "The company denied the allegation. "
             '"These claims are false," a spokeswoman said. '
             "The regulator confirmed that an inspection had begun. "
             "Doctors warned that the outbreak could spread. "
             "Residents urged the council to reopen the clinic.")
    assert [s.stance for s in doc.statements] == ["claim", "deny", "deny", "confirm", "concern", "other"]
    assert doc.statements[1].content.text == "the allegation"


def test_anonymous_sources_pronouns_and_chains() -> None:
    doc = en("Two officials, who spoke on condition of anonymity, said the talks had stalled. "
             "They said a deal was unlikely this year. "
             "The Daily Ledger reported on Monday, citing people familiar with the matter, that the firm"
             " would be sold.")
    first, second, outlet, cited = doc.statements
    assert first.speaker.text == "Two officials" and first.speaker.anonymous
    assert second.speaker.text == "They" and second.speaker.anonymous
    assert (outlet.speaker.text, cited.speaker.text, cited.nested_in) == (
        "The Daily Ledger", "people familiar with the matter", outlet.id)
    assert cited.content.text == outlet.content.text


def test_two_statements_in_one_sentence_and_what_is_not_a_statement() -> None:
    doc = en("The minister acknowledged the project was late, and said the funds would arrive in July. "
             "The director declined to comment. The company is said to be in talks with investors. "
             "Asked about the delay, she said the contractor was to blame.")
    assert [(sp, st) for sp, st, _, _ in said(doc)] == [
        ("The minister", "confirm"), ("The minister", "assert"), ("she", "assert")]


def test_bengali_articles_are_untouched() -> None:
    doc = analyze("শিরোনাম\nমন্ত্রী বলেন, “সব ঠিক আছে।”", lang="bn")
    assert [s.speaker.text for s in doc.statements] == ["মন্ত্রী"]


def test_english_page_furniture_is_set_apart() -> None:
    doc = en("The council said the market would reopen on Monday.\n"
             "Share this article\nShare: Email | Print | Copy link\nRelated: Traders count their losses\n"
             "Advertisement\nPhoto: The burnt market in the old town.\n5 comments")
    kinds = [ln.boilerplate for ln in doc.lines if ln.text.strip()]
    assert kinds == [None, None, "share", "share", "related", "ad", "caption", "comments"]
    assert [s.speaker.text for s in doc.statements] == ["The council"]


def test_english_times_resolve_against_the_byline_date() -> None:
    doc = analyze("Port reopens\nBy A Reporter\nOctober 14, 2025\n\nThe port reopened on Tuesday after a storm on "
                  "Sunday. Hearings run from Oct 27 to Oct 31, and a report is due next month. The line was "
                  "founded in 2016 and has grown since June. Talks resume next week.", lang="en")
    values = {t.text: t.value for t in doc.times}
    assert values == {"October 14, 2025": "2025-10-14", "Tuesday": "2025-10-14", "Sunday": "2025-10-12",
                      "Oct 27 to Oct 31": "2025-10-27/2025-10-31", "next month": "2025-11", "2016": "2016",
                      "June": "2025-06", "next week": "2025-W43"}


def test_english_quantities_with_currency_before_and_counted_nouns() -> None:
    doc = en("Revenue rose 9% to $612 million, below the $655 million expected. The city will spend Tk 350 crore "
             "and hire about 1,200 workers; at least 30 days of work remain for seven Western states and "
             "two Finance Ministry officials said 64 passengers were on board.")
    got = [(q.text, q.value, q.unit, q.mod) for q in doc.quantities]
    assert got == [("9%", 9, "percent", None), ("$612 million", 612e6, "USD", None),
                   ("$655 million", 655e6, "USD", None), ("Tk 350 crore", 3.5e9, "BDT", None),
                   ("about 1,200 workers", 1200, "workers", "APPROX"),
                   ("at least 30 days", 30, "day", "EQUAL_OR_MORE"), ("seven Western states", 7, "states", None),
                   ("two Finance Ministry officials", 2, "officials", None), ("64 passengers", 64, "passengers", None)]


def test_english_names_by_capitals_merged_within_the_article() -> None:
    doc = en("NAIROBI, May 3 (Wire) - Kenya's Harbour Authority said on Monday that Blue Lagoon Shipping Ltd had "
             "paid its fees. Chief Executive Amina Odhiambo of Mombasa said Blue Lagoon would expand. "
             "Ms Odhiambo spoke to the Coastal Traders Association (CTA). The CTA said Odhiambo was right.")
    got = {e.name: (e.type, sorted({m.text for m in e.mentions})) for e in doc.entities}
    assert got["Kenya"] == ("LOC", ["Kenya"])
    assert got["Amina Odhiambo"] == ("PER", ["Amina Odhiambo", "Ms Odhiambo", "Odhiambo"])
    assert got["Blue Lagoon Shipping Ltd"] == ("ORG", ["Blue Lagoon", "Blue Lagoon Shipping Ltd"])
    assert got["Coastal Traders Association"] == ("ORG", ["CTA", "Coastal Traders Association"])
    assert got["Mombasa"][0] == "LOC" and got["Nairobi"][0] == "LOC"
    assert "Monday" not in got and "May" not in got and "Chief Executive Amina Odhiambo" not in got


def test_speakers_keep_their_apposition_and_lose_the_scene_before_them() -> None:
    doc = en("In a letter to the board, Rep. Ana Ortiz (D-Calif.), a member of the oversight panel, said"
             " the audit was overdue. "
             '"We will not sign it," said Dr. Lee Park, the head of the nurses\' union, on Monday.')
    assert [s.speaker.text for s in doc.statements] == [
        "Rep. Ana Ortiz (D-Calif.), a member of the oversight panel",
        "Dr. Lee Park, the head of the nurses' union"]


def test_two_apostrophes_are_a_quotation_mark() -> None:
    doc = en("''The dam will hold through the monsoon,'' the engineer said.")
    assert said(doc) == [("the engineer", "assert", "The dam will hold through the monsoon", True)]


def test_a_rejection_word_inside_a_long_statement_is_no_denial() -> None:
    doc = en('"The families who rely on this ferry have nobody else to carry their rice to market," the boatman said. '
             '"This report is false," the ferry company said.')
    assert [s.stance for s in doc.statements] == ["assert", "deny"]


def test_a_role_before_a_name_and_an_aside_on_the_occasion() -> None:
    doc = en("A lawyer for the fishermen, Rafiq Ahmed, said the permits had expired. "
             "Mayor Lina Cole, speaking at the opening of the bridge, said traffic would ease. "
             "Nadia Rahman, 41, of Sylhet, Ky., said she would vote.")
    assert [s.speaker.text for s in doc.statements] == [
        "A lawyer for the fishermen, Rafiq Ahmed", "Mayor Lina Cole", "Nadia Rahman, 41, of Sylhet, Ky"]


def test_a_quotation_split_by_its_cue_and_one_that_is_only_part_of_a_sentence() -> None:
    doc = en('"The pumps are old," the engineer said, "and the spare parts come from abroad." '
             'The pipe had "no sign of a leak in the main joints," but she said that the valves needed work. '
             'She said the report was ready, and when asked about costs, the minister replied, "We will pay."')
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("the engineer", "The pumps are old"), ("the engineer", "and the spare parts come from abroad"),
        ("she", "the valves needed work"),
        ("She", "the report was ready"), ("the minister", "We will pay")]


def test_a_quoted_title_is_not_a_quotation() -> None:
    doc = en('In an interview on "Meet the Press," the senator said the bill would pass.')
    assert said(doc) == [("the senator", "assert", "the bill would pass", False)]


def test_a_speaker_announced_with_a_colon_owns_the_next_paragraph_and_a_quotation_runs_on() -> None:
    doc = en('The Daily Ledger reports:\n\n"Rice prices rose again in March. Traders blame the floods."\n\n'
             'Prices fell in April.\n\n'
             '"We lost half the harvest," said Karim Mia, a farmer in Sunamganj. "The water came at night.\n\n'
             '"We could save nothing."')
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("The Daily Ledger", "Rice prices rose again in March. Traders blame the floods"),
        ("Karim Mia, a farmer in Sunamganj", "We lost half the harvest"),
        ("Karim Mia, a farmer in Sunamganj", "The water came at night"),
        ("Karim Mia, a farmer in Sunamganj", "We could save nothing")]


def test_who_said_it_in_a_relative_clause_a_subordinate_clause_and_after_a_participle() -> None:
    doc = en("The ferry left at noon with Rahim Uddin, who said the river was calm. "
             "The crowd cheered as the coach praised the players. "
             "The mayor criticized the contractor for the delay, saying the road would open in May. "
             "Sen. Ana Ortiz, the Democrat who wrote the bill, said it would pass.")
    assert [s.speaker.text for s in doc.statements] == [
        "who", "the coach", "The mayor", "The mayor", "Sen. Ana Ortiz, the Democrat who wrote the bill"]


def test_subject_with_apposition_before_the_cue_and_a_speaker_after_it_opening_in_lower_case() -> None:
    doc = en("Rina Das, director of the river research centre at Dhaka University, said the banks were eroding. "
             "The talks stalled over the price of gas, said one official in the room. "
             '"The levee will hold," Omar Faruk, the chief engineer of the water board and a former adviser to '
             "the ministry, said of the plan.")
    assert [(s.speaker.text, s.content.text.split()[0]) for s in doc.statements] == [
        ("Rina Das, director of the river research centre at Dhaka University", "the"),
        ("one official in the room", "The"),
        ("Omar Faruk, the chief engineer of the water board and a former adviser to the ministry", "The")]


def test_a_transcript_turn_is_its_speakers_own_words() -> None:
    doc = en("HOST: Will the embankment be ready before the rains?\n\nMINISTER: The work is on schedule.")
    assert said(doc) == [("HOST", "assert", "Will the embankment be ready before the rains?", True),
                         ("MINISTER", "assert", "The work is on schedule", True)]


def test_called_as_said_and_called_as_named_and_a_progressive_cue() -> None:
    doc = en("The union called the dismissals unlawful and unfair. "
             "She founded a group called Green Delta in 2019. "
             "The minister is promising cheaper fuel before the winter. "
             "At a rally in Khulna, the candidate questioned why the mills had closed.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("The union", "the dismissals unlawful and unfair"),
        ("The minister", "cheaper fuel before the winter"),
        ("the candidate", "why the mills had closed")]


def test_reported_speech_first_then_the_speaker_and_a_participle() -> None:
    doc = en("The dam is safe for now, the engineer said, adding that the sluice gates would be replaced.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("the engineer", "The dam is safe for now"), ("the engineer", "the sluice gates would be replaced")]


def test_wishes_and_decisions_are_attributed_like_beliefs() -> None:
    doc = en("The port authority wants a second container terminal on the river. "
             "The council decided to close the old ferry route next spring.")
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("The port authority", "a second container terminal on the river"),
        ("The council", "to close the old ferry route next spring")]


def test_a_closing_aside_of_the_writer_is_not_what_was_said() -> None:
    doc = en("A district court ruled on Monday against the toll increase, handing a win to commuter groups. "
             "The minister likened the new levy to a road tax, which drivers already pay every year.")
    assert [c for _, _, c, _ in said(doc)] == ["against the toll increase", "the new levy to a road tax"]


def test_the_speaker_of_a_clause_before_the_cue_is_its_subject() -> None:
    doc = en("The governor released a letter from her physician that says she is fit to serve.")
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [("The governor", "she is fit to serve")]


def test_a_participle_after_a_quotations_cue_says_more() -> None:
    doc = en('"The pumps are running again," the engineer said on Friday, adding that repairs would take a week.')
    assert said(doc) == [("the engineer", "assert", "The pumps are running again", True),
                         ("the engineer", "assert", "repairs would take a week", False)]


def test_a_headline_in_the_present_tense_names_its_speaker() -> None:
    doc = analyze("Harbour Chief Slams Plan To Sell The Old Docks\n\nThe plan was filed on Monday.", lang="en")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("Harbour Chief", "Plan To Sell The Old Docks")]


def test_a_quotation_after_a_short_lead_in_is_the_speakers_own_words() -> None:
    doc = en("The candidate says of his rival, “She will raise every tax she can find.” "
             "According to the coach, “We trained harder than anyone this year.”")
    assert said(doc) == [("The candidate", "assert", "She will raise every tax she can find", True),
                         ("the coach", "assert", "We trained harder than anyone this year", True)]


def test_a_partial_quotation_stays_reported_speech() -> None:
    doc = en("The mayor said the budget, “a disgrace to the city,” would fail in the council.")
    assert [(c, d) for _, _, c, d in said(doc)] == [
        ("the budget, “a disgrace to the city,” would fail in the council", False)]


def test_two_places_joined_by_and_after_of_are_read_once_not_forever() -> None:
    doc = en("The Harbor Board of New York and New Jersey said the ferry would run again. "
             "Mayors of New York and New Jersey agreed.")
    assert doc.errors == []
    assert {"New York", "New Jersey"} <= {e.name for e in doc.entities}


def test_a_reporting_credit_is_no_statement() -> None:
    doc = en("The bridge reopened on Sunday after a week of repairs.\n\n"
             "Additional reporting from Maria Lopez in the capital.")
    assert said(doc) == []


def test_the_occasion_after_what_was_said_is_not_part_of_it() -> None:
    doc = en("The teachers' union endorsed the mayor for governor on Thursday, another sign of labor support. "
             "The aide said as much in an interview earlier that morning. "
             "She said she would meet on Monday with the council.")
    assert [c for _, _, c, _ in said(doc)] == [
        "the mayor for governor", "as much", "she would meet on Monday with the council"]


def test_a_concession_closing_the_sentence_is_the_writers() -> None:
    doc = en("The agency said the test was its biggest yet, although it may take days to measure it.")
    assert [c for _, _, c, _ in said(doc)] == ["the test was its biggest yet"]


def test_a_clause_opening_on_the_and_a_name_gives_that_name() -> None:
    doc = en("the Daily Ledger published a memo on Friday that says the audit was never finished.")
    assert [sp for sp, _, _, _ in said(doc)] == ["the Daily Ledger"]


def test_an_aside_after_a_speaker_named_after_the_cue_is_not_the_speaker() -> None:
    doc = en('"The river is higher than last spring," said Ortega, speaking at the harbor on Tuesday.')
    assert said(doc) == [("Ortega", "assert", "The river is higher than last spring", True)]


def test_speech_of_manner_and_medium_and_realising_are_cues() -> None:
    doc = en("The farmer shouted that the gate had been left open. "
             "The treasurer emailed that the budget was short by a third. "
             "The coach realized that the team needed a new goalkeeper.")
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("The farmer", "the gate had been left open"),
        ("The treasurer", "the budget was short by a third"),
        ("The coach", "the team needed a new goalkeeper")]


def test_according_to_after_an_opener_or_inside_the_sentence() -> None:
    doc = en("But according to leaked budget papers, the ministry will cut school meals next year. "
             "The plan, according to two officials, is to close the old depot by June. "
             "Prices rose in May, according to the bureau, although wages held.")
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("leaked budget papers", "the ministry will cut school meals next year"),
        ("two officials", "is to close the old depot by June"),
        ("the bureau", "Prices rose in May")]


def test_a_comma_and_a_new_speaker_open_a_second_statement() -> None:
    doc = en("While the mayor said the bridge was safe, she said repairs would start in May. "
             "Only 7 percent said they are undecided, 27 percent of those polled said they could change their minds.")
    assert [c for _, _, c, _ in said(doc)] == [
        "the bridge was safe", "repairs would start in May", "they are undecided", "they could change their minds"]
    assert said(doc)[3][0] == "27 percent of those polled"


def test_a_quotation_with_a_verb_of_manner_or_a_name_and_a_colon() -> None:
    doc = en('"The vote was rigged from the start," Harlow fumed. "Why were the roads empty," she wondered aloud.\n\n'
             'Pew Research: "Most samples overstate turnout."\n\n'
             'She went on: "We will appeal the ruling."')
    assert said(doc) == [("Harlow", "assert", "The vote was rigged from the start", True),
                         ("she", "assert", "Why were the roads empty", True),
                         ("Pew Research", "assert", "Most samples overstate turnout", True),
                         ("She", "assert", "We will appeal the ruling", True)]



def test_a_closing_apposition_and_a_bare_weekday_are_not_what_was_said() -> None:
    doc = en("The council said the tax would rise, a blow to shop owners. "
             "The teachers' union endorsed the mayor for governor Wednesday.")
    assert [c for _, _, c, _ in said(doc)] == ["the tax would rise", "the mayor for governor"]


def test_a_question_quoted_before_its_cue_and_a_long_apposition() -> None:
    doc = en("\u201cWho is the winner?\u201d said Reed, using a phrase his rival likes, on a call with reporters.")
    assert said(doc) == [("Reed", "assert", "Who is the winner?", True)]


def test_when_it_was_said_is_not_who_said_it() -> None:
    doc = en("Real estate developer Tom Reed on Sunday said the tax would rise. "
             "The governor this past week said the budget was balanced. "
             "In March the treasurer said reserves were low. "
             "May Chen said the schools would reopen.")
    assert [sp for sp, _, _, _ in said(doc)] == [
        "Real estate developer Tom Reed", "The governor", "the treasurer", "May Chen"]


def test_a_page_label_before_a_colon_is_no_speaker() -> None:
    doc = en("The council met on Monday.\n\n"
             "CORRECTION: An earlier version of this article misstated the date of the vote.\n\n"
             'Watch: "We will appeal the ruling," the mayor told reporters.')
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [("the mayor", "We will appeal the ruling")]


def test_a_weekday_ending_what_was_said_is_no_name_for_the_speaker_to_describe() -> None:
    doc = en("The council met on Monday, the mayor said. Tom Reed, the treasurer, said the budget was late.")
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("the mayor", "The council met on Monday"), ("Tom Reed, the treasurer", "the budget was late")]


def test_an_auxiliary_after_the_last_comma_is_the_verbs_not_the_speaker() -> None:
    doc = en("Ann Ford, the lawyer who founded the clinic in 1979 and is a longtime member of the board, "
             "has endorsed Tom Reed for mayor.")
    assert said(doc)[0][0].startswith("Ann Ford, the lawyer")


def test_a_participles_speaker_opening_on_the_and_lower_case_words() -> None:
    doc = en("The famously gruff senator started on Wednesday, showing that he could laugh at himself.")
    assert said(doc) == [("The famously gruff senator", "assert", "he could laugh at himself", False)]


def test_who_was_told_is_not_what_was_said() -> None:
    doc = en("The mayor told residents that the water was safe. "
             "The engineer told the council that the pipes were old.")
    assert [c for _, _, c, _ in said(doc)] == ["the water was safe", "the pipes were old"]
    assert [s.cue for s in doc.statements][:2] == ["told residents", "told the council"]


def test_who_was_told_is_a_whole_noun_phrase() -> None:
    doc = en('"The work goes on," Lopez told a crowd in Dayton on Tuesday night. '
             "The mayor told the city council the bridge would reopen. "
             "The minister told the Daily Post he's already received hundreds of letters. "
             "The pumps were running again, the engineer told them.")
    assert [(s.cue, s.content.text) for s in doc.statements] == [
        ("told", "The work goes on"),
        ("told the city council", "the bridge would reopen"),
        ("told the Daily Post", "he's already received hundreds of letters"),
        ("told", "The pumps were running again")]


def test_the_writers_clause_after_what_was_said_is_cut() -> None:
    doc = en("Some ferry lines have sought state aid, while others have closed for the winter. "
             "The port authority declared war on the smugglers, leading to a conflict with more than 3,000 arrests. "
             "The farmers' union endorsed the mayor in the primary, launched a petition on Wednesday asking "
             "the council to act. "
             "The spokesman denied that the plan was dropped, and Ms. Reyes is among the few who still defend it.")
    assert [c for _, _, c, _ in said(doc)] == [
        "state aid", "war on the smugglers", "the mayor in the primary", "the plan was dropped"]


def test_a_sentence_adverb_or_an_age_after_the_subject_is_no_inverted_cue() -> None:
    doc = en("Mr. Lopez, however, said he was the right man for the job. "
             "Ms. Khan, then 38, said she was advised to find a deputy.")
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("Mr. Lopez", "he was the right man for the job"), ("Ms. Khan", "she was advised to find a deputy")]


def test_a_quoted_programme_title_after_the_cue_is_where_it_was_said() -> None:
    doc = en("The bridge was closed for a week, he said Wednesday morning on WXYZ's \"Morning Drive.\"")
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [("he", "The bridge was closed for a week")]


def test_another_after_a_comma_opens_a_second_statement() -> None:
    doc = en("While one survey says there are 2,400 farms in the county, another says there are about 1,800.")
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("one survey", "there are 2,400 farms in the county"), ("another", "there are about 1,800")]


def test_a_participle_says_what_its_sentences_subject_said() -> None:
    doc = en("The union responded Friday, saying the offer was too low. "
             'The former minister urged voters to back the levy, saying, "The roads will not fix themselves."')
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("The union", "the offer was too low"), ("The former minister", "The roads will not fix themselves")]


def test_a_digests_source_after_a_headline_and_a_dash_owns_the_quotation() -> None:
    doc = en('Why the surveys missed the late swing - Ana Ruiz and Tom Berg: "The surveys ended too early."')
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [("Ana Ruiz and Tom Berg", "The surveys ended too early")]


def test_a_sentence_inside_a_running_quotation_keeps_its_first_letter() -> None:
    doc = en("Jane Ortiz: “One lesson was simple. Keep calling voters late.“ [Daily Ledger.]")
    assert [c.split()[0] for _, _, c, _ in said(doc)] == ["One", "Keep"]


def test_according_to_after_a_lead_in_gives_the_clause_after_it() -> None:
    doc = en("In addition, according to the department, nearly nine million more workers will be protected. "
             "While most files were kept at the lowest level, according to a ministry official, two were upgraded "
             "to the secret level. "
             "The bridge will cost $5 billion, according to the ministry.")
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("the department", "nearly nine million more workers will be protected"),
        ("a ministry official", "two were upgraded to the secret level"),
        ("the ministry", "The bridge will cost $5 billion")]


def test_a_quoted_phrase_that_ends_a_sentence_carries_the_words_before_it() -> None:
    # a mixed quotation: the speaker said the whole clause, only its end in their own words
    doc = en("Whatever the aim, cutting the school budget ''is simply the wrong move,'' Ms. Alvarez said.")
    content = "Whatever the aim, cutting the school budget ''is simply the wrong move"
    assert said(doc) == [("Ms. Alvarez", "assert", content, True)]


def test_a_cue_inside_what_was_said_gives_way_to_the_one_that_ends_the_sentence() -> None:
    # "attacking" describes the governor inside what the senator said; "Amy Lowe said" says who said it
    doc = en("Governor Mark Hale is on solid ground attacking the new tax, Amy Lowe said on Monday.")
    assert said(doc) == [("Amy Lowe", "assert", "Governor Mark Hale is on solid ground attacking the new tax", False)]


def test_a_quotation_after_a_participle_goes_on_with_its_speaker_and_a_named_outlet_told() -> None:
    # '"Q1," X said, noting that C. "Q2."': Q2 is X's too, quoted
    doc = en('"The count is close," Lena Ortiz said, noting that no delegate had left. "We will hold the line."')
    assert said(doc) == [("Lena Ortiz", "assert", "The count is close", True),
                         ("Lena Ortiz", "assert", "no delegate had left", False),
                         ("Lena Ortiz", "assert", "We will hold the line", True)]
    # "told New York magazine in 2013, …": the outlet told and when, then the setting; the quotation is what was said
    doc = en('"No third party can win," Tom Baker told Ohio radio station WXT in 2013, months before he retired.')
    assert said(doc) == [("Tom Baker", "assert", "No third party can win", True)]


def test_an_age_that_ends_what_was_said_leaves_the_name_after_the_verb_to_speak() -> None:
    # "…, Karim Mia, 40, said Sub-Inspector X." is the sub-inspector's; "Karim Mia, 40, said C" is Karim Mia's
    doc = en("The dead were identified as Rahim Uddin, 35, and Karim Mia, 40, said Sub-Inspector Abdul Kader "
             "of Gazipur police.")
    assert [(sp, c.split()[0]) for sp, _, c, _ in said(doc)] == [("Sub-Inspector Abdul Kader of Gazipur police", "The")]
    assert said(en("Karim Mia, 40, said the government had failed the farmers."))[0][0] == "Karim Mia, 40"


def test_bangladeshi_english_news_forms() -> None:
    # "X yesterday said C": when, not who; "said in a press release that C": where, then C;
    # "X, also the Y, said C": a second post of X's
    doc = en("Home Adviser Jahangir Alam Chowdhury yesterday said law and order had improved.\n"
             "The Inter-Services Public Relations (ISPR) said in a press release that two soldiers were injured.\n"
             "Rizwana Hasan, also the environment adviser, said the plastic ban would be enforced.")
    assert [(sp, c) for sp, _, c, _ in said(doc)] == [
        ("Home Adviser Jahangir Alam Chowdhury", "law and order had improved"),
        ("The Inter-Services Public Relations (ISPR)", "two soldiers were injured"),
        ("Rizwana Hasan, also the environment adviser", "the plastic ban would be enforced")]


def test_a_participle_aside_and_a_cue_inside_what_an_inverted_said_closes() -> None:
    # "X, addressing a rally in Y, said C": X's; "C (with a cue of its own), said Deputy Attorney General Z": Z's
    doc = en("BNP leader Amir Khasru Mahmud Chowdhury, addressing a rally in the port city, said the election "
             "must be held by December.\nThe High Court ordered the authorities to submit a report, said Deputy "
             "Attorney General Bipul Bagmar.")
    assert [(sp, c.split()[0]) for sp, _, c, _ in said(doc)] == [
        ("BNP leader Amir Khasru Mahmud Chowdhury", "the"), ("Deputy Attorney General Bipul Bagmar", "The")]


def test_a_noun_in_ly_ends_a_speaker_unlike_an_adverb() -> None:
    assert said(en("The victim's family claimed he had been killed."))[0][0] == "The victim's family"
    assert said(en("The nominee aggressively attacked the plan."))[0][0] == "The nominee"


def test_groups_counted_or_named_by_what_they_are_stay_unnamed() -> None:
    # "several traders at Karwan Bazar": a place names no one; "Two officials of the city corporation",
    # "Locals": unnamed, as the conventions have them
    doc = en("Several traders at Karwan Bazar said the price of rice rose.\n"
             "Two officials of the Dhaka North City Corporation said the work would finish in June.\n"
             "Locals said the road had been closed for a week.")
    assert [s.speaker.anonymous for s in doc.statements] == [True, True, True]


def test_a_participle_on_the_noun_of_an_opening_phrase_is_no_cue() -> None:
    # "In a Facebook message posted Friday, X said …": "posted" tells of the message; X said it
    doc = en("In a Facebook message posted Friday, the senator said he has had disagreements "
             "with the nominee.\n\nIn a statement released on Monday, the company said it would appeal.")
    assert [(s.speaker.text, s.cue, s.content.text) for s in doc.statements] == [
        ("the senator", "said", "he has had disagreements with the nominee"),
        ("the company", "said", "it would appeal")]
    # the verb after a name stays a cue
    doc = en("In a Bloomberg interview Trump declared that NATO may be obsolete.")
    assert [(s.cue, s.content.text) for s in doc.statements] == [("declared", "NATO may be obsolete")]


def test_a_pronoun_after_a_place_is_the_speaker_not_its_apposition() -> None:
    # "…in the Marshall Islands, he noted": "he" describes no island; he is who noted it
    doc = en("Crops are withering in the Marshall Islands, he noted. Rice is scarce in Fiji, she said.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("he", "Crops are withering in the Marshall Islands"), ("she", "Rice is scarce in Fiji")]


def test_a_name_alone_after_the_verb_speaks_for_all_before_it() -> None:
    # the comma piece before "said" reads like an apposition ("the losses …"), but a name and
    # nothing more after the verb is "C, said X"
    doc = en("Some families would pay less, but for some, the losses would outstrip the gains, said Batchelder.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("Batchelder", "Some families would pay less, but for some, the losses would outstrip the gains")]
    # "X, the chief executive, said President Y would …": the subject still comes first
    doc = en("Ms. Khan, the chief executive, said President Obama would visit the plant.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("Ms. Khan, the chief executive", "President Obama would visit the plant")]


def test_a_named_recipient_after_told_ends_the_sentence_as_a_setting_does() -> None:
    doc = en("The deal will cost billions, Sen. Lindsey Graham (R-S.C.) told The Huffington Post on Thursday.\n\n"
             "The bridge will open in May, the minister told a crowd in Sylhet.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("Sen. Lindsey Graham (R-S.C.)", "The deal will cost billions"),
        ("the minister", "The bridge will open in May")]


def test_when_or_where_after_a_quotations_cue_leaves_the_quotation_what_was_said() -> None:
    doc = en("“I never thought of quitting,” she said several months after her release.\n\n"
             "“The unit will change,” the chief said at a news conference announcing that two officers had left.")
    assert [(s.speaker.text, s.content.text, s.direct) for s in doc.statements] == [
        ("she", "I never thought of quitting", True), ("the chief", "The unit will change", True)]


def test_a_quotation_opened_with_one_kind_of_mark_and_closed_with_the_other() -> None:
    # typed and curly marks mixed, as edited copy often has them
    doc = en('"Oz has a huge bully pulpit,” said David Gorski, a professor of surgery.\n\n'
             '“Immunity deals should not be a requirement," Jason Chaffetz said in a statement.')
    assert [(s.speaker.text, s.content.text, s.direct) for s in doc.statements] == [
        ("David Gorski, a professor of surgery", "Oz has a huge bully pulpit", True),
        ("Jason Chaffetz", "Immunity deals should not be a requirement", True)]
    # a typed quotation inside a curly one is still nested, not a close
    doc = en('“He called the report "fake" on Monday,” the spokesman said.')
    assert [(s.content.text, s.direct) for s in doc.statements] == [('He called the report "fake" on Monday', True)]


def test_a_quotation_right_after_reported_speech_in_its_paragraph_is_the_same_speakers() -> None:
    doc = en('The ministry may wait until the rains end, the minister said. "We cannot dig while the '
             'river is high."\n\n"Nobody has asked us," a farmer in the next village said.')
    assert [(s.speaker.text, s.direct) for s in doc.statements] == [
        ("the minister", False), ("the minister", True), ("a farmer in the next village", True)]
    # a new paragraph that is only a quotation does not go on unquoted speech
    doc = en('The ministry may wait until the rains end, the minister said.\n\n"We cannot dig now."')
    assert [s.speaker.text for s in doc.statements] == ["the minister"]


def test_a_speaker_and_cue_set_off_by_commas_inside_what_was_said() -> None:
    doc = en("The repairs would take two to three weeks at the least, the engineer said, and the road "
             "would stay closed until then.\n\nThe museum, the mayor said, would open its doors in May.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("the engineer", "The repairs would take two to three weeks at the least"),
        ("the engineer", "the road would stay closed until then"),
        ("the mayor", "would open its doors in May")]
    # a setting after the cue still ends the sentence's attribution
    doc = en("The plant will close in May, the company said on Tuesday.")
    assert [s.content.text for s in doc.statements] == ["The plant will close in May"]


def test_the_part_of_the_day_after_the_day_is_when_not_what_was_said() -> None:
    doc = en('"Our progress is on the ballot," the president said on Saturday night at a dinner in Washington.')
    assert [(s.content.text, s.direct) for s in doc.statements] == [("Our progress is on the ballot", True)]


def test_a_concession_with_its_own_cue_is_a_second_statement() -> None:
    doc = en("The spokeswoman said the campaign would bus in supporters, though she acknowledged it was "
             "unlikely to work.")
    assert [(s.speaker.text, s.stance, s.content.text) for s in doc.statements] == [
        ("The spokeswoman", "assert", "the campaign would bus in supporters"),
        ("she", "confirm", "it was unlikely to work")]


def test_a_headline_names_what_was_said_in_a_word() -> None:
    doc = analyze("Farmers' union endorses Rahman, who thanks them.\n\nThe union met on Monday.", lang="en")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [("Farmers' union", "Rahman")]
    # … a sentence of the body does not
    assert en("The union endorses Rahman.").statements == []
    doc = analyze("Former mayor calls for a new bridge plan.\n\nThe mayor spoke on Monday.", lang="en")
    assert [(s.speaker.text, s.cue, s.stance, s.content.text) for s in doc.statements] == [
        ("Former mayor", "calls for", "other", "a new bridge plan")]


def test_a_title_case_headline_infinitive_after_the_cue_is_what_was_vowed() -> None:
    doc = analyze("Visiting Sylhet, Mayor Vows To Rebuild The Old Bridge.\n\nThe mayor spoke on Monday.", lang="en")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [("Mayor", "To Rebuild The Old Bridge")]


def test_what_was_said_in_an_opening_clause_ends_where_the_main_clause_begins() -> None:
    doc = en("While a federal judge found that the law was unconstitutional, his ruling was overturned on appeal.\n\n"
             "When the minister said the bridge was safe, engineers disagreed.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("a federal judge", "the law was unconstitutional"), ("the minister", "the bridge was safe")]
    # a speaker in the main clause says all after the cue
    doc = en("If the talks fail, the minister said, there are other tools in the toolbox.")
    assert [s.content.text for s in doc.statements][-1] == "there are other tools in the toolbox"


def test_the_main_clause_after_an_opening_clause_has_its_own_speaker() -> None:
    doc = en("When the minister said the bridge was safe, engineers said it was not.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("the minister", "the bridge was safe"), ("engineers", "it was not")]


def test_a_poll_that_opens_a_sentence_without_a_cue_is_its_source() -> None:
    doc = en("In the latest Daily Star poll, conducted in early May, the mayor led his rival by 5 points.\n\n"
             "In a statement, the ministry said the bridge was safe.")
    assert [(s.speaker.text, s.cue, s.content.text) for s in doc.statements] == [
        ("the latest Daily Star poll, conducted in early May", "In", "the mayor led his rival by 5 points"),
        ("the ministry", "said", "the bridge was safe")]


def test_an_adverb_alone_before_the_comma_is_not_what_was_said() -> None:
    doc = en("Ultimately, the mayor hopes to open the bridge in May.\n\n"
             "It is settled, according to the ministry, basically.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("the mayor", "to open the bridge in May"), ("the ministry", "It is settled")]
    assert en("According to the ministry, basically.").statements == []


def test_a_setting_with_evening_or_morning_before_that_is_no_part_of_what_was_said() -> None:
    doc = en("The minister said during a Friday evening rally in Sylhet that the bridge would open in May.")
    assert [s.content.text for s in doc.statements] == ["the bridge would open in May"]


def test_a_second_cue_in_an_opening_clause_also_ends_at_the_main_clause() -> None:
    doc = en("Though she called the plan “reckless” and called for the money to be returned, the minister "
             "signed the order.")
    assert [(s.cue, s.content.text) for s in doc.statements] == [
        ("called", "the plan “reckless”"), ("called for", "the money to be returned")]


def test_once_again_before_the_verb_is_no_clause_of_its_own() -> None:
    doc = en("The mayor is once again questioning the cost of the bridge.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [("The mayor", "the cost of the bridge")]


def test_the_ing_form_of_a_cue_after_is_a_cue_too() -> None:
    doc = en("The ministry is rejecting the report. The mayor is proposing a new bridge over the river.")
    assert [(s.speaker.text, s.stance, s.content.text) for s in doc.statements] == [
        ("The ministry", "deny", "the report"), ("The mayor", "other", "a new bridge over the river")]


def test_a_quotation_announced_by_a_cue_first_or_a_setting_participle() -> None:
    doc = en('Said Rahima Begum, who grew up in the village, “We were all so proud of him.”\n\n'
             'Asked whether he would resign, the mayor said, "Probably."\n\n'
             "In describing the new bridge, the engineer said it would last a century.")
    assert [(s.speaker.text, s.content.text, s.direct) for s in doc.statements] == [
        ("Rahima Begum, who grew up in the village", "We were all so proud of him", True),
        ("the mayor", "Probably", True),
        ("the engineer", "it would last a century", False)]
    # a quoted name is still no quotation
    assert en('She appeared on "Face the Nation" on Sunday.').statements == []


def test_a_second_cue_of_the_same_subject_speaks_when_the_first_says_a_word() -> None:
    doc = en("He endorsed Rahman, but told The Daily Star on Monday that he expected a close race.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [("He", "he expected a close race")]


def test_review_cases_of_the_opening_clause_and_parenthetical_rules() -> None:
    # "As X noted, C": what follows the comma was said, after any setting of the saying
    doc = en("As the minister noted, the economy grew 3 percent last year.\n\n"
             "As he said in his speech, the country cannot afford another war.")
    assert [s.content.text for s in doc.statements] == [
        "the economy grew 3 percent last year", "the country cannot afford another war"]
    # an aside between commas inside the opening clause does not end it
    doc = en("When the minister said the bridge, which cost $2 million, was safe, engineers disagreed.")
    assert [s.content.text for s in doc.statements] == ["the bridge, which cost $2 million, was safe"]
    # the speaker of "A, X said, B" is X alone; a writer's "but" clause is no part of what was said
    doc = en("Rahman, the minister said, will lead the delegation to Delhi.\n\n"
             "The bridge will open in May, the minister said, but critics doubt it will be ready.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("the minister", "will lead the delegation to Delhi"), ("the minister", "The bridge will open in May")]
    # a participle in an aside gives way to the sentence's cue
    doc = en("Smith, testifying before Congress on Tuesday, said the agency had failed.")
    assert [(s.speaker.text, s.cue, s.content.text) for s in doc.statements] == [
        ("Smith", "said", "the agency had failed")]


def test_review_cases_of_sources_titles_and_marks() -> None:
    # "polls" are elections in South Asian English; "In response to the report" names no source
    assert en("In the last polls, the Awami League won 288 of 300 seats.").statements == []
    assert en("In response to the report, the minister resigned.").statements == []
    # a participle that opens the sentence is no inverted cue
    assert [s.speaker.text for s in en("Told to leave, the protesters refused: “We will stay.”").statements] \
        != ["to leave, the protesters refused"]
    # an inch mark inside a curly quotation does not close it
    doc = en("“The 6\" pipe burst under the road last night,” the engineer said.")
    assert [(s.content.text, s.direct) for s in doc.statements] == [
        ("The 6\" pipe burst under the road last night", True)]
    # a wire's report from a city is a statement, not a closing credit
    doc = en("The Associated Press reported from Kabul that at least 40 people had been killed.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("The Associated Press", "at least 40 people had been killed")]
    # a Title Case headline's "Calls For"
    doc = analyze("PM Calls For Calm As Protests Spread\n\nThe body.", lang="en")
    assert [(s.cue, s.stance) for s in doc.statements] == [("Calls For", "other")]


def test_a_relative_clause_with_a_cue_is_the_speakers_first_statement() -> None:
    doc = en("Graham, who says the allies should send ground forces, said the president is overselling "
             "the successes.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("Graham", "the allies should send ground forces"), ("Graham", "the president is overselling the successes")]
    # … and so is one that reports with "that", which is no part of the speaker either
    doc = en("Mr. Kamin, who emphasized that the proposals would simplify returns, said the plan was sound.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("Mr. Kamin", "the proposals would simplify returns"), ("Mr. Kamin", "the plan was sound")]
    # a relative clause that says who the speaker is stays with the speaker
    doc = en("Fatima Rahman, who heads the engineering office, said the cracks were on the surface.")
    assert [s.speaker.text for s in doc.statements] == ["Fatima Rahman, who heads the engineering office"]


def test_a_quotation_inside_what_a_cue_reports_is_part_of_it() -> None:
    # a quoted phrase that the subject's own words go on past ("…,” but pledged …) has no speaker
    # of its own: "but" is no one
    doc = en("Protesters said they want “answers from the council,” but pledged to stay peaceful.")
    assert [(s.speaker.text, s.cue, s.content.text) for s in doc.statements] == [
        ("Protesters", "said", "they want “answers from the council"), ("Protesters", "pledged", "to stay peaceful")]
    # a cue inside what an earlier cue reports does not make the quotation its own
    doc = en("The council pledged to cut fares as a remedy for what it called “a crisis of trust.”")
    assert [(s.speaker.text, s.cue) for s in doc.statements] == [("The council", "pledged")]
    # … but after a comma, the later cue speaks: "Lamenting it, farmers often say, “…”"
    doc = en("Lamenting their luck, farmers often say, “The rain comes when the harvest is done.”")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("farmers", "The rain comes when the harvest is done")]


def test_the_writer_speaking_as_i_is_a_speaker() -> None:
    # a letter or column: "I" is one letter long and still someone who says something
    doc = en("I believe the new bridge will pay for itself within ten years.")
    assert [(s.speaker.text, s.cue, s.content.text) for s in doc.statements] == [
        ("I", "believe", "the new bridge will pay for itself within ten years")]


def test_a_phrase_after_a_quotation_that_opens_on_a_preposition_is_no_speaker() -> None:
    # the speaker is after its comma …
    doc = en("“I admire the mechanics” of the budget, Mr. Holtz said.")
    assert [s.speaker.text for s in doc.statements] == ["Mr. Holtz"]
    # … or nowhere: the words go on from what the spokeswoman said
    doc = en("A spokeswoman said that “the mayor will defend himself” against what the campaign sees as an attack.")
    assert [s.speaker.text for s in doc.statements] == ["A spokeswoman"]


def test_according_to_after_a_whole_sentence_with_its_own_opening_clause() -> None:
    # the source comes after the main clause: what was said is all before it, not the apposition
    doc = en("When the training is tailored to each patient, it can cut relapses by half, according to "
             "Dr. Nila Sen, head of the clinic at the university, and other doctors.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("Dr. Nila Sen, head of the clinic at the university",
         "When the training is tailored to each patient, it can cut relapses by half")]


def test_sources_said_is_a_speaker_and_a_label_before_a_colon_is_not() -> None:
    doc = en("The minister was taken to a hospital in the capital after the rally, sources said.\n"
             "Sources: the party office.")
    assert [(s.speaker.text, s.speaker.anonymous) for s in doc.statements] == [("sources", True)]


def test_a_semicolon_inside_a_quotation_does_not_end_what_was_said() -> None:
    doc = en("The governor said on the other hand, “the plan works if you are insured; if you are not, it costs "
             "you more.”")
    assert [s.content.text for s in doc.statements] == [
        "the plan works if you are insured; if you are not, it costs you more"]


def test_a_gerund_that_opens_the_second_piece_is_not_a_participle_on_the_cue() -> None:
    # "A, he said, replacing X would be B": "replacing X" is the subject of B, not how he said it
    doc = en("Although the first vote went smoothly, he said, repeating the count would be slow and costly.")
    assert [s.content.text for s in doc.statements] == [
        "Although the first vote went smoothly", "repeating the count would be slow and costly"]


def test_a_cue_in_s_that_is_a_plural_noun_says_nothing() -> None:
    # before a verb of its own, or after a word that counts, "worries" and "calls" are things
    doc = en("Health worries have dogged the senator since the spring. "
             "Some calls into the hotline were going to voicemail.")
    assert doc.statements == []
    # the verb still speaks: "The mayor warns the river will rise."
    doc = en("The mayor warns the river will rise again this week.")
    assert [s.cue for s in doc.statements] == ["warns"]


def test_when_a_quotation_was_said_and_a_former_officials_name_after_the_cue() -> None:
    doc = en("“It is a flat-out copy,” Dana Reyes, the chief strategist of the campaign, said just after "
             "midnight on the radio.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("Dana Reyes, the chief strategist of the campaign", "It is a flat-out copy")]
    doc = en("The committee is $9 million short of its goal, said former governor Ed Rendell, who chairs it.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("former governor Ed Rendell, who chairs it", "The committee is $9 million short of its goal")]


def test_a_relative_clause_after_an_inverted_speaker_is_their_next_statement() -> None:
    doc = en("“The bridge will open in May,” said the mayor, who added that the tolls would stay low.")
    assert [(s.speaker.text, s.cue, s.content.text) for s in doc.statements] == [
        ("the mayor", "said", "The bridge will open in May"), ("the mayor", "added", "the tolls would stay low")]
    # a relative clause without a cue still says who the speaker is
    doc = en("“The bridge will open in May,” said the mayor, who was elected last year.")
    assert [s.speaker.text for s in doc.statements] == ["the mayor, who was elected last year"]


def test_a_quotation_right_after_its_cue_keeps_that_speaker() -> None:
    # the words after the quotation ("every time he thinks …") are no speaker of their own
    doc = en("The mayor said “it makes me angry” every time she thinks about the flooded homes.")
    assert [(s.speaker.text, s.cue) for s in doc.statements] == [("The mayor", "said")]


def test_whom_a_quotation_was_told_to_is_not_something_else_said() -> None:
    doc = en("“We will not close the plant,” the governor told union workers in Dayton.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("the governor", "We will not close the plant")]
    doc = en("“The river is rising fast,” the engineer told Channel 5 in a video posted on its website.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("the engineer", "The river is rising fast")]


def test_a_quotation_right_after_reported_speech_goes_on_with_its_speaker() -> None:
    doc = en('Rina Das runs a clinic in the town. She says the new rules will close it by spring. '
             '"We have nowhere else to go, and nobody has asked us."')
    assert [(s.speaker.text, s.direct) for s in doc.statements] == [("She", False), ("She", True)]
    # … but not into the next paragraph
    doc = en('She says the new rules will close the clinic by spring.\n"We have nowhere else to go."')
    assert [s.direct for s in doc.statements] == [False]


def test_shapes_near_this_sessions_rules_keep_their_readings() -> None:
    # a lead of two settings before "according to" is still a lead
    doc = en("In 2019, for example, according to the report, prices rose by ten percent in the city.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("the report", "prices rose by ten percent in the city")]
    # "the other says": "other" is no counting word before a cue
    doc = en("One official says the plan works; the other says it fails.")
    assert [s.content.text for s in doc.statements] == ["the plan works", "it fails"]
    # a cue in a relative clause says who the speaker is; the sentence's cue takes the quotation
    doc = en("The group that warned of floods last year said: “We were right about the river.”")
    assert [(s.cue, s.direct) for s in doc.statements] == [("said", True)]
    # a quotation after a cue, then its real speaker and nothing more
    doc = en("The president said “the deal is a disgrace,” senior aides told reporters.")
    assert [s.speaker.text for s in doc.statements] == ["senior aides"]
    # after "told reporters", a clause is what was told
    doc = en("“We tried everything,” Smith told reporters the company would appeal the ruling.")
    assert [s.content.text for s in doc.statements] == ["the company would appeal the ruling"]


def test_a_speaker_phrase_is_linked_to_the_person_it_names() -> None:
    doc = en("BNP Secretary General Mirza Fakhrul Islam Alamgir said the government must act. "
             "\"We will not accept any delay,\" he said.")
    first, second = doc.statements
    person = next(e for e in doc.entities if e.id == first.speaker.entity)
    assert person.type == "PER" and person.name == "Mirza Fakhrul Islam Alamgir"
    assert second.speaker.entity == first.speaker.entity


def test_bangladeshi_titles_and_a_known_paper_are_read_as_written() -> None:
    doc = en("Asked about the matter, Finance Adviser Salehuddin Ahmed said, \"We are looking into it.\" "
             "Home Adviser Lt Gen (retd) Jahangir Alam Chowdhury said the situation is under control. "
             "The Daily Star has learnt that a new policy is coming.")
    names = {(e.type, e.name) for e in doc.entities}
    assert {("PER", "Salehuddin Ahmed"), ("PER", "Jahangir Alam Chowdhury"), ("ORG", "The Daily Star")} <= names
    assert not any(e.name in ("Finance", "Daily Star", "Home Adviser Lt") for e in doc.entities)


def test_md_after_a_body_opens_its_officers_name() -> None:
    doc = en("Contacted, Officer-in-Charge (OC) of Kotwali Police Station Md Abdul Karim said a case had been filed.")
    s = doc.statements[0]
    officer = next(e for e in doc.entities if e.id == s.speaker.entity)
    assert (officer.type, officer.name) == ("PER", "Md Abdul Karim")
    assert any((e.type, e.name) == ("ORG", "Kotwali Police Station") for e in doc.entities)


def test_review_a_speaker_who_works_for_someone_is_not_them() -> None:
    for text in ("A spokesman for Prime Minister Sheikh Hasina said the talks would go on.",
                 "The daughter of Khaleda Zia said her mother was stable.",
                 "A lawyer representing Tarique Rahman told reporters the case was weak."):
        doc = en(text)
        assert doc.statements and all(s.speaker.entity is None for s in doc.statements), text
    doc = en("Tarique Rahman's lawyer, Abdul Karim, said the case was weak.")
    assert next(e.name for e in doc.entities if e.id == doc.statements[0].speaker.entity) == "Abdul Karim"
    # a firm before "Managing Director" is a name, a portfolio before "Adviser" is not
    doc = en("The meeting was attended by Walton Managing Director Golam Murshed and others.")
    assert ("ORG", "Walton") in {(e.type, e.name) for e in doc.entities}
