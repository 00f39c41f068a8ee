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

from spacy.tokens import Doc, Span

from ..input.furniture import has_page_words
from .boilerplate import in_boilerplate
from .quote_marks import OPENING_MARKS, QuotedSpan, quoted_spans

T = TypeVar("T")

# a dateline: "WASHINGTON (Reuters) -", "LONDON --", "NEW DELHI:" near the top of the story
DATELINE = re.compile(
    r"(?<![\w-])([A-Z][A-Z.'\-]{3,}(?: [A-Z][A-Z.'\-]+){0,2})(?:,\s*[A-Z][A-Za-z.]+)?\s*"
    r"(?:\([A-Za-z .]+\)\s*)?(?:--|-|\u2014|\u2013|:)\s"
)


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
    """The document's sentences, computed once."""
    return per_doc(doc, "sents", lambda d: list(d.sents))


def entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity that token i belongs to; `doc.ents` walks every token on each call."""
    def index(d: Doc) -> dict[int, Span]:
        return {k: ent for ent in d.ents for k in range(ent.start, ent.end)}
    return per_doc(doc, "ents", index).get(i)


def sentence_index(doc: Doc) -> dict[int, int]:
    """Token index of each sentence start -> the sentence's number."""
    return per_doc(doc, "index", lambda d: {s.start: i for i, s in enumerate(sents(d))})


# How much a mention or a statement counts by the sentence it stands in, the one table for every
# ranking (actors' salience, places, the headline's lede statement): a desk puts the news in the
# first sentence, fills it in over the next two, and the rest of the top counts a little more than
# the body. Actors' former (2, 1.5, 1.5, 1) and this, places' own, rank the 5W1H Who the same.
POSITION_WEIGHT = (3.0, 2.0, 2.0, 1.2, 1.2, 1.2)


def position_weight(sentence: int) -> float:
    """The weight of the story's sentence number `sentence` (0: the first; -1, unknown, counts as the body)."""
    return POSITION_WEIGHT[sentence] if 0 <= sentence < len(POSITION_WEIGHT) else 1.0


def is_furniture(sent: Span) -> bool:
    """Page furniture (generator/input/furniture.py, its one definition): a sentence with a page's
    words in it, or a line the boilerplate pass marked (bylines, captions, ...)."""
    return has_page_words(sent.text) or in_boilerplate(sent)


def is_quotation(sent: Span) -> bool:
    return sent.text.lstrip().startswith(OPENING_MARKS)


def subject_of(verb) -> object | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def is_statement(sent: Span) -> bool:
    """A news sentence: enough words, a verb with a subject, no furniture, not a quotation."""
    if sum(t.is_alpha for t in sent) < 5 or is_furniture(sent) or is_quotation(sent):
        return False
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    subj = subject_of(root)
    # "I know nothing", "You get the feeling": a voice or a column, not the news
    return subj is not None and subj.lower_ not in ("i", "you", "we", "it", "this", "that")


def lede(doc: Doc) -> tuple[int, Span] | None:
    """The first statement of news among the first sentences, with its number."""
    return per_doc(doc, "lede", _find_lede)


def _find_lede(doc: Doc, within: int = 8) -> tuple[int, Span] | None:
    sents = per_doc(doc, "sents", lambda d: list(d.sents))
    for i, sent in enumerate(sents[:within]):
        if is_statement(sent):
            return i, sent
    for i, sent in enumerate(sents):
        if sum(t.is_alpha for t in sent) >= 4 and not is_quotation(sent) and not is_furniture(sent):
            return i, sent
    return (0, sents[0]) if sents else None


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
