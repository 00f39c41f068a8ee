"""Everything that knows spaCy: from a `Seed` to a `Briefing` of facts.

Each question has its own module with a pure function of a processed `Doc`; this
module runs the model once over all seeds (`nlp.pipe`) and assembles the answers.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.tokens import Doc

from ..facts import FLAG_BELOW, Briefing, Sentence, who_order
from ..input.seeds import Seed
from ..slugs import briefing_slug
from .actors import extract_actors, mark_parts
from .context import extract_context
from .event import extract_what, extract_why
from . import long_text
from .headline import make_headline, parse_title, parse_titles
from .pipeline import load_nlp, model_id
from .numbers import extract_numbers
from .places import extract_where
from .quotes import attribute
from .sentences import sents, text_of
from .title_who import lead_with_title
from .when import extract_when

__all__ = ["extract", "facts_from_doc", "load_nlp", "model_id", "title_docs"]

TITLE_BATCH = 64  # headlines parsed at once, ahead of their stories


def title_docs(seeds: Iterable[Seed]) -> Iterator[Doc | None]:
    """Each seed's own headline processed (None where it has none), in order, a batch at a time."""
    seeds = iter(seeds)
    while batch := list(islice(seeds, TITLE_BATCH)):
        yield from parse_titles([s.title for s in batch])


def facts_from_doc(doc: Doc, seed: Seed, title_doc: Doc | None = None) -> Briefing:
    """All facts of one processed story; `title_doc`, its own headline processed, if done
    already (`title_docs`)."""
    index = extract_actors(doc)
    sentences = []
    paragraph = 0
    prev_end = 0
    body = text_of(doc)
    for sent in sents(doc):
        text = sent.text.strip()
        if text:
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            # the blank line between paragraphs trails the sentence before it: count from its last word
            paragraph += body.count("\n\n", prev_end, start)
            prev_end = start + len(text)
            sentences.append(Sentence(text=text, start=start, end=start + len(text), paragraph=paragraph))
    quotes = attribute(doc, index)
    # a guessed speaker is no evidence of a part (the page flags the quote)
    mark_parts(index, (q.speaker for q in quotes if q.speaker and not q.described and q.confidence >= FLAG_BELOW))
    if title_doc is None:
        title_doc = parse_title(seed.title)
    what = extract_what(doc, title_doc)
    why = extract_why(doc, title=title_doc)
    used = {q.sentence for q in quotes} | ({what.sentence} if what else set()) | {w.sentence for w in why}
    title, generated = seed.title, False
    if not title:
        title, generated = make_headline(doc, index) or seed.id, True
    date = seed.date.isoformat()
    return Briefing(
        id=seed.id,
        slug=briefing_slug(date, title),
        title=title,
        title_generated=generated,
        date=date,
        source_file=seed.path.name,
        text=body,
        source=seed.source,
        author=seed.author,
        tags=list(seed.tags),
        who=who_order(lead_with_title(index.who, title_doc)),
        what=what,
        why=why,
        when=extract_when(doc, seed.date),
        where=extract_where(doc, title_doc),
        quotes=quotes,
        context=extract_context(doc, used, quoted=[(q.start, q.end) for q in quotes]),
        numbers=extract_numbers(doc),
        sentences=sentences,
    )


def extract(seeds: Iterable[Seed], n_process: int = 1, batch_size: int = 16) -> Iterator[Briefing]:
    """Briefings for the seeds, in order; the model is loaded once and run with `nlp.pipe`."""
    nlp = load_nlp()
    seeds = list(seeds)
    docs = long_text.pipe(nlp, ((s.text, s) for s in seeds), n_process=n_process, batch_size=batch_size)
    for (doc, seed), title_doc in zip(docs, title_docs(seeds)):
        yield facts_from_doc(doc, seed, title_doc)
