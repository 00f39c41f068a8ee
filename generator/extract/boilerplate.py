"""Boilerplate that comes with pasted articles: the page, not the story.

Bylines, photo credits and captions, "READ MORE" and "Related" lines, share and follow
prompts, bare handles and URLs, editors' notes, readers' comments pasted under the story. They stay in the seed (every offset
still points into the text as given) but no fact is taken from them: the
`briefing_boilerplate` component marks them as `doc.spans["boilerplate"]` and drops the
named entities inside them, so they become neither actors nor places, and
`sentences.is_furniture` tells every question to pass them over. The patterns are in
`generator/input/furniture.py`.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..input.furniture import comment_block, furniture_phrases, is_boilerplate, link_list

SPANS_KEY = "boilerplate"
MAX_PARAGRAPH_WORDS = 40
MAX_NAMES_LINE_WORDS = 25


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _handle_or_url(ent: Span) -> bool:
    return ent.text.lstrip().startswith("@") or any(t.like_url or t.like_email for t in ent)


@Language.component("briefing_boilerplate", requires=["doc.sents", "doc.ents"], assigns=["doc.spans", "doc.ents"])
def mark_boilerplate(doc: Doc) -> Doc:
    """Mark furniture paragraphs and sentences; no entity inside them, nor a handle or URL, is kept."""
    marked: list[Span] = []
    text = doc.text
    paragraphs = _paragraphs(text)
    comments = comment_block([text[start:end] for start, end in paragraphs])
    block = None
    if comments is not None:  # readers' comments under the story, to its end: no fact, no name
        block = doc.char_span(paragraphs[comments][0], len(text.rstrip()), alignment_mode="expand")
        if block is not None and len(block):
            marked.append(block)
            paragraphs = paragraphs[:comments]
    links = set(link_list([text[start:end] for start, end in paragraphs]))  # headlines under "Related:"
    for k, (start, end) in enumerate(paragraphs):
        # a whole paragraph only when it is short: a story pasted as one block is not furniture
        if len(text[start:end].split()) <= MAX_PARAGRAPH_WORDS and (k in links or is_boilerplate(text[start:end])):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                marked.append(span)
    for sent in doc.sents:
        if not any(m.start <= sent.start and sent.end <= m.end for m in marked) and is_boilerplate(sent.text):
            marked.append(sent)
    doc.spans[SPANS_KEY] = sorted(marked, key=lambda s: s.start)
    # a long marked line may have a story's sentence glued to its label ("Media caption ... Mr Trump
    # has said ..."): it is passed over, but its names stay
    short = [m for m in marked if sum(not t.is_punct for t in m) <= MAX_NAMES_LINE_WORDS or m is block]
    # furniture inside a line ("(Photo: Getty Images)", "Click to share on WhatsApp"): its names go, the line stays
    phrases = furniture_phrases(text)
    if short or phrases or any(_handle_or_url(e) for e in doc.ents):
        doc.ents = [e for e in doc.ents if not _handle_or_url(e)
                    and not any(m.start <= e.start and e.end <= m.end for m in short)
                    and not any(s < e.end_char and e.start_char < end for s, end in phrases)]
    return doc


def in_boilerplate(span: Span) -> bool:
    """Whether a sentence (or any span) lies in marked furniture."""
    marked = span.doc.spans[SPANS_KEY] if SPANS_KEY in span.doc.spans else ()
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_space:
        end -= 1  # a sentence keeps the blank line after it; the marked paragraph does not
    return any(m.start <= span.start and end <= m.end for m in marked) or is_boilerplate(span.text)
