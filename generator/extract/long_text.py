"""Run the model over long texts in pieces, so memory follows the piece, not the story.

spaCy's tok2vec, parser and NER hold arrays for a whole `Doc` at once: a 1 MB seed (the
largest the reader takes) peaks near 3 GB. A news story is a few thousand characters, so
texts up to `LONG_TEXT` go through `nlp.pipe` as they are; a longer one is cut at paragraph
breaks (else after a sentence's end, else at a space) into pieces of at most `PIECE`
characters, each piece is processed on its own and the pieces are joined back into one `Doc`
(`Doc.from_docs`) whose text is the story's, byte for byte. A piece starts a sentence. The
quotation finder (`briefing_quotes`) runs on the joined `Doc`, as a quotation may run on over
paragraphs.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

LONG_TEXT = 100_000  # characters; the longest story of the BBC politics corpus is about 30,000
PIECE = 10_000
_WHOLE_DOC = ("briefing_quotes",)  # components that need the joined Doc
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")


def pieces(text: str, size: int = PIECE) -> list[str]:
    """`text` cut into pieces of at most `size` characters (bar one word longer than that), whose
    concatenation is `text`."""
    out, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n\n")
        if cut > 0:
            cut += 2
        else:
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends else window.rfind(" ") + 1
        if cut <= 0:
            cut = size
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def long_doc(nlp: Language, text: str) -> Doc:
    """One Doc of a long text, processed piece by piece (see the module docstring)."""
    parts = pieces(text)
    whole = [name for name in _WHOLE_DOC if name in nlp.pipe_names]
    with nlp.select_pipes(disable=whole):
        docs = list(nlp.pipe(parts, batch_size=4))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    for name in whole:
        doc = nlp.get_pipe(name)(doc)
    return doc


def pipe(nlp: Language, items: Iterable[tuple[str, Any]], batch_size: int = 16,
         n_process: int = 1) -> Iterator[tuple[Doc, Any]]:
    """`nlp.pipe(items, as_tuples=True)`, in order, with long texts processed by `long_doc`."""
    short: list[tuple[str, Any]] = []
    for text, context in items:
        if len(text) <= LONG_TEXT:
            short.append((text, context))
            continue
        if short:
            yield from nlp.pipe(short, as_tuples=True, batch_size=batch_size, n_process=n_process)
            short = []
        yield long_doc(nlp, text), context
    if short:
        yield from nlp.pipe(short, as_tuples=True, batch_size=batch_size, n_process=n_process)
