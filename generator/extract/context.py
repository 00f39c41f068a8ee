"""Context: background a reader needs, taken from the article itself.

Background sentences speak of the past (past perfect, "earlier", "last year"), of
history or of numbers. Quotations, the lede and the sentence of the main event are
reported elsewhere in the briefing, so they are never context. Earlier briefings that
share the story's actors are the other half of context; they need every briefing, so
`generator.build` links them (see `link_related`).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from spacy.tokens import Doc

from ..facts import Fact
from .sentences import is_furniture, is_quotation, lede, quote_regions_of, sents, text_of

_BACKGROUND = re.compile(
    r"\b(had|earlier|previously|following|last (year|month|week)|in the past|since|former(ly)?|ago|history|first time|"
    r"record|per ?cent|%|million|billion)\b",
    re.I,
)


NAME_WORDS = 4  # words in marks up to this many are a name or a term ('the "Empowered Action Group-2024"')


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans merged into disjoint stretches, in order."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def extract_context(doc: Doc, used: set[int], limit: int = 4,
                    quoted: Iterable[tuple[int, int]] = ()) -> list[Fact]:
    """Background sentences: past perfect, history, numbers; not the lede, the event or a quotation."""
    found = lede(doc)
    skip = set(used) | ({found[0]} if found else set())
    body = text_of(doc)
    # the quotations longer than a name, as one ordered list of disjoint stretches (a bisection
    # for each sentence: a story of 27,000 quotations has as many sentences)
    quotations = _union((s, e) for s, e in [*quote_regions_of(doc), *quoted] if len(body[s:e].split()) > NAME_WORDS)
    starts = [s for s, _e in quotations]
    out = []
    for i, sent in enumerate(sents(doc)):
        if i in skip or is_furniture(sent) or is_quotation(sent):
            continue
        text = sent.text.strip()
        if len(text.split()) < 6 or text.endswith(('"', "\u201d")):
            continue
        last = bisect.bisect_left(starts, sent.end_char) - 1  # the last stretch starting before the sentence ends
        if last >= 0 and quotations[last][1] > sent.start_char:
            continue  # a quotation, or part of one the sentence splitter cut; not a quoted name
        hits = len(_BACKGROUND.findall(text)) + sum(t.pos_ == "NUM" for t in sent) * 0.5
        if hits:
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            out.append((-hits, i, Fact(text=text, sentence=i, start=start, end=start + len(text))))
    out.sort(key=lambda x: (x[0], x[1]))
    return [f for _, _, f in sorted(out[:limit], key=lambda x: x[1])]
