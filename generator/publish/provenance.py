"""Where a fact came from, on its page: the story's sentence with the extracted words marked.

Each fact shown on a briefing page is followed by a `<details>` element: its summary names the
sentence ("Source: sentence 3"), and opening it shows that sentence with the fact's words in
`<mark>`. It needs no JavaScript, takes the keyboard (Enter or Space on the summary) and is
announced as a disclosure by screen readers. Under the `none` policy (policy.py) the page cites
the sentence by number only.

The sentence is seed text: every piece is escaped here exactly as `render.md_escape` escapes a
value (numeric entities for what Markdown or HTML would read), so it stays inert both where
Markdown reads it (inside a list item) and inside a raw HTML block (a quote's `<blockquote>`).
Only the tags of this module are markup.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup

from ..facts import Briefing
from .policy import CITED, CUT, NONE, SentenceIndex, cited_plan, spans
from .render import MD_INLINE, as_entity
from .typography import curly_quotes

# The markup of a source, shared with `provenance_stash.py`, which recognises it in the Markdown.
OPEN = '<details class="provenance">'
TEXT_OPEN = '<span class="provenance-text">'
GAP = '<span class="provenance-gap">…</span>'
SHOWN_MAX = 600  # characters of a sentence shown around its marks; the rest is cut to "…"
_SPACE = re.compile(r"\s+")


def _inert(text: str) -> str:
    """A piece of seed text as inert Markdown and HTML, on one line, its edge spaces kept."""
    return MD_INLINE.sub(as_entity, _SPACE.sub(" ", text))


def _number_list(numbers: list[int]) -> str:
    shown = [str(n + 1) for n in numbers]  # readers count from 1; the JSON indexes from 0
    if len(shown) == 1:
        return f"sentence {shown[0]}"
    return "sentences " + ", ".join(shown[:-1]) + " and " + shown[-1]


class Provenance:
    """`provenance(fact_or_facts)` in the briefing template: the source of one fact, or of several
    shown on one line (the first actors of Who), as Markup; empty for a fact with no source (one an
    editor added)."""

    def __init__(self, b: Briefing, policy: str) -> None:
        self.b = b
        self.policy = policy
        self.index = SentenceIndex(b.sentences)  # one for the page: each fact's sentences by bisection
        # under `cited`, the sentences beyond half the story are shown as their cited words alone
        self.words_only = cited_plan(b)[1] if policy == CITED else {}

    def __call__(self, facts: object) -> Markup:
        items = list(facts) if isinstance(facts, (list, tuple)) else [facts]
        numbers = sorted({i for f in items if f is not None for i in self.index.of(f)})
        if not numbers:
            return Markup("")
        if self.policy == NONE:
            return Markup(f' <span class="provenance">(story {_number_list(numbers)})</span>')
        marks = [span for f in items if f is not None for span in spans(f)]
        shown = []
        for k, i in enumerate(numbers):
            if k and numbers[k - 1] != i - 1:
                shown.append(GAP)
            shown.append(self._sentence(i, marks))
        return Markup(f' {OPEN}<summary>Source: {_number_list(numbers)}</summary>'
                      f'{TEXT_OPEN}{" ".join(shown)}</span></details>')

    def _sentence(self, i: int, marks: Iterable[tuple[int, int]]) -> str:
        s = self.b.sentences[i]
        text = curly_quotes(s.text)  # one character for one: the offsets still hold
        cuts = sorted((max(a, s.start) - s.start, min(b, s.end) - s.start) for a, b in marks if a < s.end and s.start < b)
        merged: list[list[int]] = []
        for a, b in cuts:
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        if i in self.words_only:  # the words the facts took from it, alone; this fact's marked
            return f" {CUT} ".join(_marked(text, a - s.start, z - s.start, merged).strip()
                                   for a, z in self.words_only[i])
        lo, hi = 0, len(text)
        if hi > SHOWN_MAX:  # a sentence of thousands of characters: the part around the marks
            first, last = (merged[0][0], merged[-1][1]) if merged else (0, 0)
            lo = max(0, first - SHOWN_MAX // 4)
            hi = min(len(text), max(last, lo + SHOWN_MAX))
        out = ("…" if lo else "") + _marked(text, lo, hi, merged)
        if hi < len(text):
            out += "…"
        return out.strip()


def _marked(text: str, lo: int, hi: int, merged: list[list[int]]) -> str:
    """text[lo:hi], inert, with the parts in `merged` in <mark>."""
    out, at = [], lo
    for a, b in merged:
        a, b = max(a, lo), min(b, hi)
        if a >= b:
            continue
        out += [_inert(text[at:a]), "<mark>", _inert(text[a:b]), "</mark>"]
        at = b
    out.append(_inert(text[at:hi]))
    return "".join(out)
