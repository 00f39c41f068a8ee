"""Every page address of the site, made here and nowhere else: a briefing's (its date and first
words), an actor's, a tag's, and their uniqueness across a set of briefings, stable from one
build to the next. The one module that calls python-slugify.

Three rules of length, each for its reason: a briefing's slug is its date and at most
`SLUG_MAX_WORDS` words in `SLUG_MAX_CHARS` characters (a file name, readable in a link); an
actor's slug in the facts is the whole name (`actor_slug`); the page of a name (an actor across
briefings, a tag) is at most `PAGE_SLUG_MAX` characters, a hash telling apart names that share
their start (`page_slug`).
"""
from __future__ import annotations

import hashlib
import re

from slugify import slugify

from .facts import Briefing

SLUG_MAX_WORDS = 8
SLUG_MAX_CHARS = 80  # with the date; a file name (the page's) must stay well under 255 bytes
PAGE_SLUG_MAX = 60  # characters of an actor's or a tag's page address
# Names MkDocs, Material or this site give a page of their own: never a tag's or an actor's slug
# (a tag "Index" would overwrite tags/index.md, the list of every tag).
RESERVED_PAGE_NAMES = frozenset({"index", "search", "assets", "404", "feed"})
# "C++" and "C#" are read "C plus plus" and "C sharp" (a "#" that starts a word is a hashtag's, and silent)
_SPOKEN = ((re.compile(r"(?<=[^\W_]|\+)\+"), " plus "), (re.compile(r"(?<=[^\W_])#"), " sharp "))


def briefing_slug(date: str, title: str) -> str:
    """A briefing's address: ISO date plus the headline's first words, ASCII, lower case."""
    words = slugify(title, max_length=0, word_boundary=True).split("-")
    words = [w for w in words if w][:SLUG_MAX_WORDS]
    slug = "-".join([date] + words) if words else date
    if len(slug) > SLUG_MAX_CHARS:  # whole words where they fit, else a cut word (one 250-letter word)
        cut = slug[:SLUG_MAX_CHARS + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[len(date) + 1:] else cut[:SLUG_MAX_CHARS]
    return slug.rstrip("-")


def actor_slug(name: str) -> str:
    """An actor's slug in a briefing's facts: the whole name's ("actor" for a name with no letter in ASCII)."""
    return slugify(name) or "actor"


def assign_slugs(briefings: list[Briefing], previous: dict[str, str] | None = None,
                 reserved: set[str] | frozenset[str] = frozenset()) -> None:
    """Slugs are unique: a clash gets -2, -3, ... A briefing keeps the slug it had in the last build
    (`previous`, by id) while that is still free and of its family; the others go in seed-id order.
    No briefing takes a `reserved` slug: the address of a story that failed this time."""
    previous = previous or {}
    bases = {b.id: b.slug for b in briefings}
    taken: set[str] = set(reserved)
    keep: dict[str, str] = {}
    for b in sorted(briefings, key=lambda b: b.id):
        old = previous.get(b.id)
        if old and old not in taken and re.fullmatch(re.escape(bases[b.id]) + r"(-[2-9]|-[1-9]\d+)?", old):
            keep[b.id] = old
            taken.add(old)
    for b in sorted(briefings, key=lambda b: b.id):
        if b.id in keep:
            b.slug = keep[b.id]
            continue
        slug, n = bases[b.id], 2
        while slug in taken:
            slug, n = f"{bases[b.id]}-{n}", n + 1
        b.slug = slug
        taken.add(slug)


def page_slug(text: str, max_chars: int = PAGE_SLUG_MAX, word_boundary: bool = False) -> str:
    """The address of a name's page (an actor, a tag): its slug, or, when that is longer than
    `max_chars`, its start and a hash of the whole, so that two names that share their first
    `max_chars` characters get a page each ("" for a name with no letter or digit in ASCII)."""
    full = slugify(text)
    if len(full) <= max_chars:
        return full
    head = slugify(text, max_length=max_chars - 9, word_boundary=word_boundary) or full[:max_chars - 9].strip("-")
    return f"{head}-{hashlib.sha1(full.encode('utf-8')).hexdigest()[:8]}"


def unreserved(slug: str, prefix: str) -> str:
    """A page's slug that is no name MkDocs or the site keeps for itself: "index" becomes "tag-index"."""
    return f"{prefix}-{slug}" if slug in RESERVED_PAGE_NAMES else slug


def _name_page_slug(text: str, prefix: str) -> str:
    """A URL-safe slug for seed text; text with no ASCII letters gets a stable hash instead."""
    slug = page_slug(text, word_boundary=True) or \
        f"{prefix}-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    return unreserved(slug, prefix)


def tag_text(tag: object) -> str:
    """A tag as the site shows and counts it: its words, one space apart."""
    return " ".join(str(tag).split())


def tag_slugs(briefings: list[Briefing]) -> dict[str, str]:
    """Each tag (as `tag_text`, case aside) -> its page's slug: one page per tag whatever its case,
    and a page of its own for each other tag, even where slugs would be the same ("C++", "C#")."""
    keys = sorted({tag_text(t).casefold() for b in briefings for t in b.tags if tag_text(t)})
    out: dict[str, str] = {}
    taken: set[str] = set()
    for key in keys:
        spoken = key
        for pattern, word in _SPOKEN:
            spoken = pattern.sub(word, spoken)
        slug = _name_page_slug(spoken, "tag")
        if slug in taken:
            slug = f"{slug}-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
        taken.add(slug)
        out[key] = slug
    return out
