"""Context: background a reader needs, taken from the article itself.

Earlier briefings that share the story's actors are the other half of context;
they need every briefing, so `generator.build` links them (see `link_related`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..facts import Fact
from .sentences import sents

_BACKGROUND = re.compile(
    r"\b(had|earlier|previously|last (year|month|week)|in the past|since|former(ly)?|ago|history|first time|"
    r"record|per ?cent|%|million|billion)\b",
    re.I,
)


def extract_context(doc: Doc, used: set[int], limit: int = 3) -> list[Fact]:
    """Background sentences: past perfect, history, numbers; not the lede, not quotes."""
    out = []
    for i, sent in enumerate(sents(doc)):
        if i == 0 or i in used:
            continue
        text = sent.text.strip()
        if text.startswith(('"', "\u201c")) or len(text.split()) < 6:
            continue
        hits = len(_BACKGROUND.findall(text)) + sum(t.pos_ == "NUM" for t in sent) * 0.5
        if hits:
            out.append((-hits, i, Fact(text=text, sentence=i, start=sent.start_char, end=sent.start_char + len(text))))
    out.sort(key=lambda x: (x[0], x[1]))
    return [f for _, _, f in sorted(out[:limit], key=lambda x: x[1])]
