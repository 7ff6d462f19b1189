"""Who said what: attributed statements with speaker, cue, stance, content and chains.

Sentence by sentence, inside body paragraphs only, the stage finds attribution cues from the
language pack (verbs, impersonal verbs with a named report, genitive nouns, unnamed sources)
and quotations, then reads the pattern around each:

    X বলেন, CONTENT।            X-এর মতে, CONTENT।        “QUOTE,” বলেন X।
    CONTENT বলে জানান X।         X সূত্রে জানা গেছে, CONTENT।  X-এর প্রতিবেদনে বলা হয়েছে, CONTENT।
    X OBJECT অস্বীকার করেন।      CONTENT। … এ কথা বলেন X।

Speakers are linked to entities; pronouns and bare titles to the speaker they point back to;
unnamed sources stay anonymous. Unquoted first-person speech after a cue runs on over the next
sentences of its paragraph until another cue or quotation starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import compress, pairwise
from operator import attrgetter
from typing import Any

from ukti.lang import GazetteerEntry, load_pack
from ukti.model import Document, Entity, Sentence, Span, Speaker, Stance, Statement
from ukti.model import Token as _Tok  # a word with its offsets: the segment stage's own tokens
from ukti.ner import clusters, lexicon
from ukti.stages.attribution_svo import attribute, is_svo
from ukti.stages.entities import ordinary_words, pseudonym_marks
from ukti.stages.interviews import Turn, interview_turns
from ukti.textutil import (
    GENITIVE_ENDINGS,
    LETTER,
    QUOTE_MARK,
    WORD_RE,
    QuoteSpan,
    accusative_stem,
    is_genitive,
    last_words,
    quote_spans,
    strip_suffix,
)

_PUNCT_EDGE = " \t,;:।.!?—–-|"
_TEXT = attrgetter("text")  # a token's word, read in C: `map(_TEXT, toks)`
_START = attrgetter("start")
_DEMONSTRATIVES = frozenset(("এই", "ওই", "উক্ত", "সেই", "এ"))
# the pronoun that takes up a clause before it ("… কী বলেন, তা দেখার বিষয়")
_CORRELATIVES = frozenset(("তা", "তাই", "সেটা", "সেটি", "সেটাই", "সেটিই"))
# finite forms of the light verbs of an act ("চাপ দেন", "কাজ করেন"), never part of a name
_LIGHT_VERBS = frozenset(("দেন", "দেয়", "করেন", "নেন", "নেয়", "চালান", "চালায়", "পাঠান", "পাঠায়"))
_POSTPOSITIONS = frozenset(("প্রতি", "বিরুদ্ধে", "সঙ্গে", "সাথে", "কাছে", "জন্য", "নিয়ে", "বিষয়ে", "পক্ষে", "দ্বারা"))
# words after which a new clause, with its own subject, begins ("…, বরং তিনি", "… হয় এবং চিকিৎসকরা",
# "এটা পরিষ্কার যে X", "কারণ হলো X")
_CLAUSE_BREAKS = frozenset((",", ";", "(", "এবং", "যে", "হলো", "হল"))
_QUOTE_CHARS = "“”‘’\"'«»"
_OPENING_QUOTES = "“‘«"
# marks that close a clause before a speaker phrase ("…, এক কর্মকর্তা"), and a dash between spaces
# ("… – তবে কর্মকর্তারা"; not one that joins an ending to a word: "‘এক্স’–এ")
_SPEAKER_CLAUSE_MARKS = (",", ";", ":")
_DASHES = ("–", "—")
_STOPS = frozenset(("।", "!", "?"))
_CONJUNCTIVE = frozenset({"করে", "জানিয়ে", "দিয়ে", "তুলে"})
# forms that are only conjunctive ("করে" is also a present tense): a cue ending in one that joins no
# verb is not a statement of its own ("‘…’ আখ্যা দিয়ে X অভিযোগ করেন")
_ONLY_CONJUNCTIVE = frozenset({"জানিয়ে", "দিয়ে", "তুলে"})
# the honorific pronouns in the genitive, whose chandrabindu hides the ending from strip_suffix
_GENITIVE_PRONOUNS = frozenset({"তাঁর", "তাঁদের", "তাঁরও", "তাঁদেরও", "ওঁর", "ওঁদের", "কারও", "কারো"})
# "again" between a pointer and its cue: "সে কথাই আরও একবার বলেছেন X"
_AGAIN = frozenset({"আরও", "আরো", "একবার", "আবারও", "আবারো", "আবার", "ফের", "পুনরায়", "আরেকবার"})
_TOPIC_ENDS = ("নিয়ে", "বিষয়ে", "সম্পর্কে")
# words before a one-word cue noun that leave it no holder: a pointer ("এ প্রশ্ন"), a quantity ("অনেক
# প্রশ্ন"), a postposition whose genitive is the one the noun is about ("X-এর বিরুদ্ধে অভিযোগ")
# (and "any": "একটি টেকসই সমাধানের যেকোনো আশা, নির্ভর করে …" is any hope, no one's; but "শিক্ষকদের কিছু
# অভিযোগ, …" are some of the teachers' complaints)
_NO_HOLDER = _DEMONSTRATIVES | _POSTPOSITIONS | {"এমন", "অনেক", "নানা", "বিভিন্ন", "যেকোনো", "যেকোনও", "কোনো",
                                                 "কোনও"}
_CLAUSE_MARKS = frozenset({",", "—", "–", "-"})  # what closes a clause before a pointer ("…, এমন দাবি …")
# patterns compiled once (re's own cache costs a lookup per call, and these run per word or sentence)
_BENGALI_START = re.compile(r"[\u0980-\u09ff]")
_FIRST_WORD = re.compile(r"[\w\u0980-\u09ff]+")
_COMMA_THEN = re.compile(r"\s*,\s*\S")
_AND = ("ও", "এবং")  # the words that join two names or clauses
_JOINED = re.compile(r"\s(" + "|".join(_AND) + r")\s")
_ET_AL = ("প্রমুখ", "প্রমুখের")  # "A, B, C প্রমুখ": A, B, C and others
_LIKENESS_POSTPOSITIONS = frozenset(("মতো", "মতোই", "মতন", "মত"))  # "X-এর মতো": like X
_AFTER_THE_FACT_REACH = 3
_GREETER_WORDS = 6  # words a greeter's name and titles take between the occasion and the greeting
_POINTED_REACH = 4  # sentences back to the report that "এতে" ("in it") may still stand for
_LEDE_REACH = 8  # paragraphs before an attribution that opens its own: as many sentences at most


@dataclass(slots=True, frozen=True)
class CueEntry:
    seq: tuple[str, ...]
    stance: Stance
    kind: str
    object: bool
    clause: bool = False  # a non-finite form that ends a subordinate clause ("বলায়" = because X asked)


@dataclass(slots=True)
class _Lex:
    cues: dict[str, list[CueEntry]]  # first word -> entries, longest first
    # every word that can open a cue -> its key in `cues`: the word itself, or the word with the
    # emphatic "-ও" ("দাবিও" -> "দাবি"); one dict lookup per word instead of two tests
    cue_heads: dict[str, str]
    cue_pairs: dict[tuple[str, str], list[CueEntry]]  # the cues of two or more words by their first two
    cue_singles: dict[str, CueEntry]  # the cue of one word
    anonymous: frozenset[str]
    pron_sg: frozenset[str]
    pron_subject: frozenset[str]  # "তিনি", not "তাঁর": a pronoun that is a sentence's subject
    pron_pl: frozenset[str]
    hearsay: list[tuple[str, ...]]
    report_nouns: list[tuple[str, ...]]
    complementiser: frozenset[str]
    after_the_fact: list[tuple[str, ...]]
    told_facts: frozenset[str]  # "এ তথ্য", "বিষয়টি": an after-the-fact pointer at facts told, not words
    matter_confirmed: list[tuple[str, ...]]  # "বিষয়টি নিশ্চিত করেন X": the matter just told, confirmed
    quote_name_words: frozenset[str]
    rejection: tuple[str, ...]
    first_person: frozenset[str]
    first_person_verbs: tuple[str, ...]
    first_person_verb_re: re.Pattern[str]  # any of first_person_verbs, anywhere
    first_person_verbs_also_names: frozenset[str]  # "দেব": no verb after a given name ("… সুমন দেব")
    first_person_any: re.Pattern[str]  # any first-person word anywhere (text without one has none as a word)
    second_person: frozenset[str]  # "তোমরা", "আপনারা": the speaker addressing their hearers, in their own words
    openers: frozenset[str]
    speaker_adverbs: frozenset[str]  # adverbs that open a speaker phrase but name no one ("এখন বলছে")
    time_postpositions: frozenset[str]  # "মধ্যে": closes a phrase of when before the one named
    noun_copulas: frozenset[str]  # "ছিল", "হলো": between a noun cue and its comma ("X-এর দাবি ছিল, …")
    requests: tuple[str, ...]  # "আবেদন": a request turned down is a decision, no claim denied
    disagreeing: frozenset[str]  # "দ্বিমত": after "X-এর মতে" it is X's view disagreed with, no view cited
    view_ends: tuple[str, ...]  # "মতে": how a cue citing someone's view ends ("X-এর মতে", "ভাষ্যমতে")
    against: frozenset[str]  # "বিরুদ্ধে": a name before it is whom a case or charge is against
    not_issuer_endings: tuple[str, ...]  # "কে", "সহ": a name so ended was sent a document or heads a list
    list_ends: tuple[str, ...]  # "সহ": ends a list of people ("X এবং Y-সহ ৭ জন")
    conditional_endings: tuple[str, ...]  # "লে": how a conditional ends ("পৌঁছালে", "চাওয়া হলে")
    no_owner_genitives: frozenset[str]  # "এ ধরনের প্রশ্ন", "অন্যের মতে দ্বিমত": no one's question or view
    titles: frozenset[str]
    honorifics: frozenset[str]
    case: tuple[str, ...]
    speaker_trailers: list[tuple[str, ...]]
    named_as: frozenset[str]
    conditionals: frozenset[str]  # "যদি": a cue in its clause states nothing
    to_whom: frozenset[str]  # "কাছে": "X-এর কাছে", said to X
    manner_after: frozenset[str]  # "গলায়": "X শান্ত গলায় বলেন", how X said it
    turns: frozenset[str]  # "তবে", "কিন্তু": after a comma, another clause begins
    act_comments: frozenset[str]  # "এটা": after an act and its object, a comment on it begins
    given: frozenset[str]  # "দেওয়া": "বিবিসিকে দেওয়া সাক্ষাৎকারে", an interview given to one
    spoken_with: frozenset[str]  # "সঙ্গে": "রয়টার্সের সঙ্গে এক সাক্ষাৎকারে", an interview with one
    interviews: frozenset[str]  # "সাক্ষাৎকারে", "আলাপকালে": the talk had with an outlet
    agencies: frozenset[str]  # "Press Trust of India": a news agency told relays, home or foreign
    outlet_kinds: frozenset[tuple[str, ...]]  # "বার্তা সংস্থা": what an outlet told is, before its name
    origin_endings: tuple[str, ...]  # "-ীয়": "ভারতীয় বার্তা সংস্থা", where an outlet is from
    particles: frozenset[str]  # "এ-ও", "শুধু": between a subject pronoun and its verb, naming no one
    behalf: frozenset[str]  # "পক্ষ": "X-এর পক্ষ থেকে" is X speaking
    locative: tuple[str, ...]  # "-তে", "-য়", "-এ": a name so says where ("নির্বাচন কমিশনে"), not who
    classifiers: tuple[str, ...]  # "টির", "টি": "সংস্থাটি" is a definite "সংস্থা" (longest first)
    objective: tuple[str, ...]  # "-কে": to whom ("রহিম উদ্দিনকে একটি নোটিশ পাঠিয়েছে")
    owned: frozenset[str]  # "তথ্য", "দেওয়া": "X-এর তথ্য বলছে", "X-এর দেওয়া তথ্য অনুযায়ী" are X's
    addressee_pronouns: frozenset[str]  # "তাঁদের": told, after someone who can speak ("তিনি তাঁদের বলেন")
    named_ones: frozenset[str]  # after "X নামে": "একজন", "এক", "আরেকজন" (X is someone's name)
    subordinators: frozenset[str]
    weak_subordinators: frozenset[str]
    contrast_framers: frozenset[str]
    unnamed: frozenset[str]  # "একজন", "এক" …: a title with one of these is someone unnamed
    indefinite: frozenset[str]  # "এক", "কারো": with no name, someone unnamed
    indefinite_many: frozenset[str]  # "অনেক", "কেউ কেউ": some of many, unnamed; their words run on no further
    many_subjects: frozenset[str]  # "অনেকেই": some of many as a subject by itself
    everyone: frozenset[str]  # "সবাই", "সবার": alone, no source
    abstractions: frozenset[str]  # "ইতিহাস" (history "says"): alone, the writer's argument, no source
    reporters: frozenset[str]  # "প্রতিবেদক", "সংবাদদাতা": the paper's own, no source
    paper_reporters: frozenset[str]  # "প্রতিনিধিরা": the paper's own only with a paper named
    title_ranks: frozenset[str]  # "যুগ্ম", "সাবেক": words that make a title another post
    portfolios: frozenset[str]  # "স্বরাষ্ট্র": what a two-word post ("স্বরাষ্ট্র উপদেষ্টা") is of
    portfolio_links: frozenset[str]  # "মন্ত্রণালয়ের", "বিষয়ক": between a portfolio and its post
    same_titles: dict[tuple[str, ...], str]  # ("সেনাবাহিনী", "প্রধান") -> "সেনাপ্রধান"
    one_word_titles: frozenset[str]  # "সেনাপ্রধান": the one-word forms of same_titles
    name_withheld: re.Pattern[str]  # "নাম প্রকাশে অনিচ্ছুক": a speaker who asked not to be named
    plural_endings: tuple[str, ...]  # "রা", "দের" …: a group of people by what they are ("ভোটাররা")
    group_word_endings: tuple[str, ...]  # "বিদ", "কর্মী" …: a word for what people are ("পুষ্টিবিদ")
    body_plurals: frozenset[str]  # "দলগুলো": bodies in the plural, a subject as "-রা" people are
    body_singulars: frozenset[str]  # "সরকার", "সংস্থাটি": a body by what it is, in the nominative
    evidence_cues: frozenset[str]  # "ইঙ্গিত": cues that things do as often as people
    legwork: frozenset[str]  # "সরেজমিনে": the reporter's own finding out, before "জানা যায়"
    on_behalf: tuple[str, ...]  # "পক্ষে": the one an object cue is done on behalf of, no proposition
    a_thing_of: frozenset[str]  # "একটি": before a name, a thing of that name's kind ("একটি আসিয়ান প্ল্যাটফর্ম")
    relatives: frozenset[str]
    document_determiners: frozenset[str]
    document_pointers: frozenset[str]
    issued_documents: frozenset[str]  # "বিবৃতিতে": a document alone after its sender's statement is theirs
    about_nouns: frozenset[str]  # "বিশ্লেষণে": a report noun whose genitive may be what it is about
    titles_in_r: frozenset[str]  # "সুপার", "কমিশনার": titles that end in র, no genitive of another title
    acting: tuple[str, ...]  # "দায়িত্ব…" after a title in the genitive: the post held in acting
    warnings: frozenset[str]  # "হুঁশিয়ারি": a participle that lends "other" to the verb of speech after it
    conditional_verbs: frozenset[str]  # "করলে": ends a participle's clause before another subject
    addressed_by: frozenset[str]  # "প্রতি", "উদ্দেশে": after the one a warning is addressed to
    sent_to: frozenset[str]  # "কাছে": after a genitive, whom a document was sent ("রাষ্ট্রপতির কাছে")
    correlatives: frozenset[str]
    addressees: frozenset[str]
    not_said_in_passing: frozenset[str]  # "শেয়ার করে X বলেন": a participle cue that says nothing before the verb
    absent: frozenset[str]  # "নেই": after a noun cue, no such thing ("আশঙ্কা নেই")
    call_manners: frozenset[str]  # "জোরালো" of "সরকারের প্রতি জোরালো আহ্বান": how, not what, was asked
    alone_openers: frozenset[str]  # "তাই" alone before a cue: so, the subject dropped
    regard: frozenset[str]  # "মনে" of "X-কে Y মনে করেন": regards X as Y, tells no view
    not_accusative: frozenset[str]  # "থেকে": ends like the accusative, is none
    owner_adjectives: frozenset[str]  # "সরকারি": an adjective that names whose figures ("সরকারি হিসাব অনুযায়ী")
    source_nouns: frozenset[str]  # "সূত্র": a cue that names a source itself ("হাসপাতাল সূত্র অনুযায়ী")
    from_words: frozenset[str]  # "থেকে": a body a passive cue's telling came from ("X থেকে জানানো হয়েছে")
    held_by: frozenset[str]  # "আয়োজিত": after the body that held an occasion
    first_person_light: frozenset[str]  # "জানাই": a noun cue's light verb in the first person
    manner_phrases: frozenset[str]  # "সংক্ষিপ্ত করে": how something was put, ending an object
    occasions: tuple[str, ...]  # "সংবাদ সম্মেলনের": a dated sentence of the occasion itself
    given_to: frozenset[str]  # "পরামর্শ দিয়ে": cues of something given, whose "-দের" before is the one given to
    cut_after: frozenset[str]
    topic_words: frozenset[str]
    cut_phrases: tuple[tuple[str, ...], ...]  # the cut words of several words ("সংবাদ সম্মেলনে")
    means: frozenset[str]  # what a participle before the cue says it by ("বিজ্ঞপ্তি দিয়ে বলেছেন")
    means_kinds: frozenset[str]  # "সংবাদ বিজ্ঞপ্তি": the word before a means that says which
    pointers: frozenset[str]
    idioms: frozenset[tuple[str, ...]]
    hearsay_text: tuple[str, ...]
    headline_nouns: dict[str, Stance]  # "আশ্বাস": "… বাস্তবায়নের আশ্বাস প্রধানমন্ত্রীর", a headline's giver last
    headline_claims: frozenset[str]  # "দাবি": after a clause, a claim ("… হয়েছে দাবি সরকারের")
    cut_except: tuple[tuple[str, ...], ...]
    cited_by: tuple[tuple[str, ...], ...]  # "X-এর বরাতে Y", "X-কে উদ্ধৃত করে Y": Y reports what X said
    signed_by: frozenset[str]  # "X-এর সই করা আদেশ": X issued the document, though named in the genitive
    headlines: frozenset[str]  # "X-এর প্রধান শিরোনাম": a paper's headline in a press review
    cited_re: re.Pattern[str]
    intensifiers: frozenset[str]  # "তীব্র", "গভীর": before a cue noun, part of the cue
    channels: tuple[tuple[str, ...], ...]  # where it was posted: "ফেসবুকে", "সামাজিক যোগাযোগ মাধ্যমে"
    relative_persons: frozenset[str]  # "যিনি", "যাঁরা": a clause that describes the one before it
    person_correlatives: frozenset[str]  # "তাদের": answers "যারা …," put first
    question_words: frozenset[str]  # "কে কী বলছে": who said what is asked, not reported
    free_relatives: frozenset[str]  # "… নিয়ে যা বললেন X": what X said is named, not told
    indirect_questions: frozenset[str]  # "… কেমন ছিল, জানালেন X": a question answered, not its answer
    demanded_acts: frozenset[str]  # "গঠনের": an act in the genitive before "দাবি", what is demanded
    denied_nouns: tuple[str, ...]  # "অভিযোগ": a claim named by its noun alone, before a denying cue
    demand_cues: tuple[str, ...]  # "দাবি": a claiming cue that is a demand too
    act_genitives: tuple[str, ...]  # "পালনের", "চালানোর": a verbal noun's genitive, an act named
    demanded_nouns: frozenset[str]  # "মুক্তি", "বিচার": an act asked for, the object of a demand
    likeness: frozenset[str]  # "একই ধরনের মন্তব্য করেন X": a remark like another's, told elsewhere
    manner_words: frozenset[str]  # "কঠোর ভাষায়": how it was said
    platforms: frozenset[str]  # "ফেসবুক": where a document is posted, never its author
    greetings: frozenset[str]  # "অভিনন্দন", "ধন্যবাদ": done to someone, nothing said of them
    relative_objects: frozenset[str]  # "যে", "যা" before a cue's object: a relative clause
    object_relatives: frozenset[str]  # "যা", "যার" after a cue's comma: a relative of its object
    pointed_roles: frozenset[str]  # "প্রার্থী": after "এই", the one just named ("বিকল্পধারার এই প্রার্থী")
    unnamed_persons: frozenset[str]  # "নারী": after "এক", someone unnamed ("স্থানীয় এক নারী জানান")
    question_particles: frozenset[str]  # "কি" before a cue: a yes-no question about the speech
    works: frozenset[str]  # "বইয়ে": a work its author is named before, whatever its title
    told_about: frozenset[str]  # "কারণ": what was told about, named, not told ("পদত্যাগের কারণ জানালেন X")
    any_words: frozenset[str]  # "কোনো" after "যে": "যে কোনো" is "any", no relative
    adjective_endings: tuple[str, ...]  # "-পূর্ণ": an adjective before a greeting ("জাঁকজমকপূর্ণ অভ্যর্থনা")
    greeting_occasions: frozenset[str]  # "মৃত্যুতে": what a greeting is done on, nothing said of it
    towards: frozenset[str]    # "প্রতি": "X-এর প্রতি সমবেদনা" is done to X
    plural_objects: tuple[str, ...]  # "-দের": "অতিথিদের ধন্যবাদ" is done to the guests
    infinitives: frozenset[str]  # "করতে", "দিতে": what is asked of someone ("… গঠন করতে সচিবকে নির্দেশ")
    verbal_nouns: frozenset[str]  # "করার": "গুলি করার ইঙ্গিত দিয়ে বলেন", what is hinted at, no speaker
    pointer_objects: frozenset[str]  # "তিনি তা প্রত্যাখ্যান করেন": a pronoun object, what was said before
    counted: frozenset[str]  # "একটি নির্দেশ দেয়": a counted thing given, nothing said
    ensured: frozenset[str]  # "নিরাপত্তা নিশ্চিত করে": what is made sure of, an act, not a thing confirmed
    correlative_objects: frozenset[str]  # "যে …, সেটিকে স্বাগত জানান": the object that answers a relative
    declared_acts: frozenset[str]  # "সমাবেশ সমাপ্তি ঘোষণা করেন X": an act performed by declaring it
    declaring: frozenset[str]  # "ঘোষণা": the cue word of declaring
    declared_states: frozenset[str]  # "অবরোধ": declared, never the one declaring ("… অবরোধ ঘোষণা করে, …")
    asking: frozenset[str]  # "জানতে চান": a cue whose object is a question, or only its topic
    relay_starts: frozenset[str]  # the first words of cited_by
    relay_ends: frozenset[str]  # and their last words (a phrase ending in none of them ends in no relay)
    cited_documents: frozenset[str]  # "X-এর এক বিবৃতি উদ্ধৃত করে": X is cited
    cut_endings: tuple[str, ...]
    trailing_words: frozenset[str]
    hyphen_tails: tuple[str, ...]  # "-ভিত্তিক", "-পন্থী": a word with one describes, it does not name
    day_words: frozenset[str]  # "গতকাল", "রোববার": when, never who (even with no date to read them by)
    not_names: frozenset[str]  # words never in a name ("স্বয়ং", "একজন"): no title's name after it
    generic: frozenset[str]  # "সরকার", "পুলিশ": words that name no one in particular
    possessives: frozenset[str]  # "তার", "তাঁর": whose report it is, after the speaker
    goes_on: frozenset[str]  # "তিনি আরও বলেন": the speaker before goes on
    finite_endings: tuple[str, ...]  # a clause ends in a finite verb (text.toml [verbs], -েন included)
    honorific_endings: tuple[str, ...]  # a verb that agrees with a person, never a body (text.toml [verbs])
    clause_verb_endings: tuple[str, ...]  # "করবে", "হয়": a verb of the clause said (text.toml [verbs])
    honorific_words: frozenset[str]  # …and the honorific forms of vowel-root verbs ("জানান", "চান")
    verbs_not_in_names: tuple[str, ...]  # finite-verb endings no name ends with ("করেছেন", "পাঠিয়েছে")
    names_seen: frozenset[str]  # given names and surnames the corpus writes as names (names-seen.tsv)
    report_ends: dict[str, tuple[tuple[str, ...], ...]]  # report nouns by their last word, longest first
    # the same lists indexed once at load, so that a lookup per word is one dict or set probe,
    # not a walk over every phrase: report nouns and hearsay by their first word (longest first),
    # the one-word report nouns, and the words speaker trailers can end with
    report_starts: dict[str, tuple[tuple[str, ...], ...]]
    hearsay_starts: dict[str, tuple[tuple[str, ...], ...]]
    report_words: frozenset[str]
    document_words: frozenset[str]  # report words and their determiners: "এক প্রতিবেদনে"
    trailer_ends: frozenset[str]


def _by_last(phrases: list[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=len, reverse=True):
        out.setdefault(p[-1], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _any_of(words: list[str]) -> re.Pattern[str]:
    """A pattern found in every text that holds one of the words (as a substring): a quick
    test before a text is tokenised to look for them as words."""
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def _by_first(phrases: list[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, in the order given (the first that matches wins)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if p:
            out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _lex(code: str) -> _Lex:
    pack = load_pack(code)
    t: dict[str, Any] = pack.table("cues")
    light: dict[str, list[str]] = t.get("light", {})
    cues: dict[str, list[CueEntry]] = {}
    for c in t.get("cue", []):
        head = tuple(c.get("words", "").split())
        tails = [tuple(f.split()) for f in c.get("forms", [])]
        if c.get("light"):
            tails += [tuple(f.split()) for f in light[c["light"]]]
        # the concessive of a past form ends a subordinate clause: "ঘোষণা দিলেন" → "ঘোষণা দিলেও, …"
        ending, concessive = t.get("concessive", {}).get("from", ""), t.get("concessive", {}).get("to", "")
        # (not of a present form whose root ends in ল: "বলেন" gives no "বলেও", which is "that … too")
        derived = [(*tail[:-1], tail[-1][:-len(ending)] + concessive) for tail in tails
                   if ending and c.get("kind") == "verb" and tail and tail[-1].endswith(ending)
                   and tail[-1][:-len(ending)] + concessive not in t.get("words", {}).get("complementiser", [])]
        for tail, clause in [*((tl, bool(c.get("clause"))) for tl in tails or [()]), *((tl, True) for tl in derived)]:
            seq = head + tail
            if seq:
                cues.setdefault(seq[0], []).append(CueEntry(seq, c["stance"], c["kind"], bool(c.get("object")),
                                                            clause))
    for variant, standard in t.get("spellings", {}).items():
        cues.setdefault(variant, []).extend(replace(e, seq=(variant, *e.seq[1:])) for e in cues.get(standard, []))
    for k in cues:
        cues[k].sort(key=lambda e: -len(e.seq))
    w = t.get("words", {})
    names = pack.table("names")
    speakers = pack.table("speakers")
    cut, relay, trailing = speakers.get("cut_after", {}), speakers.get("relay", {}), speakers.get("trailing", {})
    unnamed, reporters, titles = speakers.get("unnamed", {}), speakers.get("reporters", {}), speakers.get("titles", {})
    cited_by = sorted((tuple(x.split()) for x in relay.get("cited_by", [])), key=len, reverse=True)

    def seqs(key: str) -> list[tuple[str, ...]]:
        return sorted((tuple(x.split()) for x in w.get(key, [])), key=len, reverse=True)

    report_words = frozenset(p[0] for p in seqs("report_nouns") if len(p) == 1)
    heads = {k + "ও": k for k in cues} | {k: k for k in cues}
    pairs: dict[tuple[str, str], list[CueEntry]] = {}
    singles: dict[str, CueEntry] = {}
    for k, entries in cues.items():
        for e in entries:
            if len(e.seq) > 1:
                pairs.setdefault((e.seq[0], e.seq[1]), []).append(e)
            else:
                singles.setdefault(k, e)
    return _Lex(
        cues=cues, cue_heads=heads, cue_pairs=pairs, cue_singles=singles, anonymous=_with_stems(w.get("anonymous", [])),
        pron_sg=frozenset(w.get("pronouns_singular", [])),
        pron_subject=frozenset(w.get("pronouns_subject", [])),
        pron_pl=frozenset(w.get("pronouns_plural", [])),
        plural_endings=tuple(speakers.get("groups", {}).get("plural_endings", [])),
        group_word_endings=tuple(speakers.get("groups", {}).get("group_word_endings", [])),
        body_plurals=frozenset(speakers.get("groups", {}).get("body_plurals", [])),
        body_singulars=frozenset(speakers.get("groups", {}).get("body_singulars", [])),
        a_thing_of=frozenset(speakers.get("groups", {}).get("a_thing_of", [])),
        evidence_cues=frozenset(w.get("evidence_cues", [])),
        legwork=frozenset(w.get("legwork", [])),
        on_behalf=tuple(w.get("on_behalf", [])),
        hearsay=seqs("hearsay"), report_nouns=seqs("report_nouns"),
        complementiser=frozenset(w.get("complementiser", [])), after_the_fact=seqs("after_the_fact"),
        told_facts=frozenset(w.get("told_facts", [])),
        matter_confirmed=seqs("matter_confirmed"),
        quote_name_words=frozenset(w.get("quote_name_words", [])), rejection=tuple(w.get("rejection", [])),
        first_person=frozenset(w.get("first_person", [])), first_person_verbs=tuple(w.get("first_person_verbs", [])),
        first_person_verb_re=_any_of(w.get("first_person_verbs", [])),
        first_person_verbs_also_names=frozenset(w.get("first_person_verbs_also_names", [])),
        first_person_any=_any_of(w.get("first_person", [])),
        second_person=frozenset(w.get("second_person", [])),
        openers=frozenset(w.get("openers", [])), speaker_adverbs=frozenset(w.get("speaker_adverbs", [])),
        time_postpositions=frozenset(w.get("time_postpositions", [])),
        noun_copulas=frozenset(w.get("noun_copulas", [])), requests=tuple(w.get("requests", [])),
        disagreeing=frozenset(w.get("disagreeing", [])), against=frozenset(w.get("against", [])),
        view_ends=tuple(w.get("view_ends", [])),
        not_issuer_endings=tuple(w.get("not_issuer_endings", [])), list_ends=tuple(w.get("list_ends", [])),
        conditional_endings=tuple(w.get("conditional_endings", [])),
        no_owner_genitives=frozenset(w.get("no_owner_genitives", [])),
        titles=frozenset(x.split()[-1] for x in names.get("titles", {}).get("words", [])),
        honorifics=frozenset(h.rstrip(".") for h in names.get("honorifics", {}).get("words", [])),
        case=tuple(pack.table("text").get("suffixes", {}).get("case", [])),
        locative=tuple(pack.table("text").get("suffixes", {}).get("locative", [])),
        objective=tuple(pack.table("text").get("suffixes", {}).get("objective", [])),
        classifiers=tuple(sorted(pack.table("text").get("suffixes", {}).get("classifiers", []), key=len, reverse=True)),
        speaker_trailers=seqs("speaker_trailers"), addressees=frozenset(w.get("addressees", [])),
        given_to=frozenset(w.get("given_to", [])), occasions=tuple(w.get("occasions", [])),
        manner_phrases=frozenset(w.get("manner_phrases", [])),
        first_person_light=frozenset(w.get("first_person_light", [])), held_by=frozenset(w.get("held_by", [])),
        from_words=frozenset(w.get("from_words", [])), owner_adjectives=frozenset(w.get("owner_adjectives", [])),
        source_nouns=frozenset(w.get("source_nouns", [])), absent=frozenset(w.get("absent", [])),
        alone_openers=frozenset(w.get("alone_openers", [])),
        regard=frozenset(w.get("regard", [])), call_manners=frozenset(w.get("call_manners", [])),
        not_accusative=frozenset(w.get("not_accusative", [])),
        not_said_in_passing=frozenset(w.get("not_said_in_passing", [])),
        named_as=frozenset(w.get("named_as", [])), conditionals=frozenset(w.get("conditionals", [])),
        addressee_pronouns=frozenset(w.get("addressee_pronouns", [])), to_whom=frozenset(w.get("to_whom", [])),
        manner_after=frozenset(w.get("manner_after", [])), turns=frozenset(w.get("turns", [])),
        act_comments=frozenset(w.get("act_comments", [])),
        given=frozenset(relay.get("given", [])), spoken_with=frozenset(relay.get("spoken_with", [])),
        interviews=frozenset(relay.get("interviews", [])), agencies=frozenset(relay.get("agencies", [])),
        outlet_kinds=frozenset(tuple(x.split()) for x in relay.get("outlet_kinds", [])),
        origin_endings=tuple(relay.get("origin_endings", [])),
        particles=frozenset(trailing.get("particles", [])),
        behalf=frozenset(w.get("behalf", [])), owned=frozenset(w.get("owned", [])),
        named_ones=frozenset(w.get("named_ones", [])), subordinators=frozenset(w.get("subordinators", [])),
        weak_subordinators=frozenset(w.get("weak_subordinators", [])),
        contrast_framers=frozenset(w.get("contrast_framers", [])),
        unnamed=frozenset(unnamed.get("words", [])),
        indefinite=frozenset(unnamed.get("indefinite", [])),
        indefinite_many=frozenset(unnamed.get("many", [])),
        many_subjects=frozenset(unnamed.get("many_subjects", [])),
        everyone=frozenset(unnamed.get("everyone", [])), abstractions=frozenset(unnamed.get("abstractions", [])),
        reporters=frozenset(reporters.get("words", [])),
        paper_reporters=frozenset(reporters.get("of_a_paper", [])),
        title_ranks=frozenset(titles.get("ranks", [])), portfolios=frozenset(titles.get("portfolios", [])),
        portfolio_links=frozenset(titles.get("portfolio_links", [])),
        same_titles={tuple(k.split()): v for k, v in titles.get("same", {}).items()},
        one_word_titles=frozenset(titles.get("same", {}).values()),
        name_withheld=re.compile("|".join(re.escape(x) for x in unnamed.get("name_withheld", [])) or "(?!)"),
        relatives=frozenset(w.get("relatives", [])),
        correlative_objects=frozenset(w.get("correlative_objects", [])),
        document_determiners=frozenset(w.get("document_determiners", [])),
        document_pointers=frozenset(w.get("document_pointers", [])),
        issued_documents=frozenset(w.get("issued_documents", [])),
        about_nouns=frozenset(w.get("about_nouns", [])),
        titles_in_r=frozenset(w.get("titles_in_r", [])), acting=tuple(w.get("acting", [])),
        warnings=frozenset(w.get("warnings", [])), conditional_verbs=frozenset(w.get("conditional_verbs", [])),
        addressed_by=frozenset(w.get("addressed_by", [])), sent_to=frozenset(w.get("sent_to", [])),
        correlatives=frozenset(w.get("correlatives", [])),
        cut_after=frozenset(x.split()[-1] for x in cut.get("topic", []) + cut.get("words", [])),
        cut_phrases=tuple(tuple(x.split()) for x in cut.get("words", []) if " " in x),
        means=frozenset(cut.get("means", [])), means_kinds=frozenset(cut.get("means_kinds", [])),
        topic_words=frozenset(cut.get("topic", [])),
        hearsay_text=tuple(w.get("hearsay", [])), headline_nouns=dict(t.get("headline_nouns", {})),
        headline_claims=frozenset(w.get("headline_claims", [])),
        pointers=frozenset(w.get("after_the_fact_pointers", [])),
        idioms=frozenset(tuple(x.split()) for x in w.get("idioms", [])),
        cut_except=(*(tuple(x.split()) for x in cut.get("except", [])), *cited_by),
        cited_by=tuple(cited_by),
        signed_by=frozenset(relay.get("signed_by", [])), headlines=frozenset(relay.get("headlines", [])),
        cited_re=re.compile(r"\s(?:" + "|".join(re.escape(" ".join(x)) for x in cited_by) + r")\s")
        if cited_by else re.compile(r"(?!)"),
        question_words=frozenset(w.get("question_words", [])),
        free_relatives=frozenset(w.get("free_relatives", [])),
        indirect_questions=frozenset(w.get("indirect_questions", [])),
        demanded_acts=frozenset(w.get("demanded_acts", [])), denied_nouns=tuple(w.get("denied_nouns", [])),
        demand_cues=tuple(w.get("demand_cues", [])), act_genitives=tuple(w.get("act_genitives", [])),
        demanded_nouns=frozenset(w.get("demanded_nouns", [])),
        likeness=frozenset(w.get("likeness", [])), counted=frozenset(w.get("counted", [])),
        pointer_objects=frozenset(w.get("pointer_objects", [])),
        manner_words=frozenset(w.get("manner_words", [])), platforms=frozenset(w.get("platforms", [])),
        greetings=frozenset(w.get("greetings", [])), greeting_occasions=frozenset(w.get("greeting_occasions", [])),
        relative_objects=frozenset(w.get("relative_objects", [])), any_words=frozenset(w.get("any_words", [])),
        object_relatives=frozenset(w.get("object_relatives", [])),
        works=frozenset(w.get("works", [])), told_about=frozenset(w.get("told_about", [])),
        question_particles=frozenset(w.get("question_particles", [])),
        pointed_roles=frozenset(unnamed.get("pointed_roles", [])),
        unnamed_persons=frozenset(unnamed.get("persons", [])),
        adjective_endings=tuple(w.get("adjective_endings", [])),
        towards=frozenset(w.get("towards", [])),
        plural_objects=tuple(w.get("plural_objects", [])),
        infinitives=frozenset(w.get("infinitives", [])), verbal_nouns=frozenset(w.get("verbal_nouns", [])),
        ensured=frozenset(w.get("ensured", [])),
        declared_acts=frozenset(w.get("declared_acts", [])), declaring=frozenset(w.get("declaring", [])),
        declared_states=frozenset(w.get("declared_states", [])),
        asking=frozenset(w.get("asking", [])),
        relative_persons=frozenset(w.get("relative_persons", [])),
        person_correlatives=frozenset(w.get("person_correlatives", [])),
        intensifiers=frozenset(w.get("intensifiers", [])), channels=tuple(seqs("channels")),
        relay_starts=frozenset(x[0] for x in cited_by),
        relay_ends=frozenset(x[-1] for x in cited_by if x),
        cited_documents=frozenset(relay.get("documents", [])),
        cut_endings=tuple(cut.get("endings", [])),
        trailing_words=frozenset(trailing.get("words", [])),
        not_names=frozenset(names.get("not_names", {}).get("words", [])),
        generic=frozenset(names.get("generic", {}).get("words", [])),
        hyphen_tails=tuple(pack.table("text").get("suffixes", {}).get("hyphen_tails", [])),
        day_words=frozenset(w for key in ("relative_days", "weekdays") for w in pack.table("time").get(key, {})),
        goes_on=frozenset(trailing.get("goes_on", [])),
        possessives=frozenset(trailing.get("possessives", [])),
        finite_endings=tuple(pack.table("text").get("verbs", {}).get("finite_endings", [])),
        honorific_endings=tuple(pack.table("text").get("verbs", {}).get("honorific_endings", [])),
        clause_verb_endings=tuple(pack.table("text").get("verbs", {}).get("clause_verb_endings", [])),
        honorific_words=frozenset(pack.table("text").get("verbs", {}).get("honorific_words", [])),
        verbs_not_in_names=tuple(pack.table("text").get("verbs", {}).get("finite_endings_not_in_names", [])),
        names_seen=frozenset(pack.pairs("names-seen.tsv")),
        report_ends=_by_last(seqs("report_nouns")),
        report_starts=_by_first(seqs("report_nouns")), hearsay_starts=_by_first(seqs("hearsay")),
        report_words=report_words,
        document_words=report_words | frozenset(w.get("document_determiners", [])),
        trailer_ends=frozenset(p[-1] for p in seqs("speaker_trailers") if p),
    )


def _with_stems(words: list[str]) -> frozenset[str]:
    """Group nouns with their plural and case forms reduced: ক্রেতারা, ক্রেতাদের → ক্রেতা."""
    out = set(words)
    for w in words:
        for suf in ("দের", "েরা", "রা", "ের", "র", "কে", "ও"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                out.add(w[: -len(suf)])
    return frozenset(out)


def _group_stem(word: str) -> str:
    for suf in ("দেরও", "দের", "েরা", "রাও", "রা", "েরও", "ের", "কে", "ও"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


@dataclass(slots=True)
class _Cue:
    a: int  # token index
    b: int  # exclusive
    entry: CueEntry
    text: str


@dataclass(slots=True)
class _Found:
    speaker: Speaker
    cue: str
    stance: Stance
    content: Span
    direct: bool
    nested_in: int | None = None  # index into the statement list
    nested_entity: str | None = None
    sentence: int = -1
    subordinate: bool = False  # said in a subordinate clause of a sentence that may be another's speech
    quoted: bool = False  # reported inside a quotation ("X বলেন, ‘ডাক্তার বলেছেন, …’")




@dataclass(slots=True, frozen=True)
class _Title:
    """A title someone is named by: its last word, the rank words before it ("সহ", "যুগ্ম",
    "সাবেক"; pack: title_ranks) and the body or country it is of, all without case endings."""

    head: str
    ranks: frozenset[str]
    of: str | None
    portfolio: str | None = None  # "স্বরাষ্ট্র" of "স্বরাষ্ট্র উপদেষ্টা"

    def matches(self, other: _Title) -> bool:
        """Could `other`, said later, be this title again? ("মন্ত্রী" may be "স্বাস্থ্যমন্ত্রী"; the home
        adviser is not the energy adviser, but may be an adviser named before with no portfolio)"""
        return self.head.endswith(other.head) and self.ranks == other.ranks and (
            self.of is None or other.of is None or self.of == other.of) and (
            self.portfolio is None or other.portfolio is None or self.portfolio == other.portfolio)


class _Analyser:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = _lex(doc.lang)
        self.mentions = sorted(((m.start, m.end, e) for e in doc.entities for m in e.mentions), key=lambda x: x[0])
        self.mention_starts = [m[0] for m in self.mentions]
        self.joint: dict[tuple[int, int], list[str]] = {}  # a plural pronoun's span -> the people it is
        self.longest_mention = max((m[1] - m[0] for m in self.mentions), default=0)
        self.entity_type = {e.id: e.type for e in doc.entities}
        self.entity_by_id = {e.id: e for e in doc.entities}
        self.known_bodies = frozenset(e.id for e in doc.entities
                                      if e.type in ("ORG", "LOC") and e.source == "gazetteer")
        self.times = sorted((t.start, t.end) for t in doc.times)  # time expressions never overlap
        self.time_starts = [t[0] for t in self.times]
        self.said: list[tuple[int, int]] = []  # (start, end) of every content found, sorted
        self._tokens: dict[tuple[int, int], list[_Tok]] = {}
        if not doc.tokens or doc.tokens[-1].end > len(doc.text):
            doc = replace(doc, tokens=[_Tok(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(doc.text)])
            self.doc = doc
        self.token_starts = list(map(_START, self.doc.tokens))
        self.sentence_starts = [sn.start for sn in doc.sentences]
        self.author_voice = 0  # first-person sentences where no one was speaking: the author's own voice (up to 2)
        self.found: list[_Found] = []
        self.speaking: set[str] = set()  # the entities of the speakers found so far
        self.title_owners: list[tuple[_Title, str]] = []  # titles seen with a name, and whose
        self.last_speaker: Speaker | None = None
        self.last_plural: Speaker | None = None
        self.last_org: str | None = None
        self.recipient: str | None = None  # an outlet the last speaker phrase was told to
        self.relayed_in: int | None = None  # the report whose cited source the speaker phrase names again
        self.name_parts = load_pack(doc.lang).name_parts
        self._named_plausibly: dict[str, bool] = {}  # entity id -> _backed_name
        self.quote_marks = [m.start() for m in QUOTE_MARK.finditer(self.text)]
        self._title_words: dict[str, bool] = {}  # word -> _is_title
        self._house_style: dict[str, bool] = {}  # outlet name -> the text is in its house's style
        self.subject_pronouns = list(compress(  # where "তিনি" stands
            self.token_starts, map(self.lex.pron_subject.__contains__, map(_TEXT, self.doc.tokens))))

    def quotes(self, a: int, b: int) -> list[QuoteSpan]:
        """`quote_spans` of text[a:b]; most sentences hold no quotation mark, and are told so by one
        look at the document's marks."""
        k = bisect_left(self.quote_marks, a)
        if k == len(self.quote_marks) or self.quote_marks[k] >= b:
            return []
        return quote_spans(self.text, a, b)

    # ---- tokens and cues ------------------------------------------------------------
    def tokens(self, a: int, b: int) -> list[_Tok]:
        key = (a, b)
        if key not in self._tokens:  # sentences and speaker phrases are read more than once
            # the document's tokens when no word straddles an edge (the same words a fresh
            # tokenisation of text[a:b] finds), else tokenised anew
            i, j = bisect_left(self.token_starts, a), bisect_left(self.token_starts, b)
            doc_toks = self.doc.tokens
            if (i == 0 or doc_toks[i - 1].end <= a) and (j == 0 or doc_toks[j - 1].end <= b):
                self._tokens[key] = doc_toks[i:j]
            else:
                self._tokens[key] = [_Tok(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(self.text, a, b)]
        return self._tokens[key]

    def find_cues(self, toks: list[_Tok]) -> list[_Cue]:
        out: list[_Cue] = []
        # only words that open some cue can start one: most sentences have none or one or two, so
        # the words in between are skipped in one C-level pass instead of one Python step each
        # (a cue noun with the emphatic "-ও" is the cue: "… পরিবর্তনের দাবিও জানিয়েছেন")
        heads = self.lex.cue_heads
        texts = list(map(_TEXT, toks))
        starts = list(compress(range(len(texts)), map(heads.__contains__, texts)))
        if not starts:
            return out
        texts = [heads.get(w, w) for w in texts]
        pairs, singles = self.lex.cue_pairs, self.lex.cue_singles
        nxt = 0  # the first word a cue may start at (after the last cue found)
        for i in starts:
            if i < nxt:
                continue
            hit = None
            # (the longest first: a cue of two or more words, looked up by its first two)
            for e in pairs.get((texts[i], texts[i + 1]), ()) if i + 1 < len(texts) else ():
                n = len(e.seq)
                if n == 2 or tuple(texts[i:i + n]) == e.seq:
                    hit = _Cue(i, i + n, e, self.text[toks[i].start:toks[i + n - 1].end])
                    break
            if hit is None and (e1 := singles.get(texts[i])) is not None:
                hit = _Cue(i, i + 1, e1, self.text[toks[i].start:toks[i].end])
            if hit and i > 0 and (toks[i - 1].text, toks[i].text) in self.lex.idioms:
                hit = None  # "ত্যাগ স্বীকার করেছে" is a sacrifice made, not a thing admitted
            if hit:
                # "উদ্বেগ প্রকাশ করে বলেন", "আহ্বান জানিয়ে বলেন": a cue in its conjunctive form joins the
                # verb after it
                if out and out[-1].b == hit.a and toks[out[-1].b - 1].text in _CONJUNCTIVE and hit.entry.kind == "verb":
                    prev = out.pop()
                    hit = _Cue(prev.a, hit.b, prev.entry, self.text[toks[prev.a].start:toks[hit.b - 1].end])
                out.append(hit)
                nxt = hit.b
        return out

    @staticmethod
    def seq_at(toks: list[_Tok], i: int, starts: dict[str, tuple[tuple[str, ...], ...]]) -> int:
        """Length of the first phrase (of a list indexed by first word) that stands at toks[i], or 0."""
        if i >= len(toks):
            return 0
        for s in starts.get(toks[i].text, ()):
            if tuple(t.text for t in toks[i:i + len(s)]) == s:
                return len(s)
        return 0

    # ---- speakers -------------------------------------------------------------------
    def entity_in(self, a: int, b: int) -> list[tuple[int, int, Entity]]:
        # mentions are sorted by start and none is longer than the longest: look only where they can be
        lo = bisect_left(self.mention_starts, a - self.longest_mention)
        hi = bisect_left(self.mention_starts, b)
        return [m for m in self.mentions[lo:hi] if a < m[1]]

    def trim(self, a: int, b: int) -> tuple[int, int]:
        # (a bracket closed at the start is the end of an aside before: "তিনি (আন্তোনিও গুতেরেস) সব …")
        while a < b and (self.text[a] in _PUNCT_EDGE or self.text[a] in _QUOTE_CHARS or self.text[a].isspace()
                         or self.text[a] in ")]"):
            a += 1
        while b > a and (self.text[b - 1] in _PUNCT_EDGE or self.text[b - 1] in _QUOTE_CHARS
                         or self.text[b - 1].isspace()):
            b -= 1
        return a, b

    def _closes_clause(self, t: _Tok) -> bool:
        return t.text in _SPEAKER_CLAUSE_MARKS or (t.text in _DASHES and self.text[t.start - 1:t.start] == " "
                                           and self.text[t.end:t.end + 1] == " ")

    def _a_document_described(self, toks: list[_Tok]) -> bool:
        """Is it a document and only how it was put out ("দেওয়া পোস্টে", "প্রকাশিত এক বিবৃতিতে")?"""
        words = [t.text for t in toks]
        return len(words) >= 2 and words[-1] in self.lex.report_words and words[0] in self.lex.owned \
            and all(w in self.lex.owned or w in self.lex.document_determiners for w in words[1:-1])

    def speaker(self, a: int, b: int) -> Speaker | None:
        """Make a speaker of text[a:b] (a phrase that names who spoke). One who asked not to be named
        ("নাম প্রকাশে অনিচ্ছুক এক কাউন্সিলর", "… নাম প্রকাশ না করার শর্তে বলেন") is anonymous,
        whoever the article named with their title before."""
        sp = self._speaker(a, b)
        withheld = self.lex.name_withheld.search(self.text, a, b)
        if sp is not None and not sp.anonymous and withheld:
            sp = replace(sp, entity=None, anonymous=True)
        if sp is None and withheld and withheld.end() < b:
            # (the ones after it whom the phrase as a whole does not parse as: "নাম প্রকাশ না করার শর্তে
            # একটি এনজিওর ব্যবস্থাপক ও মাঠকর্মী")
            rest = self._speaker(withheld.end(), b)
            if rest is not None:
                start = self.trim(a, b)[0]
                sp = Speaker(self.text[start:rest.end], start, rest.end, None, True)
        return sp

    def speaker_after(self, a: int, b: int) -> Speaker | None:
        """The speaker named after a cue, in text[a:b], which ends where a quotation opens after a
        comma: "… বলেও জানান এই র‍্যাপার, ‘…’" is the rapper's; the quotation is no part of who spoke.
        Words that open with "এবং"/"ও" are a second clause of the same subject (no one named), and the
        speaker ends at a comma before a turn ("…, তবে …")."""
        opened = next((i for i in range(a, b) if self.text[i] in _OPENING_QUOTES
                       and self.text[a:i].rstrip().endswith((",", ":"))), b)
        if opened < b:
            # only the outlet told before the quotation ("… ব্যাখ্যাও করেন প্রথম আলোকে, ‘…’"): no one
            # named here (the speaker is before the cue)
            toks = self.tokens(*self.trim(a, opened))
            outlet = self._told(toks[-1]) if toks else None
            if outlet is not None and all(any(m.start <= t.start and t.end <= m.end for m in outlet.mentions)
                                          for t in toks):
                return None
        # the act the cue's participle went with, before its subject ("… উল্লেখ করে পদত্যাগ করেছেন
        # দলটির একজন কেন্দ্রীয় নেতা"): the speaker is the subject after that verb
        toks = self.tokens(a, opened)
        if toks and toks[0].text in _AND:
            return None  # "X … প্রত্যাখ্যান করেন এবং তদন্তের দাবি জানান": a second clause of X's, no one named
        # the speaker's clause ends at a comma before a turn ("… দায়ী করেছে যুক্তরাষ্ট্র, তবে বিশ্লেষক
        # X-এর মতে, …"): what follows is another clause
        turn = next((k for k in range(1, len(toks) - 1)
                     if toks[k].text == "," and toks[k + 1].text in self.lex.turns), None)
        if turn is not None:
            opened = toks[turn].start
            toks = toks[:turn]
        # (up to the next verb of speech or the clause's end: "… উল্লেখ করে X বলেছেন, …" is X speaking)
        end = next((k for k, t in enumerate(toks) if t.text in self.lex.cues or t.text in (",", "।", ";", ":")),
                   len(toks))
        last_verb = next((k for k in range(end - 2, -1, -1) if toks[k].text.endswith(self.lex.verbs_not_in_names)
                          and not self.entity_in(toks[k].start, toks[k].end)), None)
        if last_verb is not None:
            a = toks[last_verb + 1].start
        words = [t for t in toks[:end] if t.text not in ("।", "!", "?")]
        if words and words[-1].text.endswith(self.lex.verbs_not_in_names) and not any(
                m[2].type in ("PER", "ORG") for m in self.entity_in(words[0].start, words[0].end)) \
                and not self._is_title(words[0].text):
            # a clause naming no one, not who spoke: "ওসি X জানান তারা কাজ শুরু করেছেন" (the comma left
            # out); a name may go on with a relative clause ("… বলেন X, যিনি … পালিয়েছেন")
            return None
        sp = self.speaker(a, opened)
        if sp is not None and any(w in _LIGHT_VERBS for w in sp.text.split()):
            # a verb of another act after the cue ("… দাবি করে ছাড়িয়ে নিতে পুলিশকে চাপ দেন X"): the cue
            # was a participle of X's act, and X said nothing by it
            return None
        return sp

    def _speaker(self, a: int, b: int) -> Speaker | None:
        a, b = self.trim(a, b)
        toks = self.tokens(a, b)
        self.recipient = None
        self.relayed_in = None
        # an interview or a talk with an outlet ("রয়টার্সের সঙ্গে এক সাক্ষাৎকারে X", "X আল জাজিরার সাথে
        # আলাপকালে"): the outlet carries it, as one told does; the words of the talk are cut as an occasion
        with_outlet = next((outlet for k in range(len(toks) - 2) if toks[k + 1].text in self.lex.spoken_with
                            and (outlet := self._spoken_with(toks, k)) is not None), None)
        if with_outlet is not None:
            self._carried_by(with_outlet)

        def placed(t: _Tok) -> bool:  # a place in the locative: "ঢাকায় শিক্ষকেরা …" is where, not who
            return t.text.endswith(("য়", "তে", "ে")) and any(
                m[2].type == "LOC" and m[0] == t.start for m in self.entity_in(t.start, t.end))

        def opener(t: _Tok) -> bool:
            return t.text in self.lex.openers or t.text in self.lex.speaker_adverbs or self._in_time(t.start)

        while len(toks) > 2 and f"{toks[0].text} {toks[1].text}" in self.lex.openers:
            toks = toks[2:]  # "সে সময় সরকার জানায়": "at that time", not "he"
        while len(toks) > 1 and (opener(toks[0]) or placed(toks[0]) or toks[0].text in self.lex.day_words):
            toks = toks[1:]  # ("আজ বাংলাদেশ উদীচী …": today)
            if len(toks) > 1 and toks[0].text == ",":
                toks = toks[1:]  # ("এমনকি, … X": the opener's comma)
            # (and the date in brackets after a weekday: "শুক্রবার (৯ আগস্ট) যুক্তরাষ্ট্রের সংবাদমাধ্যম …")
            close = next((i for i in range(1, min(len(toks), 6)) if toks[i].text == ")"), None) \
                if toks and toks[0].text == "(" else None
            if close is not None and close + 1 < len(toks) and all(self._in_time(t.start) for t in toks[1:close]):
                toks = toks[close + 1:]
        # a time, or a phrase of when, before the one named ("আন্দোলনের মধ্যে ১৮ জুলাই প্রতিমন্ত্রী X",
        # "দায়িত্ব নেওয়ার অল্প সময়ের মধ্যেই জো বাইডেন"): when they spoke, not who
        # (a name in the genitive is whose the phrase of when is: "মি. হোসেনের ব্রিফিংয়ের কয়েক ঘণ্টা পর X")
        # (asked only of a phrase with a time in it: most name no time, and the names' test is dear)
        timed = [i for i, t in enumerate(toks[:-1]) if t.text in self.lex.time_postpositions
                 or (self._in_time(t.start) and t.text not in self.lex.titles)]
        when = None
        owners = [False] * len(toks)
        if timed:
            named_by = [[m for m in self.entity_in(t.start, t.end)
                         if m[2].type in ("PER", "ORG") and m[0] <= t.start < m[1]] for t in toks]
            owners = [any(self._in_genitive(m) for m in ms) for ms in named_by]
            for i in range(len(toks) - 2, -1, -1):  # (with the title before the name: "মন্ত্রী X-এর")
                owners[i] = owners[i] or (owners[i + 1] and self._is_title(toks[i].text))
            name_at = [i for i, ms in enumerate(named_by) if ms]
            first_name = next((i for i in name_at if not owners[i]), name_at[0] if name_at else 0)
            when = max((i for i in timed if i < first_name), default=None)
        # (not past a subject before it: "তিনি সোমবার যুগান্তরকে বলেন" is তিনি, who told the paper)
        # (nor past one named by what they are: "সংশ্লিষ্ট একজন কর্মকর্তা আজ প্রথম আলোকে জানান")
        if when is not None and not any(not owners[i] and (
                t.text in self.lex.pron_sg or t.text in self.lex.pron_pl or self.entity_in(t.start, t.end)
                or self._can_speak(t) or self._is_title(t.text)) for i, t in enumerate(toks[:when])):
            toks = toks[when + 1:]
            while len(toks) > 1 and (opener(toks[0]) or toks[0].text in self.lex.day_words):
                toks = toks[1:]  # (and a time after it: "… কয়েক ঘণ্টা পর আজ ভোর সাড়ে ছয়টায় X")
        if toks and all(t.text in self.lex.relative_objects for t in toks):
            return None  # "… সম্পর্কে যে মন্তব্য করেছেন": a relative clause, no one named
        if toks and toks[-1].text in self.lex.verbal_nouns:
            # "গুলি করার ইঙ্গিত দিয়ে বলেন": what the cue's noun is about; the speaker is the one before it
            # ("নিহতের মা ছেলেকে ফিরে পাওয়ার আকুতি জানিয়ে বলেন"), or no one (the subject was dropped)
            # (not a noun the verbal noun makes a verb of: "… ব্যক্তিদের আসামি করার অভিযোগ")
            subject = next((i for i in range(len(toks) - 3, -1, -1) if self._can_speak(toks[i])
                            or (toks[i].text in self.lex.unnamed_persons and i > 0
                                and _is_genitive(toks[i - 1].text, self.lex.case)) or any(
                                m[1] == toks[i].end and m[2].type in ("PER", "ORG") and not self._in_genitive(m)
                                for m in self.entity_in(toks[i].start, toks[i].end))), None)
            if subject is None:
                return None
            toks = toks[:subject + 1]
        if len(toks) == 1 and (opener(toks[0]) or toks[0].text in self.lex.day_words
                               or toks[0].text in self.lex.alone_openers):
            return None  # "গতকাল নিশ্চিত করেছেন, …": a time alone names no one (the subject was dropped)
        if all(t.text in self.lex.cut_after for t in toks) \
                and not (len(toks) == 1 and toks[0].text in self.lex.report_words):
            # (a document alone speaks, "বিজ্ঞপ্তিতে বলা হয়, …", though it is also the last word of an
            # occasion, "সংবাদ বিজ্ঞপ্তিতে")
            return None  # "‘…’ হিসেবে আখ্যায়িত করেন": a word of the phrase around the quotation, no one
        toks = self._told_first(toks)
        # the ones told, right before a name ("শনিবার সাংবাদিকদের রহিম উদ্দিন বলেন"): not of the speaker
        # (before a title they may be whose it is: "সাংবাদিকদের নেতা X")
        # (after a clause of what they did too: "হাসপাতাল থেকে বেরিয়ে সাংবাদিকদের X বলেন")
        told = next((k for k in range(len(toks) - 1) if toks[k].text in self.lex.addressees and any(
            m[0] == toks[k + 1].start and m[2].type == "PER"
            for m in self.entity_in(toks[k + 1].start, toks[k + 1].end))), None)
        if told is not None and not any(self.entity_in(t.start, t.end) or t.text in self.lex.pron_sg
                                        or t.text in self.lex.pron_pl for t in toks[:told]):
            toks = toks[told + 1:]
        # a document put out somewhere, in the locative ("X-এর ফেসবুক পেজে দেওয়া পোস্টে", "X-এর ওয়েবসাইটে
        # প্রকাশিত বিজ্ঞপ্তিতে"): whose it is, named before where ("ফেসবুক" is the medium, no speaker)
        put = next((j for j in range(len(toks) - 3, 0, -1) if self._a_document_described(toks[j + 1:])
                    and not _is_genitive(toks[j].text, self.lex.case)), None) \
            if len(toks) > 3 and toks[-1].text in self.lex.report_words else None
        if put is not None:
            medium = put - 1 if toks[put - 1].text in self.lex.means_kinds else put
            whose = toks[medium - 1].text if medium > 0 else ""
            if _is_genitive(whose, self.lex.case) and whose not in self.lex.possessives:  # ("X তার পেজে …": X)
                toks = toks[:medium]
        # only the last clause names the speaker: "…, এক সাংবাদিকের এই প্রশ্নের উত্তরে তিনি",
        # "হলদিয়ায় সাংবাদিক বৈঠক করে জেলাশাসক …", "জামায়াতের জোট প্রশ্নে খসরু"
        # (a mark inside a quoted title closes nothing: "X তার বই ‘চেঙ্গিস খান: দ্য ম্যান …’ বইয়ে")
        titled = [(q.open, q.close) for q in self.quotes(toks[0].start, toks[-1].end) if q.closed] if toks else []
        for k in range(len(toks) - 2, -1, -1):
            if any(x < toks[k].start < y for x, y in titled):
                continue
            if self._closes_clause(toks[k]) or ((toks[k].text in self.lex.cut_after or toks[k].text.endswith(
                    self.lex.cut_endings)) and not any(
                    tuple(t.text for t in toks[k + 1 - len(x):k + 1]) == x for x in self.lex.cut_except)):
                if toks[k].text == "," and self._in_a_list_of_names(toks, k):
                    continue  # "অধ্যাপক A, সমাজকর্মী B এবং শিক্ষক C বলেন": the three speak
                if toks[k].text == "," and any(m[0] < toks[k].start and toks[k].end < m[1]
                                               for m in self.entity_in(toks[k].start, toks[k].end)):
                    continue  # a comma inside a name: "বিদ্যুৎ, জ্বালানি ও খনিজ সম্পদ মন্ত্রণালয়"
                if toks[k].text == "," and toks[k + 1].text in self.lex.relative_persons:
                    # "X, যিনি …, বলেন": the relative clause describes the speaker named before it
                    j = next((i for i in range(k - 1, -1, -1) if toks[i].text in (",", ";", ":")), -1)
                    toks = toks[j + 1:k] or toks[k + 1:]
                else:
                    toks = toks[k + 1:] if self._closes_clause(toks[k]) else self._subject_around(toks, k)
                break
        if toks and self._only_adverbs(toks):
            return None  # "…’; কখনো বলেছেন, …": an adverb after the clause before names no one (dropped subject)
        # the occasion or the ones addressed after the speaker ("X কর্মীদের উদ্দেশে বলেন", "X তার
        # ফেসবুক আইডিতে লেখেন"): the speaker is before it
        # (a document named alone in two words, "সংবাদ বিজ্ঞপ্তিতে বলা হয়", is its issuer's: below)
        # (or a participle of another act, "X … অপচেষ্টা চালিয়ে বলেছেন")
        participle_end = bool(toks) and toks[-1].text.endswith(self.lex.cut_endings) \
            and not self.entity_in(toks[-1].start, toks[-1].end)
        if len(toks) > 1 and (toks[-1].text in self.lex.cut_after or participle_end) \
                and not self._ends_in_relay(toks) \
                and not self._document_alone([t.text for t in toks]):
            # (no name there: the subject it opens with, "তিনি জোর দিয়ে", or all before, "এক দূত এসে")
            # (or in what capacity: "কারণ হিসেবে বলেন", the reason he gave)
            manner = len(toks) == 2 and toks[1].text in ("করে", "হিসেবে", "হিসাবে")
            topic = toks[-1].text in self.lex.topic_words or toks[-1].text in _POSTPOSITIONS
            participle = toks[-1].text not in self.lex.cut_after  # (by its ending: "… চালিয়ে", "… দেখিয়ে")
            toks = self._subject_around(toks, len(toks) - 1) or ([] if topic else self._before_the_clause(toks))
            if not toks or (participle and not (self._names_someone(toks) or any(self._can_speak(t) for t in toks))):
                return None  # "পুলিশের বিরুদ্ধে ক্ষোভ প্রকাশ করে বলেন": what it is about, the subject dropped
            if manner and len(toks) == 1 and not self._names_someone(toks):
                return None  # "বিলাপ করে বলছিলেন": how it was said; the subject was dropped
        # "বুধবার এক যৌথ বিবৃতিতে X …", "আদালতে জমা দেওয়া লিখিত বক্তব্যে X …": the setting, not the speaker
        for k in range(len(toks) - 2, -1, -1):
            if toks[k].text in self.lex.report_words and any(
                    t.text not in self.lex.report_words and t.text not in ("এক", "যৌথ", "লিখিত")
                    and t.text not in self.lex.trailing_words for t in toks[k + 1:]):
                # (not before an adverb alone: "X তার লিখিত বক্তব্যে আরো বলেন" is X, further)
                if all(t.text in self.lex.owned for t in toks[k + 1:]):
                    # what the document says, described ("হলফনামায় উল্লেখ করা তথ্য অনুযায়ী"): the document
                    toks = toks[:k + 1]
                    break
                toks = toks[k + 1:]
                # (and an adverb alone after it names no one: "… দেওয়া সাক্ষাৎকারে এমনও বলেছেন")
                if self._only_adverbs(toks):
                    return None
                break
        # a book, named after its author ("মওদুদ আহমদ তাঁর আত্মজীবনী বইয়ে লিখেছেন", "অধ্যাপক X বাংলাদেশের
        # শাসনব্যবস্থা ও রাজনীতি বইয়ে বলেছেন"): the author, whatever the title between
        if len(toks) > 2 and toks[-1].text in self.lex.works:
            author = next((m for m in self.entity_in(toks[0].start, toks[-2].end) if m[2].type == "PER"
                           and not _is_genitive(self.text[m[0]:m[1]].split()[-1], self.lex.case)), None)
            if author is not None:
                toks = [t for t in toks if t.end <= author[1]]
        # what trails the speaker, in any order ("X রোববার সংবাদ সম্মেলনে", "X সংবাদ সম্মেলনে রোববার")
        before = -1
        while toks and len(toks) != before and not self._ends_in_relay(toks):
            # (a phrase that ends in a relay, "Y X-কে উদ্ধৃত করে", keeps X: _relay_chain splits it)
            before = len(toks)
            if len(toks) > 2 and f"{toks[-2].text} {toks[-1].text}" in self.lex.trailing_words:
                toks = toks[:-2]  # (two words: "তিনি স্পষ্ট করেই বলেছেন", "X এর আগেও বলেছেন")
            if len(toks) > 3 and toks[-1].text == toks[-2].text and LETTER.match(toks[-1].text) \
                    and f"{toks[-2].text} {toks[-1].text}" not in self.lex.anonymous \
                    and not self.entity_in(toks[-3].start, toks[-3].end):  # (not "কেউ কেউ": some, who spoke)
                # a word doubled, how it went all the while: "X কাঁদতে কাঁদতে বলেন", "ধীরে ধীরে", and a light
                # verb's with its noun: "X লাইভে কান্না করতে করতে বলেন"
                toks = toks[:-3] if toks[-1].text in self.lex.infinitives else toks[:-2]
            while toks and (toks[-1].text in self.lex.trailing_words or self._in_time(toks[-1].start)
                            or (len(toks) > 1 and toks[-1].text in self.lex.particles)  # ("X এ-ও স্বীকার করেছেন")
                            or toks[-1].text in self.lex.day_words
                            or (len(toks) > 1 and toks[-1].text.endswith("ভাবে") and len(toks[-1].text) > 5)):
                toks = toks[:-1]
            # where it was sent and whom from ("স্বরাষ্ট্র মন্ত্রণালয় থেকে গণমাধ্যমে পাঠানো বিবৃতিতে", "বিএনপির
            # পক্ষ থেকে গণমাধ্যমে …"): the body it came from
            now = tuple(t.text for t in toks)
            sent = next((len(c) for c in self.lex.channels if len(now) > len(c) and now[-len(c):] == c), 0)
            if sent and len(toks) > sent + 1 and toks[-sent - 1].text in self.lex.from_words:
                toks = toks[:-sent - 1]
                if len(toks) > 1 and toks[-1].text == "পক্ষ":
                    toks = toks[:-1]
            # the one it was said to, after a person named ("X নির্বাচনী অনুসন্ধান কমিটির কাছে")
            if len(toks) > 2 and (toks[-1].text in self.lex.to_whom or toks[-1].text in self.lex.manner_after):
                toks = self._cut_after_person(toks, toks[-2].start, pronouns=True)
            # the ones told, a plural after a person named ("প্রধান শিক্ষক আলম হোসেন অভিভাবকদের জানান",
            # "অধ্যক্ষ X আন্দোলনকারী শিক্ষার্থীদের জানান"): the person is the speaker
            if len(toks) > 2 and toks[-1].text.endswith("দের") and not self.entity_in(toks[-1].start, toks[-1].end):
                toks = self._cut_after_person(toks, toks[-1].start, pronouns=False)
            # a report or occasion after the speaker ("X সংবাদ সম্মেলনে"), unless it is the source itself
            for noun in self.lex.report_ends.get(toks[-1].text, ()) if toks else ():
                n = len(noun)
                if len(toks) > n and tuple(t.text for t in toks[-n:]) == noun and self._names_someone(toks[:-n]) \
                        and not all(t.text in self.lex.platforms for t in toks[:-n]):  # ("ফেসবুক পোস্টে": the poster's)
                    toks = toks[:-n]
                    # and whose it is: "X তার নিবন্ধে লিখেছেন" is X
                    if len(toks) > 1 and toks[-1].text in self.lex.possessives:
                        toks = toks[:-1]
                    break
            # the one spoken to ("রয়টার্সকে বলেন", "সাংবাদিকদের বলেন"): not the speaker; an outlet told
            # is the report that carries the statement
            while len(toks) > 1 and (self._accusative(toks[-1].text) or toks[-1].text in self.lex.addressees or (
                    toks[-1].text in self.lex.addressee_pronouns and self._names_someone(toks[:-1]))):
                outlet = self._told(toks[-1])
                if outlet is not None:
                    self._carried_by(outlet)
                # the whole name told, not its last word ("তিনি প্রথম আলোকে বলেন")
                first = self.name_start(toks[-1])
                told_words = toks[-1].start == first
                if first <= toks[0].start:
                    return None  # the one told alone ("সায়লা ফারজানাকে বলেন, …"): the subject was dropped
                toks = [t for t in toks[:-1] if t.start < first] or toks[:1]
                if outlet is not None:  # and what the outlet is, before its name ("… ভারতীয় বার্তা সংস্থা পিটিআইকে")
                    toks = self._without_outlet_kind(toks)
                # the words of one told that no name covers ("… হানিফ একটি আন্তর্জাতিক গণমাধ্যমকে"): back to
                # the person named before them
                person_end = max((m[1] for m in self.entity_in(toks[0].start, toks[-1].end) if m[2].type == "PER"),
                                 default=None)
                if told_words and person_end is not None and toks[-1].start >= person_end and not any(
                        self._is_title(t.text) for t in toks if t.start >= person_end):
                    toks = [t for t in toks if t.start < person_end]
                # …or to the unnamed source before them ("একটি সূত্র আমার দেশকে", "পিসিবির একটি
                # সূত্র জিও সুপারকে"): a name of two words told, its first word no part of the speaker
                elif told_words and len(toks) >= 2 and not self.entity_in(toks[-1].start, toks[-1].end) \
                        and toks[-2].text in self.lex.anonymous \
                        and not self._can_speak(toks[-1]):
                    toks = toks[:-1]
            # an outlet in the locative after the speaker ("… এক কর্মকর্তা জাগো নিউজে বলেন"): the one
            # told, as "জাগো নিউজকে" would be
            toks = self._outlet_in_locative(toks) or toks
            words = [t.text for t in toks]
            # (every trailer ends with one of a few words: with none of them last, none matches)
            for phrase in self.lex.speaker_trailers if words and words[-1] in self.lex.trailer_ends else ():
                n = len(phrase)
                if n < len(words) and tuple(words[-n:]) == phrase:
                    toks, words = toks[:-n], words[:-n]
                    # and whose page it was: "X তাঁর সামাজিক যোগাযোগমাধ্যমে লিখেছেন" is X
                    if len(toks) > 1 and words[-1] in self.lex.possessives:
                        toks, words = toks[:-1], words[:-1]
                    break
        # a pronoun subject and only where or when after it ("তিনি ছবিগুলোর ক্যাপশনে", "তিনি পয়লা বৈশাখের
        # সুবহে"): the pronoun (a name or a title after it would be glossing it: "তিনি (জেলা প্রশাসক)")
        if len(toks) > 1 and toks[0].text in self.lex.pron_subject and all(self._adverbial(t) for t in toks[1:]):
            toks = toks[:1]
        words = [t.text for t in toks]
        # "… এলাকার আরিফুর রহমান নামের এক ভোটার": the person is the name given, not "a voter"
        named = next((k for k in range(1, len(words) - 1) if words[k] in self.lex.named_as), None)
        if named is not None:
            so_named = [m for m in self.entity_in(toks[named - 1].start, toks[named - 1].end) if m[2].type == "PER"]
            if so_named:
                toks = [t for t in toks[:named] if t.start >= so_named[0][0]]
                words = [t.text for t in toks]
        # "তিনি আগেই ফি পরিশোধ করেন এবং [প্রতিশ্রুতি দেন]": a clause of its own before the cue; the
        # speaker is its subject, the pronoun or name it opens with
        joined = next((k for k in range(1, len(words)) if words[k] in ("এবং", "ও", "আর")
                       and words[k - 1].endswith(self.lex.finite_endings)), None)
        if joined is not None and (words[0] in self.lex.pron_sg or words[0] in self.lex.pron_pl):
            toks, words = toks[:1], words[:1]
        elif joined is not None and not self.entity_in(toks[joined - 1].start, toks[joined - 1].end):
            # (a name before "ও" is one of two speakers, "X ও Y বলেন", however it ends)
            # "দলের মহাসচিব X স্বীকার করেছেন এবং [বলেছেন]": the person the first clause names
            names = [m for m in self.entity_in(toks[0].start, toks[joined - 1].end)
                     if m[2].type == "PER" and not self._in_genitive(m)]
            if names:
                toks = [t for t in toks if t.end <= names[-1][1]]
                words = [t.text for t in toks]
        if not toks or not any(LETTER.match(w) for w in words):
            return None  # a closing quotation mark or a dash names no one
        if words[-1] in self.lex.relatives:
            return None  # "X যা বলেন :": a subheading over what X said, no speaker of its own
        # (an abstraction with its adjectives, no name: "সাম্প্রতিক ঘটনাপ্রবাহ বলছে")
        if (len(words) == 1 and words[0] in self.lex.everyone) or (
                words and words[-1] in self.lex.abstractions and not self.entity_in(a, b)
                and not any(_is_genitive(w, self.lex.case) for w in words[:-1])):
            return None  # "সবাই বলল, …", "ইতিহাস বলছে, …": everyone, or history, is no source
        if all(w in self.lex.complementiser for w in words):
            return None  # "X Y-কে ‘…’ বলে আখ্যা দিয়েছে": the word that closes the quotation names no one
        if all(w in self.lex.first_person or not LETTER.match(w) for w in words):
            return None  # "আমাদের …": the speaker's own words, inside an unclosed quotation, name no one
        bare = words[:words.index("(")] if words[-1] == ")" and "(" in words else words  # ("কামালকে (আমাকে)")
        if len(bare) == 1 and bare[0].endswith(("কে", "কেও")) and bare[0] not in self.lex.pron_sg \
                and bare[0] not in self.lex.indefinite:  # ("অনেকে বলছেন": many say)
            return None  # one in the accusative is the object ("চট্টগ্রামকে উড়িয়ে দিয়েছে"), never who spoke
        # the tail of a bracket cut off before it ("(সূরা নিসা : ৪১) আবদুল্লাহ ইবনে মাসউদ …", cut after the
        # colon): not who spoke
        close = next((i for i, t in enumerate(toks[:4]) if t.text.endswith(")") and "(" not in t.text), None)
        if close is not None and close + 1 < len(toks) and not any("(" in t.text for t in toks[:close]):
            toks = toks[close + 1:]
            words = [t.text for t in toks]
        a, b = toks[0].start, toks[-1].end
        text = self.text[a:b]
        head = strip_suffix(words[-1], self.lex.case).rstrip("ও")
        ments = self.entity_in(a, b)
        persons = [m for m in ments if m[2].type == "PER"]
        if len(words) >= 4 and words[1] == "(" and words[-1] == ")" and (
                words[0] in self.lex.pron_sg or words[0] in self.lex.pron_pl):
            # "তিনি (জেলা প্রশাসক)": the bracket says who the pronoun is
            gloss = self._speaker(toks[2].start, toks[-2].end)
            if gloss is not None:
                return Speaker(text, a, b, gloss.entity, gloss.anonymous)
        if words[-1] in self.lex.pron_sg or (len(words) <= 2 and words[0] in self.lex.pron_sg):
            if words[-1] in self.lex.pron_sg:
                a, text = toks[-1].start, toks[-1].text
            if self._spoken_with_unnamed(a):
                return Speaker(text, a, b, None, True)
            ent = self._pronoun_referent(a)
            # "তিনি আরও বলেন": the one who spoke last goes on, whoever was named in between
            previous = self.last_voice()
            # (a person: "… প্রত্যাশা করে জামায়াতে ইসলামী। তিনি আরও বলেন" is not the party)
            # (not one reported inside the quotation the pronoun closes: "“করিম বলেছেন …,” তিনি আরও …")
            if previous is not None and previous.speaker.entity is not None and self.goes_on_after(b) \
                    and self.entity_type.get(previous.speaker.entity) == "PER" \
                    and not any(q.open < previous.speaker.start < q.close for q in self._quoted_before(a)):
                ent = previous.speaker.entity
            if ent is not None:
                return Speaker(text, a, b, ent, False)
            return Speaker(text, a, b, None, bool(previous and previous.speaker.anonymous))
        if words[-1] in self.lex.pron_pl or words[0] in self.lex.pron_pl:
            ref = self.last_plural or self.last_speaker
            # a body that spoke after the last group did ("… জানিয়েছে জিটিআরআই। তারা বলছে, …"): the body
            body = self.last_speaker
            if body is not None and self.entity_type.get(body.entity or "") == "ORG" and (
                    self.last_plural is None or body.end > self.last_plural.end):
                ref = body
            group = self._group_before(a)
            people = self.people_named_before(a)
            first = self._mention_start(people[0], a) if people else -1
            # (none spoke after them, but for the two themselves: "A এবং B এ ঘোষণা দেন" may be their phrase)
            if people and (ref is None or ref.end < first or ref.start <= first < ref.end) and (
                    group is None or group < first):
                # "সমন্বয়ক A এবং B এ ঘোষণা দেন। তারা বলেন, …": the two named, one statement each (`_expand`)
                self.joint[(a, b)] = people
                return Speaker(text, a, b, None, False)
            if group is not None and (ref is None or ref.end < group):
                # "শিক্ষক-কর্মচারীরা … রাজি না। তাঁরা বলেছেন, …": the group just named, unnamed
                return Speaker(text, a, b, None, True)
            if ref is not None and ref is not self.last_plural and self.entity_type.get(ref.entity or "") == "PER" \
                    and words[-1] in self.lex.pron_pl:  # (not one glossed: "তারা (এনডিআই ও আইআরআই)")
                # "নেতা রহিম উদ্দিন বলেন, …। তারা বলেছে, …": "they" is not that one person (but may be
                # people named, "সুজন আর তাসনিম … তারা বলেছে": no entity, not unnamed)
                return Speaker(text, a, b, None, False)
            return Speaker(text, a, b, ref.entity if ref else None, ref.anonymous if ref else True)
        anonymous_head = any(x in self.lex.anonymous for x in (words[-1], head, _group_stem(words[-1])))
        # a person is the speaker when the phrase ends with the name (or a title after it)
        head_toks = [t for t in toks if persons and t.start >= persons[-1][1]
                     and _BENGALI_START.match(t.text) and t.text[0] not in "০১২৩৪৫৬৭৮৯"]
        if persons and (not head_toks or all(t.text in self.lex.titles for t in head_toks)) \
                and (not anonymous_head or persons[-1][1] >= b - 1):
            person = persons[-1][2]
            self._note_titles(words, person.id)
            return Speaker(text, a, b, person.id, False)
        if not persons and self._named_as_someone(words):
            return Speaker(text, a, b, None, False)  # "রাফি নামে এক শিক্ষার্থী": named, though no entity was found
        # "এই হাসপাতালের এক চিকিৎসক": a doctor, unnamed; and "স্থানীয় এক নারী", any one person unnamed
        if not persons and len(words) > 1 and words[-2] in self.lex.indefinite and (
                self._is_title(words[-1]) or (words[-1] in self.lex.unnamed_persons)):
            return Speaker(text, a, b, None, True)
        if not persons and len(words) > 1 and words[-2] in _DEMONSTRATIVES and words[-1] in self.lex.unnamed_persons \
                and not self._is_title(words[-1]) and words[-1] not in self.lex.pointed_roles:
            # "ওই ব্যক্তি" after "মাসুদ আলম নামের এক ব্যক্তি": the one so named; else someone unnamed
            pointed_at, named = self._named_as_before(words[-1], a)
            return Speaker(text, a, b, pointed_at, not named)
        if not persons and any(w in _DEMONSTRATIVES for w in words[:-1]) and (
                anonymous_head or head in self.lex.titles or words[-1] in self.lex.titles
                or head in self.lex.pointed_roles):
            # "বিএনপির এই জ্যেষ্ঠ নেতা", "ওই কর্মকর্তা": the one just named, or the unnamed one just quoted
            if anonymous_head and self.found and self.lex.cited_re.search(self.found[-1].speaker.text):
                # "X-এর বরাতে এপি জানায়, … ওই কর্মকর্তা বলেন, …": the source the report cited, still in it
                self.relayed_in = len(self.found) - 1
                return Speaker(text, a, b, None, True)
            # the one named with this very title before ("অভিনেতা ইমরান হোসেন … এ অভিনেতা বলেন": not the
            # grandfather named in between), else the nearest person, as "তিনি" is
            referent = self._title_holder(words) or self._pronoun_referent(a)
            if referent is not None:
                return Speaker(text, a, b, referent, False)
            # (the last speaker, named with this title though no entity was found: "খনি বিষয়ক কর্মকর্তা
            # কে কে রাই জানান, …। … জানান এ কর্মকর্তা" is Rai, named, not an unnamed official)
            earlier = next((f.speaker for f in reversed(self.found) if f.speaker.text not in self.lex.pron_sg), None)
            if earlier is not None and not earlier.anonymous and earlier.entity is None \
                    and words[-1] in earlier.text.split() and len(earlier.text.split()) > len(words):
                return Speaker(text, a, b, None, False)
        if anonymous_head:
            # (but the one the article introduced by these very words: "মামলার তদন্ত কর্মকর্তা … মো. X
            # রিমান্ডের আবেদন করেন। … মামলার তদন্ত কর্মকর্তা বলেন, …" is X)
            introduced = self._introduced_as(words, a)
            return Speaker(text, a, b, introduced, introduced is None)
        if head in self.lex.titles or words[-1] in self.lex.titles:
            if any(w in self.lex.unnamed for w in words[:-1]):
                return Speaker(text, a, b, None, True)  # "একজন সাবেক হাই কমিশনার": someone unnamed
            if words[-1] != head and words[-1][len(head):] in self.lex.plural_endings \
                    and len(set(_title_bearers(self, [*words[:-1], head]))) < 2:
                # "অর্থনীতিবিদদের মতে", "আইনজীবীরা": a group the article names no two of, unnamed
                # ("বিচারপতিরা" after "বিচারপতি A ও বিচারপতি B" are the two)
                return Speaker(text, a, b, None, True)
            owner = self._title_holder(words) or _resolve_later(self, words)
            return Speaker(text, a, b, owner, False)
        if ments:
            last = max(ments, key=lambda m: m[1])
            # the entity must be the phrase's head (or be followed only by a title of it)
            # (or by its side, data or document: "রাশিয়ার পক্ষ", "বাংলাদেশ ব্যাংকের তথ্য", "আসকের দেওয়া")
            rest = words[len(self.tokens(a, last[1])):]
            if last[1] >= b - 1 or all(w in self.lex.titles for w in rest) or (
                    _is_genitive(self.text[last[0]:last[1]].split()[-1], self.lex.case)
                    and all(w in self.lex.behalf or w in self.lex.owned for w in rest)):
                self._note_titles(words, last[2].id)
                return Speaker(text, a, b, last[2].id, False)
        # a bare title or a reference like "প্রতিষ্ঠানটির": the one last seen with it
        for i, w in enumerate(reversed(words)):
            stem = strip_suffix(w, self.lex.case)
            holder = self._title_holder(words[:len(words) - i]) if self._is_title(w) else None
            if holder is not None:
                return Speaker(text, a, b, holder, False)
            # the organisation itself ("প্রতিষ্ঠানটি জানায়"), not one of its people ("প্রতিষ্ঠানটির
            # প্রকৌশলী"), nor a country ("দেশটির স্বাস্থ্যমন্ত্রী")
            # (or its side: "দলটির পক্ষ থেকে")
            definite = (i == 0 or (i == 1 and words[-1] in self.lex.behalf)) and stem.endswith(("টি", "টির"))
            if definite and not stem.startswith("দেশ") and self.last_org:
                if w in self.lex.report_ends:  # a document made definite ("প্রতিবেদনটিতে"): its issuer if named
                    held = self._document_holder(text, a, b, w)
                    if held.entity is not None:
                        return held
                return Speaker(text, a, b, self.last_org, False)
            kind_of = self._kind_named_before(stem, a) if definite else None
            if kind_of is not None:  # "… নিউইয়র্ক টাইমস … । পত্রিকাটি বলছে": the paper just named
                return Speaker(text, a, b, kind_of, False)
        relay = self.lex.cited_re.search(text + " ")  # "X-কে উদ্ধৃত করে Y": only Y need be short
        if sum(1 for w in (text[relay.end():].split() if relay else words) if LETTER.match(w)) > 8 and not (
                relay and relay.end() > len(text)):  # ("Y X-কে উদ্ধৃত করে": Y is short or named)
            return None  # (brackets and commas are no words)
        if words[-1] in self.lex.report_ends and (all(w in self.lex.document_determiners for w in words[:-1])
                                                  or self._document_alone(words)):
            # a document alone ("বিবৃতিতে বলা হয়", "ওই প্রতিবেদনে বলা হয়েছে"): whoever issued it
            return self._document_holder(text, a, b, words[-1])
        # a part of one person's full name alone, a word the tagger took for an ordinary one
        # ("… আহ্বান জানালেন জয়" after "সজীব ওয়াজেদ জয়"): that person
        by_part = self._named_by_part(words[0]) if len(words) == 1 and words[0] not in self.lex.generic else None
        if by_part is not None:
            return Speaker(text, a, b, by_part, False)
        # a group of unnamed people by what they are ("ভোটাররা", "আর্থিক খাত সংশ্লিষ্টরা", "হামাসের
        # নেতারা"): anonymous, as an unnamed official is
        # (and some of many by what they are, "বেশির ভাগ নেটিজেনের ধারণা": unnamed too)
        # (not where they did something, "কেউ কেউ দেওয়ালে দেওয়ালে লিখছেন", nor what they called it in quotes)
        some = not ments and len(words) <= 4 and words[0] in self.lex.indefinite_many and not QUOTE_MARK.search(text) \
            and (len(words) == 1 or words[-1] in self.lex.indefinite_many or not words[-1].endswith(_CASE_ENDED))
        return Speaker(text, a, b, None, self._unnamed_group(words[-1]) or some)

    def _named_by_part(self, word: str) -> str | None:
        """The one person whose full name (of two words or more) in the article ends or begins with
        the word, or its stem; None when no one or more than one."""
        stem = strip_suffix(word, self.lex.case)
        found = {e.id for e in self.doc.entities if e.type == "PER" for m in e.mentions
                 if len(parts := m.form.split()) >= 2 and (parts[-1] in (word, stem) or parts[0] in (word, stem))}
        return found.pop() if len(found) == 1 else None

    def _named_as_before(self, noun: str, a: int) -> tuple[str | None, bool]:
        """The person named as one of these in the three sentences before ("মাসুদ আলম নামের এক
        ব্যক্তিকে আটক করে", "যুবদলের কর্মী রাকিব হাসান"), for "ওই ব্যক্তি", "ওই কর্মী" to point back to,
        and whether one was named so at all, though the tagger found no person ("বাসেল নামের এক
        বন্দি"): (None, False) when no one was."""
        k = self.sentence_at(a)
        lo = self.sentence_starts[max(0, k - 3)] if k >= 0 else 0
        words = list(WORD_RE.finditer(self.text, lo, a))
        so_named = [w.start() for i, w in enumerate(words) if w.group() in self.lex.named_as and any(
            strip_suffix(x.group(), self.lex.case) == noun for x in words[i + 1:i + 3])]
        for m in reversed([m for m in self.entity_in(lo, a) if m[2].type == "PER" and m[1] <= a]):
            if any(m[1] <= at <= m[1] + 1 for at in so_named):
                return m[2].id, True
            # …or named with it before the name, as with a title: "যুবদলের কর্মী রাকিব হাসান" (the name in
            # the nominative, and no unnamed one of them after it: "… এক রোগী অভিযোগ করেন। ওই রোগী …")
            if strip_suffix(self._word_at(max(0, m[0] - 2)), self.lex.case) == noun and not self._in_genitive(m) \
                    and not self._in_locative(m) and not self._unnamed_one_after(noun, m[1], a):
                return m[2].id, True
        return None, bool(so_named)

    def _unnamed_one_after(self, noun: str, lo: int, hi: int) -> bool:
        """Is an unnamed one of these ("এক রোগী", "একজন কর্মী") mentioned between lo and hi?"""
        words = [w.group() for w in WORD_RE.finditer(self.text, lo, hi)]
        return any(strip_suffix(w, self.lex.case) == noun and i > 0 and words[i - 1] in self.lex.indefinite
                   for i, w in enumerate(words))

    def _kind_named_before(self, stem: str, a: int) -> str | None:
        """The body or country a definite kind word stands for ("সংস্থাটি", "দলটির", "দেশটি"): the
        last one of that kind named, outside anyone's words, in the two sentences before; None for a
        word of no such kind ("লোকটি"), when none is named, or when an unnamed one of the kind came
        after it ("… একটি বেসরকারি হাসপাতালে নেওয়া হয়। হাসপাতালটি জানিয়েছে": that hospital)."""
        kinds, countries, _ = _body_kinds(self.doc.lang)
        kind = next((stem[:-len(c)] for c in self.lex.classifiers if stem.endswith(c) and len(stem) > len(c)), "")
        if kind not in kinds and kind not in countries:
            return None
        k = self.sentence_at(a)
        if k < 1:
            return None
        # (in the two sentences before, not this one, whose words may come first: "যুক্তরাষ্ট্র ইরানের … বলে
        # জানিয়েছে দেশটি"; and named as a subject, in the nominative: not "বাংলাদেশের" in "… বাংলাদেশের
        # সরকারের সঙ্গে কাজ করতে প্রস্তুত বলে জানিয়েছে যুক্তরাষ্ট্র। … জানিয়েছে দেশটি")
        lo, hi = self.sentence_starts[max(0, k - 2)], self.sentence_starts[k]
        subjects = [m for m in self.entity_in(lo, hi) if m[1] <= hi and not self._inside_content(m[0])
                    and strip_suffix(word := self._word_at(m[1] - 1), self.lex.case) == word
                    and not word.startswith("(")]  # (an abbreviation in brackets has its name's case)
        # (one of the kind, by its name's words or its Bengali name's kind word, "জামায়াতে ইসলামী" is a
        # party; a kind of any body, "সংস্থাটি", "গোষ্ঠীটি", takes any organisation named)
        named = [m for m in subjects if self._of_kind(m[2], kind)]
        if not named:
            return None
        # an unnamed one of the kind named after it ("একটি বেসরকারি হাসপাতালে", "একটি উচ্চপর্যায়ের … তদন্ত
        # দল গঠন করেছে"): the word points at that one (not a kind word alone, "দলের হাজারো কর্মী")
        clause_start = named[-1][1]
        for w in WORD_RE.finditer(self.text, named[-1][1], hi):
            if self.text[clause_start:w.start()].rstrip().endswith((",", "।", ";")):
                clause_start = w.start()
            if strip_suffix(w.group(), self.lex.case) == kind and not self.entity_in(w.start(), w.end()) and any(
                    x.group() in self.lex.indefinite for x in WORD_RE.finditer(self.text, clause_start, w.start())):
                return None
        return named[-1][2].id

    def _of_kind(self, e: Entity, kind: str) -> bool:
        """Is the entity a body of the kind a definite word names ("হাসপাতালটি": a hospital), or a
        country for "দেশটি"?"""
        kinds, countries, country_names = _body_kinds(self.doc.lang)
        if kind in countries:
            return e.type == "LOC" and e.name in country_names
        if e.type != "ORG" or kind not in kinds:
            return False
        words = kinds[kind]
        if not words:
            return True
        if "outlet" in words:
            return self._an_outlet(e.id)
        # (by the English name's words, "Jamaat-e-Islami" too, or by the kind word in the Bengali name)
        return any(w in words for w in re.split(r"[\s-]+", e.name)) or any(
            strip_suffix(x, self.lex.case) == kind for m in e.mentions for x in m.form.split())

    def _document_alone(self, words: list[str]) -> bool:
        """Is the phrase a document of two words and nothing else, with a determiner at most ("সংবাদ
        বিজ্ঞপ্তিতে", "এক প্রেস বিজ্ঞপ্তিতে")? Its issuer speaks (`_document_holder`)."""
        k = next((k for k, w in enumerate(words) if w not in self.lex.document_determiners), len(words))
        return len(words) - k > 1 and words[-1] in self.lex.report_words and tuple(words[k:]) in self.lex.cut_phrases

    def _document_holder(self, text: str, a: int, b: int, noun: str) -> Speaker:
        """The speaker of a document named alone: the one who issued it in the sentences just before
        ("… এক প্রতিবেদনে এ তথ্য জানায় ফাইন্যান্সিয়াল টাইমস। ওই প্রতিবেদনে বলা হয়েছে, …" is the
        FT's; "… চিঠি দেয় বাংলাদেশ। চিঠিতে বলা হয়, …" Bangladesh's), else an anonymous source, as
        the conventions have an unattributed document ("একটি হলফনামায় বলা হয়েছে")."""
        stem = strip_suffix(noun, self.lex.case)
        k = self.sentence_at(a)
        for j in range(k - 1, max(-1, k - 6), -1):  # (back to the sentence that names it, five at most)
            lo = self.sentence_starts[j]
            hi = self.sentence_starts[j + 1] if j + 1 < len(self.sentence_starts) else len(self.text)
            # (the document named outside what was said: "X এক বিবৃতিতে জানিয়েছে, …", not "… চিঠি
            # পাঠিয়েছেন" inside someone's words about it)
            at = [m.start() for m in WORD_RE.finditer(self.text, lo, hi)
                  if m.group().startswith(stem) and not self._inside_content(m.start())]
            # a paper's headline in a press review ("সমকালের প্রধান শিরোনাম— …। প্রতিবেদনটিতে বলা
            # হয়েছে, …"): the report under it is that paper's
            headed = [m for m in self.entity_in(lo, hi) if m[2].type == "ORG" and any(
                w.strip("—–-:,") in self.lex.headlines for w in self.text[m[1]:m[1] + 30].split()[:2])]
            if not at and headed and noun in self.lex.report_words:
                return Speaker(text, a, b, headed[-1][2].id, False)
            if not at:
                continue
            said = [f for f in self.found if lo <= f.speaker.start < hi]
            if said and said[-1].speaker.entity is None and said[-1].speaker.anonymous:
                # "বিবৃতিতে উদীচী নেতারা আরও বলেন": unnamed people spoke through it; the ones who issued
                # it are named where it was first mentioned ("এক বিবৃতিতে সভাপতি X … বলেছেন"), if at all
                continue
            if said:  # "X এক বিবৃতিতে জানিয়েছে, …": X
                return Speaker(text, a, b, said[-1].speaker.entity, said[-1].speaker.anonymous)
            # one named whole, in the nominative ("… জানায় ফাইন্যান্সিয়াল টাইমস"), not a name inside a
            # longer genitive ("দ্বাদশ জাতীয় সংসদ নির্বাচনের")
            # (a weekday after it is no genitive: "জাতিসংঘ শুক্রবার একটি বিবৃতি প্রকাশ করেছে")
            # (the word after it: none where a mark ends the sentence, "… জানায় আইএসপিআর।")
            issuers = [m for m in self.entity_in(lo, hi) if m[2].type in ("PER", "ORG", "LOC")
                       # (one that describes what follows: "আওয়ামী লীগ নেতৃত্বাধীন জোটের শরিক X")
                       and (nxt := self._word_at(m[1] + 1) if self.text[m[1]:m[1] + 1].isspace() else "")
                       not in self.lex.hyphen_tails
                       and not (_is_genitive(nxt, self.lex.case)
                                and nxt not in self.lex.day_words and not self._in_time(m[1] + 1)
                                # (whom it was sent to is no longer name: "X রাষ্ট্রপতির কাছে চিঠি পাঠান")
                                and self._word_at(m[1] + 2 + len(nxt)) not in self.lex.sent_to)
                       # (in the genitive only as its signer: "… সচিব X-এর সই করা অফিস আদেশে")
                       and (not self._in_genitive(m) or nxt in self.lex.signed_by)
                       # (nor where it was sent: "X নির্বাচন কমিশনে হলফনামা জমা দিয়েছেন" is X's; nor whom:
                       # "… বিবৃতিতে ভারত সরকারকে বার্তা দেওয়া হয়েছে"; nor the first of a list, "X-সহ ৭ জনের
                       # বিরুদ্ধে মামলার আবেদন … গ্রহণের আদেশ")
                       and not self._in_locative(m) and not self.text[m[0]:m[1]].endswith(self.lex.not_issuer_endings)
                       and not self._accused(m, hi)
                       # (nor the platform it was posted on: "X-এর ফেসবুক পেজে …")
                       and not any(w in self.lex.platforms for w in self.text[m[0]:m[1]].split())
                       # (nor a name in the quoted title of the report: "আরব নিউজ ‘… ইসরায়েল …’ শিরোনামে")
                       and not any(q.open < m[0] < q.close for q in self.quotes(lo, hi))
                       and not self._inside_content(m[0])]
            if issuers:
                return Speaker(text, a, b, issuers[-1][2].id, False)
            # the body made definite as its issuer ("সংস্থাটির নতুন এক প্রতিবেদনে …"): the one last named
            bodies = self.lex.body_singulars
            definite = [w for w in WORD_RE.finditer(self.text, lo, min(at[0], hi))
                        if w.group() in bodies or (w.group().endswith("টির") and w.group()[:-1] in bodies)]
            # (the one of its kind named just before it, "… অভিনন্দন জানিয়েছে ওয়ার্কার্স পার্টি। দলটির
            # এক বিবৃতিতে …", whether or not it spoke; else the body that last spoke)
            kind_of = self._kind_named_before(strip_suffix(definite[-1].group(), self.lex.case),
                                              definite[-1].start()) if definite else None
            if definite and (kind_of or self.last_org):
                return Speaker(text, a, b, kind_of or self.last_org, False)
            break
        return Speaker(text, a, b, None, True)

    def _accused(self, m: tuple[int, int, Entity], hi: int) -> bool:
        """Is the name one a charge or a case is against ("X-এর বিরুদ্ধে মামলা", "X এবং Y-সহ ৭ জনের
        বিরুদ্ধে"): right before the word of it in the genitive, or the first of a list ending in "-সহ"
        before it? Such a name issues no document of the sentence."""
        after = self.text[m[1]:hi].split(",")[0].split()[:12]
        if not any(w in self.lex.against for w in after):
            return False
        named = self.text[m[0]:m[1]].split()
        if after[0] in self.lex.against and named and _is_genitive(named[-1], self.lex.case):
            return True
        upto = next(k for k, w in enumerate(after) if w in self.lex.against)
        return any(w.endswith(self.lex.list_ends) for w in after[:upto])

    def pointed_document(self, t: _Tok) -> Speaker | None:
        """The speaker behind a word that stands for a document ("এতে", "সেখানে"): the issuer of the
        document the sentence before names, found as for the document named alone; None when that
        sentence names no document."""
        k = self.sentence_at(t.start)
        if k < 1:
            return None
        stems = _document_stems(self.doc.lang)

        def named_in(j: int) -> Speaker | None:
            lo, hi = self.sentence_starts[j], self.sentence_starts[j + 1]
            for m in WORD_RE.finditer(self.text, lo, hi):
                if any(m.group().startswith(x) for x in stems) and not self._inside_content(m.start()):
                    return self._document_holder(t.text, t.start, t.end, m.group())
            return None

        found = named_in(k - 1)
        further = self.goes_on_after(t.end)  # "এতে আরও বলা হয়": more of a report already quoted
        if found is None and self.found and (self.found[-1].sentence == k - 1 or further):
            # or the report whose words the sentences just before went on with ("সিএনএনের বিশ্লেষণে বলা
            # হয়, … । এ আন্দোলনে ছিলেন … ।¶এতে বলা হয়, …"), when nothing else was said since; after
            # "আরও" however far its words went on, or whatever the reporter put between
            # (the report's speaker as found there: its issuer may stand further back than this)
            origin = next((f for f in reversed(self.found) if f.cue), None)
            if origin is not None and (further or k - origin.sentence <= _POINTED_REACH) \
                    and named_in(origin.sentence) is not None:
                found = Speaker(t.text, t.start, t.end, origin.speaker.entity, origin.speaker.anonymous)
        return found

    def _unnamed_group(self, word: str) -> bool:
        """Is the word a plural of an ordinary word ("বক্তারা", "প্রতিবেশীদের", "সংস্থাগুলোর"), not
        of a name? (A word that no name was found in and no name part ends is taken for one: real
        news names its groups by what they are, "মাওবাদীরা", "আবহাওয়াবিদরা", "নিরাপত্তাকর্মীরা".)"""
        ordinary = ordinary_words(self.doc.lang)

        def ordinary_stem(stem: str) -> bool:  # (or a compound ending in one: "শিল্প|মালিক", "পুষ্টি|বিদ")
            return stem in ordinary or any(stem[k:] in ordinary for k in range(2, len(stem) - 2)) or any(
                stem.endswith(x) and len(stem) - len(x) >= 3 for x in self.lex.group_word_endings)

        def glued_pronoun(w: str) -> bool:  # "বিজ্ঞাপনতারা": a page's last word run into "তারা"
            return any(w.endswith(x) and w[:-len(x)] in ordinary for x in ("তারা", "তাঁরা"))

        # (the whole word only in the nominative: a place in the genitive, "ইসলামাবাদের", is ordinary too;
        # and "-দের" is as often a genitive of a name in -দ, "মাহমুদের", as a plural)
        # ("-দের" after a word real news uses alone, "কনস্টেবল|দের", where the word with "দ" is none,
        # not "মাহমুদ|ের" nor "ইসলামাবাদ|ের": a plural)
        vocabulary = clusters(self.doc.lang)
        return any(word.endswith(p) and (ordinary_stem(stem := word[:-len(p)]) or (word in ordinary and "দের" not in p)
                                         or ("দের" not in p and stem not in self.name_parts
                                             and not glued_pronoun(word))
                                         or ("দের" in p and len(stem) >= 3 and stem in vocabulary
                                             and stem + "দ" not in vocabulary and stem not in self.name_parts
                                             and word not in self.mention_words and word not in self.lex.possessives))
                   for p in self.lex.plural_endings if len(word) - len(p) >= 3)

    def goes_on_after(self, pos: int) -> bool:
        """Does the word right after a speaker phrase ending at `pos` say the speaker goes on
        ("তিনি আরও বলেন")?"""
        after = self.text[pos:pos + 12].split()[:1]
        return bool(after) and after[0] in self.lex.goes_on

    def _ends_in_relay(self, toks: list[_Tok]) -> bool:
        """Does the phrase end in relay words ("… X-কে উদ্ধৃত করে")? Then it names the reporter and
        the one it cites, both kept for _relay_chain to split."""
        return bool(toks) and toks[-1].text in self.lex.relay_ends and any(
            len(toks) > len(x) and tuple(t.text for t in toks[-len(x):]) == x for x in self.lex.cited_by)

    def _told_first(self, toks: list[_Tok]) -> list[_Tok]:
        """An outlet told, before the speaker ("রয়টার্সকে এক কর্মকর্তা বলেন", "এএফপিকে দেওয়া
        সাক্ষাৎকারে X বলেন"): the report that carries the statement, cut from the speaker phrase."""
        for k, t in enumerate(toks[:-1]):
            if not t.text.endswith("কে"):
                continue
            outlet = self._told(t)
            if outlet is not None and toks[k + 1].text in self.lex.relay_starts:
                return toks  # "ব্লুমবার্গকে উদ্ধৃত করে X": the outlet is cited, not told
            if outlet is not None and k > 0 and all(
                    u.text in self.lex.given or u.text in self.lex.document_determiners
                    or u.text in self.lex.report_words for u in toks[k + 1:]):
                # "X বিবিসি বাংলাকে দেয়া একটি সাক্ষাৎকারে বলেছেন": the interview given to the outlet
                # follows its speaker, who is before it
                self._carried_by(outlet)
                first = self.name_start(t)
                return [u for u in toks[:k] if u.start < first]
            if outlet is not None and toks[k + 1].text not in self.lex.cut_after:
                self._carried_by(outlet)
                return toks[k + 1:]  # a home outlet told ("প্রথম আলোকে মন্ত্রী বলেন") carries nothing
            return toks
        return toks

    def _spoken_with(self, toks: list[_Tok], k: int) -> Entity | None:
        """The outlet named in the genitive at `k`, before "সঙ্গে" and a word of an interview or a
        talk within three words ("আল জাজিরার সঙ্গে এক সাক্ষাৎকারে", "সিএনএনের সাথে আলাপকালে"), else None."""
        if not any(t.text in self.lex.interviews for t in toks[k + 2:k + 5]):
            return None
        t = toks[k]
        with_outlet = [m for m in self.entity_in(t.start, t.end)
                       if m[2].type == "ORG" and m[1] <= t.end and self._in_genitive(m)]
        return with_outlet[0][2] if with_outlet else None

    def _told(self, t: _Tok) -> Entity | None:
        """The outlet a word names as the one told: an organisation whose name ends at the dative
        ("রয়টার্সকে", "প্রথম আলোকে"), or None. The one check for an outlet told, whether it
        stands before the speaker (`_told_first`) or after it ("X রয়টার্সকে বলেন")."""
        told = [m for m in self.entity_in(t.start, t.end) if m[2].type == "ORG" and m[1] >= t.end - 2]
        if told:
            return told[0][2]
        # (or the outlet just named, made definite: "… জানিয়েছে রয়টার্স। … বার্তা সংস্থাটিকে বলেছেন")
        stem = t.text[:-2] if t.text.endswith("কে") else ""
        kind_of = self._kind_named_before(stem, t.start) if stem.endswith(("টি", "টা")) else None
        return self.entity_by_id.get(kind_of) if kind_of and self._an_outlet(kind_of) else None

    def _without_outlet_kind(self, toks: list[_Tok]) -> list[_Tok]:
        """The phrase without the words that say what an outlet told is, left before its name ("একজন
        মুখপাত্র ভারতীয় বার্তা সংস্থা [পিটিআইকে]", "তিনি দৈনিক [ইত্তেফাককে]"): the kind, and the
        country or adjective of origin before it."""
        words = [t.text for t in toks]
        kind = next((n for n in sorted({len(k) for k in self.lex.outlet_kinds}, reverse=True)
                     if n < len(words) and tuple(words[-n:]) in self.lex.outlet_kinds), 0)
        if not kind:
            return toks
        toks = toks[:-kind]
        last = toks[-1] if len(toks) > 1 else None
        if last is not None and (last.text.endswith(self.lex.origin_endings) or any(
                m[2].type == "LOC" for m in self.entity_in(last.start, last.end))):
            toks = toks[:-1]
        return toks

    def _outlet_in_locative(self, toks: list[_Tok]) -> list[_Tok] | None:
        """The phrase without the news outlet in the locative that ends it, when someone named
        before it told the outlet ("… দায়িত্বশীল কর্মকর্তা জাগো নিউজে"), else None. Outlets are the
        gazetteer's organisations with a language column."""
        if len(toks) < 2 or not toks[-1].text.endswith(("ে", "য়", "তে")):
            return None
        gazetteer = load_pack(self.doc.lang).gazetteer
        for m in self.entity_in(toks[-1].start, toks[-1].end):
            if m[1] != toks[-1].end or m[2].type != "ORG" or self._name_itself(m):
                continue  # (a name that ends so is no locative: "ইন্ডিয়া টুডে")
            if any((e := gazetteer.get(x.form)) is not None and e.lang for x in m[2].mentions):
                rest = [t for t in toks if t.end <= m[0]]
                if rest and self._names_someone(rest):
                    self._carried_by(m[2])
                    return rest
        return None

    def _carried_by(self, outlet: Entity) -> None:
        """An outlet told that relays (`_relays`) is the report that carries the statement: noted
        as the recipient of the statement about to be added."""
        if self._relays(outlet):
            self.recipient = outlet.id

    def _gazetteer_entries(self, entity: Entity) -> list[GazetteerEntry | None]:
        """The gazetteer's rows for an entity's mentions, by form or text (None where it has none)."""
        gazetteer = load_pack(self.doc.lang).gazetteer
        return [gazetteer.get(m.form) or gazetteer.get(m.text) for m in entity.mentions]

    def _an_outlet(self, entity: str | None) -> bool:
        """Is the entity a news outlet or agency (the gazetteer gives its language)?"""
        e = self.entity_by_id.get(entity) if entity else None
        return e is not None and any(g is not None and bool(g.lang) for g in self._gazetteer_entries(e))

    def _relays(self, outlet: Entity) -> bool:
        """Is an outlet told ("বিবিসিকে বলেন") a report that carries the statement? A foreign one
        is; a home outlet told is the reporter's own paper ("প্রথম আলোকে বলেন"), which relays
        nothing. Outlets are known by the gazetteer's country and language columns."""
        if self.publishes(outlet):
            return False  # told to the paper that publishes the article
        home = {"BD", "IN"}  # Bengali news: a paper of either country told is the reporter's own kind
        entries = self._gazetteer_entries(outlet)
        # with the publisher unknown (a bare text), an outlet told ("বিবিসি বাংলাকে বলেন", "বিবিসিকে
        # বলেন") is the publisher itself if the text is in its house's style
        return any(e is not None and e.lang and (e.country not in home or e.name in self.lex.agencies)
                   and (bool(self.doc.outlet) or not self._in_house_style(outlet.name)) for e in entries)

    def publishes(self, outlet: Entity) -> bool:
        """Is the outlet the one that publishes the article (its name and the known publisher's,
        one inside the other)?"""
        own = (self.doc.outlet or "").casefold()
        return bool(own) and (outlet.name.casefold() in own or own in outlet.name.casefold())

    def _in_house_style(self, outlet: str) -> bool:
        """Is the text in the house style of the outlet, or of a house the outlet belongs to
        ("বিবিসিকে বলেন" in a BBC Bangla text)?"""
        if outlet not in self._house_style:
            origin = load_pack(self.doc.lang).table("origin")
            houses = [outlet] + [h for h, members in origin.get("house_family", {}).items() if outlet in members]
            marks = [m for h in houses for m in origin.get("house_style", {}).get(h, [])]
            # (a mark after a number is a unit: "২০০ মি. দৌড়" is metres, no "মি. রহমান"; the plain
            # search first, most texts having none of the marks)
            quoting = [q for h in houses if (q := origin.get("house_quotes", {}).get(h))]
            self._house_style[outlet] = any(m in self.text and re.search(r"(?<![0-9০-৯] )" + re.escape(m), self.text)
                                            for m in marks) or any(self._quotes_only_in(q) for q in quoting)
        return self._house_style[outlet]

    def _quotes_only_in(self, mark: str) -> bool:
        """Does the text quote, and only in `mark` ("…" typed, no “…” or ‘…’)?"""
        quoted = re.escape(mark) + r"[^" + re.escape(mark) + r"\n]{5,}" + re.escape(mark)
        return re.search(quoted, self.text) is not None and not any(ch in self.text for ch in "“”‘")

    def _group_before(self, pos: int) -> int | None:
        """Where the nearest group in the nominative plural ("শিক্ষকেরা", "বাসিন্দারা") stands in the
        sentence before `pos` or the one before it, the referent of a plural pronoun there."""
        k = bisect_left(self.sentence_starts, pos) - 1
        lo = self.sentence_starts[k - 1] if k >= 1 else 0
        return next((t.end for t in reversed(self.tokens(lo, pos)) if self._plural_group(t)), None)

    @cached_property
    def mention_words(self) -> frozenset[str]:
        """Every word of every mention (asked of a rare plural only: built then, not per article)."""
        return frozenset(w for e in self.doc.entities for m in e.mentions for w in m.text.split())

    def people_named_before(self, pos: int) -> list[str]:
        """The people named together last before `pos`, in its sentence or the one before
        ("সমন্বয়ক A এবং B এ ঘোষণা দেন। তারা বলেন, …": A and B), the referents of a plural pronoun
        there; empty unless they are two or more, joined by "ও"/"এবং" (and commas before it), and
        stand in the nominative, as a subject does ("পুলিশ A ও B-কে আটক করে। তারা …" is not them)."""
        k = self.sentence_at(pos)
        lo = self.sentence_starts[k - 1] if k >= 1 else 0
        if k >= 2 and not self.entity_in(lo, self.sentence_starts[k]) and any(
                w in self.lex.pron_pl for w in self.text[lo:self.sentence_starts[k]].split()):
            lo = self.sentence_starts[k - 2]  # ("… A ও B … ছিলেন। … তাঁরা মাঠে নেমেছেন। তাঁরা বলেন": still them)
        people = [m for m in self.mentions[bisect_left(self.mention_starts, lo):bisect_left(self.mention_starts, pos)]
                  if m[2].type == "PER"]
        if len(people) < 2:
            return []
        last = people[-1]
        end_word = self.text[last[0]:last[1]].split()[-1]
        if self._in_genitive(last) or (accusative_stem(end_word) is not None and not self._name_itself(last)):
            return []
        # (others named as a group after them are as likely "they": "A ও B আহত শিক্ষার্থীদের সঙ্গে কথা বলেন।
        # তারা জানায়, …" is the students)
        if any(self._unnamed_group(w) for w in (x.strip(",।") for x in self.text[last[1]:pos].split())
               if w not in self.lex.pron_pl):
            return []
        names = [last[2].id]
        for later, earlier in pairwise(reversed(people)):  # walking back from the last one named
            gap = self.text[earlier[1]:later[0]]
            words = gap.split()
            joined = bool(words) and words[0] in _AND and len(words) <= 8 and not re.search("[,।;:]", gap)
            listed = len(names) >= 2 and gap.strip() == ","
            if not (joined and len(names) == 1) and not listed:
                break
            names.append(earlier[2].id)
        names = list(dict.fromkeys(reversed(names)))
        return names if len(names) >= 2 else []

    def _mention_start(self, entity: str, before: int) -> int:
        """Where the last mention of the entity before `before` starts."""
        return max((m[0] for m in self.mentions if m[2].id == entity and m[0] < before), default=-1)

    def _plural_group(self, t: _Tok) -> bool:
        """A group in the nominative plural ("শিক্ষকেরা", "বিক্ষোভকারীরা"), not a pronoun or relative."""
        return (len(t.text) > 4 and t.text.endswith(("েরা", "রা")) and t.text not in self.lex.pron_pl
                and t.text not in self.lex.relatives and _BENGALI_START.match(t.text) is not None) \
            or t.text in self.lex.body_plurals  # ("বিরোধী দলগুলো", bodies in the nominative plural)

    def _names_someone(self, toks: list[_Tok]) -> bool:
        """Does a phrase name who spoke (a person or body, a pronoun, a title, an unnamed source)?
        If not, a report noun after it is the source itself: "ওই প্রতিবেদনে", "… পাঠানো চিঠিতে"."""
        return any(self._can_speak(t) for t in toks) or any(
            m[2].type in ("PER", "ORG") for m in self.entity_in(toks[0].start, toks[-1].end))

    def _someone_else_before(self, own: int, entity: str) -> bool:
        """Is another person named in the sentence before the one starting at `own`? (Then a person
        named in a side clause of this one, "শেখ হাসিনা পালানোর পর তিনি …", may be someone else than
        the pronoun after it; with no one else, "X মুক্তি পাওয়ার পর তিনি বলেন" repeats X.)"""
        si = self.sentence_at(own)
        if si <= 0:
            return False
        return any(m[2].type == "PER" and m[2].id != entity
                   for m in self.entity_in(self.sentence_starts[si - 1], own))

    def _someone_unnamed(self, toks: list[_Tok]) -> bool:
        """Do the words bring in someone by a title, a kinship or unnamed-person word, or a group
        ("কোচ", "তাঁর মা", "এক বৃদ্ধ সমর্থক", "সমর্থকেরা"): a subject other than one named before?"""
        return any(self._is_title(t.text) or strip_suffix(t.text, self.lex.case) in self.lex.unnamed_persons
                   or self._plural_group(t) for t in toks)

    def _is_title(self, word: str) -> bool:
        known = self._title_words.get(word)
        if known is None:  # (asked of the same few hundred words again and again)
            known = word in self.lex.titles or strip_suffix(word, self.lex.case) in self.lex.titles
            self._title_words[word] = known
        return known

    def _can_speak(self, t: _Tok) -> bool:
        """A word that can head a speaker: a title, an unnamed group, a pronoun in the nominative
        (তিনি, তারা; not তাদের)."""
        pronoun = t.text in self.lex.pron_sg or t.text in self.lex.pron_pl
        return (pronoun and not t.text.endswith(("র", "দের", "কে"))) or self._is_title(t.text) \
            or t.text in self.lex.anonymous

    def _only_adverbs(self, toks: list[_Tok]) -> bool:
        """Are the words only openers and adverbs ("কখনো", "এমনও"), which name no one: the subject
        was dropped?"""
        return all(t.text in self.lex.openers or t.text in self.lex.speaker_adverbs for t in toks)

    def _names_no_one(self, toks: list[_Tok]) -> bool:
        """Are the words only the ones around a speaker (participles, occasions, adverbs: "দিয়ে",
        "তারপর"), none of which can be one?"""
        return all(t.text in self.lex.cut_after or t.text.endswith(self.lex.cut_endings)
                   or t.text in self.lex.openers or t.text in self.lex.speaker_adverbs
                   or t.text in self.lex.trailing_words for t in toks)

    def _in_a_list_of_names(self, toks: list[_Tok], k: int) -> bool:
        """Does the comma at toks[k] separate people in a list that "ও"/"এবং" closes after it ("A,
        B এবং C"): a person's name right before it, and one before the joining word?"""
        # (the ones told and what trails the list come off its end: "A, B এবং C সাংবাদিকদের জানান")
        while len(toks) > k + 2 and (toks[-1].text in self.lex.addressees or self._accusative(toks[-1].text)
                                     or toks[-1].text in self.lex.trailing_words):
            toks = toks[:-1]
        joins = [i for i in range(k + 1, len(toks)) if toks[i].text in _AND]
        if toks[-1].text in _ET_AL or self.text[toks[-1].end:toks[-1].end + 12].lstrip().startswith(_ET_AL):
            # "A, B, C প্রমুখ বলেন": and others, the list's end
            if toks[-1].text in _ET_AL:
                toks = toks[:-1]
            joins = [len(toks)]
        if not joins or k == 0 or any(t.text in (";", ":") for t in toks[k + 1:joins[0]]):
            return False

        def person_ends_at(t: _Tok) -> bool:
            return any(m[2].type == "PER" and m[1] == t.end for m in self.entity_in(t.start, t.end))

        # (a person before each comma up to the joining word, "A, B, C এবং D"; and the list ends the
        # phrase with a person, not "A, B ও C-এর বেঞ্চ", a body of theirs)
        commas = [i for i in range(k + 1, joins[0]) if toks[i].text == ","]
        return self.person_ends(toks[-1].end) and person_ends_at(toks[k - 1]) \
            and person_ends_at(toks[joins[0] - 1]) and all(person_ends_at(toks[i - 1]) for i in commas)

    def person_ends(self, end: int) -> bool:
        """Does a person's name, in the nominative, end at `end`? (Not a name that holds a genitive:
        "মনোজ মিশ্রর বেঞ্চ", tagged as one, is a body of theirs.)"""
        last = [m for m in self.entity_in(end - 1, end) if m[2].type == "PER" and m[1] == end]
        if not last or self._in_genitive(last[0]):
            return False
        words = self.text[last[0][0]:last[0][1]].split()
        return words[-1] in self.name_parts or not any(
            w.endswith("র") and w not in self.name_parts for w in words[:-1])

    def _before_the_clause(self, toks: list[_Tok]) -> list[_Tok]:
        """The speaker of a phrase that ends in an occasion or a participle clause no one beside it
        speaks in: the subject it opens with ("তিনি জোর দিয়ে"), else all before the clause's object
        ("ম্যানেজার ক্রেতাকে কটাক্ষ করে", with its determiner: "আলবানিজ এই চুক্তিকে") or before the
        occasion, whole ("ছাত্রদলের ফেসবুক পেজে" is the party's)."""
        if self._can_speak(toks[0]):
            return toks[:1]
        obj = next((k for k in range(1, len(toks) - 1) if toks[k].text.endswith(("কে", "কেও"))
                    and toks[k].text not in self.name_parts and toks[k].text not in ("থেকে", "দিকে")), None)
        if obj is not None:
            while obj > 1 and toks[obj - 1].text in self.lex.pointers:
                obj -= 1
            return toks[:obj]
        n = next((len(x) for x in self.lex.cut_phrases if len(x) < len(toks)
                  and tuple(t.text for t in toks[-len(x):]) == x), 1)
        return self._without_means(toks[:-n])

    def _without_means(self, toks: list[_Tok]) -> list[_Tok]:
        """The words before a participle clause without what its act said it by, the participle's
        object ("পুলিশের কর্মকর্তারা বিজ্ঞপ্তি [দিয়ে]", "দলটি এক বিবৃতি [দিয়ে]"): the speaker is before it."""
        # (one such noun with its article at most, and none of a name: "ঢাকা পোস্ট এক বিবৃতি দিয়ে")
        if len(toks) > 1 and toks[-1].text in self.lex.means and not self.entity_in(toks[-1].start, toks[-1].end):
            toks = toks[:-1]
            if len(toks) > 2 and toks[-1].text in self.lex.means_kinds and toks[-2].text in self.lex.indefinite:
                toks = toks[:-1]  # ("ঢাকার পুলিশ একটি সংবাদ বিজ্ঞপ্তি দিয়ে"; not "দৈনিক সংবাদ বিবৃতি দিয়ে", the paper)
            if len(toks) > 1 and toks[-1].text in self.lex.indefinite:
                toks = toks[:-1]
        return toks

    def _only_told(self, toks: list[_Tok]) -> bool:
        """Are the words one person told, by name in the accusative with their titles before it
        ("আইনমন্ত্রী আনিসুল হককে")?"""
        last = toks[-1].text
        if not self._accusative(last):
            return False
        named = [m for m in self.entity_in(toks[-1].start, toks[-1].end) if m[1] >= toks[-1].end - 2]
        if not named:
            return False
        return all(self._is_title(t.text) or t.text in self.lex.honorifics for t in toks if t.end <= named[0][0])

    def _accusative(self, word: str) -> bool:
        """Does the word end as the accusative -কে does ("রয়টার্সকে", "আনিসুল হককে", and "থেকে",
        which a speaker phrase loses as well: "সরকারের পক্ষ থেকে")? Not "অনেকে" (many), who speak
        themselves ("ট্রাম্পের ঘনিষ্ঠ অনেকে আশঙ্কা করছেন")."""
        return word.endswith("কে") and word not in self.lex.indefinite

    def _addressed(self, word: str) -> bool:
        """A word that names whom something was told ("সাংবাদিকদের", "রয়টার্সকে"), not who told it."""
        return word in self.lex.addressees or (self._accusative(word) and word != "থেকে")

    def _subject_around(self, toks: list[_Tok], k: int) -> list[_Tok]:
        """The speaker beside a topic or occasion ending at toks[k]: usually after it ("জোট প্রশ্নে
        খসরু"), but before it when nothing after it can speak ("আইসিজি নির্বাচন প্রসঙ্গে তাদের
        প্রতিবেদনে …"): then the phrase up to the first name in it."""
        after = toks[k + 1:]
        # only the ones spoken to after it ("… মনোনয়নপত্র জমা দিয়ে সাংবাদিকদের বলেন", "… আশঙ্কা প্রকাশ
        # করে আইনমন্ত্রী আনিসুল হককে বলেন"): the speaker is before
        if after and (all(self._addressed(t.text) for t in after) or self._only_told(after)):
            after = []
        # a document alone after it ("… নিয়ম রক্ষা করেননি জানিয়ে বিজ্ঞপ্তিতে লেখা হয়েছে"): the source,
        # and what the clause before says is its content, not its author
        if after and after[-1].text in self.lex.report_words and all(
                t.text in self.lex.document_determiners for t in after[:-1]):
            return after
        # (a group named by what it is speaks too: "… কৃতজ্ঞতা জানিয়ে সুধী সমাবেশে বক্তারা বলেন")
        named = [m for m in self.entity_in(after[0].start, after[-1].end) if m[2].type in ("PER", "ORG")
                 and not self._in_genitive(m)] if after else []
        # (and one who asked not to be named: "… জানতে চাওয়া হলে নাম প্রকাশ না করার শর্তে একজন বলেন")
        if after and (any(self._can_speak(t) for t in after) or self._unnamed_group(after[-1].text) or named
                      or self.lex.name_withheld.search(self.text, after[0].start, after[-1].end)):
            return self._past_the_acted_on(after, named[-1][0]) if named else after
        before = list(toks[:k])
        for phrase in self.lex.cut_phrases:  # the whole occasion: "X সংবাদ | সম্মেলনে" is X
            n = len(phrase) - 1
            if n and len(before) >= n and tuple(t.text for t in before[-n:]) == phrase[:-1] \
                    and toks[k].text == phrase[-1]:
                before = before[:-n]
                break
        # "পুলিশ কমিশনার সাংবাদিকদের প্রশ্নের জবাবে": the occasion's own words come off the end (but
        # one in the genitive before a page or a report is its owner: "কৃষক লীগের ফেসবুক পেজে")
        owned = toks[k].text in self.lex.report_ends
        # one named in the genitive right before it, after another person, is whom it concerns ("মতিউর
        # রহমান ওই ইউপির সাবেক চেয়ারম্যান ইলিয়াস হোসেনের উদ্দেশে বলেন"): the speaker is the one before,
        # without the other's name and posts
        if not owned and before and _is_genitive(before[-1].text, self.lex.case):
            people = [m for m in self.entity_in(before[0].start, before[-1].end) if m[2].type == "PER"]
            if len(people) >= 2 and people[-1][1] == before[-1].end and people[-2][1] < people[-1][0] \
                    and not self._in_genitive(people[-2]) and people[-2][2].id != people[-1][2].id:
                before = [t for t in before if t.end <= people[-2][1]]
        while before and (before[-1].text in self.lex.addressees or before[-1].text in self.lex.cut_after
                          or before[-1].text in self.lex.possessives or (
                not owned and _is_genitive(before[-1].text, self.lex.case) and before[-1].text not in self.lex.titles
                and before[-1].text not in self.name_parts)):
            before.pop()
        # and the occasion's article with what describes it: "প্রধানমন্ত্রী এক সংক্ষিপ্ত | ভাষণে" is the
        # Prime Minister ("এক কর্মকর্তা", an official, is no occasion: only before the occasion's word)
        det = next((i for i in range(len(before) - 1, max(0, len(before) - 3) - 1, -1)
                    if before[i].text in self.lex.document_determiners and before[i].text.startswith("এক")), None)
        if det is not None and not self.entity_in(before[det].start, before[-1].end) and not any(
                self._can_speak(t) or self._is_title(t.text) or t.text in self.lex.anonymous for t in before[det + 1:]):
            before = before[:det]
        if before and (toks[k].text in _CONJUNCTIVE or toks[k].text.endswith(self.lex.cut_endings)):
            before = self._without_means(before)
        if not before:
            return after
        # what trails the last name is no part of the speaker ("… মোবারক হোসাইন তার ফেসবুক | আইডিতে")
        names = self._subject_names(before)
        if names:  # a person named is the speaker, not the platform after them ("… তার ফেসবুক")
            end = max(m[1] for m in names if m[2].type == "PER" or not any(n[2].type == "PER" for n in names))
            if not any(self._is_title(t.text) for t in before if t.start >= end):
                before = self._up_to(before, end)
            before = self._past_the_acted_on(before, max(m[0] for m in names if m[1] == end))
        # a pronoun glossed in brackets ("তিনি (জেলা প্রশাসক) হাই কোর্টে হলফনামা দাখিল করে"): the two
        pron = next((i for i, t in enumerate(before[:-2]) if before[i + 1].text == "(" and (
            t.text in self.lex.pron_sg or t.text in self.lex.pron_pl) and self._can_speak(t)), None)
        close = next((i for i in range(pron + 2, len(before)) if before[i].text == ")"), None) \
            if pron is not None else None
        if pron is not None and close is not None:
            return before[pron:close + 1]
        titled = [i for i, t in enumerate(before) if self._is_title(t.text)]
        if titled:
            # (the occasion before it goes: "এক প্রশ্নের জবাবে প্রধানমন্ত্রী … তুলে ধরে বলেন")
            cut = next((i for i in range(titled[-1] - 1, -1, -1) if before[i].text in self.lex.cut_after), None)
            return self._past_the_title(before[cut + 1:] if cut is not None else before)
        # (a name inside "X-ভিত্তিক" describes what follows: "ব্রাসেলসভিত্তিক ইন্টারন্যাশনাল ক্রাইসিস গ্রুপ")
        # (a person named, the phrase already ends with them: "ব্র্যাক ব্যাংকের … সিওও মো. X", not "ব্র্যাক")
        candidates = self._subject_names(before)
        first = next((m for m in candidates if m[2].type == "PER"), None) or next(iter(candidates), None)
        if first is None:
            # nothing after it can speak, but a pronoun in it can: "তিনি সাংবাদিকদের প্রশ্নের উত্তর
            # দিয়ে বলেন", "বিজয় ভাষণে তিনি কৃতজ্ঞতা জানানোর পর বলেছিলেন"
            # (not one that points at the noun after it: "সরকার প্রধান সে কথা মনে করিয়ে দিয়ে বলেন")
            ordinary = ordinary_words(self.doc.lang)
            determiners = _pronoun_lists(self.doc.lang).get("determiners", frozenset())
            pronoun = next((t for i, t in enumerate(before) if self._can_speak(t) and (
                t.text in self.lex.pron_sg or t.text in self.lex.pron_pl) and not (
                t.text in determiners and i + 1 < len(before) and before[i + 1].text in ordinary
                and not before[i + 1].text.endswith(self.lex.finite_endings)
                # (a noun that goes with the verb after it is no pointed-at thing: "সে কথা বলার সময়")
                and (verb := self._word_at(before[i + 1].end + 1)) not in self.lex.verbal_nouns
                and verb not in self.lex.infinitives)), None)
            if pronoun is not None:
                return [pronoun]
            if self._can_speak(before[0]) and before[0].text not in self.lex.titles:
                return before[:1]
            if self._names_no_one(after):
                # "মাওবাদীরা সরকারের কাছে সময় চেয়ে বলেছে": the group the clause opens with; "… হাতে বইটি
                # ধরিয়ে দিয়ে বললেন": no one (the subject was dropped), never the participle
                return before[:1] if self._unnamed_group(before[0].text) else []
            return after
        return self._up_to(before, first[1])

    def _subject_names(self, toks: list[_Tok]) -> list[tuple[int, int, Entity]]:
        """The people and bodies named in a phrase before a participle clause that may be its subject:
        not one in the genitive or the locative ("কাপাসিয়া প্রেসক্লাবে", where it was), nor one of a
        "-ভিত্তিক" compound; and one the clause is about ("শেখ হাসিনা প্রসঙ্গে") only when no other is
        named before it ("আওয়ামী লীগ শেখ হাসিনা প্রসঙ্গে বিবৃতি দিয়ে" is the party's)."""
        named = [m for m in self.entity_in(toks[0].start, toks[-1].end) if m[2].type in ("PER", "ORG")
                 and not self._word_at(m[1] - 1).endswith(self.lex.hyphen_tails)
                 and not self._in_genitive(m) and not self._in_locative(m)]
        about = [m for m in named if self._word_at(m[1] + 1) in self.lex.topic_words]
        return [m for m in named if m not in about or not any(n[1] <= m[0] for n in named if n not in about)]

    def _past_the_title(self, toks: list[_Tok]) -> list[_Tok]:
        """The words up to a bare title, without the object of a clause after it ("প্রধানমন্ত্রী সমাবেশ
        থেকে ভোটের প্রতিশ্রুতি চেয়ে বলেন", "জামায়াতের আমির দেশের পরিস্থিতি উল্লেখ করে বলেন"): ordinary
        words after the title, with no name among them, are what the speaker acted on, not the speaker."""
        titled = [i for i, t in enumerate(toks) if self._is_title(t.text)]
        # (a title in the genitive owns what follows: "প্রধান উপদেষ্টার প্রেস উইং")
        rest = toks[titled[-1] + 1:] if titled and not _is_genitive(toks[titled[-1]].text, self.lex.case) else []
        if not rest or self.entity_in(rest[0].start, rest[-1].end) or any(
                t.text in "()" or self._can_speak(t) for t in rest):
            return toks
        # (not where someone before the title speaks, the title being the post they ask about:
        # "শিক্ষার্থীরা উপাচার্য পদে যোগ্য কাউকে বসানোর দাবি তুলে ধরে বলেন"; nor a role after it,
        # "বিএনপির মেয়র প্রার্থী ভোটারদের কাছে সমর্থন চেয়ে বলেন")
        # (another title joined to it is no such speaker: "চিকিৎসক ও হাসপাতালের পরিচালক")
        if any((self._can_speak(t) or self._unnamed_group(t.text)) and not self._is_title(t.text)
               and not _is_genitive(t.text, self.lex.case) for t in toks[:titled[-1]]) \
                or rest[0].text in self.lex.pointed_roles:
            return toks
        ordinary = ordinary_words(self.doc.lang)
        return toks[:titled[-1] + 1] if any(t.text in ordinary for t in rest) else toks

    def _past_the_acted_on(self, toks: list[_Tok], named_at: int) -> list[_Tok]:
        """The words from the one named at `named_at` back to any object before it: "… শপথ গ্রহণকে
        ফরহাদ মজহার ‘…’ অভিহিত করে" is Farhad Mazhar's, the swearing-in being what he called it."""
        acted_on = [i for i, t in enumerate(toks) if t.end <= named_at and self._addressed(t.text)
                    and t.text not in self.lex.addressees and t.text.rstrip(".") != "কে"]  # (not "এ কে এম")
        if not acted_on:
            return toks
        # (a name before the object is the subject, in the usual order: "প্রার্থী আবদুল কাহার আকন্দ
        # সংসদ সদস্য নূর মোহাম্মদকে ‘মীরজাফর’ আখ্যা দিয়ে")
        object_at = toks[acted_on[-1]].start
        subject = [m for m in self.entity_in(toks[0].start, object_at) if m[2].type in ("PER", "ORG")
                   and m[1] <= object_at and not self._in_genitive(m)]
        if subject:
            return self._up_to(toks, subject[-1][1])
        return toks[acted_on[-1] + 1:]

    @staticmethod
    def _up_to(toks: list[_Tok], end: int) -> list[_Tok]:
        """The words before `end`, with the bracket a name there closes ("… পরিদপ্তরের (আইএসপিআর)")."""
        kept = [t for t in toks if t.start < end]
        if len(kept) < len(toks) and toks[len(kept)].text == ")" and any(t.text == "(" for t in kept):
            kept.append(toks[len(kept)])
        return kept

    def _in_locative(self, m: tuple[int, int, Entity]) -> bool:
        """Is this mention of a name in the locative ("নির্বাচন কমিশনে", "ঢাকায়"), or in the accusative
        that ends the same way ("মন্ত্রণালয়কে"): where something went or whom it went to, not who sent it?"""
        word = self._word_at(m[1] - 1)
        # (a person's name may end in the same letters, "শিনজো আবে", "দুতার্তে": only a clear ending
        # longer than a vowel sign makes a person's name one of where or to whom)
        endings = self.lex.locative if m[2].type != "PER" else (
            *(x for x in self.lex.locative if len(x) > 1), *self.lex.objective)
        return word.endswith(endings) and strip_suffix(word, self.lex.case) != word and not self._name_itself(m)

    def _in_genitive(self, m: tuple[int, int, Entity]) -> bool:
        """Is this mention of a name in the genitive? Its text ends so and is not the name itself
        ("বিএনপির", not "আইএসপিআর", whose last letter is the R of the acronym)."""
        return _is_genitive(self.text[m[0]:m[1]].split()[-1], self.lex.case) and not self._name_itself(m)

    def _name_itself(self, m: tuple[int, int, Entity]) -> bool:
        """Is the mention's text the name's own form, whatever its last letters look like?"""
        text = self.text[m[0]:m[1]]
        return any(x.start == m[0] and x.form == text for x in m[2].mentions)

    def _in_time(self, pos: int) -> bool:
        """Is the character at `pos` inside a time expression?"""
        k = bisect_left(self.time_starts, pos + 1)
        return k > 0 and pos < self.times[k - 1][1]

    def _word_at(self, pos: int) -> str:
        """The whole word the character at `pos` is in."""
        a = pos
        while a > 0 and not self.text[a - 1].isspace():
            a -= 1
        m = WORD_RE.match(self.text, a)
        return m.group() if m else ""

    def _note_titles(self, words: list[str], ent: str) -> None:
        self.title_owners.extend((t, ent) for t in self._titles(words))
        if self.entity_type.get(ent) == "ORG":
            self.last_org = ent

    def _titles(self, words: list[str]) -> list[_Title]:
        """The titles a phrase names someone by, in order: "সিপিবির সহসাধারণ সম্পাদক মিহির ঘোষ" has
        the title সম্পাদক of rank সহসাধারণ, of সিপিবি; "স্বরাষ্ট্র উপদেষ্টা অবসরপ্রাপ্ত ব্রিগেডিয়ার
        জেনারেল X" has two."""
        out: list[_Title] = []
        same = self.lex.same_titles
        if same:  # a post in two words that is a one-word title ("সেনাবাহিনী প্রধান" = "সেনাপ্রধান")
            merged: list[str] = []
            for w in words:
                if merged and (merged[-1], w) in same:
                    merged[-1] = same[(merged[-1], w)]
                else:
                    merged.append(w)
            words = merged
        one_word = self.lex.one_word_titles
        floor = 0  # (a title's own words reach back no further than the title before it)
        for k, w in enumerate(words):
            if not self._is_title(w) and w not in one_word:
                continue
            stem = strip_suffix(w, self.lex.case)
            # (but the post one holds in acting: "উপাচার্যের দায়িত্বে থাকা X")
            if k + 1 < len(words) and w not in one_word and stem != w and _is_genitive(w, self.lex.case) \
                    and self._is_title(stem) and w not in self.lex.titles_in_r \
                    and not words[k + 1].startswith(self.lex.acting):
                continue  # another's post, whose the next one is: "প্রধানমন্ত্রীর প্রেস সচিব X" is no prime minister
            i = k  # back over the rank words and demonyms right before it ("সাবেক মার্কিন পররাষ্ট্রমন্ত্রী")
            while i > floor and k - i < 3 and (self._rank(words[i - 1]) or self._whose(words[i - 1]) != words[i - 1]) \
                    and not _is_genitive(words[i - 1], self.lex.case):
                i -= 1
            stems = [strip_suffix(x, self.lex.case) for x in words[i:k + 1]]
            # whose post it is: a body or country in the genitive before it, or a demonym in it
            # ("পাকিস্তানের পররাষ্ট্রমন্ত্রী", "মার্কিন পররাষ্ট্রমন্ত্রী"), as the gazetteer names it
            of = next((body for x in stems[:-1] if (body := self._whose(x)) != x), None)
            if i > floor and _is_genitive(words[i - 1], self.lex.case):
                of = self._whose(strip_suffix(words[i - 1], self.lex.case))
            ranks = frozenset(x for x in stems[:-1] if self._rank(x))
            # (with its portfolio: "স্বরাষ্ট্র উপদেষ্টা" is another post than "জ্বালানি উপদেষ্টা")
            # (or of its ministry: "স্বরাষ্ট্র মন্ত্রণালয়ের উপদেষ্টা", "স্বরাষ্ট্র বিষয়ক উপদেষ্টা")
            portfolio = next((words[j] for j in (k - 1, k - 2) if j >= floor and words[j] in self.lex.portfolios
                              and all(x in self.lex.portfolio_links for x in words[j + 1:k])), None) or next(
                (p for p in self.lex.portfolios if stems[-1].startswith(p) and len(stems[-1]) > len(p)), None)
            # (or in one word: "স্বরাষ্ট্রমন্ত্রী" is of স্বরাষ্ট্র, as "স্বরাষ্ট্র মন্ত্রী" is)
            out.append(_Title(stems[-1], ranks, of, portfolio))
            floor = k + 1
        return out

    def _rank(self, word: str) -> bool:
        """A word that makes a title another post: "যুগ্ম", "সাবেক", "সহসাধারণ", "উপমহাপরিচালক"."""
        return word in self.lex.title_ranks or (word.startswith(("সহ", "উপ")) and len(word) > 3)

    def _whose(self, word: str) -> str:
        """A body or country as the gazetteer names it (a country by its code, so that "মার্কিন"
        and "যুক্তরাষ্ট্রের" are one), or the word itself."""
        entry = load_pack(self.doc.lang).gazetteer.get(word)
        if entry is None:
            return word
        return entry.country if entry.type in ("LOC", "DEMONYM") and entry.country else entry.name

    def _introduced_as(self, words: list[str], before: int) -> str | None:
        """The person an earlier sentence named right after these words, two or more that pick out one
        role ("মামলার তদন্ত কর্মকর্তা দক্ষিণ কেরানীগঞ্জ থানার উপপরিদর্শক মো. X"; not "একজন কর্মকর্তা",
        anyone): the first person named within a few words after them, in that sentence."""
        if len(words) < 2 or any(w in self.lex.unnamed or w in self.lex.indefinite or w in _DEMONSTRATIVES
                                 or w in self.lex.pron_pl for w in words) \
                or words[-1][len(strip_suffix(words[-1], self.lex.case)):] in self.lex.plural_endings:
            return None
        if any(w.startswith("সূত্র") for w in words):
            return None  # (a source stays unnamed, whoever it named)
        phrase = " ".join(words)
        at = self.text.rfind(phrase, 0, before)
        while at >= 0:
            # the name after it, with nothing between but where they serve and their titles ("দক্ষিণ
            # কেরানীগঞ্জ থানার উপপরিদর্শক")
            si = self.sentence_at(at)
            end = self.doc.sentences[si].end if si >= 0 else len(self.text)
            for t in self.tokens(at + len(phrase), end)[:8]:
                found = self.entity_in(t.start, t.end)
                person = next((m for m in found if m[2].type == "PER"), None)
                if person is not None:
                    return person[2].id
                if not (found or self._is_title(t.text)):
                    break
            at = self.text.rfind(phrase, 0, at)
        return None

    def _title_holder(self, words: list[str]) -> str | None:
        """Who was last named with the title a phrase ends in: the same title or a longer one that
        ends in it ("মন্ত্রী" of "স্বাস্থ্যমন্ত্রী X"), of the same rank and body: "সাধারণ সম্পাদক" is
        not the "সহসাধারণ সম্পাদক" named before, nor Pakistan's foreign minister America's."""
        titles = self._titles(words)
        if not titles:
            return None
        # (one named with the same portfolio before one named with none: "স্বরাষ্ট্র উপদেষ্টা" is the
        # home adviser named so, not the adviser named last)
        title = titles[-1]
        fallback = None
        for seen, ent in reversed(self.title_owners):
            if not seen.matches(title):
                continue
            if title.portfolio is None or seen.portfolio == title.portfolio:
                return ent
            fallback = fallback or ent
        return fallback

    def _spoken_with_unnamed(self, pos: int) -> bool:
        """Is a pronoun at pos the unnamed person its own sentence has just spoken with ("একজন নারী
        ভোটারের সঙ্গে কথা হয় বিবিসি বাংলার, তিনি জানিয়েছেন …")? Then it is that someone, anonymous,
        not the person named before."""
        si = self.sentence_at(pos)
        own = self.sentence_starts[si] if si >= 0 else 0
        company, _ = _pronoun_words(self.doc.lang)
        talk, someone = _talk_words(self.doc.lang)
        words = [(m.start(), m.group()) for m in WORD_RE.finditer(self.text, own, pos)]
        for k in range(len(words) - 1, 0, -1):
            if words[k][1] in company and is_genitive(words[k - 1][1], self.lex.case) \
                    and any(w in talk for _, w in words[k + 1:k + 3]):
                unnamed = [at for at, w in words[max(0, k - 6):k - 1] if w in someone]
                return bool(unnamed) and not any(
                    m[2].type == "PER" for m in self.entity_in(unnamed[-1], pos))
        return False

    def last_voice(self) -> _Found | None:
        """The last statement found, leaving out one reported inside another's words ("তিনি বলেন, গোটা
        জাতি প্রত্যাশা করে, …": the nation's hope is his words; "তিনি আরও বলেন" after it is still him)."""
        for f in reversed(self.found):
            outer = self.found[f.nested_in] if f.nested_in is not None else None
            if outer is None or not outer.content.start <= f.speaker.start < outer.content.end:
                return f
        return None

    def _cut_after_person(self, toks: list[_Tok], told_at: int, *, pronouns: bool) -> list[_Tok]:
        """The speaker phrase up to the last person it names (and, with `pronouns`, a subject pronoun)
        before the last two words, when that person ends before `told_at`, where the ones spoken
        to begin; else the phrase as it is."""
        person_end = max([m[1] for m in self.entity_in(toks[0].start, toks[-2].end) if m[2].type == "PER"]
                         + ([t.end for t in toks[:-2] if self._subject_pronoun(t.text)] if pronouns else []),
                         default=None)
        if person_end is not None and person_end < told_at:
            return [t for t in toks if t.start < person_end]
        return toks

    def _quoted_before(self, pos: int) -> list[QuoteSpan]:
        """The quotations closed before pos in its paragraph."""
        li = self._line_at(pos)
        start = self.doc.lines[li].start if li >= 0 else max(0, pos - 2000)
        return [q for q in self.quotes(start, pos) if q.closed]

    def _pronoun_referent(self, pos: int, depth: int = 0) -> str | None:
        """তিনি: the person named last before it (outside quoted content), unless the last
        statement came after that mention, in which case its speaker. A subject pronoun between
        that name and this sentence (in the name's own sentence or a later one) means one person
        goes on: this pronoun is whoever that one was, followed back at most three steps."""
        best: tuple[int, str] | None = None
        last = self.last_voice()
        si = self.sentence_at(pos)
        own = self.sentence_starts[si] if si >= 0 else 0
        company, reflexive = _pronoun_words(self.doc.lang)
        after = self.text[pos:pos + 40].split()[1:2]
        word = self.text[pos:pos + 20].split()[:1]  # the pronoun itself
        # "CONTENT বলেও তিনি উল্লেখ করেন": a name in what the pronoun's own sentence reports is not them
        # (but "… বলে তিনি নিজে উল্লেখ করেন", he himself, points right back to it)
        said_before = [m.end() for m in re.finditer(r"(?<!\S)বলে(?:ও|ই)?(?!\S)", self.text[own:pos])]
        reported_end = own + said_before[-1] if said_before and not (after and after[0] in reflexive) else own
        # ("“প্রধানমন্ত্রী করিম বলেছেন …,” তিনি আরও যোগ করেন": one named inside the quotation the pronoun
        # closes is spoken of, not the one speaking)
        quoted = self._quoted_before(pos)
        for k in range(bisect_left(self.mention_starts, pos) - 1, -1, -1):  # the nearest first
            a, b, e = self.mentions[k]
            if own <= a < reported_end or any(q.open < a < q.close for q in quoted):
                continue
            if self._word_at(b + 1) in _LIKENESS_POSTPOSITIONS:
                continue  # "তাসনিম জারার মতো তিনিও …": one compared with, not the one meant
            if a >= own and self._word_at(b + 1) in self.lex.topic_words:
                continue  # "হাসিনা ইস্যুতে … সমালোচনা করে তিনি বলেন": the one spoken of
            named_as = self.text[a:b].split()[-1]
            if a >= own and accusative_stem(named_as) is None and not is_genitive(named_as, self.lex.case) \
                    and not _pronoun_lists(self.doc.lang).get("side_clause_ends", frozenset()).isdisjoint(
                        w.strip(",") for w in self.text[b:pos].split()) \
                    and self._someone_else_before(own, e.id):
                continue  # "শেখ হাসিনা পালানোর পর তিনি …": the subject of a clause of its own
            # one named in the accusative in its own sentence is the object ("… X-কে খুঁজে পেলেন …
            # নির্দেশনা দিয়েছেন তিনি"), unless asked ("X-কে প্রশ্ন করা হলে তিনি বলেন": the one who answers)
            # (a name the tagger split in two, "এরিকা | রবিনকে", ends where its second part does)
            nxt = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
            end_word = (self.text[nxt[0]:nxt[1]] if nxt and nxt[2].id == e.id and 0 <= nxt[0] - b <= 1
                        else self.text[a:b]).split()[-1]
            if a >= own and accusative_stem(end_word) is not None and end_word not in self.name_parts \
                    and not any(w.rstrip(",") in ("হলে", "চাইলে", "করলে") for w in self.text[b:pos].split()) \
                    and not self.text[b:pos].rstrip().endswith(","):  # ("X-কে ছবি দেখাই, তিনি বলেন": X answers)
                continue
            # one named in the genitive in the pronoun's own sentence is its topic, not its referent
            # ("রহিমের বক্তব্যের জবাবে তিনি বলেন" is someone else answering Rahim), unless spoken
            # with ("রহিমের সঙ্গে কথা হলে তিনি"), already speaking, or pointed at ("তিনি নিজে")
            if a >= own and is_genitive(self.text[a:b].split()[-1], self.lex.case) \
                    and (self._word_at(b + 1) not in company or self._sent_to(b)) \
                    and not (after and after[0] in reflexive) \
                    and not (last is not None and (last.speaker.entity == e.id or any(
                        m[2].id == e.id for m in self.entity_in(last.speaker.start, last.speaker.end)))):
                continue
            if e.type == "PER" and self._plausible_person(e) and not self._inside_content(a) \
                    and not self._listed(k):
                best = (a, e.id)
                # a personal pronoun after the name, before this sentence: one person goes on from
                # sentence to sentence ("… রাষ্ট্রপতি X-কে পাঠানো বার্তায় তিনি … জানান। তিনি … কামনা করেন"),
                # and the pronoun is whoever that one was (at most three such steps back)
                if word and word[0].strip(",") in self.lex.pron_subject and depth < 3:
                    j = bisect_left(self.subject_pronouns, own) - 1  # the last one before this sentence
                    if j >= 0 and self.subject_pronouns[j] >= b:
                        chained = self._pronoun_referent(self.subject_pronouns[j], depth + 1)
                        if chained is not None:
                            best = (a, chained)
                break
        # (a speaker the article names without a linked entity, "নগর পুলিশ কমিশনার কৃষ্ণপদ রায়", counts too:
        # "তিনি" is them, not a person named before them)
        # (a body that spoke last, "পুলিশের ভাষ্যমতে, …", is no "তিনি": a person is)
        named = last is not None and (last.speaker.entity is not None or last.speaker.anonymous or (
            last.speaker.text not in self.lex.pron_sg and last.speaker.text not in self.lex.pron_pl)) \
            and self.entity_type.get(last.speaker.entity or "", "PER") == "PER"
        # (an unnamed many, "চালক ও এলাকাবাসী", "শিক্ষার্থীরা", are no "তিনি": the one person named
        # before in the paragraph is)
        if named and last is not None and last.speaker.anonymous and best is not None \
                and word and word[0].strip(",") in self.lex.pron_subject and word[0].strip(",") != "সে" \
                and self._many(last.speaker) and self._line_at(best[0]) == self._line_at(pos):
            named = False
        if last is not None and any(q.open < last.speaker.start < q.close for q in quoted):
            named = False  # (the last voice was reported inside that quotation)
        if last is not None and named and (best is None or max(last.content.end, last.speaker.end) > best[0]):
            return last.speaker.entity  # None for an unnamed source: "তিনি" is that official
        return best[1] if best else None

    def _subject_pronoun(self, word: str) -> bool:
        """A pronoun in the nominative, which can be a sentence's subject ("তিনি", "তারা"; not "তাঁর",
        "তাদের")."""
        return word in self.lex.pron_subject or (word in self.lex.pron_pl and not word.endswith("দের"))

    def _adverbial(self, t: _Tok) -> bool:
        """Can the word stand after a subject pronoun and before the verb as where, when, how or a
        particle ("বিমানবন্দরে", "সকালে", "শুধু", "এ-ও", "নিজে", "সবাই"), naming no one?"""
        if t.text in "()" or self._is_title(t.text) or any(
                m[2].type in ("PER", "ORG") for m in self.entity_in(t.start, t.end)):
            return False
        return (t.text.endswith(("ে", "য়", "তে", "র")) and t.text not in self.lex.weak_subordinators) \
            or t.text in self.lex.trailing_words \
            or t.text in self.lex.speaker_adverbs or t.text in self.lex.everyone or self._in_time(t.start) \
            or t.text in self.lex.particles or t.text in _pronoun_words(self.doc.lang)[1]

    def sentence_at(self, pos: int) -> int:
        """The index of the sentence `pos` is in (-1 before the first)."""
        return bisect_left(self.sentence_starts, pos + 1) - 1

    def _line_at(self, pos: int) -> int:
        """The line (paragraph) of the sentence `pos` is in."""
        si = self.sentence_at(pos)
        return self.doc.sentences[si].line if si >= 0 else -1

    def name_start(self, t: _Tok) -> int:
        """Where the name a word belongs to begins ("বিবিসি | বাংলাকে": at "বিবিসি"), else the word's start."""
        return min((m[0] for m in self.entity_in(t.start, t.end)), default=t.start)

    def _many(self, sp: Speaker) -> bool:
        """Does an unnamed speaker stand for several people ("চালক ও এলাকাবাসী", "শিক্ষার্থীরা")?"""
        toks = self.tokens(sp.start, sp.end)
        return bool(toks) and (self._plural_group(toks[-1]) or any(t.text in _AND for t in toks))

    def _sent_to(self, end: int) -> bool:
        """Is the one named in the genitive ending at `end` whom something was sent ("ইউনূসের কাছে
        পাঠানো এক শোকবার্তায় তিনি …")? Then they are not the one spoken with."""
        words = self.text[end:end + 40].split()[:2]
        return len(words) == 2 and words[1] in _pronoun_sent(self.doc.lang)

    def _listed(self, k: int) -> bool:
        """Is mention k one of a list of people ("রফিক মিয়া, করিম উদ্দিন ও হক মিয়া আহত হন", "… শ্যালক
        ওয়াহিদ, প্রেমিকা মারিয়া …")? The people a sentence lists are what happened to someone,
        seldom the one "তিনি" means next."""
        a, b, e = self.mentions[k]
        for j in (k - 1, k + 1):
            if 0 <= j < len(self.mentions) and self.mentions[j][2].type == "PER" and self.mentions[j][2].id != e.id:
                x, y = (self.mentions[j][1], a) if j < k else (b, self.mentions[j][0])
                if 0 <= y - x <= 40 and _LIST_GAP.match(self.text[x:y]):
                    return True
        return False

    # ---- content --------------------------------------------------------------------
    def content(self, a: int, b: int) -> tuple[Span, bool] | None:
        """The said text in text[a:b]: quotes unwrapped (direct), edges trimmed."""
        # (a quotation that is the whole of it, its marks among the edges trimmed: "‘… থাকবে।’")
        edges = self.text[a:a + 3] + self.text[max(a, b - 3):b]
        # (or followed only by its source in brackets: "‘…’ (মালফুজাত, খণ্ড ২)।")
        def nothing_after(q: QuoteSpan) -> bool:
            rest = self.text[q.close + 1:b].strip().rstrip("।.!").strip()
            return not rest or (rest[0] == "(" and rest[-1] == ")" and rest.count("(") == 1 and len(rest) <= 80)
        whole = next((q for q in self.quotes(a, b) if q.closed and self.trim(a, q.open)[0] >= q.open
                      and nothing_after(q)), None) if any(ch in _QUOTE_CHARS for ch in edges) else None
        a, b = self.trim(a, b)
        first = _FIRST_WORD.match(self.text, a, b)
        if first and first.group() in self.lex.openers and b - a > len(first.group()) + 3:
            a, b = self.trim(a + len(first.group()), b)
        if b - a < 3:
            return None
        direct = False
        # (trim takes the marks off, so the quotation is the one found before it)
        if whole is not None and len(last_words(self.text[whole.open + 1:whole.close], 2)) == 2:
            # (a word alone in quotes is a name or a scare quote; an opener is cut as above)
            a, b = self.trim(max(a, whole.open + 1), whole.close)
            direct = True
        if b <= a:
            return None
        if not direct and (again := self.restated_speaker(a, b)) is not None:
            a, b = self.trim(a, again)  # ("তিনি জানান, X নেই বলে তিনি মনে করেন": X)
            if b - a < 3:
                return None
        raw = self.text[a:b]
        if not direct and len(last_words(raw, 2)) < 2:
            return None  # "ঘটনাটি নিশ্চিত করেছেন ওসি": a thing pointed at, no proposition of its own
        if not direct:
            direct = self.first_person(raw) or self._addresses_hearers(a, b)
        return Span(a, b, raw), direct

    def _addresses_hearers(self, a: int, b: int) -> bool:
        """Does text[a:b] speak to its hearers in the second person ("তোমাদের দেশ তোমরা গড়ে তুলবে",
        "আপনারা সাহস নিয়ে দাঁড়ান"), outside quotation marks (a title, "‘তুমি রবে নীরবে’", or another's
        words) and before any verb of saying in it ("… তাঁকে বলেছিলেন আপনার কাজ হবে না" reports one)?"""
        quoted = [(q.open, q.close) for q in self.quotes(max(0, a - 2), b) if q.closed and q.close <= b]
        toks = [t for t in self.tokens(a, b) if not any(x <= t.start <= y for x, y in quoted)]
        k = next((i for i, t in enumerate(toks) if t.text in self.lex.second_person), None)
        if k is None:
            # or with no pronoun, by a polite imperative ending the clause ("… ব্যবস্থা করুন")
            words = [t.text for t in toks if _BENGALI_LETTER.search(t.text)]
            return bool(words) and _demand(self.doc.lang).imperative(words[-1])
        return not any(c.entry.kind == "verb" for c in self.find_cues(toks[:k]))

    def restated_speaker(self, a: int, b: int) -> int | None:
        """Where text[a:b] ends by naming its speaker again, as a pronoun after the words ("তিনি জানান,
        X নেই বলে তিনি মনে করেন।"), the start of "বলে"; else None. Such speech is closed, as "CONTENT
        বলে জানান X।" is: what follows is narration. (Another named there is reported inside the
        speech, which goes on: "তিনি বলেন, X বলে অমর্ত্য সেন মনে করেন। …")"""
        tail = self.text[max(a, b - 80):b]
        if not any(w in tail for w in self.lex.complementiser):
            return None  # (most contents: no "that" near their end)
        toks = self.tokens(a, b)[-6:]
        while toks and toks[-1].text in ("।", "!", "."):
            toks = toks[:-1]
        cues = self.find_cues(toks)
        if not cues or cues[-1].b != len(toks) or cues[-1].a < 2:
            return None
        said, by = toks[cues[-1].a - 2], toks[cues[-1].a - 1]
        return said.start if said.text in self.lex.complementiser and by.text in self.lex.pron_subject else None

    def first_person(self, s: str) -> bool:
        """The speaker's own words: a first-person pronoun, or a clause ending in a first-person
        verb ("… আশার আলো দেখছি", "… বিশ্বাস করতে পারছি না")."""
        if self.lex.first_person_any.search(s) and not self.lex.first_person.isdisjoint(WORD_RE.findall(s)):
            return True
        # (the last two words are in the last three chunks between spaces: most sentences have no
        # first-person ending there at all, told by one search)
        parts = s.rsplit(None, 2)
        if not self.lex.first_person_verb_re.search(s if len(parts) <= 2 else parts[1] + " " + parts[2]):
            return False
        two = last_words(s, 2)
        tail = [w for w in two if w not in ("না", "নি")]
        if tail and tail[-1].startswith(("যায়", "গেছে", "গেল")):
            return False  # impersonal: "… তা জানাই যায়নি" (it could not be known at all)
        # (a short verb whole: "… যেতে দেব না"; not one that is a surname too after a given name: "… জেলা
        # প্রশাসক সুমন দেব")
        surname = len(two) == 2 and two[1] in self.lex.first_person_verbs_also_names and two[0] in self.name_parts
        # (nor a name part that only ends like one: "… এসআই কামরুল ইসলাম", whose "-লাম" is no "করলাম")
        return any((len(w) > 3 and w.endswith(self.lex.first_person_verbs) and w not in self.name_parts) or (
            w in self.lex.first_person_verbs and not surname) for w in tail)

    # ---- statements -----------------------------------------------------------------
    def _plausible_person(self, e: Entity) -> bool:
        """Can a pronoun point back to this person? Not to a guess that no list backs: a person
        found by the tagger or a rule alone needs a known name part or a title before it
        ("রিকশায় উঠার" is no one)."""
        if e.source == "gazetteer" or e.id in self.speaking:
            return True
        if e.id not in self._named_plausibly:  # what the document alone says of the name, read once
            self._named_plausibly[e.id] = self._backed_name(e)
        return self._named_plausibly[e.id]

    def _backed_name(self, e: Entity) -> bool:
        """Is this name backed by a list or by its place in the text (see _plausible_person)?"""
        # (or a name the corpus writes as a given name or surname: "হানিফ", "সাখাওয়াত")
        known = (self.name_parts, self.lex.names_seen)
        if any(x in names for m in e.mentions for w in m.form.split()
               for x in (w, strip_suffix(w, self.lex.case)) for names in known):
            return True
        # or a title right before it ("কলোরাডোর গভর্নর জেয়ার্ড পোলিশ"), or given as someone's name
        # ("শিবরাজ যাদব নামে একজন ব্যক্তি"; not "আল আকসা নামে প্রসিদ্ধ", known by the name)
        # or marked as a name changed to protect them ("সেলিন (এটি আসল নাম নয়)")
        marks = pseudonym_marks(self.doc.lang)
        return any(self._is_title((self.text[max(0, m.start - 30):m.start].split() or [""])[-1])
                   or self._named_one(self.text[m.end:m.end + 40].split()[:2])
                   or _bracket_after(self.text, m.end) in marks for m in e.mentions)

    def _named_as_someone(self, words: list[str]) -> bool:
        """Does a speaker phrase give someone's name ("রাফি নামে এক শিক্ষার্থী", "রহিম নামের একজন")? Then
        they are named, if by no entity: not an unnamed source. ("দলের নামে", in the party's name, is not.)"""
        return any(w in self.lex.named_as and not _is_genitive(words[k], self.lex.case)
                   for k, w in enumerate(words[1:-1]))

    def _named_one(self, after: list[str]) -> bool:
        """Do the words after a name give it as someone's ("… নামে একজন", "… নামের এক যুবক")?"""
        return len(after) == 2 and after[0] in self.lex.named_as and after[1] in self.lex.named_ones

    def _inside_content(self, pos: int) -> bool:
        """Is pos inside some statement's content? (Contents may nest; a few before pos are checked.)"""
        k = bisect_left(self.said, (pos + 1,))
        return any(x <= pos < y for x, y in self.said[max(0, k - 8):k])

    def own_reporter(self, sp: Speaker) -> bool:
        """Is the speaker the paper's own correspondent ("যুগান্তর প্রতিনিধিরা", "হিলি (দিনাজপুর)
        সংবাদদাতা")? A foreign outlet's reporter relays a report and is a source."""
        words = sp.text.split()
        if not words or (words[-1] not in self.lex.reporters and words[-1] not in self.lex.paper_reporters):
            return False
        if any(m[2].type == "ORG" and self._relays(m[2]) for m in self.entity_in(sp.start, sp.end)):
            return False  # a foreign outlet's reporter relays its report
        if words[-1] in self.lex.reporters:
            return True
        # (a home paper named in it, in any case: "সমকালের শেকৃবি প্রতিনিধি", "প্রথম আলোর … প্রতিবেদক")
        gazetteer = load_pack(self.doc.lang).gazetteer
        for k in range(len(words)):
            for n in (1, 2):
                if k + n > len(words):
                    continue
                name = " ".join([*words[k:k + n - 1], strip_suffix(words[k + n - 1], self.lex.case)])
                e = gazetteer.get(name)
                if e is not None and e.lang and e.country in ("BD", "IN"):
                    return True
        return False

    def add(self, f: _Found) -> int:
        sp = f.speaker
        # (not after a demonstrative: "ওই দুজন" are the two just named)
        if sp.entity is None and not sp.anonymous and len(words := sp.text.split()) <= 5 and any(
                (w in self.lex.unnamed and (k == 0 or words[k - 1] not in _DEMONSTRATIVES)) or w in self.lex.indefinite
                for k, w in enumerate(words)) and not self._named_as_someone(words):
            # one person or some left unnamed ("ভারতের এক সাবেক কূটনীতিবিদের মতে", "কারো কারো মতে"),
            # once the statement stands on its own (the flag lets no phrase become a speaker)
            f.speaker = replace(sp, anonymous=True)
        if self.recipient and f.nested_in is None and f.nested_entity is None:
            f.nested_entity = self.recipient
        if self.relayed_in is not None and f.nested_in is None and f.nested_entity is None:
            f.nested_in = self.relayed_in
        self.recipient = None
        self.relayed_in = None
        self.found.append(f)
        if f.speaker.entity:
            self.speaking.add(f.speaker.entity)
        insort(self.said, (f.content.start, f.content.end))
        sp = f.speaker
        if not sp.anonymous or sp.entity:
            self.last_speaker = sp
        if sp.anonymous or any(sp.text.endswith(x) for x in ("রা", "েরা", "দের")):
            self.last_plural = sp
        return len(self.found) - 1

    def stance_of(self, stance: Stance, content: Span) -> Stance:
        if stance == "assert" and _rejects(self.doc.lang, content.text, self.lex.rejection):
            return "deny"
        if content.text.rstrip().endswith("?") or (
                self.text[content.end:content.end + 1] == "?" and self.lex.asking.isdisjoint(content.text.split())):
            # a question, its mark left out of the content (not one the speaker tells of having asked:
            # "… তাদের কাছে জানতে চেয়েছিলেন, তারা কেন … করেছিল?")
            return "other"
        if stance == "assert" and _is_demand(self.doc.lang, content.text):
            return "other"
        return stance


@dataclass(slots=True, frozen=True)
class _RunOn:
    """When speech stops running on: the pack's continuation.toml."""

    openers: tuple[tuple[str, ...], ...]
    phrases: tuple[str, ...]
    max_people: int
    credit_words: frozenset[str]  # "খবর এএনআইয়ের": a credit line, nobody's words
    clock: re.Pattern[str]
    opener_starts: dict[str, tuple[tuple[str, ...], ...]]  # the openers by their first word
    view_cues: tuple[str, ...]  # cues of a belief or a poet's line, after which speech does not run on
    cited_cues: tuple[str, ...]  # cues of a cited view or figure, which do not run on in a column
    bodies: frozenset[str]  # "সরকার", "মন্ত্রণালয়": speakers that say no "আমি"
    speaker_i: frozenset[str]  # "আমি", "আমার": one person's own words
    according: frozenset[str]  # "অনুযায়ী", "অনুসারে": a figure or a document cited, a new account
    future_endings: tuple[str, ...]  # "হবে", "করবেন": what will be, no past told
    reporter_attempts: tuple[str, ...]  # "… কল করা হলেও সাড়া দেননি": the reporter's, outside first-person speech
    hanging: tuple[tuple[str, ...], ...]  # "যার ফলে …": a sentence that hangs on the one before
    nouns_in_l: frozenset[str]  # "দল", "মহল": nouns that end like a past verb
    brought_in: tuple[str, ...]  # "কথা হয়": an aside that brings in someone spoken with
    before_a_demand: tuple[tuple[str, ...], ...]  # "এ ঘটনায়": openers a demand after the speaker's words goes on past
    paired: dict[str, str]  # "অন্যদিকে" -> "একদিকে": an opener that closes a pair the sentence before opened
    wishes: frozenset[str]  # "যেন": a wish ("… যেন সংঘাত না হয়"), no past told
    answers: tuple[tuple[str, ...], ...]  # "এ প্রশ্নের জবাবে": a question before it was put to the speaker
    links: frozenset[str] = frozenset()  # "উল্লেখ্য", "এদিকে": the reporter's own links, stopping even "আমি …"
    papers_own: tuple[str, ...] = ()  # "আমাদের প্রতিনিধি": the paper's "we", no speaker's
    past_endings: tuple[str, ...] = ()  # "হয়েছিল": a past told before "যাতে", whose purpose it gives
    obliged: frozenset[str] = frozenset()  # "হয়" of "… করতে হয় তাদের": the ones who must, no reporter's aside
    before_a_plan: tuple[tuple[str, ...], ...] = ()  # "পরে": openers the speaker's plans, in the future, go on past
    figure_cues: frozenset[str] = frozenset()  # "তথ্যমতে": cues of figures, whose account goes on past openers
    pointers: frozenset[str] = frozenset()  # "ওই" of "ওই ঘোষণার পরিপ্রেক্ষিতে": what was said, pointed back at
    speech_genitives: frozenset[str] = frozenset()  # "ঘোষণার": a noun of speech in the genitive
    after_speech: frozenset[str] = frozenset()  # "পরিপ্রেক্ষিতে": what came of it
    in_passing: frozenset[str] = frozenset()  # "যেমন" of "X যেমন বলেছেন": a saying recalled, one sentence


@cache
def _pronoun_lists(code: str) -> dict[str, frozenset[str]]:
    """The pack's word lists for pronouns and the names around them (speakers.toml [pronoun])."""
    return {k: frozenset(v) for k, v in load_pack(code).table("speakers").get("pronoun", {}).items()
            if isinstance(v, list)}


@cache
def _body_kinds(code: str) -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """The kinds of body a definite word names ("হাসপাতালটি"), each with the words of an English name
    of that kind; the words for a country ("দেশটি"); and the English names of countries: the place
    lists' (CLDR, with a country code) and those CLDR names otherwise ("Palestine"). From speakers.toml
    [pronoun.body_kinds] and [pronoun.country_kinds]."""
    pack = load_pack(code)
    pronoun = pack.table("speakers").get("pronoun", {})
    kinds = {k: frozenset(v) for k, v in pronoun.get("body_kinds", {}).items()}
    country = pronoun.get("country_kinds", {})
    return kinds, frozenset(country.get("words", [])), frozenset((*pack.countries, *country.get("also", [])))


def _pronoun_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words after a genitive that name the one spoken with or asked ("X-এর সঙ্গে কথা হলে তিনি"),
    and words after a pronoun that point back at the one just named ("তিনি নিজে")."""
    d = _pronoun_lists(code)
    return d.get("company", frozenset()), d.get("reflexive", frozenset())


def _pronoun_sent(code: str) -> frozenset[str]:
    """Words after "X-এর কাছে" that make X whom something was sent, not the one spoken with."""
    return _pronoun_lists(code).get("sent", frozenset())


def _talk_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words after "X-এর সঙ্গে" that make X the one spoken with ("… সঙ্গে কথা হয়"), and words
    before X that leave X unnamed ("একজন ভোটারের সঙ্গে")."""
    d = _pronoun_lists(code)
    return d.get("talk", frozenset()), d.get("someone", frozenset())


@cache
def _run_on(code: str) -> _RunOn:
    stop = load_pack(code).table("continuation").get("stop", {})
    go_on = load_pack(code).table("continuation").get("go_on", {})
    openers = sorted((tuple(x.split()) for x in stop.get("openers", [])), key=len, reverse=True)
    clock = "|".join(re.escape(c) for c in stop.get("clock", [])) or "(?!)"
    return _RunOn(tuple(openers), tuple(stop.get("phrases", [])), int(stop.get("max_people", 0)),
                  frozenset(stop.get("credit_words", [])),
                  re.compile(rf"[0-9০-৯]\s*(?:{clock})"), _by_first(openers), tuple(stop.get("view_cues", [])),
                  tuple(stop.get("cited_cues", [])), frozenset(stop.get("bodies", [])),
                  frozenset(stop.get("first_person_singular", [])), frozenset(stop.get("according", [])),
                  tuple(stop.get("future_endings", [])), tuple(stop.get("reporter_attempts", [])),
                  tuple(tuple(x.split()) for x in go_on.get("hanging", [])), frozenset(stop.get("nouns_in_l", [])),
                  tuple(go_on.get("brought_in", [])), tuple(tuple(x.split()) for x in go_on.get("before_a_demand", [])),
                  dict(go_on.get("paired", {})), frozenset(go_on.get("wishes", [])),
                  tuple(tuple(x.split()) for x in stop.get("answers", [])), frozenset(stop.get("links", [])),
                  tuple(stop.get("papers_own", [])), tuple(go_on.get("past_endings", [])),
                  frozenset(go_on.get("obliged", [])), tuple(tuple(x.split()) for x in go_on.get("before_a_plan", [])),
                  frozenset(go_on.get("figure_cues", [])), frozenset(stop.get("pointers", [])),
                  frozenset(n + e for n in stop.get("speech_nouns", []) for e in ("ের", "র", "য়ের")),
                  frozenset(stop.get("after_speech", [])),
                  frozenset(stop.get("in_passing", [])))


def _recalled(an: _Analyser, f: _Found) -> bool:
    """Is the saying recalled in passing ("শুম্পিটার যেমন বলেছেন, …", as X said)? The writer borrows
    one sentence of it and argues on in their own voice."""
    between = an.text[f.speaker.end:f.content.start] if f.speaker.end <= f.content.start else ""
    return not _run_on(an.doc.lang).in_passing.isdisjoint(WORD_RE.findall(between))


def _gives_a_view(an: _Analyser, cue: str) -> bool:
    """A cue of a hope once held or a figure cited ("X-এর তথ্য অনুযায়ী"), or in an article in its
    author's own voice of a view cited too ("X-এর মতে", "X মনে করেন"): it attributes one sentence;
    what follows is the writer's own argument or narration."""
    rules = _run_on(an.doc.lang)
    views = rules.view_cues + (rules.cited_cues if an.author_voice >= 1 else ())
    return any(cue == v or cue.startswith(v + " ") for v in views)


@cache
def _narration_phrases(code: str) -> re.Pattern[str]:
    """The run-on stop phrases and the hearsay phrases, as one pattern searched once per sentence."""
    return re.compile("|".join(re.escape(p) for p in (*_run_on(code).phrases, *_lex(code).hearsay_text)) or "(?!)")


def _narration(an: _Analyser, s: Sentence, toks: list[_Tok], speaking: bool = False, figures: bool = False) -> bool:
    """Does the sentence open as the reporter's narration or report hearsay or a scene? (With
    speaking, when the speaker may go on in the first person, an opener in the first person goes on
    telling their story: "… জানতে পারি। পরে ঘাটে গিয়ে মাছগুলো কিনে নিয়েছি।")"""
    rules = _run_on(an.doc.lang)
    words = tuple(t.text for t in toks[:8] if t.text not in (",", "-"))
    opens = () in rules.openers or (words and any(words[:len(o)] == o for o in rules.opener_starts.get(words[0], ())))
    # (nor does a demand after the speaker's own words that opens on the matter spoken of: "এ ঘটনায় যে-ই
    # জড়িত থাকুক, … ব্যবস্থা নিতে হবে"; the reporter's own links, "উল্লেখ্য, …", "এদিকে, …", still stop it)
    # (nor the second half of a pair the sentence before opened: "একদিকে যেমন … । অন্যদিকে …")
    pair = rules.paired.get(words[0]) if words else None
    si = an.sentence_at(s.start)
    if pair and si > 0:  # (opened there and not closed there already: "একদিকে …, অন্যদিকে …।")
        prev = {t.text for t in an.tokens(an.doc.sentences[si - 1].start, an.doc.sentences[si - 1].end)}
        if pair in prev and words[0] not in prev:
            opens = False
    if opens:
        # (lifted by the speaker going on in the first person or with a demand, but not past the
        # reporter's links, nor by the paper speaking of itself: "পরে আমাদের প্রতিনিধি গিয়ে দেখেন")
        # (and by the speaker's plans after "then": "… তদন্ত চলছে। পরে বিস্তারিত প্রতিবেদন দেবেন", the
        # reporter telling what came next tells it in the past)
        lifted = speaking and bool(words) and words[0] not in rules.links \
            and not any(p in s.text for p in rules.papers_own) and (an.first_person(s.text) or (
                any(words[:len(o)] == o for o in rules.before_a_demand) and _is_demand(an.doc.lang, s.text))
                or (any(words[:len(o)] == o for o in rules.before_a_plan) and _future(an, toks)))
        # (and by more figures of an account of figures, naming no one: "… তথ্যমতে, …। এরপর … ৩ হাজার
        # ২৫০ টাকার মধ্যে দাম সীমাবদ্ধ থাকলেও …")
        lifted = lifted or (figures and bool(words) and words[0] not in rules.links
                            and _DIGIT.search(s.text) is not None
                            and not any(e.type == "PER" for _, _, e in an.entity_in(s.start, s.end)))
        if not lifted:
            return True
    # (not counting those named in brackets, an apposition: "তিন সদস্যের (A, B ও C) একটি কমিটি")
    people = {e.id for a, _, e in an.entity_in(s.start, s.end)
              if e.type == "PER" and an.text.count("(", s.start, a) <= an.text.count(")", s.start, a)}
    if rules.max_people and len(people) >= rules.max_people:
        return True
    if len(words) <= 4 and words and (words[0] in rules.credit_words or words[-1].rstrip("।") in rules.credit_words):
        return True  # "খবর এএনআইয়ের।": a credit line
    return _narration_phrases(an.doc.lang).search(s.text) is not None


_BENGALI_LETTER = re.compile("[\u0985-\u09b9]")
_DIGIT = re.compile("[০-৯0-9]")  # a figure, in either script
# between two names of a list: a comma or "ও"/"এবং", then at most two words (a kinship or a post)
_LIST_GAP = re.compile(r"\s*(?:,|\s(?:ও|এবং))\s*(?:[^\s,।]+\s+){0,2}$")


def _points_back_at_the_speech(an: _Analyser, toks: list[_Tok]) -> bool:
    """Does the sentence open with what was just said, in the genitive, and what came of it ("ওই
    ঘোষণার পরিপ্রেক্ষিতে …", "তার এই বক্তব্যের পর …")? (continuation.toml [stop] pointers,
    speech_nouns, after_speech)"""
    rules = _run_on(an.doc.lang)
    words = [t.text for t in toks[:4]]
    k = 0
    while k < len(words) - 2 and words[k] in rules.pointers:
        k += 1
    return 0 < k < len(words) - 1 and words[k] in rules.speech_genitives and words[k + 1] in rules.after_speech


def _a_district_in_the_locative(an: _Analyser, t: _Tok) -> bool:
    """Is the word a place in Bangladesh, one its gazetteer lists, and not the country, in the
    locative ("সুনামগঞ্জে", "রাজশাহীতে")?"""
    countries = load_pack(an.doc.lang).countries
    return t.text.endswith((*_CASE_ENDED, "তে")) and any(
        m[2].type == "LOC" and m[0] == t.start and m[2].name not in countries
        and any(g is not None and g.country == "BD" for g in an._gazetteer_entries(m[2]))
        for m in an.entity_in(t.start, t.end))


def _future(an: _Analyser, toks: list[_Tok]) -> bool:
    """Does the sentence end in the future ("… ৮টায় শপথ হবে") and speak of no one in the third person
    ("আগামীকাল সকাল ১০টায় তিনি ভাষণ দেবেন" is the reporter's schedule of the speaker)?"""
    last = next((t.text for t in reversed(toks) if t.text not in ("।", "!", "?", ",")), "")
    return last.endswith(_run_on(an.doc.lang).future_endings) and not any(t.text in an.lex.pron_sg for t in toks)


def _a_wish(an: _Analyser, toks: list[_Tok]) -> bool:
    """Does the sentence wish for something ("মন্দিরও যেন পাহারা দিতে না হয়"), not liken ("রাস্তাটি
    যেন খালে পরিণত হয়") nor give the purpose of a past act ("উদ্যোগ নেওয়া হয়েছিল যাতে …")?"""
    rules = _run_on(an.doc.lang)
    words = [t.text for t in toks]
    k = next((i for i, w in enumerate(words) if w in rules.wishes), None)
    if k is None:
        return False
    past = rules.past_endings
    return not _demand(an.doc.lang).likens(words[k:]) and not (past and any(w.endswith(past) for w in words[:k]))


def _runs_on(an: _Analyser, s: Sentence, speaker: Speaker | None = None, direct: bool = True,
             figures: bool = False) -> bool:
    """Is a sentence with no cue of its own still the last speaker's? Yes, unless it quotes
    someone, opens with the reporter's narration ("এর আগে", "এদিকে", a weekday) or reports
    hearsay or a scene ("জানা গেছে", "দেখা যায়")."""
    if an.quotes(s.start, s.end):
        return False
    # a sentence in another script ("Chilling video surfaces of …"): an embedded post or caption
    if _BENGALI_LETTER.search(s.text) is None:
        return False
    toks = an.tokens(s.start, s.end)
    if _narration(an, s, toks, speaking=an.author_voice < 2, figures=figures):
        return False
    # a document cited at the start ("চুক্তি অনুযায়ী, …"), after a person's words: the reporter sets
    # out the deal (a report's own account goes on so; "রিপোর্ট অনুযায়ী, …" is a statement of its own)
    if speaker is not None and an.entity_type.get(speaker.entity or "") == "PER" and len(toks) > 2 \
            and toks[1].text in ("অনুযায়ী", "অনুসারে") and toks[2].text == "," \
            and not any(e.seq == (toks[0].text, toks[1].text) for e in an.lex.cues.get(toks[0].text, ())):
        return False
    rules = _run_on(an.doc.lang)
    if any(p in s.text for p in rules.reporter_attempts) and not an.first_person(s.text):
        return False
    # what someone was told to do, in the passive ("ব্যাংকগুলোকে তথ্য পাঠাতে বলা হয়েছে।"): an order the
    # reporter tells of, no words of anyone's (and no statement alone either)
    # (a verb's infinitive, as for the active "… করতে বলেছেন X"; not a place or a time, "সভাতে", "রাতে")
    told_to_passive = _demand(an.doc.lang).told_to_passive
    if any(p in s.text for p in told_to_passive) and not an.first_person(s.text) and any(
            c.text in told_to_passive and c.a > 0 and toks[c.a - 1].text in an.lex.infinitives
            and all(t.text in _STOPS for t in toks[c.b:]) for c in an.find_cues(toks)):
        return False
    # a question the next sentence answers ("… কী ভাবছেন? এ প্রশ্নের জবাবে তিনি বলেন, …"): the interviewer's
    # (after a named speaker only: an unnamed one, "এক সাংবাদিক প্রশ্ন করেন। তিনি বলেন, … ?", asked it)
    si = an.sentence_at(s.start)
    if s.text.rstrip().endswith("?") and si + 1 < len(an.doc.sentences) \
            and speaker is not None and speaker.entity is not None:
        nxt = an.doc.sentences[si + 1]
        opening = tuple(t.text for t in an.tokens(nxt.start, nxt.end)[:4])
        # (put to the speaker, who answers: not one another person answers, "জবাবে মন্ত্রী X বলেন")
        others = {m[2].id for m in an.entity_in(nxt.start, nxt.end) if m[2].type == "PER"} - {speaker.entity}
        if any(opening[:len(x)] == x for x in rules.answers) and not others:
            return False
    # a source cited by words that name no one ("সর্বশেষ পাওয়া তথ্য অনুযায়ী, …", "সেই অনুযায়ী, …"):
    # the reporter's own account of the figures, not more of the last speaker's words
    # (a cue, "তথ্য অনুযায়ী", that named no one; "নির্দেশনা অনুযায়ী, …" in a report of a circular is
    # still the circular's)
    if any(toks[k].text in rules.according and toks[k + 1].text == ","
           and any(e.seq == (toks[k - 1].text, toks[k].text) for e in an.lex.cues.get(toks[k - 1].text, ()))
           for k in range(2, min(len(toks) - 1, 6))):
        return False
    # one person's "আমি" after a body's words ("… কিন্তু সরকার মনে করেছে, …। সেই কারণে আমি সরে গেছি।"):
    # someone else's, whoever reported the body's view
    # (a body the gazetteer knows, or named by what it is: the tagger's guesses take people for bodies)
    if speaker is not None and not rules.speaker_i.isdisjoint(t.text for t in toks) and (
            speaker.entity in an.known_bodies or (speaker.entity is None and speaker.text.split()[-1] in rules.bodies)):
        return False
    # a name alone ("ঢাকা স্টক এক্সচেঞ্জ পিএলসি."): a signature or a credit line, no words of anyone's
    words = [t for t in toks if _BENGALI_LETTER.search(t.text)]
    if words and len(words) <= 6 and all(an.entity_in(t.start, t.end) for t in words):
        return False
    # a heading run into its paragraph ("খুয়েট উপাচার্যের পদত্যাগ : …", "২. রাজস্ব বৃদ্ধি : …"): a new
    # section, in the reporter's hand
    # ("যেমন : …", "অঙ্গরাজ্যগুলো হলো : …" go on with the sentence)
    head = s.text.split(" : ", 1)[0].split() if " : " in s.text else []
    if 2 <= len(head) <= 10 and head[-1] not in ("হলো", "হল", "হলেন", "যেমন") \
            and not head[-1].endswith(an.lex.finite_endings):
        return False
    # a district or town in the locative opening the sentence ("সুনামগঞ্জে কর্মে ফিরছে পুলিশ।",
    # "শরীয়তপুরে পুলিশ সুপারের নেতৃত্বে … র‍্যালি করেন"): the reporter moves on to another place, as a
    # round-up does from district to district (not a country, which speakers speak of: "বাংলাদেশে
    # গণতন্ত্র ফিরে আসে …"; nor the speaker's own plans there, "ঢাকায় সব স্কুল বন্ধ থাকবে", nor their
    # first-person account, "ঢাকায় আমরা …")
    # (nor a supposition, which is reasoning: "ঢাকায় প্রাইভেট কার বন্ধ রাখা হলে মানুষ … যাবেন না")
    if toks and _a_district_in_the_locative(an, toks[0]) \
            and not an.first_person(s.text) and not _future(an, toks) and not _is_demand(an.doc.lang, s.text) \
            and not any(t.text.endswith("লে") and t.text in an.lex.cut_after for t in toks):
        return False
    # what was just said, pointed back at as a thing done ("ওই ঘোষণার পরিপ্রেক্ষিতে আন্দোলনকারীরা …"):
    # the reporter tells what followed it
    if _points_back_at_the_speech(an, toks):
        return False
    # a clock time ("রাত ৯টার দিকে"): the reporter tells when something happened (not when it will:
    # "শপথ ৮টায় হবে" goes on with the speaker's plans)
    if rules.clock.search(s.text) and not _future(an, toks):
        return False
    # a pronoun as the subject at the end ("… কোনো উত্তর দিতে পারেননি তিনি"): the reporter's account of them
    # (not one who must, after an infinitive: "… মুখ বুজে সহ্য করতে হয় তাদের" goes on with the speaker's account)
    words3 = [t.text for t in toks if t.text not in ("।", "!", "?", ",")][-3:]
    tail = words3[-2:]
    if tail and (tail[-1] in an.lex.pron_sg or tail[-1] in an.lex.pron_pl) and not (
            len(words3) == 3 and tail[-1] in an.lex.pron_pl and _is_genitive(tail[-1], an.lex.case)
            and tail[0] in rules.obliged and words3[0] in an.lex.infinitives):
        return False
    # or right before a negated verb at the end, its object put first ("… আনুষ্ঠানিক কোনো অঙ্গীকার তিনি
    # করেননি"): what they did not do, in the reporter's words
    if len(tail) == 2 and tail[0] in an.lex.pron_sg and tail[1].endswith(("েননি", "েনি", "য়নি", "ছেন না")) \
            and not direct:  # (a verb negated: not "… তাঁর প্রার্থনা", "… তাঁর নাতনি")
        return False
    # and after first-person speech, so does a person named after the verb ("… রংপুরে নিহত হন
    # আবু সাঈদ"); reported speech goes on telling of others so ("… খুন হয়েছেন হানিয়াও")
    if direct and not an.first_person(s.text) and _named_after_the_verb(an, toks):
        return False
    # the speaker named in the third person ("তা জানেন না রহিম উদ্দিন"): the reporter speaks of them
    if speaker is not None and speaker.entity is not None and any(
            e.id == speaker.entity for _, _, e in an.entity_in(s.start, s.end)):
        return False
    # first person after reported speech, in an article that speaks in its author's own voice
    # (a column, a memoir): the author's words, not the last speaker's
    if not direct and an.author_voice >= 2 and an.first_person(s.text):
        return False
    # after first-person speech, a sentence in the third person telling what happened in the past
    # ("… আন্দোলন আগস্টের শুরুতে সরকার পতনের আন্দোলনে পরিণত হয়।"): the reporter's background
    # (not one that hangs on the speaker's sentence before it: "যার ফলে … স্বাধীনতা অর্জন করল")
    last_word = next((t.text for t in reversed(toks) if t.text not in ("।", "!", "?", ",")), "")
    if direct and not an.first_person(s.text) and last_word.endswith(("েছিল", "েছিলেন", "ছিল", "হয়", "লেন", "ল")) \
            and last_word not in rules.nouns_in_l \
            and not _is_demand(an.doc.lang, s.text) and not _a_wish(an, toks) \
            and not any(tuple(t.text for t in toks[:len(h)]) == h for h in rules.hanging):
        return False
    # a cue of its own, even a negated one ("… কিছু বলেননি তিনি"), ends the other's speech
    # (but one in a subordinate clause is part of it: "কারণ, বিএনপি যেখানে … আহ্বান করছে, সেখানে …")
    # (nor one in the first person: "… ব্যবস্থা নেওয়ার দাবি জানাই" is the speaker's own demand, going on)
    # (nor a noun the speaker owns in the first person: "আমাদের দাবি, …", "আমার প্রত্যাশা, …" go on with
    # their own demand)
    plain = [_Tok(t.start, t.end, t.text[:-2]) if t.text.endswith("নি") else t for t in toks]
    # (nor one the hearers are told to do, its subject in the second person: "… আপনারা সঙ্গে সঙ্গে
    # পুলিশকে জানান", let the police know)
    return not any(_attributes(an, plain, c) and not (
        c.b < len(plain) and plain[c.b].text == "," and _subordinate(an, plain, c.a, c.b + 1))
        and not any(t.text in an.lex.first_person_light for t in toks[c.b - 1:c.b + 1])
        and not (c.entry.kind == "noun" and c.a > 0 and plain[c.a - 1].text in an.lex.first_person)
        and not (c.entry.kind == "verb" and _hearers_subject(an, plain, c.a))
        for c in an.find_cues(plain))


def _hearers_subject(an: _Analyser, toks: list[_Tok], cue_a: int) -> bool:
    """Is the subject nearest before the cue at toks[cue_a] the hearers ("আপনারা … পুলিশকে জানান"),
    with no one named or titled after that pronoun ("আপনার সন্তান কেমন পড়ছে জানতে চাইলে অভিভাবক
    করিম উদ্দিন বলেন" is the parent's answer)?"""
    k = next((i for i in range(cue_a - 1, -1, -1) if toks[i].text in an.lex.second_person), None)
    if k is None:
        return False
    between = toks[k + 1:cue_a]
    return not between or not (any(an._is_title(t.text) for t in between) or any(
        m[2].type == "PER" for m in an.entity_in(between[0].start, between[-1].end)))


def _an_analysis_by_its_author(an: _Analyser, inside: list[_Tok]) -> bool:
    """A report noun whose genitive is as often what it is about ("বিশ্লেষণে", "মূল্যায়নে",
    "পূর্বাভাসে"; cues.toml about_nouns) names its author only as a body right before it
    ("নিউইয়র্ক টাইমসের বিশ্লেষণে", "আবহাওয়া অধিদপ্তরের পূর্বাভাসে"), not after what it analyses
    ("ইউনূসের বক্তব্যের বিশ্লেষণে", "ভারতের অর্থনীতির পূর্বাভাসে"). Other report nouns always do.
    `inside` are the words of the source phrase, the noun last."""
    if not inside or inside[-1].text not in an.lex.about_nouns:
        return True
    # the first genitive back from the noun, past what describes it ("বিশ্বব্যাংকের সর্বশেষ প্রাক্কলনে",
    # "এশীয় উন্নয়ন ব্যাংকের (এডিবি) সাম্প্রতিক মূল্যায়নে"): a name or a group of people is the author, a
    # thing ("বক্তব্যের", "অর্থনীতির") what it is about
    for t in reversed(inside[:-1]):
        if not _is_genitive(t.text, an.lex.case):
            continue
        return bool(an.entity_in(t.start, t.end)) or an._unnamed_group(t.text) or an._can_speak(t)
    return True  # alone or with no owner: its issuer is sought in the sentences before


def _brings_in_someone(an: _Analyser, s: Sentence, speaker: Speaker) -> bool:
    """Does the reporter's sentence bring in someone else, by name or as one spoken with ("পরে কথা
    হয় … করিম মিয়ার সঙ্গে", "প্রাধ্যক্ষের সঙ্গে যোগাযোগ করা হয়")? The first person after it is
    theirs, not the speaker's before."""
    # (a person named as a subject, not one the aside speaks of: "… উনার (বঙ্গবন্ধুর) বাড়ি …")
    if any(m[2].type == "PER" and m[2].id != speaker.entity and not an._in_genitive(m)
           and accusative_stem(an.text[m[0]:m[1]].split()[-1]) is None for m in an.entity_in(s.start, s.end)):
        return True
    return any(p in s.text for p in _run_on(an.doc.lang).brought_in)


def _bracket_after(text: str, end: int) -> str:
    """The words of a bracket right after `end` ("… সেলিন (এটি আসল নাম নয়)"), else ""."""
    m = re.match(r"\s*\(([^()]{1,40})\)", text[end:end + 44])
    return " ".join(m.group(1).split()) if m else ""


def _named_after_the_verb(an: _Analyser, toks: list[_Tok]) -> bool:
    """Does the sentence end with a person's name in the nominative right after a finite verb
    ("… দু’দিন আগে রংপুরে নিহত হন আবু সাঈদ")? News puts the subject last when it tells what
    someone did; a speaker's own words rarely do. ("… হলেন X" names who someone is: not this.)"""
    words = [t for t in toks if t.text not in ("।", "!", "?")]
    if len(words) < 3:
        return False
    last = words[-1]
    # (a body named so is as often in the speaker's complaint: "… উল্টো শ্রমিকদের ছাঁটাই করছে বিজিএমইএ")
    m = next((m for m in an.entity_in(last.start, last.end) if m[2].type == "PER" and m[1] >= last.end), None)
    if m is None or an._in_genitive(m) or (
            last.text.endswith(("কে", "কেও", "ে", "য়", "তে")) and last.text not in an.name_parts):
        return False
    before = [t for t in words if t.end <= m[0]]
    verb = before[-1].text if before else ""
    return verb.endswith(("েন", "ছেন", "লেন", "ন")) and verb not in ("হলেন", "হচ্ছেন", "হন।") \
        and not an.entity_in(before[-1].start, before[-1].end)


def _attributes(an: _Analyser, toks: list[_Tok], c: _Cue) -> bool:
    """Could this cue start an attribution of its own? A passive one only with a report named
    ("প্রতিবেদনে বলা হয়েছে"; "সম্প্রতি জানানো হয়েছে" inside speech is the speaker's), a noun one
    only after a genitive ("X-এর মতে"; "প্রশ্ন আস্থাবর্ধক নয়" names no one)."""
    if c.entry.kind == "passive":
        return _report_source(an, toks, toks[0].start, c.a) is not None
    if c.entry.kind == "noun":
        owner = toks[c.a - 1].text if c.a > 0 else ""
        # (a noun with its light verb is the verb: "… অগ্রগতির আশা করছি" hopes for progress; so is one
        # before an infinitive, "… সেগুলোর হিসাব দিতে হবে", to give account of them)
        verb_after = c.b < len(toks) and (toks[c.b].text.startswith("কর") or toks[c.b].text in an.lex.infinitives)
        # (nor one said not to be: "ভিজে যাওয়ার আশঙ্কা নেই", no fear at all)
        denied = c.b < len(toks) and toks[c.b].text in an.lex.absent
        # (nor a time: "২০২১ সালের তথ্যানুসারে …" cites no one, and speech goes on through it)
        # (nor an act's, which is what is demanded: "… কমিশন গঠনের দাবি ছিল", "… প্রত্যাহার করার দাবি")
        acted = owner in an.lex.verbal_nouns or owner in an.lex.demanded_acts
        return _is_genitive(owner, an.lex.case) and owner not in an.lex.no_owner_genitives and not verb_after \
            and not denied and not acted and not an._in_time(toks[c.a - 1].start)
    if c.entry.seq[0] in an.lex.regard and c.a >= 2 and (c.b >= len(toks) or not LETTER.match(toks[c.b].text)
                                                          or toks[c.b].text in _AND):
        # "থানাকে নিজের সম্পত্তি মনে করেন": regards the one in the accusative as something, tells no view
        # (its subject not put after it: "… কিছু মনে করছেন না শ্রেয়াস" is the reporter's account of him)
        before = toks[max(0, c.a - 4):c.a - 1]
        return not any(accusative_stem(t.text) and t.text not in an.lex.not_accusative for t in before) \
            or any(t.text == "," for t in before)
    return True


@dataclass(slots=True, frozen=True)
class _Demand:
    """What a content does, read from its own words: the pack's stance.toml [demand]."""

    last_words: frozenset[str]  # "উচিত", "জরুরি": what must be done, at the end
    infinitive: str  # "তে", before one of `must` at the end ("… করতে হবে")
    must: frozenset[str]
    performatives: frozenset[tuple[str, ...]]  # "আহ্বান জানাচ্ছি", "স্বাগত জানাই": the speaker's own act
    openers: frozenset[str]  # "আসুন": an exhortation
    polite: tuple[str, ...]  # "দয়া করে": a request
    told_to: frozenset[str]  # "বলেছেন" right after an infinitive: what someone was told to do
    imperative_endings: tuple[str, ...]  # "ুন" of "করুন", "থাকুন": a polite imperative at the end…
    imperative_stems: frozenset[str]  # …of one of these verbs ("কর", "থাক"; not "মামুন", "আগুন")
    wish: str  # "যেন": with one of `wish_verbs` at the end, a plea ("দেশে যেন আর সংঘাত না হয়")
    wish_verbs: frozenset[str]
    wish_not_after: frozenset[str]  # "চায়", "যে": "যেন" in a clause someone else's want or a "that" opens
    similes: frozenset[str]  # "পরিণত", "মনে": "যেন" as "as if" ("রাস্তাটি যেন খালে পরিণত হয়"), no plea
    not_imperatives: frozenset[str]  # "নতুন", "আগুন": words that only end like one
    told_to_passive: frozenset[str]  # "বলা হয়েছে" after an infinitive: what someone was told, in the passive
    threats: tuple[str, ...] = ()  # "… জবাব দেওয়া হবে", "… ছাড় দেওয়া হবে না": a warning, at the end
    hearers: frozenset[str] = frozenset()  # "আপনারা" with a verb in `polite_future` at the end: a request
    polite_future: str = ""
    polite_negation: str = ""  # "না" after it: asked not to
    compound_imperatives: frozenset[str] = frozenset()  # "দিন" of "তুলে দিন": give, after a participle
    conjunctive_ending: str = ""
    jussives: frozenset[str] = frozenset()  # "হোক", "করুক" last: let it be done, a demand, unless someone's want told of
    wanted: tuple[str, ...] = ()  # "চেয়ে": the past of wanting ("চেয়েছিল"), before a jussive told of

    def likens(self, words: list[str]) -> bool:
        """Do the words from "যেন" on liken ("যেন খালে পরিণত হয়"), "as if", rather than wish?"""
        joined = " " + " ".join(words) + " "
        return any(f" {p} " in joined for p in self.similes)

    def imperative(self, word: str) -> bool:
        """Is this last word of a clause a polite imperative ("… ব্যবস্থা করুন")?"""
        return word not in self.not_imperatives and any(
            word.endswith(e) and word[:-len(e)] in self.imperative_stems for e in self.imperative_endings)


@cache
def _demand(code: str) -> _Demand:
    d = load_pack(code).table("stance").get("demand", {})
    return _Demand(frozenset(d.get("last_words", [])), d.get("infinitive", ""), frozenset(d.get("must", [])),
                   frozenset(tuple(p.split()) for p in d.get("performatives", [])), frozenset(d.get("openers", [])),
                   tuple(d.get("polite", [])), frozenset(d.get("told_to", [])),
                   tuple(d.get("imperative_endings", [])), frozenset(d.get("imperative_stems", [])),
                   d.get("wish", ""), frozenset(d.get("wish_verbs", [])),
                   frozenset(d.get("wish_not_after", [])), frozenset(d.get("similes", [])),
                   frozenset(d.get("not_imperatives", [])), frozenset(d.get("told_to_passive", [])),
                   tuple(" " + t for t in d.get("threats", [])), frozenset(d.get("hearers", [])),
                   d.get("polite_future", ""), d.get("polite_negation", ""),
                   frozenset(d.get("compound_imperatives", [])), d.get("conjunctive_ending", ""),
                   frozenset(d.get("jussives", [])), tuple(d.get("wanted", [])))


def _is_demand(code: str, text: str) -> bool:
    """A content that says what must be done ("… জবাবদিহি করতে হবে", "… নেওয়া জরুরি"), warns
    ("… ছাড় দেওয়া হবে না"), or does what it says in the first person ("… সবাইকে শান্ত থাকার আহ্বান
    জানাচ্ছি", "এটাকে আমরা স্বাগত জানাই", "আসুন আমরা …"): a call, a request, a welcome, thanks."""
    d = _demand(code)
    text = text.strip().rstrip("।!. ")  # (its own closing stop is no second sentence)
    if "।" in text:
        # several sentences: what the statement does is not read from its last one, but a call
        # made in each ("… অনুরোধ করছি। একই সঙ্গে … আহ্বান জানাতে অনুরোধ করছি") is a call
        return all(_is_demand(code, part) for part in text.split("।") if part.strip())
    three = last_words(text, 3)  # (one tokenising for the acts of one, two and three words)
    words = three[-2:]
    if not words:
        return False
    if text.split(maxsplit=1)[0] in d.openers:
        return True
    # (or before a relative clause about the ones it is made to: "… ছাত্র-জনতাকে অভিনন্দন জানাই, যারা …")
    head, comma, rest = text.partition(", ")
    if comma and rest.split(maxsplit=1)[:1] and rest.split(maxsplit=1)[0] in _lex(code).relative_persons \
            and tuple(last_words(head, 2)) in d.performatives:
        return True
    # (or before what is asked, after a comma: "আমি নাগরিকদের কাছে অনুরোধ করছি, পুলিশের গায়ে হাত দেবেন না";
    # not a claim so made, "আমরা দাবি করছি, …")
    act = tuple(last_words(head, 2)) if comma else ()
    if act in d.performatives and not (act[0] == "দাবি" and act[1].startswith("কর")):
        return True
    for n in (3, 2, 1):
        if len(three) >= n and tuple(three[-n:]) in d.performatives:
            # (not what is claimed: "… জিতেছেন বলে আমরা দাবি করছি")
            return not any(w in _lex(code).complementiser for w in last_words(text, n + 2)[:-n])
    for p in d.polite:
        at = text.find(p)
        before = text[:at].split()[-1:] if at >= 0 else []
        if at >= 0 and not (before and _is_genitive(before[0], _lex(code).case)):
            return True  # "দয়া করে …", "স্যার, দয়া করে …": a request (not "… কারও দয়া করে দেওয়া সাহায্য")
    # "… করা উচিত", and "… করা উচিত হবে" (it will be right to); not a jussive someone else wanted,
    # told of ("… চেয়েছিল খালেদা জিয়া দলীয় প্রধান হোক")
    if (words[-1] in d.last_words and not (words[-1] in d.jussives and any(
            w in d.wanted for w in text.split()))) \
            or (len(words) == 2 and words[0] in d.last_words and words[1] in d.must):
        return True
    if (" " + text).endswith(d.threats):
        return True  # "কেউ বাধা দিলে প্রতিহত করা হবে": a warning, other as a demand is
    verb = words[-2] if words[-1] == d.polite_negation and len(words) == 2 else words[-1]
    if d.polite_future and verb.endswith(d.polite_future) and not d.hearers.isdisjoint(text.split()) \
            and not any(w in d.told_to or w in _lex(code).complementiser for w in text.split()):
        return True  # "আপনারা অতিরিক্ত বল প্রয়োগ করবেন না": the hearers asked
    if d.imperative(words[-1]):
        return True  # "… এখনই ব্যবস্থা করুন": a request made to the hearers
    if len(words) == 2 and words[-1] in d.compound_imperatives and d.conjunctive_ending \
            and words[0].endswith(d.conjunctive_ending) and len(words[0]) > 2:
        return True  # "… পুলিশের হাতে অস্ত্র তুলে দিন": give it over
    plain = text.split()
    if words[-1] in d.wish_verbs and d.wish in plain and "," not in text \
            and d.wish_not_after.isdisjoint(plain[:plain.index(d.wish)]) \
            and not d.likens(plain[plain.index(d.wish):]):
        return True  # "দেশে যেন আর কোনো সংঘাত না হয়": a plea (one clause of the speaker's own)
    if len(words) == 2 and bool(d.infinitive) and words[0].endswith(d.infinitive) and words[1] in d.must:
        return True
    # the ones who must, put after it ("… সজাগ থাকতে হবে দলের নেতাকর্মীকে")
    must_at = max((k for k, w in enumerate(plain) if w in d.must), default=-1)
    return must_at >= 1 and bool(d.infinitive) and plain[must_at - 1].endswith(d.infinitive) \
        and 0 < len(plain) - must_at - 1 <= 3 and accusative_stem(plain[-1]) is not None


@cache
def _rejections(code: str, words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The rejection phrases as one pattern (each between spaces, as in a clause's tail), one for
    the first words of them all (a content with none of those anywhere rejects nothing), and one
    for the phrases of more than one word ("ভিত্তি নেই", "জড়িত নই")."""
    phrases = [p for p in (*load_pack(code).table("stance").get("deny", {}).get("phrases", []), *words)]
    several = [p for p in phrases if " " in p]
    several_re = re.compile("|".join(re.escape(f" {p} ") for p in several)) if several else re.compile("(?!)")
    if not phrases:
        return re.compile("(?!)"), re.compile("(?!)"), several_re
    anywhere = "|".join(re.escape(p.split()[0]) for p in phrases) if all(p.split() for p in phrases) else ""
    return re.compile("|".join(re.escape(f" {p} ") for p in phrases)), re.compile(anywhere), several_re


_CLAUSE_END = re.compile(r"[।,;!?—]")


def _rejects(code: str, text: str, words: tuple[str, ...]) -> bool:
    """Does a clause of the content end by rejecting a claim ("… মিথ্যা ও বানোয়াট", "… কোনো
    ভিত্তি নেই")? Rejection words inside a clause describe a thing ("মিথ্যা মামলার শিকার")."""
    phrases, anywhere, several = _rejections(code, words)
    if anywhere.search(text) is None:
        return False
    single = frozenset(w for w in words if " " not in w)
    after, joiners, negations = _after_rejection(code)
    for clause in _CLAUSE_END.split(text):
        tail_words = [w.rstrip("।") for w in last_words(clause, 4)]
        tail = " " + " ".join(tail_words) + " "
        if not phrases.search(tail):
            continue
        if several.search(tail):
            return True  # a phrase of several words ends it ("… এসব মিথ্যা অভিযোগের ভিত্তি নেই")
        # a single word rejects only with nothing after it but what it calls so ("… মিথ্যা ও
        # বানোয়াট", "… ভিত্তিহীন অভিযোগ"): "চক্রটি ভুয়া খবর ছড়াত" tells what someone did
        last = max((k for k, w in enumerate(tail_words) if w in single), default=None)
        if last is None:
            return True
        rest = tail_words[last + 1:]
        if len(rest) == 1 and rest[0] in negations:
            continue  # "অভিযোগটি মিথ্যা নয়": a rejection denied affirms
        # (and one more word joined to it: "ভিডিওটি ভুয়া এবং এআই-জেনারেটেড")
        if all(w in after or w in single for w in rest) or (len(rest) == 2 and rest[0] in joiners):
            return True
    return False


@cache
def _after_rejection(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words that may follow a rejection word at a clause's end, those that join a second word to
    it, and those that negate it (stance.toml [deny] after_word, joiners, negations)."""
    deny = load_pack(code).table("stance").get("deny", {})
    return (frozenset(deny.get("after_word", [])), frozenset(deny.get("joiners", [])),
            frozenset(deny.get("negations", [])))


# "চট্টগ্রাম, ১২ মার্চ ২০২৫ —"; the dash after the year is a dash, not a range's hyphen ("২০২৪-২৫ অর্থবছরে")
_DATELINE = re.compile(r"[^।—–]{0,60}?[০-৯0-9]{4}(?:\s*[—–]|\s+-)\s*")


def _skip_dateline(an: _Analyser, s: Sentence) -> int:
    """Start of a sentence's own words, after a dateline like "চট্টগ্রাম, ১২ মার্চ ২০২৫ —"."""
    m = _DATELINE.match(an.text, s.start, s.end)
    return m.end() if m else s.start


# the remote past of a speech verb ("বলেছিলেন", "জানতে চেয়েছিলেন"): an earlier speech, recounted
_REMOTE_PAST = ("ছিলেন", "ছিল", "ছিলাম")


def _analyse_sentence(an: _Analyser, s: Sentence, si: int) -> list[int]:
    """The statements of one sentence; one whose speaker and cue stand inside another's content
    ("X জানান, তিনি Y-কে জিজ্ঞেস করেন, …; তারা বলেছে, …") is reported within it: nested."""
    made = _sentence_statements(an, s, si)
    for k in made:
        inner = an.found[k]
        if inner.nested_in is not None or inner.nested_entity is not None:
            continue
        before = an.text[max(0, inner.speaker.start - 40):inner.speaker.start].split()[-2:]
        if any(w.strip(",") in an.lex.contrast_framers for w in before):
            continue  # "X-এর প্রশ্ন, …, যেখানে খোদ গভর্নর বলছেন, …": the reporter sets it against X's words
        # (the quotation's own statement may come after: "‘ডাক্তার বলেছেন, …’ বলেন X")
        outer = next((j for j in made if (j < k or (inner.quoted and j > k)) and an.found[j].nested_in != k
                      and an.found[j].content.start <= inner.speaker.start
                      and an.found[j].content.start < inner.content.end
                      and inner.content.end <= an.found[j].content.end
                      # "X জানান, …, একইসাথে তিনি বলেন …": the same speaker goes on, nothing relayed;
                      # but "X জানান, তিনি তাদের কাছে জানতে চেয়েছিলেন, …" recounts an earlier speech
                      and (inner.speaker.entity is None or inner.speaker.entity != an.found[j].speaker.entity
                           or inner.cue.split()[-1].endswith(_REMOTE_PAST))),
                     None)
        if outer is not None:
            inner.nested_in = outer
            start = an.found[outer].content.start
            if inner.content.start < start:  # words reported inside another's stay inside them
                a, b = an.trim(start, inner.content.end)  # ("জানা গেছে, … দাবি করে আসছেন X": not "জানা গেছে")
                if a < b:
                    inner.content = Span(a, b, an.text[a:b])
    return made


def _subject_first(an: _Analyser, toks: list[_Tok], a: int, b: int) -> int | None:
    """End of a subject that opens a clause (within its first few words, after a time phrase or an
    opener): a nominative pronoun, a title or unnamed source, or a name not in the genitive."""
    counted = 0  # (four words at most, not counting a place in the locative: "এদিকে বাংলাদেশে …")
    for k in range(a, b):
        t = toks[k]
        if counted >= 4:
            break
        if t.text in an.lex.cut_after:
            # the occasion or topic before the subject opens the clause anew ("এ মন্তব্যের
            # প্রতিক্রিয়ায় … মুখপাত্র X …", "এ ঘটনায় থানার ওসি …")
            counted = 0
            continue
        if not ((t.text.endswith(_CASE_ENDED) and any(m[2].type == "LOC" for m in an.entity_in(t.start, t.end)))
                or an._in_time(t.start) or t.text in an.lex.day_words
                or (k + 1 < b and toks[k + 1].text in an.lex.day_words)):  # (nor "গত" of "গত রোববার")
            counted += 1
        # a group in the nominative plural: "কিন্তু আদিবাসী অধিকারকর্মীরা … বলে প্রত্যাখ্যান করেন" (unless
        # a verb after it makes it the subject of what was said: "এতে চাষিরা মুনাফা করবে বলেও জানান")
        # (a body's own group speaks too: "বিএনপির নেতারা … বলে জানান")
        owned = k > a and any(m[2].type == "ORG" and m[1] == toks[k - 1].end
                              for m in an.entity_in(toks[k - 1].start, toks[k - 1].end))
        if an._plural_group(t) and (k == a or toks[k - 1].text in an.lex.openers or owned or not _is_genitive(
                toks[k - 1].text, an.lex.case)) and not any(
                u.text.endswith((*an.lex.finite_endings, *an.lex.clause_verb_endings)) for u in toks[k + 1:b]):
            return t.end
        if an._can_speak(t) and not any(m[2].type in ("ORG", "LOC") and m[1] > t.end
                                        for m in an.entity_in(t.start, t.end)):
            # (not a title inside a body's name: "প্রধান উপদেষ্টার কার্যালয়")
            after = an.entity_in(toks[k + 1].start, toks[k + 1].end) if k + 1 < b else []
            j = k + 1
            while j < b and an._can_speak(toks[j]):
                j += 1  # titles in a row: "সভাপতি অ্যাডভোকেট X"
            if j < b and any(m[2].type == "PER" and _named_in_genitive(an, m)
                             for m in an.entity_in(toks[j].start, toks[j].end)):
                return None  # the title is of a person named in the genitive: "নেতা করিমের ছেলে …"
            if k + 1 < b and toks[k + 1].text in an.lex.cut_after:
                continue  # in what capacity, not who: "ছাত্রলীগের সভাপতি হিসেবে তিনি …"
            # a title and the name after it: "মন্ত্রী রফিক আহমেদ …"
            # (the name's mention may hold the title too: "প্রধানমন্ত্রী মোদী")
            return next((m[1] for m in after if m[2].type == "PER" and (m[0] == toks[k + 1].start or (
                m[0] < toks[k + 1].start < m[1] and strip_suffix(toks[k + 1].text, an.lex.case) == toks[k + 1].text))),
                        t.end)
        # (a country or city opening the clause speaks too: "পাকিস্তান এই হামলাকে … বলে আখ্যা দিয়েছে")
        names = [m for m in an.entity_in(t.start, t.end)
                 if m[2].type in ("PER", "ORG") or (m[2].type == "LOC" and k == a and m[0] == t.start)]
        if names:
            last = an.text[names[0][0]:names[0][1]].split()[-1]
            # (the genitive as the entities stage read it: "আলমগীর", "জাহাঙ্গীর" end as a genitive does
            # and are the names themselves)
            genitive = _named_in_genitive(an, names[0])
            if genitive and names[0][2].type == "ORG" and k + 1 < b and an._plural_group(toks[k + 1]):
                continue  # the body's group after it: "বিএনপির নেতারা …"
            if genitive and names[0][2].type in ("ORG", "LOC") and _whose_title_follows(an, toks, names[0][1], b):
                continue  # the body's or country's officer after it: "বিএনপির মহাসচিব X …"
            if genitive or last.endswith(("কে", "কেও")):
                return None
            if last.endswith(("ে", "য়", "তে")) and last not in an.name_parts:
                continue  # where, not who: "এক্সে দেওয়া পোস্টে মোদি …"
            return names[0][1]
    return None


def _named_in_genitive(an: _Analyser, m: tuple[int, int, Entity]) -> bool:
    """Is the mention in the genitive, by its last word? A person's last word that is itself a name
    part, and not one in the case, is no genitive ("আলমগীর", "জাহাঙ্গীর"), whatever form the mention
    was given ("অ্যাডভোকেট জিল্লুর রহমানের" is one); a body's is none when it is the name's own form
    ("আইএসপিআর")."""
    last = an.text[m[0]:m[1]].split()[-1]
    if not _is_genitive(last, an.lex.case):
        return False
    if m[2].type == "PER":
        # (the list of name parts holds "রহমানের" as well as "রহমান": "-ের" on a known name is the case)
        stem_known, word_known = strip_suffix(last, an.lex.case) in an.name_parts, last in an.name_parts
        if stem_known != word_known or (stem_known and last.endswith("ের")):
            return stem_known
        return True  # (a title in the genitive is no name part: "প্রধান উপদেষ্টার")
    return not an._name_itself(m)


def _whose_title_follows(an: _Analyser, toks: list[_Tok], end: int, b: int) -> bool:
    """After a body or place in the genitive that ends at `end`, does a title come (before `b`),
    maybe after more of the body's name in the genitive ("বাংলাদেশের পররাষ্ট্র মন্ত্রণালয়ের মুখপাত্র")?"""
    k = next((i for i in range(b) if toks[i].start >= end), b)
    while k < b:
        t = toks[k]
        if an._can_speak(t):
            return True
        owner = [m for m in an.entity_in(t.start, t.end) if m[2].type in ("ORG", "LOC") and m[0] == t.start]
        if not owner or not _named_in_genitive(an, owner[0]):
            return False
        k = next((i for i in range(k + 1, b) if toks[i].start >= owner[0][1]), b)
    return False


def _of_the_object(an: _Analyser, toks: list[_Tok], c: _Cue) -> bool:
    """Is "…, যা …" after a cue a relative clause about the thing the cue acts on ("… অবরোধ কর্মসূচি
    ঘোষণা করেছিল, যা পরে স্থগিত করা হয়"), not what was said? So when a thing, not the speaker,
    stands right before a cue of a noun and its verb and nothing answers the relative ("যা হয়েছে, তা
    …" is speech, and so is "X সোমবার বলেন, যা হয়েছে ভালো হয়েছে")."""
    before = toks[c.a - 1] if c.a > 0 else None
    return c.b - c.a >= 2 and c.b + 1 < len(toks) and toks[c.b + 1].text in an.lex.object_relatives \
        and before is not None and not an._can_speak(before) and not an.entity_in(before.start, before.end) \
        and not any(t.text in an.lex.correlatives or t.text in _CORRELATIVES for t in toks[c.b + 2:])


def _refusal(toks: list[_Tok], c: _Cue) -> bool:
    """A deny cue after an infinitive is a refusal to act, not a denial of a claim: "সাহায্য নিতে
    অস্বীকার করেন" (refused to take help), "খেলতে অস্বীকৃতি জানায়". (With its content after it,
    "… অস্বীকার করেন যে …", what is denied is said.)"""
    if c.entry.stance != "deny" or c.a == 0 or not toks[c.a - 1].text.endswith("তে"):
        return False
    return not (c.b < len(toks) and toks[c.b].text in (",", "যে", ":"))


@cache
def _document_stems(code: str) -> tuple[str, ...]:
    """The report nouns of one word without their case ending ("বিজ্ঞপ্তি", "চিঠি"): what a
    sentence names when it names a document."""
    lex = _lex(code)
    return tuple(sorted({stem for w in lex.report_words if len(stem := strip_suffix(w, lex.case)) >= 3}))


def _cited_view(an: _Analyser, cue: str) -> bool:
    """A view or figure cited by a noun cue ("X-এর মতে", "X-এর তথ্য অনুযায়ী")?"""
    return any(cue == v or cue.startswith(v + " ") or cue.endswith(v) for v in _run_on(an.doc.lang).cited_cues)


def _new_subject(an: _Analyser, toks: list[_Tok], speaker: Speaker | None) -> bool:
    """Does the sentence open with a person named in the nominative who is not the speaker
    ("খালেদা জিয়ার অসুস্থতায় …" does not; "বিএনপির চেয়ারপারসন খালেদা জিয়া দীর্ঘদিন …" does)?"""
    for k in range(min(len(toks), 4)):
        t = toks[k]
        if t.text in (",", "-"):
            return False
        names = [m for m in an.entity_in(t.start, t.end) if m[0] <= t.start]
        if names:
            m = names[0]
            if m[2].type != "PER" or (speaker is not None and m[2].id == speaker.entity) or an._in_genitive(m):
                return False
            last = an.text[m[0]:m[1]].split()[-1]
            return not last.endswith(("কে", "কেও", "ে", "য়", "তে")) or last in an.name_parts
    return False


def _introduces_someone(an: _Analyser, toks: list[_Tok], speaker: Speaker | None) -> bool:
    """Does the sentence open by introducing another person with their post, in the nominative
    ("জেলার পুঠিয়া পৌরসভার মেয়র আল মামুন খান উপজেলা বিএনপির সাবেক সাধারণ সম্পাদক")? The reporter
    turns to them: no more of the last speaker's words (but what they will do, the speaker's plans, and
    more of a document's account, go on)."""
    titled = False
    for t in toks[:8]:
        found = an.entity_in(t.start, t.end)
        person = next((m for m in found if m[2].type == "PER"), None)
        if person is not None:
            return titled and (speaker is None or person[2].id != speaker.entity) \
                and not _named_in_genitive(an, person) \
                and not an.text[person[0]:person[1]].split()[-1].endswith(("কে", "কেও"))
        if an._is_title(t.text):
            titled = True
        elif not (found or _is_genitive(t.text, an.lex.case)):
            return False
    return False


def _subordinate(an: _Analyser, toks: list[_Tok], cue_i: int, after_i: int) -> bool:
    """Does the cue stand in a subordinate clause ("যখন X প্রশ্ন করেন, তখন …", "যেহেতু দলটি
    ঘোষণা দিয়েছে, এ জন্য …"), so that what follows its comma is the main clause, not speech? Only
    the clause's own words count: from the last comma, or from a question put first ("… জানতে
    চাইলে"), to the cue. "যেখানে" and "যদিও" may introduce speech ("… সম্ভব, যেখানে খোদ গভর্নর
    বলছেন, …"): they subordinate only when a correlative opens the main clause ("…, সেখানে …")."""
    after = [t.text for t in toks[after_i:after_i + 3]]  # "…, সেখানে …", "…, কূটনীতিতে তা …"
    correlative = any(w in an.lex.correlatives for w in after[:2]) or " ".join(after[:2]) in an.lex.correlatives
    # a relative clause on people put first, answered after the comma ("যারা … আশার কথা লিখেছেন, তাদের …")
    # (or inside what someone says: "তিনি বলেন, … যে, যারা … সমালোচনা করে, তাদের …")
    last_comma = next((k + 1 for k in range(cue_i - 1, -1, -1) if toks[k].text == ","), 0)
    for opens in {0, last_comma}:
        answered = any(t.text in an.lex.person_correlatives and (opens > 0 or toks[j].text == ",")
                       for j, t in enumerate(toks[opens + 1:cue_i], start=opens))
        if toks and opens < cue_i and toks[opens].text in an.lex.relative_persons and after \
                and after[0] in an.lex.person_correlatives and not answered:
            return True  # (the cue inside the clause, before the pronoun that answers it: "যারা …
            # ক্ষতিগ্রস্ত হয়েছেন তাদের পক্ষে আইনজীবী X বলেন" is answered before the cue, X speaks)
    k = cue_i - 1
    # a conditional converb ends the question put first: "যদি … জানতে চাইলে X বলেন, …"
    while k >= 0 and toks[k].text not in (",", ";", "—") and not (
            toks[k].text in an.lex.cut_after and toks[k].text.endswith("লে")):
        if toks[k].text in an.lex.subordinators or (correlative and toks[k].text in an.lex.weak_subordinators):
            return True
        k -= 1
    return _relative_clause(an, toks, cue_i)


def _relative_clause(an: _Analyser, toks: list[_Tok], cue_i: int, noun_cue: bool = False) -> bool:
    """Is the cue in a relative clause on its object ("তিনি যে ঝড় তোলার ইঙ্গিত দিয়েছিলেন, …", the
    storm he hinted at)? Then it says nothing itself, and what follows its comma is the main clause,
    however its correlative stands ("…, এখন সেগুলো …"). The relative stands after the subject and
    before the object (not "এটা স্পষ্ট যে সরকার বলছে, …", where "যে" is "that" and the government speaks)."""
    # (the object is a few words: "যে" further back is in content put before the cue, "… যে পিআর পদ্ধতির
    # কথা বলেছে সেটি … বুঝে না বলেন ফখরুল"; and "যে কোনো" is "any")
    # (right before a cue of a noun and its verb, the noun is the object: "তিনি যে অভিযোগ করেছেন, সে …";
    # before a verb alone it is "what": "প্রধান উপদেষ্টা ভাষণে যা বলেছেন, …" gives what he said)
    for k in range(cue_i - 1 if noun_cue else cue_i - 2, max(-1, cue_i - 5), -1):
        if toks[k].text in (",", ";", "—") or toks[k].text in an.lex.complementiser:
            return False
        if toks[k].text in an.lex.relative_objects and toks[k + 1].text not in an.lex.any_words:
            clause = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].text in (",", ";", "—")), 0)
            return clause < k and an._names_someone(toks[clause:k]) and not (
                k + 1 < cue_i and an._names_someone(toks[k + 1:cue_i]))
    return False


# how far back from a cue "বলে" is sought with the speaker between ("CONTENT বলে X জানান"): a
# speaker phrase of up to ten words, as _speaker takes, with its commas and the dots of initials
# ("… বলে তার ব্যক্তিগত চিকিৎসক, দলের স্থায়ী কমিটির সদস্য ডা. এ জেড এম জাহিদ হোসেন জানিয়েছিলেন")
_SPEAKER_REACH = 18


def _cue_led_to(toks: list[_Tok], cues: list[_Cue], c: _Cue, kinds: tuple[str, ...]) -> _Cue | None:
    """The cue a participle cue leads to ("… উল্লেখ করে X বলেন", "… আহ্বান জানিয়ে X বলেন"): one of
    `kinds` a few words after it in the same clause, or None. (An initial's stop is no word: "… নিশ্চিত
    করে সহকারী পরিচালক ডা. মো. সাইফুল ইসলাম বলেন".)"""
    return next((c2 for c2 in cues if c2.a >= c.b and c2.entry.kind in kinds
                 and sum(t.text != "." for t in toks[c.b:c2.a]) <= 6
                 and not any(t.text in (",", "।", ";") for t in toks[c.b:c2.a])), None)


def _counts_for_no_word(an: _Analyser, t: _Tok) -> bool:
    """Is the word a time or a bracket round one ("সোমবার (২৯ ডিসেম্বর)"), which no speaker phrase or
    the words between "বলে" and its cue count?"""
    return t.text in ("(", ")") or t.text in an.lex.day_words or an._in_time(t.start)


def _told_between(an: _Analyser, between: list[_Tok]) -> tuple[bool, Entity | None]:
    """Are the ones told all that stands between "বলে" and its cue ("… বলে সাংবাদিকদের জানান X",
    "… বলে বিবিসি বাংলাকে জানান তিনি")? Then the speaker follows the cue. With the outlet told, if
    one is (no one told: "… বলে তিনি জানান", the speaker stands there)."""
    # (nor brackets round a date, "সোমবার (২৯ ডিসেম্বর)", nor "himself", "নিজেই সাংবাদিকদের")
    reflexive = _pronoun_words(an.doc.lang)[1]
    words = [t for t in between if not (_counts_for_no_word(an, t) or t.text == "," or t.text in reflexive)]
    if not words:
        return False, None
    if all(t.text in an.lex.addressees for t in words):
        return True, None
    outlet = an._told(words[-1]) if accusative_stem(words[-1].text) is not None else None  # (in the dative)
    if outlet is not None and all(any(m[2].id == outlet.id for m in an.entity_in(t.start, t.end)) for t in words):
        return True, outlet
    return False, None


def _that_before(an: _Analyser, toks: list[_Tok], end: int, first: int, start: int = 0) -> int | None:
    """The nearest "বলে" (that) closing reported content among toks[first:end], searching back from
    the cue, and not before `start`; "৪৫ বলে ৩৯ রান" (forty-five balls) after a number is no "that"."""
    return next((k for k in range(end - 1, first - 1, -1) if toks[k].text in an.lex.complementiser
                 and toks[k].start >= start and not (k > 0 and toks[k - 1].text[:1].isdigit())), None)


def _sentence_statements(an: _Analyser, s: Sentence, si: int) -> list[int]:
    toks = an.tokens(s.start, s.end)
    if not toks:
        return []
    cues = an.find_cues(toks)
    made: list[int] = []
    colon = s.text.rfind(":")
    if s.is_title and cues and colon > 0 and not _only_names(an, s.start, s.start + colon):
        # (not "X: Y", the speaker before it: "মির্জা ফখরুল: দ্রুত নির্বাচনের দাবি বিএনপির")
        # "CONTENT: SPEAKER", the speaker after the colon: the whole content is theirs, whatever verb of
        # thinking or saying it holds ("মানুষ যদি মনে করে …, তখন চিন্তা করতে হবে: জি এম কাদের")
        found = _headline_speaker_last(an, s, si)
        if found:
            return found
    quotes = [q for q in an.quotes(s.start, s.end) if q.closed]
    if not cues and not quotes and not s.is_title:
        return made  # most sentences: no cue, no quotation, no headline to read
    start = _skip_dateline(an, s)
    used_quotes: set[int] = set()

    def tok_index(pos: int) -> int:
        for k, t in enumerate(toks):
            if t.start >= pos:
                return k
        return len(toks)

    def negated(c: _Cue) -> bool:
        last = toks[c.b - 1].text
        nxt = toks[c.b].text if c.b < len(toks) else ""
        return last.endswith(("নি", "েননি")) or nxt in ("না", "নি")

    inside_quote = [(q.open, q.close) for q in quotes]
    consumed: set[int] = set()  # cues already read as the second of "X cue A এবং cue B"
    lent = _stances_lent(toks, cues, an.lex)
    for c in cues:
        e = c.entry if c.a not in lent else replace(c.entry, stance=lent[c.a])
        if c.a in consumed or negated(c):
            continue
        quoted_in = next(((a, b) for a, b in inside_quote if a < toks[c.a].start < b), None)
        if quoted_in is not None:
            # inside a quotation, only another's speech reported with its content: "X বলেন, ‘ডাক্তার
            # বলেছেন, …’" (the speaker's own "আমি বলেছি, …" is the quotation itself)
            if c.entry.kind == "verb" and c.b + 1 < len(toks) and toks[c.b].text in (",", "যে") \
                    and toks[c.b + 1].start < quoted_in[1]:
                clause_a = max([quoted_in[0] + 1] + [t.end for t in toks[:c.a] if t.text in ("।", "?", "!", ",")
                                                     and t.start > quoted_in[0]])
                sp = an.speaker(clause_a, toks[c.a].start)
                # the reported words end before ", যা …", the quoting speaker's own verdict on them
                # ("তিনি বলেছেন, X করেছি, যা সম্পূর্ণ ভিত্তিহীন")
                # (and at the end of its own sentence: the quotation's later sentences are the quoting
                # speaker's own account, "‘বাবা বলেন যে … না। আমরা সবাই ভয় পেয়েছিলাম।’")
                # (unless the other's words are quoted in turn: "‘… ট্রাম্প বলেন, “… । …”’")
                in_turn = an.text[toks[c.b + 1].start:toks[c.b + 1].start + 1] in _OPENING_QUOTES or \
                    an.text[toks[c.b + 1].start - 1:toks[c.b + 1].start] in _OPENING_QUOTES
                inner_end = next((t.start for t, t2 in zip(toks[c.b + 1:], toks[c.b + 2:], strict=False)
                                  if ((t.text == "," and t2.text == "যা") or (t.text in ("।", "!", "?") and not in_turn))
                                  and t.start < quoted_in[1]), quoted_in[1])
                if in_turn:  # to where their quotation closes
                    inner_end = next((q.close + 1 for q in an.quotes(toks[c.b].end, quoted_in[1])
                                      if q.closed), inner_end)
                ct = an.content(toks[c.b + 1].start, inner_end)
                words = sp.text.split() if sp is not None else []
                if sp is not None and _pronoun_speaker(an, sp):
                    sp = replace(sp, entity=None)  # "তাঁরা" in another's words: not whoever spoke last
                # someone named, unnamed or pointed to in a short subject: not "যা কিছু বলছে, তা …",
                # "কে কী বলছে", "কথা বলেছেন" (talked), "মিথ্যা বলেছে" (lied)
                someone = sp is not None and len(words) <= 4 and words[-1] not in _POSTPOSITIONS and (
                    sp.entity is not None or sp.anonymous or words[-1] in an.lex.pron_sg
                    or words[-1] in an.lex.pron_pl or strip_suffix(words[-1], an.lex.case) in an.lex.titles
                    # or a bare noun in the nominative: "কেন্দ্র জানিয়েছে, …", "ডাক্তার বলেছেন, …"
                    or (len(words) <= 2 and not words[-1].endswith(("কে", "দের", "ের", "তে", "য়"))
                        and words[-1] not in an.lex.question_words))
                if someone and sp is not None and ct is not None and not sp.text.startswith(_QUOTE_CHARS) \
                        and not any(w in an.lex.relatives for w in words) \
                        and toks[c.a - 1].text not in ("কথা", "মিথ্যা"):
                    made.append(an.add(_Found(sp, c.text, an.stance_of(c.entry.stance, ct[0]), ct[0], ct[1],
                                              sentence=si, quoted=True)))
            continue
        if toks[c.b - 1].text in _ONLY_CONJUNCTIVE:
            # (but "… আলোচনা ফলপ্রসূ হবে জানিয়ে X বলেন, …", as with "উল্লেখ করে": the clause is said too)
            leads_to = _cue_led_to(toks, cues, c, ("verb",)) if toks[c.b - 1].text == "জানিয়ে" else None
            passing = _said_in_passing(an, toks, c, leads_to, start, si) if leads_to is not None else None
            if passing is not None:
                made.append(passing)
            continue
        if _refusal(toks, c):
            continue
        if _relative_clause(an, toks, c.a, c.b - c.a >= 2):
            continue  # "তিনি যে ঝড় তোলার ইঙ্গিত দিয়েছিলেন, …": the storm he hinted at, nothing said here
        if c.a > 0 and toks[c.a - 1].text in an.lex.question_particles and toks[-1].text == "?":
            continue  # "অথবা ইরানের নেতারা কি মনে করেন, …?": the writer asks whether they think so
        if c.a > 0 and toks[c.a].text in an.lex.declaring and toks[c.a - 1].text in an.lex.declared_states:
            continue  # "ইসরায়েল গাজায় পূর্ণ অবরোধ ঘোষণা করে, যেখানে …": a blockade declared, an act
        leads_to = _cue_led_to(toks, cues, c, ("verb", "passive")) if toks[c.b - 1].text == "করে" else None
        if leads_to is not None:
            # "বিষয়টি নিশ্চিত করে X জানিয়েছে, …": the participle leads to the verb that attributes; a
            # clause before it is said too ("… শান্ত হয়ে আসছে উল্লেখ করে সেনাপ্রধান বলেন, …")
            passing = _said_in_passing(an, toks, c, leads_to, start, si)
            if passing is not None:
                made.append(passing)
            continue
        prev = toks[c.a - 1].text if c.a > 0 else ""
        # "কথা বলেন" = talked (with someone), unless "এ কথা বলেন" (attribution after the fact)
        atf = 0
        # (past an adverb or two: "সে কথাই আরও একবার বলেছেন X", "এ কথা আবারও বলেন X")
        j = c.a
        while j > 0 and c.a - j < 2 and (toks[j - 1].text in an.lex.speaker_adverbs
                                         or toks[j - 1].text in _AGAIN):
            j -= 1
        k = _after_the_fact_before(an, toks, j)
        # a quotation in the sentence before the pointer is what it points at: "“…,” ১৩২ বছর আগে এই
        # কথাগুলো বলেছিলেন X" is X's quotation, not the sentences before
        # (a sentence quoted, not a title: "‘বে অব বেঙ্গল কনভারসেশন ২০২৫’ সম্মেলনে এসব কথা বলেন X"
        # points at the sentences before)
        pointed_at = next((q for q in reversed(quotes) if q.close < toks[j - k].start and not _is_name_quote(
            an, q.open, q.close) and _a_quoted_sentence(an, q)), None) if k else None
        if pointed_at is not None:
            # its speaker after the cue, or between the quotation and the pointer ("“…,” উদ্বোধনের দিন
            # মন্ত্রী X এ কথা বলেন")
            sp = an.speaker_after(toks[c.b - 1].end, s.end) or an.speaker(pointed_at.close + 1, toks[j - k].start)
            if quotes.index(pointed_at) in used_quotes or any(
                    f.content.start <= pointed_at.open + 1 < f.content.end for f in an.found):
                continue  # the quotation is someone's statement already
            if sp is not None and (sp.entity is not None or sp.anonymous or _names_someone(an, sp.start, sp.end)
                                   or sp.text in an.lex.pron_subject):
                made.extend(_say_quoted(an, quotes, used_quotes, (pointed_at.open, pointed_at.close + 1), sp, c, si))
                continue
        if k:
            atf = k + c.a - j
        if not atf and c.entry.stance == "confirm" and si > 0 and not an.doc.sentences[si - 1].is_title \
                and (c.b >= len(toks) or toks[c.b].text != ","):  # ("… নিশ্চিত করে বলেন, CONTENT" says CONTENT)
            # "… গ্যাস মিলেছে। বিষয়টি নিশ্চিত করেন X": the matter the sentences before told (but "X-এর
            # বিষয়টি নিশ্চিত করেন", with what it is said before it, confirms that)
            # (told to someone on the way: "বিষয়টি যুগান্তরকে নিশ্চিত করেছেন X")
            j = c.a
            if c.a > 1 and an._addressed(toks[c.a - 1].text):
                # (the whole name told: "বিষয়টি প্রথম আলোকে নিশ্চিত করেন X")
                told_at = an.name_start(toks[c.a - 1])
                j = next(k for k in range(c.a) if toks[k].end > told_at)
            for k in (2, 1):
                # (a weekday is no owner of the matter: "X সোমবার বিষয়টি নিশ্চিত করে")
                if j - k >= 0 and tuple(t.text for t in toks[j - k:j]) in an.lex.matter_confirmed and not (
                        j - k > 0 and _is_genitive(toks[j - k - 1].text, an.lex.case)
                        and toks[j - k - 1].text not in an.lex.day_words
                        and not an._in_time(toks[j - k - 1].start)) and not any(
                        t.text in an.lex.complementiser for t in toks[:j - k]):  # ("A বলে X বিষয়টি …": A)
                    atf = k + c.a - j
                    break
        if not atf and prev in an.lex.pointers and c.b - c.a >= 2 and (
                all(t.text in "।!" for t in toks[c.b:]) or _only_speaker_after(an, toks, c)):
            atf = 1  # "X এই অভিমত দিয়েছে।", "… এসব নির্দেশনা দেন X।": the earlier sentences said it
        if not atf and prev == "তা" and c.a >= 3 and _only_speaker_after(an, toks, c) and any(
                toks[k].text in _CLAUSE_MARKS and all(t.text in an.lex.document_words for t in toks[k + 1:c.a - 1])
                for k in range(max(0, c.a - 5), c.a - 1)):
            atf = 1  # "CONTENT, এক প্রতিবেদনে তা জানিয়েছে X": "তা" points at the clause before the comma
        # ("… বাদ রাখার কথা বলেছে ভারত": the doing it spoke of, a verbal noun in the genitive before
        # "কথা", is what was said)
        told_of = prev == "কথা" and c.a >= 2 and toks[c.a - 2].text.endswith(("ার", "োর")) \
            and toks[c.a - 2].text not in an.lex.pron_sg and toks[c.a - 2].text not in an.lex.possessives \
            and not an.entity_in(toks[c.a - 2].start, toks[c.a - 2].end)
        if prev == "কথা" and not atf and c.text.startswith("বল") and not told_of:
            continue
        cue_start, cue_end = toks[c.a].start, toks[c.b - 1].end
        nxt = toks[c.b].text if c.b < len(toks) else ""
        # "X-এর দাবি ছিল, …", "তাদের যুক্তি হলো (যে), …": the noun's copula, then what it holds (someone's
        # in the genitive: not "আরেকটি প্রশ্ন হলো, …", a question the writer puts, nor "সময়ের দাবি হলো,
        # …", the need of the hour)
        copula = (1 + (c.b + 1 < len(toks) and toks[c.b + 1].text == "যে")) \
            if e.kind == "noun" and nxt in an.lex.noun_copulas else 0
        if copula and c.b + copula < len(toks) and toks[c.b + copula].text == "," and c.a > 0 \
                and _is_genitive(prev, an.lex.case) and prev not in an.lex.no_owner_genitives:
            c = replace(c, b=c.b + copula)
            nxt = ","
        subordinate = e.clause or (nxt == "," and _subordinate(an, toks, c.a, c.b + 1))
        # "X … রাষ্ট্র গঠনের আহ্বান জানিয়ে আসছে, যার সীমান্ত …", "… প্রণয়নের নির্দেশ দিয়েছেন, যাতে …":
        # a relative or purpose clause after the comma goes on with the object; it is not speech
        relative_after = nxt == "," and c.b + 1 < len(toks) and toks[c.b + 1].text in an.lex.relatives and (
            e.object or e.stance != "assert" or _of_the_object(an, toks, c))
        if relative_after:
            nxt = ""
        if subordinate:
            nxt = ""  # "যখন X প্রশ্ন করেন, তখনই …": what follows the comma is the main clause, not speech
        after_end = toks[c.b + 1].start if nxt in (",", ":", "যে") and c.b + 1 < len(toks) else None
        # --- a quotation next to the cue
        q_after = next((q for q in quotes if q.open >= cue_end and an.text[cue_end:q.open].strip(" ,:—-") == ""
                        and not _is_name_quote(an, q.open, q.close)
                        and an.text[q.close + 1:s.end].strip(" ।.!?,") == ""), None)
        # (a time and the ones told between do not count: "“…”, শনিবার বিকেলে সাংবাদিকদের X বলেন")
        q_before = next((q for q in reversed(quotes) if q.close < cue_start
                         and sum(1 for t in an.tokens(q.close + 1, cue_start) if not (
                             an._in_time(t.start) or t.text in an.lex.day_words or an._addressed(t.text))) <= 4
                         and not _is_name_quote(an, q.open, q.close)), None)
        if e.kind == "verb" and not atf:
            if q_before is not None and quotes.index(q_before) not in used_quotes and (
                    nxt in ("", "।", "!", "?") or c.b == len(toks) or not after_end):
                # “QUOTE,” [X] বলেন [X]।
                speaker_after = c.b < len(toks) and toks[c.b].text not in ("।",)
                # (a speaker after the cue ends where the quotation goes on: "‘…,’ বলেন X, ‘…’")
                between = an.speaker(q_before.close + 1, cue_start)
                sp = (an.speaker_after(cue_end, s.end) if speaker_after else between) or between
                if sp is None:
                    sp = _carry(an)
                elif sp is not between:
                    # (an outlet told between the quotation and its cue carries it: "“…,” রয়টার্সকে বলেছেন X")
                    told_outlet = _told_between(an, an.tokens(q_before.close + 1, cue_start))[1]
                    if told_outlet is not None:
                        an._carried_by(told_outlet)
                ct = an.content(q_before.open, q_before.close + 1)
                if sp and ct:
                    used_quotes.add(quotes.index(q_before))
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], True, sentence=si)))
                    # and the quotation it goes on with, after its speaker
                    q_span = _quoted_after(an, quotes, sp, s.end) if speaker_after else None
                    if q_span is not None:
                        made.extend(_say_quoted(an, quotes, used_quotes, q_span, sp, c, si))
                    continue
            if q_after is not None and quotes.index(q_after) not in used_quotes:
                # X বলেন, “QUOTE”
                # (or a quotation split by its speaker and cue: “QUOTE,” X বলেন, “QUOTE”)
                # (its comma inside the closing mark or right after it: "“…,” তিনি বলেন", "“…”, তিনি বলেন")
                split = q_before is not None and quotes.index(q_before) not in used_quotes and (
                    an.text[q_before.open:q_before.close].rstrip().endswith(",")
                    or an.text[q_before.close + 1:q_before.close + 3].lstrip().startswith(","))
                sp_a = q_before.close + 1 if split and q_before is not None else start
                sp = an.speaker(sp_a, _subject_end(an, toks, sp_a, c)) or _carry(an)
                ct = an.content(q_after.open, q_after.close + 1)
                if sp and ct:
                    if split and q_before is not None:
                        half = (q_before.open, q_before.close + 1)
                        made.extend(_say_quoted(an, quotes, used_quotes, half, sp, c, si))
                    used_quotes.add(quotes.index(q_after))
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], True, sentence=si)))
                    continue
            # (the speaker between may be long, when the cue ends the sentence and the words between
            # name someone: "… বলে হাসপাতালের উপমহাব্যবস্থাপক অনিমেষ ভৌমিক জানান।")
            ends = all(t.text in "।!" for t in toks[c.b:])
            # (a time and its brackets between count for no words: "… বলে সোমবার (২৯ ডিসেম্বর) সাংবাদিকদের
            # নিশ্চিত করেছেন তিনি")
            reach = _SPEAKER_REACH if ends else 5
            comp_i = _that_before(an, toks, c.a, max(0, c.a - reach + 1))
            if comp_i is None and c.a > reach:  # (the wider reach asked only when the plain one finds none)
                reach += sum(1 for t in toks[max(0, c.a - reach - 6):c.a] if _counts_for_no_word(an, t))
                comp_i = _that_before(an, toks, c.a, max(0, c.a - reach + 1))
            gap = 1 + sum(1 for t in toks[comp_i + 1:c.a] if not _counts_for_no_word(an, t)) \
                if comp_i is not None else 0
            if comp_i is not None and gap > 4 and not (
                    _names_someone(an, toks[comp_i].end, cue_start)
                    or any(m[2].type == "ORG" for m in an.entity_in(toks[comp_i].end, cue_start))):
                comp_i = None
            # (only a time between is no speaker: "… বলে সোমবার জানিয়েছেন জান্তাপ্রধান" has it after the cue)
            # (nor are the ones told: "… বলে সাংবাদিকদের জানান X", "… বলে বিবিসি বাংলাকে জানান তিনি")
            told, outlet_told = _told_between(an, toks[comp_i + 1:c.a]) if comp_i is not None else (False, None)
            adjacent = comp_i is not None and (told or all(
                t.text in an.lex.day_words or an._in_time(t.start) for t in toks[comp_i + 1:c.a]))
            # ("X Y-কে ‘Z’ বলে মন্তব্য করে বলেছেন, CONTENT": a comma after the cue opens what was said)
            between = an.speaker(toks[comp_i].end, cue_start) if comp_i is not None and not adjacent else None
            # a common noun the cue takes, no one: "… বলে ভুয়া অভিযোগ করে আসছেন", "… বলে ভুল স্বীকার করে"
            # (of an act's cue: "উদীচী মনে করে" is Udichi's view)
            taken = between is not None and between.entity is None and not between.anonymous \
                and between.text in ordinary_words(an.doc.lang) and not an._can_speak(toks[c.a - 1]) \
                and e.stance != "assert"
            if comp_i is not None and nxt != "," and (adjacent or between is not None):
                # CONTENT বলে [X] cue [X]   ("… দেওয়া হবে বলেও তিনি জানান")
                comp = toks[comp_i]
                ct_a = start
                if made:  # content starts after the previous statement's end in this sentence
                    ct_a = max(ct_a, an.found[made[-1]].content.end)
                # a concessive cue ("… বলে দাবি করলেও বাস্তবে …") opens the main clause after it: its
                # speaker is never there
                sp = (an.speaker_after(cue_end, s.end) if not c.text.endswith("লেও") else None) if adjacent \
                    else between
                if not adjacent and between is not None and between.entity is None \
                        and between.text.split()[-1] in an.lex.report_words:
                    # a document between, where it was told ("… বলে এক সংবাদ বিজ্ঞপ্তিতে জানিয়েছে X"):
                    # X after the cue, who issued it, when one is named there
                    issuer = an.speaker_after(cue_end, s.end)
                    if issuer is not None and (issuer.entity is not None or an._is_title(issuer.text.split()[-1])):
                        sp = issuer
                ct = an.content(ct_a, comp.start)
                if taken:
                    # the speaker then follows the cue ("… বলে ভুয়া অভিযোগ করে আসছেন তিনি") or opens the
                    # clause ("তিনি … বলে ভুয়া অভিযোগ করে আসছেন"), or none is named
                    sp = an.speaker_after(cue_end, s.end)
                    if sp is None or not (sp.entity is not None or sp.anonymous or an._can_speak(
                            an.tokens(sp.start, sp.end)[-1])):
                        subject = _subject_first(an, toks, tok_index(ct_a), comp_i)
                        if subject is None:
                            continue
                        sp, ct = an.speaker(ct_a, subject), an.content(subject, comp.start)
                if sp is None and adjacent:
                    # X CONTENT বলে cue: "এ সময় তিনি নির্বাচন সুষ্ঠু হবে বলে প্রত্যাশা করেন"
                    subject = _subject_first(an, toks, tok_index(ct_a), comp_i)
                    # (a subject with nothing after it is what was said: "… অভিনেত্রী বলেও আখ্যা দেন নিজেকে")
                    if subject is not None and an.text[subject:comp.start].strip():
                        sp, ct = an.speaker(ct_a, subject), an.content(subject, comp.start)
                if sp is None:
                    sp = _carry(an)
                if sp and ct:
                    if outlet_told is not None:  # an outlet told may relay it ("… বলে বিবিসিকে জানান তিনি")
                        an._carried_by(outlet_told)
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                    # and the quotation after its speaker: "… দাবি করে বলেও জানান এই র‍্যাপার, ‘…’"
                    q_span = _quoted_after(an, quotes, sp, s.end) if adjacent else None
                    if q_span is not None:
                        made.extend(_say_quoted(an, quotes, used_quotes, q_span, sp, c, si))
                continue
            if after_end is not None:
                # X cue, CONTENT  /  X cue যে CONTENT
                if nxt == ":" and c.a > 0 and toks[c.a - 1].text in an.lex.free_relatives:
                    continue  # "X ও Y যা বলেন : …": a subheading run into its paragraph; its speakers follow
                rest_first = toks[c.b + 1].text if c.b + 1 < len(toks) else ""
                if rest_first in _CORRELATIVES and any(
                        t.text in an.lex.indirect_questions for t in toks[tok_index(start):c.a]):
                    continue  # "তিনি কী প্রতিক্রিয়া জানান, তা নিয়েই চলছে আলোচনা": what they will say, asked about
                sp_text_end = _subject_end(an, toks, start, c)
                ct_span = (after_end, s.end)
                if e.object and rest_first in ("কারণ", "তবে", "কিন্তু"):
                    ct_span = (_speaker_end(an, toks, start, c.a), cue_start)
                elif e.object and rest_first in an.lex.act_comments \
                        and an.text[_speaker_end(an, toks, start, c.a):cue_start].strip():
                    # the act and its object, then a comment on it ("… সহযোগিতার প্রতিশ্রুতি দিয়েছে, এটা
                    # স্বস্তির বিষয়"): what was promised is the object, the comment someone else's
                    ct_span = (_speaker_end(an, toks, start, c.a), cue_start)
                sp = an.speaker(start, sp_text_end)
                if sp is not None and c.text.split()[0] in an.lex.given_to and sp.entity is None \
                        and sp.text.split()[-1].endswith(an.lex.plural_objects) and not an.entity_in(sp.start, sp.end):
                    sp = _before_the_ones_given_to(an, sp)
                if c.a > 0 and toks[c.a - 1].text in an.lex.complementiser:
                    # "X Y-কে ‘Z’ বলে মন্তব্য করে বলেছেন, …": the subject opens the clause
                    subject = _subject_first(an, toks, tok_index(start), c.a)
                    if subject is not None:
                        sp = an.speaker(start, subject)
                if sp is not None and c.entry.seq[0] in an.lex.evidence_cues and sp.entity is None \
                        and not sp.anonymous and not _pronoun_speaker(an, sp) \
                        and sp.text.split()[-1] not in an.lex.body_singulars \
                        and not an._names_someone(an.tokens(sp.start, sp.end)):
                    continue  # a thing that indicates ("হাড়ের কাটা দাগ ইঙ্গিত দেয় যে, …"): evidence, no speaker
                if sp is None or sp.text == "" or sp.text in an.lex.addressees:
                    # (the ones told alone are no speaker: "এ সময় সাংবাদিকদের বলেন, …")
                    sp = _carry(an, cue_start)
                if sp is not None and sp.end > cue_start:
                    sp = _carry(an)
                # "X অস্বীকার করেন যে A এবং দাবি করেন B": two statements of X, one per cue
                second = next((c2 for c2 in cues if c2.a > c.b + 1 and c2.entry.kind == "verb"
                               and toks[c2.a - 1].text in _AND and c2.b < len(toks) - 1), None)
                # (only after "যে": in "X বলেন, তিনি A করেন এবং প্রতিশ্রুতি দেন" the second is তিনি's)
                if second is not None and ct_span[0] == after_end and nxt == "যে":
                    ct_span = (after_end, toks[second.a - 1].start)
                ct = an.content(*ct_span)
                if sp and ct:
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                    if second is not None and ct_span[1] == toks[second.a - 1].start:
                        more = an.content(toks[second.b].start if toks[second.b].text not in (",", "যে")
                                          else toks[min(second.b + 1, len(toks) - 1)].start, s.end)
                        if more:
                            made.append(an.add(_Found(sp, second.text, an.stance_of(second.entry.stance, more[0]),
                                                      more[0], more[1], sentence=si)))
                        consumed.add(second.a)
                continue
            # (a cue in a subordinate clause ends its clause: "X যেখানে … আহ্বান করছে, সেখানে …")
            words_after = [] if subordinate or relative_after else [
                t for t in toks[c.b:] if t.text not in ("।", "!", "?")]
            # (a clause of its own after "এবং" is no speaker: "তিনি … আহ্বান জানিয়েছেন এবং … কথাও বলেছেন"
            # ends the first clause at its cue)
            pron = next((t for t in reversed(toks[:c.a]) if t.start >= start and t.text in an.lex.pron_subject), None)
            if words_after and words_after[0].text in _AND and c.a > 0 and e.object and pron is not None \
                    and not any(t.text in an.lex.cut_after for t in toks[:c.a] if t.start > pron.start):
                words_after = []  # (the pronoun is the clause's subject, with no side clause closing after it)
            if words_after and words_after[0].text in an.lex.complementiser and any(c2.a > c.b for c2 in cues):
                continue  # "মন্ত্রী … নির্দেশ দেন বলে জানান X": told by X, inside what X says
            if words_after:
                # CONTENT cue X।  ("… নিশ্চিত করেছে হলদিয়া থানার পুলিশ")
                before_cue = [t for t in toks[:c.a] if t.start >= start]
                group = an.speaker(start, cue_start) if 1 <= len(before_cue) <= 3 and len(words_after) >= 5 else None
                if group is not None and group.anonymous:
                    # "কূটনীতিক মহল মনে করে দিল্লি সরকার …": a group before the cue, its view after it
                    ct = an.content(cue_end, s.end)
                    if ct:
                        made.append(an.add(_Found(group, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1],
                                                  sentence=si)))
                    continue
                sp = an.speaker_after(cue_end, s.end)
                if (sp is None or not (sp.entity is not None or sp.anonymous or an._is_title(sp.text.split()[-1]))) \
                        and (said := _said_before_its_words(an, toks, c, start, si)) is not None:
                    made.append(an.add(said))  # "X বলেন CONTENT", the comma left out
                    continue
                q_span = _quoted_after(an, quotes, sp, s.end)
                if q_span is not None and sp is not None and (sp.entity is not None or sp.anonymous):
                    # "কম কাজ করার কারণও ব্যাখ্যা করলেন তিনি, ‘…’": what comes before the cue names
                    # what the quotation is about; the quotation is what was said
                    made.extend(_say_quoted(an, quotes, used_quotes, q_span, sp, c, si))
                    continue
                ct_end = _joined_cue_start(an, toks, start, c.a) if e.object else cue_start
                if c.a >= 2 and toks[c.a - 1].text in an.lex.pointers and toks[c.a - 2].text in _CLAUSE_MARKS:
                    ct_end = toks[c.a - 2].start  # "CONTENT, এমন নির্দেশনা দেন X": the pointer is not content
                # "CONTENT, একটি দৈনিকের সঙ্গে আলাপে তা জানিয়েছেন X": "তা" takes up the clause before the
                # comma; the occasion between is no content (a how or what there, "… কেমন কেটেছিল, …
                # তা জানিয়েছেন", is what X told, as "কীভাবে …, এক প্রতিবেদনে তা জানিয়েছে X" is)
                pointed = c.a >= 2 and toks[c.a - 1].text in an.lex.pointer_objects
                comma = next((k for k in range(c.a - 2, max(0, c.a - 8), -1) if toks[k].text == ","
                              and toks[k].start >= start), None) if pointed else None
                if comma is not None:
                    ct_end = toks[comma].start
                ct = an.content(start, ct_end)
                if ct and not e.object and _topic_only(an, ct[0].text, e.stance):
                    continue
                if ct and ct[0].text.split()[-1] in an.lex.free_relatives:
                    continue  # "ভাষণে যা বললেন X", "যেসব নির্দেশনা দিলেন X": a headline's teaser, no content
                if ct and ct[0].text.split()[-1] == "কথা" and any(
                        w in an.lex.pointers for w in ct[0].text.split()[-4:-1]):
                    continue  # "… অনুষ্ঠানে নিজের এসব পরিকল্পনার কথা জানান X": told before, no content here
                if ct and (_says_nothing(an, ct[0].text.split()[-1], e.stance)
                           or ct[0].text.split()[-1] in an.lex.pointers or _only_where(an, ct[0])):
                    continue  # "… অনুষ্ঠানে এই ঘোষণা দেন X": the occasion, and a pointer to what was said
                if ct and all(w in an.lex.indirect_questions for w in ct[0].text.split()):
                    continue  # "দেখা যাক তারা কী কী পূর্বাভাস দিয়েছে": what, asked, a teaser
                if ct and _how_it_was_put(an, ct[0].text):
                    continue  # how it was put: "… তার মতামত সংক্ষিপ্ত করে উল্লেখ করেন X"
                if ct and e.object and _on_behalf_only(an, ct[0].text):
                    continue  # on whose behalf, and no more: "X-এর পক্ষে নিন্দা জানান Y"
                if ct and (_a_person_acted_on(an, ct[0], c.text) if e.object
                           else _a_greeting(an, _acted_on(an, ct[0]), c.text)):
                    continue  # "নবনির্বাচিত মেয়রকে শুভেচ্ছা জানান X": someone greeted, nothing said
                # (an unnamed source, not a clause that reports a scene: "… পোস্ট করতে দেখা যায় শিক্ষার্থীদের")
                # (or a post named alone, whoever holds it: "… আহ্বান জানিয়েছেন দলের ভারপ্রাপ্ত চেয়ারম্যান")
                if (sp and ct and (sp.entity is not None or an._is_title(sp.text.split()[-1]))) or (
                        sp and sp.anonymous and ct and (
                        _narration_phrases(an.doc.lang).search(sp.text) is None)):
                    assert sp is not None and ct is not None
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                continue
            # (an announcement of an act, in the verbal noun's genitive right before it, takes the act as
            # its object: "X … কর্মসূচি পালনের ঘোষণা দিয়েছে")
            nominal = c.a > 0 and e.kind == "verb" and c.b == len(toks) - 1 and (
                toks[c.a - 1].text in an.lex.verbal_nouns or toks[c.a - 1].text.endswith(an.lex.act_genitives))
            if e.object or e.stance != "assert" or subordinate or nominal:
                # X OBJECT cue।  ("… অভিযোগ অস্বীকার করেছেন", "… নিয়ে উদ্বেগ প্রকাশ করেন")
                # a subordinate clause has its own subject, after the last comma ("X-এর দাবি, Y … বলায় …")
                clause_start = next((toks[k].end for k in range(c.a - 1, -1, -1) if toks[k].text == ","
                                     and toks[k].start >= start), start) if subordinate else start
                # a clause of its own after a semicolon ("A … দেখেছেন; সমালোচকেরা আবার … প্রশ্ন তুলেছেন"):
                # its subject is after it
                clause_start = next((toks[k].end for k in range(c.a - 1, -1, -1) if toks[k].text == ";"
                                     and toks[k].start >= clause_start), clause_start)
                # inside what another speaker of this sentence says, its subject is there too: "X বলেন,
                # দায়িত্বে ফিরে আসায় মানুষ আমাদের স্বাগত জানিয়েছে" is not X welcoming anyone
                around = [an.found[j].content.start for j in made
                          if an.found[j].content.start <= cue_start < an.found[j].content.end]
                clause_start = max([clause_start, *around])
                if subordinate and any(t.text in an.lex.conditionals for t in toks[:c.a] if t.start >= clause_start):
                    continue  # "আপনারা যদি … বিশ্বাস করেন, …": a supposition, nothing stated
                # a relative clause put first ("X যে সংস্কার শুরু করেছেন, ছাত্ররা সেটিকে স্বাগত জানিয়েছেন"):
                # the main clause, after its comma, has the subject; X is in what is welcomed
                rel = next((k for k in range(c.a - 1, -1, -1) if toks[k].text == "," and toks[k].start >= clause_start
                            and any(t.text in an.lex.relatives or t.text == "যে" for t in toks[:k]
                                    if t.start >= clause_start)), None)
                if rel is not None and any(t.text in an.lex.correlative_objects for t in toks[rel + 1:c.a]):
                    clause_start = toks[rel].end
                sp_end = _speaker_end(an, toks, clause_start, c.a)
                sp = an.speaker(clause_start, sp_end)
                ct_start = sp_end
                if c.a >= 4 and sp_end == toks[c.a - 1].end and (toks[c.a - 1].text in an.lex.pron_subject or (
                        toks[c.a - 1].text in an.lex.pron_pl and not toks[c.a - 1].text.endswith(("র", "দের", "কে")))) \
                        and toks[c.a - 1].start > clause_start and not subordinate and not around:
                    # the object put first, the pronoun subject right before the cue ("… প্রতিরোধ কমিটি
                    # গঠন করতেও তিনি আহ্বান জানান"): the pronoun speaks, the words before are what
                    # (not inside what another says in the sentence: "X বলেন, … আগেও তিনি আহ্বান জানিয়েছিলেন")
                    sp = an.speaker(toks[c.a - 1].start, sp_end)
                    ct = an.content(clause_start, toks[c.a - 1].start)
                    # (and the words before end as an object does: an infinitive or a genitive, "… গঠন
                    # করতেও", "… থাকার"; not when or where, "এ বিষয়ে জানতে চাইলে", "এক সংবাদ সম্মেলনে")
                    object_toks = an.tokens(ct[0].start, ct[0].end) if ct is not None else []
                    before_subject = object_toks[-1].text if object_toks else ""
                    if sp is not None and ct is not None and len(object_toks) >= 3 \
                            and (before_subject.endswith(("তে", "তেও", "ার", "ের", "ারও", "েরও"))
                                 or before_subject in ("প্রতি", "জন্য")) \
                            and before_subject not in an.lex.cut_after \
                            and not _only_where(an, ct[0]) \
                            and not _a_person_acted_on(an, ct[0], c.text) and not _refused(an, ct[0], e.stance):
                        made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], False,
                                                  sentence=si)))
                    continue
                first = next((t for t in toks if t.start >= sp_end), None)
                if subordinate and first is not None and (
                        first.text in an.lex.subordinators or first.text in an.lex.weak_subordinators):
                    ct_start = first.end  # "বিএনপি যেখানে [এ নির্বাচন বর্জনের] আহ্বান করছে, সেখানে …"
                # a clause of its own before "এবং" ("X A প্রকাশ করেছেন এবং B-এর আহ্বান জানিয়েছেন"): the
                # object is what comes after it
                joined = next((t2.end for t, t2 in pairwise(toks[:c.a]) if t.start >= ct_start
                               and t2.text in _AND and t.text.endswith(an.lex.finite_endings)), None)
                if joined is not None:
                    ct_start = joined
                ct = an.content(ct_start, _joined_cue_start(an, toks, ct_start, c.a))
                # (the allegations denied, named by their noun alone: "X অভিযোগগুলো অস্বীকার করেছেন" denies
                # them as "X এ অভিযোগ অস্বীকার করেছেন" does)
                denied = _denied_noun(an, ct_start, toks[c.a].start) if ct is None and e.stance == "deny" else None
                if denied:
                    ct = denied
                if ct is None or _object_says_nothing(an, ct[0], e.stance, c.text) or (
                        subordinate and ct[0].text.split()[-1] in an.lex.weak_subordinators):
                    # (a relative clause: "মোদি যে [রসায়নের] উল্লেখ করেন, তা …" says nothing itself)
                    continue
                if sp and (len(an.tokens(ct[0].start, ct[0].end)) >= 2 or denied):
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], False, sentence=si,
                                              subordinate=subordinate)))
                continue
        elif e.kind == "verb" and atf:
            # … এ কথা বলেন X।  : the sentences before it
            atf_start = toks[c.a - atf].start
            # (the report it was told in may stand between: "CONTENT, এক বিবৃতিতে এ তথ্য জানিয়েছে X")
            mark = c.a - atf - 1
            while mark > 0 and c.a - atf - 1 - mark < 3 and (
                    toks[mark].text in an.lex.report_words or toks[mark].text in an.lex.document_determiners
                    or toks[mark].text in an.lex.possessives):
                mark -= 1
            if mark != c.a - atf - 1 and not any(t.text in an.lex.report_words for t in toks[mark + 1:c.a - atf]):
                mark = c.a - atf - 1
            # (or the occasion: "CONTENT, সংবাদ সম্মেলনে এমনটাই জানিয়েছেন X")
            comma = next((m for m in range(c.a - atf - 2, max(0, c.a - atf - 5), -1) if toks[m].text == ","), None)
            if toks[mark].text not in _CLAUSE_MARKS and comma is not None and any(
                    t.text in an.lex.cut_after for t in toks[comma + 1:c.a - atf]) \
                    and an.speaker_after(cue_end, s.end) is not None:  # (not "A, B, C-রা অংশ নিয়ে এ দাবি জানান")
                mark = comma
            if c.a - atf > 0 and mark > 0 and toks[mark].text in _CLAUSE_MARKS:
                # "CONTENT, এমন নির্দেশনা দেন X": the pointer points at the clause just before it, in this
                # sentence; the sentences before are not X's. With X before it ("X CONTENT—এমন …") the
                # clause and its speaker cannot be told apart: no statement.
                sp = an.speaker_after(cue_end, s.end)
                ct = an.content(start, toks[mark].start)
                if sp and ct and (sp.entity is not None or sp.anonymous):
                    made.append(an.add(_Found(sp, an.text[atf_start:cue_end], an.stance_of(e.stance, ct[0]), ct[0],
                                              ct[1], sentence=si)))
                continue
            sp = an.speaker_after(cue_end, s.end) or an.speaker(start, atf_start) or _carry(an)
            if sp:
                credited = _after_the_fact(an, s, si, sp, an.text[atf_start:cue_end], e.stance)
                made.extend(credited)
                if _relay_chain(an, sp) is None:  # ("X-এর বরাতে Y এই খবর জানিয়েছে": the phrase holds both)
                    made.extend(_cited_after_the_fact(an, credited, start, atf_start))
            continue
        elif e.kind == "noun":
            # a view cited with no comma after it ("বিশেষজ্ঞদের মতে সাম্প্রতিক সময়ে … বেড়েছে", "তার মতে …")
            # (opening the sentence, held in the genitive: not "অন্যের মতে দ্বিমত পোষণ করেও …", disagreeing
            # with another's view, nor "আমাদের জানা মতে", as far as we know)
            # (the holder alone before it, three words at most: not "বিএনপি এখন তারেক রহমানের মতে চলছে",
            # run as one wishes; and a clause after it with no cue of its own)
            bare_view = c.text.endswith(an.lex.view_ends) and c.b + 2 < len(toks) \
                and _BENGALI_LETTER.match(nxt) is not None and c.a - tok_index(start) <= 3 \
                and _is_genitive(prev, an.lex.case) and toks[c.b].text not in an.lex.disagreeing \
                and not any(t.text in (",", ";") for t in toks[:c.a]) \
                and not any(c2.a >= c.b for c2 in cues if c2 is not c)
            if nxt in (",", ":", "-") or nxt in _DASHES or bare_view:
                # X-এর মতে, CONTENT
                if c.b - c.a == 1 and prev in _NO_HOLDER:
                    continue  # no one's: "… রয়ে গেছে এ প্রশ্ন, …", "কয়েকজনের বিরুদ্ধে অভিযোগ, …" (whom it is against)
                if c.b - c.a == 1 and not c.text.endswith(_CASE_ENDED) and not any(
                        _is_genitive(t.text, an.lex.case) or t.text.endswith("র") for t in toks[max(0, c.a - 2):c.a]):
                    # a thing in a list ("বিদ্বেষপূর্ণ বক্তব্য, ভুল তথ্য, …"), not "X-এর (আরেকটি) বক্তব্য, …"
                    # nor "তাঁর ভাষ্য, …"
                    continue
                if c.b - c.a == 1 and c.b + 3 < len(toks) and toks[c.b + 2].text in _AND \
                        and not an.entity_in(toks[c.b + 1].start, toks[c.b + 1].end) \
                        and not an._is_title(toks[c.b + 1].text) and not _DIGIT.search(toks[c.b + 1].text):
                    continue  # a list of nouns: "তাদের আশা, আকাঙ্ক্ষা ও চাওয়া-পাওয়া …"
                sp = an.speaker(start, cue_start)
                before_cue = [t for t in toks[:c.a] if t.start >= start]
                in_quotes = any(q.open < cue_start and (not q.closed or q.close > cue_start)
                                for q in an.quotes(s.start, s.end))
                if before_cue and before_cue[-1].text in an.lex.first_person and in_quotes \
                        and (carried := _carry(an)) is not None:
                    # "‘বোর্ডের প্রতি আমার অনুরোধ, …’": in a quotation the one speaking owns it, the last
                    # speaker (out of quotes "আমাদের প্রত্যাশা, …" stays the phrase's own)
                    sp = carried
                if c.b - c.a >= 2 and before_cue and all(t.text in an.lex.document_determiners for t in before_cue):
                    # "একটি হলফনামা অনুযায়ী, …": no one named, the document is the source
                    sp = an.speaker(start, toks[c.a].end)
                elif sp is not None and sp.entity is None and not sp.anonymous and not any(
                        _is_genitive(w, an.lex.case) or w in an.lex.owner_adjectives for w in sp.text.split()) \
                        and c.text.split()[0] not in an.lex.source_nouns:  # ("হাসপাতাল সূত্র অনুযায়ী": a source)
                    continue  # only words that describe the figures ("সর্বশেষ পাওয়া তথ্য অনুযায়ী, …",
                    # "স্বীকৃত তথ্য অনুযায়ী", "ইসলামি ভাষ্যমতে"): no one's, the writer's own account
                if sp is not None and c.text.split()[0] in an.lex.source_nouns and not an._an_outlet(sp.entity):
                    # "হাসপাতাল সূত্র অনুযায়ী", "পুলিশ সূত্র অনুযায়ী": unnamed people of the body, anonymous
                    # (an outlet is the source itself: "রয়টার্স সূত্র অনুযায়ী")
                    sp = replace(sp, anonymous=True, entity=None)
                if bare_view and (sp is None or (sp.entity is None and not sp.anonymous)):
                    continue  # no one's: "ইসলামি শরিয়তের মতে …", "পঞ্জিকার মতে …"
                if nxt != "," and not bare_view and (sp is None or (sp.entity is None and not sp.anonymous) or (
                        e.stance not in ("claim", "concern", "deny") and not c.text.endswith(an.lex.view_ends))):
                    continue  # after a colon or a dash, a heading ("আসামির বক্তব্য: …", "নতুন বছরের আশা —
                    # …", a poem's "কাজী নজরুল ইসলামের আহ্বান: …") unless it claims, doubts or asks,
                    # of someone ("স্থানীয়দের অভিযোগ— …")
                view_at = c.b if bare_view else c.b + 1
                ct = an.content(toks[view_at].start, s.end) if view_at < len(toks) else None
                if sp and ct and not (sp.entity is None and not sp.anonymous and len(sp.text.split()) > 6):
                    inner = _inner_cue(an, ct[0])
                    if inner and c.text in ("মতে", "ভাষ্যমতে", "তথ্যমতে"):
                        # "according to X, Y said Z": Y's statement, carried by X
                        continue_at = len(an.found)
                        sub = _analyse_span(an, s, si, ct[0].start)
                        for k in sub:
                            an.found[k].nested_entity = sp.entity
                        made.extend(sub)
                        if len(an.found) > continue_at:
                            return made
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                continue
            if an.seq_at(toks, c.a, an.lex.hearsay_starts):
                continue  # "… বলে অভিযোগ উঠেছে": an allegation with no one making it
            # (the holder may be a phrase: "… বলে তাদের পরিবারের অভিযোগ")
            far = next((k for k in (c.a - 3, c.a - 4) if k >= 0 and toks[k].text in an.lex.complementiser
                        and _is_genitive(prev, an.lex.case)
                        and not any(t.text in _CLAUSE_MARKS for t in toks[k + 1:c.a])), None)
            if prev in an.lex.complementiser or (c.a >= 2 and toks[c.a - 2].text in an.lex.complementiser) \
                    or far is not None:
                # CONTENT বলে(ও) X-এর দাবি।
                comp_i = c.a - 1 if prev in an.lex.complementiser else c.a - 2 if far is None else far
                sp = an.speaker(toks[comp_i].end, cue_start) if comp_i < c.a - 1 else an.speaker_after(cue_end, s.end)
                if sp is not None and comp_i == c.a - 1 and not _is_genitive(sp.text.split()[-1], an.lex.case):
                    continue  # the holder after the noun is in the genitive ("… বলে দাবি বিএনপির"), not
                    # a clause: "… বলে দাবি করা হলেও বাস্তবে কিছুই হয়নি" has no one claiming
                ct = an.content(start, toks[comp_i].start)
                if sp and ct:
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                continue
            if c.b < len(toks) and s.is_title and prev == ",":
                # headline "…: CONTENT, দাবি X-এর" (the giver in the genitive: not "…, পরামর্শ সভা চেয়ে
                # আবার সময় চাইবে বাংলাদেশ", a clause of its own)
                sp = an.speaker_after(cue_end, s.end)
                colon = an.text.find(":", s.start, cue_start)
                ct = an.content(colon + 1 if colon >= 0 else start, toks[c.a - 1].start)
                # (an acronym's genitive after a hyphen or an apostrophe too: "আইএসপিআর-এর", "ইউএনএইচসিআর’র")
                giver = re.sub("[’']", "-", sp.text.split()[-1]).replace("-এ", "ে").replace("-", "") if sp else ""
                if sp and ct and sp.entity and _is_genitive(giver, an.lex.case):
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                continue
        elif e.kind == "passive":
            if tuple(t.text for t in toks[c.a:c.b]) in an.lex.hearsay and (
                    prev in an.lex.complementiser or any(t.text in an.lex.legwork for t in toks[:c.a])):
                # "… পৌঁছেছেন বলে জানা গেছে": hearsay, whatever the sentence names (a trap); "সরেজমিনে ঘুরে
                # … জানা যায়": the reporter's own finding out
                continue
            src = _report_source(an, toks, start, c.a)
            if src is None and c.a >= 2 and toks[c.a - 1].text in an.lex.from_words and any(
                    m[1] == toks[c.a - 2].end and m[2].type == "ORG" for m in an.entity_in(toks[c.a - 2].start,
                                                                                          toks[c.a - 2].end)):
                src = (start, toks[c.a - 2].end)  # "বাংলাদেশ ব্যাংক থেকে জানানো হয়েছে, …": the body told it
            if src is None and atf:
                # "X আয়োজিত সংবাদ সম্মেলনে এসব কথা বলা হয়": the body that held the occasion told it
                held = next((k for k in range(c.a - 1, 0, -1) if toks[k].text in an.lex.held_by), None)
                body = next((m for m in an.entity_in(toks[held - 1].start, toks[held - 1].end)
                             if m[1] == toks[held - 1].end and m[2].type == "ORG"), None) if held else None
                if body is not None:
                    src = (body[0], body[1])  # (the body alone, not where it held it)
            relayed = _relayed_by(an, toks, src[1] if src else start, c.a)
            if src is None and (nxt in (",", ":", "-") or nxt in _DASHES) and c.a >= 1 \
                    and toks[c.a - 1].text in an.lex.document_pointers \
                    and all(t.text in an.lex.openers for t in toks[:c.a - 1]):
                # "… একটি বিজ্ঞপ্তি দিয়েছে। এতে বলা হয়েছে, …": the document just named, by its issuer
                sp = an.pointed_document(toks[c.a - 1])
                ct = an.content(toks[c.b + 1].start, s.end) if sp is not None and c.b + 1 < len(toks) else None
                if sp is not None and ct is not None:
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                continue
            rest = [t for t in toks[c.b:] if t.text not in "।!"]
            if src is None and prev in an.lex.complementiser and rest and any(
                    tuple(t.text for t in rest[-len(noun):]) == noun
                    for noun in an.lex.report_ends.get(rest[-1].text, ())):
                # "CONTENT বলে উল্লেখ করা হয় বিশ্বব্যাংকের প্রতিবেদনে", "… বলে অভিযোগ করা হয়েছে দলটির
                # পক্ষ থেকে": the report or side named after the cue
                sp = an.speaker(rest[0].start, rest[-1].end)
                ct = an.content(start, toks[c.a - 1].start)
                if sp and ct and (sp.entity is not None or sp.anonymous):
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                continue
            if src is None:
                if relayed is None or relayed[0] != start or nxt != ",":
                    continue
                # "X-এর বরাত দিয়ে বলা হয়েছে, …": no report carries it, X does
                src, relayed = relayed, None
            if prev in an.lex.complementiser:
                # "ওই প্রতিবেদনে CONTENT বলে উল্লেখ করা হয়েছিল"
                sp = an.speaker(*src)
                ct = an.content(src[1], toks[c.a - 1].start)
                if sp and ct:
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                continue
            rest = [t for t in toks[c.b:] if t.text not in "।!?"]
            if rest and tuple(t.text for t in rest) in an.lex.after_the_fact:
                # "X-এর প্রতিবেদনে উঠে আসে এ তথ্য।": the pointer after the cue, as before it
                atf, rest = len(rest), []
            closes = not rest
            comp_k = _that_before(an, toks, c.a, max(0, c.a - 7), start)
            if closes and comp_k is not None and toks[comp_k].end < src[1]:
                # "CONTENT বলে X-এর এক প্রতিবেদনে বলা হয়েছে।": the report named after the content
                sp = an.speaker(toks[comp_k].end, src[1])
                ct = an.content(start, toks[comp_k].start)
                if sp and ct:
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                continue
            if closes and atf:
                # "X-এর এক প্রতিবেদনে এ তথ্য জানানো হয়েছে।": the sentences before it are the report's
                sp = an.speaker(*src)
                if sp is not None and (sp.entity is not None or sp.anonymous):
                    made.extend(_after_the_fact(an, s, si, sp, c.text, e.stance, reported=True))
                continue
            if closes and e.stance != "assert" and src[1] < toks[c.a - 1].start and not subordinate:
                # "বিবৃতিতে সবাইকে শান্ত থাকার আহ্বান জানানো হয়েছে।", "X-এর পক্ষ থেকে দ্রুত বিচারের দাবি
                # জানানো হয়": what the report calls for, the object before its cue (more than how hard:
                # "বিবৃতিতে তীব্র নিন্দা জানানো হয়" says nothing)
                obj = [t for t in toks if src[1] <= t.start and t.end <= toks[c.a - 1].end
                       and t.text not in an.lex.intensifiers]
                # (the report's own clause: not past a condition, "X পৌঁছালে পুলিশের পক্ষ থেকে …", whose
                # subject is no source, nor a condition inside, "… পক্ষ থেকে জানতে চাওয়া হলে …")
                ends_if = [t for t in toks if t.end <= toks[c.a - 1].end and (
                    t.text in an.lex.conditional_verbs
                    or (t.text.endswith(an.lex.conditional_endings) and t.text in an.lex.cut_after))]
                if any(t.start >= src[1] for t in ends_if):
                    continue
                if ends_if:
                    src = (max(src[0], next(t.start for t in toks if t.start > ends_if[-1].start)), src[1])
                sp = an.speaker(*src)
                # (nor only whom it is against or for: "মামলায় তিনজনের বিরুদ্ধে অভিযোগ আনা হয়েছে")
                ct = an.content(src[1], toks[c.a].start) if len(obj) >= 2 and obj[-1].text not in _POSTPOSITIONS \
                    else None
                if sp is not None and ct is not None and (sp.entity is not None or sp.anonymous) \
                        and not _object_says_nothing(an, ct[0], e.stance, c.text) and not _a_greeting(an, obj, c.text):
                    made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
                continue
            named_right_before = src[1] == toks[c.a - 1].end
            opens = None if subordinate or relative_after else _passive_opening(an, toks, c, named_right_before)
            if opens is None:
                continue
            sp = an.speaker(*src)
            inside = [t for t in toks if src[0] <= t.start and t.end <= src[1]]
            if not _an_analysis_by_its_author(an, inside):
                continue  # "X-এর বক্তব্যের বিশ্লেষণে বলা হয়েছে": an analysis of X's speech, whose is not said
            alone = inside if len(inside) == 1 else []  # the document named alone, "বিবৃতিতে", no one's
            # (not one the sentence before named: its issuer is sought there, "… একটি চিঠি পাঠিয়েছেন" in
            # someone's words is no letter of theirs)
            issued = bool(alone) and alone[0].text in an.lex.issued_documents and si > 0 \
                and strip_suffix(alone[0].text, an.lex.case) not in an.doc.sentences[si - 1].text
            # (a body's statement just before it, in the sentence before: a person's "X বলেন" is followed
            # as often by a letter they got or a post they found)
            # (the last said in its own right: a source nested in it was added after it)
            last_said = next((f for f in reversed(an.found) if f.nested_in is None), None)
            # (a body, a country, or a person whose act was no plain saying: "… নিন্দা জানিয়েছেন X")
            issued = issued and last_said is not None and last_said.sentence == si - 1 and (
                an.entity_type.get(last_said.speaker.entity or "") in ("ORG", "LOC")
                or (an.entity_type.get(last_said.speaker.entity or "") == "PER" and last_said.stance != "assert"))
            if sp is not None and sp.entity is None and sp.anonymous and (c.text.startswith(("আরও", "আরো")) or issued) \
                    and last_said is not None and last_said.speaker.entity is not None and last_said.sentence >= si - 2:
                # "বিবৃতিতে (আরও) বলা হয়, …": more of the statement just reported, by whoever made it
                last = last_said.speaker
                sp = replace(sp, entity=last.entity, anonymous=last.anonymous)
            elif sp is not None and sp.entity is None and sp.anonymous and alone:
                # "X একটি বিজ্ঞপ্তি প্রকাশ করেছে। বিজ্ঞপ্তিতে বলা হয়, …": the document the sentence before
                # named, by its issuer
                sp = an.pointed_document(alone[0]) or sp
            ct = an.content(toks[opens].start, s.end)
            if sp and ct:
                outer = an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si))
                made.append(outer)
                cited = _cited_one(an, *relayed) if relayed else None
                if cited:
                    # "X-এর প্রতিবেদনে Y-এর বরাত দিয়ে বলা হয়েছে, …": Y's words, inside X's report
                    # (its own words: "বরাত দিয়ে", "উদ্ধৃত করে")
                    relay = (an.text[relayed[1]:toks[c.a].start].strip() if relayed else "") or "বরাত দিয়ে"
                    made.append(an.add(_Found(cited, relay, an.stance_of(e.stance, ct[0]), ct[0], ct[1],
                                              nested_in=outer, sentence=si)))
                for k in _analyse_span(an, s, si, ct[0].start):
                    an.found[k].nested_in = outer
                    made.append(k)
                return made
        elif e.kind == "heard":
            # "ভিডিওতে মন্ত্রী রহিম উদ্দিনকে বলতে শোনা যায়, …": the one heard, in the accusative, spoke
            heard = toks[c.a - 1] if c.a > 0 else None
            person = next((m for m in an.entity_in(heard.start, heard.end) if m[1] == heard.end
                           and m[2].type == "PER"), None) if heard is not None and accusative_stem(heard.text) else None
            ct = an.content(toks[c.b + 1].start, s.end) if nxt in (",", ":") and c.b + 1 < len(toks) else None
            if person is not None and ct is not None:
                sp = Speaker(an.text[person[0]:person[1]], person[0], person[1], person[2].id, False)
                made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
            continue
        elif e.kind == "source":
            sp = an.speaker(start, toks[c.a].end)
            if sp and "তথ্য" in c.entry.seq and all(t.text in "।!" for t in toks[c.b:]):
                # "বাংলাদেশ ব্যাংক সূত্রে এ তথ্য জানা গেছে।": the sentences before it, from that source
                sp.anonymous, sp.entity = True, None
                made.extend(_after_the_fact(an, s, si, sp, c.text, e.stance))
                continue
            if nxt == "," and c.b + 1 < len(toks):
                ct = an.content(toks[c.b + 1].start, s.end)
            elif prev in an.lex.complementiser:
                # "CONTENT বলে সূত্র জানিয়েছে": the source noun alone, unnamed
                ct = an.content(start, toks[c.a - 1].start)
                sp = Speaker(toks[c.a].text, toks[c.a].start, toks[c.a].end, None, True)
            else:
                # "CONTENT বলে ঢাকা মহানগর পুলিশ (ডিএমপি) সূত্রে জানা গেছে": the source between
                comp_k = _that_before(an, toks, c.a - 1, max(0, c.a - _SPEAKER_REACH + 1))
                sp = an.speaker(toks[comp_k].end, toks[c.a].end) if comp_k is not None else None
                ct = an.content(start, toks[comp_k].start) if comp_k is not None else None
            if sp and ct:
                sp.anonymous, sp.entity = True, None
                made.append(an.add(_Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)))
            continue
    # quotations with no cue of their own
    for qi, q in enumerate(quotes):
        if qi in used_quotes or _is_name_quote(an, q.open, q.close):
            continue
        ct = an.content(q.open, q.close + 1)
        if ct is None:
            continue
        after = an.text[q.close + 1:s.end]
        if s.is_title and _COMMA_THEN.match(after):
            # ‘QUOTE’, রায়ের পর বাদী  (headline, speaker after the quote)
            sp = an.speaker(q.close + 1, s.end)
            if sp:
                made.append(an.add(_Found(sp, "", "assert", ct[0], True, sentence=si)))
            continue
        before = an.text[s.start:q.open]
        if s.is_title and ":" in before:
            continue  # handled by the headline rule
        # the second half of a quotation split by its cue ("‘…,’ বলেন তিনি। ‘…’"), or the speaker's
        # words quoted right after what they were reported to say ("X বলেন, বাঁধের কাজ শেষ হয়নি।
        # ¶“ঠিকাদারদের জবাবদিহি করতে হবে।”")
        # (not a headline's speaker's when the next sentence of its paragraph credits it: "‘…’ X এ কথা বলেন")
        sents = an.doc.sentences
        if before.strip() == "" and after.strip(" ।") == "" and an.found and not (
                sents[an.found[-1].sentence].is_title and si + 1 < len(sents) and sents[si + 1].line == s.line
                and _points_back(an, an.tokens(sents[si + 1].start, sents[si + 1].end))) and (
                (an.found[-1].direct and an.found[-1].sentence >= si - 2)
                or (an.found[-1].sentence == si - 1 and an.found[-1].cue and not an.found[-1].subordinate)):
            prev_f = an.found[-1]
            made.append(an.add(_Found(prev_f.speaker, prev_f.cue, an.stance_of("assert", ct[0]), ct[0], True,
                                      sentence=si)))
        elif before.strip() == "" and after.strip(" ।") == "" and (back := _quoted_again(an, s, si, ct[0])):
            made.append(an.add(_Found(back.speaker, "", an.stance_of("assert", ct[0]), ct[0], True, sentence=si)))
    if s.is_title and not made:
        made.extend(_headline(an, s, si))
    return made


def _quoted_again(an: _Analyser, s: Sentence, si: int, content: Span) -> _Found | None:
    """A paragraph that is one quotation in the first person, a few sentences of the reporter's
    after a person's statement that name no one else ("শান্ত জানালেন, … ।¶“আমি এখন ভয় পাই না।”¶আউট
    হয়েছেন বাজে শটে। তার কণ্ঠেও উঠে এলো সেই আক্ষেপ।¶“আরও বড় করা উচিত ছিল।”"): the person's words
    again, as a profile quotes its subject. The last statement that person made, or None."""
    sents = an.doc.sentences
    alone = (si == 0 or sents[si - 1].line != s.line) and (si + 1 >= len(sents) or sents[si + 1].line != s.line)
    last = next((f for f in reversed(an.found) if f.nested_in is None), None)
    if not alone or last is None or last.speaker.entity is None or not 1 < si - last.sentence <= 5 \
            or an.entity_type.get(last.speaker.entity) != "PER" or not an.first_person(content.text):
        return None
    between = sents[last.sentence + 1:si]
    if any(an.quotes(b.start, b.end) or any(e.type == "PER" and e.id != last.speaker.entity
                                             for _, _, e in an.entity_in(b.start, b.end)) for b in between):
        return None  # (another quoted, or someone else named, in between: not theirs for sure)
    if any(an._someone_unnamed(an.tokens(b.start, b.end)) for b in between):
        return None  # (or someone else brought in unnamed: "এক বৃদ্ধ সমর্থক", "তাঁর মা", "কোচ")
    return last


def _asks(an: _Analyser, content: str) -> bool:
    """Does what an asking cue takes hold a question ("কবে ত্রাণ আসবে", "সন্তুষ্ট কি না", "…?"),
    not only what it was about ("আমার অভিজ্ঞতা", "'মাইনাস টু' সম্পর্কে")?"""
    words = content.replace("?", " ? ").split()
    return "?" in words or any(w in an.lex.indirect_questions or w in an.lex.question_words for w in words)


def _refused(an: _Analyser, content: Span, stance: Stance) -> bool:
    """Is a denial's object an infinitive ("… ‘জয় শ্রীরাম’ বলতে সে অস্বীকার করে")? Then it is a refusal
    to do something, and no claim is denied."""
    last = content.text.split()[-1:]
    return stance == "deny" and bool(last) and last[0] in an.lex.infinitives


def _a_person_acted_on(an: _Analyser, content: Span, cue: str = "") -> bool:
    """Does an object cue's content end with a person in the accusative ("তাকে", "মন্ত্রীকে",
    "রহিম উদ্দিনকে")? Then the cue is done to them ("স্বাগত জানান", "ধন্যবাদ দেন"): no proposition.
    A greeting is done to whoever it names so (see _a_greeting). What is asked of the person in an
    infinitive before them ("কমিটি গঠন করতে সচিবকে নির্দেশ দেন") is said, though."""
    toks = _acted_on(an, content)
    if not toks:
        return False
    if _a_greeting(an, toks, cue):
        return True
    last, end = toks[-1].text, toks[-1].end
    stem = accusative_stem(last)
    if stem is None or last == "থেকে":
        return False
    if stem + "র" in an.lex.pron_sg or stem in an.lex.pron_pl or last in an.lex.pron_sg or an._is_title(last):
        return True
    # (a body only when it is all the object: "… বিশ্ব স্বাস্থ্য সংস্থাকে সতর্ক করে"; one told or blamed
    # after what is said, "… বিষয়টি প্রথম আলোকে নিশ্চিত করেছেন", "… জন্য কলেজ প্রশাসনকে দায়ী করেন", says it)
    return any(m[1] == end and (m[2].type == "PER" or (m[2].type == "ORG" and m[0] <= toks[0].start))
               for m in an.entity_in(end - 1, end))


def _acted_on(an: _Analyser, content: Span) -> list[_Tok]:
    """The words of an object cue's content that say what it was done to, or none when an
    infinitive in it says what was asked ("কমিটি গঠন করতে সচিবকে নির্দেশ দেন")."""
    toks = an.tokens(content.start, content.end)
    # (where it was done comes after them: "আফগান রাষ্ট্রদূতকে বেইজিংয়ে স্বাগত জানিয়েছে")
    if len(toks) > 1 and any(m[2].type == "LOC" for m in an.entity_in(toks[-1].start, toks[-1].end)):
        toks = toks[:-1]
    if any(t.text in an.lex.infinitives for t in toks[:-1]):
        return []
    return toks


def _a_greeting(an: _Analyser, toks: list[_Tok], cue: str) -> bool:
    """Is the cue a greeting done to someone or on some occasion, nothing said ("তরুণ প্রজন্মকে
    অভিনন্দন জানান", "অতিথিদের ধন্যবাদ", "পরিবারের প্রতি সমবেদনা", "X-এর মৃত্যুতে শোক প্রকাশ")? The
    greeting may be the object of a plain verb ("… মৃত্যুতে গভীর শোক ও সমবেদনা জানিয়েছেন X"). With its
    reason ("নির্বাচন সুষ্ঠু হওয়ায় কমিশনকে ধন্যবাদ") something is said."""
    if not toks:
        return False  # (an infinitive said what was asked: _acted_on)
    words = [t.text for t in toks]
    named = len(words)
    while words and (words[-1] in an.lex.greetings or (words[-1] == "ও" and len(words) < named)):
        words.pop()
    if not (cue and cue.split()[0] in an.lex.greetings) and len(words) == named:
        return False
    while len(words) > 1 and (words[-1] in an.lex.intensifiers or words[-1].endswith(an.lex.adjective_endings)):
        words.pop()
    if not words or words[-1] in an.lex.greeting_occasions or words[-1] in an.lex.intensifiers:
        return True
    # the one greeting, named between the occasion and the greeting ("X-এর মৃত্যুতে বাংলাদেশ ফুটবল
    # ফেডারেশন শোক প্রকাশ করেছে"): still only the occasion
    occasion = max((k for k, w in enumerate(words) if w in an.lex.greeting_occasions), default=None)
    if occasion is not None and len(words) - occasion - 1 <= _GREETER_WORDS:
        return True
    towards = len(words) > 1 and words[-1] in an.lex.towards
    if towards:
        words.pop()
    if accusative_stem(words[-1]) is not None:
        # the one greeted, named whole with their titles ("সৌদি যুবরাজ মোহাম্মদ বিন সালমানকে"), after at
        # most where ("সফরে")
        end = toks[len(words) - 1].end
        first = min((m[0] for m in an.entity_in(end - 1, end) if m[1] == end and m[2].type == "PER"), default=None)
        if first is not None:
            k = next(i for i, t in enumerate(toks) if t.end > first)
            while k > 0 and (an._is_title(toks[k - 1].text) or an._whose(toks[k - 1].text) != toks[k - 1].text):
                k -= 1  # (and a demonym: "সৌদি")
            return k <= 2
    return len(words) <= 3 and (towards or accusative_stem(words[-1]) is not None
                                or words[-1].endswith(an.lex.plural_objects))


def _only_where(an: _Analyser, content: Span) -> bool:
    """Is an object only the document it was said in ("এক শোকবার্তায়"), where it was posted
    ("সামাজিক যোগাযোগ মাধ্যমে"), how it was said ("কঠোর ভাষায়") or to whom ("ওসির কাছে লিখিত")?"""
    toks = an.tokens(content.start, content.end)
    words = [t.text for t in toks]
    # and to whom it was made, alone: "X থানার ওসির কাছে লিখিত অভিযোগ করেছেন" names no claim (the
    # one addressed: a name, a post or an office, in the genitive; nothing else before it)
    to = next((i for i in range(len(words) - 1, 0, -1) if words[i] in an.lex.to_whom), None)
    if to is not None and _is_genitive(words[to - 1], an.lex.case) and all(
            _is_genitive(t.text, an.lex.case) or an._is_title(t.text) or t.text in "()"
            or an.entity_in(t.start, t.end) or an._is_title(toks[i + 1].text)  # ("উপজেলা | নির্বাহী কর্মকর্তা")
            for i, t in enumerate(toks[:to])):
        words = words[to + 1:]
    k = 0
    while k < len(words):
        if words[k] in an.lex.document_words or words[k] in an.lex.intensifiers or words[k] in an.lex.manner_words:
            k += 1
            continue
        n = next((len(c) for c in an.lex.channels if tuple(words[k:k + len(c)]) == c), 0)
        if not n:
            return False
        k += n
    return True


def _object_says_nothing(an: _Analyser, content: Span, stance: Stance, cue: str) -> bool:
    """Is the object before an object cue no proposition: a pointer ("… অনুষ্ঠানে এই ঘোষণা দেন",
    "… কড়া ভাষায় তা প্রত্যাখ্যান করেন"), a pronoun, where it was said ("এক শোকবার্তায়"), someone acted
    on ("তাকে স্বাগত জানান"), what was asked about with no question, people rejected ("সবাইকে
    প্রত্যাখ্যান করেছে"), a refusal ("মন্তব্য করতে অস্বীকার"), a bare "what" ("কী কী"), how it was
    put ("ফুল দিয়ে"), or the tail of a pair whose first is cut off ("ও চীনের মধ্যে …")? The same
    for an active cue and a report's passive one."""
    words = content.text.split()
    last = words[-1] if words else ""
    # (with the claim put first in the sentence, "A, যদিও কাবুল তা অস্বীকার করেছে", A is what is denied)
    return _says_nothing(an, last, stance) or last in an.lex.pron_pl or last in an.lex.pron_sg \
        or _only_where(an, content) or (last in an.lex.pointer_objects and "," not in content.text) \
        or _a_person_acted_on(an, content, cue) \
        or (cue.split()[0] in an.lex.asking and not _asks(an, content.text)) \
        or (stance == "deny" and last.endswith(("কে", "কেই", "কেও"))) \
        or _refused(an, content, stance) or all(w in an.lex.indirect_questions for w in words) \
        or _how_it_was_put(an, content.text) or (bool(words) and words[0] in _AND) \
        or _on_behalf_only(an, content.text)


def _on_behalf_only(an: _Analyser, text: str) -> bool:
    """Is the object before an object cue only the one it is done on behalf of, a short phrase
    ("সাংবাদিক ইউনিয়ন কক্সবাজারের পক্ষে নিন্দা জানান X"; not a condolence's "… প্রতি সমগ্র জাতির
    পক্ষ থেকে")?"""
    return 1 < len(text.split()) <= 4 and text.endswith(an.lex.on_behalf)


def _says_nothing(an: _Analyser, last: str, stance: Stance) -> bool:
    """Is the last word before a cue one that leaves nothing said: a demonstrative pointing to
    what was said elsewhere ("… বৈঠকে এই ঘোষণা দেন X"), a likeness to another's remark ("একই
    ধরনের মন্তব্য করেন X"), an act declared ("সমাবেশ সমাপ্তি ঘোষণা করেন X"), a counted thing
    given ("একটি নির্দেশ দেয়", "পাঁচ দফা দাবি জানান") or, after a confirming cue, a thing made sure
    of ("লেনে চলাচল নিশ্চিত করছিলেন শিক্ষার্থীরা") or, after a denying one, a request turned down
    ("আশ্রয়ের আবেদন প্রত্যাখ্যান করেছে যুক্তরাজ্য": a decision, no claim denied)?"""
    return last in _DEMONSTRATIVES or last in an.lex.likeness or last in an.lex.declared_acts \
        or last in an.lex.counted or (stance == "confirm" and strip_suffix(last, an.lex.case) in an.lex.ensured) \
        or (stance == "deny" and last.startswith(an.lex.requests))


def _topic_only(an: _Analyser, content: str, stance: Stance = "assert") -> bool:
    """Text before a plain speech verb that names a topic or ends with whom it was told, not what
    was said: "বিষয়টি নিয়ে লিখেন তিনি", "সেই সূত্রও বাংলাদেশকে জানিয়ে দিয়েছিল X". An indirect
    question before a telling verb ("দিনগুলো কেমন ছিল, জানালেন X") names what was told about, not
    what was told; before an asking or doubting cue it is the question itself, and with its "?" a
    question put in the speaker's own words."""
    words = content.split()
    last = words[-1] if words else ""
    if stance == "assert" and "?" not in content and any(w in an.lex.indirect_questions for w in words[-2:]):
        return True
    # ("পদত্যাগের কারণ জানালেন X", the reason named; not "দুর্বল তদারকিই দুর্ঘটনার মূল কারণ মনে করেন X")
    named_only = last in an.lex.told_about and len(words) <= 4 and (
        len(words) == 1 or is_genitive(words[-2], an.lex.case))
    return last.endswith(_TOPIC_ENDS) or an._addressed(last) or named_only


def _analyse_span(an: _Analyser, s: Sentence, si: int, pos: int) -> list[int]:
    """Statements inside the rest of a sentence (the inner link of a chain)."""
    sub = Sentence(pos, s.end, an.text[pos:s.end], s.line, False)
    return _analyse_sentence(an, sub, si)


def _before_the_ones_given_to(an: _Analyser, sp: Speaker) -> Speaker | None:
    """"… আমলাদের পরামর্শ দিয়ে বলেন": the phrase ends in the ones advised (with the words that qualify
    them, "মাঠপর্যায়ের কর্মকর্তাদের"); the adviser is someone named before them ("প্রধান অতিথি
    শিক্ষার্থীদের …"), or None when the subject was dropped."""
    given = an.tokens(sp.start, sp.end)
    cut = len(given) - 1
    while cut > 0 and given[cut - 1].text.endswith(("ের", "দের", "-এর")):
        cut -= 1
    adviser = an.speaker(given[0].start, given[cut].start) if cut > 0 else None
    head = an.tokens(adviser.start, adviser.end) if adviser is not None else []
    if adviser is None or not head:
        return None
    someone = adviser.entity is not None or adviser.anonymous or an._can_speak(head[-1]) or (
        len(head) <= 3 and head[-1].text == strip_suffix(head[-1].text, an.lex.case)
        and not head[-1].text.endswith(("তে", "তেই")))
    return adviser if someone else None


def _said_in_passing(an: _Analyser, toks: list[_Tok], c: _Cue, main: _Cue, start: int, si: int) -> int | None:
    """"CONTENT উল্লেখ করে X বলেন, …": the clause before a participle cue that leads to the main verb of
    speech is X's statement too, with the participle for its cue. Not a pointer ("বিষয়টি নিশ্চিত করে
    X জানিয়েছে": what it points at is told elsewhere), nor a clause of someone else's before a comma."""
    if c.entry.kind != "verb" or main.entry.kind != "verb" or main.entry.object \
            or c.text.split()[0] in an.lex.not_said_in_passing:
        return None  # (before an object cue the words between are its object: "… উল্লেখ করে তাদের অপসারণের দাবি জানান X")
    first = next((k for k, t in enumerate(toks) if t.start >= start), c.a)
    comma = next((k for k in range(c.a - 1, first - 1, -1) if toks[k].text in (",", ";", ":")), None)
    first = comma + 1 if comma is not None else first
    # (not the occasion it opens with: "এ সময়", "আজ মঙ্গলবার")
    while first < c.a and (an._in_time(toks[first].start) or toks[first].text in an.lex.day_words
                           or toks[first].text in an.lex.openers):
        first += 1
    if first + 1 < c.a and f"{toks[first].text} {toks[first + 1].text}" in an.lex.openers:
        first += 2
    end = c.a - 1 if c.a > 0 and toks[c.a - 1].text in an.lex.complementiser else c.a
    while end > first and toks[end - 1].text in an.lex.intensifiers:
        end -= 1  # how sharply, no part of what: "… অবস্থানের কড়া সমালোচনা করে X বলেন"
    words = toks[first:end]
    if len(words) < 3 or any(t.text in an.lex.cues for t in words):
        return None  # ("এ তথ্য নিশ্চিত করে", "ঘটনার সত্যতা নিশ্চিত করে": a pointer, no content here)
    bare = [t for t in words if t.text not in an.lex.call_manners]
    if _addressee_only(toks, c.a, an.lex) or (bare and bare[-1].text in an.lex.addressed_by):
        return None  # ("সরকারের প্রতি জোরালো আহ্বান জানিয়ে": to whom, the call itself told after)
    if an._can_speak(words[-1]) or any(m[1] >= words[-1].end and m[2].type in ("PER", "ORG")
                                       for m in an.entity_in(words[-1].start, words[-1].end)):
        return None  # the participle's own subject ("সেখানে X আশঙ্কা প্রকাশ করে মন্ত্রী Y-কে বলেন"): X spoke
    sp = an.speaker(toks[c.b].start, toks[main.a].start)
    head = an.tokens(sp.start, sp.end)[-1] if sp is not None else None
    if sp is None or head is None or not (an._can_speak(head) or any(
            m[1] == head.end and m[2].type in ("PER", "ORG") for m in an.entity_in(head.start, head.end))):
        return None  # someone right before the verb, its subject ("… আখ্যায়িত করে তাঁর পদত্যাগ দাবি করেন": no one)
    ct = an.content(words[0].start, words[-1].end)
    if ct is None:
        return None
    last = words[-1].text
    if (not c.entry.object and _topic_only(an, ct[0].text, c.entry.stance)) or last == "কথা" \
            or last in an.lex.told_about or _says_nothing(an, last, c.entry.stance) or last in an.lex.pointers \
            or _only_where(an, ct[0]) or (c.entry.object and _a_person_acted_on(an, ct[0], c.text)):
        return None  # "নিজের লড়াইয়ের কথা উল্লেখ করে": what was spoken of, not what was said
    quoted = any(ch in an.text[max(0, ct[0].start - 1):ct[0].start + 1] for ch in _QUOTE_CHARS) and any(
        ch in an.text[ct[0].end - 1:ct[0].end + 1] for ch in _QUOTE_CHARS)  # (the whole clause, not a name in it)
    return an.add(_Found(sp, c.text, an.stance_of(c.entry.stance, ct[0]), ct[0], ct[1] or quoted, sentence=si))


def _how_it_was_put(an: _Analyser, content: str) -> bool:
    """Does an object end in how it was said or what about ("… ফুল দিয়ে", "… সংক্ষিপ্ত করে", "… মৃত্যুকে
    কেন্দ্র করে"), not in what was said ("… দাম নিয়ন্ত্রণ করে", a verb in the present)?"""
    words = content.split()
    return bool(words) and (words[-1] == "দিয়ে" or " ".join(words[-2:]) in an.lex.manner_phrases)


def _pronoun_speaker(an: _Analyser, sp: Speaker) -> bool:
    """Does the speaker phrase end in a pronoun for someone ("তিনি", "তারা"; pron_subject is part of pron_sg)?"""
    last = sp.text.split()[-1:]
    return bool(last) and (last[0] in an.lex.pron_sg or last[0] in an.lex.pron_pl)


def _inner_cue(an: _Analyser, span: Span) -> bool:
    """Does a verb cue stand inside the span, after its first word ("X-এর মতে, Y বলেছেন …"), one
    that people do (not "… কাটা দাগ ইঙ্গিত দেয়", evidence that indicates)?"""
    toks = an.tokens(span.start, span.end)
    return any(c.entry.kind == "verb" and c.a > 0 and c.entry.seq[0] not in an.lex.evidence_cues
               for c in an.find_cues(toks))


def _stances_lent(toks: list[_Tok], cues: list[_Cue], lex: _Lex) -> dict[int, Stance]:
    """"সরকারের প্রতি হুঁশিয়ারি উচ্চারণ করে বক্তারা বলেন, …", "উদ্বেগ প্রকাশ করে X বলেন, …": a
    participle cue that says what the act is (a warning, a worry, an accusation) before the subject
    of a neutral verb of speech gives that verb its stance, as it does when the two stand together
    ("উদ্বেগ প্রকাশ করে বলেন"). Returns the lent stance by the verb cue's first token.

    Only to a verb of one word (বলেন, জানান; not "পদত্যাগের ঘোষণা দেন", an act of its own). A call
    or a demand lends nothing when it has its own content ("সবাইকে ঐক্যবদ্ধ থাকার আহ্বান জানিয়ে X
    বলেন, দেশ আজ সংকটে": the call is made, then something is said); a warning made only to someone
    ("সরকারের প্রতি হুঁশিয়ারি উচ্চারণ করে", "সরকারকে হুঁশিয়ারি দিয়ে") is what the content says."""
    lent: dict[int, Stance] = {}
    for c in cues:
        if c.entry.stance in ("assert", "confirm") or toks[c.b - 1].text not in _CONJUNCTIVE:
            continue
        verb = next((c2 for c2 in cues if c.b < c2.a and c2.a - c.b <= 6), None)
        # (nor across a clause of another subject: "পরিবার অভিযোগ করে মামলা করলেও পুলিশ জানায়, …")
        if verb is None or verb.entry.kind != "verb" or verb.entry.stance != "assert" or len(verb.entry.seq) > 1 \
                or any(t.text in (",", "।", ";", "?") or t.text in lex.conditional_verbs or t.text.endswith("লেও")
                       for t in toks[c.b:verb.a]):
            continue
        # (of what is other, only a warning: thanks or a call made to someone, "সবাইকে ধন্যবাদ জানিয়ে X
        # বলেন, …", comes before words of another kind)
        if c.entry.stance == "other" and not (_addressee_only(toks, c.a, lex) and toks[c.a].text in lex.warnings):
            continue
        lent[verb.a] = c.entry.stance
    return lent


def _addressee_only(toks: list[_Tok], a: int, lex: _Lex) -> bool:
    """Are the words of the clause before toks[a] only the one it is addressed to ("সরকারকে",
    "সরকারের প্রতি", "দলের নেতাদের উদ্দেশে"), or none?"""
    k = a
    while k > 0 and toks[k - 1].text not in (",", "।", ";", "?", "!", "—"):
        k -= 1
    words = [t.text for t in toks[k:a]]
    while words and words[-1] in lex.addressed_by:
        words = words[:-2] if len(words) >= 2 else []
    return not words or (len(words) == 1 and words[0].endswith("কে"))


def _denied_noun(an: _Analyser, a: int, b: int) -> tuple[Span, bool] | None:
    """The one word in text[a:b], before a denying cue, when it names a claim (cues.toml
    denied_nouns: "অভিযোগ", "অভিযোগগুলো", "দাবি"), as the denied content; else None."""
    a, b = an.trim(a, b)
    word = an.text[a:b]
    if not word or " " in word or not word.startswith(an.lex.denied_nouns):
        return None
    return Span(a, b, word), False


def _joined_cue_start(an: _Analyser, toks: list[_Tok], a: int, cue_i: int) -> int:
    """Where the object of an object-taking cue ends. Two cue nouns joined before one light verb
    ("এ ঘটনায় তীব্র নিন্দা ও গভীর উদ্বেগ প্রকাশ করেছে") make one cue: the first noun, its
    intensifier and the "ও" are no part of what was condemned."""
    k = cue_i
    while k - 2 >= 0 and toks[k - 1].text in an.lex.intensifiers and toks[k - 1].start >= a:
        k -= 1
    if k - 2 >= 0 and toks[k - 1].text in _AND and toks[k - 2].text in an.lex.cues \
            and toks[k - 2].start >= a:
        k -= 2
        while k - 1 >= 0 and toks[k - 1].text in an.lex.intensifiers and toks[k - 1].start >= a:
            k -= 1
    return toks[k].start


def _said_before_its_words(an: _Analyser, toks: list[_Tok], c: _Cue, start: int, si: int) -> _Found | None:
    """"X বলেন CONTENT" with the comma after the cue left out, as writers often do ("তবে
    চিকিৎসকেরা বলছেন রোগীর অবস্থা আশঙ্কাজনক"): when the words after the cue name no speaker, the
    subject before it is the speaker and what follows is what they said. The subject must be
    someone (a name, a title, a pronoun or an unnamed source) standing right before the cue, in
    its own clause; a participle ("… মনে করে আটক করা হয়") and a naming ("সেটিকে তারা বলেন ‘…’")
    say nothing."""
    e = c.entry
    if e.kind != "verb" or e.object or e.stance not in ("assert", "confirm", "claim") \
            or toks[c.b - 1].text in _CONJUNCTIVE:
        return None
    after = [t for t in toks[c.b:] if t.text not in ("।", "!", "?")]
    if len(after) < 3 or after[0].text in an.lex.complementiser or any(t.text in (",", ";", ":") for t in after[:2]):
        return None
    # its clause: "…, বরং তিনি বলেছেন …", "… নেওয়া হয় এবং চিকিৎসকরা জানান …", "এটা পরিষ্কার যে X মনে করেন …"
    start = max([start, *(t.end for t in toks[:c.a] if t.text in _CLAUSE_BREAKS)])
    clause = [t.text for t in toks[:c.a] if t.start >= start]
    opened = an.text[toks[0].start:toks[c.a].start]
    if opened.rfind("(") > opened.rfind(")"):
        return None  # inside a parenthesis: an aside ("(যাকে … বলেন ‘…’ এবং … বলেন ‘…’)")
    if any(w in an.lex.relatives or w in an.lex.correlative_objects or w in an.lex.conditionals for w in clause):
        return None
    sp = an.speaker(start, _subject_end(an, toks, start, c))
    if sp is None:
        return None
    words = sp.text.split()
    if len(words) > 10 or not (sp.entity is not None or sp.anonymous or words[-1] in an.lex.pron_sg
                              or words[-1] in an.lex.pron_pl or an._is_title(words[-1])
                              # (some of a kind: "বেশিরভাগ ইতিহাসবিদ", not "কেউ" alone or "… এক বক্তব্যে")
                              or (any(w in an.lex.unnamed or w in an.lex.indefinite for w in words[:-1])
                                  and words[-1] not in an.lex.indefinite
                                  and not words[-1].endswith(("ে", "তে", "য়")))):
        return None
    between = [t for t in toks[:c.a] if t.start >= sp.end]
    if len(between) > 2 or not an._only_adverbs(between):
        return None
    ct = an.content(after[0].start, toks[-1].end)
    if ct is None or len(ct[0].text.split()) < 3 or ct[0].text.split()[-1] in (*_POSTPOSITIONS, "হিসেবে", "হিসাবে"):
        return None  # ("তিনি মনে করলেন … অবমাননা হিসেবে": X taken as Y, a view of a thing, not words)
    return _Found(sp, c.text, an.stance_of(e.stance, ct[0]), ct[0], ct[1], sentence=si)


def _a_quoted_sentence(an: _Analyser, q: QuoteSpan) -> bool:
    """Does the quotation hold a sentence (five words or more, ending in a stop, a comma or a
    finite verb, or with a comma right after its closing mark: "‘… যাব না’, রোববার … বলেন X"), not a
    title or a name?"""
    words = an.text[q.open + 1:q.close].split()
    # (a comma after the mark, but not one in a list of titles: "‘…’, ‘…’ বই দুটি নিয়ে")
    listed = an.text[q.close + 2:q.close + 4].lstrip()[:1] in _QUOTE_CHARS
    return len(words) >= 5 and (words[-1][-1] in "।!?,." or words[-1].endswith(an.lex.finite_endings)
                                or (an.text[q.close + 1:q.close + 2] == "," and not listed))


def _say_quoted(an: _Analyser, quotes: list[QuoteSpan], used: set[int], span: tuple[int, int], sp: Speaker,
                c: _Cue, si: int) -> list[int]:
    """The statement of the quotation at `span`, the speaker's own words (the quotation taken)."""
    ct = an.content(*span)
    if ct is None:
        return []
    used.update(k for k, q in enumerate(quotes) if q.open == span[0])
    return [an.add(_Found(sp, c.text, an.stance_of(c.entry.stance, ct[0]), ct[0], True, sentence=si))]


def _quoted_after(an: _Analyser, quotes: list[QuoteSpan], sp: Speaker | None, end: int) -> tuple[int, int] | None:
    """The quotation that opens right after a speaker named after the cue ("… জানান এই র‍্যাপার,
    ‘…’"), to its close or, when it runs past this sentence, to the sentence's end (the run-on
    carries it on): that speaker's own words."""
    if sp is None:
        return None
    rest = an.text[sp.end:end]
    opens = sp.end + len(rest) - len(rest.lstrip(" ,:—-"))
    if opens >= end or an.text[opens] not in _OPENING_QUOTES:
        return None
    q = next((q for q in quotes if q.open == opens), None)
    if q is None:
        return opens, end
    return None if _is_name_quote(an, q.open, q.close) else (q.open, q.close + 1)


def _subject_end(an: _Analyser, toks: list[_Tok], start: int, c: _Cue) -> int:
    """Where the speaker phrase before a cue ends. A cue made of a noun, its light verb in the
    conjunctive and a verb of speech ("… তীব্র সমালোচনা করে বলেন", "… প্রতি আহ্বান জানিয়ে বলেন")
    has the noun's object before it: the subject ends at the last name or title before that."""
    cue_start = toks[c.a].start
    if not any(t.text in _CONJUNCTIVE for t in toks[c.a:c.b - 1]):
        return cue_start
    end = _speaker_end(an, toks, start, c.a)
    if start < end < cue_start:
        return end
    # no name, title or pronoun known: the subject ends where the object opens, at a word of one's
    # own ("বিক্রান্ত | তাঁর ব্যক্তিগত জীবনের … উল্লেখ করে বলেন")
    first = next((k for k, t in enumerate(toks) if t.start >= start), c.a)
    for k in range(first + 1, c.a):
        if toks[k].text in an.lex.possessives:
            return toks[k - 1].end
    return cue_start


def _honorific(an: _Analyser, toks: list[_Tok], cue_i: int) -> bool:
    """Is the cue's verb in the honorific "-েন", which agrees with a person (or a court, whose
    judges speak), never with a body ("বিএনপি … সমালোচনা করেছে", "তিনি … সমালোচনা করেন")?"""
    for t in toks[cue_i:cue_i + 4]:
        if t.text in ("।", ",", "!", "?", ";"):
            return False
        if t.text.endswith(an.lex.honorific_endings) or t.text in an.lex.honorific_words:
            return True
    return False


def _a_court(e: Entity) -> bool:
    """Is the body a court or its bench, which Bengali gives the honorific verb of its judges
    ("আদালত … নির্দেশ দিয়েছেন")?"""
    return any(w in e.name for w in ("Court", "Tribunal", "Bench", "Division"))


def _country_alone(an: _Analyser, toks: list[_Tok], k: int) -> bool:
    """Is the place at toks[k] a whole subject, a country speaking through its government? Not one
    that names a body's seat ("ভারত সরকার", "পশ্চিমবঙ্গ পুলিশ") or opens a list of countries
    ("যুক্তরাষ্ট্র, যুক্তরাজ্য ও কানাডা …"), whose speaker is the whole phrase."""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    stem = strip_suffix(nxt, an.lex.case)
    bodies = _run_on(an.doc.lang).bodies
    if nxt in bodies or stem in bodies or stem in lexicon(an.doc.lang).org_heads:
        return False
    if nxt in (",", "ও", "এবং") and k + 2 < len(toks):
        return not any(m[2].type == "LOC" for m in an.entity_in(toks[k + 2].start, toks[k + 2].end))
    return True


def _speaker_end(an: _Analyser, toks: list[_Tok], start: int, cue_i: int) -> int:
    """End of the subject phrase before an object-taking cue: after its last name or title."""
    if any(cue_i > len(x) and tuple(t.text for t in toks[cue_i - len(x):cue_i]) == x for x in an.lex.cited_by):
        return toks[cue_i - 1].end  # "Y X-কে উদ্ধৃত করে জানিয়েছে": Y and X both, split by _relay_chain
    best = None
    group_subject = False  # the subject so far is a group or a pronoun, not a name
    ends: list[int] = []  # every end the subject had so far, to go back to
    honorific = _honorific(an, toks, cue_i)
    body_end: int | None = None
    start_k = next((k for k, t in enumerate(toks) if t.start >= start), len(toks))
    # (where the subject can begin: past an opener or a time, "তবে পাকিস্তান …", "গত সোমবার ভারত …")
    opened = next((t.start for t in toks[start_k:cue_i] if not (
        t.text in an.lex.openers or t.text in an.lex.speaker_adverbs or t.text in an.lex.day_words
        or t.text == "," or an._in_time(t.start))), start)
    for k in range(cue_i):
        t = toks[k]
        if t.start < start:
            continue
        if best is not None and (not ends or ends[-1] != best):
            ends.append(best)
        # (a country speaks through its government: "পাকিস্তান … আহ্বান জানিয়ে আসছে", in the nominative)
        names = [m for m in an.entity_in(t.start, t.end) if m[2].type in ("PER", "ORG") or (
            m[2].type == "LOC" and m[0] <= opened + 1 and strip_suffix(t.text, an.lex.case) == t.text
            and _country_alone(an, toks, k))]
        if names and honorific and all(m[2].type == "ORG" and not _a_court(m[2]) for m in names):
            # a body takes no honorific verb: with a person in the clause too ("প্রেসিডেন্ট আরিফ আলভি
            # নির্বাচন কমিশনের … হতাশা প্রকাশ করেন"), the body is not the subject (alone, it stays)
            if not any(an._in_genitive(m) for m in names if m[1] == t.end):
                body_end = t.end if body_end is None or body_end == toks[k - 1].end else body_end
            continue
        if names and k > start_k and toks[k - 1].text in an.lex.possessives \
                and all(m[0] >= t.start for m in names):
            continue  # one's own ("X তার ফেসবুক পোস্টে …"): a thing of the subject's, not the subject
        if names and k > start_k and toks[k - 1].text in an.lex.a_thing_of and all(m[0] >= t.start for m in names) \
                and not (k + 1 < cue_i and (toks[k + 1].text in an.lex.body_singulars
                                            or toks[k + 1].text.endswith("দল"))):
            continue  # "a" before a name makes it a kind of thing ("… একটি আসিয়ান প্ল্যাটফর্ম তৈরির"), no subject
        if names and best is not None and t.text not in an.lex.titles and all(m[1] > t.end for m in names) and all(
                _plainly_genitive(an, an.text[m[0]:m[1]].split()[-1]) or _genitive_of_a_name(an, m) for m in names):
            # after the subject, a name in the genitive is decided at its last word, where it owns
            # a thing of the object ("X এক বিবৃতিতে শেখ | কামালের জন্মবার্ষিকী … আহ্বান জানিয়েছেন")
            continue
        if names:
            # a genitive entity is a modifier of what follows, not the subject's end; one in the
            # accusative or before a postposition is the object ("জামায়াতকে", "সরকারের প্রতি"),
            # a name of several words too ("নূর মোহাম্মদকে")
            last = an.text[names[0][0]:names[0][1]].split()[-1]
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            objected = t.text not in an.name_parts and (t.text.endswith(("কে", "কেও")) or nxt in _POSTPOSITIONS)
            named_object = accusative_stem(last) in an.name_parts
            began = min((m[0] for m in names if m[0] < t.start), default=None)
            # (not a common word the rules ran a name on to: "রহিম উদ্দিন ঠিকাদারকে")
            if began is not None and best is not None and (named_object or (
                    objected and any(m[0] < t.start and m[2].source != "rule" for m in names))):
                # the whole name is the object, and its title: "বঙ্গবন্ধু শেখ | মুজিবকে", "… উদ্দিন |
                # মেয়র শাহ আলমকে" end before it
                titled = any(u.end == best and u.text in an.lex.titles for u in toks[:k])
                if began < best <= t.start or (titled and best <= began):
                    prior = [e for e in ends if e <= began]
                    while len(prior) > 1 and any(u.end == prior[-1] and u.text in an.lex.titles for u in toks[:k]):
                        prior.pop()
                    best = prior[-1] if prior else best
            if named_object:
                continue  # (a word no name has, "… উদ্দিন ঠিকাদারকে", is the tagger running on)
            if objected:
                continue
            # (a name that only ends as a genitive does, "ফরহাদ মজহার", is the name itself, unless a
            # common noun follows that it would own: "নেহরুর সরকার", "… ইদ্রিস আলী মজুতদারির অভিযোগ")
            # (not a name, nor a noun made definite, "… হায়দার বিষয়টি নিশ্চিত করেছেন", the object)
            # (nor a time, which no one owns: "মুখপাত্র ম্যাথিউ মিলার গতকাল মঙ্গলবার … সমালোচনা করেন")
            owns = k + 1 < cue_i and nxt in ordinary_words(an.doc.lang) and strip_suffix(nxt, an.lex.case) == nxt \
                and not nxt.endswith(("টি", "টা")) and not an.entity_in(toks[k + 1].start, toks[k + 1].end) \
                and nxt not in an.lex.day_words and not an._in_time(toks[k + 1].start)
            name_end = t.text in an.name_parts or not _is_genitive(t.text, an.lex.case) or (
                not owns and t.text not in ordinary_words(an.doc.lang)
                and any(m[1] == t.end and not an._in_genitive(m) for m in names))
            if name_end and best is not None and k > 0 and best == toks[k - 1].end and any(
                    m[0] < t.start and m[1] == t.end for m in names):
                best = t.end  # the rest of the name the subject began ("পরিচালক কাজী | হায়াৎ দেশবাসীকে …")
                continue
            # a name before an object in the accusative qualifies it: "তালেবান সরকারকে সতর্ক করে …"
            if k + 1 < cue_i and accusative_stem(nxt) in ordinary_words(an.doc.lang) \
                    and not an.entity_in(toks[k + 1].start, toks[k + 1].end):
                continue  # (not a pronoun: "বেলায়েত হোসেন আমাকে … দোষারোপ করছেন" is Belayet's)
            # after a group or pronoun that is the subject, a name before a genitive noun names what
            # the object is about ("সংগঠনের নেতারা … হাদি হত্যার বিচার দাবি করেছেন": Hadi's murder)
            if group_subject and k + 1 < cue_i and names[0][1] <= t.end and _is_genitive(nxt, an.lex.case) \
                    and nxt not in an.name_parts and not an._is_title(nxt) \
                    and not an.entity_in(toks[k + 1].start, toks[k + 1].end):
                continue
            if name_end:
                best = t.end
                group_subject = False
        elif (((t.text in an.lex.pron_sg or t.text in an.lex.pron_pl) and not t.text.endswith(("র", "দের", "কে")))
              or t.text in an.lex.anonymous or t.text.rstrip("ও") in an.lex.anonymous
              or t.text in an.lex.many_subjects) \
                and (k + 1 >= len(toks) or toks[k + 1].text not in _POSTPOSITIONS):  # ("কর্মকর্তাদের দ্বারা …")
            best = t.end  # a pronoun in the nominative ("তিনি"); "তাঁর পক্ষে" is no subject
            group_subject = True
        elif (t.text in an.lex.titles or (t.text.endswith("ও") and t.text[:-1] in an.lex.titles)) \
                and (best is None or (k > 0 and best == toks[k - 1].end)) \
                and not _titles_the_object(an, toks, k, cue_i):
            # a bare title as the subject ("প্রধানমন্ত্রী স্বয়ং তাঁকে … করতে বলায়"), or a title right
            # after its organisation ("বিএনপি মহাসচিব এ ঘটনাকে ‘নাটক’ আখ্যা দিয়েছেন"), "also" said of it
            # ("নবনিযুক্ত পুলিশ মহাপরিদর্শকও … দুঃখ প্রকাশ করেছেন")
            best = t.end
            group_subject = False
        elif t.text in an.lex.body_singulars and not honorific \
                and (_a_body_of(an, toks, k, cue_i) if best is not None and best == toks[k - 1].end
                     else best is None and (t.start <= opened or (
                    k > 0 and toks[k - 1].start <= opened and _BENGALI_START.match(toks[k - 1].text) is not None
                    and strip_suffix(toks[k - 1].text, an.lex.case) == toks[k - 1].text))) \
                and not (k + 1 < cue_i and toks[k + 1].text in _POSTPOSITIONS):
            # a body by what it is, in the nominative, opening the clause ("তবে সরকার এই অভিযোগ নাকচ
            # করেছে", "চীনা কর্তৃপক্ষ …") or after the name it belongs to ("ভারত সরকার …", "মোদি সরকার
            # …"); not what is spoken of ("সরকার নিয়ে …"), nor after the object put first ("… বাসিন্দাকে
            # কর্তৃপক্ষ নির্দেশ দিয়েছে", whose subject the speaker phrase cannot hold apart)
            best = t.end
            group_subject = True
        elif best is None and an._plural_group(t) and not (k + 1 < cue_i and toks[k + 1].text in _POSTPOSITIONS):
            # a group in the nominative plural: "শিক্ষকেরা … দাবি জানান" (not a thing spoken of before a
            # postposition: "বিরোধী দলগুলো নিয়ে সরকার উদ্বেগ প্রকাশ করেছে")
            best = t.end
            group_subject = True
        elif (best is None or best == toks[k - 1].end) and k > 0 and toks[k - 1].text in an.lex.titles \
                and toks[k - 1].start >= start and t.text not in an.lex.not_names and not an._is_title(t.text) \
                and not any(m[1] > t.end for m in an.entity_in(t.start, t.end)) \
                and t.text not in an.lex.pointers and _BENGALI_START.match(t.text) \
                and strip_suffix(t.text, an.lex.case) not in ordinary_words(an.doc.lang) \
                and (t.text.endswith("ার") or not _is_genitive(t.text, an.lex.case)):
            # "পরিচালক ঘোষদস্তিদার …": a title and the name after it (not a common word: "প্রধানমন্ত্রী
            # লেক এবং পান্থকুঞ্জকে রক্ষা করে …" is the lake the minister ordered saved)
            best = t.end
            group_subject = False
    if best is None and body_end is not None:
        return body_end
    return _and_others(an, toks, best, cue_i) if best is not None else start


def _a_body_of(an: _Analyser, toks: list[_Tok], k: int, cue_i: int) -> bool:
    """Is the body word at toks[k], right after a name, that name's body ("ভারত সরকার", "মোদি সরকার",
    "ওয়ার্ল্ড হেরিটেজ কমিটি")? Not when it opens the object: before a genitive (not a name's) it would
    own ("বিএনপি সরকার পতনের … আহ্বান জানিয়েছে", "জাতিসংঘ সেনাবাহিনী প্রত্যাহারের …"), before "ও"
    ("টিআইবি সরকার ও কমিশনকে …") or in the accusative."""
    nxt = toks[k + 1].text if k + 1 < cue_i else ""
    if nxt in _AND or accusative_stem(nxt) is not None:
        return False
    # (after an organisation, the subject already, a genitive after the body word is the object's:
    # "বিএনপি সরকার পতনের"; after a place, a person or a word that describes, "স্থানীয় প্রশাসন
    # মজুতদারির অভিযোগ …", the object begins after the body)
    organisation = any(m[1] == toks[k - 1].end and m[2].type == "ORG"
                       for m in an.entity_in(toks[k - 1].start, toks[k - 1].end))
    named_next = bool(an.entity_in(toks[k + 1].start, toks[k + 1].end)) if k + 1 < cue_i else False
    return not (organisation and _is_genitive(nxt, an.lex.case) and not named_next)


def _titles_the_object(an: _Analyser, toks: list[_Tok], k: int, cue_i: int) -> bool:
    """Is the title at toks[k] that of a person named right after it in the genitive or the
    accusative ("অনেকেই স্বরাষ্ট্র সচিব X-এর পদত্যাগ দাবি করেছেন")? Then it is the object's, not the subject's."""
    if k + 1 >= cue_i:
        return False
    nxt = toks[k + 1]
    objects = [m for m in an.entity_in(nxt.start, nxt.end) if m[0] == nxt.start and m[2].type == "PER"
               and m[1] <= toks[cue_i - 1].end
               and (an._in_genitive(m) or accusative_stem(an.text[m[0]:m[1]].split()[-1]) is not None)]
    if not objects:
        return False
    # (not a title someone else was named with before: "জাতিসংঘের মহাসচিব আন্তোনিও গুতেরেস … । মহাসচিব
    # ড. ইউনূসের … প্রশংসা করেন" is the secretary-general praising)
    title = toks[k].text
    return not any(m[2].type == "PER" and m[2].id != objects[0][2].id
                   and an.text[max(0, m[0] - 40):m[0]].split()[-1:] == [title]
                   for m in an.mentions[:bisect_left(an.mention_starts, toks[k].start)])


def _and_others(an: _Analyser, toks: list[_Tok], end: int, cue_i: int) -> int:
    """The subject's end, past others joined to it ("ভারতের সাবেক বিচারপতি এবং প্রখ্যাত আইনজীবীরা এটিকে
    … অভিহিত করেছেন"): a group or title of up to three words after "এবং" or "ও" speaks with it."""
    given = end
    k = next((k for k in range(cue_i) if toks[k].start >= end), cue_i)
    if 1 < k < cue_i and toks[k - 1].text == "ও" and toks[k - 1].end == end:
        k = k - 1  # ("রাষ্ট্রপতি ও …": "ও" read as the pronoun is the conjunction)
    if k >= cue_i - 1 or toks[k].text not in _AND:
        return given
    for j in range(k + 1, min(k + 4, cue_i)):
        w = toks[j].text
        if _is_genitive(w, an.lex.case) or accusative_stem(w) is not None or w.endswith(an.lex.plural_objects):
            continue  # (a name in the genitive or accusative, "দলের নেতাদের", is the object's)
        if an._is_title(w) or an._unnamed_group(w):
            return toks[j].end
    return given


# genitives with an emphatic particle ("পরিষদেরও") still modify what follows
_GENITIVE_OR_PARTICLE = (*GENITIVE_ENDINGS, "েরও", "েরই")


# a noun cue in a case form says "according to" by itself ("সরকারি হিসাবে, …", "তাঁর ভাষায়, …")
_CASE_ENDED = ("ে", "য়")


def _genitive_of_a_name(an: _Analyser, m: tuple[int, int, Entity]) -> bool:
    """Is the mention a name in the genitive, its last word a name part with the case ending on
    ("শেখ হাসিনার", "খালেদা জিয়ার"; not a word the tagger ran on to, "… সোবহান এলডিসির")?"""
    last = an.text[m[0]:m[1]].split()[-1]
    return an._in_genitive(m) and strip_suffix(last, an.lex.case) in an.name_parts


def _plainly_genitive(an: _Analyser, word: str) -> bool:
    """A genitive no name ends like: "-ের" on a word that is no name part ("কামালের", not "কাদের")."""
    return word.endswith("ের") and word not in an.name_parts


def _is_genitive(word: str, case: tuple[str, ...]) -> bool:
    return is_genitive(word, case, _GENITIVE_OR_PARTICLE) or word in _GENITIVE_PRONOUNS


def _report_source(an: _Analyser, toks: list[_Tok], start: int, cue_i: int) -> tuple[int, int] | None:
    for k in range(cue_i - 1, -1, -1):
        n = an.seq_at(toks, k, an.lex.report_starts)
        if n and k + n <= cue_i:
            return start, toks[k + n - 1].end
    return None


def _passive_opening(an: _Analyser, toks: list[_Tok], c: _Cue, right_after_report: bool) -> int | None:
    """Where what a report says starts after its passive cue: past a comma, a colon or a dash ("X-এর
    চিঠিতে বলা হয়েছে— …"), or "যে" ("… বলা হয়েছে যে, …"); with nothing between, only when the
    report is named right before the cue ("চিঠিতে বলা হয়েছে আগামী …"), not after "হাজির হতে বলা
    হয়েছে", an order. None when nothing follows."""
    k = c.b
    if k < len(toks) and toks[k].text in an.lex.relative_objects:
        k += 1
    if k < len(toks) and (toks[k].text in (",", ":", "-") or toks[k].text in _DASHES):
        k += 1
    elif k == c.b:
        # (and what follows is a clause of its own: not "… বলা হয়েছে বলে জানিয়েছে এএফপি", whose cue
        # is the last, nor "… বলা হয়েছে কিনা", "… বলা হয়েছে অনুযায়ী", "নিন্দা জানানো হয় হামলার ঘটনার")
        rest = [t.text for t in toks[k:] if t.text not in "।!?"]
        if not right_after_report or not rest or rest[0] in an.lex.complementiser \
                or rest[0] in an.lex.indirect_questions or rest[0] in _run_on(an.doc.lang).according \
                or not any(w.endswith(an.lex.finite_endings) or w.endswith(an.lex.clause_verb_endings)
                           for w in rest[1:]):
            return None
    return k if k < len(toks) and toks[k].text not in "।!?" else None


def _cited_one(an: _Analyser, a: int, b: int) -> Speaker | None:
    """The source a report cites in text[a:b], in the genitive ("এক কর্মকর্তার বরাত দিয়ে") or in the
    accusative ("দেশটির এক কর্মকর্তাকে উদ্ধৃত করে"): the speaker phrase without the accusative ending."""
    last = an.text[a:b].split()[-1] if b > a else ""
    stem = accusative_stem(last)
    if stem is not None and len(stem) >= 2:
        b -= len(last) - len(stem)
    return an.speaker(a, b)


def _relayed_by(an: _Analyser, toks: list[_Tok], a: int, cue_i: int) -> tuple[int, int] | None:
    """The source a passive report credits right before its verb ("… Y-এর বরাত দিয়ে বলা হয়েছে"):
    the span of Y, which starts at offset `a` or after it."""
    for tail in an.lex.cited_by:
        k = cue_i - len(tail)
        if k > 0 and tuple(t.text for t in toks[k:cue_i]) == tail:
            first = next((i for i in range(k) if toks[i].start >= a), None)
            # (not the report that carries it: "এএফপির প্রতিবেদনে | এক কর্মকর্তাকে উদ্ধৃত করে বলা হয়েছে")
            while first is not None and first < k - 1 and toks[first].text in an.lex.report_words:
                first += 1
            if first is not None and first < k:
                return toks[first].start, toks[k - 1].end
    return None


def _carry(an: _Analyser, at: int | None = None) -> Speaker | None:
    """A dropped subject: for a sentence that opens with its cue (`at`), or with no speaker yet,
    the person the sentence before is about ("সৌদি পররাষ্ট্রমন্ত্রী X সংবাদ সম্মেলন করেন। বলেন,
    …" is X's, whoever spoke earlier in the article); otherwise, or with no one named there, the
    last speaker in the text."""
    ref = an.last_speaker
    if at is not None and (ref is None or _opens_sentence(an, at)):
        subject = _last_subject(an, at)
        if subject is not None:
            a, b, e = subject
            return Speaker(an.text[a:b], a, b, e.id, False)
    if ref is None:
        return None
    return Speaker(ref.text, ref.start, ref.end, ref.entity, ref.anonymous)


def _opens_sentence(an: _Analyser, at: int) -> bool:
    """Does nothing but punctuation come before `at` in its sentence?"""
    si = an.sentence_at(at)
    return si >= 0 and not _BENGALI_LETTER.search(an.text[an.sentence_starts[si]:at])


def _last_subject(an: _Analyser, at: int) -> tuple[int, int, Entity] | None:
    """The person the sentence before `at` is about: named there in the nominative (not "X-এর",
    "X-কে", nor inside what someone said; a name that ends in -র itself, "আলমগীর", is no genitive)."""
    si = an.sentence_at(at)
    for before in (si - 1, si - 2):
        if before < 0 or an.doc.sentences[before].is_title:
            return None
        lo, hi = an.sentence_starts[before], an.sentence_starts[before + 1]
        mentioned = an.entity_in(lo, hi)
        for m in reversed(mentioned):
            a, b, e = m
            if e.type == "PER" and not an._inside_content(a) and not an._in_genitive(m) \
                    and accusative_stem(an.text[a:b].split()[-1]) is None:
                return m
        # past one sentence that names no one and whose verb is a person's, its subject dropped too
        # ("… তাঁর স্ত্রী সুমাইয়া কাঁদছিলেন। আবার শোকে পাথর হয়ে বসে ছিলেন। কাঁদতে কাঁদতে বলেন, …")
        # A subject given by a title, a kinsman or a group ("তাঁর বাবা … কাঁদছিলেন", "পরে জেলা প্রশাসক
        # … পরিদর্শন করেন") is someone else's, unnamed: nothing is carried past it.
        toks = [t for t in an.tokens(lo, hi) if _BENGALI_LETTER.search(t.text)]
        if mentioned or not toks or not (toks[-1].text.endswith(an.lex.honorific_endings)
                                         or toks[-1].text in an.lex.honorific_words) \
                or toks[-1].text in an.lex.indirect_questions or "?" in an.text[lo:hi] or an._someone_unnamed(toks):
            return None
    return None


def _is_name_quote(an: _Analyser, a: int, b: int) -> bool:
    inner = an.text[a + 1:b].strip()
    words = [m.group() for m in WORD_RE.finditer(inner)]
    after = [m.group() for m in WORD_RE.finditer(an.text[b + 1:b + 40])]
    if after and after[0] in an.lex.quote_name_words:
        return True
    if after and after[0].startswith(("-এর", "-এ")):
        return True
    ends_like_speech = inner[-1:] in "।,?!" if inner else False
    return len(words) <= 3 and not ends_like_speech


def _headline(an: _Analyser, s: Sentence, si: int) -> list[int]:
    """Headline "X: Y": X's statement when X names a speaker, nothing when X is a topic."""
    text = an.text[s.start:s.end]
    k = text.find(":")
    # "… NOUN X-এর" with no colon, or after a topic's colon ("সীমান্ত হত্যা: জবাবদিহির দাবি মানবাধিকার
    # সংস্থার"); a speaker's colon ("মির্জা ফখরুল: …") keeps the words after it as that speaker's
    before_colon = an.entity_in(s.start, s.start + k) if k > 0 else []
    if k <= 0 or not _only_names(an, s.start, s.start + k) or (
            before_colon and all(m[2].type == "LOC" for m in before_colon)):  # ("গাজা: …" is a topic)
        found = _headline_noun_last(an, s, si)
        if found or k <= 0:
            return found
    sp_a, sp_b = s.start, s.start + k
    ments = an.entity_in(sp_a, sp_b)
    words = [m.group() for m in WORD_RE.finditer(an.text[sp_a:sp_b])]
    end = sp_a + len(an.text[sp_a:sp_b].rstrip())
    # (a person no list backs is the tagger's guess: "গ্যাস লিক" is no one)
    is_speaker = any(e.type == "PER" and b >= end - 1 and an._plausible_person(e) for _, b, e in ments) or (
        words and strip_suffix(words[-1], an.lex.case) in an.lex.titles)
    if not is_speaker or not _only_names(an, sp_a, sp_b):
        # "আপসহীন ছিলেন খালেদা জিয়া: নাহিদ ইসলাম": a clause that ends in a name is what the
        # speaker after the colon said about that person
        found = _headline_speaker_last(an, s, si)
        if found or not is_speaker:
            return found
    sp = an.speaker(sp_a, sp_b)
    ct = an.content(sp_b + 1, s.end)
    if not sp or not ct:
        return []
    if sp.entity is None:
        sp.entity = _resolve_later(an, words)
    return [an.add(_Found(sp, ":", an.stance_of("assert", ct[0]), ct[0], True, sentence=si))]


def _headline_noun_last(an: _Analyser, s: Sentence, si: int) -> list[int]:
    """Headline "CONTENT NOUN X-এর" ("পার্বত্য চুক্তি দ্রুত বাস্তবায়নের আশ্বাস প্রধানমন্ত্রীর"): X's
    statement, NOUN a noun of saying (`headline_nouns`), X a name or a title in the genitive, four
    words at most, that the article names. (After a colon, the content starts there: "সীমান্ত হত্যা:
    জবাবদিহির দাবি মানবাধিকার সংস্থার".)"""
    toks = [t for t in an.tokens(s.start, s.end) if t.text not in ("।", "!", "?")]
    k = next((i for i in range(len(toks) - 2, max(0, len(toks) - 6), -1)
              if toks[i].text in an.lex.headline_nouns), None)
    if k is None or k == 0 or not _is_genitive(toks[-1].text, an.lex.case) \
            or any(t.text in _CLAUSE_MARKS or t.text == ":" for t in toks[k + 1:]) \
            or toks[k - 1].text in an.lex.declared_acts:  # ("… বিপক্ষে দল ঘোষণা পাকিস্তানের": an act)
        return []
    sp = an.speaker(toks[k + 1].start, toks[-1].end)
    if sp is None:
        return []
    if sp.entity is None and not sp.anonymous:
        sp.entity = _resolve_later(an, [t.text for t in toks[k + 1:]])
    # (the clause just before the noun: "সুন্দর বৈঠক হয়েছে, দেশবাসীকে শান্ত থাকার আহ্বান বিএনপির")
    cut = max(an.text.rfind(":", s.start, toks[k].start), an.text.rfind(",", s.start, toks[k].start))
    ct = an.content(cut + 1 if cut >= 0 else s.start, toks[k].start)
    person = an.entity_by_id.get(sp.entity) if sp.entity else None
    # (a person or a body: a place in the genitive is where, "পাহাড়ধসের শঙ্কা চট্টগ্রামের"; and a group the
    # tagger took for a person is no one named, "৫৩ বিশিষ্টজনের")
    if person is None or ct is None or person.type not in ("PER", "ORG") or (
            person.type == "PER" and not an._plausible_person(person)):
        return []
    stance = an.lex.headline_nouns[toks[k].text]
    # (a noun of demand after a clause claims it: "… উন্নতি হয়েছে দাবি সরকারের")
    if toks[k].text in an.lex.headline_claims and toks[k - 1].text.endswith(an.lex.finite_endings):
        stance = "claim"
    return [an.add(_Found(sp, toks[k].text, an.stance_of(stance, ct[0]), ct[0], False, sentence=si))]


def _only_names(an: _Analyser, a: int, b: int) -> bool:
    """Does text[a:b] hold nothing but names and titles ("বিএনপি মহাসচিব মির্জা ফখরুল"), as the
    speaker before a headline's colon does, and no words of a clause ("আপাতত দিল্লিতেই আছেন হাসিনা")?"""
    named = [(x, y) for x, y, _ in an.entity_in(a, b)]
    return all(any(x <= m.start() < y for x, y in named) or an._is_title(m.group())
               or m.group().rstrip(".") in an.lex.honorifics
               for m in WORD_RE.finditer(an.text, a, b))


def _headline_speaker_last(an: _Analyser, s: Sentence, si: int) -> list[int]:
    """Headline "Y: X", the speaker after the colon ("নির্বাচন সফল করতে আমরা প্রস্তুত: প্রধান
    উপদেষ্টা", "… খবর ভিত্তিহীন: পশ্চিমবঙ্গ পুলিশ"), as Bangladeshi papers write most quoted
    headlines: X's words. X is short (five words at most) and names someone: a person, a title, or
    an organisation; a long tail after a colon is the story ("… ধর্মঘট: জেটিতে আটকা … পণ্য")."""
    text = an.text[s.start:s.end]
    k = text.rfind(":")
    if k <= 0:
        return []
    sp_a, sp_b = s.start + k + 1, s.start + len(text.rstrip(" ।!"))
    words = [m.group() for m in WORD_RE.finditer(an.text[sp_a:sp_b])]
    if not 1 <= len(words) <= 5:
        return []
    ments = an.entity_in(sp_a, sp_b)
    is_speaker = any(e.type in ("PER", "ORG") and b >= sp_b - 1 and (e.type == "ORG" or an._plausible_person(e))
                     for _, b, e in ments) or strip_suffix(words[-1], an.lex.case) in an.lex.titles
    # (a part of one person's full name alone, "…: জয়" for "সজীব ওয়াজেদ জয়": often an ordinary word too)
    short = an._named_by_part(words[0]) if not is_speaker and len(words) == 1 \
        and words[0] not in an.lex.generic else None
    if not is_speaker and short is None and not _body_or_country(an, words, ments, sp_a, sp_b):
        return []
    # (a clause ending in a body is the story: "নদী খননে দুর্নীতি: তদন্তে নামল দুদক")
    if _a_verb_among(an, sp_a, sp_b):
        return []
    sp = an.speaker(sp_a, sp_b)
    ct = an.content(s.start, s.start + k)
    if not sp or not ct:
        return []
    if short is not None:
        sp.entity = short
    if sp.entity is None:
        sp.entity = _resolve_later(an, words)
    return [an.add(_Found(sp, ":", an.stance_of("assert", ct[0]), ct[0], True, sentence=si))]


def _a_verb_among(an: _Analyser, a: int, b: int) -> bool:
    """Is a word of text[a:b] outside names and titles a finite verb, in the written or the spoken
    past ("নামল", "দিলেন")?"""
    for m in WORD_RE.finditer(an.text, a, b):
        w = m.group()
        if an.entity_in(m.start(), m.end()) or an._is_title(w) or w in lexicon(an.doc.lang).org_heads:
            continue
        # (the spoken past in "-ল" only in a short verb, "নামল", "দিল": not "মেডিকেল", "প্যানেল", "ফুটবল")
        if w.endswith(an.lex.finite_endings) or w.endswith(("লো", "লেন", "লাম")) or (
                2 < len(w) <= 4 and w.endswith("ল") and w not in _run_on(an.doc.lang).nouns_in_l):
            return True
    return False


def _body_or_country(an: _Analyser, words: list[str], ments: list[tuple[int, int, Entity]], a: int, b: int) -> bool:
    """Is a headline's tail a body by the word that ends its name ("…: গণতন্ত্র মঞ্চ", "…: এবি পার্টি";
    names.toml [org_heads]) or a country ("…: পাকিস্তান"), in the nominative ("…: ইমিগ্রেশনে দীর্ঘ
    লাইন", "…: ভারতের" are no one speaking)? Either speaks for itself."""
    # (a name's genitive inside it is no case of the whole: "বাংলাদেশের কমিউনিস্ট পার্টি", "গণ অধিকার পরিষদ")
    if strip_suffix(words[-1], an.lex.case) != words[-1] or any(
            strip_suffix(w, an.lex.case) != w and not _is_genitive(w, an.lex.case) for w in words[:-1]):
        return False
    if len(words) >= 2 and words[-1] in lexicon(an.doc.lang).org_heads:
        return True
    countries = _body_kinds(an.doc.lang)[2]
    return len(ments) == 1 and ments[0][0] <= a + 1 and ments[0][1] >= b - 1 and ments[0][2].type == "LOC" \
        and ments[0][2].name in countries


def _resolve_later(an: _Analyser, words: list[str]) -> str | None:
    """A headline speaker named by title only ("পাউবোর নির্বাহী প্রকৌশলী"): the person the body
    gives that title."""
    # (one named with the same portfolio first: "স্বরাষ্ট্র উপদেষ্টা" is the home adviser, not another)
    return next(_title_bearers(an, words, same_portfolio=True), None) or next(_title_bearers(an, words), None)


def _title_bearers(an: _Analyser, words: list[str], same_portfolio: bool = False) -> Iterator[str]:
    """The people the article names with the title a phrase ends in, in the order named (an
    entity again each time it is so named); with same_portfolio, only those named with its portfolio."""
    titles = an._titles(words)
    if not titles:
        return
    for a, _b, e in an.mentions:
        if e.type != "PER":
            continue
        # the title the body gives right before the name ("… পাউবোর নির্বাহী প্রকৌশলী রফিক …")
        # (in the same phrase: "লেখক বলেন, “ট্রাম্প …" is no writer named Trump)
        # (nor across a line: a headline ending in the title is no title of the body's first name)
        lead = re.split(r"[,।:;“”‘’\"'\n]", an.text[max(0, a - 60):a])[-1]
        # (right before it, as "স্বরাষ্ট্র উপদেষ্টা লেফটেন্যান্ট জেনারেল (অব.) X" is, not "প্রেসিডেন্ট
        # পদপ্রার্থী হবার জন্য X")
        # (two words at most between: "প্রধানমন্ত্রী স্যার X", "লেফটেন্যান্ট জেনারেল (অব.) X")
        words = lead.split()
        # (a post in two words is one title: "সেনাবাহিনী প্রধান" = "সেনাপ্রধান")
        k = next((k for k in range(len(words) - 1, max(-1, len(words) - 4), -1) if an._is_title(words[k]) or (
            k > 0 and (words[k - 1], words[k]) in an.lex.same_titles)), None)
        if k is None or any(w in _POSTPOSITIONS for w in words[k + 1:]):
            continue
        # (nor another's post in the genitive: "স্বরাষ্ট্র উপদেষ্টার পদত্যাগ চাইলেন অভিনেত্রী X" names
        # no adviser X)
        if k + 1 < len(words) and _is_genitive(words[k], an.lex.case) and words[k] not in an.lex.titles_in_r \
                and strip_suffix(words[k], an.lex.case) != words[k]:
            continue
        words = words[:k + 1]
        before = an._titles(words[-6:])
        if any(t.matches(titles[-1]) and (not same_portfolio or t.portfolio == titles[-1].portfolio) for t in before):
            yield e.id


def _cited_after_the_fact(an: _Analyser, told: list[int], a: int, b: int) -> list[int]:
    """"X-এর বরাত দিয়ে এ তথ্য জানিয়েছে Y" after what was told: each statement credited to Y is
    X's too, nested in Y's, as "X-এর বরাত দিয়ে Y জানিয়েছে, …" is. text[a:b] is what stands
    before the pointer."""
    m = an.lex.cited_re.search(an.text[a:b] + " ") if told else None
    # (the relay right before the pointer, a time or the report at most between: "X-এর বরাত দিয়ে গতকাল
    # এক প্রতিবেদনে এ তথ্য …")
    if m is not None and not all(an._in_time(t.start) or t.text in an.lex.day_words or t.text in an.lex.report_words
                                 or t.text in an.lex.document_determiners for t in an.tokens(min(a + m.end(), b), b)):
        return []
    cited = an.speaker(a, a + m.start()) if m else None
    if m is None or cited is None or not (cited.entity is not None or cited.anonymous
                                          or _names_someone(an, cited.start, cited.end)):
        return []
    return [an.add(replace(an.found[k], speaker=cited, cue=m.group().strip(), nested_in=k, nested_entity=None))
            for k in told]


def _after_the_fact(an: _Analyser, s: Sentence, si: int, sp: Speaker, cue: str, stance: Stance,
                    reported: bool = False) -> list[int]:
    """Sentences before "এ কথা বলেন X" in its paragraph, back to the last statement. (Opening a
    paragraph, a view covers the paragraphs before it back to the headline, a lede credited after;
    a confirmation, "ঘটনার সত্যতা নিশ্চিত করেছেন X", only the paragraph just before: the event told.)"""
    sents = an.doc.sentences
    # (an outlet credits what others said too: "X জানিয়েছে, …। এ তথ্য জানিয়েছে আনন্দবাজার": X's words
    # inside the paper's report, the sentence the paper's as well)
    # (another paper, at home or abroad: not the one that publishes the article)
    outlet = an.entity_by_id.get(sp.entity) if sp.entity and an._an_outlet(sp.entity) else None
    relays = outlet is not None and not an._in_house_style(outlet.name) and not an.publishes(outlet)
    said = {f.sentence for f in an.found if not relays or f.speaker.entity == sp.entity or f.nested_in is not None}
    prior: list[int] = []

    def back(k: int, line: int, reach: int) -> int:
        # a few sentences at most: a body scraped as one line would otherwise reach back to its start
        while k >= 0 and sents[k].line == line and len(prior) < reach and k not in said \
                and not sents[k].is_title:
            prior.append(k)
            k -= 1
            if stance == "confirm" and (toks := an.tokens(sents[k + 1].start, sents[k + 1].end)) \
                    and _a_district_in_the_locative(an, toks[0]):
                return -1  # a round-up's item opens with its district: "লালপুরে …। ওসি X বিষয়টি নিশ্চিত করেছেন।"
        return k

    k = back(si - 1, s.line, _AFTER_THE_FACT_REACH)
    if not prior:
        # "X এই অভিমত দিয়েছে।" opening a paragraph: the paragraph before, and the ones before that
        # back to the headline when no one is quoted there (a lede stated first, credited after)
        while k >= 0 and sents[k].line != s.line and not sents[k].is_title and k not in said \
                and len(prior) < _LEDE_REACH and not (prior and stance == "confirm"):
            k = back(k, sents[k].line, _LEDE_REACH)
        # (only when the walk reached the headline or the last statement: stopped short of both by the
        # reach, the paragraphs are the reporter's story, and the credit covers the one just before)
        if len(prior) > 1 and k >= 0 and not sents[k].is_title and k not in said:
            first = sents[prior[0]].line
            del prior[next((i for i, p in enumerate(prior) if sents[p].line != first), len(prior)):]
    prior.reverse()

    facts = reported or not an.lex.told_facts.isdisjoint(cue.split())

    def told(p: int) -> bool:
        # (a fact told opening with its day, "আজ বুধবার … বৈঠক হয়। … এ তথ্য জানানো হয়েছে", is what
        # was told; before "এসব কথা বলেন" it is the reporter's account of the day)
        toks = an.tokens(sents[p].start, sents[p].end)
        when = next((i for i, t in enumerate(toks) if not an._in_time(t.start)), len(toks)) \
            if facts and not any(o in sents[p].text for o in an.lex.occasions) else 0
        # (nor one that credits its own source, a passive with its document: "ওই বিজ্ঞপ্তিতে … উল্লেখ করা হয়")
        return not _narration(an, sents[p], toks[when:]) and not _points_back(an, toks) \
            and not (_opens_with_a_document(an, toks) and any(c.entry.kind == "passive" for c in an.find_cues(toks)))
    prior = [p for p in prior if told(p)]
    if sp.entity:
        names = [m for m in an.mentions if m[2].id == sp.entity]
        prior = [p for p in prior if not any(sents[p].start <= a < sents[p].end for a, _, _ in names)]
    if any(an.first_person(sents[p].text) for p in prior):
        while prior and not an.first_person(sents[prior[0]].text):
            prior.pop(0)
    out = []
    for p in prior:
        inner = [k for k, f in enumerate(an.found)
                 if f.sentence == p and f.nested_in is None and f.nested_entity is None] if relays else []
        # (what others said there, the paper's report too, each with its content: as a joint statement)
        for k in inner:
            f = an.found[k]
            outer = an.add(_Found(sp, cue, an.stance_of(stance, f.content), f.content, f.direct, sentence=p))
            out.append(outer)
            an.found[k].nested_in = outer
        ct = an.content(sents[p].start, sents[p].end) if not inner else None
        if ct:
            out.append(an.add(_Found(sp, cue, an.stance_of(stance, ct[0]), ct[0], ct[1], sentence=p)))
    return out


def _opens_with_a_document(an: _Analyser, toks: list[_Tok]) -> bool:
    """Does the sentence open with the document it is told in ("আদেশে …", "ওই বিজ্ঞপ্তিতে …"), not a
    charge or a case it is about ("চাঁদাবাজির অভিযোগে …", "হত্যা মামলায় …")?"""
    return bool(toks) and (toks[0].text in an.lex.report_words or (
        len(toks) > 1 and toks[0].text in an.lex.document_determiners and toks[1].text in an.lex.report_words))


def _only_speaker_after(an: _Analyser, toks: list[_Tok], c: _Cue) -> bool:
    """Is all that follows a cue one named speaker ("… এসব নির্দেশনা দেন চেয়ারম্যান মো. করিম।")?"""
    rest = [t for t in toks[c.b:] if t.text not in ("।", "!")]
    if not rest or any(t.text in _CLAUSE_MARKS for t in rest):
        return False
    sp = an.speaker(rest[0].start, rest[-1].end)
    return sp is not None and sp.entity is not None and an.text[sp.start:sp.end].endswith(rest[-1].text)


def _points_back(an: _Analyser, toks: list[_Tok]) -> bool:
    """Does a sentence hold a cue after a pointer ("… সভায় এ নির্দেশনা দেওয়া হয়", "এসব অভিযোগ
    আসলেও …")? It re-attributes what was said before it and says nothing of its own."""
    if any(t.text in an.lex.pointers and nxt.text in an.lex.cues for t, nxt in pairwise(toks)):
        return True
    # (or after "এ কথা", "এসব তথ্য": "সভায় প্রধান অতিথির বক্তব্যে এ কথা বলেন তিনি" credits the speech before it)
    # (a whole cue there, not "এ কথা স্বীকার করতে হবে যে …", an infinitive)
    return any(_after_the_fact_before(an, toks, c.a) for c in an.find_cues(toks))


def _after_the_fact_before(an: _Analyser, toks: list[_Tok], j: int) -> int:
    """How many words right before toks[j] point back to what was said before ("এ কথা", "এসব
    তথ্য", "একথা"): 2, 1, or 0 when none do."""
    return next((k for k in (2, 1) if j - k >= 0 and tuple(t.text for t in toks[j - k:j]) in an.lex.after_the_fact), 0)


def _names_someone(an: _Analyser, a: int, b: int) -> bool:
    """Does text[a:b] name a person: a PER entity, or a title followed by a name?"""
    if any(m[2].type == "PER" for m in an.entity_in(a, b)):
        return True
    words = [strip_suffix(m.group(), an.lex.case) for m in WORD_RE.finditer(an.text[a:b])]
    # a title with a name after it; "নির্বাহী পরিচালক ও মুখপাত্র X" is one person's two titles
    return bool(words) and words[-1] not in an.lex.titles and any(w in an.lex.titles for w in words[:-1])


def _before_a_bracket(an: _Analyser, a: int, b: int) -> tuple[int, int]:
    """text[a:b] trimmed, without a bracket that closes it ("X (৬৭)", "… অ্যাসোসিয়েশন (বিটিএমএ)")."""
    a, b = an.trim(a, b)
    text = an.text[a:b]
    if text.endswith(")") and "(" in text:
        b = an.trim(a, a + text.rindex("("))[1]
    return a, b


def _ends_with_someone(an: _Analyser, a: int, b: int) -> bool:
    """Does text[a:b] end with the person it names, not with words that go on past them ("শেখ
    হাসিনা জাতীয় বার্ন | ও প্লাস্টিক সার্জারি ইনস্টিটিউটের চিকিৎসক X": a body named after her)?
    (An age or a post in brackets after them is no more words: "X (৬৭)".)"""
    a, b = _before_a_bracket(an, a, b)
    persons = [m for m in an.entity_in(a, b) if m[2].type == "PER"]
    return not persons or any(m[1] >= b for m in persons)


def _is_a_body(an: _Analyser, a: int, b: int) -> bool:
    """Is text[a:b] the name of an organisation or a country, whole ("জাতিসংঘ", "ফ্রান্স"), as one
    of two that speak together ("জাতিসংঘ ও ফ্রান্স আহ্বান জানিয়েছে"), maybe with its short name or
    full name in brackets after it ("বাংলাদেশ টেক্সটাইল মিলস অ্যাসোসিয়েশন (বিটিএমএ)")?"""
    a, b = _before_a_bracket(an, a, b)
    return any(m[0] == a and m[1] == b and m[2].type in ("ORG", "LOC") for m in an.entity_in(a, b))


def _relay_chain(an: _Analyser, sp: Speaker) -> tuple[Speaker, Speaker | None, str] | None:
    """A speaker phrase that names a report and the source it cites, as (reporter, cited, the
    relay words): "X-এর বরাতে Y" and "X-কে উদ্ধৃত করে Y" name the cited first; "Y X-কে উদ্ধৃত
    করে লিখেছে" names the reporter first (its name, or its first word, ends where X begins)."""
    window = an.text[sp.start:sp.end + 8]  # the relay's last word can stand outside the phrase
    m = an.lex.cited_re.search(window)
    if not m or m.start() >= sp.end - sp.start:
        return None
    how = m.group().strip()
    if an.text[sp.start + m.end():sp.end].strip():
        reporter_span, cited_a = (sp.start + m.end(), sp.end), sp.start
    else:
        # the reporter is in the nominative: the first name in the phrase not in the genitive
        # ("‘অল্ট নিউজ’-এর সহ-প্রতিষ্ঠাতা মোহাম্মদ জুবায়ের সাংবাদিক X-কে …"), or "পত্রিকাটি"
        first = next((e for s_, e, ent in an.entity_in(sp.start, sp.start + m.start())
                      if ent.type in ("ORG", "PER") and s_ >= sp.start and an.text[e:e + 1] == " "
                      and an._name_itself((s_, e, ent))), None)
        word = WORD_RE.match(an.text, sp.start)
        end = first if first is not None else word.end() if word and (
            word.group().endswith("টি") or word.group() in an.lex.pron_sg or word.group() in an.lex.pron_pl) else None
        if end is None:
            return None
        reporter_span, cited_a = (sp.start, end), end + 1
    cited_b = sp.start + m.start()
    words = an.text[cited_a:cited_b].split()
    # "X-এর এক বিবৃতি উদ্ধৃত করে": X's words; "X-কে উদ্ধৃত করে": X in the accusative
    while words and words[-1] in an.lex.cited_documents:
        cited_b = an.text.rindex(words.pop(), cited_a, cited_b)
        cited_b = len(an.text[:cited_b].rstrip())
    last = an.text[cited_a:cited_b].split()[-1:]
    if last and (last[0] in an.lex.first_person or last[0] in an.lex.pron_sg or last[0] in an.lex.pron_pl):
        return (reporter, None, how) if (reporter := an.speaker(*reporter_span)) else None  # "আমাকে উদ্ধৃত করে"
    if an.text[:cited_b].endswith("কে") and cited_b - 2 > cited_a:
        cited_b -= 2
    reporter, cited = an.speaker(*reporter_span), an.speaker(cited_a, cited_b)
    return (reporter, cited, how) if reporter else None


def _comma_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans between the commas of text (which starts at a), the last ending at b: "A, B, C"
    as three, each after its comma."""
    commas = [a + m.start() for m in re.finditer(",", text)]
    return [(x + (1 if x in commas else 0), y) for x, y in pairwise([a, *commas, b])]


def _expand(an: _Analyser, f: _Found) -> list[tuple[_Found, int | None]]:
    """One found statement as the statements it stands for, each with the index (within the
    returned list) of the one it is nested in:
    "X ও Y বলেন" gives one statement per speaker; "X-এর বরাত দিয়ে Y জানিয়েছে" gives Y's, and X's
    nested in it."""
    sp = f.speaker
    chain = _relay_chain(an, sp)
    if chain:
        reporter, cited, how = chain
        if cited is None:  # "তিনি আমাকে উদ্ধৃত করে লিখেছেন": the reporter's words, no one else's
            return [(replace(f, speaker=reporter), None)]
        return [(replace(f, speaker=reporter), None),
                (replace(f, speaker=cited, cue=how, nested_in=None, nested_entity=None), 0)]
    people = an.joint.get((sp.start, sp.end), []) if sp.entity is None and not sp.anonymous else []
    if people:  # "A এবং B এ ঘোষণা দেন। তারা বলেন, …": one statement for each of the two
        return [(replace(f, speaker=replace(sp, entity=e)), None) for e in people]
    if an.text[sp.end:sp.end + 12].lstrip().startswith(_ET_AL) and "," in sp.text:
        # "A, B, C প্রমুখ বলেন": each one named ("প্রমুখ" trails the phrase, like "আরও")
        items = _comma_items(sp.text, sp.start, sp.end)
        if an.person_ends(sp.end) and all(_names_someone(an, a, b) for a, b in items):
            parts = [an.speaker(*x) for x in items]
            if all(parts):
                return [(replace(f, speaker=p), None) for p in parts if p]
    # (not a joining word inside brackets: "সদস্য (পরিচালনা ও পরিকল্পনা) এয়ার কমোডর X" is one post)
    joins = [j for j in _JOINED.finditer(sp.text)
             if sp.text.count("(", 0, j.start()) <= sp.text.count(")", 0, j.start())]
    for j in joins:
        left, right = (sp.start, sp.start + j.start()), (sp.start + j.end(), sp.end)
        if (_names_someone(an, *left) and _names_someone(an, *right) and _ends_with_someone(an, *left)) or (
                _is_a_body(an, *left) and _is_a_body(an, *right)):
            # "A, B এবং C": the people before the joining word, one by one
            lefts = [left]
            if "," in sp.text[:j.start()] and an.person_ends(sp.end):
                items = _comma_items(sp.text[:j.start()], sp.start, left[1])
                if all(_names_someone(an, a, b) for a, b in items):
                    lefts = items
            parts = [an.speaker(*x) for x in lefts] + [an.speaker(*right)]
            # (one person's two posts, "শুরা সদস্য ও প্রচার ও মিডিয়া বিভাগের পরিচালক X", are one speaker:
            # no two parts that come to the same person)
            named = [p.entity for p in parts if p and p.entity]
            if all(parts) and len(named) == len(set(named)):
                return [(replace(f, speaker=p), None) for p in parts if p]
    return [(f, None)]


def _goes_on_in_the_same_report(an: _Analyser, made: list[int]) -> None:
    """"X বিবিসিকে বলেন, … । তিনি আরও বলেন, …": the same speaker going on is still told to that
    outlet; its statement stays inside the outlet's report."""
    for k in made:
        f = an.found[k]
        if k == 0 or f.nested_in is not None or f.nested_entity is not None or f.speaker.entity is None:
            continue
        prev = an.found[k - 1]
        if prev.nested_entity and prev.speaker.entity == f.speaker.entity and (
                an.goes_on_after(f.speaker.end) or _nothing_but_speaker_and_cue(an, f)):
            f.nested_entity = prev.nested_entity
    for k in made:
        f = an.found[k]
        # an unnamed source right after a foreign outlet's report, in its paragraph and with no channel of
        # its own ("রয়টার্সের প্রতিবেদনে বলা হয়, … । একটি সূত্রের দাবি, …"): a voice the report quotes
        if k == 0 or f.nested_in is not None or f.nested_entity is not None or not f.speaker.anonymous \
                or f.speaker.entity is not None or f.sentence < 0:
            continue
        j = k - 1
        while j >= 0 and an.found[j].nested_in is not None:
            j -= 1  # (the report itself, not a voice already inside it)
        rep = an.found[j] if j >= 0 else None
        outlet = an.entity_by_id.get(rep.speaker.entity) if rep is not None and rep.speaker.entity else None
        if rep is None or outlet is None or rep.nested_entity is not None or not an._relays(outlet) \
                or rep.sentence < 0 or an.doc.sentences[rep.sentence].line != an.doc.sentences[f.sentence].line \
                or not _nothing_but_speaker_and_cue(an, f):
            continue
        f.nested_in = j


def _nothing_but_speaker_and_cue(an: _Analyser, f: _Found) -> bool:
    """Does the sentence hold only the speaker, the cue and the words ("তিনি বলেন, …", "…, আরাগচি
    বলেন।")? Then it names no occasion or channel of its own ("সংবাদ সম্মেলনে তিনি বলেন", "তিনি
    ফেসবুকে লেখেন"), and the one who went on speaking to an outlet is still speaking to it."""
    if f.sentence < 0 or not f.cue:
        return False
    s = an.doc.sentences[f.sentence]
    rest = an.text[s.start:f.content.start] + " " + an.text[f.content.end:s.end]
    if f.speaker.text not in rest or f.cue not in rest:
        return False  # (the cue or the speaker in another sentence: "… । X বিবিসিকে এ তথ্য নিশ্চিত করেছেন")
    rest = rest.replace(f.speaker.text, " ", 1).replace(f.cue, " ", 1)
    return all(w in an.lex.goes_on for w in WORD_RE.findall(rest) if _BENGALI_LETTER.match(w))


def _before_a_passive_close(an: _Analyser, s: Sentence) -> int:
    """Where a running statement's sentence ends its words: before "… বলে জানানো হয়" when it
    closes so (the report goes on: "প্রতিবেদনে বলা হয়, … । কৃষকদের … দেওয়া হবে বলে জানানো হয়।"),
    the impersonal cue being the report's telling, not its words."""
    toks = [t for t in an.tokens(s.start, s.end) if t.text not in ("।", "!", "?")]
    cues = an.find_cues(toks)
    last = cues[-1] if cues else None
    if last is not None and last.entry.kind == "passive" and last.b == len(toks) and last.a > 1 \
            and toks[last.a - 1].text in an.lex.complementiser:
        return toks[last.a - 1].start
    return s.end


def _dangling_cue(an: _Analyser, s: Sentence) -> tuple[Speaker, str, Stance] | None:
    """A verb of speech that ends its sentence with a comma, a colon, a dash or an ellipsis, its words in the next
    paragraph ("আইজিপি বলেন,¶আজ এক বিশেষ পরিস্থিতিতে …"): the speaker before it, the cue and its
    stance; None for any other sentence."""
    toks = an.tokens(s.start, s.end)
    end = len(toks)
    while end > 0 and toks[end - 1].text in (".", "…"):
        end -= 1  # (an ellipsis, as one mark or three stops)
    if end == len(toks):
        if end < 3 or not (toks[-1].text in (",", ":", "-") or toks[-1].text in _DASHES):
            return None
        end -= 1
    cues = [c for c in an.find_cues(toks[:end]) if c.entry.kind == "verb" and c.b == end]
    if not cues or cues[-1].a == 0:
        return None
    c = cues[-1]
    sp = an.speaker(s.start, toks[c.a - 1].end)
    # (someone known, plainly unnamed or named by a post, "দলের মহাসচিব বলেন,": not a story's "সোজা
    # কপালে হাত জিজ্ঞাসা করল,")
    if sp is None or (sp.entity is None and not sp.anonymous and not an._is_title(sp.text.split()[-1])):
        return None
    return sp, " ".join(t.text for t in toks[c.a:c.b]), c.entry.stance


def _told_in_the_first_person(an: _Analyser, s: Sentence, made: list[int]) -> bool:
    """Does the sentence open in the first person before its statements, each of someone named by a
    pronoun ("আমরা … যাই; কিন্তু তিনি … হুমকি দেন")? Then the one speaking in the first person is
    still the speaker before (not "করিম বলেন, আমরা …", a new speaker's own words)."""
    first = min(an.found[k].speaker.start for k in made)
    if not all(an.found[k].speaker.text in an.lex.pron_sg or an.found[k].speaker.text in an.lex.pron_pl for k in made):
        return False
    # (the first person outside what they say: not "“আমরা …,” তিনি বলেন", their own words put first)
    said = sorted((an.found[k].content.start, an.found[k].content.end) for k in made)
    outside, at = [], s.start
    for a, b in said:
        if a > at:
            outside.append(an.text[at:min(a, first)])
        at = max(at, b)
    if at < first:
        outside.append(an.text[at:first])
    return an.first_person(" ".join(outside))


def _runs_on_as(an: _Analyser, running: _Found, content: Span, direct: bool, si: int) -> int:
    """Sentence `si` as the running statement's speech, with no cue of its own; speech told to an
    outlet runs on inside that outlet's report, and speech another speaker recounts ("X বলেন, …
    মন্ত্রী জানান, … । <this sentence>") runs on in both voices: X's, and the other's nested in it."""
    # (an accusation goes on as one: "X অভিযোগ করেন, … । <this sentence>" is X's claim too)
    stance = an.stance_of("assert", content)
    if stance == "assert" and running.stance == "claim":
        stance = "claim"  # (a demand or a question in it is still what it does: other)
    parent = an.found[running.nested_in] if running.nested_in is not None else None
    outer = None
    if parent is not None and parent.content.start <= running.speaker.start \
            and running.content.end <= parent.content.end:
        outer = an.add(_Found(_named(an, parent), "", stance, content, direct,
                              nested_entity=parent.nested_entity, sentence=si))
    return an.add(_Found(_named(an, running), "", stance, content, direct, nested_in=outer,
                         nested_entity=running.nested_entity if outer is None else None, sentence=si))


def _named(an: _Analyser, running: _Found) -> Speaker:
    """Who speech that runs on belongs to, as the article named them: an unnamed source's "তিনি"
    ("… এক কর্মকর্তা জানান, … তিনি বলেন, …") is that official, whose words carry on."""
    sp = running.speaker
    if not (sp.anonymous and sp.entity is None and (sp.text in an.lex.pron_sg or sp.text in an.lex.pron_pl)):
        return sp
    for f in reversed(an.found):
        if f.content.start < running.content.start and f.speaker.anonymous \
                and f.speaker.text not in an.lex.pron_sg and f.speaker.text not in an.lex.pron_pl:
            return f.speaker
    return sp


def _opener_of(an: _Analyser, f: _Found) -> int | None:
    """Where the opening quotation mark of a statement's words stands, if they are quoted."""
    return next((k for k in range(f.content.start - 1, max(f.speaker.start, f.content.start - 3) - 1, -1)
                 if an.text[k] in _OPENING_QUOTES), None)


def _open_in_paragraph(an: _Analyser, f: _Found, line_end: int) -> bool:
    """Is the quotation a statement's words stand in left unclosed in its paragraph? The
    paragraph's later sentences are inside it: "X বলেন, “আমরা ভয়ে আছি। গত বছরও ফসল গেছে।"."""
    opener = _opener_of(an, f)
    return opener is not None and not any(q.open == opener and q.closed
                                          for q in an.quotes(opener, line_end))


def _left_open(an: _Analyser, f: _Found, line_end: int) -> bool:
    """Is the quotation a statement's words stand in still open at the end of its paragraph? News
    quoting a long answer often closes it only paragraphs later ("X বলেন, ‘… ।¶… ।’")."""
    if not _open_in_paragraph(an, f, line_end):
        return False
    opener = _opener_of(an, f)
    assert opener is not None
    # and closed later, before another opens: a mark never closed is a slip, not a long quotation;
    # one that opens the next paragraph goes on with it (a long quotation opens each of its
    # paragraphs and closes only the last)
    closer = {"“": "”", "‘": "’", "«": "»"}[an.text[opener]]
    after = an.text[line_end:line_end + 1500]
    close_at, open_at = after.find(closer), after.find(an.text[opener])
    if open_at >= 0 and not after[:open_at].strip():
        return True
    return close_at >= 0 and (open_at < 0 or close_at < open_at)


def _answer(an: _Analyser, s: Sentence, si: int, turn: Turn) -> None:
    """A sentence of an interview's answer as a statement of the one answering (the question
    before it is the interviewer's, and says nothing attributed)."""
    if not turn.answer:
        return
    sp = an.speaker(turn.label.start, turn.label.end)
    ct = an.content(turn.words_start, s.end)
    if sp is not None and ct is not None:
        an.add(_Found(sp, "", an.stance_of("assert", ct[0]), ct[0], True, sentence=si))


def _quoted_headline(an: _Analyser) -> _Found | None:
    """A headline that is a quotation and nothing else ("‘পৃষ্ঠপোষকতার রাজনীতি নয়, … করতে চাই’") is
    the words of whoever the body quotes saying the same: the statement whose content shares most
    of the headline's words (half at least). Without one it stays unattributed."""
    title = next((k for k, s in enumerate(an.doc.sentences) if s.is_title), None)
    if title is None or not an.found:
        return None
    s = an.doc.sentences[title]
    line = s.text.strip()
    if len(line) < 3 or line[0] not in "‘“'\"" or line[-1] not in "’”'\"" or any(
            ch in _QUOTE_CHARS for ch in line[1:-1]):
        return None
    ct = an.content(s.start, s.end)
    if ct is None or any(s.start <= f.content.start < s.end for f in an.found):
        return None
    words = {w for w in WORD_RE.findall(ct[0].text) if len(w) > 1}
    if len(words) < 3:
        return None

    def shared(f: _Found) -> float:
        return len(words & set(WORD_RE.findall(f.content.text))) / len(words)

    best = max((f for f in an.found if f.content.start >= s.end), key=shared, default=None)
    if best is None or shared(best) < 0.5:
        return None
    return _Found(best.speaker, "", an.stance_of("assert", ct[0]), ct[0], True, sentence=title)


def statements(doc: Document) -> Document:
    if not doc.sentences:
        return doc
    if is_svo(doc.lang):  # English and other subject-verb-object packs
        return replace(doc, statements=attribute(doc))
    if doc.lang != "bn":
        return doc
    an = _Analyser(doc)
    lines = doc.lines
    by_line: dict[int, list[int]] = {}
    for si, s in enumerate(doc.sentences):
        by_line.setdefault(s.line, []).append(si)
    still_open: _Found | None = None  # a quotation left open at the end of its paragraph goes on in the next
    turns = interview_turns(doc)
    told_next: tuple[Speaker, str, Stance] | None = None  # a cue that ended its paragraph, its words next
    for li, sis in by_line.items():
        if lines[li].boilerplate:
            continue
        running, still_open = still_open, None
        run_direct = running is not None
        pending, told_next = told_next, None
        paused: _Found | None = None  # first-person speech the reporter broke into, in this paragraph,
        paused_at = -1  # by the sentence here
        for si in sis:
            s = doc.sentences[si]
            if si in turns:  # an interview's turn: the answers are the interviewee's own words
                running = None
                _answer(an, s, si, turns[si])
                continue
            made = _analyse_sentence(an, s, si)
            _goes_on_in_the_same_report(an, made)
            if pending is not None and si == sis[0] and not made and running is None:
                # "X বলেন,¶<paragraph>": the words the cue that ended the paragraph before announced
                sp, cue, stance = pending
                ct = an.content(s.start, s.end)
                if ct is not None and not an.quotes(s.start, s.end) and _runs_on(an, s, sp, True):
                    direct = ct[1] or an.first_person(s.text)
                    running = an.found[an.add(_Found(sp, cue, an.stance_of(stance, ct[0]), ct[0], direct,
                                                     sentence=si))]
                    run_direct = direct
                    continue
            if not made and si == sis[-1]:
                told_next = _dangling_cue(an, s)
            if made and running is not None and all(an.found[k].subordinate for k in made) \
                    and (ct := an.content(s.start, s.end)) is not None and _runs_on(an, s, running.speaker, run_direct):
                # the last speaker goes on, and reports another's words inside ("কারণ, বিএনপি যেখানে …
                # আহ্বান করছে, সেখানে …"): the run-on sentence carries the other's statement
                outer = _runs_on_as(an, running, ct[0], run_direct, si)
                for k in made:
                    an.found[k].nested_in = outer
                continue
            if made and running is not None and an.author_voice < 2 and _told_in_the_first_person(an, s, made) \
                    and (ct := an.content(s.start, s.end)) is not None:
                # the speaker goes on in the first person and tells what another did or said inside it
                # ("… । আমরা পরিচালকের কাছে যাই; কিন্তু তিনি আমাদের মারধরের হুমকি দেন।"): the speaker's
                # sentence, which carries the other's statement
                run_direct = True
                outer = _runs_on_as(an, running, ct[0], run_direct, si)
                for k in made:
                    an.found[k].nested_in = outer
                continue
            if made and running is not None and an.found[made[-1]].speaker.text in an.lex.indefinite:
                # "… অনেকে বলছেন, আমরা সম্পদ নষ্ট করছি। …" inside a speaker's words: what many say, told
                # by the one speaking, who goes on
                continue
            if made:
                paused = None
                last = an.found[made[-1]]
                quoted = any(ch in an.text[last.content.start - 1:last.content.start] for ch in _QUOTE_CHARS)
                # "CONTENT বলে জানান X।" closes with its speaker: the next sentence is narration
                # and so does "X OBJECT অস্বীকার করেন।": an act reported, not speech that runs on
                after = an.text[last.content.end:last.content.end + len(last.cue) + 3].lstrip(" ,'’\"”")
                object_first = bool(last.cue) and after.startswith(last.cue)
                # (many, some: "অনেক মা অভিযোগ করেন, …" brings up a topic in a sentence; what follows is
                # the writer's, not more of theirs)
                said_by = last.speaker.text.split()
                some = said_by[-1] in an.lex.indefinite_many or (
                    len(said_by) > 1 and said_by[-2] in an.lex.indefinite_many)
                running = last if (last.cue and not quoted and last.speaker.start < last.content.start
                                   and not object_first and not last.quoted and not some
                                   and an.restated_speaker(last.content.start, doc.sentences[last.sentence].end
                                                          if last.sentence >= 0 else last.content.end) is None
                                   and not _gives_a_view(an, last.cue) and not _recalled(an, last)) else None
                if quoted and last.cue and _open_in_paragraph(an, last, lines[li].end):
                    running = last  # "X বলেন, ‘… । …" and no closing mark: the quotation goes on
                    last.direct = True  # (inside quotation marks, closed or not, are their own words)
                    if si == sis[-1] and _left_open(an, last, lines[li].end):
                        still_open = running
                run_direct = bool(running and running.direct)
                continue
            if running is None:
                # (or two, when it speaks as "আমরা", as officials and bodies do; a column's author goes on
                # with "আমি …")
                if paused is not None and an.author_voice < 2 and (si == paused_at + 1 or (
                        si == paused_at + 2 and _run_on(doc.lang).speaker_i.isdisjoint(s.text.split()))) \
                        and an.first_person(s.text) and not an.quotes(s.start, s.end) \
                        and not any(_brings_in_someone(an, doc.sentences[k], paused.speaker)
                                    for k in range(paused_at, si)) \
                        and (ct := an.content(s.start, s.end)) is not None and _runs_on(an, s, paused.speaker, True):
                    # the speaker's own words again right after one sentence of the reporter's aside
                    # ("বক্তারা বলেন, আমরা …। তার বিরুদ্ধে রয়েছে নানা অভিযোগ। যে কারণে তাকে পদত্যাগের দাবি
                    # জানাই।"): a news report says "আমরা" only in someone's words (a column's author goes
                    # on in the first person for longer, and is not taken so)
                    running, paused, run_direct = paused, None, True
                    _runs_on_as(an, running, ct[0], True, si)
                    continue
                if an.author_voice < 2 and an.first_person(s.text) and not an.quotes(s.start, s.end):
                    an.author_voice += 1  # "আমি", "আমরা" where no one is speaking: the author's own voice
                continue
            ct = an.content(s.start, _before_a_passive_close(an, s))
            figures = running.cue in _run_on(doc.lang).figure_cues
            stoks = an.tokens(s.start, s.end)
            if ct is None or not _runs_on(an, s, running.speaker, run_direct, figures) or (
                    _cited_view(an, running.cue) and _new_subject(an, stoks, running.speaker)) or (
                    _introduces_someone(an, stoks, running.speaker) and not an.first_person(s.text)
                    and not _future(an, stoks) and running.speaker.text.split()[-1] not in an.lex.report_words):
                paused, paused_at = (running if run_direct else None), si
                running = None
                continue
            run_direct = run_direct or ct[1]
            went_on = an.found[_runs_on_as(an, running, ct[0], run_direct, si)]
            if si == sis[-1] and _left_open(an, running, lines[li].end):
                still_open = running
            if went_on.nested_in is not None:  # a recounted voice runs on one sentence; then the recounter's
                running = an.found[went_on.nested_in]
    head = _quoted_headline(an)
    if head is not None:  # first, where it stands (the indices of nested statements move up one)
        for f in an.found:
            if f.nested_in is not None:
                f.nested_in += 1
        an.found.insert(0, head)
    # joint and cited statements, then ids
    final: list[tuple[_Found, int | None]] = []
    index_map: dict[int, int] = {}
    for i, f in enumerate(an.found):
        if an.own_reporter(f.speaker):
            continue  # the paper's own correspondents tell the news; they are no source
        if not an.lex.conditionals.isdisjoint(f.speaker.text.split()):
            continue  # "তারা যদি আমাদের বলতেন, …": what someone would have said, had they said it
        if (words := f.content.text.split()) and all(w in an.lex.indirect_questions for w in words):
            continue  # what was left of a content is a relative pronoun alone: a teaser ("… মন্তব্য, যে হুঁশিয়ারি দিলেন X")
        base = len(final)
        index_map[i] = base
        final.extend((g, None if local is None else base + local) for g, local in _expand(an, f))
    out = []
    for i, (f, local_parent) in enumerate(final):
        nested = None
        if local_parent is not None:
            nested = f"s{local_parent + 1}"
        elif f.nested_in is not None and f.nested_in in index_map:
            nested = f"s{index_map[f.nested_in] + 1}"
        elif f.nested_entity:
            nested = f.nested_entity
        stance = "other" if (f.stance == "assert" and _told_to_do(an, f)) or _a_demand_so_called(an, f) else f.stance
        out.append(Statement(id=f"s{i + 1}", speaker=f.speaker, cue=f.cue, stance=stance, content=f.content,
                             direct=f.direct, nested_in=nested))
    return replace(doc, statements=out)


def _a_demand_so_called(an: _Analyser, f: _Found) -> bool:
    """A claim made with "দাবি" whose content is a demand ("… দাবি করেন, আটক সবাইকে মুক্তি দিতে
    হবে") or an act asked for ("খালেদা জিয়ার মুক্তি দাবি করে আসছেন"): "দাবি" is a demand too, and
    the conventions give a demand other, whatever the cue."""
    if f.stance != "claim" or not f.cue.startswith(an.lex.demand_cues):
        return False
    last = f.content.text.split()[-1:] if f.content.text else []
    return _is_demand(an.doc.lang, f.content.text) or bool(last and last[0] in an.lex.demanded_nouns)


def _told_to_do(an: _Analyser, f: _Found) -> bool:
    """"বিজিবিকে কঠোর সতর্কতা অবলম্বন করতে বলেছেন X": what someone was told to do, the verb of
    saying right after the infinitive that ends it, is a request (other), as the conventions have
    demands; not speech after the verb ("X বলেন, … টাকা পাঠাতে"), where the infinitive is a purpose."""
    if f.cue not in _demand(an.doc.lang).told_to or not f.content.text:
        return False
    last = last_words(f.content.text, 1)
    # (a verb's infinitive, "করতে", "থাকতে"; not a place or a time, "ফেব্রুয়ারিতে", "রাতে")
    return bool(last) and last[0] in an.lex.infinitives \
        and an.text[f.content.end:f.content.end + len(f.cue) + 2].lstrip().startswith(f.cue)
