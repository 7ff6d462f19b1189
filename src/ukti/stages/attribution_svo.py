"""Who said what, for languages that put the verb between subject and object (English).

The Bengali stage reads a verb-final clause; here the cue sits in the middle and may come
before or after its speaker ("X said …", "…, X said", "…, said X, …", "According to X, …").
All words come from the pack's `cues.toml` (cue verbs with their stance, recipients, anonymous
nouns, rejection words, phrases that attribute nothing, the words that shape a speaker phrase),
so another SVO language is a data pack.

Patterns, in the order they are tried on each body sentence:
  0. a transcript turn "NAME: words" takes its whole paragraph;
  1. a quotation with its attribution next to it: "Q," X said. / "Q," said X. / X said: "Q" /
     "Q" ― Name; the second part of a quotation split by its cue ("Q1," X said, "Q2") and a
     sentence or paragraph that is only a quotation, right after one, continue that speaker,
     and "X reports:" ending a paragraph owns the next paragraph's quotation;
  2. "According to X, C." and "C, according to X.";
  3. a cue outside quotation marks: "C, X said." / "C, said X, …" / "X said (that) C", with
     "X reported, citing Y, that C" giving Y's statement nested in X's, and "X admitted C1, and
     said C2", "X said C1, adding C2", "X said C1, while Y said C2" giving two statements;
  4. a headline "Speaker: words", "words: Speaker" or "X says …".
A speaker phrase keeps its apposition whole ("Sen. X (R-Ky.), a Republican from Y, who …",
"a lawyer for Z, Name,") and loses what is not who spoke: the scene before it ("In a statement,
X"), an aside on the occasion ("X, speaking at …,"), why a source is unnamed and a relative clause
that reports something of its own. Real news attributes findings, beliefs and plans too ("polls
show", "X found that"): such cues give way to a speech verb in the same sentence. Papers that write
a double quotation mark as two apostrophes (''…'') are read as if it were one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ukti.lang import load_pack
from ukti.model import Document, Span, Speaker, Statement
from ukti.stages.segment import sentence_rules, split_sentences
from ukti.textutil import quote_spans

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-.]*")
_TRIM = " ,;:—–-\"“”'‘’"
_TOLD = ("told", "tells", "tell")
# a lead-in of a few words, a comma or colon, and an opening quotation mark
_LEAD_THEN_QUOTE = re.compile(r"([^“”\"\n]{0,80}?[,:]\s*)[“\"]")
# after a quotation: its speaker (a pronoun or a name of up to four words) and a verb in the past
# of how it was said, with an adverb at most, ending the sentence ('"…," Toomey fumed.')
_MANNER_AFTER = re.compile(
    r"[,?!]?\s*((?:[Hh]e|[Ss]he|[Tt]hey|I|We|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}))\s+([a-z]+ed(?:\s+(?:aloud|back|again|twice|[a-z]+ly))?)\s*[.!?]?\s*$")
# before a quotation: a name of up to six words (or a pronoun) and a colon, or with a verb in the
# past or "went on", "put it" ("She went on: …", "Pew Research: …")
_NAME_COLON = re.compile(  # (after a headline and a dash, as digests cite: "Why polls missed - X and Y: …")
    r"(?:[^:“”\"\n]*\s[-—–]\s+)?\s*((?:[Hh]e|[Ss]he|[Tt]hey|(?:[A-Z][\w.’'\-]*\s*(?:and\s+)?){1,6}?))"
    r"(\s+(?:[a-z]+ed|went on|put it))?\s*:\s*$")
# a comma, then a short subject (a name, a pronoun, a number or share) right before a cue
_COMMA_SUBJECT = re.compile(
    r",\s+(?:[A-Z][\w.’'\-]*|he|she|they|we|another|others|one|some|many|most|\d[\d,.]*%?)(?:\s+[\w.’'\-()]+){0,7}?\s+(?:\w+ly\s+)?$")
_DETERMINERS = ("a", "an", "the", "this")
# what opens an aside between commas inside a clause ("the bridge, which cost $2 million, was safe")
_ASIDE_OPENING = re.compile(r"\s*(?:which|who|whose|in (?:his|her|their|its) words)\b")
# the setting of what was said before "that" opens it: "in a press release that", "at a rally on Sunday that"
_SETTING_THAT = re.compile(r"\s*(?:(?:in|at|during|via|through)\s+(?:an?|the|his|her|their|its)\s+[\w\-]+"
                           r"(?:\s+[\w\-]+){0,4}?|from\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+that\s+")
# one told, by name: "told The Huffington Post (on Thursday)", "told CNN", "told New York magazine"
_TOLD_NAME = re.compile(
    r"\s*(?:[A-Z][\w.’'\-]*\s*)+(?:(?:magazine|newspaper|radio|television|station|show|program|podcast|"
    r"website|channel|network)\b\s*)*(?:[A-Z][\w.’'\-]*\s*)*(?:\s*(?:on|in|last)\s+[A-Z]?\w+(?:\s+\w+)?\b)?")
# the noun after a recipient's determiner ("told a| crowd", "told the| Senate panel")
_DETERMINED = re.compile(r"(?:(?:\s+[A-Z][\w.’'\-]*)+|\s+[a-z][\w\-]*)\b")
# ", and he and Mr. Trump still speak …": a clause with its own subject after what was said
_AND_NEW_SUBJECT = re.compile(
    r",\s+(?:and|but)\s+(?:he|she|they|it|we|[A-Z][a-z]+\.?(?:\s+[A-Z][\w.’'\-]*)*)\s+(?!and\b|or\b|of\b)[a-z]")
# "X endorsed Y in the primary, launched a petition …": the subject's next deed, not what was said
_THEN_VERB = re.compile(r",\s+(?:then\s+|also\s+|later\s+)?([a-z]+ed)\b(?:[^,]|(?<=\d),(?=\d))*$")
# words that open a clause of their own after a comma (the writer's, after what was said)
_CLAUSE_WORDS = frozenset(("which", "who", "whose", "where", "although", "though", "while", "even as"))
# a name or pronoun, then a lower-case word (after an adverb or two): maybe its verb
_CLAUSE_OPENING = re.compile(
    r"((?:The|A|An)\s+[a-z\-]+|(?:[Tt]he\s+)?(?:[A-Z][\w.’'\-]*\s+)*[A-Z][\w.’'\-]*|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)(?:’s|'s)?\s+(?:[a-z]+ly\s+){0,2}([a-z]+)\b")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    stance: dict[str, str]        # cue word (lower case) -> stance
    phrases: dict[str, str]       # multiword cue (lower case) -> stance
    phrase_re: re.Pattern[str]    # any of them, longest first
    recipients: frozenset[str]
    singular: frozenset[str]
    plural: frozenset[str]
    anonymous: frozenset[str]
    rejection: tuple[str, ...]
    not_statements: tuple[str, ...]
    openers: frozenset[str]
    invertible: frozenset[str]
    participles: frozenset[str]
    intro: frozenset[str]
    weak: frozenset[str]
    naming: frozenset[str]
    roles: frozenset[str]
    speaker_openers: frozenset[str]
    adverbs: frozenset[str]
    ly_nouns: frozenset[str]  # "family", "ally": nouns in -ly, no adverbs ("The victim's family said")
    quantifiers: frozenset[str]  # "several", "some": a group counted, not named ("several traders at Karwan Bazar")
    plural_verbs: frozenset[str]  # "have", "are": after a cue in -s they make it a noun ("worries have dogged")
    counting_words: frozenset[str]  # "some", "many": before a cue in -s they make it a noun ("some calls")
    conjunctions: frozenset[str]  # "but", "and": after a quotation they go on with the sentence's subject
    setting_adverbs: frozenset[str]  # "just", "shortly": before a time or place after the cue ("just after midnight")
    subordinators: str              # alternatives of a pattern
    aside_openers: frozenset[str]
    apposition_ing: frozenset[str]
    naming_after: frozenset[str]
    naming_subjects: frozenset[str]
    name_links: frozenset[str]
    auxiliaries: frozenset[str]
    clause_verbs: frozenset[str]    # verbs not ending in -ed that make "X verb …" a clause
    abbrev_end: re.Pattern[str]   # text ending on "Sen", "U.S" or an initial (a name or a place goes on after it)
    unnamed_why: tuple[str, ...]
    not_subjects: frozenset[str]    # words a subject never opens on ("of", "against", "and")
    recipient_re: re.Pattern[str]
    labels: frozenset[str]          # a page's labels before a colon ("CORRECTION:"), no speaker
    time_tail_re: re.Pattern[str]   # "… on Sunday", "… this past week" ending a subject
    time_head_re: re.Pattern[str]   # "In March", "Earlier this year" opening one
    rejection_re: re.Pattern[str]
    passive_re: re.Pattern[str]     # "was (first) …" before a cue: a passive
    determiner_re: re.Pattern[str]  # "the …", "his …" before a cue: a noun
    modifier_re: re.Pattern[str]    # "in a message …" before a cue in -ed: a participle on the noun
    aside_re: re.Pattern[str]       # ", which …" / ", dealing …" closing what was said
    occasion_re: re.Pattern[str]    # " on Thursday, …" / " in an interview …" closing what was said
    elapsed_re: re.Pattern[str]     # "several months after", "two days later": when, after a cue
    found_in_re: re.Pattern[str]    # "In the latest poll, …": a source opening a sentence


# what follows a participle on a noun: when, where or by whom ("posted Friday,", "released on …")
_PARTICIPLE_TAIL = re.compile(r"\s*(?:,|(?:on|in|by|at|earlier|last|this|online|late|early|yesterday|today|"
                              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


@cache
def _lexicon(code: str) -> _Lexicon:
    t = load_pack(code).table("cues")
    words = t.get("words", {})
    recipients = frozenset(words.get("recipients", []))
    alternatives = "|".join(re.escape(r) for r in sorted(recipients, key=len, reverse=True))
    # "X yesterday said": a time word alone after the subject (none in a pack without the list)
    lone_times = "|".join(words.get("lone_times", []))
    return _Lexicon(
        stance={w.lower(): s for s, ws in t.get("cues", {}).items() for w in ws},
        phrases={k.lower(): v for k, v in t.get("phrases", {}).items()},
        phrase_re=re.compile(r"\b(?:" + "|".join(re.escape(k.lower()) for k in sorted(
            t.get("phrases", {}), key=len, reverse=True)) + r")\b"),
        recipients=recipients, singular=frozenset(words.get("pronouns_singular", [])),
        plural=frozenset(words.get("pronouns_plural", [])), anonymous=frozenset(words.get("anonymous", [])),
        rejection=tuple(words.get("rejection", [])), not_statements=tuple(words.get("not_statements", [])),
        openers=frozenset(words.get("openers", [])), invertible=frozenset(words.get("invertible", [])),
        participles=frozenset(words.get("participles", [])), intro=frozenset(words.get("intro", [])),
        weak=frozenset(words.get("weak", [])), naming=frozenset(words.get("naming", [])),
        subordinators="|".join(re.escape(w) for w in words.get("subordinators", [])),
        speaker_openers=frozenset(words.get("speaker_openers", [])),
        roles=frozenset(words.get("roles", [])), adverbs=frozenset(words.get("adverbs", [])),
        ly_nouns=frozenset(words.get("ly_nouns", [])),
        quantifiers=frozenset(words.get("quantifiers", [])),
        plural_verbs=frozenset(words.get("plural_verbs", [])),
        counting_words=frozenset(words.get("counting_words", [])),
        conjunctions=frozenset(words.get("conjunctions", [])),
        setting_adverbs=frozenset(words.get("setting_adverbs", [])),
        aside_openers=frozenset(words.get("aside_openers", [])),
        apposition_ing=frozenset(words.get("apposition_ing", [])),
        naming_after=frozenset(words.get("naming_after", [])),
        naming_subjects=frozenset(words.get("naming_subjects", [])),
        name_links=frozenset(words.get("name_links", [])),
        auxiliaries=frozenset(words.get("auxiliaries", [])),
        clause_verbs=frozenset(words.get("clause_verbs", [])),
        unnamed_why=tuple(words.get("unnamed_why", [])),
        not_subjects=frozenset(words.get("not_subjects", [])),
        abbrev_end=re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(
            re.escape(w) for w in sorted(sentence_rules(code).abbreviations)) + r"))$"),
        time_tail_re=re.compile(r"\s+(?:(?i:" + "|".join(sorted(words.get("time_leads", []), key=len, reverse=True))
                                + r")\s+)+(?:" + "|".join(words.get("weekdays", []) + words.get("time_words", []))
                                + r")\s*$" + (r"|\s+(?:" + lone_times + r")\s*$" if lone_times else "")),
        time_head_re=re.compile(r"^(?:(?:(?i:" + "|".join(sorted(words.get("time_leads", []), key=len, reverse=True))
                                + r")\s+)+(?:" + "|".join(words.get("weekdays", []) + words.get("time_words", []))
                                + r")\b[\s,]*|(?:" + "|".join(words.get("weekdays", []) + words.get("time_words", []))
                                + r")\s+(?=[a-z]))"),  # … or a bare one before a lower-case word ("March the")
        labels=frozenset(words.get("labels", [])),
        rejection_re=re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words.get("rejection", [])) + r")\b"),
        passive_re=re.compile(r"\b(?:" + "|".join(words.get("passive", []))
                              + r")\s+(?:\w+ly\s+|first\s+|also\s+|not\s+)?$"),
        determiner_re=re.compile(r"\b(?:" + "|".join(words.get("determiners", [])) + r")\s+$"),
        modifier_re=re.compile(r"\b(?i:" + "|".join(words.get("prepositions", [])) + r")\s+(?:"
                               + "|".join(words.get("determiners", [])) + r")\s+(?:[\w'’-]+\s+){1,3}$"
                               if words.get("prepositions") else "(?!)"),
        occasion_re=re.compile(r"\s(?:(?:on|last|this)\s+(?:" + "|".join(words.get("weekdays", []))
                               + r")\b(?=\s*(?:,|$|in\b|at\b|during\b))|(?:" + "|".join(words.get("weekdays", []))
                               + r")$|(?:" + "|".join(
                                   re.escape(w) for w in words.get("occasions", [])) + r")\b)"),
        elapsed_re=re.compile(r"\s*(?:[\w\-]+\s+){0,2}?(?:"
                              + "|".join(re.escape(w) for w in words.get("time_units", [])) + r")\s+(?:"
                              + "|".join(re.escape(w) for w in words.get("time_relations", [])) + r")\b"
                              if words.get("time_units") else "(?!)"),
        # (the words before the source noun hold no preposition: not "In response to the report,")
        found_in_re=re.compile(r"\s*in\s+((?:(?!(?:to|of|for|with|on|in|at|by|from|after|over)\s)[^\s,.;:“\"]+\s+){0,6}?(?:"
                               + "|".join(words.get("finding_sources", []) or ["(?!)"])
                               + r")\b(?:,[^,]{0,80}(?=,))?)\s*,\s+", re.IGNORECASE),
        # (a comma inside a figure, "30,000", ends nothing)
        aside_re=re.compile(r",\s+(" + "|".join(words.get("closing_asides", []))
                            + r"|[a-z]+ing)\b(?:[^,]|(?<=\d),(?=\d))*$"),
        # "told reporters", "told this correspondent", "told the Senate panel"
        recipient_re=re.compile(r"\s*((?:the |this |a |an )?(?:[A-Za-z\-]+ ){0,2}?(?:" + alternatives + r"))\b"))


def is_svo(code: str) -> bool:
    return load_pack(code).table("cues").get("grammar") == "svo"


@dataclass(slots=True)
class _Found:
    speaker: Speaker
    cue: str
    stance: str
    content: Span
    direct: bool
    nested_in: int | None = None  # index into the found list


# a head noun that works for or belongs to the name after it: the speaker is not that name
_FOR_SOMEONE = re.compile(r"\b(?:of|for|to|representing|behind)\s")


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.orig = doc.text
        # Some papers write a double quotation mark as two apostrophes (''…''). They are read as
        # one straight mark and a space, so offsets stay those of the article.
        self.text = doc.text.replace("''", '" ')
        # a paragraph that opens on a closing mark (”Mr. Trump …) opens a quotation: a typo
        self.text = re.sub(r"(?m)^(\s*)”(?=\w)", "\\1“", self.text)
        self.lex = _lexicon(doc.lang)
        # (start, end, entity id, type) of every mention of a person or body, to link a speaker phrase
        self.named = sorted((m.start, m.end, e.id, e.type) for e in doc.entities if e.type in ("PER", "ORG")
                            for m in e.mentions)
        self.found: list[_Found] = []
        self.last_person: Speaker | None = None
        self.last_group: Speaker | None = None
        # "The New York Times reports:" ending a paragraph: its words are the next paragraph's
        # quotation (speaker, cue, stance), kept until that paragraph is read
        self.announced: tuple[Speaker, str, str] | None = None
        # a headline names what was said in a word ("Union endorses Clinton"); a sentence does not
        self.in_headline = False

    # ---- pieces ---------------------------------------------------------------------
    def span(self, a: int, b: int) -> Span | None:
        """text[a:b] with surrounding punctuation and spaces trimmed, or None if empty."""
        while a < b and self.text[a] in _TRIM + "\n":
            a += 1
        while b > a and self.text[b - 1] in _TRIM + ".\n":
            b -= 1
        # a quotation that opens inside keeps its closing mark ('the plan “reckless”', not '“reckless')
        if b < len(self.text) and ((self.text[b] == "”" and self.text.count("“", a, b) > self.text.count("”", a, b))
                                   or (self.text[b] == '"' and self.text.count('"', a, b) % 2 == 1)):
            b += 1
        return Span(a, b, self.orig[a:b]) if b - a >= 2 or self.text[a:b] == "I" else None

    def speaker(self, a: int, b: int) -> Speaker | None:
        """The speaker in text[a:b], whole with its apposition ("Sen. X, a Republican from Y")."""
        s = self.span(a, b)
        # a page's label before a colon ("Sources: …", "Watch: “…”") is no one; "sources said" is
        # ("Video shows that C" is a source as PolNeAR reads it: a video, a photo, records)
        if s is None or (s.text.strip(_TRIM).lower() in self.lex.labels
                         and self.text[s.end:s.end + 3].lstrip(" ”\"'’")[:1] in (":", "")):
            return None
        # "Speaking at a meeting in Karwan Bazar, he": the setting is not the speaker
        if s.text.split(" ", 1)[0] in self.lex.participles and "," in s.text:
            s = self.span(s.start + s.text.rindex(",") + 1, s.end) or s
        # "Two KCAA officials, who spoke on condition of anonymity": why they are unnamed is not
        # who they are; any other relative clause says who the speaker is and stays
        # … nor one that is a statement of its own ("Mr. Kamin, who emphasized that …, said")
        cut = re.search(r",?\s+who\b", s.text)
        if cut and cut.start() > 0 and (any(w in s.text[cut.start():] for w in self.lex.unnamed_why)
                                        or any(re.match(r"\s+that\b", self.text[c[1]:s.end])
                                               for c in self.cues(s.start + cut.end(), s.end, []))):
            s = self.span(s.start, s.start + cut.start()) or s
        first = s.text.split(" ", 1)[0]
        opener = first in self.lex.openers or (first.islower() and first.capitalize() in self.lex.openers)
        if opener and " " in s.text:
            s = self.span(s.start + len(first), s.end) or s
        # "The nominee aggressively attacked": the adverb is the verb's
        # … and so is an auxiliary ("Trump is promising", "she has"), up to "Trump is once again"
        while (tail := re.search(r"\s+([a-z]+)$", s.text)) and tail.start() > 0 \
                and ((tail.group(1).endswith("ly") and tail.group(1) not in self.lex.ly_nouns)
                     or tail.group(1) in self.lex.adverbs or tail.group(1) in self.lex.auxiliaries):
            shorter = self.span(s.start, s.start + tail.start())
            if shorter is None:
                break
            s = shorter
        # "In March the governor", "Earlier this year the governor": when, not who
        when = self.lex.time_head_re.match(s.text)
        if when and when.end() < len(s.text) and s.text[when.end():][:1].isalpha():
            s = self.span(s.start + when.end(), s.end) or s
        s = self._clause_subject(s)
        text, words = s.text, s.text.split()
        if not words or len(words) > 45:
            return None
        if len(words) == 1 and (text in self.lex.openers or (text.islower() and text.endswith("ly"))):
            return None  # "repeatedly pledged", "Now tell us": a lone word that names no one
        if text in self.lex.singular and self.last_person:
            return Speaker(text, s.start, s.end, self.last_person.entity, self.last_person.anonymous)
        if text in self.lex.plural and self.last_group:
            return Speaker(text, s.start, s.end, self.last_group.entity, self.last_group.anonymous)
        # named or anonymous is decided on the head, before any apposition (and before where they are:
        # "several traders at Karwan Bazar" are unnamed)
        words = re.split(r"[,(]", text, maxsplit=1)[0].split() or words
        words = re.split(r"\s(?:at|in|from|of)\s", " ".join(words), maxsplit=1)[0].split() \
            if words and words[0].lower() in self.lex.quantifiers else words
        named = any(w[:1].isupper() for w in words[1:]) or (
            len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in self.lex.anonymous)
        anonymous = not named and bool({w.strip(",.").lower() for w in words} & self.lex.anonymous)
        return Speaker(text, s.start, s.end, None if anonymous else self._entity_in(s.start, s.end), anonymous)

    def _works_for(self, lo: int, person: tuple[int, int, str, str],
                   inside: Sequence[tuple[int, int, str, str]]) -> bool:
        """Is the person named in the head one the speaker works for or belongs to ("A spokesman for
        …", "Tarique Rahman's lawyer"), not the speaker ("OC of Kotwali Police Station Md Abdul
        Karim": the "of" is the station's)?"""
        if re.match(r"['’]s\b", self.text[person[1]:person[1] + 3]):
            return True
        links = list(_FOR_SOMEONE.finditer(self.text, lo, person[0]))
        return bool(links) and not any(links[-1].end() <= m[0] and m[1] <= person[0] for m in inside if m is not person)

    def _entity_in(self, a: int, b: int) -> str | None:
        """The person the speaker phrase names, or else the body: in its head, before any apposition
        after a comma ("Rafiqul Islam, UNO of the area"), the last one, after the titles ("Home Adviser
        Lt Gen (retd) Jahangir Alam Chowdhury", "DMP Commissioner Sheikh Md Sajjat Ali")."""
        comma = self.text.find(",", a, b)
        for lo, hi in (((a, comma), (comma, b)) if comma > a else ((a, b),)):
            inside = [m for m in self.named if lo <= m[0] and m[1] <= hi]
            person = next((m for m in reversed(inside) if m[3] == "PER"), None)
            # (not one the head works for: "A spokesman for …", "The daughter of …", "X's lawyer", "A
            # lawyer representing X"; the apposition after the comma may name them: "…, Abdul Karim,")
            if person is not None and self._works_for(lo, person, inside):
                continue
            body = next((m for m in reversed(inside) if m[3] == "ORG"), None)
            found = person or body
            if found is not None:
                return found[2]
        return None

    def _clause_subject(self, s: Span) -> Span:
        """"He released a letter from his doctor that", "Trump unleashed a flurry of": a phrase
        that opens on a name or pronoun and its own verb is a clause; who speaks is its subject."""
        m = _CLAUSE_OPENING.match(s.text)
        if m is None or len(s.text.split()) <= 3:
            return s
        verb = m.group(2)
        if not ((verb.endswith("ed") and len(verb) > 4) or verb in self.lex.auxiliaries
                or verb in self.lex.stance or verb in self.lex.clause_verbs):
            return s
        return self.span(s.start, s.start + m.end(1)) or s

    def _is_apposition(self, chunk: str) -> bool:
        """Does this comma-separated piece describe the noun before it ("a Republican from Ohio",
        "who heads the group", "65", "Democrat of Vermont", "and Patrick Leahy")?"""
        words = chunk.split()
        if not words:
            return False
        w0 = words[0]
        if len(words) == 1 and w0 in self.lex.singular | self.lex.plural:
            return False  # "Crops are withering in Fiji, he noted": a pronoun is a subject of its own
        if w0 in ("of", "from") and len(words) > 1 and words[1][:1].isupper():
            return True  # "…, of Sylhet,": where the speaker is from
        if w0 == "also" and len(words) > 1:
            return True  # "…, also the environment adviser,": a second post
        if w0[:1].islower() or w0[:1].isdigit():
            return w0.lower() not in self.lex.intro
        return bool(re.match(r"(?:[A-Z][\w.’'\-]*\s+){1,3}of\b", chunk)) or bool(
            re.match(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*[’']s?\s+[a-z]", chunk))

    def subject(self, a: int, b: int) -> Speaker | None:
        """The speaker of "… X, apposition, said": the last noun phrase before the cue with the
        appositions that describe it, not the scene set before it ("In a statement, X")."""
        # "Tom Reed on Sunday said", "The governor this past week said": when, not who
        when = self.lex.time_tail_re.search(self.text, a, b)
        if when and self.text[a:when.start()].strip(_TRIM):
            b = when.start()
        region = self.text[a:b]
        # "X blamed the heat on the grid and said …": the subject of the first verb
        if re.search(r"\band\s*$", region.rstrip(" ,")) or re.search(r"\band\s+(?:also\s+|then\s+)?$", region):
            lead = self._leading_subject(a, b)
            if lead is not None:
                return lead
        # "…, who said", "a report which found": the relative pronoun stands for the speaker
        rel = re.search(r"\b(who|which)\s+(?:\w+ly\s+|also\s+|had\s+|has\s+|have\s+)*$", region)
        if rel:
            return self.speaker(a + rel.start(1), a + rel.end(1))
        # "… came as officials praised", "… when she said": the clause after a subordinator
        subs = list(re.finditer(r"\b(?:" + self.lex.subordinators + r")\s+", region, re.IGNORECASE))
        sub = subs[-1] if subs else None
        if sub and region[sub.end():].strip() and "," not in region[sub.end():] \
                and len(region[sub.end():].split()) <= 6 \
                and not all(w.lower() in self.lex.adverbs for w in region[sub.end():].split()):  # "once again"
            return self.speaker(a + sub.end(), b)
        cuts = [m.start() for m in re.finditer(r",", region) if not self._in_parens(region, m.start())]
        bounds = [0, *[c + 1 for c in cuts], len(region)]
        chunks = [(bounds[i], (cuts[i] if i < len(cuts) else len(region))) for i in range(len(bounds) - 1)]
        chunks = [c for c in chunks if region[c[0]:c[1]].strip()]
        if not chunks:
            return None
        end = b
        # "X, the icon who founded Y, has endorsed": a last piece of only an auxiliary or adverb
        # belongs to the verb; the subject is before it
        # (so do a sentence adverb, "X, however, said", and an age then, "X, then 38, said")
        glue = self.lex.auxiliaries | self.lex.adverbs | {"and", "but", "or"}

        def glued(piece: list[str]) -> bool:
            if len(piece) == 1 and piece[0].lower() in self.lex.intro:
                return True
            return not all(w.isdigit() for w in piece) and all(
                w.lower() in glue or w.endswith("ly") or w.isdigit() for w in piece)
        while len(chunks) > 1 and glued(region[chunks[-1][0]:chunks[-1][1]].split()):
            chunks.pop()
            end = a + chunks[-1][1]
        k = len(chunks) - 1
        # "X, speaking of Y, said" / "X, on his first day, said": an aside on the occasion is
        # not who X is
        while k > 0 and self._is_aside(region[chunks[k][0]:chunks[k][1]]) \
                and self._names(region[chunks[k - 1][0]:chunks[k - 1][1]]):
            k -= 1
            end = a + chunks[k][1]
        while k > 0:
            prev, here = region[chunks[k - 1][0]:chunks[k - 1][1]], region[chunks[k][0]:chunks[k][1]]
            # "C on Monday, the mayor said": a weekday or month is no name "the mayor" describes
            named = self._names(prev) and not self.lex.time_tail_re.search(prev)
            # ("Ms. Khan, 38, said": an age describes her too)
            if not ((named and (self._is_apposition(here) or here.strip().isdigit()))
                    or self._is_role_before_name(prev, here)
                    or self._is_place_after_of(region, chunks, k)):
                break
            k -= 1
        return self.speaker(a + self._head_start(region, chunks[k][0], chunks[k][1]), end)

    def _is_aside(self, chunk: str) -> bool:
        """"speaking of …", "summing up …", "on his first day …": how or when, not who."""
        w = (chunk.split() or [""])[0]
        return (w.islower() and w.endswith("ing") and w not in self.lex.apposition_ing) or w in self.lex.aside_openers

    def _is_role_before_name(self, prev: str, chunk: str) -> bool:
        """"A lawyer for the outlets, David Schulz,": a role, then the name of who holds it."""
        words, before = chunk.split(), prev.split()
        return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and 0 < len(before) <= 10 \
            and before[0].lower() not in self.lex.intro \
            and any(w.strip(",.’'s").lower() in self.lex.roles for w in before)

    @staticmethod
    def _is_place_after_of(region: str, chunks: list[tuple[int, int]], k: int) -> bool:
        """"Donna Rawlings, 59, of Ashton, Md.,": the state after a town is part of the address;
        "Mitch McConnell, R-Ky.,": so is a party and state."""
        chunk = region[chunks[k][0]:chunks[k][1]].strip()
        if re.fullmatch(r"[RDI]-[A-Z][\w.]*", chunk):
            return True
        prev = region[chunks[k - 1][0]:chunks[k - 1][1]].split()
        return bool(prev) and prev[0] in ("of", "from", "in") and 1 <= len(chunk.split()) <= 2 \
            and all(w[:1].isupper() for w in chunk.split())

    def _leading_subject(self, a: int, b: int) -> Speaker | None:
        """The name or pronoun a sentence opens with: the subject of its first verb."""
        m = re.match(r"\s*((?:[A-Z][\w.’'\-]*\s+)*[A-Z][\w.’'\-]*|[Hh]e|[Ss]he|[Tt]hey)\s+[a-z]", self.text[a:b])
        if m and m.group(1) in ("The", "A", "An"):
            # "The famously gruff senator started …": the noun phrase up to its verb
            words = list(re.finditer(r"\S+", self.text[a + m.end(1):b]))[:6]
            verb = next((w for w in words if w.group() in self.lex.auxiliaries or w.group() in self.lex.clause_verbs
                         or w.group() in self.lex.stance or (w.group().endswith("ed") and len(w.group()) > 4)), None)
            if verb is None or verb is words[0]:
                return None
            return self.speaker(a + m.start(1), a + m.end(1) + verb.start())
        if m and m.group(1).split()[0] not in self.lex.openers:
            return self.speaker(a + m.start(1), a + m.end(1))
        return None

    def _head_start(self, region: str, i: int, j: int) -> int:
        """Where the subject starts in region[i:j]: a long piece that ends on a name after a
        clause or a setting ("Thursday's walk-ins were the third time AROS", "In a Bloomberg
        interview Trump") gives the name."""
        piece = region[i:j]
        words = list(re.finditer(r"\S+", piece))
        if len(words) <= 3:
            return i
        run = len(words)
        while run > 0 and re.match(r"[A-Z(]|(?:he|she|they|we|I)$", words[run - 1].group()):
            run -= 1
        if run == 0 or run == len(words):
            return i
        before = [w.group().lower() for w in words[:run]]
        if before[-1] in self.lex.name_links or before[-1].endswith(("’s", "'s")):
            return i
        clause = any(w in self.lex.auxiliaries or (w.endswith("ed") and len(w) > 4) for w in before)
        if len(words) > 6 or clause:
            return i + words[run].start()
        return i

    def _names(self, chunk: str) -> bool:
        """Could this piece be the noun an apposition describes: a short phrase ending on a name
        ("Sen. Jim Clyburn (D-S.C.)") or on a source noun ("two officials")?"""
        words = chunk.split()
        if len(words) == 1 and words[0].isdigit():
            return True  # an age: itself an apposition of the name before it
        if not words or len(words) > 10 or words[0].lower() in self.lex.intro \
                or (len(words) == 1 and words[0] in self.lex.openers):
            return False  # ("Ultimately, the mayor hopes": a sentence adverb names no one)
        last = words[-1].strip("’'")
        return last[:1].isupper() or last.endswith(")") or last.lower() in self.lex.anonymous

    @staticmethod
    def _in_parens(s: str, i: int) -> bool:
        return s.count("(", 0, i) > s.count(")", 0, i)

    def remember(self, sp: Speaker) -> None:
        if sp.text in self.lex.singular or sp.text in self.lex.plural:
            return
        last = sp.text.split()[-1]
        if sp.anonymous or (last.lower().endswith("s") and not last[:1].isupper()):
            self.last_group = sp
        else:
            self.last_person = sp

    def add(self, sp: Speaker, cue: str, stance: str, content: Span, direct: bool,
            nested_in: int | None = None) -> int:
        # "These claims are false", "the report was speculative": a short verdict on another's
        # words, opening the statement; a long sentence that merely holds "nobody" or "false" is
        # not a denial
        opening = re.split(r"(?<=[.!?])\s", content.text, maxsplit=1)[0]
        if stance == "assert" and len(opening.split()) <= 15 and self.lex.rejection_re.search(opening.lower()):
            stance = "deny"
        self.found.append(_Found(sp, cue, stance, content, direct, nested_in))
        self.remember(sp)
        return len(self.found) - 1

    def without_aside(self, content: Span) -> Span:
        """What was said, without a closing aside of the writer's ("X ruled against Y, dealing a
        blow to Z", "X likened A to B, which receives …"): a clause after a comma that runs to the
        end, opened by a relative pronoun or by an "-ing" word that is no cue, describes the
        news, not the saying. So do a clause with a subject of its own after ", and"/", but"
        ("X denied C, and Y is among …") and the subject's next deed after a comma ("X endorsed
        Y in the primary, launched a petition …"). Quoted words are never cut."""
        if "“" in content.text or '"' in content.text:
            return content
        occasion = self.lex.occasion_re.search(content.text)
        if occasion and len(content.text[:occasion.start()].split()) >= 1:
            content = self.span(content.start, content.start + occasion.start()) or content
        joined = _AND_NEW_SUBJECT.search(content.text)
        if joined and len(content.text[:joined.start()].split()) >= 3:
            content = self.span(content.start, content.start + joined.start()) or content
        m = self.lex.aside_re.search(content.text)
        if m is None:
            verb = _THEN_VERB.search(content.text)
            if verb and len(content.text[:verb.start()].split()) >= 2 and verb.group(1).lower() not in self.lex.stance:
                return self.span(content.start, content.start + verb.start()) or content
            return content
        word = m.group(1).lower()
        # a relative pronoun or a conjunction opens the writer's clause however short what was
        # said is ("sought bankruptcy protection, while others …"); a noun phrase or an "-ing"
        # word may still describe it ("X, a Y")
        least = 1 if self.in_headline else 2 if word in _CLAUSE_WORDS else 3
        if len(content.text[:m.start()].split()) < least:
            return content
        # "…, including Y" describes; "…, leading to Y" is what came of it
        if word in self.lex.stance or (word in self.lex.apposition_ing
                                       and not content.text[m.end(1):].startswith(" to ")):
            return content
        return self.span(content.start, content.start + m.start()) or content

    def quotation_after_lead(self, content: Span) -> tuple[Span, bool]:
        """"X says of Clinton, “Q”", "X told his audience on Monday, “Q”", "According to X, “Q”":
        what follows the cue is a quotation after a short lead-in; the quotation is what was said,
        in the speaker's own words. Otherwise the content as it is, reported speech."""
        m = _LEAD_THEN_QUOTE.match(self.text, content.start, content.end + 2)
        opened = content.start > 0 and self.text[content.start - 1] in "“\""  # no lead-in at all
        if not opened and (m is None or len(m.group(1).split()) > 8):
            return content, False
        begin = content.start if opened or m is None else m.end(1)
        inner = self.text[begin:content.end]
        if any(mark in inner.strip(_TRIM + ".") for mark in "“”\""):
            return content, False  # two quotations, or words between them: mixed
        after = self.text[content.end:content.end + 3].lstrip(".,;:?!")
        if after[:1] not in ("”", '"', "\n", ""):
            return content, False  # the quotation closes before the content ends
        quoted = self.span(begin, content.end)
        if quoted is None or len(quoted.text.split()) < 3:
            return content, False  # "the words, ''Hillary Clinton''": a name quoted, no saying
        return quoted, True

    def cues(self, a: int, b: int, outside: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """(start, end, stance) of every cue word or phrase in text[a:b] outside the given spans."""
        out = []
        low = self.text[a:b].lower()
        for m in self.lex.phrase_re.finditer(low):
            out.append((a + m.start(), a + m.end(), self.lex.phrases[m.group()]))
        stance = self.lex.stance
        for m in _WORD.finditer(self.text, a, b):
            word = m.group().rstrip(".")
            st = stance.get(word.lower())
            if not st:
                continue
            if word.lower() in self.lex.naming and self._names_not_says(a, m.start(), m.end()):
                continue
            before = self.text[max(a, m.start() - 24):m.start()].lower()
            # "was first reported by", "has been criticized": a passive is no one's saying;
            # "the think tank", "his claims": after a determiner the word is a noun
            if (self.lex.passive_re.search(before) and not word.endswith("ing")) \
                    or self.lex.determiner_re.search(before):  # "is demanding" is active
                continue
            # "some calls into the hotline", "Health worries have dogged": after a word that counts,
            # or before a verb of its own, a cue in -s is a plural noun
            if word.endswith("s") and not word.endswith("ss") and (
                    (before.split() or [""])[-1] in self.lex.counting_words
                    or (self.text[m.end():m.end() + 12].split() or [""])[0] in self.lex.plural_verbs):
                continue
            # "In a Facebook message posted Friday, X said …": a participle on the noun of a phrase
            # (the noun in lower case right before it, and a time, place or agent after it: "… interview
            # Trump declared" and "… the streets chanted ‘…’" are someone's saying)
            if word.endswith("ed") and self.lex.modifier_re.search(self.text[max(a, m.start() - 48):m.start()]) \
                    and self.text[:m.start()].split()[-1].islower() \
                    and _PARTICIPLE_TAIL.match(self.text, m.end()):
                continue
            out.append((m.start(), m.start() + len(word), st))
        return sorted(c for c in out if not any(x <= c[0] < y for x, y in outside))

    def _names_not_says(self, a: int, ca: int, cb: int) -> bool:
        """"a group called X", "the program, called EB-5,", "called for": not "X called Y a Z"."""
        after = re.match(r"\s*(,|[A-Za-z]+)", self.text[cb:cb + 12])  # ("PM Calls For Calm": a headline)
        if after and (after.group(1) == "," or after.group(1).lower() in self.lex.naming_after):
            return True
        before = self.text[max(a, ca - 20):ca]
        last = re.search(r"(,|[A-Za-z]+)\s*$", before)
        if not last:
            return False
        w = last.group(1)
        # a comma ("the program, called EB-5,"), or a lower-case noun right before it and a name
        # after it ("a group called Black Voices", "so-called"); "the campaign called the charges
        # false" is said
        named = re.match(r"\s*[A-Z“\"']", self.text[cb:cb + 3])
        return w == "," or (w.islower() and not w.endswith("s") and w not in self.lex.naming_subjects and bool(named))

    def told(self, ca: int, cb: int, b: int) -> tuple[str, int]:
        """The cue with its recipient ("told reporters") and where what was said begins."""
        cue, k = self.text[ca:cb], cb
        if cue.lower() in _TOLD:
            # a few words before "that" ("told residents that …", "told the council that …") …
            m = re.compile(r"\s*(?:[\w\-]+\s+){1,3}?(?=that\b)").match(self.text, k, b)
            if m is None:
                m = self.lex.recipient_re.match(self.text, k, b)
                # "told a crowd", "told the Senate panel": a determiner alone is not who was told,
                # and one closing the recipient opens what was said ("told the council the| plan …")
                last = m.group(1).rsplit(None, 1) if m else []
                if m and last[-1].lower() in _DETERMINERS:
                    m = _DETERMINED.match(self.text, m.end(), b) if len(last) == 1 else \
                        re.compile(r"\s*" + re.escape(last[0])).match(self.text, k, b)
            # … or a name: "told The Huffington Post (on Thursday)", "told CNN"
            # ("told New York magazine", "told Iowa radio station WHO": a name and what it is)
            m = m or _TOLD_NAME.match(self.text, k, b)
            if m:
                cue, k = self.text[ca:m.end()].rstrip(), m.end()
        # "said in a press release that C", "said at a rally on Sunday that C": where, then what
        setting = _SETTING_THAT.match(self.text, k, b)
        # (but not "at a news conference announcing that": what the conference announced)
        if setting and not any(w.lower() in self.lex.stance for w in setting.group().split()[:-1]):
            return cue, setting.end()
        # ("said on Saturday night that C": the part of the day goes with the day)
        m = re.compile(r"\s*(on \w+(?:\s+(?:morning|afternoon|evening|night))?\s+)?(that\s+)?").match(self.text, k, b)
        return cue, m.end() if m else k

    def _speaker_end(self, a: int, b: int) -> int:
        """Where a speaker named after its cue ends ("…," said X, a Republican from Ohio, who …):
        the sentence's end or the next quotation, with the apposition kept whole."""
        m = re.search(r"[“\"]|\s(?:adding|saying|noting|and)\b|;", self.text[a:b])
        end = a + m.start() if m else b
        # "…," said Caddell, speaking of her health.: how or when he said it is no part of him
        for comma in re.finditer(r",", self.text[a:end]):
            if self._is_aside(self.text[a + comma.end():end]):
                return a + comma.start()
        return end

    def _only_setting(self, tail: str) -> bool:
        """Is what follows a sentence-final cue only where or when it was said ("in an interview",
        "on Tuesday", "Friday afternoon, as they …")?"""
        words = tail.split()
        if len(words) >= 2 and words[0] in self.lex.setting_adverbs:
            words = words[1:]  # "said just after midnight on CNN", "said shortly before the vote"
            tail = " ".join(words)
        if self.in_headline and len(words) >= 3 and words[0].lower() == "to" \
                and words[1].lower() not in _DETERMINERS and words[1].lower() not in self.lex.recipients:
            return False  # "Sanders Vows To Eliminate Tax Breaks": an infinitive, what was vowed
        # (a programme's title may be quoted: "on WXYZ's “Morning Drive.”")
        tail = re.sub(r"(?:’s|'s|\bon)\s+[“\"][^“”\"]*[”\"]", "", tail)
        return not words or ((words[0].lower() in self.lex.intro or words[0].endswith("day")) \
            and not re.search(r"\bthat\b|[“\"]", tail))

    def _clause_end(self, a: int, b: int) -> int:
        """Where the clause at a ends: a comma, a semicolon or a full stop that ends a sentence
        (not the one of "Sen.", "R." or "U.S.")."""
        for m in re.finditer(r"[,;.]", self.text[a:b]):
            if m.group() == "." and self.lex.abbrev_end.search(self.text, a, a + m.start()):
                continue
            return a + m.start()
        return b

    def after_quotes(self, sentences: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Sentences around quotations as attribution needs them. A quotation closing on a full
        stop ends its sentence ('…policy." The network said …'); one closing on ? or ! keeps a
        short attribution after it ('"Why now?" she asked.') in its sentence."""
        out: list[tuple[int, int]] = []
        for sa, sb in sentences:
            start = sa
            for _, qb in quotes:
                if not (start < qb < sb) or self.text[qb - 2] != ".":
                    continue
                m = re.match(r"\s+[A-Z]", self.text[qb:sb])
                if m:
                    out.append((start, qb))
                    start = qb + m.end() - 1
            words = _WORD.findall(self.text, start, sb)
            short = len(self.text[start:sb].split()) <= 12
            if out and self.text[out[-1][1] - 1] in "”\"" and self.text[out[-1][1] - 2] in "?!" \
                    and not re.search(r"[“\"]", self.text[start:sb]) \
                    and ((short and any(self.lex.stance.get(w.rstrip(".").lower()) for w in words))
                         # '"Why now?" said X, a former aide, speaking …': a long apposition after
                         or (len(words) <= 40 and bool(words) and words[0] in self.lex.invertible)):
                out[-1] = (out[-1][0], sb)
                continue
            out.append((start, sb))
        return out

    # ---- patterns ---------------------------------------------------------------------
    def sentence(self, a: int, b: int, quotes: list[tuple[int, int]]) -> None:
        if any(p in self.text[a:b] for p in self.lex.not_statements) and not quotes:
            return
        # "speculative", titles: no; a short quotation closing on its own comma ("No," he said) is speech
        quotes = [q for q in quotes if (len(self.text[q[0]:q[1]].split()) >= 4
                                        or self.text[q[0]:q[1]].rstrip()[-2:-1] in (",", "?", "!")
                                        or self.text[a:q[0]].rstrip()[-1:] in (",", ":"))
                  and not self._is_title(q)]
        n = len(self.found)
        if quotes and self.quoted(a, b, quotes):
            # "She said C, and when pressed, the mother replied, "Q."": the sentence's own
            # attribution before the quotation's speaker
            first = min(min(f.speaker.start, f.content.start) for f in self.found[n:])
            cut = re.search(r",\s+(?:and|but)\b[^,]*,?\s*$|,\s*$", self.text[a:first])
            end = a + cut.start() if cut else first
            if len(self.text[a:end].split()) >= 5:
                quoted = self.found[n:]
                del self.found[n:]
                self.reported(a, end, [])
                if any(f.nested_in is not None for f in self.found[n:]):
                    del self.found[n:]
                self.found.extend(quoted)
            self.going_on(n, b)
            return
        if self.according(a, b):
            return
        self.reported(a, b, quotes)
        if len(self.found) == n:
            self.found_in(a, b)

    def found_in(self, a: int, b: int) -> None:
        """"In the latest Post poll, Clinton led by 5 points.": a poll, survey or report that the
        sentence opens with is the source of a finding that has no cue of its own."""
        m = self.lex.found_in_re.match(self.text, a, b)
        if m is None:
            return
        sp, content = self.speaker(m.start(1), m.end(1)), self.span(m.end(), b)
        if sp and content and len(content.text.split()) >= 3:
            self.add(sp, self.text[m.start():m.start(1)].strip(), "assert", content, False)

    def going_on(self, n: int, b: int) -> None:
        """'"Q," X said, adding that C.': the participle after a quotation's cue is the same
        speaker saying more, a statement of its own (unless a quotation already holds it)."""
        if len(self.found) <= n:
            return
        last = self.found[-1]
        start = max(last.content.end, last.speaker.end)
        m = re.compile(r"[”\"’']?\s*(?:[^,“\"]{0,60}),\s*(?:also\s+|later\s+)?([a-z]+ing)\b").match(self.text, start, b)
        if m is None or m.group(1) not in self.lex.stance or any(f.content.start >= m.end() for f in self.found[n:]):
            return
        cue, k = self.told(m.start(1), m.end(1), b)
        content = self.span(k, b)
        if content and len(content.text.split()) >= 2:
            self.add(last.speaker, cue, self.lex.stance[m.group(1)], content, False)

    def _says_more(self, rest: str) -> bool:
        """Does a cue after a quotation go on to say something else ("…," but he said that C;
        "…" of the show, Ryan said the protests demand …)?"""
        if re.match(r"\s*[,;:.“\"]", rest):
            return False  # '"…," he said, adding …' / '"…," he said, "…"'
        words = rest.split()
        if not words or self.lex.elapsed_re.match(rest) or self._only_setting(rest.strip(" .")):
            return False  # (nor does when it was said: '"…," she said several months after her release')
        w = words[0]
        return w == "that" or (len(words) >= 4 and w.isalpha() and w.islower() and w not in self.lex.intro
                               and w not in ("and", "but") and not w.endswith(("ly", "ing")))

    def _is_title(self, q: tuple[int, int]) -> bool:
        """"Face the Nation", "Fox and Friends": a quoted name of a show, book or film (but not
        what a speech verb right before a comma or colon announces: 'Priebus said, "Probably."';
        only that one word is looked at, so 'said on Sunday, "Probably."' is still read as a title)."""
        announced = re.search(r"\b(\w+)[,:]\s*$", self.text[max(0, q[0] - 30):q[0]])
        if announced and announced.group(1).lower() in self.lex.invertible:
            return False
        inner = self.text[q[0] + 1:q[1] - 1].strip(" ,.")
        words = inner.split()
        return bool(words) and len(words) <= 6 and words[0][:1].isupper() and all(
            w[:1].isupper() or w in self.lex.name_links or w in ("a", "an", "in", "on", "to", "with") for w in words)

    def quoted(self, a: int, b: int, quotes: list[tuple[int, int]]) -> bool:
        done = False
        last: tuple[int, int, int] | None = None  # (quote end, cue start, cue end) of the last one attributed here
        for qa, qb in quotes:
            content = self.span(qa + 1, qb - 1)
            if content is None:
                continue
            # "…," X said, "…": the second part of a quotation split by its cue
            if last is not None and last[1] >= last[0] and qa >= last[2] \
                    and len(self.text[last[2]:qa].split()) <= 12 and not self.cues(last[2], qa, []):
                prev = self.found[-1]
                self.add(prev.speaker, prev.cue, prev.stance, content, True)
                done = True
                continue
            # "…," she said.  /  "…," said X, apposition.  (nothing said after the cue)
            cs = self.cues(qb, b, [])
            gap = self.text[qb:cs[0][0]].strip(_TRIM).split() if cs else []
            if cs and (len(gap) <= 8 or (len(gap) <= 35 and gap[0][:1].isupper())) \
                    and not re.search(r"[“\"]", self.text[qb:cs[0][0]]):
                ca, cb, stance = cs[0]
                before = self.text[qb:ca].strip(_TRIM)
                rest = self.text[self.told(ca, cb, b)[1]:b]
                cues_before = self.cues(a, qa, [])
                # '“…,” Clinton told union workers in Los Angeles.': after "told", whom and where
                # (a few words, then a place or time), not something else told
                told_words = rest.split()
                setting_at = next((j for j, w in enumerate(told_words[:5]) if w.lower() in self.lex.intro), None)
                told_whom = self.text[ca:cb].lower() in _TOLD and not re.search(r"\bthat\b", rest) and (
                    len(told_words) <= 2 or (setting_at is not None
                                             and self._only_setting(" ".join(told_words[setting_at:]).strip(" ."))))
                if before and not told_whom and self._says_more(rest):
                    sp = None  # '"…," but he said that C': C is what he said, not the quotation
                elif before and cues_before and rest.strip(" .") \
                        and re.fullmatch(r"[\s,:]*(?:that[\s,]*)?", self.text[cues_before[-1][1]:qa]) \
                        and (word := before.split()[0]).islower() and word not in self.lex.speaker_openers \
                        and word not in self.lex.singular | self.lex.plural | self.lex.anonymous:
                    # 'Obama said “it gets me mad” every time he thinks about …': "said" announced it,
                    # and the words after it, going on past their own verb, are no one
                    sp = None
                elif before.lower() in self.lex.conjunctions:
                    sp = None  # 'they want “justice,” but pledged …': the sentence's subject goes on
                else:
                    sp = self.subject(qb, ca) if before else self.speaker(cb, self._speaker_end(cb, b))
                # '“…,” said X, who said C': the relative clause is X's next statement, not X
                relative: tuple[Speaker, str, str, Span] | None = None
                if sp and not before:
                    mark = re.search(r"[“\"]", self.text[sp.end:b])
                    sp, said = self._who_says(sp, sp.end + mark.start() if mark else b, [])
                    relative = (sp, *said) if said is not None else None
                # '“…” of the proposals, Mr. X said' / '“…” against what the campaign sees': a
                # phrase that opens on a preposition or conjunction goes on from the quotation; the
                # speaker is after its comma, if anywhere
                if sp and sp.text.split()[0] in self.lex.not_subjects:
                    comma = sp.text.rfind(",")
                    sp = self.speaker(sp.start + comma + 1, sp.end) if comma != -1 else None
                # a quoted phrase that ends a sentence of the reporter's words, then its speaker
                # ('Using the tax ''is a misguided approach,'' Mr. B said.'): what was said is the
                # whole clause, the words before the quotation too
                lead_in = self.text[a:qa].strip()  # (not a label: "Watch: “…”")
                if sp and last is None and len(lead_in.split()) >= 2 and not lead_in.endswith((":", "—", "-")) \
                        and not self.cues(a, qa, []) \
                        and not re.search(r"[“\"”]", self.text[a:qa]):
                    content = self.span(a, qb) or content
                if sp:
                    self.add(sp, self.text[ca:cb], stance, content, True)
                    if relative is not None:
                        self.add(*relative, False)
                    last = (qb, ca, cb)
                    done = True
                    continue
            # "…," Toomey fumed.  /  "…," she wondered aloud.: a quotation's speaker and a verb
            # of manner that no cue list holds close the sentence
            manner = _MANNER_AFTER.match(self.text, qb, b)
            who = manner.group(1) if manner else ""
            if manner and (who[:1].isupper() or who in self.lex.singular | self.lex.plural):
                sp = self.speaker(manner.start(1), manner.end(1))
                if sp:
                    self.add(sp, manner.group(2), "assert", content, True)
                    last = (qb, manner.start(2), manner.end(2))
                    done = True
                    continue
            # "…" ― Name: a quotation signed with a dash, as letters and epigraphs are
            signed = re.match(r"\s*[―—–]{1,2}\s*((?:[A-Z][\w.’'\-]*\s*){1,5})\s*$", self.text[qb:b])
            if signed:
                sp = self.speaker(qb + signed.start(1), qb + signed.end(1))
                if sp:
                    self.add(sp, self.text[qb:qb + signed.start(1)].strip(), "assert", content, True)
                    done = True
                    continue
            # Said X, a neighbour, "…": the verb first, as a writer varies the order
            # (the speaker opens on a name: not "Told to leave, the protesters refused: …")
            inverted = re.match(r"\s*([A-Z][a-z]+)\s+([A-Z][^,]*?(?:,.*?)?)\s*[,:]\s*$", self.text[a:qa])
            if inverted and inverted.group(1).lower() in self.lex.invertible \
                    and inverted.group(1) not in self.lex.participles \
                    and all(w[:1].isupper() or w in self.lex.name_links
                            for w in inverted.group(2).split(",")[0].split()) \
                    and not self.cues(a + inverted.start(2), a + inverted.end(2), []):
                sp = self.speaker(a + inverted.start(2), a + inverted.end(2))
                if sp:
                    self.add(sp, inverted.group(1), self.lex.stance[inverted.group(1).lower()], content, True)
                    last = (qb, qb, qb)
                    done = True
                    continue
            # X said: "…"  /  X told reporters, "…"  (only punctuation or a recipient between)
            cs = self.cues(a, qa, [])
            if cs:
                ca, cb, stance = cs[-1]
                between = self.text[cb:qa]
                words = between.replace(",", " ").replace(":", " ").split()
                # (not a cue inside what an earlier cue reports: 'She said they want “justice”')
                # (but "The group that warned of floods said: “…”": a relative clause's cue says who)
                inside = len(cs) > 1 and not self.text[ca:cb].endswith("ing") \
                    and not re.search(r"[,;:―—–]", self.text[cs[-2][1]:ca]) \
                    and not re.search(r"\b(?:who|that|which)\s+(?:\w+ly\s+)?$", self.text[a:cs[-2][0]])
                if not inside and (":" in between or "," in between or not words) and all(
                        w in self.lex.recipients or w[:1].isupper() for w in words):
                    # "X urged Y to vote, saying, “…”": the participle's speaker is the sentence's subject
                    sp = None
                    if self.text[ca:cb].endswith("ing") and self.text[a:ca].rstrip().endswith(","):
                        sp = self.subject(a, cs[0][0]) if cs[0][0] < ca else self._leading_subject(a, ca)
                    sp = sp or self.subject(a, ca)
                    if sp:
                        self.add(sp, self.text[ca:qa].strip(_TRIM), stance, content, True)
                        last = (qb, qb, qb)
                        done = True
                        continue
            # Pew Research: "…"  /  She went on: "…"  /  X, a former aide, put it: "…"
            lead = _NAME_COLON.match(self.text, a, qa)
            if lead and not lead.group(1).isupper():
                sp = self.speaker(lead.start(1), lead.end(1))
                if sp:
                    self.add(sp, (lead.group(2) or ":").strip(), "assert", content, True)
                    last = (qb, qb, qb)
                    done = True
                    continue
            # a sentence that is only a quotation, right after one: the same speaker goes on
            whole = self.span(a, b)
            if whole and whole.start >= qa and whole.end <= qb and self.announced:
                self.add(*self.announced, content, True)
                done = True
            elif whole and whole.start >= qa and whole.end <= qb and (quoted := self._last_quoted(qa)) is not None:
                self.add(quoted.speaker, quoted.cue, quoted.stance, content, True)
                done = True
        return done

    def _last_quoted(self, at: int) -> _Found | None:
        """The statement a quotation standing alone at `at` goes on: the last one, when it was a
        quotation or ended the sentence just before in the same paragraph ('C, Schiff said. "Q."':
        Q is Schiff's words too), or the quotation before a participle of the same speaker ('"Q1,"
        X said, noting that C. "Q2."': Q2 is X's words, quoted)."""
        last = self.found[-1] if self.found else None
        if last is None or last.direct:
            return last
        gap = self.text[last.speaker.end:at]
        if last.speaker.start > last.content.end and "\n" not in gap and len(gap.split()) <= 3 \
                and re.search(r"[.!?]\s*$", gap):
            return last
        # 'She says C. "Q."': a quotation right after reported speech, in its paragraph, goes on with it
        between = self.text[last.content.end:at]
        if last.speaker.end <= last.content.start and "\n" not in between \
                and re.fullmatch(r"[”\"’']?[.!?]?[”\"’']?\s*", between):
            return last
        if len(self.found) > 1 and self.found[-2].direct and last.cue.endswith("ing") \
                and self.found[-2].speaker.text == last.speaker.text:
            return self.found[-2]
        return None

    def according(self, a: int, b: int) -> bool:
        m = re.search(r"\baccording to\b", self.text[a:b].lower())
        if not m:
            return False
        ca, cb = a + m.start(), a + m.end()
        comma = self.text.find(",", cb, b)
        lead = self.text[a:ca].strip(_TRIM + " ")
        rest = self.text[comma + 1:b].split() if comma != -1 else []
        if comma != -1 and (ca - a <= 3 or lead in self.lex.openers):  # (But) According to X, C.
            sp, content = self.speaker(cb, comma), self.span(comma + 1, b)
            content = self.without_aside(content) if content else None
        elif self.text[a:ca].rstrip().endswith(",") and len(rest) >= 3 and rest[0] in self.lex.auxiliaries:
            # "The implication, according to an aide, is that C": the subject's verb comes after
            # the source, and the sentence that goes on there is what was said
            sp, content = self.speaker(cb, comma), self.span(comma + 1, b)
        elif comma != -1 and self.text[a:ca].rstrip().endswith(",") and len(rest) >= 4 \
                and ("," not in lead or len(lead.rsplit(",", 1)[-1].split()) <= 4) and (
                len(lead.split()) <= 4 or re.match(r"(?:" + self.lex.subordinators + r")\b", lead, re.IGNORECASE)):
            # "In addition, according to X, C" / "While A, according to X, C": a setting or a
            # clause that leads in; the sentence's own clause after the source is what was said
            # (not "When A, B, according to X, head of Y": a clause after the lead's last comma is the
            # main one, before the source; "In 2019, for example, according to X, C" is still a lead)
            sp, content = self.speaker(cb, comma), self.span(comma + 1, b)
            content = self.without_aside(content) if content else None
        else:  # C, according to X.
            end = self._speaker_end(cb, b)
            aside = self.lex.aside_re.search(self.text, cb, end)  # "…, according to X, although …"
            sp, content = self.speaker(cb, aside.start() if aside else end), self.span(a, ca)
        if sp and content and not self._lone_adverb(content):
            content, direct = self.quotation_after_lead(content)
            self.add(sp, self.text[ca:cb], "assert", content, direct)
            return True
        return False

    def _who_says(self, sp: Speaker, ca: int,
                  quotes: list[tuple[int, int]]) -> tuple[Speaker, tuple[str, str, Span] | None]:
        """"Graham, who says allies should send troops, said C": a relative clause with a cue of
        its own is a statement of the speaker's (its cue, stance and content, for the caller to
        add where it falls in the sentence), and no part of who the speaker is. (speaker() has
        already cut one that reports with "that" off the speaker: it runs from sp's end to ca,
        the sentence's cue, or the end of the speaker's clause when the cue came first.)"""
        rel = re.search(r",\s+who\s+", sp.text)
        if rel:
            head, start, end = self.speaker(sp.start, sp.start + rel.start()), sp.start + rel.end(), sp.end
        else:
            cut = re.match(r"\s*,\s+who\s+", self.text[sp.end:ca])
            if cut is None:
                return sp, None
            head, start, end = sp, sp.end + cut.end(), ca
        cues = self.cues(start, end, quotes)
        if not cues or self.lex.passive_re.search(self.text[start:cues[0][0]]):
            return sp, None  # ("X, who was named …": a passive is no saying)
        rel_a, rel_b, stance = cues[0]
        cue, k = self.told(rel_a, rel_b, end)
        content = self.span(k, end)
        if head is None or content is None or len(content.text.split()) < 3:
            return sp, None
        return head, (cue, stance, content)

    def _one_intro_word(self, text: str) -> bool:
        """Is text one word that opens a setting ("In", "After" before "describing …")?"""
        words = text.split()
        return len(words) == 1 and words[0].lower() in self.lex.intro

    def _lone_adverb(self, content: Span) -> bool:
        """"Ultimately, X hopes to …", "According to X, basically.": one adverb says nothing."""
        word = content.text.strip(_TRIM + ".").lower()
        return " " not in word and (word.endswith("ly") or word in self.lex.adverbs or word in self.lex.intro)

    def reported(self, a: int, b: int, quotes: list[tuple[int, int]]) -> None:
        # ("Asked about …, she said", "In describing X, Cuban said …": the participle is the setting)
        cs = [c for c in self.cues(a, b, quotes) if self.text[c[0]:c[1]].lower() != "according to"
              and not (self.text[c[0]:c[1]] in self.lex.participles and c[0] - a <= 1)
              and not (self.text[c[0]:c[1]].endswith("ing") and self._one_intro_word(self.text[a:c[0]]))]
        if not cs:
            return
        strong = [c for c in cs if self.text[c[0]:c[1]].lower() not in self.lex.weak]
        # "X, the senator who wrote the bill, said C": a cue in a relative clause describes the
        # speaker of a later one
        # (so does a participle in an aside: "X, testifying before Congress, said C")
        while len(strong) > 1 and (re.search(r"\b(?:who|which)\s+(?:\w+ly\s+)?$", self.text[a:strong[0][0]])
                                   or (self.text[strong[0][0]:strong[0][1]].endswith("ing")
                                       and re.search(r",\s*$", self.text[a:strong[0][0]])
                                       and "," in self.text[strong[0][1]:strong[1][0]])):
            strong = strong[1:]
        ca, cb, stance = strong[0] if strong else cs[0]
        # "C (with a cue of its own, 'X is right attacking Y'), Z said Monday.": the cue that ends the
        # sentence after a comma and a short subject says who said all of it
        if len(strong) > 1 and self.text[strong[-1][0]:strong[-1][1]].lower() in self.lex.invertible:
            la, lb, lst = strong[-1]
            lcomma = self.text.rfind(",", a, la)
            lhead = self.text[lcomma + 1:la].split() if lcomma > strong[0][1] else []
            after = self.text[lb:b].split()
            if lcomma > strong[0][1] and not lhead and after and after[0][:1].isupper() and len(after) <= 10:
                # "C (a cue in it), said Deputy Attorney General X.": X said all of C
                sp, content = self.speaker(lb, b), self.span(a, lcomma)
                if sp and content:
                    self.add(sp, self.text[la:lb], lst, content, False)
                    return
            if lhead and len(lhead) <= 6 and (lhead[0][:1].isupper() or lhead[0] in ("he", "she", "they", "officials",
                                                                                   "sources", "aides", "the", "a")) \
                    and self._only_setting(self.text[lb:b].strip(" .")) \
                    and not re.search(r"\b(that|and|but|who|which|including)\b", " ".join(lhead)):
                ca, cb, stance = la, lb, lst
        cue = self.text[ca:cb]
        comma = self.text.rfind(",", a, ca)
        head = self.text[comma + 1:ca] if comma != -1 else ""
        tail = self.text[cb:b].strip(" .")
        if cue.lower() in _TOLD:  # "C, the president told her.", "C, X told The Huffington Post on
            # Thursday.": who was told is no part of what was said
            tail = self.text[self.told(ca, cb, b)[1]:b].strip(" .")
        # "C, X said." : what was said first, then a short subject and the cue at the end
        # ("C, she said, referencing D": a participle after it describes the saying)
        participle_after = re.match(r",\s*([a-z]+ing)\b", tail)
        if participle_after and participle_after.group(1) not in self.lex.stance \
                and any(w in self.lex.auxiliaries for w in tail[participle_after.end():].split(",")[0].split()[:5]):
            participle_after = None  # "A, he said, replacing her would be B": a gerund opens B
        if participle_after is None and self._parenthetical(a, b, comma, ca, cb, head, cue, stance):
            return
        lead = self.span(a, comma) if comma != -1 else None
        if comma != -1 and head.strip() and len(head.split()) <= 12 and not (lead and self._lone_adverb(lead)) \
                and (self._only_setting(tail) or participle_after) and not re.search(r"\b(that|and|but)\b", head):
            sp = self.subject(a, ca)
            content = self.span(a, sp.start) if sp else None
            if sp and content:
                self.add(sp, cue, stance, content, False)
                st2 = self.lex.stance.get(participle_after.group(1)) if participle_after else None
                if participle_after and st2:
                    c2a = cb + self.text[cb:b].index(participle_after.group(1))
                    cue2, k2 = self.told(c2a, c2a + len(participle_after.group(1)), b)
                    content2 = self.span(k2, b)
                    if content2 and len(content2.text.split()) >= 2:
                        self.add(sp, cue2, st2, content2, False)
            return
        # "C, said X, apposition." : a speech verb before its speaker (a name, "the …", a
        # pronoun), nothing said after it
        first = tail.split(" ", 1)[0] if tail else ""
        # … but "X, who …, said C" and "X, the chief executive, said C" put the subject first
        before = self.text.rfind(",", a, comma) if comma != -1 else -1
        aside = self.text[before + 1:comma].split() if before != -1 else []
        # (and so does an aside of one sentence adverb or an age: "X, however, said C", "X, then 38, said C")
        # (and "X, also the Y, said C", as Bangladeshi papers add a second post)
        # (and "X, addressing a rally in Y, said C": a participle aside on the occasion)
        subject_first = bool(aside) and (aside[0] in ("who", "which", "whose", "a", "an", "the", "also")
                                         or (aside[0].endswith("ing") and aside[0].islower() and len(aside) > 1)
                                         or aside[0][:1].isupper()
                                         or (len(aside) == 1
                                             and (aside[0] in self.lex.intro or aside[0].endswith("ly")))
                                         or (len(aside) <= 2 and aside[-1].isdigit()
                                             # (but "… Karim Mia, 40, said Sub-Inspector X of Y.": the
                                             # age ends what was said; a name after the verb speaks)
                                             and not (first[:1].isupper() and len(tail.split()) <= 10))
                                         or (self._is_apposition(" ".join(aside))
                                             and self._names(self.text[a:before])))
        # … but not when the verb is followed by a name and nothing more ("For some, the losses
        # would outstrip the gains, said Batchelder."): then the piece before the comma was said
        name_after = tail.split(",", 1)[0].split()
        if subject_first and name_after and len(tail.split()) <= 12 and not self._only_setting(tail) \
                and all(w[:1].isupper() or w in self.lex.name_links for w in name_after):
            subject_first = False
        if comma != -1 and not head.strip() and cue.lower() in self.lex.invertible and not subject_first \
                and len(tail.split()) <= 40 \
                and (first[:1].isupper() or first in self.lex.speaker_openers):
            sp, content = self.speaker(cb, b), self.span(a, comma)
            if sp and content:
                self.add(sp, cue, stance, content, False)
            return
        # X said (that) C ;  X, apposition, urged C ;  X told reporters C ;  X denied the allegation
        # ("X attacked Y for Z, saying C": the participle's speaker is the sentence's subject)
        participle = cue.endswith("ing") and self.text[a:ca].rstrip().endswith(",")
        sp = None
        if participle:  # the subject of the sentence's first verb, a cue or a name before one
            sp = self.subject(a, cs[0][0]) if cs[0][0] < ca else self._leading_subject(a, ca)
        sp = sp or self.subject(a, ca)
        if sp is None:
            return
        sp, relative = self._who_says(sp, ca, quotes)
        if relative is not None:
            self.add(sp, *relative, False)  # the relative clause comes first in the sentence
        # "X reported (on Tuesday), citing Y, that C"
        citing = re.compile(r"(?:\s+\w+){0,3}?\s*,\s*citing\s+([^,]+),").match(self.text, cb, b)
        if citing:
            cue, k = self.told(ca, citing.end(), b)
            cue = self.text[ca:cb]
        else:
            cue, k = self.told(ca, cb, b)
        # "X acknowledged C1, and said C2" / "…, but he told reporters C2": a second statement
        second = None
        for c2 in self.cues(k, b, quotes):
            joint = re.search(r"(?:,?\s+(and|but|while|whereas|though|although)|;)\s+([\w.’'\-]+\s+){0,3}$",
                              self.text[k:c2[0]])
            if joint and joint.group(2) and joint.group(2).split()[0].lower() in self.lex.intro:
                joint = None  # "…, and when asked about it, …": not a second speaker
            # "X said C1, adding (that) C2": the participle goes on with the same speaker
            if joint is None and self.text[c2[0]:c2[1]].endswith("ing"):
                joint = re.search(r",\s*(?:also\s+|later\s+)?$", self.text[k:c2[0]])
            # "X said C1, he said C2", "7 percent said C1, 27 percent of those polled said C2":
            # a comma, a short subject and a speech verb open a second statement
            if joint is None and self.text[c2[0]:c2[1]].lower() not in self.lex.weak:
                joint = _COMMA_SUBJECT.search(self.text[k:c2[0]])
            if joint:
                second = (k + joint.start(), c2)
                break
        end = second[0] if second else b
        # "While a judge found that action unconstitutional, his decision was overturned": in a
        # clause that opens the sentence, what was said ends where the main clause begins
        # ("As X noted, C": "as" announces what follows the comma, and so does a cue with nothing
        # said before the comma)
        lead_in = self.text[a:sp.start + 1]  # the sentence up to the speaker, when no comma comes before it
        one_clause = "," not in self.text[a:sp.start]
        leads_as = one_clause and re.match(r"\s*as\s", lead_in, re.IGNORECASE) is not None
        opening = one_clause and not leads_as \
            and re.match(r"\s*(?:" + self.lex.subordinators + r")\s", lead_in, re.IGNORECASE) is not None
        comma = self._main_clause(k, end, quotes) if opening else -1
        if comma != -1 and len(self.text[k:comma].split()) >= 2:
            end = comma
            # "Though X's claims about C1 are hard to assess, experts say C2": the main clause's
            # own short subject and cue say something else
            if second is None:
                main = [c for c in self.cues(comma, b, quotes) if self.text[c[0]:c[1]].lower() not in self.lex.weak]
                if main and 1 <= len(self.text[comma + 1:main[0][0]].split()) <= 5 \
                        and not re.search(r"[,;]", self.text[comma + 1:main[0][0]]):
                    second = (comma, main[0])
        elif leads_as:
            # "As he said in his speech, C": where he said it ends at the comma; C is what he said
            setting = self._main_clause(k, end, quotes)
            if setting != -1 and len(self.text[setting:end].split()) >= 3:
                k = setting + 1
        # "X estimates C; Y puts the figure at …": C ends at the semicolon (one of the writer's, not
        # one inside a quotation)
        semi = next((i for i in range(k, end) if self.text[i] == ";" and not any(qa < i < qb for qa, qb in quotes)), -1)
        content = self.span(k, semi if semi != -1 and len(self.text[k:semi].split()) >= 5 else end)
        content = self.without_aside(content) if content else None
        if content is None and self.text[a:b].rstrip().endswith(":"):
            self.announced = (sp, cue, stance)
        if content is None or (len(content.text.split()) < 2 and stance not in ("deny", "confirm")
                               and not (self.in_headline and content.text[:1].isupper())):
            # "X responded Friday, saying C": nothing said before the participle, C after it;
            # "He endorsed Clinton, but told Y that C": the same subject's second cue says C
            if second and (self.text[second[1][0]:second[1][1]].endswith("ing") or re.fullmatch(
                    r"[,;]?\s*(?:and|but)\s+(?:(?:\w+ly|also|then|later)\s+)*", self.text[second[0]:second[1][0]])):
                c2a, c2b, st2 = second[1]
                content2 = self.span(self.told(c2a, c2b, b)[1], b)
                content2 = self.without_aside(content2) if content2 else None
                if content2 and len(content2.text.split()) >= 2:
                    content2, direct2 = self.quotation_after_lead(content2)
                    self.add(sp, self.text[c2a:c2b], st2, content2, direct2)
            return
        if participle and cs[0][0] < ca:  # "X attacked Y for Z, saying C": Y for Z is X's too
            first_cue, k0 = self.told(cs[0][0], cs[0][1], ca)
            first_said = self.span(k0, self.text.rindex(",", a, ca))
            if first_said and len(first_said.text.split()) >= 2:
                self.add(sp, first_cue, cs[0][2], first_said, False)
        content, direct = self.quotation_after_lead(content)
        i = self.add(sp, cue, stance, content, direct)
        if citing:
            cited = self.speaker(citing.start(1), citing.end(1))
            if cited:
                self.add(cited, "citing", "assert", content, False, nested_in=i)
        if second:
            ja, (c2a, c2b, st2) = second
            m2 = re.search(r"(?:\b(?:and|but|while|whereas|though|although)|;)\s+(.*)$", self.text[ja:c2a]) \
                or re.match(r",\s+(.*)$", self.text[ja:c2a])
            sp2 = self.speaker(ja + m2.start(1), c2a) if m2 and m2.group(1).strip() else None
            cue2, k2 = self.told(c2a, c2b, b)
            comma2 = self._main_clause(k2, b, quotes) if opening else -1  # ("Though she called …
            content2 = self.span(k2, comma2 if comma2 != -1 else b)  # and called for C2, Clinton …")
            content2 = self.without_aside(content2) if content2 else None
            if content2 and len(content2.text.split()) >= 2:
                self.add(sp2 or sp, cue2, st2, content2, False)

    def _parenthetical(self, a: int, b: int, comma: int, ca: int, cb: int, head: str, cue: str, stance: str) -> bool:
        """"A, he said, B." / "The museum, Mr. Obama said, would …": the speaker and the cue set
        off by commas inside what was said. Both pieces are what was said; like a quotation split
        by its cue, two pieces of four words or more are two statements, and a shorter piece
        (a subject alone, "The museum") leaves the other as the statement."""
        words = head.split()
        if comma == -1 or not words or len(words) > 6 or re.search(r"\b(that|and|but|who|which)\b", head) \
                or not (words[0][:1].isupper() or words[0] in self.lex.singular | self.lex.plural
                        or words[0].lower() in _DETERMINERS or words[0].lower() in self.lex.anonymous):
            return False
        k = self.told(ca, cb, b)[1]
        after = re.match(r"\s*,\s*(?:and\s+)?", self.text[k:b])
        rest = self.text[k + after.end():b].strip(" .") if after else ""
        # ("…, the minister said, but critics doubt it", "…, which would ease traffic": the
        # writer's clause after the cue is no part of what was said)
        writers = re.match(r"(?:but|which|who|unless|although|though|while)\b", rest, re.IGNORECASE)
        if after is None or (self._only_setting(rest) and not writers):
            return False
        sp = self.subject(comma + 1, ca)
        first, second = self.span(a, comma), self.span(k + after.end(), b)
        if sp is None or first is None or second is None or len(second.text.split()) < 3:
            return False
        pieces = [first] if writers else [p for p in (first, second) if len(p.text.split()) >= 4] \
            or [max(first, second, key=lambda p: len(p.text.split()))]
        for piece in pieces:
            piece = self.without_aside(piece) or piece
            self.add(sp, cue, stance, piece, False)
        return True

    def _main_clause(self, a: int, b: int, quotes: list[tuple[int, int]]) -> int:
        """Where the main clause begins after an opening clause whose words run from a: the first
        comma in text[a:b] between words (not the one of "2,400") outside quotation marks that
        neither opens nor closes an aside ("the bridge, which cost $2 million, was safe"), or -1."""
        commas = [m.start() for m in re.compile(r",(?=\s)").finditer(self.text, a, b)
                  if not any(qa < m.start() < qb for qa, qb in quotes)]
        i = 0
        while i < len(commas):
            if _ASIDE_OPENING.match(self.text, commas[i] + 1):
                i += 2  # the aside's own closing comma is no end either
                continue
            return commas[i]
        return -1

    def headline(self, a: int, b: int) -> bool:
        """'WASA MD: Canal work to finish' or 'Canal work to finish: WASA MD': a speaker, a
        colon and their words, in either order."""
        line = self.text[a:b]
        m = re.match(r"^\s*([^:]{2,40}):\s+(.{8,}?)\s*$", line)
        n = re.match(r"^\s*(.{8,}?):\s+([^:]{2,40}?)\s*$", line)
        if m and len(m.group(1).split()) <= 5:
            who, said = (a + m.start(1), a + m.end(1)), (a + m.start(2), a + m.end(2))
        elif n and len(n.group(2).split()) <= 4:
            who, said = (a + n.start(2), a + n.end(2)), (a + n.start(1), a + n.end(1))
        else:
            return False
        sp, content = self.speaker(*who), self.span(*said)
        if sp and content:
            self.add(sp, ":", "assert", content, True)
            return True
        return False


def attribute(doc: Document) -> list[Statement]:
    """Every attributed statement of an article in an SVO language pack."""
    r = _Reader(doc)
    skip = {i for i, ln in enumerate(doc.lines) if ln.boilerplate}
    title_line = next((i for i, ln in enumerate(doc.lines) if ln.text.strip() and i not in skip), None)
    if title_line is not None:
        # "WASA MD: …", or a headline that says who says it ("Flynn says Trump …")
        ta, tb = doc.lines[title_line].start, doc.lines[title_line].end
        if not r.headline(ta, tb):
            r.in_headline = True
            try:
                r.reported(ta, tb, [(q.open, q.close + 1) for q in quote_spans(r.text, ta, tb)])
            finally:
                r.in_headline = False
    rules = sentence_rules(doc.lang)
    for i, ln in enumerate(doc.lines):
        if i in skip or i == title_line or not ln.text.strip():
            continue
        # quotations are paired over the paragraph: one may run over several sentences. The
        # sentences are cut again on the reader's text, where ''…'' is a quotation too.
        quotes_here = [(q.open, q.close + 1) for q in quote_spans(r.text, ln.start, ln.end)]
        # a transcript: "WALLACE: Let's start with …" is Wallace's own words, the whole paragraph
        turn = re.match(r"\s*[\"“]?([A-Z][A-Z.’'\- ]{0,30}[A-Z]):\s+\S", r.text[ln.start:ln.end])
        if turn:
            sp, content = r.speaker(ln.start + turn.start(1), ln.start + turn.end(1)), r.span(
                ln.start + turn.end() - 1, ln.end)
            if sp and content:
                r.add(sp, ":", "assert", content, True)
                continue
        announced = r.announced
        for sa, sb in r.after_quotes(split_sentences(r.text, ln.start, ln.end, rules), quotes_here):
            # a quotation that opened in an earlier sentence starts at this one's first letter
            # (its "mark" is the character before), one that goes on ends at this one's last
            quotes = [(max(qa, sa - 1), min(qb, sb + 1)) for qa, qb in quotes_here if qa < sb and qb > sa]
            if r.text[sa] in ("\"", "“") and not any(qa <= sa < qb for qa, qb in quotes):
                quotes.append((sa, sb))  # a quotation going on past its paragraph
            r.sentence(sa, sb, quotes)
        if announced is not None and r.announced is announced:
            r.announced = None  # announced for the paragraph that came, not for later ones
    out = []
    for n, f in enumerate(r.found):
        nested = f"s{f.nested_in + 1}" if f.nested_in is not None else None
        out.append(Statement(id=f"s{n + 1}", speaker=f.speaker, cue=f.cue, stance=f.stance,  # type: ignore[arg-type]
                             content=f.content, direct=f.direct, nested_in=nested))
    return out
