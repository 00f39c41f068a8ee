"""What happened, and why: the main event from the lede, the stated reason if any.

What is the lede's main clause as one whole statement of at most 35 words, never cut inside a
phrase: from its subject (or from what was said, when that comes first) to the end of its core;
what completes a word stays (a reporting verb's clause, an object, the noun of a preposition, an
`of` phrase, a noun's `that` clause, a condition), and a statement too long loses whole phrases
from its end (adjuncts, asides, clauses), never an argument. "Officials said X" is X only when X
is a plain fact (claims.py); never the headline again. Why is the clause or phrase a causal cue
governs ("because ...", "due to ...", "amid ...", "in a bid to ..."), cut to that phrase; "after"
and "following" count only when they govern an event, not a date, a cue inside someone's
accusation or a condition is none, and nothing is returned when the story states no cause. A
decider's own account right after the lede ("X declined the offer. He said the party needs ...")
and a headline's "after"/"over" phrase are reasons too.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..facts import Fact
from ..input.furniture import share_bar_words
from .claims import (CLAIM_VERBS, content_follows, NEUTRAL_REPORTS, according_to, addressee, conditional, hedge, named_source, particular_source, told_as_fact, trailing_claim,
                     within_claim)
from .sentences import (DATELINE_OPENING, comma_fellow, completes_noun, run_on_conjunct, in_title_case_line, not_only, first_of_listed_verbs, glued_scale, had_done, hearsay, inside, is_furniture, lede, main_clause_after_subordinate, main_verb_after_participle, measure_of,
                        opening_s_apposition, SETTING, named_clause, quote_regions_of, sents, SUBJECT_DEPS, subject_of,
                        subjects_of, subordinate_opener, limits_a_negation, text_of)
from .times import is_duration, is_time

MAX_WHAT_WORDS = 35
SHORT_WHAT_WORDS = 25  # a statement a reader takes in at once; a longer one sheds a participle's phrases
MIN_WHAT_WORDS = 4  # fewer hardly tell an event: "Rabbis vow", "Whigs died"
MAX_WHY_WORDS = 14
_TIME_BEFORE = frozenset({"shortly", "soon", "just", "right", "immediately", "long", "minutes", "hours", "days", "weeks",
                          "months", "years", "moments", "day", "week", "month", "year", "hour", "minute"})
TITLE_RANK = 0.95
BLAME = 0.85  # a headline's cause ranks with the lede's "because"
# cue -> confidence that the phrase it opens states a reason (not merely a time)
CAUSAL_CUES = {
    "because of": 0.9, "because": 0.9, "due to": 0.9, "owing to": 0.9, "as a result of": 0.9,
    "thanks to": 0.8, "in a bid to": 0.8, "in order to": 0.8, "so as to": 0.7, "in protest at": 0.8,
    "in protest against": 0.8, "in response to": 0.8, "retaliation for": 0.9, "revenge for": 0.9,
    "reprisal for": 0.9, "retribution for": 0.9,
    "in an effort to": 0.8, "in an attempt to": 0.8, "amid": 0.7, "amidst": 0.7, "following": 0.55,
    "after": 0.5, "to protest": 0.7, "to avoid": 0.6, "prompted by": 0.8, "sparked by": 0.8,
    "triggered by": 0.8, "caused by": 0.9, "blamed on": 0.8, "since": 0.4, "over": 0.4,
}
# a motive noun names the kind of reason and stays with it: "retaliation for air strikes", and so
# does "a 'revenge attack' for air strikes" (the noun may be quoted and name the act it motivates)
_MOTIVES = ("retaliation", "revenge", "reprisal", "retribution")
_MOTIVE_RE = r"(?:" + "|".join(_MOTIVES) + r")s?(?:[\"'\u201d\u2019]?\s+(?:attacks?|strikes?|killings?|bombings?))?[\"'\u201d\u2019]?\s+for"
_CUE_RE = re.compile(r"\b(" + _MOTIVE_RE + "|" + "|".join(sorted((re.escape(c) for c in CAUSAL_CUES), key=len, reverse=True))
                     + r")\b", re.I)
# sentences after these have moved on from the main event to its background and side events
WHY_SENTENCES = 7
# dependents that make the core of a short statement; relative clauses, appositives,
# adverbial clauses and conjuncts are asides and end it
_CORE = ("dobj", "attr", "acomp", "oprd", "prt", "dative", "xcomp", "ccomp", "agent", "pobj", "prep", "neg",
         "compound", "amod", "det", "poss", "nummod", "quantmod", "case", "advmod", "aux", "auxpass", "pcomp",
         "nmod", "nsubj", "nsubjpass")
# what a word cannot lose and stay whole (with `of` phrases and a noun's `that` clause: `_needed`)
_ARGUMENTS = frozenset({"ccomp", "xcomp", "dobj", "obj", "pobj", "pcomp", "attr", "acomp", "dative", "oprd", "agent",
                        "csubj", "csubjpass"})
_SUBJECTS = SUBJECT_DEPS
_SAYING = NEUTRAL_REPORTS | CLAIM_VERBS  # verbs whose clause is what someone said
_UTTERANCES = lexicon.words("claims", "utterance_nouns")
_GROUNDS = lexicon.words("claims", "grounds_words")
_SPEAKING = lexicon.words("cues", "speech_verbs") | _SAYING
# determiners of a noun new to the reader, whose participle after it says which or how ("some attacks blamed on X")
_FUNDING = lexicon.words("funding_verbs")  # "give a £4m grant to help survivors": the infinitive is what for
_INDEFINITE = frozenset({"a", "an", "some", "several", "many", "any", "two", "three", "few"})
# a pronoun that names no one until its clause says who: "someone he would like to see run"
_INDEFINITE_PRONOUNS = frozenset({"someone", "somebody", "something", "anyone", "anybody", "anything", "everyone",
                                  "everybody", "everything", "nobody", "nothing", "one", "those"})


def _needed(child: Token, loose: bool = False) -> bool:
    """Whether `child` completes its head, so that a phrase cut without it is a fragment (the
    definition ../shared/tools/what_check.py measures by): a subject, what is said or done (ccomp,
    xcomp), an object or complement, the agent, the noun of a preposition, an `of` phrase ("as part
    of the plan", "a tightening of the rules"), a clause with `that` on a noun ("reports that ..."),
    and, beyond what_check.py asks, a condition ("if ...", "unless ..."). `loose`: a clause after a
    colon, semicolon or dash ("set off a row: Republicans said ...") is a second statement, which
    a statement too long with it may leave out."""
    if child.is_punct:
        return False
    if loose and child.dep_ in ("ccomp", "conj", "parataxis") and child.i > child.head.i and \
            any(t.text in (":", ";", "\u2014", "--", "\u2013")
                for t in child.doc[child.head.i + 1 : child.left_edge.i]):
        return False  # (a clause before a colon is the statement the one after it elaborates)
    if child.dep_ in _ARGUMENTS or child.dep_ in _SUBJECTS:
        return True
    if child.dep_ == "conj" and not_only(child.head):
        return True  # "will not only cut costs but raise taxes": "not only" promises the second verb
    if hedge(child):
        return True  # "Maybe the rules still apply", "has reportedly amassed": without its hedge it claims more
    if limits_a_negation(child):
        return True  # "did not complain when China's spending helped growth": the negation holds only then
    if child.dep_ in ("npadvmod", "appos") and measure_of(child.head) == child:
        return True  # "the campaign cost £1.7m": the sum is what it cost
    if child.dep_ == "prep" and child.lower_ == "of":
        return True
    if _compared_with(child):
        return True  # "the same rights as full-time staff", "more votes than Labour": what it is compared with
    if child.dep_ == "npadvmod" and child.like_num and child.i > 0 and child.doc[child.i - 1].lower_ == "aged":
        return True  # "has died aged 88": the age goes with "aged"
    if conditional(child):
        return True  # "would reopen if repairs go well": a statement without its condition claims more
    if child.dep_ == "prep" and child.lower_ == "in" and any(c.lower_ == "common" for c in child.children):
        return True  # "all had something in common": "have ... in common" is one verb
    if (child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children) or
            child.dep_ == "prep" and child.lower_ == "since") and \
            any(c.dep_ in ("dobj", "attr", "npadvmod") and is_duration(c) for c in child.head.children):
        return True  # "Tuesday marks four weeks since Trump won the primary": a length of time from what it counts
    if child.dep_ in ("advcl", "parataxis", "ccomp", "conj") and child.head.dep_ == "ROOT" and _a_comparison_s_half(child):
        return True  # "The more voters learn about her, the more they like her": one comparison in two halves
    if child.dep_ == "advcl" and child.pos_ in ("VERB", "AUX") and child.head.dep_ == "ccomp" and \
            child.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nsubj" for c in child.children):
        return True  # "reaffirming that the probe into X's use of a server while secretary of state is free of
        # influence": the parser headed the that-clause by its subject's noun; the clause's verb is what it says
    if child.dep_ == "prep" and child.head.pos_ in ("VERB", "AUX") and _a_source_or_a_proposal(child):
        return True  # "should give up second jobs, according to the Hansard Society"; "could be fined under plans"
    if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and \
            any(g.dep_ == "prep" and _a_source_or_a_proposal(g) for g in child.children):
        return True  # "was spent and organised under government plans": the plan frames both verbs
    if child.dep_ == "acl" and child.head.pos_ == "NOUN" and child.lemma_ in _SAYING and \
            any(c.dep_ == "ccomp" for c in child.children):
        return True  # "denied a report claiming he warned X": the report is what it claims
    if child.dep_ == "relcl" and (child.head.pos_ == "NOUN" or child.head.lower_ in _INDEFINITE_PRONOUNS) and \
            child.doc[child.left_edge.i - 1].text != ",":
        return True  # "telephoning the people who have signed up", "found someone he would like to run": which
    if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and any(c.dep_ == "agent" for c in child.children) and \
            any(c.dep_ == "auxpass" for c in child.head.children) and not any(c.dep_ == "agent" for c in child.head.children):
        return True  # "was booed and shouted down by Sanders supporters": the agent is both passives'
    if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and _subjectless_finite(child):
        return True  # "denied his statement was drafted by X": a clause the parser took for a second verb
    if child.dep_ == "acl" and child.head.pos_ == "NOUN" and _finite_with_subject(child):
        return True  # "reports he told X he would quit": a clause of its own on the noun says what it holds
    if completes_noun(child):
        return True  # "a report by the Fabian Society", "in a break with tradition"
    if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in child.children) \
            and _only_under_way(child.head):
        return True  # "An inquiry is under way after files were found in a street": what happened is the event
    if _bare_plural_s_phrase(child):
        return True  # "amid growing calls for an inquiry": calls for what is what they are
    if had_done(child):
        return True  # "had its bid to block the fence thwarted": what was done to it, the news
    if child.dep_ == "prep" and child.lower_ == "for" and _grounds(child):
        return True  # "on trial for manslaughter", "compensation for being refused a berth": why, the news
    if _grounds_without_for(child):
        return True  # "has apologised to MPs after the office announced ...": what the apology is for
    if child.dep_ == "acl" and child.tag_ == "VBN" and child.i == child.head.i + 1 and child.head.pos_ == "NOUN" and \
            _new_noun(child.head):
        return True  # "some break-ins blamed on activists", "a day trip unguarded": which ones, or how
    if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_ in _SPEAKING and \
            any(c.dep_ == "ccomp" for c in child.children) and \
            any(c.dep_ == "dobj" and c.lemma_.lower() in _UTTERANCES for c in child.head.children):
        return True  # "issued a rallying cry, telling voters the risks are too great": what the cry said
    if child.dep_ in ("prep", "dative") and child.i == child.head.i + 1 and child.head.dep_ == "acl" and \
            child.head.tag_ == "VBN" and child.head.head.pos_ in ("NOUN", "PROPN"):
        return True  # "a leaflet posted to homes": a participle after its noun says nothing without its phrase
    return child.dep_ in ("acl", "relcl") and child.head.pos_ == "NOUN" and \
        any(t.lower_ == "that" for t in child.subtree)


def _a_comparison_s_half(clause: Token) -> bool:
    """Whether the clause opens with "the" and a comparative ("the more they like her"), the second half of
    "the more ..., the more ...", which says nothing without the first and the first nothing without it."""
    words = [t for t in clause.subtree if not t.is_punct]
    return len(words) > 1 and words[0].lower_ == "the" and words[1].tag_ in ("JJR", "RBR")


def _compared_with(prep: Token) -> bool:
    """The "as" of "the same X as Y" and the "than" of "more X than Y", "bigger than Y": a comparison
    says nothing without what it compares with, wherever the parser hung it."""
    if prep.dep_ != "prep" or prep.lower_ not in ("as", "than"):
        return False
    head = prep.head
    words = [head, *head.children]
    if prep.lower_ == "as":
        return any(w.lower_ == "same" for w in words)
    return any(w.tag_ in ("JJR", "RBR") or w.lower_ in ("more", "less", "fewer", "rather") for w in words)


def _grounds(prep: Token) -> bool:
    """A "for" phrase giving the grounds of what its head says: "for" and a gerund ("jailed for
    stealing", "compensation for being refused a berth") or "for" after a word of a trial, a penalty
    or a redress ("on trial for manslaughter", "fined for fraud"): the offence or the wrong."""
    gerund = any(c.dep_ == "pcomp" and (c.tag_ == "VBG" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBG"
                                                                for a in c.children)) for c in prep.children)
    return gerund or prep.head.lemma_.lower() in _GROUNDS


_GROUNDS_MARKS = frozenset({"after", "following", "over"})


def _grounds_without_for(child: Token) -> bool:
    """An "after" clause or an "after"/"over" phrase on a word of a penalty, a redress or an apology that has
    no "for" ("apologised to MPs after the Home Office announced ...", "jailed after the riot"): it names the
    grounds, as "for" would; the act without it says nothing of why."""
    head = child.head
    if head.lemma_.lower() not in _GROUNDS or child.i < head.i or \
            any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
        return False
    if child.dep_ == "prep":
        return child.lower_ in _GROUNDS_MARKS
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _GROUNDS_MARKS for c in child.children)


def _new_noun(noun: Token) -> bool:
    """A noun new to the reader: with "a", "some" or a number, or a bare plural ("attacks blamed on X");
    a participle straight after it says which or how, and the noun alone is vague."""
    dets = [c for c in noun.children if c.dep_ in ("det", "nummod", "poss")]
    return any(c.lower_ in _INDEFINITE or c.dep_ == "nummod" for c in dets) or \
        noun.tag_ == "NNS" and not dets


def _only_under_way(verb: Token) -> bool:
    """"An inquiry is under way", "A search is underway": a clause that says only that an unnamed act
    (a noun with "a" and nothing after it: an inquiry into what?) is going on; the clause after it
    ("after files were found") tells what it is about, the event."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    way = any(c.lower_ == "underway" or c.dep_ == "prep" and c.lower_ == "under" and
              any(g.dep_ == "pobj" and g.lower_ == "way" for g in c.children) for c in verb.children)
    return verb.lemma_ == "be" and way and subject is not None and subject.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children) and not any(True for _ in subject.rights)


def _bare_plural_s_phrase(prep: Token) -> bool:
    """A phrase straight after a plural noun with no determiner ("growing calls for an inquiry", "fresh
    demands for a vote"): a bare plural is as new to the reader as a noun with "a", and its phrase
    says what it is; a place or a time ("troops in Iraq", "talks after the vote") is its setting."""
    head = prep.head
    return prep.dep_ == "prep" and head.tag_ == "NNS" and prep.i == head.i + 1 and prep.is_lower and \
        prep.lower_ not in SETTING and not any(c.dep_ in ("det", "poss") for c in head.children)


def _purpose_shape(verb: Token) -> bool:
    """An infinitive with no subject or mark of its own ("to see if ..."), or with "for" and its subject
    ("wait for the manifesto to see ...": what is waited for and why, one clause in English)."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    return not marks and not subjects or marks == ["for"] and len(subjects) <= 1


def _finite_with_subject(verb: Token) -> bool:
    """A clause with its own subject and a finite verb ("he would quit", "the deal was signed", "there will be
    a giveaway")."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or \
        any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _subjectless_finite(verb: Token) -> bool:
    """A finite verb ("was drafted") conjoined with no conjunction ("and", "but") and no subject of
    its own: not a second verb of the subject's but the clause of the first verb's object, which is
    its subject ("denied his statement was drafted")."""
    head = verb.head
    finite = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)
    joined = any(c.dep_ in ("cc", "preconj") for c in head.children if c.i < verb.i) or \
        any(c.dep_ == "cc" for c in verb.children) or \
        any(t.is_punct for t in verb.doc[head.i + 1 : verb.left_edge.i])
    return finite and not joined and not any(c.dep_ in _SUBJECTS for c in verb.children) and \
        any(c.dep_ == "dobj" and c.i < verb.i for c in head.children)


# nouns of what is only proposed: "under plans", "under proposals" make what follows a hypothetical
_PROPOSALS = frozenset({"plan", "proposal", "scheme", "blueprint"})


def _a_source_or_a_proposal(prep: Token) -> bool:
    """"according to X" on a modal's statement (whose recommendation or forecast it is) and "under
    plans/proposals" (what is only proposed): told without them, a statement claims as fact what the
    story attributes."""
    if prep.lower_ == "according":
        # a recommendation, a forecast or a view ("MPs should give up second jobs"), not a fact a
        # report gives (claims.according_to)
        return according_to(prep.head) is not None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.lower_ == "under" and pobj is not None and pobj.lemma_.lower() in _PROPOSALS


def _misplaced_agent(prep: Token) -> bool:
    """'described as "idle speculation" by Downing Street': a "by" phrase the parser hung on the
    complement of a passive verb that has no agent of its own is that verb's agent, who described,
    dismissed or denied it: the statement's source, never cut."""
    if prep.lower_ != "by":
        return False
    verb = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "auxpass" for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


def _step(child: Token) -> int:
    """How deep a phrase takes its words: a preposition or a clause on a noun is one step down; an `of`
    phrase none, since it makes one noun with its head ("hundreds of millions of pounds in aid",
    "the state of denial over the vote"), whose own phrases are the noun's."""
    return 1 if child.dep_ in ("prep", "acl") and child.lower_ != "of" else 0


def _core_end(tok: Token, depth: int = 0, max_depth: int = 1, times: bool = True, loose: bool = False,
              fresh: bool = False) -> int:
    """The last token index of `tok`'s phrase without asides; prepositions nest `max_depth` deep.
    What completes a word (`_needed`) is kept wherever it stands, and so is all before it.
    `times=False` (the What) leaves a time at the end out: the When says when."""
    rights = list(tok.rights)
    last_needed = max((k for k, c in enumerate(rights) if _needed(c, loose)), default=-1)
    end = tok.i
    for k, child in enumerate(rights):
        if k <= last_needed:  # up to the last word that completes `tok`: the span is one piece
            # a clause that completes a noun ("claims that the deal was signed in secret") is a
            # statement of its own, its phrases counted afresh
            # ("a leaflet posted to homes": a participle on a noun says which, its own phrases counted on)
            clause = child.pos_ in ("VERB", "AUX") and not (child.dep_ == "acl" and child.tag_ == "VBN" and not any(
                c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in child.children))
            deeper = 0 if clause else depth + _step(child)
            # (and its time is what it states, no When of the statement: "gave fresh clues that the election
            # will be announced on Monday")
            whole = _core_end(child, deeper, max_depth, times or clause, loose, fresh) if _needed(child, loose) else child.right_edge.i
            end = max(end, whole)
            continue
        # "the offer made by X"; "under plans unveiled by ministers": whose plans, however deep
        participle = child.dep_ == "acl" and child.tag_ == "VBN" and \
            (depth == 0 or depth <= max_depth + 1 and any(c.dep_ == "agent" for c in child.children))
        # "the offer to join the party", "attempts to rejuvenate itself": the infinitive completes the noun;
        # "vow to boycott the speech": the verb (the parser calls it an adverbial clause at times)
        # "wait for the manifesto to see if ...", "broke away from the text to deliver a rebuff": a purpose
        # says what the act is for, kept as long as the statement stays within its bound (`_statement`
        # drops it whole); after an object an infinitive may be the object's ("a grant to help") or a result
        # ("ended the curse to win the title"), which the parse does not tell apart, so only a verb without
        # an object keeps it
        # ... except after a verb of giving or spending, whose infinitive can only be what the gift is for
        purpose = tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in _FUNDING or
                                                   not any(c.dep_ in ("dobj", "obj", "dative") for c in tok.children))
        # ("his aim to \u201cfundamentally transform\u201d the country", "a call for the US to accept more refugees": an
        # infinitive that starts right after a noun is the noun's, whatever the parser called it)
        infinitive = (child.dep_ == "acl" or child.dep_ == "advcl" and
                      (tok.dep_ == "acl" or child.i == tok.i + 2 or purpose or
                       tok.pos_ == "NOUN" and child.left_edge.i == tok.i + 1)) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
            and _purpose_shape(child)  # also "the offer made by X to lead"
        # "the rules governing the succession": a participle straight after a definite noun says which
        # ("regulations controlling betting on sport": a bare plural says which by its participle too)
        participle = participle or child.dep_ == "acl" and child.i == tok.i + 1 and tok.pos_ == "NOUN" and \
            child.tag_ == "VBG" and (any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)
                                     or tok.tag_ == "NNS" and not any(c.dep_ == "det" for c in tok.children))
        # ("a deal bringing Serbia closer to the EU", "the women freed from prison": in a short statement
        # (`fresh`), after a noun new to the reader or a definite one, any participle straight after it says
        # which one; the noun alone is vague)
        which = not participle and fresh and child.dep_ == "acl" and child.i == tok.i + 1 and tok.pos_ == "NOUN" and \
            child.tag_ in ("VBG", "VBN") and (_new_noun(tok) or any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children))
        # "appointed a senior figure from BT to be the party's new communications chief": after an object,
        # "to be" and what the object is to be is the object's complement, the news of an appointment
        complement = child.lemma_ == "be" and child.dep_ in ("advcl", "xcomp", "ccomp") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and \
            any(c.dep_ == "attr" for c in child.children) and any(c.dep_ == "dobj" and c.i < child.i for c in tok.children)
        infinitive = infinitive or complement
        if child.is_punct and child.text not in ("(", "\u2014", "--", ";", ":"):
            continue  # a comma or a quotation mark inside the phrase; an aside ends at its first non-core word
        nominal = tok.pos_ in ("NOUN", "PROPN")
        # "keeping UK and foreign terror suspects under arrest": a noun the parser joined to a verb that has
        # an object is the object's second, one list with it
        objects = tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in tok.children) and \
            any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
        if child.dep_ == "cc" and (nominal or tok.pos_ == "ADJ" or objects):
            continue  # "leadership and collective will", "long, costly and chaotic": the conjunct decides
        listed = child.dep_ == "conj" and ((nominal or objects) and child.pos_ in ("NOUN", "PROPN") or
                                           tok.pos_ == "ADJ" and child.pos_ == "ADJ")
        if not times and _time(child) or child.dep_ == "appos" and _named(child) and child.left_edge.i == end + 1:
            if child.dep_ == "appos":  # "the jailed journalist Ruth Okafor": the name is who it is
                end = child.right_edge.i
            continue  # a time ("on Tuesday", "late Thursday night") ends no phrase, nor is kept at the end
        if run_on_conjunct(child):
            end = max(end, child.right_edge.i)  # one phrase the parser split (`sentences.run_on_conjunct`)
            continue
        if child.dep_ not in _CORE and not participle and not infinitive and not listed and not which:
            break
        if child.dep_ == "prep" and depth >= max_depth and not _misplaced_agent(child):
            break
        if child.dep_ == "prep" and depth >= 1 and max_depth > 1 and \
                (child.lower_ in SETTING or "according" in (child.lower_, tok.lower_) or _time(child) or
                 not child.is_lower and not in_title_case_line(child)):
            # (a heading capitalises its prepositions: "With A Green Light From The U.S. And Iran" is one phrase)
            break  # a phrase deeper in: what the phrase is, not where, when or who says so (the Where's, the When's)
        if child.dep_ == "advmod" and any(not t.is_quote for t in tok.doc[end + 1 : child.left_edge.i]):
            # (an adverb phrase right after the words kept goes on: "bringing Serbia a step closer", and
            # so does one in quotation marks: 'announced "prematurely" a review')
            break
        # `which`: such a participle is a clause of its own, its phrases counted afresh ("the women freed from
        # prison in Peru"): it says which one, and what it says is whole
        step = 0 if which else _step(child)
        end = max(end, _core_end(child, depth + step, max_depth, times, loose, fresh))
    return end


# prepositions that date an event ("on Monday", "in May", "within weeks"); "for a third day" says how long
_WHEN_PREPS = frozenset({"on", "in", "at", "during", "since", "until", "till", "before", "after", "by", "within",
                         "from", "earlier", "later"})


def _time(child: Token) -> bool:
    """A time adjunct: "Tuesday", "last week", "on Monday", "in 2004"; not how often or how long
    ("for the first time", "for a third day" are news)."""
    if child.dep_ in ("npadvmod", "advmod", "nmod"):
        return is_time(child) and child.lemma_ != "time"
    pobj = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else None
    # "the first title in 108 years": a span to compare with, not when it happened
    span = child.lower_ == "in" and pobj is not None and pobj.tag_ == "NNS"
    return pobj is not None and child.lower_ in _WHEN_PREPS and is_time(pobj) and pobj.lemma_ != "time" and not span


def _named(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC")


def _start(top: Token, sent: Span, loose: bool = False) -> int:
    """Where the statement starts: at its subject, or at what was said when that comes first
    ("The plan will go ahead, the minister said"); preposed adjuncts ("In a speech on Monday,") go."""
    first = [c.left_edge.i for c in top.lefts if _needed(c, loose) and not opening_s_apposition(c, top)]
    # (a subject the parser hung on the verb's auxiliary is the verb's: "..., the nominee remains locked")
    first += [g.left_edge.i for g in subjects_of(top) if g.head != top]
    # (and a name a comma alone joins to it: "Obama, Biden to campaign for Clinton")
    first += [f.left_edge.i for f in map(comma_fellow, subjects_of(top)) if f is not None]
    # "Felicia Sanders and Polly Sheppard, two of the three people who survived ..., made a call": the parser
    # left the names hanging and took their apposition for the subject; the names are who did it
    first += [c.left_edge.i for c in top.lefts if c.dep_ == "dep" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
              and any(s.dep_ in _SUBJECTS and s.i > c.i for s in top.lefts)]
    if top.dep_ in ("conj", "xcomp") and main_verb_after_participle(top.head) == top:
        # "The head of the agency widely reported to have resigned is still at the helm": the subject
        # the parser hung on the participle is the main verb's
        first.append(subject_of(top.head).left_edge.i)
    if top.lemma_ in _SAYING and not any(c.dep_ == "ccomp" for c in top.children):
        # "As the rally began, a girl was hurt, police said": the parser hung what was said on
        # the clause before it; it is what the police said all the same
        first += [c.left_edge.i for c in top.lefts
                  if c.dep_ in ("advcl", "parataxis", "dep") and c.pos_ in ("VERB", "AUX")]
    # "Before he resigned on Wednesday, Blunkett had been in charge of ...": a main clause in the past
    # perfect is background to the event its opening "before"/"after"/"when" clause tells, the news
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in top.children)
    first += [c.left_edge.i for c in top.lefts if perfect and c.dep_ == "advcl" and c.tag_ == "VBD"
              and any(m.dep_ == "mark" and m.lower_ in ("before", "after", "when", "as") for m in c.children)]
    if first:
        return _whole_phrase_start(sent, min(first), top)
    return sent.start


# how a word before a statement's start may hang on a word in it and leave the statement whole: a preposed
# adjunct ("In a speech on Monday, ...") and its punctuation; anything else is part of a phrase the start cuts
_ADJUNCTS = frozenset({"prep", "advmod", "advcl", "npadvmod", "mark", "punct", "intj", "dep", "parataxis", "cc"})


def _whole_phrase_start(sent: Span, s: int, top: Token) -> int:
    """`s` moved back to the start of the phrase it would cut: "A strong, intelligent woman struggles ..."
    whole, not from "intelligent"; "A man holding a sign and a woman holding another, their arms around
    one another, greeted voters" from its subject, not from its aside. A word before `s` that hangs on a
    word between `s` and the verb, other than as a preposed adjunct, belongs to the statement."""
    opening = next((w for w in sent if not (w.is_punct or w.is_space)), None)
    moved = True
    while moved:
        moved = False
        for t in sent.doc[sent.start : s]:
            # (a noun the parser hung on the verb as a bare adverb, no time, is a subject it misread: "A man
            # holding a sign and a woman ..., their arms around one another, greeted voters")
            # (only a noun phrase that opens the sentence with its article, as a subject does; not "Thanks to
            # ...", a heading before a colon or a caption's credit)
            misread = t.dep_ in ("npadvmod", "dep") and t.pos_ in ("NOUN", "PROPN") and not is_time(t) and \
                t.left_edge == opening and opening.pos_ == "DET" and \
                not any(w.text == ":" for w in sent.doc[t.i : s])
            if s <= t.head.i <= top.i and (t.dep_ not in _ADJUNCTS or misread) and not t.is_space and \
                    not opening_s_apposition(t, top):
                s, moved = t.left_edge.i, True
                break
    return s


def _whole(doc: Doc, s: int, e: int, top: Token, dateline: int | None = None, loose: bool = False) -> bool:
    """Whether doc[s:e+1] is one whole statement: every word but `top` hangs on a word inside it,
    and no word has lost a dependent that completes it (a dateline before it, from `dateline`
    on, is no part of it, whatever the parser hung on it)."""
    lo = s if dateline is None else dateline
    for t in doc[s : e + 1]:
        if t.i != top.i and not lo <= t.head.i <= e:
            return False
        if any((c.i < lo or c.i > e) and _needed(c, loose) and not (t == top and opening_s_apposition(c, top))
               for c in t.children):
            return False
    return True


def _words(doc: Doc, s: int, e: int) -> int:
    return sum(not t.is_punct and not t.is_space for t in doc[s : e + 1])


def _open_quote(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e+1] stops inside a quotation: a mark opened in it and not closed right after it."""
    text = text_of(doc)
    a, b = doc[s].idx, doc[e].idx + len(doc[e])
    return _unclosed(text, a, b) is not None


def _quoted_to_a_comma(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e+1] ends where a quotation opened in it closes after a comma: 'a defense of \u201cNew York
    values,\u201d saying ...'."""
    text = text_of(doc)
    a, b = doc[s].idx, doc[e].idx + len(doc[e])
    opened = text[a:b].count('"') % 2 or text[a:b].count("\u201c") > text[a:b].count("\u201d")
    return bool(opened) and text[b : b + 1] == "," and text[b + 1 : b + 2] in ('"', "\u201d")


_CLOSING = {'"': '"', "\u201c": "\u201d"}


def _unclosed(text: str, a: int, b: int) -> str | None:
    """The closing mark text[a:b] lacks, a quotation opened in it and not closed right after it, where its
    sentence's stop may come first ('the justice\u2019s \u201cmind is shot.\u201d': American style closes the
    quotation after the full stop or comma); None when every quotation opened in it is closed."""
    straight = text[a:b].count('"') % 2
    curly = text[a:b].count("\u201c") > text[a:b].count("\u201d")
    mark = '"' if straight else "\u201c" if curly else None
    if mark is None or text[b : b + 1] == _CLOSING[mark] or \
            text[b : b + 1] in (".", ",", "?", "!") and text[b + 1 : b + 2] == _CLOSING[mark]:
        return None
    return _CLOSING[mark]


def _loose_end(tok: Token) -> bool:
    """A word a statement cannot end on: a function word ("as", "the", "and"); not a particle ("drawn
    up") nor a preposition whose noun came before it ("the subject she has devoted time to")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # (a preposition whose noun the parser hung elsewhere, "an ombudsman over | claims its officers ...", has
    # words after it: only one at the clause's end is stranded)
    stranded = tok.dep_ == "prt" or tok.pos_ == "ADP" and not any(True for _ in tok.children) and \
        (nxt is None or nxt.is_punct or nxt.is_space)
    # "amid Tory claims": a party's or a people's name before the noun it qualifies ("claims",
    # "plans", "fears", a verb's form too), which the parser hung elsewhere, is no noun to end on
    if tok.ent_type_ in ("NORP", "ORG") and tok.pos_ == "PROPN" and tok.dep_ == "pobj" and nxt is not None \
            and nxt.is_lower and nxt.tag_ in ("NN", "NNS", "VBZ") and nxt.head.i != tok.i:
        return True
    # "a report by the Canadian Centre" of "the Canadian Centre for Policy Alternatives": a name goes whole
    inside_name = tok.ent_iob_ in ("B", "I") and nxt is not None and nxt.ent_iob_ == "I" and not nxt.is_punct
    # ("over claims" of "over claims its election campaign has broken the rules": `claims.content_follows`)
    return tok.is_punct or tok.is_space or tok.pos_ in ("ADP", "DET", "CCONJ", "PART", "SCONJ") and not stranded \
        or tok.lower_ == "according" or inside_name or content_follows(tok)


def _statement(doc: Doc, sent: Span, top: Token, limit: int | None = MAX_WHAT_WORDS,
               loose: bool = False) -> tuple[int, int] | None:
    """The span of the statement `top` heads: from its subject to the end of its core, and when that
    is too long or not whole, the longest whole statement within `limit` words that it starts, cut
    before a whole phrase: an adjunct, an aside or a clause after the last word that completes it
    (Hedge Trimmer's way: constituents dropped whole, never an argument cut). With no `limit`,
    the shortest whole statement."""
    first = _start(top, sent, loose)
    s = _start_after_dateline(doc, sent, first, top.i)
    dateline = first if s > first else None
    end = _core_end(top, times=False, loose=loose, fresh=True)
    if _words(doc, s, end) > SHORT_WHAT_WORDS:  # a participle's phrases whole only while the statement is short
        end = _core_end(top, times=False, loose=loose)
    else:
        # ("a rise in the number of students from the south", "resigned his post as a partner in a law firm"):
        # while the statement stays short, a phrase inside a phrase is whole with it
        deeper = _core_end(top, max_depth=2, times=False, loose=loose, fresh=True)
        if _words(doc, s, deeper) <= SHORT_WHAT_WORDS:
            end = deeper
    if limit is not None and first_of_listed_verbs(top) is not None:
        # "Brown is to freeze duty, fund a package and boost childcare": a list of what one subject
        # does goes whole when it fits, never cut after its second item
        last = max((c for c in top.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), key=lambda c: c.i,
                   default=None)
        if last is not None and _words(doc, s, _core_end(last, times=False)) <= limit:
            end = max(end, _core_end(last, times=False))
    ends = range(end, top.i - 1, -1) if limit is not None else range(top.i, sent.end)
    if limit is not None and (_open_quote(doc, s, end) or _quoted_to_a_comma(doc, s, end)):
        # the core ends inside a quotation ('dismissed the Budget as "vote now, pay later" plans'): the
        # quotation whole, with what it belongs to, else the statement before it (and one closed after a
        # comma, 'had \u201coverwhelming disclosure,\u201d referencing its donations', with what follows it if it can)
        ends = list(range(end + 1, sent.end)) + list(ends)
    fits = [e for e in ends if not _loose_end(doc[e]) and (limit is None or _words(doc, s, e) <= limit)
            and not _open_quote(doc, s, e) and _whole(doc, s, e, top, dateline, loose)]
    # (a modifier's clause goes whole or not at all when the bound cuts it: "including deportation relief that
    # would go" is whole by its parse and reads cut; the statement before it is whole)
    bound = limit is not None and _words(doc, s, end) > limit
    found = next((e for e in fits if not bound or not _open_clause(doc, s, e, top)), fits[0] if fits else None)
    if found is None or _words(doc, s, found) >= MIN_WHAT_WORDS and not _bare_being(top, found):
        return None if found is None else (s, found)
    # "Republicans blast Obama", "Whigs died": too short to tell the event, it takes the next whole
    # phrases ("after North Korea claims nuclear test"), else what comes before it
    for e in range(found + 1, sent.end):
        if _words(doc, s, e) > (limit or len(sent)):
            break
        # (not on the verb's own adverb: "... children are all" says no more than "are")
        if not _loose_end(doc[e]) and _words(doc, s, e) >= MIN_WHAT_WORDS and \
                not (doc[e].head.i == top.i and doc[e].dep_ in ("advmod", "dep", "prt", "neg")) and \
                _whole(doc, s, e, top, dateline, loose):
            return s, e
    lead = dateline if dateline is not None else sent.start
    while lead < s and (doc[lead].is_punct or doc[lead].is_space):
        lead += 1
    if lead < s and _words(doc, lead, found) >= MIN_WHAT_WORDS and _whole(doc, lead, found, top, loose=loose):
        return lead, found
    return s, found


def _start_after_dateline(doc: Doc, sent: Span, s: int, stop: int) -> int:
    """`s` moved past a dateline, a share bar and punctuation before the word at `stop`."""
    tokens = [t for t in doc[s : stop + 1] if not t.is_space]
    dateline = DATELINE_OPENING.match(text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]) if tokens else None
    if dateline:  # "KUNDUZ, Afghanistan -- Taliban insurgents struck ..." starts after the dateline
        s = next((t.i for t in tokens if t.idx >= tokens[0].idx + dateline.end()), s)
    s += share_bar_words([t.text for t in doc[s:stop]])  # "x Embed x Share Toblerone is ...": the page's buttons
    while s < stop and doc[s].is_punct and not doc[s].is_quote or doc[s].is_space:
        s += 1
    if s > sent.start and doc[s - 1].is_quote and all(t.is_punct or t.is_space for t in doc[sent.start : s]):
        s -= 1  # '"Forward" is in italics': the mark that opens the quoted words the statement starts with
    return s


def _open_clause(doc: Doc, s: int, e: int, top: Token) -> bool:
    """Whether doc[s:e+1] stops on the verb of a clause that modifies a word in it (a relative clause, a
    participle's or an adverbial clause, after the statement's verb) with all that follows the verb left out:
    "relief that would go" of "relief that would go beyond his policies"."""
    t = doc[e]
    return t.dep_ in ("relcl", "acl", "advcl") and t.pos_ in ("VERB", "AUX") and t.i > top.i and \
        any(c.i > e and not c.is_punct for c in t.children)


def _bare_being(top: Token, end: int) -> bool:
    """Whether the statement is "be" with no complement but an adverb ("Thousands of farmers have been
    out", "The minister was there"): it says that someone was somewhere unnamed, nothing of the event,
    which the phrases after it give ("out on the first day of the strike")."""
    if top.lemma_ != "be" or top.pos_ != "AUX" and top.pos_ != "VERB":
        return False
    inside = [c for c in top.children if c.i <= end and c.i > top.i]
    # (none at all, or a quantifier the parser left unattached: "Sex, betrayal and custody of children are
    # all" of "... are all there in this affair")
    return all(c.dep_ in ("advmod", "prt", "neg", "punct") or c.dep_ == "dep" and c.pos_ in ("DET", "ADV")
               for c in inside)


_ASIDE_WORDS = 5  # an aside between commas inside a clause: "as expected", "as widely expected", "it seems"


def _condition_s_time(doc: Doc, s: int, e: int) -> int:
    """Where a statement ending on a condition ends with the time that the condition holds for: "if it
    is held" of "if it is held, as expected, on 5 May" makes a doubt of what is a date, and "if the
    vote goes ahead on Monday" without its day claims more than the story, so the time after the
    condition stays, past a short aside between commas, wherever the parser hung it. `e` unchanged
    when the statement ends on no condition or no time follows it."""
    inside = [m for m in doc[s : e + 1] if m.dep_ == "mark" and conditional(m.head) and m.head.i <= e]
    if not inside or not any(t.i == e for t in inside[-1].head.subtree):
        return e
    sent_end = doc[e].sent.end
    k = e + 1
    if k < sent_end and doc[k].text == ",":  # ", as expected,": an aside the clause goes on after
        close = next((j for j in range(k + 1, min(k + 2 + _ASIDE_WORDS, sent_end)) if doc[j].text == ","), None)
        if close is None or any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[k + 1 : close]):
            return e  # (a clause of its own after the comma is no aside)
        k = close + 1
    if k >= sent_end or not _time(doc[k]):
        return e
    end = doc[k].right_edge.i
    after = doc[end + 1] if end + 1 < sent_end else None
    return end if after is None or after.is_punct else e


_PRESENTING = lexicon.words("claims", "presenting_verbs")


def _occasion_s_clause(doc: Doc, sent: Span, span: tuple[int, int]) -> tuple[int, int]:
    """A statement of someone's words ("..., the leader pledged", "X has said she wants to ...") with the
    "as" clause after it that tells what the speaker was doing then, when that is putting something new before the
    public ("as he unveiled the first part of the manifesto", "as she launched the campaign"): the
    occasion, the event the words were said at, stays with them, within MAX_WHAT_WORDS."""
    # the speaker's verb ends the statement ("..., the leader pledged"), or is in it ("X has said she
    # wants to ...", where the parser may hang the clause on the words said)
    def speaking(t: Token) -> bool:
        return t.pos_ == "VERB" and t.lemma_.lower() in _SPEAKING and span[0] <= t.i <= span[1]
    next_word = span[1] + 1
    while next_word < sent.end and doc[next_word].is_quote:
        next_word += 1  # (past the mark that closes the words said)
    clause = next((c for c in sent if c.dep_ == "advcl" and c.lemma_.lower() in _PRESENTING
                   and c.left_edge.i == next_word and any(speaking(a) for a in c.ancestors)
                   and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                   and any(n.dep_ == "nsubj" and n.pos_ == "PRON" for n in c.children)), None)
    if clause is None:
        return span
    end = _core_end(clause, times=False)
    while end > clause.i and _loose_end(doc[end]):
        end -= 1
    if _words(doc, span[0], end) > MAX_WHAT_WORDS or not end < sent.end:
        return span
    return span[0], end


def extract_what(doc: Doc, title: Doc | None = None) -> Fact | None:
    """The lede's main clause as one whole statement of at most MAX_WHAT_WORDS words.

    Never the headline again: the page shows the headline above it, so what is the lede's own
    statement, with provenance. `title` is accepted for callers and ignored."""
    found = lede(doc)
    if found is None:
        return None
    index, sent = found
    top = sent.root
    top = main_verb_after_participle(top) or top  # a participle in the subject taken for the verb
    top = main_clause_after_subordinate(top) or top  # "Though X did not ..., Y has ...": Y's clause
    # "The prize may elude him but Gordon Brown can ...": a portrait's clause, the named one is the statement
    top = named_clause(sent) or top
    # "Officials said two people were killed": the event is what was said; a claim, a promise or a
    # hypothesis ("officials said the bridge would reopen") stays with its source (claims.py)
    said = next((c for c in top.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    # ("..., it is reported": the story's own hedge, which stays with what it tells)
    # ("the department was told that forces were ready": whoever told it is unnamed, and what it was told is the news)
    if said is not None and told_as_fact(top, said) and not hearsay(top) and addressee(top) is None:
        source = next((c for c in top.children if c.dep_ == "nsubj"), None)
        subject = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # a named speaker saying something is itself the news; "officials said X happened" is X
        if subject is not None and subject.pos_ != "PRON" and (source is None or not (source.ent_type_ or named_source(source))) \
                and not (source is not None and particular_source(source)):
            top = said
    opener = subordinate_opener(top)  # (still a subordinate clause: its main clause lost in the parse)
    if opener is None and subordinate_opener(sent.root) is not None and \
            any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in top.children):
        # "The last time Sanders came to this city, in April, he was running for president": "he" is who the
        # subordinate clause names, and the sentence whole tells it, where it fits
        span = _whole_sentence(doc, sent, MAX_WHAT_WORDS)
        if span is not None:
            return _fact(doc, index, span)
    if opener is not None:
        # "Almost a week after Trump brought supplies to Louisiana, a Baton Rouge newspaper called on ...": a
        # subordinate clause the parser made the root, its main clause lost in the parse; the sentence whole
        # tells it, where it is not much longer than a statement, never the subordinate clause alone
        span = _whole_sentence(doc, sent)
        if span is not None:
            return _fact(doc, index, span)
    span = _statement(doc, sent, top)
    if span is None and top.i != sent.root.i:
        span = _statement(doc, sent, sent.root)
    if span is None:  # too long whole: without a second statement after a colon
        span = _statement(doc, sent, top, loose=True)
    if span is None:
        # no whole statement this short: the shortest whole one there is, if not much longer
        span = _statement(doc, sent, top, limit=None)
        if span is not None and _words(doc, *span) > MAX_WHAT_WORDS + 10:
            span = None
    if span is None:  # the parse allows no whole statement of a readable length: its core, as far as it goes
        s0 = _start(top, sent)
        ends = [t.i for t in doc[s0 : _core_end(top, times=False) + 1]
                if not _loose_end(t) and _words(doc, s0, t.i) <= MAX_WHAT_WORDS]
        span = (s0, ends[-1]) if ends else None
    if span is None:
        return None
    span = (span[0], _condition_s_time(doc, *span))
    if glued_scale(doc[span[1]]):  # "up to £250m": a sum ends with its scale, written on to it
        span = (span[0], span[1] + 1)
    span = _occasion_s_clause(doc, sent, span)
    claim = trailing_claim(sent, top)
    if claim is not None and span[1] < claim.i and _words(doc, span[0], claim.i) <= MAX_WHAT_WORDS:
        # the claim stays its source's: "..., a new book claims", "..., police chiefs have told MPs"
        told = max([claim.i] + [c.right_edge.i for c in claim.children if c.dep_ in ("dobj", "dative") and c.i > claim.i])
        span = (span[0], told if _words(doc, span[0], told) <= MAX_WHAT_WORDS else claim.i)
    return _fact(doc, index, span)


def _whole_sentence(doc: Doc, sent: Span, most: int = MAX_WHAT_WORDS + 10) -> tuple[int, int] | None:
    """The sentence from its first word (after a dateline) to its last, when it has no more than `most` words
    (by default the bound of the shortest whole statement, above)."""
    s = _start_after_dateline(doc, sent, sent.start, sent.end - 1)
    words = [t for t in doc[s : sent.end] if not (t.is_punct or t.is_space)]
    if not words or _words(doc, s, words[-1].i) > most:
        return None
    return s, words[-1].i


def _fact(doc: Doc, index: int, span: tuple[int, int]) -> Fact:
    """The What of doc[span], its quotation marks closed or opened where the span cuts them."""
    s, e = doc[span[0]].idx, doc[span[1]].idx + len(doc[span[1]])
    text = text_of(doc)
    if text[s:e].count('"') % 2 and text[e : e + 1] == '"' or \
            text[s:e].count("\u201c") > text[s:e].count("\u201d") and text[e : e + 1] == "\u201d":
        e += 1  # the closing mark of a quoted name or words: 'its "Empowered Action Group"'
    elif (text[s:e].count('"') % 2 or text[s:e].count("\u201c") > text[s:e].count("\u201d")) and \
            _unclosed(text, s, e) is None:
        e += 2  # and with the stop or comma it closes after: 'the justice\u2019s \u201cmind is shot.\u201d'
    if text[s:e].count('"') % 2 and text[s - 1 : s] == '"' or \
            text[s:e].count("\u201d") > text[s:e].count("\u201c") and text[s - 1 : s] == "\u201c":
        s -= 1  # the opening mark of quoted words it opens with: '"Lasting harm" will be done'
    return Fact(text=text[s:e], sentence=index, start=s, end=e)


def _is_temporal(tokens: list[Token]) -> bool:
    """'after the election' is an event, 'after two weeks' / 'following Monday' only a time."""
    for tok in tokens[:4]:
        if tok.ent_type_ in ("DATE", "TIME") or tok.like_num:
            return True
        if tok.pos_ in ("NOUN", "PROPN", "VERB"):
            return False
    return False


# gatherings one goes to: "encouraged after a meeting with X" dates the feeling; the meeting is the
# occasion, not the cause
_OCCASIONS = frozenset({"meeting", "talk", "talks", "summit", "visit", "speech", "call", "conference",
                        "interview", "briefing", "session", "ceremony", "dinner", "lunch", "breakfast", "event"})


def _occasion(tokens: list[Token]) -> bool:
    noun = next((t for t in tokens[:6] if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"), None)
    return noun is not None and noun.lower_ in _OCCASIONS


def _cue_phrase(doc: Doc, cue_tokens: list[Token]) -> list[Token]:
    """The words the cue governs: its object or clause, without asides, at most MAX_WHY_WORDS."""
    last = cue_tokens[-1]
    sent = last.sent
    governed = [c for c in last.children if c.i > last.i]
    if not governed and last.dep_ in ("mark", "aux"):
        governed = [last.head] if last.head.i > last.i else []
    if governed:
        end = max(_core_end(c, max_depth=2) for c in governed) + 1
    else:
        # the cue word's head is further right ("due to X": "to" governs X)
        end = min(last.i + 1 + MAX_WHY_WORDS, sent.end)
        for t in doc[last.i + 1 : end]:
            if t.text in (",", ";", ":", "\u2014", "--") or t.dep_ == "relcl":
                end = t.i
                break
    tokens = [t for t in doc[cue_tokens[0].i : min(end, sent.end)] if not t.is_space]
    # a comma or a dash ends the reason; so does "during", which only dates it ("car problems during the race")
    cut = next((k for k, t in enumerate(tokens) if k > len(cue_tokens) and (t.text in (",", ";", ":", "\u2014")
                                                                           or t.lower_ == "during")), None)
    if cut is not None:
        tokens = tokens[:cut]
    tokens = tokens[: len(cue_tokens) + MAX_WHY_WORDS]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "PART", "SCONJ")):
        tokens.pop()
    return tokens


# an infinitive of these verbs after the lede's verb tells what came of it, not what it was for:
# "ended their curse to win the World Series", "rallied to beat Cleveland", "went on to become"
_OUTCOMES = frozenset({"win", "beat", "defeat", "clinch", "claim", "finish", "become", "secure", "earn", "reach",
                       "seal", "complete", "lose", "retain", "capture"})


def _purpose(doc: Doc) -> Fact | None:
    """A purpose infinitive on the lede's verb: "Trump flew to Washington to meet Obama"; not an
    outcome ("came back to win the title")."""
    found = lede(doc)
    if found is None:
        return None
    index, sent = found
    for child in sent.root.children:
        if child.dep_ == "advcl" and child.i > sent.root.i and child.lemma_ not in _OUTCOMES and \
                any(c.dep_ == "aux" and c.lower_ == "to" and c.i == child.i - 1 for c in child.children):
            tokens = [t for t in doc[child.i - 1 : _core_end(child) + 1] if not t.is_space][: MAX_WHY_WORDS + 1]
            while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "PART", "SCONJ")):
                tokens.pop()
            if len(tokens) >= 3:
                s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
                return Fact(text=text_of(doc)[s:e], sentence=index, start=s, end=e, confidence=0.6, cue="to")
    return None


def _blamed(doc: Doc) -> list[tuple[float, Fact]]:
    """What someone blames for an event is its cause as they state it: "blamed her defeat on
    interventions by the FBI director", "blamed two letters for her defeat"."""
    found = []
    for i, sent in enumerate(sents(doc)[:WHY_SENTENCES]):
        if is_furniture(sent):
            continue
        for verb in sent:
            if verb.lemma_ != "blame" or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
                continue  # someone's act of blaming, not "a long history of blaming forces"
            on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            cause = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
            if cause is None and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
                cause = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if cause is None or cause.pos_ == "PRON":
                continue
            tokens = [t for t in doc[cause.left_edge.i : _core_end(cause, max_depth=2) + 1] if not t.is_space]
            tokens = tokens[:MAX_WHY_WORDS]
            while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "PART", "SCONJ")):
                tokens.pop()
            if tokens:
                s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
                # the culprit named; a "because" in the same sentence gives the reason itself and goes first
                found.append((-(BLAME - i * 0.05), Fact(text=text_of(doc)[s:e], sentence=i, start=s, end=e,
                                                        confidence=BLAME, cue="blamed on")))
    return found


# acts a decider usually explains in the next breath: "X declined the offer. He said ..."
_DECISIONS = frozenset({"decline", "refuse", "reject", "resign", "quit", "withdraw", "cancel", "abandon", "drop",
                        "postpone", "boycott", "veto", "deny", "oppose", "block", "ban", "suspend", "delay", "scrap",
                        "step", "turn", "pull", "leave", "rule"})
_POSSESSIVE = {"he": "his", "she": "her", "they": "their", "it": "its"}
_SPEECH = lexicon.words("cues", "own_account_verbs")


def _stated_reason(doc: Doc) -> Fact | None:
    """The decider's own account of a decision, right after the lede reports it:
    "X resigned on Monday. She said she had lost the confidence of her party." Their words
    restating the act ("I declined the offer") are not its reason, and are passed over."""
    found = lede(doc)
    if found is None:
        return None
    index, sent = found
    root = sent.root
    if root.lemma_ not in _DECISIONS or root.pos_ != "VERB":
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    names = {t.lower_ for t in subj.subtree if t.pos_ == "PROPN"} if subj is not None else set()
    for j, other in enumerate(sents(doc)[index + 1 : index + 4], start=index + 1):
        if is_furniture(other) or any(t.lemma_ == root.lemma_ for t in other):
            continue
        for verb in other:
            if verb.lemma_ not in _SPEECH or verb.pos_ != "VERB":
                continue
            speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
            if speaker is None or said is None:
                continue
            if not (speaker.pos_ == "PRON" and speaker.lower_ not in ("i", "you", "we")) and speaker.lower_ not in names:
                continue
            start = min(t.i for t in said.subtree)
            tokens = [t for t in doc[start : _core_end(said, max_depth=2) + 1] if not t.is_space]
            # "that", the opening mark and an opener such as "in my humble opinion," go
            while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_quote):
                tokens = tokens[1:]
            comma = next((k for k, t in enumerate(tokens) if t.text == "," and k < 6), None)
            if comma is not None and tokens[0].dep_ == "prep" and tokens[0].head == said:
                tokens = tokens[comma + 1 :]
            tokens = tokens[: MAX_WHY_WORDS + 6]
            while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "PART", "SCONJ")):
                tokens.pop()
            if len(tokens) >= 4:
                s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
                owner = _POSSESSIVE.get(speaker.lower_, f"{speaker.text}'s")
                return Fact(text=text_of(doc)[s:e], sentence=j, start=s, end=e, confidence=0.6,
                            cue=f"in {owner} words:")
    return None


# a headline's circumstance is its cause: "Minister resigns after budget vote", "fury over shape";
# "as" is left out: in headlines it joins two events at one time more often than a cause to its effect
_TITLE_CUES = frozenset({"after", "amid", "following", "over", "because", "due"})
# verbs of going somewhere: "arrives at the White House for talks" goes there for the talks
_GOING = frozenset({"arrive", "come", "go", "head", "fly", "travel", "return", "gather", "land", "meet", "sit", "hold"})


def title_reason(title: Doc | None) -> Fact | None:
    """The cause a headline gives: the phrase after 'after', 'amid', 'over' or 'because', or a
    purpose infinitive ('lands in Washington to meet Obama'). Headlines compress "because" into
    these words. The fact has no place in the body (sentence -1): it is the headline's."""
    if title is None:
        return None
    tokens = [t for t in title if not t.is_space]
    for k, tok in enumerate(tokens):
        if k < 2:
            continue
        cue = tok.lower_
        purpose = cue == "to" and tok.tag_ == "TO" and tok.head.dep_ == "advcl" and tok.head.tag_ == "VB" or cue == "for"
        if cue not in _TITLE_CUES and not purpose:
            continue
        rest = []
        for t in tokens[k + 1 :]:
            if t.text in (":", "|", ";", ",") or t.text in ("-", "\u2013", "\u2014") and t.whitespace_:
                break
            rest.append(t)
        if cue == "due":
            if not rest or rest[0].lower_ != "to":
                continue
            rest = rest[1:]
        if cue == "over" and (not rest or rest[0].like_num or _is_temporal(rest)):
            continue  # "over 20 years"
        if cue in ("after", "following", "amid") and _is_temporal(rest) or cue in ("after", "following") and _occasion(rest):
            continue
        going = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if cue == "for" and not (going is not None and going.lemma_ in _GOING and rest and _occasion(rest)):
            continue  # "arrives for talks": a purpose; any other "for" is not read as one
        while rest and (rest[-1].is_punct or rest[-1].pos_ in ("ADP", "DET", "CCONJ", "PART", "SCONJ")):
            rest.pop()
        if len(rest) < 2:
            continue
        words = ([tok] if purpose else []) + rest
        text = title.text[words[0].idx : words[-1].idx + len(words[-1])]
        return Fact(text=text, confidence=0.6, cue=None if purpose else ("due to" if cue == "due" else cue))
    return None


def extract_why(doc: Doc, limit: int = 3, title: Doc | None = None) -> list[Fact]:
    """Phrases that state a cause, cue first; none when none is stated."""
    found = []
    quoted = quote_regions_of(doc)
    for i, sent in enumerate(sents(doc)):
        if i >= WHY_SENTENCES:
            break
        if is_furniture(sent):
            continue
        for m in _CUE_RE.finditer(sent.text):
            cue = m.group(1).lower()
            motive = re.match(r"[a-z]+", cue).group(0).removesuffix("s")
            if motive in _MOTIVES:
                cue = f"{motive} for"
            conf = CAUSAL_CUES[cue]
            if conf < 0.5:
                continue
            span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="contract")
            if span is None or not len(span):
                continue
            cue_tokens = list(span)
            if conf < 0.8 and inside(quoted, span.start_char, span.end_char):
                continue  # a speaker's "after"/"following" is narration; their "because" is a reason
            if within_claim(cue_tokens[0]):
                continue  # "accused him of stalling to avoid a vote": the accuser's account, not the story's cause
            after = [t for t in doc[span.end : sent.end] if not t.is_space]
            if cue in ("after", "following", "since", "amid", "amidst") and _is_temporal(after):
                continue
            if cue in ("after", "following") and _occasion(after):
                continue
            before = doc[span.start - 1] if span.start > sent.start else None
            if cue in ("after", "following", "since") and before is not None and before.lower_ in _TIME_BEFORE:
                continue  # "weeks after the party lost": a time, not a cause
            if cue == "due to" and after and after[0].tag_ == "VB":
                continue  # "due to be sworn in": a schedule, not a cause
            if cue == "following" and cue_tokens[0].dep_ == "amod":
                continue  # "the following day"
            tokens = _cue_phrase(doc, cue_tokens)
            if len(tokens) < len(cue_tokens) + 2:
                continue
            if tokens[len(cue_tokens)].lower_ in ("if", "unless", "whether"):
                continue  # "because if you succeed, ...": a condition cut from the reason it leads into
            # the reason without its cue (kept in `cue`); a purpose keeps its "to": "to save the child"
            keep_to = cue.endswith(" to") and cue != "due to" and cue != "owing to"
            if motive in _MOTIVES:  # "retaliation for air strikes": the motive noun stays, with its opening mark
                opening = doc[tokens[0].i - 1] if tokens[0].i > sent.start else None
                if opening is not None and opening.is_quote and any(t.is_quote for t in tokens):
                    tokens = [opening] + tokens
            else:
                tokens = tokens[len(cue_tokens) - (1 if keep_to else 0):]
            s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
            # reasons the lede gives come first; a cue in the story's first lines beats a later one
            found.append((-(conf - i * 0.05), Fact(text=text_of(doc)[s:e], sentence=i, start=s, end=e,
                                                    confidence=round(conf, 2), cue=cue)))
    found += _blamed(doc)
    purpose = _purpose(doc)
    if purpose is not None:
        found.append((-(0.6 - purpose.sentence * 0.05), purpose))
    reason = _stated_reason(doc)
    if reason is not None:
        found.append((-1.0, reason))  # the decider's own reason before any cue phrase
    headline = title_reason(title)
    if headline is not None:
        found.append((-TITLE_RANK, headline))  # the headline's summary of the cause
    found.sort(key=lambda x: (x[0], x[1].start))
    return [f for _, f in found[:limit]]
