"""Whether a name takes part in the story, or is only context of its mention.

An actor is someone or something that does, says or is done to something in a clause of the story: the
subject, object or agent of a verb, a speaker, or a name apposed to one of those. A body or a person named
only inside another's title, affiliation or description ("Linda Knox, Director of the Local Government
Centre at Kelvin University"; "Sir Bernard Ingham, Margaret Thatcher's former press secretary"; "son of
the late lawyer George Carman"), only as the medium someone spoke through ("told BBC Radio Five Live"),
only as the means of an act ("acting through the United Nations") or only as what qualifies a thing ("the
Nicki Chapman role", "a Pop Idol style contest") is context on that mention. `actors.extract_actors` keeps
an actor when at least one of its mentions takes part: a body that acts elsewhere stays.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .. import lexicon
from ..lexicon.gazetteer import is_media
from .sentences import entity_at

ROLE_WORDS = lexicon.words("roles")
PEOPLE_NOUNS = lexicon.words("people_nouns")
KIN_NOUNS = lexicon.words("kin_nouns")
# links inside one noun phrase: a name reached through them from another name is part of its description
_PHRASE_LINKS = frozenset(("pobj", "prep", "poss", "conj", "cc", "compound"))
# verbs an outlet is the medium of, as their recipient ("told BBC Radio Five Live") or after "on"/"to"
_MEDIUM_VERBS = frozenset("tell say speak talk write appear interview admit insist".split())
# words that make a name an outlet's, whatever the gazetteer knows ("BBC Radio Five Live", "Channel 4 News")
_MEDIUM_WORDS = frozenset("radio television tv news channel".split())


def named_only_as_context(ent: Span) -> bool:
    """Whether this mention of a name is context, not a part the name takes in the story (see above)."""
    if ent.label_ not in ("PERSON", "ORG", "NORP"):
        return False
    context = _in_anothers_description(ent) or _a_medium(ent) or _a_means(ent) or _qualifies_a_noun(ent)
    return context and not _takes_part_unlabelled(ent)


def _takes_part_unlabelled(ent: Span) -> bool:
    """Whether the story writes the name again, where the model saw no entity, as a verb's subject or object
    ("The Queen's grandson, Prince Harry, ..." and "the Queen will lead the commemoration"): the name
    takes part there."""
    words = [t.text for t in ent if t.lower_ != "the"]
    doc = ent.doc
    for token in doc:
        if token.text != words[-1] or ent.start <= token.i < ent.end or token.ent_type_ or \
                token.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
            continue
        first = token.i - len(words) + 1
        if first >= 0 and [t.text for t in doc[first : token.i + 1]] == words:
            return True
    return False


def _a_person_other_than(token: Token, ent: Span) -> bool:
    other = entity_at(token.doc, token.i)
    return other is not None and other.label_ == "PERSON" and not (other.start <= ent.root.i < other.end)


def _describes_a_person(token: Token, ent: Span) -> bool:
    """Whether a word the mention hangs from is a named person or a description of one: apposed to a
    person's name ("Linda Knox, Director of ..."), with a person's name apposed to it ("Head of genetics at
    the Institute, Professor Robin Lovell-Badge," as the parser often attaches it), or the complement of a
    relative clause on a person ("Professor Rothwell, who is also vice-president of research at ...")."""
    if _a_person_other_than(token, ent):
        return True  # "Professor Rothwell of Manchester University"
    if token.tag_ in ("NNS", "NNPS"):
        return False  # (not "Mr Finnie, representatives of the Royal Society": a list, no one's description)
    if token.dep_ == "appos" and _a_person_other_than(token.head, ent):
        return True
    if any(c.dep_ == "appos" and _a_person_other_than(c, ent) for c in token.children):
        return True
    copula = token if token.lemma_ == "be" else token.head if token.dep_ == "attr" and token.head.lemma_ == "be" else None
    return copula is not None and copula.dep_ == "relcl" and _a_person_other_than(copula.head, ent) and \
        any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in copula.children)


def _in_anothers_description(ent: Span) -> bool:
    """A name inside the noun phrase that names or describes another, named person: its title, its
    affiliation, its kin ("Linda Knox, Director of the Centre at Kelvin University": the Centre and the
    University; "Margaret Thatcher's former press secretary" apposed to Ingham: Thatcher). The phrase is
    made of names, a title's or a kin's words and a title's field ("Head of developmental genetics at
    ..."); a person is in another's description only as its owner or after "of" ("son of the late lawyer
    George Carman"), never listed beside it ("John Holliday, a huntsman from Ledbury, Robert Thame, ...")."""
    token = ent.root
    if token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.head.lower_ == "of" and \
            token.head.i < ent.start and _in_a_title(token.head):
        token = token.head  # "son of the late libel lawyer George Carr": the name is the "of" phrase's
    elif ent.label_ == "PERSON" and not (token.dep_ == "poss" or token.dep_ == "pobj" and token.head.lower_ == "of"):
        return False
    if token.dep_ == "pobj" and _in_a_title(token.head.head) and \
            any(c.dep_ == "appos" and _a_person_other_than(c, ent) for c in token.children):
        return True  # "Head of genetics at the Institute, Professor X,": the parser hangs the person on the body
    for _ in range(10):
        if token.dep_ not in _PHRASE_LINKS and not (token.dep_ == "attr" and token.head.lemma_ == "be") and \
                not (token.dep_ == "appos" and token.head.ent_type_ == "ORG"):
            return False  # an argument of a verb: the name takes part (a body's short form goes with it: "(SURF)")
        coordinate = token.dep_ in ("conj", "cc")
        if token.head.i == token.i:
            return False
        token = token.head
        if ent.start <= token.i < ent.end:
            continue
        # (not "Tony Blair and Gordon Brown": a name coordinated with a person's is another of them)
        a_noun = token.pos_ in ("NOUN", "PROPN")
        if a_noun and not _in_a_title(token):
            return False  # "the row over X's bid", "X's killer, Y,": a thing's or a deed's noun, no title
        if not coordinate and _describes_a_person(token, ent):
            return True
    return False


def _in_a_title(token: Token) -> bool:
    """A word a title or an affiliation is made of: a name's, a title's or a kin's word, or a title's field
    ("vice-president of research", "Head of developmental genetics")."""
    if token.pos_ == "PROPN" or token.lower_ in ROLE_WORDS or token.lower_ in KIN_NOUNS:
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in ROLE_WORDS


def _a_medium(ent: Span) -> bool:
    """An outlet as the one told something or the place it was said ("told BBC Radio Five Live that ...",
    "speaking on Channel 4 News", "said in the Guardian"): where someone spoke, no actor."""
    words = ent.text.removeprefix("the ").split()
    if not (is_media(ent.text) or is_media(words[0]) or any(w.casefold() in _MEDIUM_WORDS for w in words)):
        return False
    root = ent.root
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell":
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "on", "in"):
        verb = root.head.head
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _MEDIUM_VERBS
    return False


def _a_means(ent: Span) -> bool:
    """"acting through the United Nations", "sold via Amazon": a body an act is done through is its means."""
    root = ent.root
    return ent.label_ == "ORG" and root.dep_ == "pobj" and root.head.lower_ in ("through", "via") and \
        root.head.head.pos_ == "VERB"


def _qualifies_a_noun(ent: Span) -> bool:
    """A name of two words or more before a thing's common noun qualifies it: "the Nicki Chapman role", "a
    Pop Idol style contest", "the Simon Cowell seat" (a comparison); no one of the story (a one-word name so
    is `actors._qualifies_a_thing`'s; a role or a people's noun after a name is theirs: "Labour leader")."""
    root = ent.root
    head = root.head
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("and", "or") and doc[ent.start - 2].pos_ == "PROPN" and \
            doc[ent.start - 2].is_title:
        return False  # "Theresa May and Jeremy Corbyn comment on ...": a verb the parser took for a noun
    # (a determiner or an owner opens the thing's phrase, before the name: not "Margaret Thatcher discomfort",
    # a possessive's "'s" dropped)
    phrase = head
    while phrase.dep_ == "compound" and phrase.head.pos_ == "NOUN" and phrase.head.i > phrase.i:
        phrase = phrase.head  # "ITV's Pop Idol style talent contest": the owner opens the contest's phrase
    opened = any(c.dep_ in ("det", "poss") and c.i < ent.start for c in phrase.children)
    return len(ent) > 1 and root.dep_ == "compound" and head.i == ent.end and head.is_lower and opened and \
        head.pos_ == "NOUN" and head.lemma_ not in ROLE_WORDS and head.lemma_ not in PEOPLE_NOUNS
