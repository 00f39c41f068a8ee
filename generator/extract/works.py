"""Titles of works: books, comics, films, songs, shows. Named in a story, never acting in it.

The model often takes a title for a person ("the comic Undead Soldier"), and its own label for
works of art falls on people's names too often to go by. One rule, `names_a_work`, says from
the words around a name that it is a title: a work's noun right before it ("the comic Captain
Canuck", "his book Brown's Britain") or set beside it ("his new comic, Undead Soldier,"), or the
quoted title of something called so ("a documentary called 'No More Mr Nasty'"). A name the
story introduces so is a title wherever else it appears (`titles_of_works`): it founds no actor
(`actors.extract_actors`) and is no speaker (`speakers.SpeakerResolver`).

A name in front of a work's noun ("the Captain Canuck comic", "the Beatles album", "the Trump
documentary", "the Cubs game") qualifies the work: its title, its maker or its subject, so that
mention acts in nothing (`qualifies_a_work`), but it is no evidence of a title elsewhere.

A capitalised name someone or something is *in*, owned by a person ("in Shakespeare's Merchant of
Venice", "in Charles Dickens' Oliver Twist"), is a work: no one is in a person. Its owner is its
author, named as such (`qualifies_a_work`), and a name just before "in" and the work is a character
of it ("the money lender Shylock in ...", `a_character`): neither acts in the story by that mention.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .. import lexicon

WORK_NOUNS = lexicon.words("work_nouns")
# things made, sold or posted ("the Velmar van", "her Pixlet account") and a work's players and parts
# ("the Harbour Lights star"): a name in front of one qualifies it and acts in nothing by that mention
PRODUCT_NOUNS = lexicon.words("product_nouns")
PERFORMER_NOUNS = lexicon.words("performer_nouns")
# labels a title of a work gets from the model: a person's, a body's, a place's, or a work's own
TITLE_LABELS = ("PERSON", "ORG", "GPE", "WORK_OF_ART")
_QUOTES = frozenset('"\u201c\u201d\'\u2018\u2019')
_NAMING = frozenset({"call", "title", "entitle", "dub", "name"})
_MODIFIER_DEPS = ("compound", "nmod", "amod")


# a programme's nouns: a name right after one is its title ("the BBC2 programme Dragon's Den"); in front
# of one it is an outlet's or a presenter's ("the Jeremy Vine show"), so these are no `WORK_NOUNS`
_PROGRAMME_NOUNS = frozenset({"programme", "program", "show"})


def _work_noun(tok) -> bool:
    """A noun for a work as the story writes one: lower case, not a verb ("they play Chelsea")."""
    return tok.lower_ in WORK_NOUNS and tok.is_lower and tok.pos_ != "VERB"


def _programme_noun(tok) -> bool:
    return tok.lower_ in _PROGRAMME_NOUNS and tok.is_lower and tok.pos_ == "NOUN"


def _owned_work(tok) -> bool:
    """Whether a word heads a work's title by its shape: a proper noun governed by "in" and owned by a
    person's possessive ("in Shakespeare's Merchant of Venice"); never a place's or a body's name
    ("in Blair's Britain", "in Mr Brown's Treasury")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.pos_ == "PROPN" and \
        tok.ent_type_ in ("PERSON", "WORK_OF_ART", "PRODUCT", "") and \
        any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in tok.children)


# verbs and nouns of showing someone as someone else: the name after their "as" is the figure shown,
# a part, never an actor ("depicted the minister as Scrooge", "his impression of him as Frankenstein")
_SHOWING_AS = frozenset("depict portray caricature cast paint draw show picture impersonate dress "
                        "depiction portrayal caricature impression impersonation cartoon image".split())


def _shown_as(ent: Span) -> bool:
    """A name after "as" that hangs on a verb or noun of showing: who or what someone is shown as."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as" or prep.i != ent.start - 1:
        return False
    head = prep.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "his impression of him as ...": the one shown is the noun's "of"
    return head.lemma_.lower() in _SHOWING_AS or head.lower_ in _SHOWING_AS


def _a_part_played(ent: Span) -> bool:
    """A part an actor plays: the one "portrayed" ("Nina Vale portrayed Jim Carver"), the "of" of a
    "portrayal" ("her portrayal of Jim Carver"), a name "played" or "portrayed by" someone ("Jim Carver,
    portrayed by Nina Vale"). (Not one portrayed *as* something: "the ad portrayed the mayor as weak" is
    about the mayor himself.)"""
    root = ent.root
    head = root.head
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("character", "characters"):
        return False  # "the Dickens character Fagin": the story's own word, which drops the name by its role
    if root.dep_ == "dobj" and head.lemma_.lower() == "portray" and \
            not any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children):
        return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "portrayal":
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in ("portray", "play") and c.tag_ == "VBN" and
               any(g.dep_ == "agent" for g in c.children) for c in root.children)


def a_character(ent: Span) -> bool:
    """A name right before "in" and a work ("Shylock in Shakespeare's Merchant of Venice", "the
    character Fagin in Dickens' Oliver Twist"): a character of the work, named, not acting; and a name
    someone is shown, played or cast as ("depicted the minister as Scrooge", "his impression of him as
    Frankenstein"), or a part someone portrays or plays ("her portrayal of Jim Carver", "Jim Carver,
    played by Nina Vale"): a part, not someone who acts in the story."""
    doc = ent.doc
    if _shown_as(ent) or _a_part_played(ent):
        return True
    if ent.end >= len(doc) or doc[ent.end].lower_ != "in":
        return False
    return any(c.dep_ == "pobj" and _owned_work(c) for c in doc[ent.end].children)


def names_a_work(ent: Span) -> bool:
    """Whether this mention is a work's title: "the comic Captain Canuck", "his book, "Brown's
    Britain"", "his next book, Harold Finch,", "a film called 'Mr Grey'"."""
    doc, root = ent.doc, ent.root
    modifies = root.dep_ in _MODIFIER_DEPS and root.head.i >= ent.end  # "a single Labour MP": part of a phrase
    j = ent.start - 1
    while j >= 0 and doc[j].text in _QUOTES:
        j -= 1
    # a name that is a clause's subject is the work's only in a clause that hangs on the work's noun and
    # does not leave the work out as its object: "the game Manhunt was blamed" is the work; "the book
    # John Smith wrote" its writer; "in Mr Peston's book Mr Brown is alleged to ..." someone in it
    verb = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        on_the_work = verb.dep_ == "relcl" and j >= 0 and verb.head.i == j
        writer = root.dep_ == "nsubj" and not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        if not on_the_work or writer:
            return False
    if j >= 0 and (_work_noun(doc[j]) or _programme_noun(doc[j])) and not modifies:
        return True
    if _owned_work(root):
        return True  # "in Charles Dickens' Oliver Twist"
    if _quoted_title(ent):
        return True
    head = root.head
    if root.dep_ == "appos" and head.i < ent.start and _work_noun(head) and \
            not (head.dep_ == "pobj" and head.head.lower_ == "of"):
        # "in his new book, Harold Finch, ..." (not "the author of the book, Mitchell Zuckoff,": the author)
        return True
    return False


def qualifies_a_work(ent: Span) -> bool:
    """A name in front of a work's noun ("the Captain Canuck comic", "the Trump documentary") or
    the author owning a work ("Shakespeare" of "in Shakespeare's Merchant of Venice")."""
    doc, root = ent.doc, ent.root
    if root.dep_ == "poss" and _owned_work(root.head):
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and _work_noun(after) and root.dep_ in _MODIFIER_DEPS and root.head.i == after.i:
        return True
    return _qualifies_a_thing(ent)


def _thing_noun(tok) -> bool:
    """A noun for a thing made, sold or posted, or for a work's players and parts, written lower case."""
    return tok.is_lower and tok.pos_ == "NOUN" and tok.lower_ in PRODUCT_NOUNS | PERFORMER_NOUNS


def _qualifies_a_thing(ent: Span) -> bool:
    """A name that modifies, within a few words after it, a noun for a thing made, sold or posted, or for
    a work's players ("the Velmar camper van", "a Barrow Arms P-7 9mm handgun", "her Pixlet account",
    "the State of the Union address", "the Harbour Lights star Nina Vale"): the thing's brand, maker or
    platform, or the work the player is in, named as a modifier; no one acting by that mention. The
    name's head or its last word hangs on the noun, directly or through the noun's other modifiers."""
    for tok in (ent.root, ent[-1]):
        while tok.dep_ in _MODIFIER_DEPS and ent.end <= tok.head.i <= ent.end + 3 or \
                tok.dep_ in _MODIFIER_DEPS and tok.i < tok.head.i < ent.end:
            tok = tok.head
            if tok.i >= ent.end and _thing_noun(tok) and not _a_verb_misread(tok):
                return True
    return False


def _a_verb_misread(noun) -> bool:
    """A plural noun the parser made the root of a sentence that has no verb, a determiner or preposition after
    it: the sentence's verb, misread ("President Barack Obama stars as the motivator", "Trump posts a video")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.dep_ == "ROOT" and noun.tag_ == "NNS" and after is not None and after.pos_ in ("ADP", "DET") and \
        not any(t.pos_ in ("VERB", "AUX") for t in noun.sent)


def _quoted_title(ent: Span) -> bool:
    """'a documentary called 'No More Mr Nasty'': a name inside the quoted title of something."""
    doc = ent.doc
    for j in range(ent.start - 1, max(ent.start - 8, ent.sent.start) - 1, -1):
        if doc[j].text in _QUOTES:
            before = doc[j - 1] if j > 0 else None
            return before is not None and (before.lemma_ in _NAMING and before.pos_ == "VERB"
                                           or before.lower_ in WORK_NOUNS)
    return False


def titles_of_works(doc: Doc) -> frozenset[str]:
    """The names a story gives as titles of works (`names_a_work` at one mention at least), casefolded."""
    return frozenset(ent.text.casefold() for ent in doc.ents if ent.label_ in TITLE_LABELS and names_a_work(ent))
