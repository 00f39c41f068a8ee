"""Unique page addresses for a set of briefings, stable from one build to the next.

Its own module so that what needs slugs without building (the digest, the benchmarks) does not
import the build.
"""
from __future__ import annotations

import hashlib
import re

from slugify import slugify

from .facts import Briefing

PAGE_SLUG_MAX = 60  # characters of an actor's or a tag's page address


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
