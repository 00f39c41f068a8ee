"""Typographic quotation marks for what readers see: stories mix straight and curly marks, and a
page or handout should not. Straight marks become curly ones by what stands before them:

    "Yes," he said.  ->  “Yes,” he said.        the party's '90s  ->  the party’s ’90s

Text only: the facts (and their character offsets into the story) keep the marks as written.
"""
from __future__ import annotations

import re

_OPENS_AFTER = set(" \t\n([{<\u2014\u2013-/\u201c\u2018") | {""}
_DECADE = re.compile(r"'(?=\d\ds\b)")


def curly_quotes(text: str) -> str:
    """`text` with every straight quotation mark and apostrophe made typographic."""
    if '"' not in text and "'" not in text:
        return text
    text = _DECADE.sub("\u2019", text)  # '90s: an elision, not an opening quote
    out: list[str] = []
    prev = ""
    for ch in text:
        if ch == '"':
            ch = "\u201c" if prev in _OPENS_AFTER or prev.isspace() else "\u201d"
        elif ch == "'":
            ch = "\u2018" if prev in _OPENS_AFTER or prev.isspace() else "\u2019"
        out.append(ch)
        prev = ch
    return "".join(out)


def speech_parts(text: str) -> list[tuple[bool, str]]:
    """Reported speech cut into (quoted, text) parts: the words inside quotation marks are the
    speaker's (True), the rest is the story's own account of what was said (False), so pages and
    handouts can set the two apart. `he called it "a disgrace" on Monday` gives three parts.
    Marks are read as opening or closing (see curly_quotes): a text that starts inside a
    quotation (`a fair deal" was vital`) has its first part quoted."""
    text = curly_quotes(text)
    first_open, first_close = text.find("\u201c"), text.find("\u201d")
    inside = first_close >= 0 and (first_open < 0 or first_close < first_open)
    parts: list[tuple[bool, str]] = []
    at = 0
    while at < len(text):
        if inside:
            end = text.find("\u201d", at + (text[at] == "\u201c"))
            end = len(text) if end < 0 else end + 1
        else:
            end = text.find("\u201c", at)
            end = len(text) if end < 0 else end
        if end > at:
            parts.append((inside, text[at:end]))
        at, inside = end, not inside
    return parts
