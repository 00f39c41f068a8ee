"""Which sentences carry the story: helpers every question shares.

Scraped news keeps page furniture ("Click to share", "Image caption", "Subscribe")
and bylines between its sentences; the lede is the first sentence that reads like a
statement of news: a clause with a verb and a subject, not a quotation.
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..input.furniture import has_page_words, is_boilerplate
from ..lexicon.first_names import is_first_name
from .boilerplate import in_boilerplate
from .locative import PLACE_ONLY, PLACE_OR_PERSON
from .quote_marks import OPENING_MARKS, QuotedSpan, quoted_spans
from .times import is_duration, is_time

T = TypeVar("T")

# a dateline: "WASHINGTON (Reuters) -", "LONDON --", "NEW DELHI:" near the top of the story
DATELINE = re.compile(
    r"(?<![\w-])([A-Z][A-Z.'\-]{3,}(?: [A-Z][A-Z.'\-]+){0,2})(?:,\s*[A-Z][A-Za-z.]+)?\s*"
    r"(?:\([A-Za-z .]+\)\s*)?(?:--|-|\u2014|\u2013|:)\s"
)
# a dateline where a sentence opens, after a caption's word at most: "Photo KUNDUZ, Afghanistan -- Taliban ..."
DATELINE_OPENING = re.compile(r"(?:[A-Z][a-z]+ )?" + DATELINE.pattern)
# a dateline as a paragraph opens with it: "WASHINGTON \u2015 ", "NEW DELHI, India (Reuters) - ", "LONDON: "
# (`briefing_paragraphs` makes it a sentence of its own; the headline and What start after it)
LEADING_DATELINE = re.compile(
    r"\s*(?:(?:[A-Z][A-Z.'\-]{2,}|[A-Z]{2}(?= [A-Z]))(?: [A-Z][A-Z.'\-]+){0,2}(?:,\s*[A-Z][\w.]+(?: [A-Z][\w.]+)?)?\s*"
    # (a hyphen glued to the next word joins a name: "AFL-CIO to endorse Clinton" opens with no dateline)
    r"(?:\([\w .]+\)\s*)?(?:--|-(?=\s)|[:\u2014\u2013\u2015])\s*"
    # "Washington (AFP) – ", "DES MOINES, Iowa, Aug. 10 (UPI) — ", "Dec 29 (Reuters) - ": a wire's dateline
    r"|(?:[A-Z][\w.'\-]*(?:[ ,]+[A-Z][\w.'\-]*){0,3},?\s*)?(?:[A-Z][a-z]{2,8}\.? \d{1,2},?\s*)?"
    r"\((?:AP|AFP|UPI|Reuters|CNN|[A-Z][\w.]+\.com)\)\s*(?:--|[-:\u2014\u2013\u2015])\s*)")


CACHE_EXTENSION = "briefing_cache"  # doc._.briefing_cache: {key: value}, the one per-Doc cache
if not Doc.has_extension(CACHE_EXTENSION):
    Doc.set_extension(CACHE_EXTENSION, default=None)


def per_doc(doc: Doc, key: str, make: Callable[[Doc], T]) -> T:
    """A value computed once per document and kept on it (`doc._.briefing_cache`), for as long as
    the Doc lives: `doc.sents` and `doc.ents` walk every token on each call, and a story is asked
    for its sentences a dozen times. Every question's per-Doc values go through here."""
    values = doc._.get(CACHE_EXTENSION)
    if values is None:
        values = {}
        doc._.set(CACHE_EXTENSION, values)
    if key not in values:
        values[key] = make(doc)
    return values[key]


def forget_per_doc(doc: Doc) -> None:
    """Drop the document's cached values (the last component does, at the end of the pipeline):
    `nlp.pipe(n_process=2)` ships a Doc's extension values between processes with msgpack, which
    takes neither Spans nor sets (a worker stuck on one hangs the whole pipe)."""
    doc.user_data.pop(("._.", CACHE_EXTENSION, None, None), None)


def text_of(doc: Doc) -> str:
    """The document's text, joined once: `Doc.text` joins every token on each call (half a
    second for a megabyte)."""
    return per_doc(doc, "text", lambda d: d.text)


def sents(doc: Doc) -> list[Span]:
    """The document's sentences, computed once; a dateline that opens a paragraph, a sentence of its own
    for the parser (`pipeline.briefing_paragraphs`), is none of the story's: it is numbered, weighed and
    quoted with the sentence it opens, as it was before the parser saw it apart."""
    return per_doc(doc, "sents", lambda d: [s for s in d.sents if not is_dateline(s)])


def is_dateline(sent: Span) -> bool:
    """A sentence that is only a dateline: "WASHINGTON (AP) \u2014", "NEW DELHI:"."""
    text = sent.text.strip()
    found = opening_dateline(text) if text else None
    if found is None or found.end() < len(text):
        return False
    # (a name and a colon is one only in the story's first paragraph)
    return opening_dateline(text, first=False) is not None or text_of(sent.doc).find("\n\n", 0, sent.start_char) < 0


# a dash written on to the word before it, as in a paid notice's "SIEGEL--Jerome Arthur": a dateline's dash
# stands apart ("WASHINGTON -- ", "KELVIN (AP) \u2014 ")
_GLUED_DASH = re.compile(r"[A-Za-z.](?:--|[-\u2014\u2013\u2015])\s*$")


def opening_dateline(text: str, pos: int = 0, first: bool = True) -> re.Match | None:
    """The dateline a paragraph opens with at `pos` ("WASHINGTON (AP) \u2014 ", "KELVIN, Ont. \u2014 ", "NEW
    DELHI: "), or None: a note about the page ("UPDATE:") is none, nor a name with a dash written on to it
    ("SIEGEL--Jerome"), nor, after the story's first paragraph (`first` False), a name and a colon, more
    often a transcript's speaker ("JAKE TAPPER:")."""
    found = LEADING_DATELINE.match(text, pos)
    if found is None or _GLUED_DASH.search(found.group()) or is_boilerplate(found.group().strip()):
        return None
    if not first and found.group().rstrip().endswith(":") and "(" not in found.group():
        return None
    return found


def entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity that token i belongs to; `doc.ents` walks every token on each call."""
    def index(d: Doc) -> dict[int, Span]:
        return {k: ent for ent in d.ents for k in range(ent.start, ent.end)}
    return per_doc(doc, "ents", index).get(i)


def sentence_index(doc: Doc) -> dict[int, int]:
    """Token index of each sentence start -> the sentence's number (a dateline's: the sentence it opens)."""
    def index(d: Doc) -> dict[int, int]:
        numbers = {s.start: i for i, s in enumerate(sents(d))}
        following = None
        for sent in reversed(list(d.sents)):
            if sent.start in numbers:
                following = numbers[sent.start]
            elif following is not None:
                numbers[sent.start] = following
        return numbers
    return per_doc(doc, "index", index)


# How much a mention or a statement counts by the sentence it stands in, the one table for every
# ranking (actors' salience, places, the headline's lede statement): a desk puts the news in the
# first sentence, fills it in over the next two, and the rest of the top counts a little more than
# the body. Actors' former (2, 1.5, 1.5, 1) and this, places' own, rank the 5W1H Who the same.
POSITION_WEIGHT = (3.0, 2.0, 2.0, 1.2, 1.2, 1.2)


def position_weight(sentence: int) -> float:
    """The weight of the story's sentence number `sentence` (0: the first; -1, unknown, counts as the body)."""
    return POSITION_WEIGHT[sentence] if 0 <= sentence < len(POSITION_WEIGHT) else 1.0


def line_of(doc: Doc, i: int) -> Span:
    """The sentence a word stands in, bounded by the line breaks around it (a heading is a line of its own)."""
    sent = doc[i].sent
    start, end = i, i + 1
    while start > sent.start and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < sent.end and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end]


# the small words a title-case heading may leave in lower case ("Senator Slams Governor on Taxes")
_HEADING_SMALL_WORDS = frozenset("a an the and but or nor for of in on at to by as up via vs".split())


def case_tells_nothing(line: Span) -> bool:
    """A line in title case or in capitals (a headline, a sub-heading, a caption): every word of four letters or
    more capitalised, four or more of them, and none in lower case but a heading's small words ("Clinton Campaign
    Manager Laughs, Evades Reporter's Question"; not "The Commons Health Committee met on Monday"), or every
    word in capitals.
    There a capital is the line's style, no sign of a name."""
    words = [t for t in line if t.is_alpha]
    long = [t for t in words if len(t) >= 4]
    if len(long) < 4:  # (not a name and a date: "-- Mark Greenwood (@mark) November 8")
        return False
    if all(t.is_upper for t in words if len(t) >= 2):
        return True
    # (a sentence of running text has a verb or a word in lower case beyond a heading's small words: "The
    # Commons Health Committee met on Monday")
    return all(t.text[:1].isupper() for t in long) and all(t.lower_ in _HEADING_SMALL_WORDS for t in words if t.is_lower)


def in_title_case_line(token: Token) -> bool:
    """Whether the word stands in a line in title case or in capitals, where a capital tells nothing."""
    return case_tells_nothing(line_of(token.doc, token.i))


# nouns a heading counts without saying them: "These 3 Words", "A 5-Word Response", "The 1 Thing He Thinks"
_COUNTED_UNSAID = frozenset({"word", "thing", "line", "question", "reason", "detail", "secret"})
_WH_WORDS = frozenset({"what", "who", "whom", "why", "how"})


def withholds(sent: Span) -> bool:
    """A heading that points at what it does not say, to make the reader open the page: "Drivers Are So Shocked
    By These 3 Words", "Trump Just Revealed Who He Would Pick For VP", "What Donald Trump's Son Just Received In
    The Mail ...", "She's Going To HATE Why", "Al Sharpton Just Said Something Unexpected", "... To Do THIS At
    Benghazi Hearing", "Look At Hillary's Shocking Response", "It Might Surprise You". A determiner or a pronoun
    that points ahead, a count of words or things it keeps back, "something", a question word for the part it
    leaves out, a trailing ellipsis, or the reader addressed (by "you", or told to look): it states no news of
    its own, and the story's lede does. Only a line in title case (a page's heading, read whole, however the
    parser split it) is read so: in running text "this" points back; words inside quotation marks are
    someone's."""
    if not len(sent) or not in_title_case_line(sent[0]):
        return False
    doc = sent.doc
    line = line_of(doc, sent.start)
    if line.text.rstrip(" \n\"'\u201d\u2019").endswith("?"):
        return False
    quoted = quote_regions_of(doc)
    said = [t for t in line if not inside(quoted, t.idx, t.idx + len(t))]
    colon = next((t.i for t in said if t.text == ":" and t.i - line.start <= 6), None)
    opening = next((t for t in said if t.is_alpha and (colon is None or t.i > colon)), None)
    if opening is not None and opening.tag_ == "VB" and opening.dep_ == "ROOT" and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in opening.children):
        return True  # "Look At Hillary's Shocking Response", "WATCH What Hillary Does": the reader told to look
    for t in said:
        if t.lower_ in ("this", "these") and (t.dep_ != "det" or t.head.ent_type_ not in ("DATE", "TIME") and
                                              not is_time(t.head)):
            return True
        if t.lemma_.lower() in _COUNTED_UNSAID and any(x.like_num for x in doc[max(line.start, t.i - 3) : t.i]):
            return True
        if t.lower_ in ("something", "you", "your") or t.text.startswith("\u2026") or t.text in ("...", "...."):
            return True
        # "Revealed Who He Would Pick", "HATE Why": the question word stands for what the heading keeps back
        if t.lower_ in _WH_WORDS and (t.dep_ in ("dobj", "pobj") or t.i > line.start and
                                      not any(v.pos_ in ("VERB", "AUX") for v in doc[t.i + 1 : line.end])):
            return True
    return False


def is_furniture(sent: Span) -> bool:
    """Page furniture (generator/input/furniture.py, its one definition): a sentence with a page's
    words in it, or a line the boilerplate pass marked (bylines, captions, ...)."""
    return has_page_words(sent.text) or in_boilerplate(sent)


_CLOSING = {'"': '"', "\u201c": "\u201d"}


def is_quotation(sent: Span) -> bool:
    """A sentence that opens a quotation: someone's words, not the story's statement. A quoted phrase
    that opens a statement of the story's own ('"Irreversible damage" will be caused by the plans, MPs
    have warned') is its subject, no quotation: its marks close on a few words with no verb among
    them (no finite verb: "lasting harm" is a phrase), and the sentence goes on with its own verb."""
    if not sent.text.lstrip().startswith(OPENING_MARKS):
        return False
    words = [t for t in sent if not t.is_space]
    close = _CLOSING.get(words[0].text)
    if close is None:
        return True
    end = next((k for k in range(1, len(words)) if words[k].text == close), None)
    if end is None or end < 2 or end > 8:
        return True
    inside, after = words[1:end], words[end + 1 :]
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD", "VB") for t in inside) or \
        not any(t.pos_ in ("VERB", "AUX") and t.i == sent.root.i for t in after)


def subject_of(verb) -> object | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})  # the relations of a subject to its verb


def subjects_of(verb) -> list:
    """The subjects the parser gave a verb, its own and those it hung on the verb's auxiliaries ("..., the
    nominee remains locked": "nominee" on "remains"), in the sentence's order."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    found += [g for a in verb.lefts if a.dep_ in ("aux", "auxpass") for g in a.children if g.dep_ in SUBJECT_DEPS]
    return sorted(found, key=lambda t: t.i)


def opening_s_apposition(subject, verb) -> bool:
    """Whether a subject the parser gave `verb` belongs to an opening phrase it broke up: a noun phrase and a
    comma right before another subject of the verb ("In Nevada and Florida, the two battleground states with
    the highest Latino populations, the Democratic nominee remains locked in a race"; "After Brexit and
    Trump's threats, bloc aims to ..."). A verb has one subject, the one next to it."""
    if subject.dep_ not in SUBJECT_DEPS or subject.left_edge.i == 0:
        return False
    doc = subject.doc
    # (the phrase it belongs to comes first, and it follows that phrase's comma or its opening word; a
    # subject that opens the sentence is the statement's, "The rules discriminated against Roma, the Law
    # Lords have ruled", a source's report after it)
    # (or a gerund's object: "In declaring Donald J. Trump's statements as \"not Christian,\" the pope
    # demonstrated ...", the comma inside the quotation's closing mark)
    opened = doc[subject.left_edge.i - 1]
    if not (opened.text == "," or opened.pos_ in ("ADP", "SCONJ") or opened.tag_ == "VBG" and opened.dep_ == "pcomp"):
        return False
    nearer = next((g for g in subjects_of(verb) if g.i > subject.i), None)
    last = max(t.i for t in subject.subtree if not t.is_punct)
    between = doc[last + 1 : nearer.left_edge.i] if nearer is not None else []
    return len(between) > 0 and all(t.is_punct for t in between) and any(t.text == "," for t in between)


def across_a_semicolon(subject, verb) -> bool:
    """Whether a semicolon stands between a subject the parser gave a verb and the verb: no subject is, a semicolon
    ends a clause ("Clinton, surprise populist; 'Stay or pay' could make corporations reconsider ...": two parts of
    a heading, "Stay or pay" the subject of the second)."""
    lo, hi = sorted((subject.left_edge.i, verb.i))
    return any(t.text == ";" for t in subject.doc[lo:hi])


def comma_fellow(subject) -> object | None:
    """Another name joined to a named subject by a comma alone, headline English for "and": "Clinton, Sanders had
    opposing views", "Obama, Biden to campaign for Clinton". The parser gives the verb the second as a subject of
    its own, or takes the first, which opens the sentence, for an adverb. Never a time ("Friday, Clinton said")."""
    if subject.pos_ != "PROPN" or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = subject.doc
    end = subject.right_edge.i + 1
    if end + 1 < len(doc) and doc[end].text == ",":
        fellow = doc[end + 1].head if doc[end + 1].dep_ == "compound" else doc[end + 1]
        if fellow.pos_ == "PROPN" and fellow.dep_ == subject.dep_ and fellow.head.i == subject.head.i and \
                fellow.left_edge.i == end + 1:
            return fellow
    start = subject.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return None
    fellow = doc[start - 2]
    while fellow.dep_ == "compound" and fellow.head.i < start - 1:
        fellow = fellow.head
    opens = fellow.left_edge.i == subject.sent.start
    return fellow if fellow.pos_ == "PROPN" and opens and fellow.ent_type_ not in ("DATE", "TIME") and \
        fellow.head.i == subject.head.i and fellow.dep_ in ("npadvmod", "dep", "nsubj") else None


def run_on_conjunct(conj) -> bool:
    """Whether a conjunct the parser gave a word is none: no "and", "or", "but" nor comma stands before it, so the
    words run on ("whether X deliberately thwarted the watchdog's Freedom of Information Act requests": "requests"
    read as a verb joined to the sentence's, "Act" its subject). English joins clauses with a word or a comma."""
    if conj.dep_ != "conj":
        return False
    doc, head = conj.doc, conj.head
    joined = any(c.dep_ in ("cc", "preconj") and head.i < c.i < conj.i for c in head.children) or \
        any(c.dep_ == "cc" for c in conj.children)
    # (a line's end is a sentence's, and so is a capital that opens no name: a caption run into the text without
    # its full stop, "... after shooting near demonstration Five people have been hurt")
    start = conj.left_edge.i
    before = doc[start - 1] if start > 0 else None
    opens = doc[start].is_title and doc[start].pos_ != "PROPN"
    return not joined and before is not None and not before.is_punct and not before.is_space and \
        "\n" not in before.whitespace_ and before.dep_ != "cc" and not opens


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# prepositions of a place or a time: a phrase of setting, not what a noun is
_SETTING = PLACE_ONLY | PLACE_OR_PERSON | {"during", "since", "until", "till", "before", "after", "within", "throughout"}
SETTING = _SETTING  # the prepositions of a place or a time: a phrase of setting, not what its noun is


def completes_noun(prep) -> bool:
    """Whether a prepositional phrase right after a noun says what the noun is: "a report by the
    Fabian Society" (whose work), "in a break with tradition", "a ban on smoking" (an indefinite noun
    is new to the reader, and its phrase says what it is; so does an owner's: "his promotion to
    minister"); where and when ("a fire at a warehouse in
    Leeds") are a phrase of setting, the Where's and the When's."""
    head = prep.head
    # ("... before election By Alana Wise": a byline run into the sentence, not the noun's phrase)
    if prep.dep_ != "prep" or head.pos_ != "NOUN" or prep.i != head.i + 1 or not prep.is_lower:
        return False
    # ("a report into the fishing industry", "an inquiry into X": after a noun, which goes nowhere, "into"
    # says what is looked into, not where)
    # ("his promotion to Cabinet Office minister", "the party's bid for a third term": an owner says whose
    # the act is, not which; the phrase still says what it is)
    return prep.lower_ in ("by", "into") or prep.lower_ not in _SETTING and \
        any(d.dep_ == "det" and d.lower_ in ("a", "an") or d.dep_ == "poss" for d in head.children)


_SUMS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def measure_of(verb) -> object | None:
    """A sum right after a verb with no object, which the parser hung on it as a measure ("npadvmod"):
    "the campaign cost £1.7m", "shares rose 5%". It completes the verb as an object would: "the
    campaign cost" says nothing."""
    if any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children):
        return None
    for child in verb.rights:
        # (an "appos" on a verb is the parser's other name for it)
        if child.dep_ in ("npadvmod", "appos") and child.left_edge.i == verb.i + 1 and \
                (child.ent_type_ in _SUMS or any(t.ent_type_ in ("MONEY", "PERCENT") or t.tag_ == "$" for t in child.subtree)):
            return child
    return None


def main_verb_after_participle(verb) -> object | None:
    """The sentence's finite verb when the parser took a participle inside its subject for the verb:
    in "The head of the agency widely reported to have resigned is still at the helm" or "The bureau
    cited in the tweet does not exist", "reported" and "cited" qualify the subject (no auxiliary, no
    comma, no "and" before the verb that follows), and the finite verb after them, which has no
    subject of its own, is the main one. None when `verb` is no such participle."""
    if verb.tag_ not in ("VBN", "VBD") or verb.tag_ == "VBD" and not verb.lower_.endswith("ed") or \
            subject_of(verb) is None or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    for conj in verb.rights:
        # (an "xcomp" with a finite auxiliary of its own, "is still running", is no infinitive)
        if conj.dep_ not in ("conj", "xcomp") or conj.pos_ not in ("VERB", "AUX"):
            continue
        finite = conj.dep_ == "conj" and conj.tag_ in _FINITE_TAGS or \
            any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in conj.children)
        joined = any(c.dep_ in ("cc", "preconj") for c in verb.children if c.i < conj.i) or \
            any(c.dep_ == "cc" for c in conj.children) or \
            any(t.is_punct for t in verb.doc[verb.i + 1 : conj.left_edge.i])
        if finite and not joined and subject_of(conj) is None and \
                not any(c.dep_ in ("expl", "csubj") for c in conj.children):
            return conj
    return None


# words that open a clause which cannot be a sentence's main one ("Though the vote went badly, ...")
_SUBORDINATORS = frozenset({"though", "although", "because", "since", "if", "unless", "while", "whereas", "when",
                            "whenever", "after", "before", "once", "until", "as"})


# nouns that open a clause as "when" does, after "the last", "the first", "every": "The last time Sanders came
# to this city, he was running for president"
_CLAUSE_TIMES = frozenset({"time", "times", "moment", "minute"})
_CLAUSE_TIME_WORDS = frozenset({"last", "first", "next", "every", "each", "the"})
# words of a relative clause's subject: "The hacker whose cyber-mischief first revealed ..."
_RELATIVES = frozenset({"who", "whom", "whose", "which"})


def subordinate_opener(verb) -> object | None:
    """The word that makes the clause of a sentence's root subordinate, standing before the clause's subject:
    the parser took the opening clause for the sentence's main one. A subordinator ("When the director said
    ...", "Almost a week after Trump brought ...", "Yet, over 365 days since ..."), "that" ("...: that
    superdelegates will overturn the vote"; a that-clause is always another word's content) or a time noun
    that opens the clause ("The last time Sanders came to this city, ..."). None when `verb` is no such root."""
    if verb.dep_ != "ROOT":
        return None
    # (the subject next to the verb is the clause's: in "After Brexit and Trump's threats, bloc aims to ...",
    # "After" is a preposition the parser made a subordinator, its noun a second subject)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1 and any(t.text == "," for t in verb.doc[subjects[0].i : subjects[-1].left_edge.i]):
        return None
    before = subjects[0].left_edge.i if subjects else verb.i
    for c in verb.lefts:
        if c.i >= before:
            break
        if c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS or c.dep_ == "mark" and c.lower_ == "that":
            return c
        if c.dep_ == "npadvmod" and c.lower_ in _CLAUSE_TIMES and c.left_edge.i == verb.sent.start and \
                any(d.lower_ in _CLAUSE_TIME_WORDS for d in c.lefts):
            return c
    return None


def _relative_misread(verb) -> bool:
    """Whether the parser made a subject's relative clause the sentence's root: "The Romanian hacker whose
    cyber-mischief first revealed that X used a private address pleaded guilty" has "revealed" for its root,
    with two subjects, the later one the relative clause's own."""
    subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.dep_ == "ROOT" and len(subjects) > 1 and \
        (subjects[-1].lower_ in _RELATIVES or any(d.lower_ in _RELATIVES for d in subjects[-1].lefts))


def _clause_of_its_own(clause, verb) -> bool:
    """Whether `clause`, under `verb`, is a finite clause that could be a sentence: its own subject (no relative
    pronoun), no subordinator and no "that", and no relative clause or noun between it and `verb`."""
    subject = subject_of(clause)
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("advcl", "ccomp", "conj", "parataxis") or \
            subject is None or subject.lower_ in _RELATIVES | {"that"}:
        return False
    if any(c.dep_ == "mark" or c.dep_ == "advmod" and c.lower_ in _SUBORDINATORS and c.i < subject.i
           for c in clause.children):
        return False
    way = list(clause.ancestors)
    return all(a.dep_ not in ("relcl", "acl") and a.pos_ in ("VERB", "AUX") for a in way[: way.index(verb)])


# the subordinators of a clause that says when or on what terms ("when", "while", "until", "if" ...), not why, despite
# what or in what order
_WHEN_MARKS = _SUBORDINATORS - {"though", "although", "because", "since", "whereas", "after", "before"}


def opens_a_sentence(token: Token) -> bool:
    """Whether the word opens its sentence, or a quotation or a bracket that opens it: where a capital is the
    sentence's, no sign of a name."""
    doc = token.doc
    return token.is_sent_start or token.i > 0 and doc[token.i - 1].is_sent_start and \
        (doc[token.i - 1].is_quote or doc[token.i - 1].is_bracket)


def not_only(verb) -> bool:
    """Whether the verb opens "not only ... but (also) ...": a correlative, not a negation ("will not only cut
    costs but raise taxes" says it will cut costs, and raise taxes)."""
    doc = verb.doc
    return any(c.lower_ == "not" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("only", "just", "merely", "simply")
               for c in verb.children) and \
        any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children) and any(c.dep_ == "conj" for c in verb.children)


def limits_a_negation(clause) -> bool:
    """Whether `clause` says when or on what terms its negated verb holds: "Washington did not complain when
    China's spending helped growth" is not "Washington does not complain", nor "He hasn't sent a fundraising
    email in six days" "He has not sent a fundraising email", nor "is not holding a rally tonight" "is not
    holding a rally"; a negation told without its clause or its time claims more than the story."""
    verb = clause.head
    if clause.i < verb.i or verb.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "n\u2019t", "never") for c in verb.children):
        return False
    if clause.dep_ == "advcl":
        return any(m.dep_ in ("mark", "advmod") and m.lower_ in _WHEN_MARKS and m.i < clause.i for m in clause.children)
    time = clause if clause.dep_ == "npadvmod" else \
        next((c for c in clause.children if c.dep_ == "pobj"), None) if clause.dep_ == "prep" else None
    return time is not None and (is_time(time) or is_duration(time))


def misread_subject(clause) -> object | None:
    """The subject of a main clause whose subject the parser gave the relative clause it took for the root
    ("The hacker whose cyber-mischief first revealed ... pleaded guilty": "hacker", of "pleaded")."""
    root = clause.head
    if subject_of(clause) is not None or not _relative_misread(root) or main_clause_after_subordinate(root) != clause:
        return None
    return next(c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass"))


def main_clause_after_subordinate(verb) -> object | None:
    """The main clause when the parser made a subordinate clause the sentence's root (`subordinate_opener`):
    in "Though the primary did not play out as forecast, Clinton has amassed the delegates", the first clause
    after the comma with its own subject and no subordinator of its own, which the parser hung on the first
    (or deeper: "When the director said on Tuesday that ..., experts understood his meaning: it had been
    breached"); in "X's chance rests on one possibility: that superdelegates will overturn the vote", the
    clause before the that-clause. In "The hacker whose cyber-mischief first revealed that X used a private
    address pleaded guilty", the verb the relative clause's root took for its clause ("pleaded"), whose
    subject the parser gave the relative clause. None when `verb` is no such root or no main clause is found."""
    if _relative_misread(verb):
        return next((c for c in verb.rights if c.dep_ in ("ccomp", "conj") and c.pos_ in ("VERB", "AUX")
                     and subject_of(c) is None and not any(m.dep_ == "mark" for m in c.children)), None)
    opener = subordinate_opener(verb)
    if opener is None:
        return None
    doc = verb.doc
    if opener.lower_ == "that":
        return next((c for c in verb.lefts if _clause_of_its_own(c, verb)
                     and any(t.text in (",", ":", ";") for t in doc[c.right_edge.i : opener.i])), None)
    for clause in (t for t in verb.subtree if t.i > verb.i):
        if _clause_of_its_own(clause, verb) and \
                any(t.text == "," for t in doc[verb.i + 1 : subject_of(clause).left_edge.i]):
            return clause
    return None


def is_statement(sent: Span) -> bool:
    """A news sentence: enough words, a verb with a subject, no furniture, not a quotation."""
    if sum(t.is_alpha for t in sent) < 5 or is_furniture(sent) or is_quotation(sent):
        return False
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and all(across_a_semicolon(c, root) for c in subjects):
        return False
    subj = next((c for c in subjects if not across_a_semicolon(c, root)), None)
    if subj is None and (_named_before(root, sent) or source_hung_before(root) is not None or
                         source_after(root) is not None):
        return True
    if subj is None:
        subj = _subject_the_parser_misplaced(root)
    if subj is not None and hearsay(root):
        return True  # "A suspect plans to sue the government, it is reported": the report's statement
    # "I know nothing", "You get the feeling": a voice or a column, not the news
    return subj is not None and subj.lower_ not in ("i", "you", "we", "it", "this", "that")


# verbs of "it is reported that ...", "..., it is understood", "..., it has been announced": the story's own
# report or hedge on what it tells, its source unnamed
_HEARSAY_VERBS = frozenset({"report", "understand", "believe", "think", "expect", "claim", "allege", "say", "rumour",
                            "rumor", "suggest", "fear", "announce", "confirm", "reveal"})


def hearsay(verb) -> bool:
    """Whether `verb` is the "it is reported" of hearsay: a passive verb of reporting or believing
    whose subject is "it" and whose clause, before or after it, is what is reported."""
    return verb.lemma_.lower() in _HEARSAY_VERBS and verb.tag_ == "VBN" and \
        any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children) and \
        any(c.dep_ == "ccomp" for c in verb.children)


def _subject_the_parser_misplaced(root) -> object | None:
    """The subject of a main verb the parser gave none: a noun with a participle after it taken for a
    clause as subject ("Citizens wanting to work here will have to undergo tests": the citizens), or
    the first of a list of verbs sharing one subject taken for a reported clause ("Brown is to freeze
    duty, fund a package and boost childcare": "Brown is to freeze duty" hung on "fund"). A verb of
    saying keeps the clause it reports ("The plan will go ahead, the minister said")."""
    clausal = next((c for c in root.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < root.i), None)
    if clausal is not None:
        return subject_of(clausal)
    if root.lemma_.lower() in _SPEECH_VERBS or root.lemma_.lower() in _REPORT_LEMMAS:
        return None
    first = first_of_listed_verbs(root)
    return None if first is None else subject_of(first)


def first_of_listed_verbs(root) -> object | None:
    """The first verb of a list of verbs with one subject that the parser hung on the second as a
    reported clause ("Brown is to freeze duty, fund a package and boost childcare"), or None: a
    verb with no subject and no sense of saying, a clause with a subject before it, a comma between."""
    if subject_of(root) is not None or root.lemma_.lower() in _SPEECH_VERBS or root.lemma_.lower() in _REPORT_LEMMAS:
        return None
    first = next((c for c in root.lefts if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if first is None or root.doc[root.i - 1].text != "," or subject_of(first) is None:
        return None
    return first


_REPORT_LEMMAS = frozenset({"say", "tell", "warn", "claim", "insist", "argue", "admit", "announce", "add", "state"})


def source_hung_before(verb) -> object | None:
    """The source of "STATEMENT, SOURCE has said" when the parser gave the report verb no subject and
    hung the source on the statement's last noun as another name for it ("... a backward view of Islam,
    President Smith of Ruritania has said"): a report verb with its statement before it (a "ccomp"), and
    between the statement's last comma and the verb only a name's phrase, with nothing but
    auxiliaries after it. A report verb always has a subject, and this is it."""
    if verb.lemma_.lower() not in _REPORT_LEMMAS or subject_of(verb) is not None or \
            not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and doc[k].dep_ in ("aux", "neg"):
        k -= 1
    comma = next((j for j in range(k, max(verb.sent.start, k - 12) - 1, -1) if doc[j].text == ","), None)
    if comma is None or comma == k:
        return None
    phrase = doc[comma + 1 : k + 1]
    source = next((t for t in phrase if t.dep_ == "appos" and t.pos_ == "PROPN"), None)
    if source is None or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in phrase) or \
            not all(t.i == source.i or comma < t.head.i <= k for t in phrase):
        return None
    return source


def source_after(verb) -> object | None:
    """The source of "STATEMENT, warn union leaders" (the report verb before its subject, as news writes it
    after what was said), which the parser took for the verb's object: a report verb with no subject, its
    statement before it and a comma right before it, and one noun phrase after it that ends the sentence."""
    if verb.lemma_.lower() not in _REPORT_LEMMAS or subject_of(verb) is not None or verb.i == 0 or \
            verb.doc[verb.i - 1].text != "," or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    after = [c for c in verb.rights if not c.is_punct]
    if len(after) != 1 or after[0].dep_ not in ("dobj", "attr", "npadvmod") or after[0].left_edge.i != verb.i + 1 or \
            after[0].pos_ not in ("NOUN", "PROPN"):
        return None
    end = after[0].right_edge.i + 1
    return after[0] if end >= verb.sent.end or verb.doc[end].is_punct or verb.doc[end].is_space else None


def _named_before(root, sent: Span) -> bool:
    """Whether a verb in the third person singular present ("hits", "opens") that the parser gave no
    subject has one all the same: a title in capitals opening the sentence, which the parser read as
    an order ("Vote For Me - a talent contest for would-be politicians - finally hits our screens"):
    a finite verb of that form always has a subject, and here it is the words before it."""
    first = sent[0]
    while first.is_space and first.i + 1 < sent.end:
        first = sent.doc[first.i + 1]
    lead = next((c for c in root.lefts if c.left_edge.i == first.i), None)
    return root.tag_ == "VBZ" and lead is not None and lead.dep_ in ("advcl", "dep", "npadvmod") and \
        first.is_title and sum(t.is_title for t in sent.doc[first.i : first.i + 3]) >= 2 and \
        not any(c.dep_ in ("expl", "csubj", "mark") for c in root.children)


def lede(doc: Doc) -> tuple[int, Span] | None:
    """The first statement of news among the first sentences, with its number."""
    return per_doc(doc, "lede", _find_lede)


SCENE_VERBS = lexicon.words("scenes", "verbs")
_SPEECH_VERBS = lexicon.words("cues", "speech_verbs")
# names and sums that make a sentence news: who, where, how much (a first name alone names no one yet)
_NEWS_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "MONEY", "PERCENT", "LAW", "EVENT", "PRODUCT"})
NUT_GRAF_WITHIN = 3  # sentences after a feature's scene in which its news statement must come


def _names_news(sent: Span, character: str | None = None) -> bool:
    """Whether the sentence names someone or something the news is about, or a sum: an entity of
    _NEWS_LABELS other than a first name alone ("Maria": no one is named yet) or the scene's own
    `character` named in full ("Maria Lopez, 34, has waited three years")."""
    return any(e.label_ in _NEWS_LABELS and not _first_name_alone(e) and
               not (character is not None and e.label_ == "PERSON" and e[0].text == character) for e in sent.ents)


def _first_name_alone(ent: Span) -> bool:
    """"Maria", whatever label the model gave her (a place's name is a place: "Jordan")."""
    return len(ent) == 1 and ent.label_ in ("PERSON", "NORP", "ORG") and _given_name(ent[0])


def _given_name(tok) -> bool:
    """A first name: one the census lists or the story gives as the first of a fuller name
    ("Lakshmi" of "Lakshmi Narayan"), never the surname of someone it names in full ("Clinton")."""
    def names(d: Doc) -> tuple[set[str], set[str]]:
        people = [e for e in d.ents if e.label_ == "PERSON" and len(e) > 1]
        return {e[0].text for e in people}, {e[-1].text for e in people}
    first, last = per_doc(tok.doc, "first_and_last_names", names)
    return (is_first_name(tok.text) or tok.text in first) and tok.text not in last


def _scene_character(sent: Span) -> str | None:
    """The first name a scene's subject is, if any ("Maria waits ...")."""
    subj = subject_of(sent.root)
    return subj.text if subj is not None and subj.pos_ == "PROPN" else None


def is_scene(sent: Span) -> bool:
    """A feature's scene-setting opening, not news: a statement told in the present (no modal, no
    perfect, no verb of saying) with a verb of a scene (SCENE_VERBS: "waits", "is sweeping", "drifts
    across"), whose subject no one is named by but a first name ("Maria", "a nurse", "the smell of
    diesel"), naming no one, nowhere and no sum but a first name."""
    root = sent.root
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    present = root.tag_ in ("VBZ", "VBP") and not aux or \
        root.tag_ == "VBG" and [a.tag_ for a in aux] in (["VBZ"], ["VBP"]) and aux[0].lemma_ == "be"
    if not present or root.lemma_.lower() in _SPEECH_VERBS:
        return False
    # the scene's verb: the main one, or one in the present the parser hung elsewhere ("The smell
    # drifts across the car park as the lorries pull in")
    if not any(t.lemma_.lower() in SCENE_VERBS and (t.i == root.i or t.tag_ in ("VBZ", "VBP")) for t in sent):
        return False
    subj = subject_of(root)
    if subj is None:
        return False
    named = [t for t in subj.subtree if t.pos_ == "PROPN"]
    if named and not (len(named) == 1 and named[0].i == subj.i and _given_name(subj)):
        return False  # (a first name owning something, "Maria's hands", is no scene's subject)
    return not _names_news(sent)


def _nut_graf(sents: list[Span], scene: int, within: int) -> tuple[int, Span] | None:
    """After a feature's scene, the statement that carries its news: the first statement within
    NUT_GRAF_WITHIN sentences that is no scene, no question, and names who, where or how much
    beyond the scene's own character."""
    character = _scene_character(sents[scene])
    for j in range(scene + 1, min(scene + 1 + NUT_GRAF_WITHIN, within, len(sents))):
        sent = sents[j]
        if is_statement(sent) and not is_scene(sent) and _names_news(sent, character) and \
                not sent.text.rstrip(" \n\"'\u201d\u2019").endswith("?"):
            return j, sent
    return None


# he, she: a person spoken of; "it", "they" stand as often for a thing, a body or no one ("it is clear")
_PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
# clauses of their own on a statement's verb: a pronoun there may look ahead to a name ("When he
# arrived, John Reid was met by ..."), as English allows, and leaves the main clause whole
_OWN_CLAUSES = frozenset({"conj", "cc", "advcl", "parataxis", "ccomp", "relcl", "acl", "appos", "dep"})


def _first_person_named(doc: Doc) -> int:
    """The index of the first token of the first person the story names, its length when none."""
    return per_doc(doc, "first_person_named",
                   lambda d: next((e.start for e in d.ents if e.label_ == "PERSON" and e[-1].pos_ == "PROPN"), len(d)))


# nouns that name a person, who a "he" or "she" after them may be: "The home secretary has defended his decision"
_PERSON_NOUNS = lexicon.words("roles") | lexicon.words("people_nouns") | lexicon.words("kin_nouns")


def speaks_of_no_one_named(sent: Span) -> bool:
    """Whether a statement's main clause speaks of someone by "he" or "she" before the story has named
    anyone or spoken of any person: a profile's or a sketch's portrait ("The ultimate prize may continue
    to elude him, but ..."; "He has been called the most dangerous man in Ottawa."), which points ahead
    to the news, not news itself. A pronoun in a clause of its own ("When he arrived, John Reid was met
    by ...", "an officer who risked his life") looks ahead or back to a name or a noun beside it, and
    a person's noun before it ("The home secretary has defended his decision") is who it is: no portrait;
    nor is a pronoun inside a phrase ("a step since his election win"): only the main clause's own subject
    or object, or its owner, makes a portrait."""
    root = sent.root
    first = _first_person_named(sent.doc)
    for t in root.subtree:
        if t.lower_ not in _PERSONAL or t.i >= first:
            continue
        # the main clause's own subject or object ("elude him", "his decision"), not a phrase's ("a transition
        # of power since his election win", whose "his" the story's title or background may name)
        ancestors = list(t.ancestors)[1:] if t.dep_ == "poss" else list(t.ancestors)
        inner = any(a.dep_ in _OWN_CLAUSES or a.pos_ not in ("VERB", "AUX") for a in ancestors if a.i != root.i)
        person = any(w.lemma_.lower() in _PERSON_NOUNS or w.lower_ in _PERSON_NOUNS
                     for w in sent.doc[sent.start : t.i] if w.pos_ in ("NOUN", "PROPN"))
        if not inner and not person:
            return True
    return _they_of_nothing(sent)


# they, them, their: a group spoken of; only where the story has named no thing before them, nor names
# one as a subject in the sentence, do they point ahead with nothing to point back to
_GROUP = frozenset({"they", "them", "their", "theirs", "themselves"})


def _they_of_nothing(sent: Span) -> bool:
    """Whether a statement's main clause speaks of "they" as its own subject or object (or their owner)
    before the story has named or spoken of anything they could be: a feature's opening ("They may not
    know quite how to describe their position ...", "They rarely agree on anything"), which points ahead
    to the news. A noun before the pronoun in the story ("Residents say they ..."), a name or a plural
    subject in the sentence ("Their lawyers say the Smiths will appeal"), or the pronoun in a clause of
    its own ("When they arrived, police ...") is who they are: no such opening."""
    root = sent.root
    doc = sent.doc
    for t in root.subtree:
        if t.lower_ not in _GROUP:
            continue
        if any(w.pos_ in ("NOUN", "PROPN") for w in doc[: t.i]):
            return False
        if any(w.pos_ == "PROPN" or w.dep_ in ("nsubj", "nsubjpass") and w.tag_ in ("NNS", "NNPS")
               for w in sent if w.i > t.i):
            return False
        ancestors = list(t.ancestors)[1:] if t.dep_ == "poss" else list(t.ancestors)
        return not any(a.dep_ in _OWN_CLAUSES or a.pos_ not in ("VERB", "AUX") for a in ancestors if a.i != root.i)
    return False


def named_clause(sent: Span):
    """After a portrait's clause (`speaks_of_no_one_named`), the clause joined to it whose subject
    names the person ("... may continue to elude him but Gordon Brown can at least console himself
    ..."): "but" puts its weight on what follows it, and the name makes it the statement of news.
    None when the sentence has no such clause."""
    if not speaks_of_no_one_named(sent):
        return None
    for clause in sent.root.rights:
        subj = subject_of(clause) if clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON":
            return clause
    return None


def _is_question(sent: Span) -> bool:
    return sent.text.rstrip(" \n\"'\u201d\u2019").endswith("?")


def _named_after(sents: list[Span], opening: int, within: int) -> tuple[int, Span] | None:
    """After a portrait or a question that opens a feature, the first statement within NUT_GRAF_WITHIN
    sentences that names who, where or how much and is itself no portrait, scene or question."""
    for j in range(opening + 1, min(opening + 1 + NUT_GRAF_WITHIN, within, len(sents))):
        sent = sents[j]
        if is_statement(sent) and not is_scene(sent) and not _is_question(sent) and _names_news(sent) and \
                not speaks_of_no_one_named(sent):
            return j, sent
    return None


def _find_lede(doc: Doc, within: int = 8) -> tuple[int, Span] | None:
    """The first statement of news: a feature that opens on a scene ("Maria waits outside the
    clinic before dawn."), on a question ("Is Ottawa ready for a carbon tax?") or on a portrait of
    someone the sentence does not name ("He has been called the most dangerous man in Ottawa.") gives the
    statement after it that carries the news, when one follows soon; a portrait that names its
    person in a clause joined to it ("... may continue to elude him but Gordon Brown ...") stays
    the lede, its named clause the statement (`named_clause`)."""
    story = sents(doc)
    for i, sent in enumerate(story[:within]):
        if is_statement(sent) and not withholds(sent):
            if is_scene(sent):
                nut = _nut_graf(story, i, within)
                if nut is not None:
                    return nut
            elif _is_question(sent) or speaks_of_no_one_named(sent) and _first_person_named(doc) >= sent.end:
                # (a person named later in the sentence is who the pronoun looks ahead to: "His lawyers
                # say John Reid will appeal" is news)
                news = _named_after(story, i, within)
                if news is not None:
                    return news
            return i, sent
    for i, sent in enumerate(story):
        if sum(t.is_alpha for t in sent) >= 4 and not is_quotation(sent) and not is_furniture(sent):
            return i, sent
    return (0, story[0]) if story else None


def quoted_spans_of(doc: Doc) -> list[QuotedSpan]:
    """The document's quotations (`quote_marks.quoted_spans`, the one definition of "inside
    quotation marks": double, curly, British single, guillemets, low-high), found once."""
    return per_doc(doc, "quoted_spans", lambda d: quoted_spans(text_of(d)))


def quote_regions_of(doc: Doc) -> list[tuple[int, int]]:
    """Character spans inside quotation marks. Names in quotations are the speaker's words, not
    the story's actors, places or dates."""
    return per_doc(doc, "quoted", lambda d: [(q.start, q.end) for q in quoted_spans_of(d)])


def inside(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of `regions`, which are in order and do not overlap (as
    `quote_regions` makes them): only the last one starting at or before `start` can hold it, found
    by bisection (a story of 27,000 quotations asks this of as many names)."""
    i = bisect.bisect_right(regions, (start, math.inf)) - 1
    return i >= 0 and regions[i][0] <= start and end <= regions[i][1]


def glued_scale(tok: Token) -> str:
    """The letters written on to a number that the tokenizer cut off ("£250" + "m", "2.5" + "bn"): one
    written word, a sum's scale ("£250m" is no £250), never left behind; "" where none follows."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or tok.whitespace_ or not tok.like_num or not nxt.is_alpha or len(nxt) > 3:
        return ""
    return nxt.text


def had_done(participle: Token) -> bool:
    """The participle of "have" + object + participle ("had its bid to block the ban thwarted", "had its
    pay claim rejected"): what was done to the object, the clause's news, wherever the parser hung it
    inside the object; without it "had its bid" says the reverse of what happened."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return False
    return any(a.dep_ == "dobj" and a.head.lemma_ == "have" and a.head.pos_ in ("VERB", "AUX") and participle.i > a.i
               for a in participle.ancestors)
