"""A headline for a story that came without one, as a news desk writes it.

Built from the lede's grammar, not cut from its words: who (the subject, without titles
and articles), a finite verb in the present tense (its modal and negation kept: "will
not stand"), and what happened (the object or complement, with an infinitive or a
short phrase that completes it). "Officials said X happened" is X; "X said Y" keeps
what X said, in short ("Mayor says city will appeal ruling"). Phrases are kept whole
or dropped, never cut in the middle; articles go, as headlines drop them. A lede
without a subject and a verb gives none: the next statement of news is tried. Of the lede's
first statements, the one whose words the story keeps repeating gives the headline; one that
took a negated word without its negation is never printed.

No fragment is printed (`bench/headline_audit.py` counts them): a headline that ends on a function
word, a pronoun, a modifier without its word or a verb without its object, that says "X says" or
"X tells reporters" with nothing said, or that speaks in a quoted voice ("I", "we") is passed
over for the next statement; when none of the lede's first eight statements gives one, a
statement is cut at a clause boundary, and as the last resort it is its own clause from its
subject to its first comma, never its first fourteen words.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..facts import Actor
from ..lexicon.gazetteer import country_of, is_media, org_aliases
from ..lexicon.titles import ABBREVIATED, HONORIFICS
from .name_shapes import NAME_SUFFIXES, ends_with_surname
from .entities import an_english_word, capitalised_where_case_tells
from ..lexicon.first_names import is_first_name
from .claims import CLAIM_NOUNS, CLAIM_VERBS, content_follows, NEUTRAL_REPORTS, TELLING_VERBS, according_to, addressee, hedge, named_source, owned_body, particular_source, told_as_fact, trailing_claim
from .pipeline import load_nlp
from .actors import ActorIndex
from .speakers import SpeakerResolver
from .sentences import (DATELINE_OPENING, LEADING_DATELINE, across_a_semicolon, comma_fellow, completes_noun, run_on_conjunct, in_title_case_line, not_only, entity_at, glued_scale, had_done, hearsay, inside, is_dateline, is_statement, lede, main_clause_after_subordinate, main_verb_after_participle, measure_of, misread_subject,
                        named_clause, opening_s_apposition, per_doc, position_weight, quote_regions_of, sents, source_hung_before, SETTING, subjects_of,
                        subordinate_opener, limits_a_negation)
from .times import is_time as _is_time

MIN_WORDS, MAX_WORDS = 6, 14
FULL_WORDS = MAX_WORDS  # a headline with room takes more of what its verb says, phrase by whole phrase
_KEEP = ("compound", "amod", "nummod", "poss", "case", "quantmod", "nmod")
_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = ("dobj", "attr", "acomp", "oprd", "dative")
_REPORTING = lexicon.words("cues", "reporting_verbs")
_ANNOUNCING = frozenset({"announce", "confirm", "reveal", "disclose"})
# "..., a court has heard": what a hearing is told is evidence given to it, no finding of its own, and
# stays with the hearing ("Court hears ...")
_HEARING = frozenset({"hear"})
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "should", "shall", "wo", "ca"})
_MODAL_FORMS = {"wo": "will", "ca": "can", "'ll": "will", "'d": "would"}
_IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_AUXILIARIES = _MODALS | {"is", "are", "be", "has", "have", "does", "do"}  # what opens a verb group the verb follows
_ARTICLES = frozenset({"the", "a", "an"})
_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me", "you", "this", "that", "these", "those"})
_DEGREE = frozenset({"less", "more", "least", "most", "well", "badly", "poorly", "better", "worse", "far"})
_BE_CLITICS = frozenset({"'s", "'re", "'m"})
# verbs whose clause takes the bare infinitive, "let them go", "made him resign", "saw it fall"
_BARE_COMPLEMENTS = frozenset({"let", "make", "help", "have", "see", "watch", "hear", "feel", "bid"})
# a headline ending on one of these has lost what completes it
_UNFINISHED = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
                         "could", "may", "might", "must", "should", "says", "said", "make", "makes", "do", "does",
                         "not", "that", "this", "it", "to"})
PARTICLES = frozenset({"away", "off", "out", "back", "down", "up", "over", "aside", "forward", "together", "on"})
# adverbs of where a verb moves its object to, right after the object ("push smugglers underground")
_WHERE_TO = PARTICLES | frozenset({"underground", "abroad", "overseas", "offshore", "home", "apart", "indoors",
                                   "outdoors", "upstairs", "downstairs", "ashore", "aboard", "backwards", "forwards"})
# adverbs of how often or how long that change what a verb claims: "say they always vote" is not
# "say they vote", "is still at the helm" not "is at the helm" ("never" and "no longer": `_negation`)
_HOW_OFTEN = frozenset({"always", "still", "often", "rarely", "seldom", "usually", "sometimes", "already",
                        "frequently", "regularly", "routinely", "repeatedly", "increasingly"})

# a title before a name is no part of it, and headlines leave it out: "Sen. Bob Corker" is "Bob Corker"
_HONORIFICS = ABBREVIATED


def _described(noun: Token, subject: bool = False) -> Token | None:
    """'GOP contender and former neurosurgeon Ben Carson': one person described before the name,
    which the parser reads as a list; the name is the person."""
    # "Real estate mogul and reality television star Donald Trump": a subject's name hung on as an
    # apposition too (an object's apposition may name another: "his brother, Freddy")
    named = next((c for c in noun.children if (c.dep_ == "conj" or subject and c.dep_ == "appos")
                  and c.ent_type_ == "PERSON"), None)
    return named if noun.pos_ == "NOUN" and not noun.ent_type_ and noun.tag_ == "NN" else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject; of two the parser gave it ("Former Secretary of State and frontrunner
    Hillary Clinton is calling"), the named one: the description before a name is no second actor."""
    subjects = [c for c in subjects_of(verb) if c.dep_ in _SUBJECTS and not opening_s_apposition(c, verb)
                and not across_a_semicolon(c, verb)]
    subjects = subjects or [t for t in [misread_subject(verb)] if t is not None]
    named = [c for c in subjects if c.ent_type_ == "PERSON" or c.pos_ == "PROPN"]
    return (named or subjects)[0] if subjects else None


def _written_number(subj: Token) -> bool | None:
    """Plural (True) or singular (False) as the story's own verb agrees with the subject ("69% of
    voters say", "the Lib Dems have", "Williams was"); None where its verb shows no number (a past
    tense, a modal) or the subject is "I" or "you"."""
    if subj.dep_ not in _SUBJECTS or subj.lower_ in ("i", "you") or \
            any(c.dep_ == "appos" and not c.lower_.endswith(("self", "selves")) for c in subj.children):
        return None  # (a list's verb agrees with all of it, where a headline may name one of them; "Sanders
        # himself" is one man)
    if subj.lower_ in ("he", "she", "it"):
        return False
    verb = subj.head
    if sum(c.dep_ in _SUBJECTS for c in verb.children) > 1:
        return None  # two subjects of one verb: a misparse ("After Brexit and threats, bloc aims")
    finite = min((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), key=lambda t: t.i,
                 default=verb)
    word = finite.lower_.replace("\u2019", "'")
    if word in ("is", "'s", "has", "was", "does"):
        return False
    if word in ("are", "'re", "have", "'ve", "were", "do"):
        return True
    if finite.tag_ == "VBZ":
        return False
    if finite.tag_ == "VBP":
        return True
    return None


def _plural_name(subj: Token) -> bool:
    """'The Lib Dems', 'the Tories': a name of many, which the story also writes in the singular
    ('a Lib Dem MP', 'a Tory'), not a person's or a place's name that ends in s ('Williams')."""
    text = subj.text
    if subj.pos_ != "PROPN" or not text.endswith("s") or text.endswith(("ss", "us", "is")) or \
            subj.ent_type_ in ("PERSON", "GPE", "LOC", "FAC"):
        return False
    names = [text]
    canonical = org_aliases().get(" ".join([t.text for t in subj.lefts if t.dep_ == "compound"] + [text]).casefold())
    if canonical:  # "Lib Dems" is the Liberal Democrats, and the story has "a Liberal Democrat"
        names.append(canonical.split()[-1])
    # (never a word of the name itself: "New" of "New York Daily News")
    ones = {n[:-3] + "y" if n.endswith("ies") else n[:-1] for n in names if n.endswith("s")} - \
        {t.text for t in subj.subtree}
    return not is_media(text) and any(t.text in ones for t in subj.doc)


def _person_hung_before(subj: Token) -> Token | None:
    """The first of two named people the parser hung on the second as its modifier ("Republican Donald Trump
    and Democrat Hillary Clinton solidified ...": "Trump", "and Democrat" beside it): both are the subject."""
    if subj.ent_type_ != "PERSON" or subj.pos_ != "PROPN":
        return None
    # (or on the title before the second: "President Barack Obama and Vice President Joe Biden will campaign", the
    # first an apposition of "President", itself hung on "Biden"; only names and titles between "and" and the second)
    doc = subj.doc
    return next((c for c in subj.subtree if c.i < subj.i and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" and
                 c.dep_ in ("nmod", "compound", "appos") and
                 any(g.dep_ == "cc" and g.lower_ == "and" and g.i > c.i and
                     all(t.pos_ == "PROPN" and t.is_title for t in doc[g.i + 1 : subj.i]) for g in c.children)), None)


def _plural(subj: Token) -> bool:
    if _person_hung_before(subj) is not None or comma_fellow(subj) is not None:
        return True
    written = _written_number(subj)
    aside = any(c.dep_ == "conj" and any(t.is_punct for t in subj.doc[subj.i + 1 : c.left_edge.i]) for c in subj.children)
    if written is not None and not (aside and written is False):
        # (a singular verb after "X \u2014 and Y \u2014" agrees with X, where the headline names both)
        return written
    if _plural_name(subj):
        return True
    if any(c.dep_ == "conj" for c in subj.children) and _described(subj, subject=True) is None:
        return True
    # "Two of the biggest names clash": a number above one counts many ("$167 million is spent": a sum is one)
    counted = subj.tag_ == "CD" and subj.lower_ not in ("one", "1") and \
        subj.ent_type_ not in ("MONEY", "PERCENT", "QUANTITY")
    if subj.ent_type_ == "PERSON" and subj.pos_ in ("PROPN", "NOUN"):
        return False  # "Bernie Sanders is handed ...": a name ending in s is one person
    return subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we", "you", "i") or counted


def _present(lemma: str, plural: bool) -> str:
    lemma = lemma.lower()
    if plural:
        return "are" if lemma == "be" else lemma
    if lemma in _IRREGULAR_3SG:
        return _IRREGULAR_3SG[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _dates_next(tok: Token) -> bool:
    """'turned on Sunday': the parser's particle is the preposition of a date ('set out Monday' keeps its 'out')."""
    return tok.lower_ in ("on", "in", "at", "by") and tok.i + 1 < len(tok.doc) and \
        tok.doc[tok.i + 1].ent_type_ in ("DATE", "TIME")


def _negation(verb: Token) -> list[str]:
    """How the verb is negated, in the story's words: "never", "no longer", else "not"; nothing when
    it is not. A headline that drops "no longer" says the opposite ("will oversee")."""
    if not_only(verb):
        return []  # "will not only cut costs but raise taxes": it will cut costs
    for c in verb.children:
        if c.dep_ == "neg" or c.lower_ in ("not", "n't", "n\u2019t"):
            return ["never"] if c.lower_ == "never" else ["not"]
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return ["no", "longer"]
    return []


# adverbs a negation may deny instead of the verb: "not just", "not only", "not merely"
_FOCUS = frozenset({"just", "only", "merely", "simply", "solely", "necessarily"})
# adverbs that put an act or a state before now, which the present tense would tell as still so
_NO_LONGER = frozenset({"previously", "formerly", "once", "originally", "initially"})
# verbs of a career or a post held ("has worked as", "has served as"): their perfect is a past, not a present
_CAREERS = frozenset({"work", "serve"})
# what one builds, makes or earns over years: "made his name", "built her reputation", "earned a fortune"
_STANDING = frozenset({"reputation", "name", "career", "fortune", "following"})


def _verb_group(verb: Token, plural: bool) -> list[str]:
    """The finite verb in the present tense, keeping a modal, a negation, the passive, an adverb
    of how often or how long ("always votes", "is still") and a hedge ("reportedly amasses"); a modal's
    perfect stays ("would have prevented": what did not happen, not what would)."""
    words = _bare_verb_group(verb, plural)
    # "doesn't just happen to children": what a negation denies may be "just", "only", "merely", and without it
    # the headline says the opposite ("does not happen to children")
    focus = [c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in _FOCUS and c.i < verb.i]
    if focus and "not" in words:
        at = words.index("not") + 1
        words = words[:at] + focus[:1] + words[at:]
    # (a hedge the same way: "reportedly amasses", "is apparently"; told without it, the headline vouches for more)
    often = [c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in _HOW_OFTEN][:1]
    often = [c.lower_ for c in verb.children if hedge(c)][:1] + often
    if not often or not words:
        return words
    # after "be" or the first auxiliary ("is still", "will always"), else before the verb ("always votes",
    # "already breaks away": a particle after the verb is the verb's own, never after the adverb)
    at = 1 if verb.lemma_ == "be" or len(words) > 1 and words[0].lower() in _AUXILIARIES else 0
    if "not" in words[at:] and any(c.dep_ == "neg" and c.i < a.i for c in verb.children
                                   for a in verb.children if a.lower_ in often):
        at = words.index("not", at) + 1  # "does not always agree": after the negation it follows in the story
    return words[:at] + often + words[at:]


def _bare_verb_group(verb: Token, plural: bool) -> list[str]:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    modal = next((c for c in aux if c.tag_ == "MD"), None)
    # the model sometimes tags a curly "n’t" as punctuation: it is a negation all the same
    negation = _negation(verb)
    negated = bool(negation)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    perfect = any(c.lemma_ == "have" and c.tag_ != "MD" for c in aux) and verb.tag_ == "VBN"
    # ("he’s returning": the model gives a curly clitic no lemma of "be" at times)
    progressive = verb.tag_ == "VBG" and any(c.lemma_ == "be" or c.lower_.replace("\u2019", "'") in _BE_CLITICS
                                             for c in aux)
    first_object = min((c.i for c in verb.children if c.dep_ == "dobj"), default=len(verb.doc))
    # ("looked back on": the parser hangs "back" on the particle "on")
    particles = [w for c in verb.children if c.i < first_object and (c.dep_ == "prt" or c.dep_ == "advmod" and c.i == verb.i + 1
                 and c.lower_ in PARTICLES) and not _dates_next(c)
                 for w in _particle(c)]
    particles += _stranded(verb, particles)
    if verb.tag_ == "VB" and not aux and verb.dep_ == "ccomp" and verb.head.lemma_ in _BARE_COMPLEMENTS:
        return negation + [verb.text] + particles  # "let a nominee get a vote": "lets nominee get vote"
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and [a.lower_ for a in aux] == ["to"] and \
            any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        # "Clinton to call for wider efforts": a heading's infinitive tells what is planned, and says so in the
        # headline too ("Hillary Clinton to call for ...", never "Hillary Clinton call for ...")
        return ["to"] + negation + [verb.text] + particles
    if modal is not None:
        written = modal.lower_.replace("\u2019", "'")  # "he’ll": the modal is "will", never a clitic
        words = [_MODAL_FORMS.get(written, written)] + negation
        if perfect:
            return words + ["have"] + (["been"] if passive else []) + [verb.text] + particles
        if passive:
            return words + ["be", verb.text] + particles
        return words + [verb.lemma_] + particles  # "should be taking" -> "should take"
    if _real_past(verb):
        # "believes the services were involved": under a verb of claiming in the present the past is no
        # shift of tense but what the claim says was so; "are involved" would say it still is (an act keeps
        # the headline's present, "claim the mayor cut the budget": "mayor cuts budget", a state does not)
        past = next((c for c in aux if c.tag_ == "VBD"), None)
        if past is not None and past.lemma_ == "be":  # "were involved", "was not told"
            return [past.text] + negation + [verb.text] + particles
        if verb.lemma_ == "be" and verb.tag_ == "VBD" and not aux:  # "was a fraud"
            return [verb.text] + negation
    if _past_plan(verb, aux):
        # "was due to stand", "were to meet", "was expected to open": a plan told in the past, which the
        # story's own clause does not say still holds (it was dropped, or it has happened); "is due to
        # stand" would announce it anew
        past = next((c for c in aux if c.tag_ == "VBD" and c.lemma_ == "be"), verb)
        return [past.text] + negation + ([verb.text] if past is not verb else []) + particles
    pluperfect = _past_perfect(verb, aux, plural, negation, passive, progressive)
    if pluperfect:
        return pluperfect + particles
    be = _present("be", plural)
    # (the speaker's own "he" or "they": the headline keeps who says it)
    reported = verb.dep_ == "ccomp" and verb.head.i != verb.i and verb.head.lemma_ in _REPORTING and \
        any(c.dep_ == "nsubjpass" and c.lower_ in ("he", "she", "they", "i", "we") for c in verb.children)
    was = next((c for c in aux if c.dep_ == "auxpass" and c.tag_ == "VBD"), None)
    if passive and reported and was is not None:
        # "said he was brutally interrogated": what someone says was done to them stays done ("says he was
        # interrogated"); under "says", "is interrogated" would tell it still going on
        return [was.text] + negation + [verb.text] + particles
    if passive:
        return [be] + negation + [verb.text] + particles
    if progressive and not negated and any(c.lemma_ == "be" and c.tag_ == "VBD" for c in aux):
        # "said the council was losing control": a past progressive tells a change under way when it was said,
        # and the present "loses" would tell it done; the headline keeps it going on ("is losing")
        return [be, verb.text] + particles
    if progressive and not negated:  # headlines tell an act going on in the simple present: "is joining" -> "joins"
        return [_present(_ing_lemma(verb), plural)] + particles
    if progressive:
        return [be] + negation + [verb.text] + particles
    if (perfect or verb.tag_ == "VBD") and not negated and \
            any(c.dep_ == "dobj" and c.lemma_.lower() in _STANDING for c in verb.children):
        # "built his reputation as a plain-speaking man": a standing won in the past holds on, and the
        # present ("builds his reputation") would say it is being won now; the perfect says both
        return [_present("have", plural), verb.text] + particles
    if perfect and not negated and verb.lemma_.lower() in _CAREERS and \
            any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        # "has worked as election strategist for Republicans": a career told in the present would claim it
        # holds now; the perfect keeps it in the past the story gives it
        return [_present("have", plural), verb.text] + particles
    held = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_.lower() == "have" else None
    if held is not None and not negated and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) and \
            not any(had_done(t) for t in held.subtree) and (perfect or verb.tag_ == "VBD" and not aux and verb.dep_ == "ROOT"):
        # "has had the chance to tackle the problems", "had a majority of 160": what someone had is a state, and
        # the present ("has chance") would say it still holds; the perfect or the past keeps it where the story does
        return ([_present("have", plural)] if perfect else []) + [verb.text] + particles
    earlier = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _NO_LONGER and c.i < verb.i), None)
    if earlier is not None and (perfect or verb.tag_ == "VBD") and not negated:
        # "has previously planned", "once ran": what held before and may not now keeps its time
        return ([_present("have", plural)] if perfect else []) + [earlier.lower_, verb.text] + particles
    if negated:
        if verb.lemma_ == "be":
            return [be] + negation
        if perfect:
            return [_present("have", plural)] + negation + [verb.text] + particles
        if negation != ["not"]:  # "never votes", "no longer oversees"
            return negation + [_present(verb.lemma_, plural)] + particles
        return [_present("do", plural), "not", verb.lemma_] + particles
    if verb.tag_ == "VBN" and verb.lemma_.lower() == verb.lower_ and any(c.lemma_ == "have" for c in aux):
        # "had misspoken": a participle the model has no verb for stays one ("has misspoken", not "misspokens")
        return [_present("have", plural), verb.text] + particles
    if verb.lower_ == "used" and verb.tag_ == "VBD" and not aux and verb.i + 1 < len(verb.doc) and \
            verb.doc[verb.i + 1].lower_ == "to" and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children):
        # "used to skip lectures": "used to" + infinitive is a past habit, one that no longer holds; it has no
        # present ("uses to skip" is no English), so it stays as written
        return [verb.text]
    if verb.tag_ == ("VBP" if plural else "VBZ"):
        return [verb.text] + particles  # already in the present: the form as written ("cling", not a lemma "cle")
    if verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") or verb.tag_ == "VB" and not aux:
        return [_present(verb.lemma_, plural)] + particles
    if verb.tag_ == "VBG" and not aux:  # "Clinton getting holiday greeting", a caption's -ing: the present too
        return [_present(_ing_lemma(verb), plural)] + particles
    return [verb.text] + particles


def _past_perfect(verb: Token, aux: list[Token], plural: bool, negation: list[str], passive: bool,
                  progressive: bool) -> list[str]:
    """"had forced", "had been beaten", "had been in charge": the past perfect tells what was done or held
    before a time already past, and the present ("forces", "is in charge") would say it is so now. The
    headline keeps it in the past: the simple past where the participle is the past's form too ("forced",
    "was beaten", "was"), else the present perfect ("has written"); [] where this is no past perfect."""
    had = next((c for c in aux if c.lemma_ == "have" and c.tag_ == "VBD"), None)
    if had is None or verb.tag_ != "VBN" or progressive or any(c.tag_ == "MD" for c in aux):
        return []
    if verb.dep_ == "ccomp" and verb.head.lemma_ in _ANNOUNCING:
        return []  # "announced that he had signed an order": what is announced is the news, told in the present
    was = "were" if plural else "was"
    if passive:  # "had been beaten": "was beaten"
        return [was] + negation + [verb.text]
    if verb.lemma_ == "be":  # "had been in charge": "was in charge"
        return [was] + negation
    if negation:  # "had not paid": "has not paid" (the past's "did not pay" needs no participle)
        return [_present("have", plural)] + negation + [verb.text]
    if verb.lower_.endswith("ed") and verb.lemma_.lower() != verb.lower_:
        return [verb.text]  # "forced", "warned": a regular verb's participle is its past
    return [_present("have", plural), verb.text]


# what a plan or a timetable says is to come: "was due to", "was set to", "was expected to", "was to"
_PLANNED = frozenset({"due", "set", "supposed", "meant", "scheduled", "expected", "planned", "poised", "slated"})


def _past_plan(verb: Token, aux: list[Token]) -> bool:
    """A main clause's "was due to X", "was to X", "was expected to X": a plan in the past tense, told by
    the story itself (not a speaker's past, "said he was due to", whose tense is reported speech's)."""
    if verb.dep_ not in ("ROOT", "conj") or verb.head.lemma_ in _REPORTING:
        return False
    def to_infinitive(head: Token) -> bool:
        return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in head.children)
    if verb.lemma_ == "be" and verb.tag_ == "VBD" and not aux:
        adj = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _PLANNED), None)
        return to_infinitive(adj) if adj is not None else to_infinitive(verb)
    return verb.lower_ in _PLANNED and verb.tag_ == "VBN" and \
        any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in aux) and to_infinitive(verb)


def _real_past(verb: Token) -> bool:
    """A clause in the past that a verb of claiming or believing in the simple present governs ("MP
    believes the services were involved", "insists the vote was rigged"): the claim is made now about
    the past, so its tense is no reported speech's shift, and the past stays."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i != verb.i and head.lemma_.lower() in CLAIM_VERBS and \
        head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


# words that make a particle stronger and go with it: "declared all out war" is no "declared out war"
_INTENSIFIERS = frozenset({"all", "right", "straight"})


def _particle(prt: Token) -> list[str]:
    """A particle with what the parser hung before it: another particle ("looked back on") or an
    intensifier of an idiom ("all out war"), which the idiom means nothing without."""
    words = [g.text for g in prt.lefts if g.dep_ == "advmod" and (g.lower_ in PARTICLES or g.lower_ in _INTENSIFIERS)] + [prt.text]
    # "put on standby": a "particle" with an object of its own is a preposition, and says nothing without it
    # (a sum is the verb's measure, which the predicate takes: "earning up to £820,000")
    pobj = next((g for g in prt.rights if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and not _is_time(g)
                 and not any(x.like_num or x.tag_ == "$" for x in g.subtree)), None)
    return words + _noun_phrase(pobj) if pobj is not None else words


def _stranded(verb: Token, particles: list[str]) -> list[str]:
    """A preposition with no noun of its own straight after the verb and its particles is the verb's
    ("will be looked back on as ...", "was looked after"): the verb means little without it."""
    at = verb.i + 1 + len(particles)
    nxt = verb.doc[at] if at < len(verb.doc) else None
    after = verb.doc[at + 1] if at + 1 < len(verb.doc) else None
    # (not "call for Peter Hain to ...": a noun after it is its own clause's subject)
    if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == verb.i and not any(True for _ in nxt.children) and \
            nxt.lower_ not in particles and (after is None or after.pos_ in ("ADP", "PUNCT", "CCONJ", "SCONJ")):
        return [nxt.text]
    return []


def _ing_lemma(verb: Token) -> str:
    """The verb of an -ing form: the model's lemma where it fits ("making": make, "running": run),
    else the form without its ending; a form whose "-ing" is its own ("cling", for which the model
    gives "cle") is the verb."""
    lemma, form = verb.lemma_.lower(), verb.lower_
    if form.endswith("ing") and not any(v in form[:-3] for v in "aeiouy"):
        return form  # "cling", "bring": the "-ing" is the verb's own, whatever the tag says
    if form in (lemma + "ing", lemma[:-1] + "ing", lemma + lemma[-1:] + "ing"):
        return lemma
    return form[:-3] if form.endswith("ing") else lemma


def _noun_phrase(noun: Token, depth: int = 0) -> list[str]:
    """The noun with its close modifiers, headline style: no articles; an agent ('made by X')
    moves in front ('X offer'); 'of' + noun and an infinitive that completes it stay. A person
    is their name alone: "Republican presidential nominee Donald Trump" is "Donald Trump"."""
    name = entity_at(noun.doc, noun.i) if noun.pos_ == "PROPN" and noun.ent_type_ in ("ORG", "FAC", "WORK_OF_ART") else None
    if name is not None and name.end - 1 > noun.i:  # "Canadian Centre for Policy Alternatives": a name goes whole
        return [t.text for t in name if t.lower_ not in _ARTICLES]
    named = _described(noun) if depth == 0 else None
    if named is not None:  # "interviewed presidential candidate and senator Ana Ruiz": Ana Ruiz
        return _noun_phrase(named, depth + 1)
    if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
        start = noun.i
        while start > 0 and noun.doc[start - 1].ent_type_ == "PERSON" and noun.doc[start - 1].pos_ == "PROPN" \
                and noun.doc[start - 1].head.i == noun.i:
            start -= 1
        case = [c.text for c in noun.children if c.dep_ == "case"]
        return [t.text for t in noun.doc[start : noun.i + 1] if t.text not in _HONORIFICS] + case
    partitive = depth > 0 and noun.dep_ == "pobj" and noun.head.lower_ == "of" and _partitive(noun.head.head)
    # "one of their frontbenchers", "some of the party's MPs": after a part's "of" the determiner says
    # whose, and a headline keeps it ("one of frontbenchers" is no English)
    lefts = [t for t in noun.lefts if (t.dep_ in _KEEP or t.dep_ == "det" and (partitive or t.lower_ not in _ARTICLES))
             and (partitive or t.lower_ not in ("its", "their"))]
    words: list[str] = []
    for t in lefts:
        # keep the modifier's own close modifiers: "the party's" -> "party's", "$1.2 billion"
        # a plural's possessive apostrophe ("opponents' calls"), not a stray one ("the UK' opposition")
        # ("Muslim, Jewish and Evangelical Christian schools": a list of modifiers keeps its commas)
        sub = [x for x in t.subtree if not x.is_punct or x.text in ("$", "%", "-")
               or x.tag_ == "POS" and x.i > 0 and x.doc[x.i - 1].lower_.endswith("s")
               or x.text == "," and x.head.dep_ in ("amod", "compound", "nmod") and x.i + 1 < noun.i and
               any(y.dep_ == "cc" for y in noun.doc[x.i : noun.i])]
        sub = [x for x in sub if (partitive or x.lower_ not in _ARTICLES) and x.dep_ not in ("relcl", "appos", "acl", "prep")
               or x is t or _hyphen_joined(x)]
        if t.dep_ == "poss" and t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            # "business mogul Donald Trump's refusal": a person's, by their name alone
            sub = [x for x in sub if x.ent_type_ == "PERSON" and x.pos_ == "PROPN" or x.dep_ == "case"]
        sub = [x for x in sub if x.text not in _HONORIFICS]
        words += [x.text for x in sub]
    agent = None
    tail: list[str] = []
    # "is an indictment of the failure of aid agencies": what the verb says its subject is, a noun of an "of"
    # phrase keeps its own "of", the chain two deep (the failure is nothing until whose)
    of_of = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and \
        noun.head.head.dep_ in ("attr", "oprd")
    for child in noun.rights:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            by = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if pobj is not None and pobj.pos_ == "PROPN" and not agent:
                agent = [t.text for t in pobj.subtree if t.pos_ == "PROPN" and t.text not in NAME_SUFFIXES]
                agent = agent[-1:] if len(agent) > 2 else agent  # "Indian National Congress" -> "Congress"
                if pobj.tag_ in ("NNPS", "NNS") and agent[-1].endswith("s"):
                    # "figures compiled by the Tories": the Tories' figures; a plural noun is never a
                    # modifier ("Tories figures" reads as figures who are Tories); a name is ("Congress offer")
                    agent = agent[:-1] + [agent[-1] + "'"]
                elif not agent[-1].endswith(("s", "'s", "\u2019s")):
                    agent = agent + ["'s"]  # "the advice given by the Attorney General": the Attorney General's advice
        elif child.dep_ == "prep" and (depth == 0 or depth == 1 and of_of) and not tail and (child.lower_ == "of" or completes_noun(child) and
                                                                   noun.dep_ == "pobj" and noun.head.lower_ in ("in", "as")):
            # "a tightening of the rules"; "in a break with tradition", "in a move to X", "as a sign of X": a
            # phrase of manner says nothing until its noun's phrase says what it is
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                tail = [child.text] + _noun_phrase(pobj, depth + 1)
        elif child.dep_ == "relcl" and noun.lower_ in _EMPTY_NOUNS and child.left_edge.i == noun.i + 1 and not tail:
            # "doubled the level at which buyers pay stamp duty": a measure is nothing until its clause sets it
            tail = _clause_words(child, _WHICH_WORDS + 2)
        elif child.dep_ == "compound":
            words.append(child.text)
    # "on lap 20", "Article 50", "Flight 370": a number right after a singular noun says which one (not "crowds
    # 15,000 strong", where it measures the word after it)
    after = noun.doc[noun.i + 2] if noun.i + 2 < len(noun.doc) else None
    number = [c.text for c in noun.rights if c.i == noun.i + 1 and c.dep_ in ("nummod", "npadvmod", "appos")
              and c.like_num and c.tag_ == "CD" and noun.tag_ in ("NN", "NNP") and not glued_scale(noun)
              and (after is None or after.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM"))]
    return (agent or []) + words + [noun.text] + number + [w for w in [glued_scale(noun)] if w] + _hyphenated(noun) + tail


# words that name a part of a whole given by "of": "one of", "some of", "most of"
# (a noun of a part, "majority of nation's members", reads as headline English without it)
_PARTS = frozenset({"one", "some", "many", "most", "all", "none", "each", "both", "several", "few", "any",
                    "either", "neither"})


def _partitive(head: Token) -> bool:
    """Whether a word is a part taken of what its "of" names: "one of", "two of", "most of"."""
    return head.lower_ in _PARTS or head.like_num


def _hyphenated(tok: Token) -> list[str]:
    """The rest of a word the tokenizer cut at its hyphens: "re" + "-election"."""
    rest, doc = [], tok.doc
    while not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_:
        tok = doc[tok.i + 2]
        rest += ["-", tok.text]
    return rest


def _infinitive(head: Token, lean: bool = False) -> list[str]:
    """'to join the party': an infinitive attached to the object or to a participle of it."""
    candidates = list(head.rights) + [g for c in head.rights if c.dep_ == "acl" for g in c.rights]
    for verb in candidates:
        # "ways to press his agenda": the parser takes the infinitive for a relative clause at times
        if verb.dep_ in ("acl", "xcomp", "advcl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return ["to"] + _predicate(verb, plural=False, finite=False, lean=True)
    return []


# adjectives that say nothing until completed: "prepared for a floor fight", "ready to take a stand"
_INCOMPLETE = frozenset({"prepared", "ready", "set", "able", "unable", "likely", "unlikely", "willing", "unwilling",
                         "eager", "poised", "due", "determined", "keen", "reluctant", "open", "committed", "confident",
                         "opposed", "responsible", "aware", "afraid", "sure", "certain", "close", "worried",
                         "concerned", "hopeful", "optimistic", "convinced"})


def _completing(adj: Token) -> list[str]:
    """What completes a predicative adjective: its infinitive ('ready to take a stand') or its
    phrase ('prepared for a floor fight'), cut to the core; nothing for one complete alone."""
    for child in adj.rights:
        if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return ["to"] + _predicate(child, plural=False, finite=False, lean=True)
        if child.dep_ == "ccomp" and adj.lower_ in _INCOMPLETE:  # "afraid that turnout may be low": what is feared
            return _clause(child, report=True, lean=True) or []
        # "interested in politics", "critical of the plan": the phrase right after a predicative adjective
        # is what completes it, whichever adjective it is
        if child.dep_ == "prep" and (adj.lower_ in _INCOMPLETE or child.i == adj.i + 1 and adj.dep_ == "acomp"):
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and not _is_time(pobj) and pobj.pos_ not in ("PRON", "DET"):
                return [child.text] + _noun_phrase(pobj)
    return []


def _prep_phrase(verb: Token) -> list[str]:
    """The verb's first prepositional phrase that is not a time: 'in Nairobi', 'over pay'. Never one
    after an object whose own phrases the headline leaves out: "raise the pressure on X over reform to
    the House of Lords" is no "raise pressure to House of Lords"."""
    for prep in verb.rights:
        if prep.dep_ in ("advmod", "prt") and any(c.dep_ == "prep" and not _gerund_or_noun_taken(c) for c in prep.rights):
            # "get away (from all of this) with Y": a phrase after the adverb's own, which no headline can take,
            # would read as the adverb's ("get away with"), another verb
            return []
        if prep.dep_ != "prep" or prep.lower_ in ("after", "before", "during", "since", "until", "amid"):
            continue
        obj = next((c for c in verb.children if c.dep_ in _OBJECTS and c.i < prep.i and
                    any(g.dep_ == "prep" for g in c.rights)), None)
        if obj is not None:  # the object's own first phrase instead: "raise pressure on X"
            own = next(g for g in obj.rights if g.dep_ == "prep")
            pobj = next((c for c in own.children if c.dep_ == "pobj"), None)
            if pobj is None or _is_time(pobj) or pobj.pos_ in ("PRON", "DET") or own.lower_ == "of":
                return []  # (an "of" phrase the noun phrase has taken already)
            return [own.text] + _noun_phrase(pobj)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        inner = next((c for c in prep.children if c.dep_ == "prep" and c.i == prep.i + 1 and _gerund_or_noun_taken(c)),
                     None) if pobj is None and prep.lower_ in PARTICLES else None
        if inner is not None:
            # "is not up for renegotiation", "is out of reach": a preposition with no object of its own and the
            # phrase that completes it, one phrase (not "is not at next week's summit")
            return [prep.text, inner.text] + _gerund_or_noun(next(c for c in inner.children if c.dep_ == "pobj"))
        if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") and not pobj.is_quote and \
                pobj.pos_ not in ("PRON", "DET"):  # "with him", "including some": no one the headline names
            # "due to", "ahead of": a preposition of two words keeps both
            second = [c.text for c in prep.children if c.dep_ == "pcomp" and c.tag_ in ("IN", "TO") and c.i == prep.i + 1]
            return [prep.text] + second + _gerund_or_noun(pobj)
    return []


def _gerund_or_noun_taken(prep: Token) -> bool:
    """Whether a preposition's phrase is one a headline can take: its object a noun, no time, no pronoun."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") and pobj.pos_ not in ("PRON", "DET")


def _gerund_or_noun(pobj: Token) -> list[str]:
    """A preposition's object in headline style: a gerund keeps what it acts on ("from demonising Alastair
    Campbell", never "from demonising"), a noun is its noun phrase."""
    if pobj.tag_ == "VBG" and pobj.pos_ == "VERB":
        return _predicate(pobj, plural=False, finite=False, lean=True)
    return _noun_phrase(pobj)


def _named_as(time: Token) -> bool:
    """Whether a time is what a verb acts on, not when: "name 5 May as election day", "set Friday as
    the deadline" (an "as" phrase right after it says what the time is made)."""
    doc = time.doc
    nxt = doc[time.right_edge.i + 1] if time.right_edge.i + 1 < len(doc) else None
    made = next((c for c in nxt.children if c.dep_ == "pobj"), None) if nxt is not None else None
    # (a common noun: "as Patti Davis" after a time is a clause's subject, "grows Wednesday as Patti Davis said")
    return nxt.lower_ == "as" and nxt.dep_ == "prep" and nxt.head.i in (time.i, time.head.i) and \
        made is not None and made.pos_ == "NOUN" if nxt is not None else False


def _predicate(verb: Token, plural: bool, finite: bool = True, lean: bool = False) -> list[str]:
    """The verb group and what completes it: object, complement, infinitive, clause or place;
    `lean` leaves out what only adds detail (a phrase after the object, an infinitive)."""
    if finite:
        words = _verb_group(verb, plural)
    else:  # "to be slipping", "to not run": an infinitive keeps its auxiliaries and negation
        words = [c.text for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg") and c.lower_ != "to"]
        first_object = min((c.i for c in verb.children if c.dep_ == "dobj"), default=len(verb.doc))
        words += [verb.text] + [w for c in verb.children if c.i < first_object and (c.dep_ == "prt" or c.dep_ == "advmod"
                                and c.i == verb.i + 1 and c.lower_ in PARTICLES) for w in _particle(c)]  # "to bring back"
    # "to rely less on", "ended slightly higher", "performed well": a degree or a manner right after the verb says
    # how much or how, and without it the verb says nothing ("stocks end") or the opposite ("rely on")
    words += [t.text for c in verb.children if c.dep_ == "advmod" and c.left_edge.i == verb.i + 1 and
              (c.lower_ in _DEGREE or c.tag_ in ("RBR", "JJR")) for t in c.subtree
              if t.lower_ not in _ARTICLES and not t.is_punct]
    # "pushed ahead", "pressed on": "ahead" alone right after the verb is where it goes (not "ahead of the vote",
    # a phrase of time)
    words += [c.text for c in verb.children if c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ == "ahead"
              and not list(c.children)]
    # "earning up to £820,000": the parser's particle with a sum of its own keeps it; "cost £1.7m",
    # "rose 5%": a sum the parser hung on the verb as its measure is what it costs or rose by
    words += [t.text for c in verb.children if c.dep_ == "prt" and c.lower_ in PARTICLES
              for g in c.children if g.dep_ == "pobj" and any(x.like_num or x.tag_ == "$" for x in g.subtree)
              for t in g.subtree if not t.is_punct or t.text in ("$", "%")]
    measure = measure_of(verb)
    if measure is not None:
        words += [t.text for t in verb.doc[measure.left_edge.i : measure.i + 1] if not t.is_punct or t.text in ("$", "%")]
    # "promised Monday to begin", "tried a second time to sell": a time the parser took for the
    # object is not what was promised or tried
    obj = next((c for c in verb.rights if (c.dep_ in _OBJECTS or c.dep_ == "npadvmod" and _is_time(c)) and
                (not _is_time(c) or _named_as(c) or _a_quantity_of(c))
                or c.dep_ == "intj" and c.lower_ in ("no", "yes")), None)  # "will say no to": what is said
    xcomp = next((c for c in verb.rights if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    ccomp = next((c for c in verb.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not _now_that(c)), None)
    # "promised Gordon Brown he would stand down", "assured voters that ...": a clause after the person told
    # is what they were told or promised, whatever the verb; "promises Gordon Brown" says nothing
    reported = finite and verb.lemma_ in _REPORTING
    told = _clause(ccomp, report=True, lean=lean) if ccomp is not None and obj is not None and \
        obj.dep_ in ("dobj", "dative") and (reported or _clause_after(obj, ccomp)) else None
    if told:  # "told federal investigators she was advised ...": what was told is the news
        # (whom a speaker told may go; whom a clause is promised to is what the verb acts on)
        words += ([] if lean and reported else _noun_phrase(obj)) + told
    elif obj is not None:
        contrast = next((c for c in obj.lefts if _asserted_before_denied(c)), None) if obj.dep_ == "acomp" else None
        if contrast is not None:
            words += [contrast.text]
        elif obj.dep_ == "acomp":
            words += [t.text for t in obj.lefts if t.dep_ in ("advmod", "neg")] + [obj.text] + _completing(obj)
            subject = _subject(verb)
            if subject is not None and subject.lower_ == "it" and ccomp is not None and ccomp.i > obj.i and \
                    not _completing(obj):
                # "it is vital the country continues to invest": the clause is what "it" stands for
                words += _clause(ccomp, report=True, lean=lean) or []
            age = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
            if age is not None and age.like_num and age.head.i in (verb.i, obj.i):
                words.append(age.text)  # "has died aged 93": the number is what "aged" says
        elif obj.tag_ == "VBN" and obj.dep_ in ("oprd", "acomp", "attr") and any(c.dep_ == "agent" for c in obj.children):
            # "seems haunted by the collapse of the fund": a passive's "by" says what the verb is about
            words += [obj.text] + _phrase_core(next(c for c in obj.children if c.dep_ == "agent"))
        elif obj.pos_ == "ADJ" and obj.dep_ == "dobj" and any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in obj.children):
            # 'attacked Labour's "unfair" and over-complicated taxes': an adjective the parser took for
            # the object is the first of the noun's modifiers
            noun = next(c for c in obj.children if c.dep_ == "conj" and c.pos_ == "NOUN")
            words += [t.text for t in obj.doc[obj.left_edge.i : noun.i + 1]
                      if not t.is_quote and t.lower_ not in _ARTICLES and (not t.is_punct or t.text == "-")]
        else:
            words += _noun_phrase(obj)
            pair = next((c for c in obj.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
            if pair is not None and obj.pos_ == "PROPN" and any(c.dep_ == "cc" and c.lower_ == "and" and c.whitespace_
                                                                for c in obj.children):
                # "criticised Tony Blair and Gordon Brown": whom the verb acts on is the pair, not its first
                # (two names; of common nouns the parser's pairs are often no pair: "neck-and-neck")
                words += ["and"] + _noun_phrase(pair)
            split = next((c for c in verb.rights if c.dep_ == "dobj" and c.left_edge.i == obj.right_edge.i + 1), None) \
                if obj.dep_ == "dobj" and verb.lemma_.lower() not in _TWO_OBJECTS | _NAMING_VERBS and \
                obj.doc[obj.right_edge.i].whitespace_ else None
            if split is not None:  # "keep any disillusioned core | Labour voters in the fold": one object the parser split
                words += _noun_phrase(split)
            second = _second_object(verb, obj) if obj.dep_ == "dobj" else None  # (after a dative, as below)
            if second is not None and second.text not in words:
                # "giving Community Support Officers the power to detain": to whom, then what (the parser
                # may call both objects); giving them nothing says nothing
                words += _noun_phrase(second) + (_infinitive(second) if _pointless_noun(verb.sent, second.text) else [])
            if _is_time(obj):  # "name 5 May as election day": a time named as what it is made, with the "as"
                as_ = obj.doc[obj.right_edge.i + 1]
                made = next((c for c in as_.children if c.dep_ == "pobj"), None)
                words += [as_.text] + _noun_phrase(made) if made is not None else []
            comp = next((c for c in obj.rights if _complement(c)), None)
            if comp is not None:  # "denied suggestions there will be a giveaway": what the noun says
                words += _phrase_core(comp)
                # "reports he told X he would quit": what was told, which the parser hung on the noun
                told = next((c for c in obj.rights if c.i > comp.i and c.dep_ == "acl" and c.pos_ in ("VERB", "AUX")
                             and c.left_edge.i == comp.right_edge.i + 1 and comp.lemma_ in _REPORTING), None)
                if told is not None and _subject(told) is not None:
                    words += _clause(told, report=True, lean=True) or []
            # (a place, not a time: "way back in October" says when)
            back = next((c for c in verb.rights if c.dep_ in ("advmod", "prt") and c.lower_ in PARTICLES and c.i > obj.right_edge.i
                         and any(g.dep_ == "prep" and not any(_is_time(x) for x in g.children) for g in c.children)), None)
            if back is not None and obj.dep_ == "dobj":
                # "stuff the genie back into the bottle", "put the issue back on the agenda": where the
                # object is moved is what the verb means
                words += [back.text] + _phrase_core(next(g for g in back.children if g.dep_ == "prep"))
            where = next((c for c in verb.rights if c.dep_ in ("advmod", "prt") and c.i == obj.right_edge.i + 1 and
                          c.lower_ in _WHERE_TO and not list(c.children)), None) if obj.dep_ == "dobj" and back is None else None
            if where is not None:
                words.append(where.text)  # "helped push smugglers underground", "sent the troops home": where they end up
            complement = _object_complement(verb, obj) if obj.dep_ == "dobj" else []
            if complement:  # 'called the rebate "unjustified"': what the object is called
                words += complement
            of = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i), None)
            if of is not None and obj.dep_ == "dobj":  # "accused Tony Blair of performing U-turns"
                words += _of_phrase(of)
            second = next((c for c in obj.head.rights if c.dep_ == "dobj" and c.i > obj.i), None)
            if obj.dep_ == "dative" and second is not None:  # "would cost the city $40 million": both objects
                words += _noun_phrase(second)
            if xcomp is not None and xcomp.i > obj.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children) \
                    and not any(c.dep_ == "prep" and obj.i < c.i < xcomp.i for c in verb.children):
                # "asked engineers to inspect the hull": what the object is asked to do (not "asked the
                # state for funds to repair the subway", where the infinitive is what the funds are for)
                words += ["to"] + _predicate(xcomp, plural=False, finite=False, lean=True)
        if not lean and obj.dep_ != "acomp":  # an adjective has taken its own infinitive
            more = _infinitive(obj)
            words += more or (_prep_phrase(verb) if len(words) < MIN_WORDS else [])
        elif obj.pos_ == "PRON":  # "could disqualify him from the race": a pronoun names too little alone
            words += _prep_phrase(verb)
    elif xcomp is not None:
        to = [c.text for c in xcomp.children if c.dep_ == "aux" and c.lower_ == "to"]
        # "called on rich nations to fund": who is asked to do it, when a phrase names them first
        asked = next((c for c in verb.rights if c.dep_ == "prep" and c.i < xcomp.i and c.lower_ in _ASKED
                      and any(g.dep_ == "pobj" and not _is_time(g) and g.ent_type_ not in ("DATE", "TIME")
                              for g in c.children)), None)
        if asked is not None and to:
            words += [asked.text] + _noun_phrase(next(g for g in asked.children if g.dep_ == "pobj"))
        words += to + _predicate(xcomp, plural, finite=False, lean=lean)
    elif ccomp is not None and finite and _infinitive_clause(ccomp):
        # "called for Peter Hain to make a statement", "wants other nations to match": the clause's doer
        # and its infinitive
        doer = next((c for c in ccomp.children if c.dep_ in _SUBJECTS), None)
        lead = [c.text for c in verb.children if c.dep_ in ("prep", "mark") and c.i < ccomp.left_edge.i and c.i > verb.i
                and c.lower_ == "for" and not any(True for _ in c.children)]
        if doer is not None and doer.pos_ != "PRON":
            words += lead + _subject_words(doer, []) + ["to"] + _predicate(ccomp, plural=False, finite=False, lean=True)
    elif ccomp is not None and finite and verb.lemma_ != "be":
        # (a clause on "be" is one whose complement the parser lost: 'is "so poorly drafted" no-one can ...')
        words += _clause(ccomp, report=True, lean=lean) or []
    elif not lean or len(words) < 3:
        words += _prep_phrase(verb)
    # "is not criminal when it comes to handling classified papers": a negation with the clause that says when it
    # holds, where that is short and not in the past ("does not complain when China's spending helped" mixes a
    # headline's present with the story's past); else `_meaning_cut` passes the headline over
    limit = next((c for c in verb.children if limits_a_negation(c)), None) if finite else None
    if limit is not None and limit.tag_ != "VBD":
        clause = [t for t in limit.subtree if not t.is_punct and t.lower_ not in _ARTICLES]
        if len(clause) <= 10 and not any(t.is_punct for t in limit.subtree):
            words += [t.text for t in clause]
    # "had its bid to block the ban thwarted": "has bid to block ban thwarted", never "has bid" (a participle on
    # the object itself, "had its claim rejected by the board", comes with the object's phrases)
    had = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_ == "have" else None
    done = next((t for t in had.subtree if had_done(t) and t.text not in words and t.head.i != had.i), None) \
        if had is not None else None
    if done is not None:
        words += [done.text]
    return words


def _now_that(clause: Token) -> bool:
    """'is spending more freely now that others are contributing', 'so that ...': a clause of time, cause or
    purpose the parser took for what the verb says (its "that" after "now" or "so")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    before = clause.doc[mark.i - 1] if mark is not None and mark.i > 0 else None
    # (not "have heard by now that ...": a "now" after a preposition ends its phrase)
    return before is not None and before.lower_ in ("now", "so") and before.dep_ != "pobj" and \
        not (before.i > 0 and clause.doc[before.i - 1].pos_ == "ADP")


def _asserted_before_denied(adj: Token) -> bool:
    """'have gotten worse, not better': the adjective asserted, which the parser hangs on the one denied after it
    ("worse" a modifier of "better", "not" between them)."""
    head = adj.head
    return adj.pos_ == "ADJ" and adj.dep_ in ("amod", "advmod") and head.i > adj.i and \
        any(t.text == "," for t in adj.doc[adj.i + 1 : head.i]) and \
        any(n.dep_ == "neg" and adj.i < n.i < head.i for n in head.lefts)


def _clause_after(obj: Token, clause: Token) -> bool:
    """Whether a clause with its own subject follows the object of a verb of telling or promising straight
    after it ("promised Gordon Brown he would stand down"), the object a noun phrase with no verb of its own
    (a clause the parser hung on the verb past a longer object is not what the object was told; after
    another verb's object it is the object's own: "rebuts the accusation the articles are misleading")."""
    return obj.head.lemma_.lower() in TELLING_VERBS and clause.left_edge.i == obj.right_edge.i + 1 and \
        _subject(clause) is not None and \
        not _infinitive_clause(clause) and not any(t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") for t in obj.subtree)


# prepositions before an infinitive that name who is asked to act: "called on X to", "appealed to X to"
_ASKED = frozenset({"on", "upon", "to", "for"})


def _infinitive_clause(clause: Token) -> bool:
    """'(for) Peter Hain to make a statement': a clause with its own subject and "to", not a statement."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


# verbs that say what their object is, in a second noun the parser may call a second object: "deems such
# deals a reasonable trade-off", "named her the party's candidate"
_NAMING_VERBS = frozenset("deem consider call brand name label declare dub term elect appoint crown judge rate".split())


def _object_complement(verb: Token, obj: Token) -> list[str]:
    """What a verb says its object is: 'called the rebate "unjustified"', 'branded the plan a failure'."""
    comp = next((c for c in list(verb.rights) + list(obj.rights) if c.i > obj.i and (c.dep_ == "oprd" or c.dep_ in ("ccomp", "xcomp")
                                                            and c.pos_ == "ADJ"
                                                            or c.dep_ == "dobj" and c.head.i == verb.i
                                                            and c.left_edge.i == obj.right_edge.i + 1
                                                            and verb.lemma_.lower() in _NAMING_VERBS
                                                            # "branded the proposal unworkable": an adjective after
                                                            # the noun the parser hung on it is what it is called
                                                            or c.dep_ == "amod" and c.head.i == obj.i
                                                            and verb.lemma_.lower() in _NAMING_VERBS
                                                            # "take voters for granted", "left him for dead"
                                                            or c.dep_ == "prep" and c.lower_ in ("for", "as") and
                                                            any(g.dep_ in ("pobj", "pcomp", "amod", "acomp") and g.tag_ in ("VBN", "JJ")
                                                                and g.i == c.i + 1 for g in c.children))), None)
    if comp is None:
        return []
    if comp.dep_ == "prep":
        return [comp.text, comp.doc[comp.i + 1].text]  # "for granted", "as read"
    # (a hyphen stays, joined again when the line is written: "trade-off")
    return [t.text for t in comp.subtree if (not t.is_punct or t.text == "-") and not t.is_quote
            and t.lower_ not in _ARTICLES][:4]


def _of_phrase(of: Token) -> list[str]:
    """A verb's "of" phrase, which completes it: "accused X of performing U-turns", "warned of cuts"."""
    pcomp = next((c for c in of.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")), None)
    if pcomp is not None:
        return ["of"] + _predicate(pcomp, plural=False, finite=False, lean=True)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
    return ["of"] + _noun_phrase(pobj) if pobj is not None else []


def _defining_clause(noun: Token) -> Token | None:
    """The relative clause right after a common noun that says which ones it means: "protesters who stormed
    the chamber", "a bill which critics say would legalise euthanasia", "a union leader who said the row was
    harming the party". Without a comma before it the clause restricts the noun, and the noun alone names
    no one in particular ("Eight protesters are charged": which?); after a comma it only adds."""
    if noun.pos_ != "NOUN" or noun.ent_type_ and noun.ent_type_ not in _NOT_NAMES:
        return None
    clause = next((c for c in noun.rights if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")
                   and c.left_edge.i == noun.i + 1), None)
    if clause is None or clause.left_edge.tag_ not in ("WDT", "WP") or clause.left_edge.lower_ not in ("who", "which", "that"):
        return None
    return clause


def _clause_words(clause: Token, most: int) -> list[str]:
    """A defining relative clause in headline style ("who stormed Commons chamber"): to its first phrase of
    place or time, without articles, dates and asides; none when that is longer than `most` words or
    holds a quotation or punctuation (a phrase goes whole or not at all)."""
    tokens = sorted(clause.subtree, key=lambda t: t.i)  # ("which critics say would": the parser may hang "which" further on)
    # (a time's preposition right after the verb, its object no time, is the verb's own: "goes after people")
    end = next((t.i for t in tokens if t.i > clause.i and t.dep_ == "prep" and t.head.i == clause.i and
                t.lower_ in SETTING and not (t.i == clause.i + 1 and t.lower_ in ("after", "before") and
                                             not any(_is_time(c) for c in t.children))), tokens[-1].i + 1)
    # (nor a subordinate clause hung on its verb: "pay stamp duty | as he put the economy at the heart ...")
    end = min([end] + [c.left_edge.i for c in clause.children if c.dep_ == "advcl" and c.i > clause.i and
                       any((m.dep_ == "mark" or m.tag_ == "WRB") and m.i < c.i for m in c.children)])
    # (quotation marks go, as everywhere in a headline: 'would legalise euthanasia "by the back door"')
    tokens = [t for t in tokens if t.i < end and not t.is_quote]
    if any(t.is_punct and t.text != "-" for t in tokens):
        return []
    # a phrase of time goes whole ("on Tuesday"); a time the verb needs ("who have waited more than three
    # months") leaves the clause meaning nothing without it, and the clause goes
    timed = {x.i for t in tokens if t.dep_ == "prep" and all(c.ent_type_ in ("DATE", "TIME") for c in t.children if c.dep_ == "pobj")
             and any(c.dep_ == "pobj" for c in t.children) for x in t.subtree}
    if any(t.ent_type_ in ("DATE", "TIME") and t.i not in timed for t in tokens):
        return []
    words = [t.text for t in tokens if t.lower_ not in _ARTICLES and t.i not in timed]
    return words if 1 < len(words) <= most else []


_AMOUNTS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
_WHICH_PREPS = frozenset({"for", "on", "against", "into", "over", "about", "to", "with"})
_KEEP_WHICH = True  # off while a headline too long is made again without its subjects' "which" phrases
_WHICH_WORDS = 8  # the most words of a subject's phrase a headline keeps whole


def _which(noun: Token) -> list[str]:
    """The phrase right after a common noun that says which one it is, headline style: "a call for
    shortlists" (what is called for), "the law banning hunting with dogs", "plans to allow waste to be
    stored": "call is rejected", "law is enforceable" name nothing. A phrase of a known party ("a poll
    for the charity": whose) is no such phrase. It goes to its first phrase of place
    or time ("in England and Wales"), without articles or adverbs, and when longer than _WHICH_WORDS,
    or not plain words, it is left out whole."""
    # (a quantity is no name: "Thousands of pounds" the model may call a sum, "two days of talks" a date)
    if noun.pos_ != "NOUN" or noun.ent_type_ and noun.ent_type_ not in _AMOUNTS and not _a_quantity_of(noun):
        return []
    verb = noun.head
    if not (verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"):
        return []  # (the subject of the statement or of what it reports; not of a noun's clause, "fears that ...")
    child = next((c for c in noun.rights if c.left_edge.i == noun.i + 1), None)
    if child is None:
        return []
    if child.dep_ == "prep" and child.lower_ == "of":
        # "billions of pounds spent on the war", "the number of pupils applying to colleges": a quantity's
        # "of" noun with a participle right after it, which says which ones are counted (the "of" phrase
        # itself is the noun's own, `_noun_phrase`)
        counted = next((c for c in child.children if c.dep_ == "pobj"), None)
        if counted is None or counted.pos_ != "NOUN" or counted.ent_type_ and counted.ent_type_ not in _AMOUNTS:
            return []
        part = _participle_after(counted)
        if part is not None:
            return _participle_words(part)
        # "two days of talks on the future of the fleet": the "of" noun is what is counted, and its own phrase
        # says which ones, as it would after the noun alone ("talks begin" names no talks)
        after = next((c for c in counted.rights if c.left_edge.i == counted.i + 1), None)
        return _which_phrase(counted, after) if after is not None and not counted.ent_type_ else []
    return _which_phrase(noun, child)


def _which_phrase(noun: Token, child: Token) -> list[str]:
    """`_which`'s phrase after the noun, its first right child `child` given."""
    defining = _defining_clause(noun)
    if defining is not None:  # "Eight protesters who stormed Commons chamber are charged"
        # (a plural with no article or number before it is everyone of the kind but for its clause: "Parents who
        # refuse to allow former partners contact with their children could be tagged", never "Parents could be
        # tagged"; its clause may take a little more room)
        return _clause_words(defining, _WHICH_WORDS + DEFINING_ROOM if _generic(noun) else _WHICH_WORDS)
    if noun.ent_type_:
        return []  # (a sum says which only by its "of" noun's participle)
    if _participle_after(noun) is not None and child.tag_ == "VBN":
        # "money spent on new roads", "the officials appointed to the board": a past participle with its
        # phrase says which ones, as a present one does ("the law banning hunting")
        return _participle_words(child)
    infinitive = child.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    if not (child.dep_ == "prep" and child.lower_ in _WHICH_PREPS or child.dep_ == "acl" and child.tag_ == "VBG"
            or infinitive):
        return []
    pobj = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else None
    if pobj is not None and child.lower_ not in _TOPIC_PREPOSITIONS and \
            any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in pobj.children):
        return []  # ("a poll for the charity": whose, someone known already, not what it is; "talks on the
        # future of the fleet" say what about, whatever the article)
    tokens = list(child.subtree)
    end = next((t.i for t in tokens if t.i > child.i + 1 and t.dep_ == "prep" and t.lower_ in SETTING), tokens[-1].i + 1)
    tokens = [t for t in tokens if t.i < end]
    if any(t.is_punct and t.text != "-" for t in tokens) or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens):
        return []
    words = [t.text for t in tokens if t.lower_ not in _ARTICLES and not (t.tag_ == "RB" and t.dep_ == "advmod")]
    if tokens and tokens[-1].tag_.startswith("VB") and tokens[-1].dep_ == "acl" and tokens[-1].i != child.i:
        return []  # ("foreign nationals living" without "in the UK": a participle cut from its phrase)
    return words if 1 < len(words) <= _WHICH_WORDS else []


def _participle_after(noun: Token) -> Token | None:
    """A participle right after a noun that has a phrase of its own ("spent on roads", "applying to
    colleges", "raised by the fair", "designed to tackle shortages"): it says which ones the noun means; a bare
    one ("money spent") none."""
    return next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.i == noun.i + 1
                 and any(x.dep_ in ("prep", "agent", "dobj", "xcomp") for x in c.children)), None)


def _participle_words(part: Token) -> list[str]:
    """A participle's phrase in headline style, to its first phrase of place or time, without articles or
    adverbs; none when longer than _WHICH_WORDS, or not plain words, or ending on the participle."""
    if any(c.dep_ == "agent" and any(x.dep_ == "pobj" and x.pos_ == "PROPN" for x in c.children) for c in part.children):
        return []  # ("figures compiled by the Tories" is already "Tories' figures", `_noun_phrase`)
    tokens = list(part.subtree)
    end = next((t.i for t in tokens if t.i > part.i + 1 and t.dep_ == "prep" and t.lower_ in SETTING), tokens[-1].i + 1)
    tokens = [t for t in tokens if t.i < end]
    if any(t.is_punct and t.text != "-" for t in tokens) or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens):
        return []
    if tokens[-1].i == part.i or tokens[-1].pos_ in ("ADP", "DET", "CCONJ"):
        return []
    if any(t.ent_type_ in ("DATE", "TIME") for t in tokens):
        return []  # ("an aid worker held in Yemen for 20 months": a time tells how long, not which one, and is no headline's)
    words = [t.text for t in tokens if t.lower_ not in _ARTICLES and not (t.tag_ == "RB" and t.dep_ == "advmod")]
    return words if 1 < len(words) <= _WHICH_WORDS else []


# words of an office: "The Secretary of State for Culture, Media and Sport, Tessa Jowell, ..." is Tessa Jowell
_OFFICE_WORDS = lexicon.words("roles")


def _subject_words(subj: Token, actors: list[Actor]) -> list[str]:
    named = _described(subj, subject=True)
    if named is not None:
        return _one_subject(named, actors)
    # (a person by the model's entity, or by the story's own "Ms Jowell" where the model ran the name into the office's)
    person = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and
                   (c.ent_type_ == "PERSON" or any(t.text == c.text and t.i > 0 and t.doc[t.i - 1].lower_ in HONORIFICS
                                                   for t in c.doc))), None)
    if person is not None and subj.lower_ in _OFFICE_WORDS and subj.ent_type_ != "PERSON":
        # "The Secretary of State for Culture, Media and Sport, Tessa Jowell, has ...": an office with the
        # holder's name beside it is the person, by name; the office, cut to fit, would name no office at all
        return _one_subject(person, actors)
    words = _one_subject(subj, actors)
    first = _person_hung_before(subj)
    if first is not None:
        return _one_subject(first, actors) + ["and"] + words
    fellow = comma_fellow(subj)
    if fellow is not None and fellow.i < subj.i:
        return _one_subject(fellow, actors) + ["and"] + words
    counted = next((c for r in subj.rights if r.dep_ == "prep" and r.lower_ == "of" and r.i == subj.i + 1
                    for c in r.children if c.dep_ == "pobj"), None)  # "billions of pounds": the phrase ends on its "of" noun
    if _KEEP_WHICH and words and (words[-1] == subj.text or counted is not None and words[-1] == counted.text) \
            and not any(c.dep_ == "conj" for c in subj.children):
        words = words + _which(subj)
    conjs = [c for c in subj.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
    # ("President Barack Obama and Vice President Joe Biden": the parser may join the second's title to the first
    # as a conjunct of its own; the second is the one named)
    named = [c for c in conjs if c.ent_type_ == "PERSON"] if subj.ent_type_ == "PERSON" else []
    conj = next(iter(named or conjs), None)
    if conj is not None:  # "Clinton and Sanders win": both, by name
        rest = _one_subject(conj, actors)
        # "Catholic, Hindu and Quaker schools": a list of three keeps its comma, its "and" comes later
        listed = subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].text == "," and \
            (any(w.lower() == "and" for w in rest[:-1]) or fellow is not None)
        # "Neither Trump nor his opponents showed ...": the conjunction says who did not, never "and"
        joined = next((c.lower_ for c in subj.children if c.dep_ == "cc" and c.lower_ in ("or", "nor")), "and")
        pair = next((c.text.capitalize() for c in subj.children if c.i < subj.i and c.lower_ in ("neither", "either")), None)
        if pair is not None:
            words = [pair] + words
        words += ([","] if listed else [joined]) + rest
    if fellow is not None:  # "Carson, Huckabee, Fiorina earned": the last of the list, its "and" a heading's comma
        words += ["and"] + _one_subject(fellow, actors)
    return words


def _hyphenated_word(token: Token) -> tuple[int, int]:
    """The tokens of a word the tokenizer split at its hyphens ("Kilroy-Silk"), whichever part
    the parser took for the head."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return start, end


def _one_subject(subj: Token, actors: list[Actor]) -> list[str]:
    if subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        # by the full name: the home page and the feeds show the headline without the story; of two
        # people with the surname, the one whose other names the text gives ("Donald Trump", not Ivanka)
        written = {t.text for t in subj.lefts if t.dep_ == "compound"}
        # a hyphenated surname is one word, "Kilroy-Silk", never its last part ("Silk")
        start, end = _hyphenated_word(subj)
        word = subj.doc[start:end].text
        same = [a.name.split() for a in actors if a.kind == "person"
                and (a.name.split()[-1:] == [word] or "-" in word and ends_with_surname(a.name, word))]
        if same:
            return max(same, key=lambda names: len(written & set(names)))
        if end - start > 1:
            return [word]
        # the whole name before the head: "The New York Post" is "New York Post"
        # (a capitalised word of the name the tagger took for an adjective too: "Red Hot Chili Peppers")
        while start > subj.sent.start and (subj.doc[start - 1].pos_ == "PROPN" or subj.doc[start - 1].is_title) and \
                subj.doc[start - 1].dep_ == "compound" and subj in subj.doc[start - 1].ancestors:
            start -= 1
        names = [t.text for t in subj.doc[start : subj.i + 1] if t.text not in _HONORIFICS]
        # (unless a capitalised modifier before it hangs on the name too: "Black Lives Matter" is the noun phrase's)
        before = subj.doc[start - 1] if start > subj.sent.start else None
        run_on = before is not None and before.is_title and before.pos_ in ("ADJ", "NOUN", "PROPN") and \
            subj in before.ancestors
        if subj.pos_ == "PROPN" and len(names) >= 2 and not run_on:
            return names  # "Election strategist Prashant Kishor" -> "Prashant Kishor"
    words = _noun_phrase(subj)
    # an "and" left at either end joins nothing there; between two of the phrase's words it joins them
    # ("the energy and transport minister" is no "energy transport minister")
    while len(words) > 1 and words[0].lower() in ("and", "or"):
        words = words[1:]
    while len(words) > 1 and words[-1].lower() in ("and", "or"):
        words = words[:-1]
    return words


def _gerund_subject(verb: Token) -> list[str] | None:
    """A gerund that is a clause's subject, with its object and particle ("Hiding women away is a
    backward view", "Closing the harbour would be a mistake"): the act the clause judges, its phrases
    of place and time left out, as a headline leaves them."""
    gerund = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if gerund is None:
        return None
    # (to the first phrase of a place or a time: "in the home", "for a whole term"; "out of school" says what)
    end = next((t.i - 1 for t in gerund.subtree if t.i > gerund.i and t.dep_ == "prep" and
                (t.lower_ in SETTING or t.lower_ == "for")), gerund.right_edge.i)
    # (never inside the clause the gerund takes: "ensuring every child in Britain had the best start" is no
    # "ensuring every child")
    if any(c.dep_ in ("ccomp", "xcomp") and c.left_edge.i <= end < c.right_edge.i for c in gerund.children):
        end = gerund.right_edge.i
    words = [t.text for t in gerund.doc[gerund.i : end + 1] if not (t.dep_ == "det" and t.lower_ in ("a", "an", "the"))]
    if len(words) > 8 or any(t.is_punct for t in gerund.doc[gerund.i : end + 1]):
        return None
    return [words[0].lower()] + words[1:] if len(words) > 1 else None


def _clause(verb: Token, report: bool = False, lean: bool = False, actors: list[Actor] = ()) -> list[str] | None:
    subj = _subject(verb)
    gerund = _gerund_subject(verb) if subj is None else None
    if gerund is not None:
        return gerund + _predicate(verb, False, lean=lean)
    if subj is None or any(t.tag_ in ("WRB", "WP", "WDT") or t.lower_ in ("whether", "if") for t in verb.subtree
                           if t.i < subj.i):
        return None  # "told the host how surprised he is that ...": a question or an exclamation, not a statement
    who = _subject_words(subj, list(actors))
    if subj.pos_ == "PRON":
        who = [subj.lower_ if subj.lower_ != "i" else "I"] if report else _protagonist(subj, actors)
        if not who:
            return None
    return who + _predicate(verb, _plural(subj), lean=lean)


_PERSON_MEANT = "headline_person_meant"  # {"resolver": the story's `SpeakerResolver`}, set by `make_headline`


def _protagonist(pronoun: Token, actors: list[Actor]) -> list[str] | None:
    """'He won the caucus' opening a story is its main person: by name, as a headline must."""
    if pronoun.lower_ not in ("he", "she") or any(c.dep_ == "conj" for c in pronoun.children):
        return None  # ("He and the archbishop have spoken out": two people, one of them unnamed here)
    # the person whose the sentence's subject is ("Howard Flight's local association has insisted he will not
    # be its candidate"), else the story's main person
    named = [t for t in pronoun.sent if t.i < pronoun.i and t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
             and t.dep_ == "poss" and t.head.dep_ in _SUBJECTS]
    # else whom the pronoun stands for ("For President Obama, it was a day of celebration. He had just signed
    # ..." is Obama's, not the story's main person's), else, opening the story, its main person
    # (and the main person only where the pronoun could stand for them: "She attended a Trump rally" is not Trump)
    resolver = per_doc(pronoun.doc, _PERSON_MEANT, lambda _d: {}).get("resolver")
    meant = resolver.person_meant(pronoun) if resolver is not None else None
    person = next((a for t in named for a in actors if a.kind == "person" and t.text in a.name.split()), None) or \
        (meant if meant is not None and meant.kind == "person" else None) or \
        next((a for a in actors if a.kind == "person" and (resolver is None or resolver.could_mean(pronoun, a))), None)
    if person is None:
        return None
    names = person.name.split()
    return names[-1:] if person.mentions > 1 else names


def _trim(words: list[str], sent: Span | None = None) -> list[str]:
    while words and words[-1].lower() in ("to", "of", "and", "or", "the", "a", "an", ",", "in", "on", "for", "by") \
            and not (sent is not None and _verb_s_particle(sent, words)):
        words = words[:-1]
    return words


def _verb_s_particle(sent: Span, words: list[str]) -> bool:
    """Whether the headline's last word is the particle of the verb before it ("the row goes on", "was
    looked after"): a phrasal verb keeps its particle."""
    if len(words) < 2:
        return False
    verb_word = words[-2].lower()
    for t in sent:
        verb = t.head
        if t.lower_ != words[-1].lower() or t.i != verb.i + 1 or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb_word not in (verb.lower_, _present(verb.lemma_, False), _present(verb.lemma_, True)):
            continue
        if t.dep_ == "prt" or t.dep_ == "advmod" and t.lower_ in PARTICLES or \
                t.dep_ == "prep" and not any(True for _ in t.children):
            return True
    return False


_SAYING_VERBS = lexicon.words("cues", "own_words_verbs")  # verbs of a speaker's own words


def _about_another(speaker: Token, said: Token) -> bool:
    """Whether what a named speaker says is about another person or body the story names: "Gordon
    Brown has failed ..., Charles Kennedy said" is Kennedy's charge, not the story's fact."""
    doer = next((c for c in said.children if c.dep_ in _SUBJECTS), None)
    if said.head.lemma_ not in _SAYING_VERBS or doer is None or \
            not (doer.pos_ == "PROPN" or doer.ent_type_ in ("PERSON", "ORG", "NORP")):
        return False  # (an outlet that "reported" or a ministry that "announced" tells news, not a charge)
    names = {t.lower_ for t in speaker.subtree if t.pos_ == "PROPN"}
    return not names & {t.lower_ for t in doer.subtree if t.pos_ == "PROPN"}


def _reports_before(root: Token, said: Token) -> bool:
    """'A stop sign would have prevented it, an expert testified': the verb after the clause reports
    it, with only its subject, auxiliaries and a comma between (not "X won, and she claimed that",
    nor "X; others vow Y")."""
    if root.lemma_ not in _REPORTING and root.lemma_ not in CLAIM_VERBS and root.lemma_ not in _HEARING or \
            any(t.text in (";", ":") for t in root.doc[said.i + 1 : root.i]):
        return False  # "World leaders denounce the test; others vow ...": two statements
    # its subject, and the clause's own adjuncts the parser hung on the verb ("..., if the junction had
    # a stop sign, an expert said")
    between = {t.i for c in root.children if c.dep_ in _SUBJECTS + ("advcl", "prep", "npadvmod") for t in c.subtree}
    return all(t.i in between or t.text in (",", '"', "\u201d", "'", "\u2019") or
               t.head.i == root.i and t.dep_ in ("aux", "neg", "advmod")
               for t in root.doc[said.right_edge.i + 1 : root.i])


def _relative_run_in(verb: Token) -> bool:
    """Whether the parser gave `verb` two subjects in a row where the second, named one opens a relative clause
    without "that" on a noun of the first ("The candidates' estimates of the number of refugees Obama will
    accept range from 100,000 to 250,000": "Obama will accept" is which refugees; the sentence's own verb,
    "range", the parser took for a noun). A description before a name is no such pair ("Former Secretary of
    State and frontrunner Hillary Clinton is calling": one person)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) < 2:
        return False
    first, second = subjects[0], subjects[-1]
    # (in a row: no comma between them, not even one the parser gave the first, "Already a television icon ...,
    # veteran comedian Tim Allen hit": an opening phrase, the statement's subject after it)
    if first.right_edge.i + 1 != second.left_edge.i or first.right_edge.is_punct or second.pos_ != "PROPN":
        return False
    # (the first a thing with a phrase of its own, not a description or an office before the name)
    return first.pos_ == "NOUN" and first.lower_ not in _OFFICE_WORDS and first.lemma_.lower() not in _OFFICE_WORDS \
        and _described(first, subject=True) is None and any(c.dep_ == "prep" for c in first.children)


def _from_sentence(sent: Span, actors: list[Actor], lean: bool = False) -> list[str] | None:
    # "The prize may elude him but Gordon Brown can ...": the clause that names whom a portrait speaks of
    root = named_clause(sent) or sent.root
    root = main_clause_after_subordinate(root) or root  # "Though X did not ..., Y has ...": Y's clause
    if root.pos_ not in ("VERB", "AUX") or subordinate_opener(root) is not None or _relative_run_in(root):
        # (a subordinate clause whose main clause the parse lost: "Almost a week after X did Y, ..."; a relative
        # clause without "that" run into its noun's sentence: "estimates of the refugees Obama will accept range")
        return None
    # "The head of the agency widely reported to have resigned is still at the helm": a participle in
    # the subject the parser took for the verb; the finite verb after it is the main one, its subject the same
    participle = main_verb_after_participle(root)
    # ("..., President Smith of Ruritania has said": a source the parser hung on the statement's last noun)
    subj = _subject(root) or source_hung_before(root)
    if participle is not None:
        root = participle
    elif not any(c.dep_ == "cc" for c in root.children) and any(
            c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(x.dep_ in ("aux", "neg") for x in c.children)
            for c in root.rights) and trailing_claim(sent, root) is None:
        # (unless it is the report verb of a source named last: ", a committee has warned")
        return None  # a second verb with no subject the parser hung on the first: no clause to rebuild
    said = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                 and not _infinitive_clause(c)), None)  # ("called for X to act" says nothing)
    if said is not None and _subordinate_misread(said):
        # "set out Ms Ward's view after the archbishop backed ...": two clauses the parser ran into one; the
        # misread subject is what the verb acts on, and the clause after "after" is a time
        if subj is None or subj.is_quote:
            return None
        who = _protagonist(subj, actors) if subj.pos_ == "PRON" else _subject_words(subj, actors)
        return who + _verb_group(root, _plural(subj)) + _noun_phrase(_subject(said)) if who else None
    skip = DATELINE_OPENING.match(sent.text)
    # "presidential candidate Hillary Clinton said that ...": a speaker described before the name is named
    # (a body a name owns, "Howard Fleet's association", speaks for another: its "he" is who the name says)
    named = subj is not None and (named_source(subj, owned=False) or _described(subj, subject=True) is not None or
                                  particular_source(subj, offices=False))
    if said is not None and hearsay(root) and root.lemma_ not in NEUTRAL_REPORTS:
        # "Casinos will be banned from ..., it has been suggested": a claim with no one to say it, which a
        # headline can neither tell as fact nor give to anyone (a plain "it is reported" tells the report)
        return None
    if said is not None and subj is not None and (root.lemma_ in _REPORTING or said.i < root.i):
        inner = _clause(said, report=named and said.i > root.i, lean=lean, actors=actors)
        # a claim, a promise, a hypothesis, or what a named speaker says of someone else named ("Brown has
        # failed, Kennedy said": a charge), stays with who says it (claims.py), when the verb reports it
        # (not "On the day he won, Cruz got a ruling", a clause the parser hung before another verb)
        # (so does what an interested party says: "the Clinton campaign said long lines kept many from voting")
        claimed = not (told_as_fact(root, said) and not (named and _about_another(subj, said)) and
                       not owned_body(subj) and addressee(root) is None) and \
            (said.i > root.i or _reports_before(root, said))
        if inner and (not named or said.i < root.i) and not claimed:
            # "Officials said two people were killed": the news is what was said
            return inner if lean else _fuller(said, inner)
        if inner:
            # "Expert says stop sign would have prevented crash", never "Stop sign would have prevented crash"
            who = _protagonist(subj, actors) if subj.pos_ == "PRON" else _subject_words(subj, actors)
            if not who:
                return None
            doer = next((c for c in said.children if c.dep_ in _SUBJECTS), None)
            if doer is not None and doer.pos_ == "PRON" and said.i > root.i and not named and \
                    not set(_protagonist(doer, actors) or []) & set(who):
                # "The home secretary said he would not launch an inquiry": under the speaker the headline keeps,
                # "he" is told as written ("Home secretary says he ..."), never swapped for another of the story's
                # people (one the speaker's own words name is he: "Howard Fleet's association says Fleet will not")
                inner = _clause(said, report=True, lean=lean, actors=actors) or inner
            if root.lemma_ in _ANNOUNCING and doer is not None and doer.lower_ in ("he", "she", "it", "they"):
                # "X announced he had signed an order": the act is the news, "X signs order"
                words = who + _predicate(said, _plural(subj), lean=lean)
            else:
                if doer is not None and doer.pos_ == "PROPN" and inner[: len(who)] == who and \
                        doer.text in who and subj.text == doer.text and subj.i != doer.i:
                    # "Mrs. Clinton said Mr. Clinton would ...": two people of one name, as the text tells them
                    inner = [t.text for t in doer.lefts if t.dep_ == "compound"] + [doer.text] + inner[len(who):]
                report_verb = "hear" if root.lemma_ in _HEARING else "say"
                # ("Port authority is told police are ready": whom it was told is no one who says it)
                said_to = [_present("be", _plural(subj)), root.text] if addressee(root) is not None else []
                words = who + (said_to or [_present(report_verb, _plural(subj))]) + inner
            return words if lean else _fuller(said, words)
    told = said is not None and said.i > root.i and any(c.dep_ in _OBJECTS for c in root.rights) and \
        not _clause(said, report=True, lean=True)
    untold = said is None and not any(c.dep_ in ("xcomp", "ccomp") for c in root.children)
    if root.lemma_ in _REPORTING and told or root.lemma_ in ("say", "tell") and untold or \
            subj is not None and _frame_only(root, subj):
        # "Senator tells USA Today", "McCain says populist movement": what was said is the news ("..., he told
        # a conference on ageing": said before him, in words no headline could be made of)
        return None
    if subj is None or subj.is_quote:
        return None
    who = _protagonist(subj, actors) if subj.pos_ == "PRON" else _subject_words(subj, actors)
    if not who:
        return None
    while skip and len(who) > 1 and (who[0] in skip.group(0) or who[0] in ("(", ")", "-", "--")):
        who = who[1:]  # "WASHINGTON (Reuters) - Senators ...": the dateline is no part of who
    words = who + _predicate(root, _plural(subj), lean=lean)
    source = according_to(root)
    if source is not None and source.pos_ in ("NOUN", "PROPN"):
        # "Teachers should get a rise, according to a report by X": "Report by X says teachers should get a rise"
        words = _subject_words(source, actors) + [_present("say", _plural(source))] + words
    claim = trailing_claim(sent, root)
    if claim is not None:
        # "Blair promised Brown he would stand down, a new book claims": the claim goes with its source
        # ("New book claims ..."), never told as fact
        comma = max(t.i for t in sent if t.text == "," and t.i < claim.i)
        heads = [t for t in sent.doc[comma + 1 : claim.i] if t.pos_ in ("NOUN", "PROPN") and not comma < t.head.i < claim.i]
        if not heads:
            return None
        # (a report verb the parser took for a second verb is put in the present: "committee warns")
        # ("police chiefs have told MPs": whom they told is no news beside what, "police chiefs say")
        addressed = any(c.dep_ in ("dobj", "dative") and c.i > claim.i for c in claim.children)
        verb = "say" if addressed and claim.lemma_.lower() in TELLING_VERBS else claim.lemma_.lower()
        said = _present(verb, _plural(heads[0])) if claim.pos_ == "VERB" else claim.lower_
        words = _noun_phrase(heads[0]) + [said] + words
    return words if lean else _fuller(root, words)


_SUBORDINATORS = frozenset({"after", "before", "since", "until", "till"})


def _subordinate_misread(clause: Token) -> bool:
    """Whether the parser ran two clauses into one: a clause whose subject holds "after", "before" ...
    with a noun right before the clause's verb ("set out Ms Ward's view after the archbishop backed the
    stance": "after" opens a clause of its own, the archbishop backed it), so the subject it gives
    ("view ... backed") is no one's. A verb of saying or thinking takes a clause, whose subject may hold
    such a phrase ("said the years after the war were hard"): only another verb's is misread."""
    subj = _subject(clause)
    verb = clause.head
    if subj is None or verb.lemma_ in _REPORTING | _SPEECH_VERBS | _SAYING_VERBS | CLAIM_VERBS:
        return False
    verb_start = min([clause.i] + [c.i for c in clause.children if c.dep_ in ("aux", "auxpass", "neg")])
    for prep in subj.subtree:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
        if prep.lower_ in _SUBORDINATORS and pobj is not None and pobj.right_edge.i + 1 == verb_start:
            return True
    return False


def _richer(sent: Span, words: list[str]) -> list[str]:
    """A headline under MIN_WORDS takes the phrase that completes the event: the verb's place or
    topic ('in Nairobi', 'over pay'), else the phrase on its object ('budget passed by council')."""
    root = sent.root
    more = _prep_phrase(root)
    if not more:
        obj = next((c for c in root.rights if c.dep_ in _OBJECTS), None)
        for child in obj.rights if obj is not None else ():
            if child.dep_ == "acl" and any(c.dep_ == "agent" for c in child.children) and \
                    any(t.text in words for t in child.subtree if t.pos_ == "PROPN"):
                continue  # "offer made by Unison", its agent already in front ("Unison's offer")
            if child.dep_ == "acl" and child.tag_ == "VBN" or child.dep_ == "prep":
                more = [t.text for t in child.subtree if t.lower_ not in _ARTICLES and not t.is_punct
                        and t.ent_type_ not in ("DATE", "TIME")]
                break
    extra = [w for w in more if w not in words]
    return words + more if more and len(words) + len(more) <= MAX_WORDS and extra else words


_ASIDES = ("appos", "relcl", "parataxis", "npadvmod", "advcl", "acl", "conj", "cc", "meta")
_GLUE = frozenset({"of", "to", "in", "on", "for", "by", "at", "with", "from", "and", "or", "into", "over", "'s"})
_TIMES = frozenset({"after", "before", "during", "since", "until", "amid", "when", "while", "as"})


def _hyphen_joined(tok: Token) -> bool:
    """Whether a token is part of a word written with hyphens ("first-in-the-nation"): its words
    are one word, never an article or a preposition to drop."""
    doc = tok.doc
    before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    return before or after


def _a_quantity_of(noun: Token) -> bool:
    """A date's or a time's word with "of" after it, a quantity of a thing, no time: "two days of talks",
    "to end weeks of phoney war"."""
    return (noun.ent_type_ in ("DATE", "TIME") or _is_time(noun)) and noun.i + 1 < len(noun.doc) and \
        noun.doc[noun.i + 1].lower_ == "of"


def _phrase_words(head: Token) -> list[str]:
    """A phrase in headline style: its words without articles, dates, asides (appositions,
    relative clauses, parentheses) and punctuation."""
    drop: set[int] = set()
    for t in head.subtree:
        # the reporter's "here" is nowhere to a reader of the headline
        if t.i != head.i and (t.dep_ in _ASIDES or t.ent_type_ in ("DATE", "TIME") and not _a_quantity_of(t)
                              or t.lower_ == "here"):
            drop |= {x.i for x in t.subtree}
    doc = head.doc
    for i in sorted(drop):  # "adultery or life-threatening": a word goes with the words it is hyphened to
        k = i
        while k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_:
            drop |= {k + 1, k + 2}
            k += 2
        k = i
        while k - 2 >= 0 and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_:
            drop |= {k - 1, k - 2}
            k -= 2
    for t in head.subtree:  # "without heating for weeks": a preposition whose noun went (a time) goes with it
        objects = [c for c in t.children if c.dep_ in ("pobj", "pcomp")]
        if t.i != head.i and t.dep_ == "prep" and objects and all(c.i in drop for c in objects):
            drop |= {x.i for x in t.subtree}
    words, depth = [], 0
    for t in head.subtree:
        depth += t.text == "("
        if t.i not in drop and not depth and (t.lower_ not in _ARTICLES or _hyphen_joined(t)) and \
                (not t.is_punct or t.text in ("$", "%", "-")) and t.text not in _HONORIFICS:
            words.append(t.text)
        depth -= t.text == ")" and depth > 0
    return words


def _complement(clause: Token) -> bool:
    """'(the accusations) that he exaggerated his record': a clause that says what a noun holds."""
    # a relative clause the parser took for one leaves a gap: "the subject that she has not devoted time to"
    gap = any(t.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in t.children) for t in clause.subtree)
    noun = clause.head
    # a claim's or a report's noun says what it holds in a clause the parser may take for a relative
    # one: "reports he told Gordon Brown he would quit"
    held = clause.dep_ == "relcl" and (noun.lemma_.lower() in CLAIM_NOUNS | _POINTING_NOUNS or noun.lemma_.lower() == "report") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ in ("WDT", "WP") for c in clause.children)
    if clause.dep_ != "acl" and not held or clause.pos_ not in ("VERB", "AUX") or gap or \
            not (noun.pos_ == "NOUN" or noun.dep_ in ("dobj", "pobj") and noun.tag_ == "VBZ"):  # "reports/VBZ"
        return False
    if not any(c.dep_ in _SUBJECTS + ("expl",) for c in clause.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    if any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" for c in clause.children):
        return False  # "set out his view after the bishop backed X": "after", "when", "because" open a time or a cause
    # "suggestions there will be a giveaway", "reports Mr Blair was considering": a finite clause right
    # after the noun, its "that" left out
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP")
                                                         for c in clause.children)
    return finite and clause.left_edge.i == noun.i + 1


def _phrase_core(child: Token) -> list[str]:
    """A phrase too long to take whole, cut to its core: the preposition and its noun ('to discuss
    decision', 'on immigration record'), an infinitive with its object; never a phrase cut mid-word-group."""
    if child.dep_ in ("prep", "agent"):
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        return [child.text] + _gerund_or_noun(pobj) if pobj is not None else []
    words: list[str] = []
    if _complement(child):  # "that he exaggerated his record": the clause a noun holds, in its tense
        subj = next(c for c in child.children if c.dep_ in _SUBJECTS + ("expl",))
        who = [subj.lower_ if subj.lower_ != "i" else "I"] if subj.pos_ in ("PRON", "ADV") or subj.dep_ == "expl" \
            else _subject_words(subj, [])
        # headlines drop the "that" ("claims she misled council"), except before a noun, which would read
        # as one phrase with the noun before it ("clues general election will be held")
        that = ["that"] if subj.pos_ not in ("PRON", "ADV") and subj.dep_ != "expl" and \
            any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children) else []
        words = that + who + _predicate(child, plural=False, finite=False, lean=True)
        said = next((c for c in child.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if said is not None and child.lemma_ in _REPORTING and any(c.dep_ == "dobj" for c in child.children):
            told = _clause(said, report=True, lean=True) or []  # "reports he told X he would quit": what he told
            if told and words[-len(told):] != told:  # (unless the verb of telling has taken it already)
                words += told
        return words
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
        words = ["to"] + _predicate(child, plural=False, finite=False, lean=True)
    elif child.dep_ == "acl" and child.tag_ in ("VBG", "VBN"):
        words = _predicate(child, plural=False, finite=False, lean=True)
    # "to help", "to put him": a verb without what it acts on says nothing yet
    return words if words and words[-1] != child.text and words[-1].lower() not in _PRONOUNS else []


def _size(words: list[str]) -> int:
    """The words a headline prints: "all - black" is one word, "Labour 's" one, a list's comma none."""
    joins = sum(w == "-" and 0 < k < len(words) - 1 or w == "not" and k > 0 and words[k - 1] == "can"
                for k, w in enumerate(words))  # ("can not" prints "cannot")
    # "£4m" prints as one word: a currency sign, and a scale written on to its number, are no words of their own
    glued = sum(w in ("$", "\u00a3", "\u20ac") or w in ("m", "bn", "k", "tn", "%") and k > 0 and
                words[k - 1].replace(".", "").replace(",", "").isdigit() for k, w in enumerate(words))
    return sum(w not in ("-", "'s", "\u2019s", "'", "\u2019", ",") for w in words) - joins - glued


def _fuller(verb: Token, words: list[str], room: int = FULL_WORDS, after: int = -1) -> list[str]:
    """More of what the verb says, phrase by whole phrase, while the headline has room: the
    place or topic ('to Iowa', 'over pay'), a purpose ('to investigate'), an agent ('by FBI'), a
    condition ('if he fails'), never a time ('on Tuesday', 'after the vote')."""
    # "is to give a £4m grant to help survivors", "wants other nations to match his target for overseas
    # aid": where the headline ends inside an infinitive the verb governs, the phrases that say what for or
    # of what are that infinitive's, and they come first (the parser hangs them on its verb, not its object)
    # ("... and has failed": a second verb that turns the first is kept before any phrase, room made for it)
    turn = _short_second_verb(verb) if after < 0 else []
    if turn and (_size(words) + _size(turn) > MAX_WORDS or set(turn[1:]) <= set(words)):
        turn = []
    room -= _size(turn)
    inner = _last_infinitive(verb, words) if _INNER_PHRASES else None
    if inner is not None:
        # (never a phrase the story gives before the headline's last word, which would put it out of order)
        last = max((t.i for t in inner.subtree if t.text == words[-1]), default=inner.i)
        words = _fuller(inner, words, room, after=last)
    elif _INNER_PHRASES and after < 0:
        clause = _last_clause(verb, words)
        if clause is not None:
            # "denied that fathers' groups had forced changes (to the divorce law)": where the headline ends
            # on the object of the clause the verb governs, what completes it is that clause's, and the verb's
            # own phrases, which stand before the clause, would come after it out of order
            last = max((t.i for t in clause.subtree if t.text == words[-1]), default=clause.i)
            return _fuller(clause, words, room, after=last) + turn
    used = {w.lower() for w in words} - _GLUE
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is not None and _object_complement(verb, obj):
        return words  # 'calls rebate from the EU "unjustified"' ends on what it calls it
    # the verb's phrases, and those of the nouns its phrases end on ("calls for inquiry into contract")
    # ("telephone the millions of people who have signed up": the noun of a quantity's "of" too)
    nested = [p for c in verb.rights if c.dep_ in ("prep", "dobj") for n in [c] + list(c.children) + _of_noun(c)
              if n.dep_ in ("pobj", "dobj") for p in n.rights if p.dep_ == "prep"
              or p.dep_ == "acl" and p.tag_ == "VBG" and p.i == n.i + 1  # "poll shows Sanders leading Clinton"
              # "introducing pensions based on residency": after an infinitive's or a gerund's object, the
              # participle that says which
              or after >= 0 and p.dep_ == "acl" and p.tag_ == "VBN" and p.i == n.i + 1
              or _complement(p)  # "responds to accusations that he exaggerated his record"
              or _defining_clause(n) is not None and p.i == _defining_clause(n).i]  # "criticises leader who said ..."
    for child in sorted(list(verb.rights) + nested, key=lambda t: t.i):
        if child.i < after:
            continue
        if child.head != verb and child.head.lower_ not in used:
            continue  # a phrase on a noun the headline left out ("some of companies")
        if child.head != verb and any(_complement(c) and c.i > child.i for c in child.head.rights):
            continue  # "fears from some MPs that his plans are too modest": never after the clause it stood before
        # ("resigned from his post as a partner in a law firm": "as" with a noun of its own says in what capacity;
        # only "as" opening a clause tells a time)
        # ("send Japanese Americans to internment camps": a "to" the parser took for a dative is a preposition)
        prep = child.dep_ == "prep" or child.dep_ == "dative" and child.pos_ == "ADP" and \
            any(c.dep_ == "pobj" for c in child.children)
        capacity = child.lower_ == "as" and child.dep_ == "prep" and \
            (child.head.lemma_.lower() in _OFFICE_VERBS or child.head.lemma_.lower() in _OFFICE_NOUNS) and \
            any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in child.children)
        if prep and (child.lower_ not in _TIMES or capacity) or child.dep_ in ("agent", "acl", "relcl") or \
                child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" or
                                              c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in child.children):
            # (a condition too: "will stun Westminster if he fails to deliver a surplus")
            if prep and child.head == verb and any(
                    a.dep_ in ("advmod", "prt") and a.i < child.i and a.text in words and
                    any(p.dep_ == "prep" and not any(o.dep_ == "pobj" and o.lower_ in used for o in p.children)
                        for p in a.children) for a in verb.children):
                # "get away (from all of this stuff) with Trump": after an adverb whose own phrase is left out, a
                # phrase of the verb would read as the adverb's ("get away with"), another verb
                break
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            fixed = _date_set(verb, child, pobj)
            if fixed:
                if _size(words) + _size(fixed) <= room:
                    words = words + fixed
                    used |= {w.lower() for w in fixed}
                continue
            if prep and (pobj is None or pobj.ent_type_ in ("DATE", "TIME") or
                                         pobj.pos_ in ("PRON", "DET")):
                continue
            if child.is_title and child.i > child.sent.start:
                continue  # "... review By Alana Wise": a byline or heading run into the sentence
            if _complement(child) and child.head.lower_ not in used:
                continue  # what a noun holds follows the noun, never a noun the headline left out
            if child.dep_ == "relcl":
                # a clause that says which ones the noun means goes whole, right after its noun, or not at all
                phrase = _clause_words(child, room)
                if not phrase or _size(words) + _size(phrase) > room or words[-1] != child.head.text:
                    break
                words = words + phrase
                used |= {w.lower() for w in phrase}
                continue
            phrase = _phrase_core(child) if _complement(child) else _phrase_words(child)
            # (by its words of content: "his" in "as a partner ... over his two jobs" is no "from his post")
            if len(phrase) < 2 or {w.lower() for w in phrase if w.lower() not in _GLUE | _WHOSE} & used:
                continue  # a phrase the predicate has already taken, whole or in part
            if _size(words) + _size(phrase) > room and phrase[0] == "that" and _size(words) + _size(phrase) - 1 <= room:
                phrase = phrase[1:]  # a clause's "that" goes before the clause does ("claims legal advice was drawn up")
            if _size(words) + _size(phrase) > room:
                phrase = _phrase_core(child)
                if phrase and phrase[0] == "that" and _size(words) + _size(phrase) > room:
                    phrase = phrase[1:]
                if not phrase or _size(words) + _size(phrase) > room or \
                        {w.lower() for w in phrase if w.lower() not in _GLUE} & used:
                    break
            last = next((c for c in child.subtree if c.text == phrase[-1]), None)
            if last is not None and _a_group_cut(last):
                break  # "as part of series": the phrase goes whole or not at all
            which = next((c for c in last.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i == last.i + 1), None) \
                if last is not None and last.pos_ == "NOUN" else None
            if which is not None and which.text not in phrase:
                # "draw a line under the controversy surrounding his deputy": the participle right after the
                # phrase's noun says which one, and comes with the phrase where it fits whole ("depicting X - who
                # are both Y - as Z" cut to "depicting X - - as Z" is no phrase)
                more = _phrase_words(which)
                if len(more) >= 2 and more[-1] != which.text and _size(words) + _size(phrase) + _size(more) <= room and \
                        not any(t.is_punct and not _hyphen_joined(t) or t.dep_ in _ASIDES for t in which.subtree if t.i != which.i):
                    phrase = phrase + more
                    last = None
            if after >= 0 and last is not None and last.pos_ == "NOUN" and \
                    not any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in last.children) and \
                    any(c.dep_ in ("prep", "acl", "relcl", "advcl") and c.left_edge.i == last.i + 1 and c.text not in phrase
                        # (a "who"/"which" clause adds to a noun that names its thing: "farmers who lost herds")
                        and not any(w.tag_ in ("WDT", "WP", "WP$") for w in c.children)
                        for c in last.children):
                # "despite a call for him to pause from X" as "despite call": a bare noun whose own phrase the
                # headline leaves out says nothing, after an object that has its own
                break
            words = words + phrase
            used |= {w.lower() for w in phrase}
    return words + turn


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"})


def _date_set(verb: Token, prep: Token, date: Token | None) -> list[str]:
    """'will deliver his Budget on 16 March': the calendar date a coming act is set for is what is announced,
    and a headline keeps it ("on 16 March"); a weekday only says when in the week, and the date of a past
    act is when it happened, which a headline leaves out."""
    if prep.dep_ != "prep" or prep.lower_ != "on" or date is None or date.ent_type_ != "DATE" or \
            not any(a.dep_ == "aux" and a.tag_ == "MD" and a.lower_ in ("will", "shall", "'ll") for a in verb.children):
        return []
    tokens = sorted(date.subtree, key=lambda t: t.i)
    if len(tokens) > 3 or not any(t.like_num for t in tokens) or not any(t.lower_ in _MONTHS for t in tokens) or \
            any(t.is_punct or t.ent_type_ != "DATE" for t in tokens):
        return []
    return [prep.text] + [t.text for t in tokens]


def _short_second_verb(verb: Token) -> list[str]:
    """'has had the chance to tackle the problems and has failed', 'offered to help but refused': a second
    verb of the same subject with nothing of its own after it, which turns or completes what the first
    says, as written ("and has failed"); the first alone may say the opposite of the news."""
    second = next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if second is None:
        # ("the chance to tackle the problems and has failed": a verb with its own "has" is never an infinitive's
        # pair, whatever the parser hung it on; it is the subject's second verb)
        second = next((t for t in verb.subtree if t.dep_ == "conj" and t.pos_ == "VERB" and t.head.tag_ == "VB" and
                       t.head.i != verb.i and any(a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP", "VBD") for a in t.children)), None)
    if second is None:
        return []
    cc = next((c for c in second.head.rights if c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i == second.left_edge.i - 1), None)
    tokens = sorted(second.subtree, key=lambda t: t.i)
    if cc is None or any(t.i != second.i and t.dep_ not in ("aux", "neg", "advmod") for t in tokens) or \
            any(t.dep_ == "advmod" and t.i > second.i for t in tokens) or tokens[-1].i + 1 < len(verb.doc) and \
            not verb.doc[tokens[-1].i + 1].is_punct:
        return []
    return [cc.text] + [t.text for t in tokens]


_WHOSE = frozenset({"his", "her", "their", "its", "our", "my", "your"})  # words that say whose, of any phrase


# verbs of taking, holding and leaving an office, and nouns of one, whose "as" says which office ("resigned
# from his post as a partner", "was named as chairman"); elsewhere "as" may say when, or liken
_OFFICE_VERBS = frozenset({"resign", "quit", "step", "stand", "serve", "appoint", "name", "elect", "remain", "stay",
                           "return", "continue", "retire", "sack", "oust", "replace", "install", "reappoint"})
_OFFICE_NOUNS = frozenset({"post", "job", "role", "position", "seat", "office"})


def _of_noun(noun: Token) -> list[Token]:
    """The noun of a quantity's or a part's "of" ("millions of people", "some of the staff"), whose own
    clause says which ones the quantity counts."""
    if noun.dep_ != "dobj" or not (noun.like_num or noun.lemma_.lower() in _PARTS | _QUANTITIES):
        return []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


_QUANTITIES = frozenset({"million", "billion", "thousand", "hundred", "dozen", "score", "number", "lot", "majority",
                         "minority", "half", "third", "quarter", "group", "handful"})


_INNER_PHRASES = True  # off while the statements are weighed: the phrases an infinitive takes make no statement more central


def _last_infinitive(verb: Token, words: list[str]) -> Token | None:
    """The infinitive (or gerund) the verb governs ("is to give", "urged to use", "wants nations to match") when the
    headline holds it and ends on its words, so what completes the headline completes that infinitive."""
    # ("is considering introducing pensions based on residency": a gerund the verb governs is one too, and so is
    # a bare infinitive, "helped send Japanese Americans to internment camps")
    inner = next((c for c in verb.rights if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and
                  (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or c.dep_ == "xcomp" and c.tag_ in ("VBG", "VB"))),
                 None)
    if inner is None:
        # "has no wish to make further concessions (on his plans)": an object's own infinitive, where the
        # headline ends, is the verb whose phrases complete it
        obj = next((c for c in verb.rights if c.dep_ in ("dobj", "attr") and c.pos_ == "NOUN"), None)
        inner = next((c for c in obj.rights if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.left_edge.i == obj.i + 1 and
                      any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None) if obj is not None else None
    if inner is None:
        # "says it is time to draw a line (under the row)": the infinitive of the clause said, where the headline ends
        # (an object's, "time to draw a line": not the clause's own infinitive, "used to play truant (to spend time)")
        said = next((c for c in verb.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        deeper = _last_infinitive(said, words) if said is not None else None
        return deeper if deeper is not None and deeper.dep_ in ("acl", "relcl") else None
    if inner is None or inner.text not in words or not words:
        return None
    tail = words[words.index(inner.text):]
    inside_ = {t.text for t in inner.subtree}
    return inner if all(w in inside_ for w in tail) else None


def _last_clause(verb: Token, words: list[str]) -> Token | None:
    """The finite clause the verb governs ("denied that X had forced changes") when the headline ends on
    that clause's object: the noun whose own phrase completes the headline is the clause's."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and
                   not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is None or not words:
        return None
    obj = next((c for c in clause.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or words[-1] != obj.text:
        return None
    return clause


def _without_dateline(sent: Span) -> Span:
    """The sentence parsed again without its dateline ("WASHINGTON \u2014 ..."), which the model
    often takes for the subject, and alone when a dateline stands before it as a sentence of its own
    (`pipeline.briefing_paragraphs`): the model's view of a word reaches a few words past a sentence's
    start, and the headline was tuned on the lede parsed without the dateline's words around it."""
    m = LEADING_DATELINE.match(sent.text)
    after_one = sent.start > 0 and is_dateline(sent.doc[sent.start - 1].sent)
    if not m and not after_one:
        return sent
    rest = sent.text[m.end():] if m else sent.text
    return next(iter(load_nlp()(rest).sents)) if len(rest.split()) >= 4 else sent


# the lede's first statement counts as the story's first sentence does (`sentences.position_weight`): a desk
# leads with it unless another says much more. The statements after it count as the body does: grading them
# by the same table (2.0, 1.2) made the headlines worse (quotes-dev headline token F1 0.209 -> 0.204).
LEDE_WEIGHT = position_weight(0)
LEADING_WEIGHT = 2  # a statement naming one of the story's three leading actors counts twice: the news is about them


def _names_leading(words: list[str], actors: list[Actor]) -> bool:
    """Whether the headline names one of the story's three most salient actors (by any of their names)."""
    names = {n for a in actors[:3] for n in a.name.split() if n[:1].isupper() and n.lower() not in STOP_WORDS}
    return any(w in names for w in words)


# words that join the parts of one proper name: "House of Lords", "Trade and Industry Secretary",
# "Group on Betting and Gaming", "Society for the Protection of Birds"
_NAME_JOINS = frozenset({"of", "and", "for", "on", "&"})


def _name_part(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in ("PERSON", "DATE", "TIME")


def _name_after(tok: Token) -> list[Token]:
    """The words that carry `tok`'s proper name on past a joining word, to the name's next part
    ("House" -> "of Lords"; "Trade" -> "and Industry"); none where the name ends at `tok`."""
    doc, k, end = tok.doc, tok.i + 1, tok.sent.end
    if not _name_part(tok) or k >= end or doc[k].lower_ not in _NAME_JOINS:
        return []
    join = doc[k]
    joins = [join] + ([doc[k + 1]] if k + 1 < end and doc[k + 1].lower_ == "the" and join.lower_ != "and" else [])
    nxt = joins[-1].i + 1
    if nxt >= end or not _name_part(doc[nxt]):
        return []
    one_entity = join.ent_iob_ == "I" and doc[nxt].ent_iob_ == "I"
    if join.lower_ == "of":
        # "House of Lords", "Bank of England": the "of" phrase hangs on the name's head
        whole = join.head.i == tok.i and tok.ent_type_ not in ("GPE", "NORP") or one_entity
    else:
        # "Trade and Industry Secretary", "Group on Betting and Gaming": within one name the model
        # found, never two names joined ("Britain and France", "Israel on Gaza")
        whole = one_entity or join.lower_ == "and" and tok.ent_iob_ == "I" and tok.ent_type_ == "ORG" == doc[nxt].ent_type_
    return joins + [doc[nxt]] if whole else []


def _names_whole(sent: Span, words: list[str] | None) -> list[str] | None:
    """A proper name goes whole into a headline: its joining words are never dropped ("Freedom
    Information Act", "Bank England governor", "Trade Industry Secretary") and a name is never cut
    before its "of"/"on" part ("House" of "House of Lords", "Group" of "Group on Betting and
    Gaming"): a name so cut names nothing, or something else."""
    if not words:
        return words
    out: list[str] = []
    for k, word in enumerate(words):
        out.append(word)
        nxt = words[k + 1] if k + 1 < len(words) else None
        tok = _source(sent, word)
        while tok is not None and (rest := _name_after(tok)) and nxt != rest[0].text:
            if nxt == rest[-1].text:
                out += [t.text for t in rest[:-1]]  # the joining words the headline dropped
                break
            if nxt is not None and nxt[:1].isupper():
                break  # the headline goes on with another name
            # the name's part the headline left out, to its last word ("of Professional and Technical Engineers")
            tok = rest[-1]
            while tok.i + 1 < sent.end and _name_part(tok.doc[tok.i + 1]) and \
                    (tok.doc[tok.i + 1].ent_iob_ == "I" or tok.doc[tok.i + 1].head.i > tok.i):
                rest.append(tok := tok.doc[tok.i + 1])
            out += [t.text for t in rest]
    return out


def _headline_words(sent: Span, actors: list[Actor]) -> list[str] | None:
    """The headline one sentence gives, or None when it states no event; made without its subjects'
    "which" phrases when with them it makes none or loses a word of the statement to them (a phrase
    that says which one is worth less than the statement)."""
    global _KEEP_WHICH
    words = _sentence_s_headline(sent, actors)
    if _KEEP_WHICH:
        _KEEP_WHICH = False
        try:
            bare = _sentence_s_headline(sent, actors)
        finally:
            _KEEP_WHICH = True
        # (with them, the rest cut for room: "parents seeking access are often disadvantaged" without "by whom")
        if words is None or bare is not None and not set(bare) <= set(words):
            return bare
    return words


def _sentence_s_headline(sent: Span, actors: list[Actor]) -> list[str] | None:
    if sent.text.rstrip(" \n\"'\u201d\u2019").endswith("?"):
        return None  # "Could the Glass-Steagall Act be coming back?" asks; "Act could come back" would tell
    words = _names_whole(sent, _from_sentence(sent, actors))
    if words and _size(words) > MAX_WORDS:
        # a subject's "which" phrase is the first thing to go when there is no room for it: the statement
        # whole matters more than which one ("plans to extend leave" with the verb cut is no headline)
        global _KEEP_WHICH
        _KEEP_WHICH = False
        try:
            bare = _names_whole(sent, _from_sentence(sent, actors))
        finally:
            _KEEP_WHICH = True
    defined = False  # (the headline kept over the bound by `_defined_in_room`: no cut for room)
    if words and _size(words) > MAX_WORDS:
        if bare and _size(bare) < _size(words):
            defined = _defined_in_room(words, bare)
            if not defined:
                words = _phrase_kept(sent, words, bare) or bare
                defined = words is not bare
    if words and _size(words) > MAX_WORDS and "that" in words[1:] and not defined:
        # a clause's "that" after its noun is the first word to go ("claims legal advice was drawn up"),
        # before the clause itself
        k = words.index("that", 1)
        if _size(words) - 1 <= MAX_WORDS:
            words = words[:k] + words[k + 1 :]
    if words and _size(words) > MAX_WORDS and not defined:
        # the headline without its last whole phrases, else the lean one ("finds ways to press his
        # agenda", not "finds ways")
        quoted = [w for w in words if w not in ('"', "\u201c", "\u201d", "``", "''")]
        words = _cut_at_phrase(sent, quoted) or _names_whole(sent, _from_sentence(sent, actors, lean=True))
    elif words and len(words) < MIN_WORDS:
        words = _richer(sent, words)
    if not words or len(words) < 3 or len(words) == 3 and not _complete_alone(sent, words[-1]) or \
            words[-1].lower() in _UNFINISHED:
        return None  # "United Nations is", "Law Lords rule": no event ("Anthony Meyer dies" is one)
    words = [w for w in words if w not in ('"', "\u201c", "\u201d", "``", "''")]
    if _size(words) > MAX_WORDS and not defined:  # cut at the fourteenth word it would end mid-phrase: "... to be commander-in -"
        words = _cut_at_phrase(sent, words)
        if words is None:
            return None
    words = _without_a_pointless_phrase(sent, _trim(words, sent))
    if _printable(sent, words):
        return words
    # a phrase goes whole or not at all: where the last one is cut ("as part of series" of "as part of a series of
    # new measures"), the statement without the phrases that only add detail
    lean = _names_whole(sent, _from_sentence(sent, actors, lean=True))
    lean = [w for w in lean or [] if w not in ('"', "\u201c", "\u201d", "``", "''")]
    if lean and lean != words and len(lean) < len(words) and _ends_unfinished(sent, words) and \
            _size(lean) <= MAX_WORDS and _printable(sent, lean) and not _own_phrase_left(sent, lean):
        return lean
    return None


def _own_phrase_left(sent: Span, words: list[str]) -> bool:
    """Whether the headline ends on a noun whose own phrase, right after it in the story, it leaves out ("is to
    make pitch" of "a pitch for the votes of ethnic minorities"): without it the noun says nothing in particular."""
    last = _source_verb(sent, words[-1])
    # (nor on a verb whose phrase it leaves: "promises to refrain" of "to refrain from using the term", "Republicans
    # seethe" of "seethe over ...")
    return last is not None and last.pos_ in ("NOUN", "VERB") and \
        any(c.dep_ in ("prep", "acl", "relcl", "dobj", "xcomp", "ccomp", "prt") and c.i > last.i for c in last.children)


def _printable(sent: Span, words: list[str]) -> bool:
    """Whether a headline's words are printable: faithful, whole, saying something of the story's own."""
    return not (len(words) < 3 or _unfaithful(sent, words) or _verb_left_hanging(sent, words) or
                _ends_unfinished(sent, words) or _in_a_voice(words) or _says_nothing(sent, words) or
                _all_quoted(sent, words) or _points_away(sent, words) or _meaning_cut(sent, words))


def _generic(noun: Token) -> bool:
    """A plural with no article, number or owner before it: everyone of its kind ("Parents", "young people", "Labour
    MPs"); "the parents", "three parents", "their parents" are some."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in noun.lefts)


def _restriction_lost(sent: Span, words: list[str]) -> bool:
    """Whether the headline takes a generic plural subject without the defining clause that restricts it in the
    story ("Parents could be tagged" of "Parents who refuse to allow ... contact"): it tells of every one of them."""
    taken = {w for w in words[:-1]}  # (the last word's clause may come after it: `_defining_complement`)
    for t in sent:
        # (a bare plural subject tells of all of its kind; elsewhere of some: "found in emails that passed through
        # her server" is still true of some emails without its clause)
        if t.text not in taken or not _generic(t) or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        clause = _defining_clause(t)
        if clause is not None and clause.text not in taken:
            return True
    return False


def _phrase_kept(sent: Span, words: list[str], bare: list[str]) -> list[str] | None:
    """The headline with its subject's "which" phrase whole, and room made for it by dropping what a
    sub-editor drops (`_made_room`) outside it, where that fits MAX_WORDS + DEFINING_ROOM ("plans to
    extend paid leave ...": "Chancellor Gordon Brown" gives "Gordon Brown" before the plans lose which)."""
    k = next((i for i, (a, b) in enumerate(zip(words, bare)) if a != b), len(bare))
    if words[: k] + words[k + len(words) - len(bare):] != bare:
        return None
    return _made_room(sent, words, lambda w: _size(w) <= MAX_WORDS + DEFINING_ROOM, (k, k + len(words) - len(bare)))


def _defined_in_room(words: list[str], bare: list[str]) -> bool:
    """Whether the headline with its subject's "which" phrase fits MAX_WORDS + DEFINING_ROOM where the
    headline without it fits MAX_WORDS, the phrase the only difference: a noun stripped of what defines
    it says nothing ("two days of talks begin": on what?), so the few words over the bound go to it, as
    to the last word's complement (`_defining_complement`)."""
    if not bare or _size(bare) > MAX_WORDS or _size(words) > MAX_WORDS + DEFINING_ROOM:
        return False
    k = next((i for i, (a, b) in enumerate(zip(words, bare)) if a != b), len(bare))
    return words[: k] + words[k + len(words) - len(bare):] == bare


# a few words more than MAX_WORDS, for what defines the headline's last word only: a noun or verb stripped of it
# says nothing ("calls for body to be set up": to do what?), and a cut elsewhere would lose more
DEFINING_ROOM = 4
# the prepositions that open what a noun is about ("U-turns over rules on X", "talks on trade", "inquiry into X")
_TOPIC_PREPOSITIONS = frozenset({"over", "on", "about", "into"})


def _defining_complement(sent: Span, words: list[str], room: bool = True) -> list[str]:
    """The rest of the headline's clause, where it opens right after the headline's last word with
    what that word means and fits within MAX_WORDS + DEFINING_ROOM: a purpose or content infinitive
    ("body to be set up | to monitor immigration"), a noun's "that" clause ("decision | that
    detention breaks the law"), a topic phrase ("U-turns | over rules on using force"), the second
    term of a "between" ("choice between fear | and hope"). English puts a word's defining complement
    straight after it, and it runs to the clause's end or its next punctuation; what a comma sets off
    is an aside. (Found by place, not by the parse, which often hangs such phrases on another word.)"""
    last = _last_word_source(sent, words) if words else None
    if last is None or last.i + 1 >= sent.end or not last.whitespace_ or \
            not (last.pos_ in ("NOUN", "PROPN", "VERB") or last.dep_ == "prt" or last.tag_ == "VBZ"):
        return []
    doc = last.doc
    nxt = doc[last.i + 1]
    lowered = [w.lower() for w in words]
    between = "between" in lowered and "and" not in lowered[lowered.index("between"):]
    noun = last.pos_ in ("NOUN", "PROPN")
    if not (nxt.lower_ == "to" and nxt.dep_ == "aux" or nxt.lower_ == "that" and nxt.dep_ in ("mark", "nsubj") or
            nxt.lower_ in _TOPIC_PREPOSITIONS and nxt.dep_ in ("prep", "prt") or nxt.lower_ == "and" and between or
            noun and _postmodifier(nxt)):
        return []
    more: list[str] = []
    said: list[str] = []  # its content words
    for t in doc[nxt.i : sent.end]:
        glued = t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_  # "anti-terror"
        if t.tag_ == "POS" or glued:
            more.append(t.text)  # "poor countries' debt"
            continue
        if t.is_punct and not _hyphen_joined(t) or t.is_quote or t.text == "(":
            break
        if t.ent_type_ in ("DATE", "TIME"):
            return []  # a time is no part of what a word means, and a phrase without it is cut inside
        if (t.lower_ not in _ARTICLES or _hyphen_joined(t)) and t.text not in _HONORIFICS:
            more.append(t.text)
            if t.pos_ not in _FUNCTION_POS:
                said.append(t.text)
    # (a word of it the headline has already said shows the headline took the clause another way; a
    # "between"'s second term may say its first term's noun again: "between the loss of X and the loss of Y";
    # a function word the two share, "will", "be", "whether", is no sign of it: "they will have final say |
    # on whether a casino will be built")
    if not between and any(w in words for w in said if w.lower() not in _GLUE and w.lower() != "that" and w[:1].isalpha()):
        return []
    return _within_room(words, more) if room else more


# what a sub-editor drops from a line to make room, none of it what the statement says: a title or
# description before a full name ("Chancellor Gordon Brown"), a courtesy title before a surname ("Mr
# Blair"), an adverb of the verb ("also", "now"), a date or time ("on Wednesday"), an apposition (", the
# party's leader,") and a place phrase of setting ("in London"); in this order, the least missed first
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mr.", "mrs.", "ms."})
_KEPT_ADVERBS = frozenset({"not", "n't", "never", "no", "longer", "only", "even", "just", "again", "yet", "ever",
                           "too", "so", "more", "most", "less", "least", "almost", "nearly", "hardly", "barely",
                           "how", "why", "where", "when", "there", "here", "then", "also"} | _NO_LONGER)
_PEERAGE = frozenset({"lord", "lady", "baroness", "baron", "earl", "viscount"})
_POINTING = frozenset({"his", "her", "its", "their", "any"})
_SETTING_PREPS = frozenset({"in", "at"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _removable_parts(sent: Span) -> list[list[Token]]:
    """The sentence's parts a headline may drop to make room, each a run of tokens, least missed first."""
    titles, courtesy, adverbs, times, apposed, places = [], [], [], [], [], []
    for ent in sent.ents:
        if ent.label_ == "PERSON":
            start = ent.start
            while start > sent.start and (sent.doc[start - 1].lower_ in HONORIFICS or sent.doc[start - 1].lower_ in _PEERAGE) and sent.doc[start - 1].lower_ not in _COURTESY:
                start -= 1  # "Lord Butler": the title that is part of the name
            before = [t for t in sent.doc[sent.start:start] if t.head.i in range(start, ent.end) or
                      any(a.i in range(start, ent.end) for a in t.ancestors)]
            run = []
            for t in reversed(before):
                if t.i != (run[0].i if run else start) - 1 or t.dep_ in ("poss", "case") or t.tag_ == "POS":
                    break
                run.insert(0, t)
            run = [t for t in run if t.lower_ not in _ARTICLES]
            if run and ent.end - start >= 2 and all(t.text[:1].isupper() or not t.is_alpha or
                                                    t.pos_ in ("NOUN", "ADJ", "PROPN") for t in run):
                titles.append(run)
    for t in sent:
        if t.lower_ in _COURTESY and t.i + 1 < sent.end and t.doc[t.i + 1].ent_type_ == "PERSON":
            courtesy.append([t])
        elif t.dep_ == "advmod" and t.pos_ == "ADV" and t.head.pos_ in ("VERB", "AUX") and \
                t.lower_ not in _KEPT_ADVERBS and not t.lower_.endswith("n't") and not list(t.children):
            adverbs.append([t])
        elif t.dep_ == "appos" and t.i > sent.start and t.doc[t.i - 1].dep_ != "compound":
            sub = list(t.subtree)
            lo, hi = sub[0].i, sub[-1].i
            if lo > sent.start and t.doc[lo - 1].text == "," and hi + 1 < sent.end and t.doc[hi + 1].text == ",":
                apposed.append(list(t.doc[lo - 1 : hi + 2]))
        elif t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"):
            objs = [c for c in t.children if c.dep_ == "pobj"]
            if len(objs) == 1 and objs[0].ent_type_ in ("DATE", "TIME") and not any(c.dep_ == "prep" for c in objs[0].children):
                times.append(list(t.subtree))
            elif t.lower_ in _SETTING_PREPS and len(objs) == 1 and objs[0].ent_type_ in _PLACES:
                places.append(list(t.subtree))
        elif t.dep_ == "npadvmod" and t.ent_type_ in ("DATE", "TIME") and t.head.pos_ in ("VERB", "AUX"):
            times.append(list(t.subtree))
    # a determiner that only points, as an article does: "denies his cabinet is split over its decision"
    # prints "denies cabinet is split over decision"; the headline drops it first, in any phrase
    pointing = [[t] for t in sent if t.lower_ in _POINTING and t.dep_ in ("poss", "det") and t.head.i > t.i and
                t.head.pos_ in ("NOUN", "PROPN") and t.i + 1 < sent.end and t.whitespace_]
    return pointing + courtesy + adverbs + times + titles + apposed + places


def _run_at(words: list[str], run: list[str], lo: int = 0, hi: int | None = None) -> int:
    """Where in the headline a part is written, outside the words lo..hi (a phrase kept whole), or -1."""
    low = [w.lower() for w in words]
    run = [w.lower() for w in run]
    for k in range(len(words) - len(run) + 1):
        if low[k : k + len(run)] == run and (hi is None or k + len(run) <= lo or k >= hi):
            return k
    return -1


def _made_room(sent: Span, words: list[str], fits, keep: tuple[int, int] | None = None) -> list[str] | None:
    """The headline with its removable parts dropped one by one, least missed first, until `fits` holds:
    a sub-editor who must keep a phrase whole shortens the rest of the line before he cuts it. None where
    dropping all of them does not make room. `keep`: the words (from, to) of the phrase kept, untouched."""
    out = list(words)
    lo, hi = keep or (0, None)
    for part in _removable_parts(sent):
        if fits(out):
            break
        texts = [t.text for t in part if t.lower_ not in _ARTICLES and t.text != ","]
        if len(part) == 1 and part[0].lower_ in _POINTING:  # (found by the word it points to)
            # inside the phrase kept only before a noun its own complement defines ("over its decision | to
            # back ...": the decision to back it); "under his administration" says whose
            noun = part[0].head
            after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
            defined = after is not None and (after.lower_ in ("to", "that", "of") or after.lower_ in _TOPIC_PREPOSITIONS)
            k = _run_at(out, texts + [part[0].doc[part[0].i + 1].text], *((0, None) if defined else (lo, hi)))
            k = -1 if k == 0 else k
        else:
            k = _run_at(out, texts, lo, hi) if texts else -1
        if k < 0:
            continue
        end = k + len(texts)
        if part[0].text == "," and k > 0 and out[k - 1] == ",":
            k -= 1  # an apposition goes with its commas
            end += end < len(out) and out[end] == ","
        out = out[:k] + out[end:]
        if hi is not None and k < lo:
            lo, hi = lo - (end - k), hi - (end - k)
    return out if out != words and fits(out) else None


_FUNCTION_POS = frozenset({"AUX", "DET", "ADP", "PRON", "SCONJ", "CCONJ", "PART"})
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})


def _postmodifier(nxt: Token) -> bool:
    """Whether the word after a noun opens what English puts after a noun to say which one, with no
    comma between: a participle phrase ("orders | telling staff to delete e-mails", "a body | designed
    to tackle shortages", "people | questioning how ...") or a relative clause ("two families | who
    suffered a miscarriage of justice"). Without a comma such a phrase is restrictive: it defines the
    noun, which alone names no one thing."""
    if nxt.tag_ in ("VBG", "VBN") and nxt.dep_ in ("acl", "relcl"):
        return True
    return nxt.lower_ in _RELATIVES and nxt.head.dep_ == "relcl" and nxt.head.i > nxt.i and \
        nxt.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "attr")


def _within_room(words: list[str], more: list[str]) -> list[str]:
    return more if len(more) >= 2 and _size(words) + _size(more) <= MAX_WORDS + DEFINING_ROOM else []


def _pointless_noun(sent: Span, word: str) -> Token | None:
    """The headline's last word when it is a noun that says nothing without the infinitive the story
    gives it ("the government's refusal" of "refusal to order an inquiry", "in bid" of "in a bid to
    court buyers"); a noun with a word that says which is a thing alone ("£5.5bn plan"), and whose it
    is does not say which."""
    def pointless(noun: Token) -> bool:
        return noun.pos_ == "NOUN" and \
            not any(c.dep_ in ("amod", "compound", "nmod", "nummod", "quantmod") for c in noun.children) and \
            any(c.dep_ == "acl" and c.left_edge.i == noun.i + 1 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in noun.children)
    # (a word the sentence writes twice may be either: "her House reelection race and ... his race to serve")
    same = [t for t in sent if t.text == word]
    return same[-1] if same and all(pointless(t) for t in same) else None


def _without_a_pointless_phrase(sent: Span, words: list[str]) -> list[str]:
    """The headline without its last phrase when that ends on a noun that says nothing without its
    infinitive ("... promise to raise stamp duty threshold in bid", "... is split over decision"): a
    phrase goes whole or stays whole, and there is seldom room for the infinitive."""
    last = _pointless_noun(sent, words[-1]) if words else None
    if last is None or last.dep_ != "pobj" or last.head.text not in words[:-1]:
        return words
    k = len(words) - 1 - words[::-1].index(last.head.text, 1)
    cut = _trim(words[:k], sent)
    return cut if len(cut) >= MIN_WORDS - 2 and not _ends_unfinished(sent, cut) else words


def _ends_before_its_complement(sent: Span, words: list[str]) -> bool:
    """Whether the headline ends on a word whose complement, in the story straight after it, carries
    what the word means: a noun's infinitive (`_pointless_noun`) or a verb's second object after the
    one it ends on ("opposes giving community support officers" of "... giving them the power to
    detain": giving what?)."""
    last = _source(sent, words[-1])
    if last is None:
        return False
    if _pointless_noun(sent, words[-1]) is not None:
        return True
    # (wherever it ends: "give flood-hit farmers in Assam" has the first object, not the second)
    firsts = [t for t in map(lambda w: _source(sent, w), words) if t is not None and t.head.text in words]
    return any((second := _second_object(first.head, first)) is not None and second.text not in words for first in firsts)


# verbs of two objects, whom and what: "give officers the power", "spare victims the trauma"; the parser
# calls other words after an object objects too ("elect X significant victory", "faces competition Jill Stein")
_TWO_OBJECTS = frozenset({"give", "grant", "offer", "hand", "send", "deny", "award", "owe", "lend", "pay", "cost",
                          "charge", "allow", "spare", "afford", "show", "teach", "promise", "refuse", "assign"})


def _second_object(verb: Token, first: Token) -> Token | None:
    """The object after `first` of a verb of two objects ("giving officers the power", "cost the city
    $40 million"); none where the parser split one hyphenated word into objects ("re-election")."""
    if first.dep_ not in ("dobj", "dative") or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _TWO_OBJECTS or \
            not first.doc[first.right_edge.i].whitespace_:
        return None
    # (a sum is the verb's measure, which the predicate takes on its own: "cost the city $40 million")
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.i > first.right_edge.i and c.is_alpha
                 and c.ent_type_ not in _NOT_NAMES), None)


_COMPARING = frozenset({"compare", "liken", "equate", "contrast"})  # verbs that say nothing without what with


def _meaning_cut(sent: Span, words: list[str]) -> bool:
    """Whether the headline keeps a word but not what the word means nothing without, which the story
    gives: a comparison without its "than" ("teenagers are more likely to go to university": than
    whom?), a verb without the clause after its object that carries the news ("promises Gordon Brown":
    what?), a noun made definite by what follows it without that ("the best chance most groups get",
    "the views expressed by backbenchers", "the performance that kicked off the campaign": "best
    chance", "views", "performance" alone point at nothing). A headline with no room for it takes
    another statement rather than the cut."""
    taken = {w.lower() for w in words}
    content = lambda tok: {t.lower_ for t in tok.subtree if t.is_alpha and not t.is_stop}  # noqa: E731
    if _ends_before_its_complement(sent, words) or _restriction_lost(sent, words):
        return True
    for verb in sent:
        # "has denied his statement to Parliament ... was drafted by officials": a clause said without its "that",
        # which the parser split into the verb's object and a second verb with no subject of its own;
        # "denies his statement" without that verb says the opposite
        obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None or verb.lemma_ not in _SPEECH_VERBS or obj.lower_ not in taken:
            continue
        unsaid = next((c for c in verb.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > obj.i and
                       not any(x.dep_ in _SUBJECTS for x in c.children) and
                       any(x.dep_ in ("aux", "auxpass") for x in c.children) and
                       not any(x.dep_ in ("cc", "punct") and obj.i < x.i < c.i for x in verb.children)), None)
        if unsaid is not None and unsaid.text.lower() not in taken:
            return True
    for word, nxt in zip(words, words[1:]):
        # "needs to get away from all of this stuff with Trump" as "needs to get away with Trump": an adverb of
        # a verb set before a preposition it does not stand before makes another verb ("get away with", "put up
        # with"), which means something else
        tok, prep = _source(sent, word), _source(sent, nxt)
        if tok is not None and prep is not None and tok.pos_ in ("ADV", "ADP") and \
                (tok.dep_ == "prt" or tok.dep_ == "advmod" and any(c.dep_ == "prep" for c in tok.children)) and \
                prep.pos_ == "ADP" and prep.dep_ == "prep" and prep.head.i != tok.i and \
                any(not t.is_punct for t in sent.doc[tok.i + 1 : prep.i]):
            return True
    for word in words:
        tok = _source(sent, word)
        if tok is None:
            tok = _source_verb(sent, word)
            if tok is None:
                continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _COMPARING and \
                any(c.dep_ == "prep" and c.lower_ in ("with", "to") and c.lower_ not in taken for c in tok.children):
            return True  # "cost could not be compared" of "... with the only previous British referendum": with what?
        # ("is likely to cost same" of "the same as a general election": an equal's "as" is its "than")
        marker = "than" if tok.tag_ in ("JJR", "RBR") else "as" if tok.lower_ in ("same", "such") else None
        if marker is not None and marker not in taken:
            compared = tok.head if tok.dep_ in ("advmod", "amod") and tok.lower_ in ("more", "less", "fewer") else tok
            # (the other term a thing or a group: "than those from ...", not "than previously thought", an
            # expectation a headline may leave out)
            if any(t.lower_ == marker and t.i > tok.i and any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON", "DET", "NUM")
                                                              for c in t.children) for t in compared.subtree):
                return True
        if tok.pos_ in ("VERB", "AUX", "ADJ") and any(c.dep_ in ("prep", "prt") and c.i == tok.i + 1 and not any(not g.is_punct for g in c.children) and not _dates_next(c)
                                                      and c.lower_ not in taken for c in tok.children):
            # 'being "leant on" by Downing Street' as "being leant by": a preposition with no object of its own
            # right after its verb is the verb's, which means something else without it
            return True
        if any(limits_a_negation(c) and c.lower_ not in taken for c in tok.children):
            # "Washington did not complain when China's spending helped growth" as "Washington does not complain":
            # a negation holds only when its clause says, and without it claims more
            return True
        if content_follows(tok) and sent.doc[tok.i + 1].lower_ not in taken:
            return True  # "investigated by a watchdog over claims": what is claimed is the news
        if tok.lower_ in ("both", "either", "neither") and tok.dep_ in ("preconj", "det", "cc"):
            # "with both the Tories and Lib Dems pledging" as "with both Tories": a pair cut to its first half
            pair = [c for c in tok.head.children if c.dep_ == "conj"]
            if pair and not any(c.lower_ in taken for c in pair):
                return True
        if tok.pos_ in ("VERB", "AUX"):
            obj = next((c for c in tok.rights if c.dep_ in ("dobj", "dative")), None)
            clause = next((c for c in tok.rights if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
            if obj is not None and clause is not None and _clause_after(obj, clause) and not content(clause) & taken:
                return True
        # (a noun with a word of its own that says which, "legal advice", "remaining inmates", is a thing
        # alone; a superlative says which of a set, and the clause names the set: "best chance")
        bare = not any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") and c.tag_ != "JJS" for c in tok.children)
        # (what the headline says something is or does: its subject, or the complement of "be" or "as"; an
        # object may be a thing alone, "sells the gun he used")
        said_of = tok.dep_ in _SUBJECTS and tok.head.dep_ in ("ROOT", "ccomp") or tok.dep_ in ("attr", "oprd") or \
            tok.dep_ == "pobj" and tok.head.lower_ == "as"
        if tok.pos_ == "NOUN" and bare and said_of and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            for post in tok.rights:
                # a relative clause, or a passive participle on the subject ("the views expressed by X"); not
                # a noun's own infinitive or "that" clause, whose noun says what it is ("the decision to
                # ..."), nor an -ing participle ("the law banning hunting"), which a headline may leave out
                restrictive = (post.dep_ == "relcl" or post.dep_ == "acl" and post.tag_ == "VBN" and tok.dep_ in _SUBJECTS) and \
                    post.pos_ in ("VERB", "AUX") and not sent.doc[post.left_edge.i - 1].is_punct and post.left_edge.i > tok.i
                # (its own words without its verb are no more: "best chance most pressure groups")
                if restrictive and post.lower_ not in taken:
                    return True
    return False


def _points_away(sent: Span, words: list[str]) -> bool:
    """Whether the headline points at what only the story names: "as a result of that challenge",
    "those are vulnerable", "making them central": a demonstrative ("that", "those" ...) before a
    noun or standing for one, or "them", whose referent the headline does not give."""
    for word in words:
        tok = _source(sent, word)
        if tok is None:
            continue
        if tok.tag_ == "WDT" and tok.head.dep_ == "relcl":
            continue  # "offer that could have eased ...": a relative "that" points at the noun before it, in the headline
        if tok.dep_ == "det" and _is_time(tok.head) and tok.head.dep_ in ("npadvmod", "pobj"):
            continue  # "will not raise fares this year": a time the story's date fixes, said of the verb, no thing
            # pointed at ("this weekend's debate", "this year's campaign" still point)
        if tok.lower_ in ("this", "that", "these", "those") and (tok.dep_ == "det" or tok.dep_ in _SUBJECTS + ("dobj", "pobj")):
            return True
        if tok.lower_ == "them":
            return True
    return False


def _complete_alone(sent: Span, word: str) -> bool:
    """Whether a headline of three words ending on `word` tells an event: a verb the story uses with
    nothing completing it ("Sir Anthony Meyer has died"), not one whose object or clause it left out
    ("the Law Lords have ruled" what?)."""
    verb = _source_verb(sent, word)
    # (two subjects are a clause the parser broke: "X discriminated ..., the Law Lords have ruled")
    # (a time completes nothing: "has died on the eve of his 93rd birthday" is "dies")
    return verb is not None and verb.pos_ == "VERB" and sum(c.dep_ in _SUBJECTS for c in verb.children) == 1 and \
        not any(c.dep_ in _OBJECTS + ("ccomp", "xcomp", "prep", "prt", "agent") and not _a_time_phrase(c) or
                c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)  # "sought to ease"
                for c in verb.children)


def _a_time_phrase(prep: Token) -> bool:
    """'on the eve of his 93rd birthday', 'on Tuesday': a preposition whose object is a time."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and (_is_time(c) or c.ent_type_ in ("DATE", "TIME"))
                                       for c in prep.children)


def _all_quoted(sent: Span, words: list[str]) -> bool:
    """Whether every word of the headline is a quotation's ('As X said: "... the whole thing was
    wrecked by a piece of childishness ..."'): someone's words told as fact, their speaker left out."""
    regions = quote_regions_of(sent.doc)
    if not regions:
        return False
    for word in words:
        found = [t for t in sent if t.text == word]
        if found and not all(inside(regions, t.idx, t.idx + len(t)) for t in found):
            return False
    return True


def _says_nothing(sent: Span, words: list[str]) -> bool:
    """'Clinton says at outset of debate': a "says" followed by a phrase, not by what was said; or
    by a quotation's opening word ('Obama says There's a long tradition ...'), which a headline quotes;
    or by a subject without its verb ('Chairman says Barack Obama', a said-clause cut short)."""
    for k, word in enumerate(words[:-1]):
        if word == "says" and words[k + 1].lower() not in _WHOLE_PRONOUNS | {"no", "yes", "so"} and \
                not any(t is None or t.pos_ in ("VERB", "AUX") for t in (_source(sent, w) for w in words[k + 1 :])):
            return True  # (a word not in the sentence is a verb put in the present: "meets")
        if word == "says":
            after = _source(sent, words[k + 1])
            if after is not None and (after.pos_ == "ADP" and after.dep_ != "mark" or
                                      after.is_title and after.pos_ not in ("PROPN", "NUM") and after.text != "I"
                                      and not after.ent_type_ and after.i != sent.start):
                return True
        # "claims in Observer", "writes in newspaper", "adds at conference": any verb of saying followed only by
        # where or when it was said, no verb of what was said after it, says nothing
        verb = _source_verb(sent, word) if k > 0 and word != "says" else None
        if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _SAID_VERBS and \
                words[k + 1].lower() in _SAID_WHERE and \
                not any(t is None or t.pos_ in ("VERB", "AUX") for t in (_source(sent, w) for w in words[k + 1 :])):
            return True
    return False


# verbs whose object is what was said, and the prepositions of where or when it was said ("claims in Observer")
_SAID_VERBS = frozenset({"say", "claim", "add", "state", "write", "tweet", "tell", "declare", "allege"})
_SAID_WHERE = frozenset({"in", "at", "on", "during", "to", "from", "before", "after", "via", "through"})


def _verb_left_hanging(sent: Span, words: list[str]) -> bool:
    """'Clinton has to address', 'Cruz manages to derail': an infinitive that ends the headline
    without the object it has in the story."""
    if len(words) < 2 or words[-2].lower() != "to":
        return False
    verb = next((t for t in sent if t.text == words[-1] and t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children)


# a word whose token has one of these relations starts a phrase or clause: a headline may stop before it
_PHRASE_STARTS = frozenset({"prep", "agent", "advcl", "acl", "relcl", "conj", "cc", "appos", "npadvmod", "dative"})


def _cut_at_phrase(sent: Span, words: list[str]) -> list[str] | None:
    """A headline too long, without its last whole phrases: the longest cut of at most MAX_WORDS
    made before a word that starts a phrase or clause ('... is not fit to serve' before 'as
    President of the United States'), that still ends on a word completing it."""
    for k in range(MAX_WORDS, MIN_WORDS - 1, -1):
        nxt = _source(sent, words[k])
        starts = nxt is not None and (nxt.dep_ in _PHRASE_STARTS or nxt.lower_ == "to" and nxt.dep_ == "aux")
        cut = _trim(words[:k])
        if starts and len(cut) == k and not _ends_unfinished(sent, cut) and not _verb_left_hanging(sent, cut) \
                and not _unfaithful(sent, cut) and not _meaning_cut(sent, cut):
            return cut
    return None


def _source(sent: Span, word: str) -> Token | None:
    """The sentence's token a headline word came from: the last one written so."""
    return next((t for t in reversed(sent) if t.text == word), None)


def _last_word_source(sent: Span, words: list[str]) -> Token | None:
    """The token the headline's last word came from: of two written alike, the one after the word before it
    ("withdraw from her House reelection race", not "if Pence leaves his race" later in the sentence)."""
    found = [t for t in sent if t.text == words[-1]]
    if len(found) > 1 and len(words) > 1:
        def before(t: Token) -> Token | None:
            k = t.i - 1
            while k >= sent.start and (sent.doc[k].is_punct or sent.doc[k].lower_ in _ARTICLES):
                k -= 1
            return sent.doc[k] if k >= sent.start else None
        after = [t for t in found if (b := before(t)) is not None and b.text == words[-2]]
        if after:
            return after[-1]
    return found[-1] if found else None


def _source_verb(sent: Span, word: str) -> Token | None:
    """The verb a headline word put in the present came from ("enters" from "is entering")."""
    return _source(sent, word) or next((t for t in reversed(sent) if t.pos_ in ("VERB", "AUX") and
                                        word in (_present(t.lemma_, False), _present(t.lemma_, True))), None)


def _ends_unfinished(sent: Span, words: list[str], pronoun: bool = False) -> bool:
    """'... including some', '... could disqualify him', '... at top of each', 'tries second',
    'in late': a headline that ends on a function word, a pronoun no one is named by, a modifier
    whose noun it left behind, or a verb without the object it has in the story."""
    if words[-1] in ("-", "\u2013", "\u2014"):
        return True  # "unfit to be commander-": a word cut at its hyphen
    last = _source_verb(sent, words[-1]) if words[-1].isalpha() and words[-1].islower() else _source(sent, words[-1])
    if last is None:
        return False
    after = last.doc[last.i + 1] if last.i + 1 < sent.end else None
    if after is not None and any(run_on_conjunct(a) and a.head.i <= last.i for a in [after, *after.ancestors]):
        return True  # "whether Clinton deliberately thwarted" of "... thwarted the watchdog's requests", split by the parser
    if last.tag_ == "VBN" and {"auxpass", "neg", "agent"} <= {c.dep_ for c in last.children}:
        return True  # "campaign would not be helped" of "... by the package": what is denied is the agent's part
    if _stops_in_quotation(sent, words, last):
        return True  # 'dismisses budget as spend': stopped inside a quotation ("spend now, pay later")
    if last.lower_ in ("late", "early", "first", "last", "next") and last.pos_ in ("ADJ", "ADV") or \
            last.tag_ == "JJS" or last.dep_ in ("amod", "compound", "nummod", "poss", "det") and last.head.i > last.i and \
            not _asserted_before_denied(last) or \
            last.dep_ in ("advmod", "npadvmod", "quantmod", "nmod", "cc") and last.head.i > last.i and \
            not _asserted_before_denied(last):
        # a modifier whose word the headline left behind ("chart of racist and wildly"); not one after its word,
        # what a naming verb calls its object ("brands proposal unworkable")
        return True
    if last.pos_ in ("DET", "CCONJ", "SCONJ", "AUX", "PART") or last.pos_ == "ADP" and last.dep_ != "prt":
        return True
    if last.ent_type_ in ("PERCENT", "QUANTITY") and any(c.dep_ == "amod" and c.i == last.i + 1 for c in last.children):
        return True  # "is 99.9 percent" of "99.9 percent certain": the measure is the adjective's, left behind
    if last.dep_ in ("nsubj", "nsubjpass") and last.head.i > last.i and last.head.dep_ in ("relcl", "advcl"):
        # "level at which house buyers", "grows louder as Patti Davis": a clause's subject, its verb left behind
        return True
    if _a_group_cut(last):
        return True  # "as part of series" of "as part of a series of new measures": a series of what is the news
    if last.lower_ in _EMPTY_NOUNS and any(c.dep_ == "relcl" and c.left_edge.i == last.i + 1 for c in last.children):
        return True  # "criticises way" of "the way the government operates": the clause is what it says
    if any(c.dep_ == "amod" and c.lower_ in ("only", "sole") for c in last.lefts) and \
            any(c.dep_ in ("relcl", "acl") and c.i > last.i for c in last.children):
        return True  # "he is only one" of "the only one who has spent his life ...": the clause says which one
    if last.lemma_.lower() in _POINTING_NOUNS and any(_complement(c) for c in last.children):
        return True  # "gives fresh clues" of "clues that the election will be called": what the clues say is the news
    if last.pos_ == "PRON" and not pronoun and not last.lower_.endswith(("self", "selves")) \
            and last.lower_ not in _WHOLE_PRONOUNS:
        return True
    # (a time the parser took for the object is none, unless it is a time of something: "the seventh week
    # of a hunger strike")
    # (a finite verb's form where a noun stands, a preposition's object, is a plural noun the tagger misread:
    # "support for expansion plans to airports", whatever it hung on "plans")
    return last.pos_ == "VERB" and len(words) > 1 and not (last.dep_ == "pobj" and last.tag_ in ("VBZ", "VBP")) and \
        any(c.dep_ in ("dobj", "ccomp", "xcomp") and (not _is_time(c) or _named_as(c) or any(g.lower_ == "of" for g in c.children))
            for c in last.children)


def _stops_in_quotation(sent: Span, words: list[str], last: Token) -> bool:
    """Whether the headline entered a quotation of the sentence after its first word and stops before
    the quotation's closing mark (a quotation it starts inside is the speaker's, quoted whole or cut
    at a clause elsewhere)."""
    first = _source(sent, words[0])
    if first is None:
        return False
    before = sent.doc.text[sent.start_char : last.idx + len(last)]
    opened = before.count('"') % 2 or before.count("\u201c") > before.count("\u201d")
    if not opened:
        return False
    mark = max(before.rfind('"'), before.rfind("\u201c")) + sent.start_char
    rest = sent.doc.text[last.idx + len(last) : sent.end_char].lstrip(" ,.;:!?")  # 'had "overwhelming disclosure,"'
    return mark > first.idx and not rest.startswith(('"', "\u201d"))


# nouns that say nothing without the clause after them: "the way the government operates"
_EMPTY_NOUNS = frozenset({"way", "manner", "extent", "degree", "fact", "reason", "moment",
                          # a measure the clause sets: "doubled the level at which buyers pay stamp duty"
                          "level", "rate", "threshold", "point", "amount"})
# nouns of a group or an amount that say nothing without their "of" phrase: "as part of a series of new measures"
_GROUP_NOUNS = frozenset({"series", "number", "range", "set", "raft", "host", "package", "list", "string", "batch",
                          "spate", "wave", "handful", "slew", "array", "variety", "bunch", "collection", "mix", "litany"})


def _a_group_cut(noun: Token) -> bool:
    """A noun of a group or an amount whose "of" phrase, right after it in the story, a headline ending on it
    leaves out (`_GROUP_NOUNS`)."""
    return noun.lower_ in _GROUP_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1
                                               for c in noun.children)


# nouns that point at what their clause says and say nothing without it: "fresh clues that ...", "a hint that ...",
# "the thought that ..."
_POINTING_NOUNS = frozenset({"clue", "hint", "sign", "indication", "signal", "suggestion",
                             # nouns of the mind, whose "that" clause is what is thought: "with the thought that ..."
                             "thought", "idea", "notion", "belief", "knowledge", "realisation", "realization"})
# pronouns that say all there is to say: "board says nothing", "candidate has none"
_WHOLE_PRONOUNS = frozenset({"nothing", "everything", "none", "nobody", "everyone", "everybody", "anything"})


def _in_a_voice(words: list[str]) -> bool:
    """'I guess we'll have to go to war', 'My father spends ...': a speaker's or a columnist's
    own words, which a headline quotes, never tells as its own."""
    return any(w == "I" or w == "us" or w.lower() in ("we", "you", "my", "our", "your", "me") for w in words[:6]) or \
        words[0].lower() in ("whose", "which", "who", "whom", "his", "her", "its", "their")  # whose? it can't say


_NEGATIONS = frozenset({"not", "n't", "n\u2019t", "never", "no", "nobody", "nothing", "none"})


def _loses_negation(sent: Span, words: list[str]) -> bool:
    """Whether the headline took a word a negation governs but not the negation ("Obama admits
    action did work" from "didn't work", "One would defeat Clinton" from "Not one, but two ..."):
    such a headline says the opposite of the story and is not printed."""
    if any(w.lower() in _NEGATIONS for w in words):
        return False
    taken = set(words)
    for tok in sent:
        # "will say no to": a "no" that is what is said negates as much as a "not"
        if tok.lower_ in ("not", "n't", "n\u2019t", "never") or tok.lower_ == "no" and tok.dep_ in ("dobj", "intj", "neg"):
            # "did n't work": the parser hangs the negation on the auxiliary, which hangs on the verb
            gov = tok.head.head if tok.head.dep_ in ("aux", "auxpass") else tok.head
            if gov is not tok and (gov.text in taken or tok.head.text in taken):
                return True
    return False


_SPEECH_VERBS = lexicon.words("cues", "speech_verbs")  # "he said if ...": the condition is the speaker's


def _loses_condition(sent: Span, words: list[str]) -> bool:
    """Whether the headline took a verb an "if" or "unless" clause governs but not the condition
    ("Trust can be restored" from "can only be restored if ...", "Ferry will run again" from "will run
    again if the council pays"): told without it, what the story makes conditional reads as fact, or
    as its opposite."""
    if any(w.lower() in ("if", "unless") for w in words):
        return False
    taken = set(words)
    for tok in sent:
        if tok.lower_ in ("if", "unless") and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
            gov = tok.head.head
            # ("MPs will be thrown out if they use Blackberries, the Speaker has ruled": a condition the parser hung
            # on the tag after the clause it reports is that clause's, which a headline without the tag tells as fact)
            if not taken & {"says", "say"}:
                gov = next((c for c in gov.children if c.dep_ == "ccomp" and c.i < tok.i < gov.i), gov)
            # a restrictive condition ("only if", "unless") says the opposite without it, and a plain "if"
            # makes a fact of what may happen: a headline with no room for it takes another statement
            only = tok.lower_ == "unless" or any(t.lower_ == "only" for t in tok.doc[max(gov.i - 3, 0) : tok.i])
            # ("unveil plans to introduce checks if they win": a plain "if" on an infinitive conditions no fact)
            # ("will stun Westminster and break every precedent if he fails": a condition after two verbs joined
            # by "and" holds for both)
            govs = [gov] + ([gov.head] if gov.dep_ == "conj" and gov.head.pos_ in ("VERB", "AUX") else [])
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for g in govs for c in g.children)
            if (only or not infinitive) and any(g.text in taken and g.lemma_.lower() not in _SPEECH_VERBS for g in govs) \
                    and tok.head.text not in taken:
                return True
    return False


def _unfaithful(sent: Span, words: list[str]) -> bool:
    """A headline that says the opposite of the story (a negation lost) or tells as fact what it
    makes conditional (a condition lost) is not printed."""
    return _loses_negation(sent, words) or _loses_condition(sent, words)


def _weight(doc: Doc) -> Counter:
    """How often the story names each thing (content words by lemma): what it keeps coming back to."""
    return Counter(t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop)


def _central(words: list[str], weight: Counter) -> int:
    """How much of what the story is about a headline names; its words are looked up as written
    (names and nouns are the story's own; the lemma of a plural noun or a verb put in the present
    is not; counting the story's words by form as well measured no better on the dev set)."""
    # ("Tories'": a plural's possessive is the name's)
    return sum(weight[w.lower().rstrip("'")] for w in words if w.rstrip("'").isalpha() and w.lower() not in STOP_WORDS)


FURTHER = 4  # statements looked at past the first four when none of those makes a headline


def make_headline(doc: Doc, index: ActorIndex) -> str | None:
    """The headline of the statement among the lede's first that says most about what the story is
    about (its words are those the story keeps repeating), the first statement counting as the
    story's first sentence (`LEDE_WEIGHT`): a feature's anecdotal opening yields to the sentence
    that states the news. When none of them makes a headline, the next statements are tried,
    then a statement cut at a clause boundary; a fragment is never printed."""
    actors = index.actors
    # whom a "he" or "she" stands for, by the quotes' own rules (`_protagonist`)
    per_doc(doc, _PERSON_MEANT, lambda _d: {})["resolver"] = SpeakerResolver(doc, index, quote_regions_of(doc))
    found = lede(doc)
    if found is None:
        return None
    index, first = found
    statements = [s for s in sents(doc)[index + 1 : index + 4 + FURTHER] if is_statement(s)]
    # (a heading's label is read apart from what it labels: "Sanders: Brexit's message could ...")
    candidates = [_after_label(_without_dateline(s), actors) for s in [first] + statements if not _comes_as(s)]
    weight = _weight(doc)
    best, best_score, best_sent, best_lead = None, -1.0, None, []
    for k, (lead, sent) in enumerate(candidates):
        if k > 3 and best is not None:
            break  # the later statements only stand in when the lede's first four make no headline
        words = _headline_words(sent, actors)
        if words is None or lead and _in_a_voice(words):
            continue
        words = lead + words
        # (weighed without the phrases that complete an infinitive's object, which only the chosen one takes:
        # a longer line is no more the story's news)
        weighed = lead + (_without_inner_phrases(sent, actors) or words[len(lead):])
        score = _central(weighed, weight) * (LEDE_WEIGHT if k == 0 else 1) * \
            (LEADING_WEIGHT if _names_leading(weighed, actors) else 1)
        if score > best_score:
            best, best_score, best_sent, best_lead = words, score, sent, lead
    for make in (lambda sent: _clause_cut(sent, actors), _main_clause):
        if best is None:
            # (what a speaker's label introduces is theirs: never cut to stand alone)
            best, best_sent = next(((w, sent) for lead, sent in candidates if not lead and (w := make(sent))),
                                   (None, None))
    if best is not None:
        # (only the headline chosen takes what defines its last word: it weighs no more for it)
        more = _defining_complement(best_sent, best, room=False)
        if len(more) >= 2 and not _within_room(best, more):
            # no room for it: the rest of the line is shortened first, the complement kept whole
            fuller = _made_room(best_sent, best + more, lambda w: _size(w) <= MAX_WORDS + DEFINING_ROOM,
                                (len(best), len(best) + len(more))) or best
        else:
            fuller = best + _within_room(best, more)
        # (never one that stops unfinished: "by explosion that Mayor X described as", its quotation left out)
        ending = fuller[:-1] if fuller[-1] in ("'s", "\u2019s") else fuller  # ("to cure Alzheimer's": a name's "'s")
        best = fuller if fuller == best or not _ends_unfinished(best_sent, ending) else best
        # a token may hold a line break or run of spaces; "can" + "not" is one word
        text = " ".join(_as_written(best_sent, best, doc, len(best_lead)).split()).replace(" %", "%").replace(" ,", ",").replace("can not ", "cannot ")
        text = re.sub(r"[$\u00a3\u20ac](?![\d.])\s*", "", text)  # a currency sign whose sum went with its aside
        text = re.sub(r" (['\u2019]s|n['\u2019]t)\b", r"\1", text)
        text = re.sub(r"(\w) - ?(\w)", r"\1-\2", text)  # "paid - speech" was one word
        return text[0].upper() + text[1:]
    return _lede_words(first)


# the nouns a heading's label names a source by ("Poll: ...", "Report: ...", "Sources: ...", "Newspaper: ...")
_LABEL_SOURCES = lexicon.words("document_nouns") | lexicon.words("speaker_nouns") | lexicon.words("outlet_nouns")
# words that make a label a topic, not a speaker ("CNN President On Trump:", "Clinton Wades In:")
_LABEL_LINKS = frozenset({"on", "over", "for", "in", "at", "to", "and", "with", "about", "after", "vs", "vs.", "v"})
_LABEL_MOST = 6  # a label's most words ("McCain Challenger Kelli Ward")


def _label_colon(sent: Span) -> Token | None:
    """The colon after a heading's label: a few capitalised words and no more before it ("Sanders:",
    "Poll:", "The Latest:", "OK Gov Fallin:"), a statement of at least three words after it."""
    colon = next((t for t in sent[: _LABEL_MOST + 1] if t.text == ":"), None)
    if colon is None or colon.i == sent.start or sent.end - colon.i < 4:
        return None
    label = sent.doc[sent.start : colon.i]
    if not all(t.is_title or t.is_upper or t.text in (".", "'s", "\u2019s") for t in label):
        return None
    return colon


def _label_speaker(label: Span, actors: list[Actor]) -> bool:
    """Whether a heading's label names who says what follows it ("Sanders: Brexit's message could
    ...", "Report: ...") rather than what it is about or which column it is ("The Latest:", "Big Win
    For Bernie:", "CNN President On Trump:"): it ends on a person's or a body's name, an actor's, or
    a source's noun, and no linking word makes it a topic."""
    last = label[-1]
    if any(t.lower_ in _LABEL_LINKS and not (t.ent_type_ == "ORG" and t.ent_iob_ == "I") for t in label):
        return False
    if last.lower_ in _LABEL_SOURCES or is_media(label.text):
        return True
    named = {w for a in actors for w in a.name.split()}
    return last.ent_type_ in ("PERSON", "ORG") or last.text in named


def _after_label(sent: Span, actors: list[Actor]) -> tuple[list[str], Span]:
    """A heading "Label: statement" as what to make the headline of, parsed apart from its label (the
    parser runs the label into it: "Paul Ryan: FBI Decision ... Needs More Investigation" made Ryan
    the one who needs it), and the words to lead it with: who says it, when the label names a speaker
    ("Paul Ryan says ..."; a claim is never told as fact), none for a column's or a topic's label ("The
    Latest: 3 NH towns cast first votes")."""
    colon = _label_colon(sent)
    if colon is None:
        return [], sent
    label = sent.doc[sent.start : colon.i]
    speaker = _label_speaker(label, actors)
    after = sent.doc[colon.i + 1 : sent.end].text.strip()
    if speaker:
        # ("Clinton: Trump's view is 'dangerously wrong'; In speech to AIPAC, she ...": the deck after a
        # semicolon is the desk's, not the speaker's)
        after = after.split(";")[0]
    statement = load_nlp()(after)
    if not len(statement):
        return [], sent
    said = next(statement.sents)  # ("Cruz: Trump Would Put Liberals On Court, 'I Fear ...'": its first statement)
    if not speaker:
        return [], said
    who = _label_words(label, actors)
    # ("Insiders:", "Khans:" are many; "Sanders:" is Bernie Sanders)
    many = label[-1].tag_ in ("NNS", "NNPS") and " ".join(who) == label[-1].text
    return who + [_present("say", many)], said


def _label_words(label: Span, actors: list[Actor]) -> list[str]:
    """Who a speaker's label names, as a headline names them: the actor by full name ("Sanders:" is
    Bernie Sanders, "OK Gov Fallin:" Mary Fallin), else the name or the source's noun as written ("NY
    Post", "Poll"), without its role words."""
    last = label[-1]
    same = [a.name.split() for a in actors if a.kind == "person" and a.name.split()[-1] == last.text]
    if len(same) == 1 or len({" ".join(s) for s in same}) == 1:
        return same[0]
    ent = next((e for e in label.doc.ents if e.start <= last.i < e.end and e.start >= label.start), None)
    if ent is not None:
        return [t.text for t in ent if t.lower_ != "the"]
    return [last.text]


# what a story calls its own last statement when it sets it beside another: "The news came as ...",
# "The move comes after ...", "It comes amid ..."
_BACK_NOUNS = frozenset({"news", "move", "announcement", "decision", "statement", "remarks", "comments", "call",
                         "warning", "plan", "plans", "pledge", "row", "report", "attack", "claim", "it", "this"})


def _comes_as(sent: Span) -> bool:
    """'The news came as it emerged France had begun ...', 'The move comes after ...': a statement
    whose subject points back at what the story said before it ("the news", "the move", "it") and whose
    verb only sets it beside something else ("come" + "as"/"after"/"amid"/"with") states no event of its
    own: neither its subject nor the clause it brings in makes a headline in its words."""
    root = sent.root
    if root.lemma_.lower() != "come":
        return False
    subj = _subject(root)
    if subj is None or subj.lower_ not in _BACK_NOUNS or \
            subj.pos_ == "NOUN" and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
        return False
    return any(c.dep_ in ("advcl", "prep") and (c.lower_ in ("as", "after", "amid", "with", "days", "weeks") or
                                                any(m.dep_ == "mark" and m.lower_ in ("as", "after", "while") for m in c.children))
               for c in root.rights)


def _without_inner_phrases(sent: Span, actors: list[Actor]) -> list[str] | None:
    global _INNER_PHRASES
    _INNER_PHRASES = False
    try:
        return _headline_words(sent, actors)
    finally:
        _INNER_PHRASES = True


# entities that are no names: a number or a time written out keeps no capital of its own ("Eight", "Last week")
_NOT_NAMES = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME"})


def _as_written(sent: Span, words: list[str], story: Doc | None = None, lead: int = 0) -> str:
    """The headline's words joined as the story writes them: glued where its tokens are ("\u00a35.5bn",
    "\u00a34m", "24-hour", "Lib Dems'"), a word the story capitalises only to open a sentence or a
    quotation in lower case ("say people should", not "say People should"; "says eight out of 10
    voters", a number written out: only a name keeps its capital)."""
    doc = sent.doc
    story = story if story is not None else doc  # (a heading's statement parsed apart from its label and story)
    glued = {(t.text, doc[t.i + 1].text) for t in sent if not t.whitespace_ and t.i + 1 < sent.end}
    out: list[str] = []
    heading = sent.end > sent.start and in_title_case_line(sent[0])
    # (a heading's words that are names: those the story capitalises in running text or names anywhere)
    names = capitalised_where_case_tells(story) | {t.lower_ for d in {doc, story} for e in d.ents
                                                   if e.label_ not in _NOT_NAMES for t in e if not t.is_stop} | \
        country_of().keys() if heading else frozenset()
    # (a statement parsed apart from its label opens with a name the story gives in running text: "Poll says
    # Lopez and Smith hold ...")
    given = _given_beside_labels(story) if lead else frozenset()
    for k, word in enumerate(words):
        # (the words of a label's speaker, "Poll says", are no words of the sentence)
        tok = _source(sent, word) if k and k >= lead else None
        if lead and k == lead and tok is not None and tok.is_title and word != "I" and tok.lower_ not in given and \
                an_english_word(tok.lower_) and not is_first_name(tok.text) and \
                not (tok.ent_type_ == "PERSON" or tok.ent_iob_ == "B" and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
            # (its opening capital is the statement's, which a parse of a few words alone may take for a name's)
            word = word.lower()
        elif tok is not None and tok.is_title and tok.pos_ != "PROPN" and word != "I" and \
                (not tok.ent_type_ or tok.ent_type_ in _NOT_NAMES) and tok.lower_ not in given and \
                (tok.is_sent_start or tok.i > 0 and (doc[tok.i - 1].is_quote or doc[tok.i - 1].text == ":")):
            word = word.lower()
        elif heading and tok is not None and tok.is_title and word != "I" and \
                (not tok.ent_type_ or tok.ent_type_ in _NOT_NAMES) and \
                (tok.is_stop or tok.lower_ not in names and an_english_word(tok.lower_)) and \
                not (not tok.is_stop and is_first_name(tok.text) and k + 1 < len(words) and words[k + 1][:1].isupper()):
            # a title-case heading's capitals are its style: an English word the story never capitalises in running
            # text, no name the story gives, no people's word and no first name before another capital goes in
            # lower case ("CNN responds to Trump's massive debate demand", not "responds To
            # Trump's Massive Debate Demand")
            word = word.lower()
        if out and (words[k - 1], words[k]) in glued:
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)


def _given_beside_labels(story: Doc) -> set[str]:
    """The words the story gives as names (capitalised in running text, or in its entities) other than
    where a label's colon alone capitalises them ("Maria Lopez: Council's parking rules ...")."""
    after_label = lambda t: t.i > 0 and story[t.i - 1].text == ":"  # noqa: E731
    named = {t.lower_ for e in story.ents if e.label_ not in _NOT_NAMES and not after_label(e[0]) for t in e}
    elsewhere = {t.lower_ for t in story if t.is_title and not after_label(t)}
    return named | (capitalised_where_case_tells(story) & elsewhere)


def _lede_words(first: Span) -> str | None:
    """The very last resort: the lede's own first words, to its last clause boundary (a comma, a
    colon, a dash after its verb) within MAX_WORDS, a quotation cut short closed."""
    dateline = LEADING_DATELINE.match(first.text)
    start = first.start_char + (dateline.end() if dateline else 0)
    clause = named_clause(first)
    if clause is not None:  # a portrait's clause says nothing of whom: from the clause that names them
        start = first.doc[_subject(clause).left_edge.i].idx

    tokens = [t for t in first if t.idx >= start and not t.is_space]
    # quoted words within a clause ('as "spend now, pay later" plans'); a quotation opened after "said," is speech
    quoted = [(s, e) for s, e in quote_regions_of(first.doc)
              if not first.doc.text[max(0, s - 3) : s - 1].rstrip().endswith((",", ":"))]
    end, count = None, 0
    for tok in tokens:
        inside = any(s <= tok.idx < e for s, e in quoted)  # a comma inside a quotation is no boundary
        if tok.text in (",", ";", ":", "\u2014") and count >= 4 and tok.i > first.root.i and not inside:
            end = tok.idx
        count += not tok.is_punct
        if count > MAX_WORDS:
            # no clause boundary within reach: before the last phrase or infinitive that starts after the
            # verb ("... the best chance most pressure groups get", not "... get to make a")
            # (never right after a claim's noun whose content starts there: "over claims | its campaign broke ...")
            starts = [t.left_edge for t in tokens if first.root.i < t.left_edge.i <= tok.i and t.left_edge.i > tokens[0].i + 3
                      and (t.dep_ in _PHRASE_STARTS or t.lower_ == "to" and t.dep_ == "aux")
                      and not content_follows(first.doc[t.left_edge.i - 1])]
            end = end or (max(t.idx for t in starts) if starts else tok.idx)
            break
    opened = next((s for s, e in quoted if end is not None and s <= end < e and s > start), None)
    if opened is not None:  # never stop inside a quotation: before it, without the words that led into it
        end = opened - 1
    text = " ".join(first.doc.text[start : end if end is not None else first.end_char].split()).rstrip(",;:. (\u2014")
    text = re.sub(r"\s+(?:and|or|but|nor)$", "", text)  # a conjunction joins nothing at the end ("unworkable but")
    if opened is not None:
        text = re.sub(r"(?:\s+(?:as|the|a|an|of|to|for|and|or|in|on|at|by|with|from|its|his|her|their))+$", "", text)
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"  # a quotation cut short is closed, not left open
    return text or None


def _frame_only(root: Token, subj: Token) -> bool:
    """'It would outlaw age discrimination, he told a conference on ageing': a verb of saying whose
    statement comes before its subject; cut from the subject on, the statement is the frame alone
    ("Johnson tells conference on ageing"), with nothing said."""
    return root.lemma_.lower() in _REPORTING | TELLING_VERBS and \
        any(c.dep_ in ("ccomp", "parataxis") and c.i < subj.left_edge.i for c in root.children)


def _main_clause(sent: Span) -> list[str] | None:
    """The last resort: the statement's own words from its subject to its first comma, dash or
    semicolon after the verb ("Now that he is the nominee, Tom Brandt has begun calling out those
    who doubted him" is "Tom Brandt has begun calling out those who doubted him"), without
    parentheses and the reporter's "here"; none when that is longer than MAX_WORDS or a fragment."""
    root = sent.root
    subj = _subject(root)
    if subj is None or subj.i > root.i or subj.is_quote:
        return None
    if _frame_only(root, subj):
        return None
    words, depth = [], 0
    for tok in sent[subj.left_edge.i - sent.start :]:
        if tok.i > root.i and tok.text in (",", ";", ":", "\u2014", "\u2013", "--", ".", "?", "!"):
            break
        depth += tok.text == "("
        if not depth and not tok.is_space and tok.lower_ != "here" and not tok.is_quote and \
                (not tok.is_punct or tok.text in ("$", "%", "-", ",")):
            words.append(tok.text)
        depth -= tok.text == ")" and depth > 0
    while words and words[-1] == ",":
        words.pop()
    # the sentence's own clause may end on a pronoun its own words name ("those who doubted him")
    if not MIN_WORDS - 2 <= len([w for w in words if w != ","]) <= MAX_WORDS or \
            _ends_unfinished(sent, words, pronoun=True) or \
            _in_a_voice(words) or _meaning_cut(sent, words):
        return None
    return words


# where a statement may be cut: before a clause or an aside that hangs on what comes before
_CLAUSE_STARTS = ("relcl", "advcl", "conj", "cc", "parataxis", "appos", "acl", "npadvmod")


def _clause_cut(sent: Span, actors: list[Actor]) -> list[str] | None:
    """The statement's subject and verb (in the present, its modal and negation kept) and the
    words after the verb up to a clause boundary (a comma, a dash, a clause or an aside that
    starts there), the longest such cut of at most MAX_WORDS that ends on a word completing
    it; none when every cut would leave a fragment. Dates, the reporter's "here", articles and
    parentheses go, as everywhere in a headline."""
    root = sent.root
    subj = _subject(root)
    if root.pos_ not in ("VERB", "AUX") or subj is None or subj.i > root.i or subj.is_quote or _frame_only(root, subj):
        return None
    who = _protagonist(subj, actors) if subj.pos_ == "PRON" else _subject_words(subj, actors)
    if not who or _in_a_voice(who):
        return None
    group = _verb_group(root, _plural(subj))
    words = who + group
    # the verb's particles the verb group has taken ("looked back on") are not taken again
    taken = {t.i for t in sent if t.head.i == root.i and root.i < t.i <= root.i + 3 and t.text in group}
    best, depth = None, 0
    for tok in sent[root.i - sent.start + 1 :]:
        if tok.i in taken:
            continue
        if len(tok) > 1 and any(ch in tok.text for ch in "\u2014\u2013\"\u201c\u201d") or tok.is_quote:
            break  # a quotation is quoted, not told; "record\u2014\u201cthe": a mark the tokenizer left in a word
        boundary = tok.is_punct and tok.text in (",", ";", ":", "\u2014", "\u2013", "--", ".", "?", "!") or \
            tok.dep_ in _CLAUSE_STARTS and tok.head.i <= root.i + 40 and tok.i > root.i + 1
        if boundary and len(words) >= MIN_WORDS - 2 and not _ends_unfinished(sent, words) and \
                not _verb_left_hanging(sent, words) and not _unfaithful(sent, words) and \
                not _says_nothing(sent, words) and not _meaning_cut(sent, words):
            best = list(words)
        if tok.lower_ in ("not", "n't", "n\u2019t", "never") and not (tok.head == root or tok.head.head == root
                                                                   and tok.head.dep_ in ("aux", "auxpass")):
            break  # a negation the verb group does not hold: the words after it would say the opposite
        if boundary and (tok.is_punct and tok.text in (".", "?", "!", ";", "\u2014") or tok.dep_ in ("relcl", "cc")):
            break  # past here the statement is another one
        depth += tok.text == "("
        # (a date goes with its preposition: "fell sharply on Monday" is "fall sharply", never "fall sharply on")
        dated = tok.dep_ == "prep" and any(c.dep_ == "pobj" for c in tok.children) and \
            all(_is_time(c) for c in tok.children if c.dep_ == "pobj")
        keep = not depth and not tok.is_space and not _is_time(tok) and not dated and tok.lower_ not in _ARTICLES | {"here"} \
            and (not tok.is_punct or tok.text in ("$", "%", "-")) and not tok.is_quote and not (tok.dep_ == "neg" and tok.head == root)
        depth -= tok.text == ")" and depth > 0
        if keep:
            words.append(tok.text)
        if len(words) > MAX_WORDS:
            break
    if best is None and len(words) <= MAX_WORDS and len(words) >= MIN_WORDS - 2 and \
            not _ends_unfinished(sent, words) and not _verb_left_hanging(sent, words) and \
            not _unfaithful(sent, words) and not _says_nothing(sent, words) and not _meaning_cut(sent, words):
        best = words
    return best


def parse_title(title: str | None) -> Doc | None:
    """The story's own headline, processed by the same pipeline: where reads it,
    since a headline states the event and its place in brief."""
    return parse_titles([title])[0]


def parse_titles(titles: list[str | None]) -> list[Doc | None]:
    """Several stories' headlines at once: through `nlp.pipe` a headline costs a quarter of the
    CPU of its own call, with the same annotations."""
    texts = [" ".join(t.split()) if t and t.strip() else None for t in titles]
    given = [t for t in texts if t is not None]
    docs = iter(load_nlp().pipe(given) if given else ())
    return [next(docs) if t is not None else None for t in texts]
