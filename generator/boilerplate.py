"""Lines of page furniture that come with pasted articles, told by their words alone.

Bylines, photo credits and captions, "READ MORE" and "Related" lines, share and follow
prompts, bare handles and URLs, editors' notes: one table of patterns, each matching a
whole line (a sentence or a paragraph). No spaCy here, so reading a seed can use it
too; `generator.extract.boilerplate` applies it to a processed story.
"""
from __future__ import annotations

import re

_CAPTION_SOURCES = r"(?:Getty(?: Images)?|AP|AFP|Reuters|EPA|PA(?: Media| Wire)?|Shutterstock|Alamy|Bloomberg|iStock)"
# each pattern matches a whole sentence or paragraph of furniture (from its start)
_LINES = [
    # bylines and credits for the reporting
    re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|written|produced|research) by\b", re.I),
    re.compile(r"^(?:[Bb]y|[Ww]ords by|[Ss]tory by)\s+[A-Z][\w.'\u2019-]*(?:[\s,&|]+(?:and\s+)?[A-Z][\w.'\u2019-]*){0,6}"
               r"(?:\s*[,|\u2013\u2014-]\s*(?:[A-Z][\w.'\u2019-]*\s*){1,4})?\s*$"),
    re.compile(r"^[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){1,3}\s*[|,\u2013\u2014-]\s*"
               r"(?:staff (?:writer|reporter)|(?:political |chief |senior )?(?:correspondent|editor|reporter))\.?$", re.I),
    re.compile(r"\b(?:contributed (?:to )?this (?:report|story|article))\b", re.I),
    # photo credits and captions
    re.compile(r"^(?:photo(?:graph)?s?|image|picture|video|credit|caption|pictured|file photo)"
               r"(?: credit| caption| copyright)?\s*[:|\u2013\u2014-]", re.I),
    re.compile(r"^(?:image|media) (?:caption|copyright)\b", re.I),
    re.compile(r"\((?:AP|AFP|Reuters|Getty|EPA)?\s*Photos?\b[^)]*\)\.?\s*$", re.I),
    re.compile(rf"^{_CAPTION_SOURCES}\.?$"),
    re.compile(rf"/\s*{_CAPTION_SOURCES}\)?\.?$"),
    # links to other stories
    re.compile(r"^[\"\u201c]?(?:read more|related|see also|also read|more|watch|listen|recommended|"
               r"read also|click here)\b\s*[:\u2013\u2014-]", re.I),
    re.compile(r"^[\"\u201c]?(?:READ MORE|RELATED)\b"),
    re.compile(r"^[\"\u201c]?Related:?[\"\u201d]?$"),
    # share, follow and sign-up prompts
    re.compile(r"^(?:click to )?(?:share|tweet|email|print) (?:this|on)\b", re.I),
    re.compile(r"^follow\b.{0,80}\bon (?:twitter|facebook|instagram|x|threads|bluesky)\b", re.I),
    re.compile(r"^(?:subscribe|sign up)\b", re.I),
    re.compile(r"\bsign up (?:for|to) (?:our|the) .{0,30}newsletter\b", re.I),
    re.compile(r"^reach (?:him|her|them|the author)\b.{0,40}\bat\b", re.I),
    # handles and bare URLs
    re.compile(r"^[\u2014\u2013-]?\s*@\w+[.,]?$"),
    re.compile(r"^(?:(?:https?://|www\.|pic\.twitter\.com/)\S+[.,]?\s*)+$", re.I),
    # notes about the page itself
    re.compile(r"^(?:this (?:story|article|post) (?:has been|was) updated|editor[\u2019']?s note|correction:|"
               r"update:|updated:|copyright\b)", re.I),
    re.compile(r"\ball rights reserved\b", re.I),
]


def is_boilerplate(text: str) -> bool:
    """True for a line (sentence or paragraph) that is page furniture, not story."""
    text = " ".join(text.split())
    return bool(text) and any(p.search(text) for p in _LINES)
