"""Where quotation marks open and close: character spans of quoted text.

Pure text work, no parse. Newspaper conventions this follows:

* curly marks (“ ” and „ “, « ») pair by kind; straight marks (") pair by position:
  a mark after a space opens, a mark before a space or punctuation closes;
* single marks (‘ ’ or ') nested inside a double-quoted span are part of its text;
  single marks are the outer marks only in copy that has no double marks at all
  (British style), and then only where they stand at a word boundary, so that
  apostrophes ("don't", "voters' rights") are left alone. The same mark also elides:
  "the '90s", "rock 'n' roll" and "'em" are no quotations, a plural possessive
  ("'The voters' choice is clear,' he said") does not close one that closes later, and a
  single mark left open that the next paragraph does not continue was an apostrophe;
* a quotation that runs over several paragraphs has no closing mark until its last
  paragraph, and each new paragraph reopens with a mark; the parts share a `group`.
  Copy whose paragraph breaks were lost shows the same thing inside one paragraph
  (`... 26 weeks. "We are ...`): an opening mark after a sentence end, while a quote
  is open, starts the next part of the same quotation;
* a mark left open at the end of a paragraph that the next paragraph does not
  continue is closed there (`closed=False`: the extent is a guess).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_PAIRS = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", '"': '"'}
SINGLE_PAIRS = {"\u2018": "\u2019", "'": "'"}
DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
SINGLE_MARKS = frozenset("'\u2018\u2019")
# marks a quotation may open with: a sentence that starts with one is a quotation
OPENING_MARKS = ('"', "\u201c", "\u201e", "\u00ab", "\u2018", "'")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")
# an apostrophe at a word's start: an elided year ("the '90s", "'05") or word ("rock 'n' roll", "'em")
_ELISION = re.compile(r"['\u2018\u2019](?:\d\d(?:s\b|\b)|n['\u2019]\s|(?:em|til|cause|tis|twas)\b)", re.I)


@dataclass
class QuotedSpan:
    start: int  # the quoted text, without its marks
    end: int
    group: int  # parts of one quotation (several paragraphs) share a group
    closed: bool = True  # False: no closing mark was found, the span runs to the paragraph end


# which tokens of a Doc stand within quotation marks (1) or not (0), indexed by token
QuoteMask = bytearray


def token_mask(n_tokens: int, token_spans: list[tuple[int, int]]) -> QuoteMask:
    """The tokens inside the given token spans, marked once, so that asking about a token costs
    one lookup rather than a walk over every quotation of the story."""
    mask = bytearray(n_tokens)
    for s, e in token_spans:
        if e > s:
            mask[s:e] = b"\x01" * (e - s)
    return mask


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _space_before(text: str, i: int, lo: int) -> bool:
    return i == lo or text[i - 1].isspace() or text[i - 1] in "([{\u2014\u2013-/:"


def _space_after(text: str, i: int, hi: int) -> bool:
    return i + 1 >= hi or text[i + 1].isspace() or text[i + 1] in ".,;:!?)]}\u2014\u2013-\u2026"


def _after_sentence_end(text: str, i: int, lo: int) -> bool:
    j = i - 1
    while j >= lo and text[j].isspace():
        j -= 1
    return j >= lo and text[j] in ".?!\u2026" and j < i - 1


def _mark_events(text: str, lo: int, hi: int, single: bool) -> list[tuple[int, int, str]]:
    """Marks in a paragraph: (position, width, 'open' | 'close' | 'either')."""
    events = []
    i = lo - 1
    while i < hi - 1:
        i += 1
        ch = text[i]
        if text.startswith("''", i) and not single:
            # two apostrophes for a double mark, as some archives print them; three close a nested
            # single quotation and then the double one (the word 'old-school,''' said)
            if text.startswith("'''", i) and not _space_before(text, i, lo):
                i += 1
            before, after = _space_before(text, i, lo), _space_after(text, i + 1, hi)
            if before != after:
                events.append((i, 2, "open" if before else "close"))
            i += 1
        elif ch == '"' and i > lo and text[i - 1] == "=" and not single:
            # markup left in scraped copy (`<tweet author="@x">`): an attribute's value, no quotation
            close = text.find('"', i + 1, hi)
            i = close if close != -1 else i
        elif ch in DOUBLE_MARKS and not single:
            # position first (sloppy copy closes with a left mark now and then), then the mark's own direction
            before, after = _space_before(text, i, lo), _space_after(text, i, hi)
            if before and not after:
                events.append((i, 1, "open"))
            elif after and not before:
                events.append((i, 1, "close"))
            else:
                events.append((i, 1, {"\u201c": "open", "\u201e": "open", "\u00ab": "open",
                                      "\u201d": "close", "\u00bb": "close"}.get(ch, "either")))
        elif single and ch in SINGLE_MARKS:
            elision = _ELISION.match(text, i)
            if elision is not None:
                i = elision.end() - 1  # "'n'": both marks are the word's
                continue
            before, after = _space_before(text, i, lo), _space_after(text, i, hi)
            if before and not after:
                events.append((i, 1, "open"))
            elif after and not before:
                # "the voters' choice": a plural possessive closes only where no later mark does
                possessive = text[i - 1] in "sS" and i + 2 < hi and text[i + 1] == " " and text[i + 2].isalpha()
                events.append((i, 1, "possessive" if possessive else "close"))
    if single:
        events = _possessives(events)
    return events


def _possessives(events: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A plural possessive's mark ("the Tories' plan") closes a quotation only when no other mark
    closes it before the next one opens."""
    out = []
    later = None  # the kind of the next mark that is no possessive, walking backwards
    for i, width, kind in reversed(events):
        if kind == "possessive":
            if later == "close":
                continue
            kind = "close"
        else:
            later = kind
        out.append((i, width, kind))
    return out[::-1]


def quoted_spans(text: str) -> list[QuotedSpan]:
    """The quoted spans of a text, in order."""
    single = not any(ch in text for ch in DOUBLE_PAIRS) and "''" not in text
    spans: list[QuotedSpan] = []
    group = -1
    carry = False  # the previous paragraph ended inside a quotation
    for lo, hi in _paragraphs(text):
        events = _mark_events(text, lo, hi, single)
        first_mark = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        continues = carry and events and events[0][0] == first_mark and events[0][2] != "close"
        if carry and not continues:
            spans[-1].closed = False
        carry = False
        open_at: int | None = None
        for i, width, kind in events:
            if open_at is None:
                if kind in ("open", "either"):
                    if not (continues and i == first_mark):
                        group += 1
                    open_at = i + width
                continue
            if kind == "close" or (kind == "either" and not _after_sentence_end(text, i, lo)):
                spans.append(QuotedSpan(open_at, i, group))
                open_at = None
            elif _after_sentence_end(text, i, lo):
                # a new part of the same quotation: the marks of lost paragraph breaks
                spans.append(QuotedSpan(open_at, i, group))
                open_at = i + width
            # an opening mark inside a sentence while open: nested quotation in the wrong marks; skip
        if open_at is not None:
            spans.append(QuotedSpan(open_at, hi, group))
            carry = True
    if carry:
        spans[-1].closed = False
    if single:
        spans = _left_open_apostrophes(text, spans)
    return [s for s in spans if text[s.start : s.end].strip()]


def _left_open_apostrophes(text: str, spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """A single mark opened inside a paragraph and never closed, whose quotation no later paragraph
    goes on with, is an apostrophe ("'em", "'til"), not a quotation mark."""
    out = []
    for k, span in enumerate(spans):
        goes_on = k + 1 < len(spans) and spans[k + 1].group == span.group
        para_start = max(text.rfind("\n", 0, span.start) + 1, 0)
        opens_paragraph = not text[para_start : span.start - 1].strip()
        if span.closed or goes_on or opens_paragraph or (out and out[-1].group == span.group):
            out.append(span)
    return out
