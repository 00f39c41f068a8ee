"""Shapes around a name that say it is no one acting in the story, whatever the model labelled it.

* a credit: "Alex Lynch/CBC", "THE CANADIAN PRESS/Sean Kilpatrick": a name glued to a slash is a
  photographer and an outlet signing a picture;
* an outlet or a programme: a known outlet's name or a channel's shape (`gazetteer.is_media`), or a
  name in front of an outlet's noun ("GMTV's Sunday programme", "the Jeremy Vine show");
* a work's title: `works.names_a_work`, the one rule for titles;
* a thing: a one-word name the story also writes in lower case as a common noun ("Fentanyl" beside
  "fentanyl"), or lists with one ("Ativan and fentanyl").

Each is evidence in the story's own words, not a list of the stories' names.
"""
from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..lexicon.gazetteer import is_media, org_aliases
from .cues import DESCRIPTION_NOUNS
from .sentences import opens_a_sentence
from .times import MONTHS

OUTLET_NOUNS = lexicon.words("outlet_nouns")
# what follows a name to tell a father from his son, never a surname: "Don Jr.", "Hubert III"
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# a person listed with these is still a person: "Smith and others", "Patel and his wife"
_KIN = frozenset("others other family friends colleagues wife husband son daughter partner aides staff".split())
_PERSON_OUTLET_NOUNS = frozenset({"programme", "program", "show"})  # "the Jeremy Vine show"
# the fronts glued by a hyphen to a name that make the compound describe someone or something ("ex-Labour
# minister", "Anti-EU campaigner", "Euro-sceptic", "pro-hunting group")
WORD_PREFIXES = lexicon.words("word_prefixes")
# the small words an abbreviation skips ("information and communication technology (ICT)")
_SKIPPED_IN_ABBREVIATIONS = frozenset("and of the for in on to &".split())


def in_credit(ent: Span) -> bool:
    """"Alex Lynch/CBC", "Jason Franson/Canadian Press": a name glued to a slash signs a picture."""
    doc = ent.doc
    if "/" in ent.text:
        return True
    if ent.start and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")" \
            and is_media(ent.text):
        return True  # "(The Washington Post)" closing a caption
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return (before is not None and before.text.endswith("/") and not before.whitespace_) or \
        (after is not None and after.text.startswith("/") and not doc[ent.end - 1].whitespace_)


def names_an_outlet(ent: Span, name: str) -> bool:
    """A news outlet or a programme: by name or shape, or in front of an outlet's noun."""
    if is_media(name):
        return True
    doc, i = ent.doc, ent.end
    if ent.start >= 2 and doc[ent.start - 1].tag_ == "POS":
        owner = doc[ent.start - 2]
        first = owner.i
        while first > 0 and owner.ent_iob_ == "I" and doc[first].ent_iob_ == "I":
            first -= 1  # the owner's whole name: "BBC Radio 4's"
        if is_media(doc[first : owner.i + 1].text):
            return True  # "CTV's Question Period": an outlet's programme
    if ent.label_ == "PERSON" and len(ent) >= 2:
        # a person's name as a programme's: "the Jeremy Vine show", not "Mr Blair's website"
        return i < len(doc) and doc[i].lower_ in _PERSON_OUTLET_NOUNS and doc[i].is_lower
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
        while i < len(doc) and i - ent.end <= 3 and (doc[i].is_title or doc[i].ent_type_ in ("DATE", "TIME")) \
                and doc[i].lower_ not in OUTLET_NOUNS:
            i += 1  # "GMTV's Sunday programme", "Radio 4's Today programme"
    return i < len(doc) and doc[i].lower_ in OUTLET_NOUNS and doc[i].is_lower


def lower_case_words(doc: Doc) -> frozenset[str]:
    """Words the story writes in lower case somewhere: common nouns, not names."""
    return frozenset(t.lower_ for t in doc if t.is_alpha and t.is_lower)


def a_thing(ent: Span, lower: frozenset[str], people_nouns: frozenset[str]) -> bool:
    """A one-word "name" that is a thing: the story writes it in lower case elsewhere ("Fentanyl"
    and "fentanyl"), or lists it with a common noun ("Ativan and fentanyl")."""
    if len(ent) != 1 or not ent[0].is_alpha:
        return False
    word = ent[0]
    if word.lower_ in lower:
        return True
    listed = [c for c in word.conjuncts if c.is_lower and c.is_alpha and c.pos_ in ("NOUN", "ADJ")
              and c.lower_ not in people_nouns and c.lower_ not in _KIN]
    return bool(listed)


def a_common_noun_for_people(ent: Span) -> bool:
    """A one-word "people" the story also writes in lower case ("Critics charge that ..." beside "her critics",
    "Protests followed" beside "the protests", "Veterans" beside "veterans"): a common noun capitalised where
    it opens a sentence or a heading, no people's name (a people's or a party's name keeps its capital:
    "Muslims", "Republicans"). A role's plural stays, the holders of an office acting together ("Ministers
    have agreed" beside "ministers")."""
    if ent.label_ != "NORP" or len(ent) != 1 or not ent[0].is_alpha or not ent[0].is_title:
        return False
    word = ent[0]
    roles = lexicon.words("roles")
    if word.lower_ in roles or word.lemma_.lower() in roles or word.lower_.removesuffix("s") in roles:
        return False
    return any(t.lower_ == word.lower_ and t.is_lower for t in ent.doc)


def not_a_name(ent: Span) -> bool:
    """A one-word "name" that is an adverb or an adjective opening a sentence ("Symbolically",
    "Honorary consuls") or the front of a hyphenated word ("Ex-Labour minister")."""
    doc = ent.doc
    if len(ent) == 2 and ent[-1].text == "-" and not ent[-1].whitespace_ and not ent[0].whitespace_:
        return True  # the model took the hyphen in: "Ex-"
    if len(ent) != 1:
        return False
    word = ent[0]
    glued = word.i + 1 < len(doc) and doc[word.i + 1].text == "-" and not word.whitespace_
    return glued or word.pos_ in ("ADV", "ADJ")


def hyphen_tail(ent: Span) -> bool:
    """A one-word "name" glued by a hyphen to a lower-case word before it ("the e-University",
    "anti-Tory", "ex-Labour leader"): the end of a compound word, which names no one by itself; the
    compound is a thing's name or describes someone ("Kilroy-Silk" is capitalised on both sides).
    So is a name behind a prefix capitalised because it opens a sentence or a headline, the prefix taken
    in or not ("Ex-BBC presenter", "Anti-EU campaigners"): "ex-" and "anti-" make a describing word."""
    doc = ent.doc
    if len(ent) == 1 and after_a_lower_case_hyphen(ent[0]):
        return True
    if len(ent) == 3 and ent[1].text == "-" and not ent[0].whitespace_ and not ent[1].whitespace_:
        front = ent[0]  # "Ex-BBC" as one name
    elif len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].text == "-" and not doc[ent.start - 1].whitespace_ \
            and not doc[ent.start - 2].whitespace_:
        front = doc[ent.start - 2]  # "BBC" of "Ex-BBC"
    else:
        return False
    return front.lower_ in WORD_PREFIXES


def a_glossed_abbreviation(ent: Span) -> bool:
    """An abbreviation the story spells out in lower case, in brackets after the words whose initials it takes
    ("anti-social behaviour orders (Asbos)", "information and communication technology (ICT)"): the short
    form of a common noun, no one's name, wherever the story uses it. A body's name is written with capitals
    ("the Football Licensing Authority (FLA)"); one whose capitals lapsed still ends in a body's noun ("the
    national executive committee (NEC)") and stays a body."""
    from .entities import BODY_NOUNS  # (entities comes after this module)
    if len(ent) != 1 or not ent[0].is_alpha or not ent[0].text[0].isupper():
        return False
    doc, short = ent.doc, ent.text
    for t in doc:
        if t.text != short or t.i < 2 or t.i + 1 >= len(doc) or doc[t.i - 1].text != "(" or doc[t.i + 1].text != ")":
            continue
        initials, j = [], t.i - 2
        while j >= 0 and len(initials) < len(short):
            w = doc[j]
            if w.text == "-" or w.lower_ in _SKIPPED_IN_ABBREVIATIONS and initials:
                j -= 1
                continue
            if not (w.is_alpha and w.is_lower):
                break
            initials.append(w.lower_[0])
            j -= 1
        if len(initials) < 2 or doc[t.i - 2].lower_ in BODY_NOUNS or doc[t.i - 2].lemma_ in BODY_NOUNS:
            continue
        # (the initials run back to the phrase's start: "figures on anti-social behaviour orders (Asbos)"; a
        # plural's "s" is no initial)
        spelt = "".join(reversed(initials))
        if spelt.endswith(short.lower()) or spelt.endswith(short.lower().removesuffix("s")):
            return True
    return False


def an_epithet(ent: Span) -> bool:
    """A word after "the" set beside a person's name ("William Pitt the Younger", "Alfred the Great"): the
    end of that person's name, no one by itself. It closes the name's phrase (or the parser sets it beside the
    name): "told Ann Pike the Treasury would pay" names the Treasury."""
    doc = ent.doc
    return len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].lower_ == "the" and \
        (doc[ent.start - 2].ent_type_ == "PERSON" or doc[ent.start - 2].pos_ == "PROPN") and \
        (ent[0].dep_ == "appos" and ent[0].head.i == ent.start - 2 or ent.end == len(doc) or doc[ent.end].is_punct)


def a_date(ent: Span) -> bool:
    """A month's name with a day or a year ("October 13, 2016", "March 2005"), whatever the model ran on into:
    a date the model took for a name."""
    return len(ent) >= 2 and ent[0].lower_ in MONTHS and ent[0].is_title and ent[1].like_num


def one_of_a_kind(ent: Span) -> bool:
    """A one-word name after "a" or "an" that heads its phrase ("A Marine stood guard", "she was a Tory"): one
    member of a kind, no one the story names. A name that qualifies the noun after it keeps the article for that
    noun ("a Labour lead", "an ICM poll", "a Times reporter"); a full name after "a" is someone so called ("a
    John Smith of Leeds wrote"), and a body's name of several words may be one to come ("replaced by a Supreme
    Court")."""
    doc = ent.doc
    if len(ent) != 1 or not ent.start or doc[ent.start - 1].lower_ not in ("a", "an") or not ent[0].is_title:
        return False
    if ent.end < len(doc) and (doc[ent.end].pos_ in ("NOUN", "PROPN", "NUM") or doc[ent.end].tag_ == "VBG"):
        return False  # "a BBC reporter", "a House of Lords ruling" (and "a Sainsbury's spokesman": below)
    if ent.end < len(doc) and doc[ent.end].tag_ == "POS":
        return False
    return ent.root.dep_ not in ("compound", "amod", "nmod", "poss")


def after_a_lower_case_hyphen(word: Token) -> bool:
    """Whether a word is glued by a hyphen to a lower-case word before it ("e-University")."""
    doc, i = word.doc, word.i
    if i < 2:
        return False
    hyphen, front = doc[i - 1], doc[i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not front.whitespace_ and front.is_alpha \
        and front.is_lower


def a_common_phrase(ent: Span) -> bool:
    """Words of two or more the story also writes, as a run, all in lower case ("National Insurance"
    beside "national insurance", "Council Tax" beside "council tax"): a common noun phrase
    capitalised for style, no one's name. Not a phrase whose head is a body's noun ("Home Office" beside "the
    home office", "Work and Pensions Committee", "New Party" beside "a new party"): a body's name, its capitals
    lapsed, or one whose words are also common."""
    from .entities import BODY_NOUNS  # (entities comes after this module)
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(words) < 2 or not all(t.is_alpha for t in words) or all(t.is_lower for t in words) \
            or words[-1].lower_ in BODY_NOUNS:
        return False
    phrase = " ".join(t.lower_ for t in words)
    return re.search(r"(?<![\w-])" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?![\w-])", ent.doc.text) is not None


def a_plural_noun_opening(ent: Span) -> bool:
    """A plural common noun that opens a sentence ("Groups challenging the plans include ...", "Patriots by
    definition wanted ..."): capitalised only because it opens the sentence. A plural name is written
    capitalised inside sentences too ("Veritas", "the Tories") or is a known name of a body. A noun that can
    stand as an unnamed speaker ("Aides said ...", "Officials say ...") stays what the quotes find their
    speaker by."""
    doc = ent.doc
    if len(ent) != 1 or not ent[0].is_title:
        return False
    word = ent[0]
    if ent.text.casefold() in org_aliases():
        # a party's plural opening a sentence is the common word where the story writes it or its singular in
        # lower case and never capitalised inside a sentence ("Conservatives no longer have the votes" beside
        # "conservative justices", an American story; "the Conservatives", "a Conservative MP" are the party)
        one = word.lower_.removesuffix("s")
        if word.tag_ not in ("NNS", "NNPS") or not any(t.is_lower and t.lower_ in (word.lower_, one) for t in doc):
            return False
        forms = {word.text, word.text.removesuffix("s")}
    elif word.tag_ != "NNS" or word.lower_ in DESCRIPTION_NOUNS:
        return False
    else:
        forms = {word.text}

    return opens_a_sentence(word) and not any(t.text in forms and not opens_a_sentence(t) for t in doc)


def folded_name(name: str) -> str:
    """A name as compared: a hyphenated surname is one name with or without its hyphen
    ("Robert Kilroy Silk" is Robert Kilroy-Silk), whatever the capitals and the accents (a headline's
    "Francois Hollande" is the text's "François Hollande": pages drop accents where fonts lack them)."""
    decomposed = unicodedata.normalize("NFKD", name.replace("-", " "))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def ends_with_surname(full: str, surname: str) -> bool:
    """Whether a full name ends in this surname, a double-barrelled one written with or without
    its hyphen ("Robert Kilroy Silk" ends in "Kilroy-Silk"): never the full name itself."""
    words, parts = full.split(), surname.split("-")
    if any(not p for p in parts):
        return False
    return len(words) > len(parts) and [folded_name(w) for w in words[-len(parts):]] == [p.casefold() for p in parts] \
        or "-" in words[-1] and len(words) > 1 and folded_name(words[-1]) == folded_name(surname)
