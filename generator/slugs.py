"""Unique page addresses for a set of briefings, stable from one build to the next.

Its own module so that what needs slugs without building (the digest, the benchmarks) does not
import the build.
"""
from __future__ import annotations

import re

from .facts import Briefing


def assign_slugs(briefings: list[Briefing], previous: dict[str, str] | None = None) -> None:
    """Slugs are unique: a clash gets -2, -3, ... A briefing keeps the slug it had in the last build
    (`previous`, by id) while that is still free and of its family; the others go in seed-id order."""
    previous = previous or {}
    bases = {b.id: b.slug for b in briefings}
    taken: set[str] = set()
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
