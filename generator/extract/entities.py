"""`briefing_entities`: settle entity spans and labels with evidence from the whole story.

The small English model splits and mislabels names: "Election strategist Prashant
Kishor" comes out as "Kishor" (ORG), later "Kishor" (GPE). This component runs
after `ner` and

* widens an entity over the proper nouns that compound into it ("Prashant" + "Kishor");
* gives every mention of a surname the label that the best evidence supports: a
  two-word PERSON mention, or a person's role word in front of it, wins over ORG/GPE.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .. import lexicon
from ..lexicon.first_names import is_first_name, is_surname
from ..lexicon.gazetteer import initials, is_media, org_aliases, place_levels, towns
from .times import MONTHS
from ..lexicon.titles import HONORIFICS, PEERAGE, PLURAL_TITLES, POSTNOMINALS, SURNAME_TITLES, TITLES
from .locative import of_place
from .sentences import case_tells_nothing, in_title_case_line, line_of, opens_a_sentence

ROLE_WORDS = lexicon.words("roles")
PEOPLE_NOUNS = lexicon.words("people_nouns")
KIN_NOUNS = lexicon.words("kin_nouns")
DOCUMENT_NOUNS = lexicon.words("document_nouns")
SPEECH_VERBS = lexicon.words("cues", "speech_verbs")
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


def _widen(ent: Span) -> Span:
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0:
        prev = doc[start - 1]
        # only unlabelled proper nouns: a neighbouring entity ("Oval Office Trump") is another name
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.ent_type_ == "" \
                and prev.dep_ == "compound" and prev.lower_ not in ROLE_WORDS \
                and (prev.lower_ in PEERAGE or prev.text.endswith(".")
                     or not (ent.label_ == "PERSON" and is_first_name(doc[start].text))
                     or ent.label_ == "PERSON" and start >= 2 and doc[start - 2].lower_ in ROLE_WORDS and
                     (is_first_name(prev.text) or not an_english_word(prev.lower_))):
            # a word before a first name is not the name ("Cyclist Liam Carver"); "Lord Fenwick" is, and so is
            # a first name or no English word between a title and a name that may be a first name too ("Chicago
            # Mayor Rahm Emanuel"; not a rank, "Commander Colonel Bob Stewart")
            start -= 1
        else:
            break
    # "Deputy Speaker Sylvia Heal": a first name the model cut from the surname it compounds into
    # (a capitalised word it left unlabelled, "Heal" being a verb too) runs on to it
    if ent.label_ == "PERSON" and end - start == 1 and end < len(doc) and is_first_name(doc[start].text):
        nxt = doc[end]
        if nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ == "" and doc[start].dep_ == "compound" \
                and doc[start].head.i == end and nxt.lower_ not in ROLE_WORDS | INSTITUTION_WORDS:
            end += 1
    # a title the model took into a name ("Councillor Priya Raman", even labelled ORG) is a
    # role in front of a person's name, not part of the name
    label = ent.label_
    if label in ("PERSON", "ORG") and doc[start].lower_ in ROLE_WORDS:
        rest = doc[start + 1 : end]
        if len(rest) >= 2 and all(t.pos_ == "PROPN" and t.lower_ not in ROLE_WORDS for t in rest):
            start, label = start + 1, "PERSON"
    # "Philippe Sands QC", "Jane Marsh OBE": letters of a seat, a rank or an honour after a name
    # end it; a name the model called a person needs no first name the lexicon knows to show it
    if doc[end - 1].text.isupper() and doc[end - 1].lower_ in POSTNOMINALS \
            and ((label == "PERSON" and end - start >= 2 and doc[end - 2].is_title)
                 or (end - start >= 3 and is_first_name(doc[start].text))):
        end, label = end - 1, "PERSON"
    # (a hyphen glued between two words joins a double-barrelled surname: "Lord Campbell-Savours")
    named = [t for t in doc[start + 1 : end] if not (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)]
    if label in ("ORG", "NORP") and doc[start].lower_ in PEERAGE and 1 <= len(named) <= 2 and len(named) >= end - start - 2 and \
            all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in ROLE_WORDS | INSTITUTION_WORDS for t in named):
        label = "PERSON"  # "Lord Tebbit": a peer, whatever the model said
    whole = _to_the_name_s_end(doc, start, end)
    if whole > end and not (label == "PERSON" and doc[end].tag_ in ("VBZ", "VBP")):
        # (a person's name is no campaign's: the verb after it is the person's, "Hillary Clinton Blames F.B.I.")
        end, label = whole, "ORG"  # "Swansea Unite Against Fascism": no person's name holds a preposition
    if label == "ORG" and _an_author(doc, start, end) and ent.ent_id_ != "gazetteer":
        label = "PERSON"
    if label == "PERSON" and doc[end - 1].lower_ in INSTITUTION_WORDS and end - start >= 2:
        label = "ORG"  # "London Assembly", "Countryside Alliance": not people
    if label == "ORG":
        start = _widen_over_connectors(doc, start)
        # "UK Independence Party", "Ontario NDP": a place qualifying a party's name is part of it
        prev = doc[start - 1] if start > 0 else None
        if prev is not None and prev.ent_type_ in ("GPE", "NORP") and prev.dep_ in ("compound", "amod", "nmod") \
                and start <= prev.head.i < end:
            while start > 0 and doc[start - 1].ent_type_ == prev.ent_type_ and doc[start - 1].ent_iob_ != "O":
                start -= 1
                if doc[start].ent_iob_ == "B":
                    break
        # "Liberal Party of" + "Canada": a name the model cut after its small word goes on
        while end < len(doc) and doc[end - 1].lower_ in CONNECTORS and doc[end].is_title and end - ent.end < 3:
            end += 1
            # ("University of" + "New Hampshire": a place's name after it goes whole, not cut after its first word)
            while end < len(doc) and doc[end - 1].ent_type_ in ("GPE", "LOC") and doc[end].ent_iob_ == "I" and \
                    not is_possessive(doc[end]):
                end += 1
        # "Office for the Deputy" + "Prime Minister": a word that qualifies a title ends no name; the
        # title it qualifies, written with capitals, is the name's too
        while end < len(doc) and doc[end - 1].lower_ in TITLE_QUALIFIERS and doc[end].is_title \
                and not doc[end].is_sent_start and doc[end].ent_type_ in ("", "ORG") and end - ent.end < 3:
            end += 1
    return Span(doc, start, end, label=label, span_id=ent.id_)


# the head nouns of a law's or a document's name: "the Mental Capacity" + "Bill" is a bill's name, cut
_LAW_HEADS = frozenset("bill act treaty charter directive amendment".split())


def _body_s_whole_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A body's name runs to its end, whatever the model cut: its own words written with capitals after
    it up to a body's noun ("the House of Commons" + "International Development Committee": the committee
    is named for the House); "of" and a place after a body's noun ("The Muslim Council" + "of Britain");
    a place before "and" after "the" ("the Birmingham and" + "Midlands Institute": a place takes no "the",
    the name does); and a law's noun after it ("the Mental Capacity" + "Bill": a bill's name, no body's)."""
    if end < len(doc) and doc[end].is_title and doc[end].lower_ in _LAW_HEADS:
        return start, end + 1
    run = end
    while run < len(doc) and run - end < 4 and doc[run].is_title and not doc[run].is_sent_start \
            and doc[run].ent_type_ == "" and doc[run].pos_ in ("PROPN", "NOUN", "ADJ"):
        run += 1
    if run > end and doc[run - 1].lower_ in BODY_WORDS - {"fund"} and doc[run - 1].tag_ != "NNPS":
        end = run
    if end + 1 < len(doc) and doc[end - 1].is_title and doc[end - 1].lower_ in BODY_WORDS and doc[end].lower_ == "of" \
            and doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_iob_ == "B":
        end += 2
        while end < len(doc) and doc[end].ent_type_ == "GPE" and doc[end].ent_iob_ == "I":
            end += 1
    if start >= 3 and doc[start - 1].lower_ == "and" and doc[start - 2].is_title and doc[start - 3].lower_ == "the" \
            and doc[start - 2].ent_type_ in ("GPE", "LOC", "PRODUCT", "NORP", "") and doc[end - 1].lower_ in BODY_WORDS:
        start -= 2
    return start, end


CONNECTORS = frozenset({"and", "of", "for", "&"})
# words that qualify the title after them and end none ("Deputy Prime Minister", "Vice President")
TITLE_QUALIFIERS = frozenset({"deputy", "vice", "prime"})
# prepositions a name may hold, written with a capital inside it ("Unite Against Fascism", "Stand Up For ...")
_NAME_PREPOSITIONS = frozenset("against for of on over with without to from by under up".split())


def _to_the_name_s_end(doc: Doc, start: int, end: int) -> int:
    """Where a name ends that runs on through a preposition or a verb written with a capital ("Swansea
    Unite" + "Against Fascism", "North East" + "Says No"): mid-sentence a capital on a small word or a
    verb is a name's, so the name goes on through it and the capitalised words after it."""
    at = end
    if doc[at - 1].lower_ in _NAME_PREPOSITIONS and doc[at - 1].is_title and at - 1 > start:
        at -= 1  # the model took the preposition in and stopped
    grown = at
    while grown + 1 < len(doc) and doc[grown].is_title and not doc[grown].is_sent_start and \
            (doc[grown].lower_ in _NAME_PREPOSITIONS or doc[grown].tag_ in ("VBZ", "VBP") and grown == end) and \
            doc[grown + 1].is_title and doc[grown + 1].pos_ in ("PROPN", "NOUN", "ADP"):
        grown += 1
        while grown < len(doc) and doc[grown].is_title and not doc[grown].is_sent_start and \
                doc[grown].ent_type_ in ("", "ORG") and doc[grown].lower_ not in _NAME_PREPOSITIONS:
            grown += 1
    return grown if grown > at else end


def _an_author(doc: Doc, start: int, end: int) -> bool:
    """"Adair Turner's full report", "Rosa Vance's new book": a name of two plain words (no body's, role's,
    place's or outlet's word among them, no body the lexicon knows) that owns a report or a book is its
    author's, a person's."""
    words = doc[start:end]
    if len(words) != 2 or end >= len(doc) or doc[end].tag_ != "POS" or words[-1].dep_ != "poss" or \
            words[-1].head.lower_ not in DOCUMENT_NOUNS:
        return False
    name = words.text
    return all(t.tag_ == "NNP" and t.is_title and t.lower_ not in ROLE_WORDS | INSTITUTION_WORDS | PEERAGE and
               not t.lower_.endswith(("al", "ic", "an", "ed")) for t in words) and \
        name not in towns() and name.casefold() not in place_levels() and not is_media(name) and \
        name.casefold() not in org_aliases() and words[0].text not in towns()


def _widen_over_connectors(doc: Doc, start: int) -> int:
    """"Public and Commercial Services Union", "Department for Education and Skills": the model
    often starts an organisation's name after a small word inside it; take the capitalised
    words before it back in."""
    i = start
    if doc[start].lower_ == "the":
        return start  # "Gavi and the Gates Foundation": a name with its own article starts there
    # ("Ashok Vishwanathan of Operation Black Vote", "Mr Vishwanathan": a person of a body, not its name)
    people = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e if t.is_title}
    while i >= 2 and doc[i - 1].lower_ in CONNECTORS and doc[i - 1].ent_type_ == "" \
            and not (doc[i - 1].lower_ == "of" and (doc[i - 2].text in people or is_first_name(doc[i - 3].text) and i >= 3)):
        before = i - 1
        j = before
        while j > 0 and doc[j - 1].is_title and doc[j - 1].ent_type_ == "" and not doc[j - 1].is_sent_start \
                and doc[j - 1].lower_ not in ROLE_WORDS and doc[j - 1].pos_ in ("PROPN", "NOUN", "ADJ") \
                and not (j >= 2 and f"{doc[j - 2].lower_} {doc[j - 1].lower_}" in ROLE_WORDS) \
                and before - j < 3:  # ("Chief Executive of X Trust": a role of the body, not its name)
            j -= 1
        if j == before:
            break
        i = j
    return i


DEPARTMENT_WORDS = frozenset({"department", "ministry", "office", "secretary"})


def _programme_titles(ents: list[Span]) -> list[Span]:
    """"Sunday with Hartley", "Breakfast with Frost": a capitalised word, "with" and a name, inside
    a sentence, is the title of a programme or a column, not a mention of the person."""
    out = []
    for ent in ents:
        doc, i = ent.doc, ent.start
        if ent.label_ in ("PERSON", "ORG") and i >= 2 and doc[i - 1].lower_ == "with" and doc[i - 2].is_title \
                and not doc[i - 2].is_sent_start and doc[i - 2].ent_type_ in ("", "DATE", "TIME") \
                and doc[i - 2].lower_ not in ROLE_WORDS and doc[i - 2].pos_ != "VERB":
            out.append(Span(doc, i - 2, ent.end, label="WORK_OF_ART"))
        else:
            out.append(ent)
    return filter_spans(out)


def _initials_after(ent: Span) -> str | None:
    """The capitals in brackets right after a name ("(SIFF)"), or None."""
    doc = ent.doc
    i = ent.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper() \
            and len(doc[i + 1].text) >= 3:
        return doc[i + 1].text
    return None


def _join_split_names(ents: list[Span]) -> list[Span]:
    """One organisation's name the model cut in two at a small word: "Public" + "and" +
    "Commercial Services Union", "Department for Education" + "and" + "Skills"; not a news outlet's,
    a name of its own ("ICM for BBC News": a pollster and the outlet it polled for). A department's
    name runs to its list's last item: "Department for Culture" + "," + "Media" + "and" + "Sport" (a
    comma joins a one-word item that the list goes on after)."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        doc = ent.doc
        department = prev is not None and any(t.lower_ in DEPARTMENT_WORDS for t in prev) and len(ent) == 1 and ent[0].is_title
        listed = department and ent.end < len(doc) and doc[ent.end].lower_ in (",", "and", "&")  # ("Culture, Media and")
        if prev is not None and prev.label_ == ent.label_ == "NORP" and ent.start == prev.end and len(prev) == 1 \
                and prev.root.dep_ in ("compound", "amod") and prev.root.head.i == ent.root.i and ent[-1].text.endswith("s"):
            # "British" + "Jews", "Irish" + "Catholics": a people of a place, one group, not its last word
            ent = Span(ent.doc, prev.start, ent.end, label="NORP", span_id=prev.id_)
            out.pop()
            prev = out[-1] if out else None
        if prev is not None and prev.label_ == "ORG" and ent.label_ == "NORP" and ent.start == prev.end + 1 and \
                doc[prev.end].lower_ == "of" and prev[-1].is_title and ent[-1].text.endswith("s") and \
                "gazetteer" not in (prev.ent_id_, ent.ent_id_):
            # "the Board of Deputies" + "of" + "British Jews": a body named for the people it stands for
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG", span_id=prev.id_)
            continue
        if prev is not None and ent.start == prev.end + 1 and doc[prev.end].lower_ in ("or", "and", "&") and \
                _initials_after(ent) is not None and \
                _initials_after(ent) == initials(doc[prev.start + (prev[0].lower_ == "the") : ent.end].text):
            # "Successor Identification Friend" + "or" + "Foe" + "(SIFF)": initials after a name that spell
            # the words on both sides of its "or" or "and" say they are one name
            out[-1] = Span(ent.doc, prev.start, ent.end, label=prev.label_, span_id=prev.id_)
            continue
        if prev is not None and prev.label_ == ent.label_ == "ORG" and ent.start == prev.end + 1 \
                and (doc[prev.end].lower_ in CONNECTORS or doc[prev.end].text == "," and listed) \
                and ent[0].lower_ != "the" and "gazetteer" not in (prev.ent_id_, ent.ent_id_) \
                and not is_media(ent.text) \
                and ((len(prev) == 1 and ent[-1].lower_ in INSTITUTION_WORDS) or department):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG", span_id=prev.id_)
        else:
            out.append(ent)
    return out


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token i is a hyphen inside a word ("in-waiting"): no space on either side."""
    return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_


def _hyphenated_start(doc: Doc, end: int) -> int:
    """The first token of the hyphenated word that ends before token `end`."""
    j = end - 1
    while j >= 2 and _glued_hyphen(doc, j - 1):
        j -= 2
    return j


def _role_word_hyphenated(doc: Doc, end: int) -> bool:
    """Whether the hyphenated word ending before token `end` names a role: a role word in it, or a
    noun at its end ("co-ordinator", "son-in-law", "chancellor-in-waiting", "MP-elect")."""
    parts = [t for t in doc[_hyphenated_start(doc, end) : end] if t.text != "-"]
    words = [t.lower_ for t in parts]
    return bool(set(words) & ROLE_WORDS) or "".join(words) in ROLE_WORDS or \
        parts[-1].pos_ == "NOUN" and parts[-1].is_lower and not parts[0].like_num


def predicative(doc: Doc, i: int) -> bool:
    """Whether the role words starting at token i are what someone may be, not their title: after
    "how good a", "so strong a", "such a" ("how good a prime minister Gordon Brown will make")."""
    return i >= 2 and doc[i - 1].lower_ in ("a", "an") and (doc[i - 2].pos_ in ("ADJ", "ADV") or doc[i - 2].lower_ == "such")


def _coordinated_first(doc: Doc, i: int, ent: Span) -> int | None:
    """The first of nouns joined by "and" (or "&", commas between) that end right before token i and
    premodify the role the name's title runs on to: "work" of "work and pensions minister", "Culture" of
    "Culture, Media and Sport Secretary"; None when token i starts no such coordination (not "Mr Blair
    and Liberal Democrat leader Charles Kennedy": the first noun there is another name, not the role's)."""
    if i < 2:
        return None
    last = doc[i - 1]
    cc = next((t for t in doc[last.head.i : last.i] if t.lower_ in ("and", "&")), None) \
        if last.dep_ == "conj" and last.pos_ in ("NOUN", "PROPN") and i - 6 <= last.head.i < last.i else None
    if cc is not None:
        # "Trade and Industry Secretary", "Indigenous and Northern Affairs Minister": the last noun the
        # conjunct of the first, which heads the pair
        i = cc.i + 1
    if doc[i - 1].lower_ not in ("and", "&") or doc[i - 1].dep_ != "cc":
        return None
    # the noun before "and": the parser makes it the first conjunct ("Work" of "Work and pensions minister")
    # or the "and"'s head
    first = doc[i - 2]
    while first.i >= 2 and doc[first.i - 1].text == "," and doc[first.i - 2].pos_ in ("NOUN", "PROPN", "ADJ") \
            and first.i - 2 >= i - 6:
        first = doc[first.i - 2]  # "Culture, Media and Sport"
    words = [t for t in doc[first.i : i - 1] if t.text != ","]
    # (a role's word written with a capital in a portfolio's list is the portfolio's: "Justice and Home Affairs
    # Commissioner", "Children, Young People and Families Minister")
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.ent_type_ in ("PERSON", "GPE", "NORP")
           or t.lower_ in ROLE_WORDS and not (t.is_title and t.dep_ in ("compound", "nmod") and not t.is_sent_start)
           or t.lower_ in PEOPLE_NOUNS or t.is_sent_start and t.i != first.i
           or any(c.dep_ in ("det", "poss") for c in t.children) for t in words) or \
            first.i > 0 and doc[first.i - 1].tag_ == "POS":
        # (not "Mr Blair and Liberal Democrat leader Charles Kennedy": another name before "and"; nor "TV
        # host and East Midlands MEP X", "an attack on Labour's record and party leader X": another person's
        # noun, or a noun phrase of its own, an owner's, before it)
        return None
    # each noun modifies a word of the role or of the name, or is joined to one that does: one title ("Tory
    # leader X and deputy leader Y" joins no roles)
    return first.i if all(i <= t.head.i < ent.end or first.i <= t.head.i < i for t in words) and \
        any(i <= t.head.i < ent.end for t in words) else None


def _owning_body(doc: Doc, i: int) -> int | None:
    """Where a body's name starts that owns the words from token i ("the Liberal Democrats'" before
    "president"), its "the" left out; None when no body's possessive is right before them."""
    if i < 2 or doc[i - 1].tag_ != "POS" or doc[i - 2].ent_type_ != "ORG":
        return None
    start = i - 2
    while start > 0 and doc[start - 1].ent_type_ == "ORG" and doc[start].ent_iob_ != "B":
        start -= 1
    return start + (1 if doc[start].lower_ == "the" and start < i - 2 else 0)


def _a_title_s_body(doc: Doc, start: int) -> int | None:
    """Where a title's "to", "of" or "for" stands when a body's name (up to four capitalised words, "the"
    before them) runs from it to a person's name at `start`: "Chief Secretary to the Treasury Paul Boateng",
    "Secretary of State for Health Ann Lee"; None if no title's body ends there."""
    j = start
    while j > 0 and start - j < 4 and doc[j - 1].is_title and doc[j - 1].ent_type_ != "PERSON":
        j -= 1
    # "Minister for Children, Young People and Families Jo Hale": the portfolio a title's "for" names may be a
    # list of capitalised nouns joined by commas and "and", each of its items the title's (whatever the model
    # took an item for)
    if j >= 3 and doc[j - 1].lower_ in (",", "and", "&"):
        k = j
        while k >= 2 and start - k < 10 and (doc[k - 1].lower_ in (",", "and", "&") and doc[k - 2].is_title
                                             or doc[k - 1].is_title and doc[k - 1].lower_ not in ("for", "of", "to")):
            k -= 1
        if k >= 2 and doc[k - 1].lower_ == "for" and doc[k - 2].is_title and doc[k - 2].lower_ in ROLE_WORDS:
            j = k
    if j == start:
        return None
    if j > 0 and doc[j - 1].lower_ == "the":
        j -= 1
    if j < 2 or doc[j - 1].lower_ not in ("to", "of", "for") or not doc[j - 2].is_title:
        return None
    if doc[j - 2].lower_ in ROLE_WORDS:
        return j - 1
    if doc[j - 2].lower_ == "state" and j >= 4 and doc[j - 3].lower_ == "of" and doc[j - 4].lower_ in ROLE_WORDS:
        return j - 3  # "Secretary of State for Health", "Minister of State for External Affairs"
    return None


# a referendum's side's nouns: "Yes" or "No" before one names the side ("the Yes campaign", "a No campaigner")
_A_SIDE_S_NOUNS = frozenset("campaign campaigner campaigners camp side".split())


# participles before an office that say when it is held: "founding chairman" (held at the start, not
# now), "outgoing president", "acting head"; the parser reads them as verbs, yet they are the role's
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
WHEN_HELD = frozenset("founding outgoing acting retiring departing incoming serving sitting".split())


def role_before(ent: Span) -> Span | None:
    """The role words in the same noun phrase before a name: 'Congress President' Sonia Gandhi."""
    doc = ent.doc
    i = ent.start
    hopped = via_letters = False
    body = _a_title_s_body(doc, ent.start)
    if body is not None:
        i, hopped = body, True  # "Chief Secretary to the Treasury Paul Boateng": the title's body is the title's
    while i > 0:
        prev = doc[i - 1]
        # "deputy minister for women Jacqui Smith", "Secretary of State Ann Lee": a role's own "for"
        # or "of" phrase is the role's, once
        if not hopped and prev.lower_ in ("for", "of") and i < ent.start and i >= 2 and doc[i - 2].lower_ in ROLE_WORDS:
            if any(t.lower_ in ROLE_WORDS for t in doc[i : ent.start]):
                break  # "a spokesman for Health Secretary John Reid": a title after "for" is the name's, the role before another's
            hopped = True
            i -= 1
            continue
        joined = _coordinated_first(doc, i, ent) if i < ent.start else None
        if joined is not None:
            # "Work and pensions minister Alan Johnson", "Culture, Media and Sport Secretary Tessa Jowell":
            # nouns joined by "and" before a role's head are one title, the role whole
            i = joined
            continue
        if i >= 3 and _glued_hyphen(doc, i - 2) and _role_word_hyphenated(doc, i):
            # "the chancellor-in-waiting Paul Okonjo", "Tory co-chairman": a hyphenated word naming
            # a role is one word of it (not "world-famous", "five-year-old"; "ex-Tory" is read as before)
            i = _hyphenated_start(doc, i)
            continue
        if i < ent.start and prev.pos_ == "VERB" and (prev.is_lower or prev.is_sent_start and prev.lower_ in WHEN_HELD) \
                and prev.lower_ in ROLE_WORDS | WHEN_HELD and \
                any(t.lower_ in ROLE_WORDS for t in doc[i : ent.start]):
            # "shadow chancellor Oliver Letwin": a role's own word the parser took for a verb is the
            # role's ("chancellor" alone is another office, an untrue one)
            i -= 1
            continue
        if i < ent.start and prev.text in ("Yes", "No") and doc[i].lower_ in _A_SIDE_S_NOUNS:
            # "Yes campaign chairman John Tomkins", "No campaigner Neil Hern": a referendum's side names the
            # campaign (the parser reads "Yes" as an interjection, "No" as a determiner)
            i -= 1
            continue
        if i < ent.start and prev.lower_ == "of" and i >= 2 and doc[i].is_title and doc[i - 2].is_title and \
                doc[i - 2].lower_ in BODY_WORDS | INSTITUTION_WORDS:
            # "Association of Chief Police Officers president Chris Fox": the "of" is the body's name's, and the
            # role is its office, whole (not "Chief Police Officers president")
            i -= 2
            continue
        if prev.is_punct or prev.pos_ in ("DET", "ADP", "VERB", "AUX", "PRON", "CCONJ", "SCONJ") or prev.is_space:
            break
        if prev.lower_ in WEEKDAYS and prev.ent_type_ in ("DATE", "TIME", "") and doc[i].is_lower:
            # "On Monday school inspection chief Ann Lee": a day is when, no word of an office (not "Sunday
            # Times editor X", a paper's name)
            break
        if i == ent.start and prev.dep_ == "conj" and prev.is_title and prev.lower_ in ROLE_WORDS and \
                prev.head.i < ent.start and prev.head.ent_type_ == "PERSON":
            # "Aid minister Hilary Benn and Deputy Prime Minister John Prescott": the parser coordinated the
            # title with the name before; a title right before a name is that name's
            i -= 1
            continue
        # ("Barrister Keshav Rao QC": the parser may hang the role and the name on the letters after it)
        letters = prev.head.i == ent.end and prev.head.text.isupper() and prev.head.lower_ in POSTNOMINALS
        via_letters = via_letters or letters
        if (prev.head.i < ent.start or prev.head.i >= ent.end) and not letters:
            if not (prev.head.i < ent.start and prev.head.i >= i - 1) and not (hopped and prev.head.i >= i - 1):
                break
        i -= 1
    owner = _owning_body(doc, i) if i < ent.start else None
    if owner is not None and any(t.lower_ in ROLE_WORDS for t in doc[i : ent.start]):
        i = owner  # "the Liberal Democrats' president Simon Hale": the body's office, whole
    span = doc[i : ent.start]
    if predicative(doc, i):
        return None  # "how good a prime minister Gordon Brown will make": what he may be, not his title
    # (a description hung on the letters names an office: "Barrister X QC", not "Fellow guest X MP")
    if span and any(t.lower_ in ROLE_WORDS or (t.pos_ == "NOUN" and t.is_lower and not via_letters) for t in span):
        return span
    return None


# last words that make a name an organisation's or a place's, whatever its first word
# ("Virginia Tech", "Jordan Valley"): a first name in front of them is no evidence of a person
INSTITUTION_WORDS = frozenset("""university college school tech institute party group post times news bank
    council committee commission foundation company corporation corp inc ltd club league association union
    agency department ministry office trust fund hospital airport station valley county city state river
    street square park center centre house court mountain mountains island islands hotel heights hills
    springs falls beach bay harbor harbour port lake creek alliance assembly federation coalition movement
    campaign network society police courier tribune examiner ledger herald gazette chronicle""".split())


# last words of bodies' names that are nobody's surname (unlike a place's word: "Dennis Hills", "Anne Park")
BODY_WORDS = frozenset("""university college school institute party council committee commission foundation company
    corporation corp inc ltd club league association union agency department ministry trust fund hospital alliance
    assembly federation coalition movement network society police authority parliament board government""".split())


# the words of a chamber's or a meeting's name: "the Commons", "the Senate", "a party conference"
CHAMBER_WORDS = frozenset("parliament commons lords assembly senate congress conference".split())


# nouns that say a name after them is a body's: "industry body ELSPA", "the watchdog Ofcom"
BODY_NOUNS = BODY_WORDS | lexicon.words("body_nouns")


def _initials_of_bodies(ents: list[Span]) -> frozenset[str]:
    """The initials of the bodies the story names in three words or more ("ACPO" of the Association of
    Chief Police Officers)."""
    return frozenset(initials(e.text.removeprefix("the ").removeprefix("The ")) for e in ents
                     if e.label_ == "ORG" and len(e) >= 3)


def names_a_body(name: str) -> bool:
    """A name of two words or more whose last word is a body's, or its plural ("Law Society", "Electoral
    Commission", "Kelby Colleges"): an organisation's, whoever speaks for it."""
    words = name.split()
    last = words[-1].casefold() if words else ""
    return len(words) >= 2 and (last in BODY_WORDS or last.removesuffix("s") in BODY_WORDS
                                or (last.endswith("ies") and last[:-3] + "y" in BODY_WORDS))


# Evidence that a name is a person's, weighed against the model's label (one vote a mention).
# Strong evidence alone can settle a name; a speech verb supports it (organisations speak too).
EVIDENCE = {"role_before": 4, "honorific": 4, "age": 4, "first_name": 3, "apposed": 4, "speaks": 2}
STRONG = frozenset({"role_before", "honorific", "age", "first_name", "apposed"})


def _age_after(ent: Span) -> bool:
    """"Kishor, 45, said": a bare number after a comma is a person's age."""
    doc = ent.doc
    i = ent.end
    if i + 1 >= len(doc) or doc[i].text != "," or not doc[i + 1].like_num or not doc[i + 1].text.isdigit():
        return False
    if not 16 <= int(doc[i + 1].text) <= 110:
        return False
    nxt = doc[i + 2] if i + 2 < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "SYM") and nxt.text != "%"


def _person_evidence(ent: Span) -> list[str]:
    """What, beside the model's label, says this mention names a person."""
    doc = ent.doc
    found = []
    role = role_before(ent)
    # (not "Premier League side Burnley": a role whose head is a body's noun is a body's description)
    if role is not None and any(t.lower_ in ROLE_WORDS for t in role) and ent[0].pos_ == "PROPN" \
            and role[-1].lower_ not in BODY_NOUNS:
        found.append("role_before")
    if ent.start > 0 and doc[ent.start - 1].lower_ in HONORIFICS:
        found.append("honorific")
    if _age_after(ent):
        found.append("age")
    words = [t for t in ent if not t.is_punct]
    if 2 <= len(words) <= 3 and all(t.is_title for t in words) and words[-1].lower_ not in INSTITUTION_WORDS \
            and ent.text.lower() not in place_levels() and not a_town(ent) and is_first_name(words[0].text) \
            and not (ent.start > 0 and of_place(doc[ent.start - 1])):  # people are not *in* someone
        found.append("first_name")
    head = ent.root.head
    if ent.root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in SPEECH_VERBS:
        found.append("speaks")
    if _apposed_to_a_person_noun(ent) or _relative_who(ent):
        found.append("apposed")
    return found


def _relative_who(ent: Span) -> bool:
    """"Jos, who raced for ten years": a relative clause on "who" is about a person (a place is "where"
    or "which"), and so is a kin noun's name after its comma ("said his father, Jos,")."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].lower_ in KIN_NOUNS \
            and doc[ent.start - 2].tag_ == "NN":
        return True
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("who", "whom", "whose") \
        and doc[ent.end + 1].head.head.i in range(ent.start, ent.end) \
        and doc[ent.end + 1].head.tag_ != "VBP"  # (not "experts, like Migration Watch, who come ...": a plural's)


_AGENT_ENDINGS = ("er", "or", "ist", "ian")


def _apposed_to_a_person_noun(ent: Span) -> bool:
    """"a British lecturer, Dennis Hills", "Dennis Hills, a retired teacher": a name in apposition to
    a noun for a person is a person's, whatever its last word ("Hills" names places too). A noun of
    a role or for people counts; one of an agent's shape ("lecturer", "novelist") counts beside a
    first name."""
    root = ent.root
    nouns = [root.head] if root.dep_ == "appos" and root.head.i < ent.start else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
    for noun in nouns:
        if noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lower_ in KIN_NOUNS:
            return True  # "his father, Jos", "daughter Victoria": a relative is a person, whatever else the name is
        # (one person is apposed to a singular noun: "people, mainly Jews" names a people)
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.tag_ != "NN" or len(ent) < 2:
            continue
        before = noun.doc[noun.i - 1] if noun.i > 0 else None
        # ("Maeve Sherlock, chief executive of the Refugee Council": a role of two words, "chief executive")
        two = f"{before.lower_} {noun.lower_}" if before is not None and before.head.i == noun.i else ""
        if noun.lower_ in ROLE_WORDS or noun.lower_ in PEOPLE_NOUNS or two in ROLE_WORDS:
            return True
        if noun.lower_.endswith(_AGENT_ENDINGS) and is_first_name(ent[0].text):
            return True
    return False


def _after_locative(ent: Span) -> bool:
    """A name governed by a preposition no person follows: "in Kent", "at Gatwick", "travel to Kyiv", and
    past an adjective of the name's own ("in nearby Pengam", "in rural Kelby Green"); not past "the" ("in
    the Cabinet", "in the Budget": a body's or a thing's name)."""
    if ent.start == 0 or ent.root.dep_ != "pobj":
        return False
    before = ent.doc[ent.start - 1]
    if before.pos_ == "ADJ" and before.head.i == ent.root.i and ent.start >= 2:
        before = ent.doc[ent.start - 2]
    return of_place(before, people_too=False)


def _seat_or_home(ent: Span) -> bool:
    """"the MP for Grantham and Stamford", "a doctor from Bolton": a member's seat, someone's home town."""
    if ent.start == 0 or ent.root.dep_ not in ("pobj", "conj"):
        return False
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "for Sittingbourne and Sheppey": the list's first name is governed
    prep = first.head if first.dep_ == "pobj" else None
    return prep is not None and ((prep.lower_ == "for" and prep.head.lower_ in SEAT_HOLDERS)
                                 or (prep.lower_ == "from" and prep.head.pos_ == "NOUN" and prep.head.lower_ in PEOPLE_NOUNS)
                                 or _from_after_an_age(prep)
                                 # "Bob Wellington, of Torfaen,": the place a named person is of (not a
                                 # body he is of: "David Page, of Investec Securities,")
                                 or (prep.lower_ == "of" and prep.head.ent_type_ == "PERSON" and prep.head.pos_ == "PROPN"
                                     and ent.label_ != "ORG" and len(ent) <= 2 and not names_a_body(ent.text)
                                     and prep.i > 0 and prep.doc[prep.i - 1].text == "," and ent.end < len(ent.doc)
                                     and ent.doc[ent.end].is_punct))


def _apposed_to_a_place_noun(ent: Span) -> bool:
    """"Kelby Green, a mining village,", "Elmside, the neighbourhood around the stadium,": a name the story
    itself calls a town, a village or a neighbourhood, in apposition, is that place's."""
    root = ent.root
    if any(c.dep_ == "appos" and c.is_lower and c.lower_ in PLACE_NOUNS for c in root.children):
        return True
    head = root.head
    return root.dep_ == "appos" and head.i < ent.start and head.is_lower and head.lower_ in PLACE_NOUNS


def _from_after_an_age(prep) -> bool:
    """"Ann Lee, 52, from Kelby Green,": the "from" after a named person and their age, set off by commas as
    the news prints who someone is, is where the person lives."""
    doc, i = prep.doc, prep.i
    return prep.lower_ == "from" and i >= 4 and doc[i - 1].text == "," and doc[i - 2].like_num and \
        doc[i - 3].text == "," and doc[i - 4].ent_type_ == "PERSON"


# members of a house sit *for* a place: "the MP for Grantham and Stamford"
SEAT_HOLDERS = frozenset("mp mps mep meps msp msps am ams mla mlas mpp mpps member members candidate candidates "
                         "seat councillor councillors".split())


# nouns for places: a name given as an example of one is a place ("towns including Wrexham")
PLACE_NOUNS = frozenset("town towns city cities village villages constituency constituencies seat seats county "
                        "counties region regions province provinces port ports district districts borough boroughs "
                        "ward wards suburb suburbs neighbourhood neighbourhoods neighborhood neighborhoods".split())


# a party's seats are the party's ("a Labour seat"): no place noun that makes a name before it a place's
SEAT_NOUNS = frozenset("constituency constituencies seat seats ward wards".split())


def _example_of_places(ent: Span) -> bool:
    """"towns and cities including Cardiff, Bangor and Wrexham", "ports like Peterhead": a name given
    as an example of a kind of place is a place."""
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ not in ("including", "like", "as"):
        return False
    noun = first.head.head
    if noun.lower_ == "such":
        noun = noun.head
    return noun.lower_ in PLACE_NOUNS or any(c.lower_ in PLACE_NOUNS for c in noun.conjuncts)


def _listed_with(ent: Span) -> str | None:
    """The kind of the names a one-word name is listed with: "Cardiff, Bangor, Aberystwyth and
    Wrexham" are towns, "Age Concern, Mencap and the National Autistic Society" bodies."""
    # a place's name, a region's and a site's are all places: "Heathrow, Stansted and Luton airports"
    labels = Counter("GPE" if c.ent_type_ in ("LOC", "FAC") else c.ent_type_ for c in ent.root.conjuncts if c.ent_type_)
    if len(ent) != 1 or not labels:
        return None
    label, n = labels.most_common(1)[0]
    return label if label in ("GPE", "ORG") and n > 2 * labels["PERSON"] else None


def seat_home_or_example(ent: Span) -> bool:
    """A name the story's words make a place, whatever its label: a member's seat or someone's home
    town ("the MP for Torbay", "a doctor from Bolton"), or an example of a kind of place ("towns
    including Wrexham")."""
    return _seat_or_home(ent) or _example_of_places(ent)


def _before_its_region(ent: Span) -> bool:
    """"Dartmouth, Ont.", "Salem, Oregon": a name followed by a comma and a known region or country
    (not its possessive: "Ann Lee, Ontario's health minister") is a town in it."""
    doc, i = ent.doc, ent.end
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].ent_id_ != "place" or ent.label_ == "GPE":
        return False
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I" or j == i + 1:
        j += 1
    return j >= len(doc) or (doc[j].tag_ != "POS" and (doc[j].is_punct or doc[j].is_space))


def _vote(votes: dict[str, Counter], ent: Span, bodies: frozenset[str] = frozenset()) -> None:
    weight = 3 if ent.label_ == "PERSON" and len(ent) >= 2 else 1
    votes[ent.text][ent.label_] += weight
    keys = {ent.text, ent[-1].text}
    if ent.label_ == "PERSON" and len(ent) >= 2:
        # a lone first name or surname later refers to this person
        votes[ent[0].text]["PERSON"] += 3
        votes[ent[-1].text]["PERSON"] += 3
        keys.add(ent[0].text)
        for key in keys:
            votes[key]["strong"] += 1
            if key != ent.text and not a_town(ent):
                votes[key]["person"] += 1  # "Michael Howard" says who a lone "Howard" is, whatever towns are so called
        if is_first_name(ent[0].text) and ent[-1].text != ent[0].text and ent[-1].is_title:
            votes[ent[-1].text]["full name"] += 1  # (not "Carson CNN": a surname is no acronym)
    elif len(ent) >= 2 and is_first_name(ent[0].text):
        if set(_person_evidence(ent)) & STRONG:
            votes[ent[-1].text]["full name"] += 1  # "GOP presidential candidate Carly Fiorina" (ORG): a person's all the same
        else:
            votes[ent[-1].text]["named in full otherwise"] += 1  # "Carly Fiorina" (ORG) beside "Frank Fiorina"
    votes[ent.text]["mentions"] += 1
    located = False
    if _after_locative(ent):
        votes[ent.text]["GPE"] += 4  # "derailed in Croydon", "travel to El Paso": people are not *in* someone
        located = True
    if _seat_or_home(ent) or _before_its_region(ent) or _example_of_places(ent) or _apposed_to_a_place_noun(ent):
        votes[ent.text]["GPE"] += 4  # "the MP for Torbay", "a doctor from Bolton", "Dartmouth, Ont."
        votes[ent.text]["placed"] += 1
        located = True
    if located:
        votes[ent.text]["located"] += 1
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.is_lower and after.lower_ in PLACE_NOUNS - SEAT_NOUNS and ent.root.head.i == after.i \
            and ent.root.dep_ in ("compound", "nmod"):
        votes[ent.text]["GPE"] += 4  # "Tower Hamlets borough", "Hebei province": the place a place noun names
        votes[ent.text]["placed"] += 1
    if ent.start >= 2 and doc[ent.start - 1].text == "(" and doc[ent.start - 2].ent_type_ == "ORG" and \
            ent.end < len(doc) and doc[ent.end].text == ")":
        votes[ent.text]["ORG"] += 4  # "the Global Fund for Clean Water (GFCW)": a body's short form, in brackets after it
        votes[ent.text]["body"] += 1
    if ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "GPE" and len(ent) == 1 \
            and (ent.end == len(doc) or doc[ent.end].is_punct and doc[ent.end].tag_ != "POS"):
        votes[ent.text]["GPE"] += 4  # "in Chatham, Kent.": a place after a place and a comma is its region
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("and", "&") and doc[ent.start - 2].is_title and \
            doc[ent.start - 2].lower_.rstrip(".") in _NAME_ENDS:
        votes[ent.text]["ORG"] += 4  # "Amnesty International and Liberty": one listed with a body by its kind's word
        votes[ent.text]["body"] += 1
    before = doc[ent.start - 1] if ent.start else None
    called_a_body = False
    if before is not None and before.is_lower and before.lower_ in BODY_NOUNS and \
            (len(ent) == 1 or before.dep_ == "compound" or ent.root.dep_ == "appos" and ent.root.head.i == before.i):
        # ("Environmental group Transport 2000 said": the parser may hang the name on the noun as its apposition)
        called_a_body = True
        votes[ent.text]["ORG"] += 4  # "gaming industry body ELSPA", "agriculture department Defra": a body
        votes[ent.text]["body"] += 1
        votes[ent.text]["called a body"] += 1
    if len(ent) == 1 and ent.text[:1].isupper() and ent.text.upper() in bodies:
        votes[ent.text]["ORG"] += 4  # "Acpo" beside "the Association of Chief Police Officers": its initials
        votes[ent.text]["body"] += 1
    owned = ent.root.head
    if ent.label_ != "PERSON" and ent.root.dep_ == "poss" and (owned.ent_type_ == "PERSON" or owned.lower_ in ROLE_WORDS
                                                                or owned.lower_ in PEOPLE_NOUNS):
        votes[ent.text]["body"] += 1  # "Mercedes's world champion Lewis Hamilton", "Mercedes' chairman": a team or a firm
    if len(ent) == 1 and ent.root.dep_ == "poss" and \
            any(t.lower_ in PLACE_NOUNS for t in [owned, *(c for c in owned.children if c.dep_ == "compound")]):
        votes[ent.text]["GPE"] += 2  # "Slough's constituency association": a place's seat (a weak vote: MPs have seats too)
    listed = _listed_with(ent)
    if listed is not None:
        votes[ent.text][listed] += 2
    head = ent.root.head
    if ent.root.dep_ == "appos" and head.i < ent.start and head.is_lower and head.lower_ in INSTITUTION_WORDS or \
            any(c.dep_ == "appos" and c.i >= ent.end and c.is_lower and c.lower_ in INSTITUTION_WORDS for c in ent.root.children):
        votes[ent.text]["ORG"] += 4  # "the rural affairs ministry, Defra", "Railtrack, the company that ...": a body
        votes[ent.text]["body"] += 1
    if ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" \
            and ent.root.dep_ != "compound" \
            and ent[0].lower_ not in ROLE_WORDS:
        votes[ent.text]["ORG"] += 4  # "a consultant to the Tote": no one is called "the X"
    for kind in _person_evidence(ent):
        if kind == "speaks" and called_a_body:
            continue  # "Campaign group Roads 2010 said": the body the story calls it speaks, as bodies do
        for key in keys:
            votes[key]["PERSON"] += EVIDENCE[kind]
            votes[key]["person"] += 1  # (a speech verb too: a town says nothing, its council or its club does)
            if kind in STRONG:
                votes[key]["strong"] += 1


def _listed_with_bodies(ent: Span) -> bool:
    """"London Clubs, Rank Group and Stanley Leisure": a name the model took for a person, listed with two
    or more bodies and no person, is a body like them, unless the story gives it a person's title, role
    or apposition (a first name alone, "Stanley", says nothing against the list), or names it again by
    its last word, as a person is named again by surname ("Labour, the Tories and Charles Kennedy ...
    Mr Kennedy said")."""
    fellows = [c for c in ent.root.conjuncts if not (ent.start <= c.i < ent.end) and c.pos_ in ("NOUN", "PROPN")]
    kinds = [c.ent_type_ for c in fellows]
    last = ent[-1]
    return len(fellows) >= 2 and all(k == "ORG" for k in kinds) and \
        not set(_person_evidence(ent)) - {"first_name", "speaks"} and \
        not any(t.text == last.text and t.i != last.i for t in ent.doc)


def _settled(ent: Span, votes: dict[str, Counter]) -> str:
    label = _by_votes(ent, votes)
    if label == "PERSON" and len(ent) >= 2 and _listed_with_bodies(ent):
        return "ORG"
    if label == "PERSON" and ent.id_ != TITLED and names_a_body(ent.text):
        return "ORG"  # "Hereford Hospital Trust caused an outcry": a body by its last word, whatever it does
    if label == "PERSON" and ent.id_ != TITLED and len(ent) == 1 and is_media(ent.text) and \
            not any(t.text == ent.text and t.i > 0 and t.doc[t.i - 1].is_title for t in ent.doc):
        return "ORG"  # "a playbook published by Politico": an outlet by its one name, never after a first name here
    if label == "PERSON" and ent.id_ != TITLED:
        return _plural_name_s_label(ent) or label
    return label


def _plural_name_s_label(ent: Span) -> str | None:
    """The label of a name of two words or more that ends on a common noun's plural, which no one person's name
    does: a team, a firm or a people ("Dallas Cowboys", "Crosscut Strategies", "the Founding Fathers", "Ottoman
    Turks"). NORP for people (a people's, a family's or a nation's word), else ORG; None for a person's name. A
    census surname ("Hazel Blears" is no plural of "blear"; "Roger Ailes"), a title ("Lord Dubs") or a given name
    before it that is no town's ("Michael Mates"; not "Dallas", "Carolina") is a person's; a one-word name is left
    to the model ("Jobcentres" taken for a body would act)."""
    last = ent[-1].text
    if len(ent) < 2 or not (last.endswith("s") and last[:1].isupper() and last.isalpha()) or is_surname(last):
        return None
    if ent[0].lower_.rstrip(".") in HONORIFICS | PEERAGE | TITLES:
        return None
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.is_title and not before.is_sent_start:
        return None  # the end of a longer name ("the Kings Own Scottish Borderers"), which other rules settle
    if is_first_name(ent[0].text) and ent[0].text not in towns():
        return None
    one = last[:-3] + "y" if last.endswith("ies") else last[:-2] if last.endswith(("ches", "shes", "sses", "xes")) \
        else last[:-1]
    kinds = _parts_of_speech(one.lower())
    if "noun" not in kinds:
        return None
    # (a town's team is a body whatever its noun: "Cleveland Indians", not "Roman Catholics")
    team = ent[0].text in towns() and "adj" not in _parts_of_speech(ent[0].lower_)
    people = one.lower() in PEOPLE_NOUNS or one.lower() in KIN_NOUNS or "adj" in kinds or is_surname(one)
    return "NORP" if people and not team else "ORG"


def a_town(ent: Span) -> bool:
    """Whether a name, as written, is a town's or a city's the gazetteer knows (`gazetteer.towns`)."""
    return ent.text.strip(" ,.;:").removeprefix("the ").removeprefix("The ") in towns()  # ("of Auckland, New Zealand")


def _by_votes(ent: Span, votes: dict[str, Counter]) -> str:
    label = ent.label_
    if ent.id_ == TITLED:
        return "PERSON"  # "Lords Bingham, Steyn and Hope": people by their title
    if ent.ent_id_ in ("place", "gazetteer") or label not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
        return label
    if label == "PERSON" and len(ent) == 1 and ent.text.isupper() and 2 <= len(ent.text) <= 5 \
            and not ent.sent.text.isupper():
        label = "ORG"  # "BAA", "NUT": an acronym is a body's name, never a person's
    own = votes.get(ent.text, {})
    # a town's name the story gives no evidence of a person's or a body's ("Tony Martin, of Burnley",
    # "Oriel College, Oxford") is the town's, whatever the model took it for
    titled = label == "PERSON" and len(ent) >= 2 and ent[0].lower_.rstrip(".") in HONORIFICS | PEERAGE | TITLES | ROLE_WORDS
    # (one the model called a place stays one, whatever it is listed with: "Bristol and Leeds")
    if label in ("PERSON", "ORG", "GPE") and a_town(ent) and not own.get("person") and not own.get("body") and not titled:
        return "GPE"  # (not "Prince Edward": a title makes a name a person's)
    # a name the model took for a person that the story only ever puts somewhere, as where someone is, goes,
    # comes from or lives ("flew to Wadi Kessel", "sent to Perm 35", "Ann Lee, 52, from Upper Farrow"), and
    # never gives a person's evidence (a first name: "wrote in John Doe" is a vote), is a place: no one is
    # *in* someone or travels *to* them
    if label == "PERSON" and own.get("located", 0) == own.get("mentions", 0) > 0 and not own.get("person") \
            and not titled and not is_first_name(ent[0].text) and not names_a_body(ent.text):
        return "GPE"
    if label == "PERSON" and own.get("called a body") and not own.get("person") and not titled:
        return "ORG"  # "merchant bank Hambro Magan": a body by the noun the story gives it, whatever its names
    # ("GOP presidential candidate Carly Fiorina": a name in full the story itself gives a person's evidence, a
    # role before it or a first name, is a person's, however often the model took the surname alone for a firm)
    if len(ent) > 1 and label != "PERSON" and own.get("strong") and own.get("PERSON", 0) >= 3 and \
            own["PERSON"] > own.get(label, 0) and not own.get("called a body") and not names_a_body(ent.text):
        return "PERSON"
    tally = Counter(own)
    if len(ent) > 1:
        tally.update(votes.get(ent[-1].text, {}))
    strong = tally.pop("strong", 0)
    placed = tally.pop("placed", 0)
    tally.pop("person", 0)
    tally.pop("body", 0)
    tally.pop("called a body", 0)
    tally.pop("full name", 0)
    tally.pop("named in full otherwise", 0)
    tally.pop("mentions", 0)
    tally.pop("located", 0)
    if not tally:
        return label
    best, score = tally.most_common(1)[0]
    # ("Donald Trump ... Trump's campaign ... Trump said": a surname the story gives a person in full, with a first
    # name, is that person's in every lone mention the story calls no body, however often the model read it as
    # a firm; not a place's, "Washington" beside "George Washington"; nor where another name in full ends with it
    # that the model gave another label, "Carly Fiorina" read as a firm beside her husband "Frank Fiorina")
    if len(ent) == 1 and label in ("ORG", "PERSON") and own.get("full name") and not own.get("called a body") and \
            not own.get("named in full otherwise") and \
            ent.text.casefold() not in org_aliases():
        return "PERSON"
    # evidence that it is a person (a role noun before it, an age, a first name ...) wins over
    # the small model's guess of a firm or a place for a name it does not know
    if strong and tally["PERSON"] >= 3 and tally["PERSON"] >= score and label != "PERSON":
        return "PERSON"
    # a single-word name takes the label most of its mentions have ("Ferrari" ORG, not GPE)
    if len(ent) == 1 and best != label and score > tally[label] and best != "PERSON":
        return best
    # "the MP for Sheffield Brightside", "a nurse from Milton Keynes": a longer name the story
    # gives as a seat or a home town is a place, unless it ends in a body's word ("Scottish Borders Council")
    if best == "GPE" and label in ("ORG", "PERSON") and placed and score > tally[label] \
            and ent[-1].lower_ not in INSTITUTION_WORDS and not strong:
        return "GPE"
    return label


def _department_s_last_item(ent: Span) -> Span:
    """"the Department for Culture Media" + "and Sport": a department's name the model cut before its
    list's last item, a capitalised word after "and" that is no name of its own, runs to it."""
    doc, end = ent.doc, ent.end
    if ent.label_ == "ORG" and any(t.lower_ in DEPARTMENT_WORDS for t in ent) and end + 1 < len(doc) and \
            doc[end].lower_ in ("and", "&") and doc[end + 1].is_title and not doc[end + 1].ent_type_ and \
            doc[end + 1].pos_ in ("PROPN", "NOUN") and doc[end + 1].lower_ not in ROLE_WORDS and \
            (end + 2 >= len(doc) or not doc[end + 2].is_title):
        return Span(doc, ent.start, end + 2, label=ent.label_, span_id=ent.id_)
    return ent


_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s"})


def is_possessive(tok: Token) -> bool:
    """A possessive's mark: tagged so, or an "\u2019s" the tagger took for a closing quotation mark (the curly
    apostrophe of American pages is rarer in what the model learned from than the straight one)."""
    return tok.tag_ == "POS" or tok.lower_ in _POSSESSIVE_MARKS


def _owns(mark: Token) -> bool:
    """Whether a possessive's mark has a thing owned (or, as "is", a verb) after it: not "McDonald\u2019s and
    Walmart", "at McDonald's." (the mark is the name's own)."""
    nxt = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    return nxt is not None and (nxt.is_quote or not nxt.is_punct) and nxt.pos_ != "CCONJ"


def _a_person_s_name(words: Span) -> bool:
    """Whether capitalised words name a person: a first name and a surname, or a name the model gives a person
    elsewhere in the story, whole or as its last word ("Walsh" of "Marty Walsh")."""
    if not all(t.is_title or t.is_upper or t.is_punct for t in words) or not words[-1].is_alpha or \
            words[-1].lower_ in INSTITUTION_WORDS | BODY_WORDS:
        return False  # ("Christian Fellowship": a body's name, whatever its first word)
    if len(words) >= 2 and is_first_name(words[0].text):
        return True
    return any(e.label_ == "PERSON" for e in _named_elsewhere(words))


_THINGS_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})  # not a people's adjective ("Jewish")


def _named_elsewhere(words: Span) -> list[Span]:
    """The model's other names in the story that are these words or end with them, each without a possessive
    inside it (not the same name run over an owner again)."""
    text = words.text
    return [e for e in words.doc.ents if e.label_ in _THINGS_NAMED and (e.end <= words.start or e.start >= words.end) and
            (e.text == text or e.text.endswith(" " + text)) and not any(is_possessive(t) for t in e)]


def _no_name(words: Span) -> bool:
    """Whether what a possessive owns is no name of its own: a number, a word in lower case or a quotation
    mark ("Obama\u2019s 2008", "Rubio\u2019s party", "Trump\u2019s \u201cMake"), a month, or one adjective or
    common word that no body's name ends on ("Trump\u2019s Jewish", "Obama\u2019s Legacy"; not "Office",
    "Hospital")."""
    first = words[0]
    if not first.is_alpha or not (first.is_title or first.is_upper) or first.lower_.rstrip(".") in MONTHS:
        return True
    # (a word the story writes in lower case elsewhere, or not tagged a proper noun, is a common word;
    # "Alphabet's Google" is a name)
    common = an_english_word(first.lower_) and (first.tag_ != "NNP" or first.lower_ in _lower_case_words(words.doc))
    return len(words) == 1 and (first.tag_ == "JJ" or common) and \
        first.lower_ not in INSTITUTION_WORDS and not is_first_name(first.text)


def _at_possessive(ent: Span) -> Span:
    """A name the model ran over a possessive ("the Green Party\u2019s Jill Stein", "Obama\u2019s 2008", "George
    Will\u2019s", "\u2019s Clinton"): the owner is one name and what is owned another. A person owned is the
    name, the owner their affiliation ("National Review\u2019s Jonah Goldberg", "Boston\u2019s Walsh"); a thing
    owned that is no name (`_no_name`) leaves the owner's. A name owned by a first name ("Emily's List",
    "Robert\u2019s Rules") or a thing owned that is a name of its own ("Alphabet's Google", "Information
    Commissioner's Office") stays whole. An empty span: nothing of a name is left ("\u2019s Question")."""
    doc, start, end = ent.doc, ent.start, ent.end
    while start < end and (is_possessive(doc[start]) or doc[start].lower_ == "the" and start + 1 < end
                           and is_possessive(doc[start + 1])):
        start += 1  # the owner cut off before it ("the \u2019s Question")
    cut = start > ent.start
    while end > start + 1 and is_possessive(doc[end - 1]) and \
            (ent.label_ == "PERSON" or _owns(doc[end - 1]) or _a_person_s_name(doc[start : end - 1])):
        end -= 1  # "Barker's plan", "Trump\u2019s leading": a possessive or "is", no part of the name
    first = start + (doc[start].lower_ == "the") if start < end else start
    mark = next((t.i for t in doc[first + 1 : end - 1] if is_possessive(t) and _owns(t)), None)
    if mark is not None:
        owner, owned = doc[first:mark], doc[mark + 1 : end]
        # (a first name owns a body's or a place's name, "Emily's List", "Martha's Vineyard", and so do people,
        # "the Swiss People's Party", "Lawyers' Christian Fellowship"; a name named on its own elsewhere is a name)
        plural = owner[-1].tag_ in ("NNS", "NNPS") or owner[-1].lower_ in PEOPLE_NOUNS or doc[mark].text in ("'", "\u2019")
        if not plural and _a_person_s_name(owned):
            return Span(doc, owned.start, owned.end, label="PERSON", span_id=ent.id_)
        if not (len(owner) == 1 and is_first_name(owner[0].text)) and not plural and _no_name(owned) and \
                not _named_elsewhere(owned):
            start, end = owner.start, owner.end
    if cut and end - start == 1 and _no_name(doc[start:end]):
        end = start  # "\u2019s Question": a common word, no name
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_, span_id=ent.id_)


def _owner_of_a_thing(ent: Span) -> Span:
    """A person's title and name before a possessive inside a longer name are the owner's, and what
    follows is the thing owned ("Lord Dubs' Succession to the Crown Bill": Lord Dubs, a person)."""
    owner = next((t.i for t in ent[2:-1] if t.tag_ == "POS"), None)
    if owner is not None and ent[0].lower_.rstrip(".") in PEERAGE | HONORIFICS and \
            all(t.is_title for t in ent.doc[ent.start : owner]):
        return Span(ent.doc, ent.start, owner, label="PERSON", span_id=ent.id_)
    return ent


def _without_speech_verb(ent: Span) -> Span:
    """"Stated Stone:", "Added Reyes," (an inverted speech tag opening its sentence, the verb taken
    into the name by the model) names Stone and Reyes: a capitalised past form of a speech verb
    ("-ed": "Said" is also a first name, so it stays) does not start a name."""
    first = ent[0]
    word = first.lower_
    if (len(ent) > 1 and first.is_sent_start and first.is_title and word.endswith("ed")
            and (word[:-1] in SPEECH_VERBS or word[:-2] in SPEECH_VERBS)):
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_, span_id=ent.id_)
    return ent


# a finite verb or a modal: the tags of a clause's verb, never of a name's word ("VBP" is left out: a base
# form, as in a body's name that is a call to act, "Leeds Stand Up For Fairness")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "MD"})
# the relations by which a word heads or joins a clause as its verb, not as a name's word
_CLAUSE_DEPS = frozenset({"ROOT", "aux", "auxpass", "ccomp", "conj", "relcl", "advcl", "xcomp", "parataxis", "acl",
                          "pcomp", "csubj"})
_SHARE_WORDS = frozenset({"percent", "per", "%", "pc", "points"})


def _a_verb_s_form(t) -> bool:
    """Whether a word tagged as a finite verb has a verb's form: a modal, or a form the lemmatizer takes back
    to another stem that agrees with its tag (a present's "-s", a past's no "-s": "Sykes" is no past)."""
    if t.tag_ == "MD":
        return True
    word = t.lower_
    if t.lemma_.lower() == word:
        return False
    return word.endswith("s") if t.tag_ == "VBZ" else not word.endswith("s") or word == "was"


def _name_s_start(ent: Span) -> int:
    """Where a name starts, with the capitalised words before it that compound into it ("Laquon" of "Laquon
    Baxter", where the model took "Baxter" alone)."""
    doc, start = ent.doc, ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
            and doc[start - 1].dep_ == "compound" and ent.start <= doc[start - 1].head.i < ent.end:
        start -= 1
    return start


def _before_a_clause(ent: Span) -> Span | None:
    """A name holds no finite verb, no auxiliary and no figure: where the model ran a name on into a headline's
    or a sub-heading's words in title case ("Maria Hinojosa Explained Why", "Clinton Email Story Has Moved",
    "Trump Would Put Liberals On Court") or into a number after it ("Laquan McDonald 16", an age; "Trump 34
    percent", a share), the name ends before them: an age is a small number after a full name (a year after one
    word is a body's: "Transport 2000"). A word that is also a first name ("Theresa May", "Will")
    stays a name's, and so does a surname the tagger took for a verb without knowing it as one (a past or a
    present form with no verb's stem: "Paul Sykes"). What is left must still be a name: a proper noun, not ending in a word the story writes in
    lower case ("That Got Us Thinking" leaves no name, "Clinton Email Story Has Moved" a headline's nouns).
    A body's name may hold a figure ("Channel 4", "BBC Radio 5 Live"), unless a share follows it."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "NORP"):
        return ent  # (a date's, a number's or a place's words are no concern here)
    cut = None
    for t in ent[1:]:
        if t.tag_ in _FINITE_TAGS and t.dep_ in _CLAUSE_DEPS and t.text[:1].isupper() and not is_first_name(t.text) \
                and _a_verb_s_form(t):
            cut = t.i
            break
        if t.text[:1].isdigit() and t.tag_ == "CD" and (
                ent.label_ == "PERSON" and t.text.isdigit() and len(t.text) <= 3 and t.i - _name_s_start(ent) >= 2
                or t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _SHARE_WORDS):
            cut = t.i
            break
    if cut is None:
        return ent
    end = cut
    while end > ent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    rest = doc[ent.start:end]
    if not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
        return None  # "That Got Us Thinking": no name before the verb
    last = rest[-1]
    if len(rest) >= 2 and last.lower_ not in BODY_NOUNS and any(
            t.lower_ == last.lower_ and t.is_lower for t in doc):
        return None  # "Clinton Email Story Has Moved": a headline's nouns, no name
    return Span(doc, ent.start, end, label=ent.label_, span_id=ent.id_)


def capitalised_where_case_tells(doc: Doc) -> frozenset[str]:
    """The words (lower case) the story capitalises inside sentences of running text: its names."""
    return _capitalised_words(doc)


_CAPITALS_KEY = "briefing_capitalised_words"


def _capitalised_words(doc: Doc) -> frozenset[str]:
    """The words the story capitalises where case tells: inside a sentence of running text, not at its start
    and not in a title-case or all-capitals line."""
    found = doc.user_data.get(_CAPITALS_KEY)
    if found is None:
        lines: dict[int, bool] = {}
        words = set()
        for t in doc:
            if not t.is_alpha or not t.text[:1].isupper() or opens_a_sentence(t):
                continue
            line = line_of(doc, t.i)
            if line.start not in lines:
                lines[line.start] = case_tells_nothing(line)
            if not lines[line.start]:
                words.add(t.lower_)
        found = doc.user_data[_CAPITALS_KEY] = frozenset(words)
    return found


def _lower_case_words(doc: Doc) -> frozenset[str]:
    key = _CAPITALS_KEY + "_lower"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(t.lower_ for t in doc if t.is_alpha and t.is_lower)
    return doc.user_data[key]


# The model's lists of English words by part of speech (its lemmatizer's index, exceptions and rules for
# endings), handed over when the pipeline makes the component (make_entities): one model a process.
_WORD_LISTS: list[tuple[dict, dict, dict]] = []


def _word_lists_of(nlp: Language) -> tuple[dict, dict, dict]:
    lookups = nlp.get_pipe("lemmatizer").lookups
    pos = ("noun", "verb", "adj", "adv")
    index, exc, rules = (lookups.get_table(name, {}) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
    return ({p: frozenset(index.get(p, ())) for p in pos}, {p: dict(exc.get(p, {})) for p in pos},
            {p: list(rules.get(p, [])) for p in pos})


@functools.lru_cache(maxsize=4096)
def _parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech ("noun", "verb", "adj", "adv") the model's word lists know a lower-case word, or a
    form of it, as."""
    if not _WORD_LISTS:
        raise RuntimeError("briefing_entities: the model's word lists come with the component (load_nlp())")
    index, exc, rules = _WORD_LISTS[0]
    return frozenset(pos for pos in index if word in index[pos] or word in exc[pos] or
                     any(word.endswith(old) and word[: len(word) - len(old)] + new in index[pos] for old, new in rules[pos]))


def an_english_word(word: str) -> bool:
    """Whether a lower-case word, or a form of it ("laughs", "conflates", "begun"), is a common English word
    by the model's word lists. (The lists hold a few famous surnames too: "blair", "wallace".)"""
    return bool(_parts_of_speech(word))


def _in_a_heading_s_case(ent: Span) -> Span | None:
    """In a title-case or all-capitals line (a headline, a sub-heading, a caption) a capital is no sign of a
    name, so a "name" there is a name only as far as its words are names: a word the story capitalises where
    case tells (in running text, not opening a sentence), a known name, an abbreviation in capitals among
    title-case words, a first name before another capitalised word, or a word that is no ordinary English word
    (neither written in lower case in the story nor in the model's word lists: "OBAMA" in a heading in
    capitals). A first name or a surname the story also writes in lower case is an ordinary word ("With",
    "Will"); a first name vouches for the word after it as its surname only where the word lists know that
    word as a noun alone (the lists hold a few famous surnames: "HILLARY CLINTON"): a heading's verb or
    adjective is no surname ("Hillary Private Email Server", "Hillary Probe": Hillary), unless the story
    writes it with a capital in running text. The name ends before its first ordinary word or before a possessive ("Ted
    Cruz With George Wallace": Ted Cruz; "Obama's Legacy": Obama), and where its first word is an ordinary word
    there is no name ("Clinton Campaign Manager Laughs": "Laughs"; "His Fox News Nemesis Just Said": "Said"; a
    heading's "Small Steps Toward College Savings")."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG", "NORP") or not case_tells_nothing(line_of(doc, ent.start)):
        return ent
    capitalised = _capitalised_words(doc)
    in_capitals = all(t.is_upper for t in line_of(doc, ent.start) if t.is_alpha and len(t) >= 2)
    lower = _lower_case_words(doc)
    start = ent.start + (1 if ent[0].lower_ == "the" and len(ent) > 1 else 0)
    end = start
    after_first_name = False
    for t in doc[start:ent.end]:
        if t.tag_ == "POS":
            break
        if not t.is_alpha or t.is_lower:
            end = t.i + 1  # a figure, a hyphen, a connector ("of", "and"): the name's, if a name goes on after it
            continue
        named = t.lower_ in capitalised or t.ent_id_ == "gazetteer" or \
            t.is_upper and len(t) >= 2 and not in_capitals or \
            t.lower_ not in lower and (t.i + 1 < ent.end and doc[t.i + 1].text[:1].isupper() and is_first_name(t.text)
                                       or after_first_name and _parts_of_speech(t.lower_) <= {"noun"}) or \
            not (t.lower_ in lower or an_english_word(t.lower_))
        if not named:
            break
        # (a first name vouches for the one word after it, its surname, where the word lists know that word
        # as no verb, adjective or adverb: "HILLARY CLINTON IS", not "Hillary Private Server")
        after_first_name = not after_first_name and is_first_name(t.text) and t.i + 1 < ent.end and \
            doc[t.i + 1].text[:1].isupper()
        end = t.i + 1
    while end > start and (not doc[end - 1].is_alpha or doc[end - 1].is_lower):
        end -= 1
    if end == ent.end:
        return ent
    if end <= start or not any(t.pos_ == "PROPN" or t.is_upper for t in doc[start:end]):
        return None
    return Span(doc, start, end, label=ent.label_, span_id=ent.id_)


def _an_ordinary_word_opening(ent: Span, ents: list[Span]) -> bool:
    """A one-word "name" that opens a sentence is capitalised by its place, as a heading's words are by the
    heading's case ("Drama unfolds in the photo line", "Secrecy is not a stranger", "Exit polling showed"):
    it is a name only on the same evidence (`_in_a_heading_s_case`): the story
    capitalises it where case tells, the gazetteer or the parties know it, it is a body's own word
    ("Parliament will examine"), a first name, a surname or a word of another name the story gives ("Bush"
    beside "George Bush"), it owns something or says something ("Google said"), the story names it so more
    than once, or it is no ordinary English word ("Obama")."""
    if len(ent) != 1 or ent.label_ not in ("PERSON", "ORG"):
        return False  # (a people's word is capitalised wherever it stands: "Muslims and Christians marched")
    word = ent[0]
    doc = ent.doc
    if not opens_a_sentence(word) or not word.is_title or word.ent_id_ == "gazetteer" or is_first_name(word.text):
        return False
    if word.lower_ in _capitalised_words(doc) or word.lower_ in org_aliases() or is_media(word.text) or \
            word.lower_ in BODY_WORDS | CHAMBER_WORDS or is_surname(word.text):
        return False
    if any(len(other) > 1 and any(t.lower_ == word.lower_ for t in other) for other in ents):
        return False
    if sum(other.text == word.text for other in ents) > 1:
        return False  # (a common noun seldom opens two sentences of a story: "Hizbollah and Hamas have built")
    # (an owner's "'s" is a name's: "Unison's 800,000 workers"; so is a speaker: "Google said on Monday")
    if word.i + 1 < len(doc) and doc[word.i + 1].tag_ == "POS" or \
            word.dep_ in ("nsubj", "nsubjpass") and word.head.lemma_ in SPEECH_VERBS:
        return False
    return an_english_word(word.lower_)


def _bodies_named_for_places(ents: list[Span]) -> list[Span]:
    """"Wiltshire Police", "Cornwall Council", "Illinois Chamber of Commerce": a known place the
    gazetteer labelled, followed by the rest of a body's name, is that body's name."""
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        doc = ent.doc
        if ent.ent_id_ == "place":
            end = ent.end
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if nxt is not None and nxt.start == end and nxt.label_ == "ORG":
                out.append(Span(doc, ent.start, nxt.end, label="ORG"))
                i += 2
                continue
            while end < len(doc) and end - ent.end < 5 and not doc[end].ent_type_ and \
                    (doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN") or doc[end].lower_ in CONNECTORS):
                end += 1
            while end > ent.end and doc[end - 1].lower_ in CONNECTORS:
                end -= 1
            if end > ent.end and doc[end - 1].lower_ in INSTITUTION_WORDS | {"chamber", "commerce", "service", "services"}:
                out.append(Span(doc, ent.start, end, label="ORG"))
                i += 1
                continue
        out.append(ent)
        i += 1
    return out


def _join_cut_names(ents: list[Span]) -> list[Span]:
    """"the Law" + "Lords": a name the model cut before a name the gazetteer knows, into which it
    compounds, is one name with it ("Law Lords"), not a body called "Law" (whatever the model
    labelled the piece)."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        # (a word or two in title case: not a heading's capitals, "CLINTON CLEARED" + "FBI")
        if prev is not None and prev.end == ent.start and ent.label_ == "ORG" and ent.ent_id_ == "gazetteer" \
                and prev[-1].dep_ == "compound" and ent.start <= prev[-1].head.i < ent.end and \
                len([t for t in prev if t.lower_ != "the"]) <= 2 and all(t.is_title or t.lower_ == "the" for t in prev):
            start = prev.start + (1 if prev[0].lower_ == "the" and len(prev) > 1 else 0)
            out[-1] = Span(ent.doc, start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


TITLED = "titled"  # the span id of a name listed after a plural title


def _title_lists(doc: Doc) -> list[tuple[int, list[Span]]]:
    """"Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell", "Messrs Blair and Brown":
    a plural title before a list of names (two or more, by commas and a last "and") makes each a
    person with that title. Each list as (the title's token, its names)."""
    found = []
    for tok in doc:
        if not tok.is_title or tok.lower_.rstrip(".") not in PLURAL_TITLES:
            continue
        names: list[Span] = []
        i, last = tok.i + 1, False
        if i < len(doc) and doc[i].text == "." and not tok.whitespace_:
            i += 1  # "Sens." as two tokens
        while i < len(doc):
            j = i
            while j < len(doc) and j - i < 3 and doc[j].is_title and doc[j].pos_ == "PROPN" and \
                    doc[j].lower_ not in ROLE_WORDS and doc[j].lower_.rstrip(".") not in PLURAL_TITLES:
                j += 1
            if j == i:
                break
            names.append(Span(doc, i, j, label="PERSON", span_id=TITLED))
            if last or j >= len(doc):
                break
            if doc[j].text == ",":
                j += 1
            if j < len(doc) and doc[j].lower_ in ("and", "&"):
                j, last = j + 1, True
            elif doc[j - 1].text != ",":
                break
            i = j
        if len(names) >= 2:
            found.append((tok.i, names))
    return found


def list_title(ent: Span) -> str | None:
    """The title a plural title gives a name listed after it ("Lord" for "Steyn" in "Lords Bingham,
    Steyn and Hope"), or None."""
    if ent.id_ != TITLED:
        return None
    i = ent.start - 1
    while i >= 0 and (doc := ent.doc)[i].lower_.rstrip(".") not in PLURAL_TITLES:
        if not (doc[i].text in (",", ".") or doc[i].lower_ in ("and", "&") or doc[i].is_title):
            return None
        i -= 1
    if i < 0:
        return None
    # "Lord Justices Clarke and Rix": a title word before the plural one is the title's own (each is a
    # Lord Justice, not a Justice)
    start = i
    while start > 0 and doc[start - 1].is_title and \
            doc[start - 1].lower_.rstrip(".") in TITLES | HONORIFICS | PEERAGE and \
            doc[start - 1].lower_.rstrip(".") not in PLURAL_TITLES:
        start -= 1
    own = [doc[k].text for k in range(start, i)]
    return " ".join([*own, PLURAL_TITLES[doc[i].lower_.rstrip(".")]])


def _with_title_lists(doc: Doc, ents: list[Span]) -> list[Span]:
    """The names of plural titles' lists in place of what the model made of them ("Lords" as the
    House of Lords, "Hope and Carswell" as one body)."""
    lists = _title_lists(doc)
    if not lists:
        return ents
    taken = {i for title, names in lists for i in [title, *(k for n in names for k in range(n.start, n.end))]}
    kept = [e for e in ents if not any(k in taken for k in range(e.start, e.end))]
    return sorted(kept + [n for _title, names in lists for n in names], key=lambda e: e.start)


_BRACKETS = ("(", ")", "[", "]")


def _at_brackets(ent: Span) -> list[Span]:
    """"the Office of National Statistics (" + "ONS)", "the Global Fund for Clean Water (GFCW": a name
    ends at a bracket; what the brackets hold is a name of its own (the short form)."""
    if not any(t.text in _BRACKETS for t in ent):
        return [ent]
    out, start = [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or ent.doc[i].text in _BRACKETS:
            if i > start:
                out.append(Span(ent.doc, start, i, label=ent.label_, span_id=ent.id_))
            start = i + 1
    return out


COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central"})
# small words inside a person's name, written in lower case: "Osama bin Laden", "Ursula von der Leyen"
_NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le"})


def _persons_words(ent: Span) -> Span | None:
    """A person's name without what the model ran into it: lower-case words before or after it
    ("rang Lucy", "stepson Sholto", "Moazzam Begg - have"), a role and its qualifiers before it ("Green
    MEP Caroline Lucas", "Euro-Sceptic Kilroy-Silk"). A "name" that is a role ("Bolton West MP") or
    opens on a compass point ("North Devon", a seat) is nobody's."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and (doc[start].is_alpha and doc[start].is_lower and doc[start].lower_ not in _NAME_PARTICLES
                           or doc[start].is_punct):
        start += 1
    cut = next((t.i for t in doc[start:end] if t.i > start and (t.text in ("-", "\u2013", "\u2014") and t.whitespace_
                                                                 or t.is_alpha and t.is_lower
                                                                 and t.lower_ not in _NAME_PARTICLES)), end)
    end = cut
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end <= start:
        return None
    words = [t.lower_.rstrip(".") for t in doc[start:end]]
    if words[-1] in POSTNOMINALS and COMPASS_WORDS & set(words[:-1]) or words[0] in COMPASS_WORDS:
        return None  # "Bolton West MP" (a seat's member), "North Devon" (a seat)
    last_role = max((k for k, w in enumerate(words[:-1]) if w in ROLE_WORDS or w in POSTNOMINALS), default=-1)
    if last_role >= 0 and end - (start + last_role + 1) >= 2:
        # "Green MEP Caroline Lucas": the role's words are no part of her name (a title before one name
        # is: "Prince Charles", "King Abdullah")
        start += last_role + 1
    elif start + 1 < end and "-" in doc[start].text and doc[start].text.split("-")[0].lower() in lexicon.words("word_prefixes"):
        start += 1  # "Euro-Sceptic Kilroy-Silk"
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_, span_id=ent.id_)


# the last word of a body's name that says what kind of body it is, written last: no name runs on after it
_NAME_ENDS = frozenset("international plc ltd limited inc llp corp".split())


def _split_run_together(ent: Span) -> list[Span]:
    """Two names the model ran into one: "the Foreign Policy Centre Mr Straw" (an honorific inside a
    name starts a person's name: a body's before it, if its last word is a body's) and "GFCW and the
    Gates Foundation" (no name of a body goes on after "and the")."""
    doc = ent.doc
    if len(ent) >= 2 and ent[-1].is_title and ent[-1].lower_.rstrip(".") in HONORIFICS:
        ent = Span(doc, ent.start, ent.end - 1, label=ent.label_, span_id=ent.id_)  # "the Sunday Times Mr" + "Campbell"
    first = ent[0].lower_
    if len(ent) >= 3 and ent[1].lower_ == "of" and ent[0].is_title and \
            (first in ROLE_WORDS or ent.start > 0 and f"{doc[ent.start - 1].lower_} {first}" in ROLE_WORDS):
        # "(Chief) Executive of Hereford Hospitals NHS Trust": a role of the body named after "of"
        return [Span(doc, ent.start + 2, ent.end, label="ORG")]
    for tok in ent[1:-1]:
        if tok.is_title and tok.lower_.rstrip(".") in HONORIFICS and doc[tok.i + 1].is_title:
            out = [Span(doc, tok.i + 1, ent.end, label="PERSON")]
            if doc[tok.i - 1].lower_ in INSTITUTION_WORDS:
                first = ent.start + (1 if ent[0].lower_ == "the" else 0)
                out.insert(0, Span(doc, first, tok.i, label="ORG"))
            return out
    if ent.label_ == "ORG":
        first = ent.start + (1 if ent[0].lower_ == "the" else 0)
        for tok in ent[2:-2]:
            if tok.lower_ in ("and", "&") and doc[tok.i + 1].is_title and doc[tok.i + 1].lower_ == doc[first].lower_ \
                    and doc[tok.i + 2].lower_ == "of" and doc[first + 1].lower_ == "of":
                # "Duchy of Lancaster and Duchy of Cornwall": a name's head said again after "and" starts
                # another body's name
                return [Span(doc, ent.start, tok.i, label="ORG"), Span(doc, tok.i + 1, ent.end, label="ORG")]
        for tok in ent[1:-2]:
            if tok.lower_ == "and" and doc[tok.i + 1].lower_ == "the" and doc[tok.i + 2].is_title:
                return [Span(doc, ent.start, tok.i, label="ORG"), Span(doc, tok.i + 2, ent.end, label="ORG")]
        for tok in ent[2:-1]:
            # "Amnesty International and Liberty": a word that says what kind of body a name is ends the
            # name, so what comes after "and" is another body's
            if tok.lower_ in ("and", "&") and doc[tok.i - 1].lower_.rstrip(".") in _NAME_ENDS and \
                    doc[tok.i - 1].is_title and doc[tok.i + 1].is_title:
                return [Span(doc, ent.start, tok.i, label="ORG"), Span(doc, tok.i + 1, ent.end, label="ORG")]
    return [ent]


def _body_s_words(ent: Span) -> Span | None:
    """A body's name without a word in lower case the model ran into its front ("federal Securities and Exchange
    Commission", "state Division of Gaming Enforcement", "another Justice Department"): a name starts with a
    capital, or with "the", or a particle ("al-Qaeda"); a word all in lower case is the sentence's."""
    doc, start = ent.doc, ent.start
    while start < ent.end and doc[start].is_alpha and doc[start].is_lower and doc[start].lower_ != "the" and \
            doc[start].lower_ not in _NAME_PARTICLES and doc[start].whitespace_:
        start += 1  # (a whole word: not "non" of "non-Roma Czechs")
    # (one word left is no body's name to free: "a Republican" + "Congress" would make "Republican Congress")
    if start == ent.start or ent.end - start < 2:
        return ent
    return Span(doc, start, ent.end, label=ent.label_, span_id=ent.id_) if \
        any(t.is_title or t.is_upper for t in doc[start : ent.end]) else None


def _separated(ents) -> list[Span]:
    out = []
    for ent in ents:
        for part in _at_brackets(ent):
            for name in _split_run_together(part):
                name = _before_a_clause(name)
                if name is not None:
                    name = _in_a_heading_s_case(name)
                if name is not None and name.label_ == "PERSON":
                    name = _persons_words(name)
                elif name is not None and name.label_ == "ORG":
                    name = _body_s_words(name)
                if name is not None:
                    out.append(name)
    return out


def _titled_names(doc: Doc) -> list[Span]:
    """The model's names, and a title that goes before a surname with the capitalised words after it
    as a person's name where the model saw none or another kind ("Cardinal Cormac Murphy O'Connor",
    "Later Cardinal O'Connor" as a body): a title says a person is named (not "Bishop Auckland", a town)."""
    ents = list(doc.ents)
    for tok in doc:
        if not tok.is_title or tok.lower_.rstrip(".") not in SURNAME_TITLES or tok.ent_type_ in ("PERSON", "GPE", "LOC"):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 5 and (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                                                       and doc[end].ent_type_ in ("", "PERSON", "ORG")
                                                       and doc[end].lower_ not in ROLE_WORDS):
            end += 1
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
                end += 1  # "Murphy-O'Connor": a surname's hyphen
        if end == tok.i + 1 or end - tok.i > 5 or doc[tok.i:end].text in towns() or doc[tok.i + 1:end].text in towns():
            continue
        if any(e.label_ == "PERSON" and e.start <= tok.i + 1 and e.end >= end for e in ents):
            continue  # the model named the person; its span stands
        ents = [e for e in ents if e.end <= tok.i or e.start >= end] + [Span(doc, tok.i, end, label="PERSON")]
    return sorted(ents, key=lambda e: e.start)


def _speakers_missed(doc: Doc, ents: list[Span]) -> list[Span]:
    """A first name and a capitalised surname (its hyphen too: "David Heathcoat-Amory") that the model gave no
    entity, as the subject of a verb of saying: a person's name ("But fellow Tory David Heathcoat-Amory said ...").
    Not of asking: the quotes' resolver gives "he said" after "X asked Sanders whether ..." to the one named last
    as a subject, and the answer is Sanders's."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for tok in doc:
        if tok.i in taken or not tok.is_title or tok.pos_ != "PROPN" or not is_first_name(tok.text) or \
                tok.lower_.rstrip(".") in TITLES | SURNAME_TITLES | HONORIFICS | PEERAGE:
            continue  # (a title is no first name: the title rules read "Cardinal O'Connor")
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in taken:
            end += 1
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
                    not doc[end].whitespace_ and doc[end + 1].is_title and end + 1 not in taken:
                end += 2
        last = doc[end - 1]
        # (nor a name the model knows under another span: "Prince Alwaleed" beside "Alwaleed Bin Talal")
        known = any(t.text == last.text for e in ents if e.label_ in NAME_LABELS for t in e)
        if end - tok.i < 2 or known or last.lower_ in INSTITUTION_WORDS or doc[tok.i:end].text in towns() or \
                last.dep_ not in ("nsubj", "nsubjpass") or last.head.lemma_.lower() not in SPEECH_VERBS - {"ask"} or \
                any(doc[k].i in taken for k in range(tok.i, end)):
            continue
        found.append(Span(doc, tok.i, end, label="PERSON"))
        taken |= set(range(tok.i, end))
    return sorted(ents + found, key=lambda e: e.start)


_NICKNAME_MARKS = frozenset('"\u201c\u201d')


def _with_nicknames(doc: Doc, ents: list[Span]) -> list[Span]:
    """Jimmy "the Whirlwind" White: a first name, a nickname in quotation marks and a surname are one
    person's name; the quoted nickname does not split it (the actor is named without it)."""
    found = []
    for i in range(len(doc) - 4):
        if not (doc[i].is_title and is_first_name(doc[i].text) and doc[i + 1].text in _NICKNAME_MARKS):
            continue
        close = next((k for k in range(i + 3, min(i + 7, len(doc) - 1)) if doc[k].text in _NICKNAME_MARKS), None)
        if close is None or any(t.is_punct and t.text not in "'-" for t in doc[i + 2 : close]):
            continue
        surname = doc[close + 1]
        if surname.is_title and surname.pos_ == "PROPN" and not surname.is_sent_start and \
                surname.lower_ not in ROLE_WORDS:
            found.append(Span(doc, i, close + 2, label="PERSON"))
    if not found:
        return ents
    return sorted(filter_spans(found + [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]),
                  key=lambda e: e.start)


_APOSTROPHES = ("'", "\u2019")


def _irish_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Rory O' Neill", "Sean O'Brien" typed with a space: an "O" or a "D" and an apostrophe before a
    capitalised word are the first letters of one surname ("O'Neill", "D'Arcy"), never a name's end; the
    person's name runs through the word after them, whatever the model cut there."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "PERSON" and ent.start == prev.end + 1 and prev[-1].text in ("O", "D") \
                and doc[prev.end].text in _APOSTROPHES and ent[0].is_title:
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON", span_id=prev.id_)
            continue
        if ent.label_ == "PERSON" and ent[-1].text in ("O", "D") and ent.end + 1 < len(doc) \
                and doc[ent.end].text in _APOSTROPHES and doc[ent.end + 1].is_title and not doc[ent.end + 1].ent_type_:
            ent = Span(doc, ent.start, ent.end + 2, label="PERSON", span_id=ent.id_)
        elif ent.label_ == "PERSON" and ent.start >= 2 and doc[ent.start - 1].text in _APOSTROPHES \
                and doc[ent.start - 2].text in ("O", "D") and not doc[ent.start - 2].ent_type_ \
                and (prev is None or prev.end <= ent.start - 2):
            start = ent.start - 2  # ("Rory O' Neill" where the model took "Neill" alone)
            if start > 0 and doc[start - 1].is_title and not doc[start - 1].ent_type_ and is_first_name(doc[start - 1].text) \
                    and (prev is None or prev.end < start):
                start -= 1
            ent = Span(doc, start, ent.end, label="PERSON", span_id=ent.id_)
        out.append(ent)
    return out


def _before_a_figure(ent: Span) -> Span | None:
    """A score or a tally after a name ("beats Cruz 42-40", "won the game for Cleveland 1-0": two figures
    joined by a dash) is the match's or the poll's, not the name's: the name ends before it (a figure of a
    body's own name stays: "Transport 2000", "BBC Radio 5 Live"). A date after a possessive is the owner's day, no part of a name ("Farrow's Nov. 14
    speech": Farrow)."""
    doc = ent.doc
    for t in ent[1:-1]:
        if (t.tag_ == "POS" or t.lower_ in ("'s", "\u2019s")) and doc[t.i + 1].lower_ in MONTHS:
            return Span(doc, ent.start, t.i, label=ent.label_, span_id=ent.id_)
    for t in ent[1:]:
        if not t.is_digit:
            continue
        score = t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "\u2013", "\u2014") and doc[t.i + 2].is_digit
        if score:
            end = t.i
            while end > ent.start and not doc[end - 1].is_alpha:
                end -= 1
            if end == ent.start:
                return None
            return Span(doc, ent.start, end, label=ent.label_, span_id=ent.id_)
    return ent


_INITIAL = re.compile(r"^(?:[A-Z]\.){1,2}$")


def _to_the_surname(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name does not end on a middle initial ("Ben S." + "Bernanke", whatever sentence the
    model began at the initial's full stop), on a particle ("Ursula von der" + "Leyen") or at a
    non-breaking space ("Marco" + " " + "Rubio"): it runs on through the capitalised word after it, its
    surname (not a small word opening a sentence: "... said Ben S. The ...")."""
    out: list[Span] = []
    grown_to = -1
    for ent in ents:
        if ent.start < grown_to:
            continue  # the surname the name before ran into ("Leyen" taken for a place)
        end = ent.end
        if ent.label_ == "PERSON" and end + 1 < len(doc) and len(ent) >= 2 or \
                ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].is_space:
            last = doc[end - 1]
            cut = _INITIAL.match(last.text) and not last.whitespace_ == "" or \
                last.lower_ in _NAME_PARTICLES and last.is_lower or \
                doc[end].is_space and "\n" not in doc[end].text
            nxt = end + (1 if doc[end].is_space else 0)
            if cut and nxt < len(doc) and doc[nxt].is_alpha and doc[nxt].is_title and not doc[nxt].is_stop \
                    and doc[nxt].ent_type_ in ("", "PERSON", "GPE", "NORP", "ORG") and \
                    not (doc[nxt].ent_type_ and doc[nxt].ent_iob_ == "B" and any(e.start == nxt and len(e) > 1 for e in ents)):
                end = nxt + 1
        if end > ent.end:
            grown_to = end
            out.append(Span(doc, ent.start, end, label="PERSON", span_id=ent.id_))
        else:
            out.append(ent)
    return out


@Language.factory("briefing_entities", requires=["doc.ents", "token.dep"], assigns=["doc.ents"])
def make_entities(nlp: Language, name: str):
    """The component, given the model's own word lists to tell an ordinary English word (a heading's capitals)."""
    if not _WORD_LISTS:
        _WORD_LISTS.append(_word_lists_of(nlp))
    return settle_entities


def settle_entities(doc: Doc) -> Doc:
    ents = _with_nicknames(doc, _with_title_lists(doc, _join_cut_names(_programme_titles(_join_split_names(_bodies_named_for_places(
        filter_spans([_department_s_last_item(_owner_of_a_thing(_widen(e))) for e in _separated(_without_speech_verb(e) for e in map(_at_possessive, _speakers_missed(doc, _titled_names(doc))) if len(e))
                      if len(e)])))))))
    ents = _to_the_surname(doc, _irish_surnames(doc, ents))
    ents = sorted(filter_spans([Span(doc, *_body_s_whole_name(doc, e.start, e.end), label="ORG", span_id=e.id_)
                                if e.label_ == "ORG" else e for e in ents]), key=lambda e: e.start)
    # (once more after the names are widened: widening runs on over a heading's words, "Ted Cruz With")
    ents = [e for e in map(_in_a_heading_s_case, ents) if e is not None]
    ents = [e for e in map(_before_a_figure, ents) if e is not None]
    ents = [e for e in ents if not _an_ordinary_word_opening(e, ents)]
    # evidence per name: how its mentions across the story are labelled
    votes: dict[str, Counter] = defaultdict(Counter)
    bodies = _initials_of_bodies(ents)
    for ent in ents:
        if ent.label_ in NAME_LABELS:
            _vote(votes, ent, bodies)
    doc.ents = [Span(doc, e.start, e.end, label=_settled(e, votes), span_id=e.id_) for e in ents]
    return doc
